//! Agreement between coders who tagged the same records: the taxonomy-aware side of
//! [`jos_agreement`].
//!
//! Each coder tags the same practices in a file of their own. [`Comparison`] joins the files on
//! record id and, per facet of the taxonomy, builds the reliability data matrix
//! ([`FacetRatings`]) the statistics need; [`Comparison::report`] computes them and lists where
//! the coders differ; [`Report::to_markdown`] and [`Report::to_json`] render the result.
//!
//! ```
//! use jos_agreement::Bootstrap;
//! use jos_records::{self as records, agree::Comparison, Format};
//! use jos_taxonomy::{Lang, Taxonomy};
//!
//! let read = |name, yaml| records::parse_str(name, yaml, Format::Yaml).unwrap();
//! let ann = read("ann.yaml", "- {id: p1, tags: {intensity: [ambulant-youth-care]}}\n\
//!                             - {id: p2, tags: {intensity: [universal-prevention]}}\n");
//! let bob = read("bob.yaml", "- {id: p1, tags: {intensity: [specialist-youth-care]}}\n\
//!                             - {id: p2, tags: {intensity: [universal-prevention]}}\n");
//! let taxonomy = Taxonomy::builtin();
//! let mut comparison = Comparison::new(taxonomy);
//! comparison.add_coder("ann", &ann)?;
//! comparison.add_coder("bob", &bob)?;
//! let report = comparison.report(Bootstrap { resamples: 0, ..Bootstrap::default() });
//!
//! let intensity = &report.facets[0].statistics;
//! assert_eq!(intensity.records, 2);
//! assert_eq!(intensity.percent_agreement.as_ref().unwrap().value, 0.5);
//! let confusion = &report.confusions[0];
//! assert_eq!((confusion.first.as_str(), confusion.second.as_deref()),
//!            ("ambulant-youth-care", Some("specialist-youth-care")));
//! assert!(report.to_markdown(taxonomy, Lang::En)
//!     .contains("[Ambulant youth care in or from the school](intensity.md#ambulant-youth-care)"));
//! # Ok::<(), Box<dyn std::error::Error>>(())
//! ```
//!
//! # The data
//!
//! - **Coders and records.** One file per coder; [`coder_names`] names the coder after the
//!   records' `coder` field when every record of the file carries the same one, otherwise after
//!   the file name. Records are joined on their id; a record id that only one coder has
//!   contributes nothing that can be compared. A record without an id is left out, and of two
//!   records with the same id in one coder's file the first is used; both are listed in
//!   [`Report::notices`].
//! - **Missing values.** A cell of the matrix is missing when the coder has no record with that
//!   id, when the record does not tag the facet, or when it tags it as unknown (`?` or an empty
//!   list). Missing is not a disagreement: it is left out of every statistic.
//! - **Values.** A single-valued facet gives one code per cell (compared as nominal data); an
//!   ordered single-valued facet, such as `intensity`, gives the concept's position on the scale
//!   (ordinal data); a multi-valued facet gives the set of codes (compared with MASI).
//!   Records with findings are compared as written: an unknown code is a category of its own,
//!   and several codes in a single-valued facet form one category, `a; b`. When a cell of an
//!   ordered facet holds a code without a place on the scale, that facet is compared as nominal
//!   data and a notice says so.
//!
//! # The statistics
//!
//! Per facet, [`FacetRatings::statistics`] computes, over the records coded by at least two
//! coders (*pairable* records) and the coders with at least one value among them:
//!
//! | statistic | when | data |
//! |---|---|---|
//! | percent agreement | always | the share of coder pairs that chose exactly the same value |
//! | Cohen's kappa | exactly two coders | exact values: two sets agree only when identical |
//! | Fleiss' kappa | three or more coders; defined only when every pairable record has a value from every coder | exact values, as Cohen's |
//! | Krippendorff's alpha | always | nominal, ordinal (scale positions) or MASI (sets), see [`Level`] |
//! | 95 % interval for alpha | when resamples > 0 | percentile bootstrap over records, seeded |
//!
//! The formulas, and the reasons a statistic is undefined, are in [`jos_agreement`]. A
//! statistic is a number or an [`AgreementError`] whose text starts with `undefined because`;
//! never NaN. Kappa and percent agreement give a multi-valued facet no partial credit; alpha
//! with MASI does, which is why it is the coefficient to report for such facets.
//!
//! # Disagreements and confusions
//!
//! [`Report::disagreements`] lists every record and facet where the values of the coders who
//! tagged it differ, with every coder's choice. [`Report::confusions`] counts, across records,
//! the pairs of codes that different coders chose for the same record and facet, most frequent
//! first. For two coders with code sets `A` and `B` (one code each in a single-valued facet):
//!
//! - every code only in `A` is paired with every code only in `B` (`x` vs `y`: one coder chose
//!   `x` where the other chose `y`);
//! - when only one side has codes of its own (`A` holds `B` and more), each of those codes is
//!   paired with *nothing* (one coder chose `x`, the other left it out);
//! - codes both chose are not counted.
//!
//! A pair counts once per record and facet, however many coder pairs chose it, so "7 times"
//! means "in 7 records". The two codes of a pair are in the taxonomy's order (scale order for
//! ordered facets); codes the taxonomy does not know come last.
//!
//! # Output
//!
//! [`Report::to_markdown`] writes a reliability table, the confusion list with links into the
//! reference documents written by `jos docs` (`FACET.md#ID`: the pages live in one directory
//! and every concept's anchor is its id), and a table of the disagreements per record.
//!
//! [`Report::to_json`] writes one JSON object. Its structure is stable: fields may be added,
//! none will be renamed or removed without a new `format`.
//!
//! ```text
//! {
//!   "format": "jos-agreement/1",
//!   "taxonomy_version": "1.0.0",
//!   "coders": ["ann", "bob"],
//!   "records": 7,                      // distinct record ids
//!   "shared_records": 6,               // ids that at least two coders have
//!   "bootstrap": {"resamples": 1000, "seed": 2011, "level": 0.95},   // null with 0 resamples
//!   "facets": [{
//!     "facet": "intensity", "label": "Intensity",
//!     "level": "ordinal",              // "nominal" | "ordinal" | "masi"
//!     "records": 5, "coders": 2, "values": 10,
//!     "percent_agreement": {"value": 0.6},
//!     "cohen_kappa": {"value": 0.47},  // null when not exactly two coders
//!     "fleiss_kappa": null,            // null when fewer than three coders
//!     "alpha": {"value": 0.85},
//!     "alpha_interval": {"lower": 0.5, "upper": 1.0, "undefined_resamples": 0}  // null with 0 resamples
//!   }],                                // a statistic that is undefined: {"undefined": "undefined because ..."}
//!   "untagged_facets": ["setting"],    // facets no coder gave a code
//!   "confusions": [{
//!     "facet": "intensity", "count": 1,
//!     "first":  {"id": "ambulant-youth-care", "label": "...", "link": "intensity.md#ambulant-youth-care"},
//!     "second": {"id": "specialist-youth-care", "label": "...", "link": "..."},  // null: "nothing"
//!     "records": ["p1"]
//!   }],                                // label and link are null for a code the taxonomy lacks
//!   "disagreements": [{
//!     "record": "p1", "facet": "intensity",
//!     "choices": [{"coder": "ann", "codes": ["ambulant-youth-care"], "missing": null},
//!                 {"coder": "cas", "codes": null, "missing": "unknown"}]  // "no-record" | "not-tagged" | "unknown"
//!   }],
//!   "notices": ["..."]
//! }
//! ```
//!
//! Everything is sorted (facets in taxonomy order, records by id, confusions by count, then
//! facet and codes), so the same input gives the same bytes, and with the same seed the same
//! intervals.

use std::borrow::{Borrow, Cow};
use std::collections::{BTreeMap, BTreeSet, HashMap};
use std::fmt::Write as _;
use std::hash::Hash;
use std::path::Path;

use super::{Record, UNKNOWN};
use jos_agreement::interned::{MasiOfSets, number_codes};
use jos_agreement::{
    Agreement, AgreementError, Alpha, AlphaInterval, Bootstrap, Kappa, Metric, Nominal, Ordinal,
    Ratings, bootstrap_alpha, cohen_kappa, fleiss_kappa, krippendorff_alpha, percent_agreement,
};
use jos_taxonomy::lang::Lang;
use jos_taxonomy::model::{Cardinality, Facet, Taxonomy};
use jos_taxonomy::text::md_escape;
use rustc_hash::FxBuildHasher as FxBuild;

/// The version tag of the JSON output.
pub const JSON_FORMAT: &str = "jos-agreement/1";

/// Names one coder per file: the records' `coder` field when every record of the file carries
/// the same one, otherwise the file name without extension. When two files would get the same
/// name, both get their path added (`ann (round-2/ann.yaml)`).
///
/// ```
/// use std::path::Path;
/// use jos_records::{self as records, agree::coder_names, Format};
///
/// let tagged = records::parse_str("a.yaml", "- {id: p1, coder: ann}\n", Format::Yaml).unwrap();
/// let untagged = records::parse_str("b.yaml", "- {id: p1}\n", Format::Yaml).unwrap();
/// let names = coder_names([
///     (Path::new("data/first.yaml"), &tagged[..]),
///     (Path::new("data/bob.yaml"), &untagged[..]),
/// ]);
/// assert_eq!(names, ["ann", "bob"]);
/// ```
pub fn coder_names<'a>(files: impl IntoIterator<Item = (&'a Path, &'a [Record])>) -> Vec<String> {
    let files: Vec<(&Path, &[Record])> = files.into_iter().collect();
    let names: Vec<String> = files
        .iter()
        .map(|(path, records)| coder_name(path, records))
        .collect();
    names
        .iter()
        .zip(&files)
        .map(|(name, (path, _))| {
            if names.iter().filter(|n| *n == name).count() > 1 {
                format!("{name} ({})", path.display())
            } else {
                name.clone()
            }
        })
        .collect()
}

fn coder_name(path: &Path, records: &[Record]) -> String {
    let field = |r: &Record| r.coder.as_ref().map(|f| f.value.trim().to_owned());
    if let Some(Some(first)) = records.first().map(field)
        && !first.is_empty()
        && records
            .iter()
            .all(|r| field(r).as_deref() == Some(first.as_str()))
    {
        return first;
    }
    path.file_stem().map_or_else(
        || path.display().to_string(),
        |s| s.to_string_lossy().into_owned(),
    )
}

/// Why records could not be added to a [`Comparison`].
#[derive(Clone, Debug, PartialEq, Eq, thiserror::Error)]
#[non_exhaustive]
pub enum AgreeError {
    /// Two files were given the same coder name.
    #[error(
        "coder `{coder}` is given twice; give each coder's records in one file \
         (is the same file named twice?)"
    )]
    DuplicateCoder {
        /// The coder name.
        coder: String,
    },
}

/// What one coder chose for one record and facet.
#[derive(Clone, Debug, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum Choice {
    /// The coder has no record with this id.
    NoRecord,
    /// The coder's record does not tag the facet.
    NotTagged,
    /// The coder tagged the facet as unknown (`?` or an empty list).
    Unknown,
    /// The codes, as written, sorted and without duplicates; never empty.
    Codes(Vec<String>),
}

impl Choice {
    /// The codes, when the coder chose any.
    ///
    /// ```
    /// use jos_records::agree::Choice;
    /// assert_eq!(Choice::Codes(vec!["mbo".into()]).codes(), Some(&["mbo".to_owned()][..]));
    /// assert_eq!(Choice::Unknown.codes(), None);
    /// ```
    pub fn codes(&self) -> Option<&[String]> {
        match self {
            Choice::Codes(codes) => Some(codes),
            _ => None,
        }
    }

    /// Why the value is missing, in the JSON spelling (`no-record`, `not-tagged`, `unknown`),
    /// or `None` when there are codes.
    ///
    /// ```
    /// use jos_records::agree::Choice;
    /// assert_eq!(Choice::NotTagged.missing(), Some("not-tagged"));
    /// ```
    pub fn missing(&self) -> Option<&'static str> {
        match self {
            Choice::NoRecord => Some("no-record"),
            Choice::NotTagged => Some("not-tagged"),
            Choice::Unknown => Some("unknown"),
            Choice::Codes(_) => None,
        }
    }
}

/// The records of several coders, joined on record id, ready to be compared facet by facet.
///
/// See the [module docs](self) for an example and for how records become values.
#[derive(Clone, Debug)]
pub struct Comparison<'t> {
    taxonomy: &'t Taxonomy,
    coders: Vec<String>,
    /// Per coder: record id -> choice per facet, in the taxonomy's facet order.
    tags: Vec<BTreeMap<String, Vec<Choice>>>,
    notices: Vec<String>,
}

impl<'t> Comparison<'t> {
    /// An empty comparison against `taxonomy`.
    ///
    /// ```
    /// use jos_records::agree::Comparison;
    /// use jos_taxonomy::Taxonomy;
    /// assert!(Comparison::new(Taxonomy::builtin()).coders().is_empty());
    /// ```
    pub fn new(taxonomy: &'t Taxonomy) -> Self {
        Comparison {
            taxonomy,
            coders: Vec::new(),
            tags: Vec::new(),
            notices: Vec::new(),
        }
    }

    /// Adds one coder's records. Only the codes per facet are kept, so the records may be
    /// dropped afterwards.
    ///
    /// ```
    /// use jos_records::{self as records, agree::{AgreeError, Comparison}, Format};
    /// use jos_taxonomy::Taxonomy;
    ///
    /// let records = records::parse_str("a.yaml", "- {id: p1}\n", Format::Yaml).unwrap();
    /// let mut comparison = Comparison::new(Taxonomy::builtin());
    /// comparison.add_coder("ann", &records)?;
    /// let again = comparison.add_coder("ann", &records);
    /// assert_eq!(again, Err(AgreeError::DuplicateCoder { coder: "ann".into() }));
    /// # Ok::<(), AgreeError>(())
    /// ```
    pub fn add_coder<R: Borrow<Record>>(
        &mut self,
        coder: impl Into<String>,
        records: impl IntoIterator<Item = R>,
    ) -> Result<(), AgreeError> {
        let coder = coder.into();
        if self.coders.contains(&coder) {
            return Err(AgreeError::DuplicateCoder { coder });
        }
        let mut tags = BTreeMap::new();
        let mut duplicates = BTreeSet::new();
        for record in records {
            let record = record.borrow();
            let id = record.id();
            if id.is_empty() {
                self.notices.push(format!(
                    "coder `{coder}`: the record at {} has no id and is left out",
                    record.location
                ));
                continue;
            }
            if tags.contains_key(id) {
                duplicates.insert(id.to_owned());
                continue;
            }
            let choices = self
                .taxonomy
                .facets
                .iter()
                .map(|f| choice(record, &f.id))
                .collect();
            tags.insert(id.to_owned(), choices);
        }
        for id in duplicates {
            self.notices.push(format!(
                "coder `{coder}`: record `{id}` appears more than once; the first is used"
            ));
        }
        self.coders.push(coder);
        self.tags.push(tags);
        Ok(())
    }

    /// The coders, in the order they were added.
    ///
    /// ```
    /// use jos_records::agree::Comparison;
    /// use jos_taxonomy::Taxonomy;
    /// let mut comparison = Comparison::new(Taxonomy::builtin());
    /// comparison.add_coder("ann", &[] as &[jos_records::Record])?;
    /// assert_eq!(comparison.coders(), ["ann"]);
    /// # Ok::<(), jos_records::agree::AgreeError>(())
    /// ```
    pub fn coders(&self) -> &[String] {
        &self.coders
    }

    /// Every record id that any coder has, sorted: the units of the matrices.
    ///
    /// ```
    /// use jos_records::{self as records, agree::Comparison, Format};
    /// let a = records::parse_str("a.yaml", "- {id: p2}\n- {id: p1}\n", Format::Yaml).unwrap();
    /// let b = records::parse_str("b.yaml", "- {id: p3}\n", Format::Yaml).unwrap();
    /// let mut comparison = Comparison::new(jos_taxonomy::Taxonomy::builtin());
    /// comparison.add_coder("ann", &a)?;
    /// comparison.add_coder("bob", &b)?;
    /// assert_eq!(comparison.record_ids(), ["p1", "p2", "p3"]);
    /// # Ok::<(), jos_records::agree::AgreeError>(())
    /// ```
    pub fn record_ids(&self) -> Vec<&str> {
        let ids: BTreeSet<&str> = self
            .tags
            .iter()
            .flat_map(|t| t.keys().map(String::as_str))
            .collect();
        ids.into_iter().collect()
    }

    /// What coder number `coder` chose for record `id` in facet number `facet`.
    fn choice(&self, coder: usize, id: &str, facet: usize) -> &Choice {
        self.tags[coder]
            .get(id)
            .map_or(&Choice::NoRecord, |choices| &choices[facet])
    }

    /// The reliability data matrix of one facet: every record id (sorted) × every coder (in
    /// the order added). `None` when the taxonomy has no such facet.
    ///
    /// ```
    /// use jos_records::{self as records, agree::{Comparison, FacetRatings}, Format};
    /// let a = records::parse_str("a.yaml", "- {id: p1, tags: {intensity: [ambulant-youth-care]}}\n", Format::Yaml).unwrap();
    /// let b = records::parse_str("b.yaml", "- {id: p1, tags: {intensity: ['?']}}\n", Format::Yaml).unwrap();
    /// let mut comparison = Comparison::new(jos_taxonomy::Taxonomy::builtin());
    /// comparison.add_coder("ann", &a)?;
    /// comparison.add_coder("bob", &b)?;
    /// let Some(FacetRatings::Ordinal(ratings)) = comparison.ratings("intensity") else { panic!() };
    /// assert_eq!(ratings.get(0, 0), Some(&5)); // ambulant youth care is step 5 of the scale
    /// assert_eq!(ratings.get(0, 1), None);     // unknown is missing
    /// # Ok::<(), jos_records::agree::AgreeError>(())
    /// ```
    pub fn ratings(&self, facet: &str) -> Option<FacetRatings> {
        let index = self.taxonomy.facets.iter().position(|f| f.id == facet)?;
        Some(self.facet_ratings(index, &self.record_ids()).0)
    }

    /// The matrix of facet number `index`, and a notice when an ordered facet had to be
    /// compared as nominal data.
    fn facet_ratings(&self, index: usize, units: &[&str]) -> (FacetRatings, Option<String>) {
        let facet = &self.taxonomy.facets[index];
        // Several codes in a single-valued facet (a finding) form one category.
        let nominal = || {
            matrix_with(&self.coders, units, |c, u| {
                self.choice(c, u, index)
                    .codes()
                    .map(|codes| codes.join("; "))
            })
        };
        match facet.cardinality {
            Cardinality::Multiple => {
                let sets = matrix_with(&self.coders, units, |c, u| {
                    self.choice(c, u, index)
                        .codes()
                        .map(|codes| codes.iter().cloned().collect::<BTreeSet<String>>())
                });
                (FacetRatings::Sets(sets), None)
            }
            Cardinality::Single if facet.ordered => {
                let mut off_scale = None;
                let positions = matrix_with(&self.coders, units, |c, u| {
                    let codes = self.choice(c, u, index).codes()?;
                    let position = match codes {
                        [code] => self.position(facet, code),
                        _ => None,
                    };
                    if position.is_none() && off_scale.is_none() {
                        off_scale = Some(codes.join("; "));
                    }
                    position
                });
                match off_scale {
                    None => (FacetRatings::Ordinal(positions), None),
                    Some(value) => (
                        FacetRatings::Nominal(nominal()),
                        Some(format!(
                            "facet `{}`: `{value}` has no place on the scale (an unknown code, or \
                             several codes), so the facet is compared as nominal data, not ordinal",
                            facet.id
                        )),
                    ),
                }
            }
            Cardinality::Single => (FacetRatings::Nominal(nominal()), None),
        }
    }

    /// The scale position of `code` when it is a concept of the ordered `facet`.
    fn position(&self, facet: &Facet, code: &str) -> Option<u32> {
        self.taxonomy
            .concept(code)
            .filter(|c| c.facet == facet.id)
            .and_then(|c| c.position.as_ref())
            .map(|p| p.value)
    }

    /// Computes the statistics of every facet any coder gave a code, and lists the
    /// disagreements and confusions. `bootstrap.resamples == 0` skips the intervals.
    ///
    /// ```
    /// use jos_agreement::Bootstrap;
    /// use jos_records::{self as records, agree::Comparison, Format};
    ///
    /// let a = records::parse_str("a.yaml", "- {id: p1, tags: {education: [vo]}}\n- {id: p2, tags: {education: [po]}}\n", Format::Yaml).unwrap();
    /// let b = records::parse_str("b.yaml", "- {id: p1, tags: {education: [vo, mbo]}}\n- {id: p2, tags: {education: [po]}}\n", Format::Yaml).unwrap();
    /// let mut comparison = Comparison::new(jos_taxonomy::Taxonomy::builtin());
    /// comparison.add_coder("ann", &a)?;
    /// comparison.add_coder("bob", &b)?;
    /// let report = comparison.report(Bootstrap::default());
    /// assert_eq!(report.facets.len(), 1); // only education was tagged
    /// assert_eq!(report.confusions[0].second, None); // bob added mbo: "mbo vs nothing"
    /// assert_eq!(report.disagreements[0].record, "p1");
    /// # Ok::<(), jos_records::agree::AgreeError>(())
    /// ```
    pub fn report(&self, bootstrap: Bootstrap) -> Report {
        let units = self.record_ids();
        let shared_records = units
            .iter()
            .filter(|u| {
                self.tags
                    .iter()
                    .filter(|t| t.contains_key(**u))
                    .nth(1)
                    .is_some()
            })
            .count();
        let mut report = Report {
            taxonomy_version: self.taxonomy.version.to_string(),
            coders: self.coders.clone(),
            records: units.len(),
            shared_records,
            bootstrap,
            facets: Vec::new(),
            untagged_facets: Vec::new(),
            confusions: Vec::new(),
            disagreements: Vec::new(),
            notices: self.notices.clone(),
        };
        let mut confusions: BTreeMap<(usize, Code, Option<Code>), Vec<String>> = BTreeMap::new();
        let mut disagreements = Vec::new();
        for (index, facet) in self.taxonomy.facets.iter().enumerate() {
            let tagged = (0..self.coders.len())
                .any(|c| self.tags[c].values().any(|v| v[index].codes().is_some()));
            if !tagged {
                report.untagged_facets.push(facet.id.clone());
                continue;
            }
            let (ratings, notice) = self.facet_ratings(index, &units);
            report.notices.extend(notice);
            report.facets.push(FacetReport {
                facet: facet.id.clone(),
                statistics: ratings.statistics(bootstrap),
            });
            let ranks: HashMap<&str, usize> = facet
                .in_order()
                .iter()
                .enumerate()
                .map(|(i, c)| (c.id.as_str(), i))
                .collect();
            let code = |id: &str| Code {
                rank: ranks.get(id).copied().unwrap_or(usize::MAX),
                id: id.to_owned(),
            };
            for (u, unit) in units.iter().enumerate() {
                let choices: Vec<&Choice> = (0..self.coders.len())
                    .map(|c| self.choice(c, unit, index))
                    .collect();
                let chosen: Vec<&[String]> = choices.iter().filter_map(|c| c.codes()).collect();
                if chosen.len() < 2 || chosen.iter().all(|c| *c == chosen[0]) {
                    continue;
                }
                disagreements.push((
                    u,
                    index,
                    Disagreement {
                        record: (*unit).to_owned(),
                        facet: facet.id.clone(),
                        choices: choices.into_iter().cloned().collect(),
                    },
                ));
                for pair in confused_pairs(&chosen, &code) {
                    confusions
                        .entry((index, pair.0, pair.1))
                        .or_default()
                        .push((*unit).to_owned());
                }
            }
        }
        disagreements.sort_by_key(|(u, f, _)| (*u, *f));
        report.disagreements = disagreements.into_iter().map(|(_, _, d)| d).collect();
        let mut confusions: Vec<_> = confusions.into_iter().collect();
        // Most frequent first; the map's order (facet, then codes in taxonomy order) breaks ties.
        confusions.sort_by_key(|(_, records)| std::cmp::Reverse(records.len()));
        report.confusions = confusions
            .into_iter()
            .map(|((index, first, second), records)| Confusion {
                facet: self.taxonomy.facets[index].id.clone(),
                first: first.id,
                second: second.map(|c| c.id),
                records,
            })
            .collect();
        report
    }
}

/// A code with its place in its facet's display order (unknown codes last), so that pairs and
/// confusions sort in the taxonomy's order.
#[derive(Clone, Debug, PartialEq, Eq, PartialOrd, Ord)]
struct Code {
    rank: usize,
    id: String,
}

/// The unordered pairs of codes the coders in `chosen` set against each other: see the module
/// docs. Each pair once, the first code before the second in the taxonomy's order.
fn confused_pairs(
    chosen: &[&[String]],
    code: &impl Fn(&str) -> Code,
) -> BTreeSet<(Code, Option<Code>)> {
    let mut pairs = BTreeSet::new();
    for (i, a) in chosen.iter().enumerate() {
        for b in &chosen[i + 1..] {
            let only_a: Vec<&String> = a.iter().filter(|x| !b.contains(x)).collect();
            let only_b: Vec<&String> = b.iter().filter(|y| !a.contains(y)).collect();
            if only_a.is_empty() || only_b.is_empty() {
                for x in only_a.into_iter().chain(only_b) {
                    pairs.insert((code(x), None));
                }
                continue;
            }
            for x in &only_a {
                for y in &only_b {
                    let (x, y) = (code(x), code(y));
                    if x < y {
                        pairs.insert((x, Some(y)));
                    } else {
                        pairs.insert((y, Some(x)));
                    }
                }
            }
        }
    }
    pairs
}

/// What one record tags in one facet.
fn choice(record: &Record, facet: &str) -> Choice {
    if !record.has_facet(facet) {
        return Choice::NotTagged;
    }
    let mut codes: Vec<String> = record
        .codes(facet)
        .filter(|c| !c.trim().is_empty() && *c != UNKNOWN)
        .map(str::to_owned)
        .collect();
    codes.sort_unstable();
    codes.dedup();
    if codes.is_empty() {
        Choice::Unknown
    } else {
        Choice::Codes(codes)
    }
}

/// A matrix of `units` × `coders`, cell `(coder, unit)` given by `cell`.
fn matrix_with<T>(
    coders: &[String],
    units: &[&str],
    mut cell: impl FnMut(usize, &str) -> Option<T>,
) -> Ratings<T> {
    let rows = units.iter().map(|u| {
        let row: Vec<Option<T>> = (0..coders.len()).map(|c| cell(c, u)).collect();
        (*u, row)
    });
    Ratings::from_unit_rows(coders.iter().cloned(), rows)
        .expect("coders and record ids are unique, and every row has one cell per coder")
}

/// The reliability data matrix of one facet, in the form its level of measurement needs.
#[derive(Clone, Debug, PartialEq)]
#[non_exhaustive]
pub enum FacetRatings {
    /// A single-valued facet: the code (several codes, a finding, are joined as `a; b`).
    Nominal(Ratings<String>),
    /// An ordered single-valued facet: the concept's position on the scale.
    Ordinal(Ratings<u32>),
    /// A multi-valued facet: the set of codes.
    Sets(Ratings<BTreeSet<String>>),
}

/// The level of measurement of a facet's values: which difference function Krippendorff's
/// alpha uses.
#[derive(Copy, Clone, Debug, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum Level {
    /// Codes are the same or not.
    Nominal,
    /// Scale positions: the distance grows with the values ranked between two positions.
    Ordinal,
    /// Sets of codes, compared with the MASI distance (partial overlap counts).
    Masi,
}

impl Level {
    /// The name used in reports: `nominal`, `ordinal`, `masi`.
    ///
    /// ```
    /// assert_eq!(jos_records::agree::Level::Masi.name(), "masi");
    /// ```
    pub fn name(self) -> &'static str {
        match self {
            Level::Nominal => "nominal",
            Level::Ordinal => "ordinal",
            Level::Masi => "masi",
        }
    }
}

impl FacetRatings {
    /// The level of measurement alpha uses for these values.
    ///
    /// ```
    /// use jos_agreement::Ratings;
    /// use jos_records::agree::{FacetRatings, Level};
    /// let r = Ratings::from_unit_rows(["a", "b"], [("p1", [Some(1u32), Some(2)])])?;
    /// assert_eq!(FacetRatings::Ordinal(r).level(), Level::Ordinal);
    /// # Ok::<(), jos_agreement::RatingsError>(())
    /// ```
    pub fn level(&self) -> Level {
        match self {
            FacetRatings::Nominal(_) => Level::Nominal,
            FacetRatings::Ordinal(_) => Level::Ordinal,
            FacetRatings::Sets(_) => Level::Masi,
        }
    }

    /// Percent agreement, Cohen's kappa (two coders), Fleiss' kappa (three or more), and
    /// Krippendorff's alpha at [`level`](Self::level) with, when `bootstrap.resamples > 0`, a
    /// bootstrap interval. Computed over the pairable records and the coders with a value among
    /// them (see the [module docs](self)).
    ///
    /// ```
    /// use jos_agreement::{Bootstrap, Ratings};
    /// use jos_records::agree::FacetRatings;
    ///
    /// let r = Ratings::from_unit_rows(
    ///     ["ann", "bob", "idle"],
    ///     [("p1", [Some("smw".to_owned()), Some("smw".to_owned()), None]),
    ///      ("p2", [Some("jgz".to_owned()), Some("jgz".to_owned()), None]),
    ///      ("p3", [Some("ib".to_owned()), None, None])],
    /// )?;
    /// let stats = FacetRatings::Nominal(r).statistics(Bootstrap { resamples: 0, ..Bootstrap::default() });
    /// assert_eq!((stats.records, stats.coders), (2, 2)); // p3 and `idle` contribute nothing
    /// assert_eq!(stats.alpha.unwrap().value, 1.0);
    /// assert!(stats.fleiss_kappa.is_none() && stats.alpha_interval.is_none());
    /// # Ok::<(), jos_agreement::RatingsError>(())
    /// ```
    pub fn statistics(&self, bootstrap: Bootstrap) -> FacetStatistics {
        let level = self.level();
        match self {
            FacetRatings::Nominal(r) => {
                let (ids, _) = interned(r);
                compute(&ids, Nominal, level, bootstrap)
            }
            FacetRatings::Ordinal(r) => compute(&restricted(r), Ordinal, level, bootstrap),
            FacetRatings::Sets(r) => {
                let (ids, distinct) = interned(r);
                let sets = number_codes(&distinct);
                compute(&ids, MasiOfSets(&sets), level, bootstrap)
            }
        }
    }
}

/// The records with at least two values and the coders with a value among them: the part of a
/// matrix the statistics rest on.
fn pairable_part<T>(ratings: &Ratings<T>) -> (Vec<usize>, Vec<usize>) {
    let rows: Vec<usize> = (0..ratings.units().len())
        .filter(|&u| ratings.row(u).iter().flatten().nth(1).is_some())
        .collect();
    let coders = (0..ratings.coders().len())
        .filter(|&c| rows.iter().any(|&u| ratings.row(u)[c].is_some()))
        .collect();
    (rows, coders)
}

/// A matrix of the `rows` and `coders` of `ratings`, with `cells` in that order.
fn part_of<T, V>(
    ratings: &Ratings<T>,
    rows: &[usize],
    coders: &[usize],
    cells: Vec<Option<V>>,
) -> Ratings<V> {
    // The ids come from a matrix, so they are unique, and there is one cell per unit and coder.
    Ratings::from_parts(
        rows.iter().map(|&u| ratings.units()[u].clone()).collect(),
        coders
            .iter()
            .map(|&c| ratings.coders()[c].clone())
            .collect(),
        cells,
    )
}

/// The pairable part of `ratings`: the matrix itself when every record and coder belongs to it.
fn restricted<T: Clone>(ratings: &Ratings<T>) -> Cow<'_, Ratings<T>> {
    let (rows, coders) = pairable_part(ratings);
    if rows.len() == ratings.units().len() && coders.len() == ratings.coders().len() {
        return Cow::Borrowed(ratings);
    }
    let mut cells = Vec::with_capacity(rows.len() * coders.len());
    for &u in &rows {
        let row = ratings.row(u);
        cells.extend(coders.iter().map(|&c| row[c].clone()));
    }
    Cow::Owned(part_of(ratings, &rows, &coders, cells))
}

/// The pairable part of `ratings` with every value replaced by its rank among the distinct
/// values, and the distinct values in that order.
///
/// Every statistic then compares small integers instead of strings or sets; and since the ranks
/// follow the values' own order, alpha sums in the same order as on the values themselves and
/// gives the same number, bit for bit.
fn interned<T: Ord + Hash>(ratings: &Ratings<T>) -> (Ratings<u32>, Vec<&T>) {
    let (rows, coders) = pairable_part(ratings);
    let mut index: HashMap<&T, u32, FxBuild> = HashMap::default();
    let mut distinct: Vec<&T> = Vec::new();
    let mut cells: Vec<Option<u32>> = Vec::with_capacity(rows.len() * coders.len());
    // Coders mostly agree, so a value often repeats the one before: compare before hashing.
    let mut previous: Option<(&T, u32)> = None;
    for &u in &rows {
        let row = ratings.row(u);
        for &c in &coders {
            let Some(value) = row[c].as_ref() else {
                cells.push(None);
                continue;
            };
            let id = match previous {
                Some((p, id)) if p == value => id,
                _ => {
                    let id = *index.entry(value).or_insert_with(|| {
                        distinct.push(value);
                        (distinct.len() - 1) as u32
                    });
                    previous = Some((value, id));
                    id
                }
            };
            cells.push(Some(id));
        }
    }
    let mut order: Vec<usize> = (0..distinct.len()).collect();
    order.sort_by(|&a, &b| distinct[a].cmp(distinct[b]));
    let mut rank = vec![0u32; distinct.len()];
    for (r, &i) in order.iter().enumerate() {
        rank[i] = r as u32;
    }
    for id in cells.iter_mut().flatten() {
        *id = rank[*id as usize];
    }
    let ratings = part_of(ratings, &rows, &coders, cells);
    (ratings, order.into_iter().map(|i| distinct[i]).collect())
}

fn compute<M: Metric<u32> + Copy>(
    ratings: &Ratings<u32>,
    metric: M,
    level: Level,
    bootstrap: Bootstrap,
) -> FacetStatistics {
    let records = ratings.units().len();
    let coders = ratings.coders().len();
    let mut stats = FacetStatistics {
        level,
        records,
        coders,
        values: ratings.value_count(),
        percent_agreement: Err(AgreementError::TooFewUnits { found: records }),
        cohen_kappa: None,
        fleiss_kappa: None,
        alpha: Err(AgreementError::TooFewUnits { found: records }),
        alpha_interval: None,
    };
    if records < 2 {
        // Every statistic says the same; say it before "too few coders" or "coder coded nothing".
        let undefined = AgreementError::TooFewUnits { found: records };
        stats.cohen_kappa = (coders == 2).then(|| Err(undefined.clone()));
        stats.fleiss_kappa = (coders >= 3).then(|| Err(undefined.clone()));
        stats.alpha_interval = (bootstrap.resamples > 0).then(|| Err(undefined.clone()));
        return stats;
    }
    stats.percent_agreement = percent_agreement(ratings);
    stats.cohen_kappa = (coders == 2).then(|| cohen_kappa(ratings));
    stats.fleiss_kappa = (coders >= 3).then(|| fleiss_kappa(ratings));
    if bootstrap.resamples == 0 {
        stats.alpha = krippendorff_alpha(ratings, metric);
    } else {
        match bootstrap_alpha(ratings, metric, bootstrap) {
            Ok(interval) => {
                stats.alpha = Ok(interval.alpha);
                stats.alpha_interval = Some(Ok(interval));
            }
            Err(e) => {
                stats.alpha = krippendorff_alpha(ratings, metric);
                stats.alpha_interval = Some(Err(e));
            }
        }
    }
    stats
}

/// The agreement statistics of one facet. Each is a value or why it is undefined; `None` where
/// the statistic does not apply.
#[derive(Clone, Debug, PartialEq)]
#[non_exhaustive]
pub struct FacetStatistics {
    /// The level of measurement alpha used.
    pub level: Level,
    /// The records coded by at least two coders: what the statistics rest on.
    pub records: usize,
    /// The coders with a value in at least one of those records.
    pub coders: usize,
    /// The values in those records.
    pub values: usize,
    /// The share of coder pairs per record that chose exactly the same value, averaged over the
    /// records.
    pub percent_agreement: Result<Agreement, AgreementError>,
    /// Cohen's kappa, when [`coders`](Self::coders) is exactly 2.
    pub cohen_kappa: Option<Result<Kappa, AgreementError>>,
    /// Fleiss' kappa, when there are 3 or more coders; undefined unless every record has a
    /// value from every coder.
    pub fleiss_kappa: Option<Result<Kappa, AgreementError>>,
    /// Krippendorff's alpha at [`level`](Self::level).
    pub alpha: Result<Alpha, AgreementError>,
    /// The bootstrap interval for alpha, when resamples were asked for.
    pub alpha_interval: Option<Result<AlphaInterval, AgreementError>>,
}

/// One facet's line of the report.
#[derive(Clone, Debug, PartialEq)]
#[non_exhaustive]
pub struct FacetReport {
    /// The facet id.
    pub facet: String,
    /// Its statistics.
    pub statistics: FacetStatistics,
}

/// A pair of codes that different coders chose for the same records and facet.
#[derive(Clone, Debug, PartialEq, Eq)]
#[non_exhaustive]
pub struct Confusion {
    /// The facet id.
    pub facet: String,
    /// One code (the first in the taxonomy's order).
    pub first: String,
    /// The code set against it, or `None` when the other coder chose nothing in its place
    /// (left it out).
    pub second: Option<String>,
    /// The records where it happened, sorted.
    pub records: Vec<String>,
}

impl Confusion {
    /// In how many records it happened.
    ///
    /// ```
    /// # use jos_agreement::Bootstrap;
    /// # use jos_records::{self as records, agree::Comparison, Format};
    /// # let a = records::parse_str("a.yaml", "- {id: p1, tags: {education: [vo]}}\n", Format::Yaml).unwrap();
    /// # let b = records::parse_str("b.yaml", "- {id: p1, tags: {education: [po]}}\n", Format::Yaml).unwrap();
    /// # let mut comparison = Comparison::new(jos_taxonomy::Taxonomy::builtin());
    /// # comparison.add_coder("ann", &a)?;
    /// # comparison.add_coder("bob", &b)?;
    /// let report = comparison.report(Bootstrap::default());
    /// assert_eq!(report.confusions[0].count(), 1);
    /// # Ok::<(), jos_records::agree::AgreeError>(())
    /// ```
    pub fn count(&self) -> usize {
        self.records.len()
    }
}

/// A record and facet where the coders who tagged it chose different values.
#[derive(Clone, Debug, PartialEq, Eq)]
#[non_exhaustive]
pub struct Disagreement {
    /// The record id.
    pub record: String,
    /// The facet id.
    pub facet: String,
    /// What each coder chose, in the coders' order.
    pub choices: Vec<Choice>,
}

/// Agreement between coders: statistics per facet, confusions and disagreements.
#[derive(Clone, Debug, PartialEq)]
#[non_exhaustive]
pub struct Report {
    /// The version of the taxonomy the records were compared against.
    pub taxonomy_version: String,
    /// The coders, in the order their files were given.
    pub coders: Vec<String>,
    /// The distinct record ids.
    pub records: usize,
    /// The record ids that at least two coders have.
    pub shared_records: usize,
    /// The bootstrap settings (0 resamples: no intervals).
    pub bootstrap: Bootstrap,
    /// One entry per facet that any coder gave a code, in the taxonomy's order.
    pub facets: Vec<FacetReport>,
    /// The facets no coder gave a code, in the taxonomy's order.
    pub untagged_facets: Vec<String>,
    /// Pairs of codes set against each other, most frequent first.
    pub confusions: Vec<Confusion>,
    /// Every record and facet where coders differ, by record id, then facet.
    pub disagreements: Vec<Disagreement>,
    /// Records left out, and facets compared at another level than usual.
    pub notices: Vec<String>,
}

/// A statistic as a table cell: three decimals, or `undefined (N)` with a numbered note.
fn cell<T>(
    result: Option<&Result<T, AgreementError>>,
    value: impl Fn(&T) -> String,
    what: &str,
    notes: &mut Vec<String>,
) -> String {
    match result {
        None => "—".to_owned(),
        Some(Ok(x)) => value(x),
        Some(Err(e)) => {
            notes.push(format!("{what}: {e}"));
            format!("undefined ({})", notes.len())
        }
    }
}

fn decimals(x: f64) -> String {
    let s = format!("{x:.3}");
    if s == "-0.000" { "0.000".to_owned() } else { s }
}

/// A code as inline code, unless it holds a backtick.
fn code_span(code: &str) -> String {
    if code.contains('`') {
        md_escape(code)
    } else {
        format!("`{code}`")
    }
}

impl Report {
    /// The report as Markdown: a reliability table, the most frequent confusions with links to
    /// the reference documents (`FACET.md#ID`), and the disagreements per record. Labels are in
    /// `lang`.
    ///
    /// ```
    /// use jos_agreement::Bootstrap;
    /// use jos_records::{self as records, agree::Comparison, Format};
    /// use jos_taxonomy::{Lang, Taxonomy};
    ///
    /// let a = records::parse_str("a.yaml", "- {id: p1, tags: {education: [vo]}}\n", Format::Yaml).unwrap();
    /// let mut comparison = Comparison::new(Taxonomy::builtin());
    /// comparison.add_coder("ann", &a)?;
    /// comparison.add_coder("bob", &a)?;
    /// let text = comparison.report(Bootstrap::default()).to_markdown(Taxonomy::builtin(), Lang::En);
    /// assert!(text.contains("| Education (`education`) | masi | 1 | 2 |"));
    /// assert!(text.contains("undefined because agreement needs at least 2 units"));
    /// # Ok::<(), jos_records::agree::AgreeError>(())
    /// ```
    pub fn to_markdown(&self, taxonomy: &Taxonomy, lang: Lang) -> String {
        let mut s = String::from("# Agreement between coders\n\n");
        let coders: Vec<String> = self.coders.iter().map(|c| md_escape(c)).collect();
        let _ = writeln!(
            s,
            "{} coders: {}. {} records, {} of them coded by at least two coders. \
             Taxonomy version {}.",
            self.coders.len(),
            coders.join(", "),
            self.records,
            self.shared_records,
            self.taxonomy_version
        );
        // 0.95 -> "95", 0.975 -> "97.5" (the product itself may print as 94.99999999999999).
        let level = (self.bootstrap.level * 1000.0).round() / 10.0;
        if self.bootstrap.resamples > 0 {
            let _ = writeln!(
                s,
                "Intervals for alpha: {level}% percentile bootstrap over records, {} resamples, \
                 seed {}.",
                self.bootstrap.resamples, self.bootstrap.seed
            );
        }
        s.push_str("\n## Reliability per facet\n\n");
        let _ = writeln!(
            s,
            "| facet | level | records | coders | agreement | Cohen's κ | Fleiss' κ | \
             Krippendorff's α | {level}% interval |\n|---|---|---:|---:|---:|---:|---:|---:|---:|"
        );
        let mut notes = Vec::new();
        for f in &self.facets {
            let st = &f.statistics;
            let label = taxonomy
                .facet(&f.facet)
                .map_or(String::new(), |x| md_escape(x.label.best(lang)));
            let name = |what: &str| format!("{label} (`{}`), {what}", f.facet);
            let agreement = cell(
                Some(&st.percent_agreement),
                |a| format!("{:.1}%", a.value * 100.0),
                &name("agreement"),
                &mut notes,
            );
            let kappa = |k: &Kappa| decimals(k.value);
            let cohen = cell(
                st.cohen_kappa.as_ref(),
                kappa,
                &name("Cohen's κ"),
                &mut notes,
            );
            let fleiss = cell(
                st.fleiss_kappa.as_ref(),
                kappa,
                &name("Fleiss' κ"),
                &mut notes,
            );
            let alpha = cell(
                Some(&st.alpha),
                |a| decimals(a.value),
                &name("Krippendorff's α"),
                &mut notes,
            );
            // The interval is undefined whenever alpha is; say why only once.
            let interval = match (&st.alpha, &st.alpha_interval) {
                (Err(_), Some(Err(_))) => "undefined".to_owned(),
                (_, interval) => cell(
                    interval.as_ref(),
                    |i| format!("{} – {}", decimals(i.lower), decimals(i.upper)),
                    &name("interval"),
                    &mut notes,
                ),
            };
            let _ = writeln!(
                s,
                "| {label} (`{}`) | {} | {} | {} | {agreement} | {cohen} | {fleiss} | {alpha} | {interval} |",
                f.facet,
                st.level.name(),
                st.records,
                st.coders
            );
        }
        s.push_str(
            "\n*records*: records coded by at least two coders; *agreement*: the share of coder \
             pairs that chose exactly the same codes; *level*: how alpha compares values \
             (nominal: same or not; ordinal: steps on the scale; masi: overlap of code sets). \
             — : does not apply (Cohen's κ needs exactly two coders, Fleiss' κ three or more).\n",
        );
        for (i, note) in notes.iter().enumerate() {
            let _ = write!(s, "\n({}) {note}\n", i + 1);
        }
        if !self.untagged_facets.is_empty() {
            let ids: Vec<String> = self.untagged_facets.iter().map(|f| code_span(f)).collect();
            let _ = write!(s, "\nNo coder tagged: {}.\n", ids.join(", "));
        }
        s.push_str("\n## Most frequent confusions\n\n");
        if self.confusions.is_empty() {
            s.push_str("None: where two coders tagged a facet, they chose the same codes.\n");
        } else {
            s.push_str(
                "Codes that different coders chose for the same record and facet, counted once \
                 per record. In a multi-valued facet, each code only one coder chose is set \
                 against each code only the other chose, or against *nothing* when the other \
                 chose no code of their own.\n\n",
            );
        }
        for (i, c) in self.confusions.iter().enumerate() {
            let facet = taxonomy
                .facet(&c.facet)
                .map_or_else(|| c.facet.clone(), |f| md_escape(f.label.best(lang)));
            let second = c.second.as_deref().map_or_else(
                || "*nothing*".to_owned(),
                |id| concept_link(taxonomy, id, lang),
            );
            let records: Vec<String> = c.records.iter().map(|r| code_span(r)).collect();
            let _ = writeln!(
                s,
                "{}. {facet}: {} vs {second}: {} time{} ({})",
                i + 1,
                concept_link(taxonomy, &c.first, lang),
                c.count(),
                if c.count() == 1 { "" } else { "s" },
                records.join(", ")
            );
        }
        s.push_str("\n## Disagreements per record\n\n");
        if self.disagreements.is_empty() {
            s.push_str("None.\n");
        } else {
            let _ = writeln!(
                s,
                "| record | facet | {} |\n|---|---|{}",
                coders.join(" | "),
                "---|".repeat(self.coders.len())
            );
            for d in &self.disagreements {
                let choices: Vec<String> = d.choices.iter().map(choice_cell).collect();
                let _ = writeln!(
                    s,
                    "| {} | `{}` | {} |",
                    code_span(&d.record),
                    d.facet,
                    choices.join(" | ")
                );
            }
            s.push_str("\n—: no record with this id; *?*: tagged as unknown.\n");
        }
        if !self.notices.is_empty() {
            s.push_str("\n## Notes\n\n");
            for n in &self.notices {
                let _ = writeln!(s, "- {}", md_escape(n));
            }
        }
        s
    }

    /// The report as pretty-printed JSON, with labels in `lang`; the structure is described in
    /// the [module docs](self).
    ///
    /// ```
    /// use jos_agreement::Bootstrap;
    /// use jos_records::{self as records, agree::Comparison, Format};
    /// use jos_taxonomy::{Lang, Taxonomy};
    ///
    /// let a = records::parse_str("a.yaml", "- {id: p1, tags: {education: [vo]}}\n", Format::Yaml).unwrap();
    /// let mut comparison = Comparison::new(Taxonomy::builtin());
    /// comparison.add_coder("ann", &a)?;
    /// comparison.add_coder("bob", &a)?;
    /// let json: serde_json::Value = serde_json::from_str(
    ///     &comparison.report(Bootstrap::default()).to_json(Taxonomy::builtin(), Lang::En),
    /// ).unwrap();
    /// assert_eq!(json["format"], "jos-agreement/1");
    /// assert_eq!(json["facets"][0]["level"], "masi");
    /// assert!(json["facets"][0]["alpha"]["undefined"].as_str().unwrap().starts_with("undefined because"));
    /// # Ok::<(), jos_records::agree::AgreeError>(())
    /// ```
    pub fn to_json(&self, taxonomy: &Taxonomy, lang: Lang) -> String {
        let concept = |id| json::Concept::new(taxonomy, id, lang);
        let doc = json::Report {
            format: JSON_FORMAT,
            taxonomy_version: &self.taxonomy_version,
            coders: &self.coders,
            records: self.records,
            shared_records: self.shared_records,
            bootstrap: (self.bootstrap.resamples > 0).then_some(json::Bootstrap {
                resamples: self.bootstrap.resamples,
                seed: self.bootstrap.seed,
                level: self.bootstrap.level,
            }),
            facets: self
                .facets
                .iter()
                .map(|f| {
                    let st = &f.statistics;
                    let kappa =
                        |k: &Result<Kappa, AgreementError>| json::Statistic::new(k, |k| k.value);
                    json::Facet {
                        facet: &f.facet,
                        label: taxonomy.facet(&f.facet).map(|x| x.label.best(lang)),
                        level: st.level.name(),
                        records: st.records,
                        coders: st.coders,
                        values: st.values,
                        percent_agreement: json::Statistic::new(&st.percent_agreement, |a| a.value),
                        cohen_kappa: st.cohen_kappa.as_ref().map(kappa),
                        fleiss_kappa: st.fleiss_kappa.as_ref().map(kappa),
                        alpha: json::Statistic::new(&st.alpha, |a| a.value),
                        alpha_interval: st.alpha_interval.as_ref().map(|i| match i {
                            Ok(i) => json::Interval::Bounds {
                                lower: i.lower,
                                upper: i.upper,
                                undefined_resamples: i.undefined_resamples,
                            },
                            Err(e) => json::Interval::Undefined {
                                undefined: e.to_string(),
                            },
                        }),
                    }
                })
                .collect(),
            untagged_facets: &self.untagged_facets,
            confusions: self
                .confusions
                .iter()
                .map(|c| json::Confusion {
                    facet: &c.facet,
                    count: c.count(),
                    first: concept(&c.first),
                    second: c.second.as_deref().map(concept),
                    records: &c.records,
                })
                .collect(),
            disagreements: self
                .disagreements
                .iter()
                .map(|d| json::Disagreement {
                    record: &d.record,
                    facet: &d.facet,
                    choices: self
                        .coders
                        .iter()
                        .zip(&d.choices)
                        .map(|(coder, choice)| json::Choice {
                            coder,
                            codes: choice.codes(),
                            missing: choice.missing(),
                        })
                        .collect(),
                })
                .collect(),
            notices: &self.notices,
        };
        let mut text = serde_json::to_string_pretty(&doc).unwrap_or_default();
        text.push('\n');
        text
    }
}

/// The JSON form of a [`Report`]: the fields in the documented order.
mod json {
    use serde::Serialize;

    #[derive(Serialize)]
    pub(super) struct Report<'a> {
        pub format: &'static str,
        pub taxonomy_version: &'a str,
        pub coders: &'a [String],
        pub records: usize,
        pub shared_records: usize,
        pub bootstrap: Option<Bootstrap>,
        pub facets: Vec<Facet<'a>>,
        pub untagged_facets: &'a [String],
        pub confusions: Vec<Confusion<'a>>,
        pub disagreements: Vec<Disagreement<'a>>,
        pub notices: &'a [String],
    }

    #[derive(Serialize)]
    pub(super) struct Bootstrap {
        pub resamples: usize,
        pub seed: u64,
        pub level: f64,
    }

    #[derive(Serialize)]
    pub(super) struct Facet<'a> {
        pub facet: &'a str,
        pub label: Option<&'a str>,
        pub level: &'static str,
        pub records: usize,
        pub coders: usize,
        pub values: usize,
        pub percent_agreement: Statistic,
        pub cohen_kappa: Option<Statistic>,
        pub fleiss_kappa: Option<Statistic>,
        pub alpha: Statistic,
        pub alpha_interval: Option<Interval>,
    }

    /// `{"value": x}` or `{"undefined": "undefined because ..."}`.
    #[derive(Serialize)]
    #[serde(untagged)]
    pub(super) enum Statistic {
        Value { value: f64 },
        Undefined { undefined: String },
    }

    impl Statistic {
        pub fn new<T>(
            result: &Result<T, super::AgreementError>,
            value: impl Fn(&T) -> f64,
        ) -> Self {
            match result {
                Ok(x) => Statistic::Value { value: value(x) },
                Err(e) => Statistic::Undefined {
                    undefined: e.to_string(),
                },
            }
        }
    }

    #[derive(Serialize)]
    #[serde(untagged)]
    pub(super) enum Interval {
        Bounds {
            lower: f64,
            upper: f64,
            undefined_resamples: usize,
        },
        Undefined {
            undefined: String,
        },
    }

    #[derive(Serialize)]
    pub(super) struct Concept<'a> {
        pub id: &'a str,
        pub label: Option<&'a str>,
        pub link: Option<String>,
    }

    impl<'a> Concept<'a> {
        pub fn new(taxonomy: &'a super::Taxonomy, id: &'a str, lang: super::Lang) -> Self {
            let c = taxonomy.concept(id);
            Concept {
                id,
                label: c.map(|c| c.label.best(lang)),
                link: c.map(|c| format!("{}.md#{}", c.facet, c.id)),
            }
        }
    }

    #[derive(Serialize)]
    pub(super) struct Confusion<'a> {
        pub facet: &'a str,
        pub count: usize,
        pub first: Concept<'a>,
        pub second: Option<Concept<'a>>,
        pub records: &'a [String],
    }

    #[derive(Serialize)]
    pub(super) struct Disagreement<'a> {
        pub record: &'a str,
        pub facet: &'a str,
        pub choices: Vec<Choice<'a>>,
    }

    #[derive(Serialize)]
    pub(super) struct Choice<'a> {
        pub coder: &'a str,
        pub codes: Option<&'a [String]>,
        pub missing: Option<&'static str>,
    }
}

/// `[Label](facet.md#id)` for a concept of the taxonomy, the code itself otherwise.
fn concept_link(taxonomy: &Taxonomy, id: &str, lang: Lang) -> String {
    match taxonomy.concept(id) {
        Some(c) => format!(
            "[{}]({}.md#{}) ({})",
            md_escape(c.label.best(lang)),
            c.facet,
            c.id,
            code_span(id)
        ),
        None => format!("{} (not in the taxonomy)", code_span(id)),
    }
}

fn choice_cell(choice: &Choice) -> String {
    match choice {
        Choice::NoRecord => "—".to_owned(),
        Choice::NotTagged => "not tagged".to_owned(),
        Choice::Unknown => "*?*".to_owned(),
        Choice::Codes(codes) => codes
            .iter()
            .map(|c| code_span(c))
            .collect::<Vec<_>>()
            .join(", "),
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use jos_agreement::Masi;

    #[test]
    fn statistics_equal_the_library_on_the_values_themselves() {
        let set = |codes: &[&str]| -> Option<BTreeSet<String>> {
            Some(codes.iter().map(|c| (*c).to_owned()).collect())
        };
        let rows = [
            ("p1", [set(&["vo"]), set(&["vo", "mbo"]), None]),
            ("p2", [set(&["po"]), set(&["po"]), set(&["so"])]),
            ("p3", [set(&["mbo"]), None, set(&["mbo"])]),
            ("p4", [set(&["so", "po"]), set(&["so"]), set(&["po"])]),
            ("p5", [None, set(&["vo"]), None]),
        ];
        let ratings = Ratings::from_unit_rows(["a", "b", "c"], rows).unwrap();
        let direct = krippendorff_alpha(&ratings, Masi).unwrap();
        let settings = Bootstrap {
            resamples: 50,
            ..Bootstrap::default()
        };
        let stats = FacetRatings::Sets(ratings.clone()).statistics(settings);
        assert_eq!(stats.alpha, Ok(direct));
        assert_eq!(
            stats.alpha_interval,
            Some(bootstrap_alpha(&ratings, Masi, settings))
        );
        assert_eq!(stats.percent_agreement, percent_agreement(&ratings));
        assert_eq!((stats.records, stats.coders, stats.values), (4, 3, 10));
    }
}
