//! Migrating records to a newer taxonomy version: deprecated codes become their replacements and
//! `taxonomy_version` is updated. Nothing else changes: in YAML, JSON and JSON Lines the edits
//! are made in the text itself, so comments, key order, formatting and unknown fields survive
//! byte for byte. A code that was split into several concepts is flagged for a person.

use std::ops::Range;

use super::{Format, Record, RecordReader};
use jos_taxonomy::diagnostic::{Code, Diagnostic};
use jos_taxonomy::model::Taxonomy;

/// The outcome of a migration.
#[derive(Clone, Debug, Default)]
#[non_exhaustive]
pub struct Migration {
    /// The migrated file content.
    pub text: String,
    /// One line per change made, such as "record `x`: `old` -> `new`".
    pub changes: Vec<String>,
    /// What a person must decide (codes split into several concepts) and what could not be
    /// read; these records keep their old codes.
    pub flags: Vec<Diagnostic>,
}

/// Migrates the records in `text` (a file named `name` in `format`) to `taxonomy`'s version.
///
/// ```
/// use jos_records::{Format, migrate::migrate};
/// use jos_taxonomy::Taxonomy;
/// let text = "# kept\n- id: a  # kept too\n  taxonomy_version: 0.9.0\n  tags: {education: [mbo]}\n";
/// let m = migrate(Taxonomy::builtin(), "a.yaml", text, Format::Yaml);
/// assert_eq!(m.text, text.replace("0.9.0", "1.0.0"));
/// ```
pub fn migrate(taxonomy: &Taxonomy, name: &str, text: &str, format: Format) -> Migration {
    let to = taxonomy.version().to_string();
    let mut m = Migration::default();
    if format == Format::Csv {
        return migrate_csv(taxonomy, name, text);
    }
    let mut edits: Vec<(Range<usize>, String)> = Vec::new();
    let mut inserts: Vec<(usize, String)> = Vec::new();
    let reader = RecordReader::from_bytes(name, text.as_bytes().to_vec(), format);
    for item in reader {
        let record = match item {
            Ok(r) => r,
            Err(d) => {
                m.flags.push(d);
                continue;
            }
        };
        let what = record.describe();
        for tags in &record.tags {
            for code in &tags.codes {
                let Some(concept) = taxonomy.concept(&code.value) else {
                    continue;
                };
                let Some(d) = &concept.deprecated else {
                    continue;
                };
                match d.replaced_by.as_slice() {
                    [one] => match code.bytes.clone().and_then(|r| value_range(text, r, &code.value)) {
                        Some(range) => {
                            edits.push((range, one.value.clone()));
                            m.changes.push(format!("{what}: `{}` -> `{}`", code.value, one.value));
                        }
                        None => m.flags.push(Diagnostic::new(Code::DeprecatedCode, code.location.clone(), format!("{what}: cannot locate `{}` in the text to replace it", code.value)).with_hint(format!("replace it by hand with `{}`", one.value))),
                    },
                    many => m.flags.push(
                        Diagnostic::new(Code::DeprecatedCode, code.location.clone(), format!("{what}: `{}` was split into {}; a person must choose", code.value, many.iter().map(|r| format!("`{}`", r.value)).collect::<Vec<_>>().join(", ")))
                            .with_hint("read the definitions (`jos show ID`) and replace the code by hand; this record is otherwise migrated"),
                    ),
                }
            }
        }
        version_edit(text, &record, &to, format, &mut edits, &mut inserts, &mut m);
    }
    let mut all: Vec<(Range<usize>, String)> = edits;
    all.extend(inserts.into_iter().map(|(at, s)| (at..at, s)));
    all.sort_by_key(|e| std::cmp::Reverse(e.0.start));
    let mut out = text.to_owned();
    for (range, replacement) in all {
        out.replace_range(range, &replacement);
    }
    m.text = out;
    m
}

/// Where exactly `value` stands within `range` (inside quotes if it is quoted).
fn value_range(text: &str, range: Range<usize>, value: &str) -> Option<Range<usize>> {
    let slice = text.get(range.clone())?;
    if slice == value {
        return Some(range);
    }
    let start = slice.find(value)?;
    let before = &slice[..start];
    let after = &slice[start + value.len()..];
    let quoted = (before == "\"" && after == "\"") || (before == "'" && after == "'");
    quoted.then(|| range.start + start..range.start + start + value.len())
}

fn version_edit(
    text: &str,
    record: &Record,
    to: &str,
    format: Format,
    edits: &mut Vec<(Range<usize>, String)>,
    inserts: &mut Vec<(usize, String)>,
    m: &mut Migration,
) {
    let what = record.describe();
    match &record.taxonomy_version {
        Some(v) if v.value == to => {}
        Some(v) => match v.bytes.clone().and_then(|r| value_range(text, r, &v.value)) {
            Some(range) => {
                edits.push((range, to.to_owned()));
                m.changes
                    .push(format!("{what}: taxonomy_version {} -> {to}", v.value));
            }
            None => m.flags.push(
                Diagnostic::new(
                    Code::TaxonomyVersionMismatch,
                    v.location.clone(),
                    format!("{what}: cannot locate taxonomy_version in the text"),
                )
                .with_hint(format!("set it to {to} by hand")),
            ),
        },
        None => {
            // Insert the field: in block YAML on its own line after the id, in JSON after `{`.
            let Some(id) = &record.id else { return };
            let Some(id_range) = id.bytes.clone() else {
                return;
            };
            let line_start = text[..id_range.start].rfind('\n').map_or(0, |i| i + 1);
            let flow = text[line_start..id_range.start].contains('{');
            match format {
                Format::Yaml if !flow => {
                    let line_end = text[id_range.end..]
                        .find('\n')
                        .map_or(text.len(), |i| id_range.end + i);
                    let indent = " ".repeat(record.location.column.saturating_sub(1) as usize);
                    let newline = if text[..line_end].ends_with('\r') {
                        "\r\n"
                    } else {
                        "\n"
                    };
                    let (at, prefix) = if line_end < text.len() {
                        (line_end + 1, "")
                    } else {
                        (line_end, newline)
                    };
                    inserts.push((
                        at,
                        format!("{prefix}{indent}taxonomy_version: {to}{newline}"),
                    ));
                    m.changes
                        .push(format!("{what}: taxonomy_version set to {to}"));
                }
                Format::Yaml | Format::Json | Format::JsonLines => {
                    if let Some(brace) = text[..id_range.start].rfind('{') {
                        let quote = if format == Format::Yaml { "" } else { "\"" };
                        inserts.push((
                            brace + 1,
                            format!("{quote}taxonomy_version{quote}: \"{to}\", "),
                        ));
                        m.changes
                            .push(format!("{what}: taxonomy_version set to {to}"));
                    }
                }
                _ => m.flags.push(
                    Diagnostic::new(
                        Code::TaxonomyVersionMismatch,
                        record.location.clone(),
                        format!("{what} has no taxonomy_version"),
                    )
                    .with_hint(format!("add `taxonomy_version: {to}` by hand")),
                ),
            }
        }
    }
}

/// CSV has no comments to keep; cells are rewritten and the file is written back with the same
/// columns in the same order (quoting may be normalised).
fn migrate_csv(taxonomy: &Taxonomy, name: &str, text: &str) -> Migration {
    let to = taxonomy.version().to_string();
    let mut m = Migration::default();
    let mut reader = csv::ReaderBuilder::new()
        .has_headers(true)
        .flexible(true)
        .from_reader(text.as_bytes());
    let headers = match reader.headers() {
        Ok(h) => h.clone(),
        Err(e) => {
            m.flags.push(Diagnostic::new(
                Code::InvalidValue,
                jos_taxonomy::model::Location::new(name, 1, 1),
                format!("cannot read the CSV header: {e}"),
            ));
            m.text = text.to_owned();
            return m;
        }
    };
    let mut out = csv::WriterBuilder::new().from_writer(Vec::new());
    let _ = out.write_record(&headers);
    let version_col = headers.iter().position(|h| h.trim() == "taxonomy_version");
    for row in reader.records() {
        let row = match row {
            Ok(r) => r,
            Err(e) => {
                m.flags.push(Diagnostic::new(
                    Code::InvalidValue,
                    jos_taxonomy::model::Location::new(
                        name,
                        e.position().map_or(0, |p| p.line() as u32),
                        1,
                    ),
                    format!("cannot read this row: {e}"),
                ));
                continue;
            }
        };
        let line = row.position().map_or(0, |p| p.line() as u32);
        let id = headers
            .iter()
            .position(|h| h.trim() == "id")
            .and_then(|i| row.get(i))
            .unwrap_or("");
        let mut cells: Vec<String> = row.iter().map(str::to_owned).collect();
        for (i, cell) in cells.iter_mut().enumerate() {
            let Some(facet) = headers.get(i).map(|h| h.trim().trim_start_matches("tags.")) else {
                continue;
            };
            if taxonomy.facet(facet).is_none() {
                continue;
            }
            let mut codes: Vec<String> = cell
                .split(';')
                .map(|c| c.trim().to_owned())
                .filter(|c| !c.is_empty())
                .collect();
            let mut changed = false;
            for code in &mut codes {
                let Some(d) = taxonomy.concept(code).and_then(|c| c.deprecated.as_ref()) else {
                    continue;
                };
                match d.replaced_by.as_slice() {
                    [one] => {
                        m.changes
                            .push(format!("record `{id}`: `{code}` -> `{}`", one.value));
                        *code = one.value.clone();
                        changed = true;
                    }
                    many => m.flags.push(Diagnostic::new(
                        Code::DeprecatedCode,
                        jos_taxonomy::model::Location::new(name, line, i as u32 + 1),
                        format!(
                            "record `{id}`: `{code}` was split into {}; a person must choose",
                            many.iter()
                                .map(|r| format!("`{}`", r.value))
                                .collect::<Vec<_>>()
                                .join(", ")
                        ),
                    )),
                }
            }
            if changed {
                *cell = codes.join(";");
            }
        }
        if let Some(i) = version_col
            && let Some(v) = cells.get_mut(i)
            && v.trim() != to
        {
            m.changes.push(format!(
                "record `{id}`: taxonomy_version {} -> {to}",
                v.trim()
            ));
            *v = to.clone();
        }
        let _ = out.write_record(&cells);
    }
    m.text = String::from_utf8(out.into_inner().unwrap_or_default()).unwrap_or_default();
    m
}
