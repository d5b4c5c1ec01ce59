//! Records as researchers keep them: CSV as Dutch Excel writes it (`;`, BOM, CRLF, Windows-1252)
//! and workbooks (`.xlsx`), with every position the cell a spreadsheet shows.

use std::path::PathBuf;
use std::process::{Command, Output};

use jeugdhulp_op_school::records::{Format, ReadOptions, Record, RecordReader};
use jeugdhulp_op_school::{Code, Diagnostic, Taxonomy};

fn read(name: &str, bytes: &[u8], options: &ReadOptions) -> Vec<Result<Record, Diagnostic>> {
    let format = Format::from_path(name.as_ref()).unwrap();
    let facets = Taxonomy::builtin().facets().iter().map(|f| f.id.clone());
    RecordReader::from_reader_with(name, std::io::Cursor::new(bytes.to_vec()), format, options)
        .with_facets(facets)
        .collect()
}

fn records(items: &[Result<Record, Diagnostic>]) -> Vec<&Record> {
    items.iter().filter_map(|i| i.as_ref().ok()).collect()
}

/// Where each record starts and where its intensity cell is, as displayed.
fn positions(items: &[Result<Record, Diagnostic>]) -> Vec<(String, String)> {
    records(items)
        .iter()
        .map(|r| {
            let intensity = r
                .tags
                .iter()
                .find(|t| t.facet.value == "intensity")
                .unwrap();
            (
                r.id.as_ref().unwrap().value.clone(),
                intensity.codes[0].location.to_string(),
            )
        })
        .collect()
}

#[test]
fn positions_are_the_rows_and_columns_for_lf_crlf_blank_lines_bom_and_multi_line_cells() {
    // Line 1 header, 2 p1, 3 blank, 4 p2, 5-6 p3 (a cell with a line break), 7 p4, 8 a row of
    // empty cells (as a spreadsheet saves an empty row), 9 p5.
    let lf = "id,intensity,notes\np1,a,\n\np2,b,\np3,c,\"two\nlines\"\np4,d,\n,, \np5,e,\n";
    let expected = [
        ("p1", "x.csv!B2"),
        ("p2", "x.csv!B4"),
        ("p3", "x.csv!B5"),
        ("p4", "x.csv!B7"),
        ("p5", "x.csv!B9"),
    ]
    .map(|(a, b)| (a.to_owned(), b.to_owned()));
    let crlf = lf.replace('\n', "\r\n");
    let bom = format!("\u{feff}{crlf}");
    for text in [lf, crlf.as_str(), bom.as_str()] {
        let items = read("x.csv", text.as_bytes(), &ReadOptions::default());
        assert_eq!(positions(&items), expected, "{text:?}");
    }
}

#[test]
fn the_separator_is_read_from_the_header_or_given() {
    for (text, delimiter) in [
        ("id;intensity;education\r\np1;a;vo;po\r\n", b';'),
        ("id\tintensity\teducation\np1\ta\tvo\n", b'\t'),
        ("\"id;x\",intensity,education\np1,a,vo\n", b','),
    ] {
        let mut reader = RecordReader::from_reader_with(
            "x.csv",
            text.as_bytes(),
            Format::Csv,
            &ReadOptions::default(),
        );
        assert_eq!(reader.delimiter(), Some(delimiter), "{text:?}");
        assert!(reader.next().is_some());
    }
    // Given, it wins over the header.
    let options = ReadOptions::default().with_delimiter(b',');
    let items = read("x.csv", b"id;intensity\np1;a\n", &options);
    let r = records(&items);
    assert!(r[0].id.is_none(), "read with `,` the header is one column");
}

#[test]
fn windows_1252_is_read_whole_with_one_warning_naming_the_encoding() {
    let bytes = std::fs::read("tests/fixtures/records/legacy-encoding.csv").unwrap();
    let items = read("legacy.csv", &bytes, &ReadOptions::default());
    let warnings: Vec<&Diagnostic> = items.iter().filter_map(|i| i.as_ref().err()).collect();
    assert_eq!(warnings.len(), 1, "{warnings:?}");
    assert_eq!(warnings[0].code, Code::LegacyEncoding);
    assert!(warnings[0].message.contains("Windows-1252"));
    assert_eq!(warnings[0].line, 2);
    let r = records(&items);
    assert_eq!(r.len(), 2, "no row is lost");
    let name = &r[0].name.as_ref().unwrap().value;
    assert!(name.contains("café") && name.contains("€ 40.000"), "{name}");
    assert!(r[1].name.as_ref().unwrap().value.contains('–'));
    // UTF-8 from the start to the end gives no warning.
    let utf8 = String::from_utf8_lossy(&bytes).replace('\u{fffd}', "é");
    let items = read("utf8.csv", utf8.as_bytes(), &ReadOptions::default());
    assert!(items.iter().all(Result::is_ok));
}

/// A workbook as a research team keeps it: a title above the table, a date cell, a year as a
/// number, a second sheet.
fn workbook() -> Vec<u8> {
    use rust_xlsxwriter::{ExcelDateTime, Format as CellFormat, Workbook};
    let mut book = Workbook::new();
    let sheet = book.add_worksheet();
    sheet.set_name("Pilots").unwrap();
    sheet
        .write_string(0, 0, "Pilots Twente, codering ronde 1")
        .unwrap();
    let header = ["id", "name", "start", "intensity", "education", "year"];
    for (c, h) in header.iter().enumerate() {
        sheet.write_string(2, c as u16, *h).unwrap();
    }
    let date = CellFormat::new().set_num_format("dd-mm-yyyy");
    for (r, (id, intensity)) in [("p1", "help-for-established-problem"), ("p2", "bogus")]
        .iter()
        .enumerate()
    {
        let row = 3 + r as u32;
        sheet.write_string(row, 0, *id).unwrap();
        sheet.write_string(row, 1, "Proef").unwrap();
        let when = ExcelDateTime::from_ymd(2021, 9, 1).unwrap();
        sheet
            .write_datetime_with_format(row, 2, &when, &date)
            .unwrap();
        sheet.write_string(row, 3, *intensity).unwrap();
        sheet.write_string(row, 4, "vo").unwrap();
        sheet.write_number(row, 5, 2021).unwrap();
    }
    let other = book.add_worksheet();
    other.set_name("Ronde 2").unwrap();
    other.write_string(0, 0, "id").unwrap();
    other.write_string(0, 1, "intensity").unwrap();
    other.write_string(1, 0, "q1").unwrap();
    other
        .write_string(1, 1, "help-for-established-problem")
        .unwrap();
    book.save_to_buffer().unwrap()
}

#[test]
fn a_workbook_is_read_from_its_first_sheet_or_the_one_named() {
    let bytes = workbook();
    let items = read("pilots.xlsx", &bytes, &ReadOptions::default());
    assert_eq!(
        positions(&items),
        [
            ("p1".to_owned(), "pilots.xlsx!Pilots!D4".to_owned()),
            ("p2".to_owned(), "pilots.xlsx!Pilots!D5".to_owned())
        ],
        "the header is the first row with a cell below the title"
    );
    let r = records(&items);
    let extra = |name: &str| {
        r[0].extra
            .iter()
            .find(|(k, _)| k == name)
            .map(|(_, v)| v.as_str().unwrap().to_owned())
    };
    let start = r[0].start.as_ref().map(|f| f.value.as_str());
    assert_eq!(start, Some("2021-09-01"), "a date cell as an ISO date");
    assert_eq!(
        extra("year").as_deref(),
        Some("2021"),
        "a whole number without `.0`"
    );
    let second = read(
        "pilots.xlsx",
        &bytes,
        &ReadOptions::default().with_sheet("ronde 2"),
    );
    assert_eq!(
        positions(&second),
        [("q1".to_owned(), "pilots.xlsx!Ronde 2!B2".to_owned())]
    );
    let missing = read(
        "pilots.xlsx",
        &bytes,
        &ReadOptions::default().with_sheet("Blad9"),
    );
    let d = missing[0].as_ref().unwrap_err();
    assert!(d.message.contains("no sheet `Blad9`"), "{d}");
    assert!(
        d.hint.as_deref().unwrap().contains("`Pilots`, `Ronde 2`"),
        "{d:?}"
    );
}

fn dir(name: &str) -> PathBuf {
    let dir = std::env::temp_dir().join(format!("jos-sheets-{}-{name}", std::process::id()));
    let _ = std::fs::remove_dir_all(&dir);
    std::fs::create_dir_all(&dir).unwrap();
    dir
}

fn jos(args: &[&str]) -> Output {
    Command::new(env!("CARGO_BIN_EXE_jos"))
        .args(args)
        .env("NO_COLOR", "1")
        .output()
        .expect("jos runs")
}

#[test]
fn jos_check_reads_dutch_excel_csv_and_workbooks() {
    let d = dir("check");
    // Dutch Excel: semicolons, BOM, CRLF.
    let csv = d.join("pilots.csv");
    std::fs::write(
        &csv,
        "\u{feff}id;intensity;education\r\np1;help-for-established-problem;vo\r\n\r\np2;bogus;po\r\n",
    )
    .unwrap();
    let o = jos(&["check", csv.to_str().unwrap()]);
    let stderr = String::from_utf8_lossy(&o.stderr);
    assert_eq!(o.status.code(), Some(1), "{stderr}");
    assert!(stderr.contains("columns separated by `;`"), "{stderr}");
    assert!(stderr.contains("pilots.csv!B4"), "{stderr}");
    assert!(stderr.contains("1 error"), "{stderr}");
    // --delimiter is said to be the choice; with `,` the whole header is one column.
    let o = jos(&["check", "--delimiter", ",", csv.to_str().unwrap()]);
    let stderr = String::from_utf8_lossy(&o.stderr);
    assert!(!stderr.contains("columns separated"), "{stderr}");
    assert!(stderr.contains("has no `id`"), "{stderr}");
    let o = jos(&["check", "--delimiter", "ab", csv.to_str().unwrap()]);
    assert_eq!(o.status.code(), Some(2));
    // A workbook, and the same workbook saved under a .csv name.
    for name in ["pilots.xlsx", "renamed.csv"] {
        let book = d.join(name);
        std::fs::write(&book, workbook()).unwrap();
        let o = jos(&["check", book.to_str().unwrap(), "--format", "json"]);
        let json: serde_json::Value = serde_json::from_slice(&o.stdout).unwrap();
        assert_eq!(json["records"], 2, "{name}: {json}");
        assert_eq!(json["errors"], 1, "{name}: {json}");
        let unknown = &json["diagnostics"][0];
        assert_eq!(unknown["code"], "unknown-code", "{json}");
        assert_eq!(unknown["line"], 5, "{json}");
        assert_eq!(unknown["column"], 4, "{json}");
        assert!(
            unknown["file"]
                .as_str()
                .unwrap()
                .ends_with(&format!("{name}!Pilots"))
        );
    }
}

#[test]
fn an_opendocument_spreadsheet_is_read_like_a_workbook() {
    // Written by tests/fixtures/spreadsheets/make-ods.py.
    let bytes = std::fs::read("tests/fixtures/spreadsheets/pilots.ods").unwrap();
    let items = read("pilots.ods", &bytes, &ReadOptions::default());
    assert_eq!(
        positions(&items),
        [
            ("p1".to_owned(), "pilots.ods!Blad1!D4".to_owned()),
            ("p2".to_owned(), "pilots.ods!Blad1!D5".to_owned())
        ]
    );
    let r = records(&items);
    assert_eq!(r[1].start.as_ref().unwrap().value, "2022-01-15");
}

#[test]
fn headers_are_matched_as_people_write_them_and_a_misspelt_one_is_one_error_at_its_cell() {
    let csv = "ID;Naam;Intensiteit;Fase van de hulpvraag;Stage of need;TAGS.EDUCATION;Taxonomy version;Opmerkingen;fundig-mechanism;Bron\r\n\
               p1;Proef;a;b;c;vo;2.0.1;zie bron;x;website\r\n\
               p2;Tweede;a;b;c;po;2.0.1;;y;\r\n";
    let items: Vec<_> = RecordReader::from_reader("h.csv", csv.as_bytes(), Format::Csv)
        .with_taxonomy(Taxonomy::builtin())
        .collect();
    let errors: Vec<&Diagnostic> = items.iter().filter_map(|i| i.as_ref().err()).collect();
    assert_eq!(
        errors.len(),
        1,
        "one finding for the header, not one per row: {errors:?}"
    );
    assert_eq!(errors[0].code, Code::UnknownColumn);
    assert_eq!(errors[0].location().to_string(), "h.csv!I1");
    assert!(
        errors[0]
            .hint
            .as_deref()
            .unwrap()
            .contains("`funding-mechanism`")
    );
    let r = records(&items);
    assert_eq!(r.len(), 2);
    assert_eq!(r[0].id.as_ref().unwrap().value, "p1");
    assert_eq!(r[0].name.as_ref().unwrap().value, "Proef");
    assert_eq!(r[0].notes.as_ref().unwrap().value, "zie bron");
    assert_eq!(r[0].taxonomy_version.as_ref().unwrap().value, "2.0.1");
    let facets: Vec<&str> = r[0].tags.iter().map(|t| t.facet.value.as_str()).collect();
    // `Intensiteit` is the 1.0.0 label of `intensity`, the others its 2.0.1 labels.
    assert_eq!(facets, ["intensity", "intensity", "intensity", "education"]);
    let extra: Vec<&str> = r[0].extra.iter().map(|(k, _)| k.as_str()).collect();
    assert_eq!(
        extra,
        ["fundig-mechanism", "Bron"],
        "unknown columns are kept"
    );
}

#[test]
fn one_code_repeated_in_many_rows_is_shown_three_times_then_counted() {
    let d = dir("repeats");
    let csv = d.join("many.csv");
    let mut text = String::from("id,intensity,education\n");
    for i in 0..1000 {
        text.push_str(&format!("p{i},bogus,vo\n"));
    }
    std::fs::write(&csv, text).unwrap();
    let o = jos(&["check", csv.to_str().unwrap()]);
    let stderr = String::from_utf8_lossy(&o.stderr);
    assert_eq!(o.status.code(), Some(1));
    assert_eq!(
        stderr.matches("uses unknown code `bogus`").count(),
        3,
        "{stderr}"
    );
    assert!(
        stderr.contains("997 more records with the same finding as at"),
        "{stderr}"
    );
    assert!(stderr.contains(": B5, B6, B7, B8, B9, ..."), "{stderr}");
    assert!(
        stderr.contains("1000 errors"),
        "every one is counted: {stderr}"
    );
    // JSON keeps every finding, for programs.
    let o = jos(&["check", csv.to_str().unwrap(), "--format", "json"]);
    let json: serde_json::Value = serde_json::from_slice(&o.stdout).unwrap();
    assert_eq!(json["diagnostics"].as_array().unwrap().len(), 1000);
}

#[test]
fn a_workbook_too_large_is_refused_whole_also_under_a_csv_name() {
    use std::io::Read as _;
    for name in ["big.xlsx", "big.csv"] {
        let input = (&b"PK\x03\x04"[..]).chain(std::io::repeat(0).take(65 * 1024 * 1024));
        let format = Format::from_path(name.as_ref()).unwrap();
        let items: Vec<_> =
            RecordReader::from_reader_with(name, input, format, &ReadOptions::default()).collect();
        assert_eq!(items.len(), 1, "{name}");
        let d = items[0].as_ref().unwrap_err();
        assert_eq!(d.code, Code::FileTooLarge, "{name}: {d}");
    }
}
