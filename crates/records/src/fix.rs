//! One-step fixes (`jos check --fix`): every correction that has exactly one right answer, made
//! in a copy of a records file, with a log of each change. [`fix_csv`] fixes CSV as
//! spreadsheets write it, [`fix_text`] YAML, JSON and JSON Lines too.
//!
//! A fix is made only where the answer is unambiguous:
//!
//! - a label, synonym or abbreviation (in any case, with or without accents and hyphens) that
//!   names exactly one live concept of the column's facet becomes its code: `SMW` ->
//!   `school-social-worker`, `VO` -> `vo`;
//! - several codes separated by `,` or `/` are separated by `;`, when every part is a code or
//!   fixes to one (in CSV);
//! - `onbekend`, `n.v.t.`, `-` and the like, alone in a cell, become the unknown marker `?`;
//! - a date as Dutch spreadsheets write it (`01-09-2021`, `9-2021`) becomes the ISO date
//!   (`2021-09-01`, `2021-09`);
//! - a status in another case (`Pilot`) becomes the status (`pilot`).
//!
//! Everything else is left for a person: a name that fits several concepts, a code of another
//! facet, a misspelling with only a nearest guess. `jos check` lists those afterwards.
//!
//! The copy of a CSV file keeps its separator, encoding (UTF-8 with or without byte order mark,
//! or Windows-1252), quoting and line ends: only the bytes of the codes and dates that change
//! are replaced, so every other byte is the input's. A cell that comes to hold the separator is
//! quoted. In YAML and JSON likewise only the values that change are edited.
//!
//! ```
//! use jos_records::fix;
//! use jos_taxonomy::Taxonomy;
//!
//! let csv = "id;Naam;role;start\r\np1;Wijk;SMW, jeugdverpleegkundige;01-09-2021\r\n";
//! let fixed = fix::fix_csv(Taxonomy::builtin(), "p.csv", csv.as_bytes(), None).unwrap();
//! assert_eq!(
//!     String::from_utf8(fixed.bytes).unwrap(),
//!     "id;Naam;role;start\r\np1;Wijk;\"school-social-worker;youth-nurse\";2021-09-01\r\n"
//! );
//! assert_eq!(fixed.changes.len(), 2);
//! assert_eq!(fixed.changes[0].place, "C2");
//! # Ok::<(), jos_taxonomy::diagnostic::Diagnostic>(())
//! ```

use std::borrow::Cow;
use std::ops::Range;
use std::sync::Arc;

use jos_taxonomy::diagnostic::{Code, Diagnostic};
use jos_taxonomy::lookup::MatchKind;
use jos_taxonomy::model::{Location, Taxonomy, column_letters};

use crate::check::{UNKNOWN_WORDS, iso_from_dutch};
use crate::migrate::cell_ranges;
use crate::read::{csv_row::resolve_columns, decode_lossy, sniff_delimiter};
use crate::{STATUSES, UNKNOWN};

/// A copy of a records file with the unambiguous fixes made.
#[derive(Clone, Debug, Default)]
#[non_exhaustive]
pub struct Fixed {
    /// The fixed file, in the input's separator, encoding and line ends.
    pub bytes: Vec<u8>,
    /// Every change, in file order.
    pub changes: Vec<Change>,
}

/// One change made by a fix.
#[derive(Clone, Debug, PartialEq, Eq, serde::Serialize)]
#[non_exhaustive]
pub struct Change {
    /// Where, as findings name it: the cell in a CSV file (`C7`), `line:column` in YAML and
    /// JSON.
    pub place: String,
    /// The line (1-based; in CSV the row as a spreadsheet numbers it).
    pub line: u32,
    /// The column (1-based; in CSV the cell's column, in YAML and JSON the value's).
    pub column: u32,
    /// The column's header as written (CSV), or the field or facet (YAML, JSON).
    pub header: String,
    /// The record's id, as written (empty when the row has none).
    pub record: String,
    /// The cell's value before.
    pub before: String,
    /// The cell's value after.
    pub after: String,
    /// Why, in a few words.
    pub why: String,
    /// Whether the place is a spreadsheet cell (CSV).
    #[serde(skip)]
    in_cell: bool,
}

/// What a column holds, for the fixes.
#[derive(Clone, Copy, PartialEq, Eq)]
enum Column<'a> {
    Facet(&'a str),
    Date,
    Status,
    Other,
}

/// Makes every unambiguous fix in the CSV file `bytes` (named `name` in findings), read with
/// `delimiter` or the separator its header shows. Codes are resolved in the release a row names
/// in `taxonomy_version`, when that is an older release of `taxonomy`, and in `taxonomy`
/// otherwise.
///
/// Fails (with the finding) only when the header cannot be read; rows that cannot be read are
/// copied as they are.
pub fn fix_csv(
    taxonomy: &Taxonomy,
    name: &str,
    bytes: &[u8],
    delimiter: Option<u8>,
) -> Result<Fixed, Diagnostic> {
    let bom = if bytes.starts_with(b"\xEF\xBB\xBF") {
        3
    } else {
        0
    };
    let body = &bytes[bom..];
    let delimiter = delimiter.unwrap_or_else(|| sniff_delimiter(body));
    let file: Arc<str> = Arc::from(name);
    let mut reader = csv::ReaderBuilder::new()
        .has_headers(false)
        .flexible(true)
        .delimiter(delimiter)
        .from_reader(body);
    let mut rows = reader.byte_records();
    let header = match rows.next() {
        None => {
            return Ok(Fixed {
                bytes: bytes.to_vec(),
                changes: Vec::new(),
            });
        }
        Some(Err(e)) => {
            return Err(Diagnostic::new(
                Code::InvalidValue,
                Location::new(file, 1, 1),
                format!("cannot read the CSV header, so nothing can be fixed: {e}"),
            )
            .with_hint("save the sheet again as CSV from the spreadsheet"));
        }
        Some(Ok(h)) => h,
    };
    let written: Vec<String> = header
        .iter()
        .map(|c| decode_lossy(c).trim().to_owned())
        .collect();
    let mut columns = written.clone();
    // Findings about the header are `jos check`'s to give; here only the names matter.
    let _ = resolve_columns(&mut columns, taxonomy, &file, 1);
    let id_col = columns.iter().position(|c| c == "id");
    let version_col = columns.iter().position(|c| c == "taxonomy_version");
    let mut edits: Vec<(Range<usize>, Vec<u8>)> = Vec::new();
    let mut changes = Vec::new();
    let mut lines = LineCounter::new(bytes);
    for row in rows {
        let Ok(row) = row else { continue };
        let Some(pos) = row.position() else { continue };
        let start = bom + pos.byte() as usize;
        let ranges = cell_ranges(bytes, start, delimiter);
        let line = lines.line_at(ranges[0].start);
        let cell_text = |i: Option<usize>| {
            i.and_then(|i| row.get(i))
                .map(|c| decode_lossy(c).trim().to_owned())
                .unwrap_or_default()
        };
        let t = row_taxonomy(taxonomy, &cell_text(version_col));
        let record = cell_text(id_col);
        for (i, (column, range)) in columns.iter().zip(&ranges).enumerate() {
            let kind = match column.as_str() {
                "start" | "end" => Column::Date,
                "status" => Column::Status,
                c if t.facet(c).is_some_and(|f| f.is_taggable()) => Column::Facet(c),
                _ => Column::Other,
            };
            if kind == Column::Other {
                continue;
            }
            let raw = &bytes[range.clone()];
            let quoted = raw.len() >= 2 && raw[0] == b'"' && raw[raw.len() - 1] == b'"';
            let inner = if quoted { &raw[1..raw.len() - 1] } else { raw };
            let Some((fixed, why)) = fix_cell(t, kind, inner) else {
                continue;
            };
            let needs_quotes = !quoted
                && fixed
                    .iter()
                    .any(|&b| b == delimiter || matches!(b, b'"' | b'\r' | b'\n'));
            let replacement = if needs_quotes {
                let mut q = vec![b'"'];
                for &b in &fixed {
                    if b == b'"' {
                        q.push(b'"');
                    }
                    q.push(b);
                }
                q.push(b'"');
                q
            } else if quoted {
                [b"\"".as_slice(), &fixed, b"\""].concat()
            } else {
                fixed.clone()
            };
            changes.push(Change {
                place: format!("{}{line}", column_letters(i as u32 + 1)),
                line,
                column: i as u32 + 1,
                header: written[i].clone(),
                record: record.clone(),
                before: unescape(&decode_lossy(inner), quoted),
                after: unescape(&decode_lossy(&fixed), false),
                why,
                in_cell: true,
            });
            edits.push((range.clone(), replacement));
        }
    }
    let mut out = Vec::with_capacity(bytes.len());
    let mut at = 0;
    for (range, replacement) in edits {
        out.extend_from_slice(&bytes[at..range.start]);
        out.extend_from_slice(&replacement);
        at = range.end;
    }
    out.extend_from_slice(&bytes[at..]);
    Ok(Fixed {
        bytes: out,
        changes,
    })
}

/// Makes every unambiguous fix in a records file of any text format: CSV as [`fix_csv`] does,
/// and in YAML, JSON and JSON Lines the same fixes of codes, dates and statuses, edited in the
/// text so that comments, key order and formatting stay byte for byte. A word for "unknown"
/// that is a facet's only code leaves the facet as `[]` (how these formats say "the sources do
/// not say"); several codes in one string are left for a person.
///
/// When the edits would change how the file reads (the number of records or of read errors),
/// nothing is changed and the result is the finding that says so.
///
/// ```
/// use jos_records::{Format, fix};
/// use jos_taxonomy::Taxonomy;
///
/// let yaml = "- id: p1  # kept\n  status: Pilot\n  tags:\n    role: [SMW]\n    setting:\n      - onbekend\n";
/// let fixed = fix::fix_text(Taxonomy::builtin(), "p.yaml", yaml, Format::Yaml).unwrap();
/// assert_eq!(
///     String::from_utf8(fixed.bytes).unwrap(),
///     "- id: p1  # kept\n  status: pilot\n  tags:\n    role: [school-social-worker]\n    setting: []\n"
/// );
/// let places: Vec<&str> = fixed.changes.iter().map(|c| c.place.as_str()).collect();
/// assert_eq!(places, ["2:11", "4:12", "6:9"]);
/// ```
pub fn fix_text(
    taxonomy: &Taxonomy,
    name: &str,
    text: &str,
    format: crate::Format,
) -> Result<Fixed, Diagnostic> {
    use crate::Format;
    use crate::migrate::{apply, code_edits, readable, value_range};
    match format {
        Format::Csv => return fix_csv(taxonomy, name, text.as_bytes(), None),
        Format::Spreadsheet => {
            return Err(Diagnostic::new(
                Code::InvalidValue,
                Location::file(name),
                format!("`{name}` is a workbook, which cannot be rewritten keeping everything else in it"),
            )
            .with_hint("save the sheet as \"CSV UTF-8\", fix that file, and open the result in the spreadsheet"));
        }
        _ => {}
    }
    let before = readable(name, text, format);
    let mut edits: Vec<(Range<usize>, String)> = Vec::new();
    let mut changes = Vec::new();
    let records: Vec<crate::Record> =
        crate::RecordReader::from_bytes(name, text.as_bytes().to_vec(), format)
            .filter_map(Result::ok)
            .collect();
    for record in &records {
        let version = record
            .taxonomy_version
            .as_ref()
            .map_or("", |f| f.value.trim());
        let t = row_taxonomy(taxonomy, version);
        let id = record
            .id
            .as_ref()
            .map_or_else(String::new, |f| f.value.clone());
        let change = |f: &crate::Field, header: &str, after: &str, why: String| Change {
            place: format!("{}:{}", f.location.line, f.location.column),
            line: f.location.line,
            column: f.location.column,
            header: header.to_owned(),
            record: id.clone(),
            before: f.value.clone(),
            after: after.to_owned(),
            why,
            in_cell: false,
        };
        let mut replace = Vec::new();
        let mut remove = Vec::new();
        let mut logged = Vec::new();
        for tags in &record.tags {
            let facet = tags.facet.value.as_str();
            if !t.facet(facet).is_some_and(|f| f.is_taggable()) {
                continue;
            }
            for code in &tags.codes {
                let written = code.value.trim();
                if tags.codes.len() == 1 && UNKNOWN_WORDS.contains(&written.to_lowercase().as_str())
                {
                    remove.push(code);
                    logged.push(change(
                        code,
                        facet,
                        "[]",
                        "the sources do not say: `[]`".to_owned(),
                    ));
                } else if let Part::Fix(new, why) = part(t, facet, written) {
                    logged.push(change(code, facet, &new, why));
                    replace.push((code, new));
                }
            }
        }
        if !(replace.is_empty() && remove.is_empty()) {
            // Codes that cannot be edited safely in place are left to a person.
            if let Ok(e) = code_edits(text, record, replace, remove, format) {
                edits.extend(e);
                changes.extend(logged);
            }
        }
        for (field, kind, header) in [
            (&record.start, Column::Date, "start"),
            (&record.end, Column::Date, "end"),
            (&record.status, Column::Status, "status"),
        ] {
            let Some(f) = field else { continue };
            let Some((fixed, why)) = fix_cell(t, kind, f.value.as_bytes()) else {
                continue;
            };
            let Some(range) = f.bytes.clone().and_then(|r| value_range(text, r, &f.value)) else {
                continue;
            };
            let fixed = String::from_utf8_lossy(&fixed).into_owned();
            changes.push(change(f, header, &fixed, why));
            edits.push((range, fixed));
        }
    }
    let out = apply(text, edits);
    if out != text && readable(name, &out, format) != before {
        return Err(Diagnostic::new(
            Code::InvalidValue,
            Location::file(name),
            format!("`{name}` could not be fixed in place without changing how it reads, so nothing was changed"),
        )
        .with_hint("make the changes the findings of `jos check` propose by hand"));
    }
    changes.sort_by_key(|c| (c.line, c.column));
    Ok(Fixed {
        bytes: out.into_bytes(),
        changes,
    })
}

/// The change log of a fix as CSV (UTF-8, CRLF): `row` (line), `column`, `cell` (the place),
/// `header`, `record`, `before`, `after`, `why`, one row per changed value. The column is the
/// letter in a CSV file, the number in YAML and JSON.
///
/// ```
/// let fixed = jos_records::fix::fix_csv(
///     jos_taxonomy::Taxonomy::builtin(), "p.csv", b"id,education\np1,VO\n", None,
/// ).unwrap();
/// let log = String::from_utf8(jos_records::fix::changes_csv(&fixed.changes)).unwrap();
/// assert_eq!(log.lines().nth(1), Some("2,B,B2,education,p1,VO,vo,the code as written in the taxonomy"));
/// ```
pub fn changes_csv(changes: &[Change]) -> Vec<u8> {
    let header = [
        "row", "column", "cell", "header", "record", "before", "after", "why",
    ];
    let rows = changes.iter().map(|c| {
        vec![
            Cow::Owned(c.line.to_string()),
            Cow::Owned(if c.in_cell {
                column_letters(c.column)
            } else {
                c.column.to_string()
            }),
            Cow::Borrowed(c.place.as_str()),
            Cow::Borrowed(c.header.as_str()),
            Cow::Borrowed(c.record.as_str()),
            Cow::Borrowed(c.before.as_str()),
            Cow::Borrowed(c.after.as_str()),
            Cow::Borrowed(c.why.as_str()),
        ]
    });
    crate::table::memory_csv(std::iter::once(header.map(Cow::Borrowed).to_vec()).chain(rows))
}

/// A quoted cell's text as the cell holds it (`""` is one quote).
fn unescape(text: &str, quoted: bool) -> String {
    if quoted {
        text.replace("\"\"", "\"")
    } else {
        text.to_owned()
    }
}

/// The taxonomy a row's codes belong to: the older release it names, or `taxonomy`.
fn row_taxonomy<'t>(taxonomy: &'t Taxonomy, version: &str) -> &'t Taxonomy {
    semver::Version::parse(version)
        .ok()
        .filter(|v| v < taxonomy.version())
        .and_then(|v| Taxonomy::release(&v.to_string()))
        .filter(|r| r.id() == taxonomy.id())
        .unwrap_or(taxonomy)
}

/// The fixed bytes of one cell (between its quotes, if any) and why, or `None` when the cell
/// needs no fix or no unambiguous one.
fn fix_cell(t: &Taxonomy, kind: Column<'_>, inner: &[u8]) -> Option<(Vec<u8>, String)> {
    let text = decode_lossy(inner);
    let trimmed = text.trim();
    if trimmed.is_empty() {
        return None;
    }
    match kind {
        Column::Date => {
            let iso = iso_from_dutch(trimmed)?;
            Some((
                replace_trimmed(inner, iso.as_bytes()),
                format!("ISO date, read as {}", date_order(&iso)),
            ))
        }
        Column::Status => {
            let lower = trimmed.to_lowercase();
            (lower != trimmed && STATUSES.contains(&lower.as_str())).then(|| {
                (
                    replace_trimmed(inner, lower.as_bytes()),
                    "status in lower case".to_owned(),
                )
            })
        }
        Column::Facet(facet) => fix_codes(t, facet, inner),
        Column::Other => None,
    }
}

fn date_order(iso: &str) -> &'static str {
    if iso.len() == 7 {
        "month-year"
    } else {
        "day-month-year"
    }
}

/// `inner` with its text between leading and trailing spaces replaced by `with`.
fn replace_trimmed(inner: &[u8], with: &[u8]) -> Vec<u8> {
    let (s, e) = trimmed_range(inner, 0..inner.len());
    [&inner[..s], with, &inner[e..]].concat()
}

fn trimmed_range(bytes: &[u8], r: Range<usize>) -> (usize, usize) {
    let (mut s, mut e) = (r.start, r.end);
    while s < e && bytes[s].is_ascii_whitespace() {
        s += 1;
    }
    while e > s && bytes[e - 1].is_ascii_whitespace() {
        e -= 1;
    }
    (s, e)
}

/// How one written part of a code cell resolves in `facet`.
enum Part {
    /// A code of the taxonomy (or `?`) as written: nothing to fix.
    Code,
    /// The one code it stands for, and why.
    Fix(String, String),
    /// No unambiguous code.
    Open,
}

fn part(t: &Taxonomy, facet: &str, text: &str) -> Part {
    if text == UNKNOWN || t.concept(text).is_some() {
        return Part::Code;
    }
    let mut ids: Vec<(&str, MatchKind)> = t
        .lookup(text)
        .into_iter()
        .filter(|m| {
            matches!(
                m.kind,
                MatchKind::Id | MatchKind::Label | MatchKind::AltLabel | MatchKind::Abbreviation
            ) && m.concept.facet == facet
                && !m.concept.is_deprecated()
        })
        .map(|m| (m.concept.id.as_str(), m.kind))
        .collect();
    ids.dedup_by_key(|(id, _)| *id);
    match ids.as_slice() {
        [(id, kind)] => {
            let why = match kind {
                MatchKind::Id => "the code as written in the taxonomy",
                MatchKind::Label => "a label, written as its code",
                MatchKind::AltLabel => "a synonym, written as its code",
                _ => "an abbreviation, written as its code",
            };
            Part::Fix((*id).to_owned(), why.to_owned())
        }
        _ => Part::Open,
    }
}

/// The fix of a cell of codes: each part separated by `;` resolved on its own, or the whole
/// cell as one unknown word, or as codes separated by `,` or `/`.
fn fix_codes(t: &Taxonomy, facet: &str, inner: &[u8]) -> Option<(Vec<u8>, String)> {
    let text = decode_lossy(inner);
    let lower = text.trim().to_lowercase();
    if UNKNOWN_WORDS.contains(&lower.as_str()) {
        return Some((
            replace_trimmed(inner, UNKNOWN.as_bytes()),
            "the sources do not say: `?`".to_owned(),
        ));
    }
    // The parts between `;`, as byte ranges of `inner` (`;` is ASCII in every encoding read).
    let parts = split_ranges(inner, |b| b == b';');
    let mut out = inner.to_vec();
    let mut whys: Vec<String> = Vec::new();
    let mut changed = false;
    for r in parts.iter().rev() {
        let (s, e) = trimmed_range(inner, r.clone());
        if s == e {
            continue;
        }
        let written = decode_lossy(&inner[s..e]);
        match part(t, facet, &written) {
            Part::Code => {}
            Part::Fix(id, why) => {
                out.splice(s..e, id.bytes());
                whys.push(why);
                changed = true;
            }
            Part::Open => {
                // Codes separated by `,` or `/` within this part, when every one resolves.
                if let Some((fixed, why)) = separated(t, facet, &inner[s..e]) {
                    out.splice(s..e, fixed);
                    whys.push(why);
                    changed = true;
                }
            }
        }
    }
    if !changed {
        return None;
    }
    whys.reverse();
    whys.dedup();
    Some((out, whys.join("; ")))
}

/// `part` as codes separated by `;` when it is several codes (or names of codes) separated by
/// `,` or `/`.
fn separated(t: &Taxonomy, facet: &str, bytes: &[u8]) -> Option<(Vec<u8>, String)> {
    let pieces = split_ranges(bytes, |b| b == b',' || b == b'/');
    if pieces.len() < 2 {
        return None;
    }
    let mut ids = Vec::new();
    for r in &pieces {
        let (s, e) = trimmed_range(bytes, r.clone());
        let written = decode_lossy(&bytes[s..e]);
        match part(t, facet, &written) {
            Part::Code if written != UNKNOWN => ids.push(written.into_owned()),
            Part::Fix(id, _) => ids.push(id),
            _ => return None,
        }
    }
    Some((
        ids.join(";").into_bytes(),
        "several codes, separated with `;`".to_owned(),
    ))
}

fn split_ranges(bytes: &[u8], is_separator: impl Fn(u8) -> bool) -> Vec<Range<usize>> {
    let mut out = Vec::new();
    let mut start = 0;
    for (i, &b) in bytes.iter().enumerate() {
        if is_separator(b) {
            out.push(start..i);
            start = i + 1;
        }
    }
    out.push(start..bytes.len());
    out
}

/// Lines of byte offsets, counted forward once: `\n`, `\r\n` and a lone `\r` each end a line,
/// as the records reader counts them.
struct LineCounter<'a> {
    bytes: &'a [u8],
    at: usize,
    line: u32,
}

impl<'a> LineCounter<'a> {
    fn new(bytes: &'a [u8]) -> Self {
        LineCounter {
            bytes,
            at: 0,
            line: 1,
        }
    }

    /// The line of byte `offset`, which is never before an offset asked for earlier.
    fn line_at(&mut self, offset: usize) -> u32 {
        while self.at < offset.min(self.bytes.len()) {
            match self.bytes[self.at] {
                b'\n' => self.line += 1,
                b'\r' if self.bytes.get(self.at + 1) != Some(&b'\n') => self.line += 1,
                _ => {}
            }
            self.at += 1;
        }
        self.line
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn fixed(csv: &str) -> (String, Vec<Change>) {
        let f = fix_csv(Taxonomy::builtin(), "t.csv", csv.as_bytes(), None).unwrap();
        (String::from_utf8(f.bytes).unwrap(), f.changes)
    }

    #[test]
    fn unambiguous_names_become_codes_and_the_rest_stays() {
        let (out, changes) = fixed("id,education,need\nr1,VO; Mbo,onbekend\nr2,vo,xyzzy\n");
        assert_eq!(out, "id,education,need\nr1,vo; mbo,?\nr2,vo,xyzzy\n");
        assert_eq!(changes.len(), 2);
        assert_eq!(
            (changes[0].place.clone(), changes[0].before.as_str()),
            ("B2".into(), "VO; Mbo")
        );
        assert_eq!(changes[1].after, "?");
    }

    #[test]
    fn a_fixed_file_needs_no_more_fixes() {
        let csv = "\u{feff}id;role;start;status\r\np1;SMW, IB'er;1-9-2021;Pilot\r\n";
        let (once, changes) = fixed(csv);
        assert_eq!(changes.len(), 3, "{changes:?}");
        assert!(once.starts_with('\u{feff}'));
        let (twice, again) = fixed(&once);
        assert_eq!((twice, again.len()), (once, 0));
    }

    #[test]
    fn windows_1252_bytes_outside_the_fixes_are_kept() {
        let mut csv = b"id;name;education\r\np1;Caf\xe9;VO\r\n".to_vec();
        let f = fix_csv(Taxonomy::builtin(), "t.csv", &csv, None).unwrap();
        csv.truncate(csv.len() - 4);
        csv.extend_from_slice(b"vo\r\n");
        assert_eq!(f.bytes, csv);
    }

    #[test]
    fn a_separator_is_fixed_only_when_every_part_is_a_code() {
        let (out, _) = fixed("id,education\nr1,\"vo, xyzzy\"\nr2,vo/mbo\n");
        assert_eq!(out, "id,education\nr1,\"vo, xyzzy\"\nr2,vo;mbo\n");
    }

    #[test]
    fn lines_count_blank_lines_and_multi_line_cells() {
        let (_, changes) = fixed("id,notes,education\r\n\r\nr1,\"a\r\nb\",VO\r\nr2,,MBO\r\n");
        let cells: Vec<String> = changes.iter().map(|c| c.place.clone()).collect();
        assert_eq!(cells, ["C3", "C5"]);
    }
}
