//! Labels and definitions: present in every required language, clean, and unambiguous.

use std::collections::HashMap;

use crate::diagnostic::{Code, Diagnostic};
use crate::lang::{Lang, Texts};
use crate::model::{Location, Taxonomy};
use crate::text::fold;

pub(super) fn check(taxonomy: &Taxonomy, out: &mut Vec<Diagnostic>) {
    let declared = &taxonomy.languages;
    let language = |texts: &Texts, out: &mut Vec<Diagnostic>| {
        for (code, text) in texts.iter() {
            if !declared.iter().any(|l| l == code) {
                out.push(
                    Diagnostic::new(
                        Code::UnknownLanguage,
                        text.location.clone(),
                        format!("text in language `{code}`, which `languages` does not declare"),
                    )
                    .with_hint(format!(
                        "use one of: {}, or add `{code}` to `languages`",
                        declared.join(", ")
                    )),
                );
            }
        }
    };
    for f in &taxonomy.facets {
        language(&f.label, out);
        language(&f.definition, out);
        required(
            &f.label,
            &f.location,
            &format!("facet `{}`", f.id),
            Code::MissingLabel,
            "label",
            out,
        );
        required(
            &f.definition,
            &f.location,
            &format!("facet `{}`", f.id),
            Code::MissingDefinition,
            "definition",
            out,
        );
        for c in &f.concepts {
            for texts in [&c.label, &c.definition, &c.scope_note] {
                language(texts, out);
            }
            for lists in [&c.alt_labels, &c.abbreviations, &c.examples] {
                for (code, text) in lists.iter() {
                    if !declared.iter().any(|l| l == code) {
                        out.push(
                            Diagnostic::new(
                                Code::UnknownLanguage,
                                text.location.clone(),
                                format!(
                                    "text in language `{code}`, which `languages` does not declare"
                                ),
                            )
                            .with_hint(format!("use one of: {}", declared.join(", "))),
                        );
                    }
                }
            }
            let what = format!("concept `{}`", c.id);
            required(
                &c.label,
                &c.location,
                &what,
                Code::MissingLabel,
                "label",
                out,
            );
            required(
                &c.definition,
                &c.location,
                &what,
                Code::MissingDefinition,
                "definition",
                out,
            );
            for (_, t) in c
                .label
                .iter()
                .chain(c.alt_labels.iter())
                .chain(c.abbreviations.iter())
            {
                whitespace(&t.value, &t.location, &what, out);
            }
            for (code, t) in c.definition.iter() {
                if t.value.trim().is_empty() {
                    out.push(
                        Diagnostic::new(
                            Code::EmptyDefinition,
                            t.location.clone(),
                            format!("{what} has an empty `{code}` definition"),
                        )
                        .with_hint("write what the concept is, in a sentence or two"),
                    );
                }
            }
        }
        unambiguous(taxonomy, f, out);
    }
    duplicate_definitions(taxonomy, out);
}

fn required(
    texts: &Texts,
    at: &Location,
    what: &str,
    code: Code,
    field: &str,
    out: &mut Vec<Diagnostic>,
) {
    for lang in Lang::ALL {
        if texts.get(*lang).is_none() {
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

fn whitespace(label: &str, at: &Location, what: &str, out: &mut Vec<Diagnostic>) {
    let stray = label != label.trim()
        || label.contains("  ")
        || label.chars().any(|c| c.is_whitespace() && c != ' ');
    if stray {
        let clean = label.split_whitespace().collect::<Vec<_>>().join(" ");
        out.push(
            Diagnostic::new(
                Code::LabelWhitespace,
                at.clone(),
                format!("{what} has label {label:?} with stray white space"),
            )
            .with_hint(format!("write {clean:?}")),
        );
    }
}

/// Preferred labels unique per facet and language; alternative labels not clashing with them.
fn unambiguous(taxonomy: &Taxonomy, facet: &crate::model::Facet, out: &mut Vec<Diagnostic>) {
    let _ = taxonomy;
    // (language, folded label) -> concept id with that preferred label
    let mut preferred: HashMap<(&str, String), &str> = HashMap::new();
    for c in &facet.concepts {
        for (code, t) in c.label.iter() {
            let key = (code, fold(&t.value));
            if key.1.is_empty() {
                continue;
            }
            if let Some(other) = preferred.get(&key) {
                if *other != c.id {
                    out.push(
                        Diagnostic::new(Code::DuplicateLabel, t.location.clone(), format!("concept `{}` has the `{code}` label \"{}\", which concept `{other}` in facet `{}` also has", c.id, t.value, facet.id))
                            .with_hint("make the labels say what tells the two concepts apart, or merge them by deprecating one"),
                    );
                }
            } else {
                preferred.insert(key, &c.id);
            }
        }
    }
    let mut alternatives: HashMap<(&str, String), &str> = HashMap::new();
    for c in &facet.concepts {
        let own: Vec<(&str, String)> = c
            .label
            .iter()
            .map(|(code, t)| (code, fold(&t.value)))
            .collect();
        let mut mine: Vec<(&str, String)> = Vec::new();
        for (code, t) in c.alt_labels.iter().chain(c.abbreviations.iter()) {
            let key = (code, fold(&t.value));
            if key.1.is_empty() {
                continue;
            }
            if own.contains(&key) || mine.contains(&key) {
                out.push(
                    Diagnostic::new(
                        Code::RedundantAltLabel,
                        t.location.clone(),
                        format!(
                            "concept `{}` lists \"{}\" again as an alternative label",
                            c.id, t.value
                        ),
                    )
                    .with_hint("remove the repetition"),
                );
                continue;
            }
            mine.push(key.clone());
            // A merged concept's label lives on as a synonym of the concept that replaced it.
            let merged_into_this = |other: &str| {
                facet.concepts.iter().any(|o| {
                    o.id == other
                        && o.deprecated
                            .as_ref()
                            .is_some_and(|d| d.replaced_by.iter().any(|r| r.value == c.id))
                })
            };
            if let Some(other) = preferred.get(&key)
                && *other != c.id
                && !merged_into_this(other)
            {
                out.push(
                        Diagnostic::new(Code::AltLabelClash, t.location.clone(), format!("concept `{}` has alternative label \"{}\", which is the preferred label of `{other}`", c.id, t.value))
                            .with_hint(format!("remove it here; a lookup of \"{}\" must lead to `{other}`", t.value)),
                    );
            }
            if let Some(other) = alternatives.get(&key) {
                if *other != c.id {
                    out.push(
                        Diagnostic::new(Code::AmbiguousAltLabel, t.location.clone(), format!("concepts `{other}` and `{}` both have the alternative label \"{}\" in facet `{}`", c.id, t.value, facet.id))
                            .with_hint("keep it on the concept people mean most often, and explain the other use in a scope note"),
                    );
                }
            } else {
                alternatives.insert(key, &c.id);
            }
        }
    }
}

fn duplicate_definitions(taxonomy: &Taxonomy, out: &mut Vec<Diagnostic>) {
    let mut seen: HashMap<(&str, String), &str> = HashMap::new();
    for c in taxonomy.concepts() {
        for (code, t) in c.definition.iter() {
            let key = (code, fold(&t.value));
            if key.1.is_empty() {
                continue;
            }
            if let Some(other) = seen.get(&key) {
                out.push(
                    Diagnostic::new(Code::DuplicateDefinition, t.location.clone(), format!("concept `{}` has the same `{code}` definition as `{other}`", c.id))
                        .with_hint("say what sets this concept apart; if nothing does, deprecate one in favour of the other"),
                );
            } else {
                seen.insert(key, &c.id);
            }
        }
    }
}
