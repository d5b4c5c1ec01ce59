//! The reference documents as CommonMark pages.

use std::fmt::Write as _;

use super::card::Card;
use super::markup::{esc, is_safe_url, md_escape, to_markdown};
use super::ui::{Ui, ui};
use super::{
    Draft, OutputFile, TermKind, citation, concept_href, facet_facts, glossary, initial_anchor,
    licence_url, reading_order,
};
use jos_taxonomy::lang::Lang;
use jos_taxonomy::model::{Class, Concept, Definition, Facet, Taxonomy};

/// The taxonomy as CommonMark pages in `lang`: `index.md` (also as `README.md`, the start page
/// GitHub and GitLab show for a folder), `definition.md`, one `<facet-id>.md` per facet,
/// `glossary.md`, `deprecated.md`, `changes.md` and `overview.md` (every live concept with its
/// id and the first sentence of its definition, for the table), all in one directory; and
/// `complete.md`, the whole definition in one file for Pandoc (see below).
///
/// Each concept has an anchor `<a id="ID"></a>` before its heading, and every link between
/// pages is relative (`role.md#school-social-worker`), so the pages work in a repository, a
/// wiki or a folder. `complete.md` has the same content in one file, its anchors as Pandoc
/// spans (`[]{#ID}`) and its links within the file, so that `pandoc complete.md -o
/// complete.docx` gives a Word document whose links all work.
///
/// ```
/// use jos_reference as reference;
/// use jos_taxonomy::{Lang, Taxonomy};
/// let taxonomy = Taxonomy::builtin();
/// let files = reference::markdown(taxonomy, Lang::Nl);
/// // index, README, glossary, deprecated, changes, overview, complete, and the definition
/// assert_eq!(files.len(), taxonomy.facets().len() + 7 + usize::from(taxonomy.definition().is_some()));
/// assert_eq!(files[0].path, "index.md");
/// let index = String::from_utf8_lossy(&files[0].bytes);
/// assert!(index.contains(&format!("versie {}", taxonomy.version())));
/// ```
pub fn markdown(taxonomy: &Taxonomy, lang: Lang) -> Vec<OutputFile> {
    pages(taxonomy, lang, None)
}

/// The Markdown pages, marked as a draft when `draft` is given.
pub(crate) fn pages(taxonomy: &Taxonomy, lang: Lang, draft: Option<&Draft>) -> Vec<OutputFile> {
    let page = Page {
        taxonomy,
        lang,
        ui: ui(lang),
        draft,
    };
    let mut files = vec![OutputFile::new("index.md", page.index())];
    if let Some(d) = taxonomy.definition() {
        files.push(OutputFile::new("definition.md", page.definition(d)));
    }
    for facet in taxonomy.facets() {
        files.push(OutputFile::new(
            format!("{}.md", facet.id),
            page.facet(facet),
        ));
    }
    files.push(OutputFile::new("glossary.md", page.glossary()));
    files.push(OutputFile::new("deprecated.md", page.deprecated()));
    files.push(OutputFile::new("changes.md", page.changes()));
    files.push(OutputFile::new("overview.md", page.overview()));
    let document = one_document(taxonomy, &files);
    // The folder's start page as GitHub and GitLab show it when a folder is opened.
    let start = files[0].bytes.clone();
    files.push(OutputFile {
        path: "README.md".to_owned(),
        bytes: start,
    });
    files.push(OutputFile::new(ONE_DOCUMENT, document));
    files
}

/// The file name of the whole definition as one Markdown document.
pub const ONE_DOCUMENT: &str = "complete.md";

/// The whole definition as one Markdown document for Pandoc (`pandoc complete.md -o
/// complete.docx` gives a Word document with working links): the start page, the definition of
/// the subject, every facet with every concept, then the changes. Each page's navigation and
/// footer are left out (one footer ends the document), anchors are Pandoc spans (`[]{#id}`),
/// and every link between pages is a link within the document (`#school-social-worker`; a
/// page's start is `#page_<name>`). The deprecated concepts and the glossary come after the
/// facets; the overview, which repeats them in short, is its own file.
fn one_document(taxonomy: &Taxonomy, pages: &[OutputFile]) -> String {
    let page = |name: &str| {
        pages
            .iter()
            .find(|f| f.path == name)
            .map(|f| String::from_utf8_lossy(&f.bytes).into_owned())
    };
    let mut order: Vec<String> = vec!["index.md".to_owned()];
    if taxonomy.definition().is_some() {
        order.push("definition.md".to_owned());
    }
    order.extend(taxonomy.facets().iter().map(|f| format!("{}.md", f.id)));
    order.extend(["deprecated.md", "glossary.md", "changes.md"].map(str::to_owned));
    let footer_start = "\n---\n\n*";
    let mut out = String::new();
    for (i, name) in order.iter().enumerate() {
        let Some(text) = page(name) else { continue };
        // Pages after the first start with their navigation line (and a draft's banner, which
        // the first page has too): keep each from its first heading.
        let body = match text.find("\n# ") {
            Some(at) if i > 0 && !text.starts_with("# ") => &text[at + 1..],
            _ => text.as_str(),
        };
        let body = match body.rfind(footer_start) {
            Some(at) if i + 1 < order.len() => &body[..=at],
            _ => body,
        };
        let anchor = format!("page_{}", name.trim_end_matches(".md"));
        let _ = write!(out, "[]{{#{anchor}}}\n\n");
        // The start page's links to this document and to the overview are not needed in it.
        let body: String = body
            .split_inclusive('\n')
            .filter(|line| !line.contains(&format!("]({ONE_DOCUMENT})")))
            .collect();
        out.push_str(&single_links(&body));
        if !out.ends_with("\n\n") {
            out.push('\n');
        }
    }
    out
}

/// A page's anchors and links made to work within one document: `<a id="x"></a>` becomes
/// `[]{#x}`, `page.md#x` becomes `#x` and `page.md` becomes `#page_page`.
fn single_links(text: &str) -> String {
    let mut anchored = String::with_capacity(text.len());
    let mut rest = text;
    while let Some(at) = rest.find("<a id=\"") {
        let after = &rest[at + "<a id=\"".len()..];
        let Some(end) = after.find("\"></a>") else {
            break;
        };
        anchored.push_str(&rest[..at]);
        let _ = write!(anchored, "[]{{#{}}}", &after[..end]);
        rest = &after[end + "\"></a>".len()..];
    }
    anchored.push_str(rest);
    map_links(&anchored, &|target| {
        let (file, anchor) = target.split_once('#').unwrap_or((target, ""));
        let page = file.strip_suffix(".md").filter(|p| {
            !p.is_empty()
                && p.bytes()
                    .all(|b| b.is_ascii_lowercase() || b.is_ascii_digit() || b == b'-')
        });
        Some(match (page, anchor) {
            (Some(page), "") => format!("#page_{page}"),
            (Some(_), anchor) => format!("#{anchor}"),
            (None, _) => target.to_owned(),
        })
    })
}

/// `text` with the target of every inline link (`[text](target)`) passed through `map`: `Some`
/// is the new target, `None` drops the link and keeps its text.
pub(crate) fn map_links(text: &str, map: &dyn Fn(&str) -> Option<String>) -> String {
    let mut out = String::with_capacity(text.len());
    let mut rest = text;
    while let Some(open) = rest.find("](") {
        let Some(close) = rest[open + 2..].find(')') else {
            break;
        };
        let target = &rest[open + 2..open + 2 + close];
        let end = open + 3 + close;
        match (map(target), rest[..open].rfind('[')) {
            (Some(to), _) => {
                out.push_str(&rest[..open]);
                out.push_str("](");
                out.push_str(&to);
                out.push(')');
            }
            (None, Some(start)) => {
                out.push_str(&rest[..start]);
                out.push_str(&rest[start + 1..open]);
            }
            (None, None) => out.push_str(&rest[..end]),
        }
        rest = &rest[end..];
    }
    out.push_str(rest);
    out
}

struct Page<'a> {
    taxonomy: &'a Taxonomy,
    lang: Lang,
    ui: &'static Ui,
    draft: Option<&'a Draft>,
}

impl Page<'_> {
    /// Taxonomy Markdown, made safe, with concept links pointing to the Markdown pages.
    fn text(&self, markdown: &str) -> String {
        to_markdown(markdown, &|id| concept_href(self.taxonomy, id, "md"))
    }

    /// A link to a concept: `[Label](facet.md#id)`.
    fn link(&self, id: &str) -> String {
        match (
            self.taxonomy.concept(id),
            concept_href(self.taxonomy, id, "md"),
        ) {
            (Some(c), Some(href)) => format!("[{}]({href})", md_escape(c.label.best(self.lang))),
            _ => format!("`{id}`"),
        }
    }

    fn nav(&self, s: &mut String) {
        let ui = self.ui;
        if self.taxonomy.definition().is_some() {
            let _ = write!(s, "[{}](definition.md) · ", md_escape(ui.definition_page));
        }
        let _ = writeln!(
            s,
            "[{}](index.md) · [{}](glossary.md) · [{}](deprecated.md) · [{}](changes.md)\n",
            md_escape(ui.overview),
            md_escape(ui.glossary),
            md_escape(ui.deprecated_concepts),
            md_escape(ui.changes)
        );
        self.banner(s);
    }

    /// The draft mark, on every page of a draft.
    fn banner(&self, s: &mut String) {
        if let Some(d) = self.draft {
            let _ = writeln!(
                s,
                "> **{}**: {} {} ([{}](changes.md)).\n",
                self.ui.draft,
                self.ui.draft_banner,
                md_escape(&d.base),
                md_escape(self.ui.changes)
            );
        }
    }

    fn changes(&self) -> String {
        let (t, ui, lang) = (self.taxonomy, self.ui, self.lang);
        let mut s = String::new();
        self.nav(&mut s);
        let _ = writeln!(s, "# {}\n", ui.changes);
        let _ = writeln!(s, "{}\n", md_escape(ui.changes_intro));
        if let Some(d) = self.draft {
            let _ = writeln!(
                s,
                "## {} ({} {})\n",
                ui.draft,
                ui.draft_changed,
                md_escape(&d.base)
            );
            for id in &d.changed {
                let _ = writeln!(s, "- {} (`{id}`)", self.link(id));
            }
            s.push('\n');
        }
        let _ = writeln!(s, "## {}\n", ui.releases);
        for h in t.history() {
            let _ = writeln!(
                s,
                "- **{}** ({}): {}",
                md_escape(&h.version),
                md_escape(&h.date),
                md_escape(h.summary.best(lang))
            );
        }
        self.footer(&mut s);
        s
    }

    /// The compact overview for the table: per facet, every live concept's label, id and the
    /// first sentence of its definition.
    fn overview(&self) -> String {
        let (t, ui, lang) = (self.taxonomy, self.ui, self.lang);
        let mut s = String::new();
        self.nav(&mut s);
        let _ = writeln!(
            s,
            "# {}: {} {}\n\n{}\n",
            ui.overview_title,
            md_escape(t.title().best(lang)),
            t.version(),
            ui.overview_intro
        );
        for f in t.facets() {
            let _ = writeln!(
                s,
                "## [{}]({}.md)\n\n| {} | {} | {} |\n|---|---|---|",
                md_escape(f.label.best(lang)),
                f.id,
                ui.concept_label,
                ui.id,
                ui.in_one_line
            );
            for placed in reading_order(f)
                .into_iter()
                .filter(|p| !p.concept.is_deprecated())
            {
                let c = placed.concept;
                let indent = "\u{a0}\u{a0}".repeat(placed.depth);
                let line = first_sentence(&jos_taxonomy::text::plain_text(c.definition.best(lang)));
                let _ = writeln!(
                    s,
                    "| {indent}{} | `{}` | {} |",
                    self.link(&c.id).replace('|', "\\|"),
                    c.id,
                    md_escape(&line).replace('|', "\\|")
                );
            }
            s.push('\n');
        }
        self.footer(&mut s);
        s
    }

    fn footer(&self, s: &mut String) {
        let t = self.taxonomy;
        let _ = write!(
            s,
            "\n---\n\n*{}, {} {} · {}*\n",
            md_escape(t.title().best(self.lang)),
            self.ui.version,
            t.version(),
            md_escape(t.licence())
        );
    }

    fn index(&self) -> String {
        let (t, ui) = (self.taxonomy, self.ui);
        let mut s = String::new();
        self.banner(&mut s);
        let _ = writeln!(s, "# {}\n", md_escape(t.title().best(self.lang)));
        let description = t.description().best(self.lang);
        if !description.trim().is_empty() {
            let _ = writeln!(s, "{}\n", self.text(description));
        }
        if let Some(d) = t.definition() {
            let _ = writeln!(s, "## {}\n", md_escape(ui.definition_page));
            let _ = writeln!(s, "{}\n", self.text(d.definition.best(self.lang)));
            let _ = writeln!(s, "[{}](definition.md)\n", md_escape(ui.read_definition));
        }
        let licence = match licence_url(t.licence()) {
            Some(url) => format!("[{}](<{url}>)", md_escape(t.licence())),
            None => md_escape(t.licence()),
        };
        let _ = writeln!(s, "- **{}:** {}", capitalise(ui.version), t.version());
        let _ = writeln!(s, "- **{}:** {licence}", ui.licence);
        let _ = writeln!(s, "- **{}:** {}", ui.publisher, md_escape(t.publisher()));
        let _ = writeln!(s, "- **{}:** `{}`\n", ui.id, t.id());
        let _ = writeln!(s, "## {}\n", ui.how_to_cite);
        let _ = writeln!(s, "> {}\n", md_escape(&citation(t, self.lang)));
        let _ = writeln!(s, "## {}\n", ui.facets_at_a_glance);
        for f in t.facets() {
            let _ = writeln!(
                s,
                "- [{}]({}.md) — {}",
                md_escape(f.label.best(self.lang)),
                f.id,
                md_escape(&facet_facts(f, self.lang).join(" · "))
            );
        }
        let _ = writeln!(
            s,
            "\n[{}](glossary.md) · [{}](deprecated.md) · [{}](changes.md)\n",
            md_escape(ui.glossary),
            md_escape(ui.deprecated_concepts),
            md_escape(ui.changes)
        );
        let _ = writeln!(
            s,
            "[{}]({ONE_DOCUMENT}) · [{}](overview.md)\n",
            md_escape(ui.one_document),
            md_escape(ui.overview_link)
        );
        if !t.relation_kinds().is_empty() {
            let _ = writeln!(s, "## {}\n", ui.relation_kinds);
            for k in t.relation_kinds() {
                let _ = write!(
                    s,
                    "- **{}** (`{}`)",
                    md_escape(k.label.best(self.lang)),
                    k.id
                );
                let definition = k.definition.best(self.lang);
                if !definition.is_empty() {
                    let _ = write!(s, ": {}", md_escape(definition));
                }
                s.push('\n');
            }
            s.push('\n');
        }
        if !t.history().is_empty() {
            let _ = writeln!(s, "## {}\n", ui.version_history);
            for h in t.history() {
                let _ = writeln!(
                    s,
                    "- **{}** ({}): {}",
                    md_escape(&h.version),
                    md_escape(&h.date),
                    md_escape(h.summary.best(self.lang))
                );
            }
        }
        self.footer(&mut s);
        s
    }

    fn facet(&self, facet: &Facet) -> String {
        let ui = self.ui;
        let mut s = String::new();
        self.nav(&mut s);
        let _ = writeln!(s, "# {}\n", md_escape(facet.label.best(self.lang)));
        let definition = facet.definition.best(self.lang);
        if !definition.trim().is_empty() {
            let _ = writeln!(s, "{}\n", self.text(definition));
        }
        let _ = writeln!(
            s,
            "{} · `{}`\n",
            md_escape(&facet_facts(facet, self.lang).join(" · ")),
            facet.id
        );
        let question = facet.question.best(self.lang);
        if !question.trim().is_empty() {
            let _ = writeln!(s, "**{}:** {}\n", ui.coder_question, md_escape(question));
        }
        let rule = facet.decision_rule.best(self.lang);
        if !rule.trim().is_empty() {
            let _ = writeln!(s, "**{}**\n\n{}\n", ui.decision_rule, self.text(rule));
        }
        if facet.ordered {
            let _ = writeln!(s, "{}\n", ui.scale_order_note);
        }
        for placed in reading_order(facet) {
            self.concept(&mut s, placed.concept, placed.depth);
        }
        self.footer(&mut s);
        s
    }

    fn concept(&self, s: &mut String, c: &Concept, depth: usize) {
        let (ui, lang) = (self.ui, self.lang);
        let card = Card::new(self.taxonomy, c, lang);
        let hashes = "#".repeat((2 + depth).min(6));
        let _ = writeln!(s, "<a id=\"{}\"></a>\n", esc(&c.id));
        let mut flag = if c.is_deprecated() {
            format!(" ({})", ui.deprecated)
        } else {
            String::new()
        };
        if self.draft.is_some_and(|d| d.changed.contains(&c.id)) {
            let _ = write!(flag, " ({})", ui.changed);
        }
        let _ = writeln!(s, "{hashes} {}{flag}\n", md_escape(card.label));
        if let Some(d) = &card.deprecation {
            let _ = write!(s, "> **{} {}.**", ui.deprecated_since, md_escape(d.since));
            if !d.replaced_by.is_empty() {
                let by: Vec<String> = d.replaced_by.iter().map(|r| self.link(r)).collect();
                let _ = write!(s, " {} {}.", ui.replaced_by, by.join(", "));
            }
            if !d.reason.is_empty() {
                let _ = write!(s, " {}: {}", ui.reason, self.text(d.reason).trim_end());
            }
            s.push_str("\n\n");
        }
        // The definition first, as the card's opening text: what the concept is.
        if !card.definition.is_empty() {
            let _ = writeln!(s, "{}\n", self.text(card.definition));
        }
        if !card.scope_note.is_empty() {
            let _ = writeln!(
                s,
                "**{}**\n\n{}\n",
                ui.scope_note,
                self.text(card.scope_note)
            );
        }
        if !card.examples.is_empty() {
            let _ = writeln!(s, "**{}**\n", ui.examples);
            for e in &card.examples {
                let _ = writeln!(s, "- {}", md_escape(e));
            }
            s.push('\n');
        }
        let _ = writeln!(s, "- **{}:** `{}`", ui.id, c.id);
        for (other, label) in &card.other_labels {
            let _ = writeln!(s, "- **{}:** {}", ui.lang_name(*other), md_escape(label));
        }
        for (name, list) in [
            (ui.synonyms, &card.synonyms),
            (ui.abbreviations, &card.abbreviations),
        ] {
            if !list.is_empty() {
                let items: Vec<String> = list.iter().map(|t| md_escape(t)).collect();
                let _ = writeln!(s, "- **{name}:** {}", items.join("; "));
            }
        }
        if let Some(p) = card.position {
            let _ = writeln!(s, "- **{}:** {}", ui.position, p);
        }
        if let Some(b) = card.broader {
            let _ = writeln!(s, "- **{}:** {}", ui.broader, self.link(b));
        }
        if !card.narrower.is_empty() {
            let links: Vec<String> = card.narrower.iter().map(|n| self.link(n)).collect();
            let _ = writeln!(s, "- **{}:** {}", ui.narrower, links.join(", "));
        }
        for (name, groups) in [
            (ui.relations, &card.relations),
            (ui.incoming, &card.incoming),
        ] {
            for (kind, ids) in groups {
                let links: Vec<String> = ids.iter().map(|id| self.link(id)).collect();
                let _ = writeln!(s, "- **{name}, {}:** {}", md_escape(kind), links.join(", "));
            }
        }
        if let Some(since) = card.since {
            let _ = writeln!(s, "- **{}:** {}", ui.since, md_escape(since));
        }
        s.push('\n');
        if !card.sources.is_empty() {
            let _ = writeln!(s, "**{}**\n", ui.sources);
            for id in &card.sources {
                let _ = writeln!(s, "- {}", self.source(id));
            }
            s.push('\n');
        }
    }

    /// The definition of the subject: text, criteria, classification, open questions.
    fn definition(&self, d: &Definition) -> String {
        let (ui, lang) = (self.ui, self.lang);
        let mut s = String::new();
        self.nav(&mut s);
        let _ = writeln!(s, "# {}\n", md_escape(d.label.best(lang)));
        let _ = writeln!(s, "{}\n", self.text(d.definition.best(lang)));
        let scope = d.scope_note.best(lang);
        if !scope.trim().is_empty() {
            let _ = writeln!(s, "**{}**\n\n{}\n", ui.scope_note, self.text(scope));
        }
        let synonyms: Vec<String> = d.alt_labels.get(lang).map(md_escape).collect();
        if !synonyms.is_empty() {
            let _ = writeln!(s, "- **{}:** {}", ui.synonyms, synonyms.join("; "));
        }
        let _ = writeln!(s, "- **{}:** `{}`", ui.id, d.id);
        if let Some(since) = &d.since {
            let _ = writeln!(s, "- **{}:** {}", ui.since, md_escape(&since.value));
        }
        s.push('\n');
        if !d.criteria.is_empty() {
            let _ = writeln!(s, "## {}\n", md_escape(ui.criteria));
            for (i, c) in d.criteria.iter().enumerate() {
                let _ = writeln!(s, "<a id=\"{}\"></a>\n", esc(&c.id));
                let _ = writeln!(
                    s,
                    "{}. **{}.** {}\n\n   *{}:* {}\n",
                    i + 1,
                    md_escape(c.label.best(lang)),
                    self.text(c.text.best(lang)).trim_end(),
                    ui.ask,
                    md_escape(c.question.best(lang))
                );
            }
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
            let _ = writeln!(s, "## {}\n", md_escape(heading));
            for c in forms {
                let _ = writeln!(s, "<a id=\"{}\"></a>\n", esc(&c.id));
                let _ = writeln!(s, "### {}\n", md_escape(c.label.best(lang)));
                let _ = writeln!(s, "{}\n", self.text(c.reasoning.best(lang)));
                if !c.concepts.is_empty() {
                    let links: Vec<String> =
                        c.concepts.iter().map(|x| self.link(&x.value)).collect();
                    let _ = writeln!(s, "{}: {}\n", ui.see, links.join(", "));
                }
                if !c.sources.is_empty() {
                    let _ = writeln!(s, "**{}**\n", ui.sources);
                    for id in &c.sources {
                        let _ = writeln!(s, "- {}", self.source(&id.value));
                    }
                    s.push('\n');
                }
            }
        }
        if !d.questions.is_empty() {
            let _ = writeln!(s, "## {}\n", md_escape(ui.open_questions));
            for q in &d.questions {
                let _ = writeln!(
                    s,
                    "- <a id=\"question_{}\"></a>{}",
                    esc(&q.id),
                    self.text(q.text.best(lang)).trim_end()
                );
            }
            s.push('\n');
        }
        if !d.sources.is_empty() {
            let _ = writeln!(s, "## {}\n", ui.sources);
            for id in &d.sources {
                let _ = writeln!(s, "- {}", self.source(&id.value));
            }
        }
        self.footer(&mut s);
        s
    }

    /// A cited source: citation, URL and access date.
    fn source(&self, id: &str) -> String {
        let Some(src) = self.taxonomy.source(id) else {
            return format!("`{id}`");
        };
        let mut s = md_escape(&src.citation);
        if let Some(url) = &src.url {
            if is_safe_url(url) && !url.contains(|c: char| c <= ' ' || c == '<' || c == '>') {
                let _ = write!(s, " <{url}>");
            } else {
                let _ = write!(s, " {}", md_escape(url));
            }
            if let Some(accessed) = &src.accessed {
                let _ = write!(s, " ({} {})", self.ui.accessed, md_escape(accessed));
            }
        }
        s
    }

    fn glossary(&self) -> String {
        let ui = self.ui;
        let groups = glossary(self.taxonomy, self.lang);
        let mut s = String::new();
        self.nav(&mut s);
        let _ = writeln!(s, "# {}\n", ui.glossary);
        let _ = writeln!(s, "{}\n", ui.glossary_intro);
        let initials: Vec<String> = groups
            .iter()
            .map(|(i, _)| format!("[{}](#{})", md_escape(i), initial_anchor(i)))
            .collect();
        let _ = writeln!(s, "{}\n", initials.join(" · "));
        for (initial, terms) in &groups {
            let _ = writeln!(s, "<a id=\"{}\"></a>\n", initial_anchor(initial));
            let _ = writeln!(s, "## {}\n", md_escape(initial));
            for term in terms {
                let c = term.concept;
                let facet = self
                    .taxonomy
                    .facet(&c.facet)
                    .map_or(c.facet.as_str(), |f| f.label.best(self.lang));
                let flag = if c.is_deprecated() {
                    format!(" ({})", ui.deprecated)
                } else {
                    String::new()
                };
                let marker = if term.lang == self.lang {
                    String::new()
                } else {
                    format!(" ({})", term.lang.code())
                };
                let entry = match (term.kind, marker.is_empty()) {
                    (TermKind::Label, true) => self.link(&c.id),
                    (kind, _) => format!(
                        "{}{marker}, *{}* {}",
                        md_escape(term.term),
                        match kind {
                            TermKind::Label => ui.term_in_other_language,
                            TermKind::Synonym => ui.synonym_of,
                            TermKind::Abbreviation => ui.abbreviation_of,
                        },
                        self.link(&c.id)
                    ),
                };
                let _ = writeln!(s, "- {entry}{flag} — {}", md_escape(facet));
            }
            s.push('\n');
        }
        self.footer(&mut s);
        s
    }

    fn deprecated(&self) -> String {
        let (t, ui, lang) = (self.taxonomy, self.ui, self.lang);
        let mut s = String::new();
        self.nav(&mut s);
        let _ = writeln!(s, "# {}\n", ui.deprecated_concepts);
        let mut any = false;
        for facet in t.facets() {
            for placed in reading_order(facet) {
                let c = placed.concept;
                let Some(d) = &c.deprecated else { continue };
                any = true;
                let _ = write!(
                    s,
                    "- {} (`{}`, {}): {} {}.",
                    self.link(&c.id),
                    c.id,
                    md_escape(facet.label.best(lang)),
                    ui.deprecated_since,
                    md_escape(&d.since.value)
                );
                if !d.replaced_by.is_empty() {
                    let by: Vec<String> =
                        d.replaced_by.iter().map(|r| self.link(&r.value)).collect();
                    let _ = write!(s, " {} {}.", ui.replaced_by, by.join(", "));
                }
                let reason = d.reason.best(lang);
                if !reason.is_empty() {
                    let _ = write!(s, " {}: {}", ui.reason, self.text(reason).trim_end());
                }
                s.push('\n');
            }
        }
        if !any {
            let _ = writeln!(s, "{}", ui.no_deprecated);
        }
        self.footer(&mut s);
        s
    }
}

/// The first letter in upper case.
/// The first sentence of a plain text: up to the first `. ` (or all of it), on one line.
pub(crate) fn first_sentence(text: &str) -> String {
    let one_line = text.split_whitespace().collect::<Vec<_>>().join(" ");
    match one_line.find(". ") {
        Some(at) => one_line[..=at].to_owned(),
        None => one_line,
    }
}

pub(crate) fn capitalise(s: &str) -> String {
    let mut chars = s.chars();
    chars
        .next()
        .map(|c| c.to_uppercase().chain(chars).collect())
        .unwrap_or_default()
}
