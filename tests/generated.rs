//! Generated files are checked in and must match what the generator makes from `taxonomy/`.
//!
//! Run `JOS_BLESS=1 cargo test --test generated` after editing the taxonomy to rewrite them.

use std::path::Path;

use jeugdhulp_op_school::{Taxonomy, codegen, diagnostic, load, reference};

fn bless() -> bool {
    std::env::var_os("JOS_BLESS").is_some_and(|v| v != "0")
}

/// Compares `expected` with the file at `path`, or writes it when blessing.
fn check_file(path: &str, expected: &str, stale: &mut Vec<String>) {
    let actual = std::fs::read_to_string(path).unwrap_or_default();
    if actual != expected {
        if bless() {
            if let Some(dir) = Path::new(path).parent() {
                std::fs::create_dir_all(dir).unwrap();
            }
            std::fs::write(path, expected).unwrap();
        } else {
            stale.push(path.to_owned());
        }
    }
}

fn embedded_files(taxonomy: &jeugdhulp_op_school::Taxonomy) -> Vec<String> {
    let mut files = vec!["taxonomy.yaml".to_owned()];
    files.extend(
        taxonomy
            .facets
            .iter()
            .map(|f| format!("facets/{}.yaml", f.id)),
    );
    files
}

/// The taxonomy in `taxonomy/` (not the built-in copy, which is itself generated from it).
fn taxonomy_dir() -> Taxonomy {
    let loaded = load::load_dir(Path::new("taxonomy"));
    assert!(
        !loaded.report.has_errors(),
        "taxonomy/ has errors; run `cargo run -- validate taxonomy`:\n{}",
        loaded.report
    );
    loaded.taxonomy.unwrap()
}

/// Every file under `dir`, as paths relative to it with `/` separators, sorted.
fn files_under(dir: &Path) -> Vec<String> {
    fn walk(root: &Path, dir: &Path, out: &mut Vec<String>) {
        let Ok(entries) = std::fs::read_dir(dir) else {
            return;
        };
        for entry in entries {
            let path = entry.unwrap().path();
            if path.is_dir() {
                walk(root, &path, out);
            } else {
                let relative = path.strip_prefix(root).unwrap();
                let parts: Vec<_> = relative
                    .components()
                    .map(|c| c.as_os_str().to_string_lossy().into_owned())
                    .collect();
                out.push(parts.join("/"));
            }
        }
    }
    let mut out = Vec::new();
    walk(dir, dir, &mut out);
    out.sort();
    out
}

/// Compares the tree under `dir` with `files` (relative path, contents): every file must match
/// and no other file may be there. Blessing writes the files and removes the others.
fn check_tree(dir: &str, files: &[(String, String)], stale: &mut Vec<String>) {
    for (relative, content) in files {
        check_file(&format!("{dir}/{relative}"), content, stale);
    }
    for relative in files_under(Path::new(dir)) {
        if !files.iter().any(|(p, _)| *p == relative) {
            let path = format!("{dir}/{relative}");
            if bless() {
                std::fs::remove_file(&path).unwrap();
            } else {
                stale.push(format!("{path} (no longer generated)"));
            }
        }
    }
}

#[test]
fn generated_code_is_fresh() {
    let taxonomy = taxonomy_dir();
    let files = codegen::render(&taxonomy, &embedded_files(&taxonomy));
    let mut stale = Vec::new();
    for (path, content) in &files {
        check_file(path, content, &mut stale);
    }
    // No leftover files from facets that no longer exist.
    for entry in std::fs::read_dir("src/generated").unwrap() {
        let path = format!(
            "src/generated/{}",
            entry.unwrap().file_name().to_string_lossy()
        );
        if !files.iter().any(|(p, _)| *p == path) {
            if bless() {
                std::fs::remove_file(&path).unwrap();
            } else {
                stale.push(format!("{path} (no longer generated)"));
            }
        }
    }
    assert!(
        stale.is_empty(),
        "generated files are stale: {}\nregenerate with `{}`",
        stale.join(", "),
        codegen::REGENERATE
    );
}

#[test]
fn reference_documents_are_fresh() {
    // `jos docs --out docs/reference` for the taxonomy in taxonomy/, both languages.
    let files: Vec<(String, String)> =
        reference::render(&taxonomy_dir(), &reference::Options::default())
            .into_iter()
            .map(|f| (f.path, String::from_utf8(f.bytes).unwrap()))
            .collect();
    let mut stale = Vec::new();
    check_tree("docs/reference", &files, &mut stale);
    assert!(
        stale.is_empty(),
        "the reference documents in docs/reference/ are stale: {}\nregenerate with `{}`",
        stale.join(", "),
        codegen::REGENERATE
    );
}

#[cfg(feature = "schema")]
#[test]
fn json_schemas_are_fresh() {
    // `jos schema --out docs/schema` for the taxonomy in taxonomy/.
    let files = jeugdhulp_op_school::schema::render(&taxonomy_dir());
    let mut stale = Vec::new();
    check_tree("docs/schema", &files, &mut stale);
    assert!(
        stale.is_empty(),
        "the JSON Schemas in docs/schema/ are stale: {}\nregenerate with `{}`",
        stale.join(", "),
        codegen::REGENERATE
    );
}

#[test]
fn diagnostic_code_table_is_fresh() {
    let mut stale = Vec::new();
    check_file(
        "docs/diagnostics.md",
        &diagnostic::codes_markdown(),
        &mut stale,
    );
    assert!(
        stale.is_empty(),
        "docs/diagnostics.md is stale; regenerate with `{}`",
        codegen::REGENERATE
    );
}

#[test]
fn deprecated_concepts_get_typed_successors() {
    // The built-in taxonomy has no deprecated concept yet; the fixture has one (`medium`).
    let loaded = load::load_path(Path::new("tests/fixtures/valid/minimal.yaml"));
    let taxonomy = loaded.taxonomy.unwrap();
    let files = codegen::render(&taxonomy, &[]);
    let (_, intensity) = files
        .iter()
        .find(|(p, _)| p.ends_with("/intensity.rs"))
        .unwrap();
    assert!(
        intensity.contains(
            r#"Self::Medium => Some(DeprecationNote::new("1.0.0", "Te vaag.", "Too vague.")),"#
        ),
        "{intensity}"
    );
    assert!(
        intensity.contains("Self::Medium => &[Self::Heavy],"),
        "{intensity}"
    );
    assert!(
        intensity.contains("*Deprecated since 1.0.0*; replaced by [`heavy`](Intensity::Heavy)."),
        "{intensity}"
    );
    // Scale order, not file order: light (1), heavy (2), medium (3).
    let all = intensity.split("pub const ALL").nth(1).unwrap();
    let (l, h, m) = (
        all.find("Self::Light").unwrap(),
        all.find("Self::Heavy").unwrap(),
        all.find("Self::Medium").unwrap(),
    );
    assert!(l < h && h < m);
}
