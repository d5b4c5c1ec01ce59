//! Every diagnostic code has a fixture that triggers it, with its expected findings (code, file,
//! line, column, message and hint) checked in beside it as `<fixture>.expected`.
//!
//! `JOS_BLESS=1 cargo test --test fixtures` rewrites the expectations; review the diff.

use std::path::{Path, PathBuf};

use jeugdhulp_op_school::diagnostic::Code;
use jeugdhulp_op_school::load::{self, Loaded};

fn render(loaded: &Loaded) -> String {
    let mut out = String::new();
    for d in &loaded.report.diagnostics {
        out.push_str(&d.to_string());
        out.push('\n');
        if let Some(h) = &d.hint {
            out.push_str(&format!("    hint: {h}\n"));
        }
    }
    out
}

fn fixtures(dir: &str) -> Vec<PathBuf> {
    let mut paths: Vec<PathBuf> = std::fs::read_dir(dir)
        .unwrap()
        .map(|e| e.unwrap().path())
        .filter(|p| {
            p.extension()
                .is_none_or(|e| matches!(e.to_str(), Some("yaml" | "json" | "jsonl" | "csv")))
        })
        .collect();
    paths.sort();
    paths
}

fn expected_path(fixture: &Path) -> PathBuf {
    let mut p = fixture.as_os_str().to_owned();
    p.push(".expected");
    PathBuf::from(p)
}

#[test]
fn valid_fixtures_have_no_findings() {
    for path in fixtures("tests/fixtures/valid") {
        let loaded = load::load_path(&path);
        assert!(loaded.taxonomy.is_some(), "{}", path.display());
        assert_eq!(render(&loaded), "", "{} should be clean", path.display());
    }
}

#[test]
fn invalid_fixtures_give_their_expected_findings() {
    let bless = std::env::var_os("JOS_BLESS").is_some_and(|v| v != "0");
    let mut failures = Vec::new();
    for path in fixtures("tests/fixtures/invalid") {
        let loaded = load::load_path(&path);
        let actual = render(&loaded);
        let expected_path = expected_path(&path);
        let expected = std::fs::read_to_string(&expected_path).unwrap_or_default();
        if actual != expected {
            if bless {
                std::fs::write(&expected_path, &actual).unwrap();
            } else {
                failures.push(format!(
                    "--- {}\nexpected:\n{expected}\nactual:\n{actual}",
                    path.display()
                ));
            }
        }
        // The fixture named after a code must report that code.
        let name = path.file_stem().unwrap().to_string_lossy().to_string();
        let code = Code::ALL
            .iter()
            .find(|c| name.starts_with(c.as_str()))
            .copied();
        if let Some(code) = code {
            assert!(
                loaded.report.diagnostics.iter().any(|d| d.code == code),
                "{} does not report `{code}`:\n{actual}",
                path.display()
            );
        }
        assert!(
            loaded.report.has_errors() || !actual.is_empty(),
            "{} reports nothing",
            path.display()
        );
    }
    assert!(
        failures.is_empty(),
        "{}\n\nrerun with JOS_BLESS=1 to accept",
        failures.join("\n")
    );
}

#[test]
fn every_code_has_a_fixture() {
    let names: Vec<String> = fixtures("tests/fixtures/invalid")
        .iter()
        .chain(&fixtures("tests/fixtures/records"))
        .map(|p| p.file_stem().unwrap().to_string_lossy().to_string())
        .collect();
    let generated_in_tests = [Code::FileTooLarge];
    for code in Code::ALL {
        if generated_in_tests.contains(code) {
            continue;
        }
        assert!(
            names.iter().any(|n| n.starts_with(code.as_str())),
            "no fixture in tests/fixtures/invalid/ or tests/fixtures/records/ is named after `{code}`"
        );
    }
}

#[test]
fn a_huge_file_is_rejected_without_reading_it() {
    let dir = std::env::temp_dir().join(format!("jos-huge-{}", std::process::id()));
    std::fs::create_dir_all(&dir).unwrap();
    let path = dir.join("taxonomy.yaml");
    // A sparse 150 MB file: rejected by its size, before a byte is read.
    std::fs::File::create(&path)
        .unwrap()
        .set_len(150 * 1024 * 1024)
        .unwrap();
    let loaded = load::load_dir(&dir);
    std::fs::remove_dir_all(&dir).unwrap();
    let d = &loaded.report.diagnostics;
    assert_eq!(d.len(), 1, "{d:?}");
    assert_eq!(d[0].code, Code::FileTooLarge);
    assert!(d[0].file.ends_with("taxonomy.yaml"));
    assert!(d[0].message.contains("157286400 bytes"), "{}", d[0].message);
}
