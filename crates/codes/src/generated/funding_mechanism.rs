// @generated from taxonomy/ by `cargo xtask codegen`. Do not edit by hand.
//! Facet `funding-mechanism`: Financieringswijze (Funding mechanism).

use crate::Lang;
use crate::DeprecationNote;

#[doc = " **Financieringswijze** (Funding mechanism)"]
#[doc = " "]
#[doc = " De manier waarop het geld aan de praktijk wordt toegekend: per leerling of traject, als budget voor een school, taak of samenwerking, of als combinatie. Dit staat los van de bron: dezelfde wet kan zowel individueel als collectief bekostigen. Kies één begrip; gebruik hybride als beide wijzen binnen de praktijk naast elkaar bestaan."]
#[doc = " "]
#[doc = " The way money is allocated to the practice: per pupil or trajectory, as a budget for a school, task or partnership, or as a combination. This is separate from the source: the same act can fund either individually or collectively. Choose one concept; use hybrid when both ways exist side by side within the practice."]
#[doc = " "]
#[doc = " A record carries at most one of its concepts."]
#[derive(Copy, Clone, PartialEq, Eq, PartialOrd, Ord, Hash, Debug)]
#[non_exhaustive]
pub enum FundingMechanism {
    #[doc = " **Individuele financiering** (Individual funding), id `individual-funding`"]
    #[doc = " "]
    #[doc = " Geld wordt per jongere of traject toegekend, meestal na een besluit van of namens de gemeente, een verwijzing door huisarts, jeugdarts of medisch specialist, of een beslissing van de kinderrechter of een gecertificeerde instelling. De aanbieder declareert per cliënt of traject. Ook zorg uit de Wlz of de Zvw, die per verzekerde wordt betaald, valt hieronder."]
    #[doc = " "]
    #[doc = " Money is allocated per young person or trajectory, usually after a decision by or on behalf of the municipality, a referral by a GP, youth doctor or medical specialist, or a decision by the juvenile court or a certified institution. The provider bills per client or trajectory. Care under the Long-term Care Act or the Health Insurance Act, which is paid per insured person, also falls under this."]
    IndividualFunding,
    #[doc = " **Persoonsgebonden budget** (Personal budget), id `personal-budget`"]
    #[doc = " "]
    #[doc = " Een vorm van individuele financiering waarbij de jongere of de ouders zelf een budget krijgen en daarmee hulp inkopen, in plaats van hulp in natura van een door de gemeente gecontracteerde aanbieder. Het kan onder de Jeugdwet, de Wmo en de Wlz. Voor hulp op school komt dit weinig voor."]
    #[doc = " "]
    #[doc = " A form of individual funding in which the young person or the parents receive a budget themselves and purchase help with it, instead of help in kind from a provider contracted by the municipality. It exists under the Youth Act, the Social Support Act and the Long-term Care Act. It is uncommon for help at school."]
    PersonalBudget,
    #[doc = " **Collectieve financiering** (Collective funding), id `collective-funding`"]
    #[doc = " "]
    #[doc = " Geld wordt als vast budget toegekend aan een school, locatie, team of taak, bijvoorbeeld voor een aantal uren jeugdhulp per week, zonder dat er per leerling een besluit nodig is. Dat geeft ruimte om flexibel in te spelen op wat de school nodig heeft, zoals leraren coachen of het pedagogisch klimaat versterken."]
    #[doc = " "]
    #[doc = " Money is allocated as a fixed budget to a school, site, team or task, for example for a number of hours of youth care per week, without a decision for each pupil. This leaves room to respond flexibly to what the school needs, such as coaching teachers or strengthening the pedagogical climate."]
    CollectiveFunding,
    #[doc = " **Hybride financiering** (Hybrid funding), id `hybrid-funding`"]
    #[doc = " "]
    #[doc = " Een combinatie van collectieve en individuele financiering binnen één praktijk. Een voorbeeld is een vast budget voor aanwezigheid en lichte hulp op school, met een besluit per leerling voor zwaardere of langere trajecten."]
    #[doc = " "]
    #[doc = " A combination of collective and individual funding within one practice. An example is a fixed budget for presence and light help at school, with a decision per pupil for heavier or longer trajectories."]
    HybridFunding,
}

impl FundingMechanism {
    /// The facet's id.
    pub const FACET: &'static str = "funding-mechanism";

    /// Every concept of the facet in display order, deprecated ones included.
    pub const ALL: &'static [Self] = &[
        Self::IndividualFunding,
        Self::PersonalBudget,
        Self::CollectiveFunding,
        Self::HybridFunding,
    ];

    /// The concept's permanent id.
    pub const fn id(self) -> &'static str {
        match self {
            Self::IndividualFunding => "individual-funding",
            Self::PersonalBudget => "personal-budget",
            Self::CollectiveFunding => "collective-funding",
            Self::HybridFunding => "hybrid-funding",
        }
    }

    /// The preferred label in `lang`.
    pub const fn label(self, lang: Lang) -> &'static str {
        match (self, lang) {
            (Self::IndividualFunding, Lang::Nl) => "Individuele financiering",
            (Self::IndividualFunding, Lang::En) => "Individual funding",
            (Self::PersonalBudget, Lang::Nl) => "Persoonsgebonden budget",
            (Self::PersonalBudget, Lang::En) => "Personal budget",
            (Self::CollectiveFunding, Lang::Nl) => "Collectieve financiering",
            (Self::CollectiveFunding, Lang::En) => "Collective funding",
            (Self::HybridFunding, Lang::Nl) => "Hybride financiering",
            (Self::HybridFunding, Lang::En) => "Hybrid funding",
        }
    }

    /// The definition in `lang` (Markdown).
    pub const fn definition(self, lang: Lang) -> &'static str {
        match (self, lang) {
            (Self::IndividualFunding, Lang::Nl) => "Geld wordt per jongere of traject toegekend, meestal na een besluit van of namens de gemeente, een verwijzing door huisarts, jeugdarts of medisch specialist, of een beslissing van de kinderrechter of een gecertificeerde instelling. De aanbieder declareert per cliënt of traject. Ook zorg uit de Wlz of de Zvw, die per verzekerde wordt betaald, valt hieronder.",
            (Self::IndividualFunding, Lang::En) => "Money is allocated per young person or trajectory, usually after a decision by or on behalf of the municipality, a referral by a GP, youth doctor or medical specialist, or a decision by the juvenile court or a certified institution. The provider bills per client or trajectory. Care under the Long-term Care Act or the Health Insurance Act, which is paid per insured person, also falls under this.",
            (Self::PersonalBudget, Lang::Nl) => "Een vorm van individuele financiering waarbij de jongere of de ouders zelf een budget krijgen en daarmee hulp inkopen, in plaats van hulp in natura van een door de gemeente gecontracteerde aanbieder. Het kan onder de Jeugdwet, de Wmo en de Wlz. Voor hulp op school komt dit weinig voor.",
            (Self::PersonalBudget, Lang::En) => "A form of individual funding in which the young person or the parents receive a budget themselves and purchase help with it, instead of help in kind from a provider contracted by the municipality. It exists under the Youth Act, the Social Support Act and the Long-term Care Act. It is uncommon for help at school.",
            (Self::CollectiveFunding, Lang::Nl) => "Geld wordt als vast budget toegekend aan een school, locatie, team of taak, bijvoorbeeld voor een aantal uren jeugdhulp per week, zonder dat er per leerling een besluit nodig is. Dat geeft ruimte om flexibel in te spelen op wat de school nodig heeft, zoals leraren coachen of het pedagogisch klimaat versterken.",
            (Self::CollectiveFunding, Lang::En) => "Money is allocated as a fixed budget to a school, site, team or task, for example for a number of hours of youth care per week, without a decision for each pupil. This leaves room to respond flexibly to what the school needs, such as coaching teachers or strengthening the pedagogical climate.",
            (Self::HybridFunding, Lang::Nl) => "Een combinatie van collectieve en individuele financiering binnen één praktijk. Een voorbeeld is een vast budget voor aanwezigheid en lichte hulp op school, met een besluit per leerling voor zwaardere of langere trajecten.",
            (Self::HybridFunding, Lang::En) => "A combination of collective and individual funding within one practice. An example is a fixed budget for presence and light help at school, with a decision per pupil for heavier or longer trajectories.",
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

crate::code::facet_code!(FundingMechanism, "funding-mechanism");
