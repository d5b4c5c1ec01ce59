//! Percent agreement: the share of coder pairs that gave a unit the same value.

use super::{AgreementError, Basis, Ratings};

/// Percent agreement, as a proportion: `0.8` means 80 %.
#[derive(Copy, Clone, Debug, PartialEq)]
#[non_exhaustive]
pub struct Agreement {
    /// The mean, over the units coded by at least two coders, of the share of coder pairs that
    /// agree on the unit. Between 0 and 1.
    pub value: f64,
    /// The units, coders and values it rests on.
    pub basis: Basis,
}

/// Pairwise percent agreement over the units coded by at least two coders: for each such unit
/// the share of its coder pairs that gave the same value, averaged over the units (each unit
/// weighs the same). With two coders and no missing values this is the plain share of units
/// they agree on; with complete data it is Fleiss' `P`.
///
/// It does not correct for chance, so it is high whenever one category dominates; report it
/// next to a chance-corrected coefficient. Unlike those it is defined without variation: when
/// every value is the same it is 1.
///
/// ```
/// use jos_agreement::{percent_agreement, Ratings};
///
/// let ratings = Ratings::from_unit_rows(
///     ["ann", "bob", "cas"],
///     [("r1", [Some("smw"), Some("smw"), Some("jgz")]), ("r2", [Some("ib"), Some("ib"), None])],
/// )?;
/// // r1: 1 of 3 pairs agree; r2: 1 of 1.
/// let agreement = percent_agreement(&ratings)?;
/// assert!((agreement.value - (1.0 / 3.0 + 1.0) / 2.0).abs() < 1e-12);
/// assert_eq!(agreement.basis.pairable_values, 5);
/// # Ok::<(), Box<dyn std::error::Error>>(())
/// ```
pub fn percent_agreement<T: PartialEq>(ratings: &Ratings<T>) -> Result<Agreement, AgreementError> {
    ratings.check_coders()?;
    let (mut sum, mut units, mut values) = (0.0, 0usize, 0usize);
    for (_, row) in ratings.rows() {
        let m = row.iter().flatten().count();
        if m < 2 {
            continue;
        }
        let mut agreeing = 0usize;
        for (i, a) in row.iter().enumerate() {
            let Some(a) = a else { continue };
            agreeing += row[i + 1..].iter().flatten().filter(|&b| b == a).count();
        }
        sum += agreeing as f64 / (m * (m - 1) / 2) as f64;
        units += 1;
        values += m;
    }
    if units < 2 {
        return Err(AgreementError::TooFewUnits { found: units });
    }
    Ok(Agreement {
        value: sum / units as f64,
        basis: Basis::new(units, ratings.coders().len(), values),
    })
}
