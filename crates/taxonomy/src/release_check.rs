//! Whether a working tree may be released after the latest release: the check that
//! `jos release-check` runs, as cargo-semver-checks does for a Rust API.
//!
//! [`release_check`] compares the working tree with a release through [`crate::diff`] and reports,
//! as located diagnostics: a concept of the release that is gone (deleted, or renamed: ids are
//! forever), a version not raised as far as the changes need, a new concept or a new deprecation
//! whose `since` is not the new version, and a missing `history` entry for the new version.
//!
//! ```
//! use jos_taxonomy::{Taxonomy, release_check::release_check};
//! let check = release_check(Taxonomy::latest_release().unwrap(), Taxonomy::builtin());
//! assert!(check.diagnostics.is_empty());
//! assert_eq!(check.required_bump(), None); // nothing changed since 1.0.0
//! ```

use crate::diagnostic::{Code, Diagnostic};
use crate::diff::{Bump, Diff, diff};
use crate::model::{Location, Taxonomy};

/// What [`release_check`] found.
#[derive(Clone, Debug)]
#[non_exhaustive]
pub struct ReleaseCheck {
    /// The changes since the release.
    pub diff: Diff,
    /// Every problem, with where to fix it.
    pub diagnostics: Vec<Diagnostic>,
}

impl ReleaseCheck {
    /// The bump the changes need; `None` when nothing changed.
    pub fn required_bump(&self) -> Option<Bump> {
        self.diff.required_bump()
    }
}

/// Checks `working` (the next version) against `release` (the latest frozen release).
pub fn release_check(release: &Taxonomy, working: &Taxonomy) -> ReleaseCheck {
    let d = diff(release, working);
    let mut out = Vec::new();
    let version_at = working.version_text.location.clone();
    let new_version = working.version().to_string();
    // Ids that are gone, with a hint when a new concept has the same label (a rename).
    for c in d.changes.iter().filter(|c| c.rule == "concept-removed") {
        let Some(id) = c.concept.as_deref() else {
            continue;
        };
        let old = release.concept(id);
        let renamed = old.and_then(|o| {
            d.changes
                .iter()
                .filter(|a| a.rule == "concept-added")
                .filter_map(|a| working.concept(a.concept.as_deref()?))
                .find(|n| {
                    n.label
                        .iter()
                        .any(|(l, t)| o.label.get_code(l) == Some(&t.value))
                })
        });
        let at = working
            .facet(&c.facet)
            .map_or_else(|| version_at.clone(), |f| f.location.clone());
        let hint = match renamed {
            Some(n) => format!(
                "`{}` looks like `{id}` renamed; ids are forever: keep `{id}` and deprecate it with `replaced_by: [{}]`",
                n.id, n.id
            ),
            None => format!(
                "ids are forever: restore `{id}` as it was in {} and deprecate it with `replaced_by` and a `reason`",
                release.version()
            ),
        };
        out.push(
            Diagnostic::new(
                Code::ReleaseIdRemoved,
                at,
                format!(
                    "concept `{id}` of release {} is missing from facet `{}`",
                    release.version(),
                    c.facet
                ),
            )
            .with_hint(hint),
        );
    }
    // The version against the changes.
    if let Some(needed) = d.required_bump() {
        let given = Bump::between(release.version(), working.version());
        if given.is_none_or(|g| g < needed) {
            let reasons: Vec<String> = d
                .changes
                .iter()
                .filter(|c| c.bump == needed)
                .take(3)
                .map(|c| match &c.concept {
                    Some(id) => format!("`{}` of `{id}`", c.rule),
                    None => format!("`{}` in `{}`", c.rule, c.facet),
                })
                .collect();
            let message = match given {
                None => format!(
                    "the taxonomy changed since release {} but its version is {}",
                    release.version(),
                    working.version()
                ),
                Some(g) => format!(
                    "version {} is a {} release after {}, but the changes need a {} release",
                    working.version(),
                    g.name(),
                    release.version(),
                    needed.name()
                ),
            };
            out.push(
                Diagnostic::new(Code::ReleaseBumpTooSmall, version_at.clone(), message).with_hint(
                    format!(
                        "raise `version` to {} (because of {}); `jos diff` lists every change",
                        next(release.version(), needed),
                        reasons.join(", ")
                    ),
                ),
            );
        }
        if !working.history().iter().any(|h| h.version == new_version) {
            out.push(
                Diagnostic::new(
                    Code::ReleaseHistoryMissing,
                    version_at.clone(),
                    format!("`history` has no entry for version {new_version}"),
                )
                .with_hint(format!(
                    "add `- version: {new_version}` at the top of `history`, with its `date` and a `summary` in nl and en"
                )),
            );
        }
    }
    // `since` of what is new in this version.
    for c in &d.changes {
        let Some(concept) = c.concept.as_deref().and_then(|id| working.concept(id)) else {
            continue;
        };
        let (since, what): (Option<(&str, &Location)>, &str) = match c.rule {
            "concept-added" => (
                concept
                    .since
                    .as_ref()
                    .map(|s| (s.value.as_str(), &s.location)),
                "concept",
            ),
            "concept-deprecated" | "concept-withdrawn" => match &concept.deprecated {
                Some(dep) => (
                    Some((dep.since.value.as_str(), &dep.since.location)),
                    "the deprecation of",
                ),
                None => continue,
            },
            _ => continue,
        };
        if since.is_none_or(|(v, _)| v != new_version) {
            let at = since.map_or_else(|| concept.location.clone(), |(_, l)| l.clone());
            let written = since.map_or("no `since`".to_owned(), |(v, _)| format!("`since: {v}`"));
            out.push(
                Diagnostic::new(
                    Code::ReleaseSince,
                    at,
                    format!(
                        "{what} `{}` is new in {new_version} but has {written}",
                        concept.id
                    ),
                )
                .with_hint(format!("write `since: {new_version}`")),
            );
        }
    }
    out.sort_by(|a, b| (&a.file, a.line, a.column).cmp(&(&b.file, b.line, b.column)));
    ReleaseCheck {
        diff: d,
        diagnostics: out,
    }
}

/// The version after `v` with `bump` raised.
fn next(v: &semver::Version, bump: Bump) -> semver::Version {
    match bump {
        Bump::Major => semver::Version::new(v.major + 1, 0, 0),
        Bump::Minor => semver::Version::new(v.major, v.minor + 1, 0),
        _ => semver::Version::new(v.major, v.minor, v.patch + 1),
    }
}
