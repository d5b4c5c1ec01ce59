//! A codebook table for teams that code in spreadsheets: one row per concept of every tag
//! facet, with what a coder needs beside it.
//!
//! Columns: `facet`, `facet_label`, `facet_question`, `facet_decision_rule`, `code`, `label`,
//! `parent` (the broader concept's id), `position` (on an ordered facet's scale),
//! `alt_labels` (synonyms and abbreviations, separated by `; `), `definition`, `scope_note`,
//! `examples` (separated by `; `), `deprecated` (`true`/`false`), `replaced_by` (ids separated
//! by `;`) and `uri`. Texts are plain text in the chosen language; the file is UTF-8 CSV with
//! a header row and CRLF line ends, and cells that a spreadsheet would read as a formula get a
//! leading apostrophe. Deprecated concepts are left out unless [`Deprecated::Mark`] is given.
//!
//! ```
//! use jos_exchange::{codebook, qdc::Options};
//! use jos_taxonomy::Taxonomy;
//!
//! let csv = codebook::to_csv(Taxonomy::builtin(), &Options::default()).unwrap();
//! assert!(csv.starts_with("facet,facet_label,facet_question,"));
//! ```

use jos_taxonomy::model::Taxonomy;
use jos_taxonomy::text::{plain_text, safe_cell};

use crate::qdc::{Deprecated, Options};
use crate::{Error, Uris};

/// The header row.
pub const COLUMNS: [&str; 15] = [
    "facet",
    "facet_label",
    "facet_question",
    "facet_decision_rule",
    "code",
    "label",
    "parent",
    "position",
    "alt_labels",
    "definition",
    "scope_note",
    "examples",
    "deprecated",
    "replaced_by",
    "uri",
];

/// The codebook of the tag facets as CSV (see the module documentation for the columns).
///
/// Fails only when a facet id is a segment the URI policy reserves (see [`Error`]).
pub fn to_csv(t: &Taxonomy, options: &Options) -> Result<String, Error> {
    let lang = options.lang;
    let mut w = csv::WriterBuilder::new()
        .terminator(csv::Terminator::CRLF)
        .from_writer(Vec::new());
    let mut row = |cells: &[&str]| {
        w.write_record(cells.iter().map(|c| safe_cell(c).into_owned()))
            .unwrap_or_else(|e| unreachable!("writing to memory cannot fail: {e}"));
    };
    row(&COLUMNS);
    for f in t.tag_facets() {
        Uris::check_facet(&f.id)?;
        let facet_label = f.label.best(lang);
        let question = f.question.best(lang);
        let rule = plain_text(f.decision_rule.best(lang));
        for c in &f.concepts {
            if c.is_deprecated() && options.deprecated == Deprecated::Omit {
                continue;
            }
            let alt: Vec<&str> = c
                .alt_labels
                .get(lang)
                .chain(c.abbreviations.get(lang))
                .collect();
            let examples: Vec<&str> = c.examples.get(lang).collect();
            let replaced: Vec<&str> = c
                .deprecated
                .iter()
                .flat_map(|d| d.replaced_by.iter().map(|r| r.value.as_str()))
                .collect();
            let position = c.position.as_ref().map(|p| p.value.to_string());
            row(&[
                &f.id,
                facet_label,
                question,
                &rule,
                &c.id,
                c.label.best(lang),
                c.broader.as_ref().map_or("", |b| b.value.as_str()),
                position.as_deref().unwrap_or(""),
                &alt.join("; "),
                &plain_text(c.definition.best(lang)),
                &plain_text(c.scope_note.get(lang).unwrap_or("")),
                &examples.join("; "),
                if c.is_deprecated() { "true" } else { "false" },
                &replaced.join(";"),
                &options.uris.concept(&f.id, &c.id),
            ]);
        }
    }
    let bytes = w
        .into_inner()
        .unwrap_or_else(|e| unreachable!("writing to memory cannot fail: {e}"));
    Ok(String::from_utf8(bytes).unwrap_or_else(|e| unreachable!("CSV of UTF-8 is UTF-8: {e}")))
}
