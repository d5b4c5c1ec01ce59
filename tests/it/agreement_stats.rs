//! Inter-coder agreement statistics, checked against the worked examples of the papers that
//! define them, against a literal transcription of Krippendorff's coincidence matrix, and
//! against the properties every agreement coefficient must have, on random matrices drawn and
//! shrunk by proptest.

use std::collections::BTreeSet;

use jeugdhulp_op_school::agreement::*;

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

// The literal transcription of Krippendorff's coincidence matrix, the properties on random
// matrices and the bootstrap are in `agreement_stats/properties.rs`.
#[test]
fn pairwise_cohen_equals_cohen_on_each_selected_pair() {
    let mut rng = SplitMix64(42);
    let mut compared = 0;
    for _ in 0..200 {
        let (units, coders) = (2 + rng.below(15), 2 + rng.below(5));
        let names: Vec<String> = (0..coders).map(|c| format!("c{c}")).collect();
        let rows: Vec<(String, Vec<Option<u8>>)> = (0..units)
            .map(|u| {
                let row = (0..coders)
                    .map(|_| (!rng.chance(20)).then(|| rng.below(3) as u8))
                    .collect();
                (format!("u{u}"), row)
            })
            .collect();
        let ratings = Ratings::from_unit_rows(names.clone(), rows).unwrap();
        let Ok(pairs) = pairwise_cohen(&ratings) else {
            continue;
        };
        assert_eq!(pairs.len(), coders * (coders - 1) / 2);
        for p in pairs {
            let pair = ratings
                .select_coders(&[&names[p.coders.0], &names[p.coders.1]])
                .unwrap();
            // The same kappa bit for bit; the standard error sums the table's cells in another
            // order (the categories are numbered over all coders), so it may differ in rounding.
            let (ours, single) = (p.kappa.clone(), cohen_kappa(&pair));
            let se = |k: &Result<Kappa, AgreementError>| k.as_ref().ok().map(|k| k.standard_error);
            match (se(&ours), se(&single)) {
                (Some(Some(a)), Some(Some(b))) => assert!((a - b).abs() < 1e-12, "{a} vs {b}"),
                (a, b) => assert_eq!(a, b),
            }
            let without_se = |k: Result<Kappa, AgreementError>| {
                k.map(|mut k| {
                    k.standard_error = None;
                    k
                })
            };
            assert_eq!(without_se(ours), without_se(single));
            if p.units >= 2 {
                assert_eq!(p.percent_agreement, percent_agreement(&pair));
            }
            compared += 1;
        }
    }
    assert!(compared > 500, "{compared}");
}

/// The variants for interned codes (`jos agree`'s path) give the numbers of the generic
/// functions on the same data, the standard errors included.
#[test]
fn the_code_variants_equal_the_generic_statistics() {
    use jeugdhulp_op_school::agreement::interned::{
        fleiss_kappa_codes, gwet_ac_codes, pairwise_cohen_codes,
    };
    let mut rng = SplitMix64(2026);
    let mut compared = 0;
    for _ in 0..200 {
        let (units, coders, k) = (2 + rng.below(20), 2 + rng.below(5), 2 + rng.below(4));
        let complete = rng.chance(50);
        let names: Vec<String> = (0..coders).map(|c| format!("c{c}")).collect();
        let rows: Vec<(String, Vec<Option<u32>>)> = (0..units)
            .map(|u| {
                let row = (0..coders)
                    .map(|_| (complete || !rng.chance(20)).then(|| rng.below(k) as u32))
                    .collect();
                (format!("u{u}"), row)
            })
            .collect();
        let ratings = Ratings::from_unit_rows(names, rows).unwrap();
        let categories: Vec<u32> = (0..k as u32).collect();
        assert_eq!(fleiss_kappa_codes(&ratings), fleiss_kappa(&ratings));
        compared += usize::from(fleiss_kappa(&ratings).is_ok());
        assert_eq!(
            gwet_ac_codes(&ratings, Weights::Identity, k),
            gwet_ac(&ratings, Weights::Identity, Some(&categories))
        );
        if let (Ok(a), Ok(b)) = (pairwise_cohen_codes(&ratings, k), pairwise_cohen(&ratings)) {
            for (a, b) in a.iter().zip(&b) {
                assert_eq!(
                    a.kappa.as_ref().map(|k| k.value),
                    b.kappa.as_ref().map(|k| k.value)
                );
                if let (Ok(x), Ok(y)) = (&a.kappa, &b.kappa) {
                    let (x, y) = (x.standard_error.unwrap(), y.standard_error.unwrap());
                    assert!((x - y).abs() < 1e-12, "{x} vs {y}");
                }
            }
        }
    }
    assert!(compared > 50, "Fleiss' kappa defined in {compared} of 200");
}

mod oracle;
mod peers;
mod properties;

/// SplitMix64: a small deterministic generator, so that generated data are the same on every run.
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
