// @generated from taxonomy/ by `cargo xtask codegen`. Do not edit by hand.
//! Facet `setting`: Plek (Setting).

use crate::Lang;
use crate::DeprecationNote;

#[doc = " **Plek** (Setting)"]
#[doc = " "]
#[doc = " De fysieke of digitale plek waar de hulp aan de leerling, de ouders of de leraar daadwerkelijk plaatsvindt. Een praktijk kan op meerdere plekken werken."]
#[doc = " "]
#[doc = " The physical or digital place where help for the student, the parents or the teacher actually takes place. A practice may work in several places."]
#[doc = " "]
#[doc = " A record may carry several of its concepts."]
#[derive(Copy, Clone, PartialEq, Eq, PartialOrd, Ord, Hash, Debug)]
#[non_exhaustive]
pub enum Setting {
    #[doc = " **In het schoolgebouw** (In the school building), id `school-building`"]
    #[doc = " "]
    #[doc = " De hulp vindt plaats binnen de school, bijvoorbeeld in een spreekkamer of ondersteuningsruimte, maar buiten de lessen om. Leerlingen hoeven de school niet te verlaten om hulp te krijgen."]
    #[doc = " "]
    #[doc = " The help takes place inside the school, for example in a consulting room or support room, but outside lessons. Students do not have to leave school to get help."]
    SchoolBuilding,
    #[doc = " **In de klas** (In class), id `in-class`"]
    #[doc = " "]
    #[doc = " De hulp vindt plaats tijdens de lessen, in de klas zelf, met de leraar en de andere leerlingen erbij. Dit is de plek die het dichtst bij het dagelijkse leren ligt."]
    #[doc = " "]
    #[doc = " The help takes place during lessons, in the classroom itself, with the teacher and the other students present. It is the place closest to everyday learning."]
    InClass,
    #[doc = " **Zorgvoorziening op of naast de school** (Co-located care facility at or beside the school), id `co-located-care-facility`"]
    #[doc = " "]
    #[doc = " Een aparte ruimte of groep van een jeugdhulpaanbieder die in of direct naast het schoolgebouw is gevestigd, bijvoorbeeld voor dagbehandeling. Leerlingen wisselen tussen lessen en hulp zonder te reizen."]
    #[doc = " "]
    #[doc = " A separate room or group run by a youth care provider, located in or right next to the school building, for example for day treatment. Students move between lessons and help without travelling."]
    CoLocatedCareFacility,
    #[doc = " **Regionale voorziening** (Regional provision), id `regional-provision`"]
    #[doc = " "]
    #[doc = " Een locatie van een aanbieder die voor jeugdigen uit een hele regio werkt en daardoor vaak op afstand van school en woonplaats ligt, zoals een specialistische behandellocatie. Typisch voor zware of zeldzame vormen van hulp."]
    #[doc = " "]
    #[doc = " A location of a provider that serves young people from a whole region and is therefore often at a distance from school and home, such as a specialist treatment centre. Typical of heavy or rare forms of help."]
    RegionalProvision,
    #[doc = " **Eigen wijk van de leerling** (The student's own neighbourhood), id `own-neighbourhood`"]
    #[doc = " "]
    #[doc = " De hulp wordt gegeven in de buurt of gemeente waar de leerling woont, los van waar de school staat. Voor mbo-studenten die buiten hun woonplaats naar school gaan, kan deze hulp ver van school liggen."]
    #[doc = " "]
    #[doc = " The help is given in the neighbourhood or municipality where the student lives, regardless of where the school is. For mbo students who attend school outside their home town, this help may be far from school."]
    OwnNeighbourhood,
    #[doc = " **Centrale gemeentelijke locatie** (Central municipal location), id `central-municipal-location`"]
    #[doc = " "]
    #[doc = " Eén vaste plek in de gemeente, vaak in de centrumgemeente van de regio, waar een team werkt voor jongeren van verschillende scholen en wijken. Studenten gaan daarheen, in plaats van dat de hulp naar de school of de woonbuurt komt."]
    #[doc = " "]
    #[doc = " A single fixed place in the municipality, often in the region's central municipality, where a team works for young people from different schools and neighbourhoods. Students go there, rather than the help coming to the school or their home area."]
    CentralMunicipalLocation,
    #[doc = " **Online** (Online), id `online`"]
    #[doc = " "]
    #[doc = " De hulp verloopt via internet, bijvoorbeeld via chat, beeldbellen of een digitaal platform, zonder fysieke ontmoeting. Zo is hulp bereikbaar voor jongeren die ver weg wonen of het lastig vinden om ergens binnen te stappen."]
    #[doc = " "]
    #[doc = " The help takes place over the internet, for example by chat, video call or a digital platform, without meeting in person. This makes help reachable for young people who live far away or find it hard to walk in somewhere."]
    Online,
    #[doc = " **Thuis** (At home), id `at-home`"]
    #[doc = " "]
    #[doc = " De hulp vindt plaats in de woning van de leerling en het gezin, bijvoorbeeld bij gezinsbegeleiding of bij een huisbezoek wanneer een leerling lang niet op school komt."]
    #[doc = " "]
    #[doc = " The help takes place in the home of the student and the family, for example in family support or in a home visit when a student has not come to school for a long time."]
    AtHome,
    #[doc = " **Stage- of leerwerkplek** (Work placement), id `work-placement`"]
    #[doc = " "]
    #[doc = " Het bedrijf of de organisatie waar een student stage loopt of beroepspraktijkvorming doet. Begeleiding kan hier plaatsvinden wanneer problemen juist op het werk zichtbaar worden of wanneer de student weinig op school is, zoals in de beroepsbegeleidende leerweg."]
    #[doc = " "]
    #[doc = " The company or organisation where a student does an internship or work-based learning. Support can take place here when problems show up at work in particular or when the student spends little time at school, as in the work-based pathway."]
    WorkPlacement,
    #[doc = " **Locatie van de hulpaanbieder** (Provider's premises), id `provider-location`"]
    #[doc = " "]
    #[doc = " De hulp vindt plaats in het gebouw van een jeugdhulpaanbieder, een huisartsenpraktijk of een wijkteam, los van de school. De leerling reist daarvoor van school of huis naar de aanbieder."]
    #[doc = " "]
    #[doc = " The help takes place in the building of a youth care provider, a GP practice or a neighbourhood team, separate from the school. The student travels there from school or home."]
    ProviderLocation,
}

impl Setting {
    /// The facet's id.
    pub const FACET: &'static str = "setting";

    /// Every concept of the facet in display order, deprecated ones included.
    pub const ALL: &'static [Self] = &[
        Self::SchoolBuilding,
        Self::InClass,
        Self::CoLocatedCareFacility,
        Self::RegionalProvision,
        Self::OwnNeighbourhood,
        Self::CentralMunicipalLocation,
        Self::Online,
        Self::AtHome,
        Self::WorkPlacement,
        Self::ProviderLocation,
    ];

    /// The concept's permanent id.
    pub const fn id(self) -> &'static str {
        match self {
            Self::SchoolBuilding => "school-building",
            Self::InClass => "in-class",
            Self::CoLocatedCareFacility => "co-located-care-facility",
            Self::RegionalProvision => "regional-provision",
            Self::OwnNeighbourhood => "own-neighbourhood",
            Self::CentralMunicipalLocation => "central-municipal-location",
            Self::Online => "online",
            Self::AtHome => "at-home",
            Self::WorkPlacement => "work-placement",
            Self::ProviderLocation => "provider-location",
        }
    }

    /// The preferred label in `lang`.
    pub const fn label(self, lang: Lang) -> &'static str {
        match (self, lang) {
            (Self::SchoolBuilding, Lang::Nl) => "In het schoolgebouw",
            (Self::SchoolBuilding, Lang::En) => "In the school building",
            (Self::InClass, Lang::Nl) => "In de klas",
            (Self::InClass, Lang::En) => "In class",
            (Self::CoLocatedCareFacility, Lang::Nl) => "Zorgvoorziening op of naast de school",
            (Self::CoLocatedCareFacility, Lang::En) => "Co-located care facility at or beside the school",
            (Self::RegionalProvision, Lang::Nl) => "Regionale voorziening",
            (Self::RegionalProvision, Lang::En) => "Regional provision",
            (Self::OwnNeighbourhood, Lang::Nl) => "Eigen wijk van de leerling",
            (Self::OwnNeighbourhood, Lang::En) => "The student's own neighbourhood",
            (Self::CentralMunicipalLocation, Lang::Nl) => "Centrale gemeentelijke locatie",
            (Self::CentralMunicipalLocation, Lang::En) => "Central municipal location",
            (Self::Online, Lang::Nl) => "Online",
            (Self::Online, Lang::En) => "Online",
            (Self::AtHome, Lang::Nl) => "Thuis",
            (Self::AtHome, Lang::En) => "At home",
            (Self::WorkPlacement, Lang::Nl) => "Stage- of leerwerkplek",
            (Self::WorkPlacement, Lang::En) => "Work placement",
            (Self::ProviderLocation, Lang::Nl) => "Locatie van de hulpaanbieder",
            (Self::ProviderLocation, Lang::En) => "Provider's premises",
        }
    }

    /// The definition in `lang` (Markdown).
    pub const fn definition(self, lang: Lang) -> &'static str {
        match (self, lang) {
            (Self::SchoolBuilding, Lang::Nl) => "De hulp vindt plaats binnen de school, bijvoorbeeld in een spreekkamer of ondersteuningsruimte, maar buiten de lessen om. Leerlingen hoeven de school niet te verlaten om hulp te krijgen.",
            (Self::SchoolBuilding, Lang::En) => "The help takes place inside the school, for example in a consulting room or support room, but outside lessons. Students do not have to leave school to get help.",
            (Self::InClass, Lang::Nl) => "De hulp vindt plaats tijdens de lessen, in de klas zelf, met de leraar en de andere leerlingen erbij. Dit is de plek die het dichtst bij het dagelijkse leren ligt.",
            (Self::InClass, Lang::En) => "The help takes place during lessons, in the classroom itself, with the teacher and the other students present. It is the place closest to everyday learning.",
            (Self::CoLocatedCareFacility, Lang::Nl) => "Een aparte ruimte of groep van een jeugdhulpaanbieder die in of direct naast het schoolgebouw is gevestigd, bijvoorbeeld voor dagbehandeling. Leerlingen wisselen tussen lessen en hulp zonder te reizen.",
            (Self::CoLocatedCareFacility, Lang::En) => "A separate room or group run by a youth care provider, located in or right next to the school building, for example for day treatment. Students move between lessons and help without travelling.",
            (Self::RegionalProvision, Lang::Nl) => "Een locatie van een aanbieder die voor jeugdigen uit een hele regio werkt en daardoor vaak op afstand van school en woonplaats ligt, zoals een specialistische behandellocatie. Typisch voor zware of zeldzame vormen van hulp.",
            (Self::RegionalProvision, Lang::En) => "A location of a provider that serves young people from a whole region and is therefore often at a distance from school and home, such as a specialist treatment centre. Typical of heavy or rare forms of help.",
            (Self::OwnNeighbourhood, Lang::Nl) => "De hulp wordt gegeven in de buurt of gemeente waar de leerling woont, los van waar de school staat. Voor mbo-studenten die buiten hun woonplaats naar school gaan, kan deze hulp ver van school liggen.",
            (Self::OwnNeighbourhood, Lang::En) => "The help is given in the neighbourhood or municipality where the student lives, regardless of where the school is. For mbo students who attend school outside their home town, this help may be far from school.",
            (Self::CentralMunicipalLocation, Lang::Nl) => "Eén vaste plek in de gemeente, vaak in de centrumgemeente van de regio, waar een team werkt voor jongeren van verschillende scholen en wijken. Studenten gaan daarheen, in plaats van dat de hulp naar de school of de woonbuurt komt.",
            (Self::CentralMunicipalLocation, Lang::En) => "A single fixed place in the municipality, often in the region's central municipality, where a team works for young people from different schools and neighbourhoods. Students go there, rather than the help coming to the school or their home area.",
            (Self::Online, Lang::Nl) => "De hulp verloopt via internet, bijvoorbeeld via chat, beeldbellen of een digitaal platform, zonder fysieke ontmoeting. Zo is hulp bereikbaar voor jongeren die ver weg wonen of het lastig vinden om ergens binnen te stappen.",
            (Self::Online, Lang::En) => "The help takes place over the internet, for example by chat, video call or a digital platform, without meeting in person. This makes help reachable for young people who live far away or find it hard to walk in somewhere.",
            (Self::AtHome, Lang::Nl) => "De hulp vindt plaats in de woning van de leerling en het gezin, bijvoorbeeld bij gezinsbegeleiding of bij een huisbezoek wanneer een leerling lang niet op school komt.",
            (Self::AtHome, Lang::En) => "The help takes place in the home of the student and the family, for example in family support or in a home visit when a student has not come to school for a long time.",
            (Self::WorkPlacement, Lang::Nl) => "Het bedrijf of de organisatie waar een student stage loopt of beroepspraktijkvorming doet. Begeleiding kan hier plaatsvinden wanneer problemen juist op het werk zichtbaar worden of wanneer de student weinig op school is, zoals in de beroepsbegeleidende leerweg.",
            (Self::WorkPlacement, Lang::En) => "The company or organisation where a student does an internship or work-based learning. Support can take place here when problems show up at work in particular or when the student spends little time at school, as in the work-based pathway.",
            (Self::ProviderLocation, Lang::Nl) => "De hulp vindt plaats in het gebouw van een jeugdhulpaanbieder, een huisartsenpraktijk of een wijkteam, los van de school. De leerling reist daarvoor van school of huis naar de aanbieder.",
            (Self::ProviderLocation, Lang::En) => "The help takes place in the building of a youth care provider, a GP practice or a neighbourhood team, separate from the school. The student travels there from school or home.",
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

crate::code::facet_code!(Setting, "setting");
