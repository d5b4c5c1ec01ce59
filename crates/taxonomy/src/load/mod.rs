//! Loading a taxonomy: files -> YAML -> model, collecting every problem as a [`Diagnostic`].
//!
//! A taxonomy is a directory (`taxonomy.yaml` plus `facets/<id>.yaml`) or a single YAML text
//! whose `facets` are written inline. Both go through the same lowering and the same checks.
//! The JSON export can be read back too ([`load_json_str`]), through the same checks.

mod files;
mod json;
mod lower;
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
    Cardinality, Class, Classified, Concept, Criterion, Definition, Deprecation, Facet, FacetKind,
    HistoryEntry, Located, Location, OpenQuestion, Relation, RelationKind, Rule, RuleClause,
    Source, Taxonomy,
};
use crate::yaml::{self, MAX_FILE_BYTES, Spanned};
use raw::{
    RawConcept, RawDefinition, RawFacet, RawFacetEntry, RawSource, RawTaxonomy, RawTextLists,
    RawTexts,
};

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

pub use files::read_text_file;
use files::{Dir, Files, missing_taxonomy_hint};
pub use json::load_json_str;
use lower::Lower;

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

/// Checks the built-in taxonomy again, keeping every finding (it has none: the tests make
/// sure of that); what `jos validate` runs without a directory.
pub fn load_builtin() -> Loaded {
    finish(Some(Taxonomy::builtin().clone()), Report::default())
}
