//! The statistics against the test data the peers publish: every case of
//! `tests/fixtures/agreement/peers.json`, transcribed from the test suites and documented
//! examples of statsmodels, scikit-learn, the krippendorff package, R's icr (with the data of
//! Krippendorff 2011, Hayes & Krippendorff 2007 and Freelon 2010) and Fleiss (1971), each with
//! the tolerance the peer's own assertion allows. `docs/research/agreement-peers.md` lists the
//! cases, where each comes from, and what was left out and why.

use jeugdhulp_op_school::agreement::{
    Interval, Kappa, Nominal, Ordinal, Ratings, Ratio, Weights, cohen_kappa, cohen_kappa_weighted,
    fleiss_kappa, krippendorff_alpha, percent_agreement, randolph_kappa,
};
use serde_json::Value;

fn cases() -> Vec<Value> {
    let text = std::fs::read_to_string("tests/fixtures/agreement/peers.json").unwrap();
    let json: Value = serde_json::from_str(&text).unwrap();
    json["cases"].as_array().unwrap().clone()
}

/// A cell as the statistic reads it.
fn cells<T>(case: &Value, f: impl Fn(&Value) -> T) -> Ratings<T> {
    let rows = case["rows"].as_array().unwrap();
    let width = rows
        .iter()
        .map(|r| r.as_array().unwrap().len())
        .max()
        .unwrap();
    let coders: Vec<String> = (1..=width).map(|c| format!("coder {c}")).collect();
    let units = rows.iter().enumerate().map(|(u, row)| {
        let row = row.as_array().unwrap();
        let values: Vec<Option<T>> = (0..width)
            .map(|c| match row.get(c) {
                None | Some(Value::Null) => None,
                Some(v) => Some(f(v)),
            })
            .collect();
        (format!("unit {}", u + 1), values)
    });
    Ratings::from_unit_rows(coders, units).unwrap()
}

/// Nominal values: numbers and strings as text (a number and its text never meet in one case).
fn text(v: &Value) -> String {
    match v {
        Value::String(s) => s.clone(),
        other => other.to_string(),
    }
}

fn integer(v: &Value) -> i64 {
    v.as_i64()
        .unwrap_or_else(|| panic!("{v} is not an integer"))
}

fn number(v: &Value) -> f64 {
    v.as_f64().unwrap()
}

fn categories(case: &Value) -> Option<Vec<Value>> {
    case["categories"].as_array().cloned()
}

/// The value of one case, as this library computes it.
fn compute(case: &Value) -> f64 {
    let statistic = case["statistic"].as_str().unwrap();
    let counts = case["layout"] == "counts";
    let from_counts = || {
        let cats: Vec<String> = categories(case)
            .expect("a counts table names its categories")
            .iter()
            .map(text)
            .collect();
        let rows = case["rows"]
            .as_array()
            .unwrap()
            .iter()
            .enumerate()
            .map(|(u, r)| {
                (
                    format!("unit {}", u + 1),
                    r.as_array()
                        .unwrap()
                        .iter()
                        .map(|n| n.as_u64().unwrap() as usize)
                        .collect::<Vec<_>>(),
                )
            });
        Ratings::from_counts(cats, rows).unwrap()
    };
    // Ordinal values: their place among the declared categories, or the integers themselves.
    let rank = |v: &Value| match categories(case) {
        Some(cats) => cats
            .iter()
            .position(|c| c == v)
            .unwrap_or_else(|| panic!("{v} not in the categories")) as i64,
        None => integer(v),
    };
    let weighted_kappa = |weights| {
        let ratings = cells(case, integer);
        let cats: Option<Vec<i64>> = categories(case).map(|c| c.iter().map(integer).collect());
        cohen_kappa_weighted(&ratings, weights, cats.as_deref()).unwrap()
    };
    let weighted = |weights| weighted_kappa(weights).value;
    let plain = || cohen_kappa(&cells(case, text)).unwrap();
    let lower = |k: Kappa| k.interval_95().unwrap().0;
    let upper = |k: Kappa| k.interval_95().unwrap().1;
    let se = |k: Kappa| k.standard_error.unwrap();
    match statistic {
        "alpha-nominal" if counts => krippendorff_alpha(&from_counts(), Nominal).unwrap().value,
        "alpha-nominal" => {
            krippendorff_alpha(&cells(case, text), Nominal)
                .unwrap()
                .value
        }
        "alpha-ordinal" => {
            krippendorff_alpha(&cells(case, rank), Ordinal)
                .unwrap()
                .value
        }
        "alpha-interval" => {
            krippendorff_alpha(&cells(case, number), Interval)
                .unwrap()
                .value
        }
        "alpha-ratio" => {
            krippendorff_alpha(&cells(case, number), Ratio)
                .unwrap()
                .value
        }
        "cohen-kappa" => cohen_kappa(&cells(case, text)).unwrap().value,
        "cohen-kappa-linear" => weighted(Weights::Linear),
        "cohen-kappa-quadratic" => weighted(Weights::Quadratic),
        "cohen-kappa-se" => se(plain()),
        "cohen-kappa-ci-lower" => lower(plain()),
        "cohen-kappa-ci-upper" => upper(plain()),
        "cohen-kappa-linear-se" => se(weighted_kappa(Weights::Linear)),
        "cohen-kappa-linear-ci-lower" => lower(weighted_kappa(Weights::Linear)),
        "cohen-kappa-linear-ci-upper" => upper(weighted_kappa(Weights::Linear)),
        "fleiss-kappa" if counts => fleiss_kappa(&from_counts()).unwrap().value,
        "fleiss-kappa" => fleiss_kappa(&cells(case, text)).unwrap().value,
        "randolph-kappa" => {
            let q = categories(case).map(|c| c.len());
            let ratings = if counts {
                from_counts()
            } else {
                cells(case, text)
            };
            randolph_kappa(&ratings, q).unwrap().value
        }
        "percent-agreement" => percent_agreement(&cells(case, text)).unwrap().value,
        other => panic!("case {}: no statistic `{other}`", case["id"]),
    }
}

#[test]
fn every_published_value_of_the_peers_is_reproduced() {
    let cases = cases();
    assert!(cases.len() >= 90, "{} cases", cases.len());
    let mut failures = Vec::new();
    for case in &cases {
        let expected = case["expected"].as_f64().unwrap();
        let tolerance = case["tolerance"].as_f64().unwrap();
        assert!(
            tolerance > 0.0 && tolerance < 0.01,
            "{}: tolerance {tolerance}",
            case["id"]
        );
        let value = compute(case);
        if (value - expected).abs() > tolerance {
            failures.push(format!(
                "{} ({}): {value} vs {expected} ± {tolerance} ({})",
                case["id"], case["statistic"], case["source"]
            ));
        }
    }
    assert!(failures.is_empty(), "{}", failures.join("\n"));
}

#[test]
fn every_case_names_its_source_at_a_commit() {
    for case in cases() {
        let source = case["source"].as_str().unwrap();
        assert!(source.starts_with("https://"), "{source}");
        if source.starts_with("https://github.com/") {
            // `.../blob/<40 hex digits or a release tag>/path`
            let after = source
                .split("/blob/")
                .nth(1)
                .unwrap_or_else(|| panic!("{source}"));
            assert!(after.contains('/'), "{source}");
        }
        assert!(
            !case["peer_assertion"].as_str().unwrap().is_empty(),
            "{}",
            case["id"]
        );
    }
}
