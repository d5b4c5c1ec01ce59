//! Text helpers shared by the checks and the lookup: folding for comparison and edit distance.

use unicode_normalization::UnicodeNormalization;

/// Folds a label for comparison: Unicode-decomposed, accents dropped, lowercase, with every run
/// of white space, hyphens and punctuation reduced to one space.
///
/// ```
/// use jos_taxonomy::text::fold;
/// assert_eq!(fold("Jeugd-GGZ"), fold("jeugd ggz"));
/// assert_eq!(fold("Coördinator"), "coordinator");
/// assert_ne!(fold("18-"), fold("18+"));
/// ```
pub fn fold(s: &str) -> String {
    let mut out = String::with_capacity(s.len());
    let mut pending_space = false;
    let chars: Vec<char> = s
        .nfkd()
        .filter(|c| !unicode_normalization::char::is_combining_mark(*c))
        .collect();
    for (i, &c) in chars.iter().enumerate() {
        // `+` and a trailing `-` carry meaning in labels such as "18+" and "18-".
        let significant = c == '+'
            || (c == '-'
                && chars.get(i + 1).is_none_or(|n| !n.is_alphanumeric())
                && i > 0
                && chars[i - 1].is_alphanumeric());
        if c.is_alphanumeric() || significant {
            if pending_space && !out.is_empty() {
                out.push(' ');
            }
            pending_space = false;
            out.extend(c.to_lowercase());
        } else if c != '\'' && c != '\u{2019}' {
            pending_space = true;
        }
    }
    out
}

/// Whether `id` is kebab-case ASCII: lowercase letters and digits in groups joined by single
/// hyphens, starting with a letter.
///
/// ```
/// use jos_taxonomy::text::is_kebab_id;
/// assert!(is_kebab_id("so-cluster-4"));
/// assert!(!is_kebab_id("So_cluster"));
/// assert!(!is_kebab_id("4-cluster"));
/// assert!(!is_kebab_id("a--b"));
/// ```
pub fn is_kebab_id(id: &str) -> bool {
    id.starts_with(|c: char| c.is_ascii_lowercase())
        && id.split('-').all(|part| {
            !part.is_empty()
                && part
                    .bytes()
                    .all(|b| b.is_ascii_lowercase() || b.is_ascii_digit())
        })
}

/// The `YYYY-MM-DD` date `days` after 1970-01-01 (before it when negative), by Howard Hinnant's
/// `civil_from_days`.
///
/// ```
/// use jos_taxonomy::text::date_from_days;
/// assert_eq!(date_from_days(0), "1970-01-01");
/// assert_eq!(date_from_days(20_423), "2025-12-01");
/// assert_eq!(date_from_days(11_016), "2000-02-29");
/// assert_eq!(date_from_days(-25_567), "1900-01-01");
/// ```
pub fn date_from_days(days: i64) -> String {
    let z = days + 719_468;
    let era = z.div_euclid(146_097);
    let doe = z.rem_euclid(146_097);
    let yoe = (doe - doe / 1460 + doe / 36_524 - doe / 146_096) / 365;
    let doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
    let mp = (5 * doy + 2) / 153;
    let d = doy - (153 * mp + 2) / 5 + 1;
    let m = if mp < 10 { mp + 3 } else { mp - 9 };
    let y = yoe + era * 400 + i64::from(m <= 2);
    format!("{y:04}-{m:02}-{d:02}")
}

/// Whether `date` is a valid `YYYY-MM-DD` calendar date.
///
/// ```
/// use jos_taxonomy::text::is_iso_date;
/// assert!(is_iso_date("2024-02-29"));
/// assert!(!is_iso_date("2023-02-29"));
/// assert!(!is_iso_date("23-11-2026"));
/// ```
pub fn is_iso_date(date: &str) -> bool {
    let b = date.as_bytes();
    if b.len() != 10 || b[4] != b'-' || b[7] != b'-' {
        return false;
    }
    let num = |r: std::ops::Range<usize>| {
        date[r].parse::<u32>().ok().filter(|_| {
            b[0..10]
                .iter()
                .enumerate()
                .all(|(i, c)| i == 4 || i == 7 || c.is_ascii_digit())
        })
    };
    let (Some(y), Some(m), Some(d)) = (num(0..4), num(5..7), num(8..10)) else {
        return false;
    };
    let leap = (y % 4 == 0 && y % 100 != 0) || y % 400 == 0;
    let days = match m {
        1 | 3 | 5 | 7 | 8 | 10 | 12 => 31,
        4 | 6 | 9 | 11 => 30,
        2 if leap => 29,
        2 => 28,
        _ => return false,
    };
    (1..=days).contains(&d)
}

/// Escapes plain text (a label, a citation) so that Markdown shows it literally, on one line,
/// also where it starts a line or a list item.
pub fn md_escape(s: &str) -> String {
    let one_line = s.split_whitespace().collect::<Vec<_>>().join(" ");
    let mut out = String::with_capacity(one_line.len() + 8);
    let chars: Vec<char> = one_line.chars().collect();
    // A leading "- ", "+ ", "1. ", "2) " would start a list, "---" or "===" a rule or heading.
    let marker_end = match chars.first() {
        Some('-' | '+' | '=') if chars.iter().all(|c| *c == chars[0]) => Some(0),
        Some('-' | '+') if chars.get(1).is_none_or(|c| *c == ' ') => Some(0),
        Some(c) if c.is_ascii_digit() => {
            let digits = chars.iter().take_while(|c| c.is_ascii_digit()).count();
            let delimiter = chars.get(digits).is_some_and(|c| matches!(c, '.' | ')'));
            let then_space = chars.get(digits + 1).is_none_or(|c| *c == ' ');
            (delimiter && then_space).then_some(digits)
        }
        _ => None,
    };
    for (i, &c) in chars.iter().enumerate() {
        let entity = c == '&'
            && chars
                .get(i + 1)
                .is_some_and(|n| n.is_ascii_alphanumeric() || *n == '#');
        if Some(i) == marker_end
            || entity
            || matches!(
                c,
                '\\' | '`' | '*' | '_' | '[' | ']' | '<' | '>' | '|' | '~' | '#' | '!'
            )
        {
            out.push('\\');
        }
        out.push(c);
    }
    out
}

/// The 1-based line and column (in characters) just after `prefix`: where the next byte of a
/// text that starts with `prefix` stands. The one place that turns an offset into a position
/// for a whole text; the JSON reader keeps a forward-only cursor of its own because it asks for
/// positions in order, many times per record.
///
/// ```
/// assert_eq!(jos_taxonomy::text::line_column(""), (1, 1));
/// assert_eq!(jos_taxonomy::text::line_column("ab\ncé"), (2, 3));
/// ```
pub fn line_column(prefix: &str) -> (u32, u32) {
    let line = prefix.matches('\n').count() as u32 + 1;
    let column = prefix.rsplit('\n').next().map_or(0, |l| l.chars().count()) as u32 + 1;
    (line, column)
}

/// Makes a cell safe to open in a spreadsheet: a cell that starts with `=`, `+`, `-`, `@`, a tab
/// or a carriage return would be read as a formula, so it gets a leading apostrophe. A plain
/// number (`-1`, `+2.5`) is a number to a spreadsheet, not a formula, and stays as it is.
///
/// ```
/// use jos_taxonomy::text::safe_cell;
/// assert_eq!(safe_cell("=HYPERLINK(\"x\")"), "'=HYPERLINK(\"x\")");
/// assert_eq!(safe_cell("-1+2"), "'-1+2");
/// assert_eq!(safe_cell("-1"), "-1");
/// assert_eq!(safe_cell("mbo"), "mbo");
/// ```
pub fn safe_cell(cell: &str) -> std::borrow::Cow<'_, str> {
    if cell.starts_with(['=', '+', '-', '@', '\t', '\r']) && !is_plain_number(cell) {
        std::borrow::Cow::Owned(format!("'{cell}"))
    } else {
        std::borrow::Cow::Borrowed(cell)
    }
}

/// A sign, digits and at most one decimal point: what every spreadsheet reads as a number.
fn is_plain_number(cell: &str) -> bool {
    let digits = cell.strip_prefix(['+', '-']).unwrap_or(cell);
    let mut points = 0;
    !digits.is_empty()
        && digits.bytes().all(|b| {
            points += usize::from(b == b'.');
            b.is_ascii_digit() || b == b'.'
        })
        && points <= 1
        && digits.bytes().any(|b| b.is_ascii_digit())
}

/// A Markdown text (a definition, a scope note) as plain text for tools that show text as
/// written: link targets such as `concept:walk-in-hours` and emphasis markers are dropped and
/// the words kept; raw HTML stays as written; paragraphs are separated by a blank line and list
/// items start with `- `.
///
/// ```
/// use jos_taxonomy::text::plain_text;
/// assert_eq!(
///     plain_text("Zie [spreekuur](concept:walk-in-hours), **niet** `x`.\n\n- een:\n  - a\n- twee\n\nEind."),
///     "Zie spreekuur, niet x.\n\n- een:\n  - a\n- twee\n\nEind."
/// );
/// ```
pub fn plain_text(markdown: &str) -> String {
    use pulldown_cmark::{Event, Parser, Tag, TagEnd};
    let mut out = String::new();
    let mut depth = 0usize;
    let new_line = |out: &mut String| {
        if !out.is_empty() && !out.ends_with('\n') {
            out.push('\n');
        }
    };
    for event in Parser::new(markdown) {
        match event {
            // Raw HTML is text the author wrote: kept as written, never interpreted.
            Event::Text(t) | Event::Code(t) | Event::Html(t) | Event::InlineHtml(t) => {
                out.push_str(&t)
            }
            Event::SoftBreak | Event::HardBreak => out.push(' '),
            Event::Start(Tag::List(_)) => depth += 1,
            Event::End(TagEnd::List(_)) => {
                depth -= 1;
                if depth == 0 {
                    new_line(&mut out);
                    out.push('\n');
                }
            }
            Event::Start(Tag::Item) => {
                new_line(&mut out);
                out.push_str(&"  ".repeat(depth.saturating_sub(1)));
                out.push_str("- ");
            }
            Event::End(TagEnd::Paragraph | TagEnd::Heading(_)) if depth == 0 => {
                out.push_str("\n\n")
            }
            _ => {}
        }
    }
    let mut text = out.trim_end().to_owned();
    while text.contains("\n\n\n") {
        text = text.replace("\n\n\n", "\n\n");
    }
    text
}
