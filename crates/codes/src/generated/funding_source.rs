// @generated from taxonomy/ by `cargo xtask codegen`. Do not edit by hand.
//! Facet `funding-source`: Financieringsbron (Funding source).

use crate::Lang;
use crate::DeprecationNote;

#[doc = " **Financieringsbron** (Funding source)"]
#[doc = " "]
#[doc = " De geldstroom waaruit een praktijk wordt betaald: de wet, het budget of de partij waar het geld vandaan komt. Hoe het geld wordt toegekend (per cliënt of als budget) staat los daarvan in het facet financieringswijze. Tag alle bronnen die substantieel bijdragen."]
#[doc = " "]
#[doc = " The funding stream that pays for a practice: the act, budget or party the money comes from. How the money is allocated (per client or as a budget) is recorded separately in the funding-mechanism facet. Tag every source that contributes substantially."]
#[doc = " "]
#[doc = " A record may carry several of its concepts."]
#[derive(Copy, Clone, PartialEq, Eq, PartialOrd, Ord, Hash, Debug)]
#[non_exhaustive]
pub enum FundingSource {
    #[doc = " **Jeugdwetmiddelen** (Youth Act funding), id `jeugdwet-funding`"]
    #[doc = " "]
    #[doc = " Het budget waaruit de gemeente op grond van de Jeugdwet jeugdhulp voor jeugdigen tot 18 jaar (en soms verlengd tot 23) betaalt. De gemeente kan dit geld besteden aan individuele trajecten na een verwijzing of beschikking, maar ook aan vrij toegankelijke hulp, bijvoorbeeld in of bij de school."]
    #[doc = " "]
    #[doc = " The budget from which the municipality pays for youth care under the Youth Act for young people up to 18 (and sometimes, extended, up to 23). The municipality can spend this money on individual care trajectories after a referral or formal decision, but also on freely accessible help, for instance in or near the school."]
    JeugdwetFunding,
    #[doc = " **Middelen samenwerkingsverband passend onderwijs** (Samenwerkingsverband funding), id `samenwerkingsverband-funding`"]
    #[doc = " "]
    #[doc = " Het ondersteuningsbudget dat een samenwerkingsverband passend onderwijs in het po of vo van het Rijk ontvangt voor extra ondersteuning van leerlingen. Het samenwerkingsverband verdeelt dit over scholen en arrangementen en betaalt er plaatsingen in sbo en (v)so van. Het mbo heeft geen samenwerkingsverband en valt hier dus niet onder."]
    #[doc = " "]
    #[doc = " The support budget that a samenwerkingsverband (inclusive-education partnership) in primary or secondary education receives from central government for additional support for pupils. The partnership distributes it across schools and arrangements and pays for placements in sbo and (secondary) special education from it. Mbo has no samenwerkingsverband and therefore does not fall under this."]
    SamenwerkingsverbandFunding,
    #[doc = " **Wmo-middelen** (Wmo funding), id `wmo-funding`"]
    #[doc = " "]
    #[doc = " Gemeentelijk geld op grond van de Wet maatschappelijke ondersteuning, voor ondersteuning van volwassenen bij zelfredzaamheid en participatie en voor algemene voorzieningen zoals welzijnswerk. Voor mbo-studenten vanaf achttien is dit vaak de opvolger van de Jeugdwet."]
    #[doc = " "]
    #[doc = " Municipal money under the Social Support Act, for supporting adults in self-reliance and participation and for general services such as social welfare work. For mbo students from eighteen it is often the successor to the Youth Act."]
    WmoFunding,
    #[doc = " **Zvw-middelen** (Health insurance funding), id `zvw-funding`"]
    #[doc = " "]
    #[doc = " Geld van zorgverzekeraars op grond van de Zorgverzekeringswet, voor medische zorg zoals huisarts, ziekenhuis en, vanaf achttien jaar, ggz. Verzekeraars dragen soms ook bij aan samenwerking in en rond scholen, zoals in Leeuwarden."]
    #[doc = " "]
    #[doc = " Money from health insurers under the Health Insurance Act, for medical care such as the GP, hospital care and, from eighteen, mental health care. Insurers sometimes also contribute to cooperation in and around schools, as in Leeuwarden."]
    ZvwFunding,
    #[doc = " **Wlz-middelen** (Long-term care funding), id `wlz-funding`"]
    #[doc = " "]
    #[doc = " Geld op grond van de Wet langdurige zorg, voor mensen die blijvend permanent toezicht of zorg in de nabijheid nodig hebben, bijvoorbeeld door een ernstige meervoudige beperking. Zorg uit de Wlz kan ook tijdens schooltijd worden geleverd, vooral in het (v)so."]
    #[doc = " "]
    #[doc = " Money under the Long-term Care Act, for people who permanently need constant supervision or care close at hand, for instance because of severe multiple disabilities. Care funded by the Wlz can also be delivered during school hours, mainly in (secondary) special education."]
    WlzFunding,
    #[doc = " **Onderwijsmiddelen** (Education budget), id `education-budget`"]
    #[doc = " "]
    #[doc = " Het reguliere budget dat schoolbesturen en mbo-instellingen van het Rijk ontvangen en naar eigen inzicht besteden, inclusief wat zij reserveren voor basisondersteuning, zorgstructuur of studentbegeleiding. Voor het mbo is dit de belangrijkste bron voor ondersteuning vanuit het onderwijs."]
    #[doc = " "]
    #[doc = " The regular budget that school boards and mbo institutions receive from central government and spend at their own discretion, including what they set aside for basic support, the internal care structure or student counselling. For mbo this is the main source of support from the education side."]
    EducationBudget,
    #[doc = " **Middelen publieke gezondheid** (Public health funding), id `wpg-funding`"]
    #[doc = " "]
    #[doc = " Gemeentelijk geld voor de publieke gezondheidszorg op grond van de Wet publieke gezondheid. Daaruit wordt onder meer de jeugdgezondheidszorg betaald, met de jeugdarts en jeugdverpleegkundige die kinderen en jongeren tot 18 jaar volgen en hen ook op school zien."]
    #[doc = " "]
    #[doc = " Municipal money for public health under the Public Health Act. Among other things it pays for youth health care, with the youth doctor and youth nurse who monitor children and young people up to 18 and also see them at school."]
    WpgFunding,
    #[doc = " **Regionale middelen voortijdig schoolverlaten** (Regional early-school-leaving funds), id `vsv-regional-funding`"]
    #[doc = " "]
    #[doc = " Rijksgeld dat via de RMC-regio's beschikbaar komt voor een gezamenlijke aanpak van gemeenten en scholen tegen voortijdig schoolverlaten, vaak met een eigen bijdrage van de partners. Het wordt onder meer ingezet voor extra begeleiding van jongeren die dreigen uit te vallen."]
    #[doc = " "]
    #[doc = " Central government money made available through the RMC regions for a joint approach by municipalities and schools against early school leaving, often with a contribution of the partners' own. It is used, among other things, for extra guidance for young people at risk of dropping out."]
    VsvRegionalFunding,
    #[doc = " **Participatiewetmiddelen** (Participation Act funding), id `participation-act-funding`"]
    #[doc = " "]
    #[doc = " Gemeentelijk geld op grond van de Participatiewet voor inkomensondersteuning en begeleiding naar werk, onder meer voor jongeren die niet zelfstandig aan de slag komen. Het speelt bij de stap van school naar werk, vooral vanuit praktijkonderwijs, vso en entree."]
    #[doc = " "]
    #[doc = " Municipal money under the Participation Act for income support and guidance into work, among others for young people who cannot find work on their own. It comes into play at the step from school to work, especially from practical education, secondary special education and the entry course."]
    ParticipationActFunding,
    #[doc = " **Overige gemeentelijke middelen** (Other municipal funding), id `other-municipal-funding`"]
    #[doc = " "]
    #[doc = " Gemeentelijk geld dat niet aan een van de genoemde wetten is gekoppeld, zoals de algemene begroting voor jongerenwerk, schoolmaatschappelijk werk of lokaal onderwijsbeleid. Zulke middelen zijn vaak al van voor de Jeugdwet in gebruik."]
    #[doc = " "]
    #[doc = " Municipal money not tied to any of the acts listed, such as the general budget for youth work, school social work or local education policy. Such funds have often been in use since before the Youth Act."]
    OtherMunicipalFunding,
    #[doc = " **Tijdelijke project- of pilotmiddelen** (Temporary project or pilot funding), id `temporary-project-funding`"]
    #[doc = " "]
    #[doc = " Geld dat voor een beperkte periode beschikbaar is, zoals een subsidie, een landelijk of regionaal programma of een pilotbudget. Praktijken op zulke middelen moeten op tijd een structurele bron vinden om te kunnen blijven bestaan."]
    #[doc = " "]
    #[doc = " Money available for a limited period, such as a grant, a national or regional programme or a pilot budget. Practices running on such money need to find a structural source in time in order to continue."]
    TemporaryProjectFunding,
    #[doc = " **Particuliere fondsen** (Private funds), id `private-fund`"]
    #[doc = " "]
    #[doc = " Bijdragen van particuliere of charitatieve fondsen, stichtingen of bedrijven. Zij betalen meestal de opstart of een onderzoek en zelden langdurig."]
    #[doc = " "]
    #[doc = " Contributions from private or charitable funds, foundations or companies. They usually pay for the start-up phase or an evaluation and rarely for a long period."]
    PrivateFund,
    #[doc = " **Gebundelde financiering** (Pooled funding), id `pooled-funding`"]
    #[doc = " "]
    #[doc = " Geld uit meerdere bronnen dat partijen bij elkaar leggen en gezamenlijk besteden aan één praktijk. In Leeuwarden bijvoorbeeld dragen het onderwijs, de gemeente (jeugdhulp en Wmo) en de zorgverzekeraar bij aan School als Werkplaats."]
    #[doc = " "]
    #[doc = " Money from several sources that parties put together and spend jointly on one practice. In Leeuwarden, for instance, education, the municipality (youth care and Wmo) and the health insurer contribute to School als Werkplaats."]
    PooledFunding,
}

impl FundingSource {
    /// The facet's id.
    pub const FACET: &'static str = "funding-source";

    /// Every concept of the facet in display order, deprecated ones included.
    pub const ALL: &'static [Self] = &[
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
            (Self::JeugdwetFunding, Lang::Nl) => "Jeugdwetmiddelen",
            (Self::JeugdwetFunding, Lang::En) => "Youth Act funding",
            (Self::SamenwerkingsverbandFunding, Lang::Nl) => "Middelen samenwerkingsverband passend onderwijs",
            (Self::SamenwerkingsverbandFunding, Lang::En) => "Samenwerkingsverband funding",
            (Self::WmoFunding, Lang::Nl) => "Wmo-middelen",
            (Self::WmoFunding, Lang::En) => "Wmo funding",
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
            (Self::JeugdwetFunding, Lang::Nl) => "Het budget waaruit de gemeente op grond van de Jeugdwet jeugdhulp voor jeugdigen tot 18 jaar (en soms verlengd tot 23) betaalt. De gemeente kan dit geld besteden aan individuele trajecten na een verwijzing of beschikking, maar ook aan vrij toegankelijke hulp, bijvoorbeeld in of bij de school.",
            (Self::JeugdwetFunding, Lang::En) => "The budget from which the municipality pays for youth care under the Youth Act for young people up to 18 (and sometimes, extended, up to 23). The municipality can spend this money on individual care trajectories after a referral or formal decision, but also on freely accessible help, for instance in or near the school.",
            (Self::SamenwerkingsverbandFunding, Lang::Nl) => "Het ondersteuningsbudget dat een samenwerkingsverband passend onderwijs in het po of vo van het Rijk ontvangt voor extra ondersteuning van leerlingen. Het samenwerkingsverband verdeelt dit over scholen en arrangementen en betaalt er plaatsingen in sbo en (v)so van. Het mbo heeft geen samenwerkingsverband en valt hier dus niet onder.",
            (Self::SamenwerkingsverbandFunding, Lang::En) => "The support budget that a samenwerkingsverband (inclusive-education partnership) in primary or secondary education receives from central government for additional support for pupils. The partnership distributes it across schools and arrangements and pays for placements in sbo and (secondary) special education from it. Mbo has no samenwerkingsverband and therefore does not fall under this.",
            (Self::WmoFunding, Lang::Nl) => "Gemeentelijk geld op grond van de Wet maatschappelijke ondersteuning, voor ondersteuning van volwassenen bij zelfredzaamheid en participatie en voor algemene voorzieningen zoals welzijnswerk. Voor mbo-studenten vanaf achttien is dit vaak de opvolger van de Jeugdwet.",
            (Self::WmoFunding, Lang::En) => "Municipal money under the Social Support Act, for supporting adults in self-reliance and participation and for general services such as social welfare work. For mbo students from eighteen it is often the successor to the Youth Act.",
            (Self::ZvwFunding, Lang::Nl) => "Geld van zorgverzekeraars op grond van de Zorgverzekeringswet, voor medische zorg zoals huisarts, ziekenhuis en, vanaf achttien jaar, ggz. Verzekeraars dragen soms ook bij aan samenwerking in en rond scholen, zoals in Leeuwarden.",
            (Self::ZvwFunding, Lang::En) => "Money from health insurers under the Health Insurance Act, for medical care such as the GP, hospital care and, from eighteen, mental health care. Insurers sometimes also contribute to cooperation in and around schools, as in Leeuwarden.",
            (Self::WlzFunding, Lang::Nl) => "Geld op grond van de Wet langdurige zorg, voor mensen die blijvend permanent toezicht of zorg in de nabijheid nodig hebben, bijvoorbeeld door een ernstige meervoudige beperking. Zorg uit de Wlz kan ook tijdens schooltijd worden geleverd, vooral in het (v)so.",
            (Self::WlzFunding, Lang::En) => "Money under the Long-term Care Act, for people who permanently need constant supervision or care close at hand, for instance because of severe multiple disabilities. Care funded by the Wlz can also be delivered during school hours, mainly in (secondary) special education.",
            (Self::EducationBudget, Lang::Nl) => "Het reguliere budget dat schoolbesturen en mbo-instellingen van het Rijk ontvangen en naar eigen inzicht besteden, inclusief wat zij reserveren voor basisondersteuning, zorgstructuur of studentbegeleiding. Voor het mbo is dit de belangrijkste bron voor ondersteuning vanuit het onderwijs.",
            (Self::EducationBudget, Lang::En) => "The regular budget that school boards and mbo institutions receive from central government and spend at their own discretion, including what they set aside for basic support, the internal care structure or student counselling. For mbo this is the main source of support from the education side.",
            (Self::WpgFunding, Lang::Nl) => "Gemeentelijk geld voor de publieke gezondheidszorg op grond van de Wet publieke gezondheid. Daaruit wordt onder meer de jeugdgezondheidszorg betaald, met de jeugdarts en jeugdverpleegkundige die kinderen en jongeren tot 18 jaar volgen en hen ook op school zien.",
            (Self::WpgFunding, Lang::En) => "Municipal money for public health under the Public Health Act. Among other things it pays for youth health care, with the youth doctor and youth nurse who monitor children and young people up to 18 and also see them at school.",
            (Self::VsvRegionalFunding, Lang::Nl) => "Rijksgeld dat via de RMC-regio's beschikbaar komt voor een gezamenlijke aanpak van gemeenten en scholen tegen voortijdig schoolverlaten, vaak met een eigen bijdrage van de partners. Het wordt onder meer ingezet voor extra begeleiding van jongeren die dreigen uit te vallen.",
            (Self::VsvRegionalFunding, Lang::En) => "Central government money made available through the RMC regions for a joint approach by municipalities and schools against early school leaving, often with a contribution of the partners' own. It is used, among other things, for extra guidance for young people at risk of dropping out.",
            (Self::ParticipationActFunding, Lang::Nl) => "Gemeentelijk geld op grond van de Participatiewet voor inkomensondersteuning en begeleiding naar werk, onder meer voor jongeren die niet zelfstandig aan de slag komen. Het speelt bij de stap van school naar werk, vooral vanuit praktijkonderwijs, vso en entree.",
            (Self::ParticipationActFunding, Lang::En) => "Municipal money under the Participation Act for income support and guidance into work, among others for young people who cannot find work on their own. It comes into play at the step from school to work, especially from practical education, secondary special education and the entry course.",
            (Self::OtherMunicipalFunding, Lang::Nl) => "Gemeentelijk geld dat niet aan een van de genoemde wetten is gekoppeld, zoals de algemene begroting voor jongerenwerk, schoolmaatschappelijk werk of lokaal onderwijsbeleid. Zulke middelen zijn vaak al van voor de Jeugdwet in gebruik.",
            (Self::OtherMunicipalFunding, Lang::En) => "Municipal money not tied to any of the acts listed, such as the general budget for youth work, school social work or local education policy. Such funds have often been in use since before the Youth Act.",
            (Self::TemporaryProjectFunding, Lang::Nl) => "Geld dat voor een beperkte periode beschikbaar is, zoals een subsidie, een landelijk of regionaal programma of een pilotbudget. Praktijken op zulke middelen moeten op tijd een structurele bron vinden om te kunnen blijven bestaan.",
            (Self::TemporaryProjectFunding, Lang::En) => "Money available for a limited period, such as a grant, a national or regional programme or a pilot budget. Practices running on such money need to find a structural source in time in order to continue.",
            (Self::PrivateFund, Lang::Nl) => "Bijdragen van particuliere of charitatieve fondsen, stichtingen of bedrijven. Zij betalen meestal de opstart of een onderzoek en zelden langdurig.",
            (Self::PrivateFund, Lang::En) => "Contributions from private or charitable funds, foundations or companies. They usually pay for the start-up phase or an evaluation and rarely for a long period.",
            (Self::PooledFunding, Lang::Nl) => "Geld uit meerdere bronnen dat partijen bij elkaar leggen en gezamenlijk besteden aan één praktijk. In Leeuwarden bijvoorbeeld dragen het onderwijs, de gemeente (jeugdhulp en Wmo) en de zorgverzekeraar bij aan School als Werkplaats.",
            (Self::PooledFunding, Lang::En) => "Money from several sources that parties put together and spend jointly on one practice. In Leeuwarden, for instance, education, the municipality (youth care and Wmo) and the health insurer contribute to School als Werkplaats.",
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

crate::code::facet_code!(FundingSource, "funding-source");
