//! Per-facet reliability matrices and the statistics computed on them.

use jos_agreement::interned::{MasiOfSets, number_codes};
use jos_agreement::{
    AgreementError, Bootstrap, Metric, Nominal, Ordinal, Ratings, bootstrap_alpha, cohen_kappa,
    fleiss_kappa, krippendorff_alpha, percent_agreement,
};
use rustc_hash::FxBuildHasher as FxBuild;
use std::borrow::Cow;
use std::collections::{BTreeSet, HashMap};
use std::hash::Hash;

use super::*;

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
    /// them (see the [module docs](crate::agree)).
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
pub(super) fn pairable_part<T>(ratings: &Ratings<T>) -> (Vec<usize>, Vec<usize>) {
    let rows: Vec<usize> = (0..ratings.units().len())
        .filter(|&u| ratings.row(u).iter().flatten().nth(1).is_some())
        .collect();
    let coders = (0..ratings.coders().len())
        .filter(|&c| rows.iter().any(|&u| ratings.row(u)[c].is_some()))
        .collect();
    (rows, coders)
}

/// A matrix of the `rows` and `coders` of `ratings`, with `cells` in that order.
pub(super) fn part_of<T, V>(
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
pub(super) fn restricted<T: Clone>(ratings: &Ratings<T>) -> Cow<'_, Ratings<T>> {
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
pub(super) fn interned<T: Ord + Hash>(ratings: &Ratings<T>) -> (Ratings<u32>, Vec<&T>) {
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

pub(super) fn compute<M: Metric<u32> + Copy>(
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
