//! Markdown texts: every internal link `[label](concept:ID)` must name an existing concept.

use pulldown_cmark::{Event, Parser, Tag};

use crate::diagnostic::{Code, Diagnostic};
use crate::lang::Texts;
use crate::lookup::nearest_id_hint;
use crate::model::Taxonomy;

/// The scheme of internal links between concepts.
pub const CONCEPT_SCHEME: &str = "concept:";

pub(super) fn check(taxonomy: &Taxonomy, out: &mut Vec<Diagnostic>) {
    let mut texts: Vec<(&Texts, String)> =
        vec![(&taxonomy.description, "the taxonomy description".to_owned())];
    for f in &taxonomy.facets {
        texts.push((&f.definition, format!("facet `{}`", f.id)));
        texts.push((
            &f.decision_rule,
            format!("the decision rule of facet `{}`", f.id),
        ));
        for c in &f.concepts {
            texts.push((&c.definition, format!("concept `{}`", c.id)));
            texts.push((
                &c.scope_note,
                format!("the scope note of concept `{}`", c.id),
            ));
            if let Some(d) = &c.deprecated {
                texts.push((
                    &d.reason,
                    format!("the deprecation reason of concept `{}`", c.id),
                ));
            }
        }
    }
    for (t, what) in texts {
        for (code, text) in t.iter() {
            for target in concept_links(&text.value) {
                let definition = taxonomy.definition().is_some_and(|d| d.id == target);
                if taxonomy.concept(&target).is_none() && !definition {
                    out.push(
                        Diagnostic::new(
                            Code::BrokenConceptLink,
                            text.location.clone(),
                            format!(
                                "{what} links to unknown concept `{target}` in its `{code}` text"
                            ),
                        )
                        .with_hint(nearest_id_hint(taxonomy, &target, None)),
                    );
                }
            }
        }
    }
}

/// The concept ids linked as `[label](concept:ID)` in a Markdown text.
///
/// ```
/// use jos_taxonomy::check::concept_links;
/// assert_eq!(concept_links("See [SMW](concept:school-social-worker)."), vec!["school-social-worker"]);
/// ```
pub fn concept_links(markdown: &str) -> Vec<String> {
    Parser::new(markdown)
        .filter_map(|event| match event {
            Event::Start(Tag::Link { dest_url, .. }) => {
                dest_url.strip_prefix(CONCEPT_SCHEME).map(str::to_owned)
            }
            _ => None,
        })
        .collect()
}
