//! The agreement statistics against the reference implementations, on generated data: each
//! coefficient that a package computes is recomputed by the packages researchers use (`tests/python/agreement_oracle.py`:
//! the krippendorff package, scikit-learn, statsmodels, Gwet's irrCAC, NLTK) and must agree to
//! 1e-12, or both must call it undefined. The standard errors of the kappas are compared as
//! variances (statsmodels' `cohens_kappa`, irrCAC's `se`).
//!
//! The Python packages come from `tests/python/requirements.txt` in `tests/python/.venv`
//! (`.ci/run` installs them). Without them the test is skipped with a notice, except under CI
//! (`CI` set), where it fails.

use std::collections::BTreeSet;
use std::io::Write as _;
use std::path::Path;
use std::process::{Command, Stdio};

use jeugdhulp_op_school::agreement::{
    AgreementError, Bootstrap, Interval, Jaccard, Kappa, Masi, Nominal, Ordinal, Ratings, Ratio,
    Weights, cohen_kappa, cohen_kappa_weighted, fleiss_kappa, gwet_ac, krippendorff_alpha,
    randolph_kappa,
};
use jeugdhulp_op_school::records::agree::FacetRatings;
use serde_json::{Value, json};

use super::SplitMix64 as Rng;

const PYTHON: &str = "tests/python/.venv/bin/python";

/// A units × coders matrix of values `1..=q`, as coders × units rows: each unit has a true
/// value, which each coder reports with a chance of `accuracy` percent (else a random value),
/// and leaves missing with a chance of `missing` percent.
fn generate(rng: &mut Rng, complete: bool, coders: Option<usize>) -> (Vec<Vec<Option<u32>>>, u32) {
    let units = 3 + rng.below(30);
    let coders = coders.unwrap_or(2 + rng.below(4));
    let q = 2 + rng.below(5) as u32;
    let accuracy = 30 + rng.below(60);
    let missing = if complete { 0 } else { rng.below(26) };
    let truth: Vec<u32> = (0..units)
        .map(|_| 1 + rng.below(q as usize) as u32)
        .collect();
    let rows = (0..coders)
        .map(|_| {
            truth
                .iter()
                .map(|&t| {
                    if rng.chance(missing) {
                        None
                    } else if rng.chance(accuracy) {
                        Some(t)
                    } else {
                        Some(1 + rng.below(q as usize) as u32)
                    }
                })
                .collect()
        })
        .collect();
    (rows, q)
}

fn ratings<T: Clone>(rows: &[Vec<Option<T>>]) -> Option<Ratings<T>> {
    let units = rows[0].len();
    let named = rows
        .iter()
        .enumerate()
        .map(|(c, row)| (format!("coder {c}"), row.clone()));
    Ratings::from_coder_rows((0..units).map(|u| format!("unit {u}")), named).ok()
}

fn data_json<T: Clone + Into<Value>>(rows: &[Vec<Option<T>>]) -> Value {
    Value::Array(
        rows.iter()
            .map(|row| {
                Value::Array(
                    row.iter()
                        .map(|v| v.clone().map_or(Value::Null, Into::into))
                        .collect(),
                )
            })
            .collect(),
    )
}

/// The squared standard error of a kappa: variances are compared, not their square roots,
/// which near zero would turn rounding noise into differences of 1e-9.
fn variance(k: Kappa) -> f64 {
    k.standard_error
        .expect("every kappa has a standard error")
        .powi(2)
}

/// One comparison: the case for Python, our result, and what it is.
struct Case {
    query: Value,
    ours: Result<f64, AgreementError>,
    what: String,
}

fn cases() -> Vec<Case> {
    let mut rng = Rng(0x5EED_2026_1202);
    let mut out = Vec::new();
    for i in 0..40 {
        // Krippendorff's alpha at four levels (the krippendorff package).
        let (rows, _) = generate(&mut rng, false, None);
        let Some(r) = ratings(&rows) else { continue };
        let wide: Vec<Vec<Option<i64>>> = rows
            .iter()
            .map(|row| {
                row.iter()
                    .map(|v| v.map(|x| i64::from(x) * 10 - 25))
                    .collect()
            })
            .collect();
        let r_wide = ratings(&wide).unwrap();
        for (level, ours) in [
            ("nominal", krippendorff_alpha(&r, Nominal).map(|a| a.value)),
            ("ordinal", krippendorff_alpha(&r, Ordinal).map(|a| a.value)),
            ("ratio", krippendorff_alpha(&r, Ratio).map(|a| a.value)),
        ] {
            out.push(Case {
                query: json!({ "kind": "alpha", "level": level, "data": data_json(&rows) }),
                ours,
                what: format!("case {i}: {level} alpha"),
            });
        }
        out.push(Case {
            query: json!({ "kind": "alpha", "level": "interval", "data": data_json(&wide) }),
            ours: krippendorff_alpha(&r_wide, Interval).map(|a| a.value),
            what: format!("case {i}: interval alpha on i64"),
        });

        // Alpha on sets with the Jaccard distance (NLTK).
        let sets: Vec<Vec<Option<BTreeSet<u32>>>> = rows
            .iter()
            .map(|row| {
                row.iter()
                    .map(|v| {
                        v.map(|x| {
                            let mut set = BTreeSet::from([x]);
                            if rng.chance(40) {
                                set.insert(1 + rng.below(5) as u32);
                            }
                            set
                        })
                    })
                    .collect()
            })
            .collect();
        let r_sets = ratings(&sets).unwrap();
        let sets_json = json!(
            sets.iter()
                .map(|row| row
                    .iter()
                    .map(|v| v.as_ref().map(|s| s.iter().copied().collect::<Vec<u32>>()))
                    .collect::<Vec<_>>())
                .collect::<Vec<_>>()
        );
        out.push(Case {
            query: json!({ "kind": "alpha-jaccard", "data": sets_json }),
            ours: krippendorff_alpha(&r_sets, Jaccard).map(|a| a.value),
            what: format!("case {i}: Jaccard alpha"),
        });
        out.push(Case {
            query: json!({ "kind": "alpha-masi", "data": sets_json }),
            ours: krippendorff_alpha(&r_sets, Masi).map(|a| a.value),
            what: format!("case {i}: MASI alpha"),
        });
        // The path `jos agree` takes: code sets interned, MASI on their numbers.
        let named: Vec<Vec<Option<BTreeSet<String>>>> = sets
            .iter()
            .map(|row| {
                row.iter()
                    .map(|v| {
                        v.as_ref()
                            .map(|s| s.iter().map(|c| format!("code-{c}")).collect())
                    })
                    .collect()
            })
            .collect();
        let stats = FacetRatings::Sets(ratings(&named).unwrap()).statistics(Bootstrap {
            resamples: 0,
            ..Bootstrap::default()
        });
        out.push(Case {
            query: json!({ "kind": "alpha-masi", "data": sets_json }),
            ours: stats.alpha.map(|a| a.value),
            what: format!("case {i}: MASI alpha as jos agree computes it"),
        });

        // Cohen's kappa, unweighted and weighted, observed and explicit labels (scikit-learn).
        let (two, q) = generate(&mut rng, false, Some(2));
        let r_two = ratings(&two).unwrap();
        let labels: Vec<u32> = (1..=q + 1).collect();
        out.push(Case {
            query: json!({ "kind": "cohen", "data": data_json(&two), "weights": null }),
            ours: cohen_kappa(&r_two).map(|k| k.value),
            what: format!("case {i}: Cohen's kappa"),
        });
        out.push(Case {
            query: json!({ "kind": "cohen-variance", "data": data_json(&two), "weights": null }),
            ours: cohen_kappa(&r_two).map(variance),
            what: format!("case {i}: variance of Cohen's kappa"),
        });
        for (name, weights) in [
            (Value::Null, Weights::Identity),
            (json!("linear"), Weights::Linear),
            (json!("quadratic"), Weights::Quadratic),
        ] {
            out.push(Case {
                query: json!({ "kind": "cohen", "data": data_json(&two), "weights": name }),
                ours: cohen_kappa_weighted(&r_two, weights, None).map(|k| k.value),
                what: format!("case {i}: weighted kappa {weights:?}"),
            });
            out.push(Case {
                query: json!({ "kind": "cohen", "data": data_json(&two), "weights": name, "labels": labels }),
                ours: cohen_kappa_weighted(&r_two, weights, Some(&labels)).map(|k| k.value),
                what: format!("case {i}: weighted kappa {weights:?}, labels 1..={}", q + 1),
            });
            out.push(Case {
                query: json!({ "kind": "cohen-variance", "data": data_json(&two), "weights": name }),
                ours: cohen_kappa_weighted(&r_two, weights, None).map(variance),
                what: format!("case {i}: variance of weighted kappa {weights:?}"),
            });
            out.push(Case {
                query: json!({ "kind": "cohen-variance", "data": data_json(&two), "weights": name, "labels": labels }),
                ours: cohen_kappa_weighted(&r_two, weights, Some(&labels)).map(variance),
                what: format!("case {i}: variance of weighted kappa {weights:?}, labels 1..={}", q + 1),
            });
        }

        // Fleiss' and Randolph's kappa on complete data (statsmodels).
        let (complete, q) = generate(&mut rng, true, None);
        let r_complete = ratings(&complete).unwrap();
        let categories: Vec<u32> = (1..=q).collect();
        out.push(Case {
            query: json!({ "kind": "fleiss", "data": data_json(&complete), "categories": categories }),
            ours: fleiss_kappa(&r_complete).map(|k| k.value),
            what: format!("case {i}: Fleiss' kappa"),
        });
        out.push(Case {
            query: json!({ "kind": "fleiss-variance", "data": data_json(&complete), "categories": categories }),
            ours: fleiss_kappa(&r_complete).map(variance),
            what: format!("case {i}: variance of Fleiss' kappa"),
        });
        out.push(Case {
            query: json!({ "kind": "randolph", "data": data_json(&complete), "categories": categories }),
            ours: randolph_kappa(&r_complete, Some(q as usize)).map(|k| k.value),
            what: format!("case {i}: Randolph's kappa"),
        });

        // Gwet's AC1 and AC2, and the free-marginal kappa, with missing values (irrCAC).
        let (rows, q) = generate(&mut rng, false, None);
        let Some(r) = ratings(&rows) else { continue };
        let categories: Vec<u32> = (1..=q).collect();
        for (name, weights) in [
            ("identity", Weights::Identity),
            ("linear", Weights::Linear),
            ("quadratic", Weights::Quadratic),
        ] {
            out.push(Case {
                query: json!({ "kind": "gwet", "data": data_json(&rows), "weights": name, "categories": categories }),
                ours: gwet_ac(&r, weights, Some(&categories)).map(|k| k.value),
                what: format!("case {i}: Gwet's AC ({name})"),
            });
            out.push(Case {
                query: json!({ "kind": "gwet-variance", "data": data_json(&rows), "weights": name, "categories": categories }),
                ours: gwet_ac(&r, weights, Some(&categories)).map(variance),
                what: format!("case {i}: variance of Gwet's AC ({name})"),
            });
        }
        out.push(Case {
            query: json!({ "kind": "bp", "data": data_json(&rows), "categories": categories }),
            ours: randolph_kappa(&r, Some(q as usize)).map(|k| k.value),
            what: format!("case {i}: free-marginal kappa with missing values"),
        });
        out.push(Case {
            query: json!({ "kind": "bp-variance", "data": data_json(&rows), "categories": categories }),
            ours: randolph_kappa(&r, Some(q as usize)).map(variance),
            what: format!("case {i}: variance of the free-marginal kappa with missing values"),
        });
    }
    out
}

#[test]
fn the_statistics_agree_with_the_reference_implementations() {
    if !Path::new(PYTHON).is_file() {
        let message = "the agreement oracles (tests/python/.venv) are not installed; run `python3 -m venv tests/python/.venv && tests/python/.venv/bin/pip install -r tests/python/requirements.txt`";
        assert!(
            std::env::var_os("CI").is_none(),
            "{message}\n(CI is set, so this test may not be skipped)"
        );
        let _ = writeln!(
            std::io::stderr(),
            "agreement oracle test skipped: {message}"
        );
        return;
    }
    let cases = cases();
    assert!(cases.len() > 1200, "{}", cases.len());
    let queries: Vec<&Value> = cases.iter().map(|c| &c.query).collect();
    let mut child = Command::new(PYTHON)
        .arg("tests/python/agreement_oracle.py")
        .stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .expect("python runs");
    let input = serde_json::to_vec(&queries).unwrap();
    child.stdin.take().unwrap().write_all(&input).unwrap();
    let output = child.wait_with_output().unwrap();
    assert!(
        output.status.success(),
        "{}",
        String::from_utf8_lossy(&output.stderr)
    );
    let theirs: Vec<Option<f64>> = serde_json::from_slice(&output.stdout).unwrap();
    assert_eq!(theirs.len(), cases.len());
    let mut defined = 0;
    let mut failures = Vec::new();
    for (case, theirs) in cases.iter().zip(theirs) {
        match (&case.ours, theirs) {
            (Ok(a), Some(b)) => {
                defined += 1;
                if (a - b).abs() > 1e-12 {
                    failures.push(format!("{}: ours {a}, reference {b}", case.what));
                }
            }
            (Err(_), None) => {}
            // With one pairable unit the references give alpha = 0 (it is 0 by construction
            // whenever defined); this library calls it undefined, as documented.
            (Err(AgreementError::TooFewUnits { found: 1 }), Some(b)) if b.abs() < 1e-12 => {}
            (ours, theirs) => failures.push(format!(
                "{}: ours {ours:?}, reference {theirs:?}",
                case.what
            )),
        }
    }
    assert!(
        failures.is_empty(),
        "{} of {} cases differ:\n{}",
        failures.len(),
        cases.len(),
        failures.join("\n")
    );
    assert!(
        defined * 10 > cases.len() * 9,
        "most cases are defined: {defined} of {}",
        cases.len()
    );
}
