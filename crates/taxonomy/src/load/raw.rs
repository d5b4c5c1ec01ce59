//! The taxonomy files as written: every field optional and spanned, so that missing fields are
//! reported together by the lowering step instead of aborting on the first.
//!
//! The same types give the JSON Schemas of the taxonomy files (`crate::schema`, feature
//! `schema`): there a field that the lowering step reports as missing is `required`, and ids
//! carry the kebab-case pattern, so an editor flags the commonest mistakes as you type.

use std::collections::BTreeMap;

use serde::Deserialize;

use crate::yaml::Spanned;

/// The JSON Schema pattern of a kebab-case id, as `text::is_kebab_id` checks it.
#[cfg(feature = "schema")]
const KEBAB_ID: &str = "^[a-z][a-z0-9]*(-[a-z0-9]+)*$";

pub(crate) type RawTexts = BTreeMap<String, Spanned<String>>;
pub(crate) type RawTextLists = BTreeMap<String, Vec<Spanned<String>>>;

#[derive(Deserialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[cfg_attr(feature = "schema", schemars(rename = "Taxonomy"))]
#[serde(deny_unknown_fields)]
pub(crate) struct RawTaxonomy {
    /// Permanent kebab-case id of the taxonomy.
    #[cfg_attr(feature = "schema", schemars(required, pattern(KEBAB_ID)))]
    pub id: Option<Spanned<String>>,
    /// Semantic version of the content, e.g. 1.0.0.
    #[cfg_attr(feature = "schema", schemars(required))]
    pub version: Option<Spanned<String>>,
    /// Title per language code (nl, en).
    #[cfg_attr(feature = "schema", schemars(required))]
    pub title: Option<RawTexts>,
    /// Description per language (Markdown).
    #[serde(default)]
    pub description: RawTexts,
    /// Language codes: nl first (authoritative), en required.
    #[cfg_attr(feature = "schema", schemars(required))]
    pub languages: Option<Vec<Spanned<String>>>,
    /// Licence of the content, as an SPDX identifier.
    #[cfg_attr(feature = "schema", schemars(required))]
    pub licence: Option<Spanned<String>>,
    /// Who publishes the taxonomy.
    #[cfg_attr(feature = "schema", schemars(required))]
    pub publisher: Option<Spanned<String>>,
    /// The kinds of relation concepts may have.
    #[serde(default)]
    pub relation_kinds: Vec<Spanned<RawRelationKind>>,
    /// Shared sources, cited by id from concepts.
    #[serde(default)]
    pub sources: Vec<Spanned<RawSource>>,
    /// Facets in display order: ids (read from facets/<id>.yaml) or inline facets.
    #[cfg_attr(feature = "schema", schemars(required))]
    pub facets: Option<Vec<Spanned<RawFacetEntry>>>,
    /// Version history, newest first.
    #[serde(default)]
    pub history: Vec<Spanned<RawHistory>>,
    /// Combinations of codes a research record may not have.
    #[serde(default)]
    pub rules: Vec<Spanned<RawRule>>,
    /// The definition of the subject, written inline (in a directory it is usually
    /// `definition.yaml`).
    pub definition: Option<Spanned<RawDefinition>>,
}

#[derive(Deserialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[cfg_attr(feature = "schema", schemars(rename = "Rule"))]
#[serde(deny_unknown_fields)]
pub(crate) struct RawRule {
    /// Permanent kebab-case id.
    #[cfg_attr(feature = "schema", schemars(required, pattern(KEBAB_ID)))]
    pub id: Option<Spanned<String>>,
    /// What the rule says, per language.
    #[serde(default)]
    pub message: RawTexts,
    /// Facet id to codes: the rule applies when a record carries one of them.
    #[cfg_attr(feature = "schema", schemars(extend("minProperties" = 1)))]
    #[serde(default)]
    pub when: BTreeMap<String, Spanned<Vec<Spanned<String>>>>,
    /// Facet id to codes: each such facet a record tags must then include one of them.
    #[cfg_attr(feature = "schema", schemars(extend("minProperties" = 1)))]
    #[serde(default)]
    pub then: BTreeMap<String, Spanned<Vec<Spanned<String>>>>,
}

/// A facet listed in `taxonomy.yaml`: an id (read from `facets/<id>.yaml`) or written inline.
pub(crate) enum RawFacetEntry {
    Reference(String),
    Inline(Box<RawFacet>),
}

#[cfg(feature = "schema")]
impl schemars::JsonSchema for RawFacetEntry {
    fn schema_name() -> std::borrow::Cow<'static, str> {
        "FacetEntry".into()
    }
    fn json_schema(generator: &mut schemars::SchemaGenerator) -> schemars::Schema {
        let inline = generator.subschema_for::<RawFacet>();
        schemars::json_schema!({
            "description": "A facet id (read from facets/<id>.yaml) or a facet written inline.",
            "anyOf": [{ "type": "string", "pattern": "^[a-z][a-z0-9]*(-[a-z0-9]+)*$" }, inline]
        })
    }
}

impl<'de> Deserialize<'de> for RawFacetEntry {
    fn deserialize<D: serde::Deserializer<'de>>(d: D) -> Result<Self, D::Error> {
        struct V;
        impl<'de> serde::de::Visitor<'de> for V {
            type Value = RawFacetEntry;
            fn expecting(&self, f: &mut std::fmt::Formatter) -> std::fmt::Result {
                f.write_str("a facet id or an inline facet mapping")
            }
            fn visit_str<E: serde::de::Error>(self, v: &str) -> Result<RawFacetEntry, E> {
                Ok(RawFacetEntry::Reference(v.to_owned()))
            }
            fn visit_map<A: serde::de::MapAccess<'de>>(
                self,
                map: A,
            ) -> Result<RawFacetEntry, A::Error> {
                RawFacet::deserialize(serde::de::value::MapAccessDeserializer::new(map))
                    .map(|f| RawFacetEntry::Inline(Box::new(f)))
            }
        }
        d.deserialize_any(V)
    }
}

#[derive(Deserialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[cfg_attr(feature = "schema", schemars(rename = "RelationKind"))]
#[serde(deny_unknown_fields)]
pub(crate) struct RawRelationKind {
    /// Permanent kebab-case id.
    #[cfg_attr(feature = "schema", schemars(required, pattern(KEBAB_ID)))]
    pub id: Option<Spanned<String>>,
    /// Label per language.
    #[cfg_attr(feature = "schema", schemars(required))]
    pub label: Option<RawTexts>,
    /// What the relation means, per language.
    #[serde(default)]
    pub definition: RawTexts,
    /// Facets the relation may start in (empty: any).
    #[serde(default)]
    pub from: Vec<Spanned<String>>,
    /// Facets the relation may point to (empty: any).
    #[serde(default)]
    pub to: Vec<Spanned<String>>,
}

#[derive(Deserialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[cfg_attr(feature = "schema", schemars(rename = "Source"))]
#[serde(deny_unknown_fields)]
pub(crate) struct RawSource {
    /// Permanent kebab-case id, cited from concepts.
    #[cfg_attr(feature = "schema", schemars(required, pattern(KEBAB_ID)))]
    pub id: Option<Spanned<String>>,
    /// The citation as it should be printed.
    #[cfg_attr(feature = "schema", schemars(required))]
    pub citation: Option<Spanned<String>>,
    /// Where the source can be found online.
    pub url: Option<Spanned<String>>,
    /// When the URL was consulted (YYYY-MM-DD).
    pub accessed: Option<Spanned<String>>,
    /// The language the source is written in (a BCP 47 code such as `en`), when it is not the
    /// taxonomy's first language.
    pub language: Option<Spanned<String>>,
}

#[derive(Deserialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[cfg_attr(feature = "schema", schemars(rename = "HistoryEntry"))]
#[serde(deny_unknown_fields)]
pub(crate) struct RawHistory {
    /// The version this entry describes.
    #[cfg_attr(feature = "schema", schemars(required))]
    pub version: Option<Spanned<String>>,
    /// Release date (YYYY-MM-DD).
    #[cfg_attr(feature = "schema", schemars(required))]
    pub date: Option<Spanned<String>>,
    /// What changed, per language.
    #[serde(default)]
    pub summary: RawTexts,
    /// Concepts whose meaning this version changed (a major change; see docs/guide-changes.md).
    #[serde(default)]
    pub meaning_changed: Vec<Spanned<String>>,
}

#[derive(Deserialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[cfg_attr(feature = "schema", schemars(rename = "Facet"))]
#[serde(deny_unknown_fields)]
pub(crate) struct RawFacet {
    /// Permanent kebab-case id (the file name without .yaml).
    #[cfg_attr(feature = "schema", schemars(required, pattern(KEBAB_ID)))]
    pub id: Option<Spanned<String>>,
    /// `tags` (the default): concepts research records carry; `terms`: the begrippen part,
    /// defined terms that are not tags (no cardinality, ordered or required then).
    #[cfg_attr(feature = "schema", schemars(extend("enum" = ["tags", "terms"])))]
    pub kind: Option<Spanned<String>>,
    /// Label per language.
    #[cfg_attr(feature = "schema", schemars(required, extend("required" = ["nl", "en"])))]
    pub label: Option<RawTexts>,
    /// Definition per language (Markdown).
    #[cfg_attr(feature = "schema", schemars(required, extend("required" = ["nl", "en"])))]
    pub definition: Option<RawTexts>,
    /// The question a coder answers with this facet, per language.
    #[serde(default)]
    pub question: RawTexts,
    /// How to decide borderline cases, per language (Markdown).
    #[serde(default)]
    pub decision_rule: RawTexts,
    /// single: a record carries at most one concept; multiple: any number (tag facets only).
    #[cfg_attr(feature = "schema", schemars(extend("enum" = ["single", "multiple"])))]
    pub cardinality: Option<Spanned<String>>,
    /// Whether the facet is an ordered scale (concepts then carry a position).
    #[serde(default)]
    pub ordered: Option<Spanned<bool>>,
    /// Whether every research record must tag this facet.
    #[serde(default)]
    pub required: Option<Spanned<bool>>,
    /// Sources used only in this facet.
    #[serde(default)]
    pub sources: Vec<Spanned<RawSource>>,
    /// The concepts of the facet.
    #[serde(default)]
    pub concepts: Vec<Spanned<RawConcept>>,
}

#[derive(Deserialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[cfg_attr(feature = "schema", schemars(rename = "Concept"))]
#[serde(deny_unknown_fields)]
pub(crate) struct RawConcept {
    /// Permanent kebab-case id, unique in the taxonomy. Never renamed or deleted.
    #[cfg_attr(feature = "schema", schemars(required, pattern(KEBAB_ID)))]
    pub id: Option<Spanned<String>>,
    /// Preferred label per language.
    #[cfg_attr(feature = "schema", schemars(required, extend("required" = ["nl", "en"])))]
    pub label: Option<RawTexts>,
    /// Synonyms people actually use, per language.
    #[serde(default)]
    pub alt_labels: RawTextLists,
    /// Abbreviations per language.
    #[serde(default)]
    pub abbreviations: RawTextLists,
    /// Definition per language (Markdown; link concepts as [label](concept:ID)).
    #[cfg_attr(feature = "schema", schemars(required, extend("required" = ["nl", "en"])))]
    pub definition: Option<RawTexts>,
    /// How it differs from concepts it is easily confused with, per language.
    #[serde(default)]
    pub scope_note: RawTexts,
    /// Examples per language.
    #[serde(default)]
    pub examples: RawTextLists,
    /// The parent concept, in the same facet.
    pub broader: Option<Spanned<String>>,
    /// Typed links to concepts in any facet.
    #[serde(default)]
    pub related: Vec<Spanned<RawRelation>>,
    /// Position on the scale (ordered facets only; 1 = first).
    #[cfg_attr(feature = "schema", schemars(range(min = 1)))]
    pub position: Option<Spanned<u32>>,
    /// Ids of the sources it rests on (at least one).
    #[cfg_attr(feature = "schema", schemars(length(min = 1)))]
    #[serde(default)]
    pub sources: Vec<Spanned<String>>,
    /// The taxonomy version that introduced it.
    pub since: Option<Spanned<String>>,
    /// Present when the concept is retired; the id stays valid forever.
    pub deprecated: Option<Spanned<RawDeprecation>>,
}

#[derive(Deserialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[cfg_attr(feature = "schema", schemars(rename = "Relation"))]
#[serde(deny_unknown_fields)]
pub(crate) struct RawRelation {
    /// A relation kind id from taxonomy.yaml.
    #[cfg_attr(feature = "schema", schemars(required))]
    pub kind: Option<Spanned<String>>,
    /// The target concept id.
    #[cfg_attr(feature = "schema", schemars(required))]
    pub target: Option<Spanned<String>>,
}

#[derive(Deserialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[cfg_attr(feature = "schema", schemars(rename = "Deprecation"))]
#[serde(deny_unknown_fields)]
pub(crate) struct RawDeprecation {
    /// The version that deprecated it.
    #[cfg_attr(feature = "schema", schemars(required))]
    pub since: Option<Spanned<String>>,
    /// Live concepts that replace it, in its own facet or in others.
    #[serde(default)]
    pub replaced_by: Vec<Spanned<String>>,
    /// Whether several replacements in one facet together mean the old concept (migration
    /// writes them all); otherwise the concept was split and a person chooses.
    #[serde(default)]
    pub together: Option<Spanned<bool>>,
    /// Why, per language.
    #[serde(default)]
    pub reason: RawTexts,
}

#[derive(Deserialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[cfg_attr(feature = "schema", schemars(rename = "Definition"))]
#[serde(deny_unknown_fields)]
pub(crate) struct RawDefinition {
    /// Permanent kebab-case id, unique among concept ids too.
    #[cfg_attr(feature = "schema", schemars(required, pattern(KEBAB_ID)))]
    pub id: Option<Spanned<String>>,
    /// Preferred label per language.
    #[cfg_attr(feature = "schema", schemars(required, extend("required" = ["nl", "en"])))]
    pub label: Option<RawTexts>,
    /// Synonyms per language.
    #[serde(default)]
    pub alt_labels: RawTextLists,
    /// Abbreviations per language.
    #[serde(default)]
    pub abbreviations: RawTextLists,
    /// The definition per language (Markdown).
    #[cfg_attr(feature = "schema", schemars(required, extend("required" = ["nl", "en"])))]
    pub definition: Option<RawTexts>,
    /// How it relates to neighbouring notions, per language (Markdown).
    #[serde(default)]
    pub scope_note: RawTexts,
    /// The inclusion criteria.
    #[serde(default)]
    pub criteria: Vec<Spanned<RawCriterion>>,
    /// Forms of help named in the sources, classified as core, adjacent or outside.
    #[serde(default)]
    pub classification: Vec<Spanned<RawClassified>>,
    /// Boundaries the sources leave open.
    #[serde(default)]
    pub questions: Vec<Spanned<RawQuestion>>,
    /// Ids of the sources the definition rests on (at least one).
    #[serde(default)]
    pub sources: Vec<Spanned<String>>,
    /// The taxonomy version that introduced it.
    pub since: Option<Spanned<String>>,
    /// Sources used only in this file.
    #[serde(default)]
    pub local_sources: Vec<Spanned<RawSource>>,
}

#[derive(Deserialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[cfg_attr(feature = "schema", schemars(rename = "Criterion"))]
#[serde(deny_unknown_fields)]
pub(crate) struct RawCriterion {
    /// Kebab-case id, unique within the definition.
    #[cfg_attr(feature = "schema", schemars(required, pattern(KEBAB_ID)))]
    pub id: Option<Spanned<String>>,
    /// Short name per language.
    #[serde(default)]
    pub label: RawTexts,
    /// What the criterion requires, per language.
    #[serde(default)]
    pub text: RawTexts,
    /// The question a coder asks, per language.
    #[serde(default)]
    pub question: RawTexts,
}

#[derive(Deserialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[cfg_attr(feature = "schema", schemars(rename = "Classified"))]
#[serde(deny_unknown_fields)]
pub(crate) struct RawClassified {
    /// Kebab-case id, unique within the definition.
    #[cfg_attr(feature = "schema", schemars(required, pattern(KEBAB_ID)))]
    pub id: Option<Spanned<String>>,
    /// The form of help, per language.
    #[serde(default)]
    pub label: RawTexts,
    /// core, adjacent or outside.
    #[cfg_attr(feature = "schema", schemars(required, extend("enum" = ["core", "adjacent", "outside"])))]
    pub class: Option<Spanned<String>>,
    /// Why, per language.
    #[serde(default)]
    pub reasoning: RawTexts,
    /// Concepts or terms that describe or tag this form.
    #[serde(default)]
    pub concepts: Vec<Spanned<String>>,
    /// Ids of the sources the classification rests on.
    #[serde(default)]
    pub sources: Vec<Spanned<String>>,
}

#[derive(Deserialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[cfg_attr(feature = "schema", schemars(rename = "OpenQuestion"))]
#[serde(deny_unknown_fields)]
pub(crate) struct RawQuestion {
    /// Kebab-case id, unique within the definition.
    #[cfg_attr(feature = "schema", schemars(required, pattern(KEBAB_ID)))]
    pub id: Option<Spanned<String>>,
    /// The question per language.
    #[serde(default)]
    pub text: RawTexts,
}
