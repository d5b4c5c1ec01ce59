//! The guides for working sessions (tagging, reading, changing the taxonomy), in Dutch and
//! English, as pages of the reference documents. Their source is `docs/guide-*.md` in the
//! repository; `src/guides/` holds copies that `cargo xtask codegen` keeps fresh, so that
//! `jos docs` has them wherever it is installed.

use pulldown_cmark::{Event, Options as Extensions, Parser, Tag, TagEnd};

use jos_taxonomy::lang::Lang;

/// One guide in one language.
#[derive(Clone, Debug, PartialEq, Eq)]
#[non_exhaustive]
pub struct Guide {
    /// The file stem of its pages: `guide-tagging`, `guide-reading`, `guide-changes`.
    pub name: String,
    /// Its language.
    pub lang: Lang,
    /// Its Markdown text.
    pub text: String,
}

impl Guide {
    /// A guide named `name` (a file stem such as `guide-tagging`) in `lang`.
    pub fn new(name: impl Into<String>, lang: Lang, text: impl Into<String>) -> Self {
        Guide {
            name: name.into(),
            lang,
            text: text.into(),
        }
    }

    /// The guide's title: its first `# ` heading, or its name.
    pub fn title(&self) -> &str {
        self.text
            .lines()
            .find_map(|l| l.strip_prefix("# "))
            .map_or(self.name.as_str(), str::trim)
    }
}

/// The guides' names, in the order the pages list them.
pub const GUIDE_NAMES: [&str; 3] = ["guide-tagging", "guide-reading", "guide-changes"];

/// The guides as built in (copies of `docs/guide-*.md`).
///
/// ```
/// let guides = jos_reference::builtin_guides();
/// assert_eq!(guides.len(), 6);
/// assert!(guides.iter().any(|g| g.name == "guide-tagging" && g.title() == "Een praktijk coderen"));
/// ```
pub fn builtin_guides() -> Vec<Guide> {
    let texts: [(&str, &str, &str); 3] = [
        (
            "guide-tagging",
            include_str!("guides/guide-tagging.nl.md"),
            include_str!("guides/guide-tagging.en.md"),
        ),
        (
            "guide-reading",
            include_str!("guides/guide-reading.nl.md"),
            include_str!("guides/guide-reading.en.md"),
        ),
        (
            "guide-changes",
            include_str!("guides/guide-changes.nl.md"),
            include_str!("guides/guide-changes.en.md"),
        ),
    ];
    texts
        .into_iter()
        .flat_map(|(name, nl, en)| {
            [
                Guide::new(name, Lang::Nl, nl),
                Guide::new(name, Lang::En, en),
            ]
        })
        .collect()
}

/// The source file of a guide in the repository's `docs/` (the Dutch one is `NAME.nl.md`).
pub fn source_file(name: &str, lang: Lang) -> String {
    match lang {
        Lang::Nl => format!("{name}.nl.md"),
        _ => format!("{name}.md"),
    }
}

/// Where a link of a guide written for `docs/` goes among the reference pages (`ext` is `md` or
/// `html`): a link to another guide (`guide-tagging.nl.md`, `guide-reading.md#1`) becomes its
/// page in the same language, or in the other one for a link across languages; a link to
/// anything else in the repository is not there, and `None` says to keep only its text.
/// External links stay.
fn target(link: &str, lang: Lang, ext: &str) -> Option<String> {
    if link.contains("://") || link.starts_with("mailto:") || link.starts_with('#') {
        return Some(link.to_owned());
    }
    let (file, anchor) = link.split_once('#').map_or((link, ""), |(f, a)| (f, a));
    let name = GUIDE_NAMES
        .iter()
        .find(|n| file == source_file(n, Lang::Nl) || file == source_file(n, Lang::En))?;
    let to = if file.ends_with(".nl.md") {
        Lang::Nl
    } else {
        Lang::En
    };
    let page = if to == lang {
        format!("{name}.{ext}")
    } else {
        format!("../{}/{name}.{ext}", to.code())
    };
    Some(if anchor.is_empty() {
        page
    } else {
        format!("{page}#{anchor}")
    })
}

/// A guide as a Markdown page of the reference (`markdown/<lang>/NAME.md`): its links to the
/// other guides point to their pages, links to other files of the repository keep their text.
pub(crate) fn to_markdown(guide: &Guide) -> String {
    super::markdown::map_links(&guide.text, &|link| target(link, guide.lang, "md"))
}

/// A guide's text as HTML for its page of the site: tables rendered, raw HTML shown as text,
/// links as [`to_markdown`] makes them, headings one level down from `h1` kept.
pub(crate) fn to_html(guide: &Guide) -> String {
    let mut dropped = Vec::new();
    let events =
        Parser::new_ext(&guide.text, Extensions::ENABLE_TABLES).filter_map(|event| match event {
            Event::Html(html) | Event::InlineHtml(html) => Some(Event::Text(html)),
            Event::Start(Tag::HtmlBlock) => Some(Event::Start(Tag::Paragraph)),
            Event::End(TagEnd::HtmlBlock) => Some(Event::End(TagEnd::Paragraph)),
            Event::Start(Tag::Link {
                link_type,
                dest_url,
                title,
                id,
            }) => match target(&dest_url, guide.lang, "html") {
                Some(to) => {
                    dropped.push(false);
                    Some(Event::Start(Tag::Link {
                        link_type,
                        dest_url: to.into(),
                        title,
                        id,
                    }))
                }
                None => {
                    dropped.push(true);
                    None
                }
            },
            Event::End(TagEnd::Link) => {
                if dropped.pop().unwrap_or(false) {
                    None
                } else {
                    Some(Event::End(TagEnd::Link))
                }
            }
            Event::Start(Tag::Image { .. }) | Event::End(TagEnd::Image) => None,
            other => Some(other),
        });
    let mut html = String::new();
    pulldown_cmark::html::push_html(&mut html, events);
    html
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn links_to_guides_follow_the_language_and_others_keep_their_text() {
        let g = Guide::new(
            "guide-reading",
            Lang::En,
            "See [tagging](guide-tagging.md#2-step-by-step), [Dutch](guide-reading.nl.md), \
             [records](records.md) and [NJi](https://www.nji.nl/).",
        );
        assert_eq!(
            to_markdown(&g),
            "See [tagging](guide-tagging.md#2-step-by-step), [Dutch](../nl/guide-reading.md), \
             records and [NJi](https://www.nji.nl/)."
        );
        let html = to_html(&g);
        assert!(
            html.contains(r#"<a href="../nl/guide-reading.html">Dutch</a>"#),
            "{html}"
        );
        assert!(html.contains(" records and "), "{html}");
    }
}
