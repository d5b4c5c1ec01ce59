// @generated from taxonomy/ by `cargo xtask codegen`. Do not edit by hand.
//! Facet `funding-permanence`: Duur van de bekostiging (Funding permanence).

use crate::Lang;
use crate::DeprecationNote;

#[doc = " **Duur van de bekostiging** (Funding permanence)"]
#[doc = " "]
#[doc = " Of het geld waarop de praktijk draait blijvend is geregeld of alleen voor een beperkte periode beschikbaar is. Dit staat los van de bron (facet 'Financieringsbron') en van de manier van toekennen (facet 'Financieringswijze'): zowel een gemeente als het Rijk of een fonds kan tijdelijk of structureel betalen."]
#[doc = " "]
#[doc = " Whether the money a practice runs on is arranged on a lasting basis or is available only for a limited period. This is separate from the source (facet 'Funding source') and from the way money is allocated (facet 'Funding mechanism'): a municipality, central government or a foundation can each pay temporarily or structurally."]
#[doc = " "]
#[doc = " A record carries at most one of its concepts."]
#[derive(Copy, Clone, PartialEq, Eq, PartialOrd, Ord, Hash, Debug)]
#[non_exhaustive]
pub enum FundingPermanence {
    #[doc = " **Structurele bekostiging** (Structural funding), id `structural-funding`"]
    #[doc = " "]
    #[doc = " Het geld voor de praktijk is opgenomen in een regulier budget of een lopende afspraak zonder geplande einddatum, zoals de lumpsum van een school, de vaste begroting of inkoop van een gemeente, of een overeenkomst die na afloop gewoon wordt verlengd. Voortzetting vraagt geen nieuw besluit over het bestaan van de praktijk."]
    #[doc = " "]
    #[doc = " The money for the practice is part of a regular budget or an ongoing agreement with no planned end date, such as a school's lump sum, a municipality's regular budget or purchasing, or an agreement that is simply renewed when it ends. Continuing does not need a new decision on whether the practice should exist."]
    StructuralFunding,
    #[doc = " **Tijdelijke bekostiging** (Temporary funding), id `temporary-funding`"]
    #[doc = " "]
    #[doc = " Het geld voor de praktijk is bedoeld voor een beperkte periode, zoals een pilot, een project, een subsidie voor een aantal schooljaren of een impuls- of innovatiebudget. Voortzetting na die periode vraagt een nieuw besluit of een andere bron."]
    #[doc = " "]
    #[doc = " The money for the practice is meant for a limited period, such as a pilot, a project, a grant for a number of school years or an impulse or innovation budget. Continuing after that period needs a new decision or another source."]
    TemporaryFunding,
}

impl FundingPermanence {
    /// The facet's id.
    pub const FACET: &'static str = "funding-permanence";

    /// Every concept of the facet in display order, deprecated ones included.
    pub const ALL: &'static [Self] = &[
        Self::StructuralFunding,
        Self::TemporaryFunding,
    ];

    /// The concept's permanent id.
    pub const fn id(self) -> &'static str {
        match self {
            Self::StructuralFunding => "structural-funding",
            Self::TemporaryFunding => "temporary-funding",
        }
    }

    /// The preferred label in `lang`.
    pub const fn label(self, lang: Lang) -> &'static str {
        match (self, lang) {
            (Self::StructuralFunding, Lang::Nl) => "Structurele bekostiging",
            (Self::StructuralFunding, Lang::En) => "Structural funding",
            (Self::TemporaryFunding, Lang::Nl) => "Tijdelijke bekostiging",
            (Self::TemporaryFunding, Lang::En) => "Temporary funding",
        }
    }

    /// The definition in `lang` (Markdown).
    pub const fn definition(self, lang: Lang) -> &'static str {
        match (self, lang) {
            (Self::StructuralFunding, Lang::Nl) => "Het geld voor de praktijk is opgenomen in een regulier budget of een lopende afspraak zonder geplande einddatum, zoals de lumpsum van een school, de vaste begroting of inkoop van een gemeente, of een overeenkomst die na afloop gewoon wordt verlengd. Voortzetting vraagt geen nieuw besluit over het bestaan van de praktijk.",
            (Self::StructuralFunding, Lang::En) => "The money for the practice is part of a regular budget or an ongoing agreement with no planned end date, such as a school's lump sum, a municipality's regular budget or purchasing, or an agreement that is simply renewed when it ends. Continuing does not need a new decision on whether the practice should exist.",
            (Self::TemporaryFunding, Lang::Nl) => "Het geld voor de praktijk is bedoeld voor een beperkte periode, zoals een pilot, een project, een subsidie voor een aantal schooljaren of een impuls- of innovatiebudget. Voortzetting na die periode vraagt een nieuw besluit of een andere bron.",
            (Self::TemporaryFunding, Lang::En) => "The money for the practice is meant for a limited period, such as a pilot, a project, a grant for a number of school years or an impulse or innovation budget. Continuing after that period needs a new decision or another source.",
        }
    }

    /// The place on the facet's scale (1 = first) for an ordered facet; `None` otherwise.
    pub const fn position(self) -> Option<u32> {
        let _ = self;
        None
    }

    /// Present when the concept is deprecated: since when and why.
    pub const fn deprecation(self) -> Option<DeprecationNote> {
        let _ = self;
        None
    }

    /// The live concepts that replace a deprecated one (empty for live concepts).
    pub const fn replaced_by(self) -> &'static [Self] {
        let _ = self;
        &[]
    }
}

crate::code::facet_code!(FundingPermanence, "funding-permanence");
