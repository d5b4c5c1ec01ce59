//! Frozen releases: every released version of the taxonomy, kept unchanged forever.
//!
//! A release is frozen as the JSON export in `taxonomy/releases/<version>.json`, listed with its
//! SHA-256 in `taxonomy/releases/SHA256SUMS` (a test fails when a frozen file changes), and
//! compiled into this crate as Rust data by `cargo xtask codegen`, so that a record tagged years
//! ago against an old version can still be checked and migrated without any file at hand. The
//! working tree `taxonomy/` is the next version: while it equals the latest release it *is* that
//! release ([`Taxonomy::is_release`]); once it changes it is a draft.

use std::sync::OnceLock;

use crate::builtin;
use crate::export;
use crate::model::Taxonomy;

/// A frozen release: its version and release date.
#[derive(Clone, Debug, PartialEq, Eq)]
#[non_exhaustive]
pub struct Release {
    /// The version.
    pub version: semver::Version,
    /// The release date (`YYYY-MM-DD`).
    pub date: &'static str,
}

fn cache() -> &'static [OnceLock<Taxonomy>] {
    static CACHE: OnceLock<Box<[OnceLock<Taxonomy>]>> = OnceLock::new();
    CACHE.get_or_init(|| {
        builtin::releases()
            .iter()
            .map(|_| OnceLock::new())
            .collect()
    })
}

impl Taxonomy {
    /// Every frozen release, oldest first.
    ///
    /// ```
    /// use jos_taxonomy::Taxonomy;
    /// let releases = Taxonomy::releases();
    /// assert_eq!(releases[0].version.to_string(), "1.0.0");
    /// assert_eq!(releases[0].date, "2026-11-23");
    /// ```
    pub fn releases() -> Vec<Release> {
        builtin::releases()
            .iter()
            .map(|r| Release {
                version: semver::Version::parse(r.version).unwrap_or(semver::Version::new(0, 0, 0)),
                date: r.date,
            })
            .collect()
    }

    /// The frozen release of `version` (`"1.0.0"`), built on first use.
    ///
    /// ```
    /// use jos_taxonomy::Taxonomy;
    /// let old = Taxonomy::release("1.0.0").unwrap();
    /// assert!(old.concept("school-social-worker").is_some());
    /// assert!(Taxonomy::release("0.9.0").is_none());
    /// ```
    pub fn release(version: &str) -> Option<&'static Taxonomy> {
        let wanted = semver::Version::parse(version.trim()).ok()?;
        let i = builtin::releases()
            .iter()
            .position(|r| semver::Version::parse(r.version).is_ok_and(|v| v == wanted))?;
        Some(cache()[i].get_or_init(|| builtin::release(&builtin::releases()[i])))
    }

    /// The latest frozen release.
    pub fn latest_release() -> Option<&'static Taxonomy> {
        let latest = builtin::releases().last()?;
        Taxonomy::release(latest.version)
    }

    /// Whether this taxonomy is, field for field, the frozen release of its version; `false`
    /// for a draft (a working tree that changed since the release, or a version never released).
    ///
    /// ```
    /// assert!(jos_taxonomy::Taxonomy::builtin().is_release());
    /// ```
    pub fn is_release(&self) -> bool {
        Taxonomy::release(&self.version.to_string())
            .is_some_and(|r| export::to_json(r) == export::to_json(self))
    }
}
