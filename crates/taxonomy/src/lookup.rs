//! Finding concepts by id, label, synonym or abbreviation, forgiving case, accents and typos.

use crate::model::{Concept, Definition, Taxonomy};
use crate::text::fold;
use jos_codes::suggest::distance;

/// How a query matched a concept.
#[derive(Copy, Clone, Debug, PartialEq, Eq, PartialOrd, Ord, Hash, serde::Serialize)]
#[serde(rename_all = "kebab-case")]
#[non_exhaustive]
pub enum MatchKind {
    /// The query is the concept's id.
    Id,
    /// The query is a preferred label.
    Label,
    /// The query is an abbreviation.
    Abbreviation,
    /// The query is an alternative label (synonym).
    AltLabel,
    /// A label, synonym or id starts with or contains the query.
    Partial,
    /// A label, synonym or id is within a few typos of the query.
    Fuzzy,
}

/// One search result.
#[derive(Clone, Debug)]
#[non_exhaustive]
pub struct Match<'a> {
    /// The concept found.
    pub concept: &'a Concept,
    /// The text that matched (an id, label, synonym or abbreviation).
    pub matched: String,
    /// How it matched.
    pub kind: MatchKind,
    /// Lower is better: match kind first, then edit distance.
    pub score: u32,
}

impl Taxonomy {
    /// Finds concepts whose id, label, synonym or abbreviation matches `query`, best first.
    ///
    /// Matching ignores case, accents, hyphens and punctuation; near misses (typos) are found too.
    /// Live concepts come before deprecated ones with an equally good match, and an exact match
    /// of a deprecated concept comes after every exact match of a live one. Abbreviations and
    /// short queries (four letters or fewer) match only exactly or as a prefix, never by edit
    /// distance, so that one abbreviation never turns into another (`OKA` does not find `OZA`).
    /// The begrippen part is searched too; [`Taxonomy::lookup_definition`] searches the
    /// definition of the subject.
    ///
    /// ```
    /// use jos_taxonomy::{Taxonomy, lookup::MatchKind};
    /// let t = Taxonomy::builtin();
    /// let hits = t.lookup("smw");
    /// assert_eq!(hits[0].concept.id, "school-social-worker");
    /// assert_eq!(hits[0].kind, MatchKind::Abbreviation);
    /// ```
    pub fn lookup(&self, query: &str) -> Vec<Match<'_>> {
        let q = fold(query);
        if q.is_empty() {
            return Vec::new();
        }
        let mut hits: Vec<Match<'_>> = Vec::new();
        for c in self.concepts() {
            let texts = std::iter::once((c.id.as_str(), MatchKind::Id))
                .chain(
                    c.label
                        .iter()
                        .map(|(_, t)| (t.value.as_str(), MatchKind::Label)),
                )
                .chain(
                    c.abbreviations
                        .iter()
                        .map(|(_, t)| (t.value.as_str(), MatchKind::Abbreviation)),
                )
                .chain(
                    c.alt_labels
                        .iter()
                        .map(|(_, t)| (t.value.as_str(), MatchKind::AltLabel)),
                );
            if let Some((score, kind, matched)) = best_match(&q, texts) {
                // A deprecated concept's exact match comes after every live exact match (its
                // label is often a synonym of the concept that replaced it), and before partial
                // and fuzzy matches.
                let score = if c.is_deprecated() && score < 10 {
                    score + 5
                } else {
                    score
                };
                hits.push(Match {
                    concept: c,
                    matched,
                    kind,
                    score: score * 2 + u32::from(c.is_deprecated()),
                });
            }
        }
        hits.sort_by(|a, b| (a.score, &a.concept.id).cmp(&(b.score, &b.concept.id)));
        hits
    }

    /// How `query` matches the definition of the subject (its id, label, synonyms or
    /// abbreviations), if it does; `None` when there is no definition or no match.
    ///
    /// ```
    /// let t = jos_taxonomy::Taxonomy::builtin();
    /// let (definition, _) = t.lookup_definition("jeugdhulp op school").unwrap();
    /// assert_eq!(definition.id, "jeugdhulp-op-school");
    /// ```
    pub fn lookup_definition(&self, query: &str) -> Option<(&Definition, MatchKind)> {
        let q = fold(query);
        let d = self.definition.as_ref()?;
        if q.is_empty() {
            return None;
        }
        let texts = std::iter::once((d.id.as_str(), MatchKind::Id))
            .chain(
                d.label
                    .iter()
                    .map(|(_, t)| (t.value.as_str(), MatchKind::Label)),
            )
            .chain(
                d.abbreviations
                    .iter()
                    .map(|(_, t)| (t.value.as_str(), MatchKind::Abbreviation)),
            )
            .chain(
                d.alt_labels
                    .iter()
                    .map(|(_, t)| (t.value.as_str(), MatchKind::AltLabel)),
            );
        best_match(&q, texts).map(|(_, kind, _)| (d, kind))
    }

    /// Up to three concept ids nearest to an unknown `id` (optionally only in `facet`), by edit
    /// distance on ids and by lookup on labels and synonyms.
    ///
    /// ```
    /// let t = jos_taxonomy::Taxonomy::builtin();
    /// assert_eq!(t.suggest("school-socail-worker", None)[0], "school-social-worker");
    /// ```
    pub fn suggest(&self, id: &str, facet: Option<&str>) -> Vec<&str> {
        let limit = (id.chars().count() / 3).max(2);
        let mut scored: Vec<(usize, &str)> = self
            .concepts()
            .filter(|c| facet.is_none_or(|f| c.facet == f) && !c.is_deprecated())
            .map(|c| (distance(id, &c.id), c.id.as_str()))
            .filter(|&(d, _)| d <= limit)
            .collect();
        for m in self.lookup(id).into_iter().take(3) {
            if facet.is_none_or(|f| m.concept.facet == f)
                && !scored.iter().any(|(_, s)| *s == m.concept.id)
            {
                scored.push((limit + 1 + m.score as usize, &m.concept.id));
            }
        }
        scored.sort();
        scored.into_iter().take(3).map(|(_, id)| id).collect()
    }
}

/// The best way the folded query `q` matches one of `texts` (each with the kind an exact match
/// has): score (lower is better), kind and the text.
fn best_match<'t>(
    q: &str,
    texts: impl Iterator<Item = (&'t str, MatchKind)>,
) -> Option<(u32, MatchKind, String)> {
    let short = q.chars().count() <= 4;
    let mut best: Option<(u32, MatchKind, String)> = None;
    for (text, exact) in texts {
        let f = fold(text);
        let (score, kind) = if f == q {
            (exact as u32, exact)
        } else if f.starts_with(q) {
            (10, MatchKind::Partial)
        } else if exact == MatchKind::Abbreviation || short {
            // An abbreviation within a few typos is another abbreviation, and a short query
            // inside a longer word ("oka" in "lokaal") is a coincidence: no such matches.
            continue;
        } else if f.contains(q) {
            (11, MatchKind::Partial)
        } else {
            let d = distance(&f, q);
            if d > (q.chars().count() / 4).max(1) {
                continue;
            }
            (20 + d as u32, MatchKind::Fuzzy)
        };
        if best.as_ref().is_none_or(|b| score < b.0) {
            best = Some((score, kind, text.to_owned()));
        }
    }
    best
}

/// "did you mean `a`, `b` or `c`?" for a list of candidates; `None` when there are none.
///
/// ```
/// use jos_taxonomy::lookup::did_you_mean;
/// assert_eq!(did_you_mean(&["a", "b", "c"]).unwrap(), "did you mean `a`, `b` or `c`?");
/// assert_eq!(did_you_mean(&[]), None);
/// ```
pub use jos_codes::suggest::did_you_mean;

/// A hint for an unknown concept id: the nearest ids, or how to search.
pub(crate) fn nearest_id_hint(taxonomy: &Taxonomy, id: &str, facet: Option<&str>) -> String {
    did_you_mean(&taxonomy.suggest(id, facet))
        .unwrap_or_else(|| format!("no concept has a similar id; search with `jos lookup {id}`"))
}
