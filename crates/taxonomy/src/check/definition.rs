//! The definition of the subject (`definition.yaml`), addressed sources, and the coder's
//! question of every tag facet.

use std::collections::HashSet;

use crate::diagnostic::{Code, Diagnostic};
use crate::lang::Texts;
use crate::lookup::nearest_id_hint;
use crate::model::{Located, Location, Taxonomy};
use crate::text::is_kebab_id;

use super::markdown::concept_links;

pub(super) fn check(taxonomy: &Taxonomy, out: &mut Vec<Diagnostic>) {
    questions(taxonomy, out);
    addressed(taxonomy, out);
    let Some(d) = taxonomy.definition() else {
        return;
    };
    let what = format!("the definition `{}`", d.id);
    id(&d.id, "definition", &d.location, out);
    if let Some(c) = taxonomy.concept(&d.id) {
        out.push(
            Diagnostic::new(
                Code::DuplicateId,
                d.location.clone(),
                format!(
                    "the definition has id `{}`, which concept `{}` in facet `{}` has too",
                    d.id, c.id, c.facet
                ),
            )
            .with_hint(
                "ids are unique across concepts, terms and the definition; choose another id",
            ),
        );
    }
    both(
        &d.label,
        &d.location,
        &what,
        Code::MissingLabel,
        "label",
        out,
    );
    both(
        &d.definition,
        &d.location,
        &what,
        Code::MissingDefinition,
        "definition",
        out,
    );
    sources(taxonomy, &d.sources, &d.location, &what, out);
    let mut seen: HashSet<(&str, &str)> = HashSet::new();
    for c in &d.criteria {
        id(&c.id, "criterion", &c.location, out);
        twice(&mut seen, "criterion", &c.id, &c.location, out);
        let what = format!("criterion `{}` of the definition", c.id);
        both(
            &c.label,
            &c.location,
            &what,
            Code::MissingLabel,
            "label",
            out,
        );
        both(
            &c.text,
            &c.location,
            &what,
            Code::MissingDefinition,
            "text",
            out,
        );
        both(
            &c.question,
            &c.location,
            &what,
            Code::MissingDefinition,
            "question",
            out,
        );
    }
    for c in &d.classification {
        id(&c.id, "classified form", &c.location, out);
        twice(&mut seen, "classified form", &c.id, &c.location, out);
        let what = format!("classified form `{}` of the definition", c.id);
        both(
            &c.label,
            &c.location,
            &what,
            Code::MissingLabel,
            "label",
            out,
        );
        both(
            &c.reasoning,
            &c.location,
            &what,
            Code::MissingDefinition,
            "reasoning",
            out,
        );
        for target in &c.concepts {
            if let Some(t) = taxonomy.concept(&target.value)
                && let Some(d) = &t.deprecated
            {
                let by: Vec<String> = d
                    .replaced_by
                    .iter()
                    .map(|r| format!("`{}`", r.value))
                    .collect();
                out.push(
                    Diagnostic::new(
                        Code::RelatedToDeprecated,
                        target.location.clone(),
                        format!("{what} names `{}`, which is deprecated", t.id),
                    )
                    .with_hint(format!("name {} instead", by.join(" or "))),
                );
            }
            if taxonomy.concept(&target.value).is_none() {
                out.push(
                    Diagnostic::new(
                        Code::BrokenConceptLink,
                        target.location.clone(),
                        format!("{what} names unknown concept `{}`", target.value),
                    )
                    .with_hint(nearest_id_hint(taxonomy, &target.value, None)),
                );
            }
        }
        sources(taxonomy, &c.sources, &c.location, &what, out);
    }
    for q in &d.questions {
        id(&q.id, "open question", &q.location, out);
        twice(&mut seen, "open question", &q.id, &q.location, out);
        both(
            &q.text,
            &q.location,
            &format!("open question `{}` of the definition", q.id),
            Code::MissingDefinition,
            "text",
            out,
        );
    }
    let mut texts: Vec<(&Texts, String)> = vec![
        (&d.definition, what.clone()),
        (&d.scope_note, format!("the scope note of {what}")),
    ];
    for c in &d.criteria {
        texts.push((&c.text, format!("criterion `{}`", c.id)));
    }
    for c in &d.classification {
        texts.push((&c.reasoning, format!("classified form `{}`", c.id)));
    }
    for q in &d.questions {
        texts.push((&q.text, format!("open question `{}`", q.id)));
    }
    for (t, what) in texts {
        for (lang, text) in t.iter() {
            for target in concept_links(&text.value) {
                if taxonomy.concept(&target).is_none() {
                    out.push(
                        Diagnostic::new(
                            Code::BrokenConceptLink,
                            text.location.clone(),
                            format!(
                                "{what} links to unknown concept `{target}` in its `{lang}` text"
                            ),
                        )
                        .with_hint(nearest_id_hint(taxonomy, &target, None)),
                    );
                }
            }
        }
    }
}

/// The ids of every source the definition cites, for the check that no source goes unused.
pub(super) fn cited(taxonomy: &Taxonomy) -> Vec<&str> {
    let Some(d) = taxonomy.definition() else {
        return Vec::new();
    };
    d.sources
        .iter()
        .chain(d.classification.iter().flat_map(|c| c.sources.iter()))
        .map(|s| s.value.as_str())
        .collect()
}

fn id(id: &str, what: &str, at: &Location, out: &mut Vec<Diagnostic>) {
    if !id.is_empty() && !is_kebab_id(id) {
        out.push(
            Diagnostic::new(
                Code::MalformedId,
                at.clone(),
                format!("{what} id `{id}` is not kebab-case"),
            )
            .with_hint(
                "use lowercase ASCII letters, digits and single hyphens, starting with a letter",
            ),
        );
    }
}

fn twice<'a>(
    seen: &mut HashSet<(&'a str, &'a str)>,
    kind: &'a str,
    id: &'a str,
    at: &Location,
    out: &mut Vec<Diagnostic>,
) {
    if !seen.insert((kind, id)) {
        out.push(
            Diagnostic::new(
                Code::DuplicateId,
                at.clone(),
                format!("the definition has two of {kind} `{id}`"),
            )
            .with_hint("give each entry its own id"),
        );
    }
}

fn both(
    texts: &Texts,
    at: &Location,
    what: &str,
    code: Code,
    field: &str,
    out: &mut Vec<Diagnostic>,
) {
    for lang in jos_codes::Lang::ALL {
        if texts.get(*lang).is_none_or(|t| t.trim().is_empty()) {
            out.push(
                Diagnostic::new(
                    code,
                    at.clone(),
                    format!("{what} has no {field} in `{lang}`"),
                )
                .with_hint(format!("add `{lang}:` under `{field}`")),
            );
        }
    }
}

fn sources(
    taxonomy: &Taxonomy,
    ids: &[Located<String>],
    at: &Location,
    what: &str,
    out: &mut Vec<Diagnostic>,
) {
    if ids.is_empty() {
        out.push(
            Diagnostic::new(
                Code::MissingSource,
                at.clone(),
                format!("{what} cites no source"),
            )
            .with_hint("add `sources: [ID]` with the id of a registered source"),
        );
    }
    for s in ids {
        if taxonomy.source(&s.value).is_none() {
            out.push(
                Diagnostic::new(
                    Code::UnknownSource,
                    s.location.clone(),
                    format!("{what} cites unknown source `{}`", s.value),
                )
                .with_hint(
                    jos_codes::suggest::hint(
                        &s.value,
                        taxonomy.sources().iter().map(|s| s.id.as_str()),
                    )
                    .unwrap_or_else(|| "register the source under `sources:`".to_owned()),
                ),
            );
        }
    }
}

/// Whether the source has an address that is more than a site's home page.
fn has_address(taxonomy: &Taxonomy, id: &str) -> bool {
    let Some(url) = taxonomy.source(id).and_then(|s| s.url.as_deref()) else {
        return false;
    };
    let rest = url.split_once("://").map_or(url, |(_, rest)| rest);
    let path = rest.split_once('/').map_or("", |(_, p)| p);
    !path.trim_matches('/').is_empty()
}

/// Every live concept and term, and the definition, cites a source with an address.
fn addressed(taxonomy: &Taxonomy, out: &mut Vec<Diagnostic>) {
    let hint = "cite a source with a `url` that points at the page or article that supports it (not a home page)";
    for c in taxonomy.concepts() {
        if c.is_deprecated() || c.sources.is_empty() {
            continue;
        }
        if !c.sources.iter().any(|s| has_address(taxonomy, &s.value)) {
            out.push(
                Diagnostic::new(
                    Code::UnaddressedSource,
                    c.location.clone(),
                    format!("concept `{}` cites no source with an address", c.id),
                )
                .with_hint(hint),
            );
        }
    }
    if let Some(d) = taxonomy.definition()
        && !d.sources.is_empty()
        && !d.sources.iter().any(|s| has_address(taxonomy, &s.value))
    {
        out.push(
            Diagnostic::new(
                Code::UnaddressedSource,
                d.location.clone(),
                format!("the definition `{}` cites no source with an address", d.id),
            )
            .with_hint(hint),
        );
    }
}

/// Every tag facet says what a coder answers and how to decide borderline cases.
fn questions(taxonomy: &Taxonomy, out: &mut Vec<Diagnostic>) {
    for f in taxonomy.tag_facets() {
        let missing: Vec<&str> = [
            ("question", &f.question),
            ("decision_rule", &f.decision_rule),
        ]
        .into_iter()
        .filter(|(_, t)| t.is_empty())
        .map(|(name, _)| name)
        .collect();
        if !missing.is_empty() {
            out.push(
                Diagnostic::new(
                    Code::MissingQuestion,
                    f.location.clone(),
                    format!("facet `{}` has no `{}`", f.id, missing.join("` or `")),
                )
                .with_hint("write the question a coder answers with this facet and a rule for the borderline cases, in nl and en (see docs/taxonomy-format.md)"),
            );
        }
    }
}
