//! Inter-coder agreement: how far independent coders who tag the same units agree, beyond what
//! chance would give.
//!
//! This module knows nothing about the taxonomy. Its input is a reliability data matrix,
//! [`Ratings`]: units (records, pilots, texts) × coders, each cell missing or one value: a
//! category code, a number, or a set of codes for a multi-valued facet. Its statistics are:
//!
//! | statistic | function | coders | missing values | data |
//! |---|---|---|---|---|
//! | percent agreement | [`percent_agreement`] | 2 or more | allowed | any values compared with `==` |
//! | Cohen's kappa | [`cohen_kappa`] | exactly 2 | units not coded by both are left out | nominal |
//! | Fleiss' kappa | [`fleiss_kappa`] | 2 or more ratings per unit, raters may differ between units | not allowed: every unit has the same number of ratings | nominal |
//! | weighted kappa (Cohen 1968) | [`cohen_kappa_weighted`] | exactly 2 | as Cohen's | ordered categories, [`Weights`] linear or quadratic |
//! | Randolph's free-marginal kappa | [`randolph_kappa`] | 2 or more | allowed | nominal, with the number of categories |
//! | Gwet's AC1 and AC2 | [`gwet_ac`] | 2 or more | allowed | nominal ([`Weights::Identity`]) or ordered |
//! | specific (positive, negative) agreement | [`specific_agreement`] | 2 or more | allowed | present/absent (`bool`) |
//! | Krippendorff's alpha | [`krippendorff_alpha`] | 2 or more | allowed | [`Nominal`], [`Ordinal`], [`Interval`], [`Ratio`] (any [`Number`]), [`Masi`] and [`Jaccard`] for sets, any [`Distance`] or [`NumberDistance`] |
//! | bootstrap interval for alpha | [`bootstrap_alpha`] | as alpha | as alpha | as alpha |
//! | standard error of every kappa and AC | [`Kappa::standard_error`], [`Kappa::interval_95`] | as the coefficient | as the coefficient | as the coefficient |
//!
//! Every coefficient that one of the packages researchers use computes (the krippendorff
//! package, scikit-learn, statsmodels, Gwet's irrCAC, NLTK) is recomputed by it on generated data
//! in the test `tests/it/agreement_stats/oracle.rs` (1280 comparisons: alpha at every level,
//! with Jaccard and MASI too, plain and weighted kappa, Fleiss', Randolph's, AC1, AC2, and the
//! standard errors of the kappas and ACs, compared as variances) and
//! agrees to 1e-12; percent and specific agreement, which they do not offer, are checked against
//! hand-worked examples. One difference is on purpose: with a
//! single pairable unit those packages return alpha = 0 (with one unit the observed and the
//! expected disagreement are the same sums, so alpha is 0 whenever it is defined, whatever the
//! coders did) and Cohen's kappa 0 or NaN; this library says undefined
//! ([`AgreementError::TooFewUnits`]), because such a number tells nothing about agreement.
//! Every coefficient here needs at least two units coded by at least two coders.
//!
//! ```
//! use jos_agreement::{krippendorff_alpha, Nominal, Ratings};
//!
//! let ratings = Ratings::from_unit_rows(
//!     ["ann", "bob", "cas"],
//!     [
//!         ("record 1", [Some("smw"), Some("smw"), Some("smw")]),
//!         ("record 2", [Some("jgz"), Some("jgz"), None]),
//!         ("record 3", [Some("smw"), Some("jgz"), Some("smw")]),
//!         ("record 4", [Some("ib"), Some("ib"), Some("ib")]),
//!     ],
//! )?;
//! let alpha = krippendorff_alpha(&ratings, Nominal)?;
//! assert_eq!(format!("{:.3}", alpha.value), "0.744"); // 1 - (11 - 1) * 2 / (11² - 43)
//! assert_eq!((alpha.basis.units, alpha.basis.pairable_values), (4, 11));
//! # Ok::<(), Box<dyn std::error::Error>>(())
//! ```
//!
//! Every statistic returns a [`Result`]. Where a coefficient is undefined (a single unit, no
//! variation at all, every value missing, a coder who coded nothing, fewer than two coders,
//! incomplete data for Fleiss' kappa) the error, an [`AgreementError`], says
//! `undefined because ...`; no statistic returns NaN, divides by zero or panics. Every result
//! carries a [`Basis`]: the number of units, coders and pairable values it rests on.
//!
//! # Krippendorff's alpha
//!
//! Krippendorff (2011) defines alpha through the *coincidence matrix*. Only *pairable* units
//! count: those with `m_u >= 2` values. Every ordered pair of values from different coders in
//! unit `u` adds `1 / (m_u - 1)` to the cell of its two values, so each unit adds exactly `m_u`:
//!
//! ```text
//! o_ck = sum over units u of  (number of ordered pairs (c, k) in u) / (m_u - 1)
//! n_c  = sum over k of o_ck          n = sum over c of n_c  (the pairable values)
//!
//! D_o  = 1/n         * sum_c sum_k o_ck    * delta²(c, k)     observed disagreement
//! D_e  = 1/(n (n-1)) * sum_c sum_k n_c n_k * delta²(c, k)     expected disagreement
//! alpha = 1 - D_o / D_e
//! ```
//!
//! The difference function `delta²` is what the level of measurement contributes:
//!
//! ```text
//! nominal   delta²(c, k) = 0 if c = k, else 1
//! ordinal   delta²(c, k) = (sum_{g=c..k} n_g - (n_c + n_k) / 2)²      (categories in order)
//! interval  delta²(c, k) = (c - k)²
//! ```
//!
//! For set-valued data there is no natural order of categories, so alpha is computed in the
//! equivalent *pairable-values* form, with any distance `delta` between two values (Passonneau
//! 2006 uses MASI, see [`masi_distance`]):
//!
//! ```text
//! D_o = 1/n         * sum_u 1/(m_u - 1) * sum over ordered pairs i != j within u of delta(v_i, v_j)
//! D_e = 1/(n (n-1)) * sum over ordered pairs i != j of all n pairable values of delta(v_i, v_j)
//! ```
//!
//! Expanding `o_ck` shows the two forms are the same number.
//!
//! **How it is computed.** The coincidence matrix is accumulated unit by unit, but only the two
//! sums alpha needs are kept, never a `k × k` table: `sum o_ck delta²` is summed over the value
//! pairs of each unit (at most `coders²` per unit, no allocation per unit), and the expected
//! sum comes from the marginals `n_c` alone: `n² - sum n_c²` for nominal data, and
//! `2 n * sum_c n_c (x_c - mean)²` for interval data. The ordinal difference is a difference of
//! *mid-ranks*, `delta(c, k) = r_k - r_c` with `r_c = sum_{g<c} n_g + n_c / 2`, so ordinal alpha is
//! interval alpha on mid-ranks. All of this is `O(units × coders²)` time and `O(values)` memory.
//! With an arbitrary distance the expected sum needs every pair of distinct values present,
//! `O(k²)` distance evaluations for `k` distinct values (cached while `k <= 1024`). [`Masi`]
//! avoids that: MASI depends only on the sizes of two sets and of their intersection, so the
//! expected sum follows, exactly, from counts of the subsets the sets share (binomial
//! inversion), in time proportional to the number of subsets of the distinct sets (`2^|A|` each)
//! rather than `k²`; sets of more than 12 codes fall back to the sum over pairs.
//!
//! # Kappa and percent agreement
//!
//! ```text
//! Cohen (1960), two coders, N units coded by both, a_c and b_c the counts of category c:
//!   p_o = (units they agree on) / N        p_e = sum_c (a_c / N) (b_c / N)
//!   kappa = (p_o - p_e) / (1 - p_e)
//!
//! Fleiss (1971), N units, n ratings per unit, n_ij the ratings of unit i in category j:
//!   P_i  = (sum_j n_ij² - n) / (n (n - 1))      P = mean of P_i
//!   p_j  = sum_i n_ij / (N n)                   P_e = sum_j p_j²
//!   kappa = (P - P_e) / (1 - P_e)
//!
//! Percent agreement, over the N pairable units, n_uc the values c in unit u:
//!   mean over u of  sum_c n_uc (n_uc - 1) / (m_u (m_u - 1))   (the share of agreeing coder pairs)
//! ```
//!
//! # Standard errors
//!
//! Every [`Kappa`] carries the large-sample standard error for a confidence interval
//! ([`Kappa::interval_95`]). For Cohen's kappa, plain and weighted, it is that of Fleiss, Cohen &
//! Everitt (1969), with `p_ij` the share of units in cell `(i, j)` of the two coders' table,
//! `r` and `c` their shares per category and `w_ij` the agreement weights:
//!
//! ```text
//! w_i. = sum_j c_j w_ij       w_.j = sum_i r_i w_ij
//! var  = [sum_ij p_ij (w_ij - (w_i. + w_.j)(1 - kappa))² - (kappa - p_e (1 - kappa))²] / ((1 - p_e)² N)
//! ```
//!
//! For Fleiss', Randolph's and Gwet's coefficients it is Gwet's (2008) linearisation over the
//! `n` units rated at least once (`n_2` of them at least twice):
//!
//! ```text
//! k_u  = (n / n_2) (p_a,u - p_e [u rated twice or more]) / (1 - p_e)
//! k*_u = k_u - 2 (1 - kappa) (p_e,u - p_e) / (1 - p_e)     (Randolph: k*_u = k_u)
//! var  = sum_u (k*_u - kappa)² / (n (n - 1))
//! ```
//!
//! with `p_a,u` the unit's (weighted) share of agreeing pairs and `p_e,u` its share in chance
//! agreement: `sum_k n_uk pi_k / n_u` for Fleiss, `T_w / (q (q - 1)) sum_k n_uk (1 - pi_k) / n_u`
//! for Gwet. statsmodels' `cohens_kappa` and Gwet's irrCAC give the same values.
//!
//! # References
//!
//! - Brennan, R. L., & Prediger, D. J. (1981). Coefficient kappa: some uses, misuses, and
//!   alternatives. *Educational and Psychological Measurement*, 41(3), 687–699.
//! - Cohen, J. (1960). A coefficient of agreement for nominal scales. *Educational and
//!   Psychological Measurement*, 20(1), 37–46.
//! - Cohen, J. (1968). Weighted kappa: nominal scale agreement with provision for scaled
//!   disagreement or partial credit. *Psychological Bulletin*, 70(4), 213–220.
//! - Fleiss, J. L. (1971). Measuring nominal scale agreement among many raters. *Psychological
//!   Bulletin*, 76(5), 378–382.
//! - Fleiss, J. L., Cohen, J., & Everitt, B. S. (1969). Large sample standard errors of kappa and
//!   weighted kappa. *Psychological Bulletin*, 72(5), 323–327.
//! - Krippendorff, K. (2011). Computing Krippendorff's Alpha-Reliability. Annenberg School for
//!   Communication, University of Pennsylvania. <https://repository.upenn.edu/asc_papers/43>
//! - Gwet, K. L. (2008). Computing inter-rater reliability and its variance in the presence of
//!   high agreement. *British Journal of Mathematical and Statistical Psychology*, 61(1), 29–48.
//! - Gwet, K. L. (2014). *Handbook of Inter-Rater Reliability* (4th ed.). Advanced Analytics.
//! - Passonneau, R. J. (2006). Measuring agreement on set-valued items (MASI) for semantic and
//!   pragmatic annotation. *Proceedings of LREC 2006*.
//! - Randolph, J. J. (2005). Free-marginal multirater kappa (multirater κfree): an alternative
//!   to Fleiss' fixed-marginal multirater kappa. Joensuu Learning and Instruction Symposium.
//! - Spitzer, R. L., & Fleiss, J. L. (1974). A re-analysis of the reliability of psychiatric
//!   diagnosis. *British Journal of Psychiatry*, 125, 341–347.
//! - Uebersax, J. S. (1982). A design-independent method for measuring the reliability of
//!   psychiatric diagnosis. *Journal of Psychiatric Research*, 17(4), 335–342.

#![forbid(unsafe_code)]
#![deny(missing_docs)]

mod alpha;
mod bootstrap;
mod chance;
mod data;
mod distance;
mod kappa;
mod masi;
mod percent;
mod rng;

pub use alpha::{Alpha, krippendorff_alpha};
pub use bootstrap::{AlphaInterval, Bootstrap, bootstrap_alpha};
pub use chance::{
    SpecificAgreement, Weights, cohen_kappa_weighted, gwet_ac, randolph_kappa, specific_agreement,
};
pub use data::{Basis, Ratings, RatingsError};
pub use distance::{
    Distance, Interval, Jaccard, Masi, Metric, Nominal, Number, NumberDistance, Ordinal, Ratio,
    jaccard_distance, masi_distance,
};
pub use kappa::{CoderPair, Kappa, cohen_kappa, fleiss_kappa, pairwise_cohen};
pub use percent::{Agreement, percent_agreement};

/// What `jos-records` needs for its fast path over interned codes (every set of codes replaced by
/// a small integer before the statistics run). Not part of the stable API.
#[doc(hidden)]
pub mod interned {
    pub use crate::chance::gwet_ac_codes;
    pub use crate::distance::MasiOfSets;
    pub use crate::kappa::{fleiss_kappa_codes, pairwise_cohen_codes};
    pub use crate::masi::number_codes;
}

/// Why a statistic is undefined for the data it was given.
///
/// Every message reads `undefined because ...` and says what is missing.
///
/// ```
/// use jos_agreement::{krippendorff_alpha, AgreementError, Nominal, Ratings};
///
/// let one_unit = Ratings::from_unit_rows(["a", "b"], [("u1", [Some(1), Some(2)])])?;
/// let err = krippendorff_alpha(&one_unit, Nominal).unwrap_err();
/// assert_eq!(err, AgreementError::TooFewUnits { found: 1 });
/// assert!(err.to_string().starts_with("undefined because"));
/// # Ok::<(), Box<dyn std::error::Error>>(())
/// ```
#[derive(Clone, Debug, PartialEq, thiserror::Error)]
#[non_exhaustive]
pub enum AgreementError {
    /// Fewer than two coders in the data.
    #[error("undefined because agreement needs at least 2 coders, and there are {found}")]
    TooFewCoders {
        /// How many coders there are.
        found: usize,
    },
    /// Cohen's kappa was asked for more than two coders.
    #[error(
        "undefined because Cohen's kappa compares exactly 2 coders, and there are {found}; \
         select two with `Ratings::select_coders`, or use Fleiss' kappa or Krippendorff's alpha"
    )]
    NotTwoCoders {
        /// How many coders there are.
        found: usize,
    },
    /// No cell holds a value.
    #[error("undefined because every value is missing")]
    AllMissing,
    /// A coder has no value for any unit.
    #[error(
        "undefined because coder `{coder}` coded no unit \
         (drop such coders with `Ratings::without_empty_coders` if that is expected)"
    )]
    EmptyCoder {
        /// The coder's id.
        coder: String,
    },
    /// Fewer than two units have values from two or more coders. (With a single unit alpha
    /// would be 0 by construction, which the reference packages return; here it is undefined.)
    #[error(
        "undefined because agreement needs at least 2 units coded by at least 2 coders \
         (for Cohen's kappa: by both coders), and there are {found}"
    )]
    TooFewUnits {
        /// How many such units there are.
        found: usize,
    },
    /// All pairable values are the same (or at distance 0), so chance agreement is perfect
    /// and the expected disagreement is 0.
    #[error(
        "undefined because there is no variation: every pairable value is the same, \
         so agreement cannot be told apart from chance"
    )]
    NoVariation,
    /// Fleiss' kappa needs the same number of ratings for every unit.
    #[error(
        "undefined because Fleiss' kappa needs the same number of ratings for every unit \
         (complete data), but unit `{unit}` has {found} and unit `{reference_unit}` has {expected}"
    )]
    IncompleteData {
        /// A unit whose number of ratings differs.
        unit: String,
        /// Its number of ratings.
        found: usize,
        /// The first unit, whose number of ratings is the reference.
        reference_unit: String,
        /// The reference number of ratings.
        expected: usize,
    },
    /// An interval value is NaN or infinite.
    #[error(
        "undefined because the value of coder `{coder}` for unit `{unit}` is not a finite number"
    )]
    NonFiniteValue {
        /// The unit id.
        unit: String,
        /// The coder id.
        coder: String,
    },
    /// A value is not one of the categories given.
    #[error(
        "undefined because the value of coder `{coder}` for unit `{unit}` is not one of the \
         categories given"
    )]
    UnknownCategory {
        /// The unit id.
        unit: String,
        /// The coder id.
        coder: String,
    },
    /// Fewer categories were given than the data use.
    #[error(
        "undefined because {given} categories were given, but the data use {found} different values"
    )]
    TooFewCategories {
        /// The number given.
        given: usize,
        /// The number of different values in the data.
        found: usize,
    },
    /// A ratio value is negative.
    #[error(
        "undefined because the value of coder `{coder}` for unit `{unit}` is negative, \
         and ratio data have a true zero"
    )]
    NegativeValue {
        /// The unit id.
        unit: String,
        /// The coder id.
        coder: String,
    },
    /// A distance function returned a negative, NaN or infinite distance.
    #[error(
        "undefined because the distance function returned {distance}; \
         a distance must be a finite number >= 0"
    )]
    InvalidDistance {
        /// The distance returned.
        distance: f64,
    },
    /// The values are so large that the sums overflow to infinity.
    #[error("undefined because the values are too large: the disagreement sums are not finite")]
    Overflow,
    /// A bootstrap with zero resamples was asked for.
    #[error("undefined because a bootstrap needs at least 1 resample")]
    NoResamples,
    /// The confidence level is not strictly between 0 and 1.
    #[error(
        "undefined because the confidence level must lie strictly between 0 and 1, not {level}"
    )]
    InvalidLevel {
        /// The level asked for.
        level: f64,
    },
    /// Alpha was undefined in every bootstrap resample.
    #[error(
        "undefined because alpha is undefined in all {resamples} bootstrap resamples \
         (each resample drew units without variation)"
    )]
    AllResamplesUndefined {
        /// The number of resamples drawn.
        resamples: usize,
    },
}
