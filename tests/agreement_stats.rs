//! Inter-coder agreement statistics, checked against the worked examples of the papers that
//! define them, against a literal transcription of Krippendorff's coincidence matrix, and
//! against the properties every agreement coefficient must have, on random matrices drawn and
//! shrunk by proptest.

use std::cell::Cell;
use std::collections::BTreeSet;
use std::ops::RangeInclusive;

use jeugdhulp_op_school::agreement::*;
use proptest::collection::vec;
use proptest::prelude::*;
use proptest::test_runner::{FileFailurePersistence, TestCaseError, TestRunner};

/// Rounds to three decimals, the precision the papers report.
fn round3(x: f64) -> f64 {
    (x * 1000.0).round() / 1000.0
}

// ---------------------------------------------------------------------------------------------
// Krippendorff (2011), "Computing Krippendorff's Alpha-Reliability": the worked example with
// 4 coders, 12 units and missing values.
// ---------------------------------------------------------------------------------------------

/// The reliability data matrix of Krippendorff (2011), coders as rows; 0 = missing.
const KRIPPENDORFF_2011: [(&str, [u8; 12]); 4] = [
    ("A", [1, 2, 3, 3, 2, 1, 4, 1, 2, 0, 0, 0]),
    ("B", [1, 2, 3, 3, 2, 2, 4, 1, 2, 5, 0, 3]),
    ("C", [0, 3, 3, 3, 2, 3, 4, 2, 2, 5, 1, 0]),
    ("D", [1, 2, 3, 3, 2, 4, 4, 1, 2, 5, 1, 0]),
];

fn krippendorff_2011() -> Ratings<u8> {
    let rows =
        KRIPPENDORFF_2011.map(|(coder, values)| (coder, values.map(|v| (v > 0).then_some(v))));
    Ratings::from_coder_rows((1..=12).map(|u| format!("unit {u}")), rows).unwrap()
}

#[test]
fn krippendorff_2011_nominal_ordinal_and_interval_alpha() {
    let data = krippendorff_2011();
    assert_eq!(
        round3(krippendorff_alpha(&data, Nominal).unwrap().value),
        0.743
    );
    assert_eq!(
        round3(krippendorff_alpha(&data, Ordinal).unwrap().value),
        0.815
    );
    assert_eq!(
        round3(krippendorff_alpha(&data, Interval).unwrap().value),
        0.849
    );
}

#[test]
fn krippendorff_2011_rests_on_11_pairable_units_and_40_pairable_values() {
    // Unit 12 has a single value (coder B's 3), so it cannot be paired and is left out.
    let alpha = krippendorff_alpha(&krippendorff_2011(), Nominal).unwrap();
    assert_eq!(alpha.basis.units, 11);
    assert_eq!(alpha.basis.coders, 4);
    assert_eq!(alpha.basis.pairable_values, 40);
    // D_o = (n - sum_c o_cc) / n and D_e = (n² - sum_c n_c²) / (n (n - 1)) with the
    // coincidence matrix of the paper: sum_c o_cc = 32 and n_c = 9, 13, 10, 5, 3, so
    // alpha = 1 - 39 * 8 / (1600 - 384) = 0.743.
    assert!((alpha.observed_disagreement - 8.0 / 40.0).abs() < 1e-12);
    assert!((alpha.expected_disagreement - (1600.0 - 384.0) / (40.0 * 39.0)).abs() < 1e-12);
}

// ---------------------------------------------------------------------------------------------
// Fleiss (1971), "Measuring nominal scale agreement among many raters": 10 subjects, 14 raters,
// 5 categories, given as counts per category.
// ---------------------------------------------------------------------------------------------

fn fleiss_1971() -> Ratings<u8> {
    let counts = [
        [0, 0, 0, 0, 14],
        [0, 2, 6, 4, 2],
        [0, 0, 3, 5, 6],
        [0, 3, 9, 2, 0],
        [2, 2, 8, 1, 1],
        [7, 7, 0, 0, 0],
        [3, 2, 6, 3, 0],
        [2, 5, 3, 2, 2],
        [6, 5, 2, 1, 0],
        [0, 2, 2, 3, 7],
    ];
    let rows = counts
        .iter()
        .enumerate()
        .map(|(i, row)| (format!("subject {}", i + 1), *row));
    Ratings::from_counts(1..=5, rows).unwrap()
}

#[test]
fn fleiss_1971_kappa() {
    let kappa = fleiss_kappa(&fleiss_1971()).unwrap();
    assert_eq!(round3(kappa.value), 0.210);
    assert_eq!(round3(kappa.observed_agreement), 0.378); // P
    assert_eq!(round3(kappa.expected_agreement), 0.213); // P_e
    assert_eq!(kappa.basis.units, 10);
    assert_eq!(kappa.basis.coders, 14);
    assert_eq!(kappa.basis.pairable_values, 140);
}

#[test]
fn fleiss_counts_become_numbered_rater_slots() {
    let data = fleiss_1971();
    assert_eq!(data.coders().len(), 14);
    assert_eq!(data.coders()[0], "rater 1");
    assert_eq!(data.value_count(), 140);
    // Subject 2 (0 2 6 4 2): two 2s, then six 3s, ...
    assert_eq!(data.get(1, 0), Some(&2));
    assert_eq!(data.get(1, 2), Some(&3));
    assert_eq!(data.get(1, 13), Some(&5));
}

#[test]
fn with_complete_data_nominal_alpha_is_fleiss_kappa_corrected_for_sample_size() {
    // With m ratings for every one of N units, n = N m, the definitions give
    // alpha = 1 - (1 - kappa) (n - 1) / n: alpha is kappa with a small-sample correction.
    let data = fleiss_1971();
    let kappa = fleiss_kappa(&data).unwrap().value;
    let alpha = krippendorff_alpha(&data, Nominal).unwrap().value;
    assert!((alpha - (1.0 - (1.0 - kappa) * 139.0 / 140.0)).abs() < 1e-12);
}

// ---------------------------------------------------------------------------------------------
// Cohen (1960), "A coefficient of agreement for nominal scales": two coders.
// ---------------------------------------------------------------------------------------------

#[test]
fn cohen_kappa_textbook_two_by_two_table() {
    // 50 units, two coders saying yes or no:
    //
    //               bob: yes   bob: no
    //   ann: yes        20         5      (ann: 25 yes)
    //   ann: no         10        15      (ann: 25 no)
    //                (30 yes)  (20 no)
    //
    // p_o = (20 + 15) / 50 = 0.7
    // p_e = (25/50)(30/50) + (25/50)(20/50) = 0.30 + 0.20 = 0.5
    // kappa = (0.7 - 0.5) / (1 - 0.5) = 0.4
    let cells = [
        (("yes", "yes"), 20),
        (("yes", "no"), 5),
        (("no", "yes"), 10),
        (("no", "no"), 15),
    ];
    let rows = cells
        .iter()
        .flat_map(|&((a, b), count)| std::iter::repeat_n([Some(a), Some(b)], count))
        .enumerate()
        .map(|(i, row)| (format!("unit {i}"), row));
    let data = Ratings::from_unit_rows(["ann", "bob"], rows).unwrap();
    let kappa = cohen_kappa(&data).unwrap();
    assert_eq!(kappa.value, 0.4);
    assert_eq!(kappa.observed_agreement, 0.7);
    assert_eq!(kappa.expected_agreement, 0.5);
    assert_eq!(
        (
            kappa.basis.units,
            kappa.basis.coders,
            kappa.basis.pairable_values
        ),
        (50, 2, 100)
    );
    assert_eq!(percent_agreement(&data).unwrap().value, 0.7);
}

#[test]
fn cohen_kappa_uses_only_units_both_coders_coded() {
    let data = Ratings::from_unit_rows(
        ["ann", "bob"],
        [
            ("u1", [Some('x'), Some('x')]),
            ("u2", [Some('y'), Some('y')]),
            ("u3", [Some('x'), None]),
            ("u4", [None, Some('y')]),
        ],
    )
    .unwrap();
    let kappa = cohen_kappa(&data).unwrap();
    assert_eq!(kappa.value, 1.0);
    assert_eq!(kappa.basis.units, 2);
}

#[test]
fn cohen_kappa_for_two_of_many_coders() {
    let data = krippendorff_2011();
    let pair = data.select_coders(&["B", "D"]).unwrap();
    let kappa = cohen_kappa(&pair).unwrap();
    // B and D both coded units 1-10 and agree on all but unit 6 (2 vs 4).
    assert_eq!(kappa.basis.units, 10);
    assert_eq!(kappa.observed_agreement, 0.9);
    assert!(kappa.value > 0.8 && kappa.value < 0.9);
}

// ---------------------------------------------------------------------------------------------
// MASI, Passonneau (2006): set-valued data, for multi-valued facets.
// ---------------------------------------------------------------------------------------------

fn set(codes: &[&'static str]) -> BTreeSet<&'static str> {
    codes.iter().copied().collect()
}

#[test]
fn masi_distance_for_identical_subset_overlapping_and_disjoint_sets() {
    // 1 - J * M, with J the Jaccard index and M the monotonicity weight.
    assert_eq!(masi_distance(&set(&["a", "b"]), &set(&["b", "a"])), 0.0); // J = 1, M = 1
    let subset = masi_distance(&set(&["a"]), &set(&["a", "b", "c"])); // J = 1/3, M = 2/3
    assert!((subset - (1.0 - 2.0 / 9.0)).abs() < 1e-12);
    let overlap = masi_distance(&set(&["a", "b"]), &set(&["b", "c"])); // J = 1/3, M = 1/3
    assert!((overlap - (1.0 - 1.0 / 9.0)).abs() < 1e-12);
    assert_eq!(masi_distance(&set(&["a"]), &set(&["b"])), 1.0); // J = 0, M = 0
    assert_eq!(masi_distance(&set(&[]), &set(&[])), 0.0);
    assert_eq!(masi_distance(&set(&[]), &set(&["a"])), 1.0);
}

#[test]
fn masi_alpha_is_one_under_perfect_agreement() {
    let triples = [
        ("r1", "ann", "smw"),
        ("r1", "ann", "jgz"),
        ("r1", "bob", "jgz"),
        ("r1", "bob", "smw"),
        ("r2", "ann", "ib"),
        ("r2", "bob", "ib"),
        ("r2", "cas", "ib"),
        ("r3", "cas", "smw"),
        ("r3", "bob", "smw"),
    ];
    let data = Ratings::from_set_members(triples).unwrap();
    let alpha = krippendorff_alpha(&data, Masi).unwrap();
    assert_eq!(alpha.value, 1.0);
    assert_eq!(alpha.basis.pairable_values, 7);
}

#[test]
fn masi_alpha_gives_partial_credit_for_overlapping_sets() {
    // Same data twice, once with a partial overlap in r1: alpha drops, but less than when the
    // second coder's set is disjoint.
    let with_r1 = |bob: &[&'static str]| {
        let rows = [
            ("r1", [Some(set(&["smw", "jgz"])), Some(set(bob))]),
            ("r2", [Some(set(&["ib"])), Some(set(&["ib"]))]),
            ("r3", [Some(set(&["jgz"])), Some(set(&["jgz"]))]),
            ("r4", [Some(set(&["smw"])), Some(set(&["smw"]))]),
        ];
        krippendorff_alpha(
            &Ratings::from_unit_rows(["ann", "bob"], rows).unwrap(),
            Masi,
        )
        .unwrap()
        .value
    };
    let subset = with_r1(&["smw"]);
    let disjoint = with_r1(&["ib"]);
    assert!(
        disjoint < subset && subset < 1.0,
        "{disjoint} < {subset} < 1"
    );
}

// ---------------------------------------------------------------------------------------------
// Where a coefficient is undefined, every statistic says why, as a typed error.
// ---------------------------------------------------------------------------------------------

/// Every statistic on `data`, by name, as `Result<f64, _>`.
fn every_statistic(data: &Ratings<u8>) -> Vec<(&'static str, Result<f64, AgreementError>)> {
    let bootstrap = Bootstrap {
        resamples: 50,
        ..Bootstrap::default()
    };
    vec![
        ("percent", percent_agreement(data).map(|a| a.value)),
        ("cohen", cohen_kappa(data).map(|k| k.value)),
        ("fleiss", fleiss_kappa(data).map(|k| k.value)),
        (
            "nominal",
            krippendorff_alpha(data, Nominal).map(|a| a.value),
        ),
        (
            "ordinal",
            krippendorff_alpha(data, Ordinal).map(|a| a.value),
        ),
        (
            "interval",
            krippendorff_alpha(data, Interval).map(|a| a.value),
        ),
        (
            "bootstrap",
            bootstrap_alpha(data, Nominal, bootstrap).map(|a| a.lower),
        ),
    ]
}

fn two_coders(rows: &[[Option<u8>; 2]]) -> Ratings<u8> {
    let rows = rows
        .iter()
        .enumerate()
        .map(|(u, row)| (format!("u{u}"), *row));
    Ratings::from_unit_rows(["a", "b"], rows).unwrap()
}

#[test]
fn a_single_unit_is_undefined() {
    let data = two_coders(&[[Some(1), Some(2)]]);
    for (name, result) in every_statistic(&data) {
        assert_eq!(
            result,
            Err(AgreementError::TooFewUnits { found: 1 }),
            "{name}"
        );
    }
    let err = AgreementError::TooFewUnits { found: 1 };
    assert_eq!(
        err.to_string(),
        "undefined because agreement needs at least 2 units coded by at least 2 coders \
         (for Cohen's kappa: by both coders), and there are 1"
    );
}

#[test]
fn units_with_a_single_value_do_not_count_as_units() {
    let data = two_coders(&[[Some(1), Some(2)], [Some(1), None], [None, Some(2)]]);
    for (name, result) in every_statistic(&data) {
        assert_eq!(
            result,
            Err(AgreementError::TooFewUnits { found: 1 }),
            "{name}"
        );
    }
}

#[test]
fn no_variation_is_undefined_except_for_percent_agreement() {
    let data = two_coders(&[[Some(3), Some(3)], [Some(3), Some(3)], [Some(3), Some(3)]]);
    for (name, result) in every_statistic(&data) {
        match name {
            // Percent agreement does not correct for chance: every pair agrees.
            "percent" => assert_eq!(result, Ok(1.0)),
            _ => assert_eq!(result, Err(AgreementError::NoVariation), "{name}"),
        }
    }
    let masi = Ratings::from_set_members([
        ("u1", "a", 1),
        ("u1", "b", 1),
        ("u2", "a", 1),
        ("u2", "b", 1),
    ]);
    assert_eq!(
        krippendorff_alpha(&masi.unwrap(), Masi),
        Err(AgreementError::NoVariation)
    );
    assert!(
        AgreementError::NoVariation
            .to_string()
            .starts_with("undefined because there is no variation")
    );
}

#[test]
fn every_value_missing_is_undefined() {
    let data = two_coders(&[[None, None], [None, None]]);
    for (name, result) in every_statistic(&data) {
        assert_eq!(result, Err(AgreementError::AllMissing), "{name}");
    }
    let no_units = two_coders(&[]);
    for (name, result) in every_statistic(&no_units) {
        assert_eq!(result, Err(AgreementError::AllMissing), "{name}");
    }
    assert_eq!(
        AgreementError::AllMissing.to_string(),
        "undefined because every value is missing"
    );
}

#[test]
fn a_coder_who_coded_nothing_is_undefined_until_dropped() {
    let data = Ratings::from_unit_rows(
        ["a", "idle", "b"],
        [
            ("u1", [Some(1), None, Some(1)]),
            ("u2", [Some(2), None, Some(2)]),
        ],
    )
    .unwrap();
    for (name, result) in every_statistic(&data) {
        let expected = match name {
            "cohen" => AgreementError::NotTwoCoders { found: 3 },
            _ => AgreementError::EmptyCoder {
                coder: "idle".into(),
            },
        };
        assert_eq!(result, Err(expected), "{name}");
    }
    assert!(
        AgreementError::EmptyCoder {
            coder: "idle".into()
        }
        .to_string()
        .starts_with("undefined because coder `idle` coded no unit")
    );
    let kept = data.without_empty_coders();
    assert_eq!(cohen_kappa(&kept).unwrap().value, 1.0);
    assert_eq!(krippendorff_alpha(&kept, Nominal).unwrap().value, 1.0);
}

#[test]
fn fewer_than_two_coders_is_undefined() {
    let one = Ratings::from_unit_rows(["a"], [("u1", [Some(1)]), ("u2", [Some(2)])]).unwrap();
    for (name, result) in every_statistic(&one) {
        assert_eq!(
            result,
            Err(AgreementError::TooFewCoders { found: 1 }),
            "{name}"
        );
    }
    let none = Ratings::<u8>::from_unit_rows(Vec::<String>::new(), [("u1", [])]).unwrap();
    for (name, result) in every_statistic(&none) {
        assert_eq!(
            result,
            Err(AgreementError::TooFewCoders { found: 0 }),
            "{name}"
        );
    }
    assert_eq!(
        AgreementError::TooFewCoders { found: 1 }.to_string(),
        "undefined because agreement needs at least 2 coders, and there are 1"
    );
}

#[test]
fn fleiss_kappa_needs_complete_data() {
    // Krippendorff's example has missing values: units 1 and 10 have three ratings, unit 2 four.
    let err = fleiss_kappa(&krippendorff_2011()).unwrap_err();
    assert_eq!(
        err,
        AgreementError::IncompleteData {
            unit: "unit 2".into(),
            found: 4,
            reference_unit: "unit 1".into(),
            expected: 3,
        }
    );
    assert_eq!(
        err.to_string(),
        "undefined because Fleiss' kappa needs the same number of ratings for every unit \
         (complete data), but unit `unit 2` has 4 and unit `unit 1` has 3"
    );
    // The same from a count table whose rows do not sum to the same total.
    let counts = Ratings::from_counts(["x", "y"], [("s1", [2, 1]), ("s2", [1, 1])]).unwrap();
    assert!(matches!(
        fleiss_kappa(&counts),
        Err(AgreementError::IncompleteData {
            found: 2,
            expected: 3,
            ..
        })
    ));
}

#[test]
fn cohen_kappa_needs_exactly_two_coders() {
    let err = cohen_kappa(&krippendorff_2011()).unwrap_err();
    assert_eq!(err, AgreementError::NotTwoCoders { found: 4 });
    assert!(
        err.to_string()
            .starts_with("undefined because Cohen's kappa compares exactly 2 coders")
    );
}

#[test]
fn invalid_numbers_and_distances_are_reported() {
    let data = Ratings::from_unit_rows(
        ["a", "b"],
        [
            ("u1", [Some(1.0), Some(f64::NAN)]),
            ("u2", [Some(1.0), Some(2.0)]),
        ],
    )
    .unwrap();
    assert_eq!(
        krippendorff_alpha(&data, Interval),
        Err(AgreementError::NonFiniteValue {
            unit: "u1".into(),
            coder: "b".into()
        })
    );
    let data = two_coders(&[[Some(1), Some(2)], [Some(3), Some(3)]]);
    let negative = Distance(|a: &u8, b: &u8| f64::from(*a) - f64::from(*b));
    assert!(matches!(
        krippendorff_alpha(&data, negative),
        Err(AgreementError::InvalidDistance { .. })
    ));
    let huge = Ratings::from_unit_rows(
        ["a", "b"],
        [
            ("u1", [Some(-1e300), Some(1e300)]),
            ("u2", [Some(1e300), Some(1e300)]),
        ],
    )
    .unwrap();
    assert_eq!(
        krippendorff_alpha(&huge, Interval),
        Err(AgreementError::Overflow)
    );
}

#[test]
fn every_error_message_says_undefined_because() {
    let errors = [
        AgreementError::TooFewCoders { found: 1 },
        AgreementError::NotTwoCoders { found: 3 },
        AgreementError::AllMissing,
        AgreementError::EmptyCoder { coder: "c".into() },
        AgreementError::TooFewUnits { found: 0 },
        AgreementError::NoVariation,
        AgreementError::IncompleteData {
            unit: "u2".into(),
            found: 2,
            reference_unit: "u1".into(),
            expected: 3,
        },
        AgreementError::NonFiniteValue {
            unit: "u".into(),
            coder: "c".into(),
        },
        AgreementError::InvalidDistance { distance: -1.0 },
        AgreementError::Overflow,
        AgreementError::NoResamples,
        AgreementError::InvalidLevel { level: 1.5 },
        AgreementError::AllResamplesUndefined { resamples: 10 },
    ];
    for err in errors {
        assert!(err.to_string().starts_with("undefined because "), "{err}");
    }
}

// ---------------------------------------------------------------------------------------------
// Building the data matrix.
// ---------------------------------------------------------------------------------------------

#[test]
fn the_three_layouts_give_the_same_matrix() {
    let by_unit = Ratings::from_unit_rows(
        ["a", "b"],
        [("u1", [Some(1), None]), ("u2", [Some(2), Some(3)])],
    )
    .unwrap();
    let by_coder = Ratings::from_coder_rows(
        ["u1", "u2"],
        [("a", [Some(1), Some(2)]), ("b", [None, Some(3)])],
    )
    .unwrap();
    let triples = Ratings::from_triples([("u1", "a", 1), ("u2", "a", 2), ("u2", "b", 3)]).unwrap();
    assert_eq!(by_unit, by_coder);
    assert_eq!(by_unit, triples);
}

#[test]
fn malformed_input_is_refused() {
    assert_eq!(
        Ratings::from_triples([("u1", "a", 1), ("u1", "a", 2)]),
        Err(RatingsError::DuplicateRating {
            unit: "u1".into(),
            coder: "a".into()
        })
    );
    assert_eq!(
        Ratings::from_unit_rows(["a", "b"], [("u1", vec![Some(1)])]),
        Err(RatingsError::RowLength {
            row: "u1".into(),
            found: 1,
            expected: 2
        })
    );
    assert_eq!(
        Ratings::<u8>::from_unit_rows(["a", "a"], [("u1", [None, None])]),
        Err(RatingsError::DuplicateCoder { coder: "a".into() })
    );
    assert_eq!(
        Ratings::from_coder_rows(["u1", "u1"], [("a", [Some(1), Some(1)])]),
        Err(RatingsError::DuplicateUnit { unit: "u1".into() })
    );
    assert_eq!(
        krippendorff_2011().select_coders(&["A", "E"]),
        Err(RatingsError::UnknownCoder { coder: "E".into() })
    );
}

// ---------------------------------------------------------------------------------------------
// A literal transcription of Krippendorff (2011): build the coincidence matrix o_ck, then
// alpha = 1 - (n - 1) sum o_ck delta²_ck / sum n_c n_k delta²_ck, with the paper's ordinal
// delta². The library computes the same number without a k × k matrix.
// ---------------------------------------------------------------------------------------------

fn alpha_from_coincidence_matrix(data: &Ratings<u8>, level: &str) -> Option<f64> {
    let categories: Vec<u8> = {
        let mut all: Vec<u8> = data
            .rows()
            .flat_map(|(_, row)| row.iter().flatten().copied())
            .collect();
        all.sort();
        all.dedup();
        all
    };
    let k = categories.len();
    let index = |v: &u8| categories.iter().position(|c| c == v).unwrap();
    let mut o = vec![vec![0.0; k]; k];
    for (_, row) in data.rows() {
        let values: Vec<usize> = row.iter().flatten().map(index).collect();
        let m = values.len();
        if m < 2 {
            continue;
        }
        for (i, &c) in values.iter().enumerate() {
            for (j, &kk) in values.iter().enumerate() {
                if i != j {
                    o[c][kk] += 1.0 / (m - 1) as f64;
                }
            }
        }
    }
    let n_c: Vec<f64> = o.iter().map(|row| row.iter().sum()).collect();
    let n: f64 = n_c.iter().sum();
    let delta2 = |c: usize, kk: usize| -> f64 {
        match level {
            "nominal" => f64::from(u8::from(c != kk)),
            "ordinal" => {
                let (lo, hi) = (c.min(kk), c.max(kk));
                let between: f64 = n_c[lo..=hi].iter().sum();
                let d = between - (n_c[lo] + n_c[hi]) / 2.0;
                d * d
            }
            _ => {
                let d = f64::from(categories[c]) - f64::from(categories[kk]);
                d * d
            }
        }
    };
    let (mut observed, mut expected) = (0.0, 0.0);
    for c in 0..k {
        for kk in 0..k {
            observed += o[c][kk] * delta2(c, kk);
            expected += n_c[c] * n_c[kk] * delta2(c, kk);
        }
    }
    (expected > 0.0).then(|| 1.0 - (n - 1.0) * observed / expected)
}

#[test]
fn alpha_equals_the_literal_coincidence_matrix_computation() {
    let compared = check_counting(ratings(6..=6), |data| {
        let mut compared = 0;
        for level in ["nominal", "ordinal", "interval"] {
            let reference = alpha_from_coincidence_matrix(&data, level);
            let alpha = match level {
                "nominal" => krippendorff_alpha(&data, Nominal),
                "ordinal" => krippendorff_alpha(&data, Ordinal),
                _ => krippendorff_alpha(&data, Interval),
            };
            match (alpha, reference) {
                (Ok(a), Some(r)) => {
                    prop_assert!((a.value - r).abs() < 1e-9, "{level}: {} vs {r}", a.value);
                    compared += 1;
                }
                (Err(_), _) => {}
                (Ok(a), None) => {
                    return Err(TestCaseError::fail(format!(
                        "{level}: {} where the reference is undefined",
                        a.value
                    )));
                }
            }
        }
        Ok(compared)
    });
    // At least two thirds of the 3 × CASES comparisons are on defined coefficients.
    assert!(compared > 2 * CASES_USIZE, "only {compared} comparisons");
    let data = krippendorff_2011();
    for level in ["nominal", "ordinal", "interval"] {
        assert!(alpha_from_coincidence_matrix(&data, level).is_some());
    }
}

proptest! {
    #![proptest_config(config())]

    /// Distance with Krippendorff's nominal and interval delta² gives the same alpha as the
    /// coincidence-matrix computation of Nominal and Interval.
    #[test]
    fn pairable_values_form_equals_coincidence_form(data in ratings(5..=5)) {
        let nominal = Distance(|a: &u8, b: &u8| f64::from(u8::from(a != b)));
        let interval = Distance(|a: &u8, b: &u8| (f64::from(*a) - f64::from(*b)).powi(2));
        close(
            krippendorff_alpha(&data, nominal),
            krippendorff_alpha(&data, Nominal),
        )?;
        close(
            krippendorff_alpha(&data, interval),
            krippendorff_alpha(&data, Interval),
        )?;
    }
}

// ---------------------------------------------------------------------------------------------
// Properties, on random matrices drawn by proptest. A failing matrix is shrunk to a minimal one
// and reported; its seed is kept in `tests/agreement_stats.proptest-regressions` (commit that
// file), so that every later run tries it first.
// ---------------------------------------------------------------------------------------------

/// Cases per property: enough to reach the edge cases, few enough that the whole file runs in a
/// few seconds in a debug build.
const CASES: u32 = 256;
const CASES_USIZE: usize = CASES as usize;

fn config() -> ProptestConfig {
    ProptestConfig {
        cases: CASES,
        // Failures are kept in `tests/agreement_stats.proptest-regressions`.
        source_file: Some(file!()),
        failure_persistence: Some(Box::new(FileFailurePersistence::WithSource(
            "proptest-regressions",
        ))),
        ..ProptestConfig::default()
    }
}

/// Checks `property` on [`CASES`] values of `strategy` and panics with the shrunk, minimal
/// failing value if it fails. Returns the sum of what `property` returns: how many of its checks
/// were on defined coefficients, so that a test can tell that it did not pass vacuously.
fn check_counting<S: Strategy>(
    strategy: S,
    property: impl Fn(S::Value) -> Result<usize, TestCaseError>,
) -> usize {
    let count = Cell::new(0);
    let result = TestRunner::new(config()).run(&strategy, |value| {
        count.set(count.get() + property(value)?);
        Ok(())
    });
    if let Err(e) = result {
        panic!("{e}");
    }
    count.get()
}

/// A random matrix: 1-30 units, 1-6 coders, values in `categories` (from 1 up), 0-49 % missing
/// (none in a quarter of the matrices, so that Fleiss' kappa, which needs complete data, is often
/// defined). Each unit has a "true" value that coders copy with a probability drawn per matrix,
/// so agreement varies from none to perfect.
fn ratings(categories: RangeInclusive<u8>) -> impl Strategy<Value = Ratings<u8>> {
    let missing = prop_oneof![1 => Just(0u8), 3 => 0..50u8];
    (categories, 1..=6usize, missing, 0..=100u8).prop_flat_map(|(k, coders, missing, faithful)| {
        // Per cell: a roll for missing, a roll for copying the truth, and a value otherwise.
        let cell = (0..100u8, 0..100u8, 1..=k);
        let row = (1..=k, vec(cell, coders)).prop_map(move |(truth, cells)| {
            cells
                .into_iter()
                .map(|(m, f, value)| {
                    if m < missing {
                        None
                    } else if f < faithful {
                        Some(truth)
                    } else {
                        Some(value)
                    }
                })
                .collect::<Vec<_>>()
        });
        vec(row, 1..=30).prop_map(move |rows| matrix(coders, rows))
    })
}

/// A random matrix where every coder who codes a unit gives it the same value: 2-31 units, 2-6
/// coders, values 1-5, each value missing with probability 30 %.
fn perfect_ratings() -> impl Strategy<Value = Ratings<u8>> {
    (2..=6usize).prop_flat_map(|coders| {
        let row = (1..=5u8, vec(prop::bool::weighted(0.7), coders)).prop_map(|(truth, coded)| {
            coded
                .into_iter()
                .map(|coded| coded.then_some(truth))
                .collect::<Vec<_>>()
        });
        vec(row, 2..=31).prop_map(move |rows| matrix(coders, rows))
    })
}

/// Units `u0`, `u1`, ... and coders `c0`, `c1`, ...
fn matrix(coders: usize, rows: Vec<Vec<Option<u8>>>) -> Ratings<u8> {
    let rows = rows
        .into_iter()
        .enumerate()
        .map(|(u, row)| (format!("u{u}"), row));
    Ratings::from_unit_rows((0..coders).map(|c| format!("c{c}")), rows).unwrap()
}

/// A random order of `0..n`.
fn permutation(n: usize) -> impl Strategy<Value = Vec<usize>> {
    Just((0..n).collect::<Vec<_>>()).prop_shuffle()
}

/// The same alpha, or the same kind of error (reordered data may name another empty coder).
fn close(
    a: Result<Alpha, AgreementError>,
    b: Result<Alpha, AgreementError>,
) -> Result<(), TestCaseError> {
    match (a, b) {
        (Ok(a), Ok(b)) => prop_assert!(
            (a.value - b.value).abs() < 1e-9,
            "{} vs {}",
            a.value,
            b.value
        ),
        (Err(a), Err(b)) => prop_assert_eq!(
            std::mem::discriminant(&a),
            std::mem::discriminant(&b),
            "{} vs {}",
            a,
            b
        ),
        (a, b) => return Err(TestCaseError::fail(format!("{a:?} vs {b:?}"))),
    }
    Ok(())
}

/// The same matrix with its coders (columns) in the order `order`.
fn reorder_coders(data: &Ratings<u8>, order: &[usize]) -> Ratings<u8> {
    let ids: Vec<&str> = order.iter().map(|&c| data.coders()[c].as_str()).collect();
    data.select_coders(&ids).unwrap()
}

/// The same matrix with its units (rows) in the order `order`.
fn reorder_units(data: &Ratings<u8>, order: &[usize]) -> Ratings<u8> {
    let rows: Vec<_> = data.rows().collect();
    let rows = order.iter().map(|&u| (rows[u].0, rows[u].1.to_vec()));
    Ratings::from_unit_rows(data.coders().iter().cloned(), rows).unwrap()
}

#[test]
fn alpha_is_one_under_perfect_agreement() {
    let defined = check_counting(perfect_ratings(), |data| {
        let mut defined = 0;
        let sets = data.map(|&v| BTreeSet::from([v, v + 10]));
        for alpha in [
            krippendorff_alpha(&data, Nominal),
            krippendorff_alpha(&data, Ordinal),
            krippendorff_alpha(&data, Interval),
            krippendorff_alpha(&sets, Masi),
        ] {
            match alpha {
                Ok(a) => {
                    prop_assert_eq!(a.value, 1.0);
                    prop_assert_eq!(a.observed_disagreement, 0.0);
                    defined += 1;
                }
                Err(e) => prop_assert!(
                    matches!(
                        e,
                        AgreementError::NoVariation
                            | AgreementError::TooFewUnits { .. }
                            | AgreementError::EmptyCoder { .. }
                    ),
                    "{}",
                    e
                ),
            }
        }
        if let Ok(p) = percent_agreement(&data) {
            prop_assert_eq!(p.value, 1.0);
        }
        if let Ok(k) = fleiss_kappa(&data) {
            prop_assert_eq!(k.value, 1.0);
        }
        if let Ok(pair) = data.select_coders(&["c0", "c1"])
            && let Ok(k) = cohen_kappa(&pair)
        {
            prop_assert_eq!(k.value, 1.0);
        }
        Ok(defined)
    });
    // At least half of the 4 × CASES alphas are defined.
    assert!(defined > 2 * CASES_USIZE, "only {defined} defined");
}

proptest! {
    #![proptest_config(config())]

    #[test]
    fn nominal_alpha_does_not_depend_on_category_labels(
        (data, relabel) in (ratings(5..=5), permutation(5)),
    ) {
        let relabelled = data.map(|&v| 10 + relabel[usize::from(v) - 1] as u8);
        close(
            krippendorff_alpha(&data, Nominal),
            krippendorff_alpha(&relabelled, Nominal),
        )?;
        let as_text = data.map(|&v| format!("code-{}", relabel[usize::from(v) - 1]));
        close(
            krippendorff_alpha(&data, Nominal),
            krippendorff_alpha(&as_text, Nominal),
        )?;
    }

    #[test]
    fn alpha_does_not_depend_on_the_order_of_coders_or_units(
        (data, coder_order, unit_order) in ratings(5..=5).prop_flat_map(|data| {
            let (coders, units) = (data.coders().len(), data.units().len());
            (Just(data), permutation(coders), permutation(units))
        }),
    ) {
        let coders = reorder_coders(&data, &coder_order);
        let units = reorder_units(&data, &unit_order);
        for other in [&coders, &units] {
            close(
                krippendorff_alpha(&data, Nominal),
                krippendorff_alpha(other, Nominal),
            )?;
            close(
                krippendorff_alpha(&data, Ordinal),
                krippendorff_alpha(other, Ordinal),
            )?;
            close(
                krippendorff_alpha(&data, Interval),
                krippendorff_alpha(other, Interval),
            )?;
        }
    }

    #[test]
    fn ordinal_alpha_depends_only_on_rank_order_and_interval_alpha_is_affine_invariant(
        data in ratings(6..=6),
    ) {
        let squared = data.map(|&v| u32::from(v) * u32::from(v));
        close(
            krippendorff_alpha(&data, Ordinal),
            krippendorff_alpha(&squared, Ordinal),
        )?;
        let affine = data.map(|&v| -3.5 * f64::from(v) + 1000.0);
        close(
            krippendorff_alpha(&data, Interval),
            krippendorff_alpha(&affine, Interval),
        )?;
    }
}

#[test]
fn coefficients_stay_in_range_and_are_never_nan() {
    let defined = Cell::new([0usize; 5]);
    check_counting(ratings(1..=5), |data| {
        let mut counts = defined.get();
        for (i, result) in [
            krippendorff_alpha(&data, Nominal).map(|a| a.value),
            krippendorff_alpha(&data, Ordinal).map(|a| a.value),
            krippendorff_alpha(&data, Interval).map(|a| a.value),
        ]
        .into_iter()
        .enumerate()
        {
            if let Ok(alpha) = result {
                // Alpha is at most 1; it has no fixed lower bound for tiny samples.
                prop_assert!(alpha.is_finite() && alpha <= 1.0, "alpha {}", alpha);
                counts[i] += 1;
            }
        }
        if let Ok(k) = fleiss_kappa(&data) {
            prop_assert!((-1.0..=1.0).contains(&k.value), "fleiss {}", k.value);
            counts[3] += 1;
        }
        if let Ok(p) = percent_agreement(&data) {
            prop_assert!((0.0..=1.0).contains(&p.value), "percent {}", p.value);
        }
        if let Ok(pair) = data.select_coders(&["c0", "c1"])
            && let Ok(k) = cohen_kappa(&pair)
        {
            prop_assert!((-1.0..=1.0).contains(&k.value), "cohen {}", k.value);
            counts[4] += 1;
        }
        defined.set(counts);
        Ok(0)
    });
    // Each coefficient is defined in at least 5 % of the cases.
    let defined = defined.get();
    assert!(defined.iter().all(|&n| n > CASES_USIZE / 20), "{defined:?}");
}

proptest! {
    #![proptest_config(ProptestConfig { cases: 64, ..config() })]

    /// The same data, metric and settings give the same interval, bit for bit, whatever the
    /// seed; the interval is a well-formed sub-range of alpha's range around alpha on all data.
    #[test]
    fn bootstrap_is_deterministic_for_any_seed_and_data(
        data in ratings(1..=5),
        seed in any::<u64>(),
        resamples in 1..60usize,
    ) {
        let settings = Bootstrap { resamples, seed, ..Bootstrap::default() };
        let first = bootstrap_alpha(&data, Nominal, settings);
        let second = bootstrap_alpha(&data, Nominal, settings);
        prop_assert_eq!(&first, &second);
        match (first, krippendorff_alpha(&data, Nominal)) {
            (Ok(a), Ok(alpha)) => {
                let b = second.unwrap();
                prop_assert_eq!(a.lower.to_bits(), b.lower.to_bits());
                prop_assert_eq!(a.upper.to_bits(), b.upper.to_bits());
                prop_assert_eq!(a.alpha, alpha);
                prop_assert_eq!((a.resamples, a.seed, a.level), (resamples, seed, 0.95));
                prop_assert!(a.undefined_resamples < resamples);
                prop_assert!(
                    a.lower.is_finite() && a.lower <= a.upper && a.upper <= 1.0,
                    "{} .. {}",
                    a.lower,
                    a.upper
                );
            }
            // Undefined on all data: the interval says so with the same error.
            (Err(e), Err(alpha)) => prop_assert_eq!(e, alpha),
            // Defined on all data, undefined in every resample.
            (Err(e), Ok(_)) => prop_assert_eq!(
                e,
                AgreementError::AllResamplesUndefined { resamples }
            ),
            (Ok(a), Err(e)) => {
                return Err(TestCaseError::fail(format!("{a:?} where alpha is {e}")));
            }
        }
    }
}

// ---------------------------------------------------------------------------------------------
// The bootstrap interval.
// ---------------------------------------------------------------------------------------------

/// SplitMix64: a small deterministic generator, so that the typical data below are the same on every run.
struct SplitMix64(u64);

impl SplitMix64 {
    fn next(&mut self) -> u64 {
        self.0 = self.0.wrapping_add(0x9e37_79b9_7f4a_7c15);
        let mut z = self.0;
        z = (z ^ (z >> 30)).wrapping_mul(0xbf58_476d_1ce4_e5b9);
        z = (z ^ (z >> 27)).wrapping_mul(0x94d0_49bb_1331_11eb);
        z ^ (z >> 31)
    }

    /// Roughly uniform in `0..n` (the modulo bias is irrelevant for tests).
    fn below(&mut self, n: usize) -> usize {
        (self.next() % n as u64) as usize
    }

    fn chance(&mut self, percent: usize) -> bool {
        self.below(100) < percent
    }
}

/// 200 units, 3 coders, moderate agreement: each coder copies the true category 80 % of the time.
fn moderate_agreement(seed: u64) -> Ratings<u8> {
    let mut rng = SplitMix64(seed);
    let rows: Vec<(String, [Option<u8>; 3])> = (0..200)
        .map(|u| {
            let truth = 1 + rng.below(4) as u8;
            let row = [(); 3].map(|_| {
                if rng.chance(10) {
                    None
                } else if rng.chance(80) {
                    Some(truth)
                } else {
                    Some(1 + rng.below(4) as u8)
                }
            });
            (format!("u{u}"), row)
        })
        .collect();
    Ratings::from_unit_rows(["a", "b", "c"], rows).unwrap()
}

#[test]
fn bootstrap_is_reproducible_bit_for_bit() {
    let data = moderate_agreement(8);
    let settings = Bootstrap {
        seed: 42,
        ..Bootstrap::default()
    };
    let first = bootstrap_alpha(&data, Nominal, settings).unwrap();
    let second = bootstrap_alpha(&data, Nominal, settings).unwrap();
    assert_eq!(first.lower.to_bits(), second.lower.to_bits());
    assert_eq!(first.upper.to_bits(), second.upper.to_bits());
    assert_eq!(first, second);
    assert_eq!((first.resamples, first.seed, first.level), (1000, 42, 0.95));
    let other_seed = bootstrap_alpha(
        &data,
        Nominal,
        Bootstrap {
            seed: 43,
            ..settings
        },
    )
    .unwrap();
    assert_ne!(
        (first.lower, first.upper),
        (other_seed.lower, other_seed.upper)
    );
    assert_eq!(first.alpha, other_seed.alpha);
}

#[test]
fn bootstrap_interval_contains_the_point_estimate_in_typical_data() {
    for seed in 0..5 {
        let data = moderate_agreement(seed);
        let settings = Bootstrap {
            resamples: 500,
            ..Bootstrap::default()
        };
        for ci in [
            bootstrap_alpha(&data, Nominal, settings).unwrap(),
            bootstrap_alpha(&data, Ordinal, settings).unwrap(),
            bootstrap_alpha(&data, Interval, settings).unwrap(),
        ] {
            let a = ci.alpha.value;
            assert!(
                ci.lower <= a && a <= ci.upper,
                "{} <= {a} <= {}",
                ci.lower,
                ci.upper
            );
            assert!(
                ci.upper - ci.lower < 0.3,
                "too wide: {} .. {}",
                ci.lower,
                ci.upper
            );
            assert_eq!(ci.undefined_resamples, 0);
        }
        let narrow = bootstrap_alpha(
            &data,
            Nominal,
            Bootstrap {
                level: 0.5,
                ..settings
            },
        )
        .unwrap();
        let wide = bootstrap_alpha(&data, Nominal, settings).unwrap();
        assert!(wide.lower < narrow.lower && narrow.upper < wide.upper);
    }
}

#[test]
fn bootstrap_on_the_krippendorff_example_and_its_errors() {
    let data = krippendorff_2011();
    let ci = bootstrap_alpha(&data, Interval, Bootstrap::default()).unwrap();
    assert_eq!(round3(ci.alpha.value), 0.849);
    assert!(ci.lower < ci.upper && ci.upper <= 1.0);
    let none = Bootstrap {
        resamples: 0,
        ..Bootstrap::default()
    };
    assert_eq!(
        bootstrap_alpha(&data, Nominal, none),
        Err(AgreementError::NoResamples)
    );
    let level = Bootstrap {
        level: 1.0,
        ..Bootstrap::default()
    };
    assert_eq!(
        bootstrap_alpha(&data, Nominal, level),
        Err(AgreementError::InvalidLevel { level: 1.0 })
    );
    // Two units that differ only between each other: every resample that draws one unit twice
    // has no variation, so some resamples are left out and counted.
    let tiny = two_coders(&[[Some(1), Some(1)], [Some(2), Some(2)]]);
    let ci = bootstrap_alpha(&tiny, Nominal, Bootstrap::default()).unwrap();
    assert!(ci.undefined_resamples > 300 && ci.undefined_resamples < 700);
    assert_eq!((ci.lower, ci.upper), (1.0, 1.0));
}
