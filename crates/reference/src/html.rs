//! The reference documents as a static HTML site that works from a `file://` URL.
//!
//! The pages are written with small escaping helpers, no template engine. Everything the site
//! needs is in it: one stylesheet and one script, embedded in the crate from `assets/`.

use std::fmt::Write as _;

use super::card::Card;
use super::guide::Guide;
use super::markup::{esc, is_safe_url, to_html};
use super::picture;
use super::ui::{Ui, ui};
use super::{
    Draft, OutputFile, TermKind, citation, concept_href, facet_facts, glossary, initial_anchor,
    licence_url, other_langs, reading_order,
};
use jos_taxonomy::lang::Lang;
use jos_taxonomy::model::{Class, Concept, Definition, Facet, Taxonomy};

/// The site's stylesheet, written to `assets/jos.css`.
const CSS: &str = include_str!("assets/jos.css");
/// The site's script (the filter box), written to `assets/jos.js`.
const JS: &str = include_str!("assets/jos.js");

/// Ids of page elements contain `_`, which concept ids never do, so they cannot collide.
const MAIN_ID: &str = "main_content";
const FILTER_INPUT_ID: &str = "filter_input";
const CONCEPT_LIST_ID: &str = "concept_list";
const GLOSSARY_LIST_ID: &str = "glossary_list";
const SITE_SEARCH_ID: &str = "site_search";
const SEARCH_RESULTS_ID: &str = "search_results";

/// The taxonomy as a static HTML site in each of `langs` (the first is where it opens).
///
/// Files: `index.html` (opens the first language), `assets/jos.css`, `assets/jos.js`, the
/// search index `assets/search-<lang>.js` per language, and per language `<lang>/index.html`,
/// `<lang>/definition.html`, `<lang>/<facet-id>.html`, `<lang>/glossary.html`,
/// `<lang>/deprecated.html`, `<lang>/changes.html`, `<lang>/search.html` (the results of the
/// search box on every page), `<lang>/complete.html` (the whole definition as one page to print
/// or archive) and `<lang>/overview.html` (every concept in one line, a few printed pages). Every page links to the same page in the other languages
/// rendered. The site needs no server and no network; raw HTML in the taxonomy's Markdown is
/// shown as text.
///
/// ```
/// use jos_reference as reference;
/// use jos_taxonomy::{Lang, Taxonomy};
/// let files = reference::html(Taxonomy::builtin(), &[Lang::Nl, Lang::En]);
/// let page = files.iter().find(|f| f.path == "en/role.html").unwrap();
/// let page = String::from_utf8_lossy(&page.bytes);
/// assert!(page.starts_with("<!DOCTYPE html>\n<html lang=\"en\">"));
/// assert!(page.contains(r#"id="school-social-worker""#));
/// assert!(page.contains(r#"href="../nl/role.html""#));
/// ```
pub fn html(taxonomy: &Taxonomy, langs: &[Lang]) -> Vec<OutputFile> {
    pages(taxonomy, langs, None, &[])
}

/// The HTML site, marked as a draft when `draft` is given.
pub(crate) fn pages(
    taxonomy: &Taxonomy,
    langs: &[Lang],
    draft: Option<&Draft>,
    guides: &[Guide],
) -> Vec<OutputFile> {
    let mut files = Vec::new();
    if let Some(&first) = langs.first() {
        files.push(OutputFile::new(
            "index.html",
            landing(taxonomy, langs, first),
        ));
    }
    files.push(OutputFile::new("assets/jos.css", CSS.to_owned()));
    files.push(OutputFile::new("assets/jos.js", JS.to_owned()));
    for &lang in langs {
        let page = Page {
            taxonomy,
            lang,
            ui: ui(lang),
            langs,
            draft,
            guides,
        };
        let code = lang.code();
        files.push(OutputFile::new(format!("{code}/index.html"), page.index()));
        if let Some(d) = taxonomy.definition() {
            files.push(OutputFile::new(
                format!("{code}/definition.html"),
                page.definition(d),
            ));
        }
        for facet in taxonomy.facets() {
            files.push(OutputFile::new(
                format!("{code}/{}.html", facet.id),
                page.facet(facet),
            ));
            files.push(OutputFile::new(
                format!("{code}/worksheet-{}.html", facet.id),
                page.worksheet(facet),
            ));
        }
        files.push(OutputFile::new(
            format!("{code}/glossary.html"),
            page.glossary(),
        ));
        files.push(OutputFile::new(
            format!("{code}/deprecated.html"),
            page.deprecated(),
        ));
        files.push(OutputFile::new(
            format!("{code}/changes.html"),
            page.changes(),
        ));
        files.push(OutputFile::new(
            format!("{code}/search.html"),
            page.search(),
        ));
        for g in guides.iter().filter(|g| g.lang == lang) {
            files.push(OutputFile::new(
                format!("{code}/{}.html", g.name),
                page.guide(g),
            ));
        }
        files.push(OutputFile::new(
            format!("{code}/complete.html"),
            page.complete(),
        ));
        files.push(OutputFile::new(
            format!("{code}/overview.html"),
            page.overview(),
        ));
        files.push(OutputFile::new(
            format!("assets/search-{code}.js"),
            search_index(taxonomy, lang),
        ));
    }
    files
}

/// The site search's index for `lang`, as a script that sets `window.JOS_SEARCH` (a script, not
/// JSON: a page opened from disk may load scripts but not fetch files). One entry per concept
/// and for the definition: `[href, label, facet label, terms, definition]`, where the terms
/// are the id and every label, synonym and abbreviation in every language, separated by `|`,
/// and the definition is plain text in `lang`.
fn search_index(taxonomy: &Taxonomy, lang: Lang) -> String {
    let mut s = String::from(
        "// The site search's index, generated by jos docs: [href, label, facet, terms, definition].\nwindow.JOS_SEARCH = [\n",
    );
    let mut entry = |href: &str, label: &str, facet: &str, terms: Vec<&str>, definition: &str| {
        let _ = writeln!(
            s,
            "[{},{},{},{},{}],",
            js_string(href),
            js_string(label),
            js_string(facet),
            js_string(&terms.join(" | ")),
            js_string(&jos_taxonomy::text::plain_text(definition).replace('\n', " "))
        );
    };
    if let Some(d) = taxonomy.definition() {
        let mut terms: Vec<&str> = vec![&d.id];
        terms.extend(d.label.iter().map(|(_, t)| t.value.as_str()));
        terms.extend(d.alt_labels.iter().map(|(_, t)| t.value.as_str()));
        terms.extend(d.abbreviations.iter().map(|(_, t)| t.value.as_str()));
        entry(
            "definition.html",
            d.label.best(lang),
            ui(lang).definition_page,
            terms,
            d.definition.best(lang),
        );
    }
    for f in taxonomy.facets() {
        for c in &f.concepts {
            let mut terms: Vec<&str> = vec![&c.id];
            terms.extend(c.label.iter().map(|(_, t)| t.value.as_str()));
            terms.extend(c.alt_labels.iter().map(|(_, t)| t.value.as_str()));
            terms.extend(c.abbreviations.iter().map(|(_, t)| t.value.as_str()));
            let href = format!("{}.html#{}", f.id, c.id);
            let label = if c.is_deprecated() {
                format!("{} ({})", c.label.best(lang), ui(lang).deprecated)
            } else {
                c.label.best(lang).to_owned()
            };
            entry(
                &href,
                &label,
                f.label.best(lang),
                terms,
                c.definition.best(lang),
            );
        }
    }
    s.push_str("];\n");
    s
}

/// `text` as a JavaScript string literal: in double quotes, with quotes, backslashes, `<`, line
/// breaks and other control characters escaped.
fn js_string(text: &str) -> String {
    let mut out = String::from("\"");
    for c in text.chars() {
        match c {
            '"' => out.push_str("\\\""),
            '\\' => out.push_str("\\\\"),
            '<' => out.push_str("\\u003c"),
            '\u{2028}' | '\u{2029}' => {
                let _ = write!(out, "\\u{:04x}", c as u32);
            }
            c if c.is_control() => {
                let _ = write!(out, "\\u{:04x}", c as u32);
            }
            c => out.push(c),
        }
    }
    out.push('"');
    out
}

/// `text` as a CSS string: in double quotes, with `"`, `\` and line breaks escaped, and `<` too
/// so that it can never close the `<style>` element.
fn css_string(text: &str) -> String {
    let mut out = String::from("\"");
    for c in text.chars() {
        match c {
            '"' | '\\' | '<' | '\n' | '\r' => {
                let _ = write!(out, "\\{:x} ", c as u32);
            }
            c => out.push(c),
        }
    }
    out.push('"');
    out
}

/// One page's content made a part of the one-document page: links to the other parts become
/// links within the page (`role.html#x` -> `#x`, `role.html` -> `#page_role`), and what would
/// repeat an id of another part goes: the filter box and the list's id (the page has no
/// filter), and a facet's scale (the start page, `first`, draws every scale).
fn one_page(html: &str, parts: &[String], first: bool) -> String {
    let mut s = html.to_owned();
    // The filter box: one `<div class="filter" ...>` ... `</div>` with no div inside.
    while let Some(start) = s.find("<div class=\"filter\"") {
        let Some(len) = s[start..].find("</div>\n") else {
            break;
        };
        s.replace_range(start..start + len + "</div>\n".len(), "");
    }
    s = s.replace(&format!(" id=\"{CONCEPT_LIST_ID}\""), "");
    if !first {
        while let Some(start) = s.find("<figure class=\"picture\"><svg class=\"scale\"") {
            let Some(len) = s[start..].find("</figure>\n") else {
                break;
            };
            s.replace_range(start..start + len + "</figure>\n".len(), "");
        }
    }
    for part in parts {
        s = s
            .replace(&format!("href=\"{part}.html#"), "href=\"#")
            .replace(
                &format!("href=\"{part}.html\""),
                &format!("href=\"#page_{part}\""),
            );
    }
    s
}

/// The site's front door: opens the first language, and lists them all.
fn landing(taxonomy: &Taxonomy, langs: &[Lang], first: Lang) -> String {
    let mut s = String::new();
    let _ = write!(
        s,
        "<!DOCTYPE html>\n<html lang=\"{code}\">\n<head>\n<meta charset=\"utf-8\">\n\
         <meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n\
         <meta http-equiv=\"refresh\" content=\"0; url={code}/index.html\">\n\
         <title>{title}</title>\n<link rel=\"stylesheet\" href=\"assets/jos.css\">\n</head>\n\
         <body>\n<main id=\"{MAIN_ID}\" class=\"landing\">\n<h1>{title}</h1>\n<ul>\n",
        code = first.code(),
        title = esc(taxonomy.title().best(first)),
    );
    for &lang in langs {
        let _ = writeln!(
            s,
            "<li><a href=\"{code}/index.html\" hreflang=\"{code}\" lang=\"{code}\">{} ({})</a></li>",
            esc(taxonomy.title().best(lang)),
            ui(lang).own_name,
            code = lang.code(),
        );
    }
    s.push_str("</ul>\n</main>\n</body>\n</html>\n");
    s
}

struct Page<'a> {
    taxonomy: &'a Taxonomy,
    lang: Lang,
    ui: &'static Ui,
    langs: &'a [Lang],
    draft: Option<&'a Draft>,
    guides: &'a [Guide],
}

impl Page<'_> {
    /// A one-paragraph taxonomy Markdown text (a deprecation reason) as inline HTML.
    fn inline(&self, markdown: &str) -> String {
        let html = self.text(markdown, 0);
        let trimmed = html.trim_end();
        match trimmed
            .strip_prefix("<p>")
            .and_then(|t| t.strip_suffix("</p>"))
        {
            Some(inner) if !inner.contains("<p>") => inner.to_owned(),
            _ => html,
        }
    }

    /// Taxonomy Markdown as safe HTML, with concept links pointing to the HTML pages.
    fn text(&self, markdown: &str, heading_shift: usize) -> String {
        to_html(
            markdown,
            &|id| concept_href(self.taxonomy, id, "html"),
            heading_shift,
        )
    }

    /// A link to a concept: `<a href="facet.html#id">Label</a>`.
    fn link(&self, id: &str) -> String {
        match (
            self.taxonomy.concept(id),
            concept_href(self.taxonomy, id, "html"),
        ) {
            (Some(c), Some(href)) => {
                format!(
                    "<a href=\"{}\">{}</a>",
                    esc(&href),
                    esc(c.label.best(self.lang))
                )
            }
            _ => format!("<code>{}</code>", esc(id)),
        }
    }

    /// The whole page around `body`; `file` is the page's name, the same in every language.
    fn frame(&self, file: &str, title: &str, body: &str) -> String {
        let (t, ui, code) = (self.taxonomy, self.ui, self.lang.code());
        let site = esc(t.title().best(self.lang));
        let mut s = String::new();
        let page_title = if file == "index.html" {
            format!("{site} {}", t.version())
        } else {
            format!("{} · {site} {}", esc(title), t.version())
        };
        let _ = write!(
            s,
            "<!DOCTYPE html>\n<html lang=\"{code}\">\n<head>\n<meta charset=\"utf-8\">\n\
             <meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n\
             <title>{page_title}</title>\n\
             <link rel=\"stylesheet\" href=\"../assets/jos.css\">\n{}",
            self.print_style(title)
        );
        for other in self.others() {
            let _ = writeln!(
                s,
                "<link rel=\"alternate\" hreflang=\"{o}\" href=\"../{o}/{file}\">",
                o = other.code()
            );
        }
        let _ = write!(
            s,
            "<script src=\"../assets/jos.js\" defer></script>\n</head>\n<body>\n\
             <a class=\"skip-link\" href=\"#{MAIN_ID}\">{}</a>\n\
             <header class=\"site-header\">\n<div class=\"site-bar\">\n\
             <p class=\"site-title\"><a href=\"index.html\">{site}</a> \
             <span class=\"site-version\">{} {}</span></p>\n",
            ui.skip_to_content,
            ui.version,
            t.version()
        );
        let others: Vec<Lang> = self.others().collect();
        if !others.is_empty() {
            let _ = write!(
                s,
                "<nav class=\"lang-switch\" aria-label=\"{}\">",
                ui.language
            );
            for other in others {
                let _ = write!(
                    s,
                    "<a href=\"../{o}/{file}\" hreflang=\"{o}\" lang=\"{o}\">{}</a>",
                    super::ui::ui(other).own_name,
                    o = other.code()
                );
            }
            s.push_str("</nav>\n");
        }
        let query = if file == "search.html" {
            " data-search-page"
        } else {
            ""
        };
        let _ = writeln!(
            s,
            "<form class=\"site-search\" role=\"search\" action=\"search.html\"{query}>\
             <label for=\"{SITE_SEARCH_ID}\">{}</label> \
             <input id=\"{SITE_SEARCH_ID}\" name=\"q\" type=\"search\" autocomplete=\"off\" \
             spellcheck=\"false\" placeholder=\"{}\"> <button type=\"submit\">{}</button></form>",
            esc(ui.search_label),
            esc(ui.search_placeholder),
            esc(ui.search_button)
        );
        let _ = writeln!(
            s,
            "</div>\n<nav class=\"site-nav\" aria-label=\"{}\">\n<ul>",
            ui.facets
        );
        let current = |href: &str| {
            if href == file {
                " aria-current=\"page\""
            } else {
                ""
            }
        };
        if t.definition().is_some() {
            let _ = writeln!(
                s,
                "<li><a href=\"definition.html\"{}>{}</a></li>",
                current("definition.html"),
                ui.definition_page
            );
        }
        for f in t.facets() {
            let href = esc(&format!("{}.html", f.id));
            let _ = writeln!(
                s,
                "<li><a href=\"{href}\"{}>{}</a></li>",
                current(&href),
                esc(f.label.best(self.lang))
            );
        }
        let _ = write!(
            s,
            "<li class=\"nav-extra\"><a href=\"glossary.html\"{}>{}</a></li>\n\
             <li class=\"nav-extra\"><a href=\"deprecated.html\"{}>{}</a></li>\n\
             <li class=\"nav-extra\"><a href=\"changes.html\"{}>{}</a></li>\n{}</ul>\n</nav>\n\
             </header>\n<main id=\"{MAIN_ID}\">\n{}{body}</main>\n<footer class=\"site-footer\">\n\
             <p>{}</p>\n<p>{} {} · {}: {} · {}</p>\n</footer>\n</body>\n</html>\n",
            current("glossary.html"),
            ui.glossary,
            current("deprecated.html"),
            ui.deprecated_concepts,
            current("changes.html"),
            ui.changes,
            self.guides_nav(file),
            self.banner(),
            esc(&citation(t, self.lang)),
            site,
            t.version(),
            ui.licence,
            self.licence(),
            ui.generated,
        );
        s
    }

    /// The running header and footer of printed pages: the taxonomy's title, version and release
    /// date (or "Ontwerp / Draft" for a draft) at the top, the page's title and "page N of M" at the
    /// bottom. They are page-margin boxes, so the browser's own header and footer (with a
    /// `file:///` path) are not needed.
    fn print_style(&self, title: &str) -> String {
        let (t, ui) = (self.taxonomy, self.ui);
        // The release's date, when the working tree is a dated release.
        let date = t
            .history()
            .iter()
            .find(|h| h.version == t.version().to_string() && !h.date.trim().is_empty())
            .filter(|_| self.draft.is_none())
            .map_or_else(String::new, |h| format!(" · {}", h.date));
        let head = format!("{} {}{date}", t.title().best(self.lang), t.version());
        let draft = if self.draft.is_some() {
            format!(" · {}", ui.draft_mark)
        } else {
            String::new()
        };
        format!(
            "<style>@media print {{ @page {{ \
             @top-left {{ content: {}; font: 8pt system-ui, sans-serif; color: #444; }} \
             @top-right {{ content: {}; font: bold 8pt system-ui, sans-serif; color: #000; }} \
             @bottom-left {{ content: {}; font: 8pt system-ui, sans-serif; color: #444; }} \
             @bottom-right {{ content: {} counter(page) {} counter(pages); font: 8pt system-ui, sans-serif; color: #444; }} \
             }} }}</style>\n",
            css_string(&head),
            css_string(draft.trim_start_matches(" · ")),
            css_string(title),
            css_string(&format!("{} ", ui.page)),
            css_string(&format!(" {} ", ui.page_of)),
        )
    }

    /// The guides' items of the navigation, in this page's language.
    fn guides_nav(&self, file: &str) -> String {
        let mut s = String::new();
        for g in self.guides.iter().filter(|g| g.lang == self.lang) {
            let href = format!("{}.html", g.name);
            let current = if href == file {
                " aria-current=\"page\""
            } else {
                ""
            };
            let _ = writeln!(
                s,
                "<li class=\"nav-extra nav-guide\"><a href=\"{}\"{current}>{}</a></li>",
                esc(&href),
                esc(g.title())
            );
        }
        s
    }

    /// A guide as a page of the site.
    fn guide(&self, g: &Guide) -> String {
        let body = format!(
            "<div class=\"guide\">\n{}</div>\n",
            super::guide::to_html(g)
        );
        self.frame(&format!("{}.html", g.name), g.title(), &body)
    }

    fn others(&self) -> impl Iterator<Item = Lang> + '_ {
        other_langs(self.lang).filter(|l| self.langs.contains(l))
    }

    fn licence(&self) -> String {
        let licence = self.taxonomy.licence();
        match licence_url(licence) {
            Some(url) => format!("<a href=\"{}\">{}</a>", esc(&url), esc(licence)),
            None => esc(licence),
        }
    }

    /// The filter box over the items with `data-search` inside element `list`.
    fn filter_box(&self, list: &str) -> String {
        format!(
            "<div class=\"filter\" role=\"search\" data-filter=\"{list}\" \
             data-count=\"{}\" hidden>\n<label for=\"{FILTER_INPUT_ID}\">{}</label>\n\
             <input id=\"{FILTER_INPUT_ID}\" type=\"search\" autocomplete=\"off\" \
             spellcheck=\"false\">\n<p class=\"filter-count\" aria-live=\"polite\"></p>\n\
             <p class=\"filter-empty\" hidden>{}</p>\n</div>\n",
            esc(self.ui.filter_count),
            esc(self.ui.filter_label),
            esc(self.ui.filter_empty)
        )
    }

    fn index(&self) -> String {
        let (t, ui, lang) = (self.taxonomy, self.ui, self.lang);
        let title = t.title().best(lang);
        let mut s = String::new();
        let _ = writeln!(s, "<h1>{}</h1>", esc(title));
        let description = t.description().best(lang);
        if !description.trim().is_empty() {
            let _ = write!(
                s,
                "<div class=\"description\">\n{}</div>\n",
                self.text(description, 1)
            );
        }
        if let Some(d) = t.definition() {
            let _ = write!(
                s,
                "<h2>{}</h2>\n<div class=\"definition-summary\">\n{}</div>\n<p><a href=\"definition.html\">{}</a></p>\n",
                ui.definition_page,
                self.text(d.definition.best(lang), 2),
                ui.read_definition
            );
        }
        let _ = writeln!(
            s,
            "<dl class=\"about\">\n<dt>{}</dt><dd>{}</dd>\n<dt>{}</dt><dd>{}</dd>\n\
             <dt>{}</dt><dd>{}</dd>\n<dt>{}</dt><dd><code>{}</code></dd>\n</dl>",
            super::markdown::capitalise(ui.version),
            t.version(),
            ui.licence,
            self.licence(),
            ui.publisher,
            esc(t.publisher()),
            ui.id,
            esc(t.id())
        );
        let _ = writeln!(
            s,
            "<h2>{}</h2>\n<blockquote class=\"citation\"><p>{}</p></blockquote>",
            ui.how_to_cite,
            esc(&citation(t, lang))
        );
        let _ = writeln!(
            s,
            "<h2>{}</h2>\n<table class=\"facets\">\n<thead><tr><th scope=\"col\">{}</th>\
             <th scope=\"col\">{}</th><th scope=\"col\">{}</th></tr></thead>\n<tbody>",
            ui.facets_at_a_glance, ui.facet, ui.concepts, ui.properties
        );
        for f in t.facets() {
            let facts = facet_facts(f, lang);
            let deprecated = f.concepts.iter().filter(|c| c.is_deprecated()).count();
            let count = if deprecated == 0 {
                f.concepts.len().to_string()
            } else {
                format!(
                    "{} ({deprecated} {})",
                    f.concepts.len(),
                    ui.of_which_deprecated
                )
            };
            let _ = writeln!(
                s,
                "<tr><th scope=\"row\"><a href=\"{}.html\">{}</a></th><td class=\"count\">{count}</td><td>{}</td></tr>",
                esc(&f.id),
                esc(f.label.best(lang)),
                esc(&facts[1..].join(" · "))
            );
        }
        let _ = writeln!(
            s,
            "</tbody>\n</table>\n<p><a href=\"glossary.html\">{}</a> · <a href=\"deprecated.html\">{}</a></p>",
            ui.glossary, ui.deprecated_concepts
        );
        let _ = writeln!(
            s,
            "<p><a href=\"complete.html\">{}</a> · <a href=\"overview.html\">{}</a></p>",
            ui.one_document, ui.overview_link
        );
        s.push_str(&self.pictures());
        if !t.relation_kinds().is_empty() {
            let _ = writeln!(
                s,
                "<h2>{}</h2>\n<dl class=\"relation-kinds\">",
                ui.relation_kinds
            );
            for k in t.relation_kinds() {
                let _ = writeln!(
                    s,
                    "<dt>{} <code>{}</code></dt><dd>{}</dd>",
                    esc(k.label.best(lang)),
                    esc(&k.id),
                    esc(k.definition.best(lang))
                );
            }
            s.push_str("</dl>\n");
        }
        if !t.history().is_empty() {
            let _ = writeln!(s, "<h2>{}</h2>\n<ul class=\"history\">", ui.version_history);
            for h in t.history() {
                let _ = writeln!(
                    s,
                    "<li><strong>{}</strong> (<time>{}</time>): {}</li>",
                    esc(&h.version),
                    esc(&h.date),
                    esc(h.summary.best(lang))
                );
            }
            s.push_str("</ul>\n");
        }
        self.frame("index.html", title, &s)
    }

    fn facet(&self, facet: &Facet) -> String {
        let (ui, lang) = (self.ui, self.lang);
        let label = facet.label.best(lang);
        let mut s = String::new();
        let _ = writeln!(s, "<h1>{}</h1>", esc(label));
        let definition = facet.definition.best(lang);
        if !definition.trim().is_empty() {
            let _ = write!(
                s,
                "<div class=\"facet-definition\">\n{}</div>\n",
                self.text(definition, 1)
            );
        }
        s.push_str("<ul class=\"facts\">");
        for fact in facet_facts(facet, lang) {
            let _ = write!(s, "<li>{}</li>", esc(&fact));
        }
        let _ = writeln!(s, "<li><code>{}</code></li></ul>", esc(&facet.id));
        if facet.ordered && !picture::steps(facet).is_empty() {
            let _ = writeln!(
                s,
                "<figure class=\"picture\">{}</figure>",
                picture::scale(facet, lang, &self.scale_title(facet), &|id| format!(
                    "#{id}"
                ))
            );
        }
        let _ = writeln!(
            s,
            "<p class=\"worksheet-link\"><a href=\"worksheet-{}.html\">{}</a></p>",
            esc(&facet.id),
            ui.worksheet_link
        );
        s.push_str(&self.concept_index(facet));
        let question = facet.question.best(lang);
        if !question.trim().is_empty() {
            let _ = writeln!(
                s,
                "<p class=\"coder-question\"><strong>{}:</strong> {}</p>",
                ui.coder_question,
                esc(question)
            );
        }
        let rule = facet.decision_rule.best(lang);
        if !rule.trim().is_empty() {
            let _ = write!(
                s,
                "<section class=\"decision-rule\" aria-label=\"{}\">\n<h2>{}</h2>\n{}</section>\n",
                ui.decision_rule,
                ui.decision_rule,
                self.text(rule, 2)
            );
        }
        if facet.ordered {
            let _ = writeln!(s, "<p class=\"note\">{}</p>", ui.scale_order_note);
        }
        s.push_str(&self.filter_box(CONCEPT_LIST_ID));
        let _ = writeln!(s, "<div id=\"{CONCEPT_LIST_ID}\" class=\"concepts\">");
        for placed in reading_order(facet) {
            self.concept(&mut s, placed.concept, placed.depth);
        }
        s.push_str("</div>\n");
        self.frame(&format!("{}.html", facet.id), label, &s)
    }

    /// "The scale of <facet>", the title of its picture.
    fn scale_title(&self, facet: &Facet) -> String {
        self.ui
            .scale_of
            .replace("{facet}", facet.label.best(self.lang))
    }

    /// The index's pictures: each ordered facet's scale, and the map of how relations connect
    /// the facets, with the same in words below it.
    fn pictures(&self) -> String {
        let (t, ui, lang) = (self.taxonomy, self.ui, self.lang);
        let mut s = String::new();
        let ordered: Vec<&Facet> = t
            .facets()
            .iter()
            .filter(|f| f.ordered && !picture::steps(f).is_empty())
            .collect();
        if !ordered.is_empty() {
            let _ = writeln!(s, "<h2>{}</h2>\n<p>{}</p>", ui.scales, ui.scales_intro);
            for f in ordered {
                let _ = writeln!(
                    s,
                    "<figure class=\"picture\">\n<figcaption><a href=\"{}.html\">{}</a></figcaption>\n{}\n</figure>",
                    esc(&f.id),
                    esc(f.label.best(lang)),
                    picture::scale(f, lang, &self.scale_title(f), &|id| {
                        format!("{}.html#{id}", f.id)
                    })
                );
            }
        }
        let edges = picture::connections(t);
        if !edges.is_empty() {
            let _ = writeln!(
                s,
                "<h2>{}</h2>\n<p>{}</p>\n<figure class=\"picture\">\n{}\n</figure>",
                ui.facet_map,
                ui.facet_map_intro,
                picture::facet_map(t, lang, ui.facet_map, &|id| format!("{id}.html"))
            );
            let _ = writeln!(
                s,
                "<table class=\"connections\">\n<thead><tr><th scope=\"col\">{}</th><th scope=\"col\">{}</th><th scope=\"col\">{}</th><th scope=\"col\">{}</th></tr></thead>\n<tbody>",
                ui.from_facet, ui.relation_kind, ui.to_facet, ui.relation_count
            );
            let facets = t.facets();
            for ((from, kind), count) in &edges {
                let Some(k) = t.relation_kind(kind) else {
                    continue;
                };
                let to = k.to.first().and_then(|to| t.facet(&to.value));
                let _ = writeln!(
                    s,
                    "<tr><td><a href=\"{}.html\">{}</a></td><td>{}</td><td>{}</td><td class=\"count\">{count}</td></tr>",
                    esc(&facets[*from].id),
                    esc(facets[*from].label.best(lang)),
                    esc(k.label.best(lang)),
                    to.map_or_else(String::new, |f| format!(
                        "<a href=\"{}.html\">{}</a>",
                        esc(&f.id),
                        esc(f.label.best(lang))
                    )),
                );
            }
            s.push_str("</tbody>\n</table>\n");
        }
        s
    }

    /// The list of a facet's concepts at the top of its page, each a link to its card, indented
    /// as the cards are (screen only: on paper the cards follow at once).
    fn concept_index(&self, facet: &Facet) -> String {
        let mut s = format!(
            "<nav class=\"concept-index\" aria-label=\"{}\">\n<ul>\n",
            esc(self.ui.on_this_page)
        );
        for placed in reading_order(facet) {
            let c = placed.concept;
            let deprecated = if c.is_deprecated() {
                format!(" <span class=\"badge\">{}</span>", self.ui.deprecated)
            } else {
                String::new()
            };
            let _ = writeln!(
                s,
                "<li class=\"depth-{}\"><a href=\"#{}\">{}</a>{deprecated}</li>",
                placed.depth.min(4),
                esc(&c.id),
                esc(c.label.best(self.lang))
            );
        }
        s.push_str("</ul>\n</nav>\n");
        s
    }

    /// The definition of the subject: text, criteria, classification, open questions.
    fn definition(&self, d: &Definition) -> String {
        let (ui, lang) = (self.ui, self.lang);
        let label = d.label.best(lang);
        let mut s = String::new();
        let _ = writeln!(s, "<h1>{}</h1>", esc(label));
        let _ = write!(
            s,
            "<div class=\"facet-definition\">\n{}</div>\n",
            self.text(d.definition.best(lang), 1)
        );
        let scope = d.scope_note.best(lang);
        if !scope.trim().is_empty() {
            let _ = write!(s, "<h2>{}</h2>\n{}", ui.scope_note, self.text(scope, 2));
        }
        let synonyms: Vec<String> = d.alt_labels.get(lang).map(esc).collect();
        s.push_str("<dl class=\"fields\">\n");
        if !synonyms.is_empty() {
            let _ = writeln!(
                s,
                "<dt>{}</dt><dd>{}</dd>",
                ui.synonyms,
                synonyms.join("; ")
            );
        }
        let _ = writeln!(s, "<dt>{}</dt><dd><code>{}</code></dd>", ui.id, esc(&d.id));
        if let Some(since) = &d.since {
            let _ = writeln!(s, "<dt>{}</dt><dd>{}</dd>", ui.since, esc(&since.value));
        }
        s.push_str("</dl>\n");
        if !d.criteria.is_empty() {
            let _ = writeln!(s, "<h2>{}</h2>\n<ol class=\"criteria\">", esc(ui.criteria));
            for c in &d.criteria {
                let _ = writeln!(
                    s,
                    "<li id=\"{}\"><strong>{}.</strong> {}<p><em>{}:</em> {}</p></li>",
                    esc(&c.id),
                    esc(c.label.best(lang)),
                    self.text(c.text.best(lang), 2).trim_end(),
                    ui.ask,
                    esc(c.question.best(lang))
                );
            }
            s.push_str("</ol>\n");
        }
        for (class, heading) in [
            (Class::Core, ui.class_core),
            (Class::Adjacent, ui.class_adjacent),
            (Class::Outside, ui.class_outside),
        ] {
            let forms: Vec<_> = d
                .classification
                .iter()
                .filter(|c| c.class == class)
                .collect();
            if forms.is_empty() {
                continue;
            }
            let _ = writeln!(
                s,
                "<h2 class=\"class-{}\">{}</h2>",
                class.as_str(),
                esc(heading)
            );
            for c in forms {
                let _ = writeln!(
                    s,
                    "<section class=\"classified\" id=\"{}\">\n<h3>{}</h3>",
                    esc(&c.id),
                    esc(c.label.best(lang))
                );
                s.push_str(&self.text(c.reasoning.best(lang), 3));
                if !c.concepts.is_empty() {
                    let links: Vec<String> =
                        c.concepts.iter().map(|x| self.link(&x.value)).collect();
                    let _ = writeln!(s, "<p>{}: {}</p>", ui.see, links.join(", "));
                }
                if !c.sources.is_empty() {
                    let items: Vec<String> = c
                        .sources
                        .iter()
                        .map(|x| format!("<li>{}</li>", self.source(&x.value)))
                        .collect();
                    let _ = writeln!(
                        s,
                        "<p class=\"sources-label\">{}</p>\n<ul class=\"sources\">{}</ul>",
                        ui.sources,
                        items.join("")
                    );
                }
                s.push_str("</section>\n");
            }
        }
        if !d.questions.is_empty() {
            let _ = writeln!(
                s,
                "<h2>{}</h2>\n<ul class=\"open-questions\">",
                esc(ui.open_questions)
            );
            for q in &d.questions {
                let _ = writeln!(
                    s,
                    // An open question may share its id with the form it is about.
                    "<li id=\"question_{}\">{}</li>",
                    esc(&q.id),
                    self.text(q.text.best(lang), 2).trim_end()
                );
            }
            s.push_str("</ul>\n");
        }
        if !d.sources.is_empty() {
            let items: Vec<String> = d
                .sources
                .iter()
                .map(|x| format!("<li>{}</li>", self.source(&x.value)))
                .collect();
            let _ = writeln!(
                s,
                "<h2>{}</h2>\n<ul class=\"sources\">{}</ul>",
                ui.sources,
                items.join("")
            );
        }
        self.frame("definition.html", label, &s)
    }

    fn concept(&self, s: &mut String, c: &Concept, depth: usize) {
        let (ui, lang) = (self.ui, self.lang);
        let card = Card::new(self.taxonomy, c, lang);
        let mut search: Vec<&str> = vec![&c.id];
        search.extend(c.label.iter().map(|(_, l)| l.value.as_str()));
        search.extend(c.alt_labels.iter().map(|(_, l)| l.value.as_str()));
        search.extend(c.abbreviations.iter().map(|(_, l)| l.value.as_str()));
        let level = (2 + depth).min(6);
        let deprecated = if c.is_deprecated() { " deprecated" } else { "" };
        let _ = writeln!(
            s,
            "<section class=\"concept depth-{}{deprecated}\" id=\"{}\" data-search=\"{}\">",
            depth.min(4),
            esc(&c.id),
            esc(&search.join(" | "))
        );
        let mut flag = if c.is_deprecated() {
            format!(" <span class=\"badge\">{}</span>", ui.deprecated)
        } else {
            String::new()
        };
        if self.draft.is_some_and(|d| d.changed.contains(&c.id)) {
            let _ = write!(
                flag,
                " <a class=\"badge changed\" href=\"changes.html\">{}</a>",
                ui.changed
            );
        }
        let _ = writeln!(s, "<h{level}>{}{flag}</h{level}>", esc(card.label));
        if let Some(d) = &card.deprecation {
            let _ = write!(
                s,
                "<p class=\"deprecation\"><strong>{} {}.</strong>",
                ui.deprecated_since,
                esc(d.since)
            );
            if !d.replaced_by.is_empty() {
                let by: Vec<String> = d.replaced_by.iter().map(|r| self.link(r)).collect();
                let _ = write!(s, " {} {}.", ui.replaced_by, by.join(", "));
            }
            if !d.reason.is_empty() {
                let _ = write!(s, " {}: {}", ui.reason, self.inline(d.reason));
            }
            s.push_str("</p>\n");
        }
        // The definition first, as the card's opening text: what the concept is.
        if !card.definition.is_empty() {
            let _ = write!(
                s,
                "<div class=\"concept-definition\">\n{}</div>\n",
                self.text(card.definition, level)
            );
        }
        s.push_str("<dl class=\"fields\">\n");
        let mut field = |name: &str, value: String| {
            let _ = writeln!(s, "<dt>{name}</dt><dd>{value}</dd>");
        };
        if !card.scope_note.is_empty() {
            field(ui.scope_note, self.text(card.scope_note, level));
        }
        if !card.examples.is_empty() {
            let items: Vec<String> = card
                .examples
                .iter()
                .map(|e| format!("<li>{}</li>", esc(e)))
                .collect();
            field(ui.examples, format!("<ul>{}</ul>", items.concat()));
        }
        field(
            ui.id,
            format!(
                "<a href=\"#{id}\" title=\"{}\"><code>{id}</code></a>",
                ui.link_to_concept,
                id = esc(&c.id)
            ),
        );
        for (other, label) in &card.other_labels {
            field(
                ui.lang_name(*other),
                format!("<span lang=\"{}\">{}</span>", other.code(), esc(label)),
            );
        }
        for (name, list) in [
            (ui.synonyms, &card.synonyms),
            (ui.abbreviations, &card.abbreviations),
        ] {
            if !list.is_empty() {
                let items: Vec<String> = list.iter().map(|t| esc(t)).collect();
                field(name, items.join("; "));
            }
        }
        if let Some(p) = card.position {
            let facet = self.taxonomy.facet(&c.facet);
            let steps = facet.map_or(0, |f| picture::steps(f).len());
            let words = ui
                .position_of
                .replace("{p}", &p.to_string())
                .replace("{n}", &steps.to_string());
            let drawn = facet
                .filter(|_| steps > 0)
                .and_then(|f| picture::place(f, c, &words))
                .map_or_else(String::new, |svg| format!("{svg} "));
            field(ui.position, format!("{drawn}{}", esc(&words)));
        }
        if let Some(b) = card.broader {
            field(ui.broader, self.link(b));
        }
        if !card.narrower.is_empty() {
            let links: Vec<String> = card.narrower.iter().map(|n| self.link(n)).collect();
            field(ui.narrower, links.join(", "));
        }
        for (name, groups) in [
            (ui.relations, &card.relations),
            (ui.incoming, &card.incoming),
        ] {
            if groups.is_empty() {
                continue;
            }
            let items: Vec<String> = groups
                .iter()
                .map(|(kind, ids)| {
                    let links: Vec<String> = ids.iter().map(|id| self.link(id)).collect();
                    format!("<li>{}: {}</li>", esc(kind), links.join(", "))
                })
                .collect();
            field(name, format!("<ul>{}</ul>", items.concat()));
        }
        if let Some(since) = card.since {
            field(ui.since, esc(since));
        }
        if !card.sources.is_empty() {
            let items: Vec<String> = card
                .sources
                .iter()
                .map(|id| format!("<li>{}</li>", self.source(id)))
                .collect();
            field(ui.sources, format!("<ul>{}</ul>", items.concat()));
        }
        s.push_str("</dl>\n</section>\n");
    }

    /// A cited source: citation, URL (a link when it is safe) and access date.
    fn source(&self, id: &str) -> String {
        let Some(src) = self.taxonomy.source(id) else {
            return format!("<code>{}</code>", esc(id));
        };
        let mut s = esc(&src.citation);
        if let Some(url) = &src.url {
            if is_safe_url(url) {
                let _ = write!(s, " <a class=\"url\" href=\"{u}\">{u}</a>", u = esc(url));
            } else {
                let _ = write!(s, " {}", esc(url));
            }
            if let Some(accessed) = &src.accessed {
                let _ = write!(s, " ({} {})", self.ui.accessed, esc(accessed));
            }
        }
        s
    }

    fn glossary(&self) -> String {
        let (t, ui, lang) = (self.taxonomy, self.ui, self.lang);
        let groups = glossary(t, lang);
        let mut s = String::new();
        let _ = writeln!(s, "<h1>{}</h1>\n<p>{}</p>", ui.glossary, ui.glossary_intro);
        let _ = write!(
            s,
            "<nav class=\"initials\" aria-label=\"{} A–Z\"><ul>",
            ui.glossary
        );
        for (initial, _) in &groups {
            let _ = write!(
                s,
                "<li><a href=\"#{}\">{}</a></li>",
                initial_anchor(initial),
                esc(initial)
            );
        }
        s.push_str("</ul></nav>\n");
        s.push_str(&self.filter_box(GLOSSARY_LIST_ID));
        let _ = writeln!(s, "<div id=\"{GLOSSARY_LIST_ID}\" class=\"glossary\">");
        for (initial, terms) in &groups {
            let _ = writeln!(
                s,
                "<section class=\"initial\" data-filter-group>\n<h2 id=\"{}\">{}</h2>\n<ul>",
                initial_anchor(initial),
                esc(initial)
            );
            for term in terms {
                let c = term.concept;
                let facet = t
                    .facet(&c.facet)
                    .map_or(c.facet.as_str(), |f| f.label.best(lang));
                let flag = if c.is_deprecated() {
                    format!(" <span class=\"badge\">{}</span>", ui.deprecated)
                } else {
                    String::new()
                };
                let entry = match (term.kind, term.lang == lang) {
                    (TermKind::Label, true) => self.link(&c.id),
                    (kind, own) => format!(
                        "<span class=\"term\"{}>{}</span>{}, <em>{}</em> {}",
                        if own {
                            String::new()
                        } else {
                            format!(" lang=\"{}\"", term.lang.code())
                        },
                        esc(term.term),
                        if own {
                            String::new()
                        } else {
                            format!(" <span class=\"term-lang\">({})</span>", term.lang.code())
                        },
                        match kind {
                            TermKind::Label => ui.term_in_other_language,
                            TermKind::Synonym => ui.synonym_of,
                            TermKind::Abbreviation => ui.abbreviation_of,
                        },
                        self.link(&c.id)
                    ),
                };
                let search = format!("{} | {} | {}", term.term, c.label.best(lang), c.id);
                let _ = writeln!(
                    s,
                    "<li data-search=\"{}\">{entry}{flag} <span class=\"facet-name\">— {}</span></li>",
                    esc(&search),
                    esc(facet)
                );
            }
            s.push_str("</ul>\n</section>\n");
        }
        s.push_str("</div>\n");
        self.frame("glossary.html", ui.glossary, &s)
    }

    /// The draft mark at the top of every page of a draft (printed too).
    fn banner(&self) -> String {
        match self.draft {
            Some(d) => format!(
                "<p class=\"draft-banner\" role=\"note\"><strong>{}</strong>: {} {} (<a href=\"changes.html\">{}</a>).</p>\n",
                esc(self.ui.draft),
                esc(self.ui.draft_banner),
                esc(&d.base),
                esc(self.ui.changes)
            ),
            None => String::new(),
        }
    }

    fn changes(&self) -> String {
        let (t, ui, lang) = (self.taxonomy, self.ui, self.lang);
        let mut s = String::new();
        let _ = writeln!(s, "<h1>{}</h1>", ui.changes);
        let _ = writeln!(s, "{}", self.text(ui.changes_intro, 1));
        if let Some(d) = self.draft {
            let _ = writeln!(
                s,
                "<h2>{} ({} {})</h2>\n<ul class=\"changed-list\">",
                esc(ui.draft),
                esc(ui.draft_changed),
                esc(&d.base)
            );
            for id in &d.changed {
                let _ = writeln!(s, "<li>{} (<code>{}</code>)</li>", self.link(id), esc(id));
            }
            s.push_str("</ul>\n");
        }
        let _ = writeln!(s, "<h2>{}</h2>\n<dl class=\"releases\">", ui.releases);
        for h in t.history() {
            let _ = writeln!(
                s,
                "<dt>{} <span class=\"release-date\">{}</span></dt><dd>{}</dd>",
                esc(&h.version),
                esc(&h.date),
                esc(h.summary.best(lang))
            );
        }
        s.push_str("</dl>\n");
        self.frame("changes.html", ui.changes, &s)
    }

    /// The site search's results page: the script reads `?q=` and lists what matches, from the
    /// index in `assets/search-<lang>.js`; without JavaScript it points to the glossary.
    fn search(&self) -> String {
        let (ui, code) = (self.ui, self.lang.code());
        let s = format!(
            "<h1>{}</h1>\n<p>{}</p>\n\
             <p><label><input type=\"checkbox\" id=\"search_definitions\" form=\"none\"> {}</label></p>\n\
             <p class=\"search-status\" aria-live=\"polite\" data-none=\"{}\" data-count=\"{}\" data-empty=\"{}\"></p>\n\
             <ol id=\"{SEARCH_RESULTS_ID}\" class=\"search-results\"></ol>\n\
             <noscript><p>{}</p></noscript>\n\
             <script src=\"../assets/search-{code}.js\" defer></script>\n",
            esc(ui.search_title),
            esc(ui.search_intro),
            esc(ui.search_definitions),
            esc(ui.filter_empty),
            esc(ui.search_count),
            esc(ui.search_prompt),
            ui.search_no_script,
        );
        self.frame("search.html", ui.search_title, &s)
    }

    /// The whole definition as one print-ready page: the start page, the definition, every
    /// facet, the deprecated concepts, the glossary and the changes, each a part that starts a
    /// new sheet on paper, every link between pages a link within the page.
    fn complete(&self) -> String {
        let t = self.taxonomy;
        let mut parts: Vec<(String, String)> = vec![("index".to_owned(), self.index())];
        if let Some(d) = t.definition() {
            parts.push(("definition".to_owned(), self.definition(d)));
        }
        for f in t.facets() {
            parts.push((f.id.clone(), self.facet(f)));
        }
        parts.push(("deprecated".to_owned(), self.deprecated()));
        parts.push(("glossary".to_owned(), self.glossary()));
        parts.push(("changes".to_owned(), self.changes()));
        let names: Vec<String> = parts.iter().map(|(n, _)| n.clone()).collect();
        let banner = self.banner();
        let mut body = banner.clone();
        for (i, (name, page)) in parts.iter().enumerate() {
            let open = format!("<main id=\"{MAIN_ID}\">\n");
            let inner = page
                .split_once(&open)
                .and_then(|(_, rest)| rest.rsplit_once("</main>"))
                .map_or("", |(inner, _)| inner);
            let inner = inner.strip_prefix(banner.as_str()).unwrap_or(inner);
            let _ = writeln!(
                body,
                "<section class=\"document-part\" id=\"page_{}\">",
                esc(name)
            );
            body.push_str(&one_page(inner, &names, i == 0));
            body.push_str("</section>\n");
        }
        // The frame adds the banner again.
        let body = body
            .strip_prefix(banner.as_str())
            .unwrap_or(&body)
            .to_owned();
        self.frame("complete.html", self.ui.one_document, &body)
    }

    /// The compact overview: per facet a table of its live concepts with id and the first
    /// sentence of the definition, for the table at a working session.
    fn overview(&self) -> String {
        let (t, ui, lang) = (self.taxonomy, self.ui, self.lang);
        let mut s = String::new();
        let _ = writeln!(
            s,
            "<h1>{}: {} {}</h1>\n<p>{}</p>",
            ui.overview_title,
            esc(t.title().best(lang)),
            t.version(),
            ui.overview_intro
        );
        for f in t.facets() {
            let _ = writeln!(
                s,
                "<section class=\"overview-facet\">\n<h2><a href=\"{}.html\">{}</a></h2>\n<table class=\"overview\">\n\
                 <thead><tr><th scope=\"col\">{}</th><th scope=\"col\">{}</th><th scope=\"col\">{}</th></tr></thead>\n<tbody>",
                esc(&f.id),
                esc(f.label.best(lang)),
                ui.concept_label,
                ui.id,
                ui.in_one_line
            );
            for placed in reading_order(f)
                .into_iter()
                .filter(|p| !p.concept.is_deprecated())
            {
                let c = placed.concept;
                let line = super::markdown::first_sentence(&jos_taxonomy::text::plain_text(
                    c.definition.best(lang),
                ));
                let _ = writeln!(
                    s,
                    "<tr><td class=\"depth-{}\"><a href=\"{}.html#{}\">{}</a></td><td><code>{}</code></td><td>{}</td></tr>",
                    placed.depth.min(4),
                    esc(&f.id),
                    esc(&c.id),
                    esc(c.label.best(lang)),
                    esc(&c.id),
                    esc(&line)
                );
            }
            s.push_str("</tbody>\n</table>\n</section>\n");
        }
        self.frame("overview.html", ui.overview_title, &s)
    }

    /// A facet's worksheet for a working session, to print: per live concept its label, id and
    /// definition, boxes for "akkoord / aanpassen / vraag", and room for a proposal.
    fn worksheet(&self, facet: &Facet) -> String {
        let (ui, lang) = (self.ui, self.lang);
        let mut s = String::new();
        let _ = writeln!(
            s,
            "<h1>{}: {}</h1>\n<p>{}</p>\n<p class=\"worksheet-fields\">{}: ________________ · {}: ________________</p>",
            ui.worksheet,
            esc(facet.label.best(lang)),
            ui.worksheet_intro,
            ui.worksheet_name,
            ui.worksheet_session
        );
        let question = facet.question.best(lang);
        if !question.trim().is_empty() {
            let _ = writeln!(
                s,
                "<p class=\"coder-question\"><strong>{}:</strong> {}</p>",
                ui.coder_question,
                esc(question)
            );
        }
        let _ = writeln!(
            s,
            "<table class=\"worksheet\">\n<thead><tr><th scope=\"col\">{}</th><th scope=\"col\">{}</th>\
             <th scope=\"col\">{}</th><th scope=\"col\">{}</th></tr></thead>\n<tbody>",
            ui.concept_label, ui.definition_heading, ui.worksheet_verdict, ui.worksheet_proposal
        );
        for placed in reading_order(facet)
            .into_iter()
            .filter(|p| !p.concept.is_deprecated())
        {
            let c = placed.concept;
            let _ = writeln!(
                s,
                "<tr><th scope=\"row\" class=\"depth-{}\"><a href=\"{}.html#{}\">{}</a><br><code>{}</code></th>\
                 <td>{}</td><td class=\"marks\">{}</td><td class=\"proposal\"></td></tr>",
                placed.depth.min(4),
                esc(&facet.id),
                esc(&c.id),
                esc(c.label.best(lang)),
                esc(&c.id),
                self.text(c.definition.best(lang), 2),
                ui.worksheet_marks
            );
        }
        s.push_str("</tbody>\n</table>\n");
        let _ = writeln!(
            s,
            "<h2>{}</h2>\n<p class=\"worksheet-lines\">{}</p>",
            ui.worksheet_missing,
            "<span></span>".repeat(4)
        );
        self.frame(
            &format!("worksheet-{}.html", facet.id),
            &format!("{}: {}", ui.worksheet, facet.label.best(lang)),
            &s,
        )
    }

    fn deprecated(&self) -> String {
        let (t, ui, lang) = (self.taxonomy, self.ui, self.lang);
        let mut s = String::new();
        let _ = writeln!(s, "<h1>{}</h1>", ui.deprecated_concepts);
        let mut items = String::new();
        for facet in t.facets() {
            for placed in reading_order(facet) {
                let c = placed.concept;
                let Some(d) = &c.deprecated else { continue };
                let _ = write!(
                    items,
                    "<li>{} (<code>{}</code>, {}): {} {}.",
                    self.link(&c.id),
                    esc(&c.id),
                    esc(facet.label.best(lang)),
                    ui.deprecated_since,
                    esc(&d.since.value)
                );
                if !d.replaced_by.is_empty() {
                    let by: Vec<String> =
                        d.replaced_by.iter().map(|r| self.link(&r.value)).collect();
                    let _ = write!(items, " {} {}.", ui.replaced_by, by.join(", "));
                }
                let reason = d.reason.best(lang);
                if !reason.is_empty() {
                    let _ = write!(items, " {}: {}", ui.reason, self.inline(reason));
                }
                items.push_str("</li>\n");
            }
        }
        if items.is_empty() {
            let _ = writeln!(s, "<p>{}</p>", ui.no_deprecated);
        } else {
            let _ = write!(s, "<ul class=\"deprecated-list\">\n{items}</ul>\n");
        }
        self.frame("deprecated.html", ui.deprecated_concepts, &s)
    }
}
