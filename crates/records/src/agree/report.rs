//! What a comparison found: statistics per facet, confusions, disagreements.

use jos_agreement::{Agreement, AgreementError, Alpha, AlphaInterval, Bootstrap, Kappa};

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
