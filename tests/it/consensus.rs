//! From three coders' files to a consensus data set, as a research team does it: `jos agree`
//! with a worksheet, the team's decisions (as Dutch Excel saves them: `;`, BOM, CRLF; or as
//! `.xlsx`), `jos consensus`, and `jos check` on the result.
//!
//! The coders (tests/fixtures/consensus/) tagged 14 of the same 15 practices each, in 8 facets;
//! each skipped a different one.

use std::collections::{BTreeMap, BTreeSet};
use std::path::{Path, PathBuf};
use std::process::{Command, Output};

use jeugdhulp_op_school::Taxonomy;
use jeugdhulp_op_school::records::consensus::{Consensus, DecisionValue, Rule, read_decisions};
use jeugdhulp_op_school::records::{Format, Record, check, parse_str, read_path};

const CODERS: [&str; 3] = [
    "tests/fixtures/consensus/ann.yaml",
    "tests/fixtures/consensus/bob.yaml",
    "tests/fixtures/consensus/cas.yaml",
];

fn jos(args: &[&str]) -> Output {
    Command::new(env!("CARGO_BIN_EXE_jos"))
        .args(args)
        .current_dir(env!("CARGO_MANIFEST_DIR"))
        .env("NO_COLOR", "1")
        .output()
        .expect("jos runs")
}

fn text(bytes: &[u8]) -> String {
    String::from_utf8_lossy(bytes).into_owned()
}

fn scratch(name: &str) -> PathBuf {
    let dir = std::env::temp_dir().join(format!("jos-consensus-{}-{name}", std::process::id()));
    let _ = std::fs::remove_dir_all(&dir);
    std::fs::create_dir_all(&dir).unwrap();
    dir
}

fn read(path: &Path) -> Vec<Record> {
    let (records, errors) = read_path(path);
    assert!(errors.is_empty(), "{errors:?}");
    records
}

fn coders() -> Vec<Vec<Record>> {
    CODERS.iter().map(|p| read(Path::new(p))).collect()
}

/// Per record and facet, the code set of each coder who chose codes: computed here from the
/// files, independently of the library.
fn coded_points() -> BTreeMap<(String, String), Vec<BTreeSet<String>>> {
    let mut points: BTreeMap<(String, String), Vec<BTreeSet<String>>> = BTreeMap::new();
    for records in coders() {
        for r in &records {
            for t in &r.tags {
                let codes: BTreeSet<String> = t
                    .codes
                    .iter()
                    .map(|c| c.value.clone())
                    .filter(|c| c != "?")
                    .collect();
                if !codes.is_empty() {
                    points
                        .entry((r.id().to_owned(), t.facet.value.clone()))
                        .or_default()
                        .push(codes);
                }
            }
        }
    }
    points
}

#[test]
fn the_worksheet_lists_every_point_the_coders_do_not_all_agree_on() {
    let mut consensus = Consensus::new(Taxonomy::builtin());
    for (path, records) in CODERS.iter().zip(coders()) {
        let name = Path::new(path).file_stem().unwrap().to_string_lossy();
        consensus.add_coder(name, records).unwrap();
    }
    let sheet = consensus.worksheet();
    let open: BTreeSet<(String, String)> = coded_points()
        .into_iter()
        .filter(|(_, sets)| sets.len() < 2 || sets.iter().any(|s| *s != sets[0]))
        .map(|(k, _)| k)
        .collect();
    let listed: BTreeSet<(String, String)> = sheet
        .rows
        .iter()
        .map(|r| (r.record.clone(), r.facet.clone()))
        .collect();
    assert_eq!(listed, open);
    assert_eq!(listed.len(), sheet.rows.len(), "one row per point");
    assert!(sheet.rows.len() > 10, "the fixture has work to do");
    // The proposal is what more than half of the coders with codes chose.
    for row in &sheet.rows {
        let sets = &coded_points()[&(row.record.clone(), row.facet.clone())];
        if let Some(p) = &row.proposal {
            let p: BTreeSet<String> = p.iter().cloned().collect();
            let facet = Taxonomy::builtin().facet(&row.facet).unwrap();
            if facet.cardinality == jeugdhulp_op_school::Cardinality::Single {
                assert!(sets.iter().filter(|s| **s == p).count() * 2 > sets.len());
            } else {
                for code in sets.iter().flatten() {
                    let k = sets.iter().filter(|s| s.contains(code)).count();
                    assert_eq!(p.contains(code), k * 2 > sets.len(), "{row:?}");
                }
            }
        }
    }
}

/// Fills in every decision of a worksheet: the proposal where there is one, else the first
/// coder's codes; written as Dutch Excel saves "CSV UTF-8": `;`, BOM, CRLF.
fn fill_in(worksheet: &Path, out: &Path) -> usize {
    let bytes = std::fs::read(worksheet).unwrap();
    assert!(
        bytes.starts_with(b"\xEF\xBB\xBF"),
        "the worksheet has a BOM for Excel"
    );
    let mut reader = csv::Reader::from_reader(&bytes[3..]);
    let header = reader.headers().unwrap().clone();
    let col = |name: &str| header.iter().position(|h| h == name).unwrap();
    let coder_cols: Vec<usize> = (0..header.len())
        .filter(|&i| header[i].starts_with("coder: "))
        .collect();
    assert_eq!(coder_cols.len(), 3);
    let mut w = csv::WriterBuilder::new()
        .delimiter(b';')
        .terminator(csv::Terminator::CRLF)
        .from_writer(b"\xEF\xBB\xBF".to_vec());
    w.write_record(&header).unwrap();
    let mut rows = 0;
    for row in reader.records() {
        let mut row: Vec<String> = row.unwrap().iter().map(str::to_owned).collect();
        let decision = if row[col("proposal")].is_empty() {
            coder_cols
                .iter()
                .map(|&i| row[i].clone())
                .find(|c| !c.starts_with('(') && c != "?")
                .unwrap()
        } else {
            row[col("proposal")].clone()
        };
        row[col("decision")] = decision;
        row[col("reason")] = "besproken op 2 december".to_owned();
        w.write_record(&row).unwrap();
        rows += 1;
    }
    std::fs::write(out, w.into_inner().unwrap()).unwrap();
    rows
}

#[test]
fn agree_worksheet_consensus_check_from_start_to_end() {
    let dir = scratch("workflow");
    let sheet = dir.join("werkblad.csv");
    let report = dir.join("rapport.md");
    let mut args = vec!["agree"];
    args.extend(CODERS);
    let (sheet_s, report_s) = (sheet.to_str().unwrap(), report.to_str().unwrap());
    args.extend([
        "--bootstrap",
        "0",
        "--worksheet",
        sheet_s,
        "--out",
        report_s,
    ]);
    let o = jos(&args);
    assert_eq!(o.status.code(), Some(0), "{}", text(&o.stderr));
    assert!(
        text(&o.stderr).contains("points to decide"),
        "{}",
        text(&o.stderr)
    );

    // The report a team takes to its meeting: in Dutch, alpha per facet, the pairwise matrix,
    // agreement per code, coverage (each coder skipped a record) and its own definitions.
    let md = std::fs::read_to_string(&report).unwrap();
    for heading in [
        "## Betrouwbaarheid per facet",
        "## Paren van codeurs",
        "### Afwijking van de meerderheid",
        "## Overeenstemming per code",
        "## Dekking per codeur",
        "## Definities",
    ] {
        assert!(md.contains(heading), "{heading} missing in\n{md}");
    }
    assert!(md.contains("Krippendorff"), "{md}");

    // Without decisions: everything the coders agree on, every other point flagged, exit 1.
    let open = dir.join("open.yaml");
    let mut args = vec!["consensus"];
    args.extend(CODERS);
    args.extend(["--out", open.to_str().unwrap()]);
    let o = jos(&args);
    let stderr = text(&o.stderr);
    assert_eq!(o.status.code(), Some(1), "{stderr}");
    let rows = fill_in(&sheet, &dir.join("beslissingen.csv"));
    assert_eq!(
        stderr.matches("warning[consensus-undecided]").count(),
        rows,
        "{stderr}"
    );
    assert!(stderr.contains("0 decided, "), "{stderr}");
    let open_records = read(&open);
    assert_eq!(open_records.len(), 15, "every practice any coder tagged");
    let undecided: usize = open_records
        .iter()
        .map(|r| {
            r.extra
                .iter()
                .find(|(k, _)| k == "consensus")
                .and_then(|(_, v)| v.get("undecided"))
                .map_or(0, |u| u.as_array().unwrap().len())
        })
        .sum();
    assert_eq!(undecided, rows, "each open point is listed in its record");

    // With the decisions, read from a semicolon CSV with BOM and CRLF: nothing open, exit 0.
    let out = dir.join("consensus.yaml");
    let decisions = dir.join("beslissingen.csv");
    let mut args = vec!["consensus"];
    args.extend(CODERS);
    args.extend([
        "--decisions",
        decisions.to_str().unwrap(),
        "--out",
        out.to_str().unwrap(),
    ]);
    let o = jos(&args);
    let stderr = text(&o.stderr);
    assert_eq!(o.status.code(), Some(0), "{stderr}");
    assert!(
        stderr.contains(&format!("{rows} decided, 0 open")),
        "{stderr}"
    );

    // `jos check` accepts the consensus, and it is what the research analyses.
    let o = jos(&["check", out.to_str().unwrap()]);
    assert_eq!(o.status.code(), Some(0), "{}", text(&o.stdout));
    let records = read(&out);
    assert!(check(Taxonomy::builtin(), &records, &Default::default()).is_empty());
    let points = coded_points();
    for r in &records {
        assert_eq!(r.coder.as_ref().unwrap().value, "consensus");
        let provenance = &r.extra.iter().find(|(k, _)| k == "consensus").unwrap().1;
        let coders = provenance["coders"].as_array().unwrap();
        assert_eq!(
            coders.len(),
            2 + usize::from(coders.len() == 3),
            "{provenance}"
        );
        let decided: BTreeSet<&str> = provenance
            .get("decisions")
            .map(|d| {
                d.as_array()
                    .unwrap()
                    .iter()
                    .map(|d| {
                        assert_eq!(d["reason"], "besproken op 2 december");
                        let at = d["worksheet"].as_str().unwrap();
                        assert!(at.contains("beslissingen.csv:"), "{at}");
                        d["facet"].as_str().unwrap()
                    })
                    .collect()
            })
            .unwrap_or_default();
        // Where the coders all agreed (two or more), the consensus is their value.
        for t in &r.tags {
            let key = (r.id().to_owned(), t.facet.value.clone());
            let codes: BTreeSet<String> = t.codes.iter().map(|c| c.value.clone()).collect();
            if let Some(sets) = points.get(&key)
                && !decided.contains(t.facet.value.as_str())
            {
                assert!(
                    sets.len() >= 2 && sets.iter().all(|s| *s == codes),
                    "{key:?}"
                );
            }
        }
    }
    // A decision's position is the row and column of its cell in the worksheet.
    let first = read_decisions(
        decisions.to_str().unwrap(),
        &std::fs::read(&decisions).unwrap(),
    )
    .unwrap();
    assert_eq!(first.len(), rows);
    assert_eq!(first[0].location.line, 2);
    assert_eq!(
        first[0].location.column, 9,
        "record,name,facet,3 coders,proposal,definitions,decision"
    );
    std::fs::remove_dir_all(&dir).unwrap();
}

#[test]
fn the_majority_rule_settles_what_two_of_three_coders_chose() {
    let build = |rule| {
        let mut consensus = Consensus::new(Taxonomy::builtin());
        for (path, records) in CODERS.iter().zip(coders()) {
            let name = Path::new(path).file_stem().unwrap().to_string_lossy();
            consensus.add_coder(name, records).unwrap();
        }
        let sheet = consensus.worksheet();
        let result = consensus.build(rule, &[]);
        (sheet, result)
    };
    let (sheet, all) = build(Rule::All);
    let (_, majority) = build(Rule::Majority);
    assert_eq!(all.undecided.len(), sheet.rows.len());
    let proposals = sheet.rows.iter().filter(|r| r.proposal.is_some()).count();
    assert!(proposals > 0);
    assert_eq!(majority.undecided.len(), sheet.rows.len() - proposals);
    for row in sheet.rows.iter().filter(|r| r.proposal.is_some()) {
        let r = majority
            .records
            .iter()
            .find(|r| r.id() == row.record)
            .unwrap();
        let codes: Vec<&str> = r.codes(&row.facet).collect();
        let mut expected: Vec<&str> = row
            .proposal
            .as_ref()
            .unwrap()
            .iter()
            .map(String::as_str)
            .collect();
        expected.sort_unstable();
        let mut codes = codes;
        codes.sort_unstable();
        assert_eq!(codes, expected, "{row:?}");
    }
    let (_, two) = build(Rule::AtLeast(2));
    assert_eq!(
        two.undecided.len(),
        majority.undecided.len(),
        "with three coders, 2 is a majority"
    );
}

#[test]
fn decisions_that_cannot_be_applied_are_all_reported_at_their_cells_and_nothing_is_written() {
    let dir = scratch("bad");
    let sheet = dir.join("werkblad.csv");
    std::fs::write(
        &sheet,
        "record;facet;decision;reason\r\n\
         kraaienest-ipse-de-bruggen;setting;in-clas;typo\r\n\
         kraaienest-ipse-de-bruggen;target;individual-student, teachers;comma\r\n\
         no-such-practice;setting;in-class;wrong id\r\n\
         kraaienest-ipse-de-bruggen;stting;in-class;wrong facet\r\n\
         kraaienest-ipse-de-bruggen;organisation-model;based-at-school; embedded-in-teaching;two in a single facet\r\n",
    )
    .unwrap();
    let out = dir.join("consensus.yaml");
    let mut args = vec!["consensus"];
    args.extend(CODERS);
    args.extend([
        "--decisions",
        sheet.to_str().unwrap(),
        "--out",
        out.to_str().unwrap(),
    ]);
    // The comma is a finding of the reader: it stops before the others are looked at.
    let o = jos(&args);
    let stderr = text(&o.stderr);
    assert_eq!(o.status.code(), Some(1), "{stderr}");
    assert!(stderr.contains("werkblad.csv!C3"), "{stderr}");
    assert!(
        stderr.contains("separate codes with `;`: `individual-student;teachers`"),
        "{stderr}"
    );
    assert!(!out.exists());

    // Without the comma: every other problem, in one run, each at its cell.
    let fixed = std::fs::read_to_string(&sheet)
        .unwrap()
        .replace(
            "individual-student, teachers",
            "individual-student; teachers",
        )
        .replace(
            "organisation-model;based-at-school; embedded-in-teaching;",
            "organisation-model;\"based-at-school; embedded-in-teaching\";",
        );
    std::fs::write(&sheet, fixed).unwrap();
    let o = jos(&args);
    let stderr = text(&o.stderr);
    assert_eq!(o.status.code(), Some(1), "{stderr}");
    for expected in [
        "werkblad.csv!C2",
        "did you mean `in-class`?",
        "werkblad.csv!C4",
        "matches no record of the coders",
        "werkblad.csv!C5",
        "facet `stting`",
        "werkblad.csv!C6",
        "takes one",
    ] {
        assert!(stderr.contains(expected), "{expected} missing in\n{stderr}");
    }
    assert!(
        !out.exists(),
        "no consensus from decisions that cannot be applied"
    );
    std::fs::remove_dir_all(&dir).unwrap();
}

#[test]
fn an_xlsx_worksheet_is_written_deterministically_and_read_back_with_its_positions() {
    let dir = scratch("xlsx");
    let (a, b) = (dir.join("a.xlsx"), dir.join("b.xlsx"));
    for path in [&a, &b] {
        let mut args = vec!["agree"];
        args.extend(CODERS);
        args.extend(["--bootstrap", "0", "--worksheet", path.to_str().unwrap()]);
        let o = jos(&args);
        assert_eq!(o.status.code(), Some(0), "{}", text(&o.stderr));
    }
    let bytes = std::fs::read(&a).unwrap();
    assert_eq!(bytes, std::fs::read(&b).unwrap(), "same input, same bytes");

    // Read back by an independent reader: the header, one row per open point, Dutch help.
    use calamine::{Reader, Xlsx, open_workbook_from_rs};
    let mut book: Xlsx<_> = open_workbook_from_rs(std::io::Cursor::new(bytes.clone())).unwrap();
    assert_eq!(book.sheet_names(), ["Beslissingen", "Uitleg"]);
    let range = book.worksheet_range_at(0).unwrap().unwrap();
    let header: Vec<String> = range
        .rows()
        .next()
        .unwrap()
        .iter()
        .map(|c| c.to_string())
        .collect();
    assert_eq!(
        header,
        [
            "record",
            "name",
            "facet",
            "coder: ann",
            "coder: bob",
            "coder: cas",
            "proposal",
            "definitions",
            "decision",
            "reason"
        ]
    );
    let csv = {
        let csv_path = dir.join("a.csv");
        let mut args = vec!["agree"];
        args.extend(CODERS);
        args.extend([
            "--bootstrap",
            "0",
            "--worksheet",
            csv_path.to_str().unwrap(),
        ]);
        assert_eq!(jos(&args).status.code(), Some(0));
        std::fs::read(&csv_path).unwrap()
    };
    let csv_rows = csv::Reader::from_reader(&csv[3..]).records().count();
    assert_eq!(range.height(), csv_rows + 1, "the same rows as the CSV");
    // Nothing decided yet.
    assert_eq!(read_decisions("a.xlsx", &bytes).unwrap(), []);

    // A workbook as a person leaves it: the table moved down and right, decisions filled in.
    let mut book = rust_xlsxwriter::Workbook::new();
    let sheet = book.add_worksheet();
    sheet.write_string(0, 0, "Consensus, ronde 1").unwrap();
    for (c, h) in ["record", "facet", "Decision", "reason"].iter().enumerate() {
        sheet.write_string(2, 1 + c as u16, *h).unwrap();
    }
    let rows = [
        [
            "kraaienest-ipse-de-bruggen",
            "setting",
            "in-class; on-school-premises",
            "samen",
        ],
        ["kraaienest-ipse-de-bruggen", "target", "", ""],
        ["prodeba-het-avontuur", "intensity", "?", "geen bron"],
    ];
    for (r, row) in rows.iter().enumerate() {
        for (c, cell) in row.iter().enumerate() {
            sheet
                .write_string(3 + r as u32, 1 + c as u16, *cell)
                .unwrap();
        }
    }
    let filled = book.save_to_buffer().unwrap();
    let decisions = read_decisions("filled.xlsx", &filled).unwrap();
    assert_eq!(decisions.len(), 2, "the empty decision is not a decision");
    assert_eq!(
        decisions[0].value,
        DecisionValue::Codes(vec!["in-class".into(), "on-school-premises".into()])
    );
    assert_eq!(
        decisions[0].location.to_string(),
        "filled.xlsx!Sheet1!D4",
        "row 4, column D"
    );
    assert_eq!(decisions[1].value, DecisionValue::Unknown);
    assert_eq!(decisions[1].reason, "geen bron");
    std::fs::remove_dir_all(&dir).unwrap();
}

#[test]
fn the_consensus_keeps_every_field_and_says_where_coders_wrote_them_differently() {
    let read = |name, yaml| parse_str(name, yaml, Format::Yaml).unwrap();
    let ann = read(
        "ann.yaml",
        "- id: p1\n  name: De Bron\n  region: Almere\n  tags: {education: [po]}\n  coder: ann\n  notes: site visit\n  bron_url: https://example.org/a\n",
    );
    let bob = read(
        "bob.yaml",
        "- id: p1\n  name: De Bron (Almere)\n  organisations: {schools: [De Bron]}\n  tags: {education: [po]}\n  coder: bob\n  notes: annual report\n",
    );
    let mut consensus = Consensus::new(Taxonomy::builtin());
    consensus.add_coder("ann", ann).unwrap();
    consensus.add_coder("bob", bob).unwrap();
    let result = consensus.build(Rule::All, &[]);
    let r = &result.records[0];
    assert_eq!(
        r.name.as_ref().unwrap().value,
        "De Bron",
        "the first coder's"
    );
    assert_eq!(r.region.as_ref().unwrap().value, "Almere");
    assert_eq!(
        r.organisations.schools[0].value, "De Bron",
        "from whoever wrote it"
    );
    assert_eq!(
        r.notes.as_ref().unwrap().value,
        "ann: site visit\nbob: annual report"
    );
    assert_eq!(r.extra[0].0, "bron_url");
    let provenance = &r.extra[1].1;
    assert_eq!(provenance["differing_fields"], serde_json::json!(["name"]));
    // Written and read back as YAML, the same record.
    let yaml = jeugdhulp_op_school::records::consensus::to_yaml(&result.records, "test");
    let again = parse_str("c.yaml", &yaml, Format::Yaml).unwrap();
    assert_eq!(
        again[0].notes.as_ref().unwrap().value,
        "ann: site visit\nbob: annual report"
    );
    assert_eq!(again[0].extra, r.extra, "{yaml}");
    assert_eq!(again[0].codes("education").collect::<Vec<_>>(), ["po"]);
}
