// @generated from taxonomy/ by `cargo xtask codegen`. Do not edit by hand.
//! Facet `organisation-model`: Inbedding van de jeugdhulp (How youth care is embedded).

use crate::Lang;
use crate::DeprecationNote;

#[doc = " **Inbedding van de jeugdhulp** (How youth care is embedded)"]
#[doc = " "]
#[doc = " Hoe dicht de jeugdhulp die voor de leerlingen van een school beschikbaar is bij het dagelijkse onderwijs werkt: van verwijzen naar hulp elders, via een vaste voorziening buiten de school en jeugdprofessionals die op vaste momenten of dagelijks in de school zijn, tot professionals die in de klas meewerken en één programma waarin les en hulp samen gepland zijn. De schaal meet alleen die afstand. Van welke organisaties de professionals komen, staat in 'Wie levert de professionals'; vaste overleggen, contactpersonen en afspraken in 'Schakel- en overlegstructuur'; de plek van een gesprek in 'Plek'."]
#[doc = " "]
#[doc = " How close to everyday teaching the youth care available to a school's pupils works: from referral to help elsewhere, through a dedicated service outside the school and youth care professionals who are in the school at set times or every day, to professionals who work in the classroom and one programme in which lessons and help are planned together. The scale measures only that distance. Which organisations the professionals come from is recorded in 'Who supplies the professionals'; standing meetings, contact persons and agreements in 'Link and consultation structures'; the place of a conversation in 'Setting'."]
#[doc = " "]
#[doc = " An ordered scale; a record carries at most one of its concepts."]
#[derive(Copy, Clone, PartialEq, Eq, PartialOrd, Ord, Hash, Debug)]
#[non_exhaustive]
pub enum OrganisationModel {
    #[doc = " **Verwijzing naar hulp buiten school** (Referral to outside help), id `referral-to-outside-help`"]
    #[doc = " "]
    #[doc = " Geen jeugdprofessional heeft een vaste opdracht voor deze school. Kan de school een hulpvraag niet zelf oppakken, dan verwijst zij de leerling, vaak via een eigen schakelpersoon, naar de huisarts, het wijkteam of een aanbieder, meestal in de woonplaats van de leerling. De hulp zelf is het gewone aanbod dat iedere inwoner kan krijgen."]
    #[doc = " "]
    #[doc = " No youth care professional has a standing assignment for this school. When the school cannot deal with a request for help itself, it refers the pupil, often through a linking person of its own, to the GP, the neighbourhood team or a provider, usually where the pupil lives. The help itself is the ordinary offer any resident can get."]
    ReferralToOutsideHelp,
    #[doc = " **Vaste voorziening buiten de school** (Dedicated service off site), id `dedicated-service-off-site`"]
    #[doc = " "]
    #[doc = " Een team of professional heeft een vaste opdracht voor de leerlingen van deze school of van een groep scholen, maar werkt vanuit een eigen locatie of online. De school, vaak het interne zorgteam, verwijst rechtstreeks naar deze voorziening; leerlingen gaan erheen of hebben online contact."]
    #[doc = " "]
    #[doc = " A team or professional has a standing assignment for the pupils of this school or of a group of schools, but works from its own base or online. The school, often its internal care team, refers pupils to this service directly; pupils go there or are in touch online."]
    DedicatedServiceOffSite,
    #[doc = " **Vaste momenten op school** (Scheduled presence at school), id `scheduled-presence-at-school`"]
    #[doc = " "]
    #[doc = " Jeugdprofessionals met een vaste opdracht voor de school, die elders hun basis hebben, zijn op afgesproken momenten in de school: voor een spreekuur of inloop, het zorgoverleg, of een vast dagdeel waarin zij leraren adviseren en met leerlingen en ouders praten."]
    #[doc = " "]
    #[doc = " Youth care professionals who have a standing assignment for the school but are based elsewhere are in the school at agreed times: for consultation or drop-in hours, the care meeting, or a fixed half-day in which they advise teachers and talk with pupils and parents."]
    ScheduledPresenceAtSchool,
    #[doc = " **Werkplek in de school** (Based at school), id `based-at-school`"]
    #[doc = " "]
    #[doc = " Jeugdprofessionals hebben hun vaste werkplek in de school: zij komen niet alleen op afgesproken momenten langs, maar werken vanuit de school zelf, meestal op de meeste dagen van de week. Leerlingen, ouders en medewerkers kunnen hen zonder omweg vinden. De professionals werken buiten de lessen, met korte lijnen naar het interne zorgteam en naar mentoren of studieloopbaanbegeleiders."]
    #[doc = " "]
    #[doc = " Youth care professionals have their fixed workplace in the school: they do not just come by at agreed times but work from the school itself, usually on most days of the week. Pupils, parents and staff can reach them without a detour. The professionals work outside lessons, in close touch with the internal care team and with mentors or study and career coaches."]
    BasedAtSchool,
    #[doc = " **Onderdeel van het onderwijsteam en de klas** (Embedded in the teaching team), id `embedded-in-teaching`"]
    #[doc = " "]
    #[doc = " De jeugdprofessional hoort bij het team van een klas, opleiding of afdeling en werkt geregeld tijdens de lessen mee. Hij of zij steunt leerlingen op het moment zelf, bepaalt met de leraar de aanpak van de groep en is voor docenten direct aanspreekbaar."]
    #[doc = " "]
    #[doc = " The youth care professional belongs to the team of a class, course or department and regularly works during lessons, supporting pupils there and then, agreeing the approach to the group with the teacher and being directly available to teaching staff."]
    EmbeddedInTeaching,
    #[doc = " **Onderwijs en zorg in één dagprogramma** (Education and care in one daily programme), id `combined-programme`"]
    #[doc = " "]
    #[doc = " Leerlingen volgen één programma waarin lessen en hulp of behandeling samen zijn gepland, door een team van leraren en jeugdhulp- of zorgprofessionals en met één plan voor de leerling of de groep. Voorbeelden zijn dagbehandeling die met onderwijs is gecombineerd en mbo-programma's die therapie en lessen in één weekrooster zetten."]
    #[doc = " "]
    #[doc = " Pupils follow one programme in which lessons and help or treatment are planned together, by a team of teachers and youth care or care professionals and with one plan for the pupil or the group. Examples are day treatment combined with education and mbo programmes that put therapy and lessons in one weekly timetable."]
    CombinedProgramme,
    #[doc = " **Zorg- en adviesteam** (Care and advice team), id `care-and-advice-team`"]
    #[doc = " "]
    #[doc = " De school bedt jeugdhulp in via een team dat periodiek bijeenkomt en waarin naast de eigen ondersteuners vaste externe partners zitten, zoals schoolmaatschappelijk werk, de jeugdgezondheidszorg, leerplicht en het wijkteam. Hulp buiten de school wordt vanuit dit overleg afgestemd en ingezet; de partners werken verder vanuit hun eigen organisatie."]
    #[doc = " "]
    #[doc = " The school embeds youth care through a team that meets periodically and in which, next to the school's own support staff, fixed external partners take part, such as school social work, youth health care, the compulsory education service and the neighbourhood team. Help outside the school is coordinated and deployed from this meeting; the partners otherwise work from their own organisations."]
    #[doc = " "]
    #[doc = " *Deprecated since 2.0.0*; replaced by `multi-agency-care-team` (facet `coordination-structure`)."]
    CareAndAdviceTeam,
    #[doc = " **Jeugdhulpverlener in de klas** (Care worker in the classroom), id `care-worker-in-classroom`"]
    #[doc = " "]
    #[doc = " Een jeugdhulpverlener is vast verbonden aan een of meer klassen en is geregeld tijdens de lessen aanwezig. Hij of zij ondersteunt leerlingen op het moment zelf, werkt met de leraar aan de aanpak van de groep en onderhoudt het contact met ouders."]
    #[doc = " "]
    #[doc = " A youth care worker is permanently attached to one or more classes and is regularly present during lessons. He or she supports students in the moment, works with the teacher on the approach to the group and maintains contact with parents."]
    #[doc = " "]
    #[doc = " *Deprecated since 2.0.0*; replaced by [`embedded-in-teaching`](OrganisationModel::EmbeddedInTeaching)."]
    CareWorkerInClassroom,
    #[doc = " **Klas als werkplaats** (Class as workplace), id `class-as-workplace`"]
    #[doc = " "]
    #[doc = " Vorm van het mbo als werkplaats voor jeugdhulp waarin een klas of opleidingsgroep de gedeelde werkplek is van docenten en jeugdhulpprofessionals. Zij werken samen in en rond die groep, zodat hulp aansluit bij wat er in de les gebeurt en docenten direct steun krijgen."]
    #[doc = " "]
    #[doc = " Form of mbo as a workplace for youth care in which a class or course group is the shared workplace of teachers and youth care professionals. They work together in and around that group, so that help connects with what happens in lessons and teachers get direct support."]
    #[doc = " "]
    #[doc = " *Deprecated since 2.0.0*; replaced by [`embedded-in-teaching`](OrganisationModel::EmbeddedInTeaching)."]
    ClassAsWorkplace,
    #[doc = " **Vaste koppeling met een jeugdhulpaanbieder** (Dedicated partnership with a youth care provider), id `dedicated-provider-partnership`"]
    #[doc = " "]
    #[doc = " Een school werkt structureel samen met één jeugdhulpaanbieder die professionals levert voor hulp aan leerlingen, steun aan leraren en het klimaat op school. Zulke koppelingen zijn vaak op de werkvloer begonnen; de inzet wordt bij voorkeur collectief betaald in plaats van per leerling, zodat de aanbieder flexibel kan doen wat nodig is."]
    #[doc = " "]
    #[doc = " A school works structurally with one youth care provider that supplies professionals for help to students, support for teachers and the school climate. Such partnerships often started on the shop floor; the work is preferably paid for collectively rather than per student, so that the provider can flexibly do what is needed."]
    #[doc = " "]
    #[doc = " *Deprecated since 2.0.0*; replaced by `single-provider` (facet `provider-arrangement`)."]
    DedicatedProviderPartnership,
    #[doc = " **Vaste contactpersoon uit het wijkteam** (Fixed contact person from the neighbourhood team), id `fixed-contact-from-neighbourhood-team`"]
    #[doc = " "]
    #[doc = " Een medewerker van het wijk- of jeugdteam van de gemeente is het vaste aanspreekpunt voor een school en is op vaste momenten aanwezig, bijvoorbeeld bij het zorgoverleg of op een spreekuur. De medewerker blijft in dienst van het wijkteam en kan hulp uit de wijk snel inschakelen."]
    #[doc = " "]
    #[doc = " A worker from the municipality's neighbourhood or youth team is the school's fixed point of contact and is present at set times, for example at the care meeting or during consultation hours. The worker stays employed by the neighbourhood team and can bring in local help quickly."]
    #[doc = " "]
    #[doc = " *Deprecated since 2.0.0*; replaced by [`scheduled-presence-at-school`](OrganisationModel::ScheduledPresenceAtSchool), `named-external-contact` (facet `coordination-structure`), `municipal-local-team` (facet `provider-arrangement`)."]
    FixedContactFromNeighbourhoodTeam,
    #[doc = " **Geïntegreerde onderwijs-zorgvoorziening** (Integrated education-care provision), id `integrated-education-care-provision`"]
    #[doc = " "]
    #[doc = " Een school en een jeugdhulpaanbieder bieden onderwijs en jeugdhulp op één plek aan, binnen één gezamenlijke aanpak, in het speciaal onderwijs maar ook in het regulier onderwijs en het mbo. Leerlingen volgen les en krijgen hulp of behandeling in één dagprogramma, met een gedeeld plan."]
    #[doc = " "]
    #[doc = " A school and a youth care provider offer education and youth care in one place, within one joint approach, in special education but also in mainstream education and mbo. Students attend lessons and receive help or treatment in one daily programme, with a shared plan."]
    #[doc = " "]
    #[doc = " *Deprecated since 2.0.0*; replaced by [`combined-programme`](OrganisationModel::CombinedProgramme)."]
    IntegratedEducationCareProvision,
    #[doc = " **Mbo als wijk** (The college as a neighbourhood (on-site youth team)), id `mbo-as-neighbourhood`"]
    #[doc = " "]
    #[doc = " Mbo-variant waarin de mbo-locatie wordt behandeld als een wijk op zich, met een multidisciplinair jeugdteam dat op de locatie zelf werkt. Het team brengt onder meer jeugd-ggz, een jeugdarts, een budgetcoach en schoolmaatschappelijk werk samen en werkt nauw samen met het interne zorgteam en de studieloopbaanbegeleiders. Studenten worden rechtstreeks naar dit team verwezen, zonder omweg via hun woongemeente."]
    #[doc = " "]
    #[doc = " Mbo variant in which the mbo location is treated as a neighbourhood in its own right, with a multidisciplinary youth team working on site. The team brings together youth mental health care, a youth doctor, a budget coach and school social work, among others, and works closely with the internal care team and the study career counsellors. Students are referred to this team directly, without a detour via their home municipality."]
    #[doc = " "]
    #[doc = " *Deprecated since 2.0.0*; replaced by [`based-at-school`](OrganisationModel::BasedAtSchool)."]
    MboAsNeighbourhood,
    #[doc = " **Gemeentelijk jeugdteam** (Municipal youth team), id `municipal-youth-team`"]
    #[doc = " "]
    #[doc = " Mbo-variant waarin de centrumgemeente één team inricht voor alle mbo-locaties en alle jongeren vanaf 16 jaar, grotendeels met gemeentelijk geld. Het team werkt vanaf een centrale plek of online. Het zorgteam van de school verwijst studenten erheen, met de schoolmaatschappelijk werker als schakel."]
    #[doc = " "]
    #[doc = " Mbo variant in which the central municipality sets up one team for all mbo locations and all young people aged 16 and over, largely with municipal money. The team works from a central place or online. The school's care team refers students to it, with the school social worker as the link."]
    #[doc = " "]
    #[doc = " *Deprecated since 2.0.0*; replaced by [`dedicated-service-off-site`](OrganisationModel::DedicatedServiceOffSite), `municipal-local-team` (facet `provider-arrangement`)."]
    MunicipalYouthTeam,
    #[doc = " **School als werkplaats** (School as workplace), id `school-as-workplace`"]
    #[doc = " "]
    #[doc = " Vorm waarin jeugdhulp een vast en volwaardig onderdeel is van een school of schoollocatie en professionals uit onderwijs en zorg als één team werken. De inzet wordt betaald uit middelen van meer partijen samen. Leeuwarden geldt als bekend voorbeeld in het mbo."]
    #[doc = " "]
    #[doc = " Form in which youth care is a permanent and full part of a school or school location and professionals from education and care work as one team. The work is paid for from the money of several parties together. Leeuwarden is a well-known example in mbo."]
    #[doc = " "]
    #[doc = " *Deprecated since 2.0.0*; replaced by [`based-at-school`](OrganisationModel::BasedAtSchool), [`embedded-in-teaching`](OrganisationModel::EmbeddedInTeaching), `integrated-team` (facet `integration`)."]
    SchoolAsWorkplace,
    #[doc = " **Verbindende functionaris in dienst van de school** (School-employed connecting role), id `school-employed-connecting-role`"]
    #[doc = " "]
    #[doc = " De school neemt zelf een professional in dienst, zoals een schoolmaatschappelijk werker of jeugdprofessional, die leerlingen kort begeleidt en de brug slaat naar jeugdhulp buiten de school. Externe hulp loopt via deze persoon; er is geen vaste inzet van een jeugdhulpaanbieder op school."]
    #[doc = " "]
    #[doc = " The school itself employs a professional, such as a school social worker or youth professional, who gives students short-term support and builds the bridge to youth care outside the school. External help runs through this person; there is no standing presence of a youth care provider at the school."]
    #[doc = " "]
    #[doc = " *Deprecated since 2.0.0*; replaced by [`referral-to-outside-help`](OrganisationModel::ReferralToOutsideHelp), [`dedicated-service-off-site`](OrganisationModel::DedicatedServiceOffSite), `school-employed-link-role` (facet `coordination-structure`), `school-employed` (facet `provider-arrangement`)."]
    SchoolEmployedConnectingRole,
    #[doc = " **Ondersteuning in eigen wijk** (Support in the student's own neighbourhood), id `support-in-own-neighbourhood`"]
    #[doc = " "]
    #[doc = " Mbo-variant waarin de school zoveel mogelijk zelf opvangt en voor hulp die haar mogelijkheden te boven gaat terugvalt op de gemeente waar de student woont. De student gaat naar de huisarts of het wijkteam in de eigen woonplaats; de schoolmaatschappelijk werker legt de verbinding tussen de zorgstructuur van de school en die hulp."]
    #[doc = " "]
    #[doc = " Mbo variant in which the school handles as much as it can itself and, for help beyond its capacity, relies on the municipality where the student lives. The student goes to the GP or the neighbourhood team in their home town; the school social worker links the school's care structure to that help."]
    #[doc = " "]
    #[doc = " *Deprecated since 2.0.0*; replaced by [`referral-to-outside-help`](OrganisationModel::ReferralToOutsideHelp)."]
    SupportInOwnNeighbourhood,
}

impl OrganisationModel {
    /// The facet's id.
    pub const FACET: &'static str = "organisation-model";

    /// Every concept of the facet in display order, deprecated ones included.
    pub const ALL: &'static [Self] = &[
        Self::ReferralToOutsideHelp,
        Self::DedicatedServiceOffSite,
        Self::ScheduledPresenceAtSchool,
        Self::BasedAtSchool,
        Self::EmbeddedInTeaching,
        Self::CombinedProgramme,
        Self::CareAndAdviceTeam,
        Self::CareWorkerInClassroom,
        Self::ClassAsWorkplace,
        Self::DedicatedProviderPartnership,
        Self::FixedContactFromNeighbourhoodTeam,
        Self::IntegratedEducationCareProvision,
        Self::MboAsNeighbourhood,
        Self::MunicipalYouthTeam,
        Self::SchoolAsWorkplace,
        Self::SchoolEmployedConnectingRole,
        Self::SupportInOwnNeighbourhood,
    ];

    /// The concept's permanent id.
    pub const fn id(self) -> &'static str {
        match self {
            Self::ReferralToOutsideHelp => "referral-to-outside-help",
            Self::DedicatedServiceOffSite => "dedicated-service-off-site",
            Self::ScheduledPresenceAtSchool => "scheduled-presence-at-school",
            Self::BasedAtSchool => "based-at-school",
            Self::EmbeddedInTeaching => "embedded-in-teaching",
            Self::CombinedProgramme => "combined-programme",
            Self::CareAndAdviceTeam => "care-and-advice-team",
            Self::CareWorkerInClassroom => "care-worker-in-classroom",
            Self::ClassAsWorkplace => "class-as-workplace",
            Self::DedicatedProviderPartnership => "dedicated-provider-partnership",
            Self::FixedContactFromNeighbourhoodTeam => "fixed-contact-from-neighbourhood-team",
            Self::IntegratedEducationCareProvision => "integrated-education-care-provision",
            Self::MboAsNeighbourhood => "mbo-as-neighbourhood",
            Self::MunicipalYouthTeam => "municipal-youth-team",
            Self::SchoolAsWorkplace => "school-as-workplace",
            Self::SchoolEmployedConnectingRole => "school-employed-connecting-role",
            Self::SupportInOwnNeighbourhood => "support-in-own-neighbourhood",
        }
    }

    /// The preferred label in `lang`.
    pub const fn label(self, lang: Lang) -> &'static str {
        match (self, lang) {
            (Self::ReferralToOutsideHelp, Lang::Nl) => "Verwijzing naar hulp buiten school",
            (Self::ReferralToOutsideHelp, Lang::En) => "Referral to outside help",
            (Self::DedicatedServiceOffSite, Lang::Nl) => "Vaste voorziening buiten de school",
            (Self::DedicatedServiceOffSite, Lang::En) => "Dedicated service off site",
            (Self::ScheduledPresenceAtSchool, Lang::Nl) => "Vaste momenten op school",
            (Self::ScheduledPresenceAtSchool, Lang::En) => "Scheduled presence at school",
            (Self::BasedAtSchool, Lang::Nl) => "Werkplek in de school",
            (Self::BasedAtSchool, Lang::En) => "Based at school",
            (Self::EmbeddedInTeaching, Lang::Nl) => "Onderdeel van het onderwijsteam en de klas",
            (Self::EmbeddedInTeaching, Lang::En) => "Embedded in the teaching team",
            (Self::CombinedProgramme, Lang::Nl) => "Onderwijs en zorg in één dagprogramma",
            (Self::CombinedProgramme, Lang::En) => "Education and care in one daily programme",
            (Self::CareAndAdviceTeam, Lang::Nl) => "Zorg- en adviesteam",
            (Self::CareAndAdviceTeam, Lang::En) => "Care and advice team",
            (Self::CareWorkerInClassroom, Lang::Nl) => "Jeugdhulpverlener in de klas",
            (Self::CareWorkerInClassroom, Lang::En) => "Care worker in the classroom",
            (Self::ClassAsWorkplace, Lang::Nl) => "Klas als werkplaats",
            (Self::ClassAsWorkplace, Lang::En) => "Class as workplace",
            (Self::DedicatedProviderPartnership, Lang::Nl) => "Vaste koppeling met een jeugdhulpaanbieder",
            (Self::DedicatedProviderPartnership, Lang::En) => "Dedicated partnership with a youth care provider",
            (Self::FixedContactFromNeighbourhoodTeam, Lang::Nl) => "Vaste contactpersoon uit het wijkteam",
            (Self::FixedContactFromNeighbourhoodTeam, Lang::En) => "Fixed contact person from the neighbourhood team",
            (Self::IntegratedEducationCareProvision, Lang::Nl) => "Geïntegreerde onderwijs-zorgvoorziening",
            (Self::IntegratedEducationCareProvision, Lang::En) => "Integrated education-care provision",
            (Self::MboAsNeighbourhood, Lang::Nl) => "Mbo als wijk",
            (Self::MboAsNeighbourhood, Lang::En) => "The college as a neighbourhood (on-site youth team)",
            (Self::MunicipalYouthTeam, Lang::Nl) => "Gemeentelijk jeugdteam",
            (Self::MunicipalYouthTeam, Lang::En) => "Municipal youth team",
            (Self::SchoolAsWorkplace, Lang::Nl) => "School als werkplaats",
            (Self::SchoolAsWorkplace, Lang::En) => "School as workplace",
            (Self::SchoolEmployedConnectingRole, Lang::Nl) => "Verbindende functionaris in dienst van de school",
            (Self::SchoolEmployedConnectingRole, Lang::En) => "School-employed connecting role",
            (Self::SupportInOwnNeighbourhood, Lang::Nl) => "Ondersteuning in eigen wijk",
            (Self::SupportInOwnNeighbourhood, Lang::En) => "Support in the student's own neighbourhood",
        }
    }

    /// The definition in `lang` (Markdown).
    pub const fn definition(self, lang: Lang) -> &'static str {
        match (self, lang) {
            (Self::ReferralToOutsideHelp, Lang::Nl) => "Geen jeugdprofessional heeft een vaste opdracht voor deze school. Kan de school een hulpvraag niet zelf oppakken, dan verwijst zij de leerling, vaak via een eigen schakelpersoon, naar de huisarts, het wijkteam of een aanbieder, meestal in de woonplaats van de leerling. De hulp zelf is het gewone aanbod dat iedere inwoner kan krijgen.",
            (Self::ReferralToOutsideHelp, Lang::En) => "No youth care professional has a standing assignment for this school. When the school cannot deal with a request for help itself, it refers the pupil, often through a linking person of its own, to the GP, the neighbourhood team or a provider, usually where the pupil lives. The help itself is the ordinary offer any resident can get.",
            (Self::DedicatedServiceOffSite, Lang::Nl) => "Een team of professional heeft een vaste opdracht voor de leerlingen van deze school of van een groep scholen, maar werkt vanuit een eigen locatie of online. De school, vaak het interne zorgteam, verwijst rechtstreeks naar deze voorziening; leerlingen gaan erheen of hebben online contact.",
            (Self::DedicatedServiceOffSite, Lang::En) => "A team or professional has a standing assignment for the pupils of this school or of a group of schools, but works from its own base or online. The school, often its internal care team, refers pupils to this service directly; pupils go there or are in touch online.",
            (Self::ScheduledPresenceAtSchool, Lang::Nl) => "Jeugdprofessionals met een vaste opdracht voor de school, die elders hun basis hebben, zijn op afgesproken momenten in de school: voor een spreekuur of inloop, het zorgoverleg, of een vast dagdeel waarin zij leraren adviseren en met leerlingen en ouders praten.",
            (Self::ScheduledPresenceAtSchool, Lang::En) => "Youth care professionals who have a standing assignment for the school but are based elsewhere are in the school at agreed times: for consultation or drop-in hours, the care meeting, or a fixed half-day in which they advise teachers and talk with pupils and parents.",
            (Self::BasedAtSchool, Lang::Nl) => "Jeugdprofessionals hebben hun vaste werkplek in de school: zij komen niet alleen op afgesproken momenten langs, maar werken vanuit de school zelf, meestal op de meeste dagen van de week. Leerlingen, ouders en medewerkers kunnen hen zonder omweg vinden. De professionals werken buiten de lessen, met korte lijnen naar het interne zorgteam en naar mentoren of studieloopbaanbegeleiders.",
            (Self::BasedAtSchool, Lang::En) => "Youth care professionals have their fixed workplace in the school: they do not just come by at agreed times but work from the school itself, usually on most days of the week. Pupils, parents and staff can reach them without a detour. The professionals work outside lessons, in close touch with the internal care team and with mentors or study and career coaches.",
            (Self::EmbeddedInTeaching, Lang::Nl) => "De jeugdprofessional hoort bij het team van een klas, opleiding of afdeling en werkt geregeld tijdens de lessen mee. Hij of zij steunt leerlingen op het moment zelf, bepaalt met de leraar de aanpak van de groep en is voor docenten direct aanspreekbaar.",
            (Self::EmbeddedInTeaching, Lang::En) => "The youth care professional belongs to the team of a class, course or department and regularly works during lessons, supporting pupils there and then, agreeing the approach to the group with the teacher and being directly available to teaching staff.",
            (Self::CombinedProgramme, Lang::Nl) => "Leerlingen volgen één programma waarin lessen en hulp of behandeling samen zijn gepland, door een team van leraren en jeugdhulp- of zorgprofessionals en met één plan voor de leerling of de groep. Voorbeelden zijn dagbehandeling die met onderwijs is gecombineerd en mbo-programma's die therapie en lessen in één weekrooster zetten.",
            (Self::CombinedProgramme, Lang::En) => "Pupils follow one programme in which lessons and help or treatment are planned together, by a team of teachers and youth care or care professionals and with one plan for the pupil or the group. Examples are day treatment combined with education and mbo programmes that put therapy and lessons in one weekly timetable.",
            (Self::CareAndAdviceTeam, Lang::Nl) => "De school bedt jeugdhulp in via een team dat periodiek bijeenkomt en waarin naast de eigen ondersteuners vaste externe partners zitten, zoals schoolmaatschappelijk werk, de jeugdgezondheidszorg, leerplicht en het wijkteam. Hulp buiten de school wordt vanuit dit overleg afgestemd en ingezet; de partners werken verder vanuit hun eigen organisatie.",
            (Self::CareAndAdviceTeam, Lang::En) => "The school embeds youth care through a team that meets periodically and in which, next to the school's own support staff, fixed external partners take part, such as school social work, youth health care, the compulsory education service and the neighbourhood team. Help outside the school is coordinated and deployed from this meeting; the partners otherwise work from their own organisations.",
            (Self::CareWorkerInClassroom, Lang::Nl) => "Een jeugdhulpverlener is vast verbonden aan een of meer klassen en is geregeld tijdens de lessen aanwezig. Hij of zij ondersteunt leerlingen op het moment zelf, werkt met de leraar aan de aanpak van de groep en onderhoudt het contact met ouders.",
            (Self::CareWorkerInClassroom, Lang::En) => "A youth care worker is permanently attached to one or more classes and is regularly present during lessons. He or she supports students in the moment, works with the teacher on the approach to the group and maintains contact with parents.",
            (Self::ClassAsWorkplace, Lang::Nl) => "Vorm van het mbo als werkplaats voor jeugdhulp waarin een klas of opleidingsgroep de gedeelde werkplek is van docenten en jeugdhulpprofessionals. Zij werken samen in en rond die groep, zodat hulp aansluit bij wat er in de les gebeurt en docenten direct steun krijgen.",
            (Self::ClassAsWorkplace, Lang::En) => "Form of mbo as a workplace for youth care in which a class or course group is the shared workplace of teachers and youth care professionals. They work together in and around that group, so that help connects with what happens in lessons and teachers get direct support.",
            (Self::DedicatedProviderPartnership, Lang::Nl) => "Een school werkt structureel samen met één jeugdhulpaanbieder die professionals levert voor hulp aan leerlingen, steun aan leraren en het klimaat op school. Zulke koppelingen zijn vaak op de werkvloer begonnen; de inzet wordt bij voorkeur collectief betaald in plaats van per leerling, zodat de aanbieder flexibel kan doen wat nodig is.",
            (Self::DedicatedProviderPartnership, Lang::En) => "A school works structurally with one youth care provider that supplies professionals for help to students, support for teachers and the school climate. Such partnerships often started on the shop floor; the work is preferably paid for collectively rather than per student, so that the provider can flexibly do what is needed.",
            (Self::FixedContactFromNeighbourhoodTeam, Lang::Nl) => "Een medewerker van het wijk- of jeugdteam van de gemeente is het vaste aanspreekpunt voor een school en is op vaste momenten aanwezig, bijvoorbeeld bij het zorgoverleg of op een spreekuur. De medewerker blijft in dienst van het wijkteam en kan hulp uit de wijk snel inschakelen.",
            (Self::FixedContactFromNeighbourhoodTeam, Lang::En) => "A worker from the municipality's neighbourhood or youth team is the school's fixed point of contact and is present at set times, for example at the care meeting or during consultation hours. The worker stays employed by the neighbourhood team and can bring in local help quickly.",
            (Self::IntegratedEducationCareProvision, Lang::Nl) => "Een school en een jeugdhulpaanbieder bieden onderwijs en jeugdhulp op één plek aan, binnen één gezamenlijke aanpak, in het speciaal onderwijs maar ook in het regulier onderwijs en het mbo. Leerlingen volgen les en krijgen hulp of behandeling in één dagprogramma, met een gedeeld plan.",
            (Self::IntegratedEducationCareProvision, Lang::En) => "A school and a youth care provider offer education and youth care in one place, within one joint approach, in special education but also in mainstream education and mbo. Students attend lessons and receive help or treatment in one daily programme, with a shared plan.",
            (Self::MboAsNeighbourhood, Lang::Nl) => "Mbo-variant waarin de mbo-locatie wordt behandeld als een wijk op zich, met een multidisciplinair jeugdteam dat op de locatie zelf werkt. Het team brengt onder meer jeugd-ggz, een jeugdarts, een budgetcoach en schoolmaatschappelijk werk samen en werkt nauw samen met het interne zorgteam en de studieloopbaanbegeleiders. Studenten worden rechtstreeks naar dit team verwezen, zonder omweg via hun woongemeente.",
            (Self::MboAsNeighbourhood, Lang::En) => "Mbo variant in which the mbo location is treated as a neighbourhood in its own right, with a multidisciplinary youth team working on site. The team brings together youth mental health care, a youth doctor, a budget coach and school social work, among others, and works closely with the internal care team and the study career counsellors. Students are referred to this team directly, without a detour via their home municipality.",
            (Self::MunicipalYouthTeam, Lang::Nl) => "Mbo-variant waarin de centrumgemeente één team inricht voor alle mbo-locaties en alle jongeren vanaf 16 jaar, grotendeels met gemeentelijk geld. Het team werkt vanaf een centrale plek of online. Het zorgteam van de school verwijst studenten erheen, met de schoolmaatschappelijk werker als schakel.",
            (Self::MunicipalYouthTeam, Lang::En) => "Mbo variant in which the central municipality sets up one team for all mbo locations and all young people aged 16 and over, largely with municipal money. The team works from a central place or online. The school's care team refers students to it, with the school social worker as the link.",
            (Self::SchoolAsWorkplace, Lang::Nl) => "Vorm waarin jeugdhulp een vast en volwaardig onderdeel is van een school of schoollocatie en professionals uit onderwijs en zorg als één team werken. De inzet wordt betaald uit middelen van meer partijen samen. Leeuwarden geldt als bekend voorbeeld in het mbo.",
            (Self::SchoolAsWorkplace, Lang::En) => "Form in which youth care is a permanent and full part of a school or school location and professionals from education and care work as one team. The work is paid for from the money of several parties together. Leeuwarden is a well-known example in mbo.",
            (Self::SchoolEmployedConnectingRole, Lang::Nl) => "De school neemt zelf een professional in dienst, zoals een schoolmaatschappelijk werker of jeugdprofessional, die leerlingen kort begeleidt en de brug slaat naar jeugdhulp buiten de school. Externe hulp loopt via deze persoon; er is geen vaste inzet van een jeugdhulpaanbieder op school.",
            (Self::SchoolEmployedConnectingRole, Lang::En) => "The school itself employs a professional, such as a school social worker or youth professional, who gives students short-term support and builds the bridge to youth care outside the school. External help runs through this person; there is no standing presence of a youth care provider at the school.",
            (Self::SupportInOwnNeighbourhood, Lang::Nl) => "Mbo-variant waarin de school zoveel mogelijk zelf opvangt en voor hulp die haar mogelijkheden te boven gaat terugvalt op de gemeente waar de student woont. De student gaat naar de huisarts of het wijkteam in de eigen woonplaats; de schoolmaatschappelijk werker legt de verbinding tussen de zorgstructuur van de school en die hulp.",
            (Self::SupportInOwnNeighbourhood, Lang::En) => "Mbo variant in which the school handles as much as it can itself and, for help beyond its capacity, relies on the municipality where the student lives. The student goes to the GP or the neighbourhood team in their home town; the school social worker links the school's care structure to that help.",
        }
    }

    /// The place on the facet's scale (1 = first) for an ordered facet; `None` otherwise.
    pub const fn position(self) -> Option<u32> {
        match self {
            Self::ReferralToOutsideHelp => Some(1),
            Self::DedicatedServiceOffSite => Some(2),
            Self::ScheduledPresenceAtSchool => Some(3),
            Self::BasedAtSchool => Some(4),
            Self::EmbeddedInTeaching => Some(5),
            Self::CombinedProgramme => Some(6),
            Self::CareAndAdviceTeam => Some(4294967295),
            Self::CareWorkerInClassroom => Some(4294967295),
            Self::ClassAsWorkplace => Some(4294967295),
            Self::DedicatedProviderPartnership => Some(4294967295),
            Self::FixedContactFromNeighbourhoodTeam => Some(4294967295),
            Self::IntegratedEducationCareProvision => Some(4294967295),
            Self::MboAsNeighbourhood => Some(4294967295),
            Self::MunicipalYouthTeam => Some(4294967295),
            Self::SchoolAsWorkplace => Some(4294967295),
            Self::SchoolEmployedConnectingRole => Some(4294967295),
            Self::SupportInOwnNeighbourhood => Some(4294967295),
        }
    }

    /// Present when the concept is deprecated: since when and why.
    pub const fn deprecation(self) -> Option<DeprecationNote> {
        match self {
            Self::CareAndAdviceTeam => Some(DeprecationNote::new("2.0.0", "Een zorg- en adviesteam is een overlegstructuur die naast elke vorm van inbedding kan bestaan; het gaat naar 'Schakel- en overlegstructuur' (zorgteam met externe partners), dat ook de afkorting ZAT en de alternatieve termen overneemt. De inbedding volgt niet uit deze code: een persoon kiest haar opnieuw, of laat haar leeg. De oude bron, de Wet passend onderwijs, kent de term niet en is vervangen.", "A care and advice team is a meeting structure that can exist alongside any form of embedding; it moves to 'Link and consultation structures' (multi-agency care team), which also takes over the abbreviation ZAT and the alternative terms. The embedding does not follow from this code: a person chooses it again, or leaves it empty. The old source, the Wet passend onderwijs, does not use the term and has been replaced.", &["multi-agency-care-team"], false)),
            Self::CareWorkerInClassroom => Some(DeprecationNote::new("2.0.0", "Het model gaat op in de trede 'onderdeel van het onderwijsteam en de klas', die ook de alternatieve termen 'jeugdhulp in de klas' en 'zorg in de klas' overneemt.", "The model is absorbed by the step 'embedded in the teaching team', which also takes over the alternative terms 'youth care in the classroom' and 'care in the classroom'.", &["embedded-in-teaching"], false)),
            Self::ClassAsWorkplace => Some(DeprecationNote::new("2.0.0", "Klas als Werkplaats is de naam van een programma, geen eigen soort inbedding. De bronnen noemen de naam, maar beschrijven de werkwijze niet. Het programma staat als voorbeeld bij 'onderdeel van het onderwijsteam en de klas'; zet de naam in het veld `name` van de praktijk.", "Klas als Werkplaats is the name of a programme, not a kind of embedding of its own. The sources name it but do not describe how it works. The programme is listed as an example under 'embedded in the teaching team'; put the name in the practice's `name` field.", &["embedded-in-teaching"], false)),
            Self::DedicatedProviderPartnership => Some(DeprecationNote::new("2.0.0", "Met welke aanbieder een school samenwerkt, zegt niet hoe dicht de hulp bij het onderwijs werkt. De koppeling gaat naar 'Wie levert de professionals' (één vaste jeugdhulpaanbieder), dat ook de alternatieve termen overneemt. De inbedding kiest een persoon opnieuw; voor de vier Haaglandse koppelingen is die nog onbekend en blijft zij leeg (`[]`). De manier van betalen staat in 'Financieringswijze'.", "Which provider a school works with says nothing about how close the help works to teaching. The partnership moves to 'Who supplies the professionals' (one dedicated youth care provider), which also takes over the alternative terms. A person chooses the embedding again; for the four Haaglanden pairs it is not yet known and stays empty (`[]`). The way of paying is recorded in 'Funding mechanism'.", &["single-provider"], false)),
            Self::FixedContactFromNeighbourhoodTeam => Some(DeprecationNote::new("2.0.0", "Het begrip bundelde drie dingen die nu elk een eigen facet hebben: waar en wanneer de medewerker werkt (vaste momenten op school), dat er een vast aanspreekpunt is (vaste contactpersoon van een externe partner) en wie hem levert (wijk- of jeugdteam van de gemeente). Alle drie volgen uit de definitie en worden automatisch geschreven. De oude bronnen beschreven het begrip niet; ze zijn vervangen.", "The concept bundled three things that now each have a facet of their own: where and when the worker works (scheduled presence at school), that there is a fixed point of contact (named external contact) and who supplies the worker (municipal neighbourhood or youth team). All three follow from the definition and are written automatically. The old sources did not describe the concept; they have been replaced.", &["scheduled-presence-at-school", "named-external-contact", "municipal-local-team"], false)),
            Self::IntegratedEducationCareProvision => Some(DeprecationNote::new("2.0.0", "Het begrip wordt de hoogste trede op de schaal van inbedding, 'onderwijs en zorg in één dagprogramma'. Het voorbeeld De Musketier met gro-up is geschrapt: de bron beschrijft geen gezamenlijk dagprogramma. 'Meestal in het so of vso' is afgezwakt, omdat zulke programma's ook in het regulier onderwijs en het mbo bestaan.", "The concept becomes the highest step on the embedding scale, 'education and care in one daily programme'. The example De Musketier with gro-up was dropped: the source describes no joint daily programme. 'Usually in special (secondary) education' was softened, because such programmes also exist in mainstream education and mbo.", &["combined-programme"], false)),
            Self::MboAsNeighbourhood => Some(DeprecationNote::new("2.0.0", "De NJi-variant wordt een trede op de schaal van inbedding: een werkplek in de school. Werkt het team ook geregeld in de klas, kies dan met de hand 'onderdeel van het onderwijsteam en de klas'. Wie het team levert (gemeente, een netwerk van aanbieders of beide), verschilt per praktijk; leg dat met de hand vast in 'Wie levert de professionals'. De alternatieve term 'mbo-jeugdteam' is geschrapt, omdat die ook voor teams buiten de school wordt gebruikt.", "The NJi variant becomes a step on the embedding scale: based at school. When the team also regularly works in classes, choose 'embedded in the teaching team' by hand. Who supplies the team (the municipality, a network of providers or both) differs between practices; record it by hand in 'Who supplies the professionals'. The alternative term 'mbo-jeugdteam' was dropped, because it is also used for teams that do not work at the school.", &["based-at-school"], false)),
            Self::MunicipalYouthTeam => Some(DeprecationNote::new("2.0.0", "De NJi-variant wordt een trede op de schaal van inbedding: een vaste voorziening buiten de school. Dat de gemeente het team inricht, gaat naar 'Wie levert de professionals' (wijk- of jeugdteam van de gemeente); beide gelden voor elke praktijk met deze code. De definitie zei dat het team alleen werkt voor locaties binnen de grenzen van de gemeente; het NJi spreekt van alle mbo-locaties, dus dat is verbeterd.", "The NJi variant becomes a step on the embedding scale: a dedicated service outside the school. That the municipality sets up the team moves to 'Who supplies the professionals' (municipal neighbourhood or youth team); both hold for every practice with this code. The definition said the team serves only locations within the municipality's boundaries; the NJi speaks of all mbo locations, so that has been corrected.", &["dedicated-service-off-site", "municipal-local-team"], false)),
            Self::SchoolAsWorkplace => Some(DeprecationNote::new("2.0.0", "School als Werkplaats is de naam van een programma, geen eigen soort inbedding, en praktijken met die naam verschillen: de ene beschrijving noemt hulpverleners die wekelijks op school zijn maar los van de opleidingen staan (werkplek in de school), de andere hulpverleners die deel zijn van het onderwijsteam (onderdeel van het onderwijsteam en de klas). Een persoon kiest de trede. 'Als één team werken' hoort bij de definitie en gaat daarom automatisch naar de mate van integratie (één geïntegreerd team). Een netwerk van aanbieders en gedeeld opdrachtgeverschap gelden voor Leeuwarden, maar niet per definitie; leg die met de hand vast. De zin over geld van de zorgverzekeraar is afgezwakt: die bijdrage liep via een fonds.", "School als Werkplaats is the name of a programme, not a kind of embedding of its own, and practices with that name differ: one description mentions care workers who are at school every week but stand apart from the courses (based at school), another care workers who are part of the teaching team (embedded in the teaching team). A person chooses the step. 'Working as one team' is part of the definition and therefore moves automatically to depth of integration (one integrated team). A network of providers and joint commissioning hold for Leeuwarden, but not by definition; record them by hand. The sentence about money from the health insurer was weakened: that contribution came through a fund.", &["based-at-school", "embedded-in-teaching", "integrated-team"], false)),
            Self::SchoolEmployedConnectingRole => Some(DeprecationNote::new("2.0.0", "Een functie in dienst van de school bestaat naast elke vorm van inbedding. Dat de school de functie heeft en de persoon in dienst heeft, volgt uit de definitie en gaat automatisch naar 'Schakel- en overlegstructuur' en 'Wie levert de professionals'. Voor de inbedding kiest een persoon: verwijst de functionaris naar het gewone aanbod in de woonplaats, dan 'verwijzing naar hulp buiten school'; verwijst hij naar een team met een vaste opdracht voor de school dat elders werkt, dan 'vaste voorziening buiten de school'.", "A role employed by the school exists alongside any form of embedding. That the school has the role and employs the person follows from the definition and moves automatically to 'Link and consultation structures' and 'Who supplies the professionals'. A person chooses the embedding: when the officer refers to the ordinary offer where the pupil lives, 'referral to outside help'; when he or she refers to a team with a standing assignment for the school that works elsewhere, 'dedicated service off site'.", &["referral-to-outside-help", "dedicated-service-off-site", "school-employed-link-role", "school-employed"], false)),
            Self::SupportInOwnNeighbourhood => Some(DeprecationNote::new("2.0.0", "De drie NJi-varianten voor het mbo zijn geen eigen soort meer, maar voorbeelden van treden op de schaal van inbedding; deze variant wordt 'verwijzing naar hulp buiten school'. Is de schoolmaatschappelijk werker in dienst van de school, kies dan met de hand ook 'schakelfunctie in dienst van de school' en 'in dienst van school of samenwerkingsverband'; dat geldt niet voor elke praktijk en wordt dus niet automatisch gedaan. Dat het om mbo gaat, staat al in het facet onderwijs.", "The three NJi variants for mbo are no longer types of their own but examples of steps on the embedding scale; this variant becomes 'referral to outside help'. When the school social worker is employed by the school, also choose 'school-employed link role' and 'employed by the school or school partnership' by hand; that does not hold for every practice and is therefore not done automatically. That the practice is in mbo is already recorded in the education facet.", &["referral-to-outside-help"], false)),
            _ => None,
        }
    }

    /// The live concepts that replace a deprecated one (empty for live concepts).
    pub const fn replaced_by(self) -> &'static [Self] {
        match self {
            Self::CareAndAdviceTeam => &[],
            Self::CareWorkerInClassroom => &[Self::EmbeddedInTeaching],
            Self::ClassAsWorkplace => &[Self::EmbeddedInTeaching],
            Self::DedicatedProviderPartnership => &[],
            Self::FixedContactFromNeighbourhoodTeam => &[Self::ScheduledPresenceAtSchool],
            Self::IntegratedEducationCareProvision => &[Self::CombinedProgramme],
            Self::MboAsNeighbourhood => &[Self::BasedAtSchool],
            Self::MunicipalYouthTeam => &[Self::DedicatedServiceOffSite],
            Self::SchoolAsWorkplace => &[Self::BasedAtSchool, Self::EmbeddedInTeaching],
            Self::SchoolEmployedConnectingRole => &[Self::ReferralToOutsideHelp, Self::DedicatedServiceOffSite],
            Self::SupportInOwnNeighbourhood => &[Self::ReferralToOutsideHelp],
            _ => &[],
        }
    }
}

crate::code::facet_code!(OrganisationModel, "organisation-model");
