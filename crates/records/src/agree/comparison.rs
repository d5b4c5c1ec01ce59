//! Joining the coders' records: which coder chose what, per record and facet.

use crate::{Record, UNKNOWN};
use jos_agreement::{Bootstrap, Ratings};
use jos_taxonomy::model::{Cardinality, Facet, Taxonomy};
use std::borrow::Borrow;
use std::collections::{BTreeMap, BTreeSet, HashMap};

use super::*;

/// The records of several coders, joined on record id, ready to be compared facet by facet.
///
/// See the [module docs](crate::agree) for an example and for how records become values.
#[derive(Clone, Debug)]
pub struct Comparison<'t> {
    taxonomy: &'t Taxonomy,
    coders: Vec<String>,
    /// Per coder: record id -> choice per facet, in the taxonomy's facet order.
    tags: Vec<BTreeMap<String, Vec<Choice>>>,
    notices: Vec<String>,
}

impl<'t> Comparison<'t> {
    /// An empty comparison against `taxonomy`.
    ///
    /// ```
    /// use jos_records::agree::Comparison;
    /// use jos_taxonomy::Taxonomy;
    /// assert!(Comparison::new(Taxonomy::builtin()).coders().is_empty());
    /// ```
    pub fn new(taxonomy: &'t Taxonomy) -> Self {
        Comparison {
            taxonomy,
            coders: Vec::new(),
            tags: Vec::new(),
            notices: Vec::new(),
        }
    }

    /// Adds one coder's records. Only the codes per facet are kept, so the records may be
    /// dropped afterwards.
    ///
    /// ```
    /// use jos_records::{self as records, agree::{AgreeError, Comparison}, Format};
    /// use jos_taxonomy::Taxonomy;
    ///
    /// let records = records::parse_str("a.yaml", "- {id: p1}\n", Format::Yaml).unwrap();
    /// let mut comparison = Comparison::new(Taxonomy::builtin());
    /// comparison.add_coder("ann", &records)?;
    /// let again = comparison.add_coder("ann", &records);
    /// assert_eq!(again, Err(AgreeError::DuplicateCoder { coder: "ann".into() }));
    /// # Ok::<(), AgreeError>(())
    /// ```
    pub fn add_coder<R: Borrow<Record>>(
        &mut self,
        coder: impl Into<String>,
        records: impl IntoIterator<Item = R>,
    ) -> Result<(), AgreeError> {
        let coder = coder.into();
        if self.coders.contains(&coder) {
            return Err(AgreeError::DuplicateCoder { coder });
        }
        let mut tags = BTreeMap::new();
        let mut duplicates = BTreeSet::new();
        for record in records {
            let record = record.borrow();
            let id = record.id();
            if id.is_empty() {
                self.notices.push(format!(
                    "coder `{coder}`: the record at {} has no id and is left out",
                    record.location
                ));
                continue;
            }
            if tags.contains_key(id) {
                duplicates.insert(id.to_owned());
                continue;
            }
            let choices = self
                .taxonomy
                .facets()
                .iter()
                .map(|f| choice(record, &f.id))
                .collect();
            tags.insert(id.to_owned(), choices);
        }
        for id in duplicates {
            self.notices.push(format!(
                "coder `{coder}`: record `{id}` appears more than once; the first is used"
            ));
        }
        self.coders.push(coder);
        self.tags.push(tags);
        Ok(())
    }

    /// The coders, in the order they were added.
    ///
    /// ```
    /// use jos_records::agree::Comparison;
    /// use jos_taxonomy::Taxonomy;
    /// let mut comparison = Comparison::new(Taxonomy::builtin());
    /// comparison.add_coder("ann", &[] as &[jos_records::Record])?;
    /// assert_eq!(comparison.coders(), ["ann"]);
    /// # Ok::<(), jos_records::agree::AgreeError>(())
    /// ```
    pub fn coders(&self) -> &[String] {
        &self.coders
    }

    /// Every record id that any coder has, sorted: the units of the matrices.
    ///
    /// ```
    /// use jos_records::{self as records, agree::Comparison, Format};
    /// let a = records::parse_str("a.yaml", "- {id: p2}\n- {id: p1}\n", Format::Yaml).unwrap();
    /// let b = records::parse_str("b.yaml", "- {id: p3}\n", Format::Yaml).unwrap();
    /// let mut comparison = Comparison::new(jos_taxonomy::Taxonomy::builtin());
    /// comparison.add_coder("ann", &a)?;
    /// comparison.add_coder("bob", &b)?;
    /// assert_eq!(comparison.record_ids(), ["p1", "p2", "p3"]);
    /// # Ok::<(), jos_records::agree::AgreeError>(())
    /// ```
    pub fn record_ids(&self) -> Vec<&str> {
        let ids: BTreeSet<&str> = self
            .tags
            .iter()
            .flat_map(|t| t.keys().map(String::as_str))
            .collect();
        ids.into_iter().collect()
    }

    /// What coder number `coder` chose for record `id` in facet number `facet`.
    fn choice(&self, coder: usize, id: &str, facet: usize) -> &Choice {
        self.tags[coder]
            .get(id)
            .map_or(&Choice::NoRecord, |choices| &choices[facet])
    }

    /// The reliability data matrix of one facet: every record id (sorted) × every coder (in
    /// the order added). `None` when the taxonomy has no such facet.
    ///
    /// ```
    /// use jos_records::{self as records, agree::{Comparison, FacetRatings}, Format};
    /// let a = records::parse_str("a.yaml", "- {id: p1, tags: {intensity: [ambulant-youth-care]}}\n", Format::Yaml).unwrap();
    /// let b = records::parse_str("b.yaml", "- {id: p1, tags: {intensity: ['?']}}\n", Format::Yaml).unwrap();
    /// // Release 1.0.0, whose intensity was an ordered single-valued scale.
    /// let v1 = jos_taxonomy::Taxonomy::release("1.0.0").unwrap();
    /// let mut comparison = Comparison::new(v1);
    /// comparison.add_coder("ann", &a)?;
    /// comparison.add_coder("bob", &b)?;
    /// let Some(FacetRatings::Ordinal(ratings)) = comparison.ratings("intensity") else { panic!() };
    /// assert_eq!(ratings.get(0, 0), Some(&5)); // ambulant youth care is step 5 of the scale
    /// assert_eq!(ratings.get(0, 1), None);     // unknown is missing
    /// # Ok::<(), jos_records::agree::AgreeError>(())
    /// ```
    pub fn ratings(&self, facet: &str) -> Option<FacetRatings> {
        let index = self.taxonomy.facets().iter().position(|f| f.id == facet)?;
        Some(self.facet_ratings(index, &self.record_ids()).0)
    }

    /// The matrix of facet number `index`, and a notice when an ordered facet had to be
    /// compared as nominal data.
    fn facet_ratings(&self, index: usize, units: &[&str]) -> (FacetRatings, Option<String>) {
        let facet = &self.taxonomy.facets()[index];
        // Several codes in a single-valued facet (a finding) form one category.
        let nominal = || {
            matrix_with(&self.coders, units, |c, u| {
                self.choice(c, u, index)
                    .codes()
                    .map(|codes| codes.join("; "))
            })
        };
        match facet.cardinality {
            Cardinality::Multiple => {
                let sets = matrix_with(&self.coders, units, |c, u| {
                    self.choice(c, u, index)
                        .codes()
                        .map(|codes| codes.iter().cloned().collect::<BTreeSet<String>>())
                });
                (FacetRatings::Sets(sets), None)
            }
            Cardinality::Single if facet.ordered => {
                let mut off_scale = None;
                let positions = matrix_with(&self.coders, units, |c, u| {
                    let codes = self.choice(c, u, index).codes()?;
                    let position = match codes {
                        [code] => self.position(facet, code),
                        _ => None,
                    };
                    if position.is_none() && off_scale.is_none() {
                        off_scale = Some(codes.join("; "));
                    }
                    position
                });
                match off_scale {
                    None => (FacetRatings::Ordinal(positions), None),
                    Some(value) => (
                        FacetRatings::Nominal(nominal()),
                        Some(format!(
                            "facet `{}`: `{value}` has no place on the scale (an unknown code, or \
                             several codes), so the facet is compared as nominal data, not ordinal",
                            facet.id
                        )),
                    ),
                }
            }
            Cardinality::Single => (FacetRatings::Nominal(nominal()), None),
        }
    }

    /// The scale position of `code` when it is a concept of the ordered `facet`.
    fn position(&self, facet: &Facet, code: &str) -> Option<u32> {
        self.taxonomy
            .concept(code)
            .filter(|c| c.facet == facet.id)
            .and_then(|c| c.position.as_ref())
            .map(|p| p.value)
    }

    /// Computes the statistics of every facet any coder gave a code, and lists the
    /// disagreements and confusions. `bootstrap.resamples == 0` skips the intervals.
    ///
    /// ```
    /// use jos_agreement::Bootstrap;
    /// use jos_records::{self as records, agree::Comparison, Format};
    ///
    /// let a = records::parse_str("a.yaml", "- {id: p1, tags: {education: [vo]}}\n- {id: p2, tags: {education: [po]}}\n", Format::Yaml).unwrap();
    /// let b = records::parse_str("b.yaml", "- {id: p1, tags: {education: [vo, mbo]}}\n- {id: p2, tags: {education: [po]}}\n", Format::Yaml).unwrap();
    /// let mut comparison = Comparison::new(jos_taxonomy::Taxonomy::builtin());
    /// comparison.add_coder("ann", &a)?;
    /// comparison.add_coder("bob", &b)?;
    /// let report = comparison.report(Bootstrap::default());
    /// assert_eq!(report.facets.len(), 1); // only education was tagged
    /// assert_eq!(report.confusions[0].second, None); // bob added mbo: "mbo vs nothing"
    /// assert_eq!(report.disagreements[0].record, "p1");
    /// # Ok::<(), jos_records::agree::AgreeError>(())
    /// ```
    pub fn report(&self, bootstrap: Bootstrap) -> AgreementReport {
        let units = self.record_ids();
        let shared_records = units
            .iter()
            .filter(|u| {
                self.tags
                    .iter()
                    .filter(|t| t.contains_key(**u))
                    .nth(1)
                    .is_some()
            })
            .count();
        let mut report = AgreementReport {
            taxonomy_version: self.taxonomy.version().to_string(),
            coders: self.coders.clone(),
            records: units.len(),
            shared_records,
            bootstrap,
            facets: Vec::new(),
            untagged_facets: Vec::new(),
            coverage: Vec::new(),
            confusions: Vec::new(),
            disagreements: Vec::new(),
            notices: self.notices.clone(),
        };
        let mut confusions: BTreeMap<(usize, Code, Option<Code>), Vec<String>> = BTreeMap::new();
        let mut disagreements = Vec::new();
        for (index, facet) in self.taxonomy.facets().iter().enumerate() {
            if !facet.is_taggable() {
                continue;
            }
            report.coverage.push(Coverage {
                facet: facet.id.clone(),
                tagged: (0..self.coders.len())
                    .map(|c| {
                        self.tags[c]
                            .values()
                            .filter(|v| v[index].codes().is_some())
                            .count()
                    })
                    .collect(),
                records: (0..self.coders.len()).map(|c| self.tags[c].len()).collect(),
            });
            let tagged = (0..self.coders.len())
                .any(|c| self.tags[c].values().any(|v| v[index].codes().is_some()));
            if !tagged {
                report.untagged_facets.push(facet.id.clone());
                continue;
            }
            let (ratings, notice) = self.facet_ratings(index, &units);
            report.notices.extend(notice);
            report.facets.push(FacetReport {
                facet: facet.id.clone(),
                statistics: ratings.statistics(bootstrap),
            });
            let ranks: HashMap<&str, usize> = facet
                .in_order()
                .iter()
                .enumerate()
                .map(|(i, c)| (c.id.as_str(), i))
                .collect();
            let code = |id: &str| Code {
                rank: ranks.get(id).copied().unwrap_or(usize::MAX),
                id: id.to_owned(),
            };
            for (u, unit) in units.iter().enumerate() {
                let choices: Vec<&Choice> = (0..self.coders.len())
                    .map(|c| self.choice(c, unit, index))
                    .collect();
                let chosen: Vec<&[String]> = choices.iter().filter_map(|c| c.codes()).collect();
                if chosen.len() < 2 || chosen.iter().all(|c| *c == chosen[0]) {
                    continue;
                }
                disagreements.push((
                    u,
                    index,
                    Disagreement {
                        record: (*unit).to_owned(),
                        facet: facet.id.clone(),
                        choices: choices.into_iter().cloned().collect(),
                    },
                ));
                for pair in confused_pairs(&chosen, &code) {
                    confusions
                        .entry((index, pair.0, pair.1))
                        .or_default()
                        .push((*unit).to_owned());
                }
            }
        }
        disagreements.sort_by_key(|(u, f, _)| (*u, *f));
        report.disagreements = disagreements.into_iter().map(|(_, _, d)| d).collect();
        let mut confusions: Vec<_> = confusions.into_iter().collect();
        // Most frequent first; the map's order (facet, then codes in taxonomy order) breaks ties.
        confusions.sort_by_key(|(_, records)| std::cmp::Reverse(records.len()));
        report.confusions = confusions
            .into_iter()
            .map(|((index, first, second), records)| Confusion {
                facet: self.taxonomy.facets()[index].id.clone(),
                first: first.id,
                second: second.map(|c| c.id),
                records,
            })
            .collect();
        report
    }
}

/// A code with its place in its facet's display order (unknown codes last), so that pairs and
/// confusions sort in the taxonomy's order.
#[derive(Clone, Debug, PartialEq, Eq, PartialOrd, Ord)]
pub(super) struct Code {
    pub(super) rank: usize,
    pub(super) id: String,
}

/// The unordered pairs of codes the coders in `chosen` set against each other: see the module
/// docs. Each pair once, the first code before the second in the taxonomy's order.
pub(super) fn confused_pairs(
    chosen: &[&[String]],
    code: &impl Fn(&str) -> Code,
) -> BTreeSet<(Code, Option<Code>)> {
    let mut pairs = BTreeSet::new();
    for (i, a) in chosen.iter().enumerate() {
        for b in &chosen[i + 1..] {
            let only_a: Vec<&String> = a.iter().filter(|x| !b.contains(x)).collect();
            let only_b: Vec<&String> = b.iter().filter(|y| !a.contains(y)).collect();
            if only_a.is_empty() || only_b.is_empty() {
                for x in only_a.into_iter().chain(only_b) {
                    pairs.insert((code(x), None));
                }
                continue;
            }
            for x in &only_a {
                for y in &only_b {
                    let (x, y) = (code(x), code(y));
                    if x < y {
                        pairs.insert((x, Some(y)));
                    } else {
                        pairs.insert((y, Some(x)));
                    }
                }
            }
        }
    }
    pairs
}

/// What one record tags in one facet.
pub(crate) fn choice(record: &Record, facet: &str) -> Choice {
    if !record.has_facet(facet) {
        return Choice::NotTagged;
    }
    let mut codes: Vec<String> = record
        .codes(facet)
        .filter(|c| !c.trim().is_empty() && *c != UNKNOWN)
        .map(str::to_owned)
        .collect();
    codes.sort_unstable();
    codes.dedup();
    if codes.is_empty() {
        Choice::Unknown
    } else {
        Choice::Codes(codes)
    }
}

/// A matrix of `units` × `coders`, cell `(coder, unit)` given by `cell`.
pub(super) fn matrix_with<T>(
    coders: &[String],
    units: &[&str],
    mut cell: impl FnMut(usize, &str) -> Option<T>,
) -> Ratings<T> {
    let rows = units.iter().map(|u| {
        let row: Vec<Option<T>> = (0..coders.len()).map(|c| cell(c, u)).collect();
        (*u, row)
    });
    Ratings::from_unit_rows(coders.iter().cloned(), rows)
        .expect("coders and record ids are unique, and every row has one cell per coder")
}
