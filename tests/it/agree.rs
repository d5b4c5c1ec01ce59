//! Agreement between coders (`records::agree` and `jos agree`), on the small coder files in
//! `tests/fixtures/agree/`: `ann.yaml` and `bob.yaml` (two coders), plus `cas.csv` (a third,
//! named after its file since it has no `coder` column). The expected numbers are worked out
//! by hand below.
//!
//! The data, per record (`?` unknown, `·` not tagged, blank: no record):
//!
//! ```text
//!      intensity (scale position)        education        organisation-model     activity
//!      ann      bob      cas             ann    bob   cas  ann  bob  cas          ann           bob    cas
//! p1   amb 5    spec 6   spec 6          vo     vo    vo   CAT  CAT  CAT          ssw           yw     yw
//! p2   amb 5    amb 5    amb 5           po     po,so po   CAT  CAT  CAT          ssw,wih       ssw    ·
//! p3   spec 6   spec 6   spec 6          mbo,vo vo    vo   CAT  CAT  CAT          aeg           ih     ih
//! p4   univ 1   univ 1   univ 1          po     po    po   CAT  CAT  SECR         ssw           yw     yw
//! p5   univ 1   sel 2    univ 1          mbo    mbo   mbo  CAT  CAT  CAT          aeg,pfw       ih     ih
//! p6   ?        amb 5    amb 5           so     so    so   CAT  CAT  CAT          wih           wih    walk-in-hour (typo)
//! p7            ind 3                           vo              CAT                             wih
//! ```

use std::path::{Path, PathBuf};

use jeugdhulp_op_school::agreement::{AgreementError, Bootstrap};
use jeugdhulp_op_school::records::agree::{
    AgreementReport, Choice, Comparison, FacetRatings, FacetStatistics, Level, Verdict, Warning,
    coder_names,
};
use jeugdhulp_op_school::records::{Record, read_path};
use jeugdhulp_op_school::{Lang, Taxonomy};

const DIR: &str = "tests/fixtures/agree";

/// The coder files are tagged against release 1.0.0 (its ordered, single-valued intensity scale
/// is what the hand-worked numbers use).
fn v1() -> &'static Taxonomy {
    Taxonomy::release("1.0.0").expect("release 1.0.0 is built in")
}
const TWO: &[&str] = &["ann.yaml", "bob.yaml"];
const THREE: &[&str] = &["ann.yaml", "bob.yaml", "cas.csv"];

fn read(names: &[&str]) -> Vec<(PathBuf, Vec<Record>)> {
    names
        .iter()
        .map(|name| {
            let path = Path::new(DIR).join(name);
            let (records, errors) = read_path(&path);
            assert!(errors.is_empty(), "{errors:?}");
            (path, records)
        })
        .collect()
}

fn comparison(names: &[&str]) -> Comparison<'static> {
    let files = read(names);
    let mut comparison = Comparison::new(v1());
    let coders = coder_names(files.iter().map(|(p, r)| (p.as_path(), r.as_slice())));
    for (coder, (_, records)) in coders.into_iter().zip(&files) {
        comparison.add_coder(coder, records).unwrap();
    }
    comparison
}

fn report(names: &[&str], resamples: usize) -> AgreementReport {
    comparison(names).report(Bootstrap {
        resamples,
        ..Bootstrap::default()
    })
}

fn facet<'r>(report: &'r AgreementReport, id: &str) -> &'r FacetStatistics {
    &report
        .facets
        .iter()
        .find(|f| f.facet == id)
        .unwrap_or_else(|| panic!("no facet {id}"))
        .statistics
}

#[track_caller]
fn close(actual: f64, expected: f64) {
    assert!(
        (actual - expected).abs() < 1e-12,
        "{actual} is not {expected}"
    );
}

#[test]
fn two_coders_ordinal_intensity_by_hand() {
    let r = report(TWO, 0);
    let s = facet(&r, "intensity");
    // Pairable records: p1..p5 (p6: ann tagged it unknown; p7: only bob has it).
    // Positions: p1 (5, 6), p2 (5, 5), p3 (6, 6), p4 (1, 1), p5 (1, 2).
    assert_eq!(s.level, Level::Ordinal);
    assert_eq!((s.records, s.coders, s.values), (5, 2, 10));
    // Percent agreement: p2, p3 and p4 agree: 3 / 5.
    close(s.percent_agreement.as_ref().unwrap().value, 0.6);
    // Cohen: N = 5, 3 agree. ann: 5 ×2, 6 ×1, 1 ×2; bob: 6 ×2, 5 ×1, 1 ×1, 2 ×1.
    // sum a_c b_c = 2·1 (5) + 1·2 (6) + 2·1 (1) + 0·1 (2) = 6;
    // kappa = (N·agreed - 6) / (N² - 6) = (15 - 6) / (25 - 6) = 9/19.
    let cohen = s.cohen_kappa.as_ref().unwrap().as_ref().unwrap();
    close(cohen.value, 9.0 / 19.0);
    assert!(s.fleiss_kappa.is_none(), "Fleiss' kappa is for 3+ coders");
    // Ordinal alpha, n = 10 values: n_1 = 3, n_2 = 1, n_5 = 3, n_6 = 3.
    // Mid-ranks r_c = sum_{g<c} n_g + n_c/2: r_1 = 1.5, r_2 = 3.5, r_5 = 5.5, r_6 = 8.5.
    // Observed (n·D_o): each disagreeing unit with m = 2 adds 2·δ²/(m-1):
    //   p1: 2·(8.5-5.5)² = 18, p5: 2·(3.5-1.5)² = 8; total 26, D_o = 2.6.
    // Expected (n(n-1)·D_e) = 2n·Σ n_c (r_c - mean)², mean = 50/10 = 5:
    //   Σ = 3·12.25 + 1·2.25 + 3·0.25 + 3·12.25 = 76.5; total 1530, D_e = 1530/90 = 17.
    // alpha = 1 - D_o/D_e = 1 - 2.6/17 = 1 - 9·26/1530.
    let alpha = s.alpha.as_ref().unwrap();
    close(alpha.value, 1.0 - 9.0 * 26.0 / 1530.0);
    close(alpha.observed_disagreement, 2.6);
    close(alpha.expected_disagreement, 17.0);
    assert!(s.alpha_interval.is_none(), "0 resamples: no interval");
}

#[test]
fn two_coders_multi_valued_education_by_hand() {
    let r = report(TWO, 0);
    let s = facet(&r, "education");
    // Pairable: p1..p6 (p7 only bob). Differences: p2 {po} vs {po,so}, p3 {mbo,vo} vs {vo}.
    assert_eq!(s.level, Level::Masi);
    assert_eq!((s.records, s.coders, s.values), (6, 2, 12));
    // Exact sets: 4 of 6 records agree.
    close(s.percent_agreement.as_ref().unwrap().value, 4.0 / 6.0);
    // Cohen on exact sets: ann {vo}1 {po}2 {mbo,vo}1 {mbo}1 {so}1; bob {vo}2 {po,so}1 {po}1
    // {mbo}1 {so}1. sum a_c b_c = 2 + 2 + 1 + 1 = 6; kappa = (6·4 - 6)/(36 - 6) = 0.6.
    close(s.cohen_kappa.as_ref().unwrap().as_ref().unwrap().value, 0.6);
    // MASI alpha, n = 12: {vo}3 {po}3 {mbo,vo}1 {mbo}2 {so}2 {po,so}1.
    // Both differences are a subset: J = 1/2, M = 2/3, δ = 2/3.
    // Observed: 2·(2/3) + 2·(2/3) = 8/3.
    // Expected: 2 · Σ_{a<b} n_a n_b δ(a, b) over the pairs of distinct sets:
    //   subsets, δ = 2/3: vo–{mbo,vo} 3·1, po–{po,so} 3·1, {mbo,vo}–mbo 1·2, so–{po,so} 2·1:
    //     10 · 2/3 = 20/3;
    //   disjoint, δ = 1: vo–po 9, vo–mbo 6, vo–so 6, vo–{po,so} 3, po–{mbo,vo} 3, po–mbo 6,
    //     po–so 6, {mbo,vo}–so 2, {mbo,vo}–{po,so} 1, mbo–so 4, mbo–{po,so} 2: 48;
    //   so 2 · (48 + 20/3) = 328/3.
    // alpha = 1 - (n-1)·observed/expected = 1 - 11·(8/3)/(328/3) = 1 - 88/328 = 30/41.
    close(s.alpha.as_ref().unwrap().value, 30.0 / 41.0);
}

#[test]
fn three_coders_fleiss_kappa_and_alpha_by_hand() {
    let r = report(THREE, 0);
    assert_eq!(
        r.coders,
        ["ann", "bob", "cas"],
        "cas is named after cas.csv"
    );
    let s = facet(&r, "organisation-model");
    assert_eq!((s.records, s.coders, s.values), (6, 3, 18));
    assert!(
        s.cohen_kappa.is_none(),
        "Cohen's kappa is for exactly 2 coders"
    );
    // Fleiss, N = 6 records, n = 3 ratings: P_i = 1 for five records; p4 has CAT ×2, SECR ×1:
    // P_4 = (4 + 1 - 3)/(3·2) = 1/3. P = (5 + 1/3)/6 = 8/9.
    // p_CAT = 17/18, p_SECR = 1/18: P_e = (289 + 1)/324 = 145/162.
    // kappa = (8/9 - 145/162)/(1 - 145/162) = (-1/162)/(17/162) = -1/17.
    let fleiss = s.fleiss_kappa.as_ref().unwrap().as_ref().unwrap();
    close(fleiss.value, -1.0 / 17.0);
    // Nominal alpha: n = 18; observed: p4 has 4 ordered CAT/SECR pairs, /(m-1) = 2 → 2.
    // Expected: n² - Σ n_c² = 324 - 290 = 34. alpha = 1 - 17·2/34 = 0.
    close(s.alpha.as_ref().unwrap().value, 0.0);
    // Percent agreement: p4 has 1 agreeing pair of 3; the others all: (5 + 1/3)/6 = 8/9.
    close(s.percent_agreement.as_ref().unwrap().value, 8.0 / 9.0);
    // Fleiss needs complete data: intensity p6 has only bob's and cas's values.
    let intensity = facet(&r, "intensity");
    match intensity.fleiss_kappa.as_ref().unwrap() {
        Err(e @ AgreementError::IncompleteData { unit, found: 2, .. }) => {
            assert_eq!(unit, "p6");
            assert!(e.to_string().starts_with("undefined because"));
        }
        other => panic!("{other:?}"),
    }
    assert!(intensity.alpha.is_ok(), "alpha takes missing values");
}

#[test]
fn three_coders_pairs_departures_prevalence_and_codes_by_hand() {
    let r = report(THREE, 0);
    let s = facet(&r, "organisation-model");
    // Every record is care-and-advice-team for all three, except that cas chose another code
    // in p4: 17 of 18 values.
    let pair = |a: &str, b: &str| {
        s.pairs
            .iter()
            .find(|p| p.coders == [a.to_owned(), b.to_owned()])
            .unwrap()
    };
    let ann_bob = pair("ann", "bob");
    assert_eq!(ann_bob.records, 6);
    close(ann_bob.percent_agreement.as_ref().unwrap().value, 1.0);
    assert_eq!(ann_bob.cohen_kappa, Err(AgreementError::NoVariation));
    // ann and cas: p_o = 5/6, p_e = (6/6)(5/6) = 5/6, so kappa = 0.
    let ann_cas = pair("ann", "cas");
    close(ann_cas.percent_agreement.as_ref().unwrap().value, 5.0 / 6.0);
    close(ann_cas.cohen_kappa.as_ref().unwrap().value, 0.0);
    let departures: Vec<(&str, usize, usize)> = s
        .deviations
        .iter()
        .map(|d| (d.coder.as_str(), d.deviating, d.records))
        .collect();
    assert_eq!(departures, [("ann", 0, 6), ("bob", 0, 6), ("cas", 1, 6)]);
    // AC1: p_a = (5 + 1/3)/6 = 8/9; pi = 17/18 and 1/18; p_e = 1/(q-1) * 2 (17/18)(1/18)
    // = 34/324; AC1 = (288 - 34)/(324 - 34) = 254/290, where alpha is 0.
    close(s.gwet_ac1.as_ref().unwrap().value, 254.0 / 290.0);
    assert!(s.warnings.contains(&Warning::ExtremePrevalence {
        value: "care-and-advice-team".to_owned(),
        share: 17.0 / 18.0
    }));
    assert!(s.warnings.contains(&Warning::FewRecords { records: 6 }));
    assert_eq!(s.verdict, Some(Verdict::Unreliable));
    assert!(
        s.codes.is_empty(),
        "a single-valued facet has no per-code table"
    );

    // Per code of a multi-valued facet, by hand from the three files: `vo` in education.
    let education = facet(&r, "education");
    let vo = education.codes.iter().find(|c| c.code == "vo").unwrap();
    let coders: Vec<&str> = education.coder_names.iter().map(String::as_str).collect();
    assert_eq!(coders, ["ann", "bob", "cas"]);
    let expected = code_by_hand(&r, "education", "vo");
    assert_eq!(vo.used, expected.0);
    close(vo.positive_agreement.unwrap(), expected.1);
}

/// For one code of a multi-valued facet, from the disagreement-free definition: per coder the
/// records in which they chose it, and positive agreement sum p(p-1) / sum p(n-1) over records
/// coded by two or more coders.
fn code_by_hand(r: &AgreementReport, facet: &str, code: &str) -> (Vec<usize>, f64) {
    let files = read(THREE);
    let mut used = vec![0usize; r.coders.len()];
    let ids: std::collections::BTreeSet<&str> = files
        .iter()
        .flat_map(|(_, records)| records.iter().map(Record::id))
        .collect();
    let (mut agree, mut all) = (0usize, 0usize);
    for id in ids {
        let choices: Vec<Option<bool>> = files
            .iter()
            .map(|(_, records)| {
                let rec = records.iter().find(|rec| rec.id() == id)?;
                let codes: Vec<&str> = rec.codes(facet).collect();
                (!codes.is_empty()).then(|| codes.contains(&code))
            })
            .collect();
        let n = choices.iter().flatten().count();
        if n < 2 {
            continue;
        }
        let p = choices.iter().flatten().filter(|&&b| b).count();
        for (c, choice) in choices.iter().enumerate() {
            used[c] += usize::from(*choice == Some(true));
        }
        agree += p * p.saturating_sub(1);
        all += p * (n - 1);
    }
    (used, agree as f64 / all as f64)
}

#[test]
fn no_variation_is_undefined_with_a_reason_never_nan() {
    let r = report(TWO, 200);
    // ann and bob both chose care-and-advice-team for every record.
    let s = facet(&r, "organisation-model");
    close(s.percent_agreement.as_ref().unwrap().value, 1.0);
    assert_eq!(
        s.cohen_kappa,
        Some(Err(AgreementError::NoVariation)),
        "kappa"
    );
    assert_eq!(s.alpha, Err(AgreementError::NoVariation));
    assert_eq!(s.alpha_interval, Some(Err(AgreementError::NoVariation)));
    let markdown = r.to_markdown(v1(), Lang::En);
    assert!(
        markdown.contains("Krippendorff's α: undefined because there is no variation"),
        "{markdown}"
    );
    let json = r.to_json(v1(), Lang::En);
    let doc: serde_json::Value = serde_json::from_str(&json).unwrap();
    let model = &doc["facets"][2];
    assert_eq!(model["facet"], "organisation-model");
    assert!(
        model["alpha"]["undefined"]
            .as_str()
            .unwrap()
            .starts_with("undefined because there is no variation")
    );
    assert!(model["alpha"].get("value").is_none());
    assert!(!json.contains("NaN") && !json.contains("\"value\": null"));
}

#[test]
fn missing_values_are_left_out_not_counted_as_disagreement() {
    let c = comparison(TWO);
    assert_eq!(c.record_ids(), ["p1", "p2", "p3", "p4", "p5", "p6", "p7"]);
    let Some(FacetRatings::Ordinal(intensity)) = c.ratings("intensity") else {
        panic!("intensity is ordered and single-valued")
    };
    assert_eq!(
        intensity.get(5, 0),
        None,
        "p6: ann tagged intensity as unknown"
    );
    assert_eq!(
        intensity.get(5, 1),
        Some(&5),
        "p6: bob chose ambulant youth care"
    );
    assert_eq!(intensity.get(6, 0), None, "p7: ann has no such record");
    assert_eq!(intensity.get(6, 1), Some(&3), "p7: indicated prevention");

    let r = c.report(Bootstrap {
        resamples: 0,
        ..Bootstrap::default()
    });
    assert_eq!((r.records, r.shared_records), (7, 6));
    assert!(
        r.disagreements
            .iter()
            .all(|d| d.record != "p6" && d.record != "p7"),
        "one value is not a disagreement"
    );
    assert!(r.untagged_facets.contains(&"setting".to_owned()));
    assert!(!r.facets.iter().any(|f| f.facet == "setting"));

    // A third coder who did not tag activity for p2: missing, shown as such.
    let r = report(THREE, 0);
    let p2 = r
        .disagreements
        .iter()
        .find(|d| d.record == "p2" && d.facet == "activity")
        .unwrap();
    assert_eq!(p2.choices[2], Choice::NotTagged);
    let activity = facet(&r, "activity");
    assert_eq!((activity.records, activity.values), (6, 17));
}

#[test]
fn confusions_most_frequent_first_in_taxonomy_order() {
    let r = report(TWO, 0);
    let list: Vec<(&str, &str, Option<&str>, usize)> = r
        .confusions
        .iter()
        .map(|c| {
            (
                c.facet.as_str(),
                c.first.as_str(),
                c.second.as_deref(),
                c.count(),
            )
        })
        .collect();
    assert_eq!(
        list,
        [
            // p3 {aeg} vs {ih}; p5 {aeg, pfw} vs {ih}.
            (
                "activity",
                "individual-help",
                Some("ambulant-educational-guidance"),
                2
            ),
            // p1 and p4.
            ("activity", "youth-work", Some("school-social-work"), 2),
            // Ties: facets in taxonomy order, codes in scale order.
            (
                "intensity",
                "universal-prevention",
                Some("selective-prevention"),
                1
            ),
            (
                "intensity",
                "ambulant-youth-care",
                Some("specialist-youth-care"),
                1
            ),
            // p2: ann added walk-in hours, bob chose nothing in its place.
            ("activity", "walk-in-hours", None, 1),
            // p5: pfw (only ann's) is set against ih (only bob's) too.
            (
                "activity",
                "individual-help",
                Some("parent-and-family-work"),
                1
            ),
            ("education", "so", None, 1),
            ("education", "mbo", None, 1),
        ]
    );
    assert_eq!(r.confusions[0].records, ["p3", "p5"]);

    let markdown = r.to_markdown(v1(), Lang::En);
    assert!(markdown.contains(
        "1. Activity: [Individual help for students](#concept-individual-help) \
         (`individual-help`) vs [Ambulant educational guidance](#concept-ambulant-educational-guidance) \
         (`ambulant-educational-guidance`): 2 times (`p3`, `p5`)"
    ), "{markdown}");
    assert!(
        markdown.contains("| `p3` | `education` | `mbo`, `vo` | `vo` |"),
        "{markdown}"
    );
}

#[test]
fn a_code_the_taxonomy_lacks_is_compared_as_written() {
    let r = report(THREE, 0);
    let typo = r
        .confusions
        .iter()
        .find(|c| c.second.as_deref() == Some("walk-in-hour"))
        .expect("cas's typo is a code of its own");
    assert_eq!((typo.first.as_str(), typo.count()), ("walk-in-hours", 1));
    let doc: serde_json::Value = serde_json::from_str(&r.to_json(v1(), Lang::En)).unwrap();
    let second = doc["confusions"]
        .as_array()
        .unwrap()
        .iter()
        .find(|c| c["second"]["id"] == "walk-in-hour")
        .unwrap();
    assert!(second["second"]["link"].is_null());
    assert_eq!(second["first"]["link"], "activity.md#walk-in-hours");
}

#[test]
fn odd_records_are_noticed_and_an_off_scale_code_makes_an_ordered_facet_nominal() {
    let yaml = |text: &str| {
        jeugdhulp_op_school::records::parse_str(
            "x.yaml",
            text,
            jeugdhulp_op_school::records::Format::Yaml,
        )
        .unwrap()
    };
    let ann = yaml(
        "- {id: p1, tags: {intensity: [ambulant-youth-care]}}\n\
         - {id: p2, tags: {intensity: [ambulant-youth-car]}}\n\
         - {id: p2, tags: {intensity: [universal-prevention]}}\n\
         - {name: no id, tags: {intensity: [universal-prevention]}}\n",
    );
    let bob = yaml(
        "- {id: p1, tags: {intensity: [ambulant-youth-care]}}\n\
         - {id: p2, tags: {intensity: [ambulant-youth-care]}}\n",
    );
    let mut c = Comparison::new(v1());
    c.add_coder("ann", &ann).unwrap();
    c.add_coder("bob", &bob).unwrap();
    assert!(matches!(
        c.ratings("intensity"),
        Some(FacetRatings::Nominal(_))
    ));
    let r = c.report(Bootstrap {
        resamples: 0,
        ..Bootstrap::default()
    });
    assert_eq!(facet(&r, "intensity").level, Level::Nominal);
    assert_eq!(r.notices.len(), 3, "{:?}", r.notices);
    assert!(r.notices[0].contains("has no id"), "{:?}", r.notices);
    assert!(r.notices[1].contains("`p2` appears more than once; the first is used"));
    assert!(r.notices[2].contains("`ambulant-youth-car` has no place on the scale"));
    // The first p2 was used: the typo is set against bob's code.
    assert_eq!(
        r.confusions[0].second.as_deref(),
        Some("ambulant-youth-car")
    );
}

#[test]
fn the_bootstrap_is_reproducible() {
    let t = v1();
    let c = comparison(THREE);
    let with_seed = |seed| {
        c.report(Bootstrap {
            resamples: 300,
            seed,
            ..Bootstrap::default()
        })
        .to_json(t, Lang::En)
    };
    assert_eq!(with_seed(7), with_seed(7));
    assert_ne!(with_seed(7), with_seed(8));
    let r = c.report(Bootstrap {
        resamples: 300,
        ..Bootstrap::default()
    });
    let interval = facet(&r, "education")
        .alpha_interval
        .as_ref()
        .unwrap()
        .as_ref()
        .unwrap();
    assert_eq!((interval.resamples, interval.seed), (300, 2011));
    assert!(interval.lower <= interval.upper);
}

#[test]
fn coders_are_named_by_their_coder_field_or_their_file() {
    let files = read(THREE);
    let names = coder_names(files.iter().map(|(p, r)| (p.as_path(), r.as_slice())));
    assert_eq!(names, ["ann", "bob", "cas"]);
    // The same coder in two files (test-retest): told apart by path.
    let retest = read(&["ann.yaml", "./ann.yaml"]);
    let names = coder_names(retest.iter().map(|(p, r)| (p.as_path(), r.as_slice())));
    assert_eq!(
        names,
        [
            "ann (tests/fixtures/agree/ann.yaml)",
            "ann (tests/fixtures/agree/./ann.yaml)"
        ]
    );
    // The same file twice cannot be told apart, and is refused.
    let twice = read(&["ann.yaml", "ann.yaml"]);
    let names = coder_names(twice.iter().map(|(p, r)| (p.as_path(), r.as_slice())));
    let mut c = Comparison::new(v1());
    c.add_coder(names[0].clone(), &twice[0].1).unwrap();
    let err = c.add_coder(names[1].clone(), &twice[1].1).unwrap_err();
    assert!(err.to_string().contains("given twice"), "{err}");
}

#[cfg(feature = "cli")]
mod cli {
    use std::process::{Command, Output};

    fn jos(args: &[&str]) -> Output {
        Command::new(env!("CARGO_BIN_EXE_jos"))
            .args(args)
            .current_dir(super::DIR)
            .env("NO_COLOR", "1")
            .output()
            .expect("jos runs")
    }

    fn text(bytes: &[u8]) -> String {
        String::from_utf8(bytes.to_vec()).unwrap()
    }

    #[test]
    fn two_files_give_a_report_and_exit_0() {
        let o = jos(&[
            "agree",
            "ann.yaml",
            "bob.yaml",
            "--lang",
            "en",
            "--release",
            "1.0.0",
        ]);
        assert_eq!(o.status.code(), Some(0), "{}", text(&o.stderr));
        let out = text(&o.stdout);
        assert!(out.starts_with("# Agreement between coders\n"), "{out}");
        assert!(
            out.contains(
                "| Intensity (`intensity`) | ordinal | 5 | 2 | 60.0% | 0.474 (0.244) | — | 0.474 (0.328) | 0.847 | -0.080 – 1.000 | reliable |"
            ),
            "{out}"
        );
        assert!(out.contains("(#concept-ambulant-youth-care)"), "{out}");
        // The report stands alone: what it links to, it quotes.
        assert!(
            out.contains("- <a id=\"concept-ambulant-youth-care\"></a>**Ambulant youth care in or from the school** (`ambulant-youth-care`, Intensity): Youth care within the meaning of the Youth Act"),
            "{out}"
        );
        // Five records and an interval from -0.080: the verdict comes with two warnings.
        assert!(
            out.contains("only 5 records coded by two or more coders"),
            "{out}"
        );
        assert!(out.contains("the interval starts at -0.080"), "{out}");
        assert!(text(&o.stderr).is_empty(), "clean records: no warning");
    }

    #[test]
    fn errors_stop_the_report_unless_allowed_and_then_one_line_says_so() {
        let args = [
            "agree",
            "ann.yaml",
            "bob.yaml",
            "cas.csv",
            "--bootstrap",
            "0",
        ];
        let o = jos(&args);
        assert_eq!(o.status.code(), Some(1));
        assert!(o.stdout.is_empty(), "no report from records with errors");
        let err = text(&o.stderr);
        assert!(err.contains("unknown code `walk-in-hour`"), "{err}");
        assert!(
            err.contains("the report was not made; run `jos check ann.yaml bob.yaml cas.csv`"),
            "{err}"
        );
        assert!(err.contains("--allow-errors"), "{err}");
        let mut allowed = args.to_vec();
        allowed.push("--allow-errors");
        let o = jos(&allowed);
        assert_eq!(o.status.code(), Some(0));
        let err = text(&o.stderr);
        // The records name release 1.0.0: one line says they are compared against it, one
        // that the report is made despite the error.
        let lines: Vec<&str> = err.lines().collect();
        assert_eq!(lines.len(), 2, "{err}");
        assert!(
            lines[0].contains("tagged against release 1.0.0; they are compared against it"),
            "{err}"
        );
        assert!(
            lines[1].contains("1 error") && lines[1].contains("--allow-errors"),
            "{err}"
        );
        // The default language is Dutch, the whole report.
        let out = text(&o.stdout);
        assert!(
            out.contains("`walk-in-hour` (niet in de taxonomie)"),
            "{out}"
        );
        assert!(
            out.starts_with("# Overeenstemming tussen codeurs\n"),
            "{out}"
        );
        assert!(out.contains("## Paren van codeurs"), "{out}");
    }

    #[test]
    fn fewer_than_two_files_is_a_usage_error() {
        let o = jos(&["agree", "ann.yaml"]);
        assert_eq!(o.status.code(), Some(2));
        assert!(text(&o.stderr).contains("Usage"), "{}", text(&o.stderr));
        assert_eq!(jos(&["agree"]).status.code(), Some(2));
    }

    #[test]
    fn an_unreadable_file_exits_2() {
        let o = jos(&["agree", "ann.yaml", "no-such-file.yaml"]);
        assert_eq!(o.status.code(), Some(2));
        assert!(text(&o.stderr).contains("no-such-file.yaml"));
        let o = jos(&["agree", "ann.yaml", "broken.yaml"]);
        assert_eq!(o.status.code(), Some(2));
        assert!(
            text(&o.stderr).contains("yaml-syntax"),
            "{}",
            text(&o.stderr)
        );
        assert!(o.stdout.is_empty());
    }

    #[test]
    fn json_with_the_same_seed_is_identical() {
        let args = [
            "agree",
            "ann.yaml",
            "bob.yaml",
            "cas.csv",
            "--format",
            "json",
            "--bootstrap",
            "200",
            "--seed",
            "42",
            "--allow-errors",
        ];
        let (a, b) = (jos(&args), jos(&args));
        assert_eq!(a.status.code(), Some(0));
        assert_eq!(a.stdout, b.stdout);
        let doc: serde_json::Value = serde_json::from_slice(&a.stdout).unwrap();
        assert_eq!(doc["bootstrap"]["seed"], 42);
        let none = jos(&[
            "agree",
            "ann.yaml",
            "bob.yaml",
            "--format",
            "json",
            "--bootstrap",
            "0",
        ]);
        let doc: serde_json::Value = serde_json::from_slice(&none.stdout).unwrap();
        assert!(doc["bootstrap"].is_null());
        assert!(doc["facets"][0]["alpha_interval"].is_null());
    }

    #[test]
    fn out_never_overwrites_without_force() {
        let dir = std::env::temp_dir().join(format!("jos-agree-{}", std::process::id()));
        std::fs::create_dir_all(&dir).unwrap();
        let out = dir.join("report.md");
        let out = out.to_str().unwrap();
        let run = |extra: &[&str]| {
            let mut args = vec![
                "agree",
                "ann.yaml",
                "bob.yaml",
                "--bootstrap",
                "0",
                "--out",
                out,
            ];
            args.extend(extra);
            jos(&args)
        };
        assert_eq!(run(&[]).status.code(), Some(0));
        let first = std::fs::read_to_string(out).unwrap();
        assert!(first.contains("## Verschillen per record"));
        let again = run(&[]);
        assert_eq!(again.status.code(), Some(2));
        assert!(text(&again.stderr).contains("--force"));
        assert_eq!(run(&["--force"]).status.code(), Some(0));
        std::fs::remove_dir_all(&dir).unwrap();
    }
}

#[test]
fn coverage_counts_per_coder_the_records_with_a_code() {
    let r = report(TWO, 0);
    let cov = |facet: &str| {
        r.coverage
            .iter()
            .find(|c| c.facet == facet)
            .unwrap_or_else(|| panic!("no coverage for {facet}"))
    };
    // ann has six records and left p6 unknown; bob has seven, all coded.
    assert_eq!(cov("intensity").tagged, [5, 7]);
    assert_eq!(cov("intensity").records, [6, 7]);
    // A facet nobody tagged is listed too, with zero.
    assert_eq!(cov("setting").tagged, [0, 0]);
    assert_eq!(r.coverage.len(), v1().tag_facets().count());
    let markdown = r.to_markdown(v1(), Lang::En);
    assert!(
        markdown.contains("| Intensity (`intensity`) | 5 of 6 | 7 of 7 |"),
        "{markdown}"
    );
    let doc: serde_json::Value = serde_json::from_str(&r.to_json(v1(), Lang::En)).unwrap();
    assert_eq!(
        doc["coverage"][0],
        serde_json::json!({"facet": "intensity", "coders": [
            {"coder": "ann", "tagged": 5, "records": 6},
            {"coder": "bob", "tagged": 7, "records": 7}
        ]})
    );
}
