//! The `jos` command line, as a user runs it.
//!
//! Each case in `tests/cmd/` is a command (`<name>.toml`: arguments, environment, exit code)
//! with exactly what the user sees on standard output and standard error (`<name>.stdout`,
//! `<name>.stderr`); cases that write files run in a sandbox seeded from `<name>.in/` and compare
//! the written files with `<name>.out/`. After a deliberate change of output, regenerate them
//! with `TRYCMD=overwrite cargo test --test it -- cli::` and read the diff. What a case file cannot say
//! (the same bytes from two runs, no temporary files left behind, files equal to the committed
//! ones) stays a Rust test below.

#![cfg(feature = "cli")]

use std::process::{Command, Output};

#[test]
fn cli_cases() {
    trycmd::TestCases::new()
        .register_bin("jos", std::path::Path::new(env!("CARGO_BIN_EXE_jos")))
        .case("tests/cmd/*.toml");
}

fn jos(args: &[&str]) -> Output {
    Command::new(env!("CARGO_BIN_EXE_jos"))
        .args(args)
        .env_remove("NO_COLOR")
        .env_remove("CLICOLOR_FORCE")
        .output()
        .expect("jos runs")
}

fn stderr(o: &Output) -> String {
    String::from_utf8(o.stderr.clone()).unwrap()
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
fn schema_writes_the_committed_schemas_and_never_overwrites_unasked() {
    let dir = std::env::temp_dir().join(format!("jos-cli-schema-{}", std::process::id()));
    let _ = std::fs::remove_dir_all(&dir);
    let dir_s = dir.to_str().unwrap();
    let o = jos(&["schema", "--out", dir_s]);
    assert_eq!(o.status.code(), Some(0), "{}", stderr(&o));
    for name in [
        "taxonomy.schema.json",
        "facet.schema.json",
        "definition.schema.json",
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
    assert_eq!(leftovers, 4, "no temporary files left behind");
    std::fs::remove_dir_all(&dir).unwrap();
}
