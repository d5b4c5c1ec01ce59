//! Rendering for people: diagnostics with the source line and carets, concepts, search results.

use std::fmt::Write as _;
use std::io::Write as _;

use annotate_snippets::{AnnotationKind, Group, Level, Renderer, Snippet};
use anstyle::{AnsiColor, Style};
use jos_taxonomy::lookup::Match;
use jos_taxonomy::{Class, Concept, Definition, Diagnostic, Lang, Report, Severity, Taxonomy};

/// Prints every diagnostic of a taxonomy report to standard error, rustc-style.
pub fn diagnostics(report: &Report) {
    diagnostics_with(&report.diagnostics, |file, line| {
        report
            .source(file)
            .and_then(|src| src.lines().nth(line as usize - 1))
            .map(str::to_owned)
    });
}

/// Prints diagnostics to standard error, taking each source line from `line_of(file, line)`.
pub fn diagnostics_with(diagnostics: &[Diagnostic], line_of: impl Fn(&str, u32) -> Option<String>) {
    let renderer = Renderer::styled();
    let mut err = anstream::stderr();
    for d in diagnostics {
        let line = (d.line > 0).then(|| line_of(&d.file, d.line)).flatten();
        let text = one(d, line.as_deref(), &renderer);
        let _ = writeln!(err, "{text}\n");
    }
}

fn one(d: &Diagnostic, line_text: Option<&str>, renderer: &Renderer) -> String {
    let level = match d.severity {
        Severity::Error => Level::ERROR,
        Severity::Warning => Level::WARNING,
    };
    let title = level.primary_title(d.message.as_str()).id(d.code.as_str());
    let mut groups: Vec<Group<'_>> = Vec::new();
    match line_text {
        Some(line) => {
            let start = line
                .char_indices()
                .nth(d.column.saturating_sub(1) as usize)
                .map_or(line.len(), |(i, _)| i);
            let end = line[start..]
                .find(|c: char| c.is_whitespace() || c == ',' || c == ']' || c == '}')
                .map_or(line.len(), |n| start + n)
                .max((start + 1).min(line.len()));
            let snippet = Snippet::source(line)
                .line_start(d.line as usize)
                .path(d.file.as_str())
                .annotation(AnnotationKind::Primary.span(start..end));
            let mut group = title.element(snippet);
            if let Some(h) = &d.hint {
                group = group.element(Level::HELP.message(h.as_str()));
            }
            groups.push(group);
        }
        None => {
            let mut group = title.element(Level::NOTE.message(format!("in {}", d.location())));
            if let Some(h) = &d.hint {
                group = group.element(Level::HELP.message(h.as_str()));
            }
            groups.push(group);
        }
    }
    renderer.render(&groups)
}

const BOLD: Style = Style::new().bold();
const DIM: Style = Style::new().dimmed();
const GREEN: Style = Style::new().fg_color(Some(anstyle::Color::Ansi(AnsiColor::Green)));
const YELLOW: Style = Style::new().fg_color(Some(anstyle::Color::Ansi(AnsiColor::Yellow)));

/// A concept in full, for `jos show`.
pub fn concept(t: &Taxonomy, c: &Concept, lang: Lang) -> String {
    let mut s = String::new();
    let _ = writeln!(
        s,
        "{BOLD}{}{BOLD:#}  {DIM}{} ({}){DIM:#}",
        c.label.best(lang),
        c.id,
        c.facet
    );
    for (code, l) in c.label.iter() {
        let _ = writeln!(s, "  label [{code}]: {}", l.value);
    }
    if let Some(d) = &c.deprecated {
        let by: Vec<&str> = d.replaced_by.iter().map(|r| r.value.as_str()).collect();
        let _ = writeln!(
            s,
            "  {YELLOW}deprecated since {}{YELLOW:#}; replaced by {}: {}",
            d.since.value,
            by.join(", "),
            d.reason.best(lang)
        );
    }
    for (what, list) in [
        ("synonyms", &c.alt_labels),
        ("abbreviations", &c.abbreviations),
    ] {
        let mut by_lang: Vec<(String, Vec<&str>)> = Vec::new();
        for (code, t) in list.iter() {
            match by_lang.last_mut() {
                Some((l, v)) if l == code => v.push(&t.value),
                _ => by_lang.push((code.to_owned(), vec![&t.value])),
            }
        }
        for (code, v) in by_lang {
            let _ = writeln!(s, "  {what} [{code}]: {}", v.join("; "));
        }
    }
    if let Some(p) = &c.position {
        let _ = writeln!(s, "  position on the scale: {}", p.value);
    }
    if let Some(b) = &c.broader {
        let label = t.concept(&b.value).map_or("", |p| p.label.best(lang));
        let _ = writeln!(s, "  broader: {} ({label})", b.value);
    }
    let narrower: Vec<&str> = t
        .concepts()
        .filter(|n| n.broader.as_ref().is_some_and(|b| b.value == c.id))
        .map(|n| n.id.as_str())
        .collect();
    if !narrower.is_empty() {
        let _ = writeln!(s, "  narrower: {}", narrower.join(", "));
    }
    let _ = writeln!(
        s,
        "\n{BOLD}definition{BOLD:#}\n{}",
        wrap(c.definition.best(lang))
    );
    if !c.scope_note.is_empty() {
        let _ = writeln!(
            s,
            "\n{BOLD}scope note{BOLD:#}\n{}",
            wrap(c.scope_note.best(lang))
        );
    }
    let examples: Vec<&str> = c.examples.get(lang).collect();
    if !examples.is_empty() {
        let _ = writeln!(s, "\n{BOLD}examples{BOLD:#}");
        for e in examples {
            let _ = writeln!(s, "  - {e}");
        }
    }
    if !c.related.is_empty() {
        let _ = writeln!(s, "\n{BOLD}relations{BOLD:#}");
        for r in &c.related {
            let kind = t
                .relation_kind(&r.kind.value)
                .map_or(r.kind.value.as_str(), |k| k.label.best(lang));
            let target = t
                .concept(&r.target.value)
                .map_or("", |x| x.label.best(lang));
            let _ = writeln!(s, "  {kind} {GREEN}{}{GREEN:#} ({target})", r.target.value);
        }
    }
    if !c.sources.is_empty() {
        let _ = writeln!(s, "\n{BOLD}sources{BOLD:#}");
        for id in &c.sources {
            match t.source(&id.value) {
                Some(src) => {
                    let _ = write!(s, "  - {}", src.citation);
                    if let Some(u) = &src.url {
                        let _ = write!(s, " <{u}>");
                    }
                    s.push('\n');
                }
                None => {
                    let _ = writeln!(s, "  - {}", id.value);
                }
            }
        }
    }
    if let Some(since) = &c.since {
        let _ = writeln!(s, "\n{DIM}since {}{DIM:#}", since.value);
    }
    s
}

/// The definition of the subject in full, for `jos show` and `jos lookup`.
pub fn definition(t: &Taxonomy, d: &Definition, lang: Lang) -> String {
    let mut s = String::new();
    let _ = writeln!(
        s,
        "{BOLD}{}{BOLD:#}  {DIM}{} (the definition of the subject){DIM:#}",
        d.label.best(lang),
        d.id
    );
    let synonyms: Vec<&str> = d.alt_labels.get(lang).collect();
    if !synonyms.is_empty() {
        let _ = writeln!(s, "  synonyms: {}", synonyms.join("; "));
    }
    let _ = writeln!(
        s,
        "\n{BOLD}definition{BOLD:#}\n{}",
        paragraphs(d.definition.best(lang))
    );
    if !d.scope_note.is_empty() {
        let _ = writeln!(
            s,
            "\n{BOLD}scope note{BOLD:#}\n{}",
            paragraphs(d.scope_note.best(lang))
        );
    }
    if !d.criteria.is_empty() {
        let _ = writeln!(s, "\n{BOLD}inclusion criteria{BOLD:#}");
        for (i, c) in d.criteria.iter().enumerate() {
            let _ = writeln!(
                s,
                "  {}. {}: {}",
                i + 1,
                c.label.best(lang),
                plain(c.text.best(lang))
            );
            let _ = writeln!(s, "     {DIM}ask: {}{DIM:#}", c.question.best(lang));
        }
    }
    for class in [Class::Core, Class::Adjacent, Class::Outside] {
        let forms: Vec<_> = d
            .classification
            .iter()
            .filter(|c| c.class == class)
            .collect();
        if forms.is_empty() {
            continue;
        }
        let _ = writeln!(s, "\n{BOLD}{}{BOLD:#}", class.as_str());
        for c in forms {
            let _ = writeln!(
                s,
                "  - {}: {}",
                c.label.best(lang),
                plain(c.reasoning.best(lang))
            );
            if !c.concepts.is_empty() {
                let ids: Vec<&str> = c.concepts.iter().map(|x| x.value.as_str()).collect();
                let _ = writeln!(s, "    {DIM}see {}{DIM:#}", ids.join(", "));
            }
        }
    }
    if !d.questions.is_empty() {
        let _ = writeln!(s, "\n{BOLD}open questions for the working session{BOLD:#}");
        for q in &d.questions {
            let _ = writeln!(s, "  - {}", plain(q.text.best(lang)));
        }
    }
    if !d.sources.is_empty() {
        let _ = writeln!(s, "\n{BOLD}sources{BOLD:#}");
        for id in &d.sources {
            match t.source(&id.value) {
                Some(src) => {
                    let _ = write!(s, "  - {}", src.citation);
                    if let Some(u) = &src.url {
                        let _ = write!(s, " <{u}>");
                    }
                    s.push('\n');
                }
                None => {
                    let _ = writeln!(s, "  - {}", id.value);
                }
            }
        }
    }
    s
}

/// A Markdown text as wrapped plain paragraphs, separated by a blank line.
fn paragraphs(text: &str) -> String {
    text.split("\n\n")
        .map(str::trim)
        .filter(|p| !p.is_empty())
        .map(|p| wrap(&plain(p)))
        .collect::<Vec<_>>()
        .join("\n\n")
}

/// Markdown links `[label](concept:id)` as their label and `**bold**` as plain text, for the
/// terminal.
fn plain(text: &str) -> String {
    let text = text.replace("**", "");
    let text = text.as_str();
    let mut out = String::with_capacity(text.len());
    let mut rest = text;
    while let Some(open) = rest.find('[') {
        let Some(close) = rest[open..].find("](").map(|i| open + i) else {
            break;
        };
        let Some(end) = rest[close..].find(')').map(|i| close + i) else {
            break;
        };
        out.push_str(&rest[..open]);
        out.push_str(&rest[open + 1..close]);
        rest = &rest[end + 1..];
    }
    out.push_str(rest);
    out
}

/// Wraps a paragraph at 96 columns with a two-space indent.
fn wrap(text: &str) -> String {
    let mut out = String::new();
    let mut line = String::from(" ");
    for word in text.split_whitespace() {
        if line.len() + word.len() + 1 > 96 {
            out.push_str(&line);
            out.push('\n');
            line = String::from(" ");
        }
        line.push(' ');
        line.push_str(word);
    }
    out.push_str(&line);
    out
}

/// One search result line, for `jos lookup`.
pub fn lookup_row(m: &Match<'_>, lang: Lang) -> String {
    let deprecated = match &m.concept.deprecated {
        Some(d) if !d.replaced_by.is_empty() => {
            let by: Vec<&str> = d.replaced_by.iter().map(|r| r.value.as_str()).collect();
            format!(" {YELLOW}(deprecated; see {}){YELLOW:#}", by.join(", "))
        }
        Some(_) => format!(" {YELLOW}(deprecated){YELLOW:#}"),
        None => String::new(),
    };
    format!(
        "{GREEN}{}{GREEN:#}  {}  {DIM}[{}; matched \"{}\" as {:?}]{DIM:#}{deprecated}\n",
        m.concept.id,
        m.concept.label.best(lang),
        m.concept.facet,
        m.matched,
        m.kind
    )
}
