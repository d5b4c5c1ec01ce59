//! `jos release-check [DIR]`: may the working tree be released after the latest release?

use std::io::Write as _;
use std::path::{Path, PathBuf};

use jos_taxonomy::diagnostic::{Code, Diagnostic};
use jos_taxonomy::release_check::release_check;
use jos_taxonomy::{Location, Taxonomy, export, load};

use super::{Fatal, Format, Outcome, plural, print, render};

/// Arguments of `jos release-check`.
#[derive(clap::Args)]
pub(super) struct ReleaseCheckArgs {
    /// The working tree: a taxonomy directory (default: `taxonomy`).
    #[arg(default_value = "taxonomy")]
    dir: PathBuf,
    /// Output format for the findings.
    #[arg(long, value_enum, default_value_t = Format::Text)]
    format: Format,
}

pub(super) fn run(args: ReleaseCheckArgs) -> Result<Outcome, Fatal> {
    let name = args.dir.display().to_string();
    let latest = Taxonomy::latest_release()
        .ok_or_else(|| Fatal("jos was built without any release to check against".to_owned()))?;
    let loaded = load::load_path(&args.dir);
    let Some(working) = loaded
        .taxonomy
        .as_ref()
        .filter(|_| !loaded.report.has_errors())
    else {
        render::diagnostics(&loaded.report);
        return Err(Fatal(format!(
            "the taxonomy in `{name}` is invalid; see above, or run `jos validate {name}`"
        )));
    };
    let check = release_check(latest, working);
    let mut diagnostics = check.diagnostics.clone();
    diagnostics.extend(frozen_files(&args.dir.join("releases")));
    let errors = diagnostics.iter().filter(|d| d.is_error()).count();
    let needed = check.required_bump().map_or("none", |b| b.name());
    match args.format {
        Format::Json => {
            let doc = serde_json::json!({
                "taxonomy": name,
                "version": working.version().to_string(),
                "release": latest.version().to_string(),
                "required_bump": needed,
                "changes": check.diff.changes.len(),
                "errors": errors,
                "diagnostics": diagnostics,
            });
            print(&format!(
                "{}\n",
                serde_json::to_string_pretty(&doc).unwrap_or_default()
            ))?;
        }
        Format::Text => {
            render::diagnostics_with(&diagnostics, |file, line| {
                loaded
                    .report
                    .source(file)
                    .and_then(|text| text.lines().nth(line.checked_sub(1)? as usize))
                    .map(str::to_owned)
            });
            let changes = check.diff.changes.len();
            let _ = writeln!(
                anstream::stderr(),
                "{name} {} against release {}: {changes} change{}, needs {}; {errors} error{}",
                working.version(),
                latest.version(),
                plural(changes),
                match check.required_bump() {
                    None => "no new version".to_owned(),
                    Some(b) => format!("a {} release", b.name()),
                },
                plural(errors)
            );
        }
    }
    Ok(if errors > 0 {
        Outcome::Findings
    } else {
        Outcome::Ok
    })
}

/// The frozen files beside the working tree must be the releases jos was built with.
fn frozen_files(dir: &Path) -> Vec<Diagnostic> {
    let mut out = Vec::new();
    let Ok(entries) = std::fs::read_dir(dir) else {
        return out;
    };
    let mut paths: Vec<PathBuf> = entries
        .flatten()
        .map(|e| e.path())
        .filter(|p| p.extension().is_some_and(|e| e == "json"))
        .collect();
    paths.sort();
    for path in paths {
        let shown = path.display().to_string();
        let stem = path
            .file_stem()
            .map(|s| s.to_string_lossy().into_owned())
            .unwrap_or_default();
        let text = std::fs::read_to_string(&path).unwrap_or_default();
        match Taxonomy::release(&stem) {
            Some(release) if export::to_json(release) == text => {}
            Some(_) => out.push(
                Diagnostic::new(
                    Code::ReleaseFrozenDiffers,
                    Location::file(shown.as_str()),
                    format!("`{shown}` is not release {stem} as it was frozen"),
                )
                .with_hint("a frozen release is never edited: restore it (`git checkout` it) and make a new release"),
            ),
            None => out.push(
                Diagnostic::new(
                    Code::ReleaseFrozenDiffers,
                    Location::file(shown.as_str()),
                    format!("`{shown}` is not a release this jos was built with"),
                )
                .with_hint("rebuild jos after `cargo xtask release`, or remove a file that is not a release"),
            ),
        }
    }
    out
}
