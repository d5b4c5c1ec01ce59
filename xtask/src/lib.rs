//! Code generation for the workspace, run as `cargo xtask codegen` (the alias is in
//! `.cargo/config.toml`).
//!
//! Everything generated from `taxonomy/` is checked in: the typed enums of the codes crate, the
//! built-in taxonomy as Rust data in the taxonomy crate, the reference documents in `docs/reference/`, the JSON Schemas in `docs/schema/` and the table
//! of diagnostic codes in `docs/diagnostics.md`. [`generated`] lists every such tree with the
//! files it must hold; `cargo xtask codegen` writes them and removes leftovers, and the test
//! `generated_files_are_fresh` fails, naming that command, when a checked-in file differs.

#![forbid(unsafe_code)]
#![deny(missing_docs)]

pub mod builtin;
pub mod codegen;
pub mod releases;

use std::path::{Path, PathBuf};

use jos_taxonomy::{Lang, Taxonomy, diagnostic, load};

/// The command that regenerates every generated file.
pub const REGENERATE: &str = "cargo xtask codegen";

/// The first line of every generated Rust file.
pub(crate) fn header() -> String {
    format!("// @generated from taxonomy/ by `{REGENERATE}`. Do not edit by hand.\n")
}

/// Where generated files go: a directory that holds exactly `files`, or a single file.
#[derive(Debug)]
pub struct Generated {
    /// The directory or file, relative to the workspace root.
    pub path: &'static str,
    /// For a directory, its files (relative path with `/`, contents); for a single file, one
    /// entry with an empty path.
    pub files: Vec<(String, String)>,
    /// Whether `path` is a directory whose other files are leftovers to remove.
    pub tree: bool,
}

/// The workspace root (the parent of this crate's directory).
pub fn workspace_root() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR"))
        .parent()
        .map_or_else(|| PathBuf::from("."), Path::to_path_buf)
}

/// Loads `taxonomy/` (not the built-in copy, which is itself generated from it).
pub fn taxonomy(root: &Path) -> Result<Taxonomy, String> {
    let loaded = load::load_dir(&root.join("taxonomy"));
    match loaded.taxonomy {
        Some(t) if !loaded.report.has_errors() => Ok(t),
        _ => Err(format!(
            "taxonomy/ has errors; run `cargo run -- validate taxonomy`:\n{}",
            loaded.report
        )),
    }
}

/// Every generated tree and file, rendered from `taxonomy` (loaded from `root`) and the frozen
/// releases under `root`.
pub fn generated(root: &Path, taxonomy: &Taxonomy) -> Result<Vec<Generated>, String> {
    let frozen: Vec<(String, String, Taxonomy)> = releases::frozen(root)?
        .into_iter()
        .map(|f| (f.version.to_string(), f.date, f.taxonomy))
        .collect();
    let changelog: Vec<(String, String)> = [Lang::Nl, Lang::En]
        .into_iter()
        .map(|lang| (format!("{}.md", lang.code()), changelog(&frozen, lang)))
        .collect();
    // The guides as docs/ has them now (the copies built into jos-reference may be a run
    // behind), for the reference and for the copies themselves.
    let mut guides = Vec::new();
    let mut guide_copies = Vec::new();
    for name in jos_reference::GUIDE_NAMES {
        for (lang, code) in [(Lang::Nl, "nl"), (Lang::En, "en")] {
            let source = format!("docs/{}", jos_reference::guide_source(name, lang));
            let text = std::fs::read_to_string(root.join(&source))
                .map_err(|e| format!("cannot read {source}: {e}"))?;
            guide_copies.push((format!("{name}.{code}.md"), text.clone()));
            guides.push(jos_reference::Guide::new(name, lang, text));
        }
    }
    let mut options = jos_reference::Options::default();
    options.guides = guides;
    let reference = jos_reference::render(taxonomy, &options)
        .into_iter()
        .map(|f| {
            let text = String::from_utf8(f.bytes)
                .unwrap_or_else(|e| String::from_utf8_lossy(e.as_bytes()).into_owned());
            (f.path, text)
        })
        .collect();
    Ok(vec![
        Generated {
            path: "crates/codes/src/generated",
            files: codegen::render(taxonomy),
            tree: true,
        },
        Generated {
            path: "crates/taxonomy/src/generated",
            files: vec![
                (
                    "builtin.rs".to_owned(),
                    builtin::render(taxonomy, &root.to_string_lossy()),
                ),
                (
                    "releases.rs".to_owned(),
                    builtin::render_releases(&frozen, &root.to_string_lossy()),
                ),
            ],
            tree: true,
        },
        Generated {
            path: "docs/reference",
            files: reference,
            tree: true,
        },
        Generated {
            path: "crates/reference/src/guides",
            files: guide_copies,
            tree: true,
        },
        Generated {
            path: "docs/changelog",
            files: changelog,
            tree: true,
        },
        Generated {
            path: "docs/schema",
            files: jos_records::schema::render(taxonomy),
            tree: true,
        },
        Generated {
            path: "docs/diagnostics.md",
            files: vec![(String::new(), diagnostic::codes_markdown())],
            tree: false,
        },
    ])
}

/// The changelog of every frozen release, newest first, in `lang`: each release's summary and
/// what changed since the release before it, as `jos diff` prints it.
pub fn changelog(frozen: &[(String, String, Taxonomy)], lang: Lang) -> String {
    let en = lang == Lang::En;
    let mut s = format!(
        "<!-- @generated from taxonomy/releases/ by `{REGENERATE}`; do not edit by hand -->\n# {}\n\n{}\n",
        if en {
            "Changes per release"
        } else {
            "Wijzigingen per versie"
        },
        if en {
            "Every release of the taxonomy, newest first, with what changed since the release before it. Each change names the rule of `docs/guide-changes.md` that classifies it."
        } else {
            "Elke versie van de taxonomie, de nieuwste eerst, met wat er veranderde sinds de versie ervoor. Elke wijziging noemt de regel uit `docs/guide-changes.md` die haar indeelt."
        }
    );
    for (i, (version, date, taxonomy)) in frozen.iter().enumerate().rev() {
        let summary = taxonomy
            .history()
            .iter()
            .find(|h| h.version == *version)
            .map_or("", |h| h.summary.best(lang));
        s.push_str(&format!("\n## {version} ({date})\n\n{summary}\n"));
        match i.checked_sub(1).and_then(|p| frozen.get(p)) {
            None => {}
            Some((_, _, previous)) => {
                let diff = jos_taxonomy::diff::diff(previous, taxonomy);
                let text = diff.to_markdown(previous, taxonomy, lang);
                // Below this release's heading: drop the diff's title, demote its headings.
                for line in text.lines().skip(1) {
                    if line.starts_with('#') {
                        s.push_str("##");
                    }
                    s.push_str(line);
                    s.push('\n');
                }
            }
        }
    }
    s
}

/// What differs between the generated files and those under `root`: one line per stale,
/// missing or leftover file. Empty when everything is fresh.
pub fn stale(root: &Path, generated: &[Generated]) -> Vec<String> {
    let mut out = Vec::new();
    for g in generated {
        for (relative, content) in &g.files {
            let path = file_path(g, relative);
            match std::fs::read(root.join(&path)) {
                Ok(actual) if actual == content.as_bytes() => {}
                Ok(_) => out.push(format!("{path} differs")),
                Err(_) => out.push(format!("{path} is missing")),
            }
        }
        for relative in leftovers(root, g) {
            out.push(format!("{}/{relative} is no longer generated", g.path));
        }
    }
    out
}

/// Writes every generated file under `root` (only those that differ) and removes leftovers.
/// Returns the paths it changed.
pub fn write(root: &Path, generated: &[Generated]) -> std::io::Result<Vec<String>> {
    let mut changed = Vec::new();
    for g in generated {
        for (relative, content) in &g.files {
            let path = file_path(g, relative);
            let full = root.join(&path);
            if std::fs::read(&full).ok().as_deref() == Some(content.as_bytes()) {
                continue;
            }
            if let Some(dir) = full.parent() {
                std::fs::create_dir_all(dir)?;
            }
            jos_reference::write_atomic(&full, content.as_bytes())?;
            changed.push(path);
        }
        for relative in leftovers(root, g) {
            std::fs::remove_file(root.join(g.path).join(&relative))?;
            changed.push(format!("{}/{relative} (removed)", g.path));
        }
    }
    Ok(changed)
}

fn file_path(g: &Generated, relative: &str) -> String {
    if g.tree {
        format!("{}/{relative}", g.path)
    } else {
        g.path.to_owned()
    }
}

/// Files in a generated tree that the generator no longer makes.
fn leftovers(root: &Path, g: &Generated) -> Vec<String> {
    if !g.tree {
        return Vec::new();
    }
    files_under(&root.join(g.path))
        .into_iter()
        .filter(|relative| !g.files.iter().any(|(p, _)| p == relative))
        .collect()
}

/// Every file under `dir`, as paths relative to it with `/` separators, sorted.
fn files_under(dir: &Path) -> Vec<String> {
    fn walk(root: &Path, dir: &Path, out: &mut Vec<String>) {
        let Ok(entries) = std::fs::read_dir(dir) else {
            return;
        };
        for entry in entries.flatten() {
            let path = entry.path();
            if path.is_dir() {
                walk(root, &path, out);
            } else if let Ok(relative) = path.strip_prefix(root) {
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

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_changelog_shows_each_release_with_its_changes() {
        let load = |name: &str| {
            let path = workspace_root().join("tests/fixtures/diff").join(name);
            load::load_path(&path).taxonomy.unwrap()
        };
        let releases = vec![
            (
                "1.0.0".to_owned(),
                "2026-11-23".to_owned(),
                load("old.yaml"),
            ),
            (
                "1.1.0".to_owned(),
                "2026-12-01".to_owned(),
                load("new.yaml"),
            ),
        ];
        let en = changelog(&releases, Lang::En);
        let newest = en.find("## 1.1.0 (2026-12-01)").unwrap();
        let oldest = en.find("## 1.0.0 (2026-11-23)").unwrap();
        assert!(newest < oldest, "newest first:\n{en}");
        assert!(en.contains("Second version."), "{en}");
        assert!(
            en.contains("### Role (`role`)"),
            "the diff's headings are demoted:\n{en}"
        );
        assert!(en.contains("(`concept-added`)"), "{en}");
        assert!(changelog(&releases, Lang::Nl).contains("### Rol (`role`)"));
    }

    #[test]
    fn frozen_releases_are_unchanged() {
        let problems = releases::problems(&workspace_root());
        assert!(problems.is_empty(), "{}", problems.join("\n"));
        let frozen = releases::frozen(&workspace_root()).unwrap();
        assert!(frozen.iter().any(|f| f.version.to_string() == "1.0.0"));
    }

    #[test]
    fn an_edited_release_is_caught() {
        let dir = std::env::temp_dir().join(format!("jos-xtask-frozen-{}", std::process::id()));
        let releases = dir.join(releases::DIR);
        std::fs::create_dir_all(&releases).unwrap();
        let root = workspace_root();
        for entry in std::fs::read_dir(root.join(releases::DIR)).unwrap() {
            let entry = entry.unwrap();
            std::fs::copy(entry.path(), releases.join(entry.file_name())).unwrap();
        }
        assert!(releases::problems(&dir).is_empty());
        let path = releases.join("1.0.0.json");
        let text = std::fs::read_to_string(&path).unwrap();
        std::fs::write(
            &path,
            text.replacen("Universele preventie", "Universele preventie!", 1),
        )
        .unwrap();
        let problems = releases::problems(&dir);
        assert!(
            problems
                .iter()
                .any(|p| p.contains("was changed after it was frozen")),
            "{problems:?}"
        );
        let taxonomy = Taxonomy::release("1.0.0").unwrap();
        assert!(
            releases::freeze(&dir, taxonomy)
                .unwrap_err()
                .contains("is released already")
        );
        std::fs::remove_dir_all(&dir).unwrap();
    }

    #[test]
    fn generated_files_are_fresh() {
        let root = workspace_root();
        let taxonomy = taxonomy(&root).unwrap_or_else(|e| panic!("{e}"));
        let generated = generated(&root, &taxonomy).unwrap_or_else(|e| panic!("{e}"));
        let stale = stale(&root, &generated);
        assert!(
            stale.is_empty(),
            "generated files are stale:\n  {}\nregenerate them with `{REGENERATE}`",
            stale.join("\n  ")
        );
    }

    #[test]
    fn deprecated_concepts_get_typed_successors() {
        // The fixture has one deprecated concept (`medium`), replaced in its own facet.
        let loaded = load::load_path(&workspace_root().join("tests/fixtures/valid/minimal.yaml"));
        let taxonomy = loaded.taxonomy.unwrap();
        let files = codegen::render(&taxonomy);
        let (_, intensity) = files.iter().find(|(p, _)| p == "intensity.rs").unwrap();
        assert!(
            intensity.contains(
                r#"Self::Medium => Some(DeprecationNote::new("1.0.0", "Te vaag.", "Too vague.", &["heavy"], false)),"#
            ),
            "{intensity}"
        );
        assert!(
            intensity.contains("Self::Medium => &[Self::Heavy],"),
            "{intensity}"
        );
        assert!(
            intensity
                .contains("*Deprecated since 1.0.0*; replaced by [`heavy`](Intensity::Heavy)."),
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
}
