//! References between concepts, facets, relation kinds and sources; hierarchy and deprecation.

use std::collections::HashSet;

use crate::diagnostic::{Code, Diagnostic};
use crate::lookup::nearest_id_hint;
use crate::model::{Concept, Taxonomy};

pub(super) fn check(taxonomy: &Taxonomy, out: &mut Vec<Diagnostic>) {
    relation_kinds(taxonomy, out);
    let mut cited: HashSet<&str> = HashSet::new();
    for c in taxonomy.concepts() {
        broader(taxonomy, c, out);
        related(taxonomy, c, out);
        deprecation(taxonomy, c, out);
        if c.sources.is_empty() {
            out.push(
                Diagnostic::new(Code::MissingSource, c.location.clone(), format!("concept `{}` cites no source", c.id))
                    .with_hint("add `sources: [ID]` with the id of a source registered in taxonomy.yaml or in the facet file"),
            );
        }
        for s in &c.sources {
            cited.insert(&s.value);
            if taxonomy.source(&s.value).is_none() {
                let hint = match jos_codes::suggest::hint(
                    &s.value,
                    taxonomy.sources.iter().map(|s| s.id.as_str()),
                ) {
                    Some(h) => format!("{h} Otherwise register the source under `sources:`"),
                    None => {
                        "register the source under `sources:` in taxonomy.yaml or the facet file"
                            .to_owned()
                    }
                };
                out.push(
                    Diagnostic::new(
                        Code::UnknownSource,
                        s.location.clone(),
                        format!("concept `{}` cites unknown source `{}`", c.id, s.value),
                    )
                    .with_hint(hint),
                );
            }
        }
    }
    cited.extend(super::definition::cited(taxonomy));
    for s in &taxonomy.sources {
        if !cited.contains(s.id.as_str()) {
            out.push(
                Diagnostic::new(
                    Code::UnusedSource,
                    s.location.clone(),
                    format!("source `{}` is cited by no concept", s.id),
                )
                .with_hint("cite it from the concepts that rest on it, or remove it"),
            );
        }
    }
}

fn relation_kinds(taxonomy: &Taxonomy, out: &mut Vec<Diagnostic>) {
    for k in &taxonomy.relation_kinds {
        for f in k.from.iter().chain(&k.to) {
            if taxonomy.facet(&f.value).is_none() {
                let hint = match jos_codes::suggest::hint(
                    &f.value,
                    taxonomy.facets.iter().map(|f| f.id.as_str()),
                ) {
                    Some(h) => h,
                    None => format!(
                        "facets are: {}",
                        taxonomy
                            .facets
                            .iter()
                            .map(|f| f.id.as_str())
                            .collect::<Vec<_>>()
                            .join(", ")
                    ),
                };
                out.push(
                    Diagnostic::new(
                        Code::UnknownFacet,
                        f.location.clone(),
                        format!("relation kind `{}` names unknown facet `{}`", k.id, f.value),
                    )
                    .with_hint(hint),
                );
            }
        }
    }
}

fn broader(taxonomy: &Taxonomy, c: &Concept, out: &mut Vec<Diagnostic>) {
    let Some(b) = &c.broader else { return };
    if b.value == c.id {
        out.push(
            Diagnostic::new(
                Code::SelfReference,
                b.location.clone(),
                format!("concept `{}` names itself as broader", c.id),
            )
            .with_hint("remove `broader`, or name the parent concept"),
        );
        return;
    }
    let Some(parent) = taxonomy.concept(&b.value) else {
        out.push(
            Diagnostic::new(
                Code::UnknownBroader,
                b.location.clone(),
                format!(
                    "concept `{}` has unknown broader concept `{}`",
                    c.id, b.value
                ),
            )
            .with_hint(nearest_id_hint(taxonomy, &b.value, Some(&c.facet))),
        );
        return;
    };
    if parent.facet != c.facet {
        out.push(
            Diagnostic::new(
                Code::BroaderOtherFacet,
                b.location.clone(),
                format!(
                    "concept `{}` (facet `{}`) has broader `{}` from facet `{}`",
                    c.id, c.facet, parent.id, parent.facet
                ),
            )
            .with_hint(
                "hierarchies stay within a facet; link across facets with `related` instead",
            ),
        );
    }
    if parent.is_deprecated() && !c.is_deprecated() {
        out.push(
            Diagnostic::new(
                Code::LiveUnderDeprecated,
                b.location.clone(),
                format!(
                    "live concept `{}` has deprecated broader concept `{}`",
                    c.id, parent.id
                ),
            )
            .with_hint(
                match parent
                    .deprecated
                    .as_ref()
                    .and_then(|d| d.replaced_by.first())
                {
                    Some(r) => format!(
                        "move it under `{}`, which replaces `{}`",
                        r.value, parent.id
                    ),
                    None => "move it under a live concept, or deprecate it too".to_owned(),
                },
            ),
        );
    }
    // Cycle: follow broader links; report once, at the concept with the smallest id in the cycle.
    let mut seen = vec![c.id.as_str()];
    let mut current = parent;
    while let Some(next) = current.broader.as_ref() {
        if next.value == c.id {
            seen.push(&current.id);
            if seen.iter().min() == Some(&c.id.as_str()) {
                out.push(
                    Diagnostic::new(
                        Code::BroaderCycle,
                        b.location.clone(),
                        format!("`broader` forms a cycle: {} -> {}", seen.join(" -> "), c.id),
                    )
                    .with_hint("remove `broader` from one concept in the cycle"),
                );
            }
            return;
        }
        if seen.contains(&current.id.as_str()) {
            return; // a cycle further up, reported at its own members
        }
        seen.push(&current.id);
        match taxonomy.concept(&next.value) {
            Some(n) => current = n,
            None => return,
        }
    }
}

fn ancestors<'a>(taxonomy: &'a Taxonomy, c: &'a Concept) -> Vec<&'a str> {
    let mut out = Vec::new();
    let mut current = c;
    while let Some(b) = &current.broader {
        if out.contains(&b.value.as_str()) || b.value == c.id {
            break;
        }
        out.push(b.value.as_str());
        match taxonomy.concept(&b.value) {
            Some(p) => current = p,
            None => break,
        }
    }
    out
}

fn related(taxonomy: &Taxonomy, c: &Concept, out: &mut Vec<Diagnostic>) {
    let mut seen: HashSet<(&str, &str)> = HashSet::new();
    let ancestors = ancestors(taxonomy, c);
    for r in &c.related {
        if !seen.insert((&r.kind.value, &r.target.value)) {
            out.push(
                Diagnostic::new(
                    Code::DuplicateRelation,
                    r.target.location.clone(),
                    format!(
                        "concept `{}` lists `{}` -> `{}` twice",
                        c.id, r.kind.value, r.target.value
                    ),
                )
                .with_hint("remove one of them"),
            );
        }
        let kind = taxonomy.relation_kind(&r.kind.value);
        if kind.is_none() {
            let hint = match jos_codes::suggest::hint(
                &r.kind.value,
                taxonomy.relation_kinds.iter().map(|k| k.id.as_str()),
            ) {
                Some(h) => h,
                None => format!(
                    "relation kinds are: {}",
                    taxonomy
                        .relation_kinds
                        .iter()
                        .map(|k| k.id.as_str())
                        .collect::<Vec<_>>()
                        .join(", ")
                ),
            };
            out.push(
                Diagnostic::new(
                    Code::UnknownRelationKind,
                    r.kind.location.clone(),
                    format!(
                        "concept `{}` uses unknown relation kind `{}`",
                        c.id, r.kind.value
                    ),
                )
                .with_hint(hint),
            );
        }
        if r.target.value == c.id {
            out.push(
                Diagnostic::new(
                    Code::SelfReference,
                    r.target.location.clone(),
                    format!("concept `{}` is related to itself", c.id),
                )
                .with_hint("remove the relation"),
            );
            continue;
        }
        let Some(target) = taxonomy.concept(&r.target.value) else {
            out.push(
                Diagnostic::new(
                    Code::UnknownRelated,
                    r.target.location.clone(),
                    format!(
                        "concept `{}` is related to unknown concept `{}`",
                        c.id, r.target.value
                    ),
                )
                .with_hint(nearest_id_hint(taxonomy, &r.target.value, None)),
            );
            continue;
        };
        if let Some(d) = &target.deprecated
            && !c.is_deprecated()
        {
            let by: Vec<String> = d
                .replaced_by
                .iter()
                .map(|r| format!("`{}`", r.value))
                .collect();
            out.push(
                Diagnostic::new(
                    Code::RelatedToDeprecated,
                    r.target.location.clone(),
                    format!(
                        "live concept `{}` is related to `{}`, which is deprecated",
                        c.id, target.id
                    ),
                )
                .with_hint(if by.is_empty() {
                    "remove the relation".to_owned()
                } else {
                    format!("point it at {} instead, or remove it", by.join(" or "))
                }),
            );
        }
        if let Some(kind) = kind {
            // Facets the kind names but that do not exist are reported once, as unknown-facet.
            let known = |list: &[crate::model::Located<String>]| {
                list.iter().any(|f| taxonomy.facet(&f.value).is_some())
            };
            if known(&kind.from) && !kind.from.iter().any(|f| f.value == c.facet) {
                out.push(
                    Diagnostic::new(Code::RelationFacetMismatch, r.kind.location.clone(), format!("relation kind `{}` may start only in facet(s) {}, but concept `{}` is in `{}`", kind.id, list(&kind.from), c.id, c.facet))
                        .with_hint("use another relation kind, such as `related`"),
                );
            }
            if known(&kind.to) && !kind.to.iter().any(|f| f.value == target.facet) {
                out.push(
                    Diagnostic::new(
                        Code::RelationFacetMismatch,
                        r.target.location.clone(),
                        format!(
                            "relation kind `{}` may point only to facet(s) {}, but `{}` is in `{}`",
                            kind.id,
                            list(&kind.to),
                            target.id,
                            target.facet
                        ),
                    )
                    .with_hint("use another relation kind, such as `related`"),
                );
            }
        }
        if ancestors.contains(&target.id.as_str()) {
            out.push(
                Diagnostic::new(
                    Code::RelatedToAncestor,
                    r.target.location.clone(),
                    format!(
                        "concept `{}` is related to `{}`, which is already its broader concept",
                        c.id, target.id
                    ),
                )
                .with_hint("remove the relation; the hierarchy already links them"),
            );
        }
    }
}

fn list(facets: &[crate::model::Located<String>]) -> String {
    facets
        .iter()
        .map(|f| format!("`{}`", f.value))
        .collect::<Vec<_>>()
        .join(", ")
}

fn deprecation(taxonomy: &Taxonomy, c: &Concept, out: &mut Vec<Diagnostic>) {
    let Some(d) = &c.deprecated else { return };
    if d.together {
        // Several replacements written together into a single-valued facet cannot fit.
        for (facet, here) in taxonomy.replacements_by_facet(d) {
            let Some(f) = taxonomy.facet(facet) else {
                continue;
            };
            if here.len() > 1 && f.cardinality == crate::model::Cardinality::Single {
                out.push(
                    Diagnostic::new(
                        Code::InvalidValue,
                        d.location.clone(),
                        format!(
                            "concept `{}` is replaced `together` by {} concepts of the single-valued facet `{}`, which a record cannot hold",
                            c.id,
                            here.len(),
                            f.id
                        ),
                    )
                    .with_hint("remove `together: true` (a person then chooses one), or replace by one concept of that facet"),
                );
            }
        }
    }
    if d.replaced_by.is_empty() || d.reason.is_empty() {
        let missing = match (d.replaced_by.is_empty(), d.reason.is_empty()) {
            (true, true) => "`replaced_by` and `reason`",
            (true, false) => "`replaced_by`",
            _ => "`reason`",
        };
        out.push(
            Diagnostic::new(
                Code::IncompleteDeprecation,
                d.location.clone(),
                format!("deprecated concept `{}` lacks {missing}", c.id),
            )
            .with_hint(
                "name the live concept(s) that replace it and say why, so records can be migrated",
            ),
        );
    }
    for r in &d.replaced_by {
        if r.value == c.id {
            out.push(
                Diagnostic::new(
                    Code::SelfReference,
                    r.location.clone(),
                    format!("concept `{}` names itself as its replacement", c.id),
                )
                .with_hint("name the concept that takes its place"),
            );
            continue;
        }
        match taxonomy.concept(&r.value) {
            None => out.push(
                Diagnostic::new(
                    Code::UnknownReplacement,
                    r.location.clone(),
                    format!(
                        "concept `{}` is replaced by unknown concept `{}`",
                        c.id, r.value
                    ),
                )
                .with_hint(nearest_id_hint(taxonomy, &r.value, Some(&c.facet))),
            ),
            Some(t) => {
                let is_term = |facet: &str| taxonomy.facet(facet).is_some_and(|f| !f.is_taggable());
                if is_term(&t.facet) != is_term(&c.facet) {
                    let (what, other) = if is_term(&c.facet) {
                        ("term", "tag")
                    } else {
                        ("tag", "term")
                    };
                    out.push(
                        Diagnostic::new(Code::ReplacementOtherFacet, r.location.clone(), format!("{what} `{}` (facet `{}`) is replaced by the {other} `{}` from facet `{}`", c.id, c.facet, t.id, t.facet))
                            .with_hint("replace a tag by tags and a term by terms; link a term to the concepts it explains with `related` (kind `explains`)"),
                    );
                }
                if let Some(td) = &t.deprecated {
                    let end = td
                        .replaced_by
                        .first()
                        .map(|x| x.value.as_str())
                        .unwrap_or("a live concept");
                    out.push(
                        Diagnostic::new(
                            Code::ReplacementDeprecated,
                            r.location.clone(),
                            format!(
                                "concept `{}` is replaced by `{}`, which is itself deprecated",
                                c.id, t.id
                            ),
                        )
                        .with_hint(format!("point `replaced_by` straight at `{end}`")),
                    );
                }
            }
        }
    }
}
