//! # jos-taxonomy
//!
//! The *jeugdhulp op school* taxonomy as a model: loading its YAML source with source positions,
//! checking it with located diagnostics, a forgiving lookup, the JSON export, and the built-in
//! taxonomy.
//!
//! ```
//! use jos_taxonomy::{Lang, Taxonomy};
//!
//! let taxonomy = Taxonomy::builtin();
//! let best = &taxonomy.lookup("schoolmaatschappelijk werker")[0];
//! assert_eq!(best.concept.id, "school-social-worker");
//! assert_eq!(best.concept.label.get(Lang::En), Some("School social worker"));
//! ```
//!
//! Data flows one way: YAML text -> [`load`] (spanned model) -> [`check`] -> the validated
//! [`Taxonomy`], which every output reads. This is the only crate of the workspace that parses
//! YAML: the records crate reads YAML records files through [`yaml`].
//!
//! ## Features
//! - `schema`: [`schema`], the JSON Schemas of the taxonomy's files, derived with schemars.

#![forbid(unsafe_code)]
#![deny(missing_docs)]

mod builtin;
pub mod check;
pub mod diagnostic;
pub mod diff;
pub mod export;
pub mod lang;
pub mod load;
pub mod lookup;
pub mod model;
#[doc(hidden)]
pub mod names;
pub mod release_check;
mod releases;
#[cfg(feature = "schema")]
pub mod schema;
#[doc(hidden)]
pub mod text;
pub mod yaml;

use std::path::Path;
use std::sync::OnceLock;

pub use diagnostic::{Code, Diagnostic, Severity};
pub use jos_codes::Lang;
pub use lang::{Text, TextLists, Texts};
pub use load::{Loaded, Report};
pub use model::{
    Cardinality, Class, Classified, Concept, Criterion, Definition, Deprecation, Facet, FacetKind,
    HistoryEntry, Located, Location, OpenQuestion, Relation, RelationKind, Rule, RuleClause,
    Source, Taxonomy,
};
pub use releases::Release;

impl Taxonomy {
    /// The taxonomy shipped in the crate, compiled in as Rust data: no file access and no YAML
    /// parsing at run time. It is built once per process, on first use, in a fraction of a
    /// millisecond.
    ///
    /// ```
    /// let t = jos_taxonomy::Taxonomy::builtin();
    /// assert_eq!(t.id(), "jeugdhulp-op-school");
    /// ```
    pub fn builtin() -> &'static Taxonomy {
        static BUILTIN: OnceLock<Taxonomy> = OnceLock::new();
        BUILTIN.get_or_init(builtin::taxonomy)
    }

    /// Builds a new copy of the built-in taxonomy from its compiled-in tables, bypassing the
    /// cache of [`Taxonomy::builtin`]; for the benchmark that measures that cost.
    #[doc(hidden)]
    pub fn build_builtin() -> Taxonomy {
        builtin::taxonomy()
    }

    /// Loads and checks the taxonomy in directory `dir` (`taxonomy.yaml` plus `facets/`).
    ///
    /// Returns the taxonomy when it has no errors (warnings are dropped; use
    /// [`load::load_dir`] to keep them), and otherwise a [`Report`] with every finding.
    ///
    /// ```
    /// use jos_taxonomy::Taxonomy;
    /// let t = Taxonomy::load(concat!(env!("CARGO_MANIFEST_DIR"), "/../../taxonomy"))?;
    /// assert_eq!(t.facets().len(), Taxonomy::builtin().facets().len());
    /// # Ok::<(), jos_taxonomy::Report>(())
    /// ```
    pub fn load(dir: impl AsRef<Path>) -> Result<Taxonomy, Report> {
        into_result(load::load_dir(dir.as_ref()))
    }

    /// Loads and checks a taxonomy written as one YAML text, with its facets inline under
    /// `facets:`. `name` is the file name diagnostics are reported under.
    ///
    /// ```
    /// use jos_taxonomy::Taxonomy;
    /// let err = Taxonomy::from_yaml_str("draft.yaml", "id: draft\n").unwrap_err();
    /// assert!(err.diagnostics.iter().any(|d| d.message.contains("no `version`")));
    /// ```
    pub fn from_yaml_str(name: &str, text: &str) -> Result<Taxonomy, Report> {
        into_result(load::load_str(name, text))
    }

    /// Reads and checks a taxonomy from the text of its JSON export
    /// (`jos export --format json`, documented in `docs/export-json.md`).
    ///
    /// ```
    /// use jos_taxonomy::{Taxonomy, export};
    /// let json = export::to_json(Taxonomy::builtin());
    /// let again = Taxonomy::from_json_str("taxonomy.json", &json)?;
    /// assert_eq!(again.concepts().count(), Taxonomy::builtin().concepts().count());
    /// # Ok::<(), jos_taxonomy::Report>(())
    /// ```
    pub fn from_json_str(name: &str, text: &str) -> Result<Taxonomy, Report> {
        into_result(load::load_json_str(name, text))
    }
}

fn into_result(loaded: Loaded) -> Result<Taxonomy, Report> {
    match loaded.taxonomy {
        Some(t) if !loaded.report.has_errors() => Ok(t),
        _ => Err(loaded.report),
    }
}

/// The README's example, run as a doctest so it stays true.
#[cfg(doctest)]
#[doc = include_str!("../README.md")]
pub struct ReadmeDoctests;
