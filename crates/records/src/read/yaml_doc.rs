//! Records in a YAML document: the raw shapes serde reads, with positions, and their lowering.

use std::sync::Arc;

use serde::Deserialize;
use serde::de::{self, MapAccess, SeqAccess, Visitor};

use super::super::{FacetTags, Field, Record};
use jos_taxonomy::diagnostic::Diagnostic;
use jos_taxonomy::yaml::{self, Spanned};

pub(super) fn parse_document(file: &Arc<str>, text: &str) -> Vec<Result<Record, Diagnostic>> {
    match yaml::parse::<Vec<Spanned<RawRecord>>>(file, text) {
        Ok(list) => list.into_iter().map(|r| Ok(lower(file, r, 0, 0))).collect(),
        Err(d) => vec![Err(d)],
    }
}

/// A scalar read as text, whatever its YAML type (dates, numbers and booleans stay as written).
pub(super) struct Text(Option<String>);

impl<'de> Deserialize<'de> for Text {
    fn deserialize<D: serde::Deserializer<'de>>(d: D) -> Result<Self, D::Error> {
        struct V;
        impl Visitor<'_> for V {
            type Value = Text;
            fn expecting(&self, f: &mut std::fmt::Formatter) -> std::fmt::Result {
                f.write_str("text")
            }
            fn visit_str<E: de::Error>(self, v: &str) -> Result<Text, E> {
                Ok(Text(Some(v.to_owned())))
            }
            fn visit_i64<E: de::Error>(self, v: i64) -> Result<Text, E> {
                Ok(Text(Some(v.to_string())))
            }
            fn visit_u64<E: de::Error>(self, v: u64) -> Result<Text, E> {
                Ok(Text(Some(v.to_string())))
            }
            fn visit_f64<E: de::Error>(self, v: f64) -> Result<Text, E> {
                Ok(Text(Some(v.to_string())))
            }
            fn visit_bool<E: de::Error>(self, v: bool) -> Result<Text, E> {
                Ok(Text(Some(v.to_string())))
            }
            fn visit_unit<E: de::Error>(self) -> Result<Text, E> {
                Ok(Text(None))
            }
            fn visit_none<E: de::Error>(self) -> Result<Text, E> {
                Ok(Text(None))
            }
        }
        d.deserialize_any(V)
    }
}

/// The lists under `organisations`, each with its key; the keys are those of
/// [`crate::ORGANISATION_FIELDS`], and any other is an error, as a derived struct with
/// `deny_unknown_fields` would give.
#[derive(Default)]
pub(super) struct RawOrganisations(Vec<(String, Spanned<OneOrMany>)>);

impl<'de> Deserialize<'de> for RawOrganisations {
    fn deserialize<D: serde::Deserializer<'de>>(d: D) -> Result<Self, D::Error> {
        struct V;
        impl<'de> Visitor<'de> for V {
            type Value = RawOrganisations;
            fn expecting(&self, f: &mut std::fmt::Formatter) -> std::fmt::Result {
                f.write_str("struct RawOrganisations")
            }
            fn visit_map<A: MapAccess<'de>>(self, mut map: A) -> Result<Self::Value, A::Error> {
                let mut out = Vec::new();
                while let Some(key) = map.next_key::<String>()? {
                    if !ORGANISATION_NAMES.contains(&key.as_str()) {
                        return Err(de::Error::unknown_field(&key, ORGANISATION_NAMES));
                    }
                    out.push((key, map.next_value()?));
                }
                Ok(RawOrganisations(out))
            }
        }
        d.deserialize_struct("RawOrganisations", ORGANISATION_NAMES, V)
    }
}

const ORGANISATION_NAMES: &[&str] = &{
    let mut names = [""; crate::ORGANISATION_FIELDS.len()];
    let mut i = 0;
    while i < names.len() {
        names[i] = crate::ORGANISATION_FIELDS[i].name;
        i += 1;
    }
    names
};

/// A scalar or a sequence of scalars, each spanned.
pub(super) struct OneOrMany(Vec<Spanned<Text>>);

impl<'de> Deserialize<'de> for OneOrMany {
    fn deserialize<D: serde::Deserializer<'de>>(d: D) -> Result<Self, D::Error> {
        struct V;
        impl<'de> Visitor<'de> for V {
            type Value = OneOrMany;
            fn expecting(&self, f: &mut std::fmt::Formatter) -> std::fmt::Result {
                f.write_str("a text or a list of texts")
            }
            fn visit_seq<A: SeqAccess<'de>>(self, mut seq: A) -> Result<OneOrMany, A::Error> {
                let mut out = Vec::new();
                while let Some(item) = seq.next_element::<Spanned<Text>>()? {
                    out.push(item);
                }
                Ok(OneOrMany(out))
            }
            fn visit_str<E: de::Error>(self, v: &str) -> Result<OneOrMany, E> {
                Err(E::custom(format!(
                    "expected a list, found the single value `{v}`; write it as [{v}]"
                )))
            }
            fn visit_unit<E: de::Error>(self) -> Result<OneOrMany, E> {
                Ok(OneOrMany(Vec::new()))
            }
        }
        d.deserialize_any(V)
    }
}

/// `tags:` — facet id to a list of codes, in the order written.
pub(super) struct RawTags(Vec<(Spanned<String>, Spanned<OneOrMany>)>);

impl<'de> Deserialize<'de> for RawTags {
    fn deserialize<D: serde::Deserializer<'de>>(d: D) -> Result<Self, D::Error> {
        struct V;
        impl<'de> Visitor<'de> for V {
            type Value = RawTags;
            fn expecting(&self, f: &mut std::fmt::Formatter) -> std::fmt::Result {
                f.write_str("a mapping from facet id to a list of concept ids")
            }
            fn visit_map<A: MapAccess<'de>>(self, mut map: A) -> Result<RawTags, A::Error> {
                let mut out = Vec::new();
                while let Some(key) = map.next_key::<Spanned<String>>()? {
                    out.push((key, map.next_value::<Spanned<OneOrMany>>()?));
                }
                Ok(RawTags(out))
            }
            fn visit_unit<E: de::Error>(self) -> Result<RawTags, E> {
                Ok(RawTags(Vec::new()))
            }
        }
        d.deserialize_any(V)
    }
}

/// A record as written; fields are matched by hand so unknown ones are kept, not refused.
#[derive(Default)]
pub(super) struct RawRecord {
    fields: Vec<(String, Spanned<Text>)>,
    organisations: Option<RawOrganisations>,
    tags: Option<RawTags>,
    extra: Vec<(String, serde_json::Value)>,
}

impl<'de> Deserialize<'de> for RawRecord {
    fn deserialize<D: serde::Deserializer<'de>>(d: D) -> Result<Self, D::Error> {
        struct V;
        impl<'de> Visitor<'de> for V {
            type Value = RawRecord;
            fn expecting(&self, f: &mut std::fmt::Formatter) -> std::fmt::Result {
                f.write_str("a record (a mapping with id, name, tags, ...)")
            }
            fn visit_map<A: MapAccess<'de>>(self, mut map: A) -> Result<RawRecord, A::Error> {
                let mut raw = RawRecord::default();
                while let Some(key) = map.next_key::<String>()? {
                    match key.as_str() {
                        k if crate::field_spec(k).is_some_and(|f| f.kind.is_text()) => {
                            let v = map.next_value::<Spanned<Text>>()?;
                            raw.fields.push((key, v));
                        }
                        "organisations" => raw.organisations = Some(map.next_value()?),
                        "tags" => raw.tags = Some(map.next_value()?),
                        _ => {
                            let v = map.next_value::<serde_json::Value>()?;
                            raw.extra.push((key, v));
                        }
                    }
                }
                Ok(raw)
            }
        }
        d.deserialize_any(V)
    }
}

pub(super) fn field(
    file: &Arc<str>,
    s: Spanned<Text>,
    line_offset: u32,
    byte_offset: usize,
) -> Option<Field> {
    let mut location = yaml::location(file, &s);
    let bytes = s
        .bytes()
        .map(|r| (r.start + byte_offset)..(r.end + byte_offset));
    let value = s.value.0?;
    location.line += line_offset;
    Some(Field {
        value,
        location,
        bytes,
    })
}

pub(super) fn lower(
    file: &Arc<str>,
    raw: Spanned<RawRecord>,
    line_offset: u32,
    byte_offset: usize,
) -> Record {
    let mut location = yaml::location(file, &raw);
    location.line += line_offset;
    let span = raw
        .bytes()
        .map(|r| (r.start + byte_offset)..(r.end + byte_offset));
    let raw = raw.value;
    let mut record = Record {
        location,
        span,
        extra: raw.extra,
        ..Record::default()
    };
    for (key, value) in raw.fields {
        let f = field(file, value, line_offset, byte_offset);
        if let Some(slot) = record.text_field_mut(&key) {
            *slot = f;
        }
    }
    let list = |v: Option<Spanned<OneOrMany>>| -> Vec<Field> {
        v.map(|s| {
            s.value
                .0
                .into_iter()
                .filter_map(|t| field(file, t, line_offset, byte_offset))
                .collect()
        })
        .unwrap_or_default()
    };
    if let Some(o) = raw.organisations {
        for (key, items) in o.0 {
            if let Some(slot) = record.organisations.list_mut(&key) {
                *slot = list(Some(items));
            }
        }
    }
    if let Some(tags) = raw.tags {
        for (facet, codes) in tags.0 {
            let mut facet_loc = yaml::location(file, &facet);
            facet_loc.line += line_offset;
            record.tags.push(FacetTags {
                facet: Field {
                    value: facet.value,
                    location: facet_loc,
                    bytes: None,
                },
                codes: codes
                    .value
                    .0
                    .into_iter()
                    .filter_map(|t| field(file, t, line_offset, byte_offset))
                    .collect(),
            });
        }
    }
    record
}

// --- CSV -------------------------------------------------------------------------------------
