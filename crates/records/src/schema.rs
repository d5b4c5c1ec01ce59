//! The JSON Schema (draft 2020-12) of research-record files, so that editors
//! (yaml-language-server, VS Code) complete each facet's codes, show their meaning on hover and
//! underline unknown codes.
//!
//! It is built from the record format's own tables ([`crate::RECORD_FIELDS`],
//! [`crate::ORGANISATION_FIELDS`], [`crate::STATUS_VALUES`]), the same that the readers use, with
//! one property per facet added from the taxonomy, each listing the facet's codes with their
//! labels and definitions.

use jos_taxonomy::schema::{facet_schema, finish, taxonomy_schema};
use jos_taxonomy::text::plain_text;
use jos_taxonomy::{Cardinality, Lang, Taxonomy};
use schemars::{Schema, json_schema};

use crate::{FieldKind, FieldSpec, ORGANISATION_FIELDS, RECORD_FIELDS, STATUS_VALUES, field_spec};
use serde_json::{Map, Value, json};

/// The JSON Schema of one record field other than `tags`, from the format's table.
fn field_schema(f: &FieldSpec) -> Value {
    let nullable = |schema: Value| json!({ "anyOf": [schema, { "type": "null" }], "description": f.description });
    match f.kind {
        FieldKind::Id => json!({ "description": f.description, "type": "string" }),
        FieldKind::Date => json!({
            // A date as `jos check` reads it: the text, or a bare year, which YAML reads as a
            // number (`end: 2021`). Null (`end:` left empty in a template) means absent.
            "anyOf": [
                { "type": "string", "pattern": r"^\d{4}(-\d{2}(-\d{2})?)?$" },
                { "type": "integer", "minimum": 1000, "maximum": 9999 },
                { "type": "null" }
            ],
            "description": f.description,
        }),
        FieldKind::Status => nullable(json!({ "$ref": "#/$defs/Status" })),
        FieldKind::Organisations => nullable(json!({ "$ref": "#/$defs/OrganisationFields" })),
        _ => json!({ "description": f.description, "type": ["string", "null"] }),
    }
}

/// The record schema without the facets: every field of [`RECORD_FIELDS`] but `tags`, and the
/// definitions of organisations and statuses.
fn record_base() -> (Value, Value) {
    let properties: Map<String, Value> = RECORD_FIELDS
        .iter()
        .filter(|f| f.kind != FieldKind::Tags)
        .map(|f| (f.name.to_owned(), field_schema(f)))
        .collect();
    let record = json!({
        "description": "The fields of a research record other than its tags (the schema's base).",
        "type": "object",
        "properties": properties,
    });
    let organisations: Map<String, Value> = ORGANISATION_FIELDS
        .iter()
        .map(|o| {
            let list = json!({ "description": o.description, "items": { "type": "string" }, "type": ["array", "null"] });
            (o.name.to_owned(), list)
        })
        .collect();
    let statuses: Vec<Value> = STATUS_VALUES
        .iter()
        .map(|s| json!({ "const": s.name, "description": s.description, "type": "string" }))
        .collect();
    let defs = json!({
        "OrganisationFields": {
            "additionalProperties": false,
            "description": "The organisations involved in a practice.",
            "properties": organisations,
            "type": "object",
        },
        "Status": { "description": "The status of a practice.", "oneOf": statuses },
    });
    (record, defs)
}

/// The schema of a research-record file in YAML or JSON (a list of records), with each facet's
/// codes as an enum that carries their labels and definitions (in `lang`) as descriptions.
///
/// ```
/// use jos_records::schema::records_schema;
/// use jos_taxonomy::{Lang, Taxonomy};
/// let s = records_schema(Taxonomy::builtin(), Lang::Nl);
/// let intensity = &s["$defs"]["Record"]["properties"]["tags"]["properties"]["intensity"];
/// assert!(intensity["items"]["enum"].as_array().unwrap().iter().any(|c| c == "universal-prevention"));
/// ```
pub fn records_schema(taxonomy: &Taxonomy, lang: Lang) -> Value {
    let (mut record, defs) = record_base();
    let mut tags = Map::new();
    for f in taxonomy.tag_facets() {
        let concepts = f.in_order();
        let mut codes: Vec<Value> = concepts
            .iter()
            .map(|c| Value::String(c.id.clone()))
            .collect();
        let mut plain: Vec<Value> = concepts
            .iter()
            .map(|c| Value::String(describe(c.label.best(lang), c.definition.best(lang), c)))
            .collect();
        codes.push(Value::String(crate::UNKNOWN.to_owned()));
        plain.push(Value::String(match lang {
            Lang::En => "Unknown: the sources do not say.".to_owned(),
            _ => "Onbekend: de bronnen zeggen het niet.".to_owned(),
        }));
        let mut items = json!({ "type": "string", "enum": codes, "enumDescriptions": plain.clone(), "markdownEnumDescriptions": plain });
        items["oneOf"] = Value::Array(
            concepts
                .iter()
                .map(|c| json!({ "const": c.id, "title": c.label.best(lang), "description": plain_text(c.definition.best(lang)), "deprecated": c.is_deprecated() }))
                .chain(std::iter::once(json!({ "const": crate::UNKNOWN, "title": "?" })))
                .collect(),
        );
        let mut facet = json!({
            "title": f.label.best(lang),
            "description": plain_text(f.definition.best(lang)),
            "type": "array",
            "items": items,
            "uniqueItems": true,
        });
        if f.cardinality == Cardinality::Single {
            facet["maxItems"] = json!(1);
        }
        tags.insert(f.id.clone(), facet);
    }
    let required_facets: Vec<&str> = taxonomy
        .tag_facets()
        .filter(|f| f.required)
        .map(|f| f.id.as_str())
        .collect();
    record["properties"]["tags"] = json!({
        "description": field_spec("tags").map_or("", |f| f.description),
        "type": "object",
        "properties": tags,
        "required": required_facets,
        "additionalProperties": false,
    });
    record["required"] = json!(["id", "tags"]);
    if let Some(o) = record.as_object_mut() {
        o.remove("$schema");
        o.remove("title");
    }
    let mut defs = defs;
    defs["Record"] = record;
    let schema: Schema = json_schema!({
        "$schema": "https://json-schema.org/draft/2020-12/schema",
        "description": format!("Research records tagged with taxonomy {} {}: a list of records.", taxonomy.id(), taxonomy.version()),
        "type": "array",
        "items": { "$ref": "#/$defs/Record" },
        "$defs": defs,
    });
    finish(schema, "jeugdhulp-op-school research records")
}

fn describe(label: &str, definition: &str, c: &jos_taxonomy::Concept) -> String {
    let definition = plain_text(definition);
    match &c.deprecated {
        Some(d) => format!(
            "{label} (deprecated; use {}): {definition}",
            d.replaced_by
                .iter()
                .map(|r| r.value.as_str())
                .collect::<Vec<_>>()
                .join(", ")
        ),
        None => format!("{label}: {definition}"),
    }
}

/// Every schema as (file name, pretty JSON ending in a newline), as committed in `docs/schema/`:
/// `taxonomy.schema.json`, `facet.schema.json`, `definition.schema.json` and `records.schema.json` (codes described in
/// Dutch). The same as [`render_in`] with [`Lang::Nl`].
///
/// ```
/// use jos_records::schema;
/// use jos_taxonomy::Taxonomy;
/// let names: Vec<String> = schema::render(Taxonomy::builtin()).into_iter().map(|(n, _)| n).collect();
/// assert_eq!(names, ["taxonomy.schema.json", "facet.schema.json", "definition.schema.json", "records.schema.json"]);
/// ```
pub fn render(taxonomy: &Taxonomy) -> Vec<(String, String)> {
    render_in(taxonomy, Lang::Nl)
}

/// Every schema as (file name, pretty JSON ending in a newline), with the record schema's code
/// descriptions in `lang`; what `jos schema --lang` writes.
pub fn render_in(taxonomy: &Taxonomy, lang: Lang) -> Vec<(String, String)> {
    let pretty = |v: &Value| format!("{}\n", serde_json::to_string_pretty(v).unwrap_or_default());
    vec![
        (
            "taxonomy.schema.json".to_owned(),
            pretty(&taxonomy_schema()),
        ),
        ("facet.schema.json".to_owned(), pretty(&facet_schema())),
        (
            "definition.schema.json".to_owned(),
            pretty(&jos_taxonomy::schema::definition_schema()),
        ),
        (
            "records.schema.json".to_owned(),
            pretty(&records_schema(taxonomy, lang)),
        ),
    ]
}
