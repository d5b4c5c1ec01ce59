//! Per-facet reliability matrices and the statistics computed on them.

use jos_agreement::interned::{
    MasiOfSets, fleiss_kappa_codes, gwet_ac_codes, number_codes, pairwise_cohen_codes,
};
use jos_agreement::{
    AgreementError, Bootstrap, Metric, Nominal, Ordinal, Ratings, Weights, bootstrap_alpha,
    cohen_kappa, fleiss_kappa, krippendorff_alpha, percent_agreement,
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
                let (ids, distinct) = interned(r);
                let name = |v: u32| distinct[v as usize].clone();
                let exact = (&ids, distinct.len());
                let mut stats = compute(
                    &ids,
                    exact,
                    Nominal,
                    level,
                    bootstrap,
                    &name,
                    PARALLEL_VALUES,
                );
                name_units(&mut stats, r);
                stats
            }
            FacetRatings::Ordinal(r) => {
                // Alpha compares scale positions; the exact-value statistics their ranks.
                let positions = restricted(r);
                let (ranks, distinct) = ranks(&positions);
                let name = |v: u32| distinct[v as usize].to_string();
                let exact = (&ranks, distinct.len());
                let mut stats = compute(
                    &positions,
                    exact,
                    Ordinal,
                    level,
                    bootstrap,
                    &name,
                    PARALLEL_VALUES,
                );
                name_units(&mut stats, r);
                stats
            }
            FacetRatings::Sets(r) => {
                let (ids, distinct) = interned(r);
                let sets = number_codes(&distinct);
                let name = |v: u32| {
                    let set: Vec<&str> = distinct[v as usize].iter().map(String::as_str).collect();
                    set.join("; ")
                };
                let exact = (&ids, distinct.len());
                let mut stats = compute(
                    &ids,
                    exact,
                    MasiOfSets(&sets),
                    level,
                    bootstrap,
                    &name,
                    PARALLEL_VALUES,
                );
                name_units(&mut stats, r);
                if stats.records >= 2 {
                    stats.codes = code_agreement(&ids, &distinct);
                }
                stats
            }
        }
    }
}

/// The matrices the statistics run on leave their units unnamed (see [`part_of`]); the one
/// statistic whose reason for being undefined names records, Fleiss' kappa on incomplete data,
/// is computed again on the pairable part of the named matrix, in that rare case only.
fn name_units<T: Ord + Clone>(stats: &mut FacetStatistics, original: &Ratings<T>) {
    if let Some(Err(AgreementError::IncompleteData { .. })) = &stats.fleiss_kappa {
        let (rows, coders) = pairable_part(original);
        let mut cells = Vec::with_capacity(rows.len() * coders.len());
        for &u in &rows {
            let row = original.row(u);
            cells.extend(coders.iter().map(|&c| row[c].clone()));
        }
        let named = Ratings::from_parts(
            rows.iter().map(|&u| original.units()[u].clone()).collect(),
            coders
                .iter()
                .map(|&c| original.coders()[c].clone())
                .collect(),
            cells,
        );
        stats.fleiss_kappa = Some(fleiss_kappa(&named));
    }
}

/// Agreement per code of a multi-valued facet: each coder's set read as the code present or
/// absent, over the pairable records (`ids`, the interned sets, numbering `distinct`); most used
/// codes first. One pass over the matrix for all codes, with the closed forms of nominal alpha
/// and specific agreement for two categories.
fn code_agreement(ids: &Ratings<u32>, distinct: &[&BTreeSet<String>]) -> Vec<CodeAgreement> {
    // Number the codes, and each distinct set as the list of its code numbers.
    let codes: Vec<&String> = distinct
        .iter()
        .flat_map(|set| set.iter())
        .collect::<BTreeSet<_>>()
        .into_iter()
        .collect();
    let number: HashMap<&String, usize, FxBuild> =
        codes.iter().enumerate().map(|(i, c)| (*c, i)).collect();
    let members: Vec<Vec<usize>> = distinct
        .iter()
        .map(|set| set.iter().map(|c| number[c]).collect())
        .collect();
    let coders = ids.coders().len();
    let mut used = vec![vec![0usize; coders]; codes.len()];
    // Per code, the sums over pairable records of the closed forms (see `binary_agreement`); a
    // record where a code is absent from every set adds nothing but its values to `n`.
    let mut sums = vec![BinarySums::default(); codes.len()];
    let (mut records, mut n) = (0usize, 0u64);
    let mut present: Vec<(usize, u64)> = Vec::new();
    for (_, row) in ids.rows() {
        let m = row.iter().flatten().count() as u64;
        if m < 2 {
            continue;
        }
        records += 1;
        n += m;
        present.clear();
        for (c, value) in row.iter().enumerate() {
            let Some(v) = value else { continue };
            for &code in &members[*v as usize] {
                used[code][c] += 1;
                match present.iter_mut().find(|(k, _)| *k == code) {
                    Some((_, p)) => *p += 1,
                    None => present.push((code, 1)),
                }
            }
        }
        for &(code, p) in &present {
            sums[code].add(m, p);
        }
    }
    let mut out: Vec<CodeAgreement> = codes
        .iter()
        .enumerate()
        .map(|(i, code)| {
            let (alpha, positive_agreement) = sums[i].finish(records, n);
            CodeAgreement {
                code: (*code).clone(),
                alpha,
                positive_agreement,
                used: std::mem::take(&mut used[i]),
            }
        })
        .collect();
    out.sort_by(|a, b| {
        let total = |c: &CodeAgreement| c.used.iter().sum::<usize>();
        total(b).cmp(&total(a)).then_with(|| a.code.cmp(&b.code))
    });
    out
}

/// The sums behind [`binary_agreement`] for one code, over the records where it is present.
#[derive(Clone, Copy, Default)]
struct BinarySums {
    present: u64,
    observed: f64,
    agree: u64,
    all: u64,
}

impl BinarySums {
    /// A record with `m` values, `p` of them with the code.
    fn add(&mut self, m: u64, p: u64) {
        self.present += p;
        if p > 0 && p < m {
            self.observed += (2 * p * (m - p)) as f64 / (m - 1) as f64;
        }
        self.agree += p * p.saturating_sub(1);
        self.all += p * (m - 1);
    }

    /// Alpha and positive agreement over `records` pairable records holding `n` values.
    fn finish(&self, records: usize, n: u64) -> (Result<f64, AgreementError>, Option<f64>) {
        if records < 2 {
            return (Err(AgreementError::TooFewUnits { found: records }), None);
        }
        let expected = 2.0 * self.present as f64 * (n - self.present) as f64;
        let alpha = if expected == 0.0 {
            Err(AgreementError::NoVariation)
        } else {
            Ok(1.0 - (n as f64 - 1.0) * self.observed / expected)
        };
        (
            alpha,
            (self.all > 0).then(|| self.agree as f64 / self.all as f64),
        )
    }
}

/// Nominal alpha and positive specific agreement for a present/absent judgement, from the
/// number of values `n` and of "present" `p` per pairable record:
///
/// ```text
/// alpha = 1 - (N - 1) * sum 2 p (n - p) / (n - 1)  /  (2 P (N - P))      N = sum n, P = sum p
/// positive = sum p (p - 1) / sum p (n - 1)
/// ```
///
/// (Krippendorff's nominal alpha and the Spitzer-Fleiss/Uebersax positive agreement written out
/// for two categories; a test checks them against `jos_agreement`.)
#[cfg(test)]
fn binary_agreement(counts: &[(u64, u64)]) -> (Result<f64, AgreementError>, Option<f64>) {
    let mut sums = BinarySums::default();
    for &(m, p) in counts {
        sums.add(m, p);
    }
    sums.finish(counts.len(), counts.iter().map(|&(m, _)| m).sum())
}

/// Cohen's kappa and percent agreement for every pair of coders, on values numbered `0..k`.
fn pairs(ratings: &Ratings<u32>, k: usize) -> Vec<PairAgreement> {
    let names = ratings.coders();
    pairwise_cohen_codes(ratings, k)
        .map(|pairs| {
            pairs
                .into_iter()
                .map(|p| PairAgreement {
                    coders: [names[p.coders.0].clone(), names[p.coders.1].clone()],
                    records: p.units,
                    percent_agreement: p.percent_agreement,
                    cohen_kappa: p.kappa,
                })
                .collect()
        })
        .unwrap_or_default()
}

/// Per coder: the records with three or more values where a strict majority chose one value,
/// and how often the coder chose another.
fn deviations(ratings: &Ratings<u32>) -> Vec<Deviation> {
    let coders = ratings.coders().len();
    let (mut records, mut deviating) = (vec![0usize; coders], vec![0usize; coders]);
    for (_, row) in ratings.rows() {
        let values = row.iter().flatten();
        let m = values.clone().count();
        if m < 3 {
            continue;
        }
        // Boyer-Moore majority vote, then a count to confirm it.
        let (mut candidate, mut votes) = (0u32, 0usize);
        for &v in values.clone() {
            if votes == 0 {
                candidate = v;
            }
            if v == candidate {
                votes += 1;
            } else {
                votes -= 1;
            }
        }
        if 2 * values.filter(|&&v| v == candidate).count() <= m {
            continue;
        }
        let majority = candidate;
        for (c, value) in row.iter().enumerate() {
            if let Some(v) = value {
                records[c] += 1;
                deviating[c] += usize::from(*v != majority);
            }
        }
    }
    ratings
        .coders()
        .iter()
        .enumerate()
        .map(|(c, coder)| Deviation {
            coder: coder.clone(),
            records: records[c],
            deviating: deviating[c],
        })
        .collect()
}

/// The warnings for a facet's pairable values: too few records, or one value too common.
fn warnings(ratings: &Ratings<u32>, name: &dyn Fn(u32) -> String) -> Vec<Warning> {
    let mut out = Vec::new();
    let records = ratings.units().len();
    if records < MIN_RECORDS {
        out.push(Warning::FewRecords { records });
    }
    let mut counts: HashMap<u32, usize, FxBuild> = HashMap::default();
    let mut total = 0usize;
    for (_, row) in ratings.rows() {
        for &v in row.iter().flatten() {
            *counts.entry(v).or_default() += 1;
            total += 1;
        }
    }
    if let Some((&value, &count)) = counts
        .iter()
        .max_by_key(|(v, c)| (**c, std::cmp::Reverse(**v)))
        && total > 0
        && count as f64 / total as f64 >= EXTREME_PREVALENCE
    {
        out.push(Warning::ExtremePrevalence {
            value: name(value),
            share: count as f64 / total as f64,
        });
    }
    out
}

/// The records with at least two values and the coders with a value among them: the part of a
/// matrix the statistics rest on.
pub(super) fn pairable_part<T>(ratings: &Ratings<T>) -> (Vec<usize>, Vec<usize>) {
    let mut rows: Vec<usize> = Vec::with_capacity(ratings.units().len());
    rows.extend(
        (0..ratings.units().len()).filter(|&u| ratings.row(u).iter().flatten().nth(1).is_some()),
    );
    let coders = (0..ratings.coders().len())
        .filter(|&c| rows.iter().any(|&u| ratings.row(u)[c].is_some()))
        .collect();
    (rows, coders)
}

/// A matrix of the `rows` and `coders` of `ratings`, with `cells` in that order.
///
/// The units are left unnamed: the statistics count units but never read their ids, and copying
/// (then freeing) 100,000 record ids per facet cost a tenth of the report's time. Only the
/// coders, whose names the pairwise matrix reports, are named.
pub(super) fn part_of<T, V>(
    ratings: &Ratings<T>,
    rows: &[usize],
    coders: &[usize],
    cells: Vec<Option<V>>,
) -> Ratings<V> {
    Ratings::from_parts(
        vec![String::new(); rows.len()],
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

/// Scale positions (small numbers) replaced by their rank among the distinct positions, and the
/// distinct positions in order: a table lookup per value.
fn ranks(positions: &Ratings<u32>) -> (Ratings<u32>, Vec<u32>) {
    let max = positions
        .rows()
        .flat_map(|(_, row)| row.iter().flatten())
        .max()
        .map_or(0, |&m| m as usize);
    if max > 1 << 16 {
        let (ranks, distinct) = interned(positions);
        return (ranks, distinct.into_iter().copied().collect());
    }
    let mut seen = vec![false; max + 1];
    for (_, row) in positions.rows() {
        for &v in row.iter().flatten() {
            seen[v as usize] = true;
        }
    }
    let distinct: Vec<u32> = (0..=max as u32).filter(|&v| seen[v as usize]).collect();
    let mut rank = vec![0u32; max + 1];
    for (r, &v) in distinct.iter().enumerate() {
        rank[v as usize] = r as u32;
    }
    let cells = positions
        .rows()
        .flat_map(|(_, row)| row.iter().map(|v| v.map(|v| rank[v as usize])))
        .collect();
    // Unnamed units, as in `part_of`.
    let ranks = Ratings::from_parts(
        vec![String::new(); positions.units().len()],
        positions.coders().to_vec(),
        cells,
    );
    (ranks, distinct)
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

/// From how many values on a facet's statistics run on two threads.
const PARALLEL_VALUES: usize = 100_000;

/// Alpha, and with resamples its bootstrap interval.
fn alpha_and_interval<M: Metric<u32> + Copy>(
    ratings: &Ratings<u32>,
    metric: M,
    bootstrap: Bootstrap,
) -> (
    Result<jos_agreement::Alpha, AgreementError>,
    Option<Result<jos_agreement::AlphaInterval, AgreementError>>,
) {
    if bootstrap.resamples == 0 {
        return (krippendorff_alpha(ratings, metric), None);
    }
    match bootstrap_alpha(ratings, metric, bootstrap) {
        Ok(interval) => (Ok(interval.alpha), Some(Ok(interval))),
        Err(e) => (krippendorff_alpha(ratings, metric), Some(Err(e))),
    }
}

/// Every statistic of a facet but alpha: percent agreement and kappa on `ratings`, AC1, the
/// pairwise matrix and the departures on `exact`.
fn others(
    stats: &mut FacetStatistics,
    ratings: &Ratings<u32>,
    exact: (&Ratings<u32>, usize),
    coders: usize,
) {
    stats.percent_agreement = percent_agreement(ratings);
    stats.cohen_kappa = (coders == 2).then(|| cohen_kappa(ratings));
    stats.fleiss_kappa = (coders >= 3).then(|| fleiss_kappa_codes(exact.0));
    stats.gwet_ac1 = gwet_ac_codes(exact.0, Weights::Identity, exact.1);
    if coders >= 3 {
        stats.pairs = pairs(exact.0, exact.1);
        stats.deviations = deviations(exact.0);
    }
}

/// The statistics of a facet: percent agreement, kappa and alpha on `ratings` (the values
/// alpha compares), and AC1, pairs, departures and warnings on `exact`, the pairable values
/// numbered `0..k` (the same records and coders). From `parallel_from` values on (callers give
/// [`PARALLEL_VALUES`]), alpha runs on a second thread.
pub(super) fn compute<M: Metric<u32> + Copy + Send>(
    ratings: &Ratings<u32>,
    exact: (&Ratings<u32>, usize),
    metric: M,
    level: Level,
    bootstrap: Bootstrap,
    name: &dyn Fn(u32) -> String,
    parallel_from: usize,
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
        gwet_ac1: Err(AgreementError::TooFewUnits { found: records }),
        verdict: None,
        warnings: warnings(exact.0, name),
        coder_names: ratings.coders().to_vec(),
        pairs: Vec::new(),
        deviations: Vec::new(),
        codes: Vec::new(),
    };
    if records < 2 {
        // Every statistic says the same; say it before "too few coders" or "coder coded nothing".
        let undefined = AgreementError::TooFewUnits { found: records };
        stats.cohen_kappa = (coders == 2).then(|| Err(undefined.clone()));
        stats.fleiss_kappa = (coders >= 3).then(|| Err(undefined.clone()));
        stats.alpha_interval = (bootstrap.resamples > 0).then(|| Err(undefined.clone()));
        return stats;
    }
    // Alpha (with its bootstrap, the larger part of the work) and the other statistics are
    // independent: on large data they run side by side, on two cores. The results are the same
    // either way.
    let alpha = move || alpha_and_interval(ratings, metric, bootstrap);
    let (alpha, interval) = if ratings.value_count() >= parallel_from {
        std::thread::scope(|scope| {
            let alpha = scope.spawn(alpha);
            others(&mut stats, ratings, exact, coders);
            alpha
                .join()
                .unwrap_or_else(|e| std::panic::resume_unwind(e))
        })
    } else {
        others(&mut stats, ratings, exact, coders);
        alpha()
    };
    (stats.alpha, stats.alpha_interval) = (alpha, interval);
    stats.verdict = stats.alpha.as_ref().ok().map(|a| Verdict::of(a.value));
    if let (Some(verdict), Some(Ok(interval))) = (stats.verdict, &stats.alpha_interval)
        && interval.lower < verdict.threshold()
    {
        stats.warnings.push(Warning::UncertainVerdict {
            lower: interval.lower,
        });
    }
    stats
}

#[cfg(test)]
mod tests {
    use super::*;
    use jos_agreement::Masi;

    #[test]
    fn alpha_on_a_second_thread_gives_the_same_statistics() {
        // 4 coders × 60 records of 3 codes, some missing, with a bootstrap.
        let mut state = 7u64;
        let mut next = move || {
            state = state
                .wrapping_mul(6_364_136_223_846_793_005)
                .wrapping_add(1);
            (state >> 33) as u32
        };
        let rows: Vec<(String, Vec<Option<String>>)> = (0..60)
            .map(|u| {
                let truth = next() % 3;
                let row = (0..4)
                    .map(|_| match next() % 10 {
                        0 => None,
                        1 | 2 => Some(format!("code-{}", next() % 3)),
                        _ => Some(format!("code-{truth}")),
                    })
                    .collect();
                (format!("r{u}"), row)
            })
            .collect();
        let r = Ratings::from_unit_rows(["a", "b", "c", "d"], rows).unwrap();
        let (ids, distinct) = interned(&r);
        let name = |v: u32| distinct[v as usize].clone();
        let bootstrap = Bootstrap {
            resamples: 200,
            ..Bootstrap::default()
        };
        // From no value on, alpha runs on a second thread; from `usize::MAX` on, never.
        let run = |parallel_from| {
            compute(
                &ids,
                (&ids, distinct.len()),
                Nominal,
                Level::Nominal,
                bootstrap,
                &name,
                parallel_from,
            )
        };
        let (one, two) = (run(usize::MAX), run(0));
        assert!(one.alpha.is_ok() && one.alpha_interval.is_some());
        assert_eq!(one, two);
    }

    #[test]
    fn binary_agreement_is_nominal_alpha_and_specific_agreement() {
        use jos_agreement::specific_agreement;
        // Deterministic pseudo-random present/absent matrices, some cells missing.
        let mut state = 0x2545_f491_4f6c_dd1du64;
        let mut next = |n: u64| {
            state ^= state << 13;
            state ^= state >> 7;
            state ^= state << 17;
            state % n
        };
        let mut compared = 0;
        for _ in 0..300 {
            let (units, coders) = (2 + next(12) as usize, 2 + next(4) as usize);
            let rows: Vec<(String, Vec<Option<bool>>)> = (0..units)
                .map(|u| {
                    let row = (0..coders)
                        .map(|_| match next(5) {
                            0 => None,
                            1 | 2 => Some(true),
                            _ => Some(false),
                        })
                        .collect();
                    (format!("u{u}"), row)
                })
                .collect();
            let names: Vec<String> = (0..coders).map(|c| format!("c{c}")).collect();
            let ratings = Ratings::from_unit_rows(names, rows).unwrap();
            let counts: Vec<(u64, u64)> = ratings
                .rows()
                .map(|(_, row)| {
                    let n = row.iter().flatten().count() as u64;
                    (n, row.iter().flatten().filter(|&&b| b).count() as u64)
                })
                .filter(|&(n, _)| n >= 2)
                .collect();
            let (alpha, positive) = binary_agreement(&counts);
            match (alpha, krippendorff_alpha(&ratings, Nominal)) {
                (Ok(a), Ok(b)) => {
                    assert!((a - b.value).abs() < 1e-12, "{a} {}", b.value);
                    compared += 1;
                }
                (Err(_), Err(_)) => {}
                // The library also refuses a coder without values, which counts cannot see.
                (_, Err(AgreementError::EmptyCoder { .. })) => continue,
                (a, b) => panic!("{a:?} {b:?}"),
            }
            if let Ok(s) = specific_agreement(&ratings) {
                match (positive, s.positive) {
                    (Some(a), Some(b)) => assert!((a - b).abs() < 1e-12),
                    (a, b) => assert_eq!(a, b),
                }
            }
        }
        assert!(compared > 150, "{compared}");
    }

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
