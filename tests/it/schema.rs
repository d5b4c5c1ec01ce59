//! The JSON Schemas in `docs/schema/`, checked by an independent validator (the `jsonschema`
//! crate): they are valid draft 2020-12 schemas, the taxonomy's own files pass them, and a
//! records file passes or fails them as `jos check` would.

#![cfg(feature = "schema")]

use std::path::Path;

use jeugdhulp_op_school::{Lang, Taxonomy, schema};
use serde_json::{Value, json};

/// The schema `render` names `name`, as the JSON an editor reads.
fn rendered(name: &str) -> Value {
    let files = schema::render(Taxonomy::builtin());
    let (_, text) = files
        .iter()
        .find(|(n, _)| n == name)
        .unwrap_or_else(|| panic!("schema::render has no {name}"));
    serde_json::from_str(text).unwrap()
}

/// A YAML file as JSON, the way an editor's YAML language server sees it.
fn yaml(path: &Path) -> Value {
    let text = std::fs::read_to_string(path).unwrap();
    serde_saphyr::from_str(&text).unwrap_or_else(|e| panic!("{}: {e}", path.display()))
}

/// Every error the validator finds, as "instance path: message".
fn errors(schema: &Value, instance: &Value) -> Vec<String> {
    let validator = jsonschema::draft202012::new(schema).expect("the schema compiles");
    validator
        .iter_errors(instance)
        .map(|e| format!("{}: {e}", e.instance_path()))
        .collect()
}

fn assert_valid(schema: &Value, instance: &Value, what: &str) {
    let found = errors(schema, instance);
    assert!(
        found.is_empty(),
        "{what} does not validate:\n{}",
        found.join("\n")
    );
}

#[test]
fn schemas_are_valid_draft_2020_12() {
    let mut schemas: Vec<(String, Value)> = schema::render(Taxonomy::builtin())
        .into_iter()
        .map(|(name, text)| (name, serde_json::from_str(&text).unwrap()))
        .collect();
    schemas.push((
        "records schema in English".to_owned(),
        schema::records_schema(Taxonomy::builtin(), Lang::En),
    ));
    assert_eq!(schemas.len(), 5);
    for (name, s) in &schemas {
        assert_eq!(
            s["$schema"], "https://json-schema.org/draft/2020-12/schema",
            "{name}"
        );
        if let Err(e) = jsonschema::draft202012::meta::validate(s) {
            panic!(
                "{name} is not a valid draft 2020-12 schema: {e} at {}",
                e.instance_path()
            );
        }
        // Every `$ref` resolves: building a validator follows them all.
        jsonschema::draft202012::new(s).unwrap_or_else(|e| panic!("{name}: {e}"));
    }
}

#[test]
fn a_schema_that_breaks_the_metaschema_is_caught() {
    // The metaschema check above is real: a wrong keyword value fails it.
    let broken =
        json!({ "$schema": "https://json-schema.org/draft/2020-12/schema", "type": "text" });
    assert!(jsonschema::draft202012::meta::validate(&broken).is_err());
}

#[test]
fn taxonomy_files_validate() {
    let taxonomy_schema = rendered("taxonomy.schema.json");
    assert_valid(
        &taxonomy_schema,
        &yaml(Path::new("taxonomy/taxonomy.yaml")),
        "taxonomy/taxonomy.yaml",
    );
    let facet_schema = rendered("facet.schema.json");
    let mut seen = 0;
    for entry in std::fs::read_dir("taxonomy/facets").unwrap() {
        let path = entry.unwrap().path();
        if path.extension().is_some_and(|e| e == "yaml") {
            assert_valid(&facet_schema, &yaml(&path), &path.display().to_string());
            seen += 1;
        }
    }
    assert_eq!(seen, Taxonomy::builtin().facets().len());
    assert_valid(
        &rendered("definition.schema.json"),
        &yaml(Path::new("taxonomy/definition.yaml")),
        "taxonomy/definition.yaml",
    );
}

#[test]
fn taxonomy_schemas_catch_typical_mistakes() {
    let facet_schema = rendered("facet.schema.json");
    let mut facet = yaml(Path::new("taxonomy/facets/role.yaml"));
    // A misspelt field, a required field left empty, a bad cardinality and a malformed id.
    facet["concepts"][0]["defintion"] = json!({ "nl": "x", "en": "x" });
    facet["concepts"][1]["id"] = Value::Null;
    facet["cardinality"] = json!("several");
    facet["concepts"][2]["id"] = json!("School_Nurse");
    facet["concepts"][3]["label"] = json!({ "nl": "Alleen Nederlands" });
    let found = errors(&facet_schema, &facet).join("\n");
    for path in [
        "/concepts/0",
        "/concepts/1/id",
        "/cardinality",
        "/concepts/2/id",
        "/concepts/3/label",
    ] {
        assert!(
            found.lines().any(|l| l.starts_with(&format!("{path}:"))),
            "no error at {path}:\n{found}"
        );
    }

    let taxonomy_schema = rendered("taxonomy.schema.json");
    let mut taxonomy = yaml(Path::new("taxonomy/taxonomy.yaml"));
    taxonomy.as_object_mut().unwrap().remove("version");
    assert!(!errors(&taxonomy_schema, &taxonomy).is_empty());
}

#[test]
fn valid_records_validate() {
    let records = rendered("records.schema.json");
    assert_valid(
        &records,
        &yaml(Path::new("tests/fixtures/records/valid.yaml")),
        "tests/fixtures/records/valid.yaml",
    );
    assert_valid(
        &schema::records_schema(Taxonomy::builtin(), Lang::En),
        &yaml(Path::new("tests/fixtures/records/valid.yaml")),
        "tests/fixtures/records/valid.yaml (English schema)",
    );
}

#[test]
fn example_records_validate_against_the_schema_their_modeline_names() {
    let path = Path::new("examples/practices.yaml");
    let text = std::fs::read_to_string(path).unwrap();
    let target = text
        .lines()
        .find_map(|l| l.strip_prefix("# yaml-language-server: $schema="))
        .expect("examples/practices.yaml names its schema");
    let schema_path = path.parent().unwrap().join(target.trim());
    let schema_text = std::fs::read_to_string(&schema_path)
        .unwrap_or_else(|e| panic!("the modeline names {}: {e}", schema_path.display()));
    let schema: Value = serde_json::from_str(&schema_text).unwrap();
    assert_eq!(schema, rendered("records.schema.json"));
    assert_valid(&schema, &yaml(path), "examples/practices.yaml");
}

#[test]
fn an_unknown_code_does_not_validate() {
    let records = rendered("records.schema.json");
    let found = errors(
        &records,
        &yaml(Path::new("tests/fixtures/records/unknown-code.yaml")),
    );
    // Both findings of `jos check`: a misspelt code, and a label written for an id.
    for path in ["/0/tags/intensity/0", "/0/tags/education/0"] {
        assert!(
            found.iter().any(|e| e.starts_with(&format!("{path}:"))),
            "no error at {path}: {found:#?}"
        );
    }
    assert!(
        found.iter().all(|e| e.starts_with("/0/tags/")),
        "{found:#?}"
    );
}

#[test]
fn a_misspelt_facet_does_not_validate() {
    let records = rendered("records.schema.json");
    let found = errors(
        &records,
        &yaml(Path::new("tests/fixtures/records/unknown-facet.yaml")),
    );
    assert!(
        found
            .iter()
            .any(|e| e.starts_with("/0/tags:") && e.contains("activty")),
        "{found:#?}"
    );
}

/// A change to a record.
type Change = dyn Fn(&mut Value);

#[test]
fn records_schema_catches_the_rest_of_what_jos_check_refuses() {
    let records = rendered("records.schema.json");
    let valid = yaml(Path::new("tests/fixtures/records/valid.yaml"));
    let with = |change: &Change| {
        let mut v = valid.clone();
        change(&mut v[0]);
        errors(&records, &v)
    };
    // A missing required facet, a missing id, two codes in a single-valued facet, a code in
    // the wrong facet, a duplicated code, a bad status and a bad date.
    let cases: [(&str, &Change); 7] = [
        ("missing required facet", &|r| {
            r["tags"].as_object_mut().unwrap().remove("education");
        }),
        ("missing id", &|r| {
            r.as_object_mut().unwrap().remove("id");
        }),
        ("too many codes", &|r| {
            r["tags"]["organisation-model"] = json!(["based-at-school", "embedded-in-teaching"])
        }),
        ("code in wrong facet", &|r| {
            r["tags"]["education"] = json!(["based-at-school"])
        }),
        ("duplicate code", &|r| {
            r["tags"]["activity"] = json!(["teacher-coaching", "teacher-coaching"])
        }),
        ("bad status", &|r| r["status"] = json!("finished")),
        ("bad date", &|r| r["start"] = json!("2019/08")),
    ];
    for (what, change) in cases {
        assert!(!with(change).is_empty(), "{what} validates");
    }
    // What `jos check` accepts, the schema accepts: unknown extra fields, a bare year, `?`,
    // an empty list for "the sources do not say", and an empty (null) optional field.
    let fine: [&Change; 4] = [
        &|r| r["local_code"] = json!("x"),
        &|r| r["start"] = json!(2019),
        &|r| r["tags"]["intensity"] = json!(["?"]),
        &|r| {
            r["tags"]["education"] = json!([]);
            r["region"] = Value::Null;
        },
    ];
    for change in fine {
        let found = with(change);
        assert!(found.is_empty(), "{found:#?}");
    }
}
