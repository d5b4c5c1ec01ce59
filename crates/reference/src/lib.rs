//! Reference documents for working sessions: the taxonomy as Markdown pages and as a static
//! HTML site that opens from a `file://` URL, with no server and no network.
//!
//! Rendering is pure and deterministic: [`markdown`], [`html`] and [`render`] return a list of
//! [`OutputFile`]s (relative path and bytes) and the same taxonomy always gives the same bytes.
//! [`write()`] puts such a list on disk, each file atomically.
//!
//! Both outputs have the same pages: an overview (`index`), one page per facet named after the
//! facet id, an A–Z `glossary`, a list of `deprecated` concepts and the `changes` (every release,
//! and for a draft the concepts changed since the release it is based on). Every concept has an anchor
//! equal to its id, so `role.md#school-social-worker` and `role.html#school-social-worker` are
//! stable links. Markdown written in the taxonomy passes through one policy in both outputs:
//! raw HTML is shown as text, `concept:ID` links become relative links, and links whose URL is
//! not http, https, mailto or relative keep only their text.
//!
//! ```
//! use jos_reference as reference;
//! use jos_taxonomy::{Lang, Taxonomy};
//!
//! let files = reference::markdown(Taxonomy::builtin(), Lang::En);
//! let role = files.iter().find(|f| f.path == "role.md").unwrap();
//! let text = String::from_utf8_lossy(&role.bytes);
//! assert!(text.contains(r#"<a id="school-social-worker"></a>"#));
//! ```

#![forbid(unsafe_code)]
#![deny(missing_docs)]

mod atomic;
mod card;
mod guide;
mod html;
mod markdown;
mod markup;
mod picture;
mod ui;

use std::path::{Component, Path};

use jos_taxonomy::lang::Lang;
use jos_taxonomy::model::{Cardinality, Concept, Facet, Taxonomy};
use jos_taxonomy::text::fold;

pub use atomic::write as write_atomic;
pub use guide::{GUIDE_NAMES, Guide, builtin_guides, source_file as guide_source};
pub use html::html;
pub use markdown::markdown;

/// One rendered file: a relative path (with `/` separators) and its contents.
#[derive(Clone, Debug, PartialEq, Eq)]
#[non_exhaustive]
pub struct OutputFile {
    /// Where the file goes, relative to the output directory, such as `nl/role.html`.
    pub path: String,
    /// The file's contents.
    pub bytes: Vec<u8>,
}

impl OutputFile {
    /// A file at `path` (relative, with `/` separators) holding `text`.
    pub fn new(path: impl Into<String>, text: String) -> Self {
        OutputFile {
            path: path.into(),
            bytes: text.into_bytes(),
        }
    }
}

/// What [`render`] produces.
///
/// ```
/// use jos_reference::Options;
/// use jos_taxonomy::Lang;
/// let options = Options::default();
/// assert_eq!(options.langs, vec![Lang::Nl, Lang::En]);
/// assert!(options.markdown && options.html);
/// ```
#[derive(Clone, Debug, PartialEq, Eq)]
#[non_exhaustive]
pub struct Options {
    /// The languages to render, in order; the first is where the HTML site opens.
    pub langs: Vec<Lang>,
    /// Render the Markdown pages (under `markdown/<lang>/`).
    pub markdown: bool,
    /// Render the HTML site (under `html/`).
    pub html: bool,
    /// Mark every page as a draft based on a release, and the concepts that changed since; `None`
    /// for a release.
    pub draft: Option<Draft>,
    /// The guides for working sessions, written as pages beside the taxonomy's (`NAME.md`,
    /// `NAME.html` per language) and listed on every page; default: [`builtin_guides`].
    pub guides: Vec<Guide>,
}

/// What makes reference documents a draft: the release they are based on and the concepts that
/// changed since (see `jos_taxonomy::diff`).
///
/// ```
/// use jos_reference::{Draft, Options};
/// let mut options = Options::default();
/// options.draft = Some(Draft::new("1.0.0", ["school-social-worker"]));
/// ```
#[derive(Clone, Debug, PartialEq, Eq)]
#[non_exhaustive]
pub struct Draft {
    /// The version of the release the draft is based on.
    pub base: String,
    /// The ids of the concepts that were added or changed since.
    pub changed: std::collections::BTreeSet<String>,
}

impl Draft {
    /// A draft based on release `base`, with these changed concepts.
    pub fn new<S: Into<String>>(
        base: impl Into<String>,
        changed: impl IntoIterator<Item = S>,
    ) -> Self {
        Draft {
            base: base.into(),
            changed: changed.into_iter().map(Into::into).collect(),
        }
    }

    /// The draft of `working` against `release`: its base version and every concept that
    /// `jos_taxonomy::diff` reports a change for.
    pub fn between(release: &Taxonomy, working: &Taxonomy) -> Self {
        let d = jos_taxonomy::diff::diff(release, working);
        Draft::new(
            release.version().to_string(),
            d.changes
                .into_iter()
                .filter(|c| !c.facet.is_empty() && c.rule != "concept-removed")
                .filter_map(|c| c.concept),
        )
    }
}

impl Default for Options {
    /// Both formats, Dutch and English.
    fn default() -> Self {
        Options {
            langs: Lang::ALL.to_vec(),
            markdown: true,
            html: true,
            draft: None,
            guides: builtin_guides(),
        }
    }
}

impl Options {
    /// Only these languages (in this order), both formats unless changed.
    ///
    /// ```
    /// use jos_reference::Options;
    /// use jos_taxonomy::Lang;
    /// assert_eq!(Options::for_langs(&[Lang::En]).langs, vec![Lang::En]);
    /// ```
    pub fn for_langs(langs: &[Lang]) -> Self {
        Options {
            langs: langs.to_vec(),
            ..Options::default()
        }
    }
}

/// Every output `options` asks for, laid out as `jos docs` writes it:
/// `markdown/<lang>/*.md` and `html/` (see [`html`]).
///
/// ```
/// use jos_reference as reference;
/// use jos_taxonomy::Taxonomy;
/// let files = reference::render(Taxonomy::builtin(), &reference::Options::default());
/// assert!(files.iter().any(|f| f.path == "markdown/nl/index.md"));
/// assert!(files.iter().any(|f| f.path == "markdown/en/glossary.md"));
/// assert!(files.iter().any(|f| f.path == "html/nl/role.html"));
/// assert!(files.iter().any(|f| f.path == "html/index.html"));
/// ```
pub fn render(taxonomy: &Taxonomy, options: &Options) -> Vec<OutputFile> {
    let mut files = Vec::new();
    if options.markdown {
        for &lang in &options.langs {
            let guides: Vec<OutputFile> = options
                .guides
                .iter()
                .filter(|g| g.lang == lang)
                .map(|g| OutputFile::new(format!("{}.md", g.name), guide::to_markdown(g)))
                .collect();
            for f in markdown::pages(taxonomy, lang, options.draft.as_ref())
                .into_iter()
                .chain(guides)
            {
                files.push(OutputFile {
                    path: format!("markdown/{}/{}", lang.code(), f.path),
                    bytes: f.bytes,
                });
            }
        }
    }
    if options.html {
        for f in html::pages(
            taxonomy,
            &options.langs,
            options.draft.as_ref(),
            &options.guides,
        ) {
            files.push(OutputFile {
                path: format!("html/{}", f.path),
                bytes: f.bytes,
            });
        }
    }
    files
}

/// Writes every file under `dir`, creating directories as needed; each file is written
/// atomically with [`write_atomic`]. Existing files of the same name are replaced;
/// other files in `dir` are left alone.
///
/// A path that is absolute or climbs out of `dir` (`..`) is refused with
/// [`std::io::ErrorKind::InvalidInput`] before anything is written.
///
/// ```
/// use jos_reference as reference;
/// use jos_taxonomy::{Lang, Taxonomy};
/// let dir = std::env::temp_dir().join(format!("jos-reference-doc-{}", std::process::id()));
/// reference::write(&dir, &reference::markdown(Taxonomy::builtin(), Lang::Nl))?;
/// assert!(dir.join("glossary.md").is_file());
/// # std::fs::remove_dir_all(&dir)?;
/// # Ok::<(), std::io::Error>(())
/// ```
pub fn write(dir: &Path, files: &[OutputFile]) -> std::io::Result<()> {
    for f in files {
        let relative = Path::new(&f.path);
        let plain = relative
            .components()
            .all(|c| matches!(c, Component::Normal(_)));
        if !plain || f.path.is_empty() {
            return Err(std::io::Error::new(
                std::io::ErrorKind::InvalidInput,
                format!("`{}` is not a plain relative path", f.path),
            ));
        }
    }
    for f in files {
        let path = dir.join(&f.path);
        if let Some(parent) = path.parent() {
            std::fs::create_dir_all(parent)?;
        }
        write_atomic(&path, &f.bytes)?;
    }
    Ok(())
}

/// A concept with its depth in the facet's hierarchy (0 = top level).
pub(crate) struct Placed<'a> {
    pub concept: &'a Concept,
    pub depth: usize,
}

/// The concepts of a facet in reading order: scale order for an ordered facet, otherwise each
/// top-level concept as written, followed by its narrower concepts (depth first).
pub(crate) fn reading_order(facet: &Facet) -> Vec<Placed<'_>> {
    if facet.ordered {
        return facet
            .in_order()
            .into_iter()
            .map(|concept| Placed { concept, depth: 0 })
            .collect();
    }
    let in_facet = |id: &str| facet.concepts.iter().any(|c| c.id == id);
    let mut out = Vec::new();
    let mut placed = vec![false; facet.concepts.len()];
    let roots: Vec<usize> = (0..facet.concepts.len())
        .filter(|&i| {
            facet.concepts[i]
                .broader
                .as_ref()
                .is_none_or(|b| !in_facet(&b.value))
        })
        .collect();
    for root in roots {
        place(facet, root, 0, &mut placed, &mut out);
    }
    // A cycle has no root; a checked taxonomy has none, but never lose a concept.
    for i in 0..facet.concepts.len() {
        place(facet, i, 0, &mut placed, &mut out);
    }
    out
}

fn place<'a>(
    facet: &'a Facet,
    i: usize,
    depth: usize,
    placed: &mut [bool],
    out: &mut Vec<Placed<'a>>,
) {
    if placed[i] {
        return;
    }
    placed[i] = true;
    let concept = &facet.concepts[i];
    out.push(Placed { concept, depth });
    for (j, child) in facet.concepts.iter().enumerate() {
        if child
            .broader
            .as_ref()
            .is_some_and(|b| b.value == concept.id)
        {
            place(facet, j, depth + 1, placed, out);
        }
    }
}

/// The concepts whose broader concept is `concept`, in the order written.
pub(crate) fn narrower<'a>(taxonomy: &'a Taxonomy, concept: &Concept) -> Vec<&'a Concept> {
    taxonomy
        .concepts()
        .filter(|n| n.broader.as_ref().is_some_and(|b| b.value == concept.id))
        .collect()
}

/// A concept's relations grouped by kind, kinds in order of first use, targets as written.
pub(crate) fn relations_by_kind(concept: &Concept) -> Vec<(&str, Vec<&str>)> {
    let mut groups: Vec<(&str, Vec<&str>)> = Vec::new();
    for r in &concept.related {
        match groups.iter_mut().find(|(k, _)| *k == r.kind.value) {
            Some((_, targets)) => targets.push(&r.target.value),
            None => groups.push((&r.kind.value, vec![&r.target.value])),
        }
    }
    groups
}

/// The link to a concept's anchor from a page beside its facet page.
pub(crate) fn concept_href(taxonomy: &Taxonomy, id: &str, ext: &str) -> Option<String> {
    if taxonomy.definition().is_some_and(|d| d.id == id) {
        return Some(format!("definition.{ext}"));
    }
    taxonomy
        .concept(id)
        .map(|c| format!("{}.{ext}#{}", c.facet, c.id))
}

/// How a term in the glossary relates to its concept.
#[derive(Copy, Clone, Debug, PartialEq, Eq, PartialOrd, Ord)]
pub(crate) enum TermKind {
    Label,
    Synonym,
    Abbreviation,
}

/// One glossary line: a term and the concept it names.
pub(crate) struct Term<'a> {
    pub term: &'a str,
    pub kind: TermKind,
    /// The term's language: the glossary's own, or Dutch in another language's glossary.
    pub lang: Lang,
    pub concept: &'a Concept,
}

/// Every preferred label, synonym and abbreviation in `lang`, alphabetically (accents and case
/// folded), grouped under their initial: `A`..`Z`, or `#` for anything else. A glossary in
/// another language than Dutch lists the Dutch terms too (the words people type and read in
/// Dutch sources), unless a term is the same in both.
pub(crate) fn glossary(taxonomy: &Taxonomy, lang: Lang) -> Vec<(String, Vec<Term<'_>>)> {
    let mut terms: Vec<(String, String, Term<'_>)> = Vec::new();
    for concept in taxonomy.concepts() {
        let of = |l: Lang| {
            let mut found = vec![(concept.label.best(l), TermKind::Label, l)];
            found.extend(concept.alt_labels.get(l).map(|t| (t, TermKind::Synonym, l)));
            found.extend(
                concept
                    .abbreviations
                    .get(l)
                    .map(|t| (t, TermKind::Abbreviation, l)),
            );
            found
        };
        let mut found = of(lang);
        if lang != Lang::Nl {
            let own: Vec<String> = found.iter().map(|(t, _, _)| fold(t)).collect();
            found.extend(
                of(Lang::Nl)
                    .into_iter()
                    .filter(|(t, _, _)| !own.contains(&fold(t))),
            );
        }
        for (term, kind, term_lang) in found {
            let key = fold(term);
            let initial = match key.chars().next() {
                Some(c) if c.is_ascii_alphabetic() => c.to_ascii_uppercase().to_string(),
                _ => "#".to_owned(),
            };
            terms.push((
                initial,
                key,
                Term {
                    term,
                    kind,
                    lang: term_lang,
                    concept,
                },
            ));
        }
    }
    // `#` (digits, other scripts) first, then A to Z; within an initial by folded term.
    terms.sort_by(|(ia, ka, a), (ib, kb, b)| {
        (ia != "#", ia, ka, a.term, a.kind, &a.concept.id).cmp(&(
            ib != "#",
            ib,
            kb,
            b.term,
            b.kind,
            &b.concept.id,
        ))
    });
    let mut groups: Vec<(String, Vec<Term<'_>>)> = Vec::new();
    for (initial, _, term) in terms {
        match groups.last_mut() {
            Some((i, list)) if *i == initial => list.push(term),
            _ => groups.push((initial, vec![term])),
        }
    }
    groups
}

/// The anchor of a glossary initial; never a concept id, which cannot contain `_`.
pub(crate) fn initial_anchor(initial: &str) -> String {
    if initial == "#" {
        "letter_other".to_owned()
    } else {
        format!("letter_{}", initial.to_ascii_lowercase())
    }
}

/// How to cite the taxonomy: "<publisher> (<year>). <title>, version <version>."
pub(crate) fn citation(taxonomy: &Taxonomy, lang: Lang) -> String {
    let ui = ui::ui(lang);
    let version = taxonomy.version().to_string();
    let year = taxonomy
        .history()
        .iter()
        .find(|h| h.version == version)
        .and_then(|h| h.date.get(..4))
        .unwrap_or(ui.no_date);
    format!(
        "{} ({year}). {}, {} {version}.",
        taxonomy.publisher(),
        taxonomy.title().best(lang),
        ui.version
    )
}

/// The languages other than `lang` that the taxonomy has a label in, for "label in English".
pub(crate) fn other_langs(lang: Lang) -> impl Iterator<Item = Lang> {
    Lang::ALL.iter().copied().filter(move |&l| l != lang)
}

/// A facet at a glance, as short phrases: "9 concepts", "ordered scale", "at most one concept
/// per record", "required in every record".
pub(crate) fn facet_facts(facet: &Facet, lang: Lang) -> Vec<String> {
    let ui = ui::ui(lang);
    let deprecated = facet.concepts.iter().filter(|c| c.is_deprecated()).count();
    let mut facts = vec![ui.count(facet.concepts.len(), deprecated)];
    if !facet.is_taggable() {
        facts.push(ui.terms_part.to_owned());
        return facts;
    }
    if facet.ordered {
        facts.push(ui.ordered_scale.to_owned());
    }
    facts.push(
        match facet.cardinality {
            Cardinality::Single => ui.per_record_single,
            Cardinality::Multiple => ui.per_record_multiple,
        }
        .to_owned(),
    );
    if facet.required {
        facts.push(ui.required_facet.to_owned());
    }
    facts
}

/// The URL of an SPDX licence's page.
pub(crate) fn licence_url(spdx: &str) -> Option<String> {
    let plain = !spdx.is_empty()
        && spdx
            .chars()
            .all(|c| c.is_ascii_alphanumeric() || matches!(c, '-' | '.' | '+'));
    plain.then(|| format!("https://spdx.org/licenses/{spdx}.html"))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn hierarchy_puts_children_after_their_parent() {
        let t = Taxonomy::builtin();
        let facet = t.facet("education").unwrap();
        let order = reading_order(facet);
        assert_eq!(order.len(), facet.concepts.len());
        for (i, p) in order.iter().enumerate() {
            if let Some(b) = &p.concept.broader {
                let parent = order.iter().position(|q| q.concept.id == b.value).unwrap();
                assert!(parent < i);
                assert_eq!(order[parent].depth + 1, p.depth);
            }
        }
    }

    #[test]
    fn citation_has_year_and_version() {
        let t = Taxonomy::builtin();
        let c = citation(t, Lang::En);
        assert!(c.contains(&format!("version {}.", t.version())), "{c}");
        assert!(c.contains(" (20"), "{c}");
    }

    #[test]
    fn paths_that_leave_the_directory_are_refused() {
        let err = write(
            Path::new("/nonexistent"),
            &[OutputFile::new("../x", String::new())],
        )
        .unwrap_err();
        assert_eq!(err.kind(), std::io::ErrorKind::InvalidInput);
    }
}
