//! The `jos` command line, as a user runs it.

#![cfg(feature = "cli")]

use std::process::{Command, Output};

fn jos(args: &[&str]) -> Output {
    Command::new(env!("CARGO_BIN_EXE_jos"))
        .args(args)
        .env_remove("NO_COLOR")
        .env_remove("CLICOLOR_FORCE")
        .output()
        .expect("jos runs")
}

fn stdout(o: &Output) -> String {
    String::from_utf8(o.stdout.clone()).unwrap()
}

fn stderr(o: &Output) -> String {
    String::from_utf8(o.stderr.clone()).unwrap()
}

#[test]
fn validate_builtin_taxonomy_passes() {
    let o = jos(&["validate"]);
    assert_eq!(o.status.code(), Some(0), "{}", stderr(&o));
    assert!(
        stderr(&o).contains("0 errors, 0 warnings"),
        "{}",
        stderr(&o)
    );
}

#[test]
fn validate_the_taxonomy_directory_passes() {
    let o = jos(&["validate", "taxonomy", "--strict"]);
    assert_eq!(o.status.code(), Some(0), "{}", stderr(&o));
}

#[test]
fn validate_reports_location_source_line_and_hint() {
    let o = jos(&["validate", "tests/fixtures/invalid/unknown-broader.yaml"]);
    assert_eq!(o.status.code(), Some(1));
    let err = stderr(&o);
    assert!(
        err.contains(
            "error[unknown-broader]: concept `class-teacher` has unknown broader concept `teachr`"
        ),
        "{err}"
    );
    assert!(
        err.contains("--> tests/fixtures/invalid/unknown-broader.yaml:46:18"),
        "{err}"
    );
    assert!(
        err.contains("broader: teachr"),
        "the source line is shown: {err}"
    );
    assert!(err.contains("^^^^^^"), "carets under the value: {err}");
    assert!(err.contains("help: did you mean `teacher`?"), "{err}");
    assert!(
        !err.contains('\u{1b}'),
        "no colour when not a terminal: {err}"
    );
}

#[test]
fn validate_reports_every_problem_in_one_run_as_json() {
    let o = jos(&[
        "validate",
        "tests/fixtures/invalid/invalid-date.yaml",
        "--format",
        "json",
    ]);
    assert_eq!(o.status.code(), Some(1));
    let v: serde_json::Value = serde_json::from_str(&stdout(&o)).unwrap();
    assert_eq!(v["errors"], 2);
    let d = &v["diagnostics"][0];
    assert_eq!(d["code"], "invalid-date");
    assert_eq!(d["severity"], "error");
    assert_eq!(d["file"], "tests/fixtures/invalid/invalid-date.yaml");
    assert_eq!(d["line"], 18);
    assert_eq!(d["column"], 9);
    assert!(d["hint"].as_str().unwrap().contains("YYYY-MM-DD"));
}

#[test]
fn warnings_pass_unless_strict() {
    let path = "tests/fixtures/invalid/unused-source.yaml";
    assert_eq!(jos(&["validate", path]).status.code(), Some(0));
    assert_eq!(jos(&["validate", path, "--strict"]).status.code(), Some(1));
}

#[test]
fn colour_is_used_when_asked() {
    let o = jos(&[
        "--color",
        "always",
        "validate",
        "tests/fixtures/invalid/unknown-broader.yaml",
    ]);
    assert!(stderr(&o).contains('\u{1b}'));
    let o = jos(&[
        "--color",
        "never",
        "validate",
        "tests/fixtures/invalid/unknown-broader.yaml",
    ]);
    assert!(!stderr(&o).contains('\u{1b}'));
}

#[test]
fn missing_taxonomy_is_an_io_error() {
    let o = jos(&["validate", "no/such/dir"]);
    assert_eq!(o.status.code(), Some(2), "{}", stderr(&o));
    assert!(stderr(&o).contains("no/such/dir"), "{}", stderr(&o));
}

#[test]
fn usage_errors_exit_2() {
    assert_eq!(jos(&["frobnicate"]).status.code(), Some(2));
    assert_eq!(jos(&["validate", "--format", "xml"]).status.code(), Some(2));
}

#[test]
fn show_prints_a_concept_and_suggests_on_typos() {
    let o = jos(&["show", "school-social-worker", "--lang", "en"]);
    assert_eq!(o.status.code(), Some(0), "{}", stderr(&o));
    assert!(
        stdout(&o).contains("School social worker"),
        "{}",
        stdout(&o)
    );
    let o = jos(&["show", "school-social-workr"]);
    assert_eq!(o.status.code(), Some(1));
    assert!(
        stderr(&o).contains("did you mean") && stderr(&o).contains("`school-social-worker`"),
        "{}",
        stderr(&o)
    );
    let o = jos(&["show", "universal-prevention", "--format", "json"]);
    let v: serde_json::Value = serde_json::from_str(&stdout(&o)).unwrap();
    assert_eq!(v["facet"], "intensity");
}

#[test]
fn lookup_finds_abbreviations_synonyms_and_accents() {
    let o = jos(&["lookup", "SMW"]);
    assert_eq!(o.status.code(), Some(0));
    assert!(
        stdout(&o).starts_with("school-social-worker"),
        "{}",
        stdout(&o)
    );
    let o = jos(&["lookup", "schoolmaatschappelijk werk", "--format", "json"]);
    let v: serde_json::Value = serde_json::from_str(&stdout(&o)).unwrap();
    assert_eq!(v[0]["id"], "school-social-work", "{v}");
    let o = jos(&["lookup", "qqqqqqqq"]);
    assert_eq!(o.status.code(), Some(1));
}

#[test]
fn export_json_is_complete_and_deterministic() {
    let a = jos(&["export", "--format", "json"]);
    let b = jos(&["export"]);
    assert_eq!(a.status.code(), Some(0));
    assert_eq!(a.stdout, b.stdout, "same input, same bytes");
    let v: serde_json::Value = serde_json::from_slice(&a.stdout).unwrap();
    assert_eq!(v["format"], "jeugdhulp-op-school/taxonomy");
    let concepts: usize = v["facets"]
        .as_array()
        .unwrap()
        .iter()
        .map(|f| f["concepts"].as_array().unwrap().len())
        .sum();
    assert_eq!(
        concepts,
        jeugdhulp_op_school::Taxonomy::builtin().concepts().count()
    );
}

#[test]
fn export_writes_atomically_and_never_overwrites_unasked() {
    let dir = std::env::temp_dir().join(format!("jos-cli-{}", std::process::id()));
    std::fs::create_dir_all(&dir).unwrap();
    let out = dir.join("taxonomy.json");
    let out_s = out.to_str().unwrap();
    assert_eq!(jos(&["export", "--out", out_s]).status.code(), Some(0));
    std::fs::write(&out, "mine").unwrap();
    let o = jos(&["export", "--out", out_s]);
    assert_eq!(o.status.code(), Some(2));
    assert!(stderr(&o).contains("--force"));
    assert_eq!(std::fs::read_to_string(&out).unwrap(), "mine");
    assert_eq!(
        jos(&["export", "--out", out_s, "--force"]).status.code(),
        Some(0)
    );
    assert!(std::fs::read_to_string(&out).unwrap().starts_with('{'));
    let leftovers = std::fs::read_dir(&dir).unwrap().count();
    assert_eq!(leftovers, 1, "no temporary files left behind");
    std::fs::remove_dir_all(&dir).unwrap();
}

#[test]
fn an_invalid_other_taxonomy_is_reported_before_use() {
    let o = jos(&[
        "lookup",
        "x",
        "--taxonomy",
        "tests/fixtures/invalid/unknown-broader.yaml",
    ]);
    assert_eq!(o.status.code(), Some(2));
    assert!(stderr(&o).contains("unknown-broader"));
}

#[test]
fn schema_writes_the_committed_schemas_and_never_overwrites_unasked() {
    let dir = std::env::temp_dir().join(format!("jos-cli-schema-{}", std::process::id()));
    let _ = std::fs::remove_dir_all(&dir);
    let dir_s = dir.to_str().unwrap();
    let o = jos(&["schema", "--out", dir_s]);
    assert_eq!(o.status.code(), Some(0), "{}", stderr(&o));
    for name in [
        "taxonomy.schema.json",
        "facet.schema.json",
        "records.schema.json",
    ] {
        assert_eq!(
            std::fs::read_to_string(dir.join(name)).unwrap(),
            std::fs::read_to_string(format!("docs/schema/{name}")).unwrap(),
            "{name} differs from docs/schema/"
        );
    }
    // The same files again: nothing to refuse.
    assert_eq!(jos(&["schema", "--out", dir_s]).status.code(), Some(0));
    // English descriptions differ from the Dutch ones on disk: refused, and nothing written.
    let records = dir.join("records.schema.json");
    let dutch = std::fs::read_to_string(&records).unwrap();
    let o = jos(&["schema", "--out", dir_s, "--lang", "en"]);
    assert_eq!(o.status.code(), Some(2));
    assert!(
        stderr(&o).contains("records.schema.json") && stderr(&o).contains("--force"),
        "{}",
        stderr(&o)
    );
    assert_eq!(std::fs::read_to_string(&records).unwrap(), dutch);
    let o = jos(&["schema", "--out", dir_s, "--lang", "en", "--force"]);
    assert_eq!(o.status.code(), Some(0), "{}", stderr(&o));
    assert!(
        std::fs::read_to_string(&records)
            .unwrap()
            .contains("School social worker")
    );
    let leftovers = std::fs::read_dir(&dir).unwrap().count();
    assert_eq!(leftovers, 3, "no temporary files left behind");
    std::fs::remove_dir_all(&dir).unwrap();
}
