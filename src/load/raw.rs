//! The taxonomy files as written: every field optional and spanned, so that missing fields are
//! reported together by the lowering step instead of aborting on the first.

use std::collections::BTreeMap;

use serde::Deserialize;

use crate::yaml::Spanned;

pub(crate) type RawTexts = BTreeMap<String, Spanned<String>>;
pub(crate) type RawTextLists = BTreeMap<String, Vec<Spanned<String>>>;

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
pub(crate) struct RawTaxonomy {
    pub id: Option<Spanned<String>>,
    pub version: Option<Spanned<String>>,
    pub title: Option<RawTexts>,
    #[serde(default)]
    pub description: RawTexts,
    pub languages: Option<Vec<Spanned<String>>>,
    pub licence: Option<Spanned<String>>,
    pub publisher: Option<Spanned<String>>,
    #[serde(default)]
    pub relation_kinds: Vec<Spanned<RawRelationKind>>,
    #[serde(default)]
    pub sources: Vec<Spanned<RawSource>>,
    pub facets: Option<Vec<Spanned<RawFacetEntry>>>,
    #[serde(default)]
    pub history: Vec<Spanned<RawHistory>>,
    #[serde(default)]
    pub rules: Vec<Spanned<RawRule>>,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
pub(crate) struct RawRule {
    pub id: Option<Spanned<String>>,
    #[serde(default)]
    pub message: RawTexts,
    #[serde(default)]
    pub when: BTreeMap<String, Spanned<Vec<Spanned<String>>>>,
    #[serde(default)]
    pub then: BTreeMap<String, Spanned<Vec<Spanned<String>>>>,
}

/// A facet listed in `taxonomy.yaml`: an id (read from `facets/<id>.yaml`) or written inline.
pub(crate) enum RawFacetEntry {
    Reference(String),
    Inline(Box<RawFacet>),
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
#[serde(deny_unknown_fields)]
pub(crate) struct RawRelationKind {
    pub id: Option<Spanned<String>>,
    pub label: Option<RawTexts>,
    #[serde(default)]
    pub definition: RawTexts,
    #[serde(default)]
    pub from: Vec<Spanned<String>>,
    #[serde(default)]
    pub to: Vec<Spanned<String>>,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
pub(crate) struct RawSource {
    pub id: Option<Spanned<String>>,
    pub citation: Option<Spanned<String>>,
    pub url: Option<Spanned<String>>,
    pub accessed: Option<Spanned<String>>,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
pub(crate) struct RawHistory {
    pub version: Option<Spanned<String>>,
    pub date: Option<Spanned<String>>,
    #[serde(default)]
    pub summary: RawTexts,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
pub(crate) struct RawFacet {
    pub id: Option<Spanned<String>>,
    pub label: Option<RawTexts>,
    pub definition: Option<RawTexts>,
    pub cardinality: Option<Spanned<String>>,
    #[serde(default)]
    pub ordered: Option<Spanned<bool>>,
    #[serde(default)]
    pub required: Option<Spanned<bool>>,
    #[serde(default)]
    pub sources: Vec<Spanned<RawSource>>,
    #[serde(default)]
    pub concepts: Vec<Spanned<RawConcept>>,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
pub(crate) struct RawConcept {
    pub id: Option<Spanned<String>>,
    pub label: Option<RawTexts>,
    #[serde(default)]
    pub alt_labels: RawTextLists,
    #[serde(default)]
    pub abbreviations: RawTextLists,
    pub definition: Option<RawTexts>,
    #[serde(default)]
    pub scope_note: RawTexts,
    #[serde(default)]
    pub examples: RawTextLists,
    pub broader: Option<Spanned<String>>,
    #[serde(default)]
    pub related: Vec<Spanned<RawRelation>>,
    pub position: Option<Spanned<u32>>,
    #[serde(default)]
    pub sources: Vec<Spanned<String>>,
    pub since: Option<Spanned<String>>,
    pub deprecated: Option<Spanned<RawDeprecation>>,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
pub(crate) struct RawRelation {
    pub kind: Option<Spanned<String>>,
    pub target: Option<Spanned<String>>,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
pub(crate) struct RawDeprecation {
    pub since: Option<Spanned<String>>,
    #[serde(default)]
    pub replaced_by: Vec<Spanned<String>>,
    #[serde(default)]
    pub reason: RawTexts,
}
