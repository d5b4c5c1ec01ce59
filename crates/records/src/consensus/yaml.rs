//! Records written as a YAML records file, in the layout of `examples/practices.yaml`.
//!
//! Plain scalars only where YAML cannot read them as anything but the same text; everything else
//! as a double-quoted JSON string (valid YAML), and extra fields as JSON (YAML's flow syntax),
//! so every reader gets back exactly the text that was written.

use std::fmt::Write as _;

use serde_json::Value;

use crate::{ORGANISATION_FIELDS, RECORD_FIELDS, Record, UNKNOWN};

/// The records as a YAML records file, after `comment` (each line written as a `#` comment).
///
/// ```
/// use jos_records::{self as records, consensus::to_yaml, Format};
/// let yaml = "- {id: p1, name: 'Zorg: op school', tags: {education: [mbo], setting: []}}\n";
/// let read = records::parse_str("a.yaml", yaml, Format::Yaml).unwrap();
/// let written = to_yaml(&read, "A test.");
/// assert!(written.starts_with("# A test.\n\n- id: p1\n  name: \"Zorg: op school\"\n"));
/// let again = records::parse_str("b.yaml", &written, Format::Yaml).unwrap();
/// assert_eq!(again[0].name.as_ref().unwrap().value, "Zorg: op school");
/// assert!(again[0].has_facet("setting"));
/// ```
pub fn to_yaml(records: &[Record], comment: &str) -> String {
    let mut out = String::new();
    for line in comment.lines() {
        if line.is_empty() {
            out.push_str("#\n");
        } else {
            let _ = writeln!(out, "# {line}");
        }
    }
    if !comment.is_empty() {
        out.push('\n');
    }
    for r in records {
        record(&mut out, r);
    }
    if records.is_empty() {
        out.push_str("[]\n");
    }
    out
}

fn record(out: &mut String, r: &Record) {
    let mut first = true;
    let mut key = |out: &mut String, name: &str| {
        out.push_str(if first { "- " } else { "  " });
        first = false;
        out.push_str(name);
        out.push(':');
    };
    for spec in RECORD_FIELDS {
        match spec.name {
            "organisations" => {
                let lists: Vec<_> = ORGANISATION_FIELDS
                    .iter()
                    .filter_map(|o| Some((o.name, r.organisations.list(o.name)?)))
                    .filter(|(_, l)| !l.is_empty())
                    .collect();
                if lists.is_empty() {
                    continue;
                }
                key(out, "organisations");
                out.push('\n');
                for (name, list) in lists {
                    let _ = write!(out, "    {name}: ");
                    flow(out, list.iter().map(|f| scalar(&f.value)));
                    out.push('\n');
                }
            }
            "tags" => {
                if r.tags.is_empty() {
                    continue;
                }
                key(out, "tags");
                out.push('\n');
                for t in &r.tags {
                    let _ = write!(out, "    {}: ", scalar(&t.facet.value));
                    flow(
                        out,
                        t.codes
                            .iter()
                            .filter(|c| c.value != UNKNOWN)
                            .map(|c| scalar(&c.value)),
                    );
                    out.push('\n');
                }
            }
            name => {
                if let Some(f) = r.text_field(name) {
                    key(out, name);
                    out.push(' ');
                    out.push_str(&scalar(&f.value));
                    out.push('\n');
                }
            }
        }
    }
    for (name, v) in &r.extra {
        key(out, &scalar(name));
        value(out, v, 2);
    }
    if first {
        out.push_str("- {}\n");
    }
}

/// A JSON value as YAML, after its key: scalars and lists of scalars on the key's line,
/// mappings and lists of mappings as indented blocks.
fn value(out: &mut String, v: &Value, indent: usize) {
    let pad = " ".repeat(indent);
    match v {
        Value::Object(map) if !map.is_empty() => {
            out.push('\n');
            for (k, v) in map {
                let _ = write!(out, "{pad}  {}:", scalar(k));
                value(out, v, indent + 2);
            }
        }
        Value::Array(items) if items.iter().any(|i| i.is_object() || i.is_array()) => {
            out.push('\n');
            for item in items {
                let _ = write!(out, "{pad}  -");
                match item {
                    Value::Object(map) if !map.is_empty() => {
                        for (i, (k, v)) in map.iter().enumerate() {
                            if i > 0 {
                                let _ = write!(out, "{pad}   ");
                            }
                            let _ = write!(out, " {}:", scalar(k));
                            value(out, v, indent + 4);
                        }
                    }
                    other => {
                        out.push(' ');
                        out.push_str(&other.to_string());
                        out.push('\n');
                    }
                }
            }
        }
        Value::Array(items) => {
            out.push(' ');
            flow(
                out,
                items.iter().map(|i| match i {
                    Value::String(s) => scalar(s),
                    other => other.to_string(),
                }),
            );
            out.push('\n');
        }
        Value::String(s) => {
            out.push(' ');
            out.push_str(&scalar(s));
            out.push('\n');
        }
        other => {
            out.push(' ');
            out.push_str(&other.to_string());
            out.push('\n');
        }
    }
}

/// A flow list of items already written as YAML scalars.
fn flow(out: &mut String, items: impl Iterator<Item = String>) {
    out.push('[');
    for (i, item) in items.enumerate() {
        if i > 0 {
            out.push_str(", ");
        }
        out.push_str(&item);
    }
    out.push(']');
}

/// `s` as a YAML scalar that reads back as the string `s`.
fn scalar(s: &str) -> String {
    let plain = s.chars().next().is_some_and(|c| c.is_ascii_alphabetic())
        && s.chars()
            .all(|c| c.is_alphanumeric() || matches!(c, ' ' | '-' | '_' | '.' | '(' | ')' | '\''))
        && !s.ends_with(' ')
        && !matches!(
            s.to_ascii_lowercase().as_str(),
            "true" | "false" | "yes" | "no" | "on" | "off" | "null" | "y" | "n"
        );
    if plain {
        s.to_owned()
    } else {
        serde_json::to_string(s).expect("a string serialises")
    }
}

#[cfg(test)]
mod tests {
    use super::scalar;

    #[test]
    fn scalars_that_yaml_would_read_otherwise_are_quoted() {
        for s in [
            "",
            "yes",
            "No",
            "2.0.1",
            "12",
            "a: b",
            "#x",
            "x #y",
            "-",
            "?",
            "[a]",
            "a,b",
            "é",
            "line\nbreak",
            "trailing ",
        ] {
            assert!(scalar(s).starts_with('"'), "{s:?} -> {}", scalar(s));
        }
        for s in [
            "mbo",
            "in-class",
            "Pleysier College",
            "De Bron (Almere)",
            "leeuwarden-2021",
        ] {
            assert_eq!(scalar(s), s);
        }
    }
}
