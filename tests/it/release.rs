//! `release_check` and `jos release-check`: a working tree may only be released when no id of the
//! latest release is gone, its version is raised as far as its changes need, what is new carries
//! the new version as `since`, and `history` has an entry for it.

use std::path::{Path, PathBuf};
use std::process::Command;

use jeugdhulp_op_school::Taxonomy;
use jeugdhulp_op_school::diagnostic::Code;
use jeugdhulp_op_school::load;
use jeugdhulp_op_school::release_check::release_check;

fn load(path: &Path) -> jeugdhulp_op_school::Taxonomy {
    let loaded = load::load_path(path);
    assert!(!loaded.report.has_errors(), "{}", loaded.report);
    loaded.taxonomy.unwrap()
}

/// The working tree's version (it equals the latest release), and the next minor and major.
fn versions() -> (String, String, String) {
    let v = Taxonomy::latest_release()
        .expect("a release")
        .version()
        .clone();
    (
        v.to_string(),
        format!("{}.{}.0", v.major, v.minor + 1),
        format!("{}.0.0", v.major + 1),
    )
}

fn relative(path: &Path) -> PathBuf {
    let root = std::env::current_dir().unwrap().canonicalize().unwrap();
    path.strip_prefix(&root).unwrap().to_path_buf()
}

#[test]
fn each_fixture_gives_its_findings() {
    // The release is tests/fixtures/diff/old.yaml; each fixture is a next version of it.
    let release = load(Path::new("tests/fixtures/diff/old.yaml"));
    insta::glob!("..", "fixtures/release/*.yaml", |path| {
        let path = relative(path);
        let check = release_check(&release, &load(&path));
        let mut actual = format!(
            "required bump: {}\n",
            check.required_bump().map_or("none", |b| b.name())
        );
        for d in &check.diagnostics {
            actual.push_str(&format!("{d}\n"));
            if let Some(h) = &d.hint {
                actual.push_str(&format!("    hint: {h}\n"));
            }
        }
        insta::assert_snapshot!("release", actual);
        let name = path.file_stem().unwrap().to_string_lossy().to_string();
        let code = Code::ALL
            .iter()
            .filter(|c| name.starts_with(c.as_str()))
            .max_by_key(|c| c.as_str().len())
            .unwrap();
        assert!(
            check.diagnostics.iter().any(|d| d.code == *code),
            "{} does not report `{code}`:\n{actual}",
            path.display()
        );
        // Every finding points into the fixture at a line and column.
        for d in &check.diagnostics {
            assert!(
                d.file.ends_with(&*name.clone()) || d.file.contains(&name),
                "{d}"
            );
            assert!(d.line > 0 && d.column > 0, "{d}");
        }
    });
}

/// A copy of `taxonomy/` (with its frozen releases) in a temporary directory, for `jos
/// release-check` against the real latest release.
struct Copy(PathBuf);

impl Copy {
    fn new(name: &str) -> Copy {
        let dir = std::env::temp_dir().join(format!("jos-release-{name}-{}", std::process::id()));
        let _ = std::fs::remove_dir_all(&dir);
        copy_dir(Path::new("taxonomy"), &dir.join("taxonomy"));
        Copy(dir)
    }

    fn edit(&self, file: &str, from: &str, to: &str) {
        let path = self.0.join("taxonomy").join(file);
        let text = std::fs::read_to_string(&path).unwrap();
        assert!(text.contains(from), "{file} has no `{from}`");
        std::fs::write(&path, text.replacen(from, to, 1)).unwrap();
    }

    /// Replaces `from` by `to` in every taxonomy file of the copy (not the frozen releases), as a
    /// rename does.
    fn replace_everywhere(&self, from: &str, to: &str) {
        let root = self.0.join("taxonomy");
        let mut files = vec![root.join("taxonomy.yaml"), root.join("definition.yaml")];
        for e in std::fs::read_dir(root.join("facets")).unwrap() {
            files.push(e.unwrap().path());
        }
        for path in files {
            if let Ok(text) = std::fs::read_to_string(&path) {
                std::fs::write(&path, text.replace(from, to)).unwrap();
            }
        }
    }

    /// Deprecates concept `id` of facet file `file` in favour of `by` (comma-separated), since
    /// version `since`.
    fn deprecate(&self, file: &str, id: &str, by: &str, since: &str) {
        let path = self.0.join("taxonomy/facets").join(file);
        let text = std::fs::read_to_string(&path).unwrap();
        let start = text.find(&format!("  - id: {id}\n")).unwrap();
        let end = text[start + 1..]
            .find("\n  - id: ")
            .map_or(text.len(), |i| start + 1 + i);
        let block = &text[start..end];
        let at = block.rfind("\n    since: ").unwrap() + 1;
        let line_end = block[at..].find('\n').map_or(block.len(), |i| at + i);
        let new_block = format!(
            "{}\n    deprecated:\n      since: {since}\n      replaced_by: [{by}]\n      reason: {{ nl: Test., en: Test. }}{}",
            &block[..line_end],
            &block[line_end..]
        );
        std::fs::write(&path, text.replacen(block, &new_block, 1)).unwrap();
    }

    fn release_check(&self) -> (i32, String) {
        let out = Command::new(env!("CARGO_BIN_EXE_jos"))
            .args(["release-check", "taxonomy", "--color", "never"])
            .current_dir(&self.0)
            .output()
            .unwrap();
        (
            out.status.code().unwrap(),
            String::from_utf8_lossy(&out.stderr).into_owned(),
        )
    }
}

impl Drop for Copy {
    fn drop(&mut self) {
        let _ = std::fs::remove_dir_all(&self.0);
    }
}

fn copy_dir(from: &Path, to: &Path) {
    std::fs::create_dir_all(to).unwrap();
    for entry in std::fs::read_dir(from).unwrap() {
        let entry = entry.unwrap();
        let target = to.join(entry.file_name());
        if entry.path().is_dir() {
            copy_dir(&entry.path(), &target);
        } else {
            std::fs::copy(entry.path(), target).unwrap();
        }
    }
}

#[test]
fn the_working_tree_passes() {
    let copy = Copy::new("clean");
    let (code, err) = copy.release_check();
    assert_eq!(code, 0, "{err}");
    let (v, _, _) = versions();
    assert!(
        err.contains(&format!("taxonomy {v} against release {v}: 0 changes")),
        "{err}"
    );
}

#[test]
fn a_deleted_concept_fails_at_its_facet_with_the_required_bump() {
    let copy = Copy::new("deleted");
    let (v, _, major) = versions();
    // The deprecated `support-coordinator` is referred to by no other concept; a deprecated id
    // is forever too.
    let text = std::fs::read_to_string("taxonomy/facets/role.yaml").unwrap();
    let start = text.find("  - id: support-coordinator").unwrap();
    let next = text[start + 1..]
        .find("\n  - id: ")
        .map_or(text.len(), |i| start + 1 + i + 1);
    copy.edit("facets/role.yaml", &text[start..next], "");
    copy.edit(
        "taxonomy.yaml",
        &format!("version: {v}"),
        &format!("version: {major}"),
    );
    let (code, err) = copy.release_check();
    assert_eq!(code, 1, "{err}");
    assert!(err.contains("error[release-id-removed]"), "{err}");
    assert!(err.contains("taxonomy/facets/role.yaml:"), "{err}");
    assert!(err.contains("release-history-missing"), "{err}");
    assert!(err.contains("needs a major release"), "{err}");
}

#[test]
fn a_renamed_id_is_named_as_a_rename() {
    let copy = Copy::new("renamed");
    // Renamed everywhere, as an editor would: the links stay valid, only the id is gone.
    copy.replace_everywhere("personal-budget", "personal-care-budget");
    let (code, err) = copy.release_check();
    assert_eq!(code, 1, "{err}");
    assert!(
        err.contains("`personal-care-budget` looks like `personal-budget` renamed"),
        "{err}"
    );
}

#[test]
fn a_new_concept_without_a_version_bump_fails_at_the_version_line() {
    let copy = Copy::new("bump");
    // A new synonym (a minor change) on the first concept with Dutch synonyms.
    copy.edit(
        "facets/role.yaml",
        "    alt_labels:\n      nl: [",
        "    alt_labels:\n      nl: [proefsynoniem, ",
    );
    let (code, err) = copy.release_check();
    assert_eq!(code, 1, "{err}");
    assert!(err.contains("error[release-bump-too-small]"), "{err}");
    assert!(err.contains("taxonomy/taxonomy.yaml:"), "{err}");
    let (_, minor, _) = versions();
    assert!(
        err.contains(&format!("raise `version` to {minor}")),
        "{err}"
    );
}

#[test]
fn an_edited_frozen_release_fails() {
    let copy = Copy::new("frozen");
    let (v, _, _) = versions();
    copy.edit(
        &format!("releases/{v}.json"),
        "Universele preventie",
        "Universele preventie!",
    );
    let (code, err) = copy.release_check();
    assert_eq!(code, 1, "{err}");
    assert!(err.contains("error[release-frozen-differs]"), "{err}");
}

#[test]
fn documents_of_a_working_tree_that_is_not_a_release_are_marked_as_a_draft() {
    let copy = Copy::new("draft");
    let (v, minor, _) = versions();
    copy.edit(
        "taxonomy.yaml",
        &format!("version: {v}"),
        &format!("version: {minor}"),
    );
    copy.edit(
        "facets/role.yaml",
        "nl: Schoolmaatschappelijk werker",
        "nl: Schoolmaatschappelijk werker (smw)",
    );
    let out = copy.0.join("site");
    let status = Command::new(env!("CARGO_BIN_EXE_jos"))
        .args(["docs", "--taxonomy", "taxonomy", "--out"])
        .arg(&out)
        .current_dir(&copy.0)
        .output()
        .unwrap();
    assert!(status.status.success(), "{status:?}");
    let read = |p: &str| std::fs::read_to_string(out.join(p)).unwrap();
    let role = read("html/nl/role.html");
    assert!(role.contains("class=\"draft-banner\""), "no draft banner");
    assert!(
        role.contains(&format!("gebaseerd op versie {v}")),
        "no base release"
    );
    assert!(
        role.contains("class=\"badge changed\""),
        "no mark on the changed concept"
    );
    let changes = read("markdown/en/changes.md");
    assert!(
        changes.contains(&format!("## Draft (Changed compared with version {v})")),
        "{changes}"
    );
    assert!(changes.contains("school-social-worker"), "{changes}");
    assert!(read("markdown/en/role.md").contains(&format!(
        "> **Draft**: these documents describe a working version, based on version {v}"
    )));
    // A release has no such marks.
    let committed = std::fs::read_to_string("docs/reference/html/nl/role.html").unwrap();
    assert!(!committed.contains("draft-banner"));
}

#[test]
fn records_are_checked_against_the_release_they_name_and_migrate_across_releases() {
    // A next minor release that deprecates `personal-budget` in favour of `individual-funding`.
    let copy = Copy::new("records");
    let (v, minor, _) = versions();
    copy.edit(
        "taxonomy.yaml",
        &format!("version: {v}"),
        &format!("version: {minor}"),
    );
    copy.edit(
        "taxonomy.yaml",
        "history:\n",
        &format!("history:\n  - version: {minor}\n    date: 2026-12-01\n    summary: {{ nl: Pgb vervalt., en: Personal budget deprecated. }}\n"),
    );
    copy.deprecate(
        "funding-mechanism.yaml",
        "personal-budget",
        "individual-funding",
        &minor,
    );
    let jos = |args: &[&str]| {
        let out = Command::new(env!("CARGO_BIN_EXE_jos"))
            .args(args)
            .args(["--color", "never"])
            .current_dir(&copy.0)
            .output()
            .unwrap();
        (
            out.status.code().unwrap(),
            String::from_utf8_lossy(&out.stderr).into_owned(),
        )
    };
    let (code, err) = jos(&["release-check", "taxonomy"]);
    assert_eq!(code, 0, "{err}");
    let record = |id: &str, version: &str| {
        format!(
            "- id: {id}\n  taxonomy_version: {version}\n  tags:\n    intensity: [universal-prevention]\n    education: [mbo]\n    organisation-model: [based-at-school]\n    funding-mechanism: [personal-budget]\n"
        )
    };
    let old = format!("{}{}", record("p1", &v), record("p2", &v));
    std::fs::write(copy.0.join("old.yaml"), &old).unwrap();
    std::fs::write(copy.0.join("new.yaml"), record("p3", &minor)).unwrap();
    // Valid data of the release: no deprecated-code finding, and one notice for the file, not
    // one per record.
    let (code, err) = jos(&["check", "old.yaml", "--taxonomy", "taxonomy"]);
    assert_eq!(code, 0, "{err}");
    assert!(!err.contains("deprecated-code"), "{err}");
    assert_eq!(err.matches("taxonomy-version-mismatch").count(), 1, "{err}");
    assert!(
        err.contains(&format!("`old.yaml` is tagged against release {v}")),
        "{err}"
    );
    // A record that claims the new version is held to it.
    let (_, err) = jos(&["check", "new.yaml", "--taxonomy", "taxonomy"]);
    assert!(err.contains("deprecated-code"), "{err}");
    // Migrating follows the deprecation; only codes and versions change.
    let (code, err) = jos(&[
        "migrate",
        "old.yaml",
        "--taxonomy",
        "taxonomy",
        "--to",
        &minor,
    ]);
    assert_eq!(code, 0, "{err}");
    let migrated = std::fs::read_to_string(copy.0.join("old.migrated.yaml")).unwrap();
    assert_eq!(
        migrated,
        old.replace(&v, &minor)
            .replace("personal-budget", "individual-funding")
    );
}

#[test]
fn a_round_trip_through_a_release_that_deprecates_merges_and_splits() {
    // A next minor release (a copy of taxonomy/): `personal-budget` deprecated for
    // `individual-funding`, `pathway-guidance` and `transition-to-adulthood-support` merged into
    // `individual-help`, and `diagnostic-assessment` split into `treatment` and
    // `short-term-counselling`.
    let copy = Copy::new("roundtrip");
    let (v, minor, _) = versions();
    copy.edit(
        "taxonomy.yaml",
        &format!("version: {v}"),
        &format!("version: {minor}"),
    );
    copy.edit(
        "taxonomy.yaml",
        "history:\n",
        &format!("history:\n  - version: {minor}\n    date: 2026-12-01\n    summary: {{ nl: Test., en: Test. }}\n"),
    );
    copy.deprecate(
        "funding-mechanism.yaml",
        "personal-budget",
        "individual-funding",
        &minor,
    );
    copy.deprecate(
        "activity.yaml",
        "pathway-guidance",
        "individual-help",
        &minor,
    );
    copy.deprecate(
        "activity.yaml",
        "transition-to-adulthood-support",
        "individual-help",
        &minor,
    );
    copy.deprecate(
        "activity.yaml",
        "diagnostic-assessment",
        "treatment, short-term-counselling",
        &minor,
    );
    let t = load(&copy.0.join("taxonomy"));
    assert_eq!(t.version().to_string(), minor);

    // YAML tagged with the release, with comments, CRLF line endings and a byte order mark.
    let yaml = format!(
        "\u{feff}# pilots\r\n- id: p1  # first\r\n  taxonomy_version: {v}\r\n  tags:\r\n    activity: [pathway-guidance, transition-to-adulthood-support, youth-work]\r\n    funding-mechanism: [personal-budget]\r\n- id: p2\r\n  taxonomy_version: {v}\r\n  tags:\r\n    activity: [diagnostic-assessment]\r\n"
    );
    let yaml = yaml.as_str();
    let m = jeugdhulp_op_school::records::migrate::migrate(
        &t,
        "pilots.yaml",
        yaml,
        jeugdhulp_op_school::records::Format::Yaml,
    );
    assert_eq!(
        m.text,
        yaml.replace(
            &format!("taxonomy_version: {v}"),
            &format!("taxonomy_version: {minor}")
        )
        .replace("pathway-guidance", "individual-help")
        .replace("transition-to-adulthood-support", "individual-help")
        .replace("personal-budget", "individual-funding")
    );
    let flags: Vec<&str> = m.flags.iter().map(|f| f.message.as_str()).collect();
    assert!(
        flags.iter().any(|f| f.contains("the concepts were merged")),
        "{flags:?}"
    );
    assert!(
        flags.iter().any(|f| f.contains(
            "`diagnostic-assessment` was split into `treatment`, `short-term-counselling`"
        )),
        "{flags:?}"
    );
    assert_eq!(flags.len(), 2, "{flags:?}");
    let again = jeugdhulp_op_school::records::migrate::migrate(
        &t,
        "pilots.yaml",
        &m.text,
        jeugdhulp_op_school::records::Format::Yaml,
    );
    assert_eq!(again.text, m.text, "an up-to-date file changes no byte");

    // The same in CSV, with a byte order mark, CRLF and quoting.
    let csv = format!(
        "\u{feff}id,taxonomy_version,activity,funding-mechanism\r\n\
         p1,{v},\"pathway-guidance; youth-work\",personal-budget\r\n\
         p2,{v},diagnostic-assessment,\r\n"
    );
    let csv = csv.as_str();
    let m = jeugdhulp_op_school::records::migrate::migrate(
        &t,
        "pilots.csv",
        csv,
        jeugdhulp_op_school::records::Format::Csv,
    );
    assert_eq!(
        m.text,
        csv.replace(&format!(",{v},"), &format!(",{minor},"))
            .replace("pathway-guidance", "individual-help")
            .replace("personal-budget", "individual-funding")
    );
    assert_eq!(m.flags.len(), 1, "only the split is flagged: {:?}", m.flags);
    let again = jeugdhulp_op_school::records::migrate::migrate(
        &t,
        "pilots.csv",
        &m.text,
        jeugdhulp_op_school::records::Format::Csv,
    );
    assert_eq!(again.text, m.text, "an up-to-date file changes no byte");
}

#[test]
fn a_meaning_change_under_a_minor_bump_and_a_missing_history_entry_fail() {
    let copy = Copy::new("meaning");
    let (v, minor, major) = versions();
    copy.edit(
        "taxonomy.yaml",
        &format!("version: {v}"),
        &format!("version: {minor}"),
    );
    // No history entry for the new version yet, and a new synonym (a minor change).
    copy.edit(
        "facets/funding-mechanism.yaml",
        "nl: [budget op naam]",
        "nl: [budget op naam, pgb-budget]",
    );
    let (code, err) = copy.release_check();
    assert_eq!(code, 1, "{err}");
    assert!(err.contains("error[release-history-missing]"), "{err}");
    assert!(err.contains("--> taxonomy/taxonomy.yaml:"), "{err}");
    assert!(err.contains("needs a minor release"), "{err}");
    // With the entry, declaring that the meaning of `personal-budget` changed needs a major.
    copy.edit(
        "taxonomy.yaml",
        "history:\n",
        &format!("history:\n  - version: {minor}\n    date: 2026-12-01\n    summary: {{ nl: Pgb breder., en: Personal budget wider. }}\n    meaning_changed: [personal-budget]\n"),
    );
    let (code, err) = copy.release_check();
    assert_eq!(code, 1, "{err}");
    assert!(err.contains("error[release-bump-too-small]"), "{err}");
    assert!(
        err.contains(&format!(
            "raise `version` to {major} (because of `meaning` of `personal-budget`)"
        )),
        "{err}"
    );
    assert!(!err.contains("release-history-missing"), "{err}");
    // As a major, with its history entry, it may be released.
    copy.edit(
        "taxonomy.yaml",
        &format!("version: {minor}\ntitle"),
        &format!("version: {major}\ntitle"),
    );
    copy.edit(
        "taxonomy.yaml",
        &format!("  - version: {minor}\n"),
        &format!("  - version: {major}\n"),
    );
    let (code, err) = copy.release_check();
    assert_eq!(code, 0, "{err}");
    assert!(err.contains("needs a major release; 0 errors"), "{err}");
}
