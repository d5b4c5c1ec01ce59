//! The research workflow: migrate, summarise and export records, as the README describes.

use std::path::Path;

use jeugdhulp_op_school::records::migrate::migrate;
use jeugdhulp_op_school::records::table::{Summary, write_long, write_wide};
use jeugdhulp_op_school::records::{self, Format};
use jeugdhulp_op_school::{Lang, Taxonomy, load};

fn fixture_taxonomy() -> Taxonomy {
    load::load_path(Path::new("tests/fixtures/valid/minimal.yaml"))
        .taxonomy
        .unwrap()
}

const COMMENTED: &str = "# Records tagged against 0.9.0.\n- id: d1   # first\n  taxonomy_version: 0.9.0\n  tags:\n    intensity: [medium]   # was vague\n    role: [teacher]\n  local: {keep: \"me\"}\n- id: d2\n  tags: {intensity: [\"medium\"]}\n";

#[test]
fn migrate_changes_only_codes_and_version() {
    let m = migrate(&fixture_taxonomy(), "m.yaml", COMMENTED, Format::Yaml);
    assert!(m.flags.is_empty(), "{:?}", m.flags);
    let expected = "# Records tagged against 0.9.0.\n- id: d1   # first\n  taxonomy_version: 1.0.0\n  tags:\n    intensity: [heavy]   # was vague\n    role: [teacher]\n  local: {keep: \"me\"}\n- id: d2\n  taxonomy_version: 1.0.0\n  tags: {intensity: [\"heavy\"]}\n";
    assert_eq!(m.text, expected);
    assert_eq!(m.changes.len(), 4);
    // Migrating again changes nothing.
    let again = migrate(&fixture_taxonomy(), "m.yaml", &m.text, Format::Yaml);
    assert_eq!(again.text, m.text);
    assert!(again.changes.is_empty());
}

#[test]
fn migrate_json_lines_and_csv() {
    let t = fixture_taxonomy();
    let jsonl = "{\"id\": \"a\", \"taxonomy_version\": \"0.9.0\", \"tags\": {\"intensity\": [\"medium\", \"light\"]}, \"x\": 1}\n{\"id\": \"b\", \"tags\": {\"intensity\": [\"light\"]}}\n";
    let m = migrate(&t, "m.jsonl", jsonl, Format::JsonLines);
    assert_eq!(
        m.text,
        "{\"id\": \"a\", \"taxonomy_version\": \"1.0.0\", \"tags\": {\"intensity\": [\"heavy\", \"light\"]}, \"x\": 1}\n{\"taxonomy_version\": \"1.0.0\", \"id\": \"b\", \"tags\": {\"intensity\": [\"light\"]}}\n"
    );
    let csv = "id,taxonomy_version,intensity,notes\na,0.9.0,medium;light,\"keep, this\"\n";
    let m = migrate(&t, "m.csv", csv, Format::Csv);
    assert_eq!(
        m.text,
        "id,taxonomy_version,intensity,notes\na,1.0.0,heavy;light,\"keep, this\"\n"
    );
}

#[test]
fn a_byte_order_mark_is_skipped_and_kept() {
    let t = fixture_taxonomy();
    let json = "\u{feff}[{\"id\": \"a\", \"taxonomy_version\": \"0.9.0\", \"tags\": {\"intensity\": [\"medium\"]}}]\n";
    let jsonl = "\u{feff}{\"id\": \"a\", \"taxonomy_version\": \"0.9.0\", \"tags\": {\"intensity\": [\"medium\"]}}\n";
    for (text, format) in [(json, Format::Json), (jsonl, Format::JsonLines)] {
        let read = records::parse_str("bom", text, format).unwrap();
        assert_eq!(read[0].id.as_ref().unwrap().value, "a");
        let m = migrate(&t, "bom", text, format);
        assert_eq!(
            m.text,
            text.replace("0.9.0", "1.0.0").replace("medium", "heavy")
        );
    }
}

#[test]
fn a_split_code_is_flagged_not_guessed() {
    let yaml = std::fs::read_to_string("tests/fixtures/valid/minimal.yaml")
        .unwrap()
        .replace("replaced_by: [heavy]", "replaced_by: [heavy, light]");
    let t = Taxonomy::from_yaml_str("split.yaml", &yaml).unwrap();
    let m = migrate(&t, "m.yaml", COMMENTED, Format::Yaml);
    assert_eq!(m.flags.len(), 2);
    assert!(
        m.flags[0].message.contains("split into `heavy`, `light`"),
        "{}",
        m.flags[0].message
    );
    assert!(
        m.text.contains("intensity: [medium]"),
        "the code is left for a person"
    );
    assert!(m.text.contains("taxonomy_version: 1.0.0"));
}

fn sample() -> Vec<records::Record> {
    let csv = "id,name,intensity,education,organisation-model,notes\n\
               a,=HYPERLINK(\"http://x\"),universal-prevention,mbo;mbo-level-2,mbo-as-neighbourhood,+31 6\n\
               b,B,universal-prevention,vo,?,@risk\n\
               c,C,specialist-youth-care,mbo,municipal-youth-team,\n";
    records::parse_str("s.csv", csv, Format::Csv).unwrap()
}

#[test]
fn summary_counts_and_cross_tables() {
    let t = Taxonomy::builtin();
    let mut s = Summary::new(Some(("intensity".to_owned(), "education".to_owned())));
    for r in sample() {
        s.add(&r);
    }
    assert_eq!(s.records, 3);
    assert_eq!(
        s.counts[&("intensity".to_owned(), "universal-prevention".to_owned())],
        2
    );
    assert_eq!(
        s.cross[&("universal-prevention".to_owned(), "mbo".to_owned())],
        1
    );
    // With `by`, the cross-table alone, with totals that count each record once: record `a`
    // (mbo and mbo-level-2) is in two cells of its row.
    let md = s.to_markdown(t, Lang::Nl);
    assert!(!md.contains("### "), "no per-facet tables with --by: {md}");
    assert!(
        md.contains("| `universal-prevention` | 1 | 1 | 1 | 2 |"),
        "{md}"
    );
    assert!(md.contains("| totaal | 1 | 2 | 1 | 3 |"), "{md}");
    assert!(md.contains("1 record heeft meer dan één waarde"), "{md}");
    let mut csv = Vec::new();
    s.write_csv(t, Lang::En, &mut csv).unwrap();
    let csv = String::from_utf8(csv).unwrap();
    assert!(
        csv.starts_with("intensity\\education,vo,mbo,mbo-level-2,total\r\n"),
        "{csv}"
    );
    assert!(csv.ends_with("total,1,2,1,3\r\n"), "{csv}");

    // Without, each facet with its base: the records that coded it, the unknown, the rest.
    let mut s = Summary::new(None);
    for r in sample() {
        s.add(&r);
    }
    let md = s.to_markdown(t, Lang::En);
    assert!(
        md.contains("| `universal-prevention` | Universal prevention | 2 | 66.7% |"),
        "{md}"
    );
    assert!(
        md.contains("2 of 3 records coded, 1 unknown (`?`), 0 not addressed"),
        "organisation-model: {md}"
    );
    let mut csv = Vec::new();
    s.write_csv(t, Lang::En, &mut csv).unwrap();
    let csv = String::from_utf8(csv).unwrap();
    assert!(
        csv.starts_with("facet,code,label,records,share,base\r\n"),
        "{csv}"
    );
    assert!(
        csv.contains("organisation-model,?,unknown (the sources do not say),1,33.3%,3\r\n"),
        "{csv}"
    );
}

#[test]
fn exports_are_tidy_and_safe_for_spreadsheets() {
    let t = Taxonomy::builtin();
    let mut long = Vec::new();
    write_long(t, sample(), Lang::En, &mut long).unwrap();
    let long = String::from_utf8(long).unwrap();
    assert!(
        long.starts_with(
            "record,facet,code,label\r\na,intensity,universal-prevention,Universal prevention\r\n"
        ),
        "{long}"
    );
    assert!(!long.contains(",?,"), "the unknown marker is not a code");
    let mut wide = Vec::new();
    write_wide(t, sample(), &mut wide).unwrap();
    let wide = String::from_utf8(wide).unwrap();
    let mut rows = csv::Reader::from_reader(wide.as_bytes());
    let header = rows.headers().unwrap().clone();
    let col = |name: &str| header.iter().position(|h| h == name).unwrap();
    let rows: Vec<csv::StringRecord> = rows.records().map(Result::unwrap).collect();
    assert_eq!(
        &rows[0][col("name")],
        "'=HYPERLINK(\"http://x\")",
        "formula neutralised"
    );
    assert_eq!(&rows[0][col("education.mbo")], "1");
    assert_eq!(&rows[0][col("education.vo")], "0");
    assert_eq!(
        &rows[1][col("organisation-model.mbo-as-neighbourhood")],
        "",
        "unknown is missing, not 0"
    );
}

#[test]
fn csv_migration_keeps_every_other_byte() {
    // A byte order mark, CRLF line endings, quoted cells with escaped quotes, spaces around a
    // version and after `;`, and an unclosed quote at the end (which the reader accepts as it
    // is): only codes and versions change.
    let t = fixture_taxonomy();
    let csv = "\u{feff}id,taxonomy_version,intensity,role,notes\r\n\
               a,0.9.0,\"medium\",\"teacher; class-teacher\",\"keep, this \"\"quoted\"\" note\"\r\n\
               b, 0.9.0 ,light; medium,teacher,\r\n\
               \r\n\
               c,0.9.0,medium,teacher,\"unclosed\r\n";
    let m = migrate(&t, "m.csv", csv, Format::Csv);
    let expected = "\u{feff}id,taxonomy_version,intensity,role,notes\r\n\
                    a,1.0.0,\"heavy\",\"teacher; class-teacher\",\"keep, this \"\"quoted\"\" note\"\r\n\
                    b, 1.0.0 ,light; heavy,teacher,\r\n\
                    \r\n\
                    c,1.0.0,heavy,teacher,\"unclosed\r\n";
    assert_eq!(m.text, expected, "{:?}", m.flags);
    assert!(m.flags.is_empty(), "{:?}", m.flags);
    assert_eq!(m.changes.len(), 6, "{:?}", m.changes);
    // Migrating an up-to-date file changes no byte.
    let again = migrate(&t, "m.csv", &m.text, Format::Csv);
    assert_eq!(again.text, m.text);
    assert!(again.changes.is_empty());
}

#[test]
fn migration_never_makes_a_file_read_worse() {
    // Found by fuzzing `migrate`. A version written as a JSON number becomes a JSON string.
    let t = fixture_taxonomy();
    let json =
        "[{\"id\": \"a\", \"taxonomy_version\": 0.9, \"tags\": {\"intensity\": [\"medium\"]}}]\n";
    let m = migrate(&t, "m.json", json, Format::Json);
    assert_eq!(
        m.text,
        "[{\"id\": \"a\", \"taxonomy_version\": \"1.0.0\", \"tags\": {\"intensity\": [\"heavy\"]}}]\n"
    );
    // A `taxonomy_version` that is written but empty cannot get a second one: the codes are
    // migrated, the version is left to a person, and the file reads as before.
    let yaml = "- taxonomy_version:\n  id: a\n  tags: {intensity: [medium]}\n";
    let m = migrate(&t, "m.yaml", yaml, Format::Yaml);
    assert_eq!(
        m.text,
        "- taxonomy_version:\n  id: a\n  tags: {intensity: [heavy]}\n"
    );
    assert!(
        m.flags
            .iter()
            .any(|f| f.message.contains("could not be added")),
        "{:?}",
        m.flags
    );
    assert_eq!(
        records::parse_str("m.yaml", &m.text, Format::Yaml)
            .unwrap()
            .len(),
        1
    );
}

#[test]
fn migration_edits_the_record_itself_however_it_is_written() {
    // Found by fuzzing `migrate`: a version is added to the record, not to an object nested in
    // it before the id; a quote inside an unquoted CSV cell is just a character.
    let t = fixture_taxonomy();
    let jsonl = "{\"local\": {\"a\": {\"b\": 1}}, \"id\": \"n1\", \"tags\": {\"intensity\": [\"medium\"]}}\n";
    let m = migrate(&t, "m.jsonl", jsonl, Format::JsonLines);
    assert_eq!(
        m.text,
        "{\"taxonomy_version\": \"1.0.0\", \"local\": {\"a\": {\"b\": 1}}, \"id\": \"n1\", \"tags\": {\"intensity\": [\"heavy\"]}}\n"
    );
    let again = migrate(&t, "m.jsonl", &m.text, Format::JsonLines);
    assert_eq!(again.text, m.text);
    let csv = "id,taxonomy_version,intensity\r\nb,2.0.\", medium ,\r\n";
    let m = migrate(&t, "m.csv", csv, Format::Csv);
    assert_eq!(
        m.text,
        "id,taxonomy_version,intensity\r\nb,1.0.0, heavy ,\r\n"
    );
    assert_eq!(migrate(&t, "m.csv", &m.text, Format::Csv).text, m.text);
}
