//! Making a [`Plan`] in the text of a YAML, JSON or JSON Lines file: codes replaced or removed
//! where they stand, codes appended after the last code of their facet, and a facet the record
//! does not have yet written before its first facet, in the style the record already uses
//! (block or flow YAML, JSON). Everything else stays byte for byte.

use std::collections::HashMap;
use std::ops::Range;

use super::super::{Field, Format, Record};
use super::plan::Plan;
use super::value_range;

/// The edits (byte range, replacement) that make `plan` in `text`, or why they cannot be made
/// safely (then the record's codes are left to a person).
pub(super) fn edits(
    text: &str,
    record: &Record,
    plan: &Plan<'_>,
    format: Format,
) -> Result<Vec<(Range<usize>, String)>, String> {
    let json = matches!(format, Format::Json | Format::JsonLines);
    let quote = |code: &str| {
        if json {
            format!("\"{code}\"")
        } else {
            code.to_owned()
        }
    };
    // The new text of each code's whole written range (quotes included), by range start.
    let mut values: HashMap<usize, (Range<usize>, String)> = HashMap::new();
    let mut edits: Vec<(Range<usize>, String)> = Vec::new();
    let raw = |f: &Field| -> Result<(Range<usize>, Range<usize>), String> {
        let outer = f
            .bytes
            .clone()
            .ok_or_else(|| format!("cannot locate `{}` in the text", f.value))?;
        let inner = value_range(text, outer.clone(), &f.value)
            .ok_or_else(|| format!("cannot locate `{}` in the text", f.value))?;
        Ok((outer, inner))
    };
    for (field, new) in &plan.replace {
        let (outer, inner) = raw(field)?;
        let written = format!(
            "{}{new}{}",
            &text[outer.start..inner.start],
            &text[inner.end..outer.end]
        );
        values.insert(outer.start, (outer, written));
    }
    let removed: Vec<usize> = plan
        .remove
        .iter()
        .map(|f| raw(f).map(|(outer, _)| outer.start))
        .collect::<Result<_, _>>()?;
    for field in &plan.remove {
        let (outer, _) = raw(field)?;
        let facet = record
            .tags
            .iter()
            .find(|t| t.codes.iter().any(|c| std::ptr::eq(c, *field)))
            .ok_or("a removed code belongs to no facet")?;
        let keeps = facet.codes.iter().any(|c| {
            c.bytes
                .as_ref()
                .is_some_and(|b| !removed.contains(&b.start))
        }) || plan.add.iter().any(|(f, _)| *f == facet.facet.value);
        edits.push(removal(text, outer, keeps, &facet.facet, json)?);
    }
    for (facet, codes) in &plan.add {
        let tags = record.tags.iter().find(|t| t.facet.value == *facet);
        let anchor = tags.and_then(|t| {
            t.codes.iter().rev().find(|c| {
                c.bytes
                    .as_ref()
                    .is_some_and(|b| !removed.contains(&b.start))
            })
        });
        match anchor {
            Some(last) => {
                let (outer, _) = raw(last)?;
                let current = values
                    .get(&outer.start)
                    .map(|(_, s)| s.clone())
                    .unwrap_or_else(|| text[outer.clone()].to_owned());
                let list: Vec<String> = codes.iter().map(|c| quote(c)).collect();
                if is_block_item(text, outer.start) {
                    let end = line_end(text, outer.end);
                    let prefix = &text[line_start(text, outer.start)..outer.start];
                    let newline = newline_at(text, end);
                    let lines: String = list
                        .iter()
                        .map(|c| format!("{newline}{prefix}{c}"))
                        .collect();
                    edits.push((end..end, lines));
                } else if previous_char(text, outer.start) == Some(':') {
                    // A single code written without a list: make it a list.
                    let written = format!("[{current}, {}]", list.join(", "));
                    values.insert(outer.start, (outer, written));
                } else {
                    let written = format!("{current}, {}", list.join(", "));
                    values.insert(outer.start, (outer, written));
                }
            }
            None if tags.is_some() => {
                return Err(format!("facet `{facet}` has no code to add after"));
            }
            None => {
                let first = record
                    .tags
                    .first()
                    .ok_or("the record has no facet to write the new one before")?;
                edits.push(new_facet(text, &first.facet, facet, codes, json)?);
            }
        }
    }
    edits.extend(values.into_values());
    Ok(edits)
}

/// The edit that removes the code written at `outer` from its list. `keeps`: whether the
/// facet keeps other codes (else an emptied block list becomes `[]`).
fn removal(
    text: &str,
    outer: Range<usize>,
    keeps: bool,
    facet: &Field,
    json: bool,
) -> Result<(Range<usize>, String), String> {
    if is_block_item(text, outer.start) {
        let start = line_start(text, outer.start);
        let end = line_end(text, outer.end);
        let rest = text[outer.end..end].trim();
        if !(rest.is_empty() || rest.starts_with('#')) {
            return Err("a removed code shares its line with other text".to_owned());
        }
        let after = end + newline_at(text, end).len();
        if keeps {
            return Ok((start..after.min(text.len()), String::new()));
        }
        // The facet's only code: write the key's value as `[]` and drop the item's line.
        let key = offset_of(text, facet, json).ok_or("cannot locate the facet key")?;
        let colon = text[key..start]
            .find(':')
            .map(|i| key + i)
            .ok_or("cannot locate the facet key's colon")?;
        let between = &text[colon + 1..start];
        if !between.trim().is_empty() && !between.trim().starts_with('#') {
            return Err("unexpected text between the facet key and its list".to_owned());
        }
        // One edit from the colon to the end of the item's line: `: []` plus what stood
        // between (a comment, the newline), without the item.
        let replacement = format!(
            ": []{}",
            &text[colon + 1..start].trim_end_matches([' ', '\t'])
        );
        let replacement = if replacement.ends_with('\n') {
            replacement
        } else {
            format!("{replacement}{}", newline_at(text, end))
        };
        return Ok((colon..after.min(text.len()), replacement));
    }
    let bytes = text.as_bytes();
    // Flow list or JSON array: take a comma after the code, or else the one before it.
    let mut i = outer.end;
    while i < bytes.len() && bytes[i].is_ascii_whitespace() {
        i += 1;
    }
    if bytes.get(i) == Some(&b',') {
        let mut j = i + 1;
        while j < bytes.len() && matches!(bytes[j], b' ' | b'\t') {
            j += 1;
        }
        // A code on its own line (pretty-printed JSON): the whole line goes.
        let start = line_start(text, outer.start);
        let alone =
            text[start..outer.start].trim().is_empty() && text[outer.end..i].trim().is_empty();
        if alone && matches!(bytes.get(j), Some(b'\n' | b'\r')) {
            let end = j + newline_at(text, j).len();
            return Ok((start..end, String::new()));
        }
        return Ok((outer.start..j, String::new()));
    }
    let mut k = outer.start;
    while k > 0 && bytes[k - 1].is_ascii_whitespace() {
        k -= 1;
    }
    match k.checked_sub(1).map(|k| bytes[k]) {
        Some(b',') => Ok((k - 1..outer.end, String::new())),
        Some(b'[') => Ok((outer, String::new())),
        Some(b':') => Ok((outer, "[]".to_owned())),
        _ => Err("cannot tell how the code's list is written".to_owned()),
    }
}

/// The edit that writes `facet: [codes]` before the record's first facet key `first`.
fn new_facet(
    text: &str,
    first: &Field,
    facet: &str,
    codes: &[String],
    json: bool,
) -> Result<(Range<usize>, String), String> {
    let at = offset_of(text, first, json).ok_or("cannot locate the record's first facet")?;
    let start = line_start(text, at);
    let before = &text[start..at];
    let own_line = before.chars().all(|c| c == ' ' || c == '\t');
    let newline = newline_at(text, line_end(text, at));
    if json {
        let list: Vec<String> = codes.iter().map(|c| format!("\"{c}\"")).collect();
        let entry = format!("\"{facet}\": [{}],", list.join(", "));
        return Ok(if own_line {
            (at..at, format!("{entry}{newline}{before}"))
        } else {
            (at..at, format!("{entry} "))
        });
    }
    let entry = format!("{facet}: [{}]", codes.join(", "));
    match previous_char(text, at) {
        Some('{' | ',') => Ok((at..at, format!("{entry}, "))),
        _ if own_line && !before.contains('\t') => {
            Ok((at..at, format!("{entry}{newline}{before}")))
        }
        _ => Err("cannot tell how the record's tags are written".to_owned()),
    }
}

/// Where the key `key` (a facet id as a record writes it) starts, from its line and column.
fn offset_of(text: &str, key: &Field, json: bool) -> Option<usize> {
    let line = key.location.line as usize;
    let start = if line <= 1 {
        0
    } else {
        text.match_indices('\n').nth(line - 2).map(|(i, _)| i + 1)?
    };
    let col = key.location.column.saturating_sub(1) as usize;
    let at = text[start..]
        .char_indices()
        .nth(col)
        .map(|(i, _)| start + i)?;
    let quoted = [format!("\"{}\"", key.value), format!("'{}'", key.value)];
    let fits = |at: usize| {
        let rest = &text[at..];
        if json {
            rest.starts_with(&quoted[0])
        } else {
            quoted.iter().any(|q| rest.starts_with(q.as_str()))
                || rest.starts_with(&key.value)
                    && rest[key.value.len()..]
                        .trim_start_matches([' ', '\t'])
                        .starts_with(':')
        }
    };
    // JSON locations point inside the quotes, at the id itself.
    if json && at > 0 && fits(at - 1) {
        return Some(at - 1);
    }
    fits(at).then_some(at)
}

/// Whether the code at `at` is an item of a block list (`- code` on its own line).
fn is_block_item(text: &str, at: usize) -> bool {
    let prefix = &text[line_start(text, at)..at];
    let trimmed = prefix.trim_end_matches(['"', '\'']);
    let trimmed = trimmed.trim_end();
    trimmed.ends_with('-') && trimmed[..trimmed.len() - 1].chars().all(|c| c == ' ')
}

fn previous_char(text: &str, at: usize) -> Option<char> {
    text[..at].trim_end().chars().next_back()
}

fn line_start(text: &str, at: usize) -> usize {
    text[..at].rfind('\n').map_or(0, |i| i + 1)
}

/// Where the line holding `at` ends: before its `\r\n` or `\n`, or at the end of the text.
fn line_end(text: &str, at: usize) -> usize {
    let end = text[at..].find('\n').map_or(text.len(), |i| at + i);
    if end > at && text.as_bytes()[end - 1] == b'\r' {
        end - 1
    } else {
        end
    }
}

/// The line ending that stands at `at` (`\r\n` or `\n`), or `\n` at the end of the text.
fn newline_at(text: &str, at: usize) -> &'static str {
    if text[at..].starts_with("\r\n") {
        "\r\n"
    } else {
        "\n"
    }
}
