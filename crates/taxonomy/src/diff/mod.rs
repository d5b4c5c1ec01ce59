//! What changed between two versions of the taxonomy, and which version bump that needs.
//!
//! [`diff`] compares two taxonomies concept by concept and facet by facet and classifies every
//! change as [`Bump::Patch`], [`Bump::Minor`] or [`Bump::Major`] by the rules of
//! `docs/guide-changes.md`, naming the rule ([`Change::rule`]). The question behind the rules:
//! *could a record that was valid and correct before this change become invalid, or come to mean
//! something else?*
//!
//! A tool cannot tell a better wording from a new meaning: a changed definition, scope note or
//! preferred label is classified as wording (patch). When the meaning changed, the change is
//! major; the working session says so, and the version says so.
//!
//! ```
//! use jos_taxonomy::{Taxonomy, diff::{Bump, diff}};
//! let first = Taxonomy::release("1.0.0").unwrap();
//! let latest = Taxonomy::latest_release().unwrap();
//! assert_eq!(diff(first, first).required_bump(), None);
//! // 2.0.0 re-cut facets and changed the meaning of concepts: a major release.
//! assert_eq!(diff(first, latest).required_bump(), Some(Bump::Major));
//! assert!(diff(latest, Taxonomy::builtin()).changes.is_empty());
//! ```

mod markdown;
mod rules;

use rules::bump_of;
pub use rules::{Bump, RULES};

use std::collections::BTreeSet;

use serde::Serialize;

use crate::lang::{TextLists, Texts};
use crate::model::{Cardinality, Concept, Facet, Rule, Taxonomy};

/// One change between two versions.
#[derive(Clone, Debug, PartialEq, Eq, Serialize)]
#[non_exhaustive]
pub struct Change {
    /// What changed, for example `definition` or `concept-added` (see [`RULES`]).
    pub rule: &'static str,
    /// The bump the change needs.
    pub bump: Bump,
    /// The facet it concerns (empty for the taxonomy's own metadata and its rules).
    pub facet: String,
    /// The concept it concerns, or the rule's id for a rule change.
    pub concept: Option<String>,
    /// The language of a changed text.
    pub lang: Option<String>,
    /// The value before (texts, lists joined by `; `), where there was one.
    pub old: Option<String>,
    /// The value after, where there is one.
    pub new: Option<String>,
}

/// Everything that changed from one taxonomy to another.
#[derive(Clone, Debug, PartialEq, Eq, Serialize)]
#[non_exhaustive]
pub struct Diff {
    /// The version compared from.
    pub old_version: String,
    /// The version compared to.
    pub new_version: String,
    /// Every change, facet by facet in the new taxonomy's order, concepts in their order.
    pub changes: Vec<Change>,
}

impl Diff {
    /// The largest bump any change needs; `None` when nothing changed.
    pub fn required_bump(&self) -> Option<Bump> {
        self.changes.iter().map(|c| c.bump).max()
    }

    /// The diff as JSON in a stable structure (`format: "jos-diff/1"`): the versions, the
    /// required bump, and the list of changes with `rule`, `bump`, `facet`, `concept`, `lang`,
    /// `old` and `new`. Fields may be added; none is removed or changes meaning within a format.
    pub fn to_json(&self) -> String {
        #[derive(Serialize)]
        struct Doc<'a> {
            format: &'static str,
            old_version: &'a str,
            new_version: &'a str,
            required_bump: Option<Bump>,
            changes: &'a [Change],
        }
        let doc = Doc {
            format: "jos-diff/1",
            old_version: &self.old_version,
            new_version: &self.new_version,
            required_bump: self.required_bump(),
            changes: &self.changes,
        };
        let mut out = serde_json::to_string_pretty(&doc).unwrap_or_default();
        out.push('\n');
        out
    }
}

/// Compares `old` with `new`.
pub fn diff(old: &Taxonomy, new: &Taxonomy) -> Diff {
    // Meaning changes are declared in the new version's history entry (`meaning_changed`).
    let meaning: Vec<String> = if new.version() > old.version() {
        new.history()
            .iter()
            .filter(|h| h.version == new.version().to_string())
            .flat_map(|h| h.meaning_changed.iter().map(|m| m.value.clone()))
            .collect()
    } else {
        Vec::new()
    };
    let mut d = Differ {
        out: Vec::new(),
        meaning,
    };
    d.metadata(old, new);
    for nf in new.facets() {
        match old.facet(&nf.id) {
            None => d.push("facet-added", &nf.id, None, None, None, Some(nf.id.clone())),
            Some(of) => d.facet(of, nf),
        }
    }
    for of in old.facets() {
        if new.facet(&of.id).is_none() {
            d.push(
                "facet-removed",
                &of.id,
                None,
                None,
                Some(of.id.clone()),
                None,
            );
        }
    }
    d.rules(old.rules(), new.rules());
    d.subject(old, new);
    Diff {
        old_version: old.version().to_string(),
        new_version: new.version().to_string(),
        changes: d.out,
    }
}

struct Differ {
    out: Vec<Change>,
    /// The concepts whose meaning the new version declares changed.
    meaning: Vec<String>,
}

fn join(items: &[&str]) -> Option<String> {
    (!items.is_empty()).then(|| items.join("; "))
}

impl Differ {
    fn push(
        &mut self,
        rule: &'static str,
        facet: &str,
        concept: Option<&str>,
        lang: Option<&str>,
        old: Option<String>,
        new: Option<String>,
    ) {
        self.out.push(Change {
            rule,
            bump: bump_of(rule),
            facet: facet.to_owned(),
            concept: concept.map(str::to_owned),
            lang: lang.map(str::to_owned),
            old,
            new,
        });
    }

    fn metadata(&mut self, old: &Taxonomy, new: &Taxonomy) {
        // Texts carry their location; compare the words only.
        let words = |t: &Taxonomy| {
            (
                texts_words(t.title()),
                texts_words(t.description()),
                t.publisher().to_owned(),
                t.licence().to_owned(),
            )
        };
        if words(old) != words(new) {
            self.push("metadata", "", None, None, None, None);
        }
        // A source both versions cite, corrected: its citation, address or language.
        let entry = |s: &crate::model::Source| {
            let mut text = format!(
                "{}: {}",
                s.id,
                s.citation.split_whitespace().collect::<Vec<_>>().join(" ")
            );
            if let Some(url) = &s.url {
                text.push_str(&format!(" <{url}>"));
            }
            if let Some(language) = &s.language {
                text.push_str(&format!(" (language: {language})"));
            }
            text
        };
        for ns in new.sources() {
            if let Some(os) = old.source(&ns.id)
                && entry(os) != entry(ns)
            {
                self.push("sources", "", None, None, Some(entry(os)), Some(entry(ns)));
            }
        }
    }

    /// Texts that differ per language: (language, old, new).
    fn texts(
        &mut self,
        rule: &'static str,
        added_rule: Option<&'static str>,
        facet: &str,
        concept: Option<&str>,
        old: &Texts,
        new: &Texts,
    ) {
        let langs: BTreeSet<&str> = old.iter().chain(new.iter()).map(|(l, _)| l).collect();
        for lang in langs {
            let (o, n) = (old.get_code(lang), new.get_code(lang));
            if o != n {
                let rule = match (o, added_rule) {
                    (None | Some(""), Some(added)) => added,
                    _ => rule,
                };
                self.push(
                    rule,
                    facet,
                    concept,
                    Some(lang),
                    o.map(str::to_owned),
                    n.map(str::to_owned),
                );
            }
        }
    }

    fn lists(
        &mut self,
        added: &'static str,
        removed: &'static str,
        facet: &str,
        concept: Option<&str>,
        old: &TextLists,
        new: &TextLists,
    ) {
        let langs: BTreeSet<&str> = old.iter().chain(new.iter()).map(|(l, _)| l).collect();
        for lang in langs {
            let o: Vec<&str> = list(old, lang);
            let n: Vec<&str> = list(new, lang);
            let gone: Vec<&str> = o.iter().copied().filter(|x| !n.contains(x)).collect();
            let came: Vec<&str> = n.iter().copied().filter(|x| !o.contains(x)).collect();
            if !came.is_empty() {
                self.push(added, facet, concept, Some(lang), None, join(&came));
            }
            if !gone.is_empty() {
                self.push(removed, facet, concept, Some(lang), join(&gone), None);
            }
        }
    }

    /// The definition of the subject, compared through its JSON form (every field, no
    /// locations).
    fn subject(&mut self, old: &Taxonomy, new: &Taxonomy) {
        let (o, n) = (
            crate::export::definition_json(old),
            crate::export::definition_json(new),
        );
        match (&o, &n) {
            (None, None) => {}
            (Some(_), None) => self.push("subject-definition-removed", "", None, None, None, None),
            (_, Some(_)) if o != n => {
                let id = new.definition().map(|d| d.id.as_str());
                self.push("subject-definition", "", id, None, None, None);
            }
            _ => {}
        }
    }

    fn facet(&mut self, of: &Facet, nf: &Facet) {
        let id = nf.id.as_str();
        self.texts("facet-text", None, id, None, &of.label, &nf.label);
        self.texts("facet-text", None, id, None, &of.definition, &nf.definition);
        self.texts("coder-guidance", None, id, None, &of.question, &nf.question);
        self.texts(
            "coder-guidance",
            None,
            id,
            None,
            &of.decision_rule,
            &nf.decision_rule,
        );
        if of.kind != nf.kind {
            self.push(
                "facet-kind",
                id,
                None,
                None,
                Some(format!("{:?}", of.kind).to_lowercase()),
                Some(format!("{:?}", nf.kind).to_lowercase()),
            );
        }
        if of.cardinality != nf.cardinality {
            let name = |c: Cardinality| match c {
                Cardinality::Single => "single",
                Cardinality::Multiple => "multiple",
            };
            self.push(
                "cardinality",
                id,
                None,
                None,
                Some(name(of.cardinality).to_owned()),
                Some(name(nf.cardinality).to_owned()),
            );
        }
        if of.required != nf.required {
            let rule = if nf.required {
                "facet-required"
            } else {
                "facet-optional"
            };
            self.push(
                rule,
                id,
                None,
                None,
                Some(of.required.to_string()),
                Some(nf.required.to_string()),
            );
        }
        if of.ordered != nf.ordered {
            self.push(
                "ordering",
                id,
                None,
                None,
                Some(of.ordered.to_string()),
                Some(nf.ordered.to_string()),
            );
        }
        for nc in nf.in_order() {
            match of.concepts.iter().find(|c| c.id == nc.id) {
                None => self.push("concept-added", id, Some(&nc.id), None, None, None),
                Some(oc) => self.concept(id, oc, nc),
            }
        }
        for oc in of.in_order() {
            if !nf.concepts.iter().any(|c| c.id == oc.id) {
                self.push("concept-removed", id, Some(&oc.id), None, None, None);
            }
        }
    }

    fn concept(&mut self, facet: &str, oc: &Concept, nc: &Concept) {
        let id = Some(nc.id.as_str());
        if self.meaning.contains(&nc.id) {
            self.push("meaning", facet, id, None, None, None);
        }
        match (&oc.deprecated, &nc.deprecated) {
            (None, Some(d)) => {
                let by: Vec<&str> = d.replaced_by.iter().map(|r| r.value.as_str()).collect();
                let rule = if by.is_empty() {
                    "concept-withdrawn"
                } else {
                    "concept-deprecated"
                };
                self.push(rule, facet, id, None, None, join(&by));
            }
            (Some(o), Some(n)) => {
                let ob: Vec<&str> = o.replaced_by.iter().map(|r| r.value.as_str()).collect();
                let nb: Vec<&str> = n.replaced_by.iter().map(|r| r.value.as_str()).collect();
                if ob != nb
                    || o.together != n.together
                    || texts_words(&o.reason) != texts_words(&n.reason)
                {
                    self.push("deprecation-changed", facet, id, None, join(&ob), join(&nb));
                }
            }
            (Some(_), None) => self.push("concept-withdrawn", facet, id, None, None, None),
            (None, None) => {}
        }
        // A changed preferred label whose old wording is now a synonym is an addition (minor).
        let langs: BTreeSet<&str> = oc
            .label
            .iter()
            .chain(nc.label.iter())
            .map(|(l, _)| l)
            .collect();
        for lang in langs {
            let (o, n) = (oc.label.get_code(lang), nc.label.get_code(lang));
            if o != n {
                let kept = o.is_some_and(|o| {
                    list(&nc.alt_labels, lang).contains(&o)
                        || list(&nc.abbreviations, lang).contains(&o)
                });
                let rule = if kept {
                    "label-kept-as-synonym"
                } else {
                    "label"
                };
                self.push(
                    rule,
                    facet,
                    id,
                    Some(lang),
                    o.map(str::to_owned),
                    n.map(str::to_owned),
                );
            }
        }
        let before = self.out.len();
        self.lists(
            "synonyms-added",
            "synonyms-removed",
            facet,
            id,
            &oc.alt_labels,
            &nc.alt_labels,
        );
        // An old preferred label kept as a synonym is reported once, as `label-kept-as-synonym`.
        let kept: Vec<(String, String)> = self.out[..before]
            .iter()
            .filter(|c| c.rule == "label-kept-as-synonym" && c.concept.as_deref() == id)
            .filter_map(|c| Some((c.lang.clone()?, c.old.clone()?)))
            .collect();
        let mut i = before;
        while i < self.out.len() {
            let c = &mut self.out[i];
            if c.rule == "synonyms-added" {
                let lang = c.lang.clone().unwrap_or_default();
                let rest: Vec<&str> = c
                    .new
                    .as_deref()
                    .unwrap_or("")
                    .split("; ")
                    .filter(|x| !kept.iter().any(|(l, o)| *l == lang && o == x))
                    .collect();
                if rest.is_empty() {
                    self.out.remove(i);
                    continue;
                }
                c.new = Some(rest.join("; "));
            }
            i += 1;
        }
        self.lists(
            "synonyms-added",
            "synonyms-removed",
            facet,
            id,
            &oc.abbreviations,
            &nc.abbreviations,
        );
        self.texts(
            "definition",
            None,
            facet,
            id,
            &oc.definition,
            &nc.definition,
        );
        self.texts(
            "scope-note",
            Some("scope-note-added"),
            facet,
            id,
            &oc.scope_note,
            &nc.scope_note,
        );
        self.lists(
            "examples-added",
            "examples",
            facet,
            id,
            &oc.examples,
            &nc.examples,
        );
        let (ob, nb) = (
            oc.broader.as_ref().map(|b| b.value.clone()),
            nc.broader.as_ref().map(|b| b.value.clone()),
        );
        if ob != nb {
            self.push("broader", facet, id, None, ob, nb);
        }
        let rel = |c: &Concept| -> Vec<String> {
            c.related
                .iter()
                .map(|r| format!("{} {}", r.kind.value, r.target.value))
                .collect()
        };
        let (or, nr) = (rel(oc), rel(nc));
        let came: Vec<&str> = nr
            .iter()
            .filter(|r| !or.contains(r))
            .map(String::as_str)
            .collect();
        let gone: Vec<&str> = or
            .iter()
            .filter(|r| !nr.contains(r))
            .map(String::as_str)
            .collect();
        if !came.is_empty() {
            self.push("relations-added", facet, id, None, None, join(&came));
        }
        if !gone.is_empty() {
            self.push("relations-removed", facet, id, None, join(&gone), None);
        }
        let (op, np) = (
            oc.position.as_ref().map(|p| p.value),
            nc.position.as_ref().map(|p| p.value),
        );
        if op != np {
            self.push(
                "position",
                facet,
                id,
                None,
                op.map(|p| p.to_string()),
                np.map(|p| p.to_string()),
            );
        }
        let src =
            |c: &Concept| -> Vec<String> { c.sources.iter().map(|s| s.value.clone()).collect() };
        let (os, ns) = (src(oc), src(nc));
        if os != ns {
            self.push(
                "sources",
                facet,
                id,
                None,
                Some(os.join("; ")),
                Some(ns.join("; ")),
            );
        }
    }

    fn rules(&mut self, old: &[Rule], new: &[Rule]) {
        let conditions = |r: &Rule| -> String {
            let side = |cs: &[crate::model::RuleClause]| -> String {
                cs.iter()
                    .map(|c| {
                        let codes: Vec<&str> = c.codes.iter().map(|x| x.value.as_str()).collect();
                        format!("{}: {}", c.facet.value, codes.join(", "))
                    })
                    .collect::<Vec<_>>()
                    .join("; ")
            };
            format!("when {} then {}", side(&r.when), side(&r.then))
        };
        for n in new {
            match old.iter().find(|o| o.id == n.id) {
                None => self.push(
                    "rule-added",
                    "",
                    Some(&n.id),
                    None,
                    None,
                    Some(conditions(n)),
                ),
                Some(o) => {
                    if conditions(o) != conditions(n) {
                        self.push(
                            "rule-changed",
                            "",
                            Some(&n.id),
                            None,
                            Some(conditions(o)),
                            Some(conditions(n)),
                        );
                    }
                    if texts_words(&o.message) != texts_words(&n.message) {
                        self.push("rule-message", "", Some(&n.id), None, None, None);
                    }
                }
            }
        }
        for o in old {
            if !new.iter().any(|n| n.id == o.id) {
                self.push(
                    "rule-removed",
                    "",
                    Some(&o.id),
                    None,
                    Some(conditions(o)),
                    None,
                );
            }
        }
    }
}

/// The words of each text, without locations.
fn texts_words(t: &Texts) -> Vec<(String, String)> {
    t.iter()
        .map(|(l, x)| (l.to_owned(), x.value.clone()))
        .collect()
}

fn list<'a>(t: &'a TextLists, code: &str) -> Vec<&'a str> {
    t.iter()
        .filter(|(l, _)| *l == code)
        .map(|(_, x)| x.value.as_str())
        .collect()
}
