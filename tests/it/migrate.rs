//! Migration across a release that moves concepts to other facets (`replaced_by` naming a
//! concept of another facet), writes several replacements `together`, and splits a concept.
//! Every format gets the same edits, made in the text; the result checks clean and migrating
//! it again changes nothing.

use std::path::Path;

use jeugdhulp_op_school::records::migrate::{Migration, migrate};
use jeugdhulp_op_school::records::{Format, RecordReader};
use jeugdhulp_op_school::{Taxonomy, load};

fn taxonomy() -> Taxonomy {
    let loaded = load::load_path(Path::new("tests/fixtures/migrate/moved.yaml"));
    assert!(loaded.report.diagnostics.is_empty(), "{}", loaded.report);
    loaded.taxonomy.unwrap()
}

/// Migrates `text`, checks that migrating the result again changes nothing, and returns it.
fn run(t: &Taxonomy, name: &str, text: &str, format: Format) -> Migration {
    let m = migrate(t, name, text, format);
    let again = migrate(t, name, &m.text, format);
    assert_eq!(again.text, m.text, "migrating twice changed the text");
    m
}

/// The flags as `message` lines, to compare.
fn flags(m: &Migration) -> Vec<String> {
    m.flags.iter().map(|d| d.message.clone()).collect()
}

/// The codes each record has after migration, per facet, as `id facet=a,b` lines.
fn codes(name: &str, text: &str, format: Format) -> Vec<String> {
    RecordReader::from_bytes(name, text.as_bytes().to_vec(), format)
        .map(|r| {
            let r = r.expect("the migrated file reads");
            let mut line = r.id.map(|f| f.value).unwrap_or_default();
            for tags in &r.tags {
                let list: Vec<&str> = tags.codes.iter().map(|c| c.value.as_str()).collect();
                line.push_str(&format!(" {}={}", tags.facet.value, list.join(",")));
            }
            line
        })
        .collect()
}

#[test]
fn yaml_codes_move_with_their_concepts_and_the_rest_survives() {
    let t = taxonomy();
    let text = std::fs::read_to_string("tests/fixtures/migrate/moved-records.yaml").unwrap();
    let m = run(&t, "moved-records.yaml", &text, Format::Yaml);
    let expected = text
        .replace("taxonomy_version: 1.0.0", "taxonomy_version: 2.0.0")
        .replace(
            "  tags:\n    intensity:\n      - heavy\n    age:\n      - under-18   # keep me\n",
            "  tags:\n    stay: [day-care]\n    intensity:\n      - treatment\n    age:\n      - age-4-11   # keep me\n      - age-12-17\n",
        )
        .replace(
            "tags: {intensity: [walk-in, light], age: [under-18]}",
            "tags: {access: [no-referral], intensity: [light], age: [age-4-11, age-12-17]}",
        )
        .replace(
            "  tags:\n    intensity:\n      - walk-in\n",
            "  tags:\n    access: [no-referral]\n    intensity: []\n",
        )
        .replace(
            "  tags:\n    intensity: [mixed]\n",
            "  tags:\n    access: [no-referral]\n    intensity: [mixed]\n",
        );
    assert_eq!(m.text, expected);
    assert_eq!(
        flags(&m),
        [
            "record `split`: `mixed` was split into `light`, `treatment`, `no-referral`; a person must choose",
            "record `conflict`: `heavy` moves to `day-care` in facet `stay`, which allows one code and already has `residential`; a person must choose",
        ]
    );
    assert!(
        m.changes
            .contains(&"record `block`: `heavy` -> `treatment`, stay: `day-care`".to_owned())
    );
    assert!(
        m.changes
            .contains(&"record `flow`: `walk-in` -> access: `no-referral`".to_owned())
    );
}

#[test]
fn json_and_json_lines_get_the_same_edits() {
    let t = taxonomy();
    let pretty = "[\n  {\n    \"id\": \"b\",\n    \"taxonomy_version\": \"1.0.0\",\n    \"tags\": {\n      \"intensity\": [\n        \"walk-in\",\n        \"heavy\"\n      ]\n    }\n  }\n]\n";
    let m = run(&t, "m.json", pretty, Format::Json);
    assert_eq!(
        m.text,
        "[\n  {\n    \"id\": \"b\",\n    \"taxonomy_version\": \"2.0.0\",\n    \"tags\": {\n      \"stay\": [\"day-care\"],\n      \"access\": [\"no-referral\"],\n      \"intensity\": [\n        \"treatment\"\n      ]\n    }\n  }\n]\n"
    );
    let lines = "{\"id\": \"a\", \"taxonomy_version\": \"1.0.0\", \"tags\": {\"intensity\": [\"heavy\", \"light\"], \"age\": [\"under-18\"]}}\r\n{\"id\": \"b\", \"taxonomy_version\": \"1.0.0\", \"tags\": {\"intensity\": [\"walk-in\"]}}\r\n";
    let m = run(&t, "m.jsonl", lines, Format::JsonLines);
    assert!(m.flags.is_empty(), "{:?}", flags(&m));
    assert_eq!(
        codes("m.jsonl", &m.text, Format::JsonLines),
        [
            "a stay=day-care intensity=treatment,light age=age-4-11,age-12-17",
            "b access=no-referral intensity=",
        ]
    );
    assert!(m.text.ends_with("}}\r\n"), "line endings kept");
}

#[test]
fn csv_cells_are_rewritten_and_a_missing_column_is_left_to_a_person() {
    let t = taxonomy();
    let csv = "\u{feff}id,taxonomy_version,intensity,stay,access,age\r\na,1.0.0,heavy; light,,,under-18\r\nb,1.0.0,walk-in,,,\r\nc,1.0.0,\"mixed\",,,\r\n";
    let m = run(&t, "m.csv", csv, Format::Csv);
    assert_eq!(
        m.text,
        "\u{feff}id,taxonomy_version,intensity,stay,access,age\r\na,2.0.0,treatment; light,day-care,,age-4-11; age-12-17\r\nb,2.0.0,,,no-referral,\r\nc,2.0.0,\"mixed\",,no-referral,\r\n"
    );
    assert_eq!(
        flags(&m),
        [
            "record `c`: `mixed` was split into `light`, `treatment`, `no-referral`; a person must choose"
        ]
    );
    let narrow = "id,taxonomy_version,intensity\nb,1.0.0,walk-in\n";
    let m = run(&t, "n.csv", narrow, Format::Csv);
    assert_eq!(m.text, "id,taxonomy_version,intensity\nb,2.0.0,walk-in\n");
    assert_eq!(
        flags(&m),
        ["record `b`: its codes move to facet(s) `access`, which the file has no column for"]
    );
}

#[test]
fn csv_as_dutch_excel_writes_it_is_migrated_too() {
    // `;` between cells, a byte order mark, CRLF and a Dutch header for the version.
    let t = taxonomy();
    let csv = "\u{feff}id;Taxonomieversie;intensity;stay\r\na;1.0.0;\"heavy; light\";\r\n";
    let m = run(&t, "m.csv", csv, Format::Csv);
    assert_eq!(
        m.text,
        "\u{feff}id;Taxonomieversie;intensity;stay\r\na;2.0.0;\"treatment; light\";day-care\r\n"
    );
    assert!(m.flags.is_empty(), "{:?}", flags(&m));
}

#[test]
fn every_record_reads_with_its_codes_in_their_new_facets() {
    let t = taxonomy();
    let text = std::fs::read_to_string("tests/fixtures/migrate/moved-records.yaml").unwrap();
    let m = run(&t, "moved-records.yaml", &text, Format::Yaml);
    let read = codes("moved-records.yaml", &m.text, Format::Yaml);
    assert_eq!(
        read,
        [
            "block stay=day-care intensity=treatment age=age-4-11,age-12-17",
            "flow access=no-referral intensity=light age=age-4-11,age-12-17",
            "only-moved access=no-referral intensity=",
            "split access=no-referral intensity=mixed",
            "conflict stay=residential intensity=heavy",
        ]
    );
}

#[test]
fn the_1_0_0_examples_migrate_to_2_0_0_flagging_only_the_true_split() {
    let t = jeugdhulp_op_school::Taxonomy::release("2.0.0").unwrap();
    let text = std::fs::read_to_string("tests/fixtures/migrate/examples-1.0.0.yaml").unwrap();
    let m = run(t, "examples-1.0.0.yaml", &text, Format::Yaml);
    // School als Werkplaats was split into two positions of the embedding scale.
    assert_eq!(
        flags(&m),
        [
            "record `leeuwarden-school-als-werkplaats`: `school-as-workplace` was split into `based-at-school`, `embedded-in-teaching`, `integrated-team`; a person must choose"
        ]
    );
    // Everything else reads, and names 2.0.0.
    let records = codes("examples-1.0.0.yaml", &m.text, Format::Yaml);
    assert_eq!(records.len(), 10);
    assert_eq!(m.text.matches("taxonomy_version: 2.0.0").count(), 10);
    // The moved concepts left their facet and arrived in the new ones.
    assert!(
        !m.text
            .contains("organisation-model: [dedicated-provider-partnership]")
    );
    assert!(m.text.contains("provider-arrangement: [single-provider]"));
}
