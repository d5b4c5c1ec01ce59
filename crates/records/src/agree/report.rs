//! What a comparison found: statistics per facet, confusions, disagreements.

use jos_agreement::{Agreement, AgreementError, Alpha, AlphaInterval, Bootstrap, Kappa};

/// What alpha says about a facet, by Krippendorff's (2004, p. 241) guidance: rely on data with
/// alpha of at least .800, draw only tentative conclusions from .667 up to .800, and none below.
#[derive(Copy, Clone, Debug, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum Verdict {
    /// Alpha of at least .800: the codes can be relied on.
    Reliable,
    /// Alpha from .667 up to .800: tentative conclusions only.
    Tentative,
    /// Alpha below .667: the codes are not reliable.
    Unreliable,
}

impl Verdict {
    /// The verdict for an alpha value.
    ///
    /// ```
    /// use jos_records::agree::Verdict;
    /// assert_eq!(Verdict::of(0.8), Verdict::Reliable);
    /// assert_eq!(Verdict::of(0.7), Verdict::Tentative);
    /// assert_eq!(Verdict::of(0.5), Verdict::Unreliable);
    /// ```
    pub fn of(alpha: f64) -> Verdict {
        if alpha >= 0.8 {
            Verdict::Reliable
        } else if alpha >= 0.667 {
            Verdict::Tentative
        } else {
            Verdict::Unreliable
        }
    }

    /// The lowest alpha of this verdict: .800, .667, or minus infinity.
    pub fn threshold(self) -> f64 {
        match self {
            Verdict::Reliable => 0.8,
            Verdict::Tentative => 0.667,
            Verdict::Unreliable => f64::NEG_INFINITY,
        }
    }

    /// The name in the JSON output: `reliable`, `tentative`, `unreliable`.
    pub fn name(self) -> &'static str {
        match self {
            Verdict::Reliable => "reliable",
            Verdict::Tentative => "tentative",
            Verdict::Unreliable => "unreliable",
        }
    }
}

/// The fewest pairable records a facet's statistics should rest on before they are read as
/// more than an indication.
pub const MIN_RECORDS: usize = 10;

/// From this share of all values taken by one value, prevalence is extreme: kappa and alpha
/// can be low although coders almost always agree (the "kappa paradox"), and Gwet's AC1 is
/// shown beside them.
pub const EXTREME_PREVALENCE: f64 = 0.8;

/// A reason to read a facet's statistics with care.
#[derive(Clone, Debug, PartialEq)]
#[non_exhaustive]
pub enum Warning {
    /// Fewer pairable records than [`MIN_RECORDS`].
    FewRecords {
        /// The pairable records.
        records: usize,
    },
    /// The bootstrap interval reaches below the threshold of the verdict (.800 for reliable,
    /// .667 for tentative): with these data the verdict could well be a step lower.
    UncertainVerdict {
        /// The interval's lower bound.
        lower: f64,
    },
    /// One value takes at least [`EXTREME_PREVALENCE`] of all values.
    ExtremePrevalence {
        /// The value (codes joined with `; ` for a set), as written.
        value: String,
        /// Its share of all pairable values.
        share: f64,
    },
}

/// Agreement between two coders on one facet.
#[derive(Clone, Debug, PartialEq)]
#[non_exhaustive]
pub struct PairAgreement {
    /// The two coders, in the report's order.
    pub coders: [String; 2],
    /// The records both coded.
    pub records: usize,
    /// The share of those records on which they chose exactly the same value.
    pub percent_agreement: Result<Agreement, AgreementError>,
    /// Cohen's kappa over those records.
    pub cohen_kappa: Result<Kappa, AgreementError>,
}

/// How often one coder departs from the majority of the coders of a record.
#[derive(Clone, Debug, PartialEq, Eq)]
#[non_exhaustive]
pub struct Deviation {
    /// The coder.
    pub coder: String,
    /// Records the coder coded where a strict majority of the coders (three or more) chose one
    /// value.
    pub records: usize,
    /// Of those, the records where the coder chose another value.
    pub deviating: usize,
}

/// Agreement on one code of a multi-valued facet, read as present or absent in each coder's set.
#[derive(Clone, Debug, PartialEq)]
#[non_exhaustive]
pub struct CodeAgreement {
    /// The code.
    pub code: String,
    /// Krippendorff's alpha on present/absent (nominal).
    pub alpha: Result<f64, AgreementError>,
    /// Positive specific agreement: of the times a coder chose the code, the share another coder
    /// of the record chose it too (`None` when it was never chosen in a pairable record).
    pub positive_agreement: Option<f64>,
    /// Per coder of the facet's statistics: the pairable records in which the coder chose it.
    pub used: Vec<usize>,
}

use super::*;

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
    /// Gwet's AC1 on the exact values, robust to extreme prevalence.
    pub gwet_ac1: Result<Kappa, AgreementError>,
    /// What alpha says, when it is defined.
    pub verdict: Option<Verdict>,
    /// Reasons to read the statistics with care.
    pub warnings: Vec<Warning>,
    /// The coders the statistics rest on (those with a value in a pairable record).
    pub coder_names: Vec<String>,
    /// Cohen's kappa and percent agreement for every pair of coders, when there are three or
    /// more.
    pub pairs: Vec<PairAgreement>,
    /// Per coder, how often they depart from the majority, when there are three or more.
    pub deviations: Vec<Deviation>,
    /// Per code of a multi-valued facet, most used first.
    pub codes: Vec<CodeAgreement>,
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

/// How many records each coder gave at least one code in one facet.
#[derive(Clone, Debug, PartialEq, Eq)]
#[non_exhaustive]
pub struct Coverage {
    /// The facet id.
    pub facet: String,
    /// Per coder, in the order of [`AgreementReport::coders`]: records with at least one code in
    /// the facet.
    pub tagged: Vec<usize>,
    /// Per coder: the records the coder has.
    pub records: Vec<usize>,
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
pub struct AgreementReport {
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
    /// Per facet that records tag (in the taxonomy's order), how many records each coder could
    /// give a code at all: a facet that coders mostly leave empty asks what descriptions do not
    /// tell.
    pub coverage: Vec<Coverage>,
    /// Pairs of codes set against each other, most frequent first.
    pub confusions: Vec<Confusion>,
    /// Every record and facet where coders differ, by record id, then facet.
    pub disagreements: Vec<Disagreement>,
    /// Records left out, and facets compared at another level than usual.
    pub notices: Vec<String>,
}
