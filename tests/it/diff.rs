//! `diff`: the changes between two versions and the bump each needs, by the rules of
//! `docs/guide-changes.md`.

use jeugdhulp_op_school::diff::{Bump, RULES, diff};
use jeugdhulp_op_school::{Taxonomy, load};

fn fixture(name: &str) -> Taxonomy {
    let loaded = load::load_path(std::path::Path::new(&format!("tests/fixtures/diff/{name}")));
    assert!(!loaded.report.has_errors(), "{}", loaded.report);
    loaded.taxonomy.unwrap()
}

#[test]
fn each_change_of_the_fixture_is_classified_by_its_rule() {
    let (old, new) = (fixture("old.yaml"), fixture("new.yaml"));
    let d = diff(&old, &new);
    let rules: Vec<(&str, Option<&str>, Bump)> = d
        .changes
        .iter()
        .map(|c| (c.rule, c.concept.as_deref(), c.bump))
        .collect();
    for expected in [
        ("concept-added", Some("collaborating"), Bump::Minor),
        ("concept-deprecated", Some("class-teacher"), Bump::Minor),
        ("label-kept-as-synonym", Some("teacher"), Bump::Minor),
        ("definition", Some("teacher"), Bump::Patch),
        ("scope-note-added", Some("teacher"), Bump::Minor),
        ("synonyms-added", Some("social-worker"), Bump::Minor),
        ("relations-added", Some("social-worker"), Bump::Minor),
        ("facet-required", None, Bump::Major),
    ] {
        assert!(rules.contains(&expected), "{expected:?} not in {rules:?}");
    }
    // The old label kept as a synonym is one change, not also a new synonym.
    assert!(!rules.contains(&("synonyms-added", Some("teacher"), Bump::Minor)));
    assert_eq!(d.required_bump(), Some(Bump::Major));
    assert_eq!(
        (d.old_version.as_str(), d.new_version.as_str()),
        ("1.0.0", "1.1.0")
    );
    // The other way round, the new concept is gone: ids are forever, so that is major.
    let back = diff(&new, &old);
    assert!(
        back.changes
            .iter()
            .any(|c| c.rule == "concept-removed" && c.bump == Bump::Major)
    );
    assert!(back.changes.iter().any(|c| c.rule == "facet-optional"));
}

#[test]
fn the_working_tree_equals_the_latest_release() {
    let d = diff(
        Taxonomy::latest_release().unwrap(),
        &Taxonomy::load("taxonomy").unwrap(),
    );
    assert!(d.changes.is_empty(), "{:#?}", d.changes);
}

#[test]
fn every_rule_is_explained_in_the_guide() {
    let guide = std::fs::read_to_string("docs/guide-changes.md").unwrap();
    for (rule, bump, _, _) in RULES {
        let row = format!("| `{rule}` | {} |", bump.name());
        assert!(
            guide.contains(&row),
            "docs/guide-changes.md has no row `{row}`"
        );
    }
}
