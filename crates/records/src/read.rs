//! Reading records from YAML, JSON, JSON Lines and CSV, keeping positions.

use std::io::{BufRead, BufReader, Read};
use std::path::Path;
use std::sync::Arc;

use serde::Deserialize;
use serde::de::{self, MapAccess, SeqAccess, Visitor};

use super::{FacetTags, Field, Organisations, Record};
use jos_taxonomy::diagnostic::{Code, Diagnostic};
use jos_taxonomy::model::Location;
use jos_taxonomy::yaml::{self, Spanned};

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
    /// One row per record with a header row (`.csv`).
    Csv,
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
            "csv" => Some(Format::Csv),
            _ => None,
        }
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
        reader: Box<csv::Reader<Box<dyn Read + Send>>>,
        columns: Vec<String>,
        row: csv::StringRecord,
        facets: Vec<String>,
    },
}

impl RecordReader {
    /// Opens a records file; the format follows the extension.
    pub fn open(path: &Path) -> Result<RecordReader, Diagnostic> {
        let name = path.display().to_string();
        let format = Format::from_path(path).ok_or_else(|| {
            Diagnostic::new(
                Code::Io,
                Location::file(name.as_str()),
                format!("`{name}` has no known records extension"),
            )
            .with_hint("name the file .yaml, .json, .jsonl or .csv")
        })?;
        match format {
            Format::Yaml | Format::Json => {
                let text = jos_taxonomy::load::read_text_file(path)?;
                Ok(RecordReader::from_bytes(&name, text.into_bytes(), format))
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
                Ok(RecordReader::from_reader(&name, file, format))
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
                        return RecordReader { file, inner };
                    }
                    Ok(text) => parse_document(&file, &text),
                    Err(e) => vec![Err(utf8_error(
                        &file,
                        e.as_bytes(),
                        e.utf8_error().valid_up_to(),
                        1,
                    ))],
                };
                RecordReader {
                    file,
                    inner: Inner::Buffered(items.into_iter()),
                }
            }
            _ => RecordReader::from_reader(name, std::io::Cursor::new(bytes), format),
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
        let input: Box<dyn Read + Send> = Box::new(input);
        let file: Arc<str> = Arc::from(name);
        let inner = match format {
            Format::Csv => {
                let mut reader = csv::ReaderBuilder::new().flexible(true).from_reader(input);
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
                        }
                    }
                    Err(e) => Inner::Buffered(vec![Err(csv_error(&file, &e))].into_iter()),
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
        RecordReader { file, inner }
    }
}

impl RecordReader {
    /// Tells a CSV reader which columns are facets (the others are kept as extra fields).
    /// Without it, every kebab-case column is read as a facet.
    pub fn with_facets(mut self, ids: impl IntoIterator<Item = String>) -> Self {
        if let Inner::Csv { facets, .. } = &mut self.inner {
            facets.extend(ids);
        }
        self
    }
}

impl Iterator for RecordReader {
    type Item = Result<Record, Diagnostic>;

    fn next(&mut self) -> Option<Self::Item> {
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
            Inner::Csv {
                reader,
                columns,
                row,
                facets,
            } => match reader.read_record(row) {
                Ok(false) => {
                    self.inner = Inner::Done;
                    None
                }
                Ok(true) => Some(csv_record(&self.file, columns, row, facets)),
                Err(e) => {
                    let d = csv_error(&self.file, &e);
                    if matches!(e.kind(), csv::ErrorKind::Io(_)) {
                        self.inner = Inner::Done;
                    }
                    Some(Err(d))
                }
            },
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
    let line = first_line + prefix.matches('\n').count() as u32;
    let column = prefix.rsplit('\n').next().map_or(0, |l| l.chars().count()) as u32 + 1;
    Diagnostic::new(
        Code::InvalidUtf8,
        Location::new(file.clone(), line, column),
        format!("`{file}` is not valid UTF-8 here"),
    )
    .with_hint("save the file as UTF-8 (in a spreadsheet: \"CSV UTF-8\")")
}

fn csv_error(file: &Arc<str>, e: &csv::Error) -> Diagnostic {
    let line = e.position().map_or(0, |p| p.line() as u32);
    match e.kind() {
        csv::ErrorKind::Utf8 { pos, err } => Diagnostic::new(
            Code::InvalidUtf8,
            Location::new(
                file.clone(),
                pos.as_ref().map_or(line, |p| p.line() as u32),
                err.field() as u32 + 1,
            ),
            format!("column {} is not valid UTF-8", err.field() + 1),
        )
        .with_hint("save the file as UTF-8 (in a spreadsheet: \"CSV UTF-8\")"),
        _ => Diagnostic::new(
            Code::InvalidValue,
            Location::new(file.clone(), line.max(1), 1),
            format!("cannot read the CSV: {e}"),
        ),
    }
}

// --- YAML, JSON and JSON Lines (JSON is read with the YAML parser, which gives positions) ------

fn parse_document(file: &Arc<str>, text: &str) -> Vec<Result<Record, Diagnostic>> {
    match yaml::parse::<Vec<Spanned<RawRecord>>>(file, text) {
        Ok(list) => list.into_iter().map(|r| Ok(lower(file, r, 0, 0))).collect(),
        Err(d) => vec![Err(d)],
    }
}

/// A scalar read as text, whatever its YAML type (dates, numbers and booleans stay as written).
struct Text(Option<String>);

impl<'de> Deserialize<'de> for Text {
    fn deserialize<D: serde::Deserializer<'de>>(d: D) -> Result<Self, D::Error> {
        struct V;
        impl Visitor<'_> for V {
            type Value = Text;
            fn expecting(&self, f: &mut std::fmt::Formatter) -> std::fmt::Result {
                f.write_str("text")
            }
            fn visit_str<E: de::Error>(self, v: &str) -> Result<Text, E> {
                Ok(Text(Some(v.to_owned())))
            }
            fn visit_i64<E: de::Error>(self, v: i64) -> Result<Text, E> {
                Ok(Text(Some(v.to_string())))
            }
            fn visit_u64<E: de::Error>(self, v: u64) -> Result<Text, E> {
                Ok(Text(Some(v.to_string())))
            }
            fn visit_f64<E: de::Error>(self, v: f64) -> Result<Text, E> {
                Ok(Text(Some(v.to_string())))
            }
            fn visit_bool<E: de::Error>(self, v: bool) -> Result<Text, E> {
                Ok(Text(Some(v.to_string())))
            }
            fn visit_unit<E: de::Error>(self) -> Result<Text, E> {
                Ok(Text(None))
            }
            fn visit_none<E: de::Error>(self) -> Result<Text, E> {
                Ok(Text(None))
            }
        }
        d.deserialize_any(V)
    }
}

#[derive(Deserialize, Default)]
#[serde(deny_unknown_fields)]
struct RawOrganisations {
    #[serde(default)]
    schools: Option<Spanned<OneOrMany>>,
    #[serde(default)]
    youth_care: Option<Spanned<OneOrMany>>,
    #[serde(default)]
    municipalities: Option<Spanned<OneOrMany>>,
    #[serde(default)]
    other: Option<Spanned<OneOrMany>>,
}

/// A scalar or a sequence of scalars, each spanned.
struct OneOrMany(Vec<Spanned<Text>>);

impl<'de> Deserialize<'de> for OneOrMany {
    fn deserialize<D: serde::Deserializer<'de>>(d: D) -> Result<Self, D::Error> {
        struct V;
        impl<'de> Visitor<'de> for V {
            type Value = OneOrMany;
            fn expecting(&self, f: &mut std::fmt::Formatter) -> std::fmt::Result {
                f.write_str("a text or a list of texts")
            }
            fn visit_seq<A: SeqAccess<'de>>(self, mut seq: A) -> Result<OneOrMany, A::Error> {
                let mut out = Vec::new();
                while let Some(item) = seq.next_element::<Spanned<Text>>()? {
                    out.push(item);
                }
                Ok(OneOrMany(out))
            }
            fn visit_str<E: de::Error>(self, v: &str) -> Result<OneOrMany, E> {
                Err(E::custom(format!(
                    "expected a list, found the single value `{v}`; write it as [{v}]"
                )))
            }
            fn visit_unit<E: de::Error>(self) -> Result<OneOrMany, E> {
                Ok(OneOrMany(Vec::new()))
            }
        }
        d.deserialize_any(V)
    }
}

/// `tags:` — facet id to a list of codes, in the order written.
struct RawTags(Vec<(Spanned<String>, Spanned<OneOrMany>)>);

impl<'de> Deserialize<'de> for RawTags {
    fn deserialize<D: serde::Deserializer<'de>>(d: D) -> Result<Self, D::Error> {
        struct V;
        impl<'de> Visitor<'de> for V {
            type Value = RawTags;
            fn expecting(&self, f: &mut std::fmt::Formatter) -> std::fmt::Result {
                f.write_str("a mapping from facet id to a list of concept ids")
            }
            fn visit_map<A: MapAccess<'de>>(self, mut map: A) -> Result<RawTags, A::Error> {
                let mut out = Vec::new();
                while let Some(key) = map.next_key::<Spanned<String>>()? {
                    out.push((key, map.next_value::<Spanned<OneOrMany>>()?));
                }
                Ok(RawTags(out))
            }
            fn visit_unit<E: de::Error>(self) -> Result<RawTags, E> {
                Ok(RawTags(Vec::new()))
            }
        }
        d.deserialize_any(V)
    }
}

/// A record as written; fields are matched by hand so unknown ones are kept, not refused.
#[derive(Default)]
struct RawRecord {
    fields: Vec<(String, Spanned<Text>)>,
    organisations: Option<RawOrganisations>,
    tags: Option<RawTags>,
    extra: Vec<(String, serde_json::Value)>,
}

const TEXT_FIELDS: &[&str] = &[
    "id",
    "name",
    "region",
    "start",
    "end",
    "status",
    "description",
    "taxonomy_version",
    "coder",
    "notes",
];

impl<'de> Deserialize<'de> for RawRecord {
    fn deserialize<D: serde::Deserializer<'de>>(d: D) -> Result<Self, D::Error> {
        struct V;
        impl<'de> Visitor<'de> for V {
            type Value = RawRecord;
            fn expecting(&self, f: &mut std::fmt::Formatter) -> std::fmt::Result {
                f.write_str("a record (a mapping with id, name, tags, ...)")
            }
            fn visit_map<A: MapAccess<'de>>(self, mut map: A) -> Result<RawRecord, A::Error> {
                let mut raw = RawRecord::default();
                while let Some(key) = map.next_key::<String>()? {
                    match key.as_str() {
                        k if TEXT_FIELDS.contains(&k) => {
                            let v = map.next_value::<Spanned<Text>>()?;
                            raw.fields.push((key, v));
                        }
                        "organisations" => raw.organisations = Some(map.next_value()?),
                        "tags" => raw.tags = Some(map.next_value()?),
                        _ => {
                            let v = map.next_value::<serde_json::Value>()?;
                            raw.extra.push((key, v));
                        }
                    }
                }
                Ok(raw)
            }
        }
        d.deserialize_any(V)
    }
}

fn field(file: &Arc<str>, s: Spanned<Text>, line_offset: u32, byte_offset: usize) -> Option<Field> {
    let mut location = yaml::location(file, &s);
    let bytes = s
        .bytes()
        .map(|r| (r.start + byte_offset)..(r.end + byte_offset));
    let value = s.value.0?;
    location.line += line_offset;
    Some(Field {
        value,
        location,
        bytes,
    })
}

fn lower(file: &Arc<str>, raw: Spanned<RawRecord>, line_offset: u32, byte_offset: usize) -> Record {
    let mut location = yaml::location(file, &raw);
    location.line += line_offset;
    let raw = raw.value;
    let mut record = Record {
        location,
        extra: raw.extra,
        ..Record::default()
    };
    for (key, value) in raw.fields {
        let f = field(file, value, line_offset, byte_offset);
        let slot = match key.as_str() {
            "id" => &mut record.id,
            "name" => &mut record.name,
            "region" => &mut record.region,
            "start" => &mut record.start,
            "end" => &mut record.end,
            "status" => &mut record.status,
            "description" => &mut record.description,
            "taxonomy_version" => &mut record.taxonomy_version,
            "coder" => &mut record.coder,
            _ => &mut record.notes,
        };
        *slot = f;
    }
    let list = |v: Option<Spanned<OneOrMany>>| -> Vec<Field> {
        v.map(|s| {
            s.value
                .0
                .into_iter()
                .filter_map(|t| field(file, t, line_offset, byte_offset))
                .collect()
        })
        .unwrap_or_default()
    };
    if let Some(o) = raw.organisations {
        record.organisations = Organisations {
            schools: list(o.schools),
            youth_care: list(o.youth_care),
            municipalities: list(o.municipalities),
            other: list(o.other),
        };
    }
    if let Some(tags) = raw.tags {
        for (facet, codes) in tags.0 {
            let mut facet_loc = yaml::location(file, &facet);
            facet_loc.line += line_offset;
            record.tags.push(FacetTags {
                facet: Field {
                    value: facet.value,
                    location: facet_loc,
                    bytes: None,
                },
                codes: codes
                    .value
                    .0
                    .into_iter()
                    .filter_map(|t| field(file, t, line_offset, byte_offset))
                    .collect(),
            });
        }
    }
    record
}

// --- CSV -------------------------------------------------------------------------------------

fn csv_record(
    file: &Arc<str>,
    columns: &[String],
    row: &csv::StringRecord,
    facets: &[String],
) -> Result<Record, Diagnostic> {
    let line = row.position().map_or(0, |p| p.line() as u32);
    let mut record = Record {
        location: Location::new(file.clone(), line, 1),
        ..Record::default()
    };
    if row.len() != columns.len() {
        return Err(Diagnostic::new(
            Code::InvalidValue,
            record.location.clone(),
            format!(
                "row has {} cells, but the header has {} columns",
                row.len(),
                columns.len()
            ),
        )
        .with_hint("every row needs one cell per column; quote cells that contain commas"));
    }
    for (i, (column, cell)) in columns.iter().zip(row.iter()).enumerate() {
        let at = Location::new(file.clone(), line, i as u32 + 1);
        let cell = cell.trim();
        if cell.is_empty() {
            continue;
        }
        let split = || -> Vec<Field> {
            cell.split(';')
                .map(str::trim)
                .filter(|s| !s.is_empty())
                .map(|s| Field::new(s, at.clone()))
                .collect()
        };
        match column.as_str() {
            "id" => record.id = Some(Field::new(cell, at)),
            "name" => record.name = Some(Field::new(cell, at)),
            "region" => record.region = Some(Field::new(cell, at)),
            "start" => record.start = Some(Field::new(cell, at)),
            "end" => record.end = Some(Field::new(cell, at)),
            "status" => record.status = Some(Field::new(cell, at)),
            "description" => record.description = Some(Field::new(cell, at)),
            "taxonomy_version" => record.taxonomy_version = Some(Field::new(cell, at)),
            "coder" => record.coder = Some(Field::new(cell, at)),
            "notes" => record.notes = Some(Field::new(cell, at)),
            "schools" => record.organisations.schools = split(),
            "youth_care" => record.organisations.youth_care = split(),
            "municipalities" => record.organisations.municipalities = split(),
            "other_organisations" => record.organisations.other = split(),
            facet if facet.starts_with("tags.") || is_facet_column(facet, facets) => {
                let facet = facet.strip_prefix("tags.").unwrap_or(facet);
                record.tags.push(FacetTags {
                    facet: Field::new(facet, Location::new(file.clone(), 1, i as u32 + 1)),
                    codes: split(),
                });
            }
            other => record
                .extra
                .push((other.to_owned(), serde_json::Value::String(cell.to_owned()))),
        }
    }
    Ok(record)
}

/// Whether a CSV column holds codes: a facet of the taxonomy (or, when no facets were given, any
/// kebab-case column). Other columns are kept as extra fields; the checks flag names that look
/// like a misspelt facet.
fn is_facet_column(column: &str, facets: &[String]) -> bool {
    if facets.is_empty() {
        jos_taxonomy::text::is_kebab_id(column)
    } else {
        facets.iter().any(|f| f == column)
    }
}

/// A `RecordReader` (and so every input it may hold) can move between threads.
const _: () = {
    const fn send<T: Send>() {}
    send::<RecordReader>();
};
