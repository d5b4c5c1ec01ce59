//! Reading records from YAML, JSON, JSON Lines and CSV, keeping positions.

use std::io::{BufRead, BufReader, Read};
use std::path::Path;
use std::sync::Arc;

use super::Record;
use jos_taxonomy::diagnostic::{Code, Diagnostic};
use jos_taxonomy::model::Location;
use jos_taxonomy::yaml;

pub(crate) mod csv_input;
pub(crate) mod csv_row;
mod yaml_doc;

pub(crate) use csv_input::{decode_lossy, sniff_delimiter};
use csv_row::csv_record;
use yaml_doc::parse_document;

/// A records file format.
#[derive(Copy, Clone, Debug, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum Format {
    /// A YAML list of records (`.yaml`, `.yml`).
    Yaml,
    /// A JSON array of records (`.json`).
    Json,
    /// One JSON record per line (`.jsonl`, `.ndjson`).
    JsonLines,
    /// One row per record with a header row (`.csv`, `.tsv`).
    Csv,
    /// A workbook (`.xlsx`, `.xlsm`, `.ods`, `.xls`): one sheet, one row per record with a
    /// header row, as in CSV. Read with the feature `xlsx`.
    Spreadsheet,
}

impl Format {
    /// The format a file name's extension implies.
    ///
    /// ```
    /// use jos_records::Format;
    /// assert_eq!(Format::from_path("pilots.csv".as_ref()), Some(Format::Csv));
    /// assert_eq!(Format::from_path("pilots.txt".as_ref()), None);
    /// ```
    pub fn from_path(path: &Path) -> Option<Format> {
        match path.extension()?.to_str()?.to_ascii_lowercase().as_str() {
            "yaml" | "yml" => Some(Format::Yaml),
            "json" => Some(Format::Json),
            "jsonl" | "ndjson" => Some(Format::JsonLines),
            "csv" | "tsv" => Some(Format::Csv),
            "xlsx" | "xlsm" | "ods" | "xls" => Some(Format::Spreadsheet),
            _ => None,
        }
    }
}

/// How to read a file where its contents leave a choice.
///
/// ```
/// use jos_records::{Format, ReadOptions, RecordReader};
/// let csv = "id|intensity\np1|universal-prevention\n";
/// let options = ReadOptions::default().with_delimiter(b'|');
/// let mut reader = RecordReader::from_reader_with("p.csv", csv.as_bytes(), Format::Csv, &options);
/// assert_eq!(reader.delimiter(), Some(b'|'));
/// assert_eq!(reader.next().unwrap()?.tags[0].codes[0].value, "universal-prevention");
/// # Ok::<(), Box<dyn std::error::Error>>(())
/// ```
#[derive(Clone, Debug, Default, PartialEq, Eq)]
#[non_exhaustive]
pub struct ReadOptions {
    /// The CSV separator; `None` reads it from the header line (`,`, `;` or tab).
    pub delimiter: Option<u8>,
    /// The sheet of a workbook to read; `None` reads the first.
    pub sheet: Option<String>,
}

impl ReadOptions {
    /// These options with the workbook sheet `sheet`.
    pub fn with_sheet(mut self, sheet: impl Into<String>) -> Self {
        self.sheet = Some(sheet.into());
        self
    }

    /// These options with the CSV separator `delimiter`.
    pub fn with_delimiter(mut self, delimiter: u8) -> Self {
        self.delimiter = Some(delimiter);
        self
    }
}

/// The longest line accepted in a JSON Lines or CSV file.
const MAX_LINE_BYTES: usize = 1024 * 1024;

/// Parses records from a text already in memory. Returns every record that could be read, or
/// the diagnostics when any part of the text could not be read as records.
pub fn parse_str(name: &str, text: &str, format: Format) -> Result<Vec<Record>, Vec<Diagnostic>> {
    let reader = RecordReader::from_bytes(name, text.as_bytes().to_vec(), format);
    let mut records = Vec::new();
    let mut errors = Vec::new();
    for item in reader {
        match item {
            Ok(r) => records.push(r),
            Err(d) => errors.push(d),
        }
    }
    if errors.is_empty() {
        Ok(records)
    } else {
        Err(errors)
    }
}

/// Reads every record of a file: the records that could be read, and a diagnostic for each part
/// that could not. The format follows the file's extension.
pub fn read_path(path: &Path) -> (Vec<Record>, Vec<Diagnostic>) {
    let mut records = Vec::new();
    let mut errors = Vec::new();
    match RecordReader::open(path) {
        Err(d) => errors.push(d),
        Ok(reader) => {
            for item in reader {
                match item {
                    Ok(r) => records.push(r),
                    Err(d) => errors.push(d),
                }
            }
        }
    }
    (records, errors)
}

/// An iterator over the records of one file. JSON Lines and CSV are read a line at a time;
/// YAML and JSON files are read whole (up to the size limit) and parsed once; a JSON file's
/// records are then built one at a time as they are asked for.
///
/// A reader is `Send`, so a file can be read on another thread than the one that opened it.
pub struct RecordReader {
    file: Arc<str>,
    inner: Inner,
    /// Findings about a CSV file's or sheet's header, given out before the first record.
    header: std::collections::VecDeque<Diagnostic>,
}

enum Inner {
    Done,
    Buffered(std::vec::IntoIter<Result<Record, Diagnostic>>),
    Json(Box<super::json::Document>),
    Lines {
        input: Box<dyn BufRead + Send>,
        line: u32,
        offset: usize,
    },
    Csv {
        reader: Box<csv::Reader<CsvInput>>,
        columns: Vec<String>,
        row: csv::StringRecord,
        facets: Vec<String>,
        delimiter: u8,
        /// Whether the switch to Windows-1252 has been reported.
        warned: bool,
        /// A record read after the switch, given out after the warning.
        held: Option<Box<Result<Record, Diagnostic>>>,
    },
    Sheet {
        /// `book.xlsx!Sheet`, the file of every location.
        file: Arc<str>,
        rows: std::vec::IntoIter<(u32, Vec<String>)>,
        columns: Vec<String>,
        facets: Vec<String>,
        /// The header's row.
        header_line: u32,
    },
}

/// What the csv parser reads: the text decoded, with its newlines remembered.
type CsvInput = csv_input::Lines<csv_input::Decode<Box<dyn Read + Send>>>;

impl RecordReader {
    fn new(file: Arc<str>, inner: Inner) -> RecordReader {
        RecordReader {
            file,
            inner,
            header: std::collections::VecDeque::new(),
        }
    }

    /// A workbook read whole (up to [`crate::sheet::MAX_WORKBOOK_BYTES`]) from `input`.
    fn read_workbook(name: &str, input: impl Read, options: &ReadOptions) -> Inner {
        let mut bytes = Vec::new();
        let limit = crate::sheet::MAX_WORKBOOK_BYTES as u64;
        match input.take(limit + 1).read_to_end(&mut bytes) {
            Ok(_) if bytes.len() as u64 > limit => Inner::Buffered(
                vec![Err(Diagnostic::new(
                    Code::FileTooLarge,
                    Location::file(name),
                    format!("`{name}` is larger than {limit} bytes"),
                )
                .with_hint("save the sheet as \"CSV UTF-8\"; CSV is streamed"))]
                .into_iter(),
            ),
            Ok(_) => RecordReader::from_workbook(name, &bytes, options),
            Err(e) => Inner::Buffered(vec![Err(io(name, &e))].into_iter()),
        }
    }

    /// Opens a records file; the format follows the extension.
    pub fn open(path: &Path) -> Result<RecordReader, Diagnostic> {
        RecordReader::open_with(path, &ReadOptions::default())
    }

    /// [`RecordReader::open`] with [`ReadOptions`].
    pub fn open_with(path: &Path, options: &ReadOptions) -> Result<RecordReader, Diagnostic> {
        let name = path.display().to_string();
        let format = Format::from_path(path).ok_or_else(|| {
            Diagnostic::new(
                Code::Io,
                Location::file(name.as_str()),
                format!("`{name}` has no known records extension"),
            )
            .with_hint("name the file .yaml, .json, .jsonl, .csv or .xlsx")
        })?;
        match format {
            Format::Yaml | Format::Json => {
                let text = jos_taxonomy::load::read_text_file(path)?;
                Ok(RecordReader::from_bytes(&name, text.into_bytes(), format))
            }
            Format::Spreadsheet => {
                let file = std::fs::File::open(path).map_err(|e| io(&name, &e))?;
                Ok(RecordReader::from_reader_with(&name, file, format, options))
            }
            Format::JsonLines | Format::Csv => {
                let meta = std::fs::metadata(path).map_err(|e| io(&name, &e))?;
                if meta.is_dir() {
                    return Err(Diagnostic::new(
                        Code::Io,
                        Location::file(name.as_str()),
                        format!("`{name}` is a directory, but a records file is expected"),
                    )
                    .with_hint("name the files themselves, for example `data/*.csv`"));
                }
                let file = std::fs::File::open(path).map_err(|e| io(&name, &e))?;
                Ok(RecordReader::from_reader_with(&name, file, format, options))
            }
        }
    }

    /// Reads records of `format` from bytes in memory; `name` is used in diagnostics.
    pub fn from_bytes(name: &str, bytes: Vec<u8>, format: Format) -> RecordReader {
        let file: Arc<str> = Arc::from(name);
        match format {
            Format::Yaml | Format::Json => {
                let items = match String::from_utf8(bytes) {
                    Ok(text) if format == Format::Json => {
                        let inner = match super::json::Document::new(file.clone(), text) {
                            Ok(document) => Inner::Json(Box::new(document)),
                            Err(d) => Inner::Buffered(vec![Err(d)].into_iter()),
                        };
                        return RecordReader::new(file, inner);
                    }
                    Ok(text) => parse_document(&file, &text),
                    Err(e) => vec![Err(utf8_error(
                        &file,
                        e.as_bytes(),
                        e.utf8_error().valid_up_to(),
                        1,
                    ))],
                };
                RecordReader::new(file, Inner::Buffered(items.into_iter()))
            }
            _ => RecordReader::from_reader(name, std::io::Cursor::new(bytes), format),
        }
    }

    /// A workbook's sheet as records: the header is the first row with an `id` cell (a title
    /// may stand above the table), or else the first row with a cell; the rows above it and
    /// empty rows are skipped; positions are the sheet's rows and columns
    /// (`book.xlsx!Blad1!C7`).
    fn from_workbook(name: &str, bytes: &[u8], options: &ReadOptions) -> Inner {
        let (sheet, rows) = match crate::sheet::rows(name, bytes, options.sheet.as_deref()) {
            Ok(x) => x,
            Err(d) => return Inner::Buffered(vec![Err(d)].into_iter()),
        };
        let blank = |cells: &[String]| cells.iter().all(|c| c.trim().is_empty());
        let mut rows: Vec<(u32, Vec<String>)> = rows
            .into_iter()
            .filter(|(_, cells)| !blank(cells))
            .collect();
        let names_id = |cells: &[String]| cells.iter().any(|c| c.trim().eq_ignore_ascii_case("id"));
        let header = rows.iter().position(|(_, c)| names_id(c)).unwrap_or(0);
        let mut rows = rows.split_off(header.min(rows.len())).into_iter();
        let (header_line, columns) = rows.next().map_or_else(
            || (1, Vec::new()),
            |(line, header)| (line, header.iter().map(|c| c.trim().to_owned()).collect()),
        );
        Inner::Sheet {
            file: Arc::from(format!("{name}!{sheet}")),
            rows,
            columns,
            facets: Vec::new(),
            header_line,
        }
    }

    /// Streams records of a line-based format (JSON Lines or CSV) from any reader (a file,
    /// standard input, a decompressor); YAML and JSON are read whole first. `name` is used in
    /// diagnostics.
    ///
    /// ```
    /// use jos_records::{Format, RecordReader};
    /// let csv = "id,intensity\np1,universal-prevention\n";
    /// for record in RecordReader::from_reader("p.csv", csv.as_bytes(), Format::Csv) {
    ///     let record = record?; // a Diagnostic is an Error
    ///     assert_eq!(record.id.unwrap().value, "p1");
    /// }
    /// # Ok::<(), Box<dyn std::error::Error>>(())
    /// ```
    pub fn from_reader<R: Read + Send + 'static>(
        name: &str,
        input: R,
        format: Format,
    ) -> RecordReader {
        RecordReader::from_reader_with(name, input, format, &ReadOptions::default())
    }

    /// [`RecordReader::from_reader`] with [`ReadOptions`].
    ///
    /// A CSV file is read as spreadsheets write it: separated by `,`, `;` or tab (read from the
    /// header line unless [`ReadOptions::delimiter`] says), in UTF-8 with or without a byte order
    /// mark, or else in Windows-1252, which a `legacy-encoding` warning reports just before the
    /// first row at or after the line where the text stops being UTF-8; no row is dropped. Positions are exact lines (LF or CRLF,
    /// blank lines and multi-line cells counted) and 1-based columns, shown as cells (`C7`).
    pub fn from_reader_with<R: Read + Send + 'static>(
        name: &str,
        input: R,
        format: Format,
        options: &ReadOptions,
    ) -> RecordReader {
        let input: Box<dyn Read + Send> = Box::new(input);
        let file: Arc<str> = Arc::from(name);
        let inner = match format {
            Format::Spreadsheet => RecordReader::read_workbook(name, input, options),
            Format::Csv => {
                let input: Box<dyn Read + Send> = Box::new(WholeFirstRead::new(input));
                match csv_input::peek_head(input) {
                    Err(e) => Inner::Buffered(vec![Err(io(name, &e))].into_iter()),
                    // A workbook saved under a .csv name is read as the workbook it is.
                    Ok((head, input)) if crate::sheet::is_workbook(&head) => {
                        RecordReader::read_workbook(name, input, options)
                    }
                    Ok((head, input)) => {
                        let delimiter = options
                            .delimiter
                            .unwrap_or_else(|| csv_input::sniff_delimiter(&head));
                        let input = csv_input::Lines::new(csv_input::Decode::new(input));
                        let mut reader = csv::ReaderBuilder::new()
                            .flexible(true)
                            .delimiter(delimiter)
                            .from_reader(input);
                        match reader.headers() {
                            Ok(h) => {
                                let columns = h
                                    .iter()
                                    .map(|c| c.trim().trim_start_matches('\u{feff}').to_owned())
                                    .collect();
                                Inner::Csv {
                                    reader: Box::new(reader),
                                    columns,
                                    row: csv::StringRecord::new(),
                                    facets: Vec::new(),
                                    delimiter,
                                    warned: false,
                                    held: None,
                                }
                            }
                            Err(e) => {
                                let line = csv_line(&mut reader, &e);
                                Inner::Buffered(vec![Err(csv_error(&file, &e, line))].into_iter())
                            }
                        }
                    }
                }
            }
            Format::JsonLines => Inner::Lines {
                input: Box::new(BufReader::with_capacity(64 * 1024, input)),
                line: 0,
                offset: 0,
            },
            Format::Yaml | Format::Json => {
                let mut text = Vec::new();
                let mut input = input.take(yaml::MAX_FILE_BYTES + 1);
                match input.read_to_end(&mut text) {
                    Ok(_) if text.len() as u64 > yaml::MAX_FILE_BYTES => Inner::Buffered(
                        vec![Err(Diagnostic::new(
                            Code::FileTooLarge,
                            Location::file(name),
                            format!("`{name}` is larger than {} bytes", yaml::MAX_FILE_BYTES),
                        )
                        .with_hint(
                            "use JSON Lines or CSV for large data sets; they are streamed",
                        ))]
                        .into_iter(),
                    ),
                    Ok(_) => return RecordReader::from_bytes(name, text, format),
                    Err(e) => Inner::Buffered(vec![Err(io(name, &e))].into_iter()),
                }
            }
        };
        RecordReader::new(file, inner)
    }
}

impl RecordReader {
    /// The separator of a CSV file (read from its header or given), `None` for other formats.
    pub fn delimiter(&self) -> Option<u8> {
        match &self.inner {
            Inner::Csv { delimiter, .. } => Some(*delimiter),
            _ => None,
        }
    }

    /// Reads a CSV file's or sheet's header against taxonomy `t`, as people write headers: the
    /// facets as columns ([`RecordReader::with_facets`]), headers matched in any case, with spaces
    /// or `_` for `-`, or by a facet's Dutch or English label (`Intensiteit`); a header close to
    /// a field or facet that is neither is one `unknown-column` error at its cell, given out
    /// before the first record. Facets of older releases count as facets too. For other formats
    /// it only sets the facets.
    ///
    /// ```
    /// use jos_records::{Format, RecordReader};
    /// use jos_taxonomy::Taxonomy;
    /// let csv = "ID,Intensiteit,fundig-mechanism\np1,universal-prevention,x\n";
    /// let items: Vec<_> = RecordReader::from_reader("p.csv", csv.as_bytes(), Format::Csv)
    ///     .with_taxonomy(Taxonomy::builtin())
    ///     .collect();
    /// let header = items[0].as_ref().unwrap_err();
    /// assert_eq!(header.code.as_str(), "unknown-column");
    /// assert_eq!(header.location().to_string(), "p.csv!C1");
    /// let record = items[1].as_ref().unwrap();
    /// assert_eq!(record.id.as_ref().unwrap().value, "p1");
    /// assert_eq!(record.tags[0].facet.value, "intensity");
    /// ```
    pub fn with_taxonomy(mut self, t: &jos_taxonomy::Taxonomy) -> Self {
        let found = match &mut self.inner {
            Inner::Csv { columns, .. } => csv_row::resolve_columns(columns, t, &self.file, 1),
            Inner::Sheet {
                file,
                columns,
                header_line,
                ..
            } => csv_row::resolve_columns(columns, t, file, *header_line),
            _ => Vec::new(),
        };
        self.header = found.into();
        self.with_facets(t.facets().iter().map(|f| f.id.clone()))
    }

    /// Tells a CSV reader which columns are facets (the others are kept as extra fields).
    /// Without it, every kebab-case column is read as a facet.
    pub fn with_facets(mut self, ids: impl IntoIterator<Item = String>) -> Self {
        if let Inner::Csv { facets, .. } | Inner::Sheet { facets, .. } = &mut self.inner {
            facets.extend(ids);
        }
        self
    }
}

impl Iterator for RecordReader {
    type Item = Result<Record, Diagnostic>;

    fn next(&mut self) -> Option<Self::Item> {
        if let Some(d) = self.header.pop_front() {
            return Some(Err(d));
        }
        match &mut self.inner {
            Inner::Done => None,
            Inner::Buffered(items) => items.next(),
            Inner::Json(document) => document.next(),
            Inner::Lines {
                input,
                line,
                offset,
            } => loop {
                let mut buf = Vec::new();
                *line += 1;
                match read_line(input.as_mut(), &mut buf) {
                    Err(e) => {
                        self.inner = Inner::Done;
                        return Some(Err(io(&self.file, &e)));
                    }
                    Ok(None) => {
                        self.inner = Inner::Done;
                        return None;
                    }
                    Ok(Some(LineRead::TooLong(n))) => {
                        let at = Location::new(self.file.clone(), *line, 1);
                        *offset += n;
                        return Some(Err(Diagnostic::new(Code::FileTooLarge, at, format!("line {line} is longer than {MAX_LINE_BYTES} bytes"))
                            .with_hint("one record per line; a record this large is not a practice description")));
                    }
                    Ok(Some(LineRead::Line(n))) => {
                        let start = *offset;
                        *offset += n;
                        let text = match std::str::from_utf8(&buf) {
                            Ok(t) => t,
                            Err(e) => {
                                return Some(Err(utf8_error(
                                    &self.file,
                                    &buf,
                                    e.valid_up_to(),
                                    *line,
                                )));
                            }
                        };
                        let mut trimmed = text.trim_end_matches(['\n', '\r']);
                        let mut start = start;
                        // A byte order mark (some Windows editors write one) is not part of
                        // the first record.
                        if start == 0
                            && let Some(rest) = trimmed.strip_prefix('\u{feff}')
                        {
                            trimmed = rest;
                            start = '\u{feff}'.len_utf8();
                        }
                        if trimmed.trim().is_empty() {
                            continue;
                        }
                        return Some(super::json::parse_line(&self.file, trimmed, *line, start));
                    }
                }
            },
            Inner::Sheet {
                file,
                rows,
                columns,
                facets,
                ..
            } => {
                let (line, cells) = rows.next()?;
                let row = csv::StringRecord::from(cells);
                Some(csv_record(file, columns, &row, line, facets))
            }
            Inner::Csv {
                reader,
                columns,
                row,
                facets,
                warned,
                held,
                ..
            } => {
                if let Some(item) = held.take() {
                    return Some(*item);
                }
                let item = loop {
                    break match reader.read_record(row) {
                        Ok(false) => None,
                        Ok(true) => {
                            let line = row
                                .position()
                                .map_or(0, |p| reader.get_mut().line_of(p.byte()));
                            // A row of empty cells (`;;;;`, as a spreadsheet saves an empty
                            // row) is no record.
                            if row.iter().all(|c| c.trim().is_empty()) {
                                continue;
                            }
                            Some(csv_record(&self.file, columns, row, line, facets))
                        }
                        Err(e) => {
                            let line = csv_line(reader, &e);
                            Some(Err(csv_error(&self.file, &e, line)))
                        }
                    };
                };
                // Report the switch to Windows-1252 just before the first row that holds text
                // after it (or at the end): the parser reads ahead, so the switch may be seen
                // while earlier rows are still being given out, and the warning must not depend
                // on how far it read. A row that ends past the switch was decoded past it, so
                // the switch is known by then.
                if !*warned && let Some((line, offset)) = reader.get_ref().inner.switched_at {
                    let end = reader.position().byte();
                    if item.is_none() || end > offset {
                        *warned = true;
                        *held = item.map(Box::new);
                        return Some(Err(legacy_encoding(&self.file, line)));
                    }
                }
                match item {
                    None => {
                        self.inner = Inner::Done;
                        None
                    }
                    Some(Err(d)) if d.code == Code::Io => {
                        self.inner = Inner::Done;
                        Some(Err(d))
                    }
                    item => item,
                }
            }
        }
    }
}

enum LineRead {
    Line(usize),
    TooLong(usize),
}

/// Reads one line (with its newline) into `buf`, refusing to hold more than MAX_LINE_BYTES.
fn read_line(input: &mut dyn BufRead, buf: &mut Vec<u8>) -> std::io::Result<Option<LineRead>> {
    let mut total = 0usize;
    let mut too_long = false;
    loop {
        let available = input.fill_buf()?;
        if available.is_empty() {
            return Ok(if total == 0 {
                None
            } else if too_long {
                Some(LineRead::TooLong(total))
            } else {
                Some(LineRead::Line(total))
            });
        }
        let (used, done) = match available.iter().position(|&b| b == b'\n') {
            Some(i) => (i + 1, true),
            None => (available.len(), false),
        };
        if !too_long {
            if buf.len() + used > MAX_LINE_BYTES {
                too_long = true;
                buf.clear();
            } else {
                buf.extend_from_slice(&available[..used]);
            }
        }
        total += used;
        input.consume(used);
        if done {
            return Ok(Some(if too_long {
                LineRead::TooLong(total)
            } else {
                LineRead::Line(total)
            }));
        }
    }
}

fn io(name: &str, e: &std::io::Error) -> Diagnostic {
    Diagnostic::new(
        Code::Io,
        Location::file(name),
        format!("cannot read `{name}`: {e}"),
    )
    .with_hint("check the path and the file's permissions")
}

fn utf8_error(file: &Arc<str>, bytes: &[u8], valid_up_to: usize, first_line: u32) -> Diagnostic {
    let prefix = std::str::from_utf8(&bytes[..valid_up_to]).unwrap_or_default();
    let (line, column) = jos_taxonomy::text::line_column(prefix);
    let line = first_line + line - 1;
    Diagnostic::new(
        Code::InvalidUtf8,
        Location::new(file.clone(), line, column),
        format!("`{file}` is not valid UTF-8 here"),
    )
    .with_hint("save the file as UTF-8 (in a spreadsheet: \"CSV UTF-8\")")
}

/// The line of a csv parser's error, counted from the bytes read.
fn csv_line(reader: &mut csv::Reader<CsvInput>, e: &csv::Error) -> u32 {
    let byte = match e.kind() {
        csv::ErrorKind::Utf8 { pos: Some(p), .. } => Some(p.byte()),
        _ => e.position().map(csv::Position::byte),
    };
    byte.map_or(0, |b| reader.get_mut().line_of(b))
}

fn legacy_encoding(file: &Arc<str>, line: u32) -> Diagnostic {
    Diagnostic::new(
        Code::LegacyEncoding,
        Location::new(file.clone(), line, 0),
        format!("`{file}` is not UTF-8 from line {line} on; it was read as Windows-1252, the encoding of Excel's plain \"CSV\" on Dutch Windows"),
    )
    .with_hint("save it as \"CSV UTF-8\" to be sure that characters such as é, ë and € are read as meant; no row was left out")
}

fn csv_error(file: &Arc<str>, e: &csv::Error, line: u32) -> Diagnostic {
    match e.kind() {
        // The input is decoded before parsing, so this is only a guard.
        csv::ErrorKind::Utf8 { err, .. } => Diagnostic::new(
            Code::InvalidUtf8,
            Location::new(file.clone(), line, err.field() as u32 + 1),
            format!("column {} is not valid UTF-8", err.field() + 1),
        )
        .with_hint("save the file as UTF-8 (in a spreadsheet: \"CSV UTF-8\")"),
        csv::ErrorKind::Io(err) => Diagnostic::new(
            Code::Io,
            Location::file(file.clone()),
            format!("cannot read `{file}`: {err}"),
        ),
        _ => Diagnostic::new(
            Code::InvalidValue,
            Location::new(file.clone(), line.max(1), 1),
            format!("cannot read the CSV: {e}"),
        ),
    }
}

// --- YAML, JSON and JSON Lines (JSON is read with the YAML parser, which gives positions) ------

/// A `RecordReader` (and so every input it may hold) can move between threads.
const _: () = {
    const fn send<T: Send>() {}
    send::<RecordReader>();
};

/// A reader whose first read returns at least three bytes when the input has them.
///
/// The csv crate skips a UTF-8 byte order mark only when it arrives whole in its first read;
/// a pipe or a slow reader may deliver the first bytes one or two at a time, and the mark would
/// then become part of the first header (found by fuzzing: the same bytes read whole and read
/// in small pieces gave different records). Reading the first three bytes completely makes the
/// result independent of how the input is cut into reads.
struct WholeFirstRead<R> {
    head: Vec<u8>,
    at: usize,
    inner: R,
    started: bool,
}

impl<R: Read> WholeFirstRead<R> {
    fn new(inner: R) -> Self {
        WholeFirstRead {
            head: Vec::new(),
            at: 0,
            inner,
            started: false,
        }
    }
}

impl<R: Read> Read for WholeFirstRead<R> {
    fn read(&mut self, buf: &mut [u8]) -> std::io::Result<usize> {
        if !self.started {
            self.started = true;
            let mut chunk = [0u8; 3];
            while self.head.len() < 3 {
                let want = 3 - self.head.len();
                match self.inner.read(&mut chunk[..want]) {
                    Ok(0) => break,
                    Ok(n) => self.head.extend_from_slice(&chunk[..n]),
                    Err(e) if e.kind() == std::io::ErrorKind::Interrupted => {}
                    Err(e) => return Err(e),
                }
            }
        }
        if self.at < self.head.len() {
            let n = (self.head.len() - self.at).min(buf.len());
            buf[..n].copy_from_slice(&self.head[self.at..self.at + n]);
            self.at += n;
            return Ok(n);
        }
        self.inner.read(buf)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// Hands out its bytes one or two at a time, as a pipe may.
    struct Trickle(Vec<u8>, usize);

    impl Read for Trickle {
        fn read(&mut self, buf: &mut [u8]) -> std::io::Result<usize> {
            let n = (1 + self.1 % 2).min(buf.len()).min(self.0.len() - self.1);
            buf[..n].copy_from_slice(&self.0[self.1..self.1 + n]);
            self.1 += n;
            Ok(n)
        }
    }

    #[test]
    fn csv_records_do_not_depend_on_how_the_input_is_cut_into_reads() {
        // Found by fuzzing (records_csv): a byte order mark that arrived in pieces became part
        // of the header, so the first line was read as a header and the second as a record.
        for data in [
            &b"\xef\xbb\xbf\r\r\r\x0b\r\r\r\r\r\r\r"[..],
            b"\xef\xbb\xbfid,intensity\r\np1,universal-prevention\r\n",
        ] {
            let whole: Vec<_> =
                RecordReader::from_bytes("x.csv", data.to_vec(), Format::Csv).collect();
            let pieces: Vec<_> =
                RecordReader::from_reader("x.csv", Trickle(data.to_vec(), 0), Format::Csv)
                    .collect();
            assert_eq!(whole, pieces);
        }
    }
}
