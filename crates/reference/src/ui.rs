//! The fixed words of the reference documents, in Dutch and in English.

use jos_taxonomy::lang::Lang;

/// Every fixed string the reference documents use, for one language.
pub(crate) struct Ui {
    /// The name of each language in this language, indexed like [`Lang::ALL`].
    pub lang_names: [&'static str; 2],
    /// The language's own name, for the language switch.
    pub own_name: &'static str,
    pub language: &'static str,
    pub skip_to_content: &'static str,
    pub overview: &'static str,
    pub version: &'static str,
    pub licence: &'static str,
    pub publisher: &'static str,
    pub how_to_cite: &'static str,
    /// When the current version has no date in the history ("n.d.").
    pub no_date: &'static str,
    pub facets: &'static str,
    pub facets_at_a_glance: &'static str,
    pub facet: &'static str,
    pub properties: &'static str,
    pub link_to_concept: &'static str,
    pub concepts: &'static str,
    pub of_which_deprecated: &'static str,
    /// "concept" and "concepts", for counts.
    pub concept_noun: [&'static str; 2],
    pub per_record_single: &'static str,
    pub per_record_multiple: &'static str,
    pub ordered_scale: &'static str,
    pub required_facet: &'static str,
    pub scale_order_note: &'static str,
    pub relation_kinds: &'static str,
    pub version_history: &'static str,
    pub glossary: &'static str,
    pub glossary_intro: &'static str,
    pub deprecated_concepts: &'static str,
    pub no_deprecated: &'static str,
    pub deprecated: &'static str,
    pub deprecated_since: &'static str,
    pub replaced_by: &'static str,
    pub reason: &'static str,
    pub id: &'static str,
    pub synonyms: &'static str,
    pub abbreviations: &'static str,
    pub definition: &'static str,
    pub scope_note: &'static str,
    pub examples: &'static str,
    pub position: &'static str,
    pub broader: &'static str,
    pub narrower: &'static str,
    pub relations: &'static str,
    pub sources: &'static str,
    pub accessed: &'static str,
    pub since: &'static str,
    pub synonym_of: &'static str,
    pub abbreviation_of: &'static str,
    pub filter_label: &'static str,
    pub filter_count: &'static str,
    pub filter_empty: &'static str,
    pub generated: &'static str,
}

const NL: Ui = Ui {
    lang_names: ["Nederlands", "Engels"],
    own_name: "Nederlands",
    language: "Taal",
    skip_to_content: "Naar de inhoud",
    overview: "Overzicht",
    version: "versie",
    licence: "Licentie",
    publisher: "Uitgever",
    how_to_cite: "Zo verwijst u naar deze taxonomie",
    no_date: "z.j.",
    facets: "Facetten",
    facets_at_a_glance: "De facetten in één oogopslag",
    facet: "Facet",
    properties: "Kenmerken",
    link_to_concept: "Link naar dit begrip",
    concepts: "Begrippen",
    of_which_deprecated: "vervallen",
    concept_noun: ["begrip", "begrippen"],
    per_record_single: "hoogstens één begrip per registratie",
    per_record_multiple: "meerdere begrippen per registratie mogelijk",
    ordered_scale: "geordende schaal",
    required_facet: "verplicht in elke registratie",
    scale_order_note: "De begrippen staan in de volgorde van de schaal.",
    relation_kinds: "Soorten relaties",
    version_history: "Versiegeschiedenis",
    glossary: "Woordenlijst",
    glossary_intro: "Alle voorkeurstermen, synoniemen en afkortingen van A tot Z, met het begrip waar ze naar verwijzen.",
    deprecated_concepts: "Vervallen begrippen",
    no_deprecated: "Er zijn geen vervallen begrippen.",
    deprecated: "vervallen",
    deprecated_since: "Vervallen sinds versie",
    replaced_by: "Vervangen door",
    reason: "Reden",
    id: "Id",
    synonyms: "Synoniemen",
    abbreviations: "Afkortingen",
    definition: "Definitie",
    scope_note: "Afbakening",
    examples: "Voorbeelden",
    position: "Plaats op de schaal",
    broader: "Breder begrip",
    narrower: "Smallere begrippen",
    relations: "Relaties",
    sources: "Bronnen",
    accessed: "geraadpleegd",
    since: "Sinds versie",
    synonym_of: "synoniem van",
    abbreviation_of: "afkorting van",
    filter_label: "Filter op naam, synoniem of afkorting",
    filter_count: "{shown} van {total} zichtbaar",
    filter_empty: "Niets gevonden. Probeer een ander woord.",
    generated: "Gegenereerd met jos docs",
};

const EN: Ui = Ui {
    lang_names: ["Dutch", "English"],
    own_name: "English",
    language: "Language",
    skip_to_content: "Skip to content",
    overview: "Overview",
    version: "version",
    licence: "Licence",
    publisher: "Publisher",
    how_to_cite: "How to cite this taxonomy",
    no_date: "n.d.",
    facets: "Facets",
    facets_at_a_glance: "The facets at a glance",
    facet: "Facet",
    properties: "Properties",
    link_to_concept: "Link to this concept",
    concepts: "Concepts",
    of_which_deprecated: "deprecated",
    concept_noun: ["concept", "concepts"],
    per_record_single: "at most one concept per record",
    per_record_multiple: "any number of concepts per record",
    ordered_scale: "ordered scale",
    required_facet: "required in every record",
    scale_order_note: "The concepts are listed in scale order.",
    relation_kinds: "Relation kinds",
    version_history: "Version history",
    glossary: "Glossary",
    glossary_intro: "Every preferred term, synonym and abbreviation from A to Z, with the concept it points to.",
    deprecated_concepts: "Deprecated concepts",
    no_deprecated: "There are no deprecated concepts.",
    deprecated: "deprecated",
    deprecated_since: "Deprecated since version",
    replaced_by: "Replaced by",
    reason: "Reason",
    id: "Id",
    synonyms: "Synonyms",
    abbreviations: "Abbreviations",
    definition: "Definition",
    scope_note: "Scope note",
    examples: "Examples",
    position: "Position on the scale",
    broader: "Broader concept",
    narrower: "Narrower concepts",
    relations: "Relations",
    sources: "Sources",
    accessed: "accessed",
    since: "Since version",
    synonym_of: "synonym of",
    abbreviation_of: "abbreviation of",
    filter_label: "Filter by name, synonym or abbreviation",
    filter_count: "{shown} of {total} shown",
    filter_empty: "Nothing found. Try another word.",
    generated: "Generated by jos docs",
};

/// The fixed strings for `lang`.
pub(crate) fn ui(lang: Lang) -> &'static Ui {
    match lang {
        Lang::En => &EN,
        _ => &NL,
    }
}

impl Ui {
    /// "1 concept", "12 concepts"; with "(2 deprecated)" when some are.
    pub fn count(&self, n: usize, deprecated: usize) -> String {
        let noun = self.concept_noun[usize::from(n != 1)];
        if deprecated == 0 {
            format!("{n} {noun}")
        } else {
            format!("{n} {noun} ({deprecated} {})", self.of_which_deprecated)
        }
    }

    /// The name of `lang` in this language.
    pub fn lang_name(&self, lang: Lang) -> &'static str {
        match lang {
            Lang::En => self.lang_names[1],
            _ => self.lang_names[0],
        }
    }
}
