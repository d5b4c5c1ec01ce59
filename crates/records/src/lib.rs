//! Research records: practices (collaborations between a school and youth care) tagged with the
//! taxonomy's codes.
//!
//! Records are read from YAML (a list of records), JSON (an array), JSON Lines (one record per
//! line) or CSV (one row per record, multi-valued facets separated by `;`). Every value keeps its
//! position, so [`check`] can report `file:line:column` (for CSV: row and column). JSON Lines and
//! CSV are streamed: memory stays flat however many records a file holds.
//!
//! ```
//! use jos_records as records;
//! use jos_taxonomy::Taxonomy;
//! let yaml = "- id: example\n  name: Example\n  status: pilot\n  taxonomy_version: 2.0.1\n  tags:\n    intensity: [universal-prevention]\n    education: [mbo]\n    organisation-model: [based-at-school]\n";
//! let records = records::parse_str("example.yaml", yaml, records::Format::Yaml).unwrap();
//! let findings = records::check(Taxonomy::builtin(), &records, &records::CheckOptions::default());
//! assert!(findings.is_empty(), "{findings:?}");
//! ```

#![forbid(unsafe_code)]
#![deny(missing_docs)]

pub mod agree;
pub mod analysis;
mod check;
pub mod consensus;
mod fields;
pub mod fix;
mod json;
pub mod migrate;
mod read;
#[cfg(feature = "schema")]
pub mod schema;
mod sheet;
pub mod table;

pub use check::{CheckOptions, Checker, check};
pub use fields::{
    FIELDS, FieldKind, FieldSpec, ORGANISATION_FIELDS, OrganisationSpec, RECORD_FIELDS,
    STATUS_VALUES, STATUSES, StatusSpec, field_spec,
};
pub use read::{Format, ReadOptions, RecordReader, parse_str, read_path};

use jos_taxonomy::model::Location;

/// A value read from a records file, with its position.
#[derive(Clone, Debug, PartialEq, Eq)]
#[non_exhaustive]
pub struct Field {
    /// The text as written (numbers and dates as their text).
    pub value: String,
    /// Where it was written (for CSV: line of the row and 1-based column number).
    pub location: Location,
    /// Byte range of the value in the file, where the format allows exact edits (YAML, JSON,
    /// JSON Lines). Used by migration to change a code and nothing else.
    pub bytes: Option<std::ops::Range<usize>>,
}

impl Field {
    pub(crate) fn new(value: impl Into<String>, location: Location) -> Self {
        Field {
            value: value.into(),
            location,
            bytes: None,
        }
    }
}

/// The organisations involved in a practice.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
#[non_exhaustive]
pub struct Organisations {
    /// The school or schools.
    pub schools: Vec<Field>,
    /// The youth-care provider(s).
    pub youth_care: Vec<Field>,
    /// The municipality or municipalities.
    pub municipalities: Vec<Field>,
    /// Other partners (a samenwerkingsverband, a GGD, a health insurer, ...).
    pub other: Vec<Field>,
}

/// The codes a record carries in one facet.
#[derive(Clone, Debug, PartialEq, Eq)]
#[non_exhaustive]
pub struct FacetTags {
    /// The facet id, as written.
    pub facet: Field,
    /// The concept ids, as written.
    pub codes: Vec<Field>,
}

/// One tagged practice.
#[derive(Clone, Debug, Default, PartialEq)]
#[non_exhaustive]
pub struct Record {
    /// Permanent id of the record, unique in a data set.
    pub id: Option<Field>,
    /// The name the practice uses.
    pub name: Option<Field>,
    /// Schools, youth-care providers, municipalities and others involved.
    pub organisations: Organisations,
    /// Municipality or region.
    pub region: Option<Field>,
    /// Start date (`YYYY`, `YYYY-MM` or `YYYY-MM-DD`).
    pub start: Option<Field>,
    /// End date (`YYYY`, `YYYY-MM` or `YYYY-MM-DD`).
    pub end: Option<Field>,
    /// `pilot`, `standing-practice` or `ended`.
    pub status: Option<Field>,
    /// Free-text description.
    pub description: Option<Field>,
    /// The taxonomy version the record was tagged against.
    pub taxonomy_version: Option<Field>,
    /// The codes per facet, in the order written.
    pub tags: Vec<FacetTags>,
    /// Who tagged the record.
    pub coder: Option<Field>,
    /// Notes, such as the source of each tag.
    pub notes: Option<Field>,
    /// Fields the format does not define, kept as written (JSON values) in their order.
    pub extra: Vec<(String, serde_json::Value)>,
    /// Where the record starts.
    pub location: Location,
    /// The record's byte range in the file, where the format allows exact edits (YAML, JSON,
    /// JSON Lines); migration inserts a missing `taxonomy_version` into the record itself.
    pub(crate) span: Option<std::ops::Range<usize>>,
}

/// The code that says "the sources do not say" (an empty list means the same in YAML and JSON).
pub const UNKNOWN: &str = "?";

impl Record {
    /// The codes in `facet` (empty when the facet is not tagged or tagged as unknown).
    pub fn codes(&self, facet: &str) -> impl Iterator<Item = &str> {
        self.tags
            .iter()
            .filter(move |t| t.facet.value == facet)
            .flat_map(|t| t.codes.iter().map(|c| c.value.as_str()))
            .filter(|c| *c != UNKNOWN)
    }

    /// Whether the record addresses `facet` at all: with codes, or explicitly as unknown
    /// (an empty list, or `?`).
    pub fn has_facet(&self, facet: &str) -> bool {
        self.tags.iter().any(|t| t.facet.value == facet)
    }

    /// The record id, or `""` when it has none.
    pub fn id(&self) -> &str {
        self.id.as_ref().map_or("", |f| f.value.as_str())
    }

    /// How the record is named in messages: `record `id``, or its position.
    pub(crate) fn describe(&self) -> String {
        match &self.id {
            Some(id) if !id.value.is_empty() => format!("record `{}`", id.value),
            _ => format!("the record at {}", self.location),
        }
    }
}
