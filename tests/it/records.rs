//! Research records: every finding kind has a fixture in `tests/fixtures/records/` with its
//! expected findings as an insta snapshot, `tests/it/snapshots/it__records__findings@<fixture>.snap`.
//!
//! When the findings change, the test fails and shows the diff. Review and accept the new
//! snapshots with `cargo insta review` (`cargo install cargo-insta`; `cargo insta accept` takes
//! them all). Without cargo-insta, `INSTA_UPDATE=always cargo test --test it -- records::` rewrites them
//! in place; review the diff of `tests/it/snapshots/`. Under CI (`CI` set) a mismatch only fails and
//! nothing is written.

use std::path::{Path, PathBuf};

use jeugdhulp_op_school::diagnostic::Code;
use jeugdhulp_op_school::records::{self, CheckOptions, Checker, Format, RecordReader};
use jeugdhulp_op_school::{Taxonomy, load};

fn taxonomy_for(path: &Path) -> Taxonomy {
    let text = std::fs::read(path).unwrap_or_default();
    let first = String::from_utf8_lossy(&text)
        .lines()
        .next()
        .unwrap_or_default()
        .to_owned();
    match first.strip_prefix("# taxonomy: ") {
        Some(t) => load::load_path(Path::new(t.trim())).taxonomy.unwrap(),
        None => Taxonomy::builtin().clone(),
    }
}

fn check_file(path: &Path, strict: bool) -> Vec<jeugdhulp_op_school::Diagnostic> {
    let t = taxonomy_for(path);
    let mut checker = Checker::new(&t, CheckOptions::strict(strict));
    let mut out = Vec::new();
    match RecordReader::open(path) {
        Err(d) => out.push(d),
        Ok(reader) => {
            for item in reader.with_taxonomy(&t) {
                match item {
                    Ok(r) => checker.check(&r, &mut out),
                    Err(d) => out.push(d),
                }
            }
        }
    }
    out
}

fn render(diagnostics: &[jeugdhulp_op_school::Diagnostic]) -> String {
    diagnostics
        .iter()
        .map(|d| match &d.hint {
            Some(h) => format!("{d}\n    hint: {h}\n"),
            None => format!("{d}\n"),
        })
        .collect()
}

fn fixtures() -> Vec<PathBuf> {
    let mut paths: Vec<PathBuf> = std::fs::read_dir("tests/fixtures/records")
        .unwrap()
        .map(|e| e.unwrap().path())
        .filter(|p| Format::from_path(p).is_some())
        .collect();
    paths.sort();
    paths
}

/// `insta::glob!` hands out absolute paths; the checker is given the path relative to the package
/// root (the tests' working directory), so that findings name `tests/fixtures/...`.
fn relative(path: &Path) -> PathBuf {
    let root = std::env::current_dir().unwrap().canonicalize().unwrap();
    path.strip_prefix(&root)
        .unwrap_or_else(|_| panic!("{} is not under {}", path.display(), root.display()))
        .to_path_buf()
}

#[test]
fn every_fixture_gives_its_expected_findings() {
    insta::glob!("..", "fixtures/records/*", |path| {
        // The same files as `fixtures()`: those with a record format's extension.
        if Format::from_path(path).is_none() {
            return;
        }
        let path = relative(path);
        let diagnostics = check_file(&path, false);
        let actual = render(&diagnostics);
        insta::assert_snapshot!("findings", actual);
        let name = path.file_stem().unwrap().to_string_lossy().to_string();
        if name == "valid" {
            assert!(diagnostics.is_empty(), "{actual}");
        } else if let Ok(code) = name.parse::<Code>() {
            assert!(
                diagnostics.iter().any(|d| d.code == code),
                "{} does not report `{code}`:\n{actual}",
                path.display()
            );
        } else {
            assert!(
                !diagnostics.is_empty(),
                "{} reports nothing",
                path.display()
            );
        }
    });
}

#[test]
fn every_record_finding_kind_has_a_fixture() {
    let names: Vec<String> = fixtures()
        .iter()
        .map(|p| p.file_stem().unwrap().to_string_lossy().to_string())
        .collect();
    for code in [
        Code::UnknownCode,
        Code::CodeInWrongFacet,
        Code::DeprecatedCode,
        Code::TooManyCodes,
        Code::DuplicateCode,
        Code::MissingFacet,
        Code::RuleViolation,
        Code::DuplicateRecordId,
        Code::ImpossibleDate,
        Code::TaxonomyVersionMismatch,
        Code::SuspiciousField,
        Code::UnknownFacet,
        Code::InvalidValue,
        Code::MissingField,
        Code::InvalidSemver,
        Code::YamlSyntax,
        Code::InvalidUtf8,
        Code::DuplicateKey,
        Code::YamlTag,
    ] {
        assert!(
            names.iter().any(|n| n == code.as_str()),
            "no records fixture named `{code}`"
        );
    }
}

#[test]
fn strict_makes_deprecated_codes_errors() {
    let path = Path::new("tests/fixtures/records/deprecated-code.yaml");
    let lax = check_file(path, false);
    let strict = check_file(path, true);
    assert!(lax.iter().all(|d| !d.is_error()), "{lax:?}");
    assert!(
        strict
            .iter()
            .any(|d| d.code == Code::DeprecatedCode && d.is_error()),
        "{strict:?}"
    );
    assert!(lax[0].hint.as_deref().unwrap().contains("`heavy`"));
}

#[test]
fn unknown_fields_are_kept() {
    let (records, errors) = records::read_path(Path::new("tests/fixtures/records/valid.yaml"));
    assert!(errors.is_empty());
    assert_eq!(
        records[0].extra,
        vec![(
            "local_code".to_owned(),
            serde_json::json!("kept as written")
        )]
    );
    let (records, _) = records::read_path(Path::new("tests/fixtures/records/jsonl-findings.jsonl"));
    assert_eq!(
        records[0].extra,
        vec![("extra".to_owned(), serde_json::json!({"kept": true}))]
    );
}

#[test]
fn the_same_record_reads_the_same_from_every_format() {
    let yaml = "- id: a\n  name: A\n  organisations:\n    schools: [S1, S2]\n  status: pilot\n  tags:\n    education: [mbo, vo]\n    intensity: [universal-prevention]\n";
    let json = r#"[{"id": "a", "name": "A", "organisations": {"schools": ["S1", "S2"]}, "status": "pilot", "tags": {"education": ["mbo", "vo"], "intensity": ["universal-prevention"]}}]"#;
    let jsonl = r#"{"id": "a", "name": "A", "organisations": {"schools": ["S1", "S2"]}, "status": "pilot", "tags": {"education": ["mbo", "vo"], "intensity": ["universal-prevention"]}}"#;
    let csv =
        "id,name,schools,status,education,intensity\na,A,S1;S2,pilot,mbo;vo,universal-prevention\n";
    let summary = |r: &records::Record| {
        (
            r.id().to_owned(),
            r.name.as_ref().map(|f| f.value.clone()),
            r.organisations
                .schools
                .iter()
                .map(|f| f.value.clone())
                .collect::<Vec<_>>(),
            r.codes("education").map(str::to_owned).collect::<Vec<_>>(),
            r.codes("intensity").map(str::to_owned).collect::<Vec<_>>(),
        )
    };
    let from = |name: &str, text: &str, f: Format| {
        records::parse_str(name, text, f)
            .unwrap()
            .iter()
            .map(summary)
            .collect::<Vec<_>>()
    };
    let expected = from("a.yaml", yaml, Format::Yaml);
    assert_eq!(from("a.json", json, Format::Json), expected);
    assert_eq!(from("a.jsonl", jsonl, Format::JsonLines), expected);
    assert_eq!(from("a.csv", csv, Format::Csv), expected);
}

#[test]
fn a_directory_or_missing_file_is_an_io_error() {
    for p in [
        "tests/fixtures/records",
        "tests/fixtures/records/nope.csv",
        "tests/fixtures",
    ] {
        let d = check_file(Path::new(p), false);
        assert!(d.iter().any(|d| d.code == Code::Io), "{p}: {d:?}");
    }
}

/// Several coders' files of the same practices, checked together: the same id under different
/// coders is the design of double coding, not a duplicate; without `coder` it is one, and the
/// hint says how to tell the files apart.
#[test]
fn the_same_id_in_different_coders_files_is_no_duplicate() {
    let t = Taxonomy::builtin();
    let file = |name: &str, coder: Option<&str>| {
        let coder = coder.map_or(String::new(), |c| format!(", coder: {c}"));
        let yaml = format!("- {{id: p1{coder}}}\n- {{id: p2{coder}}}\n");
        records::parse_str(name, &yaml, Format::Yaml).unwrap()
    };
    let duplicates = |files: &[Vec<jeugdhulp_op_school::records::Record>]| {
        let mut checker = Checker::new(t, CheckOptions::default());
        let mut out = Vec::new();
        for r in files.iter().flatten() {
            checker.check(r, &mut out);
        }
        out.into_iter()
            .filter(|d| d.code == Code::DuplicateRecordId)
            .collect::<Vec<_>>()
    };
    let coders = [file("ann.yaml", Some("ann")), file("bob.yaml", Some("bob"))];
    assert!(duplicates(&coders).is_empty());
    let same = [
        file("ann.yaml", Some("ann")),
        file("ann2.yaml", Some("ann")),
    ];
    assert_eq!(duplicates(&same).len(), 2);
    let anonymous = duplicates(&[file("a.yaml", None), file("b.yaml", None)]);
    assert_eq!(anonymous.len(), 2);
    assert!(
        anonymous[0].hint.as_deref().unwrap().contains("`coder`"),
        "{anonymous:?}"
    );
}

/// The mistakes people make in spreadsheets get a finding that says what to write instead.
#[test]
fn spreadsheet_mistakes_are_steered_to_what_to_write() {
    let found = check_file(
        Path::new("tests/fixtures/records/spreadsheet-mistakes.csv"),
        false,
    );
    let hint = |cell: &str| {
        found
            .iter()
            .find(|d| d.location().to_string().ends_with(cell))
            .and_then(|d| d.hint.clone())
            .unwrap_or_else(|| panic!("no finding at {cell}: {found:?}"))
    };
    assert_eq!(hint("!E2"), "separate codes with `;`: `so-cluster-4;vso`");
    assert!(hint("!J2").starts_with("write `2021-09-01`"));
    assert!(hint("!J3").starts_with("write `2021-09`"));
    for cell in ["!D3", "!F3", "!G3"] {
        assert!(hint(cell).starts_with("write `?`"), "{cell}");
    }
    assert_eq!(hint("!H4"), "remove `?`, or the codes");
}
