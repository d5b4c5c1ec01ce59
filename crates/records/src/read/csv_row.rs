//! One CSV row as a record: columns by header, facets split on `;`.

use std::sync::Arc;

use super::super::{FIELDS, FacetTags, Field, ORGANISATION_FIELDS, Record};
use jos_taxonomy::diagnostic::{Code, Diagnostic};
use jos_taxonomy::model::{Location, Taxonomy, column_letters};

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

/// A header as compared: lower case, `_` and spaces as `-`.
fn normal(name: &str) -> String {
    name.trim()
        .to_lowercase()
        .chars()
        .map(|c| {
            if c == '_' || c.is_whitespace() {
                '-'
            } else {
                c
            }
        })
        .collect()
}

/// Gives each header cell the name the records use, as people write headers: in any case, with
/// spaces or `_` for `-`, as a facet's Dutch or English label in this or an older release
/// (`Fase van de hulpvraag`, `Intensiteit`, `Organisation model`), or as a field's Dutch name
/// (`Naam`, `Regio`, `Codeur`). A header close to a field or facet that is neither (`fundig-mechanism`) is one
/// `unknown-column` error at its own cell, with the nearest name; its cells stay an extra field.
/// Other headers are extra fields, as always.
pub(crate) fn resolve_columns(
    columns: &mut [String],
    t: &Taxonomy,
    file: &Arc<str>,
    header_line: u32,
) -> Vec<Diagnostic> {
    let mut names: Vec<(String, String)> = Vec::new();
    let mut add = |alias: &str, canonical: &str| names.push((normal(alias), canonical.to_owned()));
    for f in FIELDS
        .iter()
        .filter(|f| !matches!(**f, "tags" | "organisations"))
    {
        add(f, f);
    }
    // The fields' Dutch names, as a Dutch team heads its sheet.
    for (dutch, field) in [
        ("naam", "name"),
        ("regio", "region"),
        ("begin", "start"),
        ("einde", "end"),
        ("beschrijving", "description"),
        ("taxonomieversie", "taxonomy_version"),
        ("codeur", "coder"),
        ("notities", "notes"),
        ("opmerkingen", "notes"),
        ("scholen", "schools"),
        ("jeugdhulp", "youth_care"),
        ("gemeenten", "municipalities"),
        ("andere-organisaties", "other_organisations"),
    ] {
        add(dutch, field);
    }
    for o in ORGANISATION_FIELDS {
        add(o.csv_column, o.csv_column);
    }
    // The facets of older releases too: a file tagged against one may have their columns.
    let releases = Taxonomy::releases();
    let older = releases
        .iter()
        .filter_map(|r| Taxonomy::release(&r.version.to_string()));
    // And their labels: a facet keeps its id when its label changes (`Intensiteit` in 1.0.0).
    let mut facets: Vec<&jos_taxonomy::model::Facet> = t.facets().iter().collect();
    for r in older {
        facets.extend(r.facets().iter());
    }
    for f in facets {
        add(&f.id, &f.id);
        add(&format!("tags.{}", f.id), &f.id);
        for lang in jos_taxonomy::Lang::ALL {
            if let Some(label) = f.label.get(*lang) {
                add(label, &f.id);
            }
        }
    }
    let canonical: Vec<String> = names.iter().map(|(_, c)| c.clone()).collect();
    let mut out = Vec::new();
    for (i, column) in columns.iter_mut().enumerate() {
        if column.is_empty() || canonical.contains(column) {
            continue;
        }
        let key = normal(column);
        if let Some((_, id)) = names.iter().find(|(alias, _)| *alias == key) {
            *column = id.clone();
            continue;
        }
        if let Some(hint) = jos_codes::suggest::hint(&key, canonical.iter().map(String::as_str)) {
            out.push(
                Diagnostic::new(
                    Code::UnknownColumn,
                    Location::new(file.clone(), header_line, i as u32 + 1),
                    format!(
                        "column {} is headed `{column}`, which is neither a field nor a facet, so its cells are not read as codes",
                        column_letters(i as u32 + 1)
                    ),
                )
                .with_hint(format!("rename the header: {hint}")),
            );
        }
    }
    out
}
