//! # jeugdhulp-op-school
//!
//! The reference implementation of a shared definition of *jeugdhulp op school*: youth care
//! delivered in and with Dutch schools (po, so, vo, mbo). The source of truth is human-edited YAML
//! in `taxonomy/`; this crate loads it with source positions, checks it with precise
//! diagnostics, and exposes the concepts as typed enums.
//!
//! ```
//! use jeugdhulp_op_school::{Intensity, Lang, Taxonomy, TAXONOMY_VERSION};
//!
//! // Typed codes, compiled from the built-in taxonomy.
//! let code: Intensity = "universal-prevention".parse()?;
//! assert_eq!(code.label(Lang::Nl), "Universele preventie");
//!
//! // The whole taxonomy, with every field and a lookup that forgives case, accents and typos.
//! let taxonomy = Taxonomy::builtin();
//! assert_eq!(taxonomy.version.to_string(), TAXONOMY_VERSION);
//! let best = &taxonomy.lookup("schoolmaatschappelijk werker")[0];
//! assert_eq!(best.concept.id, "school-social-worker");
//! # Ok::<(), Box<dyn std::error::Error>>(())
//! ```
//!
//! Data flows one way: YAML text -> [`load`] (spanned model) -> [`check`] -> exports.
//!
//! ## Features
//! - `cli` (default): the `jos` command-line tool. Library users can turn it off with
//!   `default-features = false` and compile neither clap nor the terminal renderer.
//! - `serde` (default): `Serialize`/`Deserialize` for the typed enums, by stable id.

#![forbid(unsafe_code)]
#![deny(missing_docs)]

pub mod agreement;
pub mod atomic;
pub mod check;
pub mod codegen;
pub mod codes;
pub mod diagnostic;
pub mod export;
mod fxhash;
#[rustfmt::skip]
pub mod generated;
pub mod lang;
pub mod load;
pub mod lookup;
pub mod model;
pub mod names;
pub mod records;
pub mod reference;
#[cfg(feature = "schema")]
pub mod schema;
pub mod text;
mod yaml;

use std::path::Path;
use std::sync::OnceLock;

pub use codes::{DeprecationNote, FacetCode, ParseCodeError};
pub use diagnostic::{Code, Diagnostic, Severity};
pub use generated::*;
pub use lang::{Lang, Text, TextLists, Texts};
pub use load::{Loaded, Report};
pub use model::{
    Cardinality, Concept, Deprecation, Facet, HistoryEntry, Located, Location, Relation,
    RelationKind, Source, Taxonomy,
};

impl Taxonomy {
    /// The taxonomy shipped in the crate, embedded at compile time: no file access at run time.
    ///
    /// ```
    /// let t = jeugdhulp_op_school::Taxonomy::builtin();
    /// assert_eq!(t.id, "jeugdhulp-op-school");
    /// ```
    pub fn builtin() -> &'static Taxonomy {
        static BUILTIN: OnceLock<Taxonomy> = OnceLock::new();
        BUILTIN.get_or_init(|| {
            let loaded = load::load_embedded(generated::FILES);
            match loaded.taxonomy {
                Some(t) if !loaded.report.has_errors() => t,
                // The crate's tests validate the embedded files, so this cannot happen in a
                // released crate; if it does, say exactly what is wrong.
                _ => panic!("the built-in taxonomy is invalid: {}", loaded.report),
            }
        })
    }

    /// Loads and checks the taxonomy in directory `dir` (`taxonomy.yaml` plus `facets/`).
    ///
    /// Returns the taxonomy when it has no errors (warnings are dropped; use
    /// [`load::load_dir`] to keep them), and otherwise a [`Report`] with every finding.
    ///
    /// ```
    /// use jeugdhulp_op_school::Taxonomy;
    /// let t = Taxonomy::load(concat!(env!("CARGO_MANIFEST_DIR"), "/taxonomy"))?;
    /// assert_eq!(t.facets.len(), Taxonomy::builtin().facets.len());
    /// # Ok::<(), jeugdhulp_op_school::Report>(())
    /// ```
    pub fn load(dir: impl AsRef<Path>) -> Result<Taxonomy, Report> {
        into_result(load::load_dir(dir.as_ref()))
    }

    /// Loads and checks a taxonomy written as one YAML text, with its facets inline under
    /// `facets:`. `name` is the file name diagnostics are reported under.
    ///
    /// ```
    /// use jeugdhulp_op_school::Taxonomy;
    /// let err = Taxonomy::from_yaml_str("draft.yaml", "id: draft\n").unwrap_err();
    /// assert!(err.diagnostics.iter().any(|d| d.message.contains("no `version`")));
    /// ```
    pub fn from_yaml_str(name: &str, text: &str) -> Result<Taxonomy, Report> {
        into_result(load::load_str(name, text))
    }
}

fn into_result(loaded: Loaded) -> Result<Taxonomy, Report> {
    match loaded.taxonomy {
        Some(t) if !loaded.report.has_errors() => Ok(t),
        _ => Err(loaded.report),
    }
}

/// The README's examples, run as doctests so they stay true.
#[cfg(doctest)]
#[doc = include_str!("../README.md")]
pub struct ReadmeDoctests;
