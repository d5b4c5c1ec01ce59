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
//! assert_eq!(taxonomy.version().to_string(), TAXONOMY_VERSION);
//! let best = &taxonomy.lookup("schoolmaatschappelijk werker")[0];
//! assert_eq!(best.concept.id, "school-social-worker");
//! # Ok::<(), Box<dyn std::error::Error>>(())
//! ```
//!
//! This crate is a facade: it re-exports the crates of the workspace, each of which can also be
//! used on its own.
//!
//! | crate | what it holds | re-exported as |
//! |---|---|---|
//! | `jos-codes` | the typed enums, [`FacetCode`], [`Lang`], [`TAXONOMY_VERSION`]; no dependencies | the crate root |
//! | `jos-taxonomy` | the model, YAML loading, checks, lookup, JSON export, the built-in taxonomy | the crate root, [`load`], [`check`], [`lookup`], [`export`], [`diagnostic`], [`model`] |
//! | `jos-records` | research records: reading, checking, migration, tables, coder comparison | [`records`] |
//! | `jos-agreement` | agreement statistics, knowing nothing of the taxonomy | [`agreement`] |
//! | `jos-reference` | reference documents: Markdown and an offline HTML site | [`reference`](mod@crate::reference) |
//! | `jos-exchange` | SKOS (NL-SBB) in Turtle and JSON-LD, REFI-QDA codebooks, a codebook table (feature `exchange`) | [`exchange`] |
//! | `jos-cli` | the `jos` command line (feature `cli`) | the `jos` binary |
//!
//! Data flows one way: YAML text -> [`load`] (spanned model) -> [`check`] -> the validated
//! [`Taxonomy`] -> records, reference documents and exports.
//!
//! ## Features
//! - `cli` (default): the `jos` command-line tool. Library users can turn it off with
//!   `default-features = false` and compile neither clap nor the terminal renderer.
//! - `serde` (default): `Serialize`/`Deserialize` for the typed enums, by stable id.
//! - `schema` (part of `cli`): [`schema`], JSON Schemas of the taxonomy and records files.
//! - `exchange` (part of `cli`): [`exchange`], the taxonomy for other systems (SKOS following
//!   NL-SBB, REFI-QDA codebooks); it brings the RDF writer (oxttl) and UUIDs.
//!
//! A program that needs only the typed codes can depend on `jos-codes` alone, which compiles
//! no other crate.

#![forbid(unsafe_code)]
#![deny(missing_docs)]

pub use jos_codes::*;
pub use jos_taxonomy::{
    Cardinality, Code, Concept, Deprecation, Diagnostic, Facet, HistoryEntry, Loaded, Located,
    Location, Relation, RelationKind, Release, Report, Rule, RuleClause, Severity, Source,
    Taxonomy, Text, TextLists, Texts, check, diagnostic, diff, export, lang, load, lookup, model,
    release_check, text,
};

/// Inter-coder agreement statistics (the `jos-agreement` crate).
pub use jos_agreement as agreement;
/// Research records (the `jos-records` crate).
pub use jos_records as records;
/// Reference documents (the `jos-reference` crate).
pub use jos_reference as reference;

/// The taxonomy in other systems' formats: SKOS (NL-SBB), REFI-QDA codebooks, a codebook
/// table (the `jos-exchange` crate).
#[cfg(feature = "exchange")]
pub use jos_exchange as exchange;

/// JSON Schemas for editors: the taxonomy's own files (`jos-taxonomy`) and records files
/// (`jos-records`).
#[cfg(feature = "schema")]
pub mod schema {
    pub use jos_records::schema::*;
    pub use jos_taxonomy::schema::*;
}

/// The README's examples, run as doctests so they stay true.
#[cfg(doctest)]
#[doc = include_str!("../README.md")]
pub struct ReadmeDoctests;

/// The examples of the README shown on crates.io, run as doctests too.
#[cfg(doctest)]
#[doc = include_str!("../crates-io.md")]
pub struct CratesIoReadmeDoctests;
