//! # jos-codes
//!
//! The codes of the *jeugdhulp op school* taxonomy as typed Rust enums: one enum per facet, one
//! variant per concept, with the Dutch and English labels and definitions compiled in. This
//! crate has no dependencies (the optional `serde` feature adds `Serialize` and `Deserialize`
//! by stable id), so a program that only needs the codes pays for nothing else.
//!
//! ```
//! use jos_codes::{FacetCode, Intensity, Lang, Role, TAXONOMY_VERSION};
//!
//! let level: Intensity = "universal-prevention".parse()?;
//! assert_eq!(level.label(Lang::En), "Universal prevention");
//! assert_eq!(level.position(), Some(1));
//! assert!(Role::ALL.contains(&Role::SchoolSocialWorker));
//! assert_eq!(TAXONOMY_VERSION, "2.0.1");
//!
//! // A typo gets a suggestion.
//! let err = "universal-preventon".parse::<Intensity>().unwrap_err();
//! assert_eq!(err.suggestion, Some("universal-prevention"));
//! # Ok::<(), jos_codes::ParseCodeError>(())
//! ```
//!
//! The enums are generated from the taxonomy's YAML source by `cargo xtask codegen` and checked
//! in; a test fails when they are stale. Every enum is `#[non_exhaustive]`: a minor taxonomy
//! release may add concepts. Deprecated concepts keep their variant forever, and
//! [`FacetCode::replaced_by`] names their successors in the same facet ([`DeprecationNote::replacement_ids`]
//! also those in other facets, where a concept moved).
//!
//! ## Order
//!
//! The variants of an enum, its `ALL` slice and its `Ord` follow the facet's display order. For
//! an ordered facet (a scale such as [`Intensity`]) that is the scale order, lowest first, and
//! [`FacetCode::position`] gives each concept's place on the scale (1 = first); for other
//! facets `position` is `None` and the order carries no meaning beyond display.
//!
//! The richer model (sources, relations, scope notes, a forgiving lookup) is in the
//! `jos-taxonomy` crate; the facade crate `jeugdhulp-op-school` re-exports both.

#![forbid(unsafe_code)]
#![deny(missing_docs)]

mod code;
#[rustfmt::skip]
mod generated;
mod lang;
#[doc(hidden)]
pub mod suggest;

pub use code::{DeprecationNote, FacetCode, ParseCodeError};
pub use generated::*;
pub use lang::{Lang, UnknownLang};

/// The README's example, run as a doctest so it stays true.
#[cfg(doctest)]
#[doc = include_str!("../README.md")]
pub struct ReadmeDoctests;
