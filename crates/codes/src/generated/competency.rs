// @generated from taxonomy/ by `cargo xtask codegen`. Do not edit by hand.
//! Facet `competency`: Competentie (Competency).

use crate::Lang;
use crate::DeprecationNote;

#[doc = " **Competentie** (Competency)"]
#[doc = " "]
#[doc = " Kennis, vaardigheden en houding die professionals nodig hebben om jeugdhulp op school goed uit te voeren, zowel aan de kant van de jeugdhulp als aan de kant van het onderwijs. Rollen verwijzen naar deze competenties."]
#[doc = " "]
#[doc = " Knowledge, skills and attitudes that professionals need to deliver youth care at school well, on the youth care side as well as on the education side. Roles refer to these competencies."]
#[doc = " "]
#[doc = " A record may carry several of its concepts."]
#[derive(Copy, Clone, PartialEq, Eq, PartialOrd, Ord, Hash, Debug)]
#[non_exhaustive]
pub enum Competency {
    #[doc = " **Interprofessioneel samenwerken** (Interprofessional collaboration), id `interprofessional-collaboration`"]
    #[doc = " "]
    #[doc = " Met professionals uit een andere sector aan een gezamenlijk doel werken: elkaars taal, werkwijze en grenzen begrijpen, plannen op elkaar afstemmen of samen één plan maken, taken helder verdelen en elkaars deskundigheid benutten. Voor jeugdhulp op school betekent dit vooral het bouwen van een werkrelatie tussen onderwijs en jeugdhulp, zowel preventief als rond een individuele leerling."]
    #[doc = " "]
    #[doc = " Working towards a shared goal with professionals from another sector: understanding each other's language, methods and limits, aligning plans or making one joint plan, dividing tasks clearly and using each other's expertise. In youth care at school this mainly means building a working relationship between education and youth care, both preventively and around an individual pupil."]
    InterprofessionalCollaboration,
    #[doc = " **Kennis van het onderwijsstelsel** (Knowledge of the education system), id `education-system-knowledge`"]
    #[doc = " "]
    #[doc = " Weten hoe scholen werken en georganiseerd zijn: de schoolsoorten, passend onderwijs en het samenwerkingsverband, de ondersteuningsstructuur van een school, het ritme van het schooljaar en de positie van de leraar. Jeugdhulpprofessionals hebben deze kennis nodig om schoolgericht te werken en hun hulp in de school te laten passen."]
    #[doc = " "]
    #[doc = " Knowing how schools work and are organised: the school types, passend onderwijs and the school partnership (samenwerkingsverband), a school's support structure, the rhythm of the school year and the position of the teacher. Youth care professionals need this knowledge to work with the school in mind and fit their help into the school."]
    EducationSystemKnowledge,
    #[doc = " **Kennis van het jeugdhulpstelsel en het sociaal domein** (Knowledge of the youth care system and the social domain), id `youth-care-system-knowledge`"]
    #[doc = " "]
    #[doc = " Weten hoe jeugdhulp en aanpalende voorzieningen geregeld zijn: de rol van de gemeente en het wijkteam, de verschillende toegangsroutes (vrij toegankelijk, via de gemeente of via huisarts, jeugdarts of medisch specialist), het aanbod in de regio en de aansluiting op Wmo en zorgverzekering na het 18e jaar. Onderwijsprofessionals hebben deze kennis nodig om leerlingen gericht te laten helpen."]
    #[doc = " "]
    #[doc = " Knowing how youth care and related services are organised: the role of the municipality and the neighbourhood team, the different access routes (open access, through the municipality or through the GP, youth health doctor or medical specialist), the services in the region and the link to the Social Support Act and health insurance after age 18. Education professionals need this knowledge to get pupils the right help."]
    YouthCareSystemKnowledge,
    #[doc = " **Werken met groepen in de klas** (Working with groups in class), id `working-with-groups`"]
    #[doc = " "]
    #[doc = " Een klas of groep kunnen begeleiden: groepsprocessen herkennen, een veilige sfeer creëren, een les of training leiden en individuele leerlingen in de groep ondersteunen zonder hen apart te zetten. Hulpverleners die gewend zijn aan één-op-éénwerk moeten dit vaak nog ontwikkelen."]
    #[doc = " "]
    #[doc = " Being able to guide a class or group: recognising group processes, creating a safe atmosphere, leading a lesson or training and supporting individual pupils within the group without singling them out. Care workers used to one-to-one work often still need to develop this."]
    WorkingWithGroups,
    #[doc = " **Consultatief werken met leraren** (Consulting and coaching teachers), id `consulting-teachers`"]
    #[doc = " "]
    #[doc = " Een leraar zo adviseren of coachen dat die zelf beter kan handelen, in plaats van het probleem over te nemen. Dat vraagt inzicht in de lespraktijk, praktische en haalbare adviezen en respect voor de professionele verantwoordelijkheid van de leraar."]
    #[doc = " "]
    #[doc = " Advising or coaching a teacher in a way that enables the teacher to act better themselves, rather than taking over the problem. This calls for insight into classroom practice, practical and feasible advice and respect for the teacher's professional responsibility."]
    ConsultingTeachers,
    #[doc = " **Signaleren en inschatten van zorgen** (Identifying and assessing concerns), id `risk-identification`"]
    #[doc = " "]
    #[doc = " Tekenen van problemen bij een leerling opmerken, inschatten hoe ernstig ze zijn en weten wat de volgende stap is: zelf in gesprek gaan, collega's raadplegen of hulp inschakelen. Deze competentie is nodig voor iedereen die dagelijks met leerlingen werkt."]
    #[doc = " "]
    #[doc = " Noticing signs of problems in a pupil, judging how serious they are and knowing the next step: starting a conversation, consulting colleagues or calling in help. Everyone who works with pupils every day needs this competency."]
    RiskIdentification,
    #[doc = " **Samenwerken met ouders** (Working with parents), id `working-with-parents`"]
    #[doc = " "]
    #[doc = " Ouders en verzorgers zien als partner: hen tijdig betrekken, luisteren naar hun kennis van hun kind, moeilijke boodschappen bespreekbaar maken en afspraken thuis en op school op elkaar afstemmen. Bij meerderjarige studenten gebeurt dit alleen met hun instemming."]
    #[doc = " "]
    #[doc = " Treating parents and carers as partners: involving them in time, listening to what they know about their child, making difficult messages discussable and aligning agreements at home and at school. With adult students this happens only with their consent."]
    WorkingWithParents,
    #[doc = " **Samen beslissen met de jongere** (Shared decision making with the young person), id `shared-decision-making`"]
    #[doc = " "]
    #[doc = " De jongere als volwaardige gesprekspartner behandelen: uitgaan van wat hij of zij wil en kan, samen doelen en stappen kiezen en de jongere invloed geven op de hulp. Vooral in het mbo, waar studenten vaak meerderjarig zijn, is dit de basis van elke samenwerking."]
    #[doc = " "]
    #[doc = " Treating the young person as a full partner in the conversation: starting from what he or she wants and can do, choosing goals and steps together and giving the young person influence over the help. Especially in mbo, where students are often adults, this is the basis of any collaboration."]
    SharedDecisionMaking,
    #[doc = " **Handelen bij meervoudige problemen** (Acting in multi-problem situations), id `multi-problem-practice`"]
    #[doc = " "]
    #[doc = " Overzicht houden en prioriteiten stellen wanneer bij een leerling of gezin meerdere problemen tegelijk spelen, zoals schulden, psychische klachten, gezinsconflicten en schooluitval. Dit vraagt samenhang in de hulp, afstemming met andere hulpverleners en het vermogen om niet alles tegelijk te willen oplossen."]
    #[doc = " "]
    #[doc = " Keeping the overview and setting priorities when a pupil or family faces several problems at once, such as debts, mental health complaints, family conflict and dropping out of school. This calls for coherence in the help, coordination with other care workers and the ability not to try to solve everything at once."]
    MultiProblemPractice,
    #[doc = " **Kennis van wetgeving en privacy** (Knowledge of legislation and privacy), id `law-and-privacy-knowledge`"]
    #[doc = " "]
    #[doc = " De regels kennen die het werk op de grens van onderwijs en jeugdhulp bepalen, zoals de Jeugdwet, de onderwijswetten, de Leerplichtwet, het beroepsgeheim en de regels voor het delen van persoonsgegevens. Zo kunnen professionals informatie uitwisselen waar dat mag en nodig is, en weten zij wanneer toestemming vereist is."]
    #[doc = " "]
    #[doc = " Knowing the rules that govern work on the boundary between education and youth care, such as the Youth Act, the education acts, the Compulsory Education Act, professional secrecy and the rules for sharing personal data. Professionals can then exchange information where this is allowed and needed, and know when consent is required."]
    LawAndPrivacyKnowledge,
    #[doc = " **Werken met de meldcode** (Working with the reporting code), id `reporting-code-use`"]
    #[doc = " "]
    #[doc = " De stappen van de meldcode voor huiselijk geweld en kindermishandeling kunnen toepassen: signalen vastleggen, collegiaal en met Veilig Thuis overleggen, met de betrokkenen in gesprek gaan, het risico wegen met het afwegingskader van de eigen beroepsgroep en een besluit nemen over hulp of melden. Onder meer scholen, jeugdhulp, jeugdgezondheidszorg en leerplicht moeten een meldcode hebben."]
    #[doc = " "]
    #[doc = " Being able to apply the steps of the reporting code for domestic violence and child abuse: recording signals, consulting colleagues and Veilig Thuis, talking with those involved, weighing the risk with the assessment framework of one's own profession and deciding on help or a report. Schools, youth care, youth health care and the attendance service, among others, must have a reporting code."]
    ReportingCodeUse,
    #[doc = " **Kennis van ontwikkeling en problematiek van jeugdigen** (Knowledge of youth development and problems), id `child-development-knowledge`"]
    #[doc = " "]
    #[doc = " Begrijpen hoe kinderen en jongeren zich normaal ontwikkelen en hoe problemen zoals angst, trauma, gedragsproblemen, leerproblemen of een beperking zich op school laten zien. Deze kennis helpt om gedrag in de klas goed te duiden, gewoon lastig gedrag te onderscheiden van een probleem en passende hulp te kiezen."]
    #[doc = " "]
    #[doc = " Understanding how children and young people normally develop and how problems such as anxiety, trauma, behavioural problems, learning problems or a disability show up at school. This knowledge helps to interpret behaviour in class correctly, to tell ordinary difficult behaviour from a problem and to choose suitable help."]
    ChildDevelopmentKnowledge,
    #[doc = " **Laagdrempelig en outreachend werken** (Low-threshold and outreaching practice), id `low-threshold-presence`"]
    #[doc = " "]
    #[doc = " Zichtbaar en makkelijk aanspreekbaar zijn voor leerlingen, ouders en leraren, zelf contact zoeken wanneer er zorgen zijn en aansluiten bij de leefwereld van jongeren. Dit vraagt een informele houding en de vaardigheid om vertrouwen op te bouwen met jongeren die hulp wantrouwen."]
    #[doc = " "]
    #[doc = " Being visible and easy to approach for pupils, parents and teachers, reaching out when there are concerns and connecting with young people's everyday world. This calls for an informal attitude and the ability to build trust with young people who distrust help."]
    LowThresholdPresence,
    #[doc = " **Oplossings- en krachtgericht werken** (Solution- and strengths-based working), id `strengths-based-working`"]
    #[doc = " "]
    #[doc = " Vertrekken vanuit wat een leerling, gezin of school al kan en wil, in plaats van vanuit tekorten, en samen werken aan een haalbaar perspectief. Hierbij hoort ook het besef dat niet elke kwetsbaarheid om hulp vraagt."]
    #[doc = " "]
    #[doc = " Starting from what a pupil, family or school can already do and wants, rather than from deficits, and working together towards an achievable outlook. This includes the awareness that not every vulnerability calls for help."]
    StrengthsBasedWorking,
    #[doc = " **Leren van en met elkaar** (Learning from and with each other), id `reflective-learning`"]
    #[doc = " "]
    #[doc = " Het eigen handelen en de samenwerking geregeld onderzoeken en bijstellen, samen met collega's uit onderwijs en jeugdhulp, bijvoorbeeld via intervisie, gezamenlijke casusbesprekingen of regionale leernetwerken. Zo groeit een gedeelde werkwijze die past bij de eigen school en regio."]
    #[doc = " "]
    #[doc = " Regularly examining and adjusting one's own practice and the collaboration, together with colleagues from education and youth care, for example through peer supervision, joint case reviews or regional learning networks. This grows a shared way of working that fits one's own school and region."]
    ReflectiveLearning,
    #[doc = " **Kennis van werk, inkomen en bestaanszekerheid** (Knowledge of work, income and livelihood security), id `work-and-income-knowledge`"]
    #[doc = " "]
    #[doc = " Weten welke regelingen, toeslagen en voorzieningen jongeren hebben op het gebied van inkomen, schulden, wonen en werk, en hoe de arbeidsmarkt in de regio werkt. Nodig om vooral mbo-studenten en jongeren zonder startkwalificatie praktisch verder te helpen, bijvoorbeeld bij een toekomstplan rond het 18e jaar."]
    #[doc = " "]
    #[doc = " Knowing which schemes, allowances and services are available to young people in the areas of income, debts, housing and work, and how the regional labour market works. Needed to give practical help, especially to mbo students and young people without a basic qualification, for example with a future plan around age 18."]
    WorkAndIncomeKnowledge,
}

impl Competency {
    /// The facet's id.
    pub const FACET: &'static str = "competency";

    /// Every concept of the facet in display order, deprecated ones included.
    pub const ALL: &'static [Self] = &[
        Self::InterprofessionalCollaboration,
        Self::EducationSystemKnowledge,
        Self::YouthCareSystemKnowledge,
        Self::WorkingWithGroups,
        Self::ConsultingTeachers,
        Self::RiskIdentification,
        Self::WorkingWithParents,
        Self::SharedDecisionMaking,
        Self::MultiProblemPractice,
        Self::LawAndPrivacyKnowledge,
        Self::ReportingCodeUse,
        Self::ChildDevelopmentKnowledge,
        Self::LowThresholdPresence,
        Self::StrengthsBasedWorking,
        Self::ReflectiveLearning,
        Self::WorkAndIncomeKnowledge,
    ];

    /// The concept's permanent id.
    pub const fn id(self) -> &'static str {
        match self {
            Self::InterprofessionalCollaboration => "interprofessional-collaboration",
            Self::EducationSystemKnowledge => "education-system-knowledge",
            Self::YouthCareSystemKnowledge => "youth-care-system-knowledge",
            Self::WorkingWithGroups => "working-with-groups",
            Self::ConsultingTeachers => "consulting-teachers",
            Self::RiskIdentification => "risk-identification",
            Self::WorkingWithParents => "working-with-parents",
            Self::SharedDecisionMaking => "shared-decision-making",
            Self::MultiProblemPractice => "multi-problem-practice",
            Self::LawAndPrivacyKnowledge => "law-and-privacy-knowledge",
            Self::ReportingCodeUse => "reporting-code-use",
            Self::ChildDevelopmentKnowledge => "child-development-knowledge",
            Self::LowThresholdPresence => "low-threshold-presence",
            Self::StrengthsBasedWorking => "strengths-based-working",
            Self::ReflectiveLearning => "reflective-learning",
            Self::WorkAndIncomeKnowledge => "work-and-income-knowledge",
        }
    }

    /// The preferred label in `lang`.
    pub const fn label(self, lang: Lang) -> &'static str {
        match (self, lang) {
            (Self::InterprofessionalCollaboration, Lang::Nl) => "Interprofessioneel samenwerken",
            (Self::InterprofessionalCollaboration, Lang::En) => "Interprofessional collaboration",
            (Self::EducationSystemKnowledge, Lang::Nl) => "Kennis van het onderwijsstelsel",
            (Self::EducationSystemKnowledge, Lang::En) => "Knowledge of the education system",
            (Self::YouthCareSystemKnowledge, Lang::Nl) => "Kennis van het jeugdhulpstelsel en het sociaal domein",
            (Self::YouthCareSystemKnowledge, Lang::En) => "Knowledge of the youth care system and the social domain",
            (Self::WorkingWithGroups, Lang::Nl) => "Werken met groepen in de klas",
            (Self::WorkingWithGroups, Lang::En) => "Working with groups in class",
            (Self::ConsultingTeachers, Lang::Nl) => "Consultatief werken met leraren",
            (Self::ConsultingTeachers, Lang::En) => "Consulting and coaching teachers",
            (Self::RiskIdentification, Lang::Nl) => "Signaleren en inschatten van zorgen",
            (Self::RiskIdentification, Lang::En) => "Identifying and assessing concerns",
            (Self::WorkingWithParents, Lang::Nl) => "Samenwerken met ouders",
            (Self::WorkingWithParents, Lang::En) => "Working with parents",
            (Self::SharedDecisionMaking, Lang::Nl) => "Samen beslissen met de jongere",
            (Self::SharedDecisionMaking, Lang::En) => "Shared decision making with the young person",
            (Self::MultiProblemPractice, Lang::Nl) => "Handelen bij meervoudige problemen",
            (Self::MultiProblemPractice, Lang::En) => "Acting in multi-problem situations",
            (Self::LawAndPrivacyKnowledge, Lang::Nl) => "Kennis van wetgeving en privacy",
            (Self::LawAndPrivacyKnowledge, Lang::En) => "Knowledge of legislation and privacy",
            (Self::ReportingCodeUse, Lang::Nl) => "Werken met de meldcode",
            (Self::ReportingCodeUse, Lang::En) => "Working with the reporting code",
            (Self::ChildDevelopmentKnowledge, Lang::Nl) => "Kennis van ontwikkeling en problematiek van jeugdigen",
            (Self::ChildDevelopmentKnowledge, Lang::En) => "Knowledge of youth development and problems",
            (Self::LowThresholdPresence, Lang::Nl) => "Laagdrempelig en outreachend werken",
            (Self::LowThresholdPresence, Lang::En) => "Low-threshold and outreaching practice",
            (Self::StrengthsBasedWorking, Lang::Nl) => "Oplossings- en krachtgericht werken",
            (Self::StrengthsBasedWorking, Lang::En) => "Solution- and strengths-based working",
            (Self::ReflectiveLearning, Lang::Nl) => "Leren van en met elkaar",
            (Self::ReflectiveLearning, Lang::En) => "Learning from and with each other",
            (Self::WorkAndIncomeKnowledge, Lang::Nl) => "Kennis van werk, inkomen en bestaanszekerheid",
            (Self::WorkAndIncomeKnowledge, Lang::En) => "Knowledge of work, income and livelihood security",
        }
    }

    /// The definition in `lang` (Markdown).
    pub const fn definition(self, lang: Lang) -> &'static str {
        match (self, lang) {
            (Self::InterprofessionalCollaboration, Lang::Nl) => "Met professionals uit een andere sector aan een gezamenlijk doel werken: elkaars taal, werkwijze en grenzen begrijpen, plannen op elkaar afstemmen of samen één plan maken, taken helder verdelen en elkaars deskundigheid benutten. Voor jeugdhulp op school betekent dit vooral het bouwen van een werkrelatie tussen onderwijs en jeugdhulp, zowel preventief als rond een individuele leerling.",
            (Self::InterprofessionalCollaboration, Lang::En) => "Working towards a shared goal with professionals from another sector: understanding each other's language, methods and limits, aligning plans or making one joint plan, dividing tasks clearly and using each other's expertise. In youth care at school this mainly means building a working relationship between education and youth care, both preventively and around an individual pupil.",
            (Self::EducationSystemKnowledge, Lang::Nl) => "Weten hoe scholen werken en georganiseerd zijn: de schoolsoorten, passend onderwijs en het samenwerkingsverband, de ondersteuningsstructuur van een school, het ritme van het schooljaar en de positie van de leraar. Jeugdhulpprofessionals hebben deze kennis nodig om schoolgericht te werken en hun hulp in de school te laten passen.",
            (Self::EducationSystemKnowledge, Lang::En) => "Knowing how schools work and are organised: the school types, passend onderwijs and the school partnership (samenwerkingsverband), a school's support structure, the rhythm of the school year and the position of the teacher. Youth care professionals need this knowledge to work with the school in mind and fit their help into the school.",
            (Self::YouthCareSystemKnowledge, Lang::Nl) => "Weten hoe jeugdhulp en aanpalende voorzieningen geregeld zijn: de rol van de gemeente en het wijkteam, de verschillende toegangsroutes (vrij toegankelijk, via de gemeente of via huisarts, jeugdarts of medisch specialist), het aanbod in de regio en de aansluiting op Wmo en zorgverzekering na het 18e jaar. Onderwijsprofessionals hebben deze kennis nodig om leerlingen gericht te laten helpen.",
            (Self::YouthCareSystemKnowledge, Lang::En) => "Knowing how youth care and related services are organised: the role of the municipality and the neighbourhood team, the different access routes (open access, through the municipality or through the GP, youth health doctor or medical specialist), the services in the region and the link to the Social Support Act and health insurance after age 18. Education professionals need this knowledge to get pupils the right help.",
            (Self::WorkingWithGroups, Lang::Nl) => "Een klas of groep kunnen begeleiden: groepsprocessen herkennen, een veilige sfeer creëren, een les of training leiden en individuele leerlingen in de groep ondersteunen zonder hen apart te zetten. Hulpverleners die gewend zijn aan één-op-éénwerk moeten dit vaak nog ontwikkelen.",
            (Self::WorkingWithGroups, Lang::En) => "Being able to guide a class or group: recognising group processes, creating a safe atmosphere, leading a lesson or training and supporting individual pupils within the group without singling them out. Care workers used to one-to-one work often still need to develop this.",
            (Self::ConsultingTeachers, Lang::Nl) => "Een leraar zo adviseren of coachen dat die zelf beter kan handelen, in plaats van het probleem over te nemen. Dat vraagt inzicht in de lespraktijk, praktische en haalbare adviezen en respect voor de professionele verantwoordelijkheid van de leraar.",
            (Self::ConsultingTeachers, Lang::En) => "Advising or coaching a teacher in a way that enables the teacher to act better themselves, rather than taking over the problem. This calls for insight into classroom practice, practical and feasible advice and respect for the teacher's professional responsibility.",
            (Self::RiskIdentification, Lang::Nl) => "Tekenen van problemen bij een leerling opmerken, inschatten hoe ernstig ze zijn en weten wat de volgende stap is: zelf in gesprek gaan, collega's raadplegen of hulp inschakelen. Deze competentie is nodig voor iedereen die dagelijks met leerlingen werkt.",
            (Self::RiskIdentification, Lang::En) => "Noticing signs of problems in a pupil, judging how serious they are and knowing the next step: starting a conversation, consulting colleagues or calling in help. Everyone who works with pupils every day needs this competency.",
            (Self::WorkingWithParents, Lang::Nl) => "Ouders en verzorgers zien als partner: hen tijdig betrekken, luisteren naar hun kennis van hun kind, moeilijke boodschappen bespreekbaar maken en afspraken thuis en op school op elkaar afstemmen. Bij meerderjarige studenten gebeurt dit alleen met hun instemming.",
            (Self::WorkingWithParents, Lang::En) => "Treating parents and carers as partners: involving them in time, listening to what they know about their child, making difficult messages discussable and aligning agreements at home and at school. With adult students this happens only with their consent.",
            (Self::SharedDecisionMaking, Lang::Nl) => "De jongere als volwaardige gesprekspartner behandelen: uitgaan van wat hij of zij wil en kan, samen doelen en stappen kiezen en de jongere invloed geven op de hulp. Vooral in het mbo, waar studenten vaak meerderjarig zijn, is dit de basis van elke samenwerking.",
            (Self::SharedDecisionMaking, Lang::En) => "Treating the young person as a full partner in the conversation: starting from what he or she wants and can do, choosing goals and steps together and giving the young person influence over the help. Especially in mbo, where students are often adults, this is the basis of any collaboration.",
            (Self::MultiProblemPractice, Lang::Nl) => "Overzicht houden en prioriteiten stellen wanneer bij een leerling of gezin meerdere problemen tegelijk spelen, zoals schulden, psychische klachten, gezinsconflicten en schooluitval. Dit vraagt samenhang in de hulp, afstemming met andere hulpverleners en het vermogen om niet alles tegelijk te willen oplossen.",
            (Self::MultiProblemPractice, Lang::En) => "Keeping the overview and setting priorities when a pupil or family faces several problems at once, such as debts, mental health complaints, family conflict and dropping out of school. This calls for coherence in the help, coordination with other care workers and the ability not to try to solve everything at once.",
            (Self::LawAndPrivacyKnowledge, Lang::Nl) => "De regels kennen die het werk op de grens van onderwijs en jeugdhulp bepalen, zoals de Jeugdwet, de onderwijswetten, de Leerplichtwet, het beroepsgeheim en de regels voor het delen van persoonsgegevens. Zo kunnen professionals informatie uitwisselen waar dat mag en nodig is, en weten zij wanneer toestemming vereist is.",
            (Self::LawAndPrivacyKnowledge, Lang::En) => "Knowing the rules that govern work on the boundary between education and youth care, such as the Youth Act, the education acts, the Compulsory Education Act, professional secrecy and the rules for sharing personal data. Professionals can then exchange information where this is allowed and needed, and know when consent is required.",
            (Self::ReportingCodeUse, Lang::Nl) => "De stappen van de meldcode voor huiselijk geweld en kindermishandeling kunnen toepassen: signalen vastleggen, collegiaal en met Veilig Thuis overleggen, met de betrokkenen in gesprek gaan, het risico wegen met het afwegingskader van de eigen beroepsgroep en een besluit nemen over hulp of melden. Onder meer scholen, jeugdhulp, jeugdgezondheidszorg en leerplicht moeten een meldcode hebben.",
            (Self::ReportingCodeUse, Lang::En) => "Being able to apply the steps of the reporting code for domestic violence and child abuse: recording signals, consulting colleagues and Veilig Thuis, talking with those involved, weighing the risk with the assessment framework of one's own profession and deciding on help or a report. Schools, youth care, youth health care and the attendance service, among others, must have a reporting code.",
            (Self::ChildDevelopmentKnowledge, Lang::Nl) => "Begrijpen hoe kinderen en jongeren zich normaal ontwikkelen en hoe problemen zoals angst, trauma, gedragsproblemen, leerproblemen of een beperking zich op school laten zien. Deze kennis helpt om gedrag in de klas goed te duiden, gewoon lastig gedrag te onderscheiden van een probleem en passende hulp te kiezen.",
            (Self::ChildDevelopmentKnowledge, Lang::En) => "Understanding how children and young people normally develop and how problems such as anxiety, trauma, behavioural problems, learning problems or a disability show up at school. This knowledge helps to interpret behaviour in class correctly, to tell ordinary difficult behaviour from a problem and to choose suitable help.",
            (Self::LowThresholdPresence, Lang::Nl) => "Zichtbaar en makkelijk aanspreekbaar zijn voor leerlingen, ouders en leraren, zelf contact zoeken wanneer er zorgen zijn en aansluiten bij de leefwereld van jongeren. Dit vraagt een informele houding en de vaardigheid om vertrouwen op te bouwen met jongeren die hulp wantrouwen.",
            (Self::LowThresholdPresence, Lang::En) => "Being visible and easy to approach for pupils, parents and teachers, reaching out when there are concerns and connecting with young people's everyday world. This calls for an informal attitude and the ability to build trust with young people who distrust help.",
            (Self::StrengthsBasedWorking, Lang::Nl) => "Vertrekken vanuit wat een leerling, gezin of school al kan en wil, in plaats van vanuit tekorten, en samen werken aan een haalbaar perspectief. Hierbij hoort ook het besef dat niet elke kwetsbaarheid om hulp vraagt.",
            (Self::StrengthsBasedWorking, Lang::En) => "Starting from what a pupil, family or school can already do and wants, rather than from deficits, and working together towards an achievable outlook. This includes the awareness that not every vulnerability calls for help.",
            (Self::ReflectiveLearning, Lang::Nl) => "Het eigen handelen en de samenwerking geregeld onderzoeken en bijstellen, samen met collega's uit onderwijs en jeugdhulp, bijvoorbeeld via intervisie, gezamenlijke casusbesprekingen of regionale leernetwerken. Zo groeit een gedeelde werkwijze die past bij de eigen school en regio.",
            (Self::ReflectiveLearning, Lang::En) => "Regularly examining and adjusting one's own practice and the collaboration, together with colleagues from education and youth care, for example through peer supervision, joint case reviews or regional learning networks. This grows a shared way of working that fits one's own school and region.",
            (Self::WorkAndIncomeKnowledge, Lang::Nl) => "Weten welke regelingen, toeslagen en voorzieningen jongeren hebben op het gebied van inkomen, schulden, wonen en werk, en hoe de arbeidsmarkt in de regio werkt. Nodig om vooral mbo-studenten en jongeren zonder startkwalificatie praktisch verder te helpen, bijvoorbeeld bij een toekomstplan rond het 18e jaar.",
            (Self::WorkAndIncomeKnowledge, Lang::En) => "Knowing which schemes, allowances and services are available to young people in the areas of income, debts, housing and work, and how the regional labour market works. Needed to give practical help, especially to mbo students and young people without a basic qualification, for example with a future plan around age 18.",
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

crate::code::facet_code!(Competency, "competency");
