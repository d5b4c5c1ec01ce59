//! Krippendorff's alpha: the pairable values of a [`Ratings`] matrix, and the two disagreement
//! sums computed from them.
//!
//! [`Prepared`] holds the values of the pairable units in one flat vector (category indices, or
//! numbers for interval data) and computes alpha for any multiset of those units, so the
//! bootstrap can resample units without copying data: a resample is a multiplicity per unit,
//! and the data are still read in order. The formulas are in the [module docs](super).

use std::cell::Cell;
use std::collections::BTreeMap;

use super::masi::MasiCells;
use super::{AgreementError, Basis, Metric, Number, Ratings};

/// Which pairable units a computation uses, and how often.
#[derive(Copy, Clone, Debug)]
pub(crate) enum Sample<'s> {
    /// Every pairable unit once: the point estimate.
    All,
    /// A bootstrap resample: how many times each pairable unit was drawn.
    Drawn(&'s [u32]),
}

impl Sample<'_> {
    fn weight(self, u: usize) -> u64 {
        match self {
            Sample::All => 1,
            Sample::Drawn(times) => u64::from(times[u]),
        }
    }
}

/// Krippendorff's alpha, with the two disagreements it is computed from.
#[derive(Copy, Clone, Debug, PartialEq)]
#[non_exhaustive]
pub struct Alpha {
    /// `1 - D_o / D_e`: 1 is perfect agreement, 0 agreement at chance level, below 0
    /// systematic disagreement. At most 1.
    pub value: f64,
    /// `D_o`, the mean difference between values coded for the same unit.
    pub observed_disagreement: f64,
    /// `D_e`, the mean difference between any two pairable values.
    pub expected_disagreement: f64,
    /// The units, coders and pairable values it rests on.
    pub basis: Basis,
}

/// Krippendorff's alpha for any number of coders, with missing values, at the level of
/// measurement `metric`: [`Nominal`](super::Nominal), [`Ordinal`](super::Ordinal),
/// [`Interval`](super::Interval), [`Masi`](super::Masi) for sets, or any
/// [`Distance`](super::Distance).
///
/// Units with fewer than two values are not pairable and are left out. The data of
/// Krippendorff (2011), nominal:
///
/// ```
/// use jos_agreement::{krippendorff_alpha, Nominal, Ratings};
///
/// let data = [
///     ("A", [Some(1), Some(2), Some(3), Some(3), Some(2), Some(1), Some(4), Some(1), Some(2), None, None, None]),
///     ("B", [Some(1), Some(2), Some(3), Some(3), Some(2), Some(2), Some(4), Some(1), Some(2), Some(5), None, Some(3)]),
///     ("C", [None, Some(3), Some(3), Some(3), Some(2), Some(3), Some(4), Some(2), Some(2), Some(5), Some(1), None]),
///     ("D", [Some(1), Some(2), Some(3), Some(3), Some(2), Some(4), Some(4), Some(1), Some(2), Some(5), Some(1), None]),
/// ];
/// let ratings = Ratings::from_coder_rows((1..=12).map(|u| u.to_string()), data)?;
/// let alpha = krippendorff_alpha(&ratings, Nominal)?;
/// assert_eq!(format!("{:.3}", alpha.value), "0.743");
/// assert_eq!((alpha.basis.units, alpha.basis.pairable_values), (11, 40));
/// # Ok::<(), Box<dyn std::error::Error>>(())
/// ```
pub fn krippendorff_alpha<T, M: Metric<T>>(
    ratings: &Ratings<T>,
    metric: M,
) -> Result<Alpha, AgreementError> {
    let prepared = metric.prepare(ratings)?;
    prepared.estimate(Sample::All)
}

/// The pairable values of a ratings matrix, ready for computing alpha on any multiset of its
/// pairable units.
pub struct Prepared<'a, T> {
    /// Pairable unit `i` has the values `offsets[i]..offsets[i + 1]` of `cells`.
    offsets: Vec<usize>,
    cells: Cells<'a, T>,
    coders: usize,
}

/// The pairable values, in the form their metric needs.
pub enum Cells<'a, T> {
    /// Category indices; any two different categories are at distance 1.
    Nominal {
        codes: Vec<usize>,
        categories: usize,
    },
    /// Category indices in `Ord` order; distances come from mid-ranks.
    Ordinal {
        codes: Vec<usize>,
        categories: usize,
    },
    /// Finite numbers.
    Interval { values: Vec<f64> },
    /// Indices of distinct finite numbers, compared by a difference function (ratio, or a
    /// [`NumberDistance`](super::NumberDistance)).
    Numeric {
        codes: Vec<usize>,
        values: Vec<f64>,
        delta: &'a dyn Fn(f64, f64) -> f64,
    },
    /// Category indices, with the distinct values and a distance between them.
    Distance(DistanceCells<'a, T>),
    /// Indices of distinct code sets, compared with MASI.
    Masi(MasiCells),
}

/// Category indices into `values`, compared by a distance function, memoised while the number
/// of distinct values is small.
pub struct DistanceCells<'a, T> {
    codes: Vec<usize>,
    values: Vec<&'a T>,
    distance: DistanceFn<'a, T>,
    /// `values.len()²` cells, NaN until computed; `None` when there are too many values.
    memo: Option<Vec<Cell<f64>>>,
}

/// A distance function between two values, borrowed from the metric.
pub type DistanceFn<'a, T> = Box<dyn Fn(&T, &T) -> f64 + 'a>;

/// Above this many distinct values the distance table (`k²` numbers) is not kept.
const MEMO_LIMIT: usize = 1024;

impl<'a, T> Cells<'a, T> {
    /// Cells compared by `distance`.
    pub(crate) fn distance(
        codes: Vec<usize>,
        values: Vec<&'a T>,
        distance: DistanceFn<'a, T>,
    ) -> Self {
        let k = values.len();
        let memo = (k <= MEMO_LIMIT).then(|| (0..k * k).map(|_| Cell::new(f64::NAN)).collect());
        Cells::Distance(DistanceCells {
            codes,
            values,
            distance,
            memo,
        })
    }
}

impl<'a, T> Prepared<'a, T> {
    /// Extracts the pairable units as category indices: the distinct values sorted by `Ord`,
    /// each value replaced by its position. `make` wraps them for the metric.
    pub(crate) fn with_codes(
        ratings: &'a Ratings<T>,
        make: impl FnOnce(Vec<usize>, Vec<&'a T>) -> Cells<'a, T>,
    ) -> Result<Self, AgreementError>
    where
        T: Ord,
    {
        ratings.check_coders()?;
        let mut offsets = vec![0];
        let mut codes = Vec::new();
        // Index values in order of first appearance, then renumber in sorted order: one map
        // lookup per value, skipped when a value repeats the previous one (coders agreeing).
        let mut first_seen: BTreeMap<&'a T, usize> = BTreeMap::new();
        let mut previous: Option<(&'a T, usize)> = None;
        for u in 0..ratings.units().len() {
            let row = ratings.row(u);
            if row.iter().flatten().nth(1).is_none() {
                continue;
            }
            for value in row.iter().flatten() {
                let code = match previous {
                    Some((p, code)) if p == value => code,
                    _ => {
                        let next = first_seen.len();
                        let code = *first_seen.entry(value).or_insert(next);
                        previous = Some((value, code));
                        code
                    }
                };
                codes.push(code);
            }
            offsets.push(codes.len());
        }
        let mut rank = vec![0; first_seen.len()];
        let mut values = Vec::with_capacity(first_seen.len());
        for (sorted, (value, seen)) in first_seen.into_iter().enumerate() {
            rank[seen] = sorted;
            values.push(value);
        }
        for code in &mut codes {
            *code = rank[*code];
        }
        Prepared::new(offsets, make(codes, values), ratings.coders().len())
    }

    /// The pairable units' values as finite numbers (non-negative unless `allow_negative`),
    /// with the offsets of each unit.
    fn finite_numbers(
        ratings: &Ratings<T>,
        allow_negative: bool,
    ) -> Result<(Vec<usize>, Vec<f64>), AgreementError>
    where
        T: Number,
    {
        ratings.check_coders()?;
        let mut offsets = vec![0];
        let mut values = Vec::new();
        for (unit, row) in ratings.rows() {
            if row.iter().flatten().nth(1).is_none() {
                continue;
            }
            for (c, cell) in row.iter().enumerate() {
                let Some(value) = cell else { continue };
                // `+ 0.0` makes -0.0 the same value as 0.0.
                let x = value.to_f64() + 0.0;
                let at = || (unit.to_owned(), ratings.coders()[c].clone());
                if !x.is_finite() {
                    let (unit, coder) = at();
                    return Err(AgreementError::NonFiniteValue { unit, coder });
                }
                if x < 0.0 && !allow_negative {
                    let (unit, coder) = at();
                    return Err(AgreementError::NegativeValue { unit, coder });
                }
                values.push(x);
            }
            offsets.push(values.len());
        }
        Ok((offsets, values))
    }

    /// Extracts the pairable units as indices of distinct finite numbers (non-negative unless
    /// `allow_negative`), compared by `delta`.
    pub(crate) fn with_distinct_numbers(
        ratings: &'a Ratings<T>,
        delta: &'a dyn Fn(f64, f64) -> f64,
        allow_negative: bool,
    ) -> Result<Self, AgreementError>
    where
        T: Number,
    {
        let (offsets, numbers) = Self::finite_numbers(ratings, allow_negative)?;
        let mut index: BTreeMap<u64, usize> = BTreeMap::new();
        let mut values = Vec::new();
        let codes = numbers
            .iter()
            .map(|&x| {
                let next = index.len();
                let code = *index.entry(x.to_bits()).or_insert(next);
                if code == values.len() {
                    values.push(x);
                }
                code
            })
            .collect();
        let cells = Cells::Numeric {
            codes,
            values,
            delta,
        };
        Prepared::new(offsets, cells, ratings.coders().len())
    }

    /// Extracts the pairable units as numbers, refusing NaN and infinities.
    pub(crate) fn with_numbers(ratings: &'a Ratings<T>) -> Result<Self, AgreementError>
    where
        T: Number,
    {
        let (offsets, values) = Self::finite_numbers(ratings, true)?;
        Prepared::new(offsets, Cells::Interval { values }, ratings.coders().len())
    }

    fn new(
        offsets: Vec<usize>,
        cells: Cells<'a, T>,
        coders: usize,
    ) -> Result<Self, AgreementError> {
        let units = offsets.len() - 1;
        if units < 2 {
            return Err(AgreementError::TooFewUnits { found: units });
        }
        Ok(Prepared {
            offsets,
            cells,
            coders,
        })
    }

    /// The number of pairable units.
    pub(crate) fn units(&self) -> usize {
        self.offsets.len() - 1
    }

    /// The values of pairable unit `u`.
    fn unit<'s, V>(&self, values: &'s [V], u: usize) -> &'s [V] {
        &values[self.offsets[u]..self.offsets[u + 1]]
    }

    /// The sampled units with their multiplicity, in order (sequential, cache-friendly access).
    fn sampled<'s>(
        &'s self,
        sample: Sample<'s>,
    ) -> impl Iterator<Item = (usize, u64)> + Clone + 's {
        (0..self.units())
            .map(move |u| (u, sample.weight(u)))
            .filter(|&(_, w)| w > 0)
    }

    /// Alpha for `sample`: every pairable unit once, or a bootstrap resample.
    pub(crate) fn estimate(&self, sample: Sample<'_>) -> Result<Alpha, AgreementError> {
        let (mut units, mut n) = (0u64, 0u64);
        for (u, w) in self.sampled(sample) {
            units += w;
            n += w * (self.offsets[u + 1] - self.offsets[u]) as u64;
        }
        if units < 2 {
            return Err(AgreementError::TooFewUnits {
                found: units as usize,
            });
        }
        // observed = n * D_o, expected = n (n - 1) * D_e.
        let (observed, expected) = match &self.cells {
            Cells::Nominal { codes, categories } => self.nominal(codes, *categories, sample, n),
            Cells::Ordinal { codes, categories } => self.ordinal(codes, *categories, sample, n),
            Cells::Interval { values } => self.interval(values, sample, n),
            Cells::Numeric {
                codes,
                values,
                delta,
            } => self.numeric(codes, values, *delta, sample),
            Cells::Distance(cells) => self.distance(cells, sample),
            Cells::Masi(cells) => self.masi(cells, sample),
        }?;
        if !(observed.is_finite() && expected.is_finite()) {
            return Err(AgreementError::Overflow);
        }
        if expected <= 0.0 {
            return Err(AgreementError::NoVariation);
        }
        let nf = n as f64;
        let value = 1.0 - (nf - 1.0) * observed / expected;
        if !value.is_finite() {
            return Err(AgreementError::Overflow);
        }
        Ok(Alpha {
            value,
            observed_disagreement: observed / nf,
            expected_disagreement: expected / (nf * (nf - 1.0)),
            basis: Basis::new(units as usize, self.coders, n as usize),
        })
    }

    /// Sums `delta(a, b) / (m_u - 1)` over the ordered pairs of values within each sampled unit:
    /// `sum_ck o_ck delta²(c, k)`, the coincidence matrix weighted by the differences.
    fn observed<V: Copy>(
        &self,
        values: &[V],
        sample: Sample<'_>,
        mut delta: impl FnMut(V, V) -> Result<f64, AgreementError>,
    ) -> Result<f64, AgreementError> {
        let mut sum = 0.0;
        for (u, w) in self.sampled(sample) {
            let unit = self.unit(values, u);
            let mut within = 0.0;
            for (i, &a) in unit.iter().enumerate() {
                for &b in &unit[i + 1..] {
                    within += delta(a, b)?;
                }
            }
            if within != 0.0 {
                sum += w as f64 * 2.0 * within / (unit.len() - 1) as f64;
            }
        }
        Ok(sum)
    }

    /// How often each category occurs in the sample: the marginals `n_c`.
    fn marginals(&self, codes: &[usize], categories: usize, sample: Sample<'_>) -> Vec<u64> {
        let mut counts = vec![0u64; categories];
        for (u, w) in self.sampled(sample) {
            for &c in self.unit(codes, u) {
                counts[c] += w;
            }
        }
        counts
    }

    fn nominal(
        &self,
        codes: &[usize],
        categories: usize,
        sample: Sample<'_>,
        n: u64,
    ) -> Result<(f64, f64), AgreementError> {
        let observed = self.observed(codes, sample, |a, b| Ok(if a == b { 0.0 } else { 1.0 }))?;
        let counts = self.marginals(codes, categories, sample);
        let same: u128 = counts.iter().map(|&c| u128::from(c) * u128::from(c)).sum();
        let n = u128::from(n);
        Ok((observed, (n * n - same) as f64))
    }

    fn ordinal(
        &self,
        codes: &[usize],
        categories: usize,
        sample: Sample<'_>,
        n: u64,
    ) -> Result<(f64, f64), AgreementError> {
        let counts = self.marginals(codes, categories, sample);
        if counts.iter().filter(|&&c| c > 0).nth(1).is_none() {
            return Err(AgreementError::NoVariation);
        }
        // Mid-ranks: r_c = sum_{g<c} n_g + n_c / 2, so that r_k - r_c is Krippendorff's
        // sum_{g=c..k} n_g - (n_c + n_k) / 2.
        let mut below = 0u64;
        let ranks: Vec<f64> = counts
            .iter()
            .map(|&c| {
                let r = below as f64 + c as f64 / 2.0;
                below += c;
                r
            })
            .collect();
        let observed = self.observed(codes, sample, |a, b| {
            let d = ranks[a] - ranks[b];
            Ok(d * d)
        })?;
        let weighted = counts.iter().zip(&ranks).map(|(&c, &r)| (c as f64, r));
        Ok((observed, spread(weighted, n)))
    }

    fn interval(
        &self,
        values: &[f64],
        sample: Sample<'_>,
        n: u64,
    ) -> Result<(f64, f64), AgreementError> {
        let weighted = self
            .sampled(sample)
            .flat_map(|(u, w)| self.unit(values, u).iter().map(move |&x| (w as f64, x)));
        let mut all = weighted.clone().map(|(_, x)| x);
        let first = all.next();
        if all.all(|x| Some(x) == first) {
            return Err(AgreementError::NoVariation);
        }
        let observed = self.observed(values, sample, |a, b| Ok((a - b) * (a - b)))?;
        Ok((observed, spread(weighted, n)))
    }

    fn numeric(
        &self,
        codes: &[usize],
        values: &[f64],
        delta: &dyn Fn(f64, f64) -> f64,
        sample: Sample<'_>,
    ) -> Result<(f64, f64), AgreementError> {
        let d = |a: usize, b: usize| -> Result<f64, AgreementError> {
            if a == b {
                return Ok(0.0);
            }
            let d = delta(values[a], values[b]);
            if d.is_finite() && d >= 0.0 {
                Ok(d)
            } else {
                Err(AgreementError::InvalidDistance { distance: d })
            }
        };
        let observed = self.observed(codes, sample, d)?;
        let counts = self.marginals(codes, values.len(), sample);
        Ok((observed, expected_pairs(&counts, d)?))
    }

    fn distance(
        &self,
        cells: &DistanceCells<'a, T>,
        sample: Sample<'_>,
    ) -> Result<(f64, f64), AgreementError> {
        let observed = self.observed(&cells.codes, sample, |a, b| cells.delta(a, b))?;
        let counts = self.marginals(&cells.codes, cells.values.len(), sample);
        Ok((observed, expected_pairs(&counts, |a, b| cells.delta(a, b))?))
    }
}

impl<T> Prepared<'_, T> {
    fn masi(&self, cells: &MasiCells, sample: Sample<'_>) -> Result<(f64, f64), AgreementError> {
        let observed = self.observed(&cells.codes, sample, |a, b| Ok(cells.delta(a, b)))?;
        let counts = self.marginals(&cells.codes, cells.sets(), sample);
        Ok((observed, cells.expected(&counts)))
    }
}

impl<T> DistanceCells<'_, T> {
    /// The distance between categories `a` and `b`: 0 when they are the same value.
    fn delta(&self, a: usize, b: usize) -> Result<f64, AgreementError> {
        if a == b {
            return Ok(0.0);
        }
        let (lo, hi) = (a.min(b), a.max(b));
        let slot = self.memo.as_ref().map(|m| &m[lo * self.values.len() + hi]);
        if let Some(known) = slot.map(Cell::get).filter(|d| !d.is_nan()) {
            return Ok(known);
        }
        let d = (self.distance)(self.values[lo], self.values[hi]);
        if !(d.is_finite() && d >= 0.0) {
            return Err(AgreementError::InvalidDistance { distance: d });
        }
        if let Some(slot) = slot {
            slot.set(d);
        }
        Ok(d)
    }
}

/// `sum over ordered pairs of values i != j of delta(v_i, v_j)`, where `counts[a]` values are
/// distinct value `a`: `2 * sum_{a < b} n_a n_b delta(a, b)` over the values present.
pub(crate) fn expected_pairs(
    counts: &[u64],
    mut delta: impl FnMut(usize, usize) -> Result<f64, AgreementError>,
) -> Result<f64, AgreementError> {
    let present: Vec<(usize, f64)> = counts
        .iter()
        .enumerate()
        .filter(|&(_, &c)| c > 0)
        .map(|(i, &c)| (i, c as f64))
        .collect();
    let mut sum = 0.0;
    for (i, &(a, na)) in present.iter().enumerate() {
        for &(b, nb) in &present[i + 1..] {
            sum += 2.0 * na * nb * delta(a, b)?;
        }
    }
    Ok(sum)
}

/// `sum over ordered pairs i != j of (x_i - x_j)²` for `n` values given as (weight, value):
/// `2 n * sum w (x - mean)²` (weights summing to `n`), centred for accuracy.
fn spread(weighted: impl Iterator<Item = (f64, f64)> + Clone, n: u64) -> f64 {
    let n = n as f64;
    let mean = weighted.clone().map(|(w, x)| w * x).sum::<f64>() / n;
    let squares: f64 = weighted.map(|(w, x)| w * (x - mean) * (x - mean)).sum();
    2.0 * n * squares
}
