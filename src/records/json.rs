//! JSON and JSON Lines records: parsed with serde_json (fast), with the position of every value
//! found by a small scanner over the same text (serde_json keeps no positions). The scanner also
//! rejects duplicate keys, which serde_json would silently resolve.

use std::collections::HashMap;
use std::ops::Range;
use std::sync::Arc;

use serde_json::Value;

use super::{FacetTags, Field, Organisations, Record};
use crate::diagnostic::{Code, Diagnostic};
use crate::model::Location;

/// Maps byte offsets in a text to 1-based line and column (in characters).
pub(crate) struct Lines<'a> {
    text: &'a str,
    starts: Vec<usize>,
    first_line: u32,
}

impl<'a> Lines<'a> {
    pub(crate) fn new(text: &'a str, first_line: u32) -> Self {
        let mut starts = vec![0];
        starts.extend(text.match_indices('\n').map(|(i, _)| i + 1));
        Lines {
            text,
            starts,
            first_line,
        }
    }

    fn at(&self, file: &Arc<str>, offset: usize) -> Location {
        let line = self.starts.partition_point(|&s| s <= offset) - 1;
        let column = self
            .text
            .get(self.starts[line]..offset)
            .map_or(0, |s| s.chars().count());
        Location::new(
            file.clone(),
            self.first_line + line as u32,
            column as u32 + 1,
        )
    }
}

/// Scalar and key positions of one JSON value, by path (segments joined with U+001F).
#[derive(Default)]
struct Positions {
    values: HashMap<String, Range<usize>>,
    keys: HashMap<String, Range<usize>>,
}

/// Scans a JSON value starting at `start`; returns its end, filling `out` with the positions of
/// scalars and keys below `path`. Errors are (offset, message) and only concern what serde_json
/// would accept but we refuse (duplicate keys); malformed JSON is left for serde_json to report.
fn scan(
    bytes: &[u8],
    start: usize,
    path: &mut String,
    out: &mut Positions,
    depth: usize,
) -> Result<usize, (usize, String)> {
    let mut i = skip_ws(bytes, start);
    if depth > 64 {
        return Err((i, "the JSON nests more than 64 levels deep".to_owned()));
    }
    match bytes.get(i) {
        Some(b'{') => {
            i += 1;
            let mut seen: Vec<Range<usize>> = Vec::new();
            loop {
                i = skip_ws(bytes, i);
                match bytes.get(i) {
                    Some(b'}') => return Ok(i + 1),
                    Some(b',') => i += 1,
                    Some(b'"') => {
                        let end = string_end(bytes, i)?;
                        let key = &bytes[i + 1..end - 1];
                        if seen.iter().any(|r| &bytes[r.clone()] == key) {
                            return Err((
                                i,
                                format!(
                                    "key `{}` appears twice in this object",
                                    String::from_utf8_lossy(key)
                                ),
                            ));
                        }
                        seen.push(i + 1..end - 1);
                        let len = path.len();
                        if !path.is_empty() {
                            path.push('\u{1f}');
                        }
                        path.push_str(&String::from_utf8_lossy(key));
                        out.keys.insert(path.clone(), i..end);
                        i = skip_ws(bytes, end);
                        if bytes.get(i) == Some(&b':') {
                            i += 1;
                        }
                        i = scan(bytes, i, path, out, depth + 1)?;
                        path.truncate(len);
                    }
                    _ => return Ok(i),
                }
            }
        }
        Some(b'[') => {
            i += 1;
            let mut index = 0usize;
            loop {
                i = skip_ws(bytes, i);
                match bytes.get(i) {
                    Some(b']') => return Ok(i + 1),
                    Some(b',') => i += 1,
                    Some(_) => {
                        let len = path.len();
                        if !path.is_empty() {
                            path.push('\u{1f}');
                        }
                        path.push_str(&index.to_string());
                        i = scan(bytes, i, path, out, depth + 1)?;
                        path.truncate(len);
                        index += 1;
                    }
                    None => return Ok(i),
                }
            }
        }
        Some(b'"') => {
            let end = string_end(bytes, i)?;
            out.values.insert(path.clone(), i..end);
            Ok(end)
        }
        Some(_) => {
            let end = bytes[i..]
                .iter()
                .position(|b| matches!(b, b',' | b'}' | b']' | b' ' | b'\n' | b'\r' | b'\t'))
                .map_or(bytes.len(), |n| i + n);
            out.values.insert(path.clone(), i..end.max(i + 1));
            Ok(end.max(i + 1))
        }
        None => Ok(i),
    }
}

fn skip_ws(bytes: &[u8], mut i: usize) -> usize {
    while matches!(bytes.get(i), Some(b' ' | b'\n' | b'\r' | b'\t')) {
        i += 1;
    }
    i
}

/// The offset just past the closing quote of the string starting at `start`.
fn string_end(bytes: &[u8], start: usize) -> Result<usize, (usize, String)> {
    let mut i = start + 1;
    while let Some(&b) = bytes.get(i) {
        match b {
            b'\\' => i += 2,
            b'"' => return Ok(i + 1),
            _ => i += 1,
        }
    }
    Err((start, "unterminated string".to_owned()))
}

/// Reads a JSON Lines line (line number `line`, starting at byte `offset` of the file).
pub(crate) fn parse_line(
    file: &Arc<str>,
    text: &str,
    line: u32,
    offset: usize,
) -> Result<Record, Diagnostic> {
    let lines = Lines::new(text, line);
    let value: Value = serde_json::from_str(text).map_err(|e| json_error(file, &e, line))?;
    let mut positions = Positions::default();
    scan(text.as_bytes(), 0, &mut String::new(), &mut positions, 0)
        .map_err(|(at, msg)| duplicate(file, &lines, at, msg))?;
    lower(file, &value, &positions, "", &lines, offset)
}

/// Reads a JSON file holding an array of records.
pub(crate) fn parse_document(file: &Arc<str>, text: &str) -> Vec<Result<Record, Diagnostic>> {
    let lines = Lines::new(text, 1);
    let values: Vec<Value> = match serde_json::from_str::<Value>(text) {
        Ok(Value::Array(a)) => a,
        Ok(_) => {
            return vec![Err(Diagnostic::new(
                Code::InvalidValue,
                Location::new(file.clone(), 1, 1),
                "the file holds no JSON array",
            )
            .with_hint("write the records as a JSON array: [ {\"id\": ...}, ... ]"))];
        }
        Err(e) => return vec![Err(json_error(file, &e, 1))],
    };
    let mut positions = Positions::default();
    if let Err((at, msg)) = scan(text.as_bytes(), 0, &mut String::new(), &mut positions, 0) {
        return vec![Err(duplicate(file, &lines, at, msg))];
    }
    values
        .iter()
        .enumerate()
        .map(|(i, v)| lower(file, v, &positions, &format!("{i}\u{1f}"), &lines, 0))
        .collect()
}

fn duplicate(file: &Arc<str>, lines: &Lines<'_>, at: usize, msg: String) -> Diagnostic {
    Diagnostic::new(Code::DuplicateKey, lines.at(file, at), msg).with_hint(
        "keep one of the two entries; JSON readers would otherwise silently drop the other",
    )
}

fn json_error(file: &Arc<str>, e: &serde_json::Error, first_line: u32) -> Diagnostic {
    let message = e.to_string();
    let message = message
        .split(" at line ")
        .next()
        .unwrap_or(&message)
        .to_owned();
    Diagnostic::new(
        Code::JsonSyntax,
        Location::new(
            file.clone(),
            first_line + e.line().max(1) as u32 - 1,
            e.column().max(1) as u32,
        ),
        format!("invalid JSON: {message}"),
    )
    .with_hint("check the brackets, commas and quotes around this place")
}

fn lower(
    file: &Arc<str>,
    value: &Value,
    positions: &Positions,
    prefix: &str,
    lines: &Lines<'_>,
    offset: usize,
) -> Result<Record, Diagnostic> {
    let record_start = positions
        .keys
        .iter()
        .filter(|(k, _)| k.starts_with(prefix) && !k[prefix.len()..].contains('\u{1f}'))
        .map(|(_, r)| r.start)
        .min()
        .unwrap_or(0);
    let location = lines.at(file, record_start);
    let Value::Object(map) = value else {
        return Err(Diagnostic::new(
            Code::InvalidValue,
            location,
            "a record must be a JSON object",
        )
        .with_hint("write {\"id\": ..., \"tags\": {...}}"));
    };
    let field = |path: &str, v: &Value| -> Option<Field> {
        let text = match v {
            Value::Null => return None,
            Value::String(s) => s.clone(),
            other => other.to_string(),
        };
        let full = format!("{prefix}{path}");
        let range = positions.values.get(&full).cloned();
        let location = range
            .as_ref()
            .map_or_else(|| location.clone(), |r| lines.at(file, r.start));
        Some(Field {
            value: text,
            location,
            bytes: range.map(|r| r.start + offset..r.end + offset),
        })
    };
    let list = |path: &str, v: &Value| -> Result<Vec<Field>, Diagnostic> {
        match v {
            Value::Null => Ok(Vec::new()),
            Value::Array(items) => Ok(items
                .iter()
                .enumerate()
                .filter_map(|(i, item)| field(&format!("{path}\u{1f}{i}"), item))
                .collect()),
            _ => Err(Diagnostic::new(
                Code::InvalidValue,
                field(path, v).map_or_else(|| location.clone(), |f| f.location),
                format!("`{}` must be a list", path.replace('\u{1f}', ".")),
            )
            .with_hint("write a JSON array, e.g. [\"mbo\"]")),
        }
    };
    let mut record = Record {
        location: location.clone(),
        ..Record::default()
    };
    for (key, v) in map {
        match key.as_str() {
            "id" => record.id = field(key, v),
            "name" => record.name = field(key, v),
            "region" => record.region = field(key, v),
            "start" => record.start = field(key, v),
            "end" => record.end = field(key, v),
            "status" => record.status = field(key, v),
            "description" => record.description = field(key, v),
            "taxonomy_version" => record.taxonomy_version = field(key, v),
            "coder" => record.coder = field(key, v),
            "notes" => record.notes = field(key, v),
            "organisations" => {
                let Value::Object(o) = v else {
                    return Err(Diagnostic::new(
                        Code::InvalidValue,
                        location,
                        "`organisations` must be an object with schools, youth_care, municipalities, other",
                    ));
                };
                let mut orgs = Organisations::default();
                for (k, list_value) in o {
                    let items = list(&format!("organisations\u{1f}{k}"), list_value)?;
                    match k.as_str() {
                        "schools" => orgs.schools = items,
                        "youth_care" => orgs.youth_care = items,
                        "municipalities" => orgs.municipalities = items,
                        "other" => orgs.other = items,
                        other => {
                            let hint = crate::text::nearest(
                                other,
                                ["schools", "youth_care", "municipalities", "other"],
                            )
                            .map_or_else(
                                || "valid: schools, youth_care, municipalities, other".to_owned(),
                                |n| format!("did you mean `{n}`?"),
                            );
                            return Err(Diagnostic::new(
                                Code::UnknownField,
                                location,
                                format!("unknown field `{other}` in `organisations`"),
                            )
                            .with_hint(hint));
                        }
                    }
                }
                record.organisations = orgs;
            }
            "tags" => {
                let Value::Object(tags) = v else {
                    return Err(Diagnostic::new(
                        Code::InvalidValue,
                        location,
                        "`tags` must be an object from facet id to a list of codes",
                    ));
                };
                for (facet, codes) in tags {
                    let path = format!("tags\u{1f}{facet}");
                    let key_at = positions
                        .keys
                        .get(&format!("{prefix}{path}"))
                        .map_or_else(|| location.clone(), |r| lines.at(file, r.start + 1));
                    record.tags.push(FacetTags {
                        facet: Field {
                            value: facet.clone(),
                            location: key_at,
                            bytes: None,
                        },
                        codes: list(&path, codes)?,
                    });
                }
            }
            _ => record.extra.push((key.clone(), v.clone())),
        }
    }
    Ok(record)
}
