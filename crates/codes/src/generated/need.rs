// @generated from taxonomy/ by `cargo xtask codegen`. Do not edit by hand.
//! Facet `need`: Probleemgebied (Problem area).

use crate::Lang;
use crate::DeprecationNote;

#[doc = " **Probleemgebied** (Problem area)"]
#[doc = " "]
#[doc = " Het probleemgebied waarop een praktijk zich richt: waar leerlingen, studenten of hun gezinnen tegenaan lopen. Het gaat om het soort probleem, niet om een diagnose van een individu; tag alle gebieden waarvoor de praktijk bewust is opgezet. Dit facet heette in versie 1.0 \"Ondersteuningsbehoefte\"; in passend onderwijs betekent dat woord iets anders, namelijk wat een leerling van school nodig heeft om te kunnen leren."]
#[doc = " "]
#[doc = " The problem area a practice addresses: what pupils, students or their families are up against. It concerns the kind of problem, not an individual diagnosis; tag every area the practice is deliberately set up for. In version 1.0 this facet was called \"Ondersteuningsbehoefte\" (support need); in passend onderwijs that word means something else, namely what a pupil needs from school in order to learn."]
#[doc = " "]
#[doc = " A record may carry several of its concepts."]
#[derive(Copy, Clone, PartialEq, Eq, PartialOrd, Ord, Hash, Debug)]
#[non_exhaustive]
pub enum Need {
    #[doc = " **Leerproblemen** (Learning problems), id `learning-problems`"]
    #[doc = " "]
    #[doc = " Moeite met het verwerven van schoolse vaardigheden zoals lezen, spellen of rekenen, die niet alleen door onvoldoende onderwijs te verklaren is. Het kan gaan om een specifieke stoornis als dyslexie of om een bredere leerachterstand."]
    #[doc = " "]
    #[doc = " Difficulty in acquiring school skills such as reading, spelling or arithmetic that cannot be explained by inadequate teaching alone. It may be a specific disorder such as dyslexia or a broader learning delay."]
    LearningProblems,
    #[doc = " **Ontwikkelingsstoornissen** (Developmental disorders), id `developmental-disorders`"]
    #[doc = " "]
    #[doc = " Stoornissen die in de kindertijd zichtbaar worden en de ontwikkeling van aandacht, communicatie, taal of sociale interactie raken, zoals autisme, ADHD en een taalontwikkelingsstoornis. Ze vragen vaak blijvende aanpassingen in de klas en ondersteuning thuis."]
    #[doc = " "]
    #[doc = " Disorders that become apparent in childhood and affect the development of attention, communication, language or social interaction, such as autism, ADHD and developmental language disorder. They often call for lasting adjustments in class and support at home."]
    DevelopmentalDisorders,
    #[doc = " **Beperkingen** (Disabilities), id `disability`"]
    #[doc = " "]
    #[doc = " Blijvende beperkingen in het lichamelijk, zintuiglijk of verstandelijk functioneren die deelname aan onderwijs en het dagelijks leven bemoeilijken. De nauwere begrippen geven het soort beperking aan."]
    #[doc = " "]
    #[doc = " Lasting limitations in physical, sensory or intellectual functioning that make taking part in education and daily life harder. The narrower concepts indicate the kind of disability."]
    Disability,
    #[doc = " **Verstandelijke beperking** (Intellectual disability), id `intellectual-disability`"]
    #[doc = " "]
    #[doc = " Een beperking in het verstandelijk vermogen en in het sociaal aanpassingsvermogen, die vanaf jonge leeftijd aanwezig is. In de Nederlandse praktijk spreekt men van een licht verstandelijke beperking bij een IQ tussen ongeveer 50 en 85 in combinatie met beperkt aanpassingsgedrag en vaak bijkomende problemen. Deze jongeren zitten vaak in het praktijkonderwijs, het vso of de entreeopleiding en worden in hun kunnen gemakkelijk overschat."]
    #[doc = " "]
    #[doc = " A limitation in intellectual capacity and in social adaptive functioning, present from an early age. Dutch practice speaks of a mild intellectual disability with an IQ of about 50 to 85 combined with limited adaptive behaviour and often additional problems. These young people are often found in practical education, secondary special education or the mbo entry course, and their abilities are easily overestimated."]
    IntellectualDisability,
    #[doc = " **Lichamelijke beperking** (Physical disability), id `physical-disability`"]
    #[doc = " "]
    #[doc = " Een beperking in bewegen of in lichamelijke functies, bijvoorbeeld door een aangeboren aandoening of een ongeval, die aanpassingen in gebouw, rooster of verzorging vraagt. Vaak is naast onderwijs ook paramedische zorg of persoonlijke verzorging onder schooltijd nodig."]
    #[doc = " "]
    #[doc = " A limitation in movement or bodily functions, for example from a congenital condition or an accident, that calls for adjustments to the building, the timetable or personal care. Paramedical care or personal care during school hours is often needed alongside education."]
    PhysicalDisability,
    #[doc = " **Zintuiglijke beperking** (Sensory impairment), id `sensory-impairment`"]
    #[doc = " "]
    #[doc = " Een beperking in zien of horen, van slechtziend of slechthorend tot blind of doof. Deze leerlingen krijgen vaak begeleiding vanuit cluster 1 of 2, ook als zij op een reguliere school zitten."]
    #[doc = " "]
    #[doc = " An impairment of sight or hearing, from partially sighted or hard of hearing to blind or deaf. These pupils often receive guidance from cluster 1 or 2, even when they attend a mainstream school."]
    SensoryImpairment,
    #[doc = " **Chronische ziekte** (Chronic illness), id `chronic-illness`"]
    #[doc = " "]
    #[doc = " Een langdurige lichamelijke of psychische aandoening, zoals diabetes, epilepsie of chronische vermoeidheid, die leidt tot verzuim, minder belastbaarheid of medische zorg tijdens schooltijd. School, ouders en behandelaars moeten dan samen zoeken naar een haalbaar rooster."]
    #[doc = " "]
    #[doc = " A long-lasting physical or mental condition, such as diabetes, epilepsy or chronic fatigue, that leads to absence, reduced capacity or medical care during school hours. School, parents and practitioners then have to find a feasible timetable together."]
    ChronicIllness,
    #[doc = " **Psychosociale problemen** (Psychosocial problems), id `psychosocial-problems`"]
    #[doc = " "]
    #[doc = " Problemen in het samenspel tussen gevoel, gedrag en sociale omgeving, zoals somberheid, stress, onzekerheid, eenzaamheid of moeite met contacten. Ze zijn vaak tijdelijk en hangen samen met gebeurtenissen thuis, op school of met leeftijdgenoten."]
    #[doc = " "]
    #[doc = " Problems in the interplay between feelings, behaviour and social surroundings, such as low mood, stress, insecurity, loneliness or difficulty with relationships. They are often temporary and linked to events at home, at school or among peers."]
    PsychosocialProblems,
    #[doc = " **Psychische problemen** (Mental health problems), id `mental-health-problems`"]
    #[doc = " "]
    #[doc = " Klachten die passen bij een psychische stoornis, zoals angst, depressie, eetproblemen, trauma of psychose, en die vaak behandeling door de jeugd-ggz of ggz vragen. Het NJi noemt (geestelijke) gezondheid als een van de belangrijke thema's bij mbo-studenten."]
    #[doc = " "]
    #[doc = " Complaints that fit a mental disorder, such as anxiety, depression, eating problems, trauma or psychosis, which often call for treatment by youth or adult mental health services. The NJi names (mental) health as one of the key themes for mbo students."]
    MentalHealthProblems,
    #[doc = " **Gedragsproblemen** (Behavioural problems), id `behavioural-problems`"]
    #[doc = " "]
    #[doc = " Gedrag dat het leren van de leerling zelf of van anderen verstoort, zoals agressie, opstandigheid, driftbuien of voortdurend conflict met leraren en klasgenoten. Het gedrag is vaak een signaal van onderliggende problemen thuis, in de ontwikkeling of in de groep."]
    #[doc = " "]
    #[doc = " Behaviour that disrupts the learning of the pupil or of others, such as aggression, defiance, temper outbursts or constant conflict with teachers and classmates. The behaviour is often a signal of underlying problems at home, in development or in the group."]
    BehaviouralProblems,
    #[doc = " **Multiproblematiek** (Multiple problems), id `multiple-problems`"]
    #[doc = " "]
    #[doc = " Een situatie waarin meerdere problemen tegelijk spelen en elkaar versterken, bijvoorbeeld psychische klachten, schulden, problemen in het gezin en schooluitval. Eén hulpverlener of één wet is dan zelden genoeg; er is samenhangende hulp met regie nodig."]
    #[doc = " "]
    #[doc = " A situation in which several problems occur at once and reinforce each other, for example mental health complaints, debts, family problems and dropping out of school. A single professional or a single act is then rarely enough; coordinated help with case management is needed."]
    MultipleProblems,
    #[doc = " **Inkomen en schulden** (Income and debts), id `income-and-debts`"]
    #[doc = " "]
    #[doc = " Te weinig inkomen, betalingsachterstanden of schulden bij de jongere of het gezin. Vooral bij mbo-studenten rond achttien jaar spelen zorgverzekering, studiefinanciering en telefoonschulden; een budgetcoach of schuldhulpverlening kan dan nodig zijn."]
    #[doc = " "]
    #[doc = " Insufficient income, payment arrears or debts of the young person or the family. Health insurance, student finance and phone debts play a role especially among mbo students around eighteen; a budget coach or debt counselling may then be needed."]
    IncomeAndDebts,
    #[doc = " **Gezinsrelaties** (Family relations), id `family-relations`"]
    #[doc = " "]
    #[doc = " Spanningen of breuken in de relaties binnen het gezin, zoals conflicten tussen ouders en kind, een (vecht)scheiding of de zorg voor een ziek gezinslid. Het NJi noemt gezinsrelaties als belangrijk thema bij mbo-studenten."]
    #[doc = " "]
    #[doc = " Tension or breakdown in relationships within the family, such as conflict between parents and child, a (high-conflict) divorce or caring for a sick family member. The NJi names family relations as a key theme for mbo students."]
    FamilyRelations,
    #[doc = " **Opvoedvragen** (Parenting questions), id `parenting-questions`"]
    #[doc = " "]
    #[doc = " Vragen en onzekerheden van ouders over het opvoeden van hun kind, van gewone opvoedingsvragen over grenzen stellen, slapen of schermgebruik tot opvoedingsproblemen waarbij de ouders zelf hulp nodig hebben, bijvoorbeeld in het omgaan met de beperking van hun kind. Dit speelt vooral in het po en so, waar ouders dicht bij school staan."]
    #[doc = " "]
    #[doc = " Parents' questions and uncertainties about raising their child, from ordinary parenting questions about setting limits, sleep or screen use to parenting problems in which the parents themselves need help, for example in dealing with their child's disability. This mainly arises in primary and special education, where parents are close to the school."]
    ParentingQuestions,
    #[doc = " **Onveilige thuissituatie** (Unsafe home situation), id `unsafe-home-situation`"]
    #[doc = " "]
    #[doc = " Een thuissituatie waarin een kind of jongere lichamelijk of psychisch niet veilig is, door geweld, mishandeling, verwaarlozing of getuige zijn van geweld tussen ouders. Scholen en hulpverleners volgen hierbij de meldcode huiselijk geweld en kindermishandeling."]
    #[doc = " "]
    #[doc = " A home situation in which a child or young person is physically or emotionally unsafe, because of violence, abuse, neglect or witnessing violence between parents. Schools and care professionals follow the reporting code for domestic violence and child abuse (meldcode) in such cases."]
    UnsafeHomeSituation,
    #[doc = " **Schoolverzuim** (School absence), id `school-absence`"]
    #[doc = " "]
    #[doc = " Het wegblijven van school of lessen, geoorloofd of ongeoorloofd (ook door vaak of lang ziek melden), in een mate die het leren bedreigt. Verzuim is vaak een vroeg signaal van problemen elders, zoals ziekte, angst of spanningen thuis."]
    #[doc = " "]
    #[doc = " Staying away from school or lessons, with or without permission (including frequent or long sick reports), to an extent that threatens learning. Absence is often an early signal of problems elsewhere, such as illness, anxiety or tension at home."]
    SchoolAbsence,
    #[doc = " **Thuiszitten** (Child out of school), id `home-sitting`"]
    #[doc = " "]
    #[doc = " De situatie waarin een leer- of kwalificatieplichtige jongere (van 5 tot 18 jaar) zonder geldige reden en zonder vrijstelling vier weken of langer niet naar school gaat, of niet bij een school staat ingeschreven. Regio's hanteren kleine verschillen in de definitie. Vaak is er geen passend onderwijsaanbod gevonden."]
    #[doc = " "]
    #[doc = " The situation in which a young person of compulsory school age or under the duty to stay in education until qualified (5 to 18) does not attend school for four weeks or more without a valid reason or exemption, or is not enrolled at any school. Regions use slightly different definitions. Often no suitable educational place has been found."]
    HomeSitting,
    #[doc = " **Huisvesting** (Housing), id `housing`"]
    #[doc = " "]
    #[doc = " Geen stabiele of passende woonplek hebben, bijvoorbeeld door uit huis gezet te worden, bij wisselende kennissen te slapen of niet terug te kunnen naar ouders. Dit speelt vooral bij oudere studenten en maakt regelmatig schoolbezoek moeilijk."]
    #[doc = " "]
    #[doc = " Not having a stable or suitable place to live, for example after being evicted, sleeping at changing acquaintances' homes or being unable to return to parents. This mainly affects older students and makes regular school attendance hard."]
    Housing,
    #[doc = " **Middelengebruik** (Substance use), id `substance-use`"]
    #[doc = " "]
    #[doc = " Risicovol of problematisch gebruik van alcohol, drugs, tabak of andere middelen, dat schoolprestaties, gezondheid of veiligheid schaadt. Het speelt vooral bij oudere leerlingen en studenten."]
    #[doc = " "]
    #[doc = " Risky or problematic use of alcohol, drugs, tobacco or other substances that harms school performance, health or safety. It mainly affects older pupils and students."]
    SubstanceUse,
    #[doc = " **Pesten en sociale onveiligheid** (Bullying and lack of social safety), id `bullying`"]
    #[doc = " "]
    #[doc = " Stelselmatig gepest, buitengesloten of bedreigd worden door leeftijdgenoten, op school of online, of zich om andere redenen niet veilig voelen in de groep. Scholen moeten zorgen voor een sociaal veilige omgeving, met veiligheidsbeleid, een coördinator en aanspreekpunt en jaarlijkse monitoring; het probleem raakt dus zowel de leerling als de groep."]
    #[doc = " "]
    #[doc = " Being systematically bullied, excluded or threatened by peers, at school or online, or otherwise not feeling safe in the group. Schools must ensure a socially safe environment, with a safety policy, a coordinator and contact person and yearly monitoring, so the problem concerns both the pupil and the group."]
    Bullying,
    #[doc = " **Delinquent gedrag** (Delinquent behaviour), id `delinquency`"]
    #[doc = " "]
    #[doc = " Gedrag waarmee een jongere de wet overtreedt of ernstig over sociale normen heen gaat, zoals diefstal, geweld of betrokkenheid bij criminele netwerken. Hulp kan samenlopen met jeugdreclassering."]
    #[doc = " "]
    #[doc = " Behaviour by which a young person breaks the law or seriously crosses social norms, such as theft, violence or involvement in criminal networks. Help may run alongside youth probation (jeugdreclassering)."]
    Delinquency,
}

impl Need {
    /// The facet's id.
    pub const FACET: &'static str = "need";

    /// Every concept of the facet in display order, deprecated ones included.
    pub const ALL: &'static [Self] = &[
        Self::LearningProblems,
        Self::DevelopmentalDisorders,
        Self::Disability,
        Self::IntellectualDisability,
        Self::PhysicalDisability,
        Self::SensoryImpairment,
        Self::ChronicIllness,
        Self::PsychosocialProblems,
        Self::MentalHealthProblems,
        Self::BehaviouralProblems,
        Self::MultipleProblems,
        Self::IncomeAndDebts,
        Self::FamilyRelations,
        Self::ParentingQuestions,
        Self::UnsafeHomeSituation,
        Self::SchoolAbsence,
        Self::HomeSitting,
        Self::Housing,
        Self::SubstanceUse,
        Self::Bullying,
        Self::Delinquency,
    ];

    /// The concept's permanent id.
    pub const fn id(self) -> &'static str {
        match self {
            Self::LearningProblems => "learning-problems",
            Self::DevelopmentalDisorders => "developmental-disorders",
            Self::Disability => "disability",
            Self::IntellectualDisability => "intellectual-disability",
            Self::PhysicalDisability => "physical-disability",
            Self::SensoryImpairment => "sensory-impairment",
            Self::ChronicIllness => "chronic-illness",
            Self::PsychosocialProblems => "psychosocial-problems",
            Self::MentalHealthProblems => "mental-health-problems",
            Self::BehaviouralProblems => "behavioural-problems",
            Self::MultipleProblems => "multiple-problems",
            Self::IncomeAndDebts => "income-and-debts",
            Self::FamilyRelations => "family-relations",
            Self::ParentingQuestions => "parenting-questions",
            Self::UnsafeHomeSituation => "unsafe-home-situation",
            Self::SchoolAbsence => "school-absence",
            Self::HomeSitting => "home-sitting",
            Self::Housing => "housing",
            Self::SubstanceUse => "substance-use",
            Self::Bullying => "bullying",
            Self::Delinquency => "delinquency",
        }
    }

    /// The preferred label in `lang`.
    pub const fn label(self, lang: Lang) -> &'static str {
        match (self, lang) {
            (Self::LearningProblems, Lang::Nl) => "Leerproblemen",
            (Self::LearningProblems, Lang::En) => "Learning problems",
            (Self::DevelopmentalDisorders, Lang::Nl) => "Ontwikkelingsstoornissen",
            (Self::DevelopmentalDisorders, Lang::En) => "Developmental disorders",
            (Self::Disability, Lang::Nl) => "Beperkingen",
            (Self::Disability, Lang::En) => "Disabilities",
            (Self::IntellectualDisability, Lang::Nl) => "Verstandelijke beperking",
            (Self::IntellectualDisability, Lang::En) => "Intellectual disability",
            (Self::PhysicalDisability, Lang::Nl) => "Lichamelijke beperking",
            (Self::PhysicalDisability, Lang::En) => "Physical disability",
            (Self::SensoryImpairment, Lang::Nl) => "Zintuiglijke beperking",
            (Self::SensoryImpairment, Lang::En) => "Sensory impairment",
            (Self::ChronicIllness, Lang::Nl) => "Chronische ziekte",
            (Self::ChronicIllness, Lang::En) => "Chronic illness",
            (Self::PsychosocialProblems, Lang::Nl) => "Psychosociale problemen",
            (Self::PsychosocialProblems, Lang::En) => "Psychosocial problems",
            (Self::MentalHealthProblems, Lang::Nl) => "Psychische problemen",
            (Self::MentalHealthProblems, Lang::En) => "Mental health problems",
            (Self::BehaviouralProblems, Lang::Nl) => "Gedragsproblemen",
            (Self::BehaviouralProblems, Lang::En) => "Behavioural problems",
            (Self::MultipleProblems, Lang::Nl) => "Multiproblematiek",
            (Self::MultipleProblems, Lang::En) => "Multiple problems",
            (Self::IncomeAndDebts, Lang::Nl) => "Inkomen en schulden",
            (Self::IncomeAndDebts, Lang::En) => "Income and debts",
            (Self::FamilyRelations, Lang::Nl) => "Gezinsrelaties",
            (Self::FamilyRelations, Lang::En) => "Family relations",
            (Self::ParentingQuestions, Lang::Nl) => "Opvoedvragen",
            (Self::ParentingQuestions, Lang::En) => "Parenting questions",
            (Self::UnsafeHomeSituation, Lang::Nl) => "Onveilige thuissituatie",
            (Self::UnsafeHomeSituation, Lang::En) => "Unsafe home situation",
            (Self::SchoolAbsence, Lang::Nl) => "Schoolverzuim",
            (Self::SchoolAbsence, Lang::En) => "School absence",
            (Self::HomeSitting, Lang::Nl) => "Thuiszitten",
            (Self::HomeSitting, Lang::En) => "Child out of school",
            (Self::Housing, Lang::Nl) => "Huisvesting",
            (Self::Housing, Lang::En) => "Housing",
            (Self::SubstanceUse, Lang::Nl) => "Middelengebruik",
            (Self::SubstanceUse, Lang::En) => "Substance use",
            (Self::Bullying, Lang::Nl) => "Pesten en sociale onveiligheid",
            (Self::Bullying, Lang::En) => "Bullying and lack of social safety",
            (Self::Delinquency, Lang::Nl) => "Delinquent gedrag",
            (Self::Delinquency, Lang::En) => "Delinquent behaviour",
        }
    }

    /// The definition in `lang` (Markdown).
    pub const fn definition(self, lang: Lang) -> &'static str {
        match (self, lang) {
            (Self::LearningProblems, Lang::Nl) => "Moeite met het verwerven van schoolse vaardigheden zoals lezen, spellen of rekenen, die niet alleen door onvoldoende onderwijs te verklaren is. Het kan gaan om een specifieke stoornis als dyslexie of om een bredere leerachterstand.",
            (Self::LearningProblems, Lang::En) => "Difficulty in acquiring school skills such as reading, spelling or arithmetic that cannot be explained by inadequate teaching alone. It may be a specific disorder such as dyslexia or a broader learning delay.",
            (Self::DevelopmentalDisorders, Lang::Nl) => "Stoornissen die in de kindertijd zichtbaar worden en de ontwikkeling van aandacht, communicatie, taal of sociale interactie raken, zoals autisme, ADHD en een taalontwikkelingsstoornis. Ze vragen vaak blijvende aanpassingen in de klas en ondersteuning thuis.",
            (Self::DevelopmentalDisorders, Lang::En) => "Disorders that become apparent in childhood and affect the development of attention, communication, language or social interaction, such as autism, ADHD and developmental language disorder. They often call for lasting adjustments in class and support at home.",
            (Self::Disability, Lang::Nl) => "Blijvende beperkingen in het lichamelijk, zintuiglijk of verstandelijk functioneren die deelname aan onderwijs en het dagelijks leven bemoeilijken. De nauwere begrippen geven het soort beperking aan.",
            (Self::Disability, Lang::En) => "Lasting limitations in physical, sensory or intellectual functioning that make taking part in education and daily life harder. The narrower concepts indicate the kind of disability.",
            (Self::IntellectualDisability, Lang::Nl) => "Een beperking in het verstandelijk vermogen en in het sociaal aanpassingsvermogen, die vanaf jonge leeftijd aanwezig is. In de Nederlandse praktijk spreekt men van een licht verstandelijke beperking bij een IQ tussen ongeveer 50 en 85 in combinatie met beperkt aanpassingsgedrag en vaak bijkomende problemen. Deze jongeren zitten vaak in het praktijkonderwijs, het vso of de entreeopleiding en worden in hun kunnen gemakkelijk overschat.",
            (Self::IntellectualDisability, Lang::En) => "A limitation in intellectual capacity and in social adaptive functioning, present from an early age. Dutch practice speaks of a mild intellectual disability with an IQ of about 50 to 85 combined with limited adaptive behaviour and often additional problems. These young people are often found in practical education, secondary special education or the mbo entry course, and their abilities are easily overestimated.",
            (Self::PhysicalDisability, Lang::Nl) => "Een beperking in bewegen of in lichamelijke functies, bijvoorbeeld door een aangeboren aandoening of een ongeval, die aanpassingen in gebouw, rooster of verzorging vraagt. Vaak is naast onderwijs ook paramedische zorg of persoonlijke verzorging onder schooltijd nodig.",
            (Self::PhysicalDisability, Lang::En) => "A limitation in movement or bodily functions, for example from a congenital condition or an accident, that calls for adjustments to the building, the timetable or personal care. Paramedical care or personal care during school hours is often needed alongside education.",
            (Self::SensoryImpairment, Lang::Nl) => "Een beperking in zien of horen, van slechtziend of slechthorend tot blind of doof. Deze leerlingen krijgen vaak begeleiding vanuit cluster 1 of 2, ook als zij op een reguliere school zitten.",
            (Self::SensoryImpairment, Lang::En) => "An impairment of sight or hearing, from partially sighted or hard of hearing to blind or deaf. These pupils often receive guidance from cluster 1 or 2, even when they attend a mainstream school.",
            (Self::ChronicIllness, Lang::Nl) => "Een langdurige lichamelijke of psychische aandoening, zoals diabetes, epilepsie of chronische vermoeidheid, die leidt tot verzuim, minder belastbaarheid of medische zorg tijdens schooltijd. School, ouders en behandelaars moeten dan samen zoeken naar een haalbaar rooster.",
            (Self::ChronicIllness, Lang::En) => "A long-lasting physical or mental condition, such as diabetes, epilepsy or chronic fatigue, that leads to absence, reduced capacity or medical care during school hours. School, parents and practitioners then have to find a feasible timetable together.",
            (Self::PsychosocialProblems, Lang::Nl) => "Problemen in het samenspel tussen gevoel, gedrag en sociale omgeving, zoals somberheid, stress, onzekerheid, eenzaamheid of moeite met contacten. Ze zijn vaak tijdelijk en hangen samen met gebeurtenissen thuis, op school of met leeftijdgenoten.",
            (Self::PsychosocialProblems, Lang::En) => "Problems in the interplay between feelings, behaviour and social surroundings, such as low mood, stress, insecurity, loneliness or difficulty with relationships. They are often temporary and linked to events at home, at school or among peers.",
            (Self::MentalHealthProblems, Lang::Nl) => "Klachten die passen bij een psychische stoornis, zoals angst, depressie, eetproblemen, trauma of psychose, en die vaak behandeling door de jeugd-ggz of ggz vragen. Het NJi noemt (geestelijke) gezondheid als een van de belangrijke thema's bij mbo-studenten.",
            (Self::MentalHealthProblems, Lang::En) => "Complaints that fit a mental disorder, such as anxiety, depression, eating problems, trauma or psychosis, which often call for treatment by youth or adult mental health services. The NJi names (mental) health as one of the key themes for mbo students.",
            (Self::BehaviouralProblems, Lang::Nl) => "Gedrag dat het leren van de leerling zelf of van anderen verstoort, zoals agressie, opstandigheid, driftbuien of voortdurend conflict met leraren en klasgenoten. Het gedrag is vaak een signaal van onderliggende problemen thuis, in de ontwikkeling of in de groep.",
            (Self::BehaviouralProblems, Lang::En) => "Behaviour that disrupts the learning of the pupil or of others, such as aggression, defiance, temper outbursts or constant conflict with teachers and classmates. The behaviour is often a signal of underlying problems at home, in development or in the group.",
            (Self::MultipleProblems, Lang::Nl) => "Een situatie waarin meerdere problemen tegelijk spelen en elkaar versterken, bijvoorbeeld psychische klachten, schulden, problemen in het gezin en schooluitval. Eén hulpverlener of één wet is dan zelden genoeg; er is samenhangende hulp met regie nodig.",
            (Self::MultipleProblems, Lang::En) => "A situation in which several problems occur at once and reinforce each other, for example mental health complaints, debts, family problems and dropping out of school. A single professional or a single act is then rarely enough; coordinated help with case management is needed.",
            (Self::IncomeAndDebts, Lang::Nl) => "Te weinig inkomen, betalingsachterstanden of schulden bij de jongere of het gezin. Vooral bij mbo-studenten rond achttien jaar spelen zorgverzekering, studiefinanciering en telefoonschulden; een budgetcoach of schuldhulpverlening kan dan nodig zijn.",
            (Self::IncomeAndDebts, Lang::En) => "Insufficient income, payment arrears or debts of the young person or the family. Health insurance, student finance and phone debts play a role especially among mbo students around eighteen; a budget coach or debt counselling may then be needed.",
            (Self::FamilyRelations, Lang::Nl) => "Spanningen of breuken in de relaties binnen het gezin, zoals conflicten tussen ouders en kind, een (vecht)scheiding of de zorg voor een ziek gezinslid. Het NJi noemt gezinsrelaties als belangrijk thema bij mbo-studenten.",
            (Self::FamilyRelations, Lang::En) => "Tension or breakdown in relationships within the family, such as conflict between parents and child, a (high-conflict) divorce or caring for a sick family member. The NJi names family relations as a key theme for mbo students.",
            (Self::ParentingQuestions, Lang::Nl) => "Vragen en onzekerheden van ouders over het opvoeden van hun kind, van gewone opvoedingsvragen over grenzen stellen, slapen of schermgebruik tot opvoedingsproblemen waarbij de ouders zelf hulp nodig hebben, bijvoorbeeld in het omgaan met de beperking van hun kind. Dit speelt vooral in het po en so, waar ouders dicht bij school staan.",
            (Self::ParentingQuestions, Lang::En) => "Parents' questions and uncertainties about raising their child, from ordinary parenting questions about setting limits, sleep or screen use to parenting problems in which the parents themselves need help, for example in dealing with their child's disability. This mainly arises in primary and special education, where parents are close to the school.",
            (Self::UnsafeHomeSituation, Lang::Nl) => "Een thuissituatie waarin een kind of jongere lichamelijk of psychisch niet veilig is, door geweld, mishandeling, verwaarlozing of getuige zijn van geweld tussen ouders. Scholen en hulpverleners volgen hierbij de meldcode huiselijk geweld en kindermishandeling.",
            (Self::UnsafeHomeSituation, Lang::En) => "A home situation in which a child or young person is physically or emotionally unsafe, because of violence, abuse, neglect or witnessing violence between parents. Schools and care professionals follow the reporting code for domestic violence and child abuse (meldcode) in such cases.",
            (Self::SchoolAbsence, Lang::Nl) => "Het wegblijven van school of lessen, geoorloofd of ongeoorloofd (ook door vaak of lang ziek melden), in een mate die het leren bedreigt. Verzuim is vaak een vroeg signaal van problemen elders, zoals ziekte, angst of spanningen thuis.",
            (Self::SchoolAbsence, Lang::En) => "Staying away from school or lessons, with or without permission (including frequent or long sick reports), to an extent that threatens learning. Absence is often an early signal of problems elsewhere, such as illness, anxiety or tension at home.",
            (Self::HomeSitting, Lang::Nl) => "De situatie waarin een leer- of kwalificatieplichtige jongere (van 5 tot 18 jaar) zonder geldige reden en zonder vrijstelling vier weken of langer niet naar school gaat, of niet bij een school staat ingeschreven. Regio's hanteren kleine verschillen in de definitie. Vaak is er geen passend onderwijsaanbod gevonden.",
            (Self::HomeSitting, Lang::En) => "The situation in which a young person of compulsory school age or under the duty to stay in education until qualified (5 to 18) does not attend school for four weeks or more without a valid reason or exemption, or is not enrolled at any school. Regions use slightly different definitions. Often no suitable educational place has been found.",
            (Self::Housing, Lang::Nl) => "Geen stabiele of passende woonplek hebben, bijvoorbeeld door uit huis gezet te worden, bij wisselende kennissen te slapen of niet terug te kunnen naar ouders. Dit speelt vooral bij oudere studenten en maakt regelmatig schoolbezoek moeilijk.",
            (Self::Housing, Lang::En) => "Not having a stable or suitable place to live, for example after being evicted, sleeping at changing acquaintances' homes or being unable to return to parents. This mainly affects older students and makes regular school attendance hard.",
            (Self::SubstanceUse, Lang::Nl) => "Risicovol of problematisch gebruik van alcohol, drugs, tabak of andere middelen, dat schoolprestaties, gezondheid of veiligheid schaadt. Het speelt vooral bij oudere leerlingen en studenten.",
            (Self::SubstanceUse, Lang::En) => "Risky or problematic use of alcohol, drugs, tobacco or other substances that harms school performance, health or safety. It mainly affects older pupils and students.",
            (Self::Bullying, Lang::Nl) => "Stelselmatig gepest, buitengesloten of bedreigd worden door leeftijdgenoten, op school of online, of zich om andere redenen niet veilig voelen in de groep. Scholen moeten zorgen voor een sociaal veilige omgeving, met veiligheidsbeleid, een coördinator en aanspreekpunt en jaarlijkse monitoring; het probleem raakt dus zowel de leerling als de groep.",
            (Self::Bullying, Lang::En) => "Being systematically bullied, excluded or threatened by peers, at school or online, or otherwise not feeling safe in the group. Schools must ensure a socially safe environment, with a safety policy, a coordinator and contact person and yearly monitoring, so the problem concerns both the pupil and the group.",
            (Self::Delinquency, Lang::Nl) => "Gedrag waarmee een jongere de wet overtreedt of ernstig over sociale normen heen gaat, zoals diefstal, geweld of betrokkenheid bij criminele netwerken. Hulp kan samenlopen met jeugdreclassering.",
            (Self::Delinquency, Lang::En) => "Behaviour by which a young person breaks the law or seriously crosses social norms, such as theft, violence or involvement in criminal networks. Help may run alongside youth probation (jeugdreclassering).",
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

crate::code::facet_code!(Need, "need");
