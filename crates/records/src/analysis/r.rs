//! An R script (base R only) for a data set's CSV file.

use std::fmt::Write;

use super::{Dataset, Kind, Value};
use jos_taxonomy::lang::Lang;

/// An R string literal in double quotes, with every character outside ASCII as `\u{...}`, so
/// that the script reads the same in every locale.
fn quote(s: &str) -> String {
    let mut out = String::from("\"");
    for c in s.chars() {
        match c {
            '"' => out.push_str("\\\""),
            '\\' => out.push_str("\\\\"),
            '\n' => out.push_str("\\n"),
            '\r' => out.push_str("\\r"),
            '\t' => out.push_str("\\t"),
            c if c.is_ascii() && !c.is_ascii_control() => out.push(c),
            c => {
                let _ = write!(out, "\\u{{{:x}}}", c as u32);
            }
        }
    }
    out.push('"');
    out
}

/// `c(...)` of quoted strings, a few per line.
fn vector(items: &[String]) -> String {
    let mut out = String::from("c(");
    for (i, item) in items.iter().enumerate() {
        if i > 0 {
            out.push_str(if i % 4 == 0 { ",\n  " } else { ", " });
        }
        out.push_str(item);
    }
    out.push(')');
    out
}

fn names(items: &[&str]) -> String {
    vector(&items.iter().map(|n| quote(n)).collect::<Vec<_>>())
}

pub(super) fn script(data: &Dataset<'_>, csv_file: &str, lang: Lang) -> String {
    let t = data.taxonomy();
    let vars = data.variables();
    let mut s = String::new();
    let (title, version) = (t.title().best(lang), t.version());
    let n = data.records().len();
    match lang {
        Lang::En => {
            let _ = writeln!(s, "# {title} {version}: {n} records, written by jos.");
            let _ = writeln!(
                s,
                "# Run it with source() from the folder that holds the CSV file, or change `file` below."
            );
            let _ = writeln!(
                s,
                "# Makes the data frame `jos`: codes as factors with labels, unknown (?) and not tagged as NA;"
            );
            let _ = writeln!(
                s,
                "# the *_status columns keep which is which. Column labels are in attr(x, \"label\")."
            );
        }
        _ => {
            let _ = writeln!(s, "# {title} {version}: {n} records, geschreven door jos.");
            let _ = writeln!(
                s,
                "# Voer het uit met source() vanuit de map met het CSV-bestand, of pas `file` hieronder aan."
            );
            let _ = writeln!(
                s,
                "# Maakt het data frame `jos`: codes als factoren met labels, onbekend (?) en niet getagd als NA;"
            );
            let _ = writeln!(
                s,
                "# de kolommen *_status houden bij welke van de twee. Kolomlabels staan in attr(x, \"label\")."
            );
        }
    }
    s.push('\n');
    let _ = writeln!(s, "file <- {}", quote(csv_file));
    let _ = writeln!(
        s,
        "jos <- read.csv(file, encoding = \"UTF-8\", colClasses = \"character\",\n  na.strings = character(0), check.names = FALSE)"
    );
    let header: Vec<&str> = vars.iter().map(|v| v.name.as_str()).collect();
    let _ = writeln!(s, "stopifnot(identical(names(jos), {}))", names(&header));
    s.push('\n');

    let of = |pred: &dyn Fn(Kind) -> bool| -> Vec<&str> {
        vars.iter()
            .filter(|v| pred(v.kind))
            .map(|v| v.name.as_str())
            .collect()
    };
    let texts = of(&|k| matches!(k, Kind::Text | Kind::Codes));
    s.push_str("# Text: an empty cell is NA.\n");
    let _ = writeln!(
        s,
        "for (v in {}) {{\n  jos[[v]][jos[[v]] == \"\"] <- NA\n}}",
        names(&texts)
    );
    let numbers = of(&|k| {
        matches!(
            k,
            Kind::Dummy | Kind::Position | Kind::Lowest | Kind::Highest
        )
    });
    s.push_str("# 0/1 and positions: -1 (unknown) and -2 (not tagged) are NA.\n");
    let _ = writeln!(
        s,
        "for (v in {}) {{\n  x <- as.integer(jos[[v]])\n  x[!is.na(x) & x < 0] <- NA\n  jos[[v]] <- x\n}}",
        names(&numbers)
    );
    let statuses = of(&|k| k == Kind::Status);
    let (coded, unknown, not_tagged) = match lang {
        Lang::En => ("coded", "unknown (?)", "not tagged"),
        _ => ("gecodeerd", "onbekend (?)", "niet getagd"),
    };
    s.push_str("# Whether each facet is coded, unknown or not tagged.\n");
    let _ = writeln!(
        s,
        "for (v in {}) {{\n  jos[[v]] <- factor(as.integer(jos[[v]]), levels = c(1L, -1L, -2L),\n    labels = c({}, {}, {}))\n}}",
        names(&statuses),
        quote(coded),
        quote(unknown),
        quote(not_tagged)
    );
    s.push_str("# Codes as factors: the concepts in the taxonomy's order, with their labels.\n");
    for v in vars {
        let is_status_field = v.kind == Kind::Text && v.field.as_deref() == Some("status");
        if v.kind != Kind::Code && !is_status_field {
            continue;
        }
        let (levels, labels): (Vec<String>, Vec<String>) = data
            .value_labels(v, lang)
            .into_iter()
            .filter(|(x, _)| !data.missing_values(v, lang).iter().any(|(m, _)| m == x))
            .filter_map(|(x, l)| match x {
                Value::Text(code) => Some((quote(&code), quote(&l))),
                Value::Number(_) => None,
            })
            .unzip();
        let ordered = v
            .facet
            .as_deref()
            .and_then(|f| t.facet(f))
            .is_some_and(|f| f.ordered);
        let _ = writeln!(
            s,
            "jos[[{}]] <- factor(jos[[{0}]],\n  levels = {},\n  labels = {}{})",
            quote(&v.name),
            vector(&levels),
            vector(&labels),
            if ordered { ", ordered = TRUE" } else { "" }
        );
    }
    s.push_str("\n# Column labels.\n");
    let labels: Vec<String> = vars
        .iter()
        .map(|v| format!("{} = {}", quote(&v.name), quote(&data.label(v, lang))))
        .collect();
    let _ = writeln!(s, "labels <- c(\n  {}\n)", labels.join(",\n  "));
    s.push_str("for (v in names(labels)) attr(jos[[v]], \"label\") <- labels[[v]]\n");
    s
}
