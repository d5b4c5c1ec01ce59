//! Loading a taxonomy: files -> YAML -> model, collecting every problem as a [`Diagnostic`].
//!
//! A taxonomy is a directory (`taxonomy.yaml` plus `facets/<id>.yaml`) or a single YAML text
//! whose `facets` are written inline. Both go through the same lowering and the same checks.

pub(crate) mod raw;

use std::collections::BTreeMap;
use std::fmt;
use std::io::Read;
use std::path::{Path, PathBuf};
use std::sync::Arc;

use crate::check;
use crate::diagnostic::{self, Code, Diagnostic};
use crate::lang::{Text, TextLists, Texts};
use crate::model::{
    Cardinality, Concept, Deprecation, Facet, HistoryEntry, Located, Location, Relation,
    RelationKind, Rule, RuleClause, Source, Taxonomy,
};
use crate::yaml::{self, MAX_FILE_BYTES, Spanned};
use raw::{RawConcept, RawFacet, RawFacetEntry, RawSource, RawTaxonomy, RawTextLists, RawTexts};

/// Everything a load found: the diagnostics, and the source texts they point into.
///
/// It is also the error type of [`Taxonomy::load`]: its `Display` lists every error.
#[derive(Clone, Debug, Default)]
pub struct Report {
    /// Every finding, sorted by file, line and column.
    pub diagnostics: Vec<Diagnostic>,
    sources: BTreeMap<String, Arc<str>>,
}

impl Report {
    /// Whether any finding is an error.
    pub fn has_errors(&self) -> bool {
        self.diagnostics.iter().any(Diagnostic::is_error)
    }

    /// The findings that are errors.
    pub fn errors(&self) -> impl Iterator<Item = &Diagnostic> {
        self.diagnostics.iter().filter(|d| d.is_error())
    }

    /// The text of a file that was read, to show the lines a diagnostic points at.
    pub fn source(&self, file: &str) -> Option<&str> {
        self.sources.get(file).map(|s| &**s)
    }

    /// Whether any finding is an I/O problem (a missing or unreadable file), which callers may
    /// want to treat as a usage error rather than a finding.
    pub fn has_io_errors(&self) -> bool {
        self.diagnostics.iter().any(|d| d.code == Code::Io)
    }

    pub(crate) fn add_source(&mut self, file: &str, text: Arc<str>) {
        self.sources.insert(file.to_owned(), text);
    }

    fn finish(&mut self) {
        diagnostic::sort(&mut self.diagnostics);
        self.diagnostics.dedup();
    }
}

impl fmt::Display for Report {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let errors = self.errors().count();
        write!(
            f,
            "the taxonomy has {errors} error{}",
            if errors == 1 { "" } else { "s" }
        )?;
        for d in self.errors() {
            write!(f, "\n{d}")?;
        }
        Ok(())
    }
}

impl std::error::Error for Report {}

/// The outcome of loading and checking: a taxonomy when it could be built, and the report.
///
/// Unlike [`Taxonomy::load`], this keeps the warnings and returns the (possibly invalid)
/// taxonomy for tools that want to show it anyway.
#[derive(Debug)]
#[non_exhaustive]
pub struct Loaded {
    /// The taxonomy, if the files could be read and parsed (it may still have errors).
    pub taxonomy: Option<Taxonomy>,
    /// Every finding.
    pub report: Report,
}

/// Where taxonomy files come from: a directory on disk.
trait Files {
    /// The name a file is reported under.
    fn display(&self, rel: &str) -> String;
    /// Reads a file as UTF-8 text.
    fn read(&self, rel: &str) -> Result<String, Diagnostic>;
    /// The names (without `.yaml`) of the files in `facets/`.
    fn facet_files(&self) -> Vec<String>;
}

struct Dir(PathBuf);

impl Files for Dir {
    fn display(&self, rel: &str) -> String {
        self.0.join(rel).display().to_string()
    }

    fn read(&self, rel: &str) -> Result<String, Diagnostic> {
        let path = self.0.join(rel);
        read_text_file(&path).map_err(|d| missing_taxonomy_hint(&path, d))
    }

    fn facet_files(&self) -> Vec<String> {
        let mut names: Vec<String> = std::fs::read_dir(self.0.join("facets"))
            .into_iter()
            .flatten()
            .flatten()
            .filter_map(|e| {
                e.file_name()
                    .to_str()?
                    .strip_suffix(".yaml")
                    .map(str::to_owned)
            })
            .collect();
        names.sort();
        names
    }
}

/// Reads a UTF-8 text file with a size limit, reporting every failure as a located diagnostic.
///
/// Used for taxonomy files and research-record files alike.
pub fn read_text_file(path: &Path) -> Result<String, Diagnostic> {
    let name = path.display().to_string();
    let io = |what: String, hint: &str| {
        Diagnostic::new(Code::Io, Location::file(name.as_str()), what).with_hint(hint)
    };
    let meta = std::fs::metadata(path).map_err(|e| {
        io(
            format!("cannot read `{name}`: {}", io_reason(&e)),
            "check the path (relative to the current directory) and the spelling of the file name",
        )
    })?;
    if meta.is_dir() {
        return Err(io(
            format!("`{name}` is a directory, but a file is expected here"),
            "point at the file, or remove the directory that has a file's name",
        ));
    }
    if meta.len() > MAX_FILE_BYTES {
        return Err(Diagnostic::new(
            Code::FileTooLarge,
            Location::file(name.as_str()),
            format!(
                "`{name}` is {} bytes; the limit is {} bytes ({} MiB)",
                meta.len(),
                MAX_FILE_BYTES,
                MAX_FILE_BYTES / 1024 / 1024
            ),
        )
        .with_hint(
            "split the content over several files; large record sets stream from JSON Lines or CSV, which have no size limit",
        ));
    }
    let mut bytes = Vec::with_capacity(meta.len() as usize);
    std::fs::File::open(path)
        .and_then(|f| f.take(MAX_FILE_BYTES + 1).read_to_end(&mut bytes))
        .map_err(|e| {
            io(
                format!("cannot read `{name}`: {}", io_reason(&e)),
                "check the file's permissions",
            )
        })?;
    if bytes.len() as u64 > MAX_FILE_BYTES {
        return Err(Diagnostic::new(
            Code::FileTooLarge,
            Location::file(name.as_str()),
            format!("`{name}` grew beyond {MAX_FILE_BYTES} bytes while being read"),
        ));
    }
    String::from_utf8(bytes).map_err(|e| {
        let valid = &e.as_bytes()[..e.utf8_error().valid_up_to()];
        // Safe: the prefix up to valid_up_to is valid UTF-8 by definition.
        let prefix = std::str::from_utf8(valid).unwrap_or_default();
        let line = prefix.matches('\n').count() as u32 + 1;
        let column = prefix.rsplit('\n').next().map_or(0, |l| l.chars().count()) as u32 + 1;
        Diagnostic::new(
            Code::InvalidUtf8,
            Location::new(name.as_str(), line, column),
            format!("`{name}` is not valid UTF-8 (byte offset {})", valid.len()),
        )
        .with_hint("save the file as UTF-8 (in most editors: \"Save with encoding\" -> UTF-8)")
    })
}

fn io_reason(e: &std::io::Error) -> String {
    match e.kind() {
        std::io::ErrorKind::NotFound => "no such file or directory".to_owned(),
        std::io::ErrorKind::PermissionDenied => "permission denied".to_owned(),
        _ => e.to_string(),
    }
}

/// A taxonomy file that does not exist gets a hint about the taxonomy's layout.
fn missing_taxonomy_hint(path: &Path, d: Diagnostic) -> Diagnostic {
    if path.exists() {
        d
    } else {
        d.with_hint(
            "check the path; a taxonomy is a directory with taxonomy.yaml and facets/<id>.yaml, or one YAML file with the facets inline",
        )
    }
}

/// Loads and checks the taxonomy in directory `dir`, keeping every finding.
pub fn load_dir(dir: &Path) -> Loaded {
    load_with(&Dir(dir.to_path_buf()))
}

/// Loads and checks a taxonomy from a path: a directory (`taxonomy.yaml` plus `facets/`) or a
/// single YAML file with the facets inline.
pub fn load_path(path: &Path) -> Loaded {
    if path.is_dir() {
        return load_dir(path);
    }
    match read_text_file(path) {
        Ok(text) => load_str(&path.display().to_string(), &text),
        Err(d) => {
            let d = missing_taxonomy_hint(path, d);
            let mut report = Report::default();
            report.diagnostics.push(d);
            Loaded {
                taxonomy: None,
                report,
            }
        }
    }
}

/// Loads and checks a taxonomy written as one YAML text with inline facets.
/// `name` is the file name diagnostics are reported under.
pub fn load_str(name: &str, text: &str) -> Loaded {
    let mut report = Report::default();
    let file: Arc<str> = Arc::from(name);
    report.add_source(name, Arc::from(text));
    let taxonomy = match yaml::parse::<RawTaxonomy>(&file, text) {
        Ok(raw) => {
            let mut lower = Lower::new(&mut report);
            Some(lower.taxonomy(&file, raw, None))
        }
        Err(d) => {
            report.diagnostics.push(d);
            None
        }
    };
    finish(taxonomy, report)
}

fn load_with(files: &dyn Files) -> Loaded {
    let mut report = Report::default();
    let main_name = files.display("taxonomy.yaml");
    let file: Arc<str> = Arc::from(main_name.as_str());
    let text = match files.read("taxonomy.yaml") {
        Ok(t) => t,
        Err(d) => {
            report.diagnostics.push(d);
            return finish(None, report);
        }
    };
    report.add_source(&main_name, Arc::from(text.as_str()));
    let raw = match yaml::parse::<RawTaxonomy>(&file, &text) {
        Ok(raw) => raw,
        Err(d) => {
            report.diagnostics.push(d);
            return finish(None, report);
        }
    };
    let mut lower = Lower::new(&mut report);
    let taxonomy = lower.taxonomy(&file, raw, Some(files));
    finish(Some(taxonomy), report)
}

fn finish(taxonomy: Option<Taxonomy>, mut report: Report) -> Loaded {
    if let Some(t) = &taxonomy {
        report.diagnostics.extend(check::check(t));
    }
    report.finish();
    Loaded { taxonomy, report }
}

/// Turns raw YAML structures into the model, reporting missing fields.
struct Lower<'r> {
    report: &'r mut Report,
}

impl<'r> Lower<'r> {
    fn new(report: &'r mut Report) -> Self {
        Lower { report }
    }

    fn missing(&mut self, at: &Location, field: &str, what: &str) {
        self.report.diagnostics.push(
            Diagnostic::new(
                Code::MissingField,
                at.clone(),
                format!("{what} has no `{field}`"),
            )
            .with_hint(format!("add `{field}:` (see docs/taxonomy-format.md)")),
        );
    }

    fn string(
        &mut self,
        file: &Arc<str>,
        v: Option<Spanned<String>>,
        at: &Location,
        field: &str,
        what: &str,
    ) -> Located<String> {
        match v {
            Some(s) => Located {
                location: yaml::location(file, &s),
                value: s.value,
            },
            None => {
                self.missing(at, field, what);
                Located {
                    value: String::new(),
                    location: at.clone(),
                }
            }
        }
    }

    fn taxonomy(
        &mut self,
        file: &Arc<str>,
        raw: RawTaxonomy,
        files: Option<&dyn Files>,
    ) -> Taxonomy {
        let at = Location::new(file.clone(), 1, 1);
        let what = "the taxonomy";
        let id = self.string(file, raw.id, &at, "id", what);
        let version_text = self.string(file, raw.version, &at, "version", what);
        let version = match semver::Version::parse(&version_text.value) {
            Ok(v) => (v, true),
            Err(e) => {
                if !version_text.value.is_empty() {
                    self.report.diagnostics.push(
                        Diagnostic::new(
                            Code::InvalidSemver,
                            version_text.location.clone(),
                            format!(
                                "taxonomy version `{}` is not a semantic version: {e}",
                                version_text.value
                            ),
                        )
                        .with_hint("write MAJOR.MINOR.PATCH, for example `1.0.0`"),
                    );
                }
                (semver::Version::new(0, 0, 0), false)
            }
        };
        let (version, version_ok) = version;
        let title = match raw.title {
            Some(t) => texts(file, t),
            None => {
                self.missing(&at, "title", what);
                Texts::default()
            }
        };
        let languages = match raw.languages {
            Some(l) => l,
            None => {
                self.missing(&at, "languages", what);
                Vec::new()
            }
        };
        let languages_loc = languages
            .first()
            .map(|l| yaml::location(file, l))
            .unwrap_or_else(|| at.clone());
        let languages: Vec<String> = languages.into_iter().map(|l| l.value).collect();
        if languages.first().map(String::as_str) != Some("nl")
            || !languages.iter().any(|l| l == "en")
        {
            self.report.diagnostics.push(
                Diagnostic::new(
                    Code::MissingLanguage,
                    languages_loc,
                    format!(
                        "`languages` is [{}]; it must start with `nl` and include `en`",
                        languages.join(", ")
                    ),
                )
                .with_hint("write `languages: [nl, en]`"),
            );
        }
        let licence = self.string(file, raw.licence, &at, "licence", what).value;
        let publisher = self
            .string(file, raw.publisher, &at, "publisher", what)
            .value;
        let relation_kinds = raw
            .relation_kinds
            .into_iter()
            .map(|k| {
                let loc = yaml::location(file, &k);
                let k = k.value;
                let id = self.string(file, k.id, &loc, "id", "a relation kind");
                let label = match k.label {
                    Some(l) => texts(file, l),
                    None => {
                        self.missing(&loc, "label", &format!("relation kind `{}`", id.value));
                        Texts::default()
                    }
                };
                RelationKind {
                    id: id.value,
                    label,
                    definition: texts(file, k.definition),
                    from: located_list(file, k.from),
                    to: located_list(file, k.to),
                    location: id.location,
                }
            })
            .collect();
        let mut sources = Vec::new();
        self.sources(file, raw.sources, &mut sources);
        let history = raw
            .history
            .into_iter()
            .map(|h| {
                let loc = yaml::location(file, &h);
                let h = h.value;
                let version = self.string(file, h.version, &loc, "version", "a history entry");
                let date = self.string(
                    file,
                    h.date,
                    &loc,
                    "date",
                    &format!("history entry `{}`", version.value),
                );
                HistoryEntry {
                    version: version.value,
                    date: date.value,
                    summary: texts(file, h.summary),
                    location: loc,
                }
            })
            .collect();

        let rules = raw
            .rules
            .into_iter()
            .map(|r| {
                let loc = yaml::location(file, &r);
                let r = r.value;
                let id = self.string(file, r.id, &loc, "id", "a rule");
                let clauses =
                    |map: BTreeMap<String, Spanned<Vec<Spanned<String>>>>| -> Vec<RuleClause> {
                        map.into_iter()
                            .map(|(facet, codes)| RuleClause {
                                facet: Located {
                                    location: yaml::location(file, &codes),
                                    value: facet,
                                },
                                codes: located_list(file, codes.value),
                            })
                            .collect()
                    };
                let (when, then) = (clauses(r.when), clauses(r.then));
                if when.is_empty() || then.is_empty() {
                    self.missing(
                        &id.location,
                        if when.is_empty() { "when" } else { "then" },
                        &format!("rule `{}`", id.value),
                    );
                }
                Rule {
                    id: id.value,
                    message: texts(file, r.message),
                    when,
                    then,
                    location: id.location,
                }
            })
            .collect();
        let mut facets = Vec::new();
        let mut listed = Vec::new();
        match raw.facets {
            None => self.missing(&at, "facets", what),
            Some(entries) => {
                for entry in entries {
                    let loc = yaml::location(file, &entry);
                    match entry.value {
                        RawFacetEntry::Inline(f) => {
                            if let Some(facet) = self.facet(file, *f, &loc, None, &mut sources) {
                                facets.push(facet);
                            }
                        }
                        RawFacetEntry::Reference(name) => {
                            listed.push(name.clone());
                            let Some(files) = files else {
                                self.report.diagnostics.push(
                                    Diagnostic::new(Code::UnknownFacet, loc, format!("facet `{name}` is listed by id, but a single-file taxonomy has no facets/ directory"))
                                        .with_hint("write the facet inline under `facets:`, or load the taxonomy as a directory"),
                                );
                                continue;
                            };
                            if !crate::text::is_kebab_id(&name) {
                                self.report.diagnostics.push(
                                    Diagnostic::new(
                                        Code::MalformedId,
                                        loc,
                                        format!("facet id `{name}` is not kebab-case"),
                                    )
                                    .with_hint("use lowercase letters, digits and single hyphens"),
                                );
                                continue;
                            }
                            let rel = format!("facets/{name}.yaml");
                            let display = files.display(&rel);
                            let ffile: Arc<str> = Arc::from(display.as_str());
                            match files.read(&rel) {
                                Err(d) => {
                                    let hint = format!(
                                        "create {display}, or remove `{name}` from `facets`"
                                    );
                                    self.report.diagnostics.push(
                                        Diagnostic::new(
                                            Code::UnknownFacet,
                                            loc,
                                            format!(
                                                "facet `{name}` is listed but cannot be read: {}",
                                                d.message
                                            ),
                                        )
                                        .with_hint(hint),
                                    );
                                }
                                Ok(text) => {
                                    self.report.add_source(&display, Arc::from(text.as_str()));
                                    match yaml::parse::<RawFacet>(&ffile, &text) {
                                        Ok(raw) => {
                                            let floc = Location::new(ffile.clone(), 1, 1);
                                            if let Some(facet) = self.facet(
                                                &ffile,
                                                raw,
                                                &floc,
                                                Some(&name),
                                                &mut sources,
                                            ) {
                                                facets.push(facet);
                                            }
                                        }
                                        Err(d) => self.report.diagnostics.push(d),
                                    }
                                }
                            }
                        }
                    }
                }
            }
        }
        if let Some(files) = files {
            for name in files.facet_files() {
                if !listed.contains(&name) {
                    let display = files.display(&format!("facets/{name}.yaml"));
                    self.report.diagnostics.push(
                        Diagnostic::new(
                            Code::UnlistedFacetFile,
                            Location::file(display),
                            format!(
                                "facet file `{name}.yaml` is not listed in `facets` and is ignored"
                            ),
                        )
                        .with_hint(format!(
                            "add `- {name}` to `facets` in taxonomy.yaml, or remove the file"
                        )),
                    );
                }
            }
        }
        let mut taxonomy = Taxonomy {
            id: id.value,
            version,
            title,
            description: texts(file, raw.description),
            languages,
            licence,
            publisher,
            relation_kinds,
            sources,
            facets,
            history,
            rules,
            location: at,
            index: Default::default(),
            version_ok,
        };
        taxonomy.rebuild_index();
        taxonomy
    }

    fn sources(&mut self, file: &Arc<str>, raw: Vec<Spanned<RawSource>>, out: &mut Vec<Source>) {
        for s in raw {
            let loc = yaml::location(file, &s);
            let s = s.value;
            let id = self.string(file, s.id, &loc, "id", "a source");
            let citation = self.string(
                file,
                s.citation,
                &id.location,
                "citation",
                &format!("source `{}`", id.value),
            );
            out.push(Source {
                id: id.value,
                citation: citation.value,
                url: s.url.map(|u| u.value),
                accessed: s.accessed.map(|a| a.value),
                location: id.location,
            });
        }
    }

    fn facet(
        &mut self,
        file: &Arc<str>,
        raw: RawFacet,
        at: &Location,
        listed_as: Option<&str>,
        sources: &mut Vec<Source>,
    ) -> Option<Facet> {
        let id = self.string(file, raw.id, at, "id", "the facet");
        if let Some(name) = listed_as
            && !id.value.is_empty()
            && id.value != name
        {
            self.report.diagnostics.push(
                Diagnostic::new(
                    Code::FacetIdMismatch,
                    id.location.clone(),
                    format!("facet file for `{name}` has `id: {}`", id.value),
                )
                .with_hint(format!(
                    "write `id: {name}`, or rename the file and its entry in `facets`"
                )),
            );
        }
        let what = format!("facet `{}`", id.value);
        let label = match raw.label {
            Some(l) => texts(file, l),
            None => {
                self.missing(&id.location, "label", &what);
                Texts::default()
            }
        };
        let definition = match raw.definition {
            Some(d) => texts(file, d),
            None => {
                self.missing(&id.location, "definition", &what);
                Texts::default()
            }
        };
        let cardinality = match raw.cardinality {
            None => {
                self.missing(&id.location, "cardinality", &what);
                Cardinality::Multiple
            }
            Some(c) => match c.value.as_str() {
                "single" => Cardinality::Single,
                "multiple" => Cardinality::Multiple,
                other => {
                    self.report.diagnostics.push(
                        Diagnostic::new(
                            Code::InvalidValue,
                            yaml::location(file, &c),
                            format!("{what} has `cardinality: {other}`"),
                        )
                        .with_hint("write `single` (at most one concept per record) or `multiple`"),
                    );
                    Cardinality::Multiple
                }
            },
        };
        self.sources(file, raw.sources, sources);
        let facet_id = id.value.clone();
        let concepts = raw
            .concepts
            .into_iter()
            .map(|c| self.concept(file, c, &facet_id))
            .collect();
        Some(Facet {
            id: id.value,
            label,
            definition,
            cardinality,
            ordered: raw.ordered.is_some_and(|o| o.value),
            required: raw.required.is_some_and(|r| r.value),
            concepts,
            location: id.location,
        })
    }

    fn concept(&mut self, file: &Arc<str>, raw: Spanned<RawConcept>, facet: &str) -> Concept {
        let at = yaml::location(file, &raw);
        let raw = raw.value;
        let id = self.string(
            file,
            raw.id,
            &at,
            "id",
            &format!("a concept in facet `{facet}`"),
        );
        let what = format!("concept `{}`", id.value);
        let label = match raw.label {
            Some(l) => texts(file, l),
            None => Texts::default(), // reported per language as missing-label by the checks
        };
        let definition = raw.definition.map(|d| texts(file, d)).unwrap_or_default();
        let deprecated = raw.deprecated.map(|d| {
            let loc = yaml::location(file, &d);
            let d = d.value;
            let since = self.string(
                file,
                d.since,
                &loc,
                "since",
                &format!("the deprecation of {what}"),
            );
            Deprecation {
                since,
                replaced_by: located_list(file, d.replaced_by),
                reason: texts(file, d.reason),
                location: loc,
            }
        });
        Concept {
            id: id.value,
            facet: facet.to_owned(),
            label,
            alt_labels: text_lists(file, raw.alt_labels),
            abbreviations: text_lists(file, raw.abbreviations),
            definition,
            scope_note: texts(file, raw.scope_note),
            examples: text_lists(file, raw.examples),
            broader: raw.broader.map(|b| located(file, b)),
            related: raw
                .related
                .into_iter()
                .filter_map(|r| {
                    let loc = yaml::location(file, &r);
                    let r = r.value;
                    let kind =
                        self.string(file, r.kind, &loc, "kind", &format!("a relation of {what}"));
                    let target = self.string(
                        file,
                        r.target,
                        &loc,
                        "target",
                        &format!("a relation of {what}"),
                    );
                    (!kind.value.is_empty() && !target.value.is_empty())
                        .then_some(Relation { kind, target })
                })
                .collect(),
            position: raw.position.map(|p| located(file, p)),
            sources: located_list(file, raw.sources),
            since: raw.since.map(|s| located(file, s)),
            deprecated,
            location: id.location,
        }
    }
}

fn located<T>(file: &Arc<str>, s: Spanned<T>) -> Located<T> {
    Located {
        location: yaml::location(file, &s),
        value: s.value,
    }
}

fn located_list(file: &Arc<str>, list: Vec<Spanned<String>>) -> Vec<Located<String>> {
    list.into_iter().map(|s| located(file, s)).collect()
}

fn texts(file: &Arc<str>, raw: RawTexts) -> Texts {
    Texts(
        raw.into_iter()
            .map(|(lang, s)| {
                (
                    lang,
                    Text {
                        location: yaml::location(file, &s),
                        value: s.value,
                    },
                )
            })
            .collect(),
    )
}

fn text_lists(file: &Arc<str>, raw: RawTextLists) -> TextLists {
    TextLists(
        raw.into_iter()
            .map(|(lang, list)| {
                (
                    lang,
                    list.into_iter()
                        .map(|s| Text {
                            location: yaml::location(file, &s),
                            value: s.value,
                        })
                        .collect(),
                )
            })
            .collect(),
    )
}

/// Checks the built-in taxonomy again, keeping every finding (it has none: the tests make
/// sure of that); what `jos validate` runs without a directory.
pub fn load_builtin() -> Loaded {
    finish(Some(Taxonomy::builtin().clone()), Report::default())
}
