//! Taxonomy Markdown made safe for the reference documents, and escaping of plain text.
//!
//! Texts written in the taxonomy (definitions, scope notes, descriptions) are Markdown. Before
//! they reach a reader they pass through one policy, for both outputs: raw HTML is shown as text,
//! never passed through; links to `concept:ID` become relative links to the concept's anchor;
//! links and images whose URL is not plainly safe (anything but http, https, mailto, relative
//! and `concept:`) lose their URL and keep only their text.

use std::ops::Range;

use pulldown_cmark::{CowStr, Event, HeadingLevel, LinkType, Parser, Tag, TagEnd};

use jos_taxonomy::check::CONCEPT_SCHEME;

/// Whether a link or image URL may be kept: relative, or http, https, mailto or `concept:`.
///
/// Browsers ignore ASCII tabs and newlines inside a URL and leading control characters and
/// spaces, so those are dropped before the scheme is read.
pub(crate) fn is_safe_url(url: &str) -> bool {
    let cleaned: String = url
        .trim_start_matches(|c: char| c <= ' ')
        .chars()
        .filter(|c| !matches!(c, '\t' | '\n' | '\r'))
        .collect();
    match scheme(&cleaned) {
        None => true,
        Some(s) => ["http", "https", "mailto", "concept"]
            .iter()
            .any(|ok| s.eq_ignore_ascii_case(ok)),
    }
}

/// The URL scheme (before the first `:`), if the URL has one.
fn scheme(url: &str) -> Option<&str> {
    let (head, _) = url.split_once(':')?;
    let mut chars = head.chars();
    let first = chars.next()?;
    (first.is_ascii_alphabetic()
        && chars.all(|c| c.is_ascii_alphanumeric() || matches!(c, '+' | '-' | '.')))
    .then_some(head)
}

/// What becomes of one link or image.
enum LinkAction {
    /// Keep it as written.
    Keep,
    /// Point it at this relative URL instead.
    Rewrite(String),
    /// Drop the link and keep its text.
    Unlink,
}

fn link_action(dest: &str, is_image: bool, resolve: &dyn Fn(&str) -> Option<String>) -> LinkAction {
    match dest.strip_prefix(CONCEPT_SCHEME) {
        Some(id) if !is_image => resolve(id).map_or(LinkAction::Unlink, LinkAction::Rewrite),
        Some(_) => LinkAction::Unlink,
        None if is_safe_url(dest) => LinkAction::Keep,
        None => LinkAction::Unlink,
    }
}

/// One replacement of a byte range of the source text.
struct Edit {
    range: Range<usize>,
    text: String,
}

/// An open link or image while walking the events.
struct OpenLink {
    action: LinkAction,
    is_image: bool,
    /// The source range of the events between its start and end.
    inner: Option<Range<usize>>,
}

/// The source text of `range` with the edits inside it applied; those edits are removed.
fn apply(text: &str, range: Range<usize>, edits: &mut Vec<Edit>) -> String {
    let first = edits
        .iter()
        .position(|e| e.range.start >= range.start)
        .unwrap_or(edits.len());
    let inside: Vec<Edit> = edits.drain(first..).collect();
    let mut out = String::new();
    let mut at = range.start;
    for e in inside {
        out.push_str(&text[at..e.range.start]);
        out.push_str(&e.text);
        at = e.range.end;
    }
    out.push_str(&text[at..range.end]);
    out
}

/// A taxonomy Markdown text made safe for the Markdown output.
///
/// Raw HTML is escaped (`<` becomes `&lt;`), `concept:ID` links become `resolve(ID)`, and unsafe
/// links are replaced by their text. Reference-style links are written inline and link
/// reference definitions dropped, because the texts of many concepts share one page, where a
/// definition in one text would otherwise turn brackets in another into a link. An unclosed code
/// fence is closed, so that it cannot swallow the rest of the page. The result has no trailing
/// white space.
pub(crate) fn to_markdown(text: &str, resolve: &dyn Fn(&str) -> Option<String>) -> String {
    let mut edits: Vec<Edit> = Vec::new();
    let mut open: Vec<OpenLink> = Vec::new();
    let mut containers = 0usize;
    let mut events = Parser::new(text).into_offset_iter();
    for (event, range) in events.by_ref() {
        match &event {
            Event::Start(
                Tag::Link {
                    link_type,
                    dest_url,
                    title,
                    ..
                }
                | Tag::Image {
                    link_type,
                    dest_url,
                    title,
                    ..
                },
            ) => {
                let is_image = matches!(event, Event::Start(Tag::Image { .. }));
                let action = match link_action(dest_url, is_image, resolve) {
                    LinkAction::Keep if is_reference(*link_type) => {
                        LinkAction::Rewrite(inline_destination(dest_url, title))
                    }
                    action => action,
                };
                grow_inner(&mut open, &range);
                open.push(OpenLink {
                    action,
                    is_image,
                    inner: None,
                });
                continue;
            }
            Event::End(TagEnd::Link | TagEnd::Image) => {
                if let Some(link) = open.pop() {
                    let inner = link.inner.unwrap_or(range.end..range.end);
                    let replacement = match link.action {
                        LinkAction::Keep => None,
                        LinkAction::Rewrite(href) => {
                            let label = apply(text, inner, &mut edits);
                            let bang = if link.is_image { "!" } else { "" };
                            Some(format!("{bang}[{label}]({href})"))
                        }
                        LinkAction::Unlink => Some(apply(text, inner, &mut edits)),
                    };
                    if let Some(replacement) = replacement {
                        drop_edits_in(&mut edits, &range);
                        edits.push(Edit {
                            range: range.clone(),
                            text: replacement,
                        });
                    }
                }
                grow_inner(&mut open, &range);
                continue;
            }
            // The source, not the event text: inside a block quote or list the source range
            // also holds the container's markers, which must stay.
            Event::Html(_) | Event::InlineHtml(_) => {
                edits.push(Edit {
                    range: range.clone(),
                    text: text[range.clone()].replace('<', "&lt;"),
                });
            }
            Event::Start(Tag::BlockQuote(_) | Tag::List(_) | Tag::Item) => containers += 1,
            Event::End(TagEnd::BlockQuote(_) | TagEnd::List(_) | TagEnd::Item) => {
                containers = containers.saturating_sub(1)
            }
            // Inside a container the fence ends with the container; at top level it would
            // run on into the rest of the page.
            Event::End(TagEnd::CodeBlock) if containers == 0 => {
                if let Some(fence) = unclosed_fence(&text[range.clone()]) {
                    edits.push(Edit {
                        range: range.end..range.end,
                        text: format!("\n{fence}"),
                    });
                }
            }
            _ => {}
        }
        grow_inner(&mut open, &range);
    }
    let mut definitions: Vec<Range<usize>> = events
        .reference_definitions()
        .iter()
        .map(|(_, def)| def.span.clone())
        .collect();
    definitions.sort_by_key(|r| (r.start, r.end));
    for range in definitions {
        edits.push(Edit {
            range,
            text: String::new(),
        });
    }
    edits.sort_by_key(|e| (e.range.start, e.range.end));
    apply(text, 0..text.len(), &mut edits).trim_end().to_owned()
}

fn is_reference(link_type: LinkType) -> bool {
    !matches!(
        link_type,
        LinkType::Inline | LinkType::Autolink | LinkType::Email
    )
}

/// A destination and title written inline: `<dest> "title"`.
fn inline_destination(dest: &str, title: &str) -> String {
    let mut out = String::from("<");
    for c in dest.chars() {
        if matches!(c, '<' | '>' | '\\') {
            out.push('\\');
        }
        out.push(c);
    }
    out.push('>');
    if !title.is_empty() {
        out.push_str(" \"");
        for c in title
            .split_whitespace()
            .collect::<Vec<_>>()
            .join(" ")
            .chars()
        {
            if matches!(c, '"' | '\\') {
                out.push('\\');
            }
            out.push(c);
        }
        out.push('"');
    }
    out
}

/// Removes edits inside `range` (already folded into a replacement of the whole range).
fn drop_edits_in(edits: &mut Vec<Edit>, range: &Range<usize>) {
    edits.retain(|e| e.range.start < range.start || e.range.end > range.end);
}

fn grow_inner(open: &mut [OpenLink], range: &Range<usize>) {
    for link in open {
        link.inner = Some(match &link.inner {
            None => range.clone(),
            Some(r) => r.start.min(range.start)..r.end.max(range.end),
        });
    }
}

/// For a fenced code block's source, the fence that closes it when it is left open.
fn unclosed_fence(block: &str) -> Option<String> {
    let first = block.lines().next()?.trim_start();
    let fence_char = first.chars().next().filter(|c| *c == '`' || *c == '~')?;
    let width = first.chars().take_while(|c| *c == fence_char).count();
    if width < 3 {
        return None;
    }
    let closed = block.lines().count() > 1
        && block.lines().last().is_some_and(|last| {
            let t = last.trim();
            t.chars().all(|c| c == fence_char) && t.chars().count() >= width
        });
    (!closed).then(|| fence_char.to_string().repeat(width))
}

/// A taxonomy Markdown text as HTML, safe to embed in a page.
///
/// Raw HTML becomes escaped text, `concept:ID` links point to `resolve(ID)`, unsafe links and
/// images keep only their text, and headings are moved `shift` levels down (at most `h6`).
pub(crate) fn to_html(
    text: &str,
    resolve: &dyn Fn(&str) -> Option<String>,
    shift: usize,
) -> String {
    let mut kept: Vec<bool> = Vec::new();
    let events = Parser::new(text).filter_map(|event| match event {
        Event::Html(html) | Event::InlineHtml(html) => Some(Event::Text(html)),
        Event::Start(Tag::HtmlBlock) => Some(Event::Start(Tag::Paragraph)),
        Event::End(TagEnd::HtmlBlock) => Some(Event::End(TagEnd::Paragraph)),
        Event::Start(Tag::Heading { level, .. }) => Some(Event::Start(Tag::Heading {
            level: shifted(level, shift),
            id: None,
            classes: Vec::new(),
            attrs: Vec::new(),
        })),
        Event::End(TagEnd::Heading(level)) => {
            Some(Event::End(TagEnd::Heading(shifted(level, shift))))
        }
        Event::Start(Tag::Link {
            link_type,
            dest_url,
            title,
            id,
        }) => match link_action(&dest_url, false, resolve) {
            LinkAction::Keep => {
                kept.push(true);
                Some(Event::Start(Tag::Link {
                    link_type,
                    dest_url,
                    title,
                    id,
                }))
            }
            LinkAction::Rewrite(href) => {
                kept.push(true);
                Some(Event::Start(Tag::Link {
                    link_type: LinkType::Inline,
                    dest_url: CowStr::from(href),
                    title,
                    id,
                }))
            }
            LinkAction::Unlink => {
                kept.push(false);
                None
            }
        },
        Event::Start(Tag::Image {
            link_type,
            dest_url,
            title,
            id,
        }) => {
            let keep = matches!(link_action(&dest_url, true, resolve), LinkAction::Keep);
            kept.push(keep);
            keep.then_some(Event::Start(Tag::Image {
                link_type,
                dest_url,
                title,
                id,
            }))
        }
        Event::End(end @ (TagEnd::Link | TagEnd::Image)) => {
            kept.pop().unwrap_or(true).then_some(Event::End(end))
        }
        other => Some(other),
    });
    let mut out = String::new();
    pulldown_cmark::html::push_html(&mut out, events);
    out
}

fn shifted(level: HeadingLevel, shift: usize) -> HeadingLevel {
    HeadingLevel::try_from((level as usize + shift).min(6)).unwrap_or(HeadingLevel::H6)
}

/// Escapes text for HTML element content and attribute values (`&`, `<`, `>`, `"` and `'`),
/// with the escaper pulldown-cmark itself uses, so text we write and Markdown it renders are
/// escaped alike.
pub(crate) fn esc(s: &str) -> String {
    let mut out = String::with_capacity(s.len() + 8);
    // Writing to a String cannot fail.
    let _ = pulldown_cmark_escape::escape_html(&mut out, s);
    out
}

pub(crate) use jos_taxonomy::text::md_escape;

#[cfg(test)]
mod tests {
    use super::*;

    fn resolve(id: &str) -> Option<String> {
        (id == "known").then(|| "facet.md#known".to_owned())
    }

    #[test]
    fn urls() {
        for ok in [
            "https://x.nl",
            "http://x",
            "mailto:a@b.nl",
            "concept:x",
            "a.md#b",
            "#x",
            "./a:b",
        ] {
            assert!(is_safe_url(ok), "{ok}");
        }
        for bad in [
            "javascript:alert(1)",
            " JavaScript:x",
            "java\tscript:x",
            "data:text/html,x",
            "vbscript:x",
            "file:///etc",
        ] {
            assert!(!is_safe_url(bad), "{bad}");
        }
    }

    #[test]
    fn markdown_is_rewritten_and_defused() {
        let md = to_markdown(
            "See [it](concept:known), [**bad**](javascript:alert(1)) and <b>x</b>.\n\n<script>alert(1)</script>",
            &resolve,
        );
        assert_eq!(
            md,
            "See [it](facet.md#known), **bad** and &lt;b>x&lt;/b>.\n\n&lt;script>alert(1)&lt;/script>"
        );
        assert_eq!(to_markdown("[x](concept:unknown)", &resolve), "x");
        assert_eq!(
            to_markdown("> <div>\n> quoted\n\n- <b>x</b>", &resolve),
            "> &lt;div>\n> quoted\n\n- &lt;b>x&lt;/b>"
        );
        assert_eq!(
            to_markdown(
                "[a][r] and [b]\n\n[r]: https://x.nl \"T\"\n[b]: javascript:x",
                &resolve
            ),
            "[a](<https://x.nl> \"T\") and b"
        );
        assert_eq!(to_markdown("```\ncode", &resolve), "```\ncode\n```");
        assert_eq!(to_markdown("```\ncode\n```", &resolve), "```\ncode\n```");
    }

    #[test]
    fn html_is_escaped() {
        let html = to_html(
            "[a](concept:known) [b](javascript:x) <img src=x onerror=alert(1)>\n\n# H\n\n<script>alert(1)</script>",
            &|id| resolve(id).map(|h| h.replace(".md", ".html")),
            2,
        );
        assert!(
            html.contains(r#"<a href="facet.html#known">a</a> b &lt;img"#),
            "{html}"
        );
        assert!(html.contains("<h3>H</h3>"), "{html}");
        assert!(
            html.contains("<p>&lt;script&gt;alert(1)&lt;/script&gt;"),
            "{html}"
        );
        assert!(
            !html.contains("<script") && !html.contains("<img"),
            "{html}"
        );
    }

    #[test]
    fn plain_text_escaping() {
        assert_eq!(md_escape("a *b* [c]"), r"a \*b\* \[c\]");
        assert_eq!(md_escape("- x"), r"\- x");
        assert_eq!(md_escape("1. x"), r"1\. x");
        assert_eq!(md_escape("1.0.0"), "1.0.0");
        assert_eq!(md_escape("-x"), "-x");
        assert_eq!(md_escape("---"), r"\---");
        assert_eq!(md_escape("SMW'er  &amp; 18+"), r"SMW'er \&amp; 18+");
        assert_eq!(
            esc(r#"<a href="x">'&"#),
            "&lt;a href=&quot;x&quot;&gt;&#39;&amp;"
        );
    }
}
