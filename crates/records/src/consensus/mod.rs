//! From several coders' records to one consensus data set: what the coders agree on, what a
//! team decided in an adjudication worksheet, and every point still open, flagged.
//!
//! The route a research team takes after `jos agree`:
//!
//! 1. [`Consensus::worksheet`] lists every record and facet on which the coders do not all
//!    agree (or that only one coder tagged), with each coder's choice, the definitions of the
//!    codes involved, the value a majority would give, and two empty columns: `decision` and
//!    `reason`. It is written as CSV ([`Worksheet::to_csv`]) or as an Excel workbook
//!    ([`Worksheet::to_xlsx`], feature `xlsx`).
//! 2. The team meets and fills in `decision` (codes separated by `;`, or `?` for "the sources
//!    do not say") and `reason`.
//! 3. [`read_decisions`] reads the worksheet back, as CSV (comma, semicolon or tab, with or
//!    without BOM: as Excel saves it) or `.xlsx`; [`Consensus::build`] applies the decisions and
//!    the [`Rule`] for the points nobody decided, and gives one record per id.
//!
//! ```
//! use jos_records::{self as records, consensus::{Consensus, Rule}, Format};
//! use jos_taxonomy::Taxonomy;
//!
//! let read = |name, yaml| records::parse_str(name, yaml, Format::Yaml).unwrap();
//! let ann = read("ann.yaml", "- {id: p1, tags: {education: [mbo], setting: [in-class]}}\n");
//! let bob = read("bob.yaml", "- {id: p1, tags: {education: [mbo], setting: [individual-at-school]}}\n");
//! let mut consensus = Consensus::new(Taxonomy::builtin());
//! consensus.add_coder("ann", ann)?;
//! consensus.add_coder("bob", bob)?;
//!
//! let sheet = consensus.worksheet();
//! assert_eq!(sheet.rows.len(), 1); // setting: they differ
//! assert_eq!(sheet.rows[0].facet, "setting");
//!
//! let result = consensus.build(Rule::All, &[]);
//! assert_eq!(result.records[0].codes("education").collect::<Vec<_>>(), ["mbo"]);
//! assert!(!result.records[0].has_facet("setting")); // left open ...
//! assert_eq!(result.undecided.len(), 1);            // ... and listed
//! # Ok::<(), jos_records::agree::AgreeError>(())
//! ```
//!
//! # The rule
//!
//! A point is one record and one facet. Only coders who chose codes for it count; a coder who
//! has no such record, did not tag the facet or tagged it as unknown is missing, as in the
//! agreement statistics. With `n` such coders and a threshold `t` (`n` for [`Rule::All`], more
//! than half of `n` for [`Rule::Majority`], `N` for [`Rule::AtLeast`]; never fewer than two):
//!
//! - in a **single-valued** facet the value that `t` or more coders chose is taken, when there
//!   is exactly one such value;
//! - in a **multi-valued** facet each code is decided on its own: in when `t` or more coders
//!   chose it, out when `t` or more coders left it out, open otherwise; the point is agreed when
//!   every code is decided and at least one is in.
//!
//! Everything else is open. When no coder chose codes but one said unknown, the consensus says
//! unknown (`[]`); when nobody tagged the facet, it is left out.
//!
//! # The consensus records
//!
//! One record per id, in the order the ids first appear in the coders' files. Tags as decided
//! above, in the taxonomy's facet order; open points left out (so `jos check` reports a required
//! facet that is still open). Other fields are taken from the first coder whose record has
//! them; when the coders wrote different values the field is named in the provenance. Notes
//! that differ are all kept, each after its coder's name. `coder` is `consensus` and
//! `taxonomy_version` the taxonomy compared against. Each record carries its provenance in the
//! field `consensus` (kept by every reader as an extra field):
//!
//! ```text
//! consensus:
//!   coders: [ann, bob, cas]          # the coders who have this record
//!   rule: all                        # all | majority | at-least-N
//!   decisions:                       # points decided in the worksheet
//!     - {facet: setting, decision: [in-class], reason: "...", worksheet: "sheet.csv:4"}
//!   undecided:                       # points still open: what each coder chose
//!     - {facet: intensity, choices: {ann: [a], bob: [b], cas: "?"}}
//!   differing_fields: [name]         # fields the coders wrote differently
//! ```

mod worksheet;
mod yaml;

pub use worksheet::{Decision, DecisionValue, Worksheet, WorksheetRow, read_decisions};
pub use yaml::to_yaml;

use std::collections::{BTreeMap, HashMap};

use jos_taxonomy::diagnostic::{Code, Diagnostic};
use jos_taxonomy::model::{Cardinality, Facet, Location, Taxonomy};
use serde_json::{Value, json};

use crate::agree::{AgreeError, Choice, choice};
use crate::{FacetTags, Field, ORGANISATION_FIELDS, RECORD_FIELDS, Record, UNKNOWN};

/// The name of the provenance field of a consensus record.
pub const PROVENANCE_FIELD: &str = "consensus";

/// The `coder` of a consensus record.
pub const CONSENSUS_CODER: &str = "consensus";

/// How many coders must agree on a value for the consensus to take it without a decision.
#[derive(Copy, Clone, Debug, PartialEq, Eq)]
#[non_exhaustive]
pub enum Rule {
    /// Every coder who chose codes for the point (at least two).
    All,
    /// More than half of the coders who chose codes for the point (at least two).
    Majority,
    /// At least this many coders (two or more).
    AtLeast(usize),
}

impl Rule {
    /// The threshold for `n` coders with codes: how many must agree.
    fn threshold(self, n: usize) -> usize {
        match self {
            Rule::All => n,
            Rule::Majority => n / 2 + 1,
            Rule::AtLeast(k) => k,
        }
        .max(2)
    }

    /// The rule's name: `all`, `majority` or `at-least-N`.
    ///
    /// ```
    /// use jos_records::consensus::Rule;
    /// assert_eq!(Rule::AtLeast(2).name(), "at-least-2");
    /// assert_eq!("majority".parse::<Rule>(), Ok(Rule::Majority));
    /// assert_eq!("3".parse::<Rule>(), Ok(Rule::AtLeast(3)));
    /// ```
    pub fn name(self) -> String {
        match self {
            Rule::All => "all".to_owned(),
            Rule::Majority => "majority".to_owned(),
            Rule::AtLeast(k) => format!("at-least-{k}"),
        }
    }
}

impl std::str::FromStr for Rule {
    type Err = String;
    fn from_str(s: &str) -> Result<Rule, String> {
        let s = s.trim();
        let number = s.strip_prefix("at-least-").unwrap_or(s);
        match s {
            "all" => Ok(Rule::All),
            "majority" => Ok(Rule::Majority),
            _ => match number.parse::<usize>() {
                Ok(k) if k >= 2 => Ok(Rule::AtLeast(k)),
                Ok(_) => Err("at least two coders must agree".to_owned()),
                Err(_) => Err(format!(
                    "`{s}` is not a rule; use `all`, `majority` or a number of coders such as `2`"
                )),
            },
        }
    }
}

/// What the rule gives for one point.
#[derive(Clone, Debug, PartialEq, Eq)]
pub(crate) enum Outcome {
    /// These codes (sorted, never empty).
    Codes(Vec<String>),
    /// No coder chose codes; at least one said unknown.
    Unknown,
    /// No coder tagged the facet.
    NotTagged,
    /// Open: why.
    Open(OpenReason),
}

/// Why a point is open.
#[derive(Copy, Clone, Debug, PartialEq, Eq)]
pub(crate) enum OpenReason {
    /// Only one coder chose codes.
    OneCoder,
    /// The coders chose differently and the rule does not settle it.
    Differ,
}

/// Applies `rule` to the choices of one point.
pub(crate) fn decide(choices: &[&Choice], cardinality: Cardinality, rule: Rule) -> Outcome {
    let coded: Vec<&[String]> = choices.iter().filter_map(|c| c.codes()).collect();
    if coded.is_empty() {
        return if choices.iter().any(|c| **c == Choice::Unknown) {
            Outcome::Unknown
        } else {
            Outcome::NotTagged
        };
    }
    let n = coded.len();
    if n < 2 {
        return Outcome::Open(OpenReason::OneCoder);
    }
    let t = rule.threshold(n);
    if t > n {
        return Outcome::Open(OpenReason::Differ);
    }
    match cardinality {
        Cardinality::Single => {
            let mut counts: BTreeMap<&[String], usize> = BTreeMap::new();
            for c in &coded {
                *counts.entry(c).or_default() += 1;
            }
            let winners: Vec<&[String]> = counts
                .iter()
                .filter(|(_, k)| **k >= t)
                .map(|(v, _)| *v)
                .collect();
            match winners.as_slice() {
                [one] => Outcome::Codes(one.to_vec()),
                _ => Outcome::Open(OpenReason::Differ),
            }
        }
        Cardinality::Multiple => {
            let mut counts: BTreeMap<&str, usize> = BTreeMap::new();
            for c in &coded {
                for code in c.iter() {
                    *counts.entry(code).or_default() += 1;
                }
            }
            let mut codes = Vec::new();
            for (code, k) in counts {
                if k >= t {
                    codes.push(code.to_owned());
                } else if n - k < t {
                    return Outcome::Open(OpenReason::Differ);
                }
            }
            if codes.is_empty() {
                Outcome::Open(OpenReason::Differ)
            } else {
                Outcome::Codes(codes)
            }
        }
    }
}

/// Several coders' records, to be merged into one consensus data set.
#[derive(Clone, Debug)]
pub struct Consensus<'t> {
    taxonomy: &'t Taxonomy,
    coders: Vec<String>,
    /// Per coder: the records, and the index of each id's first record.
    records: Vec<(Vec<Record>, HashMap<String, usize>)>,
}

/// A point that is still open in a consensus.
#[derive(Clone, Debug, PartialEq, Eq)]
#[non_exhaustive]
pub struct Undecided {
    /// The record id.
    pub record: String,
    /// The facet id.
    pub facet: String,
    /// Per coder of the consensus (in [`Consensus::coders`] order), what they chose.
    pub choices: Vec<Choice>,
    /// Where the record is in the first coder's file that has it.
    pub location: Location,
}

/// What [`Consensus::build`] gives.
#[derive(Clone, Debug)]
#[non_exhaustive]
pub struct ConsensusResult {
    /// One record per id, with its provenance in the field [`PROVENANCE_FIELD`].
    pub records: Vec<Record>,
    /// The points still open, in record order.
    pub undecided: Vec<Undecided>,
    /// Problems with the decisions: codes that are not in the facet, a decision for a point the
    /// data does not have, the same point decided twice. Such decisions are not applied.
    pub findings: Vec<Diagnostic>,
    /// How many points the coders agreed on, and how many were decided in the worksheet.
    pub agreed: usize,
    /// How many points were taken from the decisions.
    pub decided: usize,
}

impl<'t> Consensus<'t> {
    /// An empty consensus against `taxonomy`.
    pub fn new(taxonomy: &'t Taxonomy) -> Self {
        Consensus {
            taxonomy,
            coders: Vec::new(),
            records: Vec::new(),
        }
    }

    /// Adds one coder's records. Records without an id are left out; of two records with the
    /// same id in one file the first is used (as in [`crate::agree::Comparison`]).
    pub fn add_coder(
        &mut self,
        coder: impl Into<String>,
        records: Vec<Record>,
    ) -> Result<(), AgreeError> {
        let coder = coder.into();
        if self.coders.contains(&coder) {
            return Err(AgreeError::DuplicateCoder { coder });
        }
        let mut index = HashMap::new();
        for (i, r) in records.iter().enumerate() {
            if !r.id().is_empty() {
                index.entry(r.id().to_owned()).or_insert(i);
            }
        }
        self.coders.push(coder);
        self.records.push((records, index));
        Ok(())
    }

    /// The coders, in the order they were added.
    pub fn coders(&self) -> &[String] {
        &self.coders
    }

    /// Every record id, in the order the ids first appear (coder by coder, file order).
    fn ids(&self) -> Vec<&str> {
        let mut seen = std::collections::HashSet::new();
        let mut ids = Vec::new();
        for (records, _) in &self.records {
            for r in records {
                if !r.id().is_empty() && seen.insert(r.id()) {
                    ids.push(r.id());
                }
            }
        }
        ids
    }

    /// Coder `c`'s record `id`.
    fn record(&self, c: usize, id: &str) -> Option<&Record> {
        let (records, index) = &self.records[c];
        index.get(id).map(|&i| &records[i])
    }

    /// The choices of every coder for one point.
    fn choices(&self, id: &str, facet: &str) -> Vec<Choice> {
        (0..self.coders.len())
            .map(|c| {
                self.record(c, id)
                    .map_or(Choice::NoRecord, |r| choice(r, facet))
            })
            .collect()
    }

    /// The adjudication worksheet: every point the coders do not all agree on, or that only one
    /// coder gave codes for, with what a majority would give.
    pub fn worksheet(&self) -> Worksheet {
        let mut rows = Vec::new();
        for id in self.ids() {
            let name = (0..self.coders.len())
                .filter_map(|c| self.record(c, id)?.name.as_ref())
                .map(|f| f.value.clone())
                .next()
                .unwrap_or_default();
            for facet in self.taxonomy.tag_facets() {
                let choices = self.choices(id, &facet.id);
                let refs: Vec<&Choice> = choices.iter().collect();
                if !matches!(
                    decide(&refs, facet.cardinality, Rule::All),
                    Outcome::Open(_)
                ) {
                    continue;
                }
                let proposal = match decide(&refs, facet.cardinality, Rule::Majority) {
                    Outcome::Codes(codes) => Some(codes),
                    _ => None,
                };
                rows.push(WorksheetRow {
                    record: id.to_owned(),
                    name: name.clone(),
                    facet: facet.id.clone(),
                    choices,
                    proposal,
                });
            }
        }
        Worksheet {
            coders: self.coders.clone(),
            rows,
        }
    }

    /// The consensus records: `decisions` first, then `rule` for the points nobody decided.
    pub fn build(&self, rule: Rule, decisions: &[Decision]) -> ConsensusResult {
        let mut findings = Vec::new();
        let decisions = self.index_decisions(decisions, &mut findings);
        let mut used = vec![false; decisions.len()];
        let by_point: HashMap<(&str, &str), usize> = decisions
            .iter()
            .enumerate()
            .map(|(i, d)| ((d.record.as_str(), d.facet.as_str()), i))
            .collect();
        let (mut records, mut undecided) = (Vec::new(), Vec::new());
        let (mut agreed, mut decided) = (0, 0);
        for id in self.ids() {
            let holders: Vec<usize> = (0..self.coders.len())
                .filter(|&c| self.record(c, id).is_some())
                .collect();
            let first = self
                .record(holders[0], id)
                .expect("a holder has the record");
            let mut record = self.fields(id, &holders);
            let mut provenance = serde_json::Map::new();
            provenance.insert(
                "coders".into(),
                json!(
                    holders
                        .iter()
                        .map(|&c| self.coders[c].as_str())
                        .collect::<Vec<_>>()
                ),
            );
            provenance.insert("rule".into(), json!(rule.name()));
            let (mut applied, mut open) = (Vec::new(), Vec::new());
            for facet in self.taxonomy.tag_facets() {
                let choices = self.choices(id, &facet.id);
                let at = first
                    .tags
                    .iter()
                    .find(|t| t.facet.value == facet.id)
                    .map_or_else(|| first.location.clone(), |t| t.facet.location.clone());
                let codes = if let Some(&i) = by_point.get(&(id, facet.id.as_str())) {
                    used[i] = true;
                    let d = &decisions[i];
                    decided += 1;
                    applied.push(json!({
                        "facet": facet.id,
                        "decision": match &d.value {
                            DecisionValue::Codes(c) => json!(c),
                            DecisionValue::Unknown => json!(UNKNOWN),
                        },
                        "reason": d.reason,
                        "worksheet": format!("{}:{}", d.location.file, d.location.line),
                    }));
                    match &d.value {
                        DecisionValue::Codes(c) => Some(c.clone()),
                        DecisionValue::Unknown => Some(Vec::new()),
                    }
                } else {
                    let refs: Vec<&Choice> = choices.iter().collect();
                    match decide(&refs, facet.cardinality, rule) {
                        Outcome::Codes(c) => {
                            agreed += 1;
                            Some(c)
                        }
                        Outcome::Unknown => Some(Vec::new()),
                        Outcome::NotTagged => None,
                        Outcome::Open(_) => {
                            open.push(json!({
                                "facet": facet.id,
                                "choices": self.choices_json(&choices),
                            }));
                            undecided.push(Undecided {
                                record: id.to_owned(),
                                facet: facet.id.clone(),
                                choices,
                                location: at.clone(),
                            });
                            None
                        }
                    }
                };
                if let Some(codes) = codes {
                    record.tags.push(FacetTags {
                        facet: Field::new(facet.id.clone(), at.clone()),
                        codes: codes
                            .into_iter()
                            .map(|c| Field::new(c, at.clone()))
                            .collect(),
                    });
                }
            }
            if !applied.is_empty() {
                provenance.insert("decisions".into(), Value::Array(applied));
            }
            if !open.is_empty() {
                provenance.insert("undecided".into(), Value::Array(open));
            }
            let differing = self.differing_fields(id, &holders);
            if !differing.is_empty() {
                provenance.insert("differing_fields".into(), json!(differing));
            }
            record
                .extra
                .push((PROVENANCE_FIELD.to_owned(), Value::Object(provenance)));
            records.push(record);
        }
        for (d, used) in decisions.iter().zip(used) {
            if !used {
                findings.push(
                    Diagnostic::new(
                        Code::UnmatchedDecision,
                        d.location.clone(),
                        format!(
                            "the decision for record `{}`, facet `{}` matches no record of the coders",
                            d.record, d.facet
                        ),
                    )
                    .with_hint("check the record id; the decision is not applied"),
                );
            }
        }
        ConsensusResult {
            records,
            undecided,
            findings,
            agreed,
            decided,
        }
    }

    /// The decisions that can be applied: codes of the facet, one per point. The others become
    /// findings.
    fn index_decisions(&self, decisions: &[Decision], out: &mut Vec<Diagnostic>) -> Vec<Decision> {
        let mut kept: Vec<Decision> = Vec::new();
        for d in decisions {
            let Some(facet) = self.taxonomy.tag_facets().find(|f| f.id == d.facet) else {
                let ids: Vec<&str> = self.taxonomy.tag_facets().map(|f| f.id.as_str()).collect();
                let mut diag = Diagnostic::new(
                    Code::UnknownFacet,
                    d.location.clone(),
                    format!(
                        "the decision names facet `{}`, which the taxonomy does not have",
                        d.facet
                    ),
                );
                if let Some(hint) = jos_codes::suggest::hint(&d.facet, ids.iter().copied()) {
                    diag = diag.with_hint(hint);
                }
                out.push(diag);
                continue;
            };
            if let Some(previous) = kept
                .iter()
                .find(|k| k.record == d.record && k.facet == d.facet)
            {
                out.push(
                    Diagnostic::new(
                        Code::UnmatchedDecision,
                        d.location.clone(),
                        format!(
                            "record `{}`, facet `{}` is decided twice; the decision at {} is used",
                            d.record, d.facet, previous.location
                        ),
                    )
                    .with_hint("keep one row per record and facet"),
                );
                continue;
            }
            if let DecisionValue::Codes(codes) = &d.value
                && !self.valid_codes(facet, codes, d, out)
            {
                continue;
            }
            kept.push(d.clone());
        }
        kept
    }

    fn valid_codes(
        &self,
        facet: &Facet,
        codes: &[String],
        d: &Decision,
        out: &mut Vec<Diagnostic>,
    ) -> bool {
        let mut ok = true;
        for code in codes {
            let known = self
                .taxonomy
                .concept(code)
                .is_some_and(|c| c.facet == facet.id && !c.is_deprecated());
            if known {
                continue;
            }
            ok = false;
            let ids: Vec<&str> = facet
                .concepts
                .iter()
                .filter(|c| !c.is_deprecated())
                .map(|c| c.id.as_str())
                .collect();
            let hint = jos_codes::suggest::hint(code, ids.iter().copied()).unwrap_or_else(|| {
                format!("use codes of facet `{}`: {}", facet.id, ids.join(", "))
            });
            out.push(
                Diagnostic::new(
                    Code::UnknownCode,
                    d.location.clone(),
                    format!(
                        "the decision for record `{}` names `{code}`, which is not a code of facet `{}`",
                        d.record, facet.id
                    ),
                )
                .with_hint(format!("{hint}; the decision is not applied")),
            );
        }
        if ok && facet.cardinality == Cardinality::Single && codes.len() > 1 {
            out.push(
                Diagnostic::new(
                    Code::TooManyCodes,
                    d.location.clone(),
                    format!(
                        "the decision for record `{}` gives {} codes, but facet `{}` takes one",
                        d.record,
                        codes.len(),
                        facet.id
                    ),
                )
                .with_hint("choose one code; the decision is not applied"),
            );
            ok = false;
        }
        ok
    }

    fn choices_json(&self, choices: &[Choice]) -> Value {
        let mut map = serde_json::Map::new();
        for (coder, c) in self.coders.iter().zip(choices) {
            match c {
                Choice::Codes(codes) => {
                    map.insert(coder.clone(), json!(codes));
                }
                Choice::Unknown => {
                    map.insert(coder.clone(), json!(UNKNOWN));
                }
                Choice::NoRecord | Choice::NotTagged => {}
            }
        }
        Value::Object(map)
    }

    /// The record's fields other than tags: from the first coder who has each.
    fn fields(&self, id: &str, holders: &[usize]) -> Record {
        let records: Vec<(&str, &Record)> = holders
            .iter()
            .map(|&c| (self.coders[c].as_str(), self.record(c, id).expect("holder")))
            .collect();
        let first = records[0].1;
        let mut out = Record {
            location: first.location.clone(),
            ..Record::default()
        };
        for spec in RECORD_FIELDS.iter().filter(|s| s.kind.is_text()) {
            let slot = out.text_field_mut(spec.name).expect("a text field");
            *slot = match spec.name {
                "coder" => Some(Field::new(CONSENSUS_CODER, first.location.clone())),
                "taxonomy_version" => Some(Field::new(
                    self.taxonomy.version().to_string(),
                    first.location.clone(),
                )),
                "notes" => notes(&records),
                name => records
                    .iter()
                    .find_map(|(_, r)| r.text_field(name).cloned()),
            };
        }
        for o in ORGANISATION_FIELDS {
            let list = records
                .iter()
                .map(|(_, r)| r.organisations.list(o.name).unwrap_or_default())
                .find(|l| !l.is_empty())
                .unwrap_or_default()
                .to_vec();
            *out.organisations.list_mut(o.name).expect("a list") = list;
        }
        for (_, r) in &records {
            for (key, value) in &r.extra {
                if key != PROVENANCE_FIELD && !out.extra.iter().any(|(k, _)| k == key) {
                    out.extra.push((key.clone(), value.clone()));
                }
            }
        }
        out
    }

    /// The fields (other than coder, notes and tags) the coders wrote differently.
    fn differing_fields(&self, id: &str, holders: &[usize]) -> Vec<String> {
        let records: Vec<&Record> = holders.iter().filter_map(|&c| self.record(c, id)).collect();
        let mut names = Vec::new();
        let differ = |values: Vec<Option<String>>| {
            let present: Vec<&String> = values.iter().flatten().collect();
            present.windows(2).any(|w| w[0] != w[1])
        };
        for spec in RECORD_FIELDS {
            let values: Vec<Option<String>> = match spec.name {
                "coder" | "notes" | "tags" | "id" => continue,
                "organisations" => {
                    for o in ORGANISATION_FIELDS {
                        let values = records
                            .iter()
                            .map(|r| {
                                let list = r.organisations.list(o.name).unwrap_or_default();
                                (!list.is_empty()).then(|| {
                                    list.iter()
                                        .map(|f| f.value.as_str())
                                        .collect::<Vec<_>>()
                                        .join(";")
                                })
                            })
                            .collect();
                        if differ(values) {
                            names.push(format!("organisations.{}", o.name));
                        }
                    }
                    continue;
                }
                name => records
                    .iter()
                    .map(|r| r.text_field(name).map(|f| f.value.trim().to_owned()))
                    .collect(),
            };
            if differ(values) {
                names.push(spec.name.to_owned());
            }
        }
        let mut keys: Vec<&str> = records
            .iter()
            .flat_map(|r| r.extra.iter().map(|(k, _)| k.as_str()))
            .filter(|k| *k != PROVENANCE_FIELD)
            .collect();
        keys.sort_unstable();
        keys.dedup();
        for key in keys {
            let values = records
                .iter()
                .map(|r| {
                    r.extra
                        .iter()
                        .find(|(k, _)| k == key)
                        .map(|(_, v)| v.to_string())
                })
                .collect();
            if differ(values) {
                names.push(key.to_owned());
            }
        }
        names
    }
}

/// The coders' notes: one text when they agree, otherwise each after its coder's name.
fn notes(records: &[(&str, &Record)]) -> Option<Field> {
    let written: Vec<(&str, &Field)> = records
        .iter()
        .filter_map(|(c, r)| r.notes.as_ref().map(|n| (*c, n)))
        .filter(|(_, n)| !n.value.trim().is_empty())
        .collect();
    let (_, first) = written.first()?;
    if written
        .iter()
        .all(|(_, n)| n.value.trim() == first.value.trim())
    {
        return Some((*first).clone());
    }
    let text = written
        .iter()
        .map(|(c, n)| format!("{c}: {}", n.value.trim()))
        .collect::<Vec<_>>()
        .join("\n");
    Some(Field::new(text, first.location.clone()))
}

#[cfg(test)]
mod tests {
    use super::*;

    fn codes(c: &[&str]) -> Choice {
        Choice::Codes(c.iter().map(|s| (*s).to_owned()).collect())
    }

    #[test]
    fn the_rule_in_a_multi_valued_facet_decides_code_by_code() {
        let (a, b, c) = (codes(&["x", "y"]), codes(&["x"]), codes(&["x", "y"]));
        let choices = [&a, &b, &c];
        assert_eq!(
            decide(&choices, Cardinality::Multiple, Rule::All),
            Outcome::Open(OpenReason::Differ)
        );
        assert_eq!(
            decide(&choices, Cardinality::Multiple, Rule::Majority),
            Outcome::Codes(vec!["x".into(), "y".into()])
        );
        let (a, b) = (codes(&["x", "y"]), codes(&["x"]));
        assert_eq!(
            decide(&[&a, &b], Cardinality::Multiple, Rule::Majority),
            Outcome::Open(OpenReason::Differ),
            "one of two is not a majority"
        );
    }

    #[test]
    fn the_rule_in_a_single_valued_facet_needs_one_winner() {
        let (a, b, c) = (codes(&["x"]), codes(&["y"]), codes(&["x"]));
        assert_eq!(
            decide(&[&a, &b, &c], Cardinality::Single, Rule::Majority),
            Outcome::Codes(vec!["x".into()])
        );
        assert_eq!(
            decide(&[&a, &b, &c], Cardinality::Single, Rule::All),
            Outcome::Open(OpenReason::Differ)
        );
        let d = codes(&["y"]);
        assert_eq!(
            decide(&[&a, &b, &c, &d], Cardinality::Single, Rule::AtLeast(2)),
            Outcome::Open(OpenReason::Differ),
            "two values with two coders each"
        );
    }

    #[test]
    fn missing_values_do_not_count_and_one_coder_is_not_a_consensus() {
        let (a, u, n) = (codes(&["x"]), Choice::Unknown, Choice::NoRecord);
        assert_eq!(
            decide(&[&a, &u, &n], Cardinality::Single, Rule::All),
            Outcome::Open(OpenReason::OneCoder)
        );
        let b = codes(&["x"]);
        assert_eq!(
            decide(&[&a, &u, &b], Cardinality::Single, Rule::All),
            Outcome::Codes(vec!["x".into()])
        );
        assert_eq!(
            decide(&[&u, &n], Cardinality::Single, Rule::All),
            Outcome::Unknown
        );
        assert_eq!(
            decide(&[&n, &Choice::NotTagged], Cardinality::Single, Rule::All),
            Outcome::NotTagged
        );
        assert_eq!(
            decide(&[&a, &b], Cardinality::Single, Rule::AtLeast(3)),
            Outcome::Open(OpenReason::Differ)
        );
    }
}
