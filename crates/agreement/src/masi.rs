//! Krippendorff's alpha with MASI for code sets, without visiting every pair of distinct sets.
//!
//! The expected disagreement sums `n_a n_b delta(a, b)` over all pairs of distinct values. For
//! code sets there may be thousands of distinct sets (every combination coders chose), and
//! `k²` pairs of them are too many. But MASI depends only on the sizes of two sets and of their
//! intersection, `delta(a, b) = masi(|A|, |B|, |A ∩ B|)`, so it is enough to know, for every
//! `p`, `q` and `i`, the weight `P_i(p, q)` of the pairs with `|A| = p`, `|B| = q` and
//! `|A ∩ B| = i`. Those come from counting shared subsets:
//!
//! ```text
//! W_S(p) = sum of n_a over the sets A ⊇ S with |A| = p           (for every subset S of a set)
//! H_j(p, q) = sum over |S| = j of W_S(p) W_S(q)
//!           = sum over ordered pairs (A, B) of n_a n_b C(|A ∩ B|, j)   (each shared j-subset once)
//! P_i(p, q) = sum over j >= i of (-1)^(j - i) C(j, i) H_j(p, q)       (binomial inversion)
//! expected  = sum over p, q, i of P_i(p, q) masi(p, q, i)
//! ```
//!
//! All counts are exact integers; only the last sum is in floating point. The cost is the number
//! of subsets of the distinct sets (`2^|A|` each) instead of `k²`. Sets larger than
//! [`MAX_SET`] codes, or more subsets than [`MAX_SUBSETS`] in all, fall back to the sum over
//! pairs.

use std::collections::{BTreeSet, HashMap};

use crate::alpha::expected_pairs;
use rustc_hash::FxBuildHasher as FxBuild;

/// Sets with more codes than this are compared pair by pair (`2^MAX_SET` subsets each).
const MAX_SET: usize = 12;

/// At most this many (set, subset) incidences are enumerated; beyond, pairs are visited.
const MAX_SUBSETS: usize = 1 << 22;

/// The MASI distance between two sets of sizes `a` and `b` sharing `shared` codes: every MASI
/// in the crate goes through here, so the pairwise and the counted sums agree.
pub(crate) fn masi_sizes(a: usize, b: usize, shared: usize) -> f64 {
    let union = a + b - shared;
    if union == 0 {
        return 0.0; // two empty sets
    }
    let monotonicity = if shared == a && shared == b {
        1.0
    } else if shared == a || shared == b {
        2.0 / 3.0
    } else if shared > 0 {
        1.0 / 3.0
    } else {
        0.0
    };
    let jaccard = shared as f64 / union as f64;
    1.0 - jaccard * monotonicity
}

/// MASI between two sorted lists of code numbers.
pub(crate) fn masi_sorted(a: &[u32], b: &[u32]) -> f64 {
    let (mut i, mut j, mut shared) = (0, 0, 0);
    while i < a.len() && j < b.len() {
        match a[i].cmp(&b[j]) {
            std::cmp::Ordering::Less => i += 1,
            std::cmp::Ordering::Greater => j += 1,
            std::cmp::Ordering::Equal => {
                shared += 1;
                i += 1;
                j += 1;
            }
        }
    }
    masi_sizes(a.len(), b.len(), shared)
}

/// The sets as sorted lists of code numbers, the codes numbered in their `Ord` order.
pub fn number_codes<T: Ord>(sets: &[&BTreeSet<T>]) -> Vec<Vec<u32>> {
    let codes: BTreeSet<&T> = sets.iter().flat_map(|s| s.iter()).collect();
    let number: std::collections::BTreeMap<&T, u32> = codes
        .into_iter()
        .enumerate()
        .map(|(i, c)| (c, i as u32))
        .collect();
    sets.iter()
        .map(|s| s.iter().map(|c| number[c]).collect())
        .collect()
}

/// Pairable values as indices into distinct code sets, ready for MASI.
pub struct MasiCells {
    /// Per pairable value, the index of its set in `sets`.
    pub(crate) codes: Vec<usize>,
    /// The distinct sets, each a sorted list of code numbers.
    sets: Vec<Vec<u32>>,
    /// The subsets of the sets, when there are few enough to count with.
    subsets: Option<Subsets>,
}

/// Every subset of every distinct set, numbered.
struct Subsets {
    /// The subsets of set `a` are `ids[offsets[a]..offsets[a + 1]]`.
    offsets: Vec<usize>,
    ids: Vec<u32>,
    /// The size of each numbered subset.
    sizes: Vec<u8>,
    /// The largest set size plus one.
    width: usize,
}

impl MasiCells {
    pub(crate) fn new(codes: Vec<usize>, sets: Vec<Vec<u32>>) -> Self {
        let subsets = Subsets::of(&sets);
        MasiCells {
            codes,
            sets,
            subsets,
        }
    }

    /// How many distinct sets there are.
    pub(crate) fn sets(&self) -> usize {
        self.sets.len()
    }

    /// The distance between sets number `a` and `b`.
    pub(crate) fn delta(&self, a: usize, b: usize) -> f64 {
        if a == b {
            0.0
        } else {
            masi_sorted(&self.sets[a], &self.sets[b])
        }
    }

    /// `sum over ordered pairs of values i != j of delta(v_i, v_j)`, where `counts[a]` values
    /// are set number `a`.
    pub(crate) fn expected(&self, counts: &[u64]) -> f64 {
        match &self.subsets {
            Some(subsets) => subsets.expected(&self.sets, counts),
            None => expected_pairs(counts, |a, b| Ok(self.delta(a, b)))
                .unwrap_or_else(|e| unreachable!("MASI distances are always valid: {e}")),
        }
    }
}

impl Subsets {
    fn of(sets: &[Vec<u32>]) -> Option<Subsets> {
        let largest = sets.iter().map(Vec::len).max().unwrap_or(0);
        if largest > MAX_SET {
            return None;
        }
        let total: usize = sets.iter().map(|s| 1usize << s.len()).sum();
        if total > MAX_SUBSETS {
            return None;
        }
        let mut index: HashMap<Vec<u32>, u32, FxBuild> = HashMap::default();
        let (mut offsets, mut ids, mut sizes) = (vec![0], Vec::with_capacity(total), Vec::new());
        let mut subset = Vec::with_capacity(largest);
        for set in sets {
            for mask in 0u32..(1 << set.len()) {
                subset.clear();
                subset.extend(
                    set.iter()
                        .enumerate()
                        .filter(|(bit, _)| mask >> bit & 1 == 1)
                        .map(|(_, &code)| code),
                );
                let id = match index.get(&subset) {
                    Some(&id) => id,
                    None => {
                        let id = sizes.len() as u32;
                        sizes.push(subset.len() as u8);
                        index.insert(subset.clone(), id);
                        id
                    }
                };
                ids.push(id);
            }
            offsets.push(ids.len());
        }
        Some(Subsets {
            offsets,
            ids,
            sizes,
            width: largest + 1,
        })
    }

    /// The expected sum from counts of shared subsets; see the module docs.
    fn expected(&self, sets: &[Vec<u32>], counts: &[u64]) -> f64 {
        let w = self.width;
        // W_S(p), row S.
        let mut weight = vec![0u64; self.sizes.len() * w];
        for (a, &count) in counts.iter().enumerate() {
            if count == 0 {
                continue;
            }
            let p = sets[a].len();
            for &s in &self.ids[self.offsets[a]..self.offsets[a + 1]] {
                weight[s as usize * w + p] += count;
            }
        }
        // H_j(p, q) at [(j * w + p) * w + q]; at most n² C(12, 6), far below u128::MAX.
        let mut shared = vec![0u128; w * w * w];
        for (row, &j) in weight.chunks(w).zip(&self.sizes) {
            let j = usize::from(j);
            for (p, &wp) in row.iter().enumerate().filter(|&(_, &x)| x > 0) {
                for (q, &wq) in row.iter().enumerate().filter(|&(_, &x)| x > 0) {
                    shared[(j * w + p) * w + q] += u128::from(wp) * u128::from(wq);
                }
            }
        }
        let mut sum = 0.0;
        for p in 0..w {
            for q in 0..w {
                for i in 0..=p.min(q) {
                    // P_i(p, q); every term fits i128 (see above), and so does the result.
                    let mut pairs: i128 = 0;
                    for j in i..=p.min(q) {
                        let term = binomial(j, i) * shared[(j * w + p) * w + q] as i128;
                        if (j - i) % 2 == 0 {
                            pairs += term;
                        } else {
                            pairs -= term;
                        }
                    }
                    if pairs != 0 {
                        sum += pairs as f64 * masi_sizes(p, q, i);
                    }
                }
            }
        }
        sum
    }
}

/// `C(n, k)` for `k <= n <= MAX_SET`.
fn binomial(n: usize, k: usize) -> i128 {
    (0..k).fold(1i128, |c, i| c * (n - i) as i128 / (i + 1) as i128)
}

#[cfg(test)]
mod tests {
    use super::*;

    /// A small deterministic generator for the property test.
    struct Rng(u64);

    impl Rng {
        fn below(&mut self, n: u64) -> u64 {
            self.0 = self.0.wrapping_add(0x9e37_79b9_7f4a_7c15);
            let mut z = self.0;
            z = (z ^ (z >> 30)).wrapping_mul(0xbf58_476d_1ce4_e5b9);
            z = (z ^ (z >> 27)).wrapping_mul(0x94d0_49bb_1331_11eb);
            (z ^ (z >> 31)) % n
        }
    }

    #[test]
    fn masi_alpha_is_alpha_with_masi_as_any_distance() {
        use crate::{Distance, Masi, Ratings, krippendorff_alpha, masi_distance};
        let mut rng = Rng(5);
        let mut compared = 0;
        for _ in 0..200 {
            let (units, coders) = (2 + rng.below(12) as usize, 2 + rng.below(4) as usize);
            let rows = (0..units).map(|u| {
                let row: Vec<Option<BTreeSet<u64>>> = (0..coders)
                    .map(|_| {
                        (rng.below(5) > 0)
                            .then(|| (0..1 + rng.below(3)).map(|_| rng.below(6)).collect())
                    })
                    .collect();
                (format!("u{u}"), row)
            });
            let coder_ids = (0..coders).map(|c| format!("c{c}"));
            let ratings = Ratings::from_unit_rows(coder_ids, rows).unwrap();
            let counted = krippendorff_alpha(&ratings, Masi);
            let pairwise = krippendorff_alpha(&ratings, Distance(masi_distance::<u64>));
            match (counted, pairwise) {
                (Ok(a), Ok(b)) => {
                    assert!(
                        (a.value - b.value).abs() < 1e-12,
                        "{} vs {}",
                        a.value,
                        b.value
                    );
                    compared += 1;
                }
                (a, b) => assert_eq!(a.map(|_| ()), b.map(|_| ())),
            }
        }
        assert!(compared > 100, "{compared}");
    }

    #[test]
    fn binomials() {
        assert_eq!(binomial(0, 0), 1);
        assert_eq!(binomial(4, 2), 6);
        assert_eq!(binomial(12, 6), 924);
    }

    #[test]
    fn masi_on_numbers_is_masi_distance() {
        let sets: [&[u32]; 6] = [&[], &[1], &[1, 2], &[2, 3], &[4], &[1, 2, 3]];
        for a in sets {
            for b in sets {
                let set = |s: &[u32]| s.iter().copied().collect::<BTreeSet<u32>>();
                assert_eq!(
                    masi_sorted(a, b),
                    crate::masi_distance(&set(a), &set(b)),
                    "{a:?} {b:?}"
                );
            }
        }
    }

    #[test]
    fn counted_expected_sum_is_the_sum_over_pairs() {
        let mut rng = Rng(11);
        for round in 0..200 {
            let codes = 1 + rng.below(8);
            let k = 1 + rng.below(30) as usize;
            let sets: BTreeSet<Vec<u32>> = (0..k)
                .map(|_| {
                    let n = rng.below(5);
                    let s: BTreeSet<u32> = (0..n).map(|_| rng.below(codes) as u32).collect();
                    s.into_iter().collect()
                })
                .collect();
            let sets: Vec<Vec<u32>> = sets.into_iter().collect();
            let counts: Vec<u64> = sets.iter().map(|_| rng.below(6)).collect();
            let cells = MasiCells::new(Vec::new(), sets.clone());
            assert!(cells.subsets.is_some());
            let pairwise = MasiCells {
                codes: Vec::new(),
                sets,
                subsets: None,
            };
            let (counted, visited) = (cells.expected(&counts), pairwise.expected(&counts));
            assert!(
                (counted - visited).abs() <= 1e-9 * visited.max(1.0),
                "round {round}: {counted} vs {visited}"
            );
        }
    }
}
