//! CSV migration: only the code and version cells that change are rewritten.

use std::ops::Range;

use super::{Migration, plan};
use jos_taxonomy::diagnostic::{Code, Diagnostic};
use jos_taxonomy::model::Taxonomy;

/// CSV is edited in place too: only the code and version cells that change are rewritten, inside
/// their quotes if they were quoted, so a byte order mark, CRLF line endings, quoting, spacing
/// around `;` and rows that cannot be read all survive byte for byte.
pub(super) fn migrate_csv(taxonomy: &Taxonomy, name: &str, text: &str) -> Migration {
    let to = taxonomy.version().to_string();
    let mut m = Migration {
        text: text.to_owned(),
        ..Migration::default()
    };
    let bom = if text.starts_with('\u{feff}') { 3 } else { 0 };
    let body = &text[bom..];
    let delimiter = crate::read::sniff_delimiter(body.as_bytes());
    let mut reader = csv::ReaderBuilder::new()
        .has_headers(false)
        .flexible(true)
        .delimiter(delimiter)
        .from_reader(body.as_bytes());
    let mut rows = reader.records();
    let headers: Vec<String> = match rows.next() {
        Some(Ok(h)) => {
            let mut columns: Vec<String> = h.iter().map(|c| c.trim().to_owned()).collect();
            // Headers as the reader reads them (`Taxonomieversie`, `Intensiteit`); the findings
            // about them are `jos check`'s.
            let _ = crate::read::csv_row::resolve_columns(
                &mut columns,
                taxonomy,
                &std::sync::Arc::from(name),
                1,
            );
            columns
        }
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
        let ranges = cell_ranges(text.as_bytes(), start, delimiter);
        // The line as a spreadsheet shows it (the csv crate counts CRLF files differently).
        let line = text[..ranges[0].start].matches('\n').count() as u32 + 1;
        let id = id_col.and_then(|i| row.get(i)).unwrap_or("").trim();
        // The row's codes per facet column, as a record's tags, for the plan.
        let mut columns: Vec<usize> = Vec::new();
        let mut tags: Vec<crate::FacetTags> = Vec::new();
        for (i, cell) in row.iter().enumerate() {
            let Some(facet) = headers.get(i).map(|h| h.trim_start_matches("tags.")) else {
                continue;
            };
            if taxonomy.facet(facet).is_none() {
                continue;
            }
            let at = jos_taxonomy::model::Location::new(name, line, i as u32 + 1);
            columns.push(i);
            tags.push(crate::FacetTags {
                facet: crate::Field::new(facet, at.clone()),
                codes: cell
                    .split(';')
                    .map(str::trim)
                    .filter(|c| !c.is_empty())
                    .map(|c| crate::Field::new(c, at.clone()))
                    .collect(),
            });
        }
        let what = format!("record `{id}`");
        let plan = plan::plan(taxonomy, &tags, &what);
        m.flags.extend(plan.flags.iter().cloned());
        if plan.is_empty() {
            // Nothing to change in the codes.
        } else if plan.remove.is_empty() && plan.add.is_empty() {
            // Codes replaced one for one: each is rewritten where it stands in its cell.
            for (t, &i) in tags.iter().zip(&columns) {
                let (Some(cell), Some(range)) = (row.get(i), ranges.get(i).cloned()) else {
                    continue;
                };
                let mut offset = 0;
                for part in cell.split(';') {
                    let code = part.trim();
                    let code_at = offset + (part.len() - part.trim_start().len());
                    offset += part.len() + 1;
                    let Some((_, new)) = plan.replace.iter().find(|(f, _)| {
                        f.value == code && t.codes.iter().any(|c| std::ptr::eq(c, *f))
                    }) else {
                        continue;
                    };
                    match locate(text, range.clone(), cell, code_at, code) {
                        Some(r) => edits.push((r, new.clone())),
                        None => m.flags.push(
                            Diagnostic::new(
                                Code::DeprecatedCode,
                                t.facet.location.clone(),
                                format!("{what}: cannot locate `{code}` in the row to replace it"),
                            )
                            .with_hint(format!("replace it by hand with `{new}`")),
                        ),
                    }
                }
            }
            m.changes.extend(plan.changes.iter().cloned());
        } else {
            // Codes removed or added: the cells of the facets concerned are rewritten.
            let missing: Vec<&str> = plan
                .add
                .iter()
                .filter(|(f, _)| !tags.iter().any(|t| t.facet.value == *f))
                .map(|(f, _)| f.as_str())
                .collect();
            if !missing.is_empty() {
                m.flags.push(
                    Diagnostic::new(
                        Code::DeprecatedCode,
                        jos_taxonomy::model::Location::new(name, line, 1),
                        format!(
                            "{what}: its codes move to facet(s) {}, which the file has no column for",
                            missing.iter().map(|f| format!("`{f}`")).collect::<Vec<_>>().join(", ")
                        ),
                    )
                    .with_hint(format!(
                        "add the column(s) to the header and make these changes by hand: {}",
                        plan.changes.join("; ")
                    )),
                );
            } else {
                let mut ok = true;
                let mut cell_edits = Vec::new();
                for (t, &i) in tags.iter().zip(&columns) {
                    let adds = plan.add.iter().find(|(f, _)| *f == t.facet.value);
                    let touched = adds.is_some()
                        || t.codes.iter().any(|c| {
                            plan.remove.iter().any(|r| std::ptr::eq(*r, c))
                                || plan.replace.iter().any(|(r, _)| std::ptr::eq(*r, c))
                        });
                    if !touched {
                        continue;
                    }
                    let mut codes: Vec<String> = Vec::new();
                    for c in &t.codes {
                        if plan.remove.iter().any(|r| std::ptr::eq(*r, c)) {
                            continue;
                        }
                        match plan.replace.iter().find(|(r, _)| std::ptr::eq(*r, c)) {
                            Some((_, new)) => codes.push(new.clone()),
                            None => codes.push(c.value.clone()),
                        }
                    }
                    if let Some((_, extra)) = adds {
                        codes.extend(extra.iter().cloned());
                    }
                    let (Some(cell), Some(range)) = (row.get(i), ranges.get(i).cloned()) else {
                        ok = false;
                        break;
                    };
                    let separator = if cell.contains("; ") || !cell.contains(';') {
                        "; "
                    } else {
                        ";"
                    };
                    let trimmed = cell.trim();
                    let at = cell.len() - cell.trim_start().len();
                    let value = codes.join(separator);
                    if trimmed.is_empty() {
                        // An empty cell: write inside its quotes if it has them.
                        let raw = &text[range.clone()];
                        let r = if raw.starts_with('"') && raw.ends_with('"') && raw.len() >= 2 {
                            range.start + 1..range.end - 1
                        } else {
                            range.clone()
                        };
                        cell_edits.push((r, value));
                    } else {
                        match locate(text, range.clone(), cell, at, trimmed) {
                            Some(r) => cell_edits.push((r, value)),
                            None => {
                                ok = false;
                                break;
                            }
                        }
                    }
                }
                if ok {
                    edits.extend(cell_edits);
                    m.changes.extend(plan.changes.iter().cloned());
                } else {
                    m.flags.push(
                        Diagnostic::new(
                            Code::DeprecatedCode,
                            jos_taxonomy::model::Location::new(name, line, 1),
                            format!("{what}: its codes cannot be rewritten in place"),
                        )
                        .with_hint(format!(
                            "make these changes by hand: {}",
                            plan.changes.join("; ")
                        )),
                    );
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

/// The byte ranges of the cells of the CSV record that starts at byte `start` of `bytes`, cells
/// separated by `delimiter`: each from its first byte to its last (quotes included), up to the
/// end of the record.
pub(crate) fn cell_ranges(bytes: &[u8], start: usize, delimiter: u8) -> Vec<Range<usize>> {
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
            (false, b) if b == delimiter => {
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
