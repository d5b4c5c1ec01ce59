//! Reading the JSON export (`docs/export-json.md`) back into the model: how frozen releases are
//! read, and how a tool that only has the export gets a checked [`Taxonomy`] again.
//!
//! The export holds every field of the model, so a taxonomy read back exports to the same bytes
//! (a test checks this for the built-in taxonomy). Values have no line and column in the JSON
//! document; their location is the file.

use std::collections::BTreeMap;
use std::sync::Arc;

use serde::Deserialize;

use super::{Loaded, Report, finish};
use crate::diagnostic::{Code, Diagnostic};
use crate::export::{JSON_FORMAT, JSON_FORMAT_VERSION};
use crate::lang::{Text, TextLists, Texts};
use crate::model::{
    Cardinality, Class, Classified, Concept, Criterion, Definition, Deprecation, Facet, FacetKind,
    HistoryEntry, Located, Location, OpenQuestion, Relation, RelationKind, Rule, RuleClause,
    Source, Taxonomy,
};

type JsonTexts = BTreeMap<String, String>;
type JsonLists = BTreeMap<String, Vec<String>>;

#[derive(Deserialize)]
struct Doc {
    format: String,
    format_version: u32,
    id: String,
    version: String,
    title: JsonTexts,
    description: JsonTexts,
    languages: Vec<String>,
    licence: String,
    publisher: String,
    relation_kinds: Vec<JsonRelationKind>,
    sources: Vec<JsonSource>,
    history: Vec<JsonHistory>,
    facets: Vec<JsonFacet>,
    #[serde(default)]
    rules: Vec<JsonRule>,
    #[serde(default)]
    definition: Option<JsonDefinition>,
}

#[derive(Deserialize)]
struct JsonDefinition {
    id: String,
    label: JsonTexts,
    alt_labels: JsonLists,
    abbreviations: JsonLists,
    definition: JsonTexts,
    scope_note: JsonTexts,
    criteria: Vec<JsonCriterion>,
    classification: Vec<JsonClassified>,
    questions: Vec<JsonQuestion>,
    sources: Vec<String>,
    since: Option<String>,
}

#[derive(Deserialize)]
struct JsonCriterion {
    id: String,
    label: JsonTexts,
    text: JsonTexts,
    question: JsonTexts,
}

#[derive(Deserialize)]
struct JsonClassified {
    id: String,
    label: JsonTexts,
    class: String,
    reasoning: JsonTexts,
    concepts: Vec<String>,
    sources: Vec<String>,
}

#[derive(Deserialize)]
struct JsonQuestion {
    id: String,
    text: JsonTexts,
}

#[derive(Deserialize)]
struct JsonRelationKind {
    id: String,
    label: JsonTexts,
    definition: JsonTexts,
    from: Vec<String>,
    to: Vec<String>,
}

#[derive(Deserialize)]
struct JsonSource {
    id: String,
    citation: String,
    url: Option<String>,
    accessed: Option<String>,
    #[serde(default)]
    language: Option<String>,
}

#[derive(Deserialize)]
struct JsonHistory {
    version: String,
    date: String,
    summary: JsonTexts,
    #[serde(default)]
    meaning_changed: Vec<String>,
}

#[derive(Deserialize)]
struct JsonFacet {
    id: String,
    #[serde(default)]
    kind: Option<String>,
    label: JsonTexts,
    definition: JsonTexts,
    #[serde(default)]
    question: JsonTexts,
    #[serde(default)]
    decision_rule: JsonTexts,
    cardinality: String,
    ordered: bool,
    required: bool,
    concepts: Vec<JsonConcept>,
}

#[derive(Deserialize)]
struct JsonConcept {
    id: String,
    label: JsonTexts,
    alt_labels: JsonLists,
    abbreviations: JsonLists,
    definition: JsonTexts,
    scope_note: JsonTexts,
    examples: JsonLists,
    broader: Option<String>,
    related: Vec<JsonRelation>,
    position: Option<u32>,
    sources: Vec<String>,
    since: Option<String>,
    deprecated: Option<JsonDeprecation>,
}

#[derive(Deserialize)]
struct JsonRelation {
    kind: String,
    target: String,
}

#[derive(Deserialize)]
struct JsonDeprecation {
    since: String,
    replaced_by: Vec<String>,
    #[serde(default)]
    together: bool,
    reason: JsonTexts,
}

#[derive(Deserialize)]
struct JsonRule {
    id: String,
    message: JsonTexts,
    when: Vec<JsonClause>,
    then: Vec<JsonClause>,
}

#[derive(Deserialize)]
struct JsonClause {
    facet: String,
    codes: Vec<String>,
}

/// Reads a taxonomy from the text of a JSON export and checks it, keeping every finding.
/// `name` is the file name diagnostics are reported under.
///
/// ```
/// use jos_taxonomy::{export, load, Taxonomy};
/// let json = export::to_json(Taxonomy::builtin());
/// let loaded = load::load_json_str("taxonomy.json", &json);
/// assert!(!loaded.report.has_errors());
/// assert_eq!(export::to_json(&loaded.taxonomy.unwrap()), json);
/// ```
pub fn load_json_str(name: &str, text: &str) -> Loaded {
    let file: Arc<str> = Arc::from(name);
    let mut report = Report::default();
    report.add_source(name, Arc::from(text));
    let doc: Doc = match serde_json::from_str(text) {
        Ok(doc) => doc,
        Err(e) => {
            let at = Location::new(file, e.line() as u32, e.column() as u32);
            report.diagnostics.push(
                Diagnostic::new(
                    Code::JsonSyntax,
                    at,
                    format!("`{name}` is not a taxonomy export: {e}"),
                )
                .with_hint("give the file that `jos export --format json` wrote, unchanged"),
            );
            return finish(None, report);
        }
    };
    if doc.format != JSON_FORMAT || doc.format_version > JSON_FORMAT_VERSION {
        report.diagnostics.push(
            Diagnostic::new(
                Code::InvalidValue,
                Location::new(file, 1, 1),
                format!(
                    "`{name}` has format `{}` version {}; this crate reads `{JSON_FORMAT}` up to version {JSON_FORMAT_VERSION}",
                    doc.format, doc.format_version
                ),
            )
            .with_hint("read it with the version of jos that wrote it, or a newer one"),
        );
        return finish(None, report);
    }
    let taxonomy = Build { file }.taxonomy(doc);
    finish(Some(taxonomy), report)
}

struct Build {
    file: Arc<str>,
}

impl Build {
    fn at(&self) -> Location {
        Location::file(self.file.clone())
    }

    fn s(&self, value: String) -> Located<String> {
        Located {
            value,
            location: self.at(),
        }
    }

    fn list(&self, values: Vec<String>) -> Vec<Located<String>> {
        values.into_iter().map(|v| self.s(v)).collect()
    }

    fn texts(&self, t: JsonTexts) -> Texts {
        Texts(
            t.into_iter()
                .map(|(lang, value)| {
                    let location = self.at();
                    (lang, Text { value, location })
                })
                .collect(),
        )
    }

    fn lists(&self, t: JsonLists) -> TextLists {
        TextLists(
            t.into_iter()
                .map(|(lang, values)| {
                    let texts = values
                        .into_iter()
                        .map(|value| Text {
                            value,
                            location: self.at(),
                        })
                        .collect();
                    (lang, texts)
                })
                .collect(),
        )
    }

    fn taxonomy(&self, doc: Doc) -> Taxonomy {
        let version = semver::Version::parse(&doc.version).unwrap_or(semver::Version::new(0, 0, 0));
        let mut taxonomy = Taxonomy {
            id: doc.id,
            version,
            title: self.texts(doc.title),
            description: self.texts(doc.description),
            languages: doc.languages,
            licence: doc.licence,
            publisher: doc.publisher,
            relation_kinds: doc
                .relation_kinds
                .into_iter()
                .map(|k| RelationKind {
                    id: k.id,
                    label: self.texts(k.label),
                    definition: self.texts(k.definition),
                    from: self.list(k.from),
                    to: self.list(k.to),
                    location: self.at(),
                })
                .collect(),
            sources: doc
                .sources
                .into_iter()
                .map(|s| Source {
                    id: s.id,
                    citation: s.citation,
                    url: s.url,
                    accessed: s.accessed,
                    language: s.language,
                    location: self.at(),
                })
                .collect(),
            facets: doc.facets.into_iter().map(|f| self.facet(f)).collect(),
            history: doc
                .history
                .into_iter()
                .map(|h| HistoryEntry {
                    version: h.version,
                    date: h.date,
                    summary: self.texts(h.summary),
                    meaning_changed: self.list(h.meaning_changed),
                    location: self.at(),
                })
                .collect(),
            rules: doc
                .rules
                .into_iter()
                .map(|r| Rule {
                    id: r.id,
                    message: self.texts(r.message),
                    when: r.when.into_iter().map(|c| self.clause(c)).collect(),
                    then: r.then.into_iter().map(|c| self.clause(c)).collect(),
                    location: self.at(),
                })
                .collect(),
            definition: doc.definition.map(|d| self.definition(d)),
            location: self.at(),
            index: Default::default(),
            version_text: self.s(doc.version),
            languages_at: self.at(),
        };
        taxonomy.rebuild_index();
        taxonomy
    }

    fn definition(&self, d: JsonDefinition) -> Definition {
        Definition {
            id: d.id,
            label: self.texts(d.label),
            alt_labels: self.lists(d.alt_labels),
            abbreviations: self.lists(d.abbreviations),
            definition: self.texts(d.definition),
            scope_note: self.texts(d.scope_note),
            criteria: d
                .criteria
                .into_iter()
                .map(|c| Criterion {
                    id: c.id,
                    label: self.texts(c.label),
                    text: self.texts(c.text),
                    question: self.texts(c.question),
                    location: self.at(),
                })
                .collect(),
            classification: d
                .classification
                .into_iter()
                .map(|c| Classified {
                    id: c.id,
                    label: self.texts(c.label),
                    // An unknown class is read as `outside`; the export only writes known ones.
                    class: Class::parse(&c.class).unwrap_or(Class::Outside),
                    reasoning: self.texts(c.reasoning),
                    concepts: self.list(c.concepts),
                    sources: self.list(c.sources),
                    location: self.at(),
                })
                .collect(),
            questions: d
                .questions
                .into_iter()
                .map(|q| OpenQuestion {
                    id: q.id,
                    text: self.texts(q.text),
                    location: self.at(),
                })
                .collect(),
            sources: self.list(d.sources),
            since: d.since.map(|s| self.s(s)),
            location: self.at(),
        }
    }

    fn clause(&self, c: JsonClause) -> RuleClause {
        RuleClause {
            facet: self.s(c.facet),
            codes: self.list(c.codes),
        }
    }

    fn facet(&self, f: JsonFacet) -> Facet {
        let cardinality = if f.cardinality == "single" {
            Cardinality::Single
        } else {
            Cardinality::Multiple
        };
        let id = f.id;
        Facet {
            concepts: f
                .concepts
                .into_iter()
                .map(|c| self.concept(c, &id))
                .collect(),
            id,
            kind: if f.kind.as_deref() == Some("terms") {
                FacetKind::Terms
            } else {
                FacetKind::Tags
            },
            label: self.texts(f.label),
            definition: self.texts(f.definition),
            question: self.texts(f.question),
            decision_rule: self.texts(f.decision_rule),
            cardinality,
            ordered: f.ordered,
            required: f.required,
            location: self.at(),
        }
    }

    fn concept(&self, c: JsonConcept, facet: &str) -> Concept {
        Concept {
            id: c.id,
            facet: facet.to_owned(),
            label: self.texts(c.label),
            alt_labels: self.lists(c.alt_labels),
            abbreviations: self.lists(c.abbreviations),
            definition: self.texts(c.definition),
            scope_note: self.texts(c.scope_note),
            examples: self.lists(c.examples),
            broader: c.broader.map(|b| self.s(b)),
            related: c
                .related
                .into_iter()
                .map(|r| Relation {
                    kind: self.s(r.kind),
                    target: self.s(r.target),
                })
                .collect(),
            position: c.position.map(|p| Located {
                value: p,
                location: self.at(),
            }),
            sources: self.list(c.sources),
            since: c.since.map(|s| self.s(s)),
            deprecated: c.deprecated.map(|d| Deprecation {
                since: self.s(d.since),
                replaced_by: self.list(d.replaced_by),
                together: d.together,
                reason: self.texts(d.reason),
                location: self.at(),
            }),
            location: self.at(),
        }
    }
}
