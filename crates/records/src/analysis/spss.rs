//! SPSS syntax (read by GNU PSPP too) for a data set's CSV file.

use std::fmt::Write;

use super::{Dataset, Kind, Value, Variable};
use jos_taxonomy::lang::Lang;

/// Value labels: each value with its label.
type Labels = Vec<(Value, String)>;

/// An SPSS string literal: in single quotes, a quote doubled; line breaks as spaces.
fn quote(s: &str) -> String {
    format!("'{}'", s.replace(['\r', '\n'], " ").replace('\'', "''"))
}

fn value(v: &Value) -> String {
    match v {
        Value::Text(s) => quote(s),
        Value::Number(n) => n.to_string(),
    }
}

/// SPSS variable labels are at most 256 bytes, value labels 120: longer ones are cut (at a
/// character boundary) so that SPSS does not cut them itself with a warning.
fn cut(s: &str, bytes: usize) -> &str {
    if s.len() <= bytes {
        return s;
    }
    let mut end = bytes;
    while !s.is_char_boundary(end) {
        end -= 1;
    }
    &s[..end]
}

pub(super) fn syntax(data: &Dataset<'_>, csv_file: &str, lang: Lang) -> String {
    let t = data.taxonomy();
    let vars = data.variables();
    let mut s = String::new();
    let (title, version) = (t.title().best(lang), t.version());
    let n = data.records().len();
    let _ = writeln!(s, "* Encoding: UTF-8.");
    match lang {
        Lang::En => {
            let _ = writeln!(s, "* {title} {version}: {n} records, written by jos.");
            let _ = writeln!(
                s,
                "* Run this file from the folder that holds {}, or give its full path in /FILE.",
                quote(csv_file)
            );
            let _ = writeln!(
                s,
                "* Numeric facet columns: -1 = unknown (?), -2 = not tagged, both declared missing."
            );
        }
        _ => {
            let _ = writeln!(s, "* {title} {version}: {n} records, geschreven door jos.");
            let _ = writeln!(
                s,
                "* Voer dit bestand uit vanuit de map met {}, of geef het volledige pad bij /FILE.",
                quote(csv_file)
            );
            let _ = writeln!(
                s,
                "* Numerieke facetkolommen: -1 = onbekend (?), -2 = niet getagd, beide als ontbrekend gedeclareerd."
            );
        }
    }
    s.push('\n');
    let _ = writeln!(s, "GET DATA");
    let _ = writeln!(s, "  /TYPE=TXT");
    let _ = writeln!(s, "  /FILE={}", quote(csv_file));
    let _ = writeln!(s, "  /ENCODING='UTF8'");
    let _ = writeln!(s, "  /ARRANGEMENT=DELIMITED");
    let _ = writeln!(s, "  /DELCASE=LINE");
    let _ = writeln!(s, "  /FIRSTCASE=2");
    let _ = writeln!(s, "  /DELIMITERS=\",\"");
    let _ = writeln!(s, "  /QUALIFIER='\"'");
    let _ = writeln!(s, "  /VARIABLES=");
    for v in vars {
        let format = if v.kind.is_numeric() {
            "F4.0".to_owned()
        } else {
            format!("A{}", data.width(v).min(32767))
        };
        let _ = writeln!(s, "    {} {format}", v.name);
    }
    s.push_str(".\n\n");

    s.push_str("VARIABLE LABELS\n");
    for (i, v) in vars.iter().enumerate() {
        let sep = if i == 0 { "  " } else { "  /" };
        let _ = writeln!(
            s,
            "{sep}{} {}",
            v.name,
            quote(cut(&data.label(v, lang), 256))
        );
    }
    s.push_str(".\n\n");

    // Value labels: per variable, except that every 0/1 column shares one set.
    let mut groups: Vec<(Vec<&Variable>, Labels)> = Vec::new();
    for v in vars {
        let labels = data.value_labels(v, lang);
        if labels.is_empty() {
            continue;
        }
        match groups
            .iter_mut()
            .find(|(g, l)| v.kind == Kind::Dummy && g[0].kind == Kind::Dummy && *l == labels)
        {
            Some((g, _)) => g.push(v),
            None => groups.push((vec![v], labels)),
        }
    }
    s.push_str("VALUE LABELS\n");
    for (i, (group, labels)) in groups.iter().enumerate() {
        let sep = if i == 0 { "  " } else { "  /" };
        let names: Vec<&str> = group.iter().map(|v| v.name.as_str()).collect();
        let _ = writeln!(s, "{sep}{}", wrap(&names, "    "));
        for (x, label) in labels {
            let _ = writeln!(s, "    {} {}", value(x), quote(cut(label, 120)));
        }
    }
    s.push_str(".\n\n");

    // Missing values, grouped by the values.
    let mut missing: Vec<(String, Vec<&str>)> = Vec::new();
    for v in vars {
        let values = data.missing_values(v, lang);
        if values.is_empty() {
            continue;
        }
        let list = values
            .iter()
            .map(|(x, _)| value(x))
            .collect::<Vec<_>>()
            .join(", ");
        match missing.iter_mut().find(|(l, _)| *l == list) {
            Some((_, names)) => names.push(&v.name),
            None => missing.push((list, vec![&v.name])),
        }
    }
    s.push_str("MISSING VALUES\n");
    for (i, (list, names)) in missing.iter().enumerate() {
        let sep = if i == 0 { "  " } else { "  /" };
        let _ = writeln!(s, "{sep}{} ({list})", wrap(names, "    "));
    }
    s.push_str(".\n\n");

    let ordinal: Vec<&str> = vars
        .iter()
        .filter(|v| {
            matches!(v.kind, Kind::Position | Kind::Lowest | Kind::Highest)
                || (v.kind == Kind::Code
                    && v.facet
                        .as_deref()
                        .and_then(|f| t.facet(f))
                        .is_some_and(|f| f.ordered))
        })
        .map(|v| v.name.as_str())
        .collect();
    let nominal: Vec<&str> = vars
        .iter()
        .filter(|v| !ordinal.contains(&v.name.as_str()))
        .map(|v| v.name.as_str())
        .collect();
    s.push_str("VARIABLE LEVEL\n");
    let _ = writeln!(s, "  {} (NOMINAL)", wrap(&nominal, "    "));
    if !ordinal.is_empty() {
        let _ = writeln!(s, "  /{} (ORDINAL)", wrap(&ordinal, "    "));
    }
    s.push_str(".\n\n");
    s.push_str("EXECUTE.\n");
    s
}

/// Names on lines of at most about 100 characters.
fn wrap(names: &[&str], indent: &str) -> String {
    let mut out = String::new();
    let mut line = 0;
    for (i, n) in names.iter().enumerate() {
        if i > 0 {
            if line + n.len() > 100 {
                out.push('\n');
                out.push_str(indent);
                line = indent.len();
            } else {
                out.push(' ');
                line += 1;
            }
        }
        out.push_str(n);
        line += n.len();
    }
    out
}
