//! Migrating records to a newer taxonomy version: deprecated codes become their replacements and
//! `taxonomy_version` is updated. Nothing else changes: in YAML, JSON and JSON Lines the edits
//! are made in the text itself, so comments, key order, formatting and unknown fields survive
//! byte for byte. A code whose concept moved to another facet moves with it (added to that
//! facet, which is written if the record lacks it); a code that was split into several concepts
//! is flagged for a person.

use std::ops::Range;

mod csv_cells;
mod plan;
mod text;

pub(crate) use csv_cells::cell_ranges;

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
/// assert_eq!(m.text, text.replace("0.9.0", &Taxonomy::builtin().version().to_string()));
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
        let m = csv_cells::migrate_csv(taxonomy, name, text);
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
        let plan = plan::plan(taxonomy, &record.tags, &what);
        m.flags.extend(plan.flags.iter().cloned());
        if !plan.is_empty() {
            match text::edits(text, &record, &plan, format) {
                Ok(e) => {
                    edits.extend(e);
                    m.changes.extend(plan.changes.iter().cloned());
                }
                Err(why) => m.flags.push(
                    Diagnostic::new(
                        Code::DeprecatedCode,
                        record.location.clone(),
                        format!("{what}: its codes cannot be migrated in place ({why})"),
                    )
                    .with_hint(format!(
                        "make these changes by hand: {}",
                        plan.changes.join("; ")
                    )),
                ),
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

/// The edits that replace codes of `record` (each by its new code) and remove others (the only
/// code of a facet leaves `[]`) in the text of a YAML, JSON or JSON Lines file, or why they
/// cannot be made safely. The fixes of `jos check --fix` use them.
pub(crate) fn code_edits<'r>(
    text: &str,
    record: &'r Record,
    replace: Vec<(&'r super::Field, String)>,
    remove: Vec<&'r super::Field>,
    format: Format,
) -> Result<Vec<(Range<usize>, String)>, String> {
    let plan = plan::Plan {
        replace,
        remove,
        ..plan::Plan::default()
    };
    text::edits(text, record, &plan, format)
}

/// `text` with every edit applied (ranges into `text`, applied from the end).
pub(crate) fn apply(text: &str, mut edits: Vec<(Range<usize>, String)>) -> String {
    edits.sort_by_key(|e| std::cmp::Reverse(e.0.start));
    let mut out = text.to_owned();
    for (range, replacement) in edits {
        out.replace_range(range, &replacement);
    }
    out
}

/// How a text reads: the number of records and of read errors.
pub(crate) fn readable(name: &str, text: &str, format: Format) -> (usize, usize) {
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
pub(crate) fn value_range(text: &str, range: Range<usize>, value: &str) -> Option<Range<usize>> {
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
