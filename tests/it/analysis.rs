//! From a Dutch Excel sheet to a data set that SPSS (GNU PSPP), R and Excel open with labels:
//! `jos check`, `jos check --fix`, `jos summary`, `jos export --format spss|r|xlsx`, run as a
//! researcher runs them on `examples/pilots-excel.csv` (15 practices, `;`, BOM, CRLF, the
//! mistakes people make), and the results opened in the real tools.
//!
//! PSPP (Debian `pspp`) and R (Debian `r-base-core`) are needed for two of the tests. Without
//! them those tests are skipped with a notice, except under CI (`CI` set), where they fail:
//! `.ci/run` installs both.

#![cfg(feature = "cli")]

use std::io::Write as _;
use std::path::{Path, PathBuf};
use std::process::{Command, Output};

use jeugdhulp_op_school::records::analysis::{Dataset, Kind, MAX_NAME_LEN};
use jeugdhulp_op_school::records::{Format, RecordReader, parse_str};
use jeugdhulp_op_school::{Lang, Taxonomy};

const EXAMPLE: &str = "examples/pilots-excel.csv";

fn scratch(name: &str) -> PathBuf {
    let dir = std::env::temp_dir().join(format!("jos-analysis-{}-{name}", std::process::id()));
    let _ = std::fs::remove_dir_all(&dir);
    std::fs::create_dir_all(&dir).unwrap();
    dir
}

fn jos(dir: &Path, args: &[&str]) -> Output {
    Command::new(env!("CARGO_BIN_EXE_jos"))
        .args(args)
        .current_dir(dir)
        .env_remove("NO_COLOR")
        .env_remove("CLICOLOR_FORCE")
        .output()
        .expect("jos runs")
}

fn text(bytes: &[u8]) -> String {
    String::from_utf8_lossy(bytes).into_owned()
}

/// The workflow of the README up to a checked file: `pilots.fixed.csv` in a scratch directory,
/// with the README's commands and file names.
fn fixed(name: &str) -> PathBuf {
    let dir = scratch(name);
    let input = std::fs::read(EXAMPLE).unwrap();
    std::fs::write(dir.join("pilots.csv"), &input).unwrap();
    let first = jos(&dir, &["check", "pilots.csv"]);
    assert_eq!(first.status.code(), Some(1), "{}", text(&first.stderr));
    let said = text(&first.stderr);
    assert!(said.contains("15 records; 29 errors"), "{said}");
    assert!(
        said.contains("jos: 29 cells of `pilots.csv` can be fixed in one step: jos check pilots.csv --fix --out pilots.fixed.csv"),
        "{said}"
    );
    let fix = jos(
        &dir,
        &[
            "check",
            "pilots.csv",
            "--fix",
            "--out",
            "pilots.fixed.csv",
            "--changes",
            "changes.csv",
        ],
    );
    let stderr = text(&fix.stderr);
    assert_eq!(fix.status.code(), Some(0), "{stderr}");
    assert!(
        stderr.contains("29 changes made in `pilots.fixed.csv`"),
        "{stderr}"
    );
    assert!(
        stderr
            .contains("J12 (Onderwijs, record `utrecht-stedelijk-vo-team`): `VO, VSO` -> `vo;vso`"),
        "{stderr}"
    );
    assert_eq!(
        std::fs::read(dir.join("pilots.csv")).unwrap(),
        input,
        "the input is untouched"
    );
    let out = std::fs::read(dir.join("pilots.fixed.csv")).unwrap();
    // The file's own form: byte order mark, `;`, CRLF on every line.
    assert!(out.starts_with(b"\xEF\xBB\xBFid;Naam;Regio;"));
    let lines = out.split(|&b| b == b'\n').filter(|l| !l.is_empty()).count();
    assert_eq!(out.windows(2).filter(|w| w == b"\r\n").count(), lines);
    assert_eq!(lines, 16);
    let log = text(&std::fs::read(dir.join("changes.csv")).unwrap());
    assert_eq!(log.lines().count(), 30, "{log}");
    assert!(
        log.contains(
            "8,E,E8,Begin,amsterdam-mbo-jeugdteams,1-2015,2015-01,\"ISO date, read as month-year\""
        ),
        "{log}"
    );
    let again = jos(&dir, &["check", "pilots.fixed.csv"]);
    assert_eq!(again.status.code(), Some(0), "{}", text(&again.stderr));
    assert!(text(&again.stderr).contains("15 records; 0 errors, 0 warnings"));
    // Fixing the fixed file changes nothing.
    let twice = jos(
        &dir,
        &["check", "pilots.fixed.csv", "--fix", "--out", "twice.csv"],
    );
    assert_eq!(twice.status.code(), Some(0));
    assert_eq!(std::fs::read(dir.join("twice.csv")).unwrap(), out);
    dir
}

#[test]
fn the_dutch_excel_workflow_ends_in_a_checked_file_and_a_summary() {
    let dir = fixed("summary");
    let summary = jos(&dir, &["summary", "pilots.fixed.csv"]);
    assert_eq!(summary.status.code(), Some(0), "{}", text(&summary.stderr));
    let md = text(&summary.stdout);
    assert!(md.contains("15 records"), "{md}");
    // The broken input is refused by summary, with the way on.
    let refused = jos(&dir, &["summary", "pilots.csv"]);
    assert_eq!(refused.status.code(), Some(1));
    assert!(text(&refused.stderr).contains("jos check"));
}

#[test]
fn fix_never_writes_over_its_input_and_leaves_workbooks_alone() {
    let dir = scratch("refusals");
    std::fs::write(dir.join("p.csv"), "id,education\np1,VO\n").unwrap();
    let same = jos(&dir, &["check", "p.csv", "--fix", "--out", "./p.csv"]);
    assert_eq!(same.status.code(), Some(2));
    assert!(text(&same.stderr).contains("never overwrites its input"));
    assert_eq!(
        std::fs::read(dir.join("p.csv")).unwrap(),
        b"id,education\np1,VO\n"
    );
    let none = jos(&dir, &["check", "p.csv", "--fix"]);
    assert_eq!(none.status.code(), Some(2), "--fix needs --out");
    std::fs::write(dir.join("fixed.csv"), "keep").unwrap();
    let exists = jos(&dir, &["check", "p.csv", "--fix", "--out", "fixed.csv"]);
    assert_eq!(exists.status.code(), Some(2));
    assert_eq!(std::fs::read(dir.join("fixed.csv")).unwrap(), b"keep");
    std::fs::copy("tests/fixtures/spreadsheets/pilots.ods", dir.join("p.ods")).unwrap();
    let sheet = jos(&dir, &["check", "p.ods", "--fix", "--out", "q.ods"]);
    assert_eq!(sheet.status.code(), Some(2));
    assert!(text(&sheet.stderr).contains("save the sheet as \"CSV UTF-8\""));
    assert!(!dir.join("q.ods").exists());
}

#[test]
fn yaml_and_json_are_fixed_in_their_text() {
    let dir = scratch("text");
    let yaml = "# pilots\n- id: p1\n  status: Pilot  # zo genoemd\n  tags:\n    role:\n      - SMW\n    setting: [onbekend]\n";
    std::fs::write(dir.join("p.yaml"), yaml).unwrap();
    let fix = jos(
        &dir,
        &[
            "check", "p.yaml", "--fix", "--out", "q.yaml", "--format", "json",
        ],
    );
    let report: serde_json::Value = serde_json::from_slice(&fix.stdout).unwrap();
    let places: Vec<&str> = report["changes"]
        .as_array()
        .unwrap()
        .iter()
        .map(|c| c["place"].as_str().unwrap())
        .collect();
    assert_eq!(places, ["3:11", "6:9", "7:15"], "{report}");
    assert_eq!(
        std::fs::read_to_string(dir.join("q.yaml")).unwrap(),
        "# pilots\n- id: p1\n  status: pilot  # zo genoemd\n  tags:\n    role:\n      - school-social-worker\n    setting: []\n"
    );
    let json =
        "[{\"id\": \"p1\", \"start\": \"9-2020\", \"tags\": {\"education\": [\"VO\", \"Mbo\"]}}]\n";
    std::fs::write(dir.join("p.json"), json).unwrap();
    let fix = jos(&dir, &["check", "p.json", "--fix", "--out", "q.json"]);
    assert_eq!(fix.status.code(), Some(0), "{}", text(&fix.stderr));
    assert_eq!(
        std::fs::read_to_string(dir.join("q.json")).unwrap(),
        "[{\"id\": \"p1\", \"start\": \"2020-09\", \"tags\": {\"education\": [\"vo\", \"mbo\"]}}]\n"
    );
}

#[test]
fn a_windows_1252_file_is_fixed_in_windows_1252() {
    let dir = scratch("cp1252");
    let input = b"id;name;education\r\np1;Caf\xe9 de school;VO\r\n";
    std::fs::write(dir.join("p.csv"), input).unwrap();
    let fix = jos(&dir, &["check", "p.csv", "--fix", "--out", "f.csv"]);
    assert_eq!(fix.status.code(), Some(0), "{}", text(&fix.stderr));
    assert_eq!(
        std::fs::read(dir.join("f.csv")).unwrap(),
        b"id;name;education\r\np1;Caf\xe9 de school;vo\r\n"
    );
}

/// How many records of the fixed file carry `mbo`, and how many give the setting as unknown.
fn counts(dir: &Path) -> (usize, usize) {
    let bytes = std::fs::read(dir.join("pilots.fixed.csv")).unwrap();
    let records: Vec<_> = RecordReader::from_bytes("pilots.fixed.csv", bytes, Format::Csv)
        .with_taxonomy(Taxonomy::builtin())
        .map(Result::unwrap)
        .collect();
    let mbo = records
        .iter()
        .filter(|r| r.codes("education").any(|c| c == "mbo"))
        .count();
    let unknown = records
        .iter()
        .filter(|r| {
            r.tags
                .iter()
                .any(|t| t.facet.value == "setting" && t.codes.iter().all(|c| c.value == "?"))
        })
        .count();
    assert!(mbo > 0 && unknown > 0);
    (mbo, unknown)
}

/// The analysis exports of the README, with the options given.
const EXPORTS: [(&str, &str); 3] = [
    ("spss", "pilots-spss.sps"),
    ("r", "pilots-r.R"),
    ("xlsx", "pilots.xlsx"),
];

/// The files they write.
const WRITTEN: [&str; 5] = [
    "pilots-spss.csv",
    "pilots-spss.sps",
    "pilots-r.csv",
    "pilots-r.R",
    "pilots.xlsx",
];

fn export_all(dir: &Path, extra: &[&str]) {
    for (format, out) in EXPORTS {
        let mut args = vec![
            "export",
            "pilots.fixed.csv",
            "--format",
            format,
            "--out",
            out,
        ];
        args.extend_from_slice(extra);
        let o = jos(dir, &args);
        assert_eq!(o.status.code(), Some(0), "{format}: {}", text(&o.stderr));
    }
}

/// Every analysis export of the fixed file, and the same bytes a second time.
fn exports(dir: &Path) {
    export_all(dir, &[]);
    let first: Vec<Vec<u8>> = WRITTEN
        .iter()
        .map(|f| std::fs::read(dir.join(f)).unwrap())
        .collect();
    let refused = jos(
        dir,
        &[
            "export",
            "pilots.fixed.csv",
            "--format",
            "spss",
            "--out",
            "pilots-spss.sps",
        ],
    );
    assert_eq!(refused.status.code(), Some(2), "existing files are kept");
    export_all(dir, &["--force"]);
    for (f, bytes) in WRITTEN.iter().zip(&first) {
        assert_eq!(
            &std::fs::read(dir.join(f)).unwrap(),
            bytes,
            "{f} is deterministic"
        );
    }
}

/// Whether a program runs; under CI its absence is a failure.
fn have(program: &str, debian: &str) -> bool {
    if Command::new(program).arg("--version").output().is_ok() {
        return true;
    }
    let message = format!("{program} is not installed (Debian package `{debian}`)");
    assert!(
        std::env::var_os("CI").is_none(),
        "{message}\n(CI is set, so this test may not be skipped)"
    );
    let _ = writeln!(std::io::stderr(), "analysis test skipped: {message}");
    false
}

#[test]
fn pspp_reads_the_spss_export_with_labels_and_missing_values() {
    if !have("pspp", "pspp") {
        return;
    }
    let dir = fixed("pspp");
    exports(&dir);
    // Run the generated syntax, save the data as a .sav file, and read that back.
    std::fs::write(
        dir.join("run.sps"),
        "INCLUDE FILE='pilots-spss.sps'.\nSAVE OUTFILE='data.sav'.\nNEW FILE.\nGET FILE='data.sav'.\n\
         DISPLAY DICTIONARY /VARIABLES=organisation_model organisation_model_pos education_mbo setting_status status.\n\
         FREQUENCIES setting_status education_mbo organisation_model.\n",
    )
    .unwrap();
    let run = Command::new("pspp")
        .args(["run.sps", "-O", "format=txt", "-o", "out.txt"])
        .current_dir(&dir)
        .output()
        .expect("pspp runs");
    let out = std::fs::read_to_string(dir.join("out.txt")).unwrap_or_default();
    assert!(run.status.success(), "{}\n{out}", text(&run.stderr));
    for bad in ["error", "warning", "Error", "Warning"] {
        assert!(!out.contains(bad), "PSPP reports a problem:\n{out}");
    }
    let t = Taxonomy::builtin();
    let label = |id: &str| t.concept(id).unwrap().label.best(Lang::Nl).to_owned();
    let facet = |id: &str| t.facet(id).unwrap().label.best(Lang::Nl).to_owned();
    // Words are wrapped in PSPP's table cells: compare without the layout.
    let flat: String = out
        .split(|c: char| c.is_whitespace() || c == '|')
        .filter(|w| !w.is_empty() && !w.chars().all(|c| matches!(c, '+' | '-' | '=')))
        .collect::<Vec<_>>()
        .join(" ");
    for expected in [
        facet("organisation-model"),
        label("mbo-as-neighbourhood"),
        format!("{}: {}", facet("education"), label("mbo")),
        "onbekend (?)".to_owned(),
        "niet getagd".to_owned(),
        "User-missing value".to_owned(),
        "staande praktijk".to_owned(),
        "Ordinal".to_owned(),
    ] {
        let words = expected.split_whitespace().collect::<Vec<_>>().join(" ");
        assert!(
            flat.contains(&words),
            "`{expected}` is not in PSPP's output:\n{out}"
        );
    }
    // The 15 cases arrived, the mbo ones as the sheet says, and the `?` settings are
    // user-missing, not "no".
    let (mbo, unknown) = counts(&dir);
    assert!(flat.contains(&format!("ja {mbo} ")), "{out}");
    assert!(flat.contains("Total 15 100.0%"), "{out}");
    assert!(
        flat.contains(&format!("Missing onbekend (?) {unknown} ")),
        "{out}"
    );
}

#[test]
fn r_reads_the_r_export_with_factor_levels_and_labels() {
    if !have("Rscript", "r-base-core") {
        return;
    }
    let dir = fixed("r");
    exports(&dir);
    let script = r#"
        source("pilots-r.R")
        stopifnot(nrow(jos) == 15)
        cat("levels:", paste(levels(jos$organisation_model), collapse = "|"), "\n")
        cat("ordered:", is.ordered(jos$organisation_model), "\n")
        cat("stay:", is.ordered(jos$stay), "\n")
        cat("status:", paste(levels(jos$setting_status), collapse = "|"), "\n")
        cat("unknown settings:", sum(jos$setting_status == "onbekend (?)"), "\n")
        cat("mbo:", sum(jos$education_mbo, na.rm = TRUE), class(jos$education_mbo), "\n")
        cat("label:", attr(jos$education_mbo, "label"), "\n")
        cat("notes:", jos$notes[1], "\n")
    "#;
    let run = Command::new("Rscript")
        .args(["--vanilla", "-e", script])
        .current_dir(&dir)
        .env("LANG", "C.UTF-8")
        .output()
        .expect("Rscript runs");
    let out = text(&run.stdout);
    assert!(run.status.success(), "{}\n{out}", text(&run.stderr));
    let t = Taxonomy::builtin();
    let f = t.facet("organisation-model").unwrap();
    let levels: Vec<&str> = f
        .in_order()
        .iter()
        .map(|c| c.label.best(Lang::Nl))
        .collect();
    assert!(
        out.contains(&format!("levels: {} \n", levels.join("|"))),
        "{out}"
    );
    assert!(out.contains(&format!(
        "ordered: {} \n",
        if f.ordered { "TRUE" } else { "FALSE" }
    )));
    assert!(out.contains("stay: TRUE"), "{out}");
    assert!(
        out.contains("status: gecodeerd|onbekend (?)|niet getagd"),
        "{out}"
    );
    let (mbo, unknown) = counts(&dir);
    assert!(
        out.contains(&format!("unknown settings: {unknown} \n")),
        "{out}"
    );
    assert!(out.contains(&format!("mbo: {mbo} integer")), "{out}");
    let mbo = format!(
        "label: {}: {}",
        t.facet("education").unwrap().label.best(Lang::Nl),
        t.concept("mbo").unwrap().label.best(Lang::Nl)
    );
    assert!(out.contains(&mbo), "{out}");
    assert!(out.contains("notes: Bronnen en toelichting"), "{out}");
}

#[test]
fn the_workbook_holds_the_data_as_numbers_and_the_codebook() {
    use calamine::{Data, Reader, Xlsx, open_workbook};
    let dir = fixed("xlsx");
    exports(&dir);
    let mut book: Xlsx<_> = open_workbook(dir.join("pilots.xlsx")).unwrap();
    assert_eq!(book.sheet_names(), ["Gegevens", "Codeboek"]);
    let data = book.worksheet_range("Gegevens").unwrap();
    let rows: Vec<&[Data]> = data.rows().collect();
    assert_eq!(rows.len(), 16);
    let header: Vec<String> = rows[0].iter().map(ToString::to_string).collect();
    let csv = text(&std::fs::read(dir.join("pilots-spss.csv")).unwrap());
    assert_eq!(
        header.join(","),
        csv.lines().next().unwrap(),
        "the same variables as the CSV"
    );
    let col = header.iter().position(|h| h == "education_mbo").unwrap();
    assert!(matches!(rows[1][col], Data::Float(_)), "{:?}", rows[1][col]);
    let codebook = book.worksheet_range("Codeboek").unwrap();
    assert!(codebook.rows().any(|r| r[0] == "organisation_model_pos"));
}

#[test]
fn variable_names_are_valid_in_spss_stata_and_r_for_every_release() {
    let mut taxonomies = vec![Taxonomy::builtin()];
    for r in Taxonomy::releases() {
        taxonomies.extend(Taxonomy::release(&r.version.to_string()));
    }
    for t in taxonomies {
        let data = Dataset::codebook(t);
        let mut seen = std::collections::HashSet::new();
        for v in data.variables() {
            let n = &v.name;
            assert!(n.len() <= MAX_NAME_LEN && !n.is_empty(), "{n}");
            assert!(n.starts_with(|c: char| c.is_ascii_lowercase()), "{n}");
            assert!(
                n.bytes()
                    .all(|b| b.is_ascii_lowercase() || b.is_ascii_digit() || b == b'_'),
                "{n}"
            );
            assert!(!n.ends_with('_'), "{n}");
            assert!(seen.insert(n.clone()), "{n} twice in {}", t.version());
        }
        // Every concept of every multi-valued facet has its 0/1 column.
        for f in t.tag_facets() {
            let dummies = data
                .variables()
                .iter()
                .filter(|v| v.kind == Kind::Dummy && v.facet.as_deref() == Some(&f.id))
                .count();
            let live = f.concepts.iter().filter(|c| !c.is_deprecated()).count();
            let expected = if f.cardinality == jeugdhulp_op_school::model::Cardinality::Single {
                0
            } else {
                live
            };
            assert_eq!(dummies, expected, "{}", f.id);
        }
    }
}

#[test]
fn every_field_is_kept_and_unknown_is_not_not_tagged() {
    let csv = "id,name,education,stay,Projectleider,notes,schools\n\
               p1,Eén,mbo,?,Anna,\"-let op\r\nregel twee\",A; B\n\
               p2,Twee,?,,,,\n";
    let records = parse_str("p.csv", csv, Format::Csv).unwrap();
    let data = Dataset::new(Taxonomy::builtin(), records);
    let out = text(&data.to_csv());
    let rows: Vec<Vec<String>> = csv::Reader::from_reader(out.as_bytes())
        .records()
        .map(|r| r.unwrap().iter().map(str::to_owned).collect())
        .collect();
    let names: Vec<&str> = data.variables().iter().map(|v| v.name.as_str()).collect();
    let cell =
        |row: usize, name: &str| rows[row][names.iter().position(|n| *n == name).unwrap()].clone();
    assert_eq!(cell(0, "projectleider"), "Anna");
    assert_eq!(
        cell(0, "notes"),
        "'-let op regel twee",
        "texts are safe to open in a spreadsheet, and on one line for SPSS"
    );
    assert_eq!(cell(0, "schools"), "A; B");
    assert_eq!(cell(0, "name"), "Eén");
    assert_eq!(
        (cell(0, "stay"), cell(0, "stay_status"), cell(0, "stay_pos")),
        ("?".into(), "-1".into(), "-1".into())
    );
    assert_eq!(
        (cell(1, "stay"), cell(1, "stay_status"), cell(1, "stay_pos")),
        ("".into(), "-2".into(), "-2".into())
    );
    assert_eq!(
        (cell(1, "education"), cell(1, "education_mbo")),
        ("?".into(), "-1".into())
    );
    assert_eq!(cell(0, "education_mbo"), "1");
    assert_eq!(cell(0, "education_vo"), "0");
    // The codebook names every value and says which are missing.
    let codebook = text(&data.codebook_csv(Lang::En));
    assert!(
        codebook.contains("stay_pos,position,stay,,-1,onbekend (?),unknown (?),,,yes"),
        "{codebook}"
    );
    assert!(
        codebook.contains("projectleider,text,,,,Projectleider,Projectleider"),
        "{codebook}"
    );
}
