// @generated from taxonomy/ by `cargo xtask codegen`. Do not edit by hand.
//! Facet `provider-arrangement`: Wie levert de professionals (Who supplies the professionals).

use crate::Lang;
use crate::DeprecationNote;

#[doc = " **Wie levert de professionals** (Who supplies the professionals)"]
#[doc = " "]
#[doc = " Van welke soorten organisaties de professionals komen die in deze praktijk hulp geven of de verbinding met hulp leggen: een wijk- of jeugdteam van de gemeente, één of meer jeugdhulpaanbieders, de school of het samenwerkingsverband zelf, de GGD of een welzijnsorganisatie. Het gaat om wie de professionals in dienst heeft of levert, niet om wie betaalt; dat staat in de bekostiging. Een praktijk kan professionals van meer soorten organisaties hebben."]
#[doc = " "]
#[doc = " Which kinds of organisation the professionals come from who give help or connect pupils with help in this practice: a municipal neighbourhood or youth team, one or more youth care providers, the school or school partnership itself, the public health service or a welfare organisation. It is about who employs or supplies the professionals, not who pays; that is recorded in the funding facets. A practice may have professionals from several kinds of organisation."]
#[doc = " "]
#[doc = " A record may carry several of its concepts."]
#[derive(Copy, Clone, PartialEq, Eq, PartialOrd, Ord, Hash, Debug)]
#[non_exhaustive]
pub enum ProviderArrangement {
    #[doc = " **Wijk- of jeugdteam van de gemeente** (Municipal neighbourhood or youth team), id `municipal-local-team`"]
    #[doc = " "]
    #[doc = " Een team dat de gemeente inricht of laat uitvoeren voor de lokale toegang en de basishulp aan jeugdigen en gezinnen, zoals een wijk-, buurt- of jeugdteam, een ouder- en kindteam of een centrum voor jeugd en gezin. Ook teams die de gemeente speciaal voor leerlingen van het vo of mbo opzet, horen hierbij, wie de medewerkers ook formeel in dienst heeft."]
    #[doc = " "]
    #[doc = " A team that the municipality sets up, or has run on its behalf, for local access to youth care and basic help for young people and families, such as a neighbourhood or youth team, a parent and child team or a youth and family centre (CJG). Teams the municipality sets up specially for secondary or mbo pupils belong here too, whoever formally employs the workers."]
    MunicipalLocalTeam,
    #[doc = " **Eén vaste jeugdhulpaanbieder** (One dedicated youth care provider), id `single-provider`"]
    #[doc = " "]
    #[doc = " Eén jeugdhulpaanbieder levert op grond van een vaste afspraak de professionals voor deze school of scholen: voor hulp aan leerlingen en gezinnen, voor steun aan leraren of voor het pedagogisch klimaat."]
    #[doc = " "]
    #[doc = " One youth care provider supplies the professionals for this school or schools under a standing agreement: for help to pupils and families, for support to teachers or for the school's pedagogical climate."]
    SingleProvider,
    #[doc = " **Netwerk van aanbieders** (Network of providers), id `provider-network`"]
    #[doc = " "]
    #[doc = " Professionals van twee of meer aanbieders van jeugdhulp, zorg of maatschappelijke ondersteuning werken samen in één praktijk op of rond de school, ieder vanuit de eigen organisatie en met een gezamenlijke aanpak voor de leerlingen."]
    #[doc = " "]
    #[doc = " Professionals from two or more providers of youth care, care or social support work together in one practice at or around the school, each from their own organisation and with a joint approach for the pupils."]
    ProviderNetwork,
    #[doc = " **In dienst van school of samenwerkingsverband** (Employed by the school or school partnership), id `school-employed`"]
    #[doc = " "]
    #[doc = " De school, het schoolbestuur, de mbo-instelling of het samenwerkingsverband heeft de professional zelf in dienst en stuurt het werk aan, bijvoorbeeld een schoolmaatschappelijk werker, jeugdprofessional, schakelfunctionaris of orthopedagoog op de loonlijst van het onderwijs."]
    #[doc = " "]
    #[doc = " The school, the school board, the mbo institution or the school partnership employs the professional itself and directs the work, for example a school social worker, youth professional, linking officer or special needs educationalist on the education payroll."]
    SchoolEmployed,
    #[doc = " **GGD of jeugdgezondheidszorg** (Public health service (youth health care)), id `public-health-service`"]
    #[doc = " "]
    #[doc = " De GGD of een andere uitvoerder van de jeugdgezondheidszorg levert professionals, zoals een jeugdarts of jeugdverpleegkundige, die op of met de school werken."]
    #[doc = " "]
    #[doc = " The public health service (GGD) or another organisation that runs youth health care supplies professionals, such as a youth health doctor or nurse, who work at or with the school."]
    PublicHealthService,
    #[doc = " **Welzijnsorganisatie** (Welfare organisation), id `welfare-organisation`"]
    #[doc = " "]
    #[doc = " Een organisatie voor welzijn of sociaal werk levert professionals, zoals jongerenwerkers of maatschappelijk werkers, die op of rond de school werken."]
    #[doc = " "]
    #[doc = " An organisation for welfare or social work supplies professionals, such as youth workers or social workers, who work at or around the school."]
    WelfareOrganisation,
}

impl ProviderArrangement {
    /// The facet's id.
    pub const FACET: &'static str = "provider-arrangement";

    /// Every concept of the facet in display order, deprecated ones included.
    pub const ALL: &'static [Self] = &[
        Self::MunicipalLocalTeam,
        Self::SingleProvider,
        Self::ProviderNetwork,
        Self::SchoolEmployed,
        Self::PublicHealthService,
        Self::WelfareOrganisation,
    ];

    /// The concept's permanent id.
    pub const fn id(self) -> &'static str {
        match self {
            Self::MunicipalLocalTeam => "municipal-local-team",
            Self::SingleProvider => "single-provider",
            Self::ProviderNetwork => "provider-network",
            Self::SchoolEmployed => "school-employed",
            Self::PublicHealthService => "public-health-service",
            Self::WelfareOrganisation => "welfare-organisation",
        }
    }

    /// The preferred label in `lang`.
    pub const fn label(self, lang: Lang) -> &'static str {
        match (self, lang) {
            (Self::MunicipalLocalTeam, Lang::Nl) => "Wijk- of jeugdteam van de gemeente",
            (Self::MunicipalLocalTeam, Lang::En) => "Municipal neighbourhood or youth team",
            (Self::SingleProvider, Lang::Nl) => "Eén vaste jeugdhulpaanbieder",
            (Self::SingleProvider, Lang::En) => "One dedicated youth care provider",
            (Self::ProviderNetwork, Lang::Nl) => "Netwerk van aanbieders",
            (Self::ProviderNetwork, Lang::En) => "Network of providers",
            (Self::SchoolEmployed, Lang::Nl) => "In dienst van school of samenwerkingsverband",
            (Self::SchoolEmployed, Lang::En) => "Employed by the school or school partnership",
            (Self::PublicHealthService, Lang::Nl) => "GGD of jeugdgezondheidszorg",
            (Self::PublicHealthService, Lang::En) => "Public health service (youth health care)",
            (Self::WelfareOrganisation, Lang::Nl) => "Welzijnsorganisatie",
            (Self::WelfareOrganisation, Lang::En) => "Welfare organisation",
        }
    }

    /// The definition in `lang` (Markdown).
    pub const fn definition(self, lang: Lang) -> &'static str {
        match (self, lang) {
            (Self::MunicipalLocalTeam, Lang::Nl) => "Een team dat de gemeente inricht of laat uitvoeren voor de lokale toegang en de basishulp aan jeugdigen en gezinnen, zoals een wijk-, buurt- of jeugdteam, een ouder- en kindteam of een centrum voor jeugd en gezin. Ook teams die de gemeente speciaal voor leerlingen van het vo of mbo opzet, horen hierbij, wie de medewerkers ook formeel in dienst heeft.",
            (Self::MunicipalLocalTeam, Lang::En) => "A team that the municipality sets up, or has run on its behalf, for local access to youth care and basic help for young people and families, such as a neighbourhood or youth team, a parent and child team or a youth and family centre (CJG). Teams the municipality sets up specially for secondary or mbo pupils belong here too, whoever formally employs the workers.",
            (Self::SingleProvider, Lang::Nl) => "Eén jeugdhulpaanbieder levert op grond van een vaste afspraak de professionals voor deze school of scholen: voor hulp aan leerlingen en gezinnen, voor steun aan leraren of voor het pedagogisch klimaat.",
            (Self::SingleProvider, Lang::En) => "One youth care provider supplies the professionals for this school or schools under a standing agreement: for help to pupils and families, for support to teachers or for the school's pedagogical climate.",
            (Self::ProviderNetwork, Lang::Nl) => "Professionals van twee of meer aanbieders van jeugdhulp, zorg of maatschappelijke ondersteuning werken samen in één praktijk op of rond de school, ieder vanuit de eigen organisatie en met een gezamenlijke aanpak voor de leerlingen.",
            (Self::ProviderNetwork, Lang::En) => "Professionals from two or more providers of youth care, care or social support work together in one practice at or around the school, each from their own organisation and with a joint approach for the pupils.",
            (Self::SchoolEmployed, Lang::Nl) => "De school, het schoolbestuur, de mbo-instelling of het samenwerkingsverband heeft de professional zelf in dienst en stuurt het werk aan, bijvoorbeeld een schoolmaatschappelijk werker, jeugdprofessional, schakelfunctionaris of orthopedagoog op de loonlijst van het onderwijs.",
            (Self::SchoolEmployed, Lang::En) => "The school, the school board, the mbo institution or the school partnership employs the professional itself and directs the work, for example a school social worker, youth professional, linking officer or special needs educationalist on the education payroll.",
            (Self::PublicHealthService, Lang::Nl) => "De GGD of een andere uitvoerder van de jeugdgezondheidszorg levert professionals, zoals een jeugdarts of jeugdverpleegkundige, die op of met de school werken.",
            (Self::PublicHealthService, Lang::En) => "The public health service (GGD) or another organisation that runs youth health care supplies professionals, such as a youth health doctor or nurse, who work at or with the school.",
            (Self::WelfareOrganisation, Lang::Nl) => "Een organisatie voor welzijn of sociaal werk levert professionals, zoals jongerenwerkers of maatschappelijk werkers, die op of rond de school werken.",
            (Self::WelfareOrganisation, Lang::En) => "An organisation for welfare or social work supplies professionals, such as youth workers or social workers, who work at or around the school.",
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

crate::code::facet_code!(ProviderArrangement, "provider-arrangement");
