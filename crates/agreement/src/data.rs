//! The reliability data matrix: units × coders, each cell missing or one value.
//!
//! [`Ratings`] owns the data and knows nothing about statistics; [`Basis`] says what a statistic
//! rests on. The checks every statistic shares (enough coders, some values, no empty coder) live
//! here too, so each statistic reports the same error for the same problem.

use std::collections::hash_map::Entry;
use std::collections::{BTreeSet, HashMap, HashSet};

use super::AgreementError;

/// A reliability data matrix: for every unit (a record, a pilot, a text) and every coder, either
/// a missing value or one value.
///
/// `T` is what a coder assigns: a category code (`String`, `&str` or a small integer id) for
/// nominal and ordinal data, a number for interval data, or a set of codes
/// (`BTreeSet<String>`) for a multi-valued facet. Units and coders are identified by string ids
/// and keep the order in which they were given.
///
/// ```
/// use jos_agreement::Ratings;
///
/// let ratings = Ratings::from_unit_rows(
///     ["ann", "bob"],
///     [("r1", [Some("smw"), Some("smw")]), ("r2", [Some("jgz"), None])],
/// )?;
/// assert_eq!(ratings.units(), ["r1", "r2"]);
/// assert_eq!(ratings.get(1, 0), Some(&"jgz"));
/// assert_eq!(ratings.get(1, 1), None);
/// # Ok::<(), jos_agreement::RatingsError>(())
/// ```
#[derive(Clone, Debug, PartialEq)]
pub struct Ratings<T> {
    units: Vec<String>,
    coders: Vec<String>,
    /// Row-major: unit `u`, coder `c` is `cells[u * coders.len() + c]`.
    cells: Vec<Option<T>>,
}

/// Why a [`Ratings`] matrix could not be built.
#[derive(Clone, Debug, PartialEq, Eq, thiserror::Error)]
#[non_exhaustive]
pub enum RatingsError {
    /// The same coder id was given twice.
    #[error("coder `{coder}` is listed twice")]
    DuplicateCoder {
        /// The repeated id.
        coder: String,
    },
    /// The same unit id was given twice.
    #[error("unit `{unit}` is listed twice")]
    DuplicateUnit {
        /// The repeated id.
        unit: String,
    },
    /// A row has more or fewer cells than there are columns.
    #[error("row `{row}` has {found} cells, but there are {expected} columns")]
    RowLength {
        /// The unit or coder id of the row.
        row: String,
        /// How many cells the row has.
        found: usize,
        /// How many it should have.
        expected: usize,
    },
    /// One coder gave two values for one unit.
    #[error("coder `{coder}` gave unit `{unit}` more than one value")]
    DuplicateRating {
        /// The unit id.
        unit: String,
        /// The coder id.
        coder: String,
    },
    /// A coder id that is not in the data was asked for.
    #[error("there is no coder `{coder}` in the data")]
    UnknownCoder {
        /// The id asked for.
        coder: String,
    },
}

impl<T> Ratings<T> {
    /// Builds the matrix from one row per unit: the coder ids, then `(unit id, cells)` with one
    /// cell per coder, in the coders' order (`None` = missing).
    ///
    /// ```
    /// use jos_agreement::Ratings;
    ///
    /// let r = Ratings::from_unit_rows(["a", "b", "c"], [("u1", [Some(1), Some(1), None])])?;
    /// assert_eq!((r.units().len(), r.coders().len(), r.value_count()), (1, 3, 2));
    /// # Ok::<(), jos_agreement::RatingsError>(())
    /// ```
    pub fn from_unit_rows<C, U, R>(
        coders: impl IntoIterator<Item = C>,
        rows: impl IntoIterator<Item = (U, R)>,
    ) -> Result<Self, RatingsError>
    where
        C: Into<String>,
        U: Into<String>,
        R: IntoIterator<Item = Option<T>>,
    {
        let coders = unique_ids(coders, |coder| RatingsError::DuplicateCoder { coder })?;
        let mut units = Vec::new();
        let mut seen = HashSet::new();
        let mut cells = Vec::new();
        for (unit, row) in rows {
            let unit = unit.into();
            if !seen.insert(unit.clone()) {
                return Err(RatingsError::DuplicateUnit { unit });
            }
            let before = cells.len();
            cells.extend(row);
            let found = cells.len() - before;
            if found != coders.len() {
                return Err(RatingsError::RowLength {
                    row: unit,
                    found,
                    expected: coders.len(),
                });
            }
            units.push(unit);
        }
        Ok(Ratings {
            units,
            coders,
            cells,
        })
    }

    /// Builds the matrix from one row per coder, the layout of Krippendorff's reliability data
    /// matrix: the unit ids, then `(coder id, cells)` with one cell per unit (`None` = missing).
    ///
    /// ```
    /// use jos_agreement::Ratings;
    ///
    /// let r = Ratings::from_coder_rows(
    ///     ["u1", "u2", "u3"],
    ///     [("a", [Some(1), Some(2), None]), ("b", [Some(1), Some(2), Some(3)])],
    /// )?;
    /// assert_eq!(r.coders(), ["a", "b"]);
    /// assert_eq!(r.get(2, 1), Some(&3));
    /// # Ok::<(), jos_agreement::RatingsError>(())
    /// ```
    pub fn from_coder_rows<U, C, R>(
        units: impl IntoIterator<Item = U>,
        rows: impl IntoIterator<Item = (C, R)>,
    ) -> Result<Self, RatingsError>
    where
        U: Into<String>,
        C: Into<String>,
        R: IntoIterator<Item = Option<T>>,
    {
        let units = unique_ids(units, |unit| RatingsError::DuplicateUnit { unit })?;
        let mut coders = Vec::new();
        let mut seen = HashSet::new();
        let mut columns = Vec::new();
        for (coder, row) in rows {
            let coder = coder.into();
            if !seen.insert(coder.clone()) {
                return Err(RatingsError::DuplicateCoder { coder });
            }
            let column: Vec<Option<T>> = row.into_iter().collect();
            if column.len() != units.len() {
                return Err(RatingsError::RowLength {
                    row: coder,
                    found: column.len(),
                    expected: units.len(),
                });
            }
            columns.push(column.into_iter());
            coders.push(coder);
        }
        let mut cells = Vec::with_capacity(units.len() * coders.len());
        for _ in 0..units.len() {
            // Every column has exactly one cell per unit, checked above.
            cells.extend(columns.iter_mut().map(|column| column.next().flatten()));
        }
        Ok(Ratings {
            units,
            coders,
            cells,
        })
    }

    /// Builds the matrix from `(unit id, coder id, value)` triples, the shape of a long table
    /// with one rating per line. Units and coders appear in the order they are first seen; cells
    /// without a triple are missing. A second value for the same unit and coder is an error (use
    /// [`Ratings::from_set_members`] to collect several codes per cell).
    ///
    /// ```
    /// use jos_agreement::Ratings;
    ///
    /// let r = Ratings::from_triples([("r1", "ann", "smw"), ("r1", "bob", "smw"), ("r2", "bob", "jgz")])?;
    /// assert_eq!(r.units(), ["r1", "r2"]);
    /// assert_eq!(r.coders(), ["ann", "bob"]);
    /// assert_eq!(r.get(1, 0), None);
    /// # Ok::<(), jos_agreement::RatingsError>(())
    /// ```
    pub fn from_triples<U, C>(
        triples: impl IntoIterator<Item = (U, C, T)>,
    ) -> Result<Self, RatingsError>
    where
        U: Into<String>,
        C: Into<String>,
    {
        collect_triples(triples, |_, _| Err(()))
    }

    /// The unit ids, in order.
    ///
    /// ```
    /// # use jos_agreement::Ratings;
    /// let r = Ratings::from_triples([("u1", "a", 1), ("u2", "a", 2)])?;
    /// assert_eq!(r.units(), ["u1", "u2"]);
    /// # Ok::<(), jos_agreement::RatingsError>(())
    /// ```
    pub fn units(&self) -> &[String] {
        &self.units
    }

    /// The coder ids, in order.
    ///
    /// ```
    /// # use jos_agreement::Ratings;
    /// let r = Ratings::from_triples([("u1", "a", 1), ("u1", "b", 2)])?;
    /// assert_eq!(r.coders(), ["a", "b"]);
    /// # Ok::<(), jos_agreement::RatingsError>(())
    /// ```
    pub fn coders(&self) -> &[String] {
        &self.coders
    }

    /// The value coder number `coder` gave unit number `unit`, or `None` when it is missing or
    /// either index is out of range.
    ///
    /// ```
    /// # use jos_agreement::Ratings;
    /// let r = Ratings::from_triples([("u1", "a", 7)])?;
    /// assert_eq!(r.get(0, 0), Some(&7));
    /// assert_eq!(r.get(5, 0), None);
    /// # Ok::<(), jos_agreement::RatingsError>(())
    /// ```
    pub fn get(&self, unit: usize, coder: usize) -> Option<&T> {
        if coder >= self.coders.len() {
            return None;
        }
        let index = unit.checked_mul(self.coders.len())?.checked_add(coder)?;
        self.cells.get(index)?.as_ref()
    }

    /// Every unit with its cells, one per coder in the coders' order.
    ///
    /// ```
    /// # use jos_agreement::Ratings;
    /// let r = Ratings::from_triples([("u1", "a", 1), ("u2", "b", 2)])?;
    /// let rows: Vec<_> = r.rows().collect();
    /// assert_eq!(rows[1], ("u2", &[None, Some(2)][..]));
    /// # Ok::<(), jos_agreement::RatingsError>(())
    /// ```
    pub fn rows(&self) -> impl ExactSizeIterator<Item = (&str, &[Option<T>])> + '_ {
        self.units
            .iter()
            .enumerate()
            .map(|(u, id)| (id.as_str(), self.row(u)))
    }

    /// How many cells hold a value (are not missing).
    ///
    /// ```
    /// # use jos_agreement::Ratings;
    /// let r = Ratings::from_unit_rows(["a", "b"], [("u1", [Some(1), None])])?;
    /// assert_eq!(r.value_count(), 1);
    /// # Ok::<(), jos_agreement::RatingsError>(())
    /// ```
    pub fn value_count(&self) -> usize {
        self.cells.iter().filter(|cell| cell.is_some()).count()
    }

    /// The same matrix with every value converted by `f`: for example category codes to their
    /// rank for ordinal alpha, or integer codes to `f64`.
    ///
    /// ```
    /// # use jos_agreement::Ratings;
    /// let levels = ["none", "some", "much"];
    /// let r = Ratings::from_triples([("u1", "a", "much"), ("u1", "b", "some")])?;
    /// let ranks = r.map(|code| levels.iter().position(|l| l == code));
    /// assert_eq!(ranks.get(0, 0), Some(&Some(2)));
    /// # Ok::<(), jos_agreement::RatingsError>(())
    /// ```
    pub fn map<V>(&self, mut f: impl FnMut(&T) -> V) -> Ratings<V> {
        Ratings {
            units: self.units.clone(),
            coders: self.coders.clone(),
            cells: self.cells.iter().map(|c| c.as_ref().map(&mut f)).collect(),
        }
    }

    /// The same matrix restricted to the coders `ids`, in that order: for example two coders for
    /// [`cohen_kappa`](super::cohen_kappa).
    ///
    /// ```
    /// # use jos_agreement::Ratings;
    /// let r = Ratings::from_triples([("u1", "a", 1), ("u1", "b", 2), ("u1", "c", 3)])?;
    /// let pair = r.select_coders(&["c", "a"])?;
    /// assert_eq!(pair.coders(), ["c", "a"]);
    /// assert_eq!(pair.get(0, 0), Some(&3));
    /// # Ok::<(), jos_agreement::RatingsError>(())
    /// ```
    pub fn select_coders(&self, ids: &[&str]) -> Result<Ratings<T>, RatingsError>
    where
        T: Clone,
    {
        let mut picked = Vec::with_capacity(ids.len());
        for &id in ids {
            let index = self.coders.iter().position(|c| c == id).ok_or_else(|| {
                RatingsError::UnknownCoder {
                    coder: id.to_owned(),
                }
            })?;
            if picked.contains(&index) {
                return Err(RatingsError::DuplicateCoder {
                    coder: id.to_owned(),
                });
            }
            picked.push(index);
        }
        let mut cells = Vec::with_capacity(self.units.len() * picked.len());
        for u in 0..self.units.len() {
            let row = self.row(u);
            cells.extend(picked.iter().map(|&c| row[c].clone()));
        }
        Ok(Ratings {
            units: self.units.clone(),
            coders: picked.iter().map(|&c| self.coders[c].clone()).collect(),
            cells,
        })
    }

    /// The same matrix without the coders who coded no unit at all. Every statistic refuses such
    /// a coder (it usually means a wrong column or a misspelt id), so drop them explicitly when
    /// they are expected.
    ///
    /// ```
    /// # use jos_agreement::Ratings;
    /// let r = Ratings::from_unit_rows(["a", "idle", "b"], [("u1", [Some(1), None, Some(1)])])?;
    /// assert_eq!(r.without_empty_coders().coders(), ["a", "b"]);
    /// # Ok::<(), jos_agreement::RatingsError>(())
    /// ```
    pub fn without_empty_coders(self) -> Ratings<T> {
        let counts = self.coder_value_counts();
        let width = self.coders.len();
        let keep: Vec<bool> = counts.iter().map(|&n| n > 0).collect();
        let coders = self
            .coders
            .into_iter()
            .zip(&keep)
            .filter_map(|(id, &k)| k.then_some(id))
            .collect();
        let cells = self
            .cells
            .into_iter()
            .enumerate()
            .filter_map(|(i, cell)| keep[i % width].then_some(cell))
            .collect();
        Ratings {
            units: self.units,
            coders,
            cells,
        }
    }

    /// A matrix from parts the caller has already checked: coder ids unique, unit ids unique
    /// (or all empty, for a matrix only the statistics read: they count units, never name them),
    /// one cell per unit and coder, row-major (unit `u`, coder `c` at `u * coders.len() + c`).
    #[doc(hidden)]
    pub fn from_parts(units: Vec<String>, coders: Vec<String>, cells: Vec<Option<T>>) -> Self {
        debug_assert_eq!(cells.len(), units.len() * coders.len());
        Ratings {
            units,
            coders,
            cells,
        }
    }

    /// The cells of unit number `u`, one per coder.
    #[doc(hidden)]
    pub fn row(&self, u: usize) -> &[Option<T>] {
        let width = self.coders.len();
        &self.cells[u * width..(u + 1) * width]
    }

    /// How many values each coder gave.
    pub(crate) fn coder_value_counts(&self) -> Vec<usize> {
        let mut counts = vec![0; self.coders.len()];
        for u in 0..self.units.len() {
            for (count, cell) in counts.iter_mut().zip(self.row(u)) {
                *count += usize::from(cell.is_some());
            }
        }
        counts
    }

    /// The checks every statistic shares, in the order they are reported: at least two coders,
    /// at least one value, and no coder without values.
    pub(crate) fn check_coders(&self) -> Result<(), AgreementError> {
        if self.coders.len() < 2 {
            return Err(AgreementError::TooFewCoders {
                found: self.coders.len(),
            });
        }
        let counts = self.coder_value_counts();
        if counts.iter().all(|&n| n == 0) {
            return Err(AgreementError::AllMissing);
        }
        if let Some(c) = counts.iter().position(|&n| n == 0) {
            return Err(AgreementError::EmptyCoder {
                coder: self.coders[c].clone(),
            });
        }
        Ok(())
    }
}

impl<T: Clone> Ratings<T> {
    /// Builds the matrix from a table of counts, the form in which data for Fleiss' kappa are
    /// usually given: the category values, then per unit how many raters chose each category.
    ///
    /// Such a table does not say who rated what, so the coders are numbered slots
    /// (`rater 1`, `rater 2`, ...): a unit's ratings fill the slots in category order, and a
    /// unit with fewer ratings than the largest row total has missing cells at the end. Fleiss'
    /// kappa and Krippendorff's alpha do not depend on coder identity, so both are meaningful
    /// on the result; Cohen's kappa and per-coder summaries are not.
    ///
    /// ```
    /// use jos_agreement::Ratings;
    ///
    /// let r = Ratings::from_counts(["yes", "no"], [("u1", [2, 1]), ("u2", [0, 3])])?;
    /// assert_eq!(r.coders(), ["rater 1", "rater 2", "rater 3"]);
    /// assert_eq!(r.get(0, 2), Some(&"no"));
    /// # Ok::<(), jos_agreement::RatingsError>(())
    /// ```
    pub fn from_counts<U, R>(
        categories: impl IntoIterator<Item = T>,
        rows: impl IntoIterator<Item = (U, R)>,
    ) -> Result<Self, RatingsError>
    where
        U: Into<String>,
        R: IntoIterator<Item = usize>,
    {
        let categories: Vec<T> = categories.into_iter().collect();
        let mut table = Vec::new();
        let mut seen = HashSet::new();
        for (unit, counts) in rows {
            let unit = unit.into();
            if !seen.insert(unit.clone()) {
                return Err(RatingsError::DuplicateUnit { unit });
            }
            let counts: Vec<usize> = counts.into_iter().collect();
            if counts.len() != categories.len() {
                return Err(RatingsError::RowLength {
                    row: unit,
                    found: counts.len(),
                    expected: categories.len(),
                });
            }
            table.push((unit, counts));
        }
        let width = table
            .iter()
            .map(|(_, counts)| counts.iter().sum::<usize>())
            .max()
            .unwrap_or(0);
        let mut cells = Vec::with_capacity(table.len() * width);
        for (_, counts) in &table {
            let before = cells.len();
            for (category, &count) in categories.iter().zip(counts) {
                cells.extend(std::iter::repeat_n(category, count).map(|c| Some(c.clone())));
            }
            cells.resize(before + width, None);
        }
        Ok(Ratings {
            units: table.into_iter().map(|(unit, _)| unit).collect(),
            coders: (1..=width).map(|i| format!("rater {i}")).collect(),
            cells,
        })
    }
}

impl<T: Ord> Ratings<BTreeSet<T>> {
    /// Builds a matrix of code sets, for a multi-valued facet, from `(unit id, coder id, code)`
    /// triples: all codes one coder gave one unit form that cell's set. Units and coders appear
    /// in the order they are first seen; cells without a triple are missing (not empty sets).
    ///
    /// ```
    /// use std::collections::BTreeSet;
    /// use jos_agreement::Ratings;
    ///
    /// let r = Ratings::from_set_members([("r1", "ann", "smw"), ("r1", "ann", "jgz"), ("r1", "bob", "jgz")])?;
    /// assert_eq!(r.get(0, 0), Some(&BTreeSet::from(["jgz", "smw"])));
    /// assert_eq!(r.get(0, 1), Some(&BTreeSet::from(["jgz"])));
    /// # Ok::<(), jos_agreement::RatingsError>(())
    /// ```
    pub fn from_set_members<U, C>(
        triples: impl IntoIterator<Item = (U, C, T)>,
    ) -> Result<Self, RatingsError>
    where
        U: Into<String>,
        C: Into<String>,
    {
        let sets = triples
            .into_iter()
            .map(|(u, c, code)| (u, c, BTreeSet::from([code])));
        collect_triples(sets, |set, more| {
            set.extend(more);
            Ok(())
        })
    }
}

/// What a statistic rests on: how much data entered its computation.
#[derive(Copy, Clone, Debug, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub struct Basis {
    /// The units that entered the computation: for alpha and percent agreement the units coded
    /// by at least two coders, for Cohen's kappa the units both coders coded, for Fleiss' kappa
    /// every unit.
    pub units: usize,
    /// The coders in the data (each coded at least one unit).
    pub coders: usize,
    /// The values in those units: Krippendorff's *n*, the number of pairable values.
    pub pairable_values: usize,
}

impl Basis {
    pub(crate) fn new(units: usize, coders: usize, pairable_values: usize) -> Self {
        Basis {
            units,
            coders,
            pairable_values,
        }
    }
}

fn unique_ids<I: Into<String>>(
    ids: impl IntoIterator<Item = I>,
    duplicate: impl Fn(String) -> RatingsError,
) -> Result<Vec<String>, RatingsError> {
    let mut seen = HashSet::new();
    let mut out = Vec::new();
    for id in ids {
        let id = id.into();
        if !seen.insert(id.clone()) {
            return Err(duplicate(id));
        }
        out.push(id);
    }
    Ok(out)
}

/// Collects triples into a matrix; `merge` decides what a second value for a cell does.
fn collect_triples<T, U, C>(
    triples: impl IntoIterator<Item = (U, C, T)>,
    mut merge: impl FnMut(&mut T, T) -> Result<(), ()>,
) -> Result<Ratings<T>, RatingsError>
where
    U: Into<String>,
    C: Into<String>,
{
    fn index(ids: &mut Vec<String>, lookup: &mut HashMap<String, usize>, id: String) -> usize {
        match lookup.entry(id) {
            Entry::Occupied(e) => *e.get(),
            Entry::Vacant(e) => {
                ids.push(e.key().clone());
                *e.insert(ids.len() - 1)
            }
        }
    }
    let (mut units, mut coders) = (Vec::new(), Vec::new());
    let (mut unit_index, mut coder_index) = (HashMap::new(), HashMap::new());
    let mut entries = Vec::new();
    for (unit, coder, value) in triples {
        let u = index(&mut units, &mut unit_index, unit.into());
        let c = index(&mut coders, &mut coder_index, coder.into());
        entries.push((u, c, value));
    }
    let width = coders.len();
    let mut cells: Vec<Option<T>> = (0..units.len() * width).map(|_| None).collect();
    for (u, c, value) in entries {
        let cell = &mut cells[u * width + c];
        match cell {
            None => *cell = Some(value),
            Some(old) => merge(old, value).map_err(|()| RatingsError::DuplicateRating {
                unit: units[u].clone(),
                coder: coders[c].clone(),
            })?,
        }
    }
    Ok(Ratings {
        units,
        coders,
        cells,
    })
}
