//! Cohen's kappa (two coders) and Fleiss' kappa (many raters, complete data).

use std::collections::BTreeMap;

use super::{AgreementError, Basis, Ratings};

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
    for (_, row) in ratings.rows() {
        let [Some(a), Some(b)] = row else { continue };
        for (value, counts) in [(a, &mut first), (b, &mut second)] {
            let next = index.len();
            let c = *index.entry(value).or_insert(next);
            if c >= counts.len() {
                counts.resize(c + 1, 0);
            }
            counts[c] += 1;
        }
        units += 1;
        agreed += u64::from(a == b);
    }
    if units < 2 {
        return Err(AgreementError::TooFewUnits {
            found: units as usize,
        });
    }
    two_coder_kappa(units, agreed, &first, &second)
}

/// Cohen's kappa from `units` coded by both coders, `agreed` of them alike, and each coder's
/// count per category. With integer counts:
/// `kappa = (N * agreed - sum a_c b_c) / (N² - sum a_c b_c)`.
fn two_coder_kappa(
    units: u64,
    agreed: u64,
    first: &[u64],
    second: &[u64],
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
    Ok(Kappa {
        value: numerator as f64 / (n * n - chance) as f64,
        observed_agreement: agreed as f64 / units as f64,
        expected_agreement: chance as f64 / (n * n) as f64,
        basis: Basis::new(units as usize, 2, 2 * units as usize),
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
    let mut index: BTreeMap<&T, usize> = BTreeMap::new();
    let mut totals: Vec<u64> = Vec::new();
    // sum_i sum_j n_ij (n_ij - 1): the ordered pairs of ratings of a unit that agree.
    let mut agreeing_pairs = 0u64;
    // Raters mostly agree, so a value often repeats the previous one: compare before looking up.
    let mut previous: Option<(&T, usize)> = None;
    for (_, row) in ratings.rows() {
        for (i, a) in row.iter().enumerate() {
            let Some(a) = a else { continue };
            let c = match previous {
                Some((p, c)) if p == a => c,
                _ => {
                    let next = index.len();
                    let c = *index.entry(a).or_insert(next);
                    previous = Some((a, c));
                    c
                }
            };
            if c >= totals.len() {
                totals.resize(c + 1, 0);
            }
            totals[c] += 1;
            agreeing_pairs += 2 * row[i + 1..].iter().flatten().filter(|&b| b == a).count() as u64;
        }
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
    Ok(Kappa {
        value: (observed - chance) / (1.0 - chance),
        observed_agreement: observed,
        expected_agreement: chance,
        basis: Basis::new(units, ratings.coders().len(), values),
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
/// [`Ratings::select_coders`], bit for bit, but without copying the matrix:
/// `O(pairs × units)` time after one pass that numbers the values.
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
    let (mut first, mut second) = (vec![0u64; k], vec![0u64; k]);
    let mut out = Vec::with_capacity(coders * coders.saturating_sub(1) / 2);
    for a in 0..coders {
        for b in a + 1..coders {
            first.iter_mut().for_each(|c| *c = 0);
            second.iter_mut().for_each(|c| *c = 0);
            let (mut both, mut agreed) = (0u64, 0u64);
            for u in 0..units {
                let row = ratings.row(u);
                let (Some(x), Some(y)) = (row[a], row[b]) else {
                    continue;
                };
                let (x, y) = (x as usize, y as usize);
                first[x] += 1;
                second[y] += 1;
                both += 1;
                agreed += u64::from(x == y);
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
                let kappa = two_coder_kappa(both, agreed, &first, &second);
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
