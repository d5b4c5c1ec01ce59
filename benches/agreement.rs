//! How fast the agreement statistics of `jos agree` are computed: 10 coders × 100,000 records
//! × 5 facets (two ordinal, one nominal, two multi-valued with MASI), without bootstrap.
//!
//! Target (issue 6): all five facets in under a second. Run `cargo bench --bench agreement`.
//! The bootstrap costs about `resamples` times one alpha on top of this.

use std::collections::BTreeSet;
use std::hint::black_box;
use std::time::Instant;

use criterion::{Criterion, criterion_group, criterion_main};
use jeugdhulp_op_school::agreement::{Bootstrap, Ratings};
use jeugdhulp_op_school::records::agree::FacetRatings;
use jeugdhulp_op_school::{Cardinality, Facet, Taxonomy};

#[path = "generate.rs"]
mod generate;

use generate::Rng;

const CODERS: usize = 10;
const RECORDS: usize = 100_000;
const FACETS: [&str; 5] = [
    "intensity",
    "organisation-model",
    "integration",
    "activity",
    "role",
];

/// One coder's value: the record's "true" value 80% of the time, otherwise something else
/// (another code, or for sets a code added, dropped or swapped). No value is missing, so that
/// every statistic is computed, Fleiss' kappa too: missing values only make less work.
fn code_values(facet: &Facet, rng: &mut Rng) -> Vec<Vec<Option<Vec<usize>>>> {
    let k = facet.concepts.len();
    (0..RECORDS)
        .map(|_| {
            let truth: Vec<usize> = match facet.cardinality {
                Cardinality::Single => vec![rng.below(k)],
                Cardinality::Multiple => {
                    let mut set: Vec<usize> = (0..1 + rng.below(3)).map(|_| rng.below(k)).collect();
                    set.sort_unstable();
                    set.dedup();
                    set
                }
            };
            (0..CODERS)
                .map(|_| match rng.below(100) {
                    0..80 => Some(truth.clone()),
                    _ => {
                        let mut other = truth.clone();
                        match facet.cardinality {
                            Cardinality::Single => other[0] = rng.below(k),
                            Cardinality::Multiple => match rng.below(3) {
                                0 if other.len() > 1 => {
                                    other.pop();
                                }
                                1 => other[0] = rng.below(k),
                                _ => other.push(rng.below(k)),
                            },
                        }
                        other.sort_unstable();
                        other.dedup();
                        Some(other)
                    }
                })
                .collect()
        })
        .collect()
}

/// The matrix `Comparison::ratings` would build for the facet.
fn facet_ratings(facet: &Facet, rng: &mut Rng) -> FacetRatings {
    let values = code_values(facet, rng);
    let coders: Vec<String> = (1..=CODERS).map(|c| format!("coder-{c}")).collect();
    let units = (0..RECORDS).map(|u| format!("practice-{u}"));
    let id = |i: &usize| facet.concepts[*i].id.clone();
    match (facet.cardinality, facet.ordered) {
        (Cardinality::Multiple, _) => {
            let rows = units.zip(values.iter().map(|row| {
                row.iter()
                    .map(|cell| {
                        cell.as_ref()
                            .map(|set| set.iter().map(id).collect::<BTreeSet<_>>())
                    })
                    .collect::<Vec<_>>()
            }));
            FacetRatings::Sets(Ratings::from_unit_rows(coders, rows).unwrap())
        }
        (Cardinality::Single, true) => {
            let position = |i: &usize| facet.concepts[*i].position.as_ref().map_or(0, |p| p.value);
            let rows = units.zip(values.iter().map(|row| {
                row.iter()
                    .map(|cell| cell.as_ref().map(|v| position(&v[0])))
                    .collect::<Vec<_>>()
            }));
            FacetRatings::Ordinal(Ratings::from_unit_rows(coders, rows).unwrap())
        }
        (Cardinality::Single, false) => {
            let rows = units.zip(values.iter().map(|row| {
                row.iter()
                    .map(|cell| cell.as_ref().map(|v| id(&v[0])))
                    .collect::<Vec<_>>()
            }));
            FacetRatings::Nominal(Ratings::from_unit_rows(coders, rows).unwrap())
        }
    }
}

fn bench(c: &mut Criterion) {
    let t = Taxonomy::builtin();
    let mut rng = Rng::new(2011);
    let facets: Vec<(&str, FacetRatings)> = FACETS
        .iter()
        .map(|id| {
            let facet = t.facet(id).expect("a facet of the built-in taxonomy");
            (*id, facet_ratings(facet, &mut rng))
        })
        .collect();
    let none = Bootstrap {
        resamples: 0,
        ..Bootstrap::default()
    };
    // One timed pass per facet, to see where the time goes (and that every statistic is defined).
    for (id, ratings) in &facets {
        let start = Instant::now();
        let stats = ratings.statistics(none);
        let alpha = stats.alpha.as_ref().map(|a| a.value);
        let fleiss = stats
            .fleiss_kappa
            .as_ref()
            .map(|k| k.as_ref().map(|k| k.value));
        eprintln!(
            "{id:>20} ({:?}): {:>7.1} ms; alpha {alpha:.3?}, Fleiss {fleiss:.3?}, {} records",
            stats.level,
            start.elapsed().as_secs_f64() * 1e3,
            stats.records
        );
        assert!(alpha.is_ok(), "{:?}", stats.alpha);
    }

    let mut g = c.benchmark_group("agreement-10-coders-100k-records");
    g.sample_size(10);
    g.bench_function("5-facets-without-bootstrap", |b| {
        b.iter(|| {
            facets
                .iter()
                .map(|(_, ratings)| ratings.statistics(black_box(none)))
                .collect::<Vec<_>>()
        })
    });
    g.finish();
}

criterion_group!(benches, bench);
criterion_main!(benches);
