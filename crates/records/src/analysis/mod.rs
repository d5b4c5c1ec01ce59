//! Analysis-ready data sets: one row per record, one column per variable, with a codebook and
//! the syntax that opens them with labels in SPSS (and GNU PSPP), R and Excel.
//!
//! The variables, in order:
//!
//! - the record's fields: `id`, `name`, `status`, `region`, `start`, `end`, `taxonomy_version`,
//!   `coder`, then the organisations (`schools`, `youth_care`, `municipalities`,
//!   `other_organisations`, several separated by `; `);
//! - per tag facet, in the taxonomy's order:
//!   - `{facet}`: the code (a single-valued facet) or the codes separated by `;` (a
//!     multi-valued one), `?` when the sources do not say, empty when the facet was not tagged;
//!   - `{facet}_status`: 1 coded, -1 unknown (`?`), -2 not tagged;
//!   - an ordered single-valued facet: `{facet}_pos`, the code's position on the scale;
//!   - an ordered multi-valued facet: `{facet}_min` and `{facet}_max`, the lowest and highest
//!     position of its codes;
//!   - a multi-valued facet: one 0/1 column per concept (`{facet}_{concept}`), with -1 and -2 as
//!     in `_status` when the facet is unknown or not tagged, so that "not known" is never read
//!     as "absent". Deprecated concepts get a column only when a record uses them;
//! - `description` and `notes`;
//! - every other column or field the records carry, named after it.
//!
//! Numeric columns use -1 (unknown) and -2 (not tagged) as missing values; text columns `?` and
//! empty. Names follow the scheme of [`MAX_NAME_LEN`] and the module `names` (valid in SPSS,
//! Stata and R). The codebook gives every variable's facet, code, Dutch and English label,
//! definition and scale position.
//!
//! ```
//! use jos_records::{self as records, Format, analysis::Dataset};
//! use jos_taxonomy::{Lang, Taxonomy};
//!
//! let csv = "id,stay,education,Projectleider\np1,short-term,vo;mbo,Anna\np2,?,vo,\n";
//! let records = records::parse_str("p.csv", csv, Format::Csv).unwrap();
//! let data = Dataset::new(Taxonomy::builtin(), records);
//! let names: Vec<&str> = data.variables().iter().map(|v| v.name.as_str()).collect();
//! assert!(names.contains(&"stay_pos") && names.contains(&"education_mbo"));
//! assert_eq!(names.last(), Some(&"projectleider"));
//!
//! let out = String::from_utf8(data.to_csv()).unwrap();
//! let header: Vec<&str> = out.lines().next().unwrap().split(',').collect();
//! let second: Vec<&str> = out.lines().nth(2).unwrap().split(',').collect();
//! let cell = |row: &[&str], name: &str| row[header.iter().position(|h| *h == name).unwrap()].to_owned();
//! assert_eq!((cell(&second, "stay"), cell(&second, "stay_status")), ("?".into(), "-1".into()));
//! assert_eq!(cell(&second, "education_vo"), "1");
//! assert_eq!(cell(&second, "intensity_status"), "-2"); // not tagged
//! # Ok::<(), Box<dyn std::error::Error>>(())
//! ```

mod names;
mod r;
mod spss;
#[cfg(feature = "xlsx")]
mod xlsx;

use std::collections::BTreeSet;

pub use names::MAX_LEN as MAX_NAME_LEN;

use super::{ORGANISATION_FIELDS, Record, UNKNOWN};
use jos_taxonomy::lang::Lang;
use jos_taxonomy::model::{Cardinality, Concept, Facet, Taxonomy};
use jos_taxonomy::text::{plain_text, safe_cell};

/// The value of a numeric column when the sources do not say (`?`).
pub const UNKNOWN_VALUE: i64 = -1;
/// The value of a numeric column when the record does not tag the facet.
pub const NOT_TAGGED_VALUE: i64 = -2;

/// What a variable holds.
#[derive(Copy, Clone, Debug, PartialEq, Eq)]
#[non_exhaustive]
pub enum Kind {
    /// Text: a record field, an organisation list or an extra column.
    Text,
    /// The code of a single-valued facet (text, `?`, or empty).
    Code,
    /// The codes of a multi-valued facet, separated by `;` (text, `?`, or empty).
    Codes,
    /// Whether the facet is coded (1), unknown (-1) or not tagged (-2).
    Status,
    /// 1 when the record carries the concept, 0 when it does not, -1 or -2 as for the status.
    Dummy,
    /// The position on the scale of an ordered single-valued facet's code.
    Position,
    /// The lowest position on the scale of an ordered multi-valued facet's codes.
    Lowest,
    /// The highest position on the scale of an ordered multi-valued facet's codes.
    Highest,
}

impl Kind {
    /// Whether the column holds numbers.
    pub fn is_numeric(self) -> bool {
        !matches!(self, Kind::Text | Kind::Code | Kind::Codes)
    }

    /// The type as the codebook names it.
    pub fn as_str(self) -> &'static str {
        match self {
            Kind::Text => "text",
            Kind::Code => "code",
            Kind::Codes => "codes",
            Kind::Status => "status",
            Kind::Dummy => "0/1",
            Kind::Position => "position",
            Kind::Lowest => "lowest position",
            Kind::Highest => "highest position",
        }
    }
}

/// One column of the data set.
#[derive(Clone, Debug, PartialEq, Eq)]
#[non_exhaustive]
pub struct Variable {
    /// The name, valid in SPSS, Stata and R.
    pub name: String,
    /// What it holds.
    pub kind: Kind,
    /// The record field, organisation list or extra column it comes from (for [`Kind::Text`]).
    pub field: Option<String>,
    /// The facet it comes from.
    pub facet: Option<String>,
    /// The concept of a [`Kind::Dummy`].
    pub code: Option<String>,
}

/// One cell of the data set.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Cell {
    /// A text.
    Text(String),
    /// A whole number.
    Number(i64),
    /// Nothing (a number that cannot be given, such as the position of an unknown code).
    Empty,
}

/// Records with their variables, ready to be written as CSV, SPSS syntax, an R script or a
/// workbook.
#[derive(Clone, Debug)]
pub struct Dataset<'t> {
    taxonomy: &'t Taxonomy,
    variables: Vec<Variable>,
    records: Vec<Record>,
}

/// The record fields before the facets, with their Dutch and English labels.
const FIRST_FIELDS: &[(&str, &str, &str)] = &[
    ("id", "Id van de praktijk", "Practice id"),
    ("name", "Naam", "Name"),
    ("status", "Status", "Status"),
    ("region", "Gemeente of regio", "Municipality or region"),
    ("start", "Begindatum", "Start date"),
    ("end", "Einddatum", "End date"),
    (
        "taxonomy_version",
        "Versie van de taxonomie",
        "Taxonomy version",
    ),
    ("coder", "Codeur", "Coder"),
];

/// The organisation lists, by their CSV column, with labels.
const ORGANISATIONS: &[(&str, &str, &str)] = &[
    ("schools", "Scholen", "Schools"),
    ("youth_care", "Jeugdhulpaanbieders", "Youth-care providers"),
    ("municipalities", "Gemeenten", "Municipalities"),
    (
        "other_organisations",
        "Andere organisaties",
        "Other organisations",
    ),
];

/// The long texts after the facets.
const LAST_FIELDS: &[(&str, &str, &str)] = &[
    ("description", "Beschrijving", "Description"),
    ("notes", "Notities", "Notes"),
];

/// The statuses' labels.
const STATUS_LABELS: &[(&str, &str, &str)] = &[
    ("pilot", "pilot", "pilot"),
    ("standing-practice", "staande praktijk", "standing practice"),
    ("ended", "beëindigd", "ended"),
];

fn pick<'a>(lang: Lang, nl: &'a str, en: &'a str) -> &'a str {
    if lang == Lang::En { en } else { nl }
}

impl<'t> Dataset<'t> {
    /// The data set of `records`, with the tag facets of `taxonomy` (the one the records are
    /// checked with). Every field is kept: extra columns and facets `taxonomy` does not know
    /// become text columns after the others.
    pub fn new(taxonomy: &'t Taxonomy, records: Vec<Record>) -> Self {
        let mut names = names::Names::default();
        let mut variables = Vec::new();
        let text = |names: &mut names::Names, field: &str, wanted: &str| Variable {
            name: names.take(wanted),
            kind: Kind::Text,
            field: Some(field.to_owned()),
            facet: None,
            code: None,
        };
        for (field, _, _) in FIRST_FIELDS.iter().chain(ORGANISATIONS) {
            variables.push(text(&mut names, field, field));
        }
        let used: BTreeSet<&str> = records
            .iter()
            .flat_map(|r| r.tags.iter().flat_map(|t| t.codes.iter()))
            .map(|c| c.value.as_str())
            .collect();
        for f in taxonomy.tag_facets() {
            let facet = |kind, name: String, code: Option<&Concept>| Variable {
                name,
                kind,
                field: None,
                facet: Some(f.id.clone()),
                code: code.map(|c| c.id.clone()),
            };
            let base = names::part(&f.id);
            let single = f.cardinality == Cardinality::Single;
            variables.push(facet(
                if single { Kind::Code } else { Kind::Codes },
                names.take(&base),
                None,
            ));
            variables.push(facet(
                Kind::Status,
                names.take(&format!("{base}_status")),
                None,
            ));
            if f.ordered && single {
                variables.push(facet(
                    Kind::Position,
                    names.take(&format!("{base}_pos")),
                    None,
                ));
            }
            if f.ordered && !single {
                variables.push(facet(
                    Kind::Lowest,
                    names.take(&format!("{base}_min")),
                    None,
                ));
                variables.push(facet(
                    Kind::Highest,
                    names.take(&format!("{base}_max")),
                    None,
                ));
            }
            if !single {
                for c in concepts(f, &used) {
                    variables.push(facet(
                        Kind::Dummy,
                        names.take(&names::concept_name(&f.id, &c.id)),
                        Some(c),
                    ));
                }
            }
        }
        for (field, _, _) in LAST_FIELDS {
            variables.push(text(&mut names, field, field));
        }
        // What else the records carry, in the order first met: extra columns and fields, and
        // facets this taxonomy does not have.
        let mut seen: Vec<String> = Vec::new();
        for r in &records {
            let unknown_facets = r
                .tags
                .iter()
                .map(|t| t.facet.value.as_str())
                .filter(|f| taxonomy.facet(f).is_none_or(|f| !f.is_taggable()));
            for key in r
                .extra
                .iter()
                .map(|(k, _)| k.as_str())
                .chain(unknown_facets)
            {
                if !seen.iter().any(|s| s == key) {
                    seen.push(key.to_owned());
                    variables.push(text(&mut names, key, key));
                }
            }
        }
        Dataset {
            taxonomy,
            variables,
            records,
        }
    }

    /// The codebook alone: the variables of [`Dataset::new`] without records (no extra columns,
    /// no deprecated concepts).
    pub fn codebook(taxonomy: &'t Taxonomy) -> Self {
        Dataset::new(taxonomy, Vec::new())
    }

    /// The variables, in column order.
    pub fn variables(&self) -> &[Variable] {
        &self.variables
    }

    /// The records, in the order given.
    pub fn records(&self) -> &[Record] {
        &self.records
    }

    /// The taxonomy whose facets make the columns.
    pub fn taxonomy(&self) -> &'t Taxonomy {
        self.taxonomy
    }

    /// The cells of one record, one per variable.
    pub fn row(&self, r: &Record) -> Vec<Cell> {
        self.variables.iter().map(|v| self.cell(v, r)).collect()
    }

    fn cell(&self, v: &Variable, r: &Record) -> Cell {
        let text = |s: String| {
            if s.is_empty() {
                Cell::Empty
            } else {
                Cell::Text(s)
            }
        };
        if v.kind == Kind::Text {
            let key = v.field.as_deref().unwrap_or_default();
            if let Some(f) = r.text_field(key) {
                return text(f.value.clone());
            }
            if let Some(o) = ORGANISATION_FIELDS.iter().find(|o| o.csv_column == key) {
                let list = r.organisations.list(o.name).unwrap_or_default();
                return text(join(list.iter().map(|f| f.value.as_str()), "; "));
            }
            if let Some((_, value)) = r.extra.iter().find(|(k, _)| k == key) {
                return text(match value {
                    serde_json::Value::String(s) => s.clone(),
                    serde_json::Value::Null => String::new(),
                    other => other.to_string(),
                });
            }
            if let Some(t) = r.tags.iter().find(|t| t.facet.value == key) {
                return text(join(t.codes.iter().map(|c| c.value.as_str()), ";"));
            }
            return Cell::Empty;
        }
        let facet = v.facet.as_deref().unwrap_or_default();
        let tags = r.tags.iter().find(|t| t.facet.value == facet);
        let codes: Vec<&str> = tags
            .map(|t| {
                t.codes
                    .iter()
                    .map(|c| c.value.as_str())
                    .filter(|c| *c != UNKNOWN)
                    .collect()
            })
            .unwrap_or_default();
        let status = match (tags, codes.is_empty()) {
            (None, _) => NOT_TAGGED_VALUE,
            (Some(_), true) => UNKNOWN_VALUE,
            (Some(_), false) => 1,
        };
        let positions = || {
            codes
                .iter()
                .filter_map(|c| self.taxonomy.concept(c))
                .filter(|c| c.facet == facet)
                .filter_map(|c| c.position.as_ref().map(|p| i64::from(p.value)))
        };
        match v.kind {
            Kind::Code | Kind::Codes => match status {
                NOT_TAGGED_VALUE => Cell::Empty,
                UNKNOWN_VALUE => Cell::Text(UNKNOWN.to_owned()),
                _ => Cell::Text(codes.join(";")),
            },
            Kind::Status => Cell::Number(status),
            _ if status != 1 => Cell::Number(status),
            Kind::Dummy => {
                let code = v.code.as_deref().unwrap_or_default();
                Cell::Number(i64::from(codes.contains(&code)))
            }
            Kind::Position if codes.len() == 1 => {
                positions().next().map_or(Cell::Empty, Cell::Number)
            }
            Kind::Lowest => positions().min().map_or(Cell::Empty, Cell::Number),
            Kind::Highest => positions().max().map_or(Cell::Empty, Cell::Number),
            Kind::Position | Kind::Text => Cell::Empty,
        }
    }

    /// The data as CSV: UTF-8 without byte order mark, comma separated, LF line ends, a header
    /// row of variable names, numbers as numbers, texts made safe for spreadsheets (a text that
    /// starts with `=`, `+`, `-` or `@` gets a leading apostrophe) and on one line (a line
    /// break becomes a space: SPSS reads a CSV file line by line). The workbook keeps them.
    pub fn to_csv(&self) -> Vec<u8> {
        let mut w = csv::WriterBuilder::new().from_writer(Vec::new());
        let header: Vec<&str> = self.variables.iter().map(|v| v.name.as_str()).collect();
        w.write_record(&header)
            .unwrap_or_else(|e| unreachable!("writing to memory cannot fail: {e}"));
        for r in &self.records {
            let cells: Vec<String> = self
                .row(r)
                .into_iter()
                .map(|c| match c {
                    Cell::Text(s) => safe_cell(&one_line(&s)).into_owned(),
                    Cell::Number(n) => n.to_string(),
                    Cell::Empty => String::new(),
                })
                .collect();
            w.write_record(&cells)
                .unwrap_or_else(|e| unreachable!("writing to memory cannot fail: {e}"));
        }
        w.into_inner()
            .unwrap_or_else(|e| unreachable!("writing to memory cannot fail: {e}"))
    }

    /// The facet of a variable.
    fn facet_of(&self, v: &Variable) -> Option<&'t Facet> {
        self.taxonomy.facet(v.facet.as_deref()?)
    }

    /// A variable's label in `lang`.
    pub fn label(&self, v: &Variable, lang: Lang) -> String {
        let field_label = |key: &str| {
            FIRST_FIELDS
                .iter()
                .chain(ORGANISATIONS)
                .chain(LAST_FIELDS)
                .find(|(f, _, _)| *f == key)
                .map(|(_, nl, en)| pick(lang, nl, en).to_owned())
        };
        if v.kind == Kind::Text {
            let key = v.field.as_deref().unwrap_or_default();
            return field_label(key).unwrap_or_else(|| key.to_owned());
        }
        let Some(f) = self.facet_of(v) else {
            return v.name.clone();
        };
        let facet = f.label.best(lang);
        match v.kind {
            Kind::Code | Kind::Codes => facet.to_owned(),
            Kind::Status => format!(
                "{facet}: {}",
                pick(
                    lang,
                    "gecodeerd, onbekend of niet getagd",
                    "coded, unknown or not tagged"
                )
            ),
            Kind::Position => format!(
                "{facet}: {}",
                pick(lang, "plaats op de schaal", "position on the scale")
            ),
            Kind::Lowest => format!(
                "{facet}: {}",
                pick(
                    lang,
                    "laagste plaats op de schaal",
                    "lowest position on the scale"
                )
            ),
            Kind::Highest => format!(
                "{facet}: {}",
                pick(
                    lang,
                    "hoogste plaats op de schaal",
                    "highest position on the scale"
                )
            ),
            Kind::Dummy => {
                let concept = v
                    .code
                    .as_deref()
                    .and_then(|c| self.taxonomy.concept(c))
                    .map_or("", |c| c.label.best(lang));
                format!("{facet}: {concept}")
            }
            Kind::Text => unreachable!("handled above"),
        }
    }

    /// A variable's value labels in `lang`, missing values included (see
    /// [`Dataset::missing_values`]): for a code column each concept of the facet, for a
    /// position the concepts at their positions, for a status and a 0/1 column the codes of
    /// the module documentation, for `status` the three statuses.
    pub fn value_labels(&self, v: &Variable, lang: Lang) -> Vec<(Value, String)> {
        let missing = |out: &mut Vec<(Value, String)>| {
            out.extend(self.missing_values(v, lang));
        };
        let mut out = Vec::new();
        match v.kind {
            Kind::Text if v.field.as_deref() == Some("status") => {
                for (s, nl, en) in STATUS_LABELS {
                    out.push((Value::Text((*s).to_owned()), pick(lang, nl, en).to_owned()));
                }
            }
            Kind::Text | Kind::Codes => {}
            Kind::Code => {
                if let Some(f) = self.facet_of(v) {
                    for c in f.in_order() {
                        out.push((Value::Text(c.id.clone()), c.label.best(lang).to_owned()));
                    }
                }
                missing(&mut out);
            }
            Kind::Position | Kind::Lowest | Kind::Highest => {
                if let Some(f) = self.facet_of(v) {
                    for c in f.in_order() {
                        if let Some(p) = &c.position {
                            out.push((
                                Value::Number(i64::from(p.value)),
                                c.label.best(lang).to_owned(),
                            ));
                        }
                    }
                }
                missing(&mut out);
            }
            Kind::Status => {
                out.push((
                    Value::Number(1),
                    pick(lang, "gecodeerd", "coded").to_owned(),
                ));
                missing(&mut out);
            }
            Kind::Dummy => {
                out.push((Value::Number(1), pick(lang, "ja", "yes").to_owned()));
                out.push((Value::Number(0), pick(lang, "nee", "no").to_owned()));
                missing(&mut out);
            }
        }
        out
    }

    /// A variable's missing values in `lang`: -1 (unknown) and -2 (not tagged) for the numeric
    /// facet columns, `?` for the code columns (an empty cell is missing anyway).
    pub fn missing_values(&self, v: &Variable, lang: Lang) -> Vec<(Value, String)> {
        let unknown = pick(lang, "onbekend (?)", "unknown (?)").to_owned();
        let not_tagged = pick(lang, "niet getagd", "not tagged").to_owned();
        match v.kind {
            Kind::Text => Vec::new(),
            Kind::Code | Kind::Codes => vec![(Value::Text(UNKNOWN.to_owned()), unknown)],
            _ => vec![
                (Value::Number(UNKNOWN_VALUE), unknown),
                (Value::Number(NOT_TAGGED_VALUE), not_tagged),
            ],
        }
    }

    /// The codebook as CSV (UTF-8, CRLF): one row per variable (`variable`, `type`, `facet`,
    /// `code` of a 0/1 column, `label_nl`, `label_en`, `definition` in `lang`, `position` of a
    /// 0/1 column's concept), then one row per labelled value of that variable (`value` filled
    /// in, its labels, for a concept its definition and position, and `missing` = `yes` for a
    /// missing value).
    pub fn codebook_csv(&self, lang: Lang) -> Vec<u8> {
        let header = CODEBOOK_COLUMNS.map(std::borrow::Cow::Borrowed).to_vec();
        let rows = self
            .codebook_rows(lang)
            .into_iter()
            .map(|r| r.into_iter().map(std::borrow::Cow::Owned).collect());
        crate::table::memory_csv(std::iter::once(header).chain(rows))
    }

    /// The codebook's rows, as [`Dataset::codebook_csv`] writes them (without the header).
    pub fn codebook_rows(&self, lang: Lang) -> Vec<[String; 10]> {
        let other = if lang == Lang::En { Lang::Nl } else { Lang::En };
        let yes = pick(lang, "ja", "yes");
        let mut out = Vec::new();
        for v in &self.variables {
            let concept = v.code.as_deref().and_then(|c| self.taxonomy.concept(c));
            let definition = match (concept, v.kind) {
                (Some(c), _) => plain_text(c.definition.best(lang)),
                (None, Kind::Code | Kind::Codes) => self
                    .facet_of(v)
                    .map(|f| plain_text(f.definition.best(lang)))
                    .unwrap_or_default(),
                _ => String::new(),
            };
            let position = concept
                .and_then(|c| c.position.as_ref())
                .map(|p| p.value.to_string())
                .unwrap_or_default();
            out.push([
                v.name.clone(),
                v.kind.as_str().to_owned(),
                v.facet.clone().unwrap_or_default(),
                v.code.clone().unwrap_or_default(),
                String::new(),
                self.label(v, Lang::Nl),
                self.label(v, Lang::En),
                definition,
                position,
                String::new(),
            ]);
            let missing = self.missing_values(v, lang);
            let in_other = self.value_labels(v, other);
            for (value, label) in self.value_labels(v, lang) {
                let c = match (&value, v.kind) {
                    (Value::Text(code), Kind::Code) => self.taxonomy.concept(code),
                    (Value::Number(p), Kind::Position | Kind::Lowest | Kind::Highest) => {
                        self.facet_of(v).and_then(|f| {
                            f.concepts.iter().find(|c| {
                                c.position
                                    .as_ref()
                                    .is_some_and(|q| i64::from(q.value) == *p)
                            })
                        })
                    }
                    _ => None,
                };
                let label_other = in_other
                    .iter()
                    .find(|(x, _)| *x == value)
                    .map(|(_, l)| l.clone())
                    .unwrap_or_default();
                let (nl, en) = if lang == Lang::En {
                    (label_other, label)
                } else {
                    (label, label_other)
                };
                let is_missing = missing.iter().any(|(m, _)| *m == value);
                out.push([
                    v.name.clone(),
                    v.kind.as_str().to_owned(),
                    v.facet.clone().unwrap_or_default(),
                    c.map(|c| c.id.clone()).unwrap_or_default(),
                    value.to_string(),
                    nl,
                    en,
                    c.map(|c| plain_text(c.definition.best(lang)))
                        .unwrap_or_default(),
                    c.and_then(|c| c.position.as_ref())
                        .map(|p| p.value.to_string())
                        .unwrap_or_default(),
                    if is_missing {
                        yes.to_owned()
                    } else {
                        String::new()
                    },
                ]);
            }
        }
        out
    }

    /// The codebook as a Markdown document in `lang`: the missing-value codes, then one table
    /// row per variable with its label and, for code and position columns, the values.
    pub fn codebook_markdown(&self, lang: Lang) -> String {
        let cell = |s: &str| s.replace('|', "\\|").replace('\n', " ");
        let mut md = String::new();
        let title = self.taxonomy.title().best(lang);
        let version = self.taxonomy.version();
        md.push_str(&match lang {
            Lang::En => format!("# Codebook: {title} {version}\n\n"),
            _ => format!("# Codeboek: {title} {version}\n\n"),
        });
        md.push_str(pick(
            lang,
            "Eén rij per praktijk. Numerieke kolommen: `-1` = onbekend (`?`, de bronnen zeggen het niet), `-2` = facet niet getagd; 0/1-kolommen: `1` = ja, `0` = nee. Tekstkolommen: `?` = onbekend, leeg = niet getagd.\n\n",
            "One row per practice. Numeric columns: `-1` = unknown (`?`, the sources do not say), `-2` = facet not tagged; 0/1 columns: `1` = yes, `0` = no. Text columns: `?` = unknown, empty = not tagged.\n\n",
        ));
        let (h_var, h_type, h_label, h_values) = match lang {
            Lang::En => ("Variable", "Type", "Label", "Values"),
            _ => ("Variabele", "Type", "Label", "Waarden"),
        };
        md.push_str(&format!(
            "| {h_var} | {h_type} | {h_label} | {h_values} |\n|---|---|---|---|\n"
        ));
        for v in &self.variables {
            let values = match v.kind {
                Kind::Code | Kind::Position | Kind::Lowest | Kind::Highest => self
                    .value_labels(v, lang)
                    .iter()
                    .filter(|(x, _)| !self.missing_values(v, lang).iter().any(|(m, _)| m == x))
                    .map(|(x, l)| format!("`{x}` {}", cell(l)))
                    .collect::<Vec<_>>()
                    .join("; "),
                _ => String::new(),
            };
            md.push_str(&format!(
                "| `{}` | {} | {} | {values} |\n",
                v.name,
                v.kind.as_str(),
                cell(&self.label(v, lang)),
            ));
        }
        md
    }

    /// SPSS (and GNU PSPP) syntax that reads the CSV file `csv_file` as [`Dataset::to_csv`]
    /// writes it, with variable labels, value labels, missing values and measurement levels in
    /// `lang`.
    pub fn spss_syntax(&self, csv_file: &str, lang: Lang) -> String {
        spss::syntax(self, csv_file, lang)
    }

    /// An R script (base R only) that reads the CSV file `csv_file` into a data frame `jos`:
    /// code columns as factors with the concepts' labels (ordered for an ordered facet), 0/1
    /// and position columns as integers, missing values as `NA`, and each column's label in
    /// the attribute `label` (as RStudio's viewer shows it).
    pub fn r_script(&self, csv_file: &str, lang: Lang) -> String {
        r::script(self, csv_file, lang)
    }

    /// The data set as an Excel workbook: the data on the first sheet (numbers as numbers),
    /// the codebook on the second. The same data set gives the same bytes.
    #[cfg(feature = "xlsx")]
    pub fn to_xlsx(&self, lang: Lang) -> Result<Vec<u8>, String> {
        xlsx::workbook(self, lang, true)
    }

    /// The codebook alone as an Excel workbook.
    #[cfg(feature = "xlsx")]
    pub fn codebook_xlsx(&self, lang: Lang) -> Result<Vec<u8>, String> {
        xlsx::workbook(self, lang, false)
    }

    /// The widest text of a variable in the data, in bytes (at least 1).
    fn width(&self, v: &Variable) -> usize {
        let mut width = 1;
        for r in &self.records {
            if let Cell::Text(s) = self.cell(v, r) {
                width = width.max(safe_cell(&one_line(&s)).len());
            }
        }
        if v.kind == Kind::Code {
            for (value, _) in self.value_labels(v, Lang::Nl) {
                width = width.max(value.to_string().len());
            }
        }
        width
    }
}

/// The header of [`Dataset::codebook_csv`].
pub const CODEBOOK_COLUMNS: [&str; 10] = [
    "variable",
    "type",
    "facet",
    "code",
    "value",
    "label_nl",
    "label_en",
    "definition",
    "position",
    "missing",
];

/// A value of a variable, for labels and missing values.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Value {
    /// A text value (a code, `?`, a status).
    Text(String),
    /// A number.
    Number(i64),
}

impl std::fmt::Display for Value {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self {
            Value::Text(s) => f.write_str(s),
            Value::Number(n) => write!(f, "{n}"),
        }
    }
}

/// The concepts of `f` that get a 0/1 column: the live ones, and deprecated ones that a record
/// uses.
fn concepts<'f>(f: &'f Facet, used: &BTreeSet<&str>) -> Vec<&'f Concept> {
    f.in_order()
        .into_iter()
        .filter(|c| !c.is_deprecated() || used.contains(c.id.as_str()))
        .collect()
}

/// `text` with each line break (`\r\n`, `\n`, `\r`) as one space.
fn one_line(text: &str) -> std::borrow::Cow<'_, str> {
    if text.contains(['\n', '\r']) {
        std::borrow::Cow::Owned(text.replace("\r\n", " ").replace(['\n', '\r'], " "))
    } else {
        std::borrow::Cow::Borrowed(text)
    }
}

fn join<'a>(parts: impl Iterator<Item = &'a str>, separator: &str) -> String {
    parts.collect::<Vec<_>>().join(separator)
}
