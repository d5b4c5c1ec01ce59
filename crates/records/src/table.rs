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

/// A small table in memory as CSV (UTF-8, CRLF), every cell made safe for spreadsheets.
pub(crate) fn memory_csv<'a>(
    rows: impl IntoIterator<Item = Vec<std::borrow::Cow<'a, str>>>,
) -> Vec<u8> {
    let mut w = writer(Vec::new());
    for cells in rows {
        let cells: Vec<&str> = cells.iter().map(|c| c.as_ref()).collect();
        row(&mut w, &cells).unwrap_or_else(|e| unreachable!("writing to memory cannot fail: {e}"));
    }
    w.into_inner()
        .unwrap_or_else(|e| unreachable!("writing to memory cannot fail: {e}"))
}

/// A CSV table written by this module (comma separated) as Dutch Excel opens it by a double
/// click: separated by `;`, with a UTF-8 byte order mark so that accents survive, CRLF line
/// ends, and percentages with a decimal comma (`7,7%`, which Dutch Excel reads as a number;
/// `7.7%` would stay text). Other cells are kept as they are (they are already safe for
/// spreadsheets).
///
/// ```
/// let csv = b"record,label,share\r\np1,\"Zorg; advies\",7.7%\r\n";
/// let excel = jos_records::table::for_dutch_excel(csv).unwrap();
/// assert_eq!(excel, "\u{feff}record;label;share\r\np1;\"Zorg; advies\";7,7%\r\n".as_bytes());
/// ```
pub fn for_dutch_excel(csv: &[u8]) -> std::io::Result<Vec<u8>> {
    let mut out = "\u{feff}".as_bytes().to_vec();
    let mut w = csv::WriterBuilder::new()
        .delimiter(b';')
        .terminator(csv::Terminator::CRLF)
        .from_writer(&mut out);
    let mut r = csv::ReaderBuilder::new()
        .has_headers(false)
        .flexible(true)
        .from_reader(csv);
    for record in r.records() {
        let record = record.map_err(std::io::Error::other)?;
        w.write_record(record.iter().map(|cell| {
            let number = cell.strip_suffix('%').and_then(|n| n.split_once('.'));
            match number {
                Some((whole, part))
                    if !whole.is_empty()
                        && !part.is_empty()
                        && whole.bytes().all(|b| b.is_ascii_digit())
                        && part.bytes().all(|b| b.is_ascii_digit()) =>
                {
                    format!("{whole},{part}%")
                }
                _ => cell.to_owned(),
            }
        }))
        .map_err(std::io::Error::other)?;
    }
    w.flush()?;
    drop(w);
    Ok(out)
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

/// Counts per facet and concept, or a cross-table of two facets or record fields (`status`,
/// `region`, `coder`, ...), with the bases a reader needs: how many records coded each facet,
/// how many gave it as unknown (`?`), how many left it out, and how many carry several codes.
///
/// ```
/// use jos_records::{self as records, Format, table::Summary};
/// use jos_taxonomy::{Lang, Taxonomy};
///
/// let csv = "id,status,education\na,pilot,vo;mbo\nb,pilot,?\nc,ended,vo\n";
/// let mut s = Summary::new(None);
/// for r in records::parse_str("s.csv", csv, Format::Csv).unwrap() {
///     s.add(&r);
/// }
/// assert_eq!((s.records, s.tagged["education"], s.unknown["education"]), (3, 2, 1));
/// assert_eq!(s.several["education"], 1); // `a` carries two codes
/// let md = s.to_markdown(Taxonomy::builtin(), Lang::En);
/// assert!(md.contains("2 of 3 records coded, 1 unknown (`?`), 0 not addressed"), "{md}");
///
/// let mut by = Summary::new(Some(("status".into(), "education".into())));
/// for r in records::parse_str("s.csv", csv, Format::Csv).unwrap() {
///     by.add(&r);
/// }
/// let md = by.to_markdown(Taxonomy::builtin(), Lang::En);
/// assert!(md.contains("| `pilot` | 1 | 1 | 1 |"), "{md}"); // vo, mbo, total
/// # Ok::<(), Box<dyn std::error::Error>>(())
/// ```
#[derive(Clone, Debug, Default)]
#[non_exhaustive]
pub struct Summary {
    /// Number of records read.
    pub records: usize,
    /// Facet -> number of records that tag it with at least one code.
    pub tagged: BTreeMap<String, usize>,
    /// Facet -> number of records that give it only as unknown (`?`, an empty list).
    pub unknown: BTreeMap<String, usize>,
    /// Facet -> number of records with two or more codes in it.
    pub several: BTreeMap<String, usize>,
    /// (facet, code) -> number of records carrying it.
    pub counts: BTreeMap<(String, String), usize>,
    /// (row value, column value) -> number of records carrying both, for the two `by` axes.
    pub cross: BTreeMap<(String, String), usize>,
    /// Row value -> records with it and a column value; column value -> the same.
    pub cross_totals: (BTreeMap<String, usize>, BTreeMap<String, usize>),
    /// Records with a value on both axes, and of them those counted in more than one cell.
    pub cross_records: (usize, usize),
    /// The two axes of the cross-table (facets or record fields), if one was asked for.
    pub by: Option<(String, String)>,
}

/// A record's values on one axis of a cross-table: a text field's value, or a facet's codes.
fn axis_values<'r>(r: &'r Record, axis: &str) -> Vec<&'r str> {
    match r.text_field(axis) {
        Some(f) => vec![f.value.trim()],
        None if crate::field_spec(axis).is_some() => Vec::new(),
        None => r.codes(axis).collect(),
    }
}

impl Summary {
    /// An empty summary; `by` names two facets or record fields to cross-tabulate, rows first.
    pub fn new(by: Option<(String, String)>) -> Self {
        Summary {
            by,
            ..Summary::default()
        }
    }

    /// Counts one record.
    pub fn add(&mut self, r: &Record) {
        self.records += 1;
        let mut facets: Vec<(&str, usize)> = Vec::new();
        for tags in &r.tags {
            let f = tags.facet.value.as_str();
            let i = match facets.iter().position(|(x, _)| *x == f) {
                Some(i) => i,
                None => {
                    facets.push((f, 0));
                    facets.len() - 1
                }
            };
            for code in tags.codes.iter().filter(|c| c.value != super::UNKNOWN) {
                *self
                    .counts
                    .entry((f.to_owned(), code.value.clone()))
                    .or_default() += 1;
                facets[i].1 += 1;
            }
        }
        for (f, n) in facets {
            let slot = match n {
                0 => &mut self.unknown,
                _ => &mut self.tagged,
            };
            *slot.entry(f.to_owned()).or_default() += 1;
            if n > 1 {
                *self.several.entry(f.to_owned()).or_default() += 1;
            }
        }
        if let Some((a, b)) = &self.by {
            let (xs, ys) = (axis_values(r, a), axis_values(r, b));
            if xs.is_empty() || ys.is_empty() {
                return;
            }
            for x in &xs {
                for y in &ys {
                    *self
                        .cross
                        .entry(((*x).to_owned(), (*y).to_owned()))
                        .or_default() += 1;
                }
                *self.cross_totals.0.entry((*x).to_owned()).or_default() += 1;
            }
            for y in &ys {
                *self.cross_totals.1.entry((*y).to_owned()).or_default() += 1;
            }
            self.cross_records.0 += 1;
            if xs.len() * ys.len() > 1 {
                self.cross_records.1 += 1;
            }
        }
    }

    /// The counts as rows (facet, code, label, records, share of the records that coded the
    /// facet), facets and concepts in taxonomy order, codes the taxonomy does not know after
    /// them, deprecated codes only when used; then per facet a row `?` (unknown) and a row
    /// `(not addressed)`, whose share is of all records.
    pub fn rows(&self, taxonomy: &Taxonomy, lang: Lang) -> Vec<[String; 5]> {
        let mut out = Vec::new();
        let share = |n: usize, of: usize| {
            if of == 0 {
                String::new()
            } else {
                format!("{:.1}%", 100.0 * n as f64 / of as f64)
            }
        };
        for f in taxonomy.tag_facets() {
            for (code, label, n) in self.facet_rows(f, lang) {
                out.push([
                    f.id.clone(),
                    code,
                    label,
                    n.to_string(),
                    share(n, self.base(&f.id)),
                ]);
            }
            let (unknown, missing) = self.missing(&f.id);
            let words = Words::of(lang);
            for (code, label, n) in [
                (super::UNKNOWN, words.unknown, unknown),
                (words.not_addressed_code, words.not_addressed, missing),
            ] {
                out.push([
                    f.id.clone(),
                    code.to_owned(),
                    label.to_owned(),
                    n.to_string(),
                    share(n, self.records),
                ]);
            }
        }
        out
    }

    /// Records that coded `facet`: the base of its shares.
    fn base(&self, facet: &str) -> usize {
        self.tagged.get(facet).copied().unwrap_or(0)
    }

    /// Records that give `facet` as unknown, and records that leave it out.
    fn missing(&self, facet: &str) -> (usize, usize) {
        let unknown = self.unknown.get(facet).copied().unwrap_or(0);
        (
            unknown,
            self.records.saturating_sub(self.base(facet) + unknown),
        )
    }

    /// A facet's codes with label and count: concepts in order (deprecated ones only when
    /// used), then codes the taxonomy does not know.
    fn facet_rows(
        &self,
        f: &jos_taxonomy::model::Facet,
        lang: Lang,
    ) -> Vec<(String, String, usize)> {
        let count = |code: &str| {
            self.counts
                .get(&(f.id.clone(), code.to_owned()))
                .copied()
                .unwrap_or(0)
        };
        let mut rows: Vec<(String, String, usize)> = f
            .in_order()
            .iter()
            .filter(|c| !c.is_deprecated() || count(&c.id) > 0)
            .map(|c| (c.id.clone(), c.label.best(lang).to_owned(), count(&c.id)))
            .collect();
        for ((facet, code), &n) in self.counts.range((f.id.clone(), String::new())..) {
            if facet != &f.id {
                break;
            }
            if !rows.iter().any(|(c, _, _)| c == code) {
                rows.push((code.clone(), String::new(), n));
            }
        }
        rows
    }

    /// The summary as Markdown: per facet its base and the counts; with `by`, the cross-table
    /// alone, with totals.
    pub fn to_markdown(&self, taxonomy: &Taxonomy, lang: Lang) -> String {
        let w = Words::of(lang);
        if let Some((a, b)) = &self.by {
            return self.cross_markdown(taxonomy, a, b, &w);
        }
        let mut s = format!("{} {}\n", self.records, w.records);
        let mut untouched = Vec::new();
        for f in taxonomy.tag_facets() {
            let base = self.base(&f.id);
            let (unknown, missing) = self.missing(&f.id);
            if base + unknown == 0 && self.records > 0 {
                untouched.push(format!("`{}`", f.id));
                continue;
            }
            s.push_str(&format!(
                "\n### {} (`{}`)\n\n{}\n",
                md_cell(f.label.best(lang)),
                f.id,
                (w.bases)(base, self.records, unknown, missing)
            ));
            if self.several.get(&f.id).copied().unwrap_or(0) > 0 {
                s.push_str(&format!("{}\n", (w.several)(self.several[&f.id])));
            }
            s.push_str(&format!(
                "\n| {} | {} | {} | {} |\n|---|---|---:|---:|\n",
                w.code,
                w.label,
                w.records,
                (w.share_of)(base)
            ));
            for (code, label, n) in self.facet_rows(f, lang) {
                let share = if base == 0 {
                    String::new()
                } else {
                    format!("{:.1}%", 100.0 * n as f64 / base as f64)
                };
                s.push_str(&format!(
                    "| `{code}` | {} | {n} | {share} |\n",
                    md_cell(&label)
                ));
            }
        }
        if !untouched.is_empty() {
            s.push_str(&format!("\n{}: {}.\n", w.untouched, untouched.join(", ")));
        }
        s
    }

    fn cross_markdown(&self, taxonomy: &Taxonomy, a: &str, b: &str, w: &Words) -> String {
        let (rows, cols) = (self.axis(taxonomy, a, 0), self.axis(taxonomy, b, 1));
        let (records, several) = self.cross_records;
        let mut s = format!(
            "{} {}; {}\n\n| {a} \\ {b} |",
            self.records,
            w.records,
            (w.cross_base)(records, a, b)
        );
        for c in &cols {
            s.push_str(&format!(" `{c}` |"));
        }
        s.push_str(&format!(" {} |\n|---|", w.total));
        s.push_str(&"---:|".repeat(cols.len() + 1));
        s.push('\n');
        let cell = |r: &str, c: &str| {
            self.cross
                .get(&(r.to_owned(), c.to_owned()))
                .copied()
                .unwrap_or(0)
        };
        for r in &rows {
            s.push_str(&format!("| `{r}` |"));
            for c in &cols {
                s.push_str(&format!(" {} |", cell(r, c)));
            }
            let total = self.cross_totals.0.get(r).copied().unwrap_or(0);
            s.push_str(&format!(" {total} |\n"));
        }
        s.push_str(&format!("| {} |", w.total));
        for c in &cols {
            let total = self.cross_totals.1.get(c).copied().unwrap_or(0);
            s.push_str(&format!(" {total} |"));
        }
        s.push_str(&format!(" {records} |\n"));
        if several > 0 {
            s.push_str(&format!("\n{}\n", (w.counted_twice)(several)));
        }
        s
    }

    /// Writes the counts (with `?` and not-addressed rows and each facet's base), or, when `by`
    /// is set, the cross-table with totals, as CSV.
    pub fn write_csv<W: Write>(
        &self,
        taxonomy: &Taxonomy,
        lang: Lang,
        out: W,
    ) -> std::io::Result<()> {
        let mut w = writer(out);
        match &self.by {
            None => {
                row(
                    &mut w,
                    &["facet", "code", "label", "records", "share", "base"],
                )?;
                for r in self.rows(taxonomy, lang) {
                    let base =
                        if r[1] == super::UNKNOWN || r[1] == Words::of(lang).not_addressed_code {
                            self.records
                        } else {
                            self.base(&r[0])
                        };
                    let base = base.to_string();
                    let mut cells: Vec<&str> = r.iter().map(String::as_str).collect();
                    cells.push(&base);
                    row(&mut w, &cells)?;
                }
            }
            Some((a, b)) => {
                let (rows, cols) = (self.axis(taxonomy, a, 0), self.axis(taxonomy, b, 1));
                let total = Words::of(lang).total;
                let mut header = vec![format!("{a}\\{b}")];
                header.extend(cols.iter().cloned());
                header.push(total.to_owned());
                row(
                    &mut w,
                    &header.iter().map(String::as_str).collect::<Vec<_>>(),
                )?;
                let count = |m: &BTreeMap<String, usize>, k: &str| {
                    m.get(k).copied().unwrap_or(0).to_string()
                };
                for r in &rows {
                    let mut cells = vec![r.clone()];
                    cells.extend(cols.iter().map(|c| {
                        self.cross
                            .get(&(r.clone(), c.clone()))
                            .copied()
                            .unwrap_or(0)
                            .to_string()
                    }));
                    cells.push(count(&self.cross_totals.0, r));
                    row(
                        &mut w,
                        &cells.iter().map(String::as_str).collect::<Vec<_>>(),
                    )?;
                }
                let mut cells = vec![total.to_owned()];
                cells.extend(cols.iter().map(|c| count(&self.cross_totals.1, c)));
                cells.push(self.cross_records.0.to_string());
                row(
                    &mut w,
                    &cells.iter().map(String::as_str).collect::<Vec<_>>(),
                )?;
            }
        }
        w.flush()
    }

    /// The values along one axis of the cross-table: a facet's concepts that occur in the
    /// records, in taxonomy order, then any other value that occurs (sorted).
    fn axis(&self, taxonomy: &Taxonomy, facet: &str, side: usize) -> Vec<String> {
        let totals = if side == 0 {
            &self.cross_totals.0
        } else {
            &self.cross_totals.1
        };
        let mut values: Vec<String> = taxonomy
            .facet(facet)
            .map(|f| {
                f.in_order()
                    .iter()
                    .filter(|c| totals.contains_key(&c.id))
                    .map(|c| c.id.clone())
                    .collect()
            })
            .unwrap_or_default();
        for v in totals.keys() {
            if !values.contains(v) {
                values.push(v.clone());
            }
        }
        values
    }
}

/// The summary's words in Dutch and English.
struct Words {
    records: &'static str,
    code: &'static str,
    label: &'static str,
    total: &'static str,
    unknown: &'static str,
    not_addressed: &'static str,
    not_addressed_code: &'static str,
    untouched: &'static str,
    share_of: fn(usize) -> String,
    bases: fn(usize, usize, usize, usize) -> String,
    several: fn(usize) -> String,
    cross_base: fn(usize, &str, &str) -> String,
    counted_twice: fn(usize) -> String,
}

impl Words {
    fn of(lang: Lang) -> Words {
        match lang {
            Lang::Nl => Words {
                records: "records",
                code: "code",
                label: "label",
                total: "totaal",
                unknown: "onbekend (de bronnen zeggen het niet)",
                not_addressed: "niet getagd",
                not_addressed_code: "(niet getagd)",
                untouched: "Door geen enkel record getagd",
                share_of: |n| format!("aandeel van {n}"),
                bases: |base, all, unknown, missing| {
                    format!(
                        "{base} van {all} records gecodeerd, {unknown} onbekend (`?`), {missing} niet getagd; de aandelen zijn van de {base} gecodeerde."
                    )
                },
                several: |n| {
                    format!(
                        "{n} record{} {} meer dan één code; die tellen bij elke code mee, dus de aandelen tellen op tot meer dan 100%.",
                        if n == 1 { "" } else { "s" },
                        if n == 1 { "heeft" } else { "hebben" }
                    )
                },
                cross_base: |n, a, b| {
                    format!("{n} records met een waarde voor zowel `{a}` als `{b}`.")
                },
                counted_twice: |n| {
                    format!(
                        "{n} record{} {} meer dan één waarde en {} in meer dan één cel mee; de totalen tellen elk record één keer.",
                        if n == 1 { "" } else { "s" },
                        if n == 1 { "heeft" } else { "hebben" },
                        if n == 1 { "telt" } else { "tellen" }
                    )
                },
            },
            _ => Words {
                records: "records",
                code: "code",
                label: "label",
                total: "total",
                unknown: "unknown (the sources do not say)",
                not_addressed: "not addressed",
                not_addressed_code: "(not addressed)",
                untouched: "Tagged by no record",
                share_of: |n| format!("share of {n}"),
                bases: |base, all, unknown, missing| {
                    format!(
                        "{base} of {all} records coded, {unknown} unknown (`?`), {missing} not addressed; shares are of the {base} coded."
                    )
                },
                several: |n| {
                    format!(
                        "{n} record{} more than one code; {} counted under each, so the shares add up to more than 100%.",
                        if n == 1 { " has" } else { "s have" },
                        if n == 1 { "it is" } else { "they are" }
                    )
                },
                cross_base: |n, a, b| format!("{n} records with a value for both `{a}` and `{b}`."),
                counted_twice: |n| {
                    format!(
                        "{n} record{} more than one value and {} in more than one cell; the totals count each record once.",
                        if n == 1 { " has" } else { "s have" },
                        if n == 1 { "counts" } else { "count" }
                    )
                },
            },
        }
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
