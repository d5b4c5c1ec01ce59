//! Levels of measurement for Krippendorff's alpha, and the MASI distance between sets.
//!
//! A [`Metric`] says how different two values are: [`Nominal`], [`Ordinal`], [`Interval`] and
//! [`Ratio`] are Krippendorff's difference functions, [`Masi`] and [`Jaccard`] compare sets of
//! codes, and [`Distance`] wraps any function. Each turns a [`Ratings`] matrix into the prepared form that
//! [`alpha`](super::alpha) computes with.

use std::collections::BTreeSet;

use super::alpha::{Cells, Prepared};
use super::masi::{MasiCells, masi_sizes, number_codes};
use super::{AgreementError, Ratings};

/// A level of measurement (a difference function) for [`krippendorff_alpha`] and
/// [`bootstrap_alpha`]: [`Nominal`], [`Ordinal`], [`Interval`], [`Ratio`], [`Masi`],
/// [`Jaccard`], [`Distance`] or [`NumberDistance`].
///
/// The trait is sealed: its one method is internal. For another distance, use [`Distance`].
///
/// [`krippendorff_alpha`]: super::krippendorff_alpha
/// [`bootstrap_alpha`]: super::bootstrap_alpha
pub trait Metric<T>: sealed::Prepare<T> {}

impl<T, M: sealed::Prepare<T>> Metric<T> for M {}

pub(crate) mod sealed {
    use super::{AgreementError, Prepared, Ratings};

    /// Turns ratings into pairable values in the form the alpha computation needs.
    pub trait Prepare<T> {
        /// Checks the data and extracts the pairable units.
        fn prepare<'a>(
            &'a self,
            ratings: &'a Ratings<T>,
        ) -> Result<Prepared<'a, T>, AgreementError>;
    }
}

/// Nominal data: two values differ (distance 1) or are the same (distance 0). Categories have
/// no order. Values need only be comparable (`Ord`), for example `String` codes.
///
/// ```
/// use jos_agreement::{krippendorff_alpha, Nominal, Ratings};
///
/// let r = Ratings::from_unit_rows(["a", "b"], [("u1", [Some("x"), Some("x")]), ("u2", [Some("y"), Some("y")])])?;
/// assert_eq!(krippendorff_alpha(&r, Nominal)?.value, 1.0);
/// # Ok::<(), Box<dyn std::error::Error>>(())
/// ```
#[derive(Copy, Clone, Debug, Default, PartialEq, Eq, Hash)]
pub struct Nominal;

/// Ordinal data: categories are ranked by their `Ord` order, and the distance between two
/// grows with the number of values (of all coders) ranked between them (Krippendorff 2011).
///
/// Codes such as `"universal-prevention"` sort alphabetically, which is not their meaning's
/// order: map them to their rank first with [`Ratings::map`].
///
/// ```
/// use jos_agreement::{krippendorff_alpha, Ordinal, Ratings};
///
/// let r = Ratings::from_unit_rows(
///     ["a", "b"],
///     [("u1", [Some(1), Some(2)]), ("u2", [Some(3), Some(3)]), ("u3", [Some(4), Some(4)])],
/// )?;
/// let alpha = krippendorff_alpha(&r, Ordinal)?;
/// assert!(alpha.value > 0.5 && alpha.value < 1.0);
/// # Ok::<(), Box<dyn std::error::Error>>(())
/// ```
#[derive(Copy, Clone, Debug, Default, PartialEq, Eq, Hash)]
pub struct Ordinal;

/// Interval data: the distance between two numbers is their squared difference. Values are any
/// primitive number ([`Number`]: `f64`, `f32`, `i64`, `u64`, `u8`, ...); NaN and infinities are
/// refused.
///
/// ```
/// use jos_agreement::{krippendorff_alpha, Interval, Ratings};
///
/// let r = Ratings::from_unit_rows(["a", "b"], [("u1", [Some(1.0), Some(1.5)]), ("u2", [Some(4.0), Some(4.0)])])?;
/// let alpha = krippendorff_alpha(&r, Interval)?;
/// assert!(alpha.value > 0.9);
/// # Ok::<(), Box<dyn std::error::Error>>(())
/// ```
#[derive(Copy, Clone, Debug, Default, PartialEq, Eq, Hash)]
pub struct Interval;

/// Ratio data (Krippendorff 2011): numbers with a true zero, such as counts or hours, where a
/// difference matters relative to the size of the values,
/// `delta²(c, k) = ((c - k) / (c + k))²` (and 0 when both are 0). Values are any [`Number`];
/// negative values, NaN and infinities are refused.
///
/// ```
/// use jos_agreement::{krippendorff_alpha, Interval, Ratio, Ratings};
///
/// // Coders differ by 1 hour on a 2-hour and on a 40-hour practice.
/// let r = Ratings::from_unit_rows(
///     ["a", "b"],
///     [("u1", [Some(2u32), Some(3)]), ("u2", [Some(40), Some(41)]), ("u3", [Some(10), Some(10)])],
/// )?;
/// let ratio = krippendorff_alpha(&r, Ratio)?;
/// let interval = krippendorff_alpha(&r, Interval)?;
/// assert!(ratio.value < interval.value); // 2 against 3 weighs more than 40 against 41
/// # Ok::<(), Box<dyn std::error::Error>>(())
/// ```
#[derive(Copy, Clone, Debug, Default, PartialEq, Eq, Hash)]
pub struct Ratio;

/// Set-valued data compared with the Jaccard distance, `1 - |a ∩ b| / |a ∪ b|` (see
/// [`jaccard_distance`]): the distance NLTK offers beside MASI. MASI ([`Masi`]) also weighs
/// *how* sets overlap (one inside the other, or only partly); Jaccard only how much.
///
/// ```
/// use jos_agreement::{krippendorff_alpha, Jaccard, Masi, Ratings};
///
/// let r = Ratings::from_set_members([
///     ("r1", "ann", "smw"), ("r1", "ann", "jgz"), ("r1", "bob", "smw"),
///     ("r2", "ann", "ib"), ("r2", "bob", "ib"), ("r3", "ann", "jgz"), ("r3", "bob", "jgz"),
/// ])?;
/// let jaccard = krippendorff_alpha(&r, Jaccard)?;
/// assert!(jaccard.value > 0.0 && jaccard.value < 1.0);
/// assert!(jaccard.value != krippendorff_alpha(&r, Masi)?.value);
/// # Ok::<(), Box<dyn std::error::Error>>(())
/// ```
#[derive(Copy, Clone, Debug, Default, PartialEq, Eq, Hash)]
pub struct Jaccard;

/// A primitive number, for [`Interval`] and [`Ratio`] data: every integer and float type.
/// Integers beyond 2^53 in size lose precision in the conversion to `f64`, as in every
/// reference implementation.
pub trait Number: Copy + number::Sealed {
    /// The value as `f64`.
    fn to_f64(self) -> f64;
}

mod number {
    pub trait Sealed {}
}

macro_rules! numbers {
    ($($t:ty),*) => {$(
        impl number::Sealed for $t {}
        impl Number for $t {
            #[allow(clippy::cast_precision_loss, clippy::cast_lossless)]
            fn to_f64(self) -> f64 {
                self as f64
            }
        }
    )*};
}

numbers!(
    f64, f32, i8, i16, i32, i64, i128, isize, u8, u16, u32, u64, u128, usize
);

/// Set-valued data (multi-valued facets): the distance between two sets of codes is the MASI
/// distance of Passonneau (2006), see [`masi_distance`].
///
/// ```
/// use std::collections::BTreeSet;
/// use jos_agreement::{krippendorff_alpha, Masi, Ratings};
///
/// let r = Ratings::from_set_members([
///     ("r1", "ann", "smw"), ("r1", "ann", "jgz"), ("r1", "bob", "smw"), ("r1", "bob", "jgz"),
///     ("r2", "ann", "ib"), ("r2", "bob", "ib"),
/// ])?;
/// assert_eq!(krippendorff_alpha(&r, Masi)?.value, 1.0);
/// # Ok::<(), Box<dyn std::error::Error>>(())
/// ```
#[derive(Copy, Clone, Debug, Default, PartialEq, Eq, Hash)]
pub struct Masi;

/// Any distance function between two values, used as Krippendorff's `delta²` in the
/// pairable-values form of alpha.
///
/// The function must be symmetric, return a finite number `>= 0`, and be 0 for equal values. It
/// is only called for two different values (by `Ord`), and its results are cached while there
/// are at most 1024 distinct values. A negative, NaN or infinite result is reported as
/// [`AgreementError::InvalidDistance`]. For interval-like data return the *squared* difference,
/// as Krippendorff's metrics do.
///
/// ```
/// use jos_agreement::{krippendorff_alpha, Distance, Nominal, Ratings};
///
/// let r = Ratings::from_unit_rows(
///     ["a", "b"],
///     [("u1", [Some(1), Some(2)]), ("u2", [Some(3), Some(3)]), ("u3", [Some(1), Some(1)])],
/// )?;
/// // A 0/1 distance is the nominal metric.
/// let same_or_not = krippendorff_alpha(&r, Distance(|a: &i32, b: &i32| f64::from(u8::from(a != b))))?;
/// assert!((same_or_not.value - krippendorff_alpha(&r, Nominal)?.value).abs() < 1e-12);
/// # Ok::<(), Box<dyn std::error::Error>>(())
/// ```
#[derive(Copy, Clone, Debug, Default, PartialEq, Eq, Hash)]
pub struct Distance<F>(pub F);

/// A distance function between two numbers, for values that are not `Ord` (`f64`): what
/// [`Distance`] is for codes. Values are any [`Number`], compared as `f64`; NaN and infinities
/// are refused. The function has the same duties as for [`Distance`] (symmetric, finite,
/// `>= 0`, 0 for equal values) and is called once per pair of distinct values.
///
/// ```
/// use jos_agreement::{krippendorff_alpha, Interval, NumberDistance, Ratings};
///
/// let r = Ratings::from_unit_rows(
///     ["a", "b"],
///     [("u1", [Some(1.5), Some(2.0)]), ("u2", [Some(4.0), Some(4.0)]), ("u3", [Some(0.5), Some(0.5)])],
/// )?;
/// // The squared difference is the interval metric.
/// let squared = krippendorff_alpha(&r, NumberDistance(|a: f64, b: f64| (a - b) * (a - b)))?;
/// assert!((squared.value - krippendorff_alpha(&r, Interval)?.value).abs() < 1e-12);
/// # Ok::<(), Box<dyn std::error::Error>>(())
/// ```
#[derive(Copy, Clone, Debug, Default, PartialEq, Eq, Hash)]
pub struct NumberDistance<F>(pub F);

impl<T: Ord> sealed::Prepare<T> for Nominal {
    fn prepare<'a>(&'a self, ratings: &'a Ratings<T>) -> Result<Prepared<'a, T>, AgreementError> {
        Prepared::with_codes(ratings, |codes, categories| Cells::Nominal {
            codes,
            categories: categories.len(),
        })
    }
}

impl<T: Ord> sealed::Prepare<T> for Ordinal {
    fn prepare<'a>(&'a self, ratings: &'a Ratings<T>) -> Result<Prepared<'a, T>, AgreementError> {
        Prepared::with_codes(ratings, |codes, categories| Cells::Ordinal {
            codes,
            categories: categories.len(),
        })
    }
}

impl<T: Number> sealed::Prepare<T> for Interval {
    fn prepare<'a>(&'a self, ratings: &'a Ratings<T>) -> Result<Prepared<'a, T>, AgreementError> {
        Prepared::with_numbers(ratings)
    }
}

/// Krippendorff's ratio difference.
fn ratio(c: f64, k: f64) -> f64 {
    if c + k == 0.0 {
        0.0
    } else {
        let d = (c - k) / (c + k);
        d * d
    }
}

impl<T: Number> sealed::Prepare<T> for Ratio {
    fn prepare<'a>(&'a self, ratings: &'a Ratings<T>) -> Result<Prepared<'a, T>, AgreementError> {
        Prepared::with_distinct_numbers(ratings, &ratio, false)
    }
}

impl<T: Number, F: Fn(f64, f64) -> f64> sealed::Prepare<T> for NumberDistance<F> {
    fn prepare<'a>(&'a self, ratings: &'a Ratings<T>) -> Result<Prepared<'a, T>, AgreementError> {
        Prepared::with_distinct_numbers(ratings, &self.0, true)
    }
}

impl<T: Ord> sealed::Prepare<BTreeSet<T>> for Jaccard {
    fn prepare<'a>(
        &'a self,
        ratings: &'a Ratings<BTreeSet<T>>,
    ) -> Result<Prepared<'a, BTreeSet<T>>, AgreementError> {
        Prepared::with_codes(ratings, |codes, sets| {
            Cells::distance(codes, sets, Box::new(jaccard_distance))
        })
    }
}

impl<T: Ord> sealed::Prepare<BTreeSet<T>> for Masi {
    fn prepare<'a>(
        &'a self,
        ratings: &'a Ratings<BTreeSet<T>>,
    ) -> Result<Prepared<'a, BTreeSet<T>>, AgreementError> {
        Prepared::with_codes(ratings, |codes, sets| {
            Cells::Masi(MasiCells::new(codes, number_codes(&sets)))
        })
    }
}

/// MASI for a matrix whose values are indices into distinct code sets, each a sorted list of
/// code numbers: what [`Masi`] computes on the sets themselves, for callers that have already
/// replaced each set by its index (numbered in the sets' order, codes in their order, it gives
/// the same number bit for bit).
#[derive(Copy, Clone, Debug)]
pub struct MasiOfSets<'s>(pub &'s [Vec<u32>]);

impl sealed::Prepare<u32> for MasiOfSets<'_> {
    fn prepare<'a>(
        &'a self,
        ratings: &'a Ratings<u32>,
    ) -> Result<Prepared<'a, u32>, AgreementError> {
        Prepared::with_codes(ratings, |codes, indices| {
            let sets = indices
                .iter()
                .map(|&&i| self.0[i as usize].clone())
                .collect();
            Cells::Masi(MasiCells::new(codes, sets))
        })
    }
}

impl<T: Ord, F: Fn(&T, &T) -> f64> sealed::Prepare<T> for Distance<F> {
    fn prepare<'a>(&'a self, ratings: &'a Ratings<T>) -> Result<Prepared<'a, T>, AgreementError> {
        Prepared::with_codes(ratings, |codes, categories| {
            Cells::distance(codes, categories, Box::new(&self.0))
        })
    }
}

/// The MASI distance between two sets of codes (Passonneau 2006): `1 - J * M`, where `J` is the
/// Jaccard index `|a ∩ b| / |a ∪ b|` and `M` rates how the sets overlap: 1 when they are
/// identical, 2/3 when one is a subset of the other, 1/3 when they overlap otherwise, and 0 when
/// they are disjoint. The result lies in `[0, 1]`. Two empty sets are identical (distance 0); an
/// empty and a non-empty set are disjoint (distance 1).
///
/// ```
/// use std::collections::BTreeSet;
/// use jos_agreement::masi_distance;
///
/// let set = |codes: &[&'static str]| codes.iter().copied().collect::<BTreeSet<_>>();
/// assert_eq!(masi_distance(&set(&["a", "b"]), &set(&["a", "b"])), 0.0);
/// // Subset: J = 1/2, M = 2/3.
/// assert!((masi_distance(&set(&["a"]), &set(&["a", "b"])) - (1.0 - 1.0 / 3.0)).abs() < 1e-12);
/// // Overlap: J = 1/3, M = 1/3.
/// assert!((masi_distance(&set(&["a", "b"]), &set(&["b", "c"])) - (1.0 - 1.0 / 9.0)).abs() < 1e-12);
/// assert_eq!(masi_distance(&set(&["a"]), &set(&["b"])), 1.0);
/// ```
pub fn masi_distance<T: Ord>(a: &BTreeSet<T>, b: &BTreeSet<T>) -> f64 {
    masi_sizes(a.len(), b.len(), a.intersection(b).count())
}

/// The Jaccard distance between two sets of codes, `1 - |a ∩ b| / |a ∪ b|`, in `[0, 1]`; two
/// empty sets are identical (distance 0).
///
/// ```
/// use std::collections::BTreeSet;
/// use jos_agreement::jaccard_distance;
///
/// let set = |codes: &[&'static str]| codes.iter().copied().collect::<BTreeSet<_>>();
/// assert_eq!(jaccard_distance(&set(&["a", "b"]), &set(&["b", "c"])), 1.0 - 1.0 / 3.0);
/// assert_eq!(jaccard_distance(&set(&[]), &set(&[])), 0.0);
/// ```
pub fn jaccard_distance<T: Ord>(a: &BTreeSet<T>, b: &BTreeSet<T>) -> f64 {
    let both = a.intersection(b).count();
    let either = a.len() + b.len() - both;
    if either == 0 {
        0.0
    } else {
        1.0 - both as f64 / either as f64
    }
}
