//! Record rules: every facet and concept a rule names must exist, and sit in that facet.

use crate::diagnostic::{Code, Diagnostic};
use crate::lookup::nearest_id_hint;
use crate::model::Taxonomy;

pub(super) fn check(taxonomy: &Taxonomy, out: &mut Vec<Diagnostic>) {
    for rule in &taxonomy.rules {
        for clause in rule.when.iter().chain(&rule.then) {
            if taxonomy.facet(&clause.facet.value).is_none() {
                let hint = jos_codes::suggest::hint(
                    &clause.facet.value,
                    taxonomy.facets.iter().map(|f| f.id.as_str()),
                )
                .unwrap_or_else(|| "name a facet listed under `facets`".to_owned());
                out.push(
                    Diagnostic::new(
                        Code::InvalidRule,
                        clause.facet.location.clone(),
                        format!(
                            "rule `{}` names unknown facet `{}`",
                            rule.id, clause.facet.value
                        ),
                    )
                    .with_hint(hint),
                );
                continue;
            }
            if clause.codes.is_empty() {
                out.push(
                    Diagnostic::new(
                        Code::InvalidRule,
                        clause.facet.location.clone(),
                        format!(
                            "rule `{}` lists no codes for facet `{}`",
                            rule.id, clause.facet.value
                        ),
                    )
                    .with_hint("list at least one concept id"),
                );
            }
            for code in &clause.codes {
                match taxonomy.concept(&code.value) {
                    None => out.push(
                        Diagnostic::new(
                            Code::InvalidRule,
                            code.location.clone(),
                            format!("rule `{}` names unknown concept `{}`", rule.id, code.value),
                        )
                        .with_hint(nearest_id_hint(
                            taxonomy,
                            &code.value,
                            Some(&clause.facet.value),
                        )),
                    ),
                    Some(c) if c.facet != clause.facet.value => out.push(
                        Diagnostic::new(
                            Code::InvalidRule,
                            code.location.clone(),
                            format!(
                                "rule `{}` lists `{}` under facet `{}`, but it belongs to `{}`",
                                rule.id, code.value, clause.facet.value, c.facet
                            ),
                        )
                        .with_hint(format!("move it under `{}`", c.facet)),
                    ),
                    Some(_) => {}
                }
            }
        }
    }
}
