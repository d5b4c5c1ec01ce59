// @generated from taxonomy/ by `cargo xtask codegen`. Do not edit by hand.
//! Facet `organisation-model`: Organisatiemodel (Organisation model).

use crate::Lang;
use crate::DeprecationNote;

#[doc = " **Organisatiemodel** (Organisation model)"]
#[doc = " "]
#[doc = " De manier waarop jeugdhulp structureel in of rond de school is ingebed: wie de professionals levert, waar zij werken en hoe leerlingen bij hen komen. Kies het model dat de praktijk het best typeert."]
#[doc = " "]
#[doc = " The way youth care is structurally embedded in or around the school: who provides the professionals, where they work and how students reach them. Choose the model that best characterises the practice."]
#[doc = " "]
#[doc = " A record carries at most one of its concepts."]
#[derive(Copy, Clone, PartialEq, Eq, PartialOrd, Ord, Hash, Debug)]
#[non_exhaustive]
pub enum OrganisationModel {
    #[doc = " **Ondersteuning in eigen wijk** (Support in the student's own neighbourhood), id `support-in-own-neighbourhood`"]
    #[doc = " "]
    #[doc = " Mbo-variant waarin de school zoveel mogelijk zelf opvangt en voor hulp die haar mogelijkheden te boven gaat terugvalt op de gemeente waar de student woont. De student gaat naar de huisarts of het wijkteam in de eigen woonplaats; de schoolmaatschappelijk werker legt de verbinding tussen de zorgstructuur van de school en die hulp."]
    #[doc = " "]
    #[doc = " Mbo variant in which the school handles as much as it can itself and, for help beyond its capacity, relies on the municipality where the student lives. The student goes to the GP or the neighbourhood team in their home town; the school social worker links the school's care structure to that help."]
    SupportInOwnNeighbourhood,
    #[doc = " **Gemeentelijk jeugdteam** (Municipal youth team), id `municipal-youth-team`"]
    #[doc = " "]
    #[doc = " Mbo-variant waarin de centrumgemeente één team inricht voor jongeren vanaf 16 jaar op alle mbo-locaties binnen haar grenzen, grotendeels met gemeentelijk geld. Het team werkt vanaf een centrale plek of online. Het zorgteam van de school verwijst studenten erheen, met de schoolmaatschappelijk werker als schakel."]
    #[doc = " "]
    #[doc = " Mbo variant in which the central municipality sets up one team for young people aged 16 and over at all mbo locations within its boundaries, largely with municipal money. The team works from a central place or online. The school's care team refers students to it, with the school social worker as the link."]
    MunicipalYouthTeam,
    #[doc = " **Mbo als wijk** (Mbo as neighbourhood), id `mbo-as-neighbourhood`"]
    #[doc = " "]
    #[doc = " Mbo-variant waarin de mbo-locatie wordt behandeld als een wijk op zich, met een multidisciplinair jeugdteam dat op de locatie zelf werkt. Het team brengt onder meer jeugd-ggz, een jeugdarts, een budgetcoach en schoolmaatschappelijk werk samen en werkt nauw samen met het interne zorgteam en de studieloopbaanbegeleiders. Studenten worden rechtstreeks naar dit team verwezen, zonder omweg via hun woongemeente."]
    #[doc = " "]
    #[doc = " Mbo variant in which the mbo location is treated as a neighbourhood in its own right, with a multidisciplinary youth team working on site. The team brings together youth mental health care, a youth doctor, a budget coach and school social work, among others, and works closely with the internal care team and the study career counsellors. Students are referred to this team directly, without a detour via their home municipality."]
    MboAsNeighbourhood,
    #[doc = " **Jeugdhulpverlener in de klas** (Care worker in the classroom), id `care-worker-in-classroom`"]
    #[doc = " "]
    #[doc = " Een jeugdhulpverlener is vast verbonden aan een of meer klassen en is geregeld tijdens de lessen aanwezig. Hij of zij ondersteunt leerlingen op het moment zelf, werkt met de leraar aan de aanpak van de groep en onderhoudt het contact met ouders."]
    #[doc = " "]
    #[doc = " A youth care worker is permanently attached to one or more classes and is regularly present during lessons. He or she supports students in the moment, works with the teacher on the approach to the group and maintains contact with parents."]
    CareWorkerInClassroom,
    #[doc = " **Klas als werkplaats** (Class as workplace), id `class-as-workplace`"]
    #[doc = " "]
    #[doc = " Vorm van het mbo als werkplaats voor jeugdhulp waarin een klas of opleidingsgroep de gedeelde werkplek is van docenten en jeugdhulpprofessionals. Zij werken samen in en rond die groep, zodat hulp aansluit bij wat er in de les gebeurt en docenten direct steun krijgen."]
    #[doc = " "]
    #[doc = " Form of mbo as a workplace for youth care in which a class or course group is the shared workplace of teachers and youth care professionals. They work together in and around that group, so that help connects with what happens in lessons and teachers get direct support."]
    ClassAsWorkplace,
    #[doc = " **School als werkplaats** (School as workplace), id `school-as-workplace`"]
    #[doc = " "]
    #[doc = " Vorm waarin jeugdhulp een vast en volwaardig onderdeel is van een school of schoollocatie en professionals uit onderwijs en zorg als één team werken. De inzet wordt betaald uit gebundelde middelen van onderwijs, gemeente en zorgverzekeraar. Leeuwarden geldt als bekend voorbeeld in het mbo."]
    #[doc = " "]
    #[doc = " Form in which youth care is a permanent and full part of a school or school location and professionals from education and care work as one team. The work is paid for from pooled funds from education, the municipality and the health insurer. Leeuwarden is a well-known example in mbo."]
    SchoolAsWorkplace,
    #[doc = " **Vaste contactpersoon uit het wijkteam** (Fixed contact person from the neighbourhood team), id `fixed-contact-from-neighbourhood-team`"]
    #[doc = " "]
    #[doc = " Een medewerker van het wijk- of jeugdteam van de gemeente is het vaste aanspreekpunt voor een school en is op vaste momenten aanwezig, bijvoorbeeld bij het zorgoverleg of op een spreekuur. De medewerker blijft in dienst van het wijkteam en kan hulp uit de wijk snel inschakelen."]
    #[doc = " "]
    #[doc = " A worker from the municipality's neighbourhood or youth team is the school's fixed point of contact and is present at set times, for example at the care meeting or during consultation hours. The worker stays employed by the neighbourhood team and can bring in local help quickly."]
    FixedContactFromNeighbourhoodTeam,
    #[doc = " **Geïntegreerde onderwijs-zorgvoorziening** (Integrated education-care provision), id `integrated-education-care-provision`"]
    #[doc = " "]
    #[doc = " Een school en een jeugdhulpaanbieder bieden onderwijs en jeugdhulp op één plek aan, binnen één gezamenlijke aanpak, meestal in het so of vso. Leerlingen volgen les en krijgen hulp of behandeling in één dagprogramma, met een gedeeld plan."]
    #[doc = " "]
    #[doc = " A school and a youth care provider offer education and youth care in one place, within one joint approach, usually in special (secondary) education. Students attend lessons and receive help or treatment in one daily programme, with a shared plan."]
    IntegratedEducationCareProvision,
    #[doc = " **Verbindende functionaris in dienst van de school** (School-employed connecting role), id `school-employed-connecting-role`"]
    #[doc = " "]
    #[doc = " De school neemt zelf een professional in dienst, zoals een schoolmaatschappelijk werker of jeugdprofessional, die leerlingen kort begeleidt en de brug slaat naar jeugdhulp buiten de school. Externe hulp loopt via deze persoon; er is geen vaste inzet van een jeugdhulpaanbieder op school."]
    #[doc = " "]
    #[doc = " The school itself employs a professional, such as a school social worker or youth professional, who gives students short-term support and builds the bridge to youth care outside the school. External help runs through this person; there is no standing presence of a youth care provider at the school."]
    SchoolEmployedConnectingRole,
    #[doc = " **Zorg- en adviesteam** (Care and advice team), id `care-and-advice-team`"]
    #[doc = " "]
    #[doc = " De school bedt jeugdhulp in via een team dat periodiek bijeenkomt en waarin naast de eigen ondersteuners vaste externe partners zitten, zoals schoolmaatschappelijk werk, de jeugdgezondheidszorg, leerplicht en het wijkteam. Hulp buiten de school wordt vanuit dit overleg afgestemd en ingezet; de partners werken verder vanuit hun eigen organisatie."]
    #[doc = " "]
    #[doc = " The school embeds youth care through a team that meets periodically and in which, next to the school's own support staff, fixed external partners take part, such as school social work, youth health care, the compulsory education service and the neighbourhood team. Help outside the school is coordinated and deployed from this meeting; the partners otherwise work from their own organisations."]
    CareAndAdviceTeam,
    #[doc = " **Vaste koppeling met een jeugdhulpaanbieder** (Dedicated partnership with a youth care provider), id `dedicated-provider-partnership`"]
    #[doc = " "]
    #[doc = " Een school werkt structureel samen met één jeugdhulpaanbieder die professionals levert voor hulp aan leerlingen, steun aan leraren en het klimaat op school. Zulke koppelingen zijn vaak op de werkvloer begonnen; de inzet wordt bij voorkeur collectief betaald in plaats van per leerling, zodat de aanbieder flexibel kan doen wat nodig is."]
    #[doc = " "]
    #[doc = " A school works structurally with one youth care provider that supplies professionals for help to students, support for teachers and the school climate. Such partnerships often started on the shop floor; the work is preferably paid for collectively rather than per student, so that the provider can flexibly do what is needed."]
    DedicatedProviderPartnership,
}

impl OrganisationModel {
    /// The facet's id.
    pub const FACET: &'static str = "organisation-model";

    /// Every concept of the facet in display order, deprecated ones included.
    pub const ALL: &'static [Self] = &[
        Self::SupportInOwnNeighbourhood,
        Self::MunicipalYouthTeam,
        Self::MboAsNeighbourhood,
        Self::CareWorkerInClassroom,
        Self::ClassAsWorkplace,
        Self::SchoolAsWorkplace,
        Self::FixedContactFromNeighbourhoodTeam,
        Self::IntegratedEducationCareProvision,
        Self::SchoolEmployedConnectingRole,
        Self::CareAndAdviceTeam,
        Self::DedicatedProviderPartnership,
    ];

    /// The concept's permanent id.
    pub const fn id(self) -> &'static str {
        match self {
            Self::SupportInOwnNeighbourhood => "support-in-own-neighbourhood",
            Self::MunicipalYouthTeam => "municipal-youth-team",
            Self::MboAsNeighbourhood => "mbo-as-neighbourhood",
            Self::CareWorkerInClassroom => "care-worker-in-classroom",
            Self::ClassAsWorkplace => "class-as-workplace",
            Self::SchoolAsWorkplace => "school-as-workplace",
            Self::FixedContactFromNeighbourhoodTeam => "fixed-contact-from-neighbourhood-team",
            Self::IntegratedEducationCareProvision => "integrated-education-care-provision",
            Self::SchoolEmployedConnectingRole => "school-employed-connecting-role",
            Self::CareAndAdviceTeam => "care-and-advice-team",
            Self::DedicatedProviderPartnership => "dedicated-provider-partnership",
        }
    }

    /// The preferred label in `lang`.
    pub const fn label(self, lang: Lang) -> &'static str {
        match (self, lang) {
            (Self::SupportInOwnNeighbourhood, Lang::Nl) => "Ondersteuning in eigen wijk",
            (Self::SupportInOwnNeighbourhood, Lang::En) => "Support in the student's own neighbourhood",
            (Self::MunicipalYouthTeam, Lang::Nl) => "Gemeentelijk jeugdteam",
            (Self::MunicipalYouthTeam, Lang::En) => "Municipal youth team",
            (Self::MboAsNeighbourhood, Lang::Nl) => "Mbo als wijk",
            (Self::MboAsNeighbourhood, Lang::En) => "Mbo as neighbourhood",
            (Self::CareWorkerInClassroom, Lang::Nl) => "Jeugdhulpverlener in de klas",
            (Self::CareWorkerInClassroom, Lang::En) => "Care worker in the classroom",
            (Self::ClassAsWorkplace, Lang::Nl) => "Klas als werkplaats",
            (Self::ClassAsWorkplace, Lang::En) => "Class as workplace",
            (Self::SchoolAsWorkplace, Lang::Nl) => "School als werkplaats",
            (Self::SchoolAsWorkplace, Lang::En) => "School as workplace",
            (Self::FixedContactFromNeighbourhoodTeam, Lang::Nl) => "Vaste contactpersoon uit het wijkteam",
            (Self::FixedContactFromNeighbourhoodTeam, Lang::En) => "Fixed contact person from the neighbourhood team",
            (Self::IntegratedEducationCareProvision, Lang::Nl) => "Geïntegreerde onderwijs-zorgvoorziening",
            (Self::IntegratedEducationCareProvision, Lang::En) => "Integrated education-care provision",
            (Self::SchoolEmployedConnectingRole, Lang::Nl) => "Verbindende functionaris in dienst van de school",
            (Self::SchoolEmployedConnectingRole, Lang::En) => "School-employed connecting role",
            (Self::CareAndAdviceTeam, Lang::Nl) => "Zorg- en adviesteam",
            (Self::CareAndAdviceTeam, Lang::En) => "Care and advice team",
            (Self::DedicatedProviderPartnership, Lang::Nl) => "Vaste koppeling met een jeugdhulpaanbieder",
            (Self::DedicatedProviderPartnership, Lang::En) => "Dedicated partnership with a youth care provider",
        }
    }

    /// The definition in `lang` (Markdown).
    pub const fn definition(self, lang: Lang) -> &'static str {
        match (self, lang) {
            (Self::SupportInOwnNeighbourhood, Lang::Nl) => "Mbo-variant waarin de school zoveel mogelijk zelf opvangt en voor hulp die haar mogelijkheden te boven gaat terugvalt op de gemeente waar de student woont. De student gaat naar de huisarts of het wijkteam in de eigen woonplaats; de schoolmaatschappelijk werker legt de verbinding tussen de zorgstructuur van de school en die hulp.",
            (Self::SupportInOwnNeighbourhood, Lang::En) => "Mbo variant in which the school handles as much as it can itself and, for help beyond its capacity, relies on the municipality where the student lives. The student goes to the GP or the neighbourhood team in their home town; the school social worker links the school's care structure to that help.",
            (Self::MunicipalYouthTeam, Lang::Nl) => "Mbo-variant waarin de centrumgemeente één team inricht voor jongeren vanaf 16 jaar op alle mbo-locaties binnen haar grenzen, grotendeels met gemeentelijk geld. Het team werkt vanaf een centrale plek of online. Het zorgteam van de school verwijst studenten erheen, met de schoolmaatschappelijk werker als schakel.",
            (Self::MunicipalYouthTeam, Lang::En) => "Mbo variant in which the central municipality sets up one team for young people aged 16 and over at all mbo locations within its boundaries, largely with municipal money. The team works from a central place or online. The school's care team refers students to it, with the school social worker as the link.",
            (Self::MboAsNeighbourhood, Lang::Nl) => "Mbo-variant waarin de mbo-locatie wordt behandeld als een wijk op zich, met een multidisciplinair jeugdteam dat op de locatie zelf werkt. Het team brengt onder meer jeugd-ggz, een jeugdarts, een budgetcoach en schoolmaatschappelijk werk samen en werkt nauw samen met het interne zorgteam en de studieloopbaanbegeleiders. Studenten worden rechtstreeks naar dit team verwezen, zonder omweg via hun woongemeente.",
            (Self::MboAsNeighbourhood, Lang::En) => "Mbo variant in which the mbo location is treated as a neighbourhood in its own right, with a multidisciplinary youth team working on site. The team brings together youth mental health care, a youth doctor, a budget coach and school social work, among others, and works closely with the internal care team and the study career counsellors. Students are referred to this team directly, without a detour via their home municipality.",
            (Self::CareWorkerInClassroom, Lang::Nl) => "Een jeugdhulpverlener is vast verbonden aan een of meer klassen en is geregeld tijdens de lessen aanwezig. Hij of zij ondersteunt leerlingen op het moment zelf, werkt met de leraar aan de aanpak van de groep en onderhoudt het contact met ouders.",
            (Self::CareWorkerInClassroom, Lang::En) => "A youth care worker is permanently attached to one or more classes and is regularly present during lessons. He or she supports students in the moment, works with the teacher on the approach to the group and maintains contact with parents.",
            (Self::ClassAsWorkplace, Lang::Nl) => "Vorm van het mbo als werkplaats voor jeugdhulp waarin een klas of opleidingsgroep de gedeelde werkplek is van docenten en jeugdhulpprofessionals. Zij werken samen in en rond die groep, zodat hulp aansluit bij wat er in de les gebeurt en docenten direct steun krijgen.",
            (Self::ClassAsWorkplace, Lang::En) => "Form of mbo as a workplace for youth care in which a class or course group is the shared workplace of teachers and youth care professionals. They work together in and around that group, so that help connects with what happens in lessons and teachers get direct support.",
            (Self::SchoolAsWorkplace, Lang::Nl) => "Vorm waarin jeugdhulp een vast en volwaardig onderdeel is van een school of schoollocatie en professionals uit onderwijs en zorg als één team werken. De inzet wordt betaald uit gebundelde middelen van onderwijs, gemeente en zorgverzekeraar. Leeuwarden geldt als bekend voorbeeld in het mbo.",
            (Self::SchoolAsWorkplace, Lang::En) => "Form in which youth care is a permanent and full part of a school or school location and professionals from education and care work as one team. The work is paid for from pooled funds from education, the municipality and the health insurer. Leeuwarden is a well-known example in mbo.",
            (Self::FixedContactFromNeighbourhoodTeam, Lang::Nl) => "Een medewerker van het wijk- of jeugdteam van de gemeente is het vaste aanspreekpunt voor een school en is op vaste momenten aanwezig, bijvoorbeeld bij het zorgoverleg of op een spreekuur. De medewerker blijft in dienst van het wijkteam en kan hulp uit de wijk snel inschakelen.",
            (Self::FixedContactFromNeighbourhoodTeam, Lang::En) => "A worker from the municipality's neighbourhood or youth team is the school's fixed point of contact and is present at set times, for example at the care meeting or during consultation hours. The worker stays employed by the neighbourhood team and can bring in local help quickly.",
            (Self::IntegratedEducationCareProvision, Lang::Nl) => "Een school en een jeugdhulpaanbieder bieden onderwijs en jeugdhulp op één plek aan, binnen één gezamenlijke aanpak, meestal in het so of vso. Leerlingen volgen les en krijgen hulp of behandeling in één dagprogramma, met een gedeeld plan.",
            (Self::IntegratedEducationCareProvision, Lang::En) => "A school and a youth care provider offer education and youth care in one place, within one joint approach, usually in special (secondary) education. Students attend lessons and receive help or treatment in one daily programme, with a shared plan.",
            (Self::SchoolEmployedConnectingRole, Lang::Nl) => "De school neemt zelf een professional in dienst, zoals een schoolmaatschappelijk werker of jeugdprofessional, die leerlingen kort begeleidt en de brug slaat naar jeugdhulp buiten de school. Externe hulp loopt via deze persoon; er is geen vaste inzet van een jeugdhulpaanbieder op school.",
            (Self::SchoolEmployedConnectingRole, Lang::En) => "The school itself employs a professional, such as a school social worker or youth professional, who gives students short-term support and builds the bridge to youth care outside the school. External help runs through this person; there is no standing presence of a youth care provider at the school.",
            (Self::CareAndAdviceTeam, Lang::Nl) => "De school bedt jeugdhulp in via een team dat periodiek bijeenkomt en waarin naast de eigen ondersteuners vaste externe partners zitten, zoals schoolmaatschappelijk werk, de jeugdgezondheidszorg, leerplicht en het wijkteam. Hulp buiten de school wordt vanuit dit overleg afgestemd en ingezet; de partners werken verder vanuit hun eigen organisatie.",
            (Self::CareAndAdviceTeam, Lang::En) => "The school embeds youth care through a team that meets periodically and in which, next to the school's own support staff, fixed external partners take part, such as school social work, youth health care, the compulsory education service and the neighbourhood team. Help outside the school is coordinated and deployed from this meeting; the partners otherwise work from their own organisations.",
            (Self::DedicatedProviderPartnership, Lang::Nl) => "Een school werkt structureel samen met één jeugdhulpaanbieder die professionals levert voor hulp aan leerlingen, steun aan leraren en het klimaat op school. Zulke koppelingen zijn vaak op de werkvloer begonnen; de inzet wordt bij voorkeur collectief betaald in plaats van per leerling, zodat de aanbieder flexibel kan doen wat nodig is.",
            (Self::DedicatedProviderPartnership, Lang::En) => "A school works structurally with one youth care provider that supplies professionals for help to students, support for teachers and the school climate. Such partnerships often started on the shop floor; the work is preferably paid for collectively rather than per student, so that the provider can flexibly do what is needed.",
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

crate::code::facet_code!(OrganisationModel, "organisation-model");
