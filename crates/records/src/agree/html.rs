//! The agreement report as one printable HTML page: the Markdown report, rendered.

use pulldown_cmark::{CowStr, Event, Options, Parser, html};

use super::*;
use jos_taxonomy::Lang;
use jos_taxonomy::Taxonomy;

/// The page's style: readable on screen, A4 on paper, tables that break between rows.
const STYLE: &str = "\
:root { color-scheme: light; }
body { font-family: system-ui, -apple-system, 'Segoe UI', Roboto, sans-serif; line-height: 1.45;
  color: #1a1a1a; max-width: 64rem; margin: 2rem auto; padding: 0 1rem; }
h1 { font-size: 1.6rem; } h2 { font-size: 1.3rem; margin-top: 2rem; border-bottom: 1px solid #ccc; }
h3 { font-size: 1.1rem; }
table { border-collapse: collapse; margin: 0.5rem 0 1rem; font-size: 0.9rem; }
th, td { border: 1px solid #bbb; padding: 0.25rem 0.5rem; vertical-align: top; text-align: left; }
th { background: #eef1f6; }
td[style*='right'], th[style*='right'] { font-variant-numeric: tabular-nums; }
code { font-size: 0.9em; background: #f3f3f3; padding: 0 0.2em; }
a { color: #0b4f9c; }
a:focus { outline: 3px solid #1a1a1a; outline-offset: 2px; }
@page { size: A4; margin: 18mm 15mm 20mm; }
@media print {
  body { max-width: none; margin: 0; padding: 0; font-size: 10pt; }
  a { color: inherit; text-decoration: none; }
  h2, h3 { break-after: avoid; }
  tr, li { break-inside: avoid; }
  thead { display: table-header-group; }
}
";

impl AgreementReport {
    /// The report as one HTML page with the same content as
    /// [`to_markdown_with`](AgreementReport::to_markdown_with): self-contained (no scripts, no
    /// files beside it), in `lang`, printable on A4. Raw HTML in record ids, coder names or notes
    /// is shown as text, never interpreted.
    ///
    /// ```
    /// use jos_agreement::Bootstrap;
    /// use jos_records::{self as records, agree::Comparison, Format};
    /// use jos_taxonomy::{Lang, Taxonomy};
    ///
    /// let a = records::parse_str("a.yaml", "- {id: '<b>p1</b>', tags: {education: [vo]}}\n", Format::Yaml).unwrap();
    /// let b = records::parse_str("b.yaml", "- {id: '<b>p1</b>', tags: {education: [po]}}\n", Format::Yaml).unwrap();
    /// let mut comparison = Comparison::new(Taxonomy::builtin());
    /// comparison.add_coder("ann", &a)?;
    /// comparison.add_coder("bob", &b)?;
    /// let page = comparison.report(Bootstrap::default()).to_html_with(Taxonomy::builtin(), Lang::En, None);
    /// assert!(page.starts_with("<!DOCTYPE html>\n<html lang=\"en\">"));
    /// assert!(page.contains("<h2>Reliability per facet</h2>"));
    /// assert!(page.contains("&lt;b&gt;p1&lt;/b&gt;") && !page.contains("<b>p1"));
    /// assert!(page.contains("<a id=\"concept-vo\"></a>")); // the definitions, quoted
    /// # Ok::<(), jos_records::agree::AgreeError>(())
    /// ```
    pub fn to_html_with(&self, taxonomy: &Taxonomy, lang: Lang, docs: Option<&str>) -> String {
        let markdown = self.to_markdown_with(taxonomy, lang, docs);
        let title = markdown
            .lines()
            .next()
            .and_then(|l| l.strip_prefix("# "))
            .unwrap_or("jos agree");
        let events = Parser::new_ext(&markdown, Options::ENABLE_TABLES).map(|e| match e {
            Event::Html(h) | Event::InlineHtml(h) if is_anchor(&h) => Event::InlineHtml(h),
            Event::Html(h) | Event::InlineHtml(h) => Event::Text(h),
            other => other,
        });
        let mut body = String::new();
        html::push_html(&mut body, events);
        let escaped_title = title
            .replace('&', "&amp;")
            .replace('<', "&lt;")
            .replace('>', "&gt;");
        format!(
            "<!DOCTYPE html>\n<html lang=\"{}\">\n<head>\n<meta charset=\"utf-8\">\n\
             <meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n\
             <meta name=\"generator\" content=\"jos agree\">\n<title>{escaped_title}</title>\n\
             <style>\n{STYLE}</style>\n</head>\n<body>\n<main>\n{body}</main>\n</body>\n</html>\n",
            lang.code()
        )
    }
}

/// Whether raw HTML is one of the report's own definition anchors, `<a id="concept-ID"></a>`
/// (which the Markdown parser gives as two tags, or as one).
fn is_anchor(h: &CowStr<'_>) -> bool {
    if &**h == "</a>" {
        return true;
    }
    h.strip_prefix("<a id=\"concept-")
        .and_then(|rest| {
            rest.strip_suffix("\"></a>")
                .or_else(|| rest.strip_suffix("\">"))
        })
        .is_some_and(|id| {
            !id.is_empty()
                && id
                    .bytes()
                    .all(|b| b.is_ascii_lowercase() || b.is_ascii_digit() || b == b'-')
        })
}
