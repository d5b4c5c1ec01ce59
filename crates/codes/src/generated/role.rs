// @generated from taxonomy/ by `cargo xtask codegen`. Do not edit by hand.
//! Facet `role`: Rol (Role).

use crate::Lang;
use crate::DeprecationNote;

#[doc = " **Rol** (Role)"]
#[doc = " "]
#[doc = " De functies van de professionals die in jeugdhulp op school een taak hebben, aan de kant van de jeugdhulp en het sociaal domein en aan de kant van het onderwijs. Elke rol noemt het type organisatie waar de professional meestal werkt. Voor jeugdhulpaanbieders en lokale teams geldt de norm van verantwoorde werktoedeling: wanneer de taken dat vragen, zetten zij een professional in die in het Kwaliteitsregister Jeugd (SKJ) of het BIG-register staat; één van beide registraties volstaat. Of registratie nodig is, hangt dus af van het werk en de werkgever, niet van de functienaam alleen."]
#[doc = " "]
#[doc = " The positions of the professionals who have a task in youth care at school, on the side of youth care and the social domain and on the side of education. Each role names the type of organisation where the professional usually works. Youth care providers and local teams are bound by the standard of responsible task allocation (norm van verantwoorde werktoedeling): when the tasks require it, they deploy a professional listed in the Youth Quality Register (SKJ) or the BIG register; either registration is enough. Whether registration is needed therefore depends on the work and the employer, not on the job title alone."]
#[doc = " "]
#[doc = " A record may carry several of its concepts."]
#[derive(Copy, Clone, PartialEq, Eq, PartialOrd, Ord, Hash, Debug)]
#[non_exhaustive]
pub enum Role {
    #[doc = " **Schoolmaatschappelijk werker** (School social worker), id `school-social-worker`"]
    #[doc = " "]
    #[doc = " Sociaal werker die vanuit of op de school leerlingen en ouders kort begeleidt, zorgen signaleert, meedoet in het zorgoverleg en zo nodig doorverwijst. Werkt bij een welzijnsorganisatie, jeugdhulpaanbieder of wijkteam, of is in dienst van de school. Wie het werk namens een jeugdhulpaanbieder of wijkteam doet, werkt als SKJ- of BIG-geregistreerde professional wanneer de taken dat vragen (norm van verantwoorde werktoedeling); een schoolmaatschappelijk werker in dienst van de school valt buiten die norm."]
    #[doc = " "]
    #[doc = " Social worker who, from or at the school, gives pupils and parents short-term support, identifies concerns, takes part in the care meeting and refers on where needed. Works for a welfare organisation, youth care provider or neighbourhood team, or is employed by the school. Someone who does the work for a youth care provider or neighbourhood team works as an SKJ- or BIG-registered professional when the tasks require it (standard of responsible task allocation); a school social worker employed by the school falls outside that standard."]
    SchoolSocialWorker,
    #[doc = " **Jeugdhulpverlener** (Youth care worker), id `youth-care-worker`"]
    #[doc = " "]
    #[doc = " Professional die jeugdhulp biedt aan jeugdigen en gezinnen en op school leerlingen begeleidt, met groepen werkt en leraren ondersteunt. Werkt bij een jeugdhulpaanbieder. Wanneer de taken dat vragen (norm van verantwoorde werktoedeling), werkt een hbo-opgeleide jeugdhulpverlener als geregistreerde jeugd- en gezinsprofessional bij SKJ; een BIG-registratie geldt als gelijkwaardig alternatief."]
    #[doc = " "]
    #[doc = " Professional who provides youth care to young people and families and, at school, supports pupils, works with groups and supports teachers. Works for a youth care provider. When the tasks require it (standard of responsible task allocation), a youth care worker with higher professional education works as a registered youth and family professional with SKJ; BIG registration counts as an equal alternative."]
    YouthCareWorker,
    #[doc = " **Ambulant hulpverlener** (Outreach youth care worker), id `ambulant-youth-care-worker`"]
    #[doc = " "]
    #[doc = " Jeugdhulpverlener die hulp biedt zonder opname of verblijf: de jongere woont thuis en krijgt de hulp op school, bij het gezin thuis of op de locatie van de aanbieder. Werkt bij een jeugdhulpaanbieder en werkt als SKJ- of BIG-geregistreerde professional wanneer de taken dat vragen."]
    #[doc = " "]
    #[doc = " Youth care worker who provides help without admission or residential stay: the young person lives at home and receives the help at school, in the family home or at the provider's premises. Works for a youth care provider and works as an SKJ- or BIG-registered professional when the tasks require it."]
    AmbulantYouthCareWorker,
    #[doc = " **Jeugd- en gezinsprofessional in het wijkteam** (Youth and family professional in the neighbourhood team), id `neighbourhood-team-professional`"]
    #[doc = " "]
    #[doc = " Generalistische professional in het wijk-, buurt- of jeugdteam van de gemeente, die gezinnen lichte hulp biedt, de regie houdt bij meervoudige problemen en zo nodig specialistische hulp inzet; in veel gemeenten heeft hij een vaste plek of vaste contactrol op een school. Werkt bij de gemeente of een door de gemeente ingerichte wijkteamorganisatie. Het team valt onder de norm van verantwoorde werktoedeling: wanneer de taken dat vragen, werkt de professional met een SKJ- of BIG-registratie; in wijkteams werken ook BIG-geregistreerde verpleegkundigen of psychologen."]
    #[doc = " "]
    #[doc = " Generalist professional in the municipality's neighbourhood or youth team, who offers families light help, coordinates in situations with multiple problems and deploys specialist help where needed; in many municipalities they have a fixed place or fixed contact role at a school. Works for the municipality or a neighbourhood team organisation set up by it. The team falls under the standard of responsible task allocation: when the tasks require it, the professional works with SKJ or BIG registration; neighbourhood teams also include BIG-registered nurses or psychologists."]
    NeighbourhoodTeamProfessional,
    #[doc = " **Professional in de jeugdgezondheidszorg** (Youth health care professional), id `youth-health-care-professional`"]
    #[doc = " "]
    #[doc = " Verzamelrol voor artsen en verpleegkundigen van de jeugdgezondheidszorg, die gemeenten op grond van de Wet publieke gezondheid laten uitvoeren: zij volgen de groei, gezondheid en ontwikkeling van alle kinderen en jongeren (de Rijksoverheid noemt de leeftijd 0 tot 19 jaar) en houden op school spreekuren en contactmomenten. Werkt bij de GGD of een andere JGZ-organisatie; artsen en verpleegkundigen staan als zodanig in het BIG-register."]
    #[doc = " "]
    #[doc = " Umbrella role for the doctors and nurses of youth health care, which municipalities must have carried out under the Public Health Act: they monitor the growth, health and development of all children and young people (central government gives the age range as 0 to 19) and hold consultation hours and health checks at school. Works for the municipal health service (GGD) or another youth health care organisation; doctors and nurses are listed as such in the BIG register."]
    YouthHealthCareProfessional,
    #[doc = " **Jeugdarts** (Youth health doctor), id `youth-doctor`"]
    #[doc = " "]
    #[doc = " Arts in de jeugdgezondheidszorg die onder meer leerlingen met veel ziekteverzuim ziet, medische vragen duidt en, net als huisarts en medisch specialist, rechtstreeks mag verwijzen naar jeugdhulp. Werkt bij de GGD of een JGZ-organisatie en staat als arts in het BIG-register."]
    #[doc = " "]
    #[doc = " Doctor in youth health care who, among other things, sees pupils with frequent sickness absence, interprets medical questions and, like the GP and the medical specialist, may refer directly to youth care. Works for the municipal health service or a youth health care organisation and is listed as a doctor in the BIG register."]
    YouthDoctor,
    #[doc = " **Jeugdverpleegkundige** (Youth nurse), id `youth-nurse`"]
    #[doc = " "]
    #[doc = " Verpleegkundige in de jeugdgezondheidszorg die op school contactmomenten en inloopspreekuren houdt, zorgen over gezondheid en welzijn vroeg opmerkt en leerlingen en ouders adviseert. Werkt bij de GGD of een JGZ-organisatie en staat als verpleegkundige in het BIG-register."]
    #[doc = " "]
    #[doc = " Nurse in youth health care who holds health checks and walk-in hours at school, notices concerns about health and well-being early and advises pupils and parents. Works for the municipal health service or a youth health care organisation and is listed as a nurse in the BIG register."]
    YouthNurse,
    #[doc = " **Gedragswetenschapper** (Psychologist or educationalist (behavioural specialist)), id `behavioural-scientist`"]
    #[doc = " "]
    #[doc = " Academisch opgeleide professional, zoals een orthopedagoog, pedagoog of psycholoog, die diagnostiek doet, behandeling of begeleiding ontwerpt en leraren en hulpverleners adviseert. Werkt bij een jeugdhulpaanbieder, een samenwerkingsverband of een school. Registratie hangt af van beroep en taken: bij SKJ als pedagoog of psycholoog, of in het BIG-register, bijvoorbeeld als gezondheidszorgpsycholoog, orthopedagoog-generalist of psychotherapeut; één van beide registraties volstaat."]
    #[doc = " "]
    #[doc = " University-trained professional, such as a special needs educationalist, educationalist or psychologist, who carries out assessment, designs treatment or support and advises teachers and care workers. Works for a youth care provider, a school partnership or a school. Registration depends on profession and tasks: with SKJ as an educationalist or psychologist, or in the BIG register, for example as a healthcare psychologist, generalist orthopedagoog or psychotherapist; either registration is enough."]
    BehaviouralScientist,
    #[doc = " **Orthopedagoog** (Special needs educationalist (orthopedagoog)), id `orthopedagogue`"]
    #[doc = " "]
    #[doc = " Gedragswetenschapper met een masteropleiding orthopedagogiek, gespecialiseerd in opvoedings-, leer- en ontwikkelingsproblemen, die zowel in de jeugdhulp als in het onderwijs werkt, bijvoorbeeld bij een jeugdhulpaanbieder, een so-school, een school of een samenwerkingsverband. In de jeugdhulp staat een orthopedagoog meestal als pedagoog bij SKJ geregistreerd wanneer de taken dat vragen; wie de postmasteropleiding heeft afgerond, kan als orthopedagoog-generalist (`generalist-orthopedagogue`) in het BIG-register staan."]
    #[doc = " "]
    #[doc = " Behavioural specialist with a master's degree in special needs education (orthopedagogiek), specialised in upbringing, learning and developmental problems, who works in youth care and in education alike, for example at a youth care provider, a special school, a school or a school partnership. In youth care an orthopedagoog is usually registered with SKJ as an educationalist when the tasks require it; someone who has completed the post-master training can be listed in the BIG register as a generalist orthopedagoog (`generalist-orthopedagogue`)."]
    Orthopedagogue,
    #[doc = " **Orthopedagoog-generalist** (Generalist orthopedagoog (BIG-registered)), id `generalist-orthopedagogue`"]
    #[doc = " "]
    #[doc = " Orthopedagoog met een erkende postmasteropleiding die sinds 1 januari 2020 een beroep is volgens artikel 3 van de Wet BIG, met een wettelijk beschermde titel. Hij of zij doet diagnostiek en behandeling bij kinderen, jongeren en hun opvoeders en kan eindverantwoordelijk zijn voor een behandeltraject. Werkt bij een jeugdhulpaanbieder, in de jeugd-ggz, in een eigen praktijk of in het onderwijs. Met de BIG-registratie is een aparte SKJ-registratie niet nodig."]
    #[doc = " "]
    #[doc = " Orthopedagoog with a recognised post-master training who, since 1 January 2020, holds a profession under article 3 of the BIG Act, with a legally protected title. He or she carries out assessment and treatment with children, young people and their carers and can hold final responsibility for a course of treatment. Works for a youth care provider, in youth mental health care, in independent practice or in education. With BIG registration, a separate SKJ registration is not needed."]
    GeneralistOrthopedagogue,
    #[doc = " **GZ-psycholoog** (Healthcare psychologist), id `healthcare-psychologist`"]
    #[doc = " "]
    #[doc = " Psycholoog met een wettelijk beschermde titel volgens artikel 3 van de Wet BIG, die diagnostiek en behandeling bij psychische problemen uitvoert en eindverantwoordelijk kan zijn voor een behandeltraject. Werkt meestal bij een aanbieder van jeugd-ggz of in een vrijgevestigde praktijk en staat in het BIG-register."]
    #[doc = " "]
    #[doc = " Psychologist with a legally protected title under article 3 of the BIG Act, who carries out assessment and treatment of mental health problems and can hold final responsibility for a course of treatment. Usually works for a youth mental health provider or in independent practice and is listed in the BIG register."]
    HealthcarePsychologist,
    #[doc = " **Professional in de jeugd-ggz** (Youth mental health professional), id `youth-mental-health-professional`"]
    #[doc = " "]
    #[doc = " Professional van een aanbieder van geestelijke gezondheidszorg voor jeugd die op of vanuit school behandeling, consultatie of psycho-educatie geeft. De registratie hangt af van het beroep: BIG voor onder meer GZ-psychologen, orthopedagogen-generalist, psychotherapeuten en psychiaters, SKJ voor andere jeugdprofessionals in de ggz."]
    #[doc = " "]
    #[doc = " Professional from a youth mental health provider who provides treatment, consultation or psycho-education at or from school. Registration depends on the profession: BIG for, among others, healthcare psychologists, generalist orthopedagogen, psychotherapists and psychiatrists, SKJ for other youth professionals in mental health care."]
    YouthMentalHealthProfessional,
    #[doc = " **Budgetcoach** (Budget coach), id `budget-coach`"]
    #[doc = " "]
    #[doc = " Begeleider die jongeren helpt met geldzaken, zoals het op orde brengen van de administratie, het aanvragen van toeslagen en het aanpakken van schulden. Werkt bij de gemeente, een welzijns- of schuldhulporganisatie of soms bij de mbo-instelling zelf. Er geldt geen registratieplicht bij SKJ of BIG."]
    #[doc = " "]
    #[doc = " Adviser who helps young people with money matters, such as putting their paperwork in order, applying for allowances and tackling debts. Works for the municipality, a welfare or debt-assistance organisation or sometimes for the mbo institution itself. No SKJ or BIG registration applies."]
    BudgetCoach,
    #[doc = " **Jongerenwerker** (Youth worker), id `youth-worker`"]
    #[doc = " "]
    #[doc = " Sociaal werker die jongeren opzoekt in hun vrije tijd en leefwereld, een langdurige relatie met hen opbouwt, contact legt met jongeren die formele hulp mijden en activiteiten organiseert, ook in en rond de school. Werkt bij een welzijnsorganisatie. SKJ- of BIG-registratie is niet vereist; sinds 2022 bestaat bij Registerplein een vrijwillig register voor kinder- en jongerenwerkers."]
    #[doc = " "]
    #[doc = " Social worker who seeks out young people in their leisure time and everyday life, builds a lasting relationship with them, makes contact with young people who avoid formal help and organises activities, also in and around the school. Works for a welfare organisation. SKJ or BIG registration is not required; since 2022 Registerplein has a voluntary register for children's and youth workers."]
    YouthWorker,
    #[doc = " **Trajectbegeleider** (Pathway counsellor), id `pathway-counsellor`"]
    #[doc = " "]
    #[doc = " Begeleider die een jongere over langere tijd helpt een plek te vinden en te houden in onderwijs of werk, vaak na uitval of bij een moeizame overstap. Werkt bij een mbo-instelling, de gemeente, een welzijnsorganisatie of een re-integratiebedrijf. Er geldt geen registratieplicht bij SKJ of BIG."]
    #[doc = " "]
    #[doc = " Guide who helps a young person over a longer period to find and keep a place in education or work, often after dropping out or during a difficult transition. Works for an mbo institution, the municipality, a welfare organisation or a reintegration company. No SKJ or BIG registration applies."]
    PathwayCounsellor,
    #[doc = " **Leerplichtambtenaar** (School attendance officer), id `compulsory-education-officer`"]
    #[doc = " "]
    #[doc = " Ambtenaar die toeziet op de naleving van de Leerplichtwet, inclusief de kwalificatieplicht, verzuimmeldingen van scholen onderzoekt en met leerling en ouders afspraken maakt over terugkeer en zo nodig hulp; als dat niet helpt, kan hij of zij een proces-verbaal opmaken. Werkt bij de gemeente of een regionaal bureau leerplicht. Er geldt geen SKJ- of BIG-registratie; registratie in het Landelijk Kwaliteitsregister Leerplicht en RMC van Ingrado is mogelijk."]
    #[doc = " "]
    #[doc = " Official who supervises compliance with the Compulsory Education Act, including the duty to stay in education until qualified, investigates absence reports from schools and makes agreements with the pupil and parents about returning and, where needed, about help; if that does not work, he or she can file an official report. Works for the municipality or a regional attendance office. No SKJ or BIG registration applies; registration in Ingrado's national quality register for attendance and RMC staff is possible."]
    CompulsoryEducationOfficer,
    #[doc = " **RMC-consulent** (RMC consultant), id `rmc-consultant`"]
    #[doc = " "]
    #[doc = " Medewerker van het Doorstroompunt, tot 2023 de regionale meld- en coördinatiefunctie voortijdig schoolverlaten (RMC), die jongeren vanaf 18 jaar zonder startkwalificatie in beeld houdt en begeleidt naar opleiding, werk of een andere passende plek; jongere jongeren vallen onder leerplicht of kwalificatieplicht. De bovengrens was 23 jaar; met de Wet van school naar duurzaam werk gaat die naar 27 jaar. Werkt voor de gemeenten van een regio, vaak bij de contactgemeente. Er geldt geen SKJ- of BIG-registratie."]
    #[doc = " "]
    #[doc = " Staff member of the Doorstroompunt (until 2023 the regional reporting and coordination function for early school leaving, RMC) who keeps track of young people from 18 without a basic qualification and guides them to a course, work or another suitable place; younger people fall under compulsory education or the duty to stay in education until qualified. The upper age limit was 23; the School to Sustainable Work Act raises it to 27. Works for the municipalities of a region, often at the contact municipality. No SKJ or BIG registration applies."]
    RmcConsultant,
    #[doc = " **Praktijkondersteuner jeugd** (GP practice nurse for youth), id `gp-practice-nurse-youth`"]
    #[doc = " "]
    #[doc = " Professional in of namens de huisartsenpraktijk die psychosociale problemen bij jeugdigen vroeg onderkent, zo mogelijk kort begeleidt en helpt bepalen of verwijzing naar jeugdhulp nodig is. Is in dienst van de huisarts, gedetacheerd vanuit een ggz-instelling of wijkteam, of werkt als zelfstandige; de registratie volgt de achtergrond, meestal SKJ en soms BIG."]
    #[doc = " "]
    #[doc = " Professional in or on behalf of the GP practice who recognises psychosocial problems in young people early, gives short-term support where possible and helps decide whether referral to youth care is needed. Is employed by the GP, seconded from a mental health provider or neighbourhood team, or self-employed; registration follows the professional background, usually SKJ and sometimes BIG."]
    GpPracticeNurseYouth,
    #[doc = " **Leerkracht of docent** (Teacher), id `teacher`"]
    #[doc = " "]
    #[doc = " Degene die les geeft en het dagelijkse contact met leerlingen heeft; in het po heet dit meestal leerkracht, in vo en mbo docent. Werkt bij een school of onderwijsinstelling en heeft een onderwijsbevoegdheid; een SKJ- of BIG-registratie hoort niet bij deze functie."]
    #[doc = " "]
    #[doc = " The person who teaches and has daily contact with pupils; in primary education usually called leerkracht, in secondary and vocational education docent. Works for a school or educational institution and holds a teaching qualification; SKJ or BIG registration does not belong to this position."]
    Teacher,
    #[doc = " **Mentor** (Mentor), id `mentor`"]
    #[doc = " "]
    #[doc = " Docent in het vo die voor een klas of groep leerlingen het eerste aanspreekpunt is voor leerlingen en ouders, de voortgang en het welbevinden volgt en zo nodig het zorgteam inschakelt. Werkt bij de school; een SKJ- of BIG-registratie hoort niet bij deze functie."]
    #[doc = " "]
    #[doc = " Secondary school teacher who is the first point of contact for pupils and parents for a class or group of pupils, follows their progress and well-being and calls in the care team where needed. Works for the school; SKJ or BIG registration does not belong to this position."]
    Mentor,
    #[doc = " **Studieloopbaanbegeleider** (Study and career coach (mbo)), id `study-career-counsellor`"]
    #[doc = " "]
    #[doc = " Medewerker van een mbo-instelling, vaak een docent, die een groep studenten begeleidt in hun studievoortgang en loopbaankeuzes en als eerste merkt wanneer het niet goed gaat. Werkt samen met het zorgteam en, waar aanwezig, het jeugdteam op de locatie; een SKJ- of BIG-registratie hoort niet bij deze functie."]
    #[doc = " "]
    #[doc = " Staff member of an mbo institution, often a teacher, who guides a group of students in their study progress and career choices and is the first to notice when things are not going well. Works with the care team and, where present, the youth team on site; SKJ or BIG registration does not belong to this position."]
    StudyCareerCounsellor,
    #[doc = " **Intern begeleider** (Pupil support coordinator (primary school)), id `internal-supervisor`"]
    #[doc = " "]
    #[doc = " Medewerker van een basisschool of so-school, vaak een ervaren leerkracht met aanvullende opleiding, die de leerlingenzorg organiseert, coördineert en bewaakt, leerkrachten ondersteunt en gesprekken voert met ouders en externe hulp. Werkt bij de school; een SKJ- of BIG-registratie hoort niet bij deze functie."]
    #[doc = " "]
    #[doc = " Staff member of a primary or special school, often an experienced teacher with additional training, who organises, coordinates and monitors pupil care, supports teachers and holds conversations with parents and outside help. Works for the school; SKJ or BIG registration does not belong to this position."]
    InternalSupervisor,
    #[doc = " **Zorg- of ondersteuningscoördinator** (Care or support coordinator (secondary and vocational)), id `care-coordinator`"]
    #[doc = " "]
    #[doc = " Medewerker in vo of mbo die de zorg en extra ondersteuning voor leerlingen binnen de school organiseert, het zorg- of ondersteuningsoverleg voorzit en de verbinding legt met externe partners zoals jeugdhulp, jeugdgezondheidszorg, leerplicht en het samenwerkingsverband. Scholen gebruiken verschillende namen voor dezelfde functie. Werkt bij de school; een SKJ- of BIG-registratie hoort niet bij deze functie."]
    #[doc = " "]
    #[doc = " Staff member in secondary or vocational education who organises care and extra support for pupils within the school, chairs the care or support meeting and links up with outside partners such as youth care, youth health care, the attendance service and the school partnership for passend onderwijs. Schools use different names for the same position. Works for the school; SKJ or BIG registration does not belong to this position."]
    CareCoordinator,
    #[doc = " **Ondersteuningscoördinator** (Support coordinator), id `support-coordinator`"]
    #[doc = " "]
    #[doc = " Medewerker van een vo-school die de extra ondersteuning van leerlingen regelt, het ondersteuningsteam leidt en contact houdt met het samenwerkingsverband, ouders en externe hulp. Werkt bij de school; geen SKJ- of BIG-registratie."]
    #[doc = " "]
    #[doc = " Staff member of a secondary school who arranges additional support for pupils, leads the support team and keeps in touch with the school partnership, parents and external help. Works for the school; no SKJ or BIG registration."]
    #[doc = " "]
    #[doc = " *Deprecated since 2.0.0*; replaced by [`care-coordinator`](Role::CareCoordinator)."]
    SupportCoordinator,
    #[doc = " **Ambulant begeleider** (Visiting specialist teacher (support adviser)), id `ambulant-educational-supporter`"]
    #[doc = " "]
    #[doc = " Onderwijsprofessional uit het speciaal onderwijs of het samenwerkingsverband die reguliere scholen adviseert over leerlingen met een specifieke onderwijsbehoefte en leraren coacht. Werkt bij een so-school, een expertisecentrum of het samenwerkingsverband; voor leerlingen met een visuele of auditieve beperking (cluster 1 en 2) bij een landelijk werkende instelling. Een SKJ- of BIG-registratie hoort niet bij deze functie."]
    #[doc = " "]
    #[doc = " Education professional from special education or the school partnership for passend onderwijs who advises mainstream schools about pupils with specific educational needs and coaches teachers. Works for a special school, an expertise centre or the school partnership; for pupils with a visual or hearing impairment (clusters 1 and 2) for an institution that works nationwide. SKJ or BIG registration does not belong to this position."]
    AmbulantEducationalSupporter,
    #[doc = " **Brugfunctionaris** (Bridging officer (school–family link)), id `bridging-officer`"]
    #[doc = " "]
    #[doc = " Medewerker die door de school wordt ingezet en, los van het lesgevende team, de verbinding legt tussen het gezin thuis, de leerling op school en hulp in de wijk. Hij of zij is laagdrempelig bereikbaar voor ouders, helpt bij vragen en zorgen die niet direct over onderwijs gaan (geld, zorg thuis, taal) en wijst de weg naar bijvoorbeeld het wijkteam, een psycholoog of jeugdhulp; ook buiten de school. Een brugfunctionaris is uitdrukkelijk geen zorgverlener. De functie kan door één persoon of een klein team worden vervuld."]
    #[doc = " "]
    #[doc = " Staff member deployed by the school who, separately from the teaching team, links the family at home, the pupil at school and help in the neighbourhood. He or she is easy for parents to reach, helps with questions and worries that are not directly about education (money, care at home, language) and shows the way to, for example, the neighbourhood team, a psychologist or youth care; also outside the school. A bridging officer is explicitly not a care provider. The role can be filled by one person or a small team."]
    BridgingOfficer,
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
        Self::GeneralistOrthopedagogue,
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
        Self::BridgingOfficer,
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
            Self::GeneralistOrthopedagogue => "generalist-orthopedagogue",
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
            Self::BridgingOfficer => "bridging-officer",
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
            (Self::AmbulantYouthCareWorker, Lang::En) => "Outreach youth care worker",
            (Self::NeighbourhoodTeamProfessional, Lang::Nl) => "Jeugd- en gezinsprofessional in het wijkteam",
            (Self::NeighbourhoodTeamProfessional, Lang::En) => "Youth and family professional in the neighbourhood team",
            (Self::YouthHealthCareProfessional, Lang::Nl) => "Professional in de jeugdgezondheidszorg",
            (Self::YouthHealthCareProfessional, Lang::En) => "Youth health care professional",
            (Self::YouthDoctor, Lang::Nl) => "Jeugdarts",
            (Self::YouthDoctor, Lang::En) => "Youth health doctor",
            (Self::YouthNurse, Lang::Nl) => "Jeugdverpleegkundige",
            (Self::YouthNurse, Lang::En) => "Youth nurse",
            (Self::BehaviouralScientist, Lang::Nl) => "Gedragswetenschapper",
            (Self::BehaviouralScientist, Lang::En) => "Psychologist or educationalist (behavioural specialist)",
            (Self::Orthopedagogue, Lang::Nl) => "Orthopedagoog",
            (Self::Orthopedagogue, Lang::En) => "Special needs educationalist (orthopedagoog)",
            (Self::GeneralistOrthopedagogue, Lang::Nl) => "Orthopedagoog-generalist",
            (Self::GeneralistOrthopedagogue, Lang::En) => "Generalist orthopedagoog (BIG-registered)",
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
            (Self::CompulsoryEducationOfficer, Lang::En) => "School attendance officer",
            (Self::RmcConsultant, Lang::Nl) => "RMC-consulent",
            (Self::RmcConsultant, Lang::En) => "RMC consultant",
            (Self::GpPracticeNurseYouth, Lang::Nl) => "Praktijkondersteuner jeugd",
            (Self::GpPracticeNurseYouth, Lang::En) => "GP practice nurse for youth",
            (Self::Teacher, Lang::Nl) => "Leerkracht of docent",
            (Self::Teacher, Lang::En) => "Teacher",
            (Self::Mentor, Lang::Nl) => "Mentor",
            (Self::Mentor, Lang::En) => "Mentor",
            (Self::StudyCareerCounsellor, Lang::Nl) => "Studieloopbaanbegeleider",
            (Self::StudyCareerCounsellor, Lang::En) => "Study and career coach (mbo)",
            (Self::InternalSupervisor, Lang::Nl) => "Intern begeleider",
            (Self::InternalSupervisor, Lang::En) => "Pupil support coordinator (primary school)",
            (Self::CareCoordinator, Lang::Nl) => "Zorg- of ondersteuningscoördinator",
            (Self::CareCoordinator, Lang::En) => "Care or support coordinator (secondary and vocational)",
            (Self::SupportCoordinator, Lang::Nl) => "Ondersteuningscoördinator",
            (Self::SupportCoordinator, Lang::En) => "Support coordinator",
            (Self::AmbulantEducationalSupporter, Lang::Nl) => "Ambulant begeleider",
            (Self::AmbulantEducationalSupporter, Lang::En) => "Visiting specialist teacher (support adviser)",
            (Self::BridgingOfficer, Lang::Nl) => "Brugfunctionaris",
            (Self::BridgingOfficer, Lang::En) => "Bridging officer (school–family link)",
        }
    }

    /// The definition in `lang` (Markdown).
    pub const fn definition(self, lang: Lang) -> &'static str {
        match (self, lang) {
            (Self::SchoolSocialWorker, Lang::Nl) => "Sociaal werker die vanuit of op de school leerlingen en ouders kort begeleidt, zorgen signaleert, meedoet in het zorgoverleg en zo nodig doorverwijst. Werkt bij een welzijnsorganisatie, jeugdhulpaanbieder of wijkteam, of is in dienst van de school. Wie het werk namens een jeugdhulpaanbieder of wijkteam doet, werkt als SKJ- of BIG-geregistreerde professional wanneer de taken dat vragen (norm van verantwoorde werktoedeling); een schoolmaatschappelijk werker in dienst van de school valt buiten die norm.",
            (Self::SchoolSocialWorker, Lang::En) => "Social worker who, from or at the school, gives pupils and parents short-term support, identifies concerns, takes part in the care meeting and refers on where needed. Works for a welfare organisation, youth care provider or neighbourhood team, or is employed by the school. Someone who does the work for a youth care provider or neighbourhood team works as an SKJ- or BIG-registered professional when the tasks require it (standard of responsible task allocation); a school social worker employed by the school falls outside that standard.",
            (Self::YouthCareWorker, Lang::Nl) => "Professional die jeugdhulp biedt aan jeugdigen en gezinnen en op school leerlingen begeleidt, met groepen werkt en leraren ondersteunt. Werkt bij een jeugdhulpaanbieder. Wanneer de taken dat vragen (norm van verantwoorde werktoedeling), werkt een hbo-opgeleide jeugdhulpverlener als geregistreerde jeugd- en gezinsprofessional bij SKJ; een BIG-registratie geldt als gelijkwaardig alternatief.",
            (Self::YouthCareWorker, Lang::En) => "Professional who provides youth care to young people and families and, at school, supports pupils, works with groups and supports teachers. Works for a youth care provider. When the tasks require it (standard of responsible task allocation), a youth care worker with higher professional education works as a registered youth and family professional with SKJ; BIG registration counts as an equal alternative.",
            (Self::AmbulantYouthCareWorker, Lang::Nl) => "Jeugdhulpverlener die hulp biedt zonder opname of verblijf: de jongere woont thuis en krijgt de hulp op school, bij het gezin thuis of op de locatie van de aanbieder. Werkt bij een jeugdhulpaanbieder en werkt als SKJ- of BIG-geregistreerde professional wanneer de taken dat vragen.",
            (Self::AmbulantYouthCareWorker, Lang::En) => "Youth care worker who provides help without admission or residential stay: the young person lives at home and receives the help at school, in the family home or at the provider's premises. Works for a youth care provider and works as an SKJ- or BIG-registered professional when the tasks require it.",
            (Self::NeighbourhoodTeamProfessional, Lang::Nl) => "Generalistische professional in het wijk-, buurt- of jeugdteam van de gemeente, die gezinnen lichte hulp biedt, de regie houdt bij meervoudige problemen en zo nodig specialistische hulp inzet; in veel gemeenten heeft hij een vaste plek of vaste contactrol op een school. Werkt bij de gemeente of een door de gemeente ingerichte wijkteamorganisatie. Het team valt onder de norm van verantwoorde werktoedeling: wanneer de taken dat vragen, werkt de professional met een SKJ- of BIG-registratie; in wijkteams werken ook BIG-geregistreerde verpleegkundigen of psychologen.",
            (Self::NeighbourhoodTeamProfessional, Lang::En) => "Generalist professional in the municipality's neighbourhood or youth team, who offers families light help, coordinates in situations with multiple problems and deploys specialist help where needed; in many municipalities they have a fixed place or fixed contact role at a school. Works for the municipality or a neighbourhood team organisation set up by it. The team falls under the standard of responsible task allocation: when the tasks require it, the professional works with SKJ or BIG registration; neighbourhood teams also include BIG-registered nurses or psychologists.",
            (Self::YouthHealthCareProfessional, Lang::Nl) => "Verzamelrol voor artsen en verpleegkundigen van de jeugdgezondheidszorg, die gemeenten op grond van de Wet publieke gezondheid laten uitvoeren: zij volgen de groei, gezondheid en ontwikkeling van alle kinderen en jongeren (de Rijksoverheid noemt de leeftijd 0 tot 19 jaar) en houden op school spreekuren en contactmomenten. Werkt bij de GGD of een andere JGZ-organisatie; artsen en verpleegkundigen staan als zodanig in het BIG-register.",
            (Self::YouthHealthCareProfessional, Lang::En) => "Umbrella role for the doctors and nurses of youth health care, which municipalities must have carried out under the Public Health Act: they monitor the growth, health and development of all children and young people (central government gives the age range as 0 to 19) and hold consultation hours and health checks at school. Works for the municipal health service (GGD) or another youth health care organisation; doctors and nurses are listed as such in the BIG register.",
            (Self::YouthDoctor, Lang::Nl) => "Arts in de jeugdgezondheidszorg die onder meer leerlingen met veel ziekteverzuim ziet, medische vragen duidt en, net als huisarts en medisch specialist, rechtstreeks mag verwijzen naar jeugdhulp. Werkt bij de GGD of een JGZ-organisatie en staat als arts in het BIG-register.",
            (Self::YouthDoctor, Lang::En) => "Doctor in youth health care who, among other things, sees pupils with frequent sickness absence, interprets medical questions and, like the GP and the medical specialist, may refer directly to youth care. Works for the municipal health service or a youth health care organisation and is listed as a doctor in the BIG register.",
            (Self::YouthNurse, Lang::Nl) => "Verpleegkundige in de jeugdgezondheidszorg die op school contactmomenten en inloopspreekuren houdt, zorgen over gezondheid en welzijn vroeg opmerkt en leerlingen en ouders adviseert. Werkt bij de GGD of een JGZ-organisatie en staat als verpleegkundige in het BIG-register.",
            (Self::YouthNurse, Lang::En) => "Nurse in youth health care who holds health checks and walk-in hours at school, notices concerns about health and well-being early and advises pupils and parents. Works for the municipal health service or a youth health care organisation and is listed as a nurse in the BIG register.",
            (Self::BehaviouralScientist, Lang::Nl) => "Academisch opgeleide professional, zoals een orthopedagoog, pedagoog of psycholoog, die diagnostiek doet, behandeling of begeleiding ontwerpt en leraren en hulpverleners adviseert. Werkt bij een jeugdhulpaanbieder, een samenwerkingsverband of een school. Registratie hangt af van beroep en taken: bij SKJ als pedagoog of psycholoog, of in het BIG-register, bijvoorbeeld als gezondheidszorgpsycholoog, orthopedagoog-generalist of psychotherapeut; één van beide registraties volstaat.",
            (Self::BehaviouralScientist, Lang::En) => "University-trained professional, such as a special needs educationalist, educationalist or psychologist, who carries out assessment, designs treatment or support and advises teachers and care workers. Works for a youth care provider, a school partnership or a school. Registration depends on profession and tasks: with SKJ as an educationalist or psychologist, or in the BIG register, for example as a healthcare psychologist, generalist orthopedagoog or psychotherapist; either registration is enough.",
            (Self::Orthopedagogue, Lang::Nl) => "Gedragswetenschapper met een masteropleiding orthopedagogiek, gespecialiseerd in opvoedings-, leer- en ontwikkelingsproblemen, die zowel in de jeugdhulp als in het onderwijs werkt, bijvoorbeeld bij een jeugdhulpaanbieder, een so-school, een school of een samenwerkingsverband. In de jeugdhulp staat een orthopedagoog meestal als pedagoog bij SKJ geregistreerd wanneer de taken dat vragen; wie de postmasteropleiding heeft afgerond, kan als [orthopedagoog-generalist](concept:generalist-orthopedagogue) in het BIG-register staan.",
            (Self::Orthopedagogue, Lang::En) => "Behavioural specialist with a master's degree in special needs education (orthopedagogiek), specialised in upbringing, learning and developmental problems, who works in youth care and in education alike, for example at a youth care provider, a special school, a school or a school partnership. In youth care an orthopedagoog is usually registered with SKJ as an educationalist when the tasks require it; someone who has completed the post-master training can be listed in the BIG register as a [generalist orthopedagoog](concept:generalist-orthopedagogue).",
            (Self::GeneralistOrthopedagogue, Lang::Nl) => "Orthopedagoog met een erkende postmasteropleiding die sinds 1 januari 2020 een beroep is volgens artikel 3 van de Wet BIG, met een wettelijk beschermde titel. Hij of zij doet diagnostiek en behandeling bij kinderen, jongeren en hun opvoeders en kan eindverantwoordelijk zijn voor een behandeltraject. Werkt bij een jeugdhulpaanbieder, in de jeugd-ggz, in een eigen praktijk of in het onderwijs. Met de BIG-registratie is een aparte SKJ-registratie niet nodig.",
            (Self::GeneralistOrthopedagogue, Lang::En) => "Orthopedagoog with a recognised post-master training who, since 1 January 2020, holds a profession under article 3 of the BIG Act, with a legally protected title. He or she carries out assessment and treatment with children, young people and their carers and can hold final responsibility for a course of treatment. Works for a youth care provider, in youth mental health care, in independent practice or in education. With BIG registration, a separate SKJ registration is not needed.",
            (Self::HealthcarePsychologist, Lang::Nl) => "Psycholoog met een wettelijk beschermde titel volgens artikel 3 van de Wet BIG, die diagnostiek en behandeling bij psychische problemen uitvoert en eindverantwoordelijk kan zijn voor een behandeltraject. Werkt meestal bij een aanbieder van jeugd-ggz of in een vrijgevestigde praktijk en staat in het BIG-register.",
            (Self::HealthcarePsychologist, Lang::En) => "Psychologist with a legally protected title under article 3 of the BIG Act, who carries out assessment and treatment of mental health problems and can hold final responsibility for a course of treatment. Usually works for a youth mental health provider or in independent practice and is listed in the BIG register.",
            (Self::YouthMentalHealthProfessional, Lang::Nl) => "Professional van een aanbieder van geestelijke gezondheidszorg voor jeugd die op of vanuit school behandeling, consultatie of psycho-educatie geeft. De registratie hangt af van het beroep: BIG voor onder meer GZ-psychologen, orthopedagogen-generalist, psychotherapeuten en psychiaters, SKJ voor andere jeugdprofessionals in de ggz.",
            (Self::YouthMentalHealthProfessional, Lang::En) => "Professional from a youth mental health provider who provides treatment, consultation or psycho-education at or from school. Registration depends on the profession: BIG for, among others, healthcare psychologists, generalist orthopedagogen, psychotherapists and psychiatrists, SKJ for other youth professionals in mental health care.",
            (Self::BudgetCoach, Lang::Nl) => "Begeleider die jongeren helpt met geldzaken, zoals het op orde brengen van de administratie, het aanvragen van toeslagen en het aanpakken van schulden. Werkt bij de gemeente, een welzijns- of schuldhulporganisatie of soms bij de mbo-instelling zelf. Er geldt geen registratieplicht bij SKJ of BIG.",
            (Self::BudgetCoach, Lang::En) => "Adviser who helps young people with money matters, such as putting their paperwork in order, applying for allowances and tackling debts. Works for the municipality, a welfare or debt-assistance organisation or sometimes for the mbo institution itself. No SKJ or BIG registration applies.",
            (Self::YouthWorker, Lang::Nl) => "Sociaal werker die jongeren opzoekt in hun vrije tijd en leefwereld, een langdurige relatie met hen opbouwt, contact legt met jongeren die formele hulp mijden en activiteiten organiseert, ook in en rond de school. Werkt bij een welzijnsorganisatie. SKJ- of BIG-registratie is niet vereist; sinds 2022 bestaat bij Registerplein een vrijwillig register voor kinder- en jongerenwerkers.",
            (Self::YouthWorker, Lang::En) => "Social worker who seeks out young people in their leisure time and everyday life, builds a lasting relationship with them, makes contact with young people who avoid formal help and organises activities, also in and around the school. Works for a welfare organisation. SKJ or BIG registration is not required; since 2022 Registerplein has a voluntary register for children's and youth workers.",
            (Self::PathwayCounsellor, Lang::Nl) => "Begeleider die een jongere over langere tijd helpt een plek te vinden en te houden in onderwijs of werk, vaak na uitval of bij een moeizame overstap. Werkt bij een mbo-instelling, de gemeente, een welzijnsorganisatie of een re-integratiebedrijf. Er geldt geen registratieplicht bij SKJ of BIG.",
            (Self::PathwayCounsellor, Lang::En) => "Guide who helps a young person over a longer period to find and keep a place in education or work, often after dropping out or during a difficult transition. Works for an mbo institution, the municipality, a welfare organisation or a reintegration company. No SKJ or BIG registration applies.",
            (Self::CompulsoryEducationOfficer, Lang::Nl) => "Ambtenaar die toeziet op de naleving van de Leerplichtwet, inclusief de kwalificatieplicht, verzuimmeldingen van scholen onderzoekt en met leerling en ouders afspraken maakt over terugkeer en zo nodig hulp; als dat niet helpt, kan hij of zij een proces-verbaal opmaken. Werkt bij de gemeente of een regionaal bureau leerplicht. Er geldt geen SKJ- of BIG-registratie; registratie in het Landelijk Kwaliteitsregister Leerplicht en RMC van Ingrado is mogelijk.",
            (Self::CompulsoryEducationOfficer, Lang::En) => "Official who supervises compliance with the Compulsory Education Act, including the duty to stay in education until qualified, investigates absence reports from schools and makes agreements with the pupil and parents about returning and, where needed, about help; if that does not work, he or she can file an official report. Works for the municipality or a regional attendance office. No SKJ or BIG registration applies; registration in Ingrado's national quality register for attendance and RMC staff is possible.",
            (Self::RmcConsultant, Lang::Nl) => "Medewerker van het Doorstroompunt, tot 2023 de regionale meld- en coördinatiefunctie voortijdig schoolverlaten (RMC), die jongeren vanaf 18 jaar zonder startkwalificatie in beeld houdt en begeleidt naar opleiding, werk of een andere passende plek; jongere jongeren vallen onder leerplicht of kwalificatieplicht. De bovengrens was 23 jaar; met de Wet van school naar duurzaam werk gaat die naar 27 jaar. Werkt voor de gemeenten van een regio, vaak bij de contactgemeente. Er geldt geen SKJ- of BIG-registratie.",
            (Self::RmcConsultant, Lang::En) => "Staff member of the Doorstroompunt (until 2023 the regional reporting and coordination function for early school leaving, RMC) who keeps track of young people from 18 without a basic qualification and guides them to a course, work or another suitable place; younger people fall under compulsory education or the duty to stay in education until qualified. The upper age limit was 23; the School to Sustainable Work Act raises it to 27. Works for the municipalities of a region, often at the contact municipality. No SKJ or BIG registration applies.",
            (Self::GpPracticeNurseYouth, Lang::Nl) => "Professional in of namens de huisartsenpraktijk die psychosociale problemen bij jeugdigen vroeg onderkent, zo mogelijk kort begeleidt en helpt bepalen of verwijzing naar jeugdhulp nodig is. Is in dienst van de huisarts, gedetacheerd vanuit een ggz-instelling of wijkteam, of werkt als zelfstandige; de registratie volgt de achtergrond, meestal SKJ en soms BIG.",
            (Self::GpPracticeNurseYouth, Lang::En) => "Professional in or on behalf of the GP practice who recognises psychosocial problems in young people early, gives short-term support where possible and helps decide whether referral to youth care is needed. Is employed by the GP, seconded from a mental health provider or neighbourhood team, or self-employed; registration follows the professional background, usually SKJ and sometimes BIG.",
            (Self::Teacher, Lang::Nl) => "Degene die les geeft en het dagelijkse contact met leerlingen heeft; in het po heet dit meestal leerkracht, in vo en mbo docent. Werkt bij een school of onderwijsinstelling en heeft een onderwijsbevoegdheid; een SKJ- of BIG-registratie hoort niet bij deze functie.",
            (Self::Teacher, Lang::En) => "The person who teaches and has daily contact with pupils; in primary education usually called leerkracht, in secondary and vocational education docent. Works for a school or educational institution and holds a teaching qualification; SKJ or BIG registration does not belong to this position.",
            (Self::Mentor, Lang::Nl) => "Docent in het vo die voor een klas of groep leerlingen het eerste aanspreekpunt is voor leerlingen en ouders, de voortgang en het welbevinden volgt en zo nodig het zorgteam inschakelt. Werkt bij de school; een SKJ- of BIG-registratie hoort niet bij deze functie.",
            (Self::Mentor, Lang::En) => "Secondary school teacher who is the first point of contact for pupils and parents for a class or group of pupils, follows their progress and well-being and calls in the care team where needed. Works for the school; SKJ or BIG registration does not belong to this position.",
            (Self::StudyCareerCounsellor, Lang::Nl) => "Medewerker van een mbo-instelling, vaak een docent, die een groep studenten begeleidt in hun studievoortgang en loopbaankeuzes en als eerste merkt wanneer het niet goed gaat. Werkt samen met het zorgteam en, waar aanwezig, het jeugdteam op de locatie; een SKJ- of BIG-registratie hoort niet bij deze functie.",
            (Self::StudyCareerCounsellor, Lang::En) => "Staff member of an mbo institution, often a teacher, who guides a group of students in their study progress and career choices and is the first to notice when things are not going well. Works with the care team and, where present, the youth team on site; SKJ or BIG registration does not belong to this position.",
            (Self::InternalSupervisor, Lang::Nl) => "Medewerker van een basisschool of so-school, vaak een ervaren leerkracht met aanvullende opleiding, die de leerlingenzorg organiseert, coördineert en bewaakt, leerkrachten ondersteunt en gesprekken voert met ouders en externe hulp. Werkt bij de school; een SKJ- of BIG-registratie hoort niet bij deze functie.",
            (Self::InternalSupervisor, Lang::En) => "Staff member of a primary or special school, often an experienced teacher with additional training, who organises, coordinates and monitors pupil care, supports teachers and holds conversations with parents and outside help. Works for the school; SKJ or BIG registration does not belong to this position.",
            (Self::CareCoordinator, Lang::Nl) => "Medewerker in vo of mbo die de zorg en extra ondersteuning voor leerlingen binnen de school organiseert, het zorg- of ondersteuningsoverleg voorzit en de verbinding legt met externe partners zoals jeugdhulp, jeugdgezondheidszorg, leerplicht en het samenwerkingsverband. Scholen gebruiken verschillende namen voor dezelfde functie. Werkt bij de school; een SKJ- of BIG-registratie hoort niet bij deze functie.",
            (Self::CareCoordinator, Lang::En) => "Staff member in secondary or vocational education who organises care and extra support for pupils within the school, chairs the care or support meeting and links up with outside partners such as youth care, youth health care, the attendance service and the school partnership for passend onderwijs. Schools use different names for the same position. Works for the school; SKJ or BIG registration does not belong to this position.",
            (Self::SupportCoordinator, Lang::Nl) => "Medewerker van een vo-school die de extra ondersteuning van leerlingen regelt, het ondersteuningsteam leidt en contact houdt met het samenwerkingsverband, ouders en externe hulp. Werkt bij de school; geen SKJ- of BIG-registratie.",
            (Self::SupportCoordinator, Lang::En) => "Staff member of a secondary school who arranges additional support for pupils, leads the support team and keeps in touch with the school partnership, parents and external help. Works for the school; no SKJ or BIG registration.",
            (Self::AmbulantEducationalSupporter, Lang::Nl) => "Onderwijsprofessional uit het speciaal onderwijs of het samenwerkingsverband die reguliere scholen adviseert over leerlingen met een specifieke onderwijsbehoefte en leraren coacht. Werkt bij een so-school, een expertisecentrum of het samenwerkingsverband; voor leerlingen met een visuele of auditieve beperking (cluster 1 en 2) bij een landelijk werkende instelling. Een SKJ- of BIG-registratie hoort niet bij deze functie.",
            (Self::AmbulantEducationalSupporter, Lang::En) => "Education professional from special education or the school partnership for passend onderwijs who advises mainstream schools about pupils with specific educational needs and coaches teachers. Works for a special school, an expertise centre or the school partnership; for pupils with a visual or hearing impairment (clusters 1 and 2) for an institution that works nationwide. SKJ or BIG registration does not belong to this position.",
            (Self::BridgingOfficer, Lang::Nl) => "Medewerker die door de school wordt ingezet en, los van het lesgevende team, de verbinding legt tussen het gezin thuis, de leerling op school en hulp in de wijk. Hij of zij is laagdrempelig bereikbaar voor ouders, helpt bij vragen en zorgen die niet direct over onderwijs gaan (geld, zorg thuis, taal) en wijst de weg naar bijvoorbeeld het wijkteam, een psycholoog of jeugdhulp; ook buiten de school. Een brugfunctionaris is uitdrukkelijk geen zorgverlener. De functie kan door één persoon of een klein team worden vervuld.",
            (Self::BridgingOfficer, Lang::En) => "Staff member deployed by the school who, separately from the teaching team, links the family at home, the pupil at school and help in the neighbourhood. He or she is easy for parents to reach, helps with questions and worries that are not directly about education (money, care at home, language) and shows the way to, for example, the neighbourhood team, a psychologist or youth care; also outside the school. A bridging officer is explicitly not a care provider. The role can be filled by one person or a small team.",
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
            Self::SupportCoordinator => Some(DeprecationNote::new("2.0.0", "Beschreef dezelfde functie als de zorgcoördinator; het verschil was alleen de naam die een school gebruikt. De namen staan nu als synoniemen bij [zorg- of ondersteuningscoördinator](concept:care-coordinator).", "Described the same position as the care coordinator; the only difference was the name a school uses. The names are now synonyms of [care or support coordinator](concept:care-coordinator).", &["care-coordinator"], false)),
            _ => None,
        }
    }

    /// The live concepts that replace a deprecated one (empty for live concepts).
    pub const fn replaced_by(self) -> &'static [Self] {
        match self {
            Self::SupportCoordinator => &[Self::CareCoordinator],
            _ => &[],
        }
    }
}

crate::code::facet_code!(Role, "role");
