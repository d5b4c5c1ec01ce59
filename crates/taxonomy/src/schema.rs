//! JSON Schemas (draft 2020-12) for the taxonomy's own files, so that editors
//! (yaml-language-server, VS Code) validate `taxonomy.yaml` and the facet files as you type.
//!
//! They are derived with schemars from the same Rust types the loader reads, so the schema and
//! the loader cannot disagree about a field. The schema of research-record files is in the
//! records crate.

use schemars::{Schema, schema_for};
use serde_json::{Value, json};

use crate::load::raw::{RawDefinition, RawFacet, RawTaxonomy};

/// The schema as JSON with its `title` set.
#[doc(hidden)]
pub fn finish(mut schema: Schema, title: &str) -> Value {
    schema.insert("title".to_owned(), Value::String(title.to_owned()));
    schema.to_value()
}

/// The schema of `taxonomy/taxonomy.yaml`.
///
/// ```
/// let s = jos_taxonomy::schema::taxonomy_schema();
/// assert_eq!(s["$schema"], "https://json-schema.org/draft/2020-12/schema");
/// ```
pub fn taxonomy_schema() -> Value {
    let mut schema = finish(
        schema_for!(RawTaxonomy),
        "jeugdhulp-op-school taxonomy.yaml",
    );
    no_null(&mut schema);
    schema
}

/// The schema of one facet file, `taxonomy/facets/<id>.yaml`.
///
/// ```
/// let s = jos_taxonomy::schema::facet_schema();
/// assert_eq!(s["required"], serde_json::json!(["id", "label", "definition"]));
/// // `cardinality` is required unless the facet is the begrippen part (`kind: terms`).
/// assert_eq!(s["then"]["required"], serde_json::json!(["cardinality"]));
/// assert_eq!(s["properties"]["id"]["type"], "string");
/// ```
pub fn facet_schema() -> Value {
    let mut schema = finish(schema_for!(RawFacet), "jeugdhulp-op-school facet file");
    no_null(&mut schema);
    if let Value::Object(o) = &mut schema {
        o.insert(
            "if".to_owned(),
            json!({ "not": { "required": ["kind"], "properties": { "kind": { "const": "terms" } } } }),
        );
        o.insert("then".to_owned(), json!({ "required": ["cardinality"] }));
        o.insert(
            "else".to_owned(),
            json!({ "not": { "anyOf": [
                { "required": ["cardinality"] },
                { "required": ["ordered"] },
                { "required": ["required"] }
            ] } }),
        );
    }
    schema
}

/// The schema of `taxonomy/definition.yaml`, the definition of the subject.
///
/// ```
/// let s = jos_taxonomy::schema::definition_schema();
/// assert_eq!(s["required"], serde_json::json!(["id", "label", "definition"]));
/// ```
pub fn definition_schema() -> Value {
    let mut schema = finish(
        schema_for!(RawDefinition),
        "jeugdhulp-op-school definition.yaml",
    );
    no_null(&mut schema);
    schema
}

/// Takes `null` out of every type in a taxonomy schema.
///
/// The loader reads each field as an `Option` so that it can report every missing field at
/// once, which schemars renders as "or null". A required field must not be null, and an
/// optional one is left out rather than written as `~`; without null, editors also stop
/// offering `null` as a completion.
fn no_null(v: &mut Value) {
    match v {
        Value::Object(o) => {
            if let Some(Value::Array(types)) = o.get_mut("type") {
                types.retain(|t| t != "null");
                if types.len() == 1 {
                    let only = types.remove(0);
                    o.insert("type".to_owned(), only);
                }
            }
            if let Some(Value::Array(any)) = o.get_mut("anyOf") {
                any.retain(|s| *s != json!({ "type": "null" }));
                if any.len() == 1
                    && let Some(Value::Object(only)) = any.pop()
                {
                    o.remove("anyOf");
                    for (k, v) in only {
                        o.entry(k).or_insert(v);
                    }
                }
            }
            o.values_mut().for_each(no_null);
        }
        Value::Array(items) => items.iter_mut().for_each(no_null),
        _ => {}
    }
}
