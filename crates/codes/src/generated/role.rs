// @generated from taxonomy/ by `cargo xtask codegen`. Do not edit by hand.
//! Facet `role`: Rol (Role).

use crate::Lang;
use crate::DeprecationNote;

#[doc = " **Rol** (Role)"]
#[doc = " "]
#[doc = " De functies van de professionals die in jeugdhulp op school een taak hebben, aan de kant van de jeugdhulp en het sociaal domein en aan de kant van het onderwijs. Elke rol noemt het type organisatie waar de professional meestal werkt en de beroepsregistratie die erbij hoort."]
#[doc = " "]
#[doc = " The positions of the professionals who have a task in youth care at school, on the side of youth care and the social domain and on the side of education. Each role names the type of organisation where the professional usually works and the professional registration that goes with it."]
#[doc = " "]
#[doc = " A record may carry several of its concepts."]
#[derive(Copy, Clone, PartialEq, Eq, PartialOrd, Ord, Hash, Debug)]
#[non_exhaustive]
pub enum Role {
    #[doc = " **Schoolmaatschappelijk werker** (School social worker), id `school-social-worker`"]
    #[doc = " "]
    #[doc = " Sociaal werker die vanuit of op de school leerlingen en ouders kort begeleidt, zorgen signaleert, meedoet in het zorgoverleg en zo nodig doorverwijst. Werkt bij een welzijnsorganisatie, jeugdhulpaanbieder of wijkteam, of is in dienst van de school. Wie jeugdhulp onder de Jeugdwet biedt, is meestal geregistreerd bij SKJ; een BIG-registratie bestaat voor deze rol niet."]
    #[doc = " "]
    #[doc = " Social worker who, from or at the school, gives students and parents short-term support, identifies concerns, takes part in the care meeting and refers on where needed. Works for a welfare organisation, youth care provider or neighbourhood team, or is employed by the school. Those providing youth care under the Youth Act are usually registered with SKJ; there is no BIG registration for this role."]
    SchoolSocialWorker,
    #[doc = " **Jeugdhulpverlener** (Youth care worker), id `youth-care-worker`"]
    #[doc = " "]
    #[doc = " Professional die jeugdhulp biedt aan jeugdigen en gezinnen en op school leerlingen begeleidt, met groepen werkt en leraren ondersteunt. Werkt bij een jeugdhulpaanbieder. Een hbo-opgeleide jeugdhulpverlener is op grond van de norm van verantwoorde werktoedeling geregistreerd bij SKJ; een BIG-registratie is niet vereist."]
    #[doc = " "]
    #[doc = " Professional who provides youth care to young people and families and, at school, supports students, works with groups and supports teachers. Works for a youth care provider. A youth care worker with higher professional education is registered with SKJ under the standard of responsible task allocation; BIG registration is not required."]
    YouthCareWorker,
    #[doc = " **Ambulant hulpverlener** (Ambulant youth care worker), id `ambulant-youth-care-worker`"]
    #[doc = " "]
    #[doc = " Jeugdhulpverlener die hulp biedt zonder opname of verblijf, op school, bij het gezin thuis of op de eigen locatie. Werkt bij een jeugdhulpaanbieder en is als hbo-opgeleide professional geregistreerd bij SKJ; geen BIG-registratie."]
    #[doc = " "]
    #[doc = " Youth care worker who provides help without admission or residential stay, at school, in the family home or at the provider's premises. Works for a youth care provider and, as a professional with higher professional education, is registered with SKJ; no BIG registration."]
    AmbulantYouthCareWorker,
    #[doc = " **Jeugd- en gezinsprofessional in het wijkteam** (Youth and family professional in the neighbourhood team), id `neighbourhood-team-professional`"]
    #[doc = " "]
    #[doc = " Generalistische professional in het wijk- of jeugdteam van de gemeente, die gezinnen lichte hulp biedt, de regie houdt bij meervoudige problemen en zo nodig specialistische hulp inzet. Werkt bij de gemeente of een door de gemeente ingerichte wijkteamorganisatie en is geregistreerd bij SKJ; geen BIG-registratie."]
    #[doc = " "]
    #[doc = " Generalist professional in the municipality's neighbourhood or youth team, who offers families light help, coordinates in situations with multiple problems and deploys specialist help where needed. Works for the municipality or a neighbourhood team organisation set up by it and is registered with SKJ; no BIG registration."]
    NeighbourhoodTeamProfessional,
    #[doc = " **Professional in de jeugdgezondheidszorg** (Youth health care professional), id `youth-health-care-professional`"]
    #[doc = " "]
    #[doc = " Verzamelrol voor artsen en verpleegkundigen die de groei, gezondheid en ontwikkeling van alle jeugdigen volgen en op school spreekuren en contactmomenten houden. Werkt bij de GGD of een andere JGZ-organisatie en is BIG-geregistreerd; SKJ-registratie is niet de norm."]
    #[doc = " "]
    #[doc = " Umbrella role for doctors and nurses who monitor the growth, health and development of all young people and hold consultation hours and health checks at school. Works for the municipal health service (GGD) or another youth health care organisation and is BIG-registered; SKJ registration is not the norm."]
    YouthHealthCareProfessional,
    #[doc = " **Jeugdarts** (Youth doctor), id `youth-doctor`"]
    #[doc = " "]
    #[doc = " Arts in de jeugdgezondheidszorg die onder meer leerlingen met veel ziekteverzuim ziet, medische vragen duidt en mag verwijzen naar jeugdhulp. Werkt bij de GGD of een JGZ-organisatie en is als arts BIG-geregistreerd."]
    #[doc = " "]
    #[doc = " Doctor in youth health care who, among other things, sees students with frequent sickness absence, interprets medical questions and may refer to youth care. Works for the municipal health service or a youth health care organisation and is BIG-registered as a doctor."]
    YouthDoctor,
    #[doc = " **Jeugdverpleegkundige** (Youth nurse), id `youth-nurse`"]
    #[doc = " "]
    #[doc = " Verpleegkundige in de jeugdgezondheidszorg die op school contactmomenten en inloopspreekuren houdt, zorgen over gezondheid en welzijn vroeg opmerkt en leerlingen en ouders adviseert. Werkt bij de GGD of een JGZ-organisatie en is als verpleegkundige BIG-geregistreerd."]
    #[doc = " "]
    #[doc = " Nurse in youth health care who holds health checks and walk-in hours at school, notices concerns about health and well-being early and advises students and parents. Works for the municipal health service or a youth health care organisation and is BIG-registered as a nurse."]
    YouthNurse,
    #[doc = " **Gedragswetenschapper** (Behavioural scientist), id `behavioural-scientist`"]
    #[doc = " "]
    #[doc = " Academisch opgeleide professional, zoals een orthopedagoog of psycholoog, die diagnostiek doet, behandeling of begeleiding ontwerpt en leraren en hulpverleners adviseert. Werkt bij een jeugdhulpaanbieder, een samenwerkingsverband of een school. Is geregistreerd bij SKJ, of in het BIG-register als GZ-psycholoog."]
    #[doc = " "]
    #[doc = " University-trained professional, such as an educational psychologist or psychologist, who carries out assessment, designs treatment or support and advises teachers and care workers. Works for a youth care provider, a school partnership or a school. Is registered with SKJ, or in the BIG register as a healthcare psychologist."]
    BehaviouralScientist,
    #[doc = " **Orthopedagoog** (Orthopedagogue), id `orthopedagogue`"]
    #[doc = " "]
    #[doc = " Gedragswetenschapper die gespecialiseerd is in opvoedings-, leer- en ontwikkelingsproblemen en zowel in de jeugdhulp als in het onderwijs werkt, bijvoorbeeld bij een jeugdhulpaanbieder, een so-school of een samenwerkingsverband. Als orthopedagoog-generalist is hij of zij geregistreerd bij SKJ; het beroep valt niet onder de Wet BIG."]
    #[doc = " "]
    #[doc = " Behavioural scientist specialised in upbringing, learning and developmental problems, working both in youth care and in education, for example at a youth care provider, a special school or a school partnership. As a generalist orthopedagogue he or she is registered with SKJ; the profession does not fall under the BIG Act."]
    Orthopedagogue,
    #[doc = " **GZ-psycholoog** (Healthcare psychologist), id `healthcare-psychologist`"]
    #[doc = " "]
    #[doc = " Psycholoog met een wettelijk beschermde titel die diagnostiek en behandeling bij psychische problemen uitvoert en eindverantwoordelijk kan zijn voor een behandeltraject. Werkt meestal bij een aanbieder van jeugd-ggz of in een vrijgevestigde praktijk en is BIG-geregistreerd."]
    #[doc = " "]
    #[doc = " Psychologist with a legally protected title who carries out assessment and treatment of mental health problems and can hold final responsibility for a course of treatment. Usually works for a youth mental health provider or in independent practice and is BIG-registered."]
    HealthcarePsychologist,
    #[doc = " **Professional in de jeugd-ggz** (Youth mental health professional), id `youth-mental-health-professional`"]
    #[doc = " "]
    #[doc = " Professional van een aanbieder van geestelijke gezondheidszorg voor jeugd die op of vanuit school behandeling, consultatie of psycho-educatie geeft. De registratie hangt af van het beroep: BIG voor onder meer GZ-psychologen, psychotherapeuten en psychiaters, SKJ voor andere jeugdprofessionals in de ggz."]
    #[doc = " "]
    #[doc = " Professional from a youth mental health provider who provides treatment, consultation or psycho-education at or from school. Registration depends on the profession: BIG for, among others, healthcare psychologists, psychotherapists and psychiatrists, SKJ for other youth professionals in mental health care."]
    YouthMentalHealthProfessional,
    #[doc = " **Budgetcoach** (Budget coach), id `budget-coach`"]
    #[doc = " "]
    #[doc = " Begeleider die jongeren helpt met geldzaken, zoals het op orde brengen van de administratie, het aanvragen van toeslagen en het aanpakken van schulden. Werkt bij de gemeente, een welzijns- of schuldhulporganisatie of soms bij de mbo-instelling zelf. Voor deze rol bestaat geen SKJ- of BIG-registratie."]
    #[doc = " "]
    #[doc = " Adviser who helps young people with money matters, such as putting their paperwork in order, applying for allowances and tackling debts. Works for the municipality, a welfare or debt-assistance organisation or sometimes for the mbo institution itself. There is no SKJ or BIG registration for this role."]
    BudgetCoach,
    #[doc = " **Jongerenwerker** (Youth worker), id `youth-worker`"]
    #[doc = " "]
    #[doc = " Sociaal werker die jongeren opzoekt in hun vrije tijd en leefwereld, contact legt met jongeren die formele hulp mijden en activiteiten organiseert, ook in en rond de school. Werkt bij een welzijnsorganisatie. SKJ- of BIG-registratie is niet vereist; vrijwillige registratie in het Registerplein is mogelijk."]
    #[doc = " "]
    #[doc = " Social worker who seeks out young people in their leisure time and everyday life, makes contact with young people who avoid formal help and organises activities, also in and around the school. Works for a welfare organisation. SKJ or BIG registration is not required; voluntary registration in Registerplein is possible."]
    YouthWorker,
    #[doc = " **Trajectbegeleider** (Pathway counsellor), id `pathway-counsellor`"]
    #[doc = " "]
    #[doc = " Begeleider die een jongere over langere tijd helpt een plek te vinden en te houden in onderwijs of werk, vaak na uitval of bij een moeizame overstap. Werkt bij een mbo-instelling, de gemeente, een welzijnsorganisatie of een re-integratiebedrijf. Voor deze rol bestaat geen SKJ- of BIG-registratie."]
    #[doc = " "]
    #[doc = " Guide who helps a young person over a longer period to find and keep a place in education or work, often after dropping out or during a difficult transition. Works for an mbo institution, the municipality, a welfare organisation or a reintegration company. There is no SKJ or BIG registration for this role."]
    PathwayCounsellor,
    #[doc = " **Leerplichtambtenaar** (Compulsory education officer), id `compulsory-education-officer`"]
    #[doc = " "]
    #[doc = " Ambtenaar die toeziet op de naleving van de Leerplichtwet, verzuimmeldingen van scholen onderzoekt en met leerling en ouders naar oplossingen zoekt, tot en met het opmaken van een proces-verbaal. Werkt bij de gemeente, die hem of haar voor deze taak aanwijst; er is geen SKJ- of BIG-registratie."]
    #[doc = " "]
    #[doc = " Official who supervises compliance with the Compulsory Education Act, investigates absence reports from schools and looks for solutions with the student and parents, up to and including drawing up an official report. Works for the municipality, which designates him or her for this task; there is no SKJ or BIG registration."]
    CompulsoryEducationOfficer,
    #[doc = " **RMC-consulent** (RMC consultant), id `rmc-consultant`"]
    #[doc = " "]
    #[doc = " Medewerker van de regionale meld- en coördinatiefunctie die jongeren tot 23 jaar zonder startkwalificatie opspoort en helpt terug te keren naar school of naar werk. Werkt bij de contactgemeente van een RMC-regio; er is geen SKJ- of BIG-registratie."]
    #[doc = " "]
    #[doc = " Staff member of the regional reporting and coordination function who traces young people up to 23 without a basic qualification and helps them return to school or find work. Works for the contact municipality of an RMC region; there is no SKJ or BIG registration."]
    RmcConsultant,
    #[doc = " **Praktijkondersteuner jeugd** (GP practice nurse for youth), id `gp-practice-nurse-youth`"]
    #[doc = " "]
    #[doc = " Professional in of namens de huisartsenpraktijk die jeugdigen met psychosociale vragen kort begeleidt en helpt bepalen of verwijzing naar jeugdhulp nodig is. Werkt bij een huisartsenpraktijk, zorggroep of jeugdhulpaanbieder; de registratie volgt de achtergrond, meestal SKJ en soms BIG."]
    #[doc = " "]
    #[doc = " Professional in or on behalf of the GP practice who gives young people with psychosocial questions short-term support and helps decide whether referral to youth care is needed. Works for a GP practice, a primary care group or a youth care provider; registration follows the professional background, usually SKJ and sometimes BIG."]
    GpPracticeNurseYouth,
    #[doc = " **Leerkracht of docent** (Teacher), id `teacher`"]
    #[doc = " "]
    #[doc = " Degene die les geeft en het dagelijkse contact met leerlingen heeft; in het po heet dit meestal leerkracht, in vo en mbo docent. Werkt bij een school of onderwijsinstelling en heeft een onderwijsbevoegdheid, maar geen SKJ- of BIG-registratie."]
    #[doc = " "]
    #[doc = " The person who teaches and has daily contact with students; in primary education usually called leerkracht, in secondary and vocational education docent. Works for a school or educational institution and holds a teaching qualification, but no SKJ or BIG registration."]
    Teacher,
    #[doc = " **Mentor** (Mentor), id `mentor`"]
    #[doc = " "]
    #[doc = " Docent in het vo die voor een klas of groep leerlingen het eerste aanspreekpunt is voor leerlingen en ouders en de voortgang en het welbevinden volgt. Werkt bij de school; geen SKJ- of BIG-registratie."]
    #[doc = " "]
    #[doc = " Secondary school teacher who is the first point of contact for students and parents for a class or group of students and follows their progress and well-being. Works for the school; no SKJ or BIG registration."]
    Mentor,
    #[doc = " **Studieloopbaanbegeleider** (Study career counsellor), id `study-career-counsellor`"]
    #[doc = " "]
    #[doc = " Medewerker van een mbo-instelling, vaak een docent, die een groep studenten begeleidt in hun studievoortgang en loopbaankeuzes en als eerste merkt wanneer het niet goed gaat. Werkt samen met het zorgteam en, waar aanwezig, het jeugdteam op de locatie; geen SKJ- of BIG-registratie."]
    #[doc = " "]
    #[doc = " Staff member of an mbo institution, often a teacher, who guides a group of students in their study progress and career choices and is the first to notice when things are not going well. Works with the care team and, where present, the youth team on site; no SKJ or BIG registration."]
    StudyCareerCounsellor,
    #[doc = " **Intern begeleider** (Internal supervisor), id `internal-supervisor`"]
    #[doc = " "]
    #[doc = " Medewerker van een basisschool of so-school, vaak een ervaren leerkracht met aanvullende opleiding, die de leerlingenzorg coördineert, leerkrachten coacht en het contact met ouders en externe hulp onderhoudt. Werkt bij de school; geen SKJ- of BIG-registratie."]
    #[doc = " "]
    #[doc = " Staff member of a primary or special school, often an experienced teacher with additional training, who coordinates student care, coaches teachers and maintains contact with parents and external help. Works for the school; no SKJ or BIG registration."]
    InternalSupervisor,
    #[doc = " **Zorgcoördinator** (Care coordinator), id `care-coordinator`"]
    #[doc = " "]
    #[doc = " Medewerker in vo of mbo die de zorg voor leerlingen binnen de school organiseert, het zorgoverleg voorzit en de verbinding legt met externe partners zoals jeugdhulp en leerplicht. Werkt bij de school; geen SKJ- of BIG-registratie."]
    #[doc = " "]
    #[doc = " Staff member in secondary or vocational education who organises student care within the school, chairs the care meeting and links up with external partners such as youth care and the compulsory education service. Works for the school; no SKJ or BIG registration."]
    CareCoordinator,
    #[doc = " **Ondersteuningscoördinator** (Support coordinator), id `support-coordinator`"]
    #[doc = " "]
    #[doc = " Medewerker van een vo-school die de extra ondersteuning van leerlingen regelt, het ondersteuningsteam leidt en contact houdt met het samenwerkingsverband, ouders en externe hulp. Werkt bij de school; geen SKJ- of BIG-registratie."]
    #[doc = " "]
    #[doc = " Staff member of a secondary school who arranges additional support for students, leads the support team and keeps in touch with the school partnership, parents and external help. Works for the school; no SKJ or BIG registration."]
    SupportCoordinator,
    #[doc = " **Ambulant begeleider** (Ambulant educational supporter), id `ambulant-educational-supporter`"]
    #[doc = " "]
    #[doc = " Onderwijsprofessional uit het speciaal onderwijs of het samenwerkingsverband die reguliere scholen adviseert over leerlingen met een specifieke ondersteuningsbehoefte en leraren coacht. Werkt bij een so-school, een expertisecentrum of het samenwerkingsverband; geen SKJ- of BIG-registratie."]
    #[doc = " "]
    #[doc = " Education professional from special education or the school partnership who advises mainstream schools about students with a specific support need and coaches teachers. Works for a special school, an expertise centre or the school partnership; no SKJ or BIG registration."]
    AmbulantEducationalSupporter,
}

impl Role {
    /// The facet's id.
    pub const FACET: &'static str = "role";

    /// Every concept of the facet in display order, deprecated ones included.
    pub const ALL: &'static [Self] = &[
        Self::SchoolSocialWorker,
        Self::YouthCareWorker,
        Self::AmbulantYouthCareWorker,
        Self::NeighbourhoodTeamProfessional,
        Self::YouthHealthCareProfessional,
        Self::YouthDoctor,
        Self::YouthNurse,
        Self::BehaviouralScientist,
        Self::Orthopedagogue,
        Self::HealthcarePsychologist,
        Self::YouthMentalHealthProfessional,
        Self::BudgetCoach,
        Self::YouthWorker,
        Self::PathwayCounsellor,
        Self::CompulsoryEducationOfficer,
        Self::RmcConsultant,
        Self::GpPracticeNurseYouth,
        Self::Teacher,
        Self::Mentor,
        Self::StudyCareerCounsellor,
        Self::InternalSupervisor,
        Self::CareCoordinator,
        Self::SupportCoordinator,
        Self::AmbulantEducationalSupporter,
    ];

    /// The concept's permanent id.
    pub const fn id(self) -> &'static str {
        match self {
            Self::SchoolSocialWorker => "school-social-worker",
            Self::YouthCareWorker => "youth-care-worker",
            Self::AmbulantYouthCareWorker => "ambulant-youth-care-worker",
            Self::NeighbourhoodTeamProfessional => "neighbourhood-team-professional",
            Self::YouthHealthCareProfessional => "youth-health-care-professional",
            Self::YouthDoctor => "youth-doctor",
            Self::YouthNurse => "youth-nurse",
            Self::BehaviouralScientist => "behavioural-scientist",
            Self::Orthopedagogue => "orthopedagogue",
            Self::HealthcarePsychologist => "healthcare-psychologist",
            Self::YouthMentalHealthProfessional => "youth-mental-health-professional",
            Self::BudgetCoach => "budget-coach",
            Self::YouthWorker => "youth-worker",
            Self::PathwayCounsellor => "pathway-counsellor",
            Self::CompulsoryEducationOfficer => "compulsory-education-officer",
            Self::RmcConsultant => "rmc-consultant",
            Self::GpPracticeNurseYouth => "gp-practice-nurse-youth",
            Self::Teacher => "teacher",
            Self::Mentor => "mentor",
            Self::StudyCareerCounsellor => "study-career-counsellor",
            Self::InternalSupervisor => "internal-supervisor",
            Self::CareCoordinator => "care-coordinator",
            Self::SupportCoordinator => "support-coordinator",
            Self::AmbulantEducationalSupporter => "ambulant-educational-supporter",
        }
    }

    /// The preferred label in `lang`.
    pub const fn label(self, lang: Lang) -> &'static str {
        match (self, lang) {
            (Self::SchoolSocialWorker, Lang::Nl) => "Schoolmaatschappelijk werker",
            (Self::SchoolSocialWorker, Lang::En) => "School social worker",
            (Self::YouthCareWorker, Lang::Nl) => "Jeugdhulpverlener",
            (Self::YouthCareWorker, Lang::En) => "Youth care worker",
            (Self::AmbulantYouthCareWorker, Lang::Nl) => "Ambulant hulpverlener",
            (Self::AmbulantYouthCareWorker, Lang::En) => "Ambulant youth care worker",
            (Self::NeighbourhoodTeamProfessional, Lang::Nl) => "Jeugd- en gezinsprofessional in het wijkteam",
            (Self::NeighbourhoodTeamProfessional, Lang::En) => "Youth and family professional in the neighbourhood team",
            (Self::YouthHealthCareProfessional, Lang::Nl) => "Professional in de jeugdgezondheidszorg",
            (Self::YouthHealthCareProfessional, Lang::En) => "Youth health care professional",
            (Self::YouthDoctor, Lang::Nl) => "Jeugdarts",
            (Self::YouthDoctor, Lang::En) => "Youth doctor",
            (Self::YouthNurse, Lang::Nl) => "Jeugdverpleegkundige",
            (Self::YouthNurse, Lang::En) => "Youth nurse",
            (Self::BehaviouralScientist, Lang::Nl) => "Gedragswetenschapper",
            (Self::BehaviouralScientist, Lang::En) => "Behavioural scientist",
            (Self::Orthopedagogue, Lang::Nl) => "Orthopedagoog",
            (Self::Orthopedagogue, Lang::En) => "Orthopedagogue",
            (Self::HealthcarePsychologist, Lang::Nl) => "GZ-psycholoog",
            (Self::HealthcarePsychologist, Lang::En) => "Healthcare psychologist",
            (Self::YouthMentalHealthProfessional, Lang::Nl) => "Professional in de jeugd-ggz",
            (Self::YouthMentalHealthProfessional, Lang::En) => "Youth mental health professional",
            (Self::BudgetCoach, Lang::Nl) => "Budgetcoach",
            (Self::BudgetCoach, Lang::En) => "Budget coach",
            (Self::YouthWorker, Lang::Nl) => "Jongerenwerker",
            (Self::YouthWorker, Lang::En) => "Youth worker",
            (Self::PathwayCounsellor, Lang::Nl) => "Trajectbegeleider",
            (Self::PathwayCounsellor, Lang::En) => "Pathway counsellor",
            (Self::CompulsoryEducationOfficer, Lang::Nl) => "Leerplichtambtenaar",
            (Self::CompulsoryEducationOfficer, Lang::En) => "Compulsory education officer",
            (Self::RmcConsultant, Lang::Nl) => "RMC-consulent",
            (Self::RmcConsultant, Lang::En) => "RMC consultant",
            (Self::GpPracticeNurseYouth, Lang::Nl) => "Praktijkondersteuner jeugd",
            (Self::GpPracticeNurseYouth, Lang::En) => "GP practice nurse for youth",
            (Self::Teacher, Lang::Nl) => "Leerkracht of docent",
            (Self::Teacher, Lang::En) => "Teacher",
            (Self::Mentor, Lang::Nl) => "Mentor",
            (Self::Mentor, Lang::En) => "Mentor",
            (Self::StudyCareerCounsellor, Lang::Nl) => "Studieloopbaanbegeleider",
            (Self::StudyCareerCounsellor, Lang::En) => "Study career counsellor",
            (Self::InternalSupervisor, Lang::Nl) => "Intern begeleider",
            (Self::InternalSupervisor, Lang::En) => "Internal supervisor",
            (Self::CareCoordinator, Lang::Nl) => "Zorgcoördinator",
            (Self::CareCoordinator, Lang::En) => "Care coordinator",
            (Self::SupportCoordinator, Lang::Nl) => "Ondersteuningscoördinator",
            (Self::SupportCoordinator, Lang::En) => "Support coordinator",
            (Self::AmbulantEducationalSupporter, Lang::Nl) => "Ambulant begeleider",
            (Self::AmbulantEducationalSupporter, Lang::En) => "Ambulant educational supporter",
        }
    }

    /// The definition in `lang` (Markdown).
    pub const fn definition(self, lang: Lang) -> &'static str {
        match (self, lang) {
            (Self::SchoolSocialWorker, Lang::Nl) => "Sociaal werker die vanuit of op de school leerlingen en ouders kort begeleidt, zorgen signaleert, meedoet in het zorgoverleg en zo nodig doorverwijst. Werkt bij een welzijnsorganisatie, jeugdhulpaanbieder of wijkteam, of is in dienst van de school. Wie jeugdhulp onder de Jeugdwet biedt, is meestal geregistreerd bij SKJ; een BIG-registratie bestaat voor deze rol niet.",
            (Self::SchoolSocialWorker, Lang::En) => "Social worker who, from or at the school, gives students and parents short-term support, identifies concerns, takes part in the care meeting and refers on where needed. Works for a welfare organisation, youth care provider or neighbourhood team, or is employed by the school. Those providing youth care under the Youth Act are usually registered with SKJ; there is no BIG registration for this role.",
            (Self::YouthCareWorker, Lang::Nl) => "Professional die jeugdhulp biedt aan jeugdigen en gezinnen en op school leerlingen begeleidt, met groepen werkt en leraren ondersteunt. Werkt bij een jeugdhulpaanbieder. Een hbo-opgeleide jeugdhulpverlener is op grond van de norm van verantwoorde werktoedeling geregistreerd bij SKJ; een BIG-registratie is niet vereist.",
            (Self::YouthCareWorker, Lang::En) => "Professional who provides youth care to young people and families and, at school, supports students, works with groups and supports teachers. Works for a youth care provider. A youth care worker with higher professional education is registered with SKJ under the standard of responsible task allocation; BIG registration is not required.",
            (Self::AmbulantYouthCareWorker, Lang::Nl) => "Jeugdhulpverlener die hulp biedt zonder opname of verblijf, op school, bij het gezin thuis of op de eigen locatie. Werkt bij een jeugdhulpaanbieder en is als hbo-opgeleide professional geregistreerd bij SKJ; geen BIG-registratie.",
            (Self::AmbulantYouthCareWorker, Lang::En) => "Youth care worker who provides help without admission or residential stay, at school, in the family home or at the provider's premises. Works for a youth care provider and, as a professional with higher professional education, is registered with SKJ; no BIG registration.",
            (Self::NeighbourhoodTeamProfessional, Lang::Nl) => "Generalistische professional in het wijk- of jeugdteam van de gemeente, die gezinnen lichte hulp biedt, de regie houdt bij meervoudige problemen en zo nodig specialistische hulp inzet. Werkt bij de gemeente of een door de gemeente ingerichte wijkteamorganisatie en is geregistreerd bij SKJ; geen BIG-registratie.",
            (Self::NeighbourhoodTeamProfessional, Lang::En) => "Generalist professional in the municipality's neighbourhood or youth team, who offers families light help, coordinates in situations with multiple problems and deploys specialist help where needed. Works for the municipality or a neighbourhood team organisation set up by it and is registered with SKJ; no BIG registration.",
            (Self::YouthHealthCareProfessional, Lang::Nl) => "Verzamelrol voor artsen en verpleegkundigen die de groei, gezondheid en ontwikkeling van alle jeugdigen volgen en op school spreekuren en contactmomenten houden. Werkt bij de GGD of een andere JGZ-organisatie en is BIG-geregistreerd; SKJ-registratie is niet de norm.",
            (Self::YouthHealthCareProfessional, Lang::En) => "Umbrella role for doctors and nurses who monitor the growth, health and development of all young people and hold consultation hours and health checks at school. Works for the municipal health service (GGD) or another youth health care organisation and is BIG-registered; SKJ registration is not the norm.",
            (Self::YouthDoctor, Lang::Nl) => "Arts in de jeugdgezondheidszorg die onder meer leerlingen met veel ziekteverzuim ziet, medische vragen duidt en mag verwijzen naar jeugdhulp. Werkt bij de GGD of een JGZ-organisatie en is als arts BIG-geregistreerd.",
            (Self::YouthDoctor, Lang::En) => "Doctor in youth health care who, among other things, sees students with frequent sickness absence, interprets medical questions and may refer to youth care. Works for the municipal health service or a youth health care organisation and is BIG-registered as a doctor.",
            (Self::YouthNurse, Lang::Nl) => "Verpleegkundige in de jeugdgezondheidszorg die op school contactmomenten en inloopspreekuren houdt, zorgen over gezondheid en welzijn vroeg opmerkt en leerlingen en ouders adviseert. Werkt bij de GGD of een JGZ-organisatie en is als verpleegkundige BIG-geregistreerd.",
            (Self::YouthNurse, Lang::En) => "Nurse in youth health care who holds health checks and walk-in hours at school, notices concerns about health and well-being early and advises students and parents. Works for the municipal health service or a youth health care organisation and is BIG-registered as a nurse.",
            (Self::BehaviouralScientist, Lang::Nl) => "Academisch opgeleide professional, zoals een orthopedagoog of psycholoog, die diagnostiek doet, behandeling of begeleiding ontwerpt en leraren en hulpverleners adviseert. Werkt bij een jeugdhulpaanbieder, een samenwerkingsverband of een school. Is geregistreerd bij SKJ, of in het BIG-register als GZ-psycholoog.",
            (Self::BehaviouralScientist, Lang::En) => "University-trained professional, such as an educational psychologist or psychologist, who carries out assessment, designs treatment or support and advises teachers and care workers. Works for a youth care provider, a school partnership or a school. Is registered with SKJ, or in the BIG register as a healthcare psychologist.",
            (Self::Orthopedagogue, Lang::Nl) => "Gedragswetenschapper die gespecialiseerd is in opvoedings-, leer- en ontwikkelingsproblemen en zowel in de jeugdhulp als in het onderwijs werkt, bijvoorbeeld bij een jeugdhulpaanbieder, een so-school of een samenwerkingsverband. Als orthopedagoog-generalist is hij of zij geregistreerd bij SKJ; het beroep valt niet onder de Wet BIG.",
            (Self::Orthopedagogue, Lang::En) => "Behavioural scientist specialised in upbringing, learning and developmental problems, working both in youth care and in education, for example at a youth care provider, a special school or a school partnership. As a generalist orthopedagogue he or she is registered with SKJ; the profession does not fall under the BIG Act.",
            (Self::HealthcarePsychologist, Lang::Nl) => "Psycholoog met een wettelijk beschermde titel die diagnostiek en behandeling bij psychische problemen uitvoert en eindverantwoordelijk kan zijn voor een behandeltraject. Werkt meestal bij een aanbieder van jeugd-ggz of in een vrijgevestigde praktijk en is BIG-geregistreerd.",
            (Self::HealthcarePsychologist, Lang::En) => "Psychologist with a legally protected title who carries out assessment and treatment of mental health problems and can hold final responsibility for a course of treatment. Usually works for a youth mental health provider or in independent practice and is BIG-registered.",
            (Self::YouthMentalHealthProfessional, Lang::Nl) => "Professional van een aanbieder van geestelijke gezondheidszorg voor jeugd die op of vanuit school behandeling, consultatie of psycho-educatie geeft. De registratie hangt af van het beroep: BIG voor onder meer GZ-psychologen, psychotherapeuten en psychiaters, SKJ voor andere jeugdprofessionals in de ggz.",
            (Self::YouthMentalHealthProfessional, Lang::En) => "Professional from a youth mental health provider who provides treatment, consultation or psycho-education at or from school. Registration depends on the profession: BIG for, among others, healthcare psychologists, psychotherapists and psychiatrists, SKJ for other youth professionals in mental health care.",
            (Self::BudgetCoach, Lang::Nl) => "Begeleider die jongeren helpt met geldzaken, zoals het op orde brengen van de administratie, het aanvragen van toeslagen en het aanpakken van schulden. Werkt bij de gemeente, een welzijns- of schuldhulporganisatie of soms bij de mbo-instelling zelf. Voor deze rol bestaat geen SKJ- of BIG-registratie.",
            (Self::BudgetCoach, Lang::En) => "Adviser who helps young people with money matters, such as putting their paperwork in order, applying for allowances and tackling debts. Works for the municipality, a welfare or debt-assistance organisation or sometimes for the mbo institution itself. There is no SKJ or BIG registration for this role.",
            (Self::YouthWorker, Lang::Nl) => "Sociaal werker die jongeren opzoekt in hun vrije tijd en leefwereld, contact legt met jongeren die formele hulp mijden en activiteiten organiseert, ook in en rond de school. Werkt bij een welzijnsorganisatie. SKJ- of BIG-registratie is niet vereist; vrijwillige registratie in het Registerplein is mogelijk.",
            (Self::YouthWorker, Lang::En) => "Social worker who seeks out young people in their leisure time and everyday life, makes contact with young people who avoid formal help and organises activities, also in and around the school. Works for a welfare organisation. SKJ or BIG registration is not required; voluntary registration in Registerplein is possible.",
            (Self::PathwayCounsellor, Lang::Nl) => "Begeleider die een jongere over langere tijd helpt een plek te vinden en te houden in onderwijs of werk, vaak na uitval of bij een moeizame overstap. Werkt bij een mbo-instelling, de gemeente, een welzijnsorganisatie of een re-integratiebedrijf. Voor deze rol bestaat geen SKJ- of BIG-registratie.",
            (Self::PathwayCounsellor, Lang::En) => "Guide who helps a young person over a longer period to find and keep a place in education or work, often after dropping out or during a difficult transition. Works for an mbo institution, the municipality, a welfare organisation or a reintegration company. There is no SKJ or BIG registration for this role.",
            (Self::CompulsoryEducationOfficer, Lang::Nl) => "Ambtenaar die toeziet op de naleving van de Leerplichtwet, verzuimmeldingen van scholen onderzoekt en met leerling en ouders naar oplossingen zoekt, tot en met het opmaken van een proces-verbaal. Werkt bij de gemeente, die hem of haar voor deze taak aanwijst; er is geen SKJ- of BIG-registratie.",
            (Self::CompulsoryEducationOfficer, Lang::En) => "Official who supervises compliance with the Compulsory Education Act, investigates absence reports from schools and looks for solutions with the student and parents, up to and including drawing up an official report. Works for the municipality, which designates him or her for this task; there is no SKJ or BIG registration.",
            (Self::RmcConsultant, Lang::Nl) => "Medewerker van de regionale meld- en coördinatiefunctie die jongeren tot 23 jaar zonder startkwalificatie opspoort en helpt terug te keren naar school of naar werk. Werkt bij de contactgemeente van een RMC-regio; er is geen SKJ- of BIG-registratie.",
            (Self::RmcConsultant, Lang::En) => "Staff member of the regional reporting and coordination function who traces young people up to 23 without a basic qualification and helps them return to school or find work. Works for the contact municipality of an RMC region; there is no SKJ or BIG registration.",
            (Self::GpPracticeNurseYouth, Lang::Nl) => "Professional in of namens de huisartsenpraktijk die jeugdigen met psychosociale vragen kort begeleidt en helpt bepalen of verwijzing naar jeugdhulp nodig is. Werkt bij een huisartsenpraktijk, zorggroep of jeugdhulpaanbieder; de registratie volgt de achtergrond, meestal SKJ en soms BIG.",
            (Self::GpPracticeNurseYouth, Lang::En) => "Professional in or on behalf of the GP practice who gives young people with psychosocial questions short-term support and helps decide whether referral to youth care is needed. Works for a GP practice, a primary care group or a youth care provider; registration follows the professional background, usually SKJ and sometimes BIG.",
            (Self::Teacher, Lang::Nl) => "Degene die les geeft en het dagelijkse contact met leerlingen heeft; in het po heet dit meestal leerkracht, in vo en mbo docent. Werkt bij een school of onderwijsinstelling en heeft een onderwijsbevoegdheid, maar geen SKJ- of BIG-registratie.",
            (Self::Teacher, Lang::En) => "The person who teaches and has daily contact with students; in primary education usually called leerkracht, in secondary and vocational education docent. Works for a school or educational institution and holds a teaching qualification, but no SKJ or BIG registration.",
            (Self::Mentor, Lang::Nl) => "Docent in het vo die voor een klas of groep leerlingen het eerste aanspreekpunt is voor leerlingen en ouders en de voortgang en het welbevinden volgt. Werkt bij de school; geen SKJ- of BIG-registratie.",
            (Self::Mentor, Lang::En) => "Secondary school teacher who is the first point of contact for students and parents for a class or group of students and follows their progress and well-being. Works for the school; no SKJ or BIG registration.",
            (Self::StudyCareerCounsellor, Lang::Nl) => "Medewerker van een mbo-instelling, vaak een docent, die een groep studenten begeleidt in hun studievoortgang en loopbaankeuzes en als eerste merkt wanneer het niet goed gaat. Werkt samen met het zorgteam en, waar aanwezig, het jeugdteam op de locatie; geen SKJ- of BIG-registratie.",
            (Self::StudyCareerCounsellor, Lang::En) => "Staff member of an mbo institution, often a teacher, who guides a group of students in their study progress and career choices and is the first to notice when things are not going well. Works with the care team and, where present, the youth team on site; no SKJ or BIG registration.",
            (Self::InternalSupervisor, Lang::Nl) => "Medewerker van een basisschool of so-school, vaak een ervaren leerkracht met aanvullende opleiding, die de leerlingenzorg coördineert, leerkrachten coacht en het contact met ouders en externe hulp onderhoudt. Werkt bij de school; geen SKJ- of BIG-registratie.",
            (Self::InternalSupervisor, Lang::En) => "Staff member of a primary or special school, often an experienced teacher with additional training, who coordinates student care, coaches teachers and maintains contact with parents and external help. Works for the school; no SKJ or BIG registration.",
            (Self::CareCoordinator, Lang::Nl) => "Medewerker in vo of mbo die de zorg voor leerlingen binnen de school organiseert, het zorgoverleg voorzit en de verbinding legt met externe partners zoals jeugdhulp en leerplicht. Werkt bij de school; geen SKJ- of BIG-registratie.",
            (Self::CareCoordinator, Lang::En) => "Staff member in secondary or vocational education who organises student care within the school, chairs the care meeting and links up with external partners such as youth care and the compulsory education service. Works for the school; no SKJ or BIG registration.",
            (Self::SupportCoordinator, Lang::Nl) => "Medewerker van een vo-school die de extra ondersteuning van leerlingen regelt, het ondersteuningsteam leidt en contact houdt met het samenwerkingsverband, ouders en externe hulp. Werkt bij de school; geen SKJ- of BIG-registratie.",
            (Self::SupportCoordinator, Lang::En) => "Staff member of a secondary school who arranges additional support for students, leads the support team and keeps in touch with the school partnership, parents and external help. Works for the school; no SKJ or BIG registration.",
            (Self::AmbulantEducationalSupporter, Lang::Nl) => "Onderwijsprofessional uit het speciaal onderwijs of het samenwerkingsverband die reguliere scholen adviseert over leerlingen met een specifieke ondersteuningsbehoefte en leraren coacht. Werkt bij een so-school, een expertisecentrum of het samenwerkingsverband; geen SKJ- of BIG-registratie.",
            (Self::AmbulantEducationalSupporter, Lang::En) => "Education professional from special education or the school partnership who advises mainstream schools about students with a specific support need and coaches teachers. Works for a special school, an expertise centre or the school partnership; no SKJ or BIG registration.",
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

crate::code::facet_code!(Role, "role");
