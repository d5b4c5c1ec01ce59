//! Every diagnostic code has a fixture that triggers it, with its expected findings (code, file,
//! line, column, message and hint) checked in as an insta snapshot,
//! `tests/it/snapshots/it__fixtures__invalid@<fixture>.snap`.
//!
//! When the findings change, the test fails and shows the diff. Review and accept the new
//! snapshots with `cargo insta review` (`cargo install cargo-insta`; `cargo insta accept` takes
//! them all). Without cargo-insta, `INSTA_UPDATE=always cargo test --test it -- fixtures::` rewrites them
//! in place; review the diff of `tests/it/snapshots/`. Under CI (`CI` set) a mismatch only fails and
//! nothing is written.

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

/// A fixture is a file (or a directory, for a taxonomy split over files) with no extension or a
/// taxonomy one.
fn is_fixture(p: &Path) -> bool {
    p.extension()
        .is_none_or(|e| matches!(e.to_str(), Some("yaml" | "json" | "jsonl" | "csv")))
}

fn fixtures(dir: &str) -> Vec<PathBuf> {
    let mut paths: Vec<PathBuf> = std::fs::read_dir(dir)
        .unwrap()
        .map(|e| e.unwrap().path())
        .filter(|p| is_fixture(p))
        .collect();
    paths.sort();
    paths
}

/// `insta::glob!` hands out absolute paths; the loader is given the path relative to the package
/// root (the tests' working directory), so that findings name `tests/fixtures/...`.
fn relative(path: &Path) -> PathBuf {
    let root = std::env::current_dir().unwrap().canonicalize().unwrap();
    path.strip_prefix(&root)
        .unwrap_or_else(|_| panic!("{} is not under {}", path.display(), root.display()))
        .to_path_buf()
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
    insta::glob!("..", "fixtures/invalid/*", |path| {
        if !is_fixture(path) {
            return;
        }
        let path = relative(path);
        let loaded = load::load_path(&path);
        let actual = render(&loaded);
        insta::assert_snapshot!("invalid", actual);
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
    });
}

#[test]
fn every_code_has_a_fixture() {
    let names: Vec<String> = fixtures("tests/fixtures/invalid")
        .iter()
        .chain(&fixtures("tests/fixtures/records"))
        .chain(&fixtures("tests/fixtures/release"))
        .map(|p| p.file_stem().unwrap().to_string_lossy().to_string())
        .collect();
    // Made in the tests themselves: a file over the size limit, an edited frozen release; and
    // the findings of `jos consensus`, whose fixtures are coders' files and worksheets
    // (tests/fixtures/consensus/, tests/it/consensus.rs).
    let generated_in_tests = [
        Code::FileTooLarge,
        Code::ReleaseFrozenDiffers,
        Code::ConsensusUndecided,
        Code::UnmatchedDecision,
    ];
    for code in Code::ALL {
        if generated_in_tests.contains(code) {
            continue;
        }
        assert!(
            names.iter().any(|n| n.starts_with(code.as_str())),
            "no fixture in tests/fixtures/invalid/, records/ or release/ is named after `{code}`"
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
