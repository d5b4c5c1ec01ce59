// @generated from taxonomy/ by `cargo xtask codegen`. Do not edit by hand.
//! Facet `funding-source`: Financieringsbron (Funding source).

use crate::Lang;
use crate::DeprecationNote;

#[doc = " **Financieringsbron** (Funding source)"]
#[doc = " "]
#[doc = " De geldstroom waaruit een praktijk wordt betaald: de wet, het budget of de partij waar het geld vandaan komt. Hoe het geld wordt toegekend (per leerling of als budget) staat in het facet 'Financieringswijze'; of het geld blijvend of tijdelijk is, staat in het facet 'Duur van de bekostiging'. Tag alle bronnen die substantieel bijdragen."]
#[doc = " "]
#[doc = " The funding stream that pays for a practice: the act, budget or party the money comes from. How the money is allocated (per pupil or as a budget) is recorded in the facet 'Funding mechanism'; whether the money is lasting or temporary is recorded in the facet 'Funding permanence'. Tag every source that contributes substantially."]
#[doc = " "]
#[doc = " A record may carry several of its concepts."]
#[derive(Copy, Clone, PartialEq, Eq, PartialOrd, Ord, Hash, Debug)]
#[non_exhaustive]
pub enum FundingSource {
    #[doc = " **Gemeentelijke middelen** (Municipal funding), id `municipal-funding`"]
    #[doc = " "]
    #[doc = " Geld van de gemeente of van samenwerkende gemeenten in een regio. Gebruik dit begrip als de bron alleen zegt dat de gemeente betaalt; is bekend uit welke wet of welk budget, tag dan het specifiekere begrip."]
    #[doc = " "]
    #[doc = " Money from the municipality or from municipalities working together in a region. Use this concept when the description only says that the municipality pays; if the act or budget is known, tag the more specific concept."]
    MunicipalFunding,
    #[doc = " **Jeugdwetmiddelen** (Youth Act funding), id `jeugdwet-funding`"]
    #[doc = " "]
    #[doc = " Het budget waaruit de gemeente op grond van de Jeugdwet jeugdhulp betaalt voor jeugdigen tot 18 jaar, en bij verlengde jeugdhulp tot 23. De gemeente kan dit geld besteden aan individuele voorzieningen na een besluit of verwijzing, maar ook aan vrij toegankelijke hulp, bijvoorbeeld in of bij de school."]
    #[doc = " "]
    #[doc = " The budget from which the municipality pays for youth care under the Youth Act for young people up to 18, and up to 23 for extended youth care. The municipality can spend this money on individual provisions after a decision or referral, but also on freely accessible help, for instance in or near the school."]
    JeugdwetFunding,
    #[doc = " **Middelen samenwerkingsverband passend onderwijs** (Funding from the school partnership (passend onderwijs)), id `samenwerkingsverband-funding`"]
    #[doc = " "]
    #[doc = " Het geld dat een samenwerkingsverband passend onderwijs in het po of vo van het Rijk ontvangt voor extra ondersteuning van leerlingen. Het samenwerkingsverband verdeelt dit over scholen en arrangementen en betaalt er plaatsingen in sbo en (v)so van. Het mbo heeft geen samenwerkingsverband en valt hier dus niet onder."]
    #[doc = " "]
    #[doc = " The money that a school partnership for passend onderwijs (samenwerkingsverband) in primary or secondary education receives from central government for extra support for pupils. The partnership distributes it across schools and arrangements and pays for places in special primary schools and special (secondary) education from it. Mbo has no samenwerkingsverband and therefore does not fall under this."]
    SamenwerkingsverbandFunding,
    #[doc = " **Wmo-middelen** (Social Support Act funding), id `wmo-funding`"]
    #[doc = " "]
    #[doc = " Gemeentelijk geld op grond van de Wet maatschappelijke ondersteuning 2015, voor ondersteuning van volwassenen bij zelfredzaamheid en participatie en voor algemene voorzieningen zoals welzijnswerk. Voor mbo-studenten vanaf 18 jaar is dit vaak de opvolger van de Jeugdwet."]
    #[doc = " "]
    #[doc = " Municipal money under the Social Support Act 2015, for supporting adults in self-reliance and participation and for general services such as social welfare work. For mbo students from 18 it is often the successor to the Youth Act."]
    WmoFunding,
    #[doc = " **Zvw-middelen** (Health insurance funding), id `zvw-funding`"]
    #[doc = " "]
    #[doc = " Geld van zorgverzekeraars op grond van de Zorgverzekeringswet, voor verzekerde zorg zoals huisartsenzorg, medisch-specialistische zorg, wijkverpleging en, vanaf 18 jaar, ggz. De Zvw kent individuele aanspraken: het geld volgt de zorg die een verzekerde krijgt."]
    #[doc = " "]
    #[doc = " Money from health insurers under the Health Insurance Act, for insured care such as GP care, medical specialist care, community nursing and, from 18, mental health care. The act gives individual entitlements: the money follows the care an insured person receives."]
    ZvwFunding,
    #[doc = " **Wlz-middelen** (Long-term care funding), id `wlz-funding`"]
    #[doc = " "]
    #[doc = " Geld op grond van de Wet langdurige zorg, voor mensen die blijvend permanent toezicht of 24 uur per dag zorg in de nabijheid nodig hebben, bijvoorbeeld door een ernstige meervoudige beperking. Wlz-zorg kan ook tijdens schooltijd worden geleverd, vooral in het (v)so."]
    #[doc = " "]
    #[doc = " Money under the Long-term Care Act, for people who permanently need constant supervision or care close at hand around the clock, for instance because of severe multiple disabilities. Care funded by the act can also be delivered during school hours, mainly in special (secondary) education."]
    WlzFunding,
    #[doc = " **Onderwijsmiddelen** (Education budget), id `education-budget`"]
    #[doc = " "]
    #[doc = " Geld dat schoolbesturen en mbo-instellingen van het Rijk ontvangen: het reguliere budget (lumpsum) dat zij naar eigen inzicht besteden, inclusief wat zij reserveren voor basisondersteuning, zorgstructuur of studentbegeleiding, en subsidies van het ministerie van OCW aan het bevoegd gezag. Voor het mbo is dit de belangrijkste bron voor ondersteuning vanuit het onderwijs."]
    #[doc = " "]
    #[doc = " Money that school boards and mbo institutions receive from central government: the regular budget (lump sum) they spend at their own discretion, including what they set aside for basic support, the internal support structure or student counselling, and grants from the education ministry to the school board. For mbo this is the main source of support from the education side."]
    EducationBudget,
    #[doc = " **Middelen publieke gezondheid** (Public health funding), id `wpg-funding`"]
    #[doc = " "]
    #[doc = " Gemeentelijk geld voor de publieke gezondheidszorg op grond van de Wet publieke gezondheid. Daaruit wordt onder meer de jeugdgezondheidszorg betaald, met de jeugdarts en jeugdverpleegkundige die kinderen en jongeren van 0 tot 18 jaar volgen en hen ook op school zien; in beleid wordt vaak gesproken van JGZ voor 0- tot 19-jarigen."]
    #[doc = " "]
    #[doc = " Municipal money for public health under the Public Health Act. Among other things it pays for youth health care, with the youth doctor and youth nurse who monitor children and young people from 0 to 18 and also see them at school; policy documents often speak of youth health care for 0- to 19-year-olds."]
    WpgFunding,
    #[doc = " **Regionale middelen voortijdig schoolverlaten** (Regional early-school-leaving funds), id `vsv-regional-funding`"]
    #[doc = " "]
    #[doc = " Rijksgeld voor de gezamenlijke aanpak van gemeenten en scholen tegen voortijdig schoolverlaten in een regio: een specifieke uitkering via de contactgemeente en een subsidie voor de contactschool, op basis van een regionaal programma voor vier jaar (eerder per RMC-regio, vanaf 2026 per Doorstroompuntregio). Het wordt onder meer ingezet voor extra begeleiding van jongeren die dreigen uit te vallen."]
    #[doc = " "]
    #[doc = " Central government money for the joint approach of municipalities and schools against early school leaving in a region: a specific grant through the contact municipality and a grant for the contact school, based on a four-year regional programme (formerly per RMC region, from 2026 per Doorstroompunt region). It is used, among other things, for extra guidance for young people at risk of dropping out."]
    VsvRegionalFunding,
    #[doc = " **Participatiewetmiddelen** (Participation Act funding), id `participation-act-funding`"]
    #[doc = " "]
    #[doc = " Gemeentelijk geld op grond van de Participatiewet voor inkomensondersteuning en begeleiding naar werk, onder meer voor jongeren die niet zelfstandig aan de slag komen. Het speelt bij de stap van school naar werk, vooral vanuit praktijkonderwijs, vso en mbo."]
    #[doc = " "]
    #[doc = " Municipal money under the Participation Act for income support and guidance into work, among others for young people who cannot find work on their own. It comes into play at the step from school to work, especially from practical education, secondary special education and mbo."]
    ParticipationActFunding,
    #[doc = " **Overige gemeentelijke middelen** (Other municipal funding), id `other-municipal-funding`"]
    #[doc = " "]
    #[doc = " Gemeentelijk geld dat niet uit een van de genoemde wetten komt, zoals een subsidie voor jongerenwerk op grond van de eigen subsidieverordening van de gemeente."]
    #[doc = " "]
    #[doc = " Municipal money that does not come from any of the acts listed, such as a grant for youth work under the municipality's own grant regulation."]
    OtherMunicipalFunding,
    #[doc = " **Tijdelijke project- of pilotmiddelen** (Temporary project or pilot funding), id `temporary-project-funding`"]
    #[doc = " "]
    #[doc = " Geld dat voor een beperkte periode beschikbaar is, zoals een subsidie, een landelijk of regionaal programma of een pilotbudget."]
    #[doc = " "]
    #[doc = " Money available for a limited period, such as a grant, a national or regional programme or a pilot budget."]
    #[doc = " "]
    #[doc = " *Deprecated since 2.0.0*; replaced by `temporary-funding` (facet `funding-permanence`)."]
    TemporaryProjectFunding,
    #[doc = " **Particuliere fondsen** (Private funds), id `private-fund`"]
    #[doc = " "]
    #[doc = " Bijdragen van particuliere of charitatieve fondsen, stichtingen of bedrijven, ook van een fonds dat bij een zorgverzekeraar hoort. Zulke fondsen geven meestal geld voor een project, zoals de opstart of een onderzoek, en zelden voor de gewone kosten van een lopende praktijk."]
    #[doc = " "]
    #[doc = " Contributions from private or charitable funds, foundations or companies, including a fund linked to a health insurer. Such funds usually give money for a project, such as the start-up or an evaluation, and rarely for the ordinary running costs of an ongoing practice."]
    PrivateFund,
    #[doc = " **Gebundelde financiering** (Pooled funding), id `pooled-funding`"]
    #[doc = " "]
    #[doc = " Eén gezamenlijk budget waarin partijen, zoals onderwijs en gemeente, hun geld samenbrengen en waarover zij samen als opdrachtgever beslissen. Losse bijdragen van meerdere partijen aan dezelfde praktijk zijn nog geen bundeling."]
    #[doc = " "]
    #[doc = " One joint budget into which parties, such as education and the municipality, bring their money and about which they decide together as commissioners. Separate contributions from several parties to the same practice are not yet pooling."]
    PooledFunding,
}

impl FundingSource {
    /// The facet's id.
    pub const FACET: &'static str = "funding-source";

    /// Every concept of the facet in display order, deprecated ones included.
    pub const ALL: &'static [Self] = &[
        Self::MunicipalFunding,
        Self::JeugdwetFunding,
        Self::SamenwerkingsverbandFunding,
        Self::WmoFunding,
        Self::ZvwFunding,
        Self::WlzFunding,
        Self::EducationBudget,
        Self::WpgFunding,
        Self::VsvRegionalFunding,
        Self::ParticipationActFunding,
        Self::OtherMunicipalFunding,
        Self::TemporaryProjectFunding,
        Self::PrivateFund,
        Self::PooledFunding,
    ];

    /// The concept's permanent id.
    pub const fn id(self) -> &'static str {
        match self {
            Self::MunicipalFunding => "municipal-funding",
            Self::JeugdwetFunding => "jeugdwet-funding",
            Self::SamenwerkingsverbandFunding => "samenwerkingsverband-funding",
            Self::WmoFunding => "wmo-funding",
            Self::ZvwFunding => "zvw-funding",
            Self::WlzFunding => "wlz-funding",
            Self::EducationBudget => "education-budget",
            Self::WpgFunding => "wpg-funding",
            Self::VsvRegionalFunding => "vsv-regional-funding",
            Self::ParticipationActFunding => "participation-act-funding",
            Self::OtherMunicipalFunding => "other-municipal-funding",
            Self::TemporaryProjectFunding => "temporary-project-funding",
            Self::PrivateFund => "private-fund",
            Self::PooledFunding => "pooled-funding",
        }
    }

    /// The preferred label in `lang`.
    pub const fn label(self, lang: Lang) -> &'static str {
        match (self, lang) {
            (Self::MunicipalFunding, Lang::Nl) => "Gemeentelijke middelen",
            (Self::MunicipalFunding, Lang::En) => "Municipal funding",
            (Self::JeugdwetFunding, Lang::Nl) => "Jeugdwetmiddelen",
            (Self::JeugdwetFunding, Lang::En) => "Youth Act funding",
            (Self::SamenwerkingsverbandFunding, Lang::Nl) => "Middelen samenwerkingsverband passend onderwijs",
            (Self::SamenwerkingsverbandFunding, Lang::En) => "Funding from the school partnership (passend onderwijs)",
            (Self::WmoFunding, Lang::Nl) => "Wmo-middelen",
            (Self::WmoFunding, Lang::En) => "Social Support Act funding",
            (Self::ZvwFunding, Lang::Nl) => "Zvw-middelen",
            (Self::ZvwFunding, Lang::En) => "Health insurance funding",
            (Self::WlzFunding, Lang::Nl) => "Wlz-middelen",
            (Self::WlzFunding, Lang::En) => "Long-term care funding",
            (Self::EducationBudget, Lang::Nl) => "Onderwijsmiddelen",
            (Self::EducationBudget, Lang::En) => "Education budget",
            (Self::WpgFunding, Lang::Nl) => "Middelen publieke gezondheid",
            (Self::WpgFunding, Lang::En) => "Public health funding",
            (Self::VsvRegionalFunding, Lang::Nl) => "Regionale middelen voortijdig schoolverlaten",
            (Self::VsvRegionalFunding, Lang::En) => "Regional early-school-leaving funds",
            (Self::ParticipationActFunding, Lang::Nl) => "Participatiewetmiddelen",
            (Self::ParticipationActFunding, Lang::En) => "Participation Act funding",
            (Self::OtherMunicipalFunding, Lang::Nl) => "Overige gemeentelijke middelen",
            (Self::OtherMunicipalFunding, Lang::En) => "Other municipal funding",
            (Self::TemporaryProjectFunding, Lang::Nl) => "Tijdelijke project- of pilotmiddelen",
            (Self::TemporaryProjectFunding, Lang::En) => "Temporary project or pilot funding",
            (Self::PrivateFund, Lang::Nl) => "Particuliere fondsen",
            (Self::PrivateFund, Lang::En) => "Private funds",
            (Self::PooledFunding, Lang::Nl) => "Gebundelde financiering",
            (Self::PooledFunding, Lang::En) => "Pooled funding",
        }
    }

    /// The definition in `lang` (Markdown).
    pub const fn definition(self, lang: Lang) -> &'static str {
        match (self, lang) {
            (Self::MunicipalFunding, Lang::Nl) => "Geld van de gemeente of van samenwerkende gemeenten in een regio. Gebruik dit begrip als de bron alleen zegt dat de gemeente betaalt; is bekend uit welke wet of welk budget, tag dan het specifiekere begrip.",
            (Self::MunicipalFunding, Lang::En) => "Money from the municipality or from municipalities working together in a region. Use this concept when the description only says that the municipality pays; if the act or budget is known, tag the more specific concept.",
            (Self::JeugdwetFunding, Lang::Nl) => "Het budget waaruit de gemeente op grond van de Jeugdwet jeugdhulp betaalt voor jeugdigen tot 18 jaar, en bij verlengde jeugdhulp tot 23. De gemeente kan dit geld besteden aan individuele voorzieningen na een besluit of verwijzing, maar ook aan vrij toegankelijke hulp, bijvoorbeeld in of bij de school.",
            (Self::JeugdwetFunding, Lang::En) => "The budget from which the municipality pays for youth care under the Youth Act for young people up to 18, and up to 23 for extended youth care. The municipality can spend this money on individual provisions after a decision or referral, but also on freely accessible help, for instance in or near the school.",
            (Self::SamenwerkingsverbandFunding, Lang::Nl) => "Het geld dat een samenwerkingsverband passend onderwijs in het po of vo van het Rijk ontvangt voor extra ondersteuning van leerlingen. Het samenwerkingsverband verdeelt dit over scholen en arrangementen en betaalt er plaatsingen in sbo en (v)so van. Het mbo heeft geen samenwerkingsverband en valt hier dus niet onder.",
            (Self::SamenwerkingsverbandFunding, Lang::En) => "The money that a school partnership for passend onderwijs (samenwerkingsverband) in primary or secondary education receives from central government for extra support for pupils. The partnership distributes it across schools and arrangements and pays for places in special primary schools and special (secondary) education from it. Mbo has no samenwerkingsverband and therefore does not fall under this.",
            (Self::WmoFunding, Lang::Nl) => "Gemeentelijk geld op grond van de Wet maatschappelijke ondersteuning 2015, voor ondersteuning van volwassenen bij zelfredzaamheid en participatie en voor algemene voorzieningen zoals welzijnswerk. Voor mbo-studenten vanaf 18 jaar is dit vaak de opvolger van de Jeugdwet.",
            (Self::WmoFunding, Lang::En) => "Municipal money under the Social Support Act 2015, for supporting adults in self-reliance and participation and for general services such as social welfare work. For mbo students from 18 it is often the successor to the Youth Act.",
            (Self::ZvwFunding, Lang::Nl) => "Geld van zorgverzekeraars op grond van de Zorgverzekeringswet, voor verzekerde zorg zoals huisartsenzorg, medisch-specialistische zorg, wijkverpleging en, vanaf 18 jaar, ggz. De Zvw kent individuele aanspraken: het geld volgt de zorg die een verzekerde krijgt.",
            (Self::ZvwFunding, Lang::En) => "Money from health insurers under the Health Insurance Act, for insured care such as GP care, medical specialist care, community nursing and, from 18, mental health care. The act gives individual entitlements: the money follows the care an insured person receives.",
            (Self::WlzFunding, Lang::Nl) => "Geld op grond van de Wet langdurige zorg, voor mensen die blijvend permanent toezicht of 24 uur per dag zorg in de nabijheid nodig hebben, bijvoorbeeld door een ernstige meervoudige beperking. Wlz-zorg kan ook tijdens schooltijd worden geleverd, vooral in het (v)so.",
            (Self::WlzFunding, Lang::En) => "Money under the Long-term Care Act, for people who permanently need constant supervision or care close at hand around the clock, for instance because of severe multiple disabilities. Care funded by the act can also be delivered during school hours, mainly in special (secondary) education.",
            (Self::EducationBudget, Lang::Nl) => "Geld dat schoolbesturen en mbo-instellingen van het Rijk ontvangen: het reguliere budget (lumpsum) dat zij naar eigen inzicht besteden, inclusief wat zij reserveren voor basisondersteuning, zorgstructuur of studentbegeleiding, en subsidies van het ministerie van OCW aan het bevoegd gezag. Voor het mbo is dit de belangrijkste bron voor ondersteuning vanuit het onderwijs.",
            (Self::EducationBudget, Lang::En) => "Money that school boards and mbo institutions receive from central government: the regular budget (lump sum) they spend at their own discretion, including what they set aside for basic support, the internal support structure or student counselling, and grants from the education ministry to the school board. For mbo this is the main source of support from the education side.",
            (Self::WpgFunding, Lang::Nl) => "Gemeentelijk geld voor de publieke gezondheidszorg op grond van de Wet publieke gezondheid. Daaruit wordt onder meer de jeugdgezondheidszorg betaald, met de jeugdarts en jeugdverpleegkundige die kinderen en jongeren van 0 tot 18 jaar volgen en hen ook op school zien; in beleid wordt vaak gesproken van JGZ voor 0- tot 19-jarigen.",
            (Self::WpgFunding, Lang::En) => "Municipal money for public health under the Public Health Act. Among other things it pays for youth health care, with the youth doctor and youth nurse who monitor children and young people from 0 to 18 and also see them at school; policy documents often speak of youth health care for 0- to 19-year-olds.",
            (Self::VsvRegionalFunding, Lang::Nl) => "Rijksgeld voor de gezamenlijke aanpak van gemeenten en scholen tegen voortijdig schoolverlaten in een regio: een specifieke uitkering via de contactgemeente en een subsidie voor de contactschool, op basis van een regionaal programma voor vier jaar (eerder per RMC-regio, vanaf 2026 per Doorstroompuntregio). Het wordt onder meer ingezet voor extra begeleiding van jongeren die dreigen uit te vallen.",
            (Self::VsvRegionalFunding, Lang::En) => "Central government money for the joint approach of municipalities and schools against early school leaving in a region: a specific grant through the contact municipality and a grant for the contact school, based on a four-year regional programme (formerly per RMC region, from 2026 per Doorstroompunt region). It is used, among other things, for extra guidance for young people at risk of dropping out.",
            (Self::ParticipationActFunding, Lang::Nl) => "Gemeentelijk geld op grond van de Participatiewet voor inkomensondersteuning en begeleiding naar werk, onder meer voor jongeren die niet zelfstandig aan de slag komen. Het speelt bij de stap van school naar werk, vooral vanuit praktijkonderwijs, vso en mbo.",
            (Self::ParticipationActFunding, Lang::En) => "Municipal money under the Participation Act for income support and guidance into work, among others for young people who cannot find work on their own. It comes into play at the step from school to work, especially from practical education, secondary special education and mbo.",
            (Self::OtherMunicipalFunding, Lang::Nl) => "Gemeentelijk geld dat niet uit een van de genoemde wetten komt, zoals een subsidie voor jongerenwerk op grond van de eigen subsidieverordening van de gemeente.",
            (Self::OtherMunicipalFunding, Lang::En) => "Municipal money that does not come from any of the acts listed, such as a grant for youth work under the municipality's own grant regulation.",
            (Self::TemporaryProjectFunding, Lang::Nl) => "Geld dat voor een beperkte periode beschikbaar is, zoals een subsidie, een landelijk of regionaal programma of een pilotbudget.",
            (Self::TemporaryProjectFunding, Lang::En) => "Money available for a limited period, such as a grant, a national or regional programme or a pilot budget.",
            (Self::PrivateFund, Lang::Nl) => "Bijdragen van particuliere of charitatieve fondsen, stichtingen of bedrijven, ook van een fonds dat bij een zorgverzekeraar hoort. Zulke fondsen geven meestal geld voor een project, zoals de opstart of een onderzoek, en zelden voor de gewone kosten van een lopende praktijk.",
            (Self::PrivateFund, Lang::En) => "Contributions from private or charitable funds, foundations or companies, including a fund linked to a health insurer. Such funds usually give money for a project, such as the start-up or an evaluation, and rarely for the ordinary running costs of an ongoing practice.",
            (Self::PooledFunding, Lang::Nl) => "Eén gezamenlijk budget waarin partijen, zoals onderwijs en gemeente, hun geld samenbrengen en waarover zij samen als opdrachtgever beslissen. Losse bijdragen van meerdere partijen aan dezelfde praktijk zijn nog geen bundeling.",
            (Self::PooledFunding, Lang::En) => "One joint budget into which parties, such as education and the municipality, bring their money and about which they decide together as commissioners. Separate contributions from several parties to the same practice are not yet pooling.",
        }
    }

    /// The place on the facet's scale (1 = first) for an ordered facet; `None` otherwise.
    pub const fn position(self) -> Option<u32> {
        let _ = self;
        None
    }

    /// Present when the concept is deprecated: since when and why.
    pub const fn deprecation(self) -> Option<DeprecationNote> {
        match self {
            Self::TemporaryProjectFunding => Some(DeprecationNote::new("2.0.0", "Tijdelijkheid zegt hoe lang er geld is, niet waar het vandaan komt. De duur staat nu in het facet 'Duur van de bekostiging'; tag bij het herzien van een record ook de partij of wet waaruit het geld komt.", "Being temporary says how long the money lasts, not where it comes from. Duration now has its own facet, 'Funding permanence'; when reviewing a record, also tag the party or act the money comes from.", &["temporary-funding"], false)),
            _ => None,
        }
    }

    /// The live concepts that replace a deprecated one (empty for live concepts).
    pub const fn replaced_by(self) -> &'static [Self] {
        match self {
            Self::TemporaryProjectFunding => &[],
            _ => &[],
        }
    }
}

crate::code::facet_code!(FundingSource, "funding-source");
