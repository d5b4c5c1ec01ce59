//! The taxonomy in the formats other systems read, all made from the same model:
//!
//! - [`skos`]: SKOS following NL-SBB, the Dutch government's standard for describing concepts
//!   (Geonovum, 1.0), as Turtle or compact JSON-LD, for vocabulary browsers and catalogues
//!   (Skosmos, VocBench, TriplyDB, the stelselcatalogus);
//! - [`qdc`]: a REFI-QDA codebook (`.qdc`) for ATLAS.ti, NVivo, MAXQDA and QualCoder;
//! - [`codebook`]: a codebook table (CSV) for teams that code in spreadsheets.
//!
//! Every export is deterministic: the same taxonomy and options give the same bytes. Concepts
//! get stable, unversioned URIs under a base chosen with [`Uris`] (the URI policy is in
//! `docs/export-skos.md`), and the codebook's GUIDs are derived from those URIs, so a QDA
//! project keeps every code's identity when it imports a later release.
//!
//! ```
//! use jos_exchange::{Uris, skos};
//! use jos_taxonomy::Taxonomy;
//!
//! let turtle = skos::to_turtle(Taxonomy::builtin(), &Uris::default()).unwrap();
//! assert!(turtle.contains("skos:ConceptScheme"));
//! assert!(turtle.contains("@prefix role: <https://w3id.org/jeugdhulp-op-school/role/> ."));
//! assert!(turtle.contains("role:school-social-worker a skos:Concept"));
//! ```

#![forbid(unsafe_code)]
#![deny(missing_docs)]

pub mod codebook;
pub mod qdc;
pub mod skos;
mod uri;

pub use uri::Uris;

/// Why an export could not be made.
#[derive(Debug, thiserror::Error)]
#[non_exhaustive]
pub enum Error {
    /// The base URI is not an absolute `http` or `https` IRI ending in `/`.
    #[error("the base URI `{base}` is not usable: {reason}")]
    Base {
        /// The base as given.
        base: String,
        /// What is wrong with it.
        reason: String,
    },
    /// A facet's id is one of the path segments the URI policy keeps for itself.
    #[error(
        "the facet id `{facet}` is used by the URI policy for {used_for}; its URIs would clash (rename the facet)"
    )]
    ReservedFacet {
        /// The facet id.
        facet: String,
        /// What the segment is used for.
        used_for: &'static str,
    },
    /// A URI made from an id is not a valid IRI (an id with characters a URI may not hold).
    #[error("`{iri}` (for {what}) is not a valid IRI: {reason}")]
    Iri {
        /// The IRI that was made.
        iri: String,
        /// What it names.
        what: String,
        /// The parser's reason.
        reason: String,
    },
}
