//! The rules that classify a change, and the bumps they need.

use serde::Serialize;

/// The part of the version a change needs raised, smallest first.
#[derive(Copy, Clone, Debug, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize)]
#[serde(rename_all = "kebab-case")]
#[non_exhaustive]
pub enum Bump {
    /// Wording, sources, typo fixes that do not change meaning.
    Patch,
    /// Additions and deprecations with a replacement.
    Minor,
    /// Changes that alter what existing tags mean or allow.
    Major,
}

impl Bump {
    /// `patch`, `minor` or `major`.
    pub fn name(self) -> &'static str {
        match self {
            Bump::Patch => "patch",
            Bump::Minor => "minor",
            Bump::Major => "major",
        }
    }

    /// The bump from `old` to `new`, or `None` when `new` is not higher than `old`.
    ///
    /// ```
    /// use jos_taxonomy::diff::Bump;
    /// let v = |s| semver::Version::parse(s).unwrap();
    /// assert_eq!(Bump::between(&v("1.0.0"), &v("1.1.0")), Some(Bump::Minor));
    /// assert_eq!(Bump::between(&v("1.2.3"), &v("2.0.0")), Some(Bump::Major));
    /// assert_eq!(Bump::between(&v("1.0.0"), &v("1.0.0")), None);
    /// ```
    pub fn between(old: &semver::Version, new: &semver::Version) -> Option<Bump> {
        if new <= old {
            None
        } else if new.major > old.major {
            Some(Bump::Major)
        } else if new.minor > old.minor {
            Some(Bump::Minor)
        } else {
            Some(Bump::Patch)
        }
    }
}

/// Every rule a change can be classified by: its id, its bump, and what it means in English and
/// in Dutch.
pub const RULES: &[(&str, Bump, &str, &str)] = &[
    (
        "concept-added",
        Bump::Minor,
        "a new concept",
        "een nieuw begrip",
    ),
    (
        "concept-removed",
        Bump::Major,
        "a concept's id disappeared: ids are forever, deprecate it instead",
        "de id van een begrip is verdwenen: ids blijven altijd bestaan, vervang het begrip in plaats daarvan",
    ),
    (
        "concept-deprecated",
        Bump::Minor,
        "a concept deprecated with a replacement",
        "een begrip vervangen, met een opvolger",
    ),
    (
        "concept-withdrawn",
        Bump::Major,
        "a concept deprecated without a replacement: removed from use",
        "een begrip buiten gebruik gesteld zonder opvolger",
    ),
    (
        "deprecation-changed",
        Bump::Minor,
        "the replacements or reason of a deprecation changed",
        "de opvolgers of de reden van een vervanging zijn veranderd",
    ),
    (
        "label",
        Bump::Patch,
        "a preferred label worded differently (same meaning)",
        "een voorkeursterm anders verwoord (zelfde betekenis)",
    ),
    (
        "label-kept-as-synonym",
        Bump::Minor,
        "a preferred label changed, the old one kept as a synonym",
        "een voorkeursterm veranderd, de oude blijft als synoniem",
    ),
    (
        "synonyms-added",
        Bump::Minor,
        "new synonyms or abbreviations",
        "nieuwe synoniemen of afkortingen",
    ),
    (
        "synonyms-removed",
        Bump::Minor,
        "synonyms or abbreviations removed: lookup no longer finds them",
        "synoniemen of afkortingen verwijderd: zoeken vindt ze niet meer",
    ),
    (
        "meaning",
        Bump::Major,
        "a concept's meaning changed, as the history of the new version declares",
        "de betekenis van een begrip veranderd, zoals de geschiedenis van de nieuwe versie meldt",
    ),
    (
        "definition",
        Bump::Patch,
        "a definition worded differently (same meaning)",
        "een definitie anders verwoord (zelfde betekenis)",
    ),
    (
        "scope-note-added",
        Bump::Minor,
        "a new scope note",
        "een nieuwe toelichting op de afbakening",
    ),
    (
        "scope-note",
        Bump::Patch,
        "a scope note worded differently or removed",
        "een toelichting anders verwoord of verwijderd",
    ),
    (
        "examples-added",
        Bump::Minor,
        "new examples",
        "nieuwe voorbeelden",
    ),
    (
        "examples",
        Bump::Patch,
        "examples worded differently or removed",
        "voorbeelden anders verwoord of verwijderd",
    ),
    (
        "broader",
        Bump::Minor,
        "a concept moved under another broader concept",
        "een begrip onder een ander breder begrip geplaatst",
    ),
    (
        "relations-added",
        Bump::Minor,
        "new relations between concepts",
        "nieuwe relaties tussen begrippen",
    ),
    (
        "relations-removed",
        Bump::Minor,
        "relations between concepts removed",
        "relaties tussen begrippen verwijderd",
    ),
    (
        "position",
        Bump::Major,
        "an ordered scale reordered",
        "de volgorde van een geordende schaal veranderd",
    ),
    (
        "sources",
        Bump::Patch,
        "sources added, removed or corrected",
        "bronnen toegevoegd, verwijderd of verbeterd",
    ),
    ("facet-added", Bump::Minor, "a new facet", "een nieuw facet"),
    (
        "facet-removed",
        Bump::Major,
        "a facet disappeared",
        "een facet is verdwenen",
    ),
    (
        "facet-text",
        Bump::Patch,
        "a facet's label or definition worded differently",
        "de naam of definitie van een facet anders verwoord",
    ),
    (
        "coder-guidance",
        Bump::Minor,
        "a facet's question for coders or decision rule added or changed: coders may decide differently",
        "de vraag voor wie codeert of de beslisregel van een facet toegevoegd of veranderd: codeurs kunnen anders beslissen",
    ),
    (
        "facet-kind",
        Bump::Major,
        "a facet became, or stopped being, the begrippen part (terms that records cannot tag)",
        "een facet is het deel met begrippen geworden (die registraties niet als code gebruiken), of niet meer",
    ),
    (
        "subject-definition",
        Bump::Minor,
        "the definition of the subject, its criteria, classification or open questions added or changed",
        "de definitie van het onderwerp, de criteria, de indeling of de open vragen toegevoegd of veranderd",
    ),
    (
        "subject-definition-removed",
        Bump::Major,
        "the definition of the subject disappeared",
        "de definitie van het onderwerp is verdwenen",
    ),
    (
        "cardinality",
        Bump::Major,
        "a facet's cardinality changed",
        "het aantal begrippen dat een registratie in een facet mag hebben is veranderd",
    ),
    (
        "facet-required",
        Bump::Major,
        "a facet made required",
        "een facet is verplicht geworden",
    ),
    (
        "facet-optional",
        Bump::Minor,
        "a required facet made optional",
        "een verplicht facet is optioneel geworden",
    ),
    (
        "ordering",
        Bump::Major,
        "a facet became, or stopped being, an ordered scale",
        "een facet is een geordende schaal geworden, of niet meer",
    ),
    (
        "rule-added",
        Bump::Major,
        "a new rule: records that were valid may break it",
        "een nieuwe regel: registraties die geldig waren, kunnen ertegen ingaan",
    ),
    (
        "rule-removed",
        Bump::Minor,
        "a rule removed: records are allowed more",
        "een regel verwijderd: registraties mogen meer",
    ),
    (
        "rule-changed",
        Bump::Major,
        "a rule's conditions changed",
        "de voorwaarden van een regel zijn veranderd",
    ),
    (
        "rule-message",
        Bump::Patch,
        "a rule's message worded differently",
        "de melding van een regel anders verwoord",
    ),
    (
        "metadata",
        Bump::Patch,
        "the title, description, publisher or licence",
        "de titel, beschrijving, uitgever of licentie",
    ),
];

pub(super) fn bump_of(rule: &str) -> Bump {
    RULES
        .iter()
        .find(|(r, ..)| *r == rule)
        .map_or(Bump::Major, |(_, b, ..)| *b)
}
