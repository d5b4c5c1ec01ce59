//! The taxonomy model: what a loaded, validated taxonomy holds.
//!
//! Values come from the YAML source through [`crate::load`] and keep their [`Location`], so that
//! checks and other tools can point at the exact place a value was written.

use std::collections::HashMap;
use std::fmt;
use std::sync::Arc;

use crate::lang::{TextLists, Texts};

/// Where a value was written: file, 1-based line and 1-based column.
#[derive(Clone, Debug, Default, PartialEq, Eq, PartialOrd, Ord, Hash)]
#[non_exhaustive]
pub struct Location {
    /// The file, as given to the loader (relative to the working directory, or
    /// `taxonomy/...` for the built-in taxonomy).
    pub file: Arc<str>,
    /// 1-based line; 0 when the problem concerns the whole file.
    pub line: u32,
    /// 1-based column; 0 when the problem concerns the whole file.
    pub column: u32,
}

impl Location {
    /// A location in `file` at `line` and `column`.
    pub fn new(file: impl Into<Arc<str>>, line: u32, column: u32) -> Self {
        Location {
            file: file.into(),
            line,
            column,
        }
    }

    /// A location that stands for a whole file.
    pub fn file(file: impl Into<Arc<str>>) -> Self {
        Location::new(file, 0, 0)
    }
}

impl Location {
    /// Whether the file is a spreadsheet or a table a spreadsheet opens (CSV, TSV, xlsx, ods,
    /// or a sheet of a workbook, written `book.xlsx!Sheet`): its positions are rows and
    /// columns, shown as a cell (`C7`) rather than `line:column`.
    pub fn is_spreadsheet(&self) -> bool {
        let file = self.file.to_ascii_lowercase();
        [".csv", ".tsv", ".tab", ".xlsx", ".xlsm", ".ods"]
            .iter()
            .any(|ext| file.ends_with(ext) || file.contains(&format!("{ext}!")))
    }
}

/// A 1-based column number as spreadsheet letters: 1 is `A`, 26 `Z`, 27 `AA`.
///
/// ```
/// use jos_taxonomy::model::column_letters;
/// assert_eq!(column_letters(1), "A");
/// assert_eq!(column_letters(28), "AB");
/// assert_eq!(column_letters(16384), "XFD");
/// ```
pub fn column_letters(column: u32) -> String {
    let mut n = column;
    let mut letters = Vec::new();
    while n > 0 {
        let digit = (n - 1) % 26;
        letters.push(b'A' + digit as u8);
        n = (n - 1) / 26;
    }
    letters.reverse();
    String::from_utf8(letters).unwrap_or_default()
}

/// `file:line:column`; in a spreadsheet (see [`Location::is_spreadsheet`]) `file!C7`, the
/// cell as the spreadsheet names it (row 7, column C), or `file!7:7` for a whole row.
///
/// ```
/// use jos_taxonomy::model::Location;
/// assert_eq!(Location::new("a.yaml", 3, 5).to_string(), "a.yaml:3:5");
/// assert_eq!(Location::new("pilots.csv", 7, 3).to_string(), "pilots.csv!C7");
/// assert_eq!(Location::new("pilots.xlsx!Blad1", 2, 1).to_string(), "pilots.xlsx!Blad1!A2");
/// assert_eq!(Location::file("pilots.csv").to_string(), "pilots.csv");
/// ```
impl fmt::Display for Location {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        if self.line == 0 {
            f.write_str(&self.file)
        } else if self.is_spreadsheet() {
            if self.column == 0 {
                // A whole row, as a spreadsheet refers to it.
                write!(f, "{}!{}:{}", self.file, self.line, self.line)
            } else {
                write!(
                    f,
                    "{}!{}{}",
                    self.file,
                    column_letters(self.column),
                    self.line
                )
            }
        } else {
            write!(f, "{}:{}:{}", self.file, self.line, self.column)
        }
    }
}

/// A value with the location it was written at.
#[derive(Clone, Debug, PartialEq, Eq)]
#[non_exhaustive]
pub struct Located<T> {
    /// The value.
    pub value: T,
    /// Where it was written.
    pub location: Location,
}

/// A whole taxonomy: metadata and facets in display order.
///
/// A `Taxonomy` is made only by the loader ([`Taxonomy::load`], [`Taxonomy::from_yaml_str`],
/// [`crate::load`]) or is the built-in one ([`Taxonomy::builtin`]), and is read through its
/// accessors: it cannot be changed after it was checked, so its index of concept ids and the
/// results of its checks always describe what it holds.
///
/// ```
/// use jos_taxonomy::Taxonomy;
/// let taxonomy = Taxonomy::builtin();
/// assert_eq!(taxonomy.languages()[0], "nl");
/// assert!(taxonomy.facets().iter().any(|f| f.id == "intensity"));
/// ```
#[derive(Clone, Debug)]
#[non_exhaustive]
pub struct Taxonomy {
    /// Permanent kebab-case id of the taxonomy.
    pub(crate) id: String,
    /// Semantic version of the content.
    pub(crate) version: semver::Version,
    /// Title per language.
    pub(crate) title: Texts,
    /// Description per language (Markdown), possibly empty.
    pub(crate) description: Texts,
    /// Language codes, authoritative (`nl`) first; `en` is required too.
    pub(crate) languages: Vec<String>,
    /// Licence of the content, as an SPDX identifier.
    pub(crate) licence: String,
    /// Who publishes the taxonomy.
    pub(crate) publisher: String,
    /// The kinds of relation concepts may have with each other.
    pub(crate) relation_kinds: Vec<RelationKind>,
    /// Every source cited, shared and facet-local, in the order written.
    pub(crate) sources: Vec<Source>,
    /// Facets in display order.
    pub(crate) facets: Vec<Facet>,
    /// Version history, newest first.
    pub(crate) history: Vec<HistoryEntry>,
    /// Combinations of codes that a research record may not have.
    pub(crate) rules: Vec<Rule>,
    /// The definition of the subject itself (`definition.yaml`), when the taxonomy has one.
    pub(crate) definition: Option<Definition>,
    /// Where the taxonomy metadata was written.
    pub(crate) location: Location,
    pub(crate) index: HashMap<String, (usize, usize), rustc_hash::FxBuildHasher>,
    /// The version as written; `version` is 0.0.0 when it is not valid semver (reported by
    /// `check`).
    pub(crate) version_text: Located<String>,
    /// Where `languages` was written (for the check that it starts with `nl` and has `en`).
    pub(crate) languages_at: Location,
}

/// One kind of relation between concepts, such as "requires competency".
#[derive(Clone, Debug)]
#[non_exhaustive]
pub struct RelationKind {
    /// Permanent kebab-case id.
    pub id: String,
    /// Label per language, read as "`concept` `label` `target`".
    pub label: Texts,
    /// What the relation means, per language.
    pub definition: Texts,
    /// Facets the relation may start in (empty: any).
    pub from: Vec<Located<String>>,
    /// Facets the relation may point to (empty: any).
    pub to: Vec<Located<String>>,
    /// Where the kind was defined.
    pub location: Location,
}

/// A cited source: a citation with an optional URL and access date.
#[derive(Clone, Debug)]
#[non_exhaustive]
pub struct Source {
    /// Permanent kebab-case id, cited from concepts.
    pub id: String,
    /// The citation as it should be printed.
    pub citation: String,
    /// Where the source can be found online.
    pub url: Option<String>,
    /// When the URL was last consulted (`YYYY-MM-DD`).
    pub accessed: Option<String>,
    /// The language the source is written in (a BCP 47 code such as `en`); `None` when it is
    /// the taxonomy's first language.
    pub language: Option<String>,
    /// Where the source was defined.
    pub location: Location,
}

/// One entry in the version history.
#[derive(Clone, Debug)]
#[non_exhaustive]
pub struct HistoryEntry {
    /// The version this entry describes.
    pub version: String,
    /// Release date (`YYYY-MM-DD`).
    pub date: String,
    /// What changed, per language.
    pub summary: Texts,
    /// The concepts whose meaning this version changed: what a tool cannot see in a reworded
    /// definition, declared so that `jos diff` and `jos release-check` classify it as major.
    pub meaning_changed: Vec<Located<String>>,
    /// Where the entry was written.
    pub location: Location,
}

/// A consistency rule for research records: when a record carries one of the `when` codes, each
/// facet in `then` that the record tags must include one of the listed codes (or a narrower one).
///
/// For example: an mbo organisation variant implies an mbo education type.
#[derive(Clone, Debug)]
#[non_exhaustive]
pub struct Rule {
    /// Permanent kebab-case id.
    pub id: String,
    /// What the rule says, per language; shown when a record breaks it.
    pub message: Texts,
    /// Facet and codes that trigger the rule (any of them).
    pub when: Vec<RuleClause>,
    /// Facets and the codes one of which they must then include.
    pub then: Vec<RuleClause>,
    /// Where the rule was written.
    pub location: Location,
}

/// One facet and a set of codes in a [`Rule`].
#[derive(Clone, Debug)]
#[non_exhaustive]
pub struct RuleClause {
    /// The facet id.
    pub facet: Located<String>,
    /// Concept ids in that facet.
    pub codes: Vec<Located<String>>,
}

/// How many concepts of a facet one research record may carry.
#[derive(Copy, Clone, Debug, PartialEq, Eq, Hash, serde::Serialize)]
#[serde(rename_all = "kebab-case")]
pub enum Cardinality {
    /// At most one concept.
    Single,
    /// Any number of concepts.
    Multiple,
}

/// What a facet holds: codes that research records carry, or defined terms that are not tags.
#[derive(Copy, Clone, Debug, Default, PartialEq, Eq, Hash, serde::Serialize)]
#[serde(rename_all = "kebab-case")]
pub enum FacetKind {
    /// Concepts that research records tag (the default).
    #[default]
    Tags,
    /// The begrippen part: defined terms of the policy and legal context. They are looked up,
    /// documented and exported like concepts, but a research record cannot carry them.
    Terms,
}

/// One facet: a dimension along which practices are described, or the begrippen part
/// ([`FacetKind::Terms`]).
#[derive(Clone, Debug)]
#[non_exhaustive]
pub struct Facet {
    /// Permanent kebab-case id.
    pub id: String,
    /// Whether the facet holds tags or defined terms.
    pub kind: FacetKind,
    /// Label per language.
    pub label: Texts,
    /// Definition per language (Markdown).
    pub definition: Texts,
    /// The question a coder answers with this facet, per language (may be empty).
    pub question: Texts,
    /// How to decide borderline cases, per language (Markdown; may be empty).
    pub decision_rule: Texts,
    /// Whether a record may carry one or several of its concepts.
    pub cardinality: Cardinality,
    /// Whether the facet is an ordered scale (concepts then carry a `position`).
    pub ordered: bool,
    /// Whether every research record must tag this facet.
    pub required: bool,
    /// Concepts as written (scale order for ordered facets is given by [`Facet::in_order`]).
    pub concepts: Vec<Concept>,
    /// Where the facet was defined.
    pub location: Location,
}

impl Facet {
    /// Whether research records may carry this facet's concepts (it is not the begrippen part).
    pub fn is_taggable(&self) -> bool {
        self.kind == FacetKind::Tags
    }

    /// The concepts in display order: by position on an ordered scale, otherwise as written.
    pub fn in_order(&self) -> Vec<&Concept> {
        let mut concepts: Vec<&Concept> = self.concepts.iter().collect();
        if self.ordered {
            concepts.sort_by_key(|c| {
                (
                    c.position.as_ref().map(|p| p.value).unwrap_or(u32::MAX),
                    c.id.clone(),
                )
            });
        }
        concepts
    }
}

/// A typed link from one concept to another.
#[derive(Clone, Debug)]
#[non_exhaustive]
pub struct Relation {
    /// The relation kind's id.
    pub kind: Located<String>,
    /// The target concept's id.
    pub target: Located<String>,
}

/// How and why a concept was retired. Its id stays valid forever.
#[derive(Clone, Debug)]
#[non_exhaustive]
pub struct Deprecation {
    /// The version in which it was deprecated.
    pub since: Located<String>,
    /// Live concepts that take its place, in its own facet or in others. Several in one facet
    /// mean the concept was split and a person chooses, unless [`Deprecation::together`].
    pub replaced_by: Vec<Located<String>>,
    /// Whether several replacements in one facet together mean what the concept meant, so
    /// that migration writes them all.
    pub together: bool,
    /// Why, per language.
    pub reason: Texts,
    /// Where the deprecation was written.
    pub location: Location,
}

/// The definition of the subject of the taxonomy ("jeugdhulp op school"): what it is, the
/// criteria that decide whether a form of help is inside, and how the forms that sources name
/// are classified. Written in `definition.yaml`.
#[derive(Clone, Debug)]
#[non_exhaustive]
pub struct Definition {
    /// Permanent kebab-case id, unique among concept ids too.
    pub id: String,
    /// Preferred label per language.
    pub label: Texts,
    /// Synonyms per language.
    pub alt_labels: TextLists,
    /// Abbreviations per language.
    pub abbreviations: TextLists,
    /// The definition per language (Markdown).
    pub definition: Texts,
    /// How it relates to neighbouring notions, per language (Markdown).
    pub scope_note: Texts,
    /// The inclusion criteria.
    pub criteria: Vec<Criterion>,
    /// Forms of help that sources name, each classified as core, adjacent or outside.
    pub classification: Vec<Classified>,
    /// Boundaries the sources leave open, for the working session.
    pub questions: Vec<OpenQuestion>,
    /// Ids of the sources it rests on.
    pub sources: Vec<Located<String>>,
    /// The taxonomy version that introduced it.
    pub since: Option<Located<String>>,
    /// Where the definition's id was written.
    pub location: Location,
}

/// One inclusion criterion of the [`Definition`].
#[derive(Clone, Debug)]
#[non_exhaustive]
pub struct Criterion {
    /// Kebab-case id, unique within the definition.
    pub id: String,
    /// Short name per language.
    pub label: Texts,
    /// What the criterion requires, per language (Markdown).
    pub text: Texts,
    /// The question a coder asks to apply it, per language.
    pub question: Texts,
    /// Where it was written.
    pub location: Location,
}

/// Where a form of help stands with respect to the [`Definition`].
#[derive(Copy, Clone, Debug, PartialEq, Eq, Hash, PartialOrd, Ord, serde::Serialize)]
#[serde(rename_all = "kebab-case")]
pub enum Class {
    /// Inside the definition.
    Core,
    /// A regular partner or neighbour, not itself jeugdhulp op school.
    Adjacent,
    /// Not in scope.
    Outside,
}

impl Class {
    /// The id as written in YAML and JSON.
    pub fn as_str(self) -> &'static str {
        match self {
            Class::Core => "core",
            Class::Adjacent => "adjacent",
            Class::Outside => "outside",
        }
    }

    /// Parses the id as written.
    pub fn parse(s: &str) -> Option<Class> {
        match s {
            "core" => Some(Class::Core),
            "adjacent" => Some(Class::Adjacent),
            "outside" => Some(Class::Outside),
            _ => None,
        }
    }
}

/// A form of help named in the sources, with its class and the reasoning.
#[derive(Clone, Debug)]
#[non_exhaustive]
pub struct Classified {
    /// Kebab-case id, unique within the definition.
    pub id: String,
    /// The form, per language.
    pub label: Texts,
    /// Core, adjacent or outside.
    pub class: Class,
    /// Why, per language (Markdown).
    pub reasoning: Texts,
    /// Concepts or terms that describe or tag this form.
    pub concepts: Vec<Located<String>>,
    /// Ids of the sources the classification rests on.
    pub sources: Vec<Located<String>>,
    /// Where it was written.
    pub location: Location,
}

/// A boundary the sources leave open, named as a question for the working session.
#[derive(Clone, Debug)]
#[non_exhaustive]
pub struct OpenQuestion {
    /// Kebab-case id, unique within the definition.
    pub id: String,
    /// The question per language (Markdown).
    pub text: Texts,
    /// Where it was written.
    pub location: Location,
}

/// One concept of a facet.
#[derive(Clone, Debug)]
#[non_exhaustive]
pub struct Concept {
    /// Permanent kebab-case id, unique in the whole taxonomy.
    pub id: String,
    /// The facet it belongs to.
    pub facet: String,
    /// Preferred label per language.
    pub label: Texts,
    /// Alternative labels (synonyms) per language.
    pub alt_labels: TextLists,
    /// Abbreviations per language.
    pub abbreviations: TextLists,
    /// Definition per language (Markdown).
    pub definition: Texts,
    /// How it differs from concepts it is easily confused with, per language.
    pub scope_note: Texts,
    /// Examples per language.
    pub examples: TextLists,
    /// The parent concept, in the same facet.
    pub broader: Option<Located<String>>,
    /// Typed links to concepts in any facet.
    pub related: Vec<Relation>,
    /// Position on the scale, for ordered facets (1 = first).
    pub position: Option<Located<u32>>,
    /// Ids of the sources it rests on.
    pub sources: Vec<Located<String>>,
    /// The taxonomy version that introduced it.
    pub since: Option<Located<String>>,
    /// Present when the concept is retired.
    pub deprecated: Option<Deprecation>,
    /// Where the concept's id was written.
    pub location: Location,
}

impl Concept {
    /// Whether the concept is deprecated.
    pub fn is_deprecated(&self) -> bool {
        self.deprecated.is_some()
    }
}

impl Taxonomy {
    /// Permanent kebab-case id of the taxonomy.
    pub fn id(&self) -> &str {
        &self.id
    }

    /// Semantic version of the content.
    pub fn version(&self) -> &semver::Version {
        &self.version
    }

    /// Title per language.
    pub fn title(&self) -> &Texts {
        &self.title
    }

    /// Description per language (Markdown), possibly empty.
    pub fn description(&self) -> &Texts {
        &self.description
    }

    /// Language codes, authoritative (`nl`) first; `en` is required too.
    pub fn languages(&self) -> &[String] {
        &self.languages
    }

    /// Licence of the content, as an SPDX identifier.
    pub fn licence(&self) -> &str {
        &self.licence
    }

    /// Who publishes the taxonomy.
    pub fn publisher(&self) -> &str {
        &self.publisher
    }

    /// The kinds of relation concepts may have with each other.
    pub fn relation_kinds(&self) -> &[RelationKind] {
        &self.relation_kinds
    }

    /// Every source cited, shared and facet-local, in the order written.
    pub fn sources(&self) -> &[Source] {
        &self.sources
    }

    /// Facets in display order, including the begrippen part ([`FacetKind::Terms`]).
    pub fn facets(&self) -> &[Facet] {
        &self.facets
    }

    /// The facets research records tag, in display order (every facet but the begrippen part).
    ///
    /// ```
    /// let t = jos_taxonomy::Taxonomy::builtin();
    /// assert!(t.tag_facets().all(|f| f.is_taggable()));
    /// ```
    pub fn tag_facets(&self) -> impl Iterator<Item = &Facet> {
        self.facets.iter().filter(|f| f.is_taggable())
    }

    /// The definition of the subject, when the taxonomy has one.
    pub fn definition(&self) -> Option<&Definition> {
        self.definition.as_ref()
    }

    /// Version history, newest first.
    pub fn history(&self) -> &[HistoryEntry] {
        &self.history
    }

    /// Combinations of codes that a research record may not have.
    pub fn rules(&self) -> &[Rule] {
        &self.rules
    }

    /// Where the taxonomy metadata was written.
    pub fn location(&self) -> &Location {
        &self.location
    }

    /// The facet with this id.
    ///
    /// ```
    /// let t = jos_taxonomy::Taxonomy::builtin();
    /// assert!(t.facet("role").is_some());
    /// assert!(t.facet("no-such-facet").is_none());
    /// ```
    pub fn facet(&self, id: &str) -> Option<&Facet> {
        self.facets.iter().find(|f| f.id == id)
    }

    /// The concept with this id, in any facet.
    ///
    /// ```
    /// let t = jos_taxonomy::Taxonomy::builtin();
    /// let c = t.concept("universal-prevention").unwrap();
    /// assert_eq!(c.facet, "intensity");
    /// ```
    pub fn concept(&self, id: &str) -> Option<&Concept> {
        self.index
            .get(id)
            .map(|&(f, c)| &self.facets[f].concepts[c])
    }

    /// Every concept, facet by facet in display order.
    pub fn concepts(&self) -> impl Iterator<Item = &Concept> {
        self.facets.iter().flat_map(|f| f.concepts.iter())
    }

    /// A deprecation's replacements grouped by the facet they belong to, in the order written
    /// (replacements that name no concept are left out). One replacement in a facet is always
    /// written by migration; several mean a split unless [`Deprecation::together`].
    ///
    /// ```
    /// let t = jos_taxonomy::Taxonomy::builtin();
    /// let d = t.concept("specialist-youth-care").unwrap().deprecated.as_ref().unwrap();
    /// assert_eq!(
    ///     t.replacements_by_facet(d),
    ///     [("intensity", vec!["help-for-established-problem"]),
    ///      ("expertise-level", vec!["specialised-youth-care"])]
    /// );
    /// ```
    pub fn replacements_by_facet<'a>(&'a self, d: &'a Deprecation) -> Vec<(&'a str, Vec<&'a str>)> {
        let mut groups: Vec<(&str, Vec<&str>)> = Vec::new();
        for r in &d.replaced_by {
            let Some(target) = self.concept(&r.value) else {
                continue;
            };
            match groups.iter_mut().find(|(f, _)| *f == target.facet) {
                Some((_, list)) => list.push(&r.value),
                None => groups.push((&target.facet, vec![&r.value])),
            }
        }
        groups
    }

    /// The source with this id.
    pub fn source(&self, id: &str) -> Option<&Source> {
        self.sources.iter().find(|s| s.id == id)
    }

    /// The relation kind with this id.
    pub fn relation_kind(&self, id: &str) -> Option<&RelationKind> {
        self.relation_kinds.iter().find(|k| k.id == id)
    }

    /// Whether `version` was read from valid semver.
    pub(crate) fn version_ok(&self) -> bool {
        semver::Version::parse(&self.version_text.value).is_ok()
    }

    pub(crate) fn rebuild_index(&mut self) {
        self.index.clear();
        for (fi, facet) in self.facets.iter().enumerate() {
            for (ci, concept) in facet.concepts.iter().enumerate() {
                self.index.entry(concept.id.clone()).or_insert((fi, ci));
            }
        }
    }
}
