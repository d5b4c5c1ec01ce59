//! Checks over a loaded [`Taxonomy`]: every rule that makes a taxonomy consistent.
//!
//! Each submodule owns one family of checks and pushes [`Diagnostic`]s; [`check`] runs them all
//! and returns every finding at once. The rules follow the issue list of qSKOS where it applies;
//! `docs/quality-checks.md` maps each qSKOS issue to a code or says why it does not apply.

mod definition;
mod ids;
mod labels;
mod markdown;
pub use markdown::{CONCEPT_SCHEME, concept_links};
mod references;
mod rules;

use crate::diagnostic::{Code, Diagnostic};
use crate::model::{Located, Taxonomy};
use crate::text::is_iso_date;

/// Runs every check and returns all findings (unsorted).
///
/// ```
/// use jos_taxonomy::{check, Taxonomy};
/// let findings = check::check(Taxonomy::builtin());
/// assert!(findings.iter().all(|d| !d.is_error()));
/// ```
pub fn check(taxonomy: &Taxonomy) -> Vec<Diagnostic> {
    let mut out = Vec::new();
    metadata(taxonomy, &mut out);
    ids::check(taxonomy, &mut out);
    labels::check(taxonomy, &mut out);
    references::check(taxonomy, &mut out);
    markdown::check(taxonomy, &mut out);
    rules::check(taxonomy, &mut out);
    definition::check(taxonomy, &mut out);
    scale(taxonomy, &mut out);
    versions(taxonomy, &mut out);
    out
}

/// Positions on ordered scales.
fn scale(taxonomy: &Taxonomy, out: &mut Vec<Diagnostic>) {
    for facet in &taxonomy.facets {
        if !facet.ordered {
            for c in &facet.concepts {
                if let Some(p) = &c.position {
                    out.push(
                        Diagnostic::new(
                            Code::UnexpectedPosition,
                            p.location.clone(),
                            format!(
                                "concept `{}` has a position, but facet `{}` is not ordered",
                                c.id, facet.id
                            ),
                        )
                        .with_hint("remove `position`, or set `ordered: true` on the facet"),
                    );
                }
            }
            continue;
        }
        let mut seen: std::collections::BTreeMap<u32, &str> = Default::default();
        let live: Vec<_> = facet
            .concepts
            .iter()
            .filter(|c| !c.is_deprecated())
            .collect();
        let next_free = live
            .iter()
            .filter_map(|c| c.position.as_ref())
            .map(|p| p.value)
            .max()
            .unwrap_or(0)
            + 1;
        for c in live {
            match &c.position {
                None => out.push(
                    Diagnostic::new(
                        Code::MissingPosition,
                        c.location.clone(),
                        format!(
                            "concept `{}` in ordered facet `{}` has no position",
                            c.id, facet.id
                        ),
                    )
                    .with_hint(format!(
                        "add `position: {next_free}` (or the place it takes on the scale)"
                    )),
                ),
                Some(p) => {
                    if let Some(other) = seen.insert(p.value, &c.id) {
                        out.push(
                            Diagnostic::new(Code::DuplicatePosition, p.location.clone(), format!("concept `{}` has position {}, which `{other}` already has", c.id, p.value))
                                .with_hint(format!("give each concept on the scale its own position; {next_free} is free")),
                        );
                    }
                }
            }
        }
    }
}

/// Versions, dates and URLs.
fn versions(taxonomy: &Taxonomy, out: &mut Vec<Diagnostic>) {
    let semver =
        |v: &Located<String>, what: &str, out: &mut Vec<Diagnostic>| match semver::Version::parse(
            &v.value,
        ) {
            Err(e) => out.push(
                Diagnostic::new(
                    Code::InvalidSemver,
                    v.location.clone(),
                    format!("{what} `{}` is not a semantic version: {e}", v.value),
                )
                .with_hint("write MAJOR.MINOR.PATCH, for example `1.0.0`"),
            ),
            Ok(parsed) if taxonomy.version_ok() && parsed > taxonomy.version => out.push(
                Diagnostic::new(
                    Code::VersionInFuture,
                    v.location.clone(),
                    format!(
                        "{what} `{}` is later than the taxonomy version {}",
                        v.value, taxonomy.version
                    ),
                )
                .with_hint(format!(
                    "use {} or earlier, or raise the taxonomy's `version`",
                    taxonomy.version
                )),
            ),
            Ok(_) => {}
        };
    if let Some(since) = taxonomy.definition().and_then(|d| d.since.as_ref()) {
        semver(since, "`since` of the definition", out);
    }
    for c in taxonomy.concepts() {
        if let Some(since) = &c.since {
            semver(since, &format!("`since` of concept `{}`", c.id), out);
        }
        if let Some(d) = &c.deprecated {
            semver(
                &d.since,
                &format!("deprecation version of concept `{}`", c.id),
                out,
            );
        }
    }
    for h in &taxonomy.history {
        let version = Located {
            value: h.version.clone(),
            location: h.location.clone(),
        };
        semver(&version, "history version", out);
        if !is_iso_date(&h.date) {
            out.push(
                Diagnostic::new(
                    Code::InvalidDate,
                    h.location.clone(),
                    format!("history entry {} has date `{}`", h.version, h.date),
                )
                .with_hint("write the date as YYYY-MM-DD"),
            );
        }
    }
    for s in &taxonomy.sources {
        if let Some(a) = &s.accessed
            && !is_iso_date(a)
        {
            out.push(
                Diagnostic::new(
                    Code::InvalidDate,
                    s.location.clone(),
                    format!("source `{}` has `accessed: {a}`", s.id),
                )
                .with_hint("write the date as YYYY-MM-DD"),
            );
        }
        if let Some(l) = &s.language
            && !is_language_tag(l)
        {
            out.push(
                Diagnostic::new(
                    Code::InvalidValue,
                    s.location.clone(),
                    format!("source `{}` has `language: {l}`", s.id),
                )
                .with_hint("write a language code such as `en` or `de`, or leave `language` out for a source in the taxonomy's first language"),
            );
        }
        if let Some(u) = &s.url {
            let ok = (u.starts_with("https://") || u.starts_with("http://"))
                && u.split_once("://").is_some_and(|(_, rest)| {
                    rest.split('/')
                        .next()
                        .is_some_and(|h| h.contains('.') && !h.contains(char::is_whitespace))
                })
                && !u.contains(char::is_whitespace);
            if !ok {
                out.push(
                    Diagnostic::new(
                        Code::InvalidUrl,
                        s.location.clone(),
                        format!("source `{}` has URL `{u}`", s.id),
                    )
                    .with_hint("write an absolute https:// URL, or leave `url` out"),
                );
            }
        }
    }
}

/// A BCP 47 language tag of the simple kind sources need: a two- or three-letter lower-case
/// language, then subtags of letters and digits (`en`, `nl`, `pt-BR`).
fn is_language_tag(tag: &str) -> bool {
    let mut parts = tag.split('-');
    let language = parts.next().unwrap_or("");
    (2..=3).contains(&language.len())
        && language.bytes().all(|b| b.is_ascii_lowercase())
        && parts.all(|p| (1..=8).contains(&p.len()) && p.bytes().all(|b| b.is_ascii_alphanumeric()))
}

/// The taxonomy's own metadata: a semantic version, and `nl` first with `en` among the
/// languages.
fn metadata(taxonomy: &Taxonomy, out: &mut Vec<Diagnostic>) {
    let version = &taxonomy.version_text;
    if let Err(e) = semver::Version::parse(&version.value)
        && !version.value.is_empty()
    {
        out.push(
            Diagnostic::new(
                Code::InvalidSemver,
                version.location.clone(),
                format!(
                    "taxonomy version `{}` is not a semantic version: {e}",
                    version.value
                ),
            )
            .with_hint("write MAJOR.MINOR.PATCH, for example `1.0.0`"),
        );
    }
    for h in &taxonomy.history {
        for id in &h.meaning_changed {
            if taxonomy.concept(&id.value).is_none() {
                out.push(
                    Diagnostic::new(
                        Code::UnknownHistoryConcept,
                        id.location.clone(),
                        format!(
                            "history entry `{}` says the meaning of `{}` changed, but there is no such concept",
                            h.version, id.value
                        ),
                    )
                    .with_hint(crate::lookup::nearest_id_hint(taxonomy, &id.value, None)),
                );
            }
        }
    }
    let languages = &taxonomy.languages;
    if languages.first().map(String::as_str) != Some("nl") || !languages.iter().any(|l| l == "en") {
        out.push(
            Diagnostic::new(
                Code::MissingLanguage,
                taxonomy.languages_at.clone(),
                format!(
                    "`languages` is [{}]; it must start with `nl` and include `en`",
                    languages.join(", ")
                ),
            )
            .with_hint("write `languages: [nl, en]`"),
        );
    }
}
