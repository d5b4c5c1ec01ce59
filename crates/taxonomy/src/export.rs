//! Exports of the whole taxonomy for other tools.
//!
//! [`to_json`] writes one JSON document with every field of every facet and concept, plus the
//! derived `narrower` lists. The format is described in `docs/export-json.md`; its
//! `format_version` changes only when a field is removed or changes meaning.

use std::collections::BTreeMap;

use serde::Serialize;

use crate::lang::{TextLists, Texts};
use crate::model::{Cardinality, Class, Concept, Definition, Facet, FacetKind, Taxonomy};

/// The identifier of the JSON export format.
pub const JSON_FORMAT: &str = "jeugdhulp-op-school/taxonomy";
/// The version of the JSON export format.
pub const JSON_FORMAT_VERSION: u32 = 1;

#[derive(Serialize)]
struct Doc<'a> {
    format: &'static str,
    format_version: u32,
    id: &'a str,
    version: String,
    title: BTreeMap<&'a str, &'a str>,
    description: BTreeMap<&'a str, &'a str>,
    languages: &'a [String],
    licence: &'a str,
    publisher: &'a str,
    relation_kinds: Vec<RelationKindJson<'a>>,
    sources: Vec<SourceJson<'a>>,
    history: Vec<HistoryJson<'a>>,
    facets: Vec<FacetJson<'a>>,
    rules: Vec<RuleJson<'a>>,
    #[serde(skip_serializing_if = "Option::is_none")]
    definition: Option<DefinitionJson<'a>>,
}

/// The definition of the subject (`definition.yaml`), present from taxonomy 2.0.0.
#[derive(Serialize)]
struct DefinitionJson<'a> {
    id: &'a str,
    label: BTreeMap<&'a str, &'a str>,
    alt_labels: BTreeMap<&'a str, Vec<&'a str>>,
    abbreviations: BTreeMap<&'a str, Vec<&'a str>>,
    definition: BTreeMap<&'a str, &'a str>,
    scope_note: BTreeMap<&'a str, &'a str>,
    criteria: Vec<CriterionJson<'a>>,
    classification: Vec<ClassifiedJson<'a>>,
    questions: Vec<QuestionJson<'a>>,
    sources: Vec<&'a str>,
    since: Option<&'a str>,
}

#[derive(Serialize)]
struct CriterionJson<'a> {
    id: &'a str,
    label: BTreeMap<&'a str, &'a str>,
    text: BTreeMap<&'a str, &'a str>,
    question: BTreeMap<&'a str, &'a str>,
}

#[derive(Serialize)]
struct ClassifiedJson<'a> {
    id: &'a str,
    label: BTreeMap<&'a str, &'a str>,
    class: Class,
    reasoning: BTreeMap<&'a str, &'a str>,
    concepts: Vec<&'a str>,
    sources: Vec<&'a str>,
}

#[derive(Serialize)]
struct QuestionJson<'a> {
    id: &'a str,
    text: BTreeMap<&'a str, &'a str>,
}

#[derive(Serialize)]
struct RuleJson<'a> {
    id: &'a str,
    message: BTreeMap<&'a str, &'a str>,
    when: Vec<ClauseJson<'a>>,
    then: Vec<ClauseJson<'a>>,
}

#[derive(Serialize)]
struct ClauseJson<'a> {
    facet: &'a str,
    codes: Vec<&'a str>,
}

#[derive(Serialize)]
struct RelationKindJson<'a> {
    id: &'a str,
    label: BTreeMap<&'a str, &'a str>,
    definition: BTreeMap<&'a str, &'a str>,
    from: Vec<&'a str>,
    to: Vec<&'a str>,
}

#[derive(Serialize)]
struct SourceJson<'a> {
    id: &'a str,
    citation: &'a str,
    url: Option<&'a str>,
    accessed: Option<&'a str>,
    #[serde(skip_serializing_if = "Option::is_none")]
    language: Option<&'a str>,
}

#[derive(Serialize)]
struct HistoryJson<'a> {
    version: &'a str,
    date: &'a str,
    summary: BTreeMap<&'a str, &'a str>,
    #[serde(skip_serializing_if = "Vec::is_empty")]
    meaning_changed: Vec<&'a str>,
}

#[derive(Serialize)]
struct FacetJson<'a> {
    id: &'a str,
    #[serde(skip_serializing_if = "is_tags")]
    kind: FacetKind,
    label: BTreeMap<&'a str, &'a str>,
    definition: BTreeMap<&'a str, &'a str>,
    #[serde(skip_serializing_if = "BTreeMap::is_empty")]
    question: BTreeMap<&'a str, &'a str>,
    #[serde(skip_serializing_if = "BTreeMap::is_empty")]
    decision_rule: BTreeMap<&'a str, &'a str>,
    cardinality: Cardinality,
    ordered: bool,
    required: bool,
    concepts: Vec<ConceptJson<'a>>,
}

/// One concept as JSON, with the derived `narrower` list.
#[derive(Serialize)]
struct ConceptJson<'a> {
    id: &'a str,
    facet: &'a str,
    label: BTreeMap<&'a str, &'a str>,
    alt_labels: BTreeMap<&'a str, Vec<&'a str>>,
    abbreviations: BTreeMap<&'a str, Vec<&'a str>>,
    definition: BTreeMap<&'a str, &'a str>,
    scope_note: BTreeMap<&'a str, &'a str>,
    examples: BTreeMap<&'a str, Vec<&'a str>>,
    broader: Option<&'a str>,
    narrower: Vec<&'a str>,
    related: Vec<RelationJson<'a>>,
    position: Option<u32>,
    sources: Vec<&'a str>,
    since: Option<&'a str>,
    deprecated: Option<DeprecationJson<'a>>,
}

#[derive(Serialize)]
struct RelationJson<'a> {
    kind: &'a str,
    target: &'a str,
}

#[derive(Serialize)]
struct DeprecationJson<'a> {
    since: &'a str,
    replaced_by: Vec<&'a str>,
    #[serde(skip_serializing_if = "std::ops::Not::not")]
    together: bool,
    reason: BTreeMap<&'a str, &'a str>,
}

fn ids(list: &[crate::model::Located<String>]) -> Vec<&str> {
    list.iter().map(|s| s.value.as_str()).collect()
}

fn is_tags(kind: &FacetKind) -> bool {
    *kind == FacetKind::Tags
}

fn definition(d: &Definition) -> DefinitionJson<'_> {
    DefinitionJson {
        id: &d.id,
        label: texts(&d.label),
        alt_labels: lists(&d.alt_labels),
        abbreviations: lists(&d.abbreviations),
        definition: texts(&d.definition),
        scope_note: texts(&d.scope_note),
        criteria: d
            .criteria
            .iter()
            .map(|c| CriterionJson {
                id: &c.id,
                label: texts(&c.label),
                text: texts(&c.text),
                question: texts(&c.question),
            })
            .collect(),
        classification: d
            .classification
            .iter()
            .map(|c| ClassifiedJson {
                id: &c.id,
                label: texts(&c.label),
                class: c.class,
                reasoning: texts(&c.reasoning),
                concepts: ids(&c.concepts),
                sources: ids(&c.sources),
            })
            .collect(),
        questions: d
            .questions
            .iter()
            .map(|q| QuestionJson {
                id: &q.id,
                text: texts(&q.text),
            })
            .collect(),
        sources: ids(&d.sources),
        since: d.since.as_ref().map(|s| s.value.as_str()),
    }
}

fn texts(t: &Texts) -> BTreeMap<&str, &str> {
    t.iter().map(|(k, v)| (k, v.value.as_str())).collect()
}

fn lists(t: &TextLists) -> BTreeMap<&str, Vec<&str>> {
    let mut out: BTreeMap<&str, Vec<&str>> = BTreeMap::new();
    for (k, v) in t.iter() {
        out.entry(k).or_default().push(&v.value);
    }
    out
}

fn concept<'a>(taxonomy: &'a Taxonomy, c: &'a Concept) -> ConceptJson<'a> {
    ConceptJson {
        id: &c.id,
        facet: &c.facet,
        label: texts(&c.label),
        alt_labels: lists(&c.alt_labels),
        abbreviations: lists(&c.abbreviations),
        definition: texts(&c.definition),
        scope_note: texts(&c.scope_note),
        examples: lists(&c.examples),
        broader: c.broader.as_ref().map(|b| b.value.as_str()),
        narrower: taxonomy
            .concepts()
            .filter(|n| n.broader.as_ref().is_some_and(|b| b.value == c.id))
            .map(|n| n.id.as_str())
            .collect(),
        related: c
            .related
            .iter()
            .map(|r| RelationJson {
                kind: &r.kind.value,
                target: &r.target.value,
            })
            .collect(),
        position: c.position.as_ref().map(|p| p.value),
        sources: c.sources.iter().map(|s| s.value.as_str()).collect(),
        since: c.since.as_ref().map(|s| s.value.as_str()),
        deprecated: c.deprecated.as_ref().map(|d| DeprecationJson {
            since: &d.since.value,
            replaced_by: d.replaced_by.iter().map(|r| r.value.as_str()).collect(),
            together: d.together,
            reason: texts(&d.reason),
        }),
    }
}

fn facet<'a>(taxonomy: &'a Taxonomy, f: &'a Facet) -> FacetJson<'a> {
    FacetJson {
        id: &f.id,
        kind: f.kind,
        label: texts(&f.label),
        definition: texts(&f.definition),
        question: texts(&f.question),
        decision_rule: texts(&f.decision_rule),
        cardinality: f.cardinality,
        ordered: f.ordered,
        required: f.required,
        concepts: f
            .in_order()
            .into_iter()
            .map(|c| concept(taxonomy, c))
            .collect(),
    }
}

fn clauses(clauses: &[crate::model::RuleClause]) -> Vec<ClauseJson<'_>> {
    clauses
        .iter()
        .map(|c| ClauseJson {
            facet: &c.facet.value,
            codes: c.codes.iter().map(|x| x.value.as_str()).collect(),
        })
        .collect()
}

/// The whole taxonomy as one pretty-printed JSON document, ending in a newline.
/// The same taxonomy always gives byte-identical output.
///
/// ```
/// let json = jos_taxonomy::export::to_json(jos_taxonomy::Taxonomy::builtin());
/// let value: serde_json::Value = serde_json::from_str(&json).unwrap();
/// assert_eq!(value["format_version"], 1);
/// assert_eq!(value["facets"][0]["id"], "intensity");
/// ```
pub fn to_json(taxonomy: &Taxonomy) -> String {
    let doc = Doc {
        format: JSON_FORMAT,
        format_version: JSON_FORMAT_VERSION,
        id: &taxonomy.id,
        version: taxonomy.version.to_string(),
        title: texts(&taxonomy.title),
        description: texts(&taxonomy.description),
        languages: &taxonomy.languages,
        licence: &taxonomy.licence,
        publisher: &taxonomy.publisher,
        relation_kinds: taxonomy
            .relation_kinds
            .iter()
            .map(|k| RelationKindJson {
                id: &k.id,
                label: texts(&k.label),
                definition: texts(&k.definition),
                from: k.from.iter().map(|f| f.value.as_str()).collect(),
                to: k.to.iter().map(|f| f.value.as_str()).collect(),
            })
            .collect(),
        sources: taxonomy
            .sources
            .iter()
            .map(|s| SourceJson {
                id: &s.id,
                citation: &s.citation,
                url: s.url.as_deref(),
                accessed: s.accessed.as_deref(),
                language: s.language.as_deref(),
            })
            .collect(),
        history: taxonomy
            .history
            .iter()
            .map(|h| HistoryJson {
                version: &h.version,
                date: &h.date,
                summary: texts(&h.summary),
                meaning_changed: h.meaning_changed.iter().map(|m| m.value.as_str()).collect(),
            })
            .collect(),
        facets: taxonomy.facets.iter().map(|f| facet(taxonomy, f)).collect(),
        rules: taxonomy
            .rules
            .iter()
            .map(|r| RuleJson {
                id: &r.id,
                message: texts(&r.message),
                when: clauses(&r.when),
                then: clauses(&r.then),
            })
            .collect(),
        definition: taxonomy.definition.as_ref().map(definition),
    };
    let mut out = serde_json::to_string_pretty(&doc).unwrap_or_default();
    out.push('\n');
    out
}

/// One concept as a pretty-printed JSON object (the same shape as in [`to_json`]).
///
/// ```
/// let t = jos_taxonomy::Taxonomy::builtin();
/// let json = jos_taxonomy::export::concept_json(t, t.concept("universal-prevention").unwrap());
/// assert!(json.contains("\"facet\": \"intensity\""));
/// ```
pub fn concept_json(taxonomy: &Taxonomy, c: &Concept) -> String {
    serde_json::to_string_pretty(&concept(taxonomy, c)).unwrap_or_default()
}

/// The definition of the subject as a pretty-printed JSON object (the shape of `definition` in
/// [`to_json`]); `None` when the taxonomy has no definition.
///
/// ```
/// let t = jos_taxonomy::Taxonomy::builtin();
/// let json = jos_taxonomy::export::definition_json(t).unwrap();
/// assert!(json.contains("\"criteria\""));
/// ```
pub fn definition_json(taxonomy: &Taxonomy) -> Option<String> {
    taxonomy
        .definition
        .as_ref()
        .map(|d| serde_json::to_string_pretty(&definition(d)).unwrap_or_default())
}
