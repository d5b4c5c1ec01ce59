//! The adjudication worksheet: written as CSV or `.xlsx`, read back with the team's decisions.
//!
//! Columns, in this order (the names are fixed, in English, so a worksheet reads back whatever
//! the language of its texts):
//!
//! | column | holds |
//! |---|---|
//! | `record` | the record id |
//! | `name` | the practice's name, as the first coder wrote it |
//! | `facet` | the facet id |
//! | `coder: NAME` | one column per coder: the codes (`a; b`), `?` for unknown, or `(no record)` / `(not tagged)` |
//! | `proposal` | what a majority of the coders chose, when there is one |
//! | `definitions` | every code involved: `id: label: definition`, one per line |
//! | `decision` | to fill in: the codes, separated by `;`, or `?` for "the sources do not say" |
//! | `reason` | to fill in: why |
//!
//! Only `record`, `facet`, `decision` and `reason` are read back; the other columns may be
//! changed, moved or removed. Rows with an empty `decision` are not decided.

use std::sync::Arc;

use jos_taxonomy::Lang;
use jos_taxonomy::diagnostic::{Code, Diagnostic};
use jos_taxonomy::model::{Location, Taxonomy};
use jos_taxonomy::text::{plain_text, safe_cell};

use crate::UNKNOWN;
use crate::agree::Choice;

/// The columns that are read back.
const READ: [&str; 4] = ["record", "facet", "decision", "reason"];

/// The adjudication worksheet of a [`Consensus`](super::Consensus).
#[derive(Clone, Debug, PartialEq, Eq)]
#[non_exhaustive]
pub struct Worksheet {
    /// The coders, in the order of [`WorksheetRow::choices`].
    pub coders: Vec<String>,
    /// One row per open point, in record order and then in the taxonomy's facet order.
    pub rows: Vec<WorksheetRow>,
}

/// One open point: a record and a facet.
#[derive(Clone, Debug, PartialEq, Eq)]
#[non_exhaustive]
pub struct WorksheetRow {
    /// The record id.
    pub record: String,
    /// The practice's name (empty when no coder wrote one).
    pub name: String,
    /// The facet id.
    pub facet: String,
    /// What each coder chose.
    pub choices: Vec<Choice>,
    /// What more than half of the coders with codes chose, when that settles it.
    pub proposal: Option<Vec<String>>,
}

/// A decision read from a worksheet.
#[derive(Clone, Debug, PartialEq, Eq)]
#[non_exhaustive]
pub struct Decision {
    /// The record id.
    pub record: String,
    /// The facet id.
    pub facet: String,
    /// What was decided.
    pub value: DecisionValue,
    /// Why (may be empty).
    pub reason: String,
    /// The cell of the decision.
    pub location: Location,
}

impl Decision {
    /// A decision, for building one in code rather than reading it from a worksheet.
    ///
    /// ```
    /// use jos_records::consensus::{Decision, DecisionValue};
    /// use jos_taxonomy::model::Location;
    /// let d = Decision::new("p1", "setting", DecisionValue::Unknown, "no source", Location::new(std::sync::Arc::from("sheet.csv"), 2, 7));
    /// assert_eq!(d.facet, "setting");
    /// ```
    pub fn new(
        record: impl Into<String>,
        facet: impl Into<String>,
        value: DecisionValue,
        reason: impl Into<String>,
        location: Location,
    ) -> Self {
        Decision {
            record: record.into(),
            facet: facet.into(),
            value,
            reason: reason.into(),
            location,
        }
    }
}

/// The value of a decision.
#[derive(Clone, Debug, PartialEq, Eq)]
#[non_exhaustive]
pub enum DecisionValue {
    /// These codes (never empty).
    Codes(Vec<String>),
    /// `?`: the sources do not say.
    Unknown,
}

/// The worksheet's words in one language; the sheet names and the help sheet are for `.xlsx`.
#[cfg_attr(not(feature = "xlsx"), allow(dead_code))]
struct Words {
    no_record: &'static str,
    not_tagged: &'static str,
    sheet: &'static str,
    help_sheet: &'static str,
    help: &'static [&'static str],
}

const NL: Words = Words {
    no_record: "(geen record)",
    not_tagged: "(niet getagd)",
    sheet: "Beslissingen",
    help_sheet: "Uitleg",
    help: &[
        "Werkblad voor de consensusbespreking, geschreven door `jos agree --worksheet`.",
        "Elke rij is een record en een facet waarover de codeurs het niet allemaal eens zijn, of die maar één codeur codeerde.",
        "Kolom `coder: NAAM`: wat die codeur koos; `?` is onbekend, (geen record) en (niet getagd) zijn ontbrekend.",
        "Kolom `proposal`: wat meer dan de helft van de codeurs koos, als dat de vraag beslist.",
        "Vul `decision` in met de gekozen codes, gescheiden door `;`, of `?` als de bronnen het niet zeggen; leeg betekent: nog niet besloten.",
        "Vul `reason` in: waarom. Laat de kolommen record, facet, decision en reason staan; de andere mag u aanpassen.",
        "Daarna: jos consensus CODEURBESTANDEN --decisions DIT-BESTAND --out consensus.yaml",
    ],
};

const EN: Words = Words {
    no_record: "(no record)",
    not_tagged: "(not tagged)",
    sheet: "Decisions",
    help_sheet: "How to",
    help: &[
        "Worksheet for the consensus meeting, written by `jos agree --worksheet`.",
        "Each row is a record and a facet on which the coders do not all agree, or which only one coder coded.",
        "Column `coder: NAME`: what that coder chose; `?` is unknown, (no record) and (not tagged) are missing.",
        "Column `proposal`: what more than half of the coders chose, when that settles the point.",
        "Fill in `decision` with the codes chosen, separated by `;`, or `?` when the sources do not say; empty means: not decided yet.",
        "Fill in `reason`: why. Keep the columns record, facet, decision and reason; the others may be changed.",
        "Then: jos consensus CODER-FILES --decisions THIS-FILE --out consensus.yaml",
    ],
};

fn words(lang: Lang) -> &'static Words {
    match lang {
        Lang::En => &EN,
        _ => &NL,
    }
}

impl Worksheet {
    /// The header row.
    fn header(&self) -> Vec<String> {
        let mut h = vec!["record".to_owned(), "name".to_owned(), "facet".to_owned()];
        h.extend(self.coders.iter().map(|c| format!("coder: {c}")));
        h.extend(["proposal", "definitions", "decision", "reason"].map(str::to_owned));
        h
    }

    /// The cells of every row, as text.
    fn cells(&self, taxonomy: &Taxonomy, lang: Lang) -> Vec<Vec<String>> {
        let w = words(lang);
        self.rows
            .iter()
            .map(|row| {
                let mut cells = vec![row.record.clone(), row.name.clone(), row.facet.clone()];
                cells.extend(row.choices.iter().map(|c| match c {
                    Choice::Codes(codes) => codes.join("; "),
                    Choice::Unknown => UNKNOWN.to_owned(),
                    Choice::NoRecord => w.no_record.to_owned(),
                    Choice::NotTagged => w.not_tagged.to_owned(),
                }));
                cells.push(
                    row.proposal
                        .as_ref()
                        .map_or(String::new(), |p| p.join("; ")),
                );
                cells.push(definitions(taxonomy, row, lang));
                cells.extend([String::new(), String::new()]);
                cells
            })
            .collect()
    }

    /// The worksheet as CSV: UTF-8 with a byte-order mark (so Excel reads the accents), comma
    /// separated, CRLF line ends, every cell that a spreadsheet would read as a formula made
    /// safe with a leading `'`.
    ///
    /// ```
    /// use jos_records::{self as records, consensus::Consensus, Format};
    /// use jos_taxonomy::{Lang, Taxonomy};
    /// let read = |name, yaml| records::parse_str(name, yaml, Format::Yaml).unwrap();
    /// let mut consensus = Consensus::new(Taxonomy::builtin());
    /// consensus.add_coder("ann", read("a.yaml", "- {id: p1, tags: {education: [mbo]}}\n"))?;
    /// consensus.add_coder("bob", read("b.yaml", "- {id: p1, tags: {education: [vo]}}\n"))?;
    /// let csv = String::from_utf8(consensus.worksheet().to_csv(Taxonomy::builtin(), Lang::En)).unwrap();
    /// assert!(csv.starts_with("\u{feff}record,name,facet,coder: ann,coder: bob,proposal,definitions,decision,reason\r\n"));
    /// assert!(csv.contains("p1,,education,mbo,vo,,"));
    /// # Ok::<(), jos_records::agree::AgreeError>(())
    /// ```
    pub fn to_csv(&self, taxonomy: &Taxonomy, lang: Lang) -> Vec<u8> {
        let mut w = csv::WriterBuilder::new()
            .terminator(csv::Terminator::CRLF)
            .from_writer(b"\xEF\xBB\xBF".to_vec());
        let row = |w: &mut csv::Writer<Vec<u8>>, cells: &[String]| {
            w.write_record(cells.iter().map(|c| safe_cell(c).into_owned()))
                .expect("writing to memory")
        };
        row(&mut w, &self.header());
        for cells in self.cells(taxonomy, lang) {
            row(&mut w, &cells);
        }
        w.into_inner().expect("writing to memory")
    }

    /// The worksheet as an Excel workbook: the rows on the first sheet (bold, frozen header,
    /// filters, wrapped definitions, the two columns to fill in shaded), and a second sheet
    /// that says how to fill it in. The same worksheet gives the same bytes.
    #[cfg(feature = "xlsx")]
    pub fn to_xlsx(&self, taxonomy: &Taxonomy, lang: Lang) -> Result<Vec<u8>, String> {
        use rust_xlsxwriter::{DocProperties, ExcelDateTime, Format, Workbook};
        let w = words(lang);
        let e = |e: rust_xlsxwriter::XlsxError| e.to_string();
        let mut book = Workbook::new();
        // A fixed creation time: the workbook's bytes depend on its content only.
        let created = ExcelDateTime::from_ymd(2000, 1, 1).map_err(e)?;
        book.set_properties(&DocProperties::new().set_creation_datetime(&created));
        let header = Format::new().set_bold().set_background_color(0xD9E2F3);
        let wrap = Format::new()
            .set_text_wrap()
            .set_align(rust_xlsxwriter::FormatAlign::Top);
        let fill = Format::new()
            .set_background_color(0xFFF2CC)
            .set_text_wrap()
            .set_align(rust_xlsxwriter::FormatAlign::Top);
        let names = self.header();
        let cells = self.cells(taxonomy, lang);
        let sheet = book.add_worksheet();
        sheet.set_name(w.sheet).map_err(e)?;
        let last = names.len() as u16 - 1;
        for (c, name) in names.iter().enumerate() {
            sheet
                .write_string_with_format(0, c as u16, name, &header)
                .map_err(e)?;
        }
        for (r, row) in cells.iter().enumerate() {
            for (c, cell) in row.iter().enumerate() {
                let format = if c as u16 >= last - 1 { &fill } else { &wrap };
                sheet
                    .write_string_with_format(r as u32 + 1, c as u16, cell, format)
                    .map_err(e)?;
            }
        }
        let widths = names.iter().enumerate().map(|(c, n)| match n.as_str() {
            "definitions" => 70.0,
            "decision" => 24.0,
            "reason" => 40.0,
            "name" => 28.0,
            _ => {
                let longest = cells
                    .iter()
                    .map(|r| r[c].chars().count())
                    .max()
                    .unwrap_or(0);
                (longest.max(n.chars().count()) as f64 + 2.0).min(40.0)
            }
        });
        for (c, width) in widths.enumerate() {
            sheet.set_column_width(c as u16, width).map_err(e)?;
        }
        sheet.set_freeze_panes(1, 0).map_err(e)?;
        sheet
            .autofilter(0, 0, cells.len() as u32, last)
            .map_err(e)?;
        let help = book.add_worksheet();
        help.set_name(w.help_sheet).map_err(e)?;
        help.set_column_width(0, 120.0).map_err(e)?;
        for (r, line) in w.help.iter().enumerate() {
            help.write_string_with_format(r as u32, 0, *line, &wrap)
                .map_err(e)?;
        }
        book.save_to_buffer().map_err(e)
    }
}

/// Every code the coders chose for the point, with its label and definition.
fn definitions(taxonomy: &Taxonomy, row: &WorksheetRow, lang: Lang) -> String {
    let mut codes: Vec<&str> = row
        .choices
        .iter()
        .filter_map(Choice::codes)
        .flatten()
        .map(String::as_str)
        .collect();
    // The facet's order, looked up once (not once per comparison of the sort).
    let in_order: Vec<&str> = taxonomy
        .tag_facets()
        .find(|f| f.id == row.facet)
        .map(|f| f.in_order().iter().map(|c| c.id.as_str()).collect())
        .unwrap_or_default();
    let order = |code: &str| {
        in_order
            .iter()
            .position(|c| *c == code)
            .unwrap_or(usize::MAX)
    };
    codes.sort_by(|a, b| (order(a), *a).cmp(&(order(b), *b)));
    codes.dedup();
    codes
        .iter()
        .map(|code| match taxonomy.concept(code) {
            Some(c) => format!(
                "{code}: {}: {}",
                c.label.best(lang),
                plain_text(c.definition.best(lang)).replace('\n', " ")
            ),
            None => format!("{code}: ?"),
        })
        .collect::<Vec<_>>()
        .join("\n")
}

/// Reads the decisions from a worksheet: `.xlsx` (the first sheet; feature `xlsx`) or CSV
/// (comma, semicolon or tab, as the header shows; UTF-8 with or without BOM). Rows with an
/// empty `decision` are skipped. Every problem is a finding, located at its cell as
/// a cell (`file.csv!D2`, `file.xlsx!Beslissingen!D2`), the row as a spreadsheet numbers it (the header is row 1; a cell with line
/// breaks is still one row); all are returned together.
///
/// ```
/// use jos_records::consensus::{DecisionValue, read_decisions};
/// let sheet = "\u{feff}record;facet;coder: ann;decision;reason\r\np1;setting;in-class;\"individual-at-school; in-class\";both\r\np2;setting;x;;\r\n";
/// let decisions = read_decisions("sheet.csv", sheet.as_bytes()).unwrap();
/// assert_eq!(decisions.len(), 1); // p2 is not decided
/// assert_eq!(decisions[0].value, DecisionValue::Codes(vec!["individual-at-school".into(), "in-class".into()]));
/// assert_eq!(decisions[0].location.to_string(), "sheet.csv!D2");
/// ```
pub fn read_decisions(name: &str, bytes: &[u8]) -> Result<Vec<Decision>, Vec<Diagnostic>> {
    if crate::sheet::is_workbook(bytes) {
        let (sheet, rows) = crate::sheet::rows(name, bytes, None).map_err(|d| vec![d])?;
        return decisions(&Arc::from(format!("{name}!{sheet}")), rows);
    }
    let file: Arc<str> = Arc::from(name);
    let rows = csv_rows(&file, bytes)?;
    decisions(&file, rows)
}

use crate::sheet::Rows;

fn csv_rows(file: &Arc<str>, bytes: &[u8]) -> Result<Rows, Vec<Diagnostic>> {
    let at = |line| Location::new(file.clone(), line, 1);
    let bytes = bytes.strip_prefix(b"\xEF\xBB\xBF").unwrap_or(bytes);
    if std::str::from_utf8(bytes).is_err() {
        return Err(vec![
            Diagnostic::new(Code::InvalidUtf8, at(1), "the worksheet is not UTF-8 text")
                .with_hint("in Excel, save it as \"CSV UTF-8\", or keep it as .xlsx"),
        ]);
    }
    let delimiter = crate::read::csv_input::sniff_delimiter(bytes);
    let mut reader = csv::ReaderBuilder::new()
        .delimiter(delimiter)
        .has_headers(false)
        .flexible(true)
        .from_reader(bytes);
    let mut rows = Vec::new();
    for row in reader.records() {
        match row {
            // The row as a spreadsheet numbers it (cells may hold line breaks).
            Ok(r) => rows.push((rows.len() as u32 + 1, r.iter().map(str::to_owned).collect())),
            Err(e) => {
                let line = rows.len() as u32 + 1;
                return Err(vec![Diagnostic::new(
                    Code::InvalidValue,
                    at(line),
                    format!("the worksheet cannot be read as CSV: {e}"),
                )]);
            }
        }
    }
    Ok(rows)
}

fn decisions(file: &Arc<str>, rows: Rows) -> Result<Vec<Decision>, Vec<Diagnostic>> {
    let has = |cells: &[String], name: &str| {
        cells
            .iter()
            .position(|h| unquote(h).trim().eq_ignore_ascii_case(name))
    };
    // The header is the first row that names all four columns read back (a title or a note
    // above the table is allowed); rows above it are skipped.
    let Some(start) = rows
        .iter()
        .position(|(_, cells)| READ.iter().all(|n| has(cells, n).is_some()))
    else {
        let Some((line, cells)) = rows
            .iter()
            .find(|(_, cells)| cells.iter().any(|c| !c.trim().is_empty()))
        else {
            return Err(vec![Diagnostic::new(
                Code::EmptyFile,
                Location::new(file.clone(), 1, 1),
                "the worksheet is empty",
            )]);
        };
        return Err(READ
            .iter()
            .filter(|n| has(cells, n).is_none())
            .map(|name| {
                Diagnostic::new(
                    Code::MissingField,
                    Location::new(file.clone(), *line, 1),
                    format!("the worksheet has no column `{name}`"),
                )
                .with_hint(
                    "keep the columns record, facet, decision and reason of the worksheet \
                     `jos agree --worksheet` wrote",
                )
            })
            .collect());
    };
    let mut rows = rows.into_iter().skip(start);
    let (_, header) = rows.next().expect("the header row");
    let mut index = [0usize; 4];
    for (slot, name) in index.iter_mut().zip(READ) {
        *slot = has(&header, name).expect("the header names every column");
    }
    let mut findings = Vec::new();
    let [record, facet, decision, reason] = index;
    let mut out = Vec::new();
    for (line, cells) in rows {
        let cell = |i: usize| cells.get(i).map_or("", |c| unquote(c).trim());
        let at = |i: usize| Location::new(file.clone(), line, i as u32 + 1);
        let text = cell(decision);
        if text.is_empty() {
            continue;
        }
        if cell(record).is_empty() || cell(facet).is_empty() {
            findings.push(
                Diagnostic::new(
                    Code::MissingField,
                    at(if cell(record).is_empty() {
                        record
                    } else {
                        facet
                    }),
                    "a decision without a record id or facet",
                )
                .with_hint("every decided row needs its record and facet"),
            );
            continue;
        }
        let value = if text == UNKNOWN {
            DecisionValue::Unknown
        } else {
            if text.contains([',', '/']) && !text.contains(';') {
                findings.push(
                    Diagnostic::new(
                        Code::InvalidValue,
                        at(decision),
                        format!(
                            "the decision `{text}` for record `{}` separates codes with `,` or `/`",
                            cell(record)
                        ),
                    )
                    .with_hint(format!(
                        "separate codes with `;`: `{}`",
                        text.split([',', '/'])
                            .map(str::trim)
                            .collect::<Vec<_>>()
                            .join(";")
                    )),
                );
                continue;
            }
            let codes: Vec<String> = text
                .split(';')
                .map(str::trim)
                .filter(|c| !c.is_empty())
                .map(str::to_owned)
                .collect();
            if codes.iter().any(|c| c == UNKNOWN) {
                findings.push(
                    Diagnostic::new(
                        Code::InvalidValue,
                        at(decision),
                        format!(
                            "the decision `{text}` for record `{}` gives codes and `?`",
                            cell(record)
                        ),
                    )
                    .with_hint("give the codes, or `?` alone when the sources do not say"),
                );
                continue;
            }
            DecisionValue::Codes(codes)
        };
        out.push(Decision {
            record: cell(record).to_owned(),
            facet: cell(facet).to_owned(),
            value,
            reason: cell(reason).to_owned(),
            location: at(decision),
        });
    }
    if findings.is_empty() {
        Ok(out)
    } else {
        Err(findings)
    }
}

/// A cell as written before [`safe_cell`] guarded it.
fn unquote(cell: &str) -> &str {
    match cell.strip_prefix('\'') {
        Some(rest) if rest.starts_with(['=', '+', '-', '@', '\t', '\r']) => rest,
        _ => cell,
    }
}
