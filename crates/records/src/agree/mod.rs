//! Agreement between coders who tagged the same records: the taxonomy-aware side of
//! [`jos_agreement`].
//!
//! Each coder tags the same practices in a file of their own. [`Comparison`] joins the files on
//! record id and, per facet of the taxonomy, builds the reliability data matrix
//! ([`FacetRatings`]) the statistics need; [`Comparison::report`] computes them and lists where
//! the coders differ; [`AgreementReport::to_markdown`] and [`AgreementReport::to_json`] render the result.
//!
//! ```
//! use jos_agreement::Bootstrap;
//! use jos_records::{self as records, agree::Comparison, Format};
//! use jos_taxonomy::{Lang, Taxonomy};
//!
//! let read = |name, yaml| records::parse_str(name, yaml, Format::Yaml).unwrap();
//! let ann = read("ann.yaml", "- {id: p1, tags: {organisation-model: [based-at-school]}}\n\
//!                             - {id: p2, tags: {organisation-model: [referral-to-outside-help]}}\n");
//! let bob = read("bob.yaml", "- {id: p1, tags: {organisation-model: [embedded-in-teaching]}}\n\
//!                             - {id: p2, tags: {organisation-model: [referral-to-outside-help]}}\n");
//! let taxonomy = Taxonomy::builtin();
//! let mut comparison = Comparison::new(taxonomy);
//! comparison.add_coder("ann", &ann)?;
//! comparison.add_coder("bob", &bob)?;
//! let report = comparison.report(Bootstrap { resamples: 0, ..Bootstrap::default() });
//!
//! let embedding = &report.facets[0].statistics;
//! assert_eq!(embedding.records, 2);
//! assert_eq!(embedding.percent_agreement.as_ref().unwrap().value, 0.5);
//! let confusion = &report.confusions[0];
//! assert_eq!((confusion.first.as_str(), confusion.second.as_deref()),
//!            ("based-at-school", Some("embedded-in-teaching")));
//! assert!(report.to_markdown(taxonomy, Lang::En)
//!     .contains("(#concept-based-at-school)")); // its definition is quoted at the end
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
//!   [`AgreementReport::notices`].
//! - **Missing values.** A cell of the matrix is missing when the coder has no record with that
//!   id, when the record does not tag the facet, or when it tags it as unknown (`?` or an empty
//!   list). Missing is not a disagreement: it is left out of every statistic.
//! - **Values.** A single-valued facet gives one code per cell (compared as nominal data); an
//!   ordered single-valued facet, such as `organisation-model`, gives the concept's position on
//!   the scale (ordinal data); a multi-valued facet gives the set of codes (compared with MASI),
//!   also when it is ordered, such as `intensity` from 2.0.0: a set has no place on a scale.
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
//! | Gwet's AC1 | always | exact values; to read beside kappa where prevalence is extreme |
//! | verdict | when alpha is defined | Krippendorff's thresholds .800 and .667, see [`Verdict`] |
//! | warnings | always | too few records ([`MIN_RECORDS`]), extreme prevalence ([`EXTREME_PREVALENCE`]), an interval reaching below the verdict |
//! | pairwise Cohen's kappa and percent agreement | three or more coders | exact values, over the records both coded |
//! | departures from the majority | three or more coders | records where more than half of the coders chose one value |
//! | per code: alpha, positive specific agreement, use per coder | multi-valued facets | each code as present or absent in a coder's set |
//! | 95 % interval for alpha | when resamples > 0 | percentile bootstrap over records, seeded |
//!
//! The formulas, and the reasons a statistic is undefined, are in [`jos_agreement`]. A
//! statistic is a number or an [`AgreementError`](jos_agreement::AgreementError) whose text starts with `undefined because`;
//! never NaN. Kappa and percent agreement give a multi-valued facet no partial credit; alpha
//! with MASI does, which is why it is the coefficient to report for such facets.
//!
//! # Disagreements and confusions
//!
//! [`AgreementReport::disagreements`] lists every record and facet where the values of the coders who
//! tagged it differ, with every coder's choice. [`AgreementReport::confusions`] counts, across records,
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
//! [`AgreementReport::to_markdown`] writes a reliability table, the confusion list and a table of
//! the disagreements per record, with every code linked to its definition, quoted in the last
//! section of the report (so it stands alone), or, with
//! [`to_markdown_with`](AgreementReport::to_markdown_with) and a `docs` address, to the
//! reference site of `jos docs` (`DOCS/FACET.html#ID`). [`AgreementReport::to_html_with`] gives
//! the same content as one printable HTML page.
//!
//! [`AgreementReport::to_json`] writes one JSON object. Its structure is stable: fields may be added,
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
//!     "facet": "organisation-model", "label": "Organisation model",
//!     "level": "ordinal",              // "nominal" | "ordinal" | "masi"
//!     "records": 5, "coders": 2, "values": 10,
//!     "percent_agreement": {"value": 0.6},
//!     "cohen_kappa": {"value": 0.47, "standard_error": 0.21},  // null when not exactly two coders
//!     "fleiss_kappa": null,            // null when fewer than three coders
//!     "alpha": {"value": 0.85},
//!     "alpha_interval": {"lower": 0.5, "upper": 1.0, "undefined_resamples": 0}, // null with 0 resamples
//!     "gwet_ac1": {"value": 0.88, "standard_error": 0.09},     // robust to extreme prevalence
//!     "verdict": "reliable",           // "tentative" | "unreliable"; null when alpha is undefined
//!     "warnings": [{"kind": "few-records", "records": 5, "minimum": 10},
//!                  {"kind": "uncertain-verdict", "lower": 0.62},   // the interval reaches below the verdict's threshold
//!                  {"kind": "extreme-prevalence", "value": "mbo", "share": 0.9}],
//!     "pairs": [{"coders": ["ann", "bob"], "records": 5,          // three or more coders only
//!                "percent_agreement": {"value": 0.8}, "cohen_kappa": {"value": 0.6, "standard_error": 0.3}}],
//!     "deviations": [{"coder": "cas", "records": 4, "deviating": 2}], // three or more coders only
//!     "codes": [{"code": {"id": "mbo", "label": "...", "link": "..."},  // multi-valued facets only
//!                "alpha": {"value": 0.7}, "positive_agreement": 0.8,
//!                "used": [{"coder": "ann", "records": 3}]}]
//!   }],                                // a statistic that is undefined: {"undefined": "undefined because ..."}
//!                                      // "standard_error" (kappas and AC1): for value ± 1.96 SE, the 95% interval
//!   "untagged_facets": ["setting"],    // facets no coder gave a code
//!   "coverage": [{                     // every facet records tag, in taxonomy order
//!     "facet": "intensity",
//!     "coders": [{"coder": "ann", "tagged": 5, "records": 6}]   // records with a code, of the coder's records
//!   }],
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

mod agenda;
mod comparison;
mod html;
mod json;
mod markdown;
mod ratings;
mod report;

pub use comparison::Comparison;
pub(crate) use comparison::choice;
pub use ratings::{FacetRatings, Level};
pub use report::{
    AgreementReport, CodeAgreement, Confusion, Coverage, Deviation, Disagreement,
    EXTREME_PREVALENCE, FacetReport, FacetStatistics, MIN_RECORDS, PairAgreement, Verdict, Warning,
};

use crate::Record;
use std::hash::Hash;
use std::path::Path;

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

pub(super) fn coder_name(path: &Path, records: &[Record]) -> String {
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
