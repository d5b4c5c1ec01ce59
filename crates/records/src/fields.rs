//! The record format, defined once.
//!
//! [`RECORD_FIELDS`] lists every field of a research record in its canonical order (also the
//! order of CSV columns before the facets), with its kind and description; [`ORGANISATION_FIELDS`]
//! does the same for the lists under `organisations`, with their CSV column names;
//! [`STATUS_VALUES`] lists the statuses. The YAML, JSON and CSV readers, the record checks, the
//! wide export and the JSON Schema all take the format from these tables and from
//! [`Record::text_field`] / [`Record::text_field_mut`], so a new field is added here and in
//! [`Record`], and nowhere else.

use crate::{Field, Organisations, Record};

/// What a record field holds, which says how it is read and checked.
#[derive(Copy, Clone, Debug, PartialEq, Eq)]
#[non_exhaustive]
pub enum FieldKind {
    /// The record's id: text, required, unique in a data set.
    Id,
    /// Free text.
    Text,
    /// A date: `YYYY`, `YYYY-MM` or `YYYY-MM-DD`.
    Date,
    /// One of [`STATUS_VALUES`].
    Status,
    /// A taxonomy version (semver).
    Version,
    /// The lists of organisations ([`ORGANISATION_FIELDS`]).
    Organisations,
    /// The codes per facet.
    Tags,
}

impl FieldKind {
    /// Whether the field holds one text value (every kind but organisations and tags), read
    /// through [`Record::text_field`].
    pub const fn is_text(self) -> bool {
        !matches!(self, FieldKind::Organisations | FieldKind::Tags)
    }
}

/// One field of a research record.
#[derive(Copy, Clone, Debug, PartialEq, Eq)]
#[non_exhaustive]
pub struct FieldSpec {
    /// The field's name, as written in YAML, JSON and as a CSV column.
    pub name: &'static str,
    /// What it holds.
    pub kind: FieldKind,
    /// What it means, in English (the JSON Schema's description).
    pub description: &'static str,
}

const fn field(name: &'static str, kind: FieldKind, description: &'static str) -> FieldSpec {
    FieldSpec {
        name,
        kind,
        description,
    }
}

/// Every field of a research record, in the canonical order.
pub const RECORD_FIELDS: &[FieldSpec] = &[
    field(
        "id",
        FieldKind::Id,
        "Permanent id of the record, unique in a data set.",
    ),
    field(
        "name",
        FieldKind::Text,
        "The name the practice uses itself.",
    ),
    field(
        "organisations",
        FieldKind::Organisations,
        "Schools, youth-care providers, municipalities and others involved.",
    ),
    field("region", FieldKind::Text, "Municipality or region."),
    field(
        "start",
        FieldKind::Date,
        "Start date: YYYY, YYYY-MM or YYYY-MM-DD.",
    ),
    field(
        "end",
        FieldKind::Date,
        "End date: YYYY, YYYY-MM or YYYY-MM-DD.",
    ),
    field(
        "status",
        FieldKind::Status,
        "pilot, standing-practice or ended.",
    ),
    field("description", FieldKind::Text, "Free-text description."),
    field(
        "taxonomy_version",
        FieldKind::Version,
        "The taxonomy version the record was tagged against.",
    ),
    field(
        "tags",
        FieldKind::Tags,
        "The codes per facet. An empty list says: the sources do not say.",
    ),
    field("coder", FieldKind::Text, "Who tagged the record."),
    field(
        "notes",
        FieldKind::Text,
        "Notes, such as the source of each tag.",
    ),
];

const FIELD_NAMES: [&str; RECORD_FIELDS.len()] = {
    let mut names = [""; RECORD_FIELDS.len()];
    let mut i = 0;
    while i < names.len() {
        names[i] = RECORD_FIELDS[i].name;
        i += 1;
    }
    names
};

/// The names of [`RECORD_FIELDS`], in the canonical order.
pub const FIELDS: &[&str] = &FIELD_NAMES;

/// The field of this name, if the format has one.
///
/// ```
/// use jos_records::{FieldKind, field_spec};
/// assert_eq!(field_spec("start").unwrap().kind, FieldKind::Date);
/// assert!(field_spec("intensity").is_none()); // a facet, not a field
/// ```
pub fn field_spec(name: &str) -> Option<&'static FieldSpec> {
    RECORD_FIELDS.iter().find(|f| f.name == name)
}

/// One list of organisations under `organisations`.
#[derive(Copy, Clone, Debug, PartialEq, Eq)]
#[non_exhaustive]
pub struct OrganisationSpec {
    /// The key under `organisations` in YAML and JSON.
    pub name: &'static str,
    /// The CSV column (several names separated by `;`).
    pub csv_column: &'static str,
    /// What it lists, in English.
    pub description: &'static str,
}

const fn organisation(
    name: &'static str,
    csv_column: &'static str,
    description: &'static str,
) -> OrganisationSpec {
    OrganisationSpec {
        name,
        csv_column,
        description,
    }
}

/// The lists of organisations a record may name.
pub const ORGANISATION_FIELDS: &[OrganisationSpec] = &[
    organisation("schools", "schools", "The school or schools."),
    organisation("youth_care", "youth_care", "The youth-care provider(s)."),
    organisation(
        "municipalities",
        "municipalities",
        "The municipality or municipalities.",
    ),
    organisation("other", "other_organisations", "Other partners."),
];

/// One status a practice may have.
#[derive(Copy, Clone, Debug, PartialEq, Eq)]
#[non_exhaustive]
pub struct StatusSpec {
    /// The value as written.
    pub name: &'static str,
    /// What it means, in English.
    pub description: &'static str,
}

/// The statuses a record may have.
pub const STATUS_VALUES: &[StatusSpec] = &[
    StatusSpec {
        name: "pilot",
        description: "A pilot: temporary, being tried out.",
    },
    StatusSpec {
        name: "standing-practice",
        description: "A standing practice.",
    },
    StatusSpec {
        name: "ended",
        description: "The practice has ended.",
    },
];

const STATUS_NAMES: [&str; STATUS_VALUES.len()] = {
    let mut names = [""; STATUS_VALUES.len()];
    let mut i = 0;
    while i < names.len() {
        names[i] = STATUS_VALUES[i].name;
        i += 1;
    }
    names
};

/// The names of [`STATUS_VALUES`].
pub const STATUSES: &[&str] = &STATUS_NAMES;

impl Record {
    /// The value of a text field ([`FieldKind::is_text`]) by name; `None` when the record does
    /// not have it or `name` is not a text field.
    ///
    /// ```
    /// let records = jos_records::parse_str("r.yaml", "- {id: p1, region: Zwolle}\n", jos_records::Format::Yaml).unwrap();
    /// assert_eq!(records[0].text_field("region").unwrap().value, "Zwolle");
    /// assert!(records[0].text_field("tags").is_none());
    /// ```
    pub fn text_field(&self, name: &str) -> Option<&Field> {
        match name {
            "id" => self.id.as_ref(),
            "name" => self.name.as_ref(),
            "region" => self.region.as_ref(),
            "start" => self.start.as_ref(),
            "end" => self.end.as_ref(),
            "status" => self.status.as_ref(),
            "description" => self.description.as_ref(),
            "taxonomy_version" => self.taxonomy_version.as_ref(),
            "coder" => self.coder.as_ref(),
            "notes" => self.notes.as_ref(),
            _ => None,
        }
    }

    /// The slot of a text field by name, for the readers; `None` when `name` is not a text
    /// field.
    pub fn text_field_mut(&mut self, name: &str) -> Option<&mut Option<Field>> {
        Some(match name {
            "id" => &mut self.id,
            "name" => &mut self.name,
            "region" => &mut self.region,
            "start" => &mut self.start,
            "end" => &mut self.end,
            "status" => &mut self.status,
            "description" => &mut self.description,
            "taxonomy_version" => &mut self.taxonomy_version,
            "coder" => &mut self.coder,
            "notes" => &mut self.notes,
            _ => return None,
        })
    }
}

impl Organisations {
    /// The list under `organisations` with this key ([`OrganisationSpec::name`]).
    pub fn list_mut(&mut self, name: &str) -> Option<&mut Vec<Field>> {
        Some(match name {
            "schools" => &mut self.schools,
            "youth_care" => &mut self.youth_care,
            "municipalities" => &mut self.municipalities,
            "other" => &mut self.other,
            _ => return None,
        })
    }

    /// The list under `organisations` with this key.
    pub fn list(&self, name: &str) -> Option<&[Field]> {
        Some(match name {
            "schools" => &self.schools,
            "youth_care" => &self.youth_care,
            "municipalities" => &self.municipalities,
            "other" => &self.other,
            _ => return None,
        })
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use jos_taxonomy::Location;

    #[test]
    fn every_text_field_has_a_slot_and_nothing_else_does() {
        let mut record = Record::default();
        for f in RECORD_FIELDS {
            assert_eq!(
                record.text_field_mut(f.name).is_some(),
                f.kind.is_text(),
                "{}",
                f.name
            );
            if let Some(slot) = record.text_field_mut(f.name) {
                *slot = Some(Field::new(f.name, Location::default()));
            }
            assert_eq!(
                record.text_field(f.name).map(|v| v.value.as_str()),
                f.kind.is_text().then_some(f.name)
            );
        }
        assert!(record.text_field_mut("intensity").is_none());
    }

    #[test]
    fn every_organisation_list_has_a_slot() {
        let mut orgs = Organisations::default();
        for o in ORGANISATION_FIELDS {
            assert!(orgs.list_mut(o.name).is_some(), "{}", o.name);
            assert!(orgs.list(o.name).is_some(), "{}", o.name);
        }
        assert!(orgs.list_mut("other_organisations").is_none());
    }
}
