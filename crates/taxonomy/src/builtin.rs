//! The taxonomy shipped in the crate, as Rust data: no YAML is parsed at run time.
//!
//! `cargo xtask codegen` writes `generated/builtin.rs` from `taxonomy/`: static tables of
//! string slices in the shapes below, with every value's position in the YAML source. Building
//! the model from them copies strings into the owned [`Taxonomy`] once per process, which takes a
//! fraction of a millisecond (benchmark `builtin`), against tens of milliseconds for parsing
//! and checking the YAML. The freshness test keeps the tables equal to `taxonomy/`, and the
//! tests compare the built-in taxonomy with the loaded one through the JSON export.

use std::collections::BTreeMap;
use std::sync::Arc;

use crate::lang::{Text, TextLists, Texts};
use crate::model::{
    Cardinality, Class, Classified, Concept, Criterion, Definition, Deprecation, Facet, FacetKind,
    HistoryEntry, Located, Location, OpenQuestion, Relation, RelationKind, Rule, RuleClause,
    Source, Taxonomy,
};

#[rustfmt::skip]
#[path = "generated/builtin.rs"]
mod data;

#[rustfmt::skip]
#[path = "generated/releases.rs"]
mod releases;

/// One frozen release: its version, date and tables.
pub(crate) struct SRelease {
    pub version: &'static str,
    pub date: &'static str,
    pub files: &'static [&'static str],
    pub taxonomy: &'static STaxonomy,
}

/// The frozen releases, oldest first.
pub(crate) fn releases() -> &'static [SRelease] {
    releases::RELEASES
}

/// Builds the model of a frozen release from its tables.
pub(crate) fn release(r: &SRelease) -> Taxonomy {
    build(r.files, r.taxonomy)
}

/// A position: index into the file table, 1-based line and column.
#[derive(Clone, Copy)]
pub(crate) struct L(pub u8, pub u32, pub u32);

/// A text in one language: language code, text, position.
pub(crate) struct T(pub &'static str, pub &'static str, pub L);

/// A located string.
pub(crate) struct S(pub &'static str, pub L);

pub(crate) struct STaxonomy {
    pub id: &'static str,
    pub version: &'static str,
    pub title: &'static [T],
    pub description: &'static [T],
    pub languages: &'static [&'static str],
    pub licence: &'static str,
    pub publisher: &'static str,
    pub relation_kinds: &'static [SRelationKind],
    pub sources: &'static [SSource],
    pub facets: &'static [SFacet],
    pub history: &'static [SHistory],
    pub rules: &'static [SRule],
    pub definition: Option<SDefinition>,
    pub at: L,
}

pub(crate) struct SDefinition {
    pub id: &'static str,
    pub label: &'static [T],
    pub alt_labels: &'static [T],
    pub abbreviations: &'static [T],
    pub definition: &'static [T],
    pub scope_note: &'static [T],
    pub criteria: &'static [SCriterion],
    pub classification: &'static [SClassified],
    pub questions: &'static [SQuestion],
    pub sources: &'static [S],
    pub since: Option<S>,
    pub at: L,
}

pub(crate) struct SCriterion {
    pub id: &'static str,
    pub label: &'static [T],
    pub text: &'static [T],
    pub question: &'static [T],
    pub at: L,
}

pub(crate) struct SClassified {
    pub id: &'static str,
    pub label: &'static [T],
    pub class: Class,
    pub reasoning: &'static [T],
    pub concepts: &'static [S],
    pub sources: &'static [S],
    pub at: L,
}

pub(crate) struct SQuestion {
    pub id: &'static str,
    pub text: &'static [T],
    pub at: L,
}

pub(crate) struct SRelationKind {
    pub id: &'static str,
    pub label: &'static [T],
    pub definition: &'static [T],
    pub from: &'static [S],
    pub to: &'static [S],
    pub at: L,
}

pub(crate) struct SSource {
    pub id: &'static str,
    pub citation: &'static str,
    pub url: Option<&'static str>,
    pub accessed: Option<&'static str>,
    pub language: Option<&'static str>,
    pub at: L,
}

pub(crate) struct SHistory {
    pub version: &'static str,
    pub date: &'static str,
    pub summary: &'static [T],
    pub meaning_changed: &'static [S],
    pub at: L,
}

pub(crate) struct SRule {
    pub id: &'static str,
    pub message: &'static [T],
    pub when: &'static [SClause],
    pub then: &'static [SClause],
    pub at: L,
}

pub(crate) struct SClause {
    pub facet: S,
    pub codes: &'static [S],
}

pub(crate) struct SFacet {
    pub id: &'static str,
    pub kind: FacetKind,
    pub label: &'static [T],
    pub definition: &'static [T],
    pub question: &'static [T],
    pub decision_rule: &'static [T],
    pub cardinality: Cardinality,
    pub ordered: bool,
    pub required: bool,
    pub concepts: &'static [SConcept],
    pub at: L,
}

pub(crate) struct SConcept {
    pub id: &'static str,
    pub label: &'static [T],
    pub alt_labels: &'static [T],
    pub abbreviations: &'static [T],
    pub definition: &'static [T],
    pub scope_note: &'static [T],
    pub examples: &'static [T],
    pub broader: Option<S>,
    pub related: &'static [(S, S)],
    pub position: Option<(u32, L)>,
    pub sources: &'static [S],
    pub since: Option<S>,
    pub deprecated: Option<SDeprecation>,
    pub at: L,
}

pub(crate) struct SDeprecation {
    pub since: S,
    pub replaced_by: &'static [S],
    pub together: bool,
    pub reason: &'static [T],
    pub at: L,
}

/// Builds the owned model of the built-in taxonomy from the generated tables.
pub(crate) fn taxonomy() -> Taxonomy {
    build(data::FILES, &data::TAXONOMY)
}

fn build(files: &[&str], t: &STaxonomy) -> Taxonomy {
    let b = Build {
        files: files.iter().map(|f| Arc::from(*f)).collect(),
    };
    let version = semver::Version::parse(t.version).unwrap_or(semver::Version::new(0, 0, 0));
    let mut taxonomy = Taxonomy {
        id: t.id.to_owned(),
        version,
        title: b.texts(t.title),
        description: b.texts(t.description),
        languages: t.languages.iter().map(|l| (*l).to_owned()).collect(),
        licence: t.licence.to_owned(),
        publisher: t.publisher.to_owned(),
        relation_kinds: t
            .relation_kinds
            .iter()
            .map(|k| b.relation_kind(k))
            .collect(),
        sources: t.sources.iter().map(|s| b.source(s)).collect(),
        facets: t.facets.iter().map(|f| b.facet(f)).collect(),
        history: t.history.iter().map(|h| b.history(h)).collect(),
        rules: t.rules.iter().map(|r| b.rule(r)).collect(),
        definition: t.definition.as_ref().map(|d| b.definition(d)),
        location: b.at(t.at),
        index: Default::default(),
        version_text: Located {
            value: t.version.to_owned(),
            location: b.at(t.at),
        },
        languages_at: b.at(t.at),
    };
    taxonomy.rebuild_index();
    taxonomy
}

struct Build {
    files: Vec<Arc<str>>,
}

impl Build {
    fn at(&self, l: L) -> Location {
        let file = self
            .files
            .get(usize::from(l.0))
            .cloned()
            .unwrap_or_else(|| Arc::from(""));
        Location {
            file,
            line: l.1,
            column: l.2,
        }
    }

    fn s(&self, s: &S) -> Located<String> {
        Located {
            value: s.0.to_owned(),
            location: self.at(s.1),
        }
    }

    fn list(&self, list: &[S]) -> Vec<Located<String>> {
        list.iter().map(|s| self.s(s)).collect()
    }

    fn text(&self, t: &T) -> Text {
        Text {
            value: t.1.to_owned(),
            location: self.at(t.2),
        }
    }

    fn texts(&self, list: &[T]) -> Texts {
        Texts(
            list.iter()
                .map(|t| (t.0.to_owned(), self.text(t)))
                .collect(),
        )
    }

    fn text_lists(&self, list: &[T]) -> TextLists {
        let mut map: BTreeMap<String, Vec<Text>> = BTreeMap::new();
        for t in list {
            map.entry(t.0.to_owned()).or_default().push(self.text(t));
        }
        TextLists(map)
    }

    fn relation_kind(&self, k: &SRelationKind) -> RelationKind {
        RelationKind {
            id: k.id.to_owned(),
            label: self.texts(k.label),
            definition: self.texts(k.definition),
            from: self.list(k.from),
            to: self.list(k.to),
            location: self.at(k.at),
        }
    }

    fn source(&self, s: &SSource) -> Source {
        Source {
            id: s.id.to_owned(),
            citation: s.citation.to_owned(),
            url: s.url.map(str::to_owned),
            accessed: s.accessed.map(str::to_owned),
            language: s.language.map(str::to_owned),
            location: self.at(s.at),
        }
    }

    fn history(&self, h: &SHistory) -> HistoryEntry {
        HistoryEntry {
            version: h.version.to_owned(),
            date: h.date.to_owned(),
            summary: self.texts(h.summary),
            meaning_changed: self.list(h.meaning_changed),
            location: self.at(h.at),
        }
    }

    fn clause(&self, c: &SClause) -> RuleClause {
        RuleClause {
            facet: self.s(&c.facet),
            codes: self.list(c.codes),
        }
    }

    fn rule(&self, r: &SRule) -> Rule {
        Rule {
            id: r.id.to_owned(),
            message: self.texts(r.message),
            when: r.when.iter().map(|c| self.clause(c)).collect(),
            then: r.then.iter().map(|c| self.clause(c)).collect(),
            location: self.at(r.at),
        }
    }

    fn definition(&self, d: &SDefinition) -> Definition {
        Definition {
            id: d.id.to_owned(),
            label: self.texts(d.label),
            alt_labels: self.text_lists(d.alt_labels),
            abbreviations: self.text_lists(d.abbreviations),
            definition: self.texts(d.definition),
            scope_note: self.texts(d.scope_note),
            criteria: d
                .criteria
                .iter()
                .map(|c| Criterion {
                    id: c.id.to_owned(),
                    label: self.texts(c.label),
                    text: self.texts(c.text),
                    question: self.texts(c.question),
                    location: self.at(c.at),
                })
                .collect(),
            classification: d
                .classification
                .iter()
                .map(|c| Classified {
                    id: c.id.to_owned(),
                    label: self.texts(c.label),
                    class: c.class,
                    reasoning: self.texts(c.reasoning),
                    concepts: self.list(c.concepts),
                    sources: self.list(c.sources),
                    location: self.at(c.at),
                })
                .collect(),
            questions: d
                .questions
                .iter()
                .map(|q| OpenQuestion {
                    id: q.id.to_owned(),
                    text: self.texts(q.text),
                    location: self.at(q.at),
                })
                .collect(),
            sources: self.list(d.sources),
            since: d.since.as_ref().map(|s| self.s(s)),
            location: self.at(d.at),
        }
    }

    fn facet(&self, f: &SFacet) -> Facet {
        Facet {
            id: f.id.to_owned(),
            kind: f.kind,
            label: self.texts(f.label),
            definition: self.texts(f.definition),
            question: self.texts(f.question),
            decision_rule: self.texts(f.decision_rule),
            cardinality: f.cardinality,
            ordered: f.ordered,
            required: f.required,
            concepts: f.concepts.iter().map(|c| self.concept(c, f.id)).collect(),
            location: self.at(f.at),
        }
    }

    fn concept(&self, c: &SConcept, facet: &str) -> Concept {
        Concept {
            id: c.id.to_owned(),
            facet: facet.to_owned(),
            label: self.texts(c.label),
            alt_labels: self.text_lists(c.alt_labels),
            abbreviations: self.text_lists(c.abbreviations),
            definition: self.texts(c.definition),
            scope_note: self.texts(c.scope_note),
            examples: self.text_lists(c.examples),
            broader: c.broader.as_ref().map(|s| self.s(s)),
            related: c
                .related
                .iter()
                .map(|(kind, target)| Relation {
                    kind: self.s(kind),
                    target: self.s(target),
                })
                .collect(),
            position: c.position.map(|(p, l)| Located {
                value: p,
                location: self.at(l),
            }),
            sources: self.list(c.sources),
            since: c.since.as_ref().map(|s| self.s(s)),
            deprecated: c.deprecated.as_ref().map(|d| Deprecation {
                since: self.s(&d.since),
                replaced_by: self.list(d.replaced_by),
                together: d.together,
                reason: self.texts(d.reason),
                location: self.at(d.at),
            }),
            location: self.at(c.at),
        }
    }
}
