//! A bootstrap confidence interval for Krippendorff's alpha, resampling units.

use super::alpha::Sample;
use super::rng::SplitMix64;
use super::{AgreementError, Alpha, Metric, Ratings};

/// Settings for [`bootstrap_alpha`]. The default draws 1000 resamples with seed 2011 for a 95 %
/// interval; change one with struct update syntax.
///
/// ```
/// use jos_agreement::Bootstrap;
///
/// let settings = Bootstrap { resamples: 5000, ..Bootstrap::default() };
/// assert_eq!((settings.seed, settings.level), (2011, 0.95));
/// ```
#[derive(Copy, Clone, Debug, PartialEq)]
pub struct Bootstrap {
    /// How many resamples to draw (at least 1; 1000 or more for a 95 % interval).
    pub resamples: usize,
    /// The seed of the pseudo-random generator: the same seed gives the same interval.
    pub seed: u64,
    /// The confidence level, strictly between 0 and 1.
    pub level: f64,
}

impl Default for Bootstrap {
    fn default() -> Self {
        Bootstrap {
            resamples: 1000,
            seed: 2011,
            level: 0.95,
        }
    }
}

/// Krippendorff's alpha with a bootstrap confidence interval.
#[derive(Copy, Clone, Debug, PartialEq)]
#[non_exhaustive]
pub struct AlphaInterval {
    /// Alpha on all the data: the point estimate.
    pub alpha: Alpha,
    /// The lower bound of the interval.
    pub lower: f64,
    /// The upper bound of the interval.
    pub upper: f64,
    /// The confidence level, for example 0.95.
    pub level: f64,
    /// How many resamples were drawn.
    pub resamples: usize,
    /// How many of them were left out because alpha was undefined in them (they happened to
    /// draw only units without variation). Many of these mean the interval is unreliable.
    pub undefined_resamples: usize,
    /// The seed the resamples were drawn with.
    pub seed: u64,
}

/// Krippendorff's alpha with a percentile bootstrap confidence interval, resampling units.
///
/// The method, for `N` pairable units (units with at least two values):
///
/// 1. Compute alpha on all the data: the point estimate. If it is undefined, so is the interval.
/// 2. Draw `resamples` samples of `N` units, uniformly *with replacement* from the pairable
///    units, and compute alpha on each with the same metric (for [`Ordinal`](super::Ordinal)
///    the ranks come from each sample's own values). Units are drawn with SplitMix64 seeded with
///    `seed` and unbiased bounded integers (Lemire 2019), one after another on one thread, so the
///    same data, metric and settings give the same interval, bit for bit, on every platform.
/// 3. Leave out the samples in which alpha is undefined (no variation) and count them in
///    [`AlphaInterval::undefined_resamples`].
/// 4. The bounds are the `(1 - level) / 2` and `(1 + level) / 2` quantiles of the remaining
///    values, interpolated linearly between order statistics (Hyndman and Fan's type 7, R's
///    default).
///
/// Resampling whole units keeps the values of one unit together, since they are not
/// independent of each other; this differs from Krippendorff's own bootstrap (Hayes and
/// Krippendorff 2007), which resamples pairs of values. With few units the percentile interval
/// is rough and may even miss the point estimate. It costs `resamples` times one alpha.
///
/// ```
/// use jos_agreement::{bootstrap_alpha, Bootstrap, Nominal, Ratings};
///
/// let rows = (0..40).map(|u| {
///     let code = u % 4;
///     let other = if u % 7 == 0 { (code + 1) % 4 } else { code };
///     (format!("u{u}"), [Some(code), Some(code), Some(other)])
/// });
/// let ratings = Ratings::from_unit_rows(["a", "b", "c"], rows)?;
/// let settings = Bootstrap { resamples: 200, ..Bootstrap::default() };
/// let ci = bootstrap_alpha(&ratings, Nominal, settings)?;
/// assert!(ci.lower <= ci.alpha.value && ci.alpha.value <= ci.upper);
/// assert_eq!(ci, bootstrap_alpha(&ratings, Nominal, settings)?);
/// # Ok::<(), Box<dyn std::error::Error>>(())
/// ```
pub fn bootstrap_alpha<T, M: Metric<T>>(
    ratings: &Ratings<T>,
    metric: M,
    settings: Bootstrap,
) -> Result<AlphaInterval, AgreementError> {
    let Bootstrap {
        resamples,
        seed,
        level,
    } = settings;
    let prepared = metric.prepare(ratings)?;
    let alpha = prepared.estimate(Sample::All)?;
    if resamples == 0 {
        return Err(AgreementError::NoResamples);
    }
    if !(level > 0.0 && level < 1.0) {
        return Err(AgreementError::InvalidLevel { level });
    }
    let units = prepared.units();
    let mut rng = SplitMix64::new(seed);
    // How many times each unit is drawn: the same resample as a list of drawn units, but read
    // in order, which is several times faster on large data than jumping between units.
    let mut drawn = vec![0u32; units];
    let mut values = Vec::with_capacity(resamples);
    for _ in 0..resamples {
        drawn.fill(0);
        for _ in 0..units {
            // `units` fits in u64, and the draw is below it, so both casts are lossless.
            drawn[rng.below(units as u64) as usize] += 1;
        }
        match prepared.estimate(Sample::Drawn(&drawn)) {
            Ok(a) => values.push(a.value),
            Err(AgreementError::NoVariation | AgreementError::TooFewUnits { .. }) => {}
            Err(other) => return Err(other),
        }
    }
    if values.is_empty() {
        return Err(AgreementError::AllResamplesUndefined { resamples });
    }
    values.sort_by(f64::total_cmp);
    let tail = (1.0 - level) / 2.0;
    Ok(AlphaInterval {
        alpha,
        lower: quantile(&values, tail),
        upper: quantile(&values, 1.0 - tail),
        level,
        resamples,
        undefined_resamples: resamples - values.len(),
        seed,
    })
}

/// The `p` quantile of non-empty `sorted`, interpolating linearly between order statistics
/// (Hyndman and Fan 1996, type 7).
fn quantile(sorted: &[f64], p: f64) -> f64 {
    let last = sorted.len() - 1;
    let h = last as f64 * p;
    let below = (h.floor() as usize).min(last);
    let above = (below + 1).min(last);
    sorted[below] + (h - below as f64) * (sorted[above] - sorted[below])
}

#[cfg(test)]
mod tests {
    use super::quantile;

    #[test]
    fn quantile_interpolates_between_order_statistics() {
        let xs = [1.0, 2.0, 3.0, 4.0, 5.0];
        assert_eq!(quantile(&xs, 0.0), 1.0);
        assert_eq!(quantile(&xs, 1.0), 5.0);
        assert_eq!(quantile(&xs, 0.5), 3.0);
        assert_eq!(quantile(&xs, 0.125), 1.5);
        assert_eq!(quantile(&[7.0], 0.975), 7.0);
    }
}
