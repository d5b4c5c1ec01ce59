//! One CSV row as a record: columns by header, facets split on `;`.

use std::sync::Arc;

use super::super::{FacetTags, Field, ORGANISATION_FIELDS, Record};
use jos_taxonomy::diagnostic::{Code, Diagnostic};
use jos_taxonomy::model::Location;

pub(super) fn csv_record(
    file: &Arc<str>,
    columns: &[String],
    row: &csv::StringRecord,
    line: u32,
    facets: &[String],
) -> Result<Record, Diagnostic> {
    let mut record = Record {
        location: Location::new(file.clone(), line, 1),
        ..Record::default()
    };
    if row.len() != columns.len() {
        return Err(Diagnostic::new(
            Code::InvalidValue,
            record.location.clone(),
            format!(
                "row has {} cells, but the header has {} columns",
                row.len(),
                columns.len()
            ),
        )
        .with_hint("every row needs one cell per column; quote cells that contain commas"));
    }
    for (i, (column, cell)) in columns.iter().zip(row.iter()).enumerate() {
        let at = Location::new(file.clone(), line, i as u32 + 1);
        let cell = cell.trim();
        if cell.is_empty() {
            continue;
        }
        let split = || -> Vec<Field> {
            cell.split(';')
                .map(str::trim)
                .filter(|s| !s.is_empty())
                .map(|s| Field::new(s, at.clone()))
                .collect()
        };
        if let Some(slot) = record.text_field_mut(column) {
            *slot = Some(Field::new(cell, at));
            continue;
        }
        if let Some(o) = ORGANISATION_FIELDS.iter().find(|o| o.csv_column == column) {
            if let Some(list) = record.organisations.list_mut(o.name) {
                *list = split();
            }
            continue;
        }
        match column.as_str() {
            facet if facet.starts_with("tags.") || is_facet_column(facet, facets) => {
                let facet = facet.strip_prefix("tags.").unwrap_or(facet);
                record.tags.push(FacetTags {
                    facet: Field::new(facet, Location::new(file.clone(), 1, i as u32 + 1)),
                    codes: split(),
                });
            }
            other => record
                .extra
                .push((other.to_owned(), serde_json::Value::String(cell.to_owned()))),
        }
    }
    Ok(record)
}

/// Whether a CSV column holds codes: a facet of the taxonomy (or, when no facets were given, any
/// kebab-case column). Other columns are kept as extra fields; the checks flag names that look
/// like a misspelt facet.
pub(super) fn is_facet_column(column: &str, facets: &[String]) -> bool {
    if facets.is_empty() {
        jos_taxonomy::text::is_kebab_id(column)
    } else {
        facets.iter().any(|f| f == column)
    }
}
