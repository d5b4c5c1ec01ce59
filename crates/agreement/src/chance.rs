//! Chance-corrected coefficients beside Cohen's and Fleiss' kappa: weighted kappa for ordered
//! categories, Randolph's free-marginal kappa, Gwet's AC1 and AC2, and specific (positive and
//! negative) agreement.

use std::collections::BTreeMap;

use super::kappa::cohen_standard_error;
use super::{AgreementError, Basis, Kappa, Ratings};

/// How much two ordered categories disagree, by their distance `d = |i - j|` in the order of
/// the categories (`q` categories, `0 <= d <= q - 1`).
///
/// Weighted kappa and AC2 give partial credit to near misses: on a four-step scale, coders who
/// chose steps 2 and 3 disagree less than coders who chose 1 and 4.
#[derive(Copy, Clone, Debug, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum Weights {
    /// Every disagreement counts the same (the unweighted coefficient).
    Identity,
    /// Disagreement in proportion to the distance: `d / (q - 1)`.
    Linear,
    /// Disagreement in proportion to the squared distance: `(d / (q - 1))²`.
    Quadratic,
}

impl Weights {
    /// The disagreement between categories `i` and `j` of `q`, in `[0, 1]`.
    pub(crate) fn disagreement(self, i: usize, j: usize, q: usize) -> f64 {
        if i == j {
            return 0.0;
        }
        let d = i.abs_diff(j) as f64 / (q - 1) as f64;
        match self {
            Weights::Identity => 1.0,
            Weights::Linear => d,
            Weights::Quadratic => d * d,
        }
    }
}

/// The categories the coefficients count: given, in their order, or (when `None`) the values
/// that occur, in `Ord` order. Returns each value's index and the number of categories.
fn categories<'a, T: Ord>(
    ratings: &'a Ratings<T>,
    given: Option<&'a [T]>,
) -> Result<(BTreeMap<&'a T, usize>, usize), AgreementError> {
    let mut index = BTreeMap::new();
    match given {
        Some(list) => {
            for value in list {
                let next = index.len();
                index.entry(value).or_insert(next);
            }
            for (unit, row) in ratings.rows() {
                for (c, value) in row.iter().enumerate() {
                    if let Some(v) = value
                        && !index.contains_key(v)
                    {
                        return Err(AgreementError::UnknownCategory {
                            unit: unit.to_owned(),
                            coder: ratings.coders()[c].clone(),
                        });
                    }
                }
            }
        }
        None => {
            // Coders mostly agree, so a value often repeats the one before: skip the lookup.
            let mut previous = None;
            for (_, row) in ratings.rows() {
                for v in row.iter().flatten() {
                    if previous != Some(v) {
                        index.insert(v, 0);
                        previous = Some(v);
                    }
                }
            }
            for (i, slot) in index.values_mut().enumerate() {
                *slot = i;
            }
        }
    }
    let q = index.len();
    Ok((index, q))
}

/// Cohen's kappa with weights for ordered categories (Cohen 1968), for exactly two coders, over
/// the units both coded:
///
/// ```text
/// kappa_w = 1 - sum_ij w_ij o_ij / sum_ij w_ij e_ij
/// ```
///
/// with `o_ij` the share of units the first coder put in category `i` and the second in `j`,
/// `e_ij` the product of their marginal shares, and `w_ij` the [`Weights`]. The categories are
/// `categories` in that order, or the values that occur in the units both coded, in `Ord` order
/// (as scikit-learn's
/// `cohen_kappa_score` and R's `irr::kappa2` do); the order matters for the weights, and a
/// category that nobody used still counts in the distances. [`Weights::Identity`] gives
/// [`cohen_kappa`](super::cohen_kappa). `observed_agreement` and `expected_agreement` are
/// `1 - sum w o` and `1 - sum w e`.
///
/// ```
/// use jos_agreement::{cohen_kappa_weighted, Ratings, Weights};
///
/// // A four-step scale on which nobody chose step 3.
/// let r = Ratings::from_coder_rows(
///     ["u1", "u2", "u3", "u4", "u5"],
///     [("ann", [Some(1), Some(2), Some(4), Some(4), Some(2)]),
///      ("bob", [Some(1), Some(4), Some(4), Some(4), Some(1)])],
/// )?;
/// let linear = cohen_kappa_weighted(&r, Weights::Linear, None)?;
/// let quadratic = cohen_kappa_weighted(&r, Weights::Quadratic, None)?;
/// // As scikit-learn's cohen_kappa_score(a, b, weights="linear"), and "quadratic":
/// assert_eq!(format!("{:.4} {:.4}", linear.value, quadratic.value), "0.5833 0.7368");
/// // With the scale's own steps, 2 and 4 are two steps apart, not one.
/// let scale = cohen_kappa_weighted(&r, Weights::Linear, Some(&[1, 2, 3, 4]))?;
/// assert_eq!(format!("{:.4}", scale.value), "0.5946");
/// # Ok::<(), Box<dyn std::error::Error>>(())
/// ```
pub fn cohen_kappa_weighted<T: Ord>(
    ratings: &Ratings<T>,
    weights: Weights,
    categories: Option<&[T]>,
) -> Result<Kappa, AgreementError> {
    let coders = ratings.coders().len();
    if coders > 2 {
        return Err(AgreementError::NotTwoCoders { found: coders });
    }
    ratings.check_coders()?;
    let (index, q) = match categories {
        Some(_) => self::categories(ratings, categories)?,
        // The values of the units both coded: a value only one coder used, on a unit the other
        // skipped, is not a category of this comparison.
        None => {
            let mut index: BTreeMap<&T, usize> = BTreeMap::new();
            for (_, row) in ratings.rows() {
                if let [Some(a), Some(b)] = row {
                    index.insert(a, 0);
                    index.insert(b, 0);
                }
            }
            for (i, slot) in index.values_mut().enumerate() {
                *slot = i;
            }
            let q = index.len();
            (index, q)
        }
    };
    let mut table = vec![0u64; q * q];
    let (mut first, mut second) = (vec![0u64; q], vec![0u64; q]);
    let mut units = 0u64;
    for (_, row) in ratings.rows() {
        let [Some(a), Some(b)] = row else { continue };
        let (i, j) = (index[a], index[b]);
        table[i * q + j] += 1;
        first[i] += 1;
        second[j] += 1;
        units += 1;
    }
    if units < 2 {
        return Err(AgreementError::TooFewUnits {
            found: units as usize,
        });
    }
    if q < 2 {
        return Err(AgreementError::NoVariation);
    }
    let n = units as f64;
    let (mut observed, mut expected) = (0.0, 0.0);
    for i in 0..q {
        for j in 0..q {
            let w = weights.disagreement(i, j, q);
            if w > 0.0 {
                observed += w * table[i * q + j] as f64 / n;
                expected += w * (first[i] as f64 / n) * (second[j] as f64 / n);
            }
        }
    }
    if expected <= 0.0 {
        return Err(AgreementError::NoVariation);
    }
    let value = 1.0 - observed / expected;
    let shares = |counts: &[u64]| -> Vec<f64> { counts.iter().map(|&c| c as f64 / n).collect() };
    let cells = table.iter().enumerate().map(|(c, &t)| (c / q, c % q, t));
    let standard_error = cohen_standard_error(
        cells,
        units,
        &shares(&first),
        &shares(&second),
        weights,
        value,
        1.0 - expected,
    );
    Ok(Kappa {
        value,
        observed_agreement: 1.0 - observed,
        expected_agreement: 1.0 - expected,
        basis: Basis::new(units as usize, 2, 2 * units as usize),
        standard_error: Some(standard_error),
    })
}

/// Per unit with enough ratings: its number of ratings and the count per category it has,
/// stored sparsely (a unit holds at most as many categories as it has ratings), so that the
/// cost does not grow with the number of categories.
struct Counts {
    /// `(category, count)` of unit `u` are `pairs[offsets[u]..offsets[u + 1]]`.
    pairs: Vec<(usize, u64)>,
    offsets: Vec<usize>,
    /// Ratings per unit.
    totals: Vec<u64>,
    q: usize,
}

impl Counts {
    /// Every unit with at least `min` ratings, each value numbered by `code`.
    fn new<T: PartialEq>(
        ratings: &Ratings<T>,
        code: impl Fn(&T) -> usize,
        q: usize,
        min: u64,
    ) -> Counts {
        let mut counts = Counts {
            pairs: Vec::new(),
            offsets: vec![0],
            totals: Vec::new(),
            q,
        };
        for (_, row) in ratings.rows() {
            let total = row.iter().flatten().count() as u64;
            if total < min {
                continue;
            }
            let start = counts.pairs.len();
            let mut previous: Option<(&T, usize)> = None;
            for v in row.iter().flatten() {
                let k = match previous {
                    Some((p, k)) if p == v => k,
                    _ => {
                        let k = code(v);
                        previous = Some((v, k));
                        k
                    }
                };
                match counts.pairs[start..].iter_mut().find(|(c, _)| *c == k) {
                    Some((_, n)) => *n += 1,
                    None => counts.pairs.push((k, 1)),
                }
            }
            counts.offsets.push(counts.pairs.len());
            counts.totals.push(total);
        }
        counts
    }

    fn units(&self) -> usize {
        self.totals.len()
    }

    fn unit(&self, u: usize) -> &[(usize, u64)] {
        &self.pairs[self.offsets[u]..self.offsets[u + 1]]
    }

    /// The weighted share of agreeing ordered pairs of ratings, averaged over the units with two
    /// ratings or more (the `Some` of [`Counts::unit_agreements`]):
    /// `mean_u sum_k r_uk (r*_uk - 1) / (r_u (r_u - 1))`, where `r*_uk = sum_l (1 - w_kl) r_ul`
    /// (Gwet 2014, eq. 2.40; unweighted it is Fleiss' `P`).
    fn agreement(units: &[Option<f64>]) -> f64 {
        let (sum, count) = units
            .iter()
            .flatten()
            .fold((0.0, 0usize), |(s, n), a| (s + a, n + 1));
        sum / count as f64
    }

    /// [`Counts::unit_agreement`] of every unit.
    fn unit_agreements(&self, weights: Weights) -> Vec<Option<f64>> {
        (0..self.units())
            .map(|u| self.unit_agreement(u, weights))
            .collect()
    }

    /// Unit `u`'s weighted share of agreeing ordered pairs, `None` with fewer than 2 ratings.
    fn unit_agreement(&self, u: usize, weights: Weights) -> Option<f64> {
        let r = self.totals[u] as f64;
        if r < 2.0 {
            return None;
        }
        let unit = self.unit(u);
        if weights == Weights::Identity {
            let pairs: u64 = unit.iter().map(|&(_, n)| n * (n - 1)).sum();
            return Some(pairs as f64 / (r * (r - 1.0)));
        }
        let mut pairs = 0.0;
        for &(k, n_k) in unit {
            let weighted: f64 = unit
                .iter()
                .map(|&(l, n_l)| (1.0 - weights.disagreement(k, l, self.q)) * n_l as f64)
                .sum();
            pairs += n_k as f64 * (weighted - 1.0);
        }
        Some(pairs / (r * (r - 1.0)))
    }

    /// Gwet's (2008) linearised standard error of a coefficient `(p_a - p_e) / (1 - p_e)` over
    /// these units (every unit rated at least once): each unit's share
    /// `k_u = (n / n_2) (p_a,u - p_e [r_u >= 2]) / (1 - p_e)`, corrected by
    /// `- 2 (1 - value) (p_e,u - p_e) / (1 - p_e)` where chance agreement depends on the
    /// categories' shares (`unit_chance`, `None` for a fixed chance such as Randolph's), and
    /// `var = sum_u (k*_u - value)² / (n (n - 1))`, as irrCAC computes it.
    fn standard_error(
        &self,
        agreements: &[Option<f64>],
        value: f64,
        chance: f64,
        unit_chance: Option<&dyn Fn(usize) -> f64>,
    ) -> f64 {
        let n = self.units() as f64;
        let pairable = self.totals.iter().filter(|&&r| r >= 2).count() as f64;
        let mut squares = 0.0;
        for (u, &agreement) in agreements.iter().enumerate() {
            let (agreement, chance_here) = match agreement {
                Some(a) => (a, chance),
                None => (0.0, 0.0),
            };
            let mut share = n / pairable * (agreement - chance_here) / (1.0 - chance);
            if let Some(unit_chance) = unit_chance {
                share -= 2.0 * (1.0 - value) * (unit_chance(u) - chance) / (1.0 - chance);
            }
            squares += (share - value) * (share - value);
        }
        (squares / (n * (n - 1.0))).sqrt()
    }
}

impl Weights {
    /// `T_w = sum over all k, l of the agreement weight 1 - disagreement(k, l)`, in closed form:
    /// `sum |k - l| = q (q² - 1) / 3` and `sum (k - l)² = q² (q² - 1) / 6` over `q` categories.
    fn total_agreement_weight(self, q: usize) -> f64 {
        let q = q as f64;
        match self {
            Weights::Identity => q,
            Weights::Linear => q * q - q * (q + 1.0) / 3.0,
            Weights::Quadratic => q * q - q * q * (q + 1.0) / (6.0 * (q - 1.0)),
        }
    }
}

/// Randolph's free-marginal multirater kappa (Randolph 2005; Brennan & Prediger 1981 for two
/// coders), for nominal data:
///
/// ```text
/// kappa_free = (P_o - 1/q) / (1 - 1/q)
/// ```
///
/// with `P_o` the share of agreeing pairs of ratings, averaged over the units rated at least
/// twice (Fleiss' `P`; units may have different numbers of ratings), and `q` the number of
/// categories coders could choose from: give it when some were never chosen (a facet's concept
/// count), else it is the number of values that occur. Chance agreement does not depend on how
/// often each category was used, so the coefficient suffers no "kappa paradox" when one
/// category dominates. statsmodels computes it as `fleiss_kappa(table, method="randolph")`.
///
/// ```
/// use jos_agreement::{randolph_kappa, Ratings};
///
/// let r = Ratings::from_counts(
///     ["yes", "no"],
///     [("u1", [3, 0]), ("u2", [3, 0]), ("u3", [2, 1]), ("u4", [3, 0])],
/// )?;
/// // P_o = (1 + 1 + 1/3 + 1) / 4 = 5/6; with q = 2: (5/6 - 1/2) / (1/2) = 2/3.
/// let k = randolph_kappa(&r, None)?;
/// assert!((k.value - 2.0 / 3.0).abs() < 1e-12);
/// // Out of four possible categories chance agreement is lower, kappa higher.
/// assert!(randolph_kappa(&r, Some(4))?.value > k.value);
/// # Ok::<(), Box<dyn std::error::Error>>(())
/// ```
pub fn randolph_kappa<T: Ord>(
    ratings: &Ratings<T>,
    categories: Option<usize>,
) -> Result<Kappa, AgreementError> {
    ratings.check_coders()?;
    let (index, observed_q) = self::categories(ratings, None)?;
    let q = match categories {
        Some(q) if q < observed_q => {
            return Err(AgreementError::TooFewCategories {
                given: q,
                found: observed_q,
            });
        }
        Some(q) => q,
        None => observed_q,
    };
    // Units rated once count in the standard error (as irrCAC counts them), not in the value.
    let counts = Counts::new(ratings, |v| index[v], observed_q, 1);
    let pairable = counts.totals.iter().filter(|&&r| r >= 2).count();
    if pairable < 2 {
        return Err(AgreementError::TooFewUnits { found: pairable });
    }
    if q < 2 {
        return Err(AgreementError::NoVariation);
    }
    let agreements = counts.unit_agreements(Weights::Identity);
    let observed = Counts::agreement(&agreements);
    let chance = 1.0 / q as f64;
    let value = (observed - chance) / (1.0 - chance);
    let values = counts.totals.iter().filter(|&&r| r >= 2).sum::<u64>() as usize;
    Ok(Kappa {
        value,
        observed_agreement: observed,
        expected_agreement: chance,
        basis: Basis::new(pairable, ratings.coders().len(), values),
        standard_error: Some(counts.standard_error(&agreements, value, chance, None)),
    })
}

/// Gwet's AC1 (nominal data) and AC2 (weighted, for ordered categories), for two or more coders
/// with missing values allowed (Gwet 2008; Gwet 2014, chapter 2):
///
/// ```text
/// p_a = mean over units rated at least twice of  sum_k r_uk (r*_uk - 1) / (r_u (r_u - 1))
/// pi_k = mean over units rated at least once of  r_uk / r_u
/// p_e = T_w / (q (q - 1)) * sum_k pi_k (1 - pi_k)
/// AC  = (p_a - p_e) / (1 - p_e)
/// ```
///
/// where `r_uk` counts the ratings of unit `u` in category `k`, `r*_uk = sum_l w_kl r_ul` with
/// the agreement weights `w_kl = 1 -` [`Weights`] disagreement, and `T_w = sum_kl w_kl`
/// (`q` for AC1). Chance agreement is low when one category dominates, so AC1 stays near
/// percent agreement where kappa collapses (the "kappa paradox"); report it beside kappa when
/// prevalence is extreme. The categories are `categories` in that order, or the values that
/// occur in `Ord` order. It agrees with Gwet's `irrCAC` (R and Python).
///
/// ```
/// use jos_agreement::{cohen_kappa, gwet_ac, Ratings, Weights};
///
/// // 18 of 20 units "no" by both coders, two disagreements.
/// let mut ann = vec![Some("no"); 20];
/// let mut bob = vec![Some("no"); 20];
/// ann[0] = Some("yes");
/// bob[1] = Some("yes");
/// let r = Ratings::from_coder_rows((1..=20).map(|u| u.to_string()), [("ann", ann), ("bob", bob)])?;
/// let kappa = cohen_kappa(&r)?;
/// let ac1 = gwet_ac(&r, Weights::Identity, None)?;
/// assert!(kappa.value < 0.0);        // 90% agreement, yet kappa below chance
/// assert!(ac1.value > 0.85);          // AC1 tells the agreement as it is
/// # Ok::<(), Box<dyn std::error::Error>>(())
/// ```
pub fn gwet_ac<T: Ord>(
    ratings: &Ratings<T>,
    weights: Weights,
    categories: Option<&[T]>,
) -> Result<Kappa, AgreementError> {
    ratings.check_coders()?;
    let (index, q) = self::categories(ratings, categories)?;
    let counts = Counts::new(ratings, |v| index[v], q, 1);
    gwet_from_counts(&counts, weights, ratings.coders().len())
}

/// [`gwet_ac`] for values that are already category numbers `0..categories` (interned codes):
/// the same number, without looking values up.
pub fn gwet_ac_codes(
    ratings: &Ratings<u32>,
    weights: Weights,
    categories: usize,
) -> Result<Kappa, AgreementError> {
    ratings.check_coders()?;
    let counts = Counts::new(ratings, |&v| v as usize, categories, 1);
    gwet_from_counts(&counts, weights, ratings.coders().len())
}

fn gwet_from_counts(
    counts: &Counts,
    weights: Weights,
    coders: usize,
) -> Result<Kappa, AgreementError> {
    let q = counts.q;
    let pairable = counts.totals.iter().filter(|&&r| r >= 2).count();
    if pairable < 2 {
        return Err(AgreementError::TooFewUnits { found: pairable });
    }
    if q < 2 {
        return Err(AgreementError::NoVariation);
    }
    let agreements = counts.unit_agreements(weights);
    let observed = Counts::agreement(&agreements);
    let mut pi = vec![0.0; q];
    for u in 0..counts.units() {
        let r = counts.totals[u] as f64;
        for &(k, c) in counts.unit(u) {
            pi[k] += c as f64 / r;
        }
    }
    let units = counts.units() as f64;
    let spread: f64 = pi.iter().map(|&p| (p / units) * (1.0 - p / units)).sum();
    let total_weight = weights.total_agreement_weight(q);
    let chance = total_weight * spread / (q * (q - 1)) as f64;
    if chance >= 1.0 {
        return Err(AgreementError::NoVariation);
    }
    let values = counts.totals.iter().sum::<u64>() as usize;
    let value = (observed - chance) / (1.0 - chance);
    // p_e,u = T_w / (q (q - 1)) * sum_k r_uk (1 - pi_k) / r_u.
    let unit_chance = |u: usize| {
        let r = counts.totals[u] as f64;
        let spread: f64 = counts
            .unit(u)
            .iter()
            .map(|&(k, c)| c as f64 * (1.0 - pi[k] / units))
            .sum();
        total_weight * spread / (r * (q * (q - 1)) as f64)
    };
    let standard_error = counts.standard_error(&agreements, value, chance, Some(&unit_chance));
    Ok(Kappa {
        value,
        observed_agreement: observed,
        expected_agreement: chance,
        basis: Basis::new(pairable, coders, values),
        standard_error: Some(standard_error),
    })
}

/// Specific agreement on a present/absent judgement (one code applied or not), for two or more
/// coders with missing values allowed.
#[derive(Copy, Clone, Debug, PartialEq)]
#[non_exhaustive]
pub struct SpecificAgreement {
    /// Positive agreement: of the times a coder said "present", the share another coder of the
    /// same unit said so too. `None` when no pairable unit has a "present".
    pub positive: Option<f64>,
    /// Negative agreement, the same for "absent". `None` when no pairable unit has an "absent".
    pub negative: Option<f64>,
    /// The pairable units, coders and values it rests on.
    pub basis: Basis,
}

/// Positive and negative specific agreement (Spitzer & Fleiss 1974; Uebersax 1982 for many
/// coders): over the units rated at least twice, with `n_u` ratings of which `p_u` "present",
///
/// ```text
/// positive = sum_u p_u (p_u - 1) / sum_u p_u (n_u - 1)
/// negative = sum_u a_u (a_u - 1) / sum_u a_u (n_u - 1)     (a_u = n_u - p_u)
/// ```
///
/// For two coders, positive agreement is `2a / (2a + b + c)` (`a` both present, `b` and `c`
/// one of them). Unlike kappa it does not depend on how rare the code is, which makes it the
/// measure to read per code of a multi-valued facet.
///
/// ```
/// use jos_agreement::{specific_agreement, Ratings};
///
/// let r = Ratings::from_coder_rows(
///     ["u1", "u2", "u3", "u4"],
///     [("ann", [Some(true), Some(true), Some(false), Some(false)]),
///      ("bob", [Some(true), Some(false), Some(false), Some(false)])],
/// )?;
/// let s = specific_agreement(&r)?;
/// assert_eq!(s.positive, Some(2.0 / 3.0)); // 2a / (2a + b + c) = 2 / 3
/// assert_eq!(s.negative, Some(0.8));       // 2d / (2d + b + c) = 4 / 5
/// # Ok::<(), Box<dyn std::error::Error>>(())
/// ```
pub fn specific_agreement(ratings: &Ratings<bool>) -> Result<SpecificAgreement, AgreementError> {
    ratings.check_coders()?;
    let (mut pos_agree, mut pos_all, mut neg_agree, mut neg_all) = (0u64, 0u64, 0u64, 0u64);
    let (mut units, mut values) = (0usize, 0usize);
    for (_, row) in ratings.rows() {
        let n = row.iter().flatten().count() as u64;
        if n < 2 {
            continue;
        }
        let p = row.iter().flatten().filter(|&&v| v).count() as u64;
        let a = n - p;
        pos_agree += p * p.saturating_sub(1);
        pos_all += p * (n - 1);
        neg_agree += a * a.saturating_sub(1);
        neg_all += a * (n - 1);
        units += 1;
        values += n as usize;
    }
    if units < 2 {
        return Err(AgreementError::TooFewUnits { found: units });
    }
    let share = |agree: u64, all: u64| (all > 0).then(|| agree as f64 / all as f64);
    Ok(SpecificAgreement {
        positive: share(pos_agree, pos_all),
        negative: share(neg_agree, neg_all),
        basis: Basis::new(units, ratings.coders().len(), values),
    })
}
