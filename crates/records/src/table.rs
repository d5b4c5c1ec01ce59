//! Tables from records for R, SPSS, Excel and reports: long and wide CSV exports, counts per
//! concept, and cross-tables of two facets. Everything streams: records go in one at a time.

use std::collections::BTreeMap;
use std::io::Write;

use super::Record;
use jos_taxonomy::lang::Lang;
use jos_taxonomy::model::Taxonomy;

pub use jos_taxonomy::text::safe_cell;

fn writer<W: Write>(out: W) -> csv::Writer<W> {
    csv::WriterBuilder::new()
        .terminator(csv::Terminator::CRLF)
        .from_writer(out)
}

fn row<W: Write>(w: &mut csv::Writer<W>, cells: &[&str]) -> std::io::Result<()> {
    w.write_record(cells.iter().map(|c| safe_cell(c).into_owned()))
        .map_err(std::io::Error::other)
}

/// Writes a tidy long table: one row per (record, facet, code), with the concept's label in
/// `lang`. UTF-8 with a header row.
pub fn write_long<W: Write>(
    taxonomy: &Taxonomy,
    records: impl IntoIterator<Item = Record>,
    lang: Lang,
    out: W,
) -> std::io::Result<()> {
    let mut w = writer(out);
    row(&mut w, &["record", "facet", "code", "label"])?;
    for r in records {
        for tags in &r.tags {
            for code in tags.codes.iter().filter(|c| c.value != super::UNKNOWN) {
                let label = taxonomy
                    .concept(&code.value)
                    .map_or("", |c| c.label.best(lang));
                row(&mut w, &[r.id(), &tags.facet.value, &code.value, label])?;
            }
        }
    }
    w.flush()
}

/// The record fields written before the code columns of the wide table: text fields of
/// [`crate::RECORD_FIELDS`], in the order an analyst reads them.
const WIDE_FIELDS: &[&str] = &[
    "id",
    "name",
    "status",
    "region",
    "start",
    "end",
    "taxonomy_version",
    "coder",
];

/// Writes a wide table: one row per record, the record's fields, then one `facet.code` column per
/// concept holding 1 or 0. A facet the record does not tag, or tags as unknown, is left empty in
/// all its columns (missing, not 0), so analyses do not read "not known" as "absent".
pub fn write_wide<W: Write>(
    taxonomy: &Taxonomy,
    records: impl IntoIterator<Item = Record>,
    out: W,
) -> std::io::Result<()> {
    let mut w = writer(out);
    let columns: Vec<(&str, &str)> = taxonomy
        .tag_facets()
        .flat_map(|f| {
            f.in_order()
                .into_iter()
                .map(move |c| (f.id.as_str(), c.id.as_str()))
        })
        .collect();
    let mut header: Vec<String> = WIDE_FIELDS.iter().map(|s| (*s).to_owned()).collect();
    header.extend(columns.iter().map(|(f, c)| format!("{f}.{c}")));
    w.write_record(&header).map_err(std::io::Error::other)?;
    for r in records {
        let mut cells: Vec<String> = WIDE_FIELDS
            .iter()
            .map(|name| {
                r.text_field(name)
                    .map_or(String::new(), |f| f.value.clone())
            })
            .collect();
        for (facet, code) in &columns {
            let tagged = r.codes(facet).next().is_some();
            cells.push(match (tagged, r.codes(facet).any(|c| c == *code)) {
                (false, _) => String::new(),
                (true, true) => "1".to_owned(),
                (true, false) => "0".to_owned(),
            });
        }
        w.write_record(cells.iter().map(|c| safe_cell(c).into_owned()))
            .map_err(std::io::Error::other)?;
    }
    w.flush()
}

/// Counts per facet and concept, and optionally a cross-table of two facets.
#[derive(Clone, Debug, Default)]
#[non_exhaustive]
pub struct Summary {
    /// Number of records read.
    pub records: usize,
    /// Facet -> number of records that tag it with at least one code.
    pub tagged: BTreeMap<String, usize>,
    /// (facet, code) -> number of records carrying it.
    pub counts: BTreeMap<(String, String), usize>,
    /// (row code, column code) -> number of records carrying both, for the two `by` facets.
    pub cross: BTreeMap<(String, String), usize>,
    /// The two facets of the cross-table, if one was asked for.
    pub by: Option<(String, String)>,
}

impl Summary {
    /// An empty summary; `by` names two facets to cross-tabulate.
    pub fn new(by: Option<(String, String)>) -> Self {
        Summary {
            by,
            ..Summary::default()
        }
    }

    /// Counts one record.
    pub fn add(&mut self, r: &Record) {
        self.records += 1;
        let mut facets: Vec<&str> = Vec::new();
        for tags in &r.tags {
            for code in tags.codes.iter().filter(|c| c.value != super::UNKNOWN) {
                *self
                    .counts
                    .entry((tags.facet.value.clone(), code.value.clone()))
                    .or_default() += 1;
                if !facets.contains(&tags.facet.value.as_str()) {
                    facets.push(&tags.facet.value);
                }
            }
        }
        for f in facets {
            *self.tagged.entry(f.to_owned()).or_default() += 1;
        }
        if let Some((a, b)) = &self.by {
            for x in r.codes(a) {
                for y in r.codes(b) {
                    *self.cross.entry((x.to_owned(), y.to_owned())).or_default() += 1;
                }
            }
        }
    }

    /// The counts as rows (facet, code, label, records, share of the records that tag the facet),
    /// facets and concepts in taxonomy order; codes the taxonomy does not know come last.
    pub fn rows(&self, taxonomy: &Taxonomy, lang: Lang) -> Vec<[String; 5]> {
        let mut out = Vec::new();
        for f in taxonomy.tag_facets() {
            let tagged = self.tagged.get(&f.id).copied().unwrap_or(0);
            let mut codes: Vec<(String, String)> = f
                .in_order()
                .iter()
                .map(|c| (c.id.clone(), c.label.best(lang).to_owned()))
                .collect();
            for ((facet, code), _) in self.counts.range((f.id.clone(), String::new())..) {
                if facet != &f.id {
                    break;
                }
                if !codes.iter().any(|(c, _)| c == code) {
                    codes.push((code.clone(), String::new()));
                }
            }
            for (code, label) in codes {
                let n = self
                    .counts
                    .get(&(f.id.clone(), code.clone()))
                    .copied()
                    .unwrap_or(0);
                let share = if tagged == 0 {
                    String::new()
                } else {
                    format!("{:.1}%", 100.0 * n as f64 / tagged as f64)
                };
                out.push([f.id.clone(), code, label, n.to_string(), share]);
            }
        }
        out
    }

    /// Writes the counts as a Markdown table, then the cross-table if there is one.
    pub fn to_markdown(&self, taxonomy: &Taxonomy, lang: Lang) -> String {
        let mut s = format!(
            "{} records\n\n| facet | code | label | records | share |\n|---|---|---|---:|---:|\n",
            self.records
        );
        for [f, c, l, n, p] in self.rows(taxonomy, lang) {
            s.push_str(&format!("| {f} | `{c}` | {} | {n} | {p} |\n", md_cell(&l)));
        }
        if let Some((a, b)) = &self.by {
            let (rows, cols) = (self.axis(taxonomy, a, 0), self.axis(taxonomy, b, 1));
            s.push_str(&format!("\n{a} × {b}\n\n| {a} \\ {b} |"));
            for c in &cols {
                s.push_str(&format!(" `{c}` |"));
            }
            s.push_str("\n|---|");
            s.push_str(&"---:|".repeat(cols.len()));
            s.push('\n');
            for r in &rows {
                s.push_str(&format!("| `{r}` |"));
                for c in &cols {
                    s.push_str(&format!(
                        " {} |",
                        self.cross
                            .get(&(r.clone(), c.clone()))
                            .copied()
                            .unwrap_or(0)
                    ));
                }
                s.push('\n');
            }
        }
        s
    }

    /// Writes the counts (or, when `by` is set, the cross-table) as CSV.
    pub fn write_csv<W: Write>(
        &self,
        taxonomy: &Taxonomy,
        lang: Lang,
        out: W,
    ) -> std::io::Result<()> {
        let mut w = writer(out);
        match &self.by {
            None => {
                row(&mut w, &["facet", "code", "label", "records", "share"])?;
                for r in self.rows(taxonomy, lang) {
                    row(&mut w, &r.iter().map(String::as_str).collect::<Vec<_>>())?;
                }
            }
            Some((a, b)) => {
                let (rows, cols) = (self.axis(taxonomy, a, 0), self.axis(taxonomy, b, 1));
                let mut header = vec![format!("{a}\\{b}")];
                header.extend(cols.iter().cloned());
                row(
                    &mut w,
                    &header.iter().map(String::as_str).collect::<Vec<_>>(),
                )?;
                for r in &rows {
                    let mut cells = vec![r.clone()];
                    cells.extend(cols.iter().map(|c| {
                        self.cross
                            .get(&(r.clone(), c.clone()))
                            .copied()
                            .unwrap_or(0)
                            .to_string()
                    }));
                    row(
                        &mut w,
                        &cells.iter().map(String::as_str).collect::<Vec<_>>(),
                    )?;
                }
            }
        }
        w.flush()
    }

    /// The codes along one axis of the cross-table: the facet's concepts that occur in the
    /// records, in taxonomy order, then any other code that occurs.
    fn axis(&self, taxonomy: &Taxonomy, facet: &str, side: usize) -> Vec<String> {
        let used = |code: &str| {
            self.counts
                .contains_key(&(facet.to_owned(), code.to_owned()))
        };
        let mut codes: Vec<String> = taxonomy
            .facet(facet)
            .map(|f| {
                f.in_order()
                    .iter()
                    .filter(|c| used(&c.id))
                    .map(|c| c.id.clone())
                    .collect()
            })
            .unwrap_or_default();
        for (x, y) in self.cross.keys() {
            let code = if side == 0 { x } else { y };
            if !codes.contains(code) {
                codes.push(code.clone());
            }
        }
        codes
    }
}

fn md_cell(s: &str) -> String {
    s.replace('|', "\\|")
}

#[cfg(test)]
mod tests {
    #[test]
    fn wide_fields_are_text_fields_of_the_format() {
        for name in super::WIDE_FIELDS {
            assert!(
                crate::field_spec(name).is_some_and(|f| f.kind.is_text()),
                "{name}"
            );
        }
    }
}
