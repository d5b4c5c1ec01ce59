//! What a concept card shows, decided once for both renderers: [`Card`] gathers a concept's
//! facts in one language, in the order every output shows them, and the HTML and Markdown
//! renderers only lay them out.

use jos_taxonomy::lang::Lang;
use jos_taxonomy::model::{Concept, Taxonomy};

use crate::{narrower, other_langs, relations_by_kind};

/// A concept's card in one language. Texts are as written (Markdown where the taxonomy allows
/// it); escaping and links are the renderer's business.
pub(crate) struct Card<'a> {
    /// The preferred label in the card's language.
    pub label: &'a str,
    pub deprecation: Option<CardDeprecation<'a>>,
    /// The preferred labels in the other languages.
    pub other_labels: Vec<(Lang, &'a str)>,
    pub synonyms: Vec<&'a str>,
    pub abbreviations: Vec<&'a str>,
    pub position: Option<u32>,
    pub broader: Option<&'a str>,
    pub narrower: Vec<&'a str>,
    pub since: Option<&'a str>,
    /// The definition (Markdown); empty when there is none.
    pub definition: &'a str,
    /// The scope note (Markdown); empty when there is none.
    pub scope_note: &'a str,
    pub examples: Vec<&'a str>,
    /// The relations grouped by kind: the kind's label, then the target ids.
    pub relations: Vec<(&'a str, Vec<&'a str>)>,
    /// The relations that point at this concept, grouped by kind: the kind's label, then the
    /// ids of the concepts they start from, in the taxonomy's order.
    pub incoming: Vec<(&'a str, Vec<&'a str>)>,
    /// The ids of the sources cited.
    pub sources: Vec<&'a str>,
}

/// Why and since when a concept is deprecated, and what replaces it.
pub(crate) struct CardDeprecation<'a> {
    pub since: &'a str,
    pub replaced_by: Vec<&'a str>,
    pub reason: &'a str,
}

impl<'a> Card<'a> {
    pub fn new(taxonomy: &'a Taxonomy, c: &'a Concept, lang: Lang) -> Self {
        Card {
            label: c.label.best(lang),
            deprecation: c.deprecated.as_ref().map(|d| CardDeprecation {
                since: &d.since.value,
                replaced_by: d.replaced_by.iter().map(|r| r.value.as_str()).collect(),
                reason: d.reason.best(lang),
            }),
            other_labels: other_langs(lang)
                .filter_map(|other| c.label.get(other).map(|l| (other, l)))
                .collect(),
            synonyms: c.alt_labels.get(lang).collect(),
            abbreviations: c.abbreviations.get(lang).collect(),
            position: c.position.as_ref().map(|p| p.value),
            broader: c.broader.as_ref().map(|b| b.value.as_str()),
            narrower: narrower(taxonomy, c)
                .iter()
                .map(|n| n.id.as_str())
                .collect(),
            since: c.since.as_ref().map(|s| s.value.as_str()),
            definition: non_blank(c.definition.best(lang)),
            scope_note: non_blank(c.scope_note.best(lang)),
            examples: c.examples.get(lang).collect(),
            relations: relations_by_kind(c)
                .into_iter()
                .map(|(kind, targets)| {
                    let label = taxonomy
                        .relation_kind(kind)
                        .map_or(kind, |k| k.label.best(lang));
                    (label, targets)
                })
                .collect(),
            incoming: incoming(taxonomy, c, lang),
            sources: c.sources.iter().map(|s| s.value.as_str()).collect(),
        }
    }
}

/// The relations of other concepts that point at `c`, grouped by kind in the order of the
/// taxonomy's relation kinds.
fn incoming<'a>(taxonomy: &'a Taxonomy, c: &Concept, lang: Lang) -> Vec<(&'a str, Vec<&'a str>)> {
    let mut groups: Vec<(&'a str, Vec<&'a str>)> = Vec::new();
    for kind in taxonomy.relation_kinds() {
        let from: Vec<&'a str> = taxonomy
            .concepts()
            .filter(|other| {
                other
                    .related
                    .iter()
                    .any(|r| r.kind.value == kind.id && r.target.value == c.id)
            })
            .map(|other| other.id.as_str())
            .collect();
        if !from.is_empty() {
            groups.push((kind.label.best(lang), from));
        }
    }
    groups
}

fn non_blank(text: &str) -> &str {
    if text.trim().is_empty() { "" } else { text }
}
