// @generated from taxonomy/ by `cargo xtask codegen`. Do not edit by hand.
//! Facet `setting`: Plek (Setting).

use crate::Lang;
use crate::DeprecationNote;

#[doc = " **Plek** (Setting)"]
#[doc = " "]
#[doc = " De fysieke of digitale plek waar de hulp aan de leerling, de ouders of de leraar daadwerkelijk plaatsvindt. Een praktijk kan op meerdere plekken werken. Hoe dicht de jeugdhulp als geheel bij het onderwijs is ingebed, staat in 'Inbedding van de jeugdhulp'."]
#[doc = " "]
#[doc = " The physical or digital place where help for the student, the parents or the teacher actually takes place. A practice may work in several places. How closely youth care as a whole is embedded in education is recorded in 'How youth care is embedded'."]
#[doc = " "]
#[doc = " A record may carry several of its concepts."]
#[derive(Copy, Clone, PartialEq, Eq, PartialOrd, Ord, Hash, Debug)]
#[non_exhaustive]
pub enum Setting {
    #[doc = " **Op school** (On school premises), id `on-school-premises`"]
    #[doc = " "]
    #[doc = " Ergens in het gebouw of op het terrein van de school, in of buiten de lessen. Gebruik dit begrip als de bron alleen zegt dat het contact op school plaatsvindt; is bekend of het in de klas of daarbuiten is, kies dan het nauwere begrip."]
    #[doc = " "]
    #[doc = " Anywhere in the school building or on the school grounds, in or outside lessons. Use this concept when the source only says that the contact takes place at school; when it is known whether this is in class or outside it, choose the narrower concept."]
    OnSchoolPremises,
    #[doc = " **In de klas** (In class), id `in-class`"]
    #[doc = " "]
    #[doc = " De hulp vindt plaats tijdens de lessen, in de klas zelf, met de leraar en de andere leerlingen erbij. Dit is de plek die het dichtst bij het dagelijkse leren ligt."]
    #[doc = " "]
    #[doc = " The help takes place during lessons, in the classroom itself, with the teacher and the other students present. It is the place closest to everyday learning."]
    InClass,
    #[doc = " **Op school, buiten de les** (At school, outside lessons), id `at-school-outside-lessons`"]
    #[doc = " "]
    #[doc = " In een ruimte op school, maar niet tijdens de les: een spreekkamer, een ondersteuningsruimte of een inloop. De leerling of ouder hoeft de school niet uit om de hulpverlener te spreken."]
    #[doc = " "]
    #[doc = " In a room at school, but not during lessons: a consulting room, a support room or a drop-in. The pupil or parent does not have to leave the school to see the care worker."]
    AtSchoolOutsideLessons,
    #[doc = " **Zorgvoorziening op of naast de school** (Co-located care facility at or beside the school), id `co-located-care-facility`"]
    #[doc = " "]
    #[doc = " Een aparte ruimte of groep van een jeugdhulpaanbieder die in of direct naast het schoolgebouw is gevestigd, bijvoorbeeld voor dagbehandeling. Leerlingen wisselen tussen lessen en hulp zonder te reizen."]
    #[doc = " "]
    #[doc = " A separate room or group run by a youth care provider, located in or right next to the school building, for example for day treatment. Students move between lessons and help without travelling."]
    CoLocatedCareFacility,
    #[doc = " **Locatie van de hulpaanbieder** (Provider's premises), id `provider-location`"]
    #[doc = " "]
    #[doc = " De hulp vindt plaats in het gebouw van een jeugdhulpaanbieder, een huisartsenpraktijk, een wijkteam of een andere gemeentelijke dienst, los van de school. De leerling reist daarvoor van school of huis naar de aanbieder."]
    #[doc = " "]
    #[doc = " The help takes place in the building of a youth care provider, a GP practice, a neighbourhood team or another municipal service, separate from the school. The student travels there from school or home."]
    ProviderLocation,
    #[doc = " **Centrale gemeentelijke locatie** (Central municipal location), id `central-municipal-location`"]
    #[doc = " "]
    #[doc = " Eén vaste plek in de gemeente, vaak in de centrumgemeente van de regio, waar een team werkt voor jongeren van verschillende scholen en wijken. Studenten gaan daarheen, in plaats van dat de hulp naar de school of de woonbuurt komt."]
    #[doc = " "]
    #[doc = " A single fixed place in the municipality, often in the region's central municipality, where a team works for young people from different schools and neighbourhoods. Students go there, rather than the help coming to the school or their home area."]
    CentralMunicipalLocation,
    #[doc = " **Regionale voorziening** (Regional provision), id `regional-provision`"]
    #[doc = " "]
    #[doc = " Een locatie van een aanbieder die voor jeugdigen uit een hele regio werkt en daardoor vaak op afstand van school en woonplaats ligt, zoals een specialistische behandellocatie. Typisch voor zware of zeldzame vormen van hulp."]
    #[doc = " "]
    #[doc = " A location of a provider that serves young people from a whole region and is therefore often at a distance from school and home, such as a specialist treatment centre. Typical of heavy or rare forms of help."]
    RegionalProvision,
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
    #[doc = " **Elders in de buurt** (Elsewhere in the community), id `elsewhere-in-community`"]
    #[doc = " "]
    #[doc = " Een plek in de buurt die geen school, woning of locatie van een hulpaanbieder is, zoals een jongerencentrum, een buurthuis, een sportclub of de straat. Typisch voor jongerenwerk, dat jongeren opzoekt waar zij in hun vrije tijd zijn."]
    #[doc = " "]
    #[doc = " A place in the community that is not a school, a home or a provider's premises, such as a youth centre, a community centre, a sports club or the street. Typical of youth work, which seeks young people out where they spend their free time."]
    ElsewhereInCommunity,
    #[doc = " **Online** (Online), id `online`"]
    #[doc = " "]
    #[doc = " De hulp verloopt via internet, bijvoorbeeld via chat, beeldbellen of een digitaal platform, zonder fysieke ontmoeting. Zo is hulp bereikbaar voor jongeren die ver weg wonen of het lastig vinden om ergens binnen te stappen."]
    #[doc = " "]
    #[doc = " The help takes place over the internet, for example by chat, video call or a digital platform, without meeting in person. This makes help reachable for young people who live far away or find it hard to walk in somewhere."]
    Online,
    #[doc = " **In het schoolgebouw** (In the school building), id `school-building`"]
    #[doc = " "]
    #[doc = " De hulp vindt plaats binnen de school, bijvoorbeeld in een spreekkamer of ondersteuningsruimte, maar buiten de lessen om. Leerlingen hoeven de school niet te verlaten om hulp te krijgen."]
    #[doc = " "]
    #[doc = " The help takes place inside the school, for example in a consulting room or support room, but outside lessons. Students do not have to leave school to get help."]
    #[doc = " "]
    #[doc = " *Deprecated since 2.0.0*; replaced by [`on-school-premises`](Setting::OnSchoolPremises)."]
    SchoolBuilding,
    #[doc = " **Eigen wijk van de leerling** (The student's own neighbourhood), id `own-neighbourhood`"]
    #[doc = " "]
    #[doc = " De hulp wordt gegeven in de buurt of gemeente waar de leerling woont, los van waar de school staat. Voor mbo-studenten die buiten hun woonplaats naar school gaan, kan deze hulp ver van school liggen."]
    #[doc = " "]
    #[doc = " The help is given in the neighbourhood or municipality where the student lives, regardless of where the school is. For mbo students who attend school outside their home town, this help may be far from school."]
    #[doc = " "]
    #[doc = " *Deprecated since 2.0.0*; replaced by [`provider-location`](Setting::ProviderLocation), [`at-home`](Setting::AtHome), [`elsewhere-in-community`](Setting::ElsewhereInCommunity)."]
    OwnNeighbourhood,
}

impl Setting {
    /// The facet's id.
    pub const FACET: &'static str = "setting";

    /// Every concept of the facet in display order, deprecated ones included.
    pub const ALL: &'static [Self] = &[
        Self::OnSchoolPremises,
        Self::InClass,
        Self::AtSchoolOutsideLessons,
        Self::CoLocatedCareFacility,
        Self::ProviderLocation,
        Self::CentralMunicipalLocation,
        Self::RegionalProvision,
        Self::AtHome,
        Self::WorkPlacement,
        Self::ElsewhereInCommunity,
        Self::Online,
        Self::SchoolBuilding,
        Self::OwnNeighbourhood,
    ];

    /// The concept's permanent id.
    pub const fn id(self) -> &'static str {
        match self {
            Self::OnSchoolPremises => "on-school-premises",
            Self::InClass => "in-class",
            Self::AtSchoolOutsideLessons => "at-school-outside-lessons",
            Self::CoLocatedCareFacility => "co-located-care-facility",
            Self::ProviderLocation => "provider-location",
            Self::CentralMunicipalLocation => "central-municipal-location",
            Self::RegionalProvision => "regional-provision",
            Self::AtHome => "at-home",
            Self::WorkPlacement => "work-placement",
            Self::ElsewhereInCommunity => "elsewhere-in-community",
            Self::Online => "online",
            Self::SchoolBuilding => "school-building",
            Self::OwnNeighbourhood => "own-neighbourhood",
        }
    }

    /// The preferred label in `lang`.
    pub const fn label(self, lang: Lang) -> &'static str {
        match (self, lang) {
            (Self::OnSchoolPremises, Lang::Nl) => "Op school",
            (Self::OnSchoolPremises, Lang::En) => "On school premises",
            (Self::InClass, Lang::Nl) => "In de klas",
            (Self::InClass, Lang::En) => "In class",
            (Self::AtSchoolOutsideLessons, Lang::Nl) => "Op school, buiten de les",
            (Self::AtSchoolOutsideLessons, Lang::En) => "At school, outside lessons",
            (Self::CoLocatedCareFacility, Lang::Nl) => "Zorgvoorziening op of naast de school",
            (Self::CoLocatedCareFacility, Lang::En) => "Co-located care facility at or beside the school",
            (Self::ProviderLocation, Lang::Nl) => "Locatie van de hulpaanbieder",
            (Self::ProviderLocation, Lang::En) => "Provider's premises",
            (Self::CentralMunicipalLocation, Lang::Nl) => "Centrale gemeentelijke locatie",
            (Self::CentralMunicipalLocation, Lang::En) => "Central municipal location",
            (Self::RegionalProvision, Lang::Nl) => "Regionale voorziening",
            (Self::RegionalProvision, Lang::En) => "Regional provision",
            (Self::AtHome, Lang::Nl) => "Thuis",
            (Self::AtHome, Lang::En) => "At home",
            (Self::WorkPlacement, Lang::Nl) => "Stage- of leerwerkplek",
            (Self::WorkPlacement, Lang::En) => "Work placement",
            (Self::ElsewhereInCommunity, Lang::Nl) => "Elders in de buurt",
            (Self::ElsewhereInCommunity, Lang::En) => "Elsewhere in the community",
            (Self::Online, Lang::Nl) => "Online",
            (Self::Online, Lang::En) => "Online",
            (Self::SchoolBuilding, Lang::Nl) => "In het schoolgebouw",
            (Self::SchoolBuilding, Lang::En) => "In the school building",
            (Self::OwnNeighbourhood, Lang::Nl) => "Eigen wijk van de leerling",
            (Self::OwnNeighbourhood, Lang::En) => "The student's own neighbourhood",
        }
    }

    /// The definition in `lang` (Markdown).
    pub const fn definition(self, lang: Lang) -> &'static str {
        match (self, lang) {
            (Self::OnSchoolPremises, Lang::Nl) => "Ergens in het gebouw of op het terrein van de school, in of buiten de lessen. Gebruik dit begrip als de bron alleen zegt dat het contact op school plaatsvindt; is bekend of het in de klas of daarbuiten is, kies dan het nauwere begrip.",
            (Self::OnSchoolPremises, Lang::En) => "Anywhere in the school building or on the school grounds, in or outside lessons. Use this concept when the source only says that the contact takes place at school; when it is known whether this is in class or outside it, choose the narrower concept.",
            (Self::InClass, Lang::Nl) => "De hulp vindt plaats tijdens de lessen, in de klas zelf, met de leraar en de andere leerlingen erbij. Dit is de plek die het dichtst bij het dagelijkse leren ligt.",
            (Self::InClass, Lang::En) => "The help takes place during lessons, in the classroom itself, with the teacher and the other students present. It is the place closest to everyday learning.",
            (Self::AtSchoolOutsideLessons, Lang::Nl) => "In een ruimte op school, maar niet tijdens de les: een spreekkamer, een ondersteuningsruimte of een inloop. De leerling of ouder hoeft de school niet uit om de hulpverlener te spreken.",
            (Self::AtSchoolOutsideLessons, Lang::En) => "In a room at school, but not during lessons: a consulting room, a support room or a drop-in. The pupil or parent does not have to leave the school to see the care worker.",
            (Self::CoLocatedCareFacility, Lang::Nl) => "Een aparte ruimte of groep van een jeugdhulpaanbieder die in of direct naast het schoolgebouw is gevestigd, bijvoorbeeld voor dagbehandeling. Leerlingen wisselen tussen lessen en hulp zonder te reizen.",
            (Self::CoLocatedCareFacility, Lang::En) => "A separate room or group run by a youth care provider, located in or right next to the school building, for example for day treatment. Students move between lessons and help without travelling.",
            (Self::ProviderLocation, Lang::Nl) => "De hulp vindt plaats in het gebouw van een jeugdhulpaanbieder, een huisartsenpraktijk, een wijkteam of een andere gemeentelijke dienst, los van de school. De leerling reist daarvoor van school of huis naar de aanbieder.",
            (Self::ProviderLocation, Lang::En) => "The help takes place in the building of a youth care provider, a GP practice, a neighbourhood team or another municipal service, separate from the school. The student travels there from school or home.",
            (Self::CentralMunicipalLocation, Lang::Nl) => "Eén vaste plek in de gemeente, vaak in de centrumgemeente van de regio, waar een team werkt voor jongeren van verschillende scholen en wijken. Studenten gaan daarheen, in plaats van dat de hulp naar de school of de woonbuurt komt.",
            (Self::CentralMunicipalLocation, Lang::En) => "A single fixed place in the municipality, often in the region's central municipality, where a team works for young people from different schools and neighbourhoods. Students go there, rather than the help coming to the school or their home area.",
            (Self::RegionalProvision, Lang::Nl) => "Een locatie van een aanbieder die voor jeugdigen uit een hele regio werkt en daardoor vaak op afstand van school en woonplaats ligt, zoals een specialistische behandellocatie. Typisch voor zware of zeldzame vormen van hulp.",
            (Self::RegionalProvision, Lang::En) => "A location of a provider that serves young people from a whole region and is therefore often at a distance from school and home, such as a specialist treatment centre. Typical of heavy or rare forms of help.",
            (Self::AtHome, Lang::Nl) => "De hulp vindt plaats in de woning van de leerling en het gezin, bijvoorbeeld bij gezinsbegeleiding of bij een huisbezoek wanneer een leerling lang niet op school komt.",
            (Self::AtHome, Lang::En) => "The help takes place in the home of the student and the family, for example in family support or in a home visit when a student has not come to school for a long time.",
            (Self::WorkPlacement, Lang::Nl) => "Het bedrijf of de organisatie waar een student stage loopt of beroepspraktijkvorming doet. Begeleiding kan hier plaatsvinden wanneer problemen juist op het werk zichtbaar worden of wanneer de student weinig op school is, zoals in de beroepsbegeleidende leerweg.",
            (Self::WorkPlacement, Lang::En) => "The company or organisation where a student does an internship or work-based learning. Support can take place here when problems show up at work in particular or when the student spends little time at school, as in the work-based pathway.",
            (Self::ElsewhereInCommunity, Lang::Nl) => "Een plek in de buurt die geen school, woning of locatie van een hulpaanbieder is, zoals een jongerencentrum, een buurthuis, een sportclub of de straat. Typisch voor jongerenwerk, dat jongeren opzoekt waar zij in hun vrije tijd zijn.",
            (Self::ElsewhereInCommunity, Lang::En) => "A place in the community that is not a school, a home or a provider's premises, such as a youth centre, a community centre, a sports club or the street. Typical of youth work, which seeks young people out where they spend their free time.",
            (Self::Online, Lang::Nl) => "De hulp verloopt via internet, bijvoorbeeld via chat, beeldbellen of een digitaal platform, zonder fysieke ontmoeting. Zo is hulp bereikbaar voor jongeren die ver weg wonen of het lastig vinden om ergens binnen te stappen.",
            (Self::Online, Lang::En) => "The help takes place over the internet, for example by chat, video call or a digital platform, without meeting in person. This makes help reachable for young people who live far away or find it hard to walk in somewhere.",
            (Self::SchoolBuilding, Lang::Nl) => "De hulp vindt plaats binnen de school, bijvoorbeeld in een spreekkamer of ondersteuningsruimte, maar buiten de lessen om. Leerlingen hoeven de school niet te verlaten om hulp te krijgen.",
            (Self::SchoolBuilding, Lang::En) => "The help takes place inside the school, for example in a consulting room or support room, but outside lessons. Students do not have to leave school to get help.",
            (Self::OwnNeighbourhood, Lang::Nl) => "De hulp wordt gegeven in de buurt of gemeente waar de leerling woont, los van waar de school staat. Voor mbo-studenten die buiten hun woonplaats naar school gaan, kan deze hulp ver van school liggen.",
            (Self::OwnNeighbourhood, Lang::En) => "The help is given in the neighbourhood or municipality where the student lives, regardless of where the school is. For mbo students who attend school outside their home town, this help may be far from school.",
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
            Self::SchoolBuilding => Some(DeprecationNote::new("2.0.0", "Het begrip was gedefinieerd als hulp buiten de lessen, maar was ook het bredere begrip van 'in de klas' en had 'op school' als alternatieve term. Codeurs gebruikten het dus zowel voor 'op school, buiten de les' als voor 'ergens op school'. Alleen het nieuwe bredere begrip 'op school' geldt voor beide en wordt automatisch geschreven. Zegt de bron dat het om een spreekkamer, spreekuur of inloop ging, kies dan met de hand 'op school, buiten de les'.", "The concept was defined as help outside lessons, but it was also the broader concept of 'in class' and had 'at school' as an alternative term. Coders therefore used it both for 'at school, outside lessons' and for 'somewhere at school'. Only the new broader concept 'on school premises' holds for both and is written automatically. When the source says it was a consulting room, consultation hours or a drop-in, choose 'at school, outside lessons' by hand.", &["on-school-premises"], false)),
            Self::OwnNeighbourhood => Some(DeprecationNote::new("2.0.0", "'Eigen wijk' zegt hoe ver de plek van de woning van de leerling ligt, niet wat voor plek het is, en overlapte daardoor met thuis en met de locatie van de hulpaanbieder. Het begrip is gesplitst: een persoon kiest de locatie van de hulpaanbieder (huisarts, wijkteam), thuis of elders in de buurt, naar wat de bron zegt. Dat de hulp in de woonplaats van de leerling wordt gezocht, blijkt nu uit de inbedding 'verwijzing naar hulp buiten school'.", "'Own neighbourhood' says how far the place is from the pupil's home, not what kind of place it is, and so overlapped with at home and with provider's premises. The concept has been split: a person chooses provider's premises (GP, neighbourhood team), at home or elsewhere in the community, according to what the source says. That help is sought where the pupil lives now shows in the embedding 'referral to outside help'.", &["provider-location", "at-home", "elsewhere-in-community"], false)),
            _ => None,
        }
    }

    /// The live concepts that replace a deprecated one (empty for live concepts).
    pub const fn replaced_by(self) -> &'static [Self] {
        match self {
            Self::SchoolBuilding => &[Self::OnSchoolPremises],
            Self::OwnNeighbourhood => &[Self::ProviderLocation, Self::AtHome, Self::ElsewhereInCommunity],
            _ => &[],
        }
    }
}

crate::code::facet_code!(Setting, "setting");
