//! Checking records against a taxonomy: codes, facets, cardinality, rules, ids and dates.

use std::collections::HashMap;
use std::hash::{Hash, Hasher};
use std::sync::Arc;

use super::{FIELDS, Field, Record, STATUSES};
use jos_codes::suggest::nearest;
use jos_taxonomy::diagnostic::{Code, Diagnostic, Severity};
use jos_taxonomy::lookup::did_you_mean;
use jos_taxonomy::model::{Cardinality, Location, Taxonomy};

/// How strictly to check.
#[derive(Clone, Debug, Default)]
#[non_exhaustive]
pub struct CheckOptions {
    /// Treat deprecated codes as errors instead of warnings.
    pub strict: bool,
}

impl CheckOptions {
    /// Options with `strict` set as given.
    pub fn strict(strict: bool) -> Self {
        CheckOptions { strict }
    }
}

/// Checks records one at a time, remembering ids to find duplicates across records and files.
///
/// Memory grows by about 13 bytes per record id seen (a 64-bit hash of the id and where the
/// record is, packed), whatever the size of the records themselves, so checking a stream of a
/// million records stays well under 64 MB.
pub struct Checker<'t> {
    taxonomy: &'t Taxonomy,
    /// The taxonomy the current record is checked against: `taxonomy`, or the frozen release
    /// of the same taxonomy that the record names in `taxonomy_version`.
    active: &'t Taxonomy,
    /// The files already told that a newer release exists.
    noticed: Vec<Arc<str>>,
    options: CheckOptions,
    files: Vec<Arc<str>>,
    /// Hash of each id seen, split in two halves to keep an entry at 12 bytes, to a packed
    /// [`Seen`] position.
    seen: HashMap<[u32; 2], u32, rustc_hash::FxBuildHasher>,
    /// The findings for each code the taxonomy does not know, by (taxonomy, facet, code),
    /// computed once: finding the nearest codes is slow, and a spreadsheet repeats the same
    /// unknown code in many rows. At most [`UNKNOWN_CACHE`] entries.
    unknown: std::cell::RefCell<UnknownCache>,
}

/// The findings of unknown codes by (taxonomy address, facet, code).
type UnknownCache = HashMap<(usize, String, String), Vec<Diagnostic>, rustc_hash::FxBuildHasher>;

/// How many unknown codes [`Checker`] remembers the findings of.
const UNKNOWN_CACHE: usize = 4096;

/// Stands for the record's description in a remembered finding.
const WHAT: &str = "\u{1}record\u{1}";

/// Where a record with a given id was first seen, packed into 32 bits: the index of its file
/// (8 bits) and its line (24 bits). Positions that do not fit (a 257th file, a line past
/// 16,777,215) are remembered as "an earlier record", without the place.
struct Seen;

impl Seen {
    const LINE_BITS: u32 = 24;
    const UNKNOWN: u32 = 0;

    fn pack(file: usize, line: u32) -> u32 {
        match u32::try_from(file) {
            Ok(f) if f < 255 && line > 0 && line < 1 << Self::LINE_BITS => {
                (f + 1) << Self::LINE_BITS | line
            }
            _ => Self::UNKNOWN,
        }
    }

    fn unpack(packed: u32) -> Option<(usize, u32)> {
        (packed != Self::UNKNOWN).then(|| {
            (
                (packed >> Self::LINE_BITS) as usize - 1,
                packed & ((1 << Self::LINE_BITS) - 1),
            )
        })
    }
}

/// Checks a set of records against a taxonomy and returns every finding.
pub fn check(taxonomy: &Taxonomy, records: &[Record], options: &CheckOptions) -> Vec<Diagnostic> {
    let mut checker = Checker::new(taxonomy, options.clone());
    let mut out = Vec::new();
    for r in records {
        checker.check(r, &mut out);
    }
    out
}

impl<'t> Checker<'t> {
    /// A checker for records tagged with `taxonomy`.
    pub fn new(taxonomy: &'t Taxonomy, options: CheckOptions) -> Self {
        Checker {
            taxonomy,
            active: taxonomy,
            noticed: Vec::new(),
            options,
            files: Vec::new(),
            seen: HashMap::default(),
            unknown: std::cell::RefCell::new(HashMap::default()),
        }
    }

    /// Checks one record, appending its findings to `out`.
    ///
    /// A record that names an older frozen release of the same taxonomy in `taxonomy_version`
    /// is checked against that release: codes that were valid then are valid 1.0.0 data, and the
    /// file is told once (not once per record) that a newer release exists.
    pub fn check(&mut self, record: &Record, out: &mut Vec<Diagnostic>) {
        let what = record.describe();
        self.active = self.release_of(record).unwrap_or(self.taxonomy);
        self.id(record, out);
        if let Some(status) = &record.status
            && !STATUSES.contains(&status.value.as_str())
        {
            let hint = did_you_mean(
                &nearest(&status.value, STATUSES.iter().copied())
                    .into_iter()
                    .collect::<Vec<_>>(),
            )
            .unwrap_or_else(|| format!("use one of: {}", STATUSES.join(", ")));
            out.push(
                Diagnostic::new(
                    Code::InvalidValue,
                    status.location.clone(),
                    format!("{what} has status `{}`", status.value),
                )
                .with_hint(hint),
            );
        }
        dates(record, &what, out);
        self.version(record, &what, out);
        self.tags(record, &what, out);
        self.rules(record, &what, out);
        // A spreadsheet's headers are checked once, at their cells, by the reader
        // (`RecordReader::with_taxonomy`: `unknown-column`), not again on every row.
        if !record.location.is_spreadsheet() {
            self.extra(record, &what, out);
        }
    }

    fn id(&mut self, record: &Record, out: &mut Vec<Diagnostic>) {
        let Some(id) = &record.id else {
            out.push(
                Diagnostic::new(Code::MissingField, record.location.clone(), "a record has no `id`")
                    .with_hint("give every record a permanent id, for example `leeuwarden-school-als-werkplaats`"),
            );
            return;
        };
        // Ids are unique per coder: several coders' files of the same practices, checked
        // together, have the same ids on purpose.
        let mut h = std::collections::hash_map::DefaultHasher::new();
        id.value.hash(&mut h);
        record.coder.as_ref().map(|c| c.value.trim()).hash(&mut h);
        let file = match self.files.iter().position(|f| *f == id.location.file) {
            Some(i) => i,
            None => {
                self.files.push(id.location.file.clone());
                self.files.len() - 1
            }
        };
        let hash = h.finish();
        let key = [(hash >> 32) as u32, hash as u32];
        match self.seen.get(&key) {
            Some(&seen) => {
                let (first, other_file) = match Seen::unpack(seen) {
                    Some((f, line)) => (
                        format!(
                            "the record at {}",
                            Location::new(self.files[f].clone(), line, 1)
                        ),
                        f != file,
                    ),
                    None => ("an earlier record".to_owned(), false),
                };
                let coder = record
                    .coder
                    .as_ref()
                    .map_or(String::new(), |c| format!(" of coder `{}`", c.value.trim()));
                let hint = if other_file && record.coder.is_none() {
                    "give each practice its own id; if the files are different coders' coding of the same practices, give every record its `coder` (a `coder` column in CSV), and the same id in two coders' files is no duplicate"
                } else {
                    "give each practice its own id"
                };
                out.push(
                    Diagnostic::new(
                        Code::DuplicateRecordId,
                        id.location.clone(),
                        format!("record id `{}`{coder} is already used by {first}", id.value),
                    )
                    .with_hint(hint),
                );
            }
            None => {
                self.seen
                    .insert(key, Seen::pack(file, record.location.line));
            }
        }
    }

    /// The frozen release of this taxonomy that `record` was tagged against, when it is older
    /// than the taxonomy it is checked with.
    fn release_of(&self, record: &Record) -> Option<&'static Taxonomy> {
        let v = semver::Version::parse(record.taxonomy_version.as_ref()?.value.trim()).ok()?;
        if v >= *self.taxonomy.version() {
            return None;
        }
        Taxonomy::release(&v.to_string()).filter(|r| r.id() == self.taxonomy.id())
    }

    fn version(&mut self, record: &Record, what: &str, out: &mut Vec<Diagnostic>) {
        let Some(v) = &record.taxonomy_version else {
            return;
        };
        if !std::ptr::eq(self.active, self.taxonomy) {
            let file = record.location.file.clone();
            if !self.noticed.contains(&file) {
                self.noticed.push(file.clone());
                let newer = self.taxonomy.version();
                let released = Taxonomy::release(&newer.to_string()).is_some();
                let (what_newer, hint) = if released {
                    (
                        format!("release {newer} is newer"),
                        format!("`jos migrate {file}` updates its codes and versions to {newer}"),
                    )
                } else {
                    (
                        format!("the taxonomy you check with ({newer}, not released) is newer"),
                        format!(
                            "`jos migrate {file} --to {newer}` with the `--taxonomy` you checked with updates its codes and versions"
                        ),
                    )
                };
                out.push(
                    Diagnostic::new(
                        Code::TaxonomyVersionMismatch,
                        v.location.clone(),
                        format!(
                            "`{file}` is tagged against release {}, and its records are checked against that release; {what_newer}",
                            self.active.version(),
                        ),
                    )
                    .with_hint(hint),
                );
            }
            return;
        }
        match semver::Version::parse(&v.value) {
            Err(_) => out.push(
                Diagnostic::new(
                    Code::InvalidSemver,
                    v.location.clone(),
                    format!("{what} has taxonomy_version `{}`", v.value),
                )
                .with_hint(format!(
                    "write the version the record was tagged against, for example `{}`",
                    self.taxonomy.version()
                )),
            ),
            Ok(version) if version != *self.taxonomy.version() => out.push(
                Diagnostic::new(
                    Code::TaxonomyVersionMismatch,
                    v.location.clone(),
                    format!(
                        "{what} was tagged against taxonomy {version}, but is checked against {}",
                        self.taxonomy.version()
                    ),
                )
                .with_hint(format!(
                    "run `jos migrate FILE --to {}` to update its codes and version",
                    self.taxonomy.version()
                )),
            ),
            Ok(_) => {}
        }
    }

    fn tags(&self, record: &Record, what: &str, out: &mut Vec<Diagnostic>) {
        let t = self.active;
        for tags in &record.tags {
            if let Some(f) = t.facet(&tags.facet.value).filter(|f| !f.is_taggable()) {
                out.push(
                    Diagnostic::new(
                        Code::NotATag,
                        tags.facet.location.clone(),
                        format!(
                            "{what} tags `{}`, the begrippen part, which holds terms, not tags",
                            f.id
                        ),
                    )
                    .with_hint("tag the facet concepts the terms explain (see `jos lookup TERM`), or move the text to `notes`"),
                );
                continue;
            }
            let Some(facet) = t.facet(&tags.facet.value) else {
                let hint = match t.concept(&tags.facet.value) {
                    Some(c) => format!(
                        "`{}` is a concept of facet `{}`; write it under `{}`",
                        c.id, c.facet, c.facet
                    ),
                    None => did_you_mean(
                        &nearest(&tags.facet.value, t.facets().iter().map(|f| f.id.as_str()))
                            .into_iter()
                            .collect::<Vec<_>>(),
                    )
                    .unwrap_or_else(|| {
                        format!(
                            "facets are: {}",
                            t.facets()
                                .iter()
                                .map(|f| f.id.as_str())
                                .collect::<Vec<_>>()
                                .join(", ")
                        )
                    }),
                };
                out.push(
                    Diagnostic::new(
                        Code::UnknownFacet,
                        tags.facet.location.clone(),
                        format!("{what} tags unknown facet `{}`", tags.facet.value),
                    )
                    .with_hint(hint),
                );
                continue;
            };
            if tags.codes.len() > 1
                && let Some(unknown) = tags.codes.iter().find(|c| c.value == super::UNKNOWN)
            {
                out.push(
                    Diagnostic::new(
                        Code::InvalidValue,
                        unknown.location.clone(),
                        format!(
                            "{what} gives both `?` and codes in facet `{}`; `?` says the sources do not say",
                            facet.id
                        ),
                    )
                    .with_hint("remove `?`, or the codes"),
                );
            }
            let mut seen: Vec<&str> = Vec::new();
            for code in tags.codes.iter().filter(|c| c.value != super::UNKNOWN) {
                if seen.contains(&code.value.as_str()) {
                    out.push(
                        Diagnostic::new(
                            Code::DuplicateCode,
                            code.location.clone(),
                            format!("{what} lists `{}` twice under `{}`", code.value, facet.id),
                        )
                        .with_hint("remove one"),
                    );
                    continue;
                }
                seen.push(&code.value);
                self.code(code, &facet.id, what, out);
            }
            if facet.cardinality == Cardinality::Single && seen.len() > 1 {
                out.push(
                    Diagnostic::new(Code::TooManyCodes, tags.codes[1].location.clone(), format!("{what} has {} codes in facet `{}`, which allows one: {}", seen.len(), facet.id, seen.join(", ")))
                        .with_hint(format!("keep the one that fits best (see the definition of facet `{}`), and explain the choice in `notes`", facet.id)),
                );
            }
        }
        for facet in t.facets().iter().filter(|f| f.required) {
            if !record.has_facet(&facet.id) {
                out.push(
                    Diagnostic::new(Code::MissingFacet, record.location.clone(), format!("{what} does not tag required facet `{}`", facet.id))
                        .with_hint(format!("add `{}:` under `tags`; if the sources do not say, write `{}: []` (in CSV: `?`) and explain in `notes`", facet.id, facet.id)),
                );
            }
        }
    }

    /// The findings for one code: computed, or for a code the taxonomy does not know, taken
    /// from the ones computed at its first use (with this record and position).
    fn code(&self, code: &Field, facet: &str, what: &str, out: &mut Vec<Diagnostic>) {
        if self.active.concept(&code.value).is_some() {
            return self.code_findings(code, facet, what, out);
        }
        let key = (
            std::ptr::from_ref(self.active) as usize,
            facet.to_owned(),
            code.value.clone(),
        );
        let mut cache = self.unknown.borrow_mut();
        let found = match cache.get(&key) {
            Some(found) => found.clone(),
            None => {
                let mut found = Vec::new();
                self.code_findings(code, facet, WHAT, &mut found);
                if cache.len() >= UNKNOWN_CACHE {
                    cache.clear();
                }
                cache.insert(key, found.clone());
                found
            }
        };
        let at = &code.location;
        out.extend(found.into_iter().map(|mut d| {
            d.message = d.message.replace(WHAT, what);
            d.hint = d.hint.map(|h| h.replace(WHAT, what));
            d.file = at.file.to_string();
            (d.line, d.column) = (at.line, at.column);
            d
        }));
    }

    fn code_findings(&self, code: &Field, facet: &str, what: &str, out: &mut Vec<Diagnostic>) {
        let t = self.active;
        match t.concept(&code.value) {
            None => {
                // A label, synonym or abbreviation written where the id belongs.
                let exact = written_name(t, &code.value);
                if let Some(m) = exact.as_ref().filter(|m| !taggable(t, m.concept)) {
                    out.push(not_a_tag(t, m.concept, code, facet, what));
                    return;
                }
                if let Some(m) = exact {
                    let place = if m.concept.facet == facet {
                        String::new()
                    } else {
                        format!(", a code of facet `{}`", m.concept.facet)
                    };
                    out.push(
                        Diagnostic::new(
                            Code::UnknownCode,
                            code.location.clone(),
                            format!(
                                "{what} uses `{}` in facet `{facet}`, which is a label, not a code",
                                code.value
                            ),
                        )
                        .with_hint(format!("write the id `{}`{place}", m.concept.id)),
                    );
                    return;
                }
                if let Some(d) = written_unknown(code, facet, what) {
                    out.push(d);
                    return;
                }
                if let Some(d) = wrong_separator(t, code, facet, what) {
                    out.push(d);
                    return;
                }
                // A code in another case or with spaces for hyphens (`Mbo`, `so cluster 4`).
                if let Some(m) = t
                    .lookup(&code.value)
                    .into_iter()
                    .find(|m| m.kind == jos_taxonomy::lookup::MatchKind::Id)
                {
                    out.push(
                        Diagnostic::new(
                            Code::UnknownCode,
                            code.location.clone(),
                            format!(
                                "{what} uses `{}` in facet `{facet}`, which is the code `{}` written differently",
                                code.value, m.concept.id
                            ),
                        )
                        .with_hint(format!(
                            "write `{}`: codes are written in lower case with hyphens",
                            m.concept.id
                        )),
                    );
                    return;
                }
                let mut near = t.suggest(&code.value, Some(facet));
                if near.is_empty() {
                    near = t.suggest(&code.value, None);
                    near.retain(|id| t.concept(id).is_some_and(|c| taggable(t, c)));
                }
                let hint = did_you_mean(&near)
                    .unwrap_or_else(|| format!("search with `jos lookup \"{}\"`", code.value));
                out.push(
                    Diagnostic::new(
                        Code::UnknownCode,
                        code.location.clone(),
                        format!(
                            "{what} uses unknown code `{}` in facet `{facet}`",
                            code.value
                        ),
                    )
                    .with_hint(hint),
                );
            }
            Some(c) if !taggable(t, c) => out.push(not_a_tag(t, c, code, facet, what)),
            Some(c) if c.facet != facet => out.push(
                Diagnostic::new(
                    Code::CodeInWrongFacet,
                    code.location.clone(),
                    format!(
                        "{what} lists `{}` under `{facet}`, but it is a code of facet `{}`",
                        c.id, c.facet
                    ),
                )
                .with_hint(format!("move it under `{}`", c.facet)),
            ),
            Some(c) => {
                if let Some(d) = &c.deprecated {
                    let severity = if self.options.strict {
                        Severity::Error
                    } else {
                        Severity::Warning
                    };
                    out.push(
                        Diagnostic::new(
                            Code::DeprecatedCode,
                            code.location.clone(),
                            format!("{what} uses `{}`, deprecated since {}", c.id, d.since.value),
                        )
                        .with_hint(replacement_hint(t, c, d))
                        .with_severity(severity),
                    );
                }
            }
        }
    }

    fn rules(&self, record: &Record, what: &str, out: &mut Vec<Diagnostic>) {
        let t = self.active;
        for rule in t.rules() {
            // The rule applies when the record carries any `when` code (or a narrower one).
            let trigger = rule.when.iter().find_map(|clause| {
                record
                    .codes(&clause.facet.value)
                    .find(|code| clause.codes.iter().any(|c| is_or_under(t, code, &c.value)))
            });
            let Some(trigger) = trigger else { continue };
            for clause in &rule.then {
                // Unknown codes are reported on their own; the rule judges only known ones.
                let codes: Vec<&str> = record
                    .codes(&clause.facet.value)
                    .filter(|c| t.concept(c).is_some())
                    .collect();
                if codes.is_empty()
                    || codes
                        .iter()
                        .any(|code| clause.codes.iter().any(|c| is_or_under(t, code, &c.value)))
                {
                    continue;
                }
                let at = record
                    .tags
                    .iter()
                    .find(|tags| tags.facet.value == clause.facet.value)
                    .and_then(|tags| tags.codes.first())
                    .map_or_else(|| record.location.clone(), |f| f.location.clone());
                let expected: Vec<&str> = clause.codes.iter().map(|c| c.value.as_str()).collect();
                out.push(
                    Diagnostic::new(
                        Code::RuleViolation,
                        at,
                        format!(
                            "{what} combines `{trigger}` with {} `{}`: {}",
                            clause.facet.value,
                            codes.join("`, `"),
                            rule.message.best(jos_taxonomy::Lang::En)
                        ),
                    )
                    .with_hint(format!(
                        "rule `{}`: with `{trigger}`, facet `{}` needs one of {}",
                        rule.id,
                        clause.facet.value,
                        expected.join(", ")
                    )),
                );
            }
        }
    }

    fn extra(&self, record: &Record, what: &str, out: &mut Vec<Diagnostic>) {
        let known: Vec<&str> = FIELDS
            .iter()
            .copied()
            .chain(self.active.facets().iter().map(|f| f.id.as_str()))
            .collect();
        for (key, _) in &record.extra {
            if let Some(hint) = jos_codes::suggest::hint(key, known.iter().copied()) {
                out.push(
                    Diagnostic::new(
                        Code::SuspiciousField,
                        record.location.clone(),
                        format!("{what} has field `{key}`, which is kept but not read"),
                    )
                    .with_hint(hint),
                );
            }
        }
    }
}

/// Whether `code` is `ancestor` or lies under it in the hierarchy.
fn is_or_under(t: &Taxonomy, code: &str, ancestor: &str) -> bool {
    let mut current = code;
    for _ in 0..64 {
        if current == ancestor {
            return true;
        }
        match t.concept(current).and_then(|c| c.broader.as_ref()) {
            Some(b) => current = &b.value,
            None => return false,
        }
    }
    false
}

/// A record date: `YYYY`, `YYYY-MM` or `YYYY-MM-DD`, as (year, month, day) with 0 for missing parts.
fn parse_date(s: &str) -> Option<(u32, u32, u32)> {
    let parts: Vec<&str> = s.split('-').collect();
    let num = |p: &str, len: usize| {
        (p.len() == len && p.bytes().all(|b| b.is_ascii_digit()))
            .then(|| p.parse::<u32>().ok())
            .flatten()
    };
    match parts.as_slice() {
        [y] => Some((num(y, 4)?, 0, 0)),
        [y, m] => {
            let m = num(m, 2)?;
            (1..=12).contains(&m).then_some((num(y, 4)?, m, 0))
        }
        [_, _, _] => jos_taxonomy::text::is_iso_date(s).then(|| {
            (
                num(parts[0], 4).unwrap_or(0),
                num(parts[1], 2).unwrap_or(0),
                num(parts[2], 2).unwrap_or(0),
            )
        }),
        _ => None,
    }
}

/// A date in a form Dutch spreadsheets write (`01-09-2021`, `1/9/2021`, `1.9.2021`, `09-2021`)
/// as the ISO date it stands for, day first, when it is a real date.
pub(crate) fn iso_from_dutch(s: &str) -> Option<String> {
    let parts: Vec<&str> = s.trim().split(['-', '/', '.']).collect();
    let num = |p: &str| {
        (!p.is_empty() && p.len() <= 4 && p.bytes().all(|b| b.is_ascii_digit()))
            .then(|| p.parse::<u32>().ok())
            .flatten()
    };
    let iso = match parts.as_slice() {
        [d, m, y] if y.len() == 4 && d.len() <= 2 && m.len() <= 2 => {
            format!("{:04}-{:02}-{:02}", num(y)?, num(m)?, num(d)?)
        }
        [m, y] if y.len() == 4 && m.len() <= 2 => {
            let (m, y) = (num(m)?, num(y)?);
            return (1..=12).contains(&m).then(|| format!("{y:04}-{m:02}"));
        }
        _ => return None,
    };
    jos_taxonomy::text::is_iso_date(&iso).then_some(iso)
}

fn dates(record: &Record, what: &str, out: &mut Vec<Diagnostic>) {
    let mut parsed = [None, None];
    for (i, (name, field)) in [("start", &record.start), ("end", &record.end)]
        .into_iter()
        .enumerate()
    {
        let Some(f) = field else { continue };
        match parse_date(&f.value) {
            Some(d) => parsed[i] = Some(d),
            None => out.push(
                Diagnostic::new(
                    Code::ImpossibleDate,
                    f.location.clone(),
                    format!("{what} has {name} date `{}`", f.value),
                )
                .with_hint(match iso_from_dutch(&f.value) {
                    Some(iso) => format!(
                        "write `{iso}`: dates are YYYY-MM-DD (this one read as {})",
                        if iso.len() == 7 {
                            "month, year"
                        } else {
                            "day, month, year"
                        }
                    ),
                    None => "write YYYY, YYYY-MM or YYYY-MM-DD, for example 2019-08 or 2019-08-26"
                        .to_owned(),
                }),
            ),
        }
    }
    if let ([Some(s), Some(e)], Some(end)) = (parsed, &record.end) {
        // Compare at the precision both dates have.
        let cut = |d: (u32, u32, u32), m: bool, day: bool| {
            (d.0, if m { d.1 } else { 0 }, if day { d.2 } else { 0 })
        };
        let (m, day) = (s.1 > 0 && e.1 > 0, s.2 > 0 && e.2 > 0);
        if cut(e, m, day) < cut(s, m, day) {
            out.push(
                Diagnostic::new(
                    Code::ImpossibleDate,
                    end.location.clone(),
                    format!(
                        "{what} ends ({}) before it starts ({})",
                        end.value,
                        record.start.as_ref().map_or("", |f| f.value.as_str())
                    ),
                )
                .with_hint("swap the dates, or correct the one that is wrong"),
            );
        }
    }
}

/// The concept whose label, synonym or abbreviation `text` is exactly (a name written where
/// the id belongs).
fn written_name<'t>(t: &'t Taxonomy, text: &str) -> Option<jos_taxonomy::lookup::Match<'t>> {
    t.lookup(text).into_iter().find(|m| {
        matches!(
            m.kind,
            jos_taxonomy::lookup::MatchKind::Label
                | jos_taxonomy::lookup::MatchKind::AltLabel
                | jos_taxonomy::lookup::MatchKind::Abbreviation
        )
    })
}

/// The words people write for "not known" or "does not apply" where `?` belongs.
pub(crate) const UNKNOWN_WORDS: &[&str] = &[
    "onbekend",
    "niet bekend",
    "weet niet",
    "unknown",
    "not known",
    "n.v.t.",
    "n.v.t",
    "nvt",
    "niet van toepassing",
    "n/a",
    "not applicable",
    "-",
    "--",
];

/// `onbekend`, `n.v.t.`, `-` and the like, steered to `?`.
fn written_unknown(code: &Field, facet: &str, what: &str) -> Option<Diagnostic> {
    let word = code.value.trim().to_lowercase();
    UNKNOWN_WORDS.contains(&word.as_str()).then(|| {
        Diagnostic::new(
            Code::UnknownCode,
            code.location.clone(),
            format!(
                "{what} writes `{}` in facet `{facet}`, which is not a code",
                code.value
            ),
        )
        .with_hint(format!(
            "write `?` (in YAML and JSON `{facet}: []`) when the sources do not say, and say why in `notes`; a facet that does not apply is `?` with the reason in `notes` too"
        ))
    })
}

/// Several codes in one cell separated by `,` or `/` instead of `;`: the cell with `;`, each
/// part as its id where it is a label, when at least one part is a code.
fn wrong_separator(t: &Taxonomy, code: &Field, facet: &str, what: &str) -> Option<Diagnostic> {
    let value = code.value.as_str();
    let separator = [',', '/'].into_iter().find(|c| value.contains(*c))?;
    let parts: Vec<&str> = value
        .split([',', '/'])
        .map(str::trim)
        .filter(|p| !p.is_empty())
        .collect();
    if parts.len() < 2 {
        return None;
    }
    let id = |p: &str| -> Option<String> {
        if t.concept(p).is_some() {
            return Some(p.to_owned());
        }
        written_name(t, p)
            .or_else(|| {
                t.lookup(p)
                    .into_iter()
                    .find(|m| m.kind == jos_taxonomy::lookup::MatchKind::Id)
            })
            .map(|m| m.concept.id.clone())
    };
    let ids: Vec<Option<String>> = parts.iter().map(|p| id(p)).collect();
    if ids.iter().all(Option::is_none) {
        return None;
    }
    let fixed: Vec<String> = parts
        .iter()
        .zip(&ids)
        .map(|(p, id)| id.clone().unwrap_or_else(|| (*p).to_owned()))
        .collect();
    Some(
        Diagnostic::new(
            Code::UnknownCode,
            code.location.clone(),
            format!(
                "{what} uses `{value}` in facet `{facet}`: several codes separated by `{separator}`"
            ),
        )
        .with_hint(format!("separate codes with `;`: `{}`", fixed.join(";"))),
    )
}

/// Whether records may carry the concept (it is not a term of the begrippen part).
fn taggable(t: &Taxonomy, c: &jos_taxonomy::Concept) -> bool {
    t.facet(&c.facet).is_none_or(|f| f.is_taggable())
}

/// The finding for a term of the begrippen part used as a code, naming what it explains.
fn not_a_tag(
    t: &Taxonomy,
    term: &jos_taxonomy::Concept,
    code: &Field,
    facet: &str,
    what: &str,
) -> Diagnostic {
    let explains: Vec<String> = term
        .related
        .iter()
        .filter(|r| r.kind.value == "explains")
        .filter_map(|r| t.concept(&r.target.value))
        .filter(|c| taggable(t, c))
        .map(|c| format!("`{}` ({})", c.id, c.facet))
        .collect();
    let hint = if explains.is_empty() {
        format!(
            "terms explain the policy and legal context; describe it in `notes`, or search a tag with `jos lookup \"{}\"`",
            code.value
        )
    } else {
        format!(
            "it explains {}; tag one of those if it fits",
            explains.join(", ")
        )
    };
    Diagnostic::new(
        Code::NotATag,
        code.location.clone(),
        format!(
            "{what} uses `{}` in facet `{facet}`, but `{}` is a term of the begrippen part, not a tag",
            code.value, term.id
        ),
    )
    .with_hint(hint)
}

/// How to replace a deprecated code: per facet, the replacements, and whether migration writes
/// them or a person chooses.
fn replacement_hint(
    t: &Taxonomy,
    c: &jos_taxonomy::Concept,
    d: &jos_taxonomy::Deprecation,
) -> String {
    let groups = t.replacements_by_facet(d);
    let split = !d.together && groups.iter().any(|(_, l)| l.len() > 1);
    let parts: Vec<String> = groups
        .iter()
        .map(|(f, list)| {
            let codes: Vec<String> = list.iter().map(|b| format!("`{b}`")).collect();
            let codes = codes.join(if split { " or " } else { " and " });
            if *f == c.facet {
                format!("replace it with {codes}")
            } else {
                format!("add {codes} under `{f}`")
            }
        })
        .collect();
    let mut hint = parts.join("; ");
    if !groups.iter().any(|(f, _)| *f == c.facet) {
        hint.push_str(&format!("; remove it from `{}`", c.facet));
    }
    if split {
        hint.push_str(" (a person chooses: the concept was split)");
    } else {
        hint.push_str(" (`jos migrate` does this)");
    }
    hint
}

#[cfg(test)]
mod tests {
    use super::Seen;

    #[test]
    fn positions_pack_into_32_bits_or_fall_back_to_an_earlier_record() {
        assert_eq!(Seen::unpack(Seen::pack(0, 1)), Some((0, 1)));
        assert_eq!(
            Seen::unpack(Seen::pack(254, 16_777_215)),
            Some((254, 16_777_215))
        );
        assert_eq!(Seen::unpack(Seen::pack(255, 7)), None);
        assert_eq!(Seen::unpack(Seen::pack(3, 16_777_216)), None);
        assert_eq!(Seen::unpack(Seen::pack(3, 0)), None);
    }
}
