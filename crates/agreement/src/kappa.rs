//! Cohen's kappa (two coders) and Fleiss' kappa (many raters, complete data).

use std::collections::BTreeMap;

use super::{AgreementError, Basis, Ratings, Weights};

/// A kappa coefficient, with the observed and chance agreement it is computed from.
#[derive(Copy, Clone, Debug, PartialEq)]
#[non_exhaustive]
pub struct Kappa {
    /// `(p_o - p_e) / (1 - p_e)`: 1 is perfect agreement, 0 agreement at chance level, below 0
    /// less agreement than chance. Between -1 and 1.
    pub value: f64,
    /// `p_o` (Fleiss: `P`), the proportion of agreement observed.
    pub observed_agreement: f64,
    /// `p_e` (Fleiss: `P_e`), the proportion of agreement expected by chance.
    pub expected_agreement: f64,
    /// The units, coders and values it rests on.
    pub basis: Basis,
    /// The large-sample standard error of `value`, for a confidence interval around it (not the
    /// one for a test of "kappa = 0", which is smaller when kappa is large): for Cohen's kappa,
    /// plain and weighted, that of Fleiss, Cohen & Everitt (1969), as statsmodels'
    /// `cohens_kappa` gives it; for Fleiss', Randolph's and Gwet's coefficients, Gwet's (2008)
    /// linearisation over the units, as Gwet's irrCAC gives it. Every coefficient of this crate
    /// has one; `None` is kept for coefficients that may come without. See
    /// [`Kappa::interval_95`].
    pub standard_error: Option<f64>,
}

/// The 97.5% quantile of the standard normal distribution: `value ± Z_975 × SE` is a 95% interval.
const Z_975: f64 = 1.959_963_984_540_054;

impl Kappa {
    /// The approximate 95% confidence interval `value ± 1.96 × standard error`, cut off at -1
    /// and 1 (as statsmodels computes it; irrCAC uses Student's t with `units - 1` degrees of
    /// freedom, slightly wider for few units). Read it as a rough guide below some 30 units.
    ///
    /// ```
    /// use jos_agreement::{cohen_kappa, Ratings};
    ///
    /// let r = Ratings::from_coder_rows(
    ///     ["u1", "u2", "u3", "u4", "u5", "u6"],
    ///     [("ann", [Some("a"), Some("a"), Some("b"), Some("b"), Some("a"), Some("b")]),
    ///      ("bob", [Some("a"), Some("a"), Some("b"), Some("a"), Some("a"), Some("b")])],
    /// )?;
    /// let kappa = cohen_kappa(&r)?;
    /// let (lower, upper) = kappa.interval_95().unwrap();
    /// assert!(lower < kappa.value && kappa.value < upper && upper <= 1.0);
    /// # Ok::<(), Box<dyn std::error::Error>>(())
    /// ```
    pub fn interval_95(&self) -> Option<(f64, f64)> {
        let half = Z_975 * self.standard_error?;
        Some(((self.value - half).max(-1.0), (self.value + half).min(1.0)))
    }
}

/// The standard error of Cohen's kappa, plain or weighted (Fleiss, Cohen & Everitt 1969), from
/// the cells `(i, j, count)` of the two coders' table over `units` units (first coder `i`,
/// second `j`), each coder's share per category (`q` each), the [`Weights`], the coefficient
/// and its chance agreement `p_e`:
///
/// ```text
/// var = [sum_ij p_ij (w_ij - (w_i. + w_.j)(1 - kappa))² - (kappa - p_e (1 - kappa))²] / ((1 - p_e)² N)
/// w_i. = sum_j c_j w_ij        w_.j = sum_i r_i w_ij
/// ```
///
/// with `w_ij` the agreement weight (1 minus the disagreement) and `r`, `c` the first and the
/// second coder's shares. Unweighted, `w_i. = c_i` and `w_.j = r_j`.
pub(crate) fn cohen_standard_error(
    cells: impl IntoIterator<Item = (usize, usize, u64)>,
    units: u64,
    first: &[f64],
    second: &[f64],
    weights: Weights,
    kappa: f64,
    chance: f64,
) -> f64 {
    let q = first.len();
    debug_assert_eq!(q, second.len());
    let agree = |i: usize, j: usize| 1.0 - weights.disagreement(i, j, q);
    let (row, col): (Vec<f64>, Vec<f64>) = if weights == Weights::Identity {
        (second.to_vec(), first.to_vec())
    } else {
        (
            (0..q)
                .map(|i| (0..q).map(|j| second[j] * agree(i, j)).sum())
                .collect(),
            (0..q)
                .map(|j| (0..q).map(|i| first[i] * agree(i, j)).sum())
                .collect(),
        )
    };
    let n = units as f64;
    let mut sum = 0.0;
    for (i, j, count) in cells {
        if count > 0 {
            let d = agree(i, j) - (row[i] + col[j]) * (1.0 - kappa);
            sum += count as f64 / n * d * d;
        }
    }
    let tail = kappa - chance * (1.0 - kappa);
    let variance = (sum - tail * tail) / ((1.0 - chance) * (1.0 - chance) * n);
    variance.max(0.0).sqrt()
}

/// [`cohen_standard_error`] for unweighted kappa without the table: with `r` and `c` the
/// coders' shares, `d_i` the units both put in category `i` and `X = mean over the units of
/// c[x] r[y]` (`cross`), the sum over the table's cells is
///
/// ```text
/// sum_i (d_i / N) (1 - (c_i + r_i)(1 - kappa))²
///   + (1 - kappa)² [sum_i r_i c_i² + sum_i c_i r_i² + 2 X - sum_i (d_i / N)(c_i + r_i)²]
/// ```
///
/// (the off-diagonal cells' `p_ij (c_i + r_j)²`, summed over all cells and less the diagonal),
/// so a pair of coders costs one more pass over its units and nothing per cell.
fn cohen_identity_standard_error(
    units: u64,
    r: &[f64],
    c: &[f64],
    diagonal: &[u64],
    cross: f64,
    kappa: f64,
    chance: f64,
) -> f64 {
    let n = units as f64;
    let (mut on, mut all, mut off_diagonal) = (0.0, 2.0 * cross, 0.0);
    for i in 0..r.len() {
        let (ri, ci) = (r[i], c[i]);
        all += ri * ci * ci + ci * ri * ri;
        if diagonal[i] > 0 {
            let p = diagonal[i] as f64 / n;
            let d = 1.0 - (ci + ri) * (1.0 - kappa);
            on += p * d * d;
            off_diagonal -= p * (ci + ri) * (ci + ri);
        }
    }
    let sum = on + (1.0 - kappa) * (1.0 - kappa) * (all + off_diagonal);
    let tail = kappa - chance * (1.0 - kappa);
    let variance = (sum - tail * tail) / ((1.0 - chance) * (1.0 - chance) * n);
    variance.max(0.0).sqrt()
}

/// Cohen's kappa (Cohen 1960) for exactly two coders on nominal data, over the units both
/// coded. Chance agreement uses each coder's own distribution of categories.
///
/// ```
/// use jos_agreement::{cohen_kappa, Ratings};
///
/// let ratings = Ratings::from_coder_rows(
///     ["r1", "r2", "r3", "r4"],
///     [("ann", [Some("yes"), Some("yes"), Some("no"), Some("no")]),
///      ("bob", [Some("yes"), Some("no"), Some("no"), Some("no")])],
/// )?;
/// // p_o = 3/4; p_e = (2/4)(1/4) + (2/4)(3/4) = 1/2; kappa = (3/4 - 1/2) / (1 - 1/2) = 1/2.
/// let kappa = cohen_kappa(&ratings)?;
/// assert_eq!(kappa.value, 0.5);
/// assert_eq!(kappa.basis.units, 4);
/// # Ok::<(), Box<dyn std::error::Error>>(())
/// ```
pub fn cohen_kappa<T: Ord>(ratings: &Ratings<T>) -> Result<Kappa, AgreementError> {
    let coders = ratings.coders().len();
    if coders > 2 {
        return Err(AgreementError::NotTwoCoders { found: coders });
    }
    ratings.check_coders()?;
    let mut index: BTreeMap<&T, usize> = BTreeMap::new();
    let (mut first, mut second) = (Vec::<u64>::new(), Vec::<u64>::new());
    let (mut units, mut agreed) = (0u64, 0u64);
    // Each unit's two categories, for the standard error.
    let mut pairs: Vec<(u32, u32)> = Vec::new();
    for (_, row) in ratings.rows() {
        let [Some(a), Some(b)] = row else { continue };
        let mut cell = [0; 2];
        for ((value, counts), slot) in [(a, &mut first), (b, &mut second)]
            .into_iter()
            .zip(&mut cell)
        {
            let next = index.len();
            let c = *index.entry(value).or_insert(next);
            if c >= counts.len() {
                counts.resize(c + 1, 0);
            }
            counts[c] += 1;
            *slot = c;
        }
        pairs.push((cell[0] as u32, cell[1] as u32));
        units += 1;
        agreed += u64::from(a == b);
    }
    if units < 2 {
        return Err(AgreementError::TooFewUnits {
            found: units as usize,
        });
    }
    first.resize(index.len(), 0);
    second.resize(index.len(), 0);
    let mut diagonal = vec![0u64; index.len()];
    for &(x, y) in &pairs {
        if x == y {
            diagonal[x as usize] += 1;
        }
    }
    two_coder_kappa(units, agreed, &first, &second, &diagonal, |r, c| {
        pairs
            .iter()
            .map(|&(x, y)| c[x as usize] * r[y as usize])
            .sum()
    })
}

/// Cohen's kappa from `units` coded by both coders, `agreed` of them alike, each coder's
/// count per category (as many categories each), the units they agree on per category, and
/// `cross(r, c)`: the sum over the units of `c[x] * r[y]`, `x` and `y` the first and the second
/// coder's category, given each coder's shares `r` and `c` (for the standard error).
/// With integer counts: `kappa = (N * agreed - sum a_c b_c) / (N² - sum a_c b_c)`.
fn two_coder_kappa(
    units: u64,
    agreed: u64,
    first: &[u64],
    second: &[u64],
    diagonal: &[u64],
    cross: impl FnOnce(&[f64], &[f64]) -> f64,
) -> Result<Kappa, AgreementError> {
    let chance: u128 = first
        .iter()
        .zip(second)
        .map(|(&a, &b)| u128::from(a) * u128::from(b))
        .sum();
    let n = u128::from(units);
    if chance == n * n {
        return Err(AgreementError::NoVariation);
    }
    // Both terms are at most N², far below i128::MAX, so the casts are exact.
    let numerator = (n * u128::from(agreed)) as i128 - chance as i128;
    let value = numerator as f64 / (n * n - chance) as f64;
    let expected = chance as f64 / (n * n) as f64;
    let shares =
        |counts: &[u64]| -> Vec<f64> { counts.iter().map(|&c| c as f64 / units as f64).collect() };
    let (r, c) = (shares(first), shares(second));
    let cross = cross(&r, &c) / units as f64;
    let standard_error =
        cohen_identity_standard_error(units, &r, &c, diagonal, cross, value, expected);
    Ok(Kappa {
        value,
        observed_agreement: agreed as f64 / units as f64,
        expected_agreement: expected,
        basis: Basis::new(units as usize, 2, 2 * units as usize),
        standard_error: Some(standard_error),
    })
}

/// Fleiss' kappa (Fleiss 1971) for nominal data where every unit has the same number of
/// ratings, from the same or from different raters. Data given as a table of counts per
/// category can be read with [`Ratings::from_counts`].
///
/// ```
/// use jos_agreement::{fleiss_kappa, Ratings};
///
/// let ratings = Ratings::from_counts(
///     ["low", "high"],
///     [("u1", [3, 0]), ("u2", [0, 3]), ("u3", [2, 1]), ("u4", [0, 3])],
/// )?;
/// let kappa = fleiss_kappa(&ratings)?;
/// assert!((kappa.value - 0.657).abs() < 0.001);
/// assert_eq!(kappa.basis.pairable_values, 12);
/// # Ok::<(), Box<dyn std::error::Error>>(())
/// ```
pub fn fleiss_kappa<T: Ord>(ratings: &Ratings<T>) -> Result<Kappa, AgreementError> {
    let expected = complete_ratings(ratings)?;
    let mut index: BTreeMap<&T, usize> = BTreeMap::new();
    // Raters mostly agree, so a value often repeats the previous one: compare before looking up.
    let mut previous: Option<(&T, usize)> = None;
    fleiss_of(ratings, expected, |a| match previous {
        Some((p, c)) if p == a => c,
        _ => {
            let next = index.len();
            let c = *index.entry(a).or_insert(next);
            previous = Some((a, c));
            c
        }
    })
}

/// [`fleiss_kappa`] for values that are already category numbers (interned codes): the same
/// number, without looking values up.
pub fn fleiss_kappa_codes(ratings: &Ratings<u32>) -> Result<Kappa, AgreementError> {
    let expected = complete_ratings(ratings)?;
    fleiss_of(ratings, expected, |&c| c as usize)
}

/// The number of ratings every unit has, after checking the coders, that at least two units
/// are pairable and that every unit has as many ratings as the first.
fn complete_ratings<T>(ratings: &Ratings<T>) -> Result<usize, AgreementError> {
    ratings.check_coders()?;
    let ratings_in = |row: &[Option<T>]| row.iter().flatten().count();
    let pairable = ratings
        .rows()
        .filter(|(_, row)| ratings_in(row) >= 2)
        .count();
    if pairable < 2 {
        return Err(AgreementError::TooFewUnits { found: pairable });
    }
    let mut rows = ratings.rows();
    let Some((reference_unit, first)) = rows.next() else {
        return Err(AgreementError::TooFewUnits { found: 0 });
    };
    let expected = ratings_in(first);
    if let Some((unit, row)) = rows.find(|(_, row)| ratings_in(row) != expected) {
        return Err(AgreementError::IncompleteData {
            unit: unit.to_owned(),
            found: ratings_in(row),
            reference_unit: reference_unit.to_owned(),
            expected,
        });
    }
    Ok(expected)
}

/// Fleiss' kappa on complete data with `expected` ratings per unit, each value numbered by
/// `code` (the same number for equal values).
fn fleiss_of<'a, T: 'a>(
    ratings: &'a Ratings<T>,
    expected: usize,
    mut code: impl FnMut(&'a T) -> usize,
) -> Result<Kappa, AgreementError> {
    let mut totals: Vec<u64> = Vec::new();
    // sum_i sum_j n_ij (n_ij - 1): the ordered pairs of ratings of a unit that agree.
    let mut agreeing_pairs = 0u64;
    // For the standard error: each unit's agreeing pairs and each rating's category.
    let mut unit_pairs: Vec<u64> = Vec::with_capacity(ratings.units().len());
    let mut codes: Vec<u32> = Vec::with_capacity(ratings.units().len() * expected);
    for (_, row) in ratings.rows() {
        let start = codes.len();
        for a in row.iter().flatten() {
            let c = code(a);
            if c >= totals.len() {
                totals.resize(c + 1, 0);
            }
            totals[c] += 1;
            codes.push(c as u32);
        }
        let unit = &codes[start..];
        let mut pairs = 0u64;
        for (i, &a) in unit.iter().enumerate() {
            pairs += 2 * unit[i + 1..].iter().filter(|&&b| b == a).count() as u64;
        }
        agreeing_pairs += pairs;
        unit_pairs.push(pairs);
    }
    let units = ratings.units().len();
    let values = units * expected;
    let all = values as u128 * values as u128;
    let same: u128 = totals.iter().map(|&t| u128::from(t) * u128::from(t)).sum();
    if same == all {
        return Err(AgreementError::NoVariation);
    }
    let n = expected as f64;
    let observed = agreeing_pairs as f64 / (units as f64 * n * (n - 1.0));
    let chance = same as f64 / all as f64;
    let value = (observed - chance) / (1.0 - chance);
    // Gwet's (2008) linearisation: each unit's share in kappa, corrected for its share in the
    // chance agreement, varies around kappa; irrCAC's `fleiss()` computes the same.
    let pi: Vec<f64> = totals.iter().map(|&t| t as f64 / values as f64).collect();
    let squares: f64 = unit_pairs
        .iter()
        .zip(codes.chunks_exact(expected))
        .map(|(&pairs, unit)| {
            let agreement = pairs as f64 / (n * (n - 1.0));
            let unit_chance = unit.iter().map(|&c| pi[c as usize]).sum::<f64>() / n;
            let share = (agreement - chance) / (1.0 - chance)
                - 2.0 * (1.0 - value) * (unit_chance - chance) / (1.0 - chance);
            (share - value) * (share - value)
        })
        .sum();
    let standard_error = (squares / (units as f64 * (units as f64 - 1.0))).sqrt();
    Ok(Kappa {
        value,
        observed_agreement: observed,
        expected_agreement: chance,
        basis: Basis::new(units, ratings.coders().len(), values),
        standard_error: Some(standard_error),
    })
}

/// Agreement between one pair of coders, from [`pairwise_cohen`].
#[derive(Clone, Debug, PartialEq)]
#[non_exhaustive]
pub struct CoderPair {
    /// The two coders, as indices into [`Ratings::coders`], the first the lower.
    pub coders: (usize, usize),
    /// The units both coded.
    pub units: usize,
    /// Percent agreement over those units.
    pub percent_agreement: Result<super::Agreement, AgreementError>,
    /// Cohen's kappa over those units.
    pub kappa: Result<Kappa, AgreementError>,
}

/// Cohen's kappa and percent agreement for every pair of coders: the pairwise coder matrix that
/// shows who reads the codes differently. The same numbers as [`cohen_kappa`] and
/// [`percent_agreement`](super::percent_agreement) on each pair selected with
/// [`Ratings::select_coders`], bit for bit (the standard errors to rounding: they add the
/// cells of the table in another order), but without copying the matrix: `O(pairs × units)`
/// time after one pass that numbers the values.
///
/// ```
/// use jos_agreement::{pairwise_cohen, Ratings};
///
/// let r = Ratings::from_coder_rows(
///     ["u1", "u2", "u3", "u4"],
///     [("ann", [Some("a"), Some("b"), Some("a"), Some("b")]),
///      ("bob", [Some("a"), Some("b"), Some("a"), Some("a")]),
///      ("cas", [Some("b"), Some("a"), None, Some("b")])],
/// )?;
/// let pairs = pairwise_cohen(&r)?;
/// assert_eq!(pairs.len(), 3);
/// assert_eq!(pairs[0].coders, (0, 1));
/// assert_eq!(pairs[0].kappa.as_ref().unwrap().value, 0.5);
/// assert_eq!(pairs[1].units, 3); // ann and cas both coded u1, u2 and u4
/// # Ok::<(), Box<dyn std::error::Error>>(())
/// ```
pub fn pairwise_cohen<T: Ord>(ratings: &Ratings<T>) -> Result<Vec<CoderPair>, AgreementError> {
    ratings.check_coders()?;
    let mut index: BTreeMap<&T, usize> = BTreeMap::new();
    let coders = ratings.coders().len();
    let mut codes: Vec<Option<u32>> = Vec::with_capacity(ratings.units().len() * coders);
    // Coders mostly agree, so a value often repeats the one before: skip the lookup.
    let mut previous: Option<(&T, usize)> = None;
    for (_, row) in ratings.rows() {
        for value in row {
            codes.push(value.as_ref().map(|v| match previous {
                Some((p, code)) if p == v => code as u32,
                _ => {
                    let next = index.len();
                    let code = *index.entry(v).or_insert(next);
                    previous = Some((v, code));
                    code as u32
                }
            }));
        }
    }
    let numbered = Ratings::from_parts(ratings.units().to_vec(), ratings.coders().to_vec(), codes);
    Ok(pairs_of_codes(&numbered, index.len()))
}

/// [`pairwise_cohen`] for values that are already category numbers `0..categories` (interned
/// codes): the same numbers, without looking values up or copying.
pub fn pairwise_cohen_codes(
    ratings: &Ratings<u32>,
    categories: usize,
) -> Result<Vec<CoderPair>, AgreementError> {
    ratings.check_coders()?;
    Ok(pairs_of_codes(ratings, categories))
}

/// The pairs of a matrix of category numbers `0..categories` whose coders are checked.
fn pairs_of_codes(ratings: &Ratings<u32>, categories: usize) -> Vec<CoderPair> {
    let coders = ratings.coders().len();
    let k = categories;
    let units = ratings.units().len();
    let (mut first, mut second, mut diagonal) = (vec![0u64; k], vec![0u64; k], vec![0u64; k]);
    // The pair's categories per unit both coded, read again (sequentially) for the standard error.
    let mut both_coded: Vec<(u32, u32)> = Vec::with_capacity(units);
    let mut out = Vec::with_capacity(coders * coders.saturating_sub(1) / 2);
    for a in 0..coders {
        for b in a + 1..coders {
            first.iter_mut().for_each(|c| *c = 0);
            second.iter_mut().for_each(|c| *c = 0);
            diagonal.iter_mut().for_each(|c| *c = 0);
            both_coded.clear();
            let (mut both, mut agreed) = (0u64, 0u64);
            for u in 0..units {
                let row = ratings.row(u);
                let (Some(x), Some(y)) = (row[a], row[b]) else {
                    continue;
                };
                both_coded.push((x, y));
                let (x, y) = (x as usize, y as usize);
                first[x] += 1;
                second[y] += 1;
                both += 1;
                if x == y {
                    agreed += 1;
                    diagonal[x] += 1;
                }
            }
            let basis = Basis::new(both as usize, 2, 2 * both as usize);
            let (percent_agreement, kappa) = if both < 2 {
                let e = AgreementError::TooFewUnits {
                    found: both as usize,
                };
                (Err(e.clone()), Err(e))
            } else {
                let percent = Ok(super::Agreement {
                    value: agreed as f64 / both as f64,
                    basis,
                });
                let cross = |r: &[f64], c: &[f64]| {
                    both_coded
                        .iter()
                        .map(|&(x, y)| c[x as usize] * r[y as usize])
                        .sum()
                };
                let kappa = two_coder_kappa(both, agreed, &first, &second, &diagonal, cross);
                (percent, kappa)
            };
            out.push(CoderPair {
                coders: (a, b),
                units: both as usize,
                percent_agreement,
                kappa,
            });
        }
    }
    out
}
