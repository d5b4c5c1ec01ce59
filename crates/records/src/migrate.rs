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
    let before = readable(name, text, format);
    let (m, after) = migrate_once(taxonomy, name, text, format, before);
    if m.text == text {
        return m;
    }
    // The result must read as the input did, and be up to date: migrating it again changes
    // nothing. Where an unusual layout defeats the in-place edits (found by fuzzing), nothing is
    // changed and a person is asked to do it.
    let (again, _) = migrate_once(taxonomy, name, &m.text, format, after);
    if again.text != m.text || after != before {
        let mut flags = m.flags;
        flags.push(
            Diagnostic::new(
                Code::DeprecatedCode,
                jos_taxonomy::model::Location::file(name),
                format!("`{name}` could not be migrated safely in place, so nothing was changed"),
            )
            .with_hint("update the codes and `taxonomy_version` by hand; `jos check` lists every deprecated code"),
        );
        return Migration {
            text: text.to_owned(),
            changes: Vec::new(),
            flags,
        };
    }
    m
}

/// One migration of `text`, which reads as `before` (records, read errors); returns it with how
/// its text reads, read again only where it changed.
fn migrate_once(
    taxonomy: &Taxonomy,
    name: &str,
    text: &str,
    format: Format,
    before: (usize, usize),
) -> (Migration, (usize, usize)) {
    let to = taxonomy.version().to_string();
    let mut m = Migration::default();
    if format == Format::Csv {
        let m = migrate_csv(taxonomy, name, text);
        let after = if m.text == text {
            before
        } else {
            readable(name, &m.text, format)
        };
        return (m, after);
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
            // The codes of the facet after migration, to notice two codes merged into one.
            let mut after: Vec<&str> = Vec::new();
            for code in &tags.codes {
                let Some(concept) = taxonomy.concept(&code.value) else {
                    after.push(&code.value);
                    continue;
                };
                let Some(d) = &concept.deprecated else {
                    after.push(&code.value);
                    continue;
                };
                match d.replaced_by.as_slice() {
                    [one] => match code.bytes.clone().and_then(|r| value_range(text, r, &code.value)) {
                        Some(range) => {
                            edits.push((range, one.value.clone()));
                            m.changes.push(format!("{what}: `{}` -> `{}`", code.value, one.value));
                            if after.contains(&one.value.as_str()) {
                                m.flags.push(merged(&what, code, &one.value));
                            }
                            after.push(&one.value);
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
    let inserted = inserts.len();
    let mut all: Vec<(Range<usize>, String)> = edits.clone();
    all.extend(inserts.into_iter().map(|(at, s)| (at..at, s)));
    m.text = apply(text, all);
    if m.text == text {
        return (m, before);
    }
    // The result must read as well as the input did. An added `taxonomy_version` can clash with
    // one that is written but empty (`taxonomy_version:` or an anchor without a value, found by
    // fuzzing); then the versions are left to a person and only the codes are replaced.
    let mut after = readable(name, &m.text, format);
    if after != before {
        m.text = apply(text, edits);
        after = readable(name, &m.text, format);
        m.changes.retain(|c| !c.contains("taxonomy_version set to"));
        if inserted > 0 {
            m.flags.push(
                Diagnostic::new(
                    Code::TaxonomyVersionMismatch,
                    jos_taxonomy::model::Location::file(name),
                    format!("`{name}`: taxonomy_version could not be added to {inserted} record(s) without changing how the file reads"),
                )
                .with_hint(format!("set `taxonomy_version: {to}` in those records by hand")),
            );
        }
        if after != before {
            m.text = text.to_owned();
            after = before;
            m.changes.clear();
            m.flags.push(
                Diagnostic::new(
                    Code::DeprecatedCode,
                    jos_taxonomy::model::Location::file(name),
                    format!("`{name}` could not be migrated without changing how it reads, so nothing was changed"),
                )
                .with_hint("replace the deprecated codes by hand (`jos check` lists them)"),
            );
        }
    }
    (m, after)
}

/// `text` with every edit applied (ranges into `text`, applied from the end).
fn apply(text: &str, mut edits: Vec<(Range<usize>, String)>) -> String {
    edits.sort_by_key(|e| std::cmp::Reverse(e.0.start));
    let mut out = text.to_owned();
    for (range, replacement) in edits {
        out.replace_range(range, &replacement);
    }
    out
}

/// How a text reads: the number of records and of read errors.
fn readable(name: &str, text: &str, format: Format) -> (usize, usize) {
    let mut ok = 0;
    let mut errors = 0;
    for item in RecordReader::from_bytes(name, text.as_bytes().to_vec(), format) {
        match item {
            Ok(_) => ok += 1,
            Err(_) => errors += 1,
        }
    }
    (ok, errors)
}

/// The flag for a code whose replacement the facet already has: two concepts were merged.
fn merged(what: &str, code: &super::Field, into: &str) -> Diagnostic {
    Diagnostic::new(
        Code::DuplicateCode,
        code.location.clone(),
        format!("{what}: `{}` becomes `{into}`, which the record already has (the concepts were merged)", code.value),
    )
    .with_hint(format!("remove the second `{into}` by hand"))
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
                // In JSON a version written as a number (`1.0`) becomes a string: `1.0.0` bare
                // would not be JSON (found by fuzzing `migrate`).
                let quoted = range.start > 0 && text.as_bytes()[range.start - 1] == b'"';
                let json = matches!(format, Format::Json | Format::JsonLines);
                let replacement = if json && !quoted {
                    format!("\"{to}\"")
                } else {
                    to.to_owned()
                };
                edits.push((range, replacement));
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
                    // The record's own opening brace, not one of a nested object before the id
                    // (found by fuzzing `migrate`).
                    let brace = record.span.as_ref().and_then(|span| {
                        let at = text.get(span.clone())?.find('{')?;
                        (span.start + at < id_range.start).then_some(span.start + at)
                    });
                    if let Some(brace) = brace {
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

/// CSV is edited in place too: only the code and version cells that change are rewritten, inside
/// their quotes if they were quoted, so a byte order mark, CRLF line endings, quoting, spacing
/// around `;` and rows that cannot be read all survive byte for byte.
fn migrate_csv(taxonomy: &Taxonomy, name: &str, text: &str) -> Migration {
    let to = taxonomy.version().to_string();
    let mut m = Migration {
        text: text.to_owned(),
        ..Migration::default()
    };
    let bom = if text.starts_with('\u{feff}') { 3 } else { 0 };
    let body = &text[bom..];
    let mut reader = csv::ReaderBuilder::new()
        .has_headers(false)
        .flexible(true)
        .from_reader(body.as_bytes());
    let mut rows = reader.records();
    let headers: Vec<String> = match rows.next() {
        Some(Ok(h)) => h.iter().map(|c| c.trim().to_owned()).collect(),
        Some(Err(e)) => {
            m.flags.push(Diagnostic::new(
                Code::InvalidValue,
                jos_taxonomy::model::Location::new(name, 1, 1),
                format!("cannot read the CSV header: {e}"),
            ));
            return m;
        }
        None => return m,
    };
    let version_col = headers.iter().position(|h| h == "taxonomy_version");
    let id_col = headers.iter().position(|h| h == "id");
    let mut edits: Vec<(Range<usize>, String)> = Vec::new();
    for row in rows {
        let row = match row {
            Ok(r) => r,
            Err(e) => {
                // The row is left as it is.
                m.flags.push(Diagnostic::new(
                    Code::InvalidValue,
                    jos_taxonomy::model::Location::new(
                        name,
                        e.position().map_or(0, |p| p.line() as u32),
                        1,
                    ),
                    format!("cannot read this row, so it is not migrated: {e}"),
                ));
                continue;
            }
        };
        let Some(pos) = row.position() else { continue };
        let start = bom + pos.byte() as usize;
        let ranges = cell_ranges(text, start);
        // The line as a spreadsheet shows it (the csv crate counts CRLF files differently).
        let line = text[..ranges[0].start].matches('\n').count() as u32 + 1;
        let id = id_col.and_then(|i| row.get(i)).unwrap_or("").trim();
        for (i, cell) in row.iter().enumerate() {
            let Some(facet) = headers.get(i).map(|h| h.trim_start_matches("tags.")) else {
                continue;
            };
            if taxonomy.facet(facet).is_none() {
                continue;
            }
            let Some(range) = ranges.get(i).cloned() else {
                continue;
            };
            // Each code with its place in the cell as written.
            let mut offset = 0;
            let mut after: Vec<&str> = Vec::new();
            for part in cell.split(';') {
                let code = part.trim();
                let code_at = offset + (part.len() - part.trim_start().len());
                offset += part.len() + 1;
                let Some(d) = taxonomy.concept(code).and_then(|c| c.deprecated.as_ref()) else {
                    after.push(code);
                    continue;
                };
                match d.replaced_by.as_slice() {
                    [one] => match locate(text, range.clone(), cell, code_at, code) {
                        Some(r) => {
                            edits.push((r, one.value.clone()));
                            m.changes
                                .push(format!("record `{id}`: `{code}` -> `{}`", one.value));
                            if after.contains(&one.value.as_str()) {
                                let at =
                                    jos_taxonomy::model::Location::new(name, line, i as u32 + 1);
                                let field = super::Field::new(code, at);
                                m.flags
                                    .push(merged(&format!("record `{id}`"), &field, &one.value));
                            }
                            after.push(&one.value);
                        }
                        None => m.flags.push(
                            Diagnostic::new(
                                Code::DeprecatedCode,
                                jos_taxonomy::model::Location::new(name, line, i as u32 + 1),
                                format!(
                                    "record `{id}`: cannot locate `{code}` in the row to replace it"
                                ),
                            )
                            .with_hint(format!("replace it by hand with `{}`", one.value)),
                        ),
                    },
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
        }
        if let Some(i) = version_col
            && let Some(v) = row.get(i)
            && v.trim() != to
            && !v.trim().is_empty()
            && let Some(range) = ranges.get(i).cloned()
        {
            let at = v.len() - v.trim_start().len();
            match locate(text, range, v, at, v.trim()) {
                Some(r) => {
                    m.changes.push(format!(
                        "record `{id}`: taxonomy_version {} -> {to}",
                        v.trim()
                    ));
                    edits.push((r, to.clone()));
                }
                None => m.flags.push(
                    Diagnostic::new(
                        Code::TaxonomyVersionMismatch,
                        jos_taxonomy::model::Location::new(name, line, i as u32 + 1),
                        format!("record `{id}`: cannot locate taxonomy_version in the row"),
                    )
                    .with_hint(format!("set it to {to} by hand")),
                ),
            }
        }
    }
    edits.sort_by_key(|e| std::cmp::Reverse(e.0.start));
    for (range, replacement) in edits {
        m.text.replace_range(range, &replacement);
    }
    m
}

/// The byte ranges of the cells of the CSV record that starts at byte `start` of `text`: each
/// from its first byte to its last (quotes included), up to the end of the record.
fn cell_ranges(text: &str, start: usize) -> Vec<Range<usize>> {
    let bytes = text.as_bytes();
    // The csv crate may place a record after CRLF at the `\n` that ends the previous line.
    let mut start = start;
    while bytes.get(start).is_some_and(|b| matches!(b, b'\r' | b'\n')) {
        start += 1;
    }
    let mut out = Vec::new();
    let mut cell = start;
    // As the csv crate reads: a quote opens quoting only as a cell's first byte; inside, `""` is
    // a quote and a lone `"` closes it; elsewhere a quote is just a character (found by fuzzing).
    let mut quoted = bytes.get(start) == Some(&b'"');
    let mut i = start + usize::from(quoted);
    while i < bytes.len() {
        match (quoted, bytes[i]) {
            (true, b'"') if bytes.get(i + 1) == Some(&b'"') => i += 1,
            (true, b'"') => quoted = false,
            (true, _) => {}
            (false, b',') => {
                out.push(cell..i);
                cell = i + 1;
                quoted = bytes.get(i + 1) == Some(&b'"');
                if quoted {
                    i += 1;
                }
            }
            (false, b'\n' | b'\r') => break,
            (false, _) => {}
        }
        i += 1;
    }
    out.push(cell..i);
    out
}

/// Where `value`, which starts at char offset `at` of the decoded `cell`, stands in the text
/// of the cell's `range`. Found directly when the cell is written unquoted; inside quotes, the
/// value is found when no escaped quote precedes it.
fn locate(
    text: &str,
    range: Range<usize>,
    cell: &str,
    at: usize,
    value: &str,
) -> Option<Range<usize>> {
    let raw = text.get(range.clone())?;
    let (inner, base) = match raw.strip_prefix('"').and_then(|r| r.strip_suffix('"')) {
        Some(inner) => (inner, range.start + 1),
        None => (raw, range.start),
    };
    if inner == cell || !cell[..at].contains('"') {
        let found = inner.get(at..at + value.len())?;
        return (found == value).then(|| base + at..base + at + value.len());
    }
    None
}
