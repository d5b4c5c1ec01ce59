// @generated from taxonomy/ by `cargo xtask codegen`. Do not edit by hand.
//! Facet `activity`: Activiteit (Activity).

use crate::Lang;
use crate::DeprecationNote;

#[doc = " **Activiteit** (Activity)"]
#[doc = " "]
#[doc = " Wat professionals in jeugdhulp op school feitelijk doen, met leerlingen, ouders, leraren of de school als geheel. Een praktijk omvat meestal meerdere activiteiten; leg ze allemaal vast. Drie begrippen in dit facet zijn eigenlijk diensten, een vaste bundel activiteiten van één beroepsgroep (schoolmaatschappelijk werk (`school-social-work`), jongerenwerk (`youth-work`) en ambulante begeleiding (`ambulant-educational-guidance`)); tag bij die diensten ook de afzonderlijke activiteiten die de bron noemt."]
#[doc = " "]
#[doc = " What professionals in youth care at school actually do, with pupils, parents, teachers or the school as a whole. A practice usually includes several activities; record all of them. Three concepts in this facet are really services, a standing bundle of activities of one profession (school social work (`school-social-work`), youth work (`youth-work`) and visiting specialist support (`ambulant-educational-guidance`)); with these services, also tag the separate activities the source names."]
#[doc = " "]
#[doc = " A record may carry several of its concepts."]
#[derive(Copy, Clone, PartialEq, Eq, PartialOrd, Ord, Hash, Debug)]
#[non_exhaustive]
pub enum Activity {
    #[doc = " **Ondersteuning van leerkrachten** (Support for teachers), id `teacher-support`"]
    #[doc = " "]
    #[doc = " Verzamelbegrip voor activiteiten waarmee een jeugdhulpprofessional de leerkracht of docent helpt om beter in te spelen op wat leerlingen nodig hebben. De leerling profiteert indirect, via de leraar. Consultatie, coaching en deskundigheidsbevordering vallen hieronder."]
    #[doc = " "]
    #[doc = " Umbrella term for activities through which a youth care professional helps the teacher respond better to what pupils need. The pupil benefits indirectly, through the teacher. Consultation, coaching and professional development fall under it."]
    TeacherSupport,
    #[doc = " **Consultatie en advies aan leerkrachten** (Consultation and advice to teachers), id `teacher-consultation`"]
    #[doc = " "]
    #[doc = " Een leerkracht of docent legt een vraag over een leerling of over de klas voor aan een jeugdhulpprofessional en krijgt advies. De professional ziet de leerling daarbij niet altijd zelf; de aanpak blijft de verantwoordelijkheid van de leraar. Het kan om een eenmalig consult gaan of om vaste consultatiemomenten."]
    #[doc = " "]
    #[doc = " A teacher puts a question about a pupil or about the class to a youth care professional and receives advice. The professional does not always see the pupil; the approach remains the teacher's responsibility. It can be a one-off consultation or regular consultation slots."]
    TeacherConsultation,
    #[doc = " **Coachen van leerkrachten** (Coaching teachers), id `teacher-coaching`"]
    #[doc = " "]
    #[doc = " Een jeugdhulpprofessional begeleidt een leerkracht of docent een tijd lang bij het eigen handelen in de klas, bijvoorbeeld door lessen bij te wonen en die samen na te bespreken. Doel is dat de leraar zelf beter aansluit bij leerlingen met extra behoeften. Deze vorm komt vooral voor waar jeugdhulp breder mag worden ingezet dan per individuele leerling."]
    #[doc = " "]
    #[doc = " A youth care professional supports a teacher for some time in their own practice in the classroom, for example by attending lessons and reviewing them together afterwards. The aim is that the teacher is better able to meet pupils with additional needs. This form mainly occurs where youth care may be used more broadly than per individual pupil."]
    TeacherCoaching,
    #[doc = " **Deskundigheidsbevordering van het schoolteam** (Professional development of the school team), id `staff-training`"]
    #[doc = " "]
    #[doc = " Jeugdhulpprofessionals delen kennis met het hele team of met een groep medewerkers, bijvoorbeeld via een studiemiddag, intervisie of een training over angst, trauma of gedrag. De activiteit richt zich op het team als geheel en niet op één leraar. Soms volgen onderwijs- en jeugdhulpmedewerkers zo'n scholing samen."]
    #[doc = " "]
    #[doc = " Youth care professionals share knowledge with the whole team or a group of staff, for example through a study afternoon, peer supervision or training on anxiety, trauma or behaviour. The activity addresses the team as a whole rather than one teacher. Sometimes education and youth care staff attend such training together."]
    StaffTraining,
    #[doc = " **Werken aan het pedagogisch klimaat** (Working on the pedagogical climate), id `pedagogical-climate-work`"]
    #[doc = " "]
    #[doc = " Samen met de school bouwen aan een veilige, voorspelbare en steunende omgeving in klas en school, bijvoorbeeld via gedeelde afspraken over omgangsvormen, één lijn in de aanpak van gedrag of aandacht voor groepsvorming. Omdat het de school als geheel betreft, werkt het preventief voor alle leerlingen."]
    #[doc = " "]
    #[doc = " Building, together with the school, a safe, predictable and supportive environment in class and school, for example through shared agreements on conduct, a consistent approach to behaviour or attention to group formation. Because it concerns the school as a whole, it has a preventive effect for all pupils."]
    PedagogicalClimateWork,
    #[doc = " **Groepswerk in de klas** (Group work in class), id `classroom-group-work`"]
    #[doc = " "]
    #[doc = " Een jeugdhulpprofessional werkt met een hele klas, al dan niet samen met de leraar, bijvoorbeeld met lessen over weerbaarheid, groepsdynamiek of omgaan met stress, of met een klassengesprek na een ingrijpende gebeurtenis. De hele groep doet mee; er is geen selectie van leerlingen."]
    #[doc = " "]
    #[doc = " A youth care professional works with a whole class, with or without the teacher, for example through lessons on resilience, group dynamics or coping with stress, or through a class conversation after a distressing event. The whole group takes part; pupils are not selected."]
    ClassroomGroupWork,
    #[doc = " **Groepstraining** (Group training), id `group-training`"]
    #[doc = " "]
    #[doc = " Een training voor een kleine groep leerlingen die om een gedeelde reden zijn geselecteerd, zoals faalangst, sociale onzekerheid of somberheid. De training bestaat uit een vast aantal bijeenkomsten met een omschreven doel en wordt vaak onder schooltijd in het schoolgebouw gegeven."]
    #[doc = " "]
    #[doc = " A training for a small group of pupils selected for a shared reason, such as fear of failure, social insecurity or low mood. It consists of a fixed number of sessions with a defined aim and is often given in the school building during school hours."]
    GroupTraining,
    #[doc = " **Inloopspreekuur** (Walk-in hours), id `walk-in-hours`"]
    #[doc = " "]
    #[doc = " Een vast moment op een vaste plek in school waarop leerlingen, en soms ouders of leraren, zonder afspraak bij een jeugdhulpprofessional kunnen binnenlopen. Het spreekuur maakt het makkelijker om een vraag te stellen en helpt om zorgen vroeg op te vangen."]
    #[doc = " "]
    #[doc = " A fixed time at a fixed place in school when pupils, and sometimes parents or teachers, can drop in on a youth care professional without an appointment. It makes it easier to ask a question and helps to pick up concerns early."]
    WalkInHours,
    #[doc = " **Vroegsignalering** (Early identification), id `early-identification`"]
    #[doc = " "]
    #[doc = " Zorgen over de ontwikkeling, het gedrag of de thuissituatie van een leerling zo vroeg mogelijk opmerken, bespreken en duiden, zodat er op tijd iets kan gebeuren. Jeugdhulpprofessionals doen dit zelf in de school en helpen leraren om signalen te herkennen en te bespreken."]
    #[doc = " "]
    #[doc = " Noticing, discussing and interpreting concerns about a pupil's development, behaviour or home situation as early as possible, so that action can be taken in time. Youth care professionals do this themselves in the school and help teachers to recognise and raise signals."]
    EarlyIdentification,
    #[doc = " **Verwijzen als linking pin** (Linking pupils to outside help), id `referral-linking-pin`"]
    #[doc = " "]
    #[doc = " Een professional op school verbindt de interne ondersteuning van de school met hulp van buiten, zoals het wijkteam, een gemeentelijk jeugdteam of de huisarts. Dat omvat inschatten welke hulp past, de overdracht regelen en contact houden, zodat school en hulpverlening van elkaar weten wat er gebeurt."]
    #[doc = " "]
    #[doc = " A professional at school connects the school's internal support with help from outside, such as the neighbourhood team, a municipal youth team or the GP. This includes judging which help fits, arranging the handover and keeping in touch, so that school and care know what the other is doing."]
    ReferralLinkingPin,
    #[doc = " **Casusoverleg in het zorgteam** (Case consultation in the care team), id `care-team-case-consultation`"]
    #[doc = " "]
    #[doc = " Overleg waarin school en betrokken professionals de situatie van afzonderlijke leerlingen bespreken, tot een gedeeld beeld komen en afspreken wie wat doet. Het vindt plaats in het intern zorgteam, het ondersteuningsteam of een zorg- en adviesteam (ZAT), met of zonder ouders en leerling."]
    #[doc = " "]
    #[doc = " Meeting in which the school and the professionals involved discuss the situation of individual pupils, arrive at a shared picture and agree who does what. It takes place in the internal care team, the support team or a multi-agency care and advice team (ZAT), with or without parents and pupil."]
    CareTeamCaseConsultation,
    #[doc = " **Casusregie** (Case management), id `case-management`"]
    #[doc = " "]
    #[doc = " Eén professional bewaakt het overzicht wanneer meerdere hulpverleners en de school tegelijk bij een leerling of gezin betrokken zijn. Deze persoon zorgt voor één samenhangend plan, ziet toe op de afspraken en is het vaste aanspreekpunt voor het gezin."]
    #[doc = " "]
    #[doc = " One professional keeps the overview when several care workers and the school are involved with a pupil or family at the same time. This person ensures one coherent plan, monitors the agreements and is the family's fixed point of contact."]
    CaseManagement,
    #[doc = " **Individuele hulp aan leerlingen** (Individual help for pupils), id `individual-help`"]
    #[doc = " "]
    #[doc = " Verzamelbegrip voor hulp die een jeugdhulpprofessional rechtstreeks aan één leerling geeft, van enkele gesprekken tot behandeling. De smallere begrippen geven aan om welke vorm het gaat."]
    #[doc = " "]
    #[doc = " Umbrella term for help that a youth care professional gives directly to one pupil, from a few conversations to treatment. The narrower concepts say which form it takes."]
    IndividualHelp,
    #[doc = " **Kortdurende begeleiding** (Short-term counselling), id `short-term-counselling`"]
    #[doc = " "]
    #[doc = " Een beperkt aantal gesprekken met een leerling over een afgebakende vraag, zoals stress, ruzie thuis of twijfel over de opleiding. Doel is de leerling weer op weg te helpen of, als dat niet genoeg is, samen passende vervolghulp te vinden."]
    #[doc = " "]
    #[doc = " A limited number of conversations with a pupil about a well-defined question, such as stress, quarrels at home or doubts about the course. The aim is to help the pupil back on track or, if that is not enough, to find suitable follow-up help together."]
    ShortTermCounselling,
    #[doc = " **Begeleiding in de klas** (Support in class), id `in-class-support`"]
    #[doc = " "]
    #[doc = " Een jeugdhulpprofessional is tijdens de les aanwezig en ondersteunt één of enkele leerlingen op het moment dat het nodig is, bijvoorbeeld bij spanning, onrust of een conflict. De leraar blijft verantwoordelijk voor de les; de professional helpt de leerling om mee te blijven doen."]
    #[doc = " "]
    #[doc = " A youth care professional is present during lessons and supports one or a few pupils at the moment it is needed, for example with tension, restlessness or a conflict. The teacher remains responsible for the lesson; the professional helps the pupil to keep taking part."]
    InClassSupport,
    #[doc = " **Behandeling** (Treatment), id `treatment`"]
    #[doc = " "]
    #[doc = " Doelgerichte, methodische hulp bij een vastgestelde stoornis of een ernstig probleem, zoals een angststoornis, trauma of ernstige gedragsproblemen, uitgevoerd door of onder verantwoordelijkheid van een gekwalificeerde behandelaar. Op school gebeurt dit bijvoorbeeld binnen een onderwijs-zorgarrangement of als behandeling onder schooltijd die de aanbieder naar de school brengt."]
    #[doc = " "]
    #[doc = " Goal-directed, methodical help for a diagnosed disorder or a serious problem, such as an anxiety disorder, trauma or severe behavioural problems, carried out by or under the responsibility of a qualified practitioner. At school this happens, for example, within an education-care arrangement or as treatment during school hours that the provider brings to the school."]
    Treatment,
    #[doc = " **Diagnostiek en onderzoek** (Diagnostic assessment), id `diagnostic-assessment`"]
    #[doc = " "]
    #[doc = " Systematisch nagaan wat er met een leerling aan de hand is en wat hij of zij nodig heeft, met gesprekken, observaties (ook in de groep) en zo nodig tests. De uitkomst geeft richting aan de keuze tussen ondersteuning op school, jeugdhulp of behandeling."]
    #[doc = " "]
    #[doc = " Systematically establishing what is going on with a pupil and what he or she needs, using interviews, observations (including in the group) and tests where needed. The outcome guides the choice between support at school, youth care or treatment."]
    DiagnosticAssessment,
    #[doc = " **Werken met ouders en gezin** (Working with parents and families), id `parent-and-family-work`"]
    #[doc = " "]
    #[doc = " Contact met ouders of verzorgers en andere gezinsleden om zorgen te bespreken, opvoedvragen op te pakken of hulp thuis en op school op elkaar af te stemmen. Dit loopt van een enkel gesprek op school tot gezinsbegeleiding bij het gezin thuis."]
    #[doc = " "]
    #[doc = " Contact with parents or carers and other family members to discuss concerns, take up parenting questions or align help at home and at school. This ranges from a single conversation at school to family support in the family's home."]
    ParentAndFamilyWork,
    #[doc = " **Hulp bij geld en schulden** (Help with money and debts), id `debt-and-money-help`"]
    #[doc = " "]
    #[doc = " Jongeren helpen overzicht te krijgen over inkomsten, uitgaven en schulden, bijvoorbeeld rond studiefinanciering, zorgtoeslag of betalingsachterstanden, en zo nodig de schuldhulpverlening van de gemeente inschakelen, waartoe de gemeente wettelijk verplicht is. In het mbo hoort dit vaak tot het vaste aanbod, omdat geldzorgen het leren in de weg zitten."]
    #[doc = " "]
    #[doc = " Helping young people get an overview of income, spending and debts, for example around student finance, healthcare allowance or payment arrears, and calling in the municipality's debt assistance where needed, which the municipality is legally bound to provide. In mbo this is often part of the standard offer, because money worries get in the way of learning."]
    DebtAndMoneyHelp,
    #[doc = " **Verzuimbegeleiding** (Absence follow-up), id `absence-follow-up`"]
    #[doc = " "]
    #[doc = " Uitzoeken waarom een leerling wegblijft van school en samen met leerling, ouders en school werken aan terugkeer. Dit omvat gesprekken over de achterliggende oorzaken, afspraken over aanwezigheid en, bij ongeoorloofd verzuim, samenwerking met de leerplichtambtenaar."]
    #[doc = " "]
    #[doc = " Finding out why a pupil stays away from school and working towards their return together with the pupil, parents and school. It includes conversations about the underlying causes, agreements on attendance and, in the case of unauthorised absence, cooperation with the school attendance officer."]
    AbsenceFollowUp,
    #[doc = " **Medische advisering bij ziekteverzuim** (Medical advice on sickness absence), id `sick-absence-medical-advice`"]
    #[doc = " "]
    #[doc = " Een werkwijze van school, jeugdgezondheidszorg en leerplicht voor leerlingen die vaak of lang ziek worden gemeld. De school merkt het verzuim op en gaat eerst zelf in gesprek met leerling en ouders; zo nodig vraagt zij daarna een consult bij de jeugdarts aan, die de klachten bespreekt en adviseert over deelname aan de lessen. Blijft het verzuim onnodig voortduren, dan denkt de leerplichtambtenaar mee."]
    #[doc = " "]
    #[doc = " A way of working of the school, youth health care and the attendance service for pupils who are reported sick often or for long periods. The school notices the absence and first talks with the pupil and parents itself; where needed it then requests a consultation with the youth health doctor, who discusses the complaints and advises on taking part in lessons. If the absence continues without need, the attendance officer is brought in."]
    SickAbsenceMedicalAdvice,
    #[doc = " **Trajectbegeleiding** (Guidance into education or work), id `pathway-guidance`"]
    #[doc = " "]
    #[doc = " Een jongere over langere tijd begeleiden naar een passende plek in onderwijs of werk, bijvoorbeeld na uitval of bij een overstap tussen opleidingen. De begeleider houdt contact, helpt bij aanmelding en regelt samen met de jongere wat nodig is om de stap te zetten."]
    #[doc = " "]
    #[doc = " Guiding a young person over a longer period towards a suitable place in education or work, for example after dropping out or when switching between courses. The guide keeps in touch, helps with enrolment and arranges together with the young person what is needed to take the step."]
    PathwayGuidance,
    #[doc = " **Begeleiding bij de overgang naar meerderjarigheid** (Support in the transition to adulthood), id `transition-to-adulthood-support`"]
    #[doc = " "]
    #[doc = " Voorkomen dat hulp en ondersteuning abrupt stoppen wanneer een student 18 wordt en jeugdhulp op grond van de Jeugdwet in de regel eindigt. Samen met de jongere wordt op tijd, vaak met een toekomstplan, geregeld wat daarna nodig is, bijvoorbeeld begeleiding via de Wmo, zorg via de zorgverzekering of hulp bij inkomen en wonen."]
    #[doc = " "]
    #[doc = " Preventing help and support from stopping abruptly when a student turns 18 and youth care under the Youth Act as a rule ends. Together with the young person, and often with a future plan, what is needed afterwards is arranged in good time, for example support under the Social Support Act, care through health insurance or help with income and housing."]
    TransitionToAdulthoodSupport,
    #[doc = " **Jongerenwerk** (Youth work), id `youth-work`"]
    #[doc = " "]
    #[doc = " Welzijnswerk dat aansluit bij de vrije tijd, interesses en leefwereld van jongeren en werkt vanuit een langdurige relatie, met activiteiten, informele gesprekken en contact op plekken waar jongeren komen. Op school, bijvoorbeeld bij pauzeactiviteiten, helpt het jongerenwerk om jongeren te bereiken die formele hulp mijden en zorgen vroeg op te merken, en verbindt het de school met de buurt."]
    #[doc = " "]
    #[doc = " Welfare work that ties in with young people's leisure time, interests and daily life and builds on a lasting relationship, through activities, informal conversations and contact in places where young people gather. At school, for example during breaks, youth work helps to reach young people who avoid formal help and to notice concerns early, and links the school to the neighbourhood."]
    YouthWork,
    #[doc = " **Schoolmaatschappelijk werk** (School social work), id `school-social-work`"]
    #[doc = " "]
    #[doc = " Het maatschappelijk werk dat op of vanuit de school aan leerlingen en hun ouders wordt geboden: korte begeleiding, contact met ouders, deelname aan het zorgoverleg en verwijzing naar verdere hulp. Veel scholen kenden deze functie al ruim voordat de Jeugdwet en de Wet passend onderwijs in werking traden; wie haar levert en betaalt, verschilt sindsdien per gemeente (school, welzijnsorganisatie of wijkteam)."]
    #[doc = " "]
    #[doc = " The social work offered at or from the school to pupils and their parents: short-term support, contact with parents, taking part in the care meeting and referral to further help. Many schools already had this function well before the Youth Act and the Appropriate Education Act took effect; who provides and pays for it has since varied by municipality (school, welfare organisation or neighbourhood team)."]
    SchoolSocialWork,
    #[doc = " **Ambulante begeleiding** (Visiting specialist support for schools), id `ambulant-educational-guidance`"]
    #[doc = " "]
    #[doc = " Ondersteuning vanuit het onderwijs, meestal vanuit het speciaal onderwijs of het samenwerkingsverband, aan een reguliere school die een leerling met een specifieke onderwijsbehoefte begeleidt. De ambulant begeleider adviseert vooral leraren over lesaanpak en omgang en werkt soms ook rechtstreeks met de leerling. Voor leerlingen met een visuele of auditieve beperking (cluster 1 en 2) komt deze begeleiding van landelijk werkende instellingen."]
    #[doc = " "]
    #[doc = " Support from within education, usually from special education or the school partnership for passend onderwijs (samenwerkingsverband), to a mainstream school that teaches a pupil with specific educational needs. The visiting specialist mainly advises teachers on teaching approach and interaction and sometimes also works directly with the pupil. For pupils with a visual or hearing impairment (clusters 1 and 2) this support comes from institutions that work nationwide."]
    AmbulantEducationalGuidance,
}

impl Activity {
    /// The facet's id.
    pub const FACET: &'static str = "activity";

    /// Every concept of the facet in display order, deprecated ones included.
    pub const ALL: &'static [Self] = &[
        Self::TeacherSupport,
        Self::TeacherConsultation,
        Self::TeacherCoaching,
        Self::StaffTraining,
        Self::PedagogicalClimateWork,
        Self::ClassroomGroupWork,
        Self::GroupTraining,
        Self::WalkInHours,
        Self::EarlyIdentification,
        Self::ReferralLinkingPin,
        Self::CareTeamCaseConsultation,
        Self::CaseManagement,
        Self::IndividualHelp,
        Self::ShortTermCounselling,
        Self::InClassSupport,
        Self::Treatment,
        Self::DiagnosticAssessment,
        Self::ParentAndFamilyWork,
        Self::DebtAndMoneyHelp,
        Self::AbsenceFollowUp,
        Self::SickAbsenceMedicalAdvice,
        Self::PathwayGuidance,
        Self::TransitionToAdulthoodSupport,
        Self::YouthWork,
        Self::SchoolSocialWork,
        Self::AmbulantEducationalGuidance,
    ];

    /// The concept's permanent id.
    pub const fn id(self) -> &'static str {
        match self {
            Self::TeacherSupport => "teacher-support",
            Self::TeacherConsultation => "teacher-consultation",
            Self::TeacherCoaching => "teacher-coaching",
            Self::StaffTraining => "staff-training",
            Self::PedagogicalClimateWork => "pedagogical-climate-work",
            Self::ClassroomGroupWork => "classroom-group-work",
            Self::GroupTraining => "group-training",
            Self::WalkInHours => "walk-in-hours",
            Self::EarlyIdentification => "early-identification",
            Self::ReferralLinkingPin => "referral-linking-pin",
            Self::CareTeamCaseConsultation => "care-team-case-consultation",
            Self::CaseManagement => "case-management",
            Self::IndividualHelp => "individual-help",
            Self::ShortTermCounselling => "short-term-counselling",
            Self::InClassSupport => "in-class-support",
            Self::Treatment => "treatment",
            Self::DiagnosticAssessment => "diagnostic-assessment",
            Self::ParentAndFamilyWork => "parent-and-family-work",
            Self::DebtAndMoneyHelp => "debt-and-money-help",
            Self::AbsenceFollowUp => "absence-follow-up",
            Self::SickAbsenceMedicalAdvice => "sick-absence-medical-advice",
            Self::PathwayGuidance => "pathway-guidance",
            Self::TransitionToAdulthoodSupport => "transition-to-adulthood-support",
            Self::YouthWork => "youth-work",
            Self::SchoolSocialWork => "school-social-work",
            Self::AmbulantEducationalGuidance => "ambulant-educational-guidance",
        }
    }

    /// The preferred label in `lang`.
    pub const fn label(self, lang: Lang) -> &'static str {
        match (self, lang) {
            (Self::TeacherSupport, Lang::Nl) => "Ondersteuning van leerkrachten",
            (Self::TeacherSupport, Lang::En) => "Support for teachers",
            (Self::TeacherConsultation, Lang::Nl) => "Consultatie en advies aan leerkrachten",
            (Self::TeacherConsultation, Lang::En) => "Consultation and advice to teachers",
            (Self::TeacherCoaching, Lang::Nl) => "Coachen van leerkrachten",
            (Self::TeacherCoaching, Lang::En) => "Coaching teachers",
            (Self::StaffTraining, Lang::Nl) => "Deskundigheidsbevordering van het schoolteam",
            (Self::StaffTraining, Lang::En) => "Professional development of the school team",
            (Self::PedagogicalClimateWork, Lang::Nl) => "Werken aan het pedagogisch klimaat",
            (Self::PedagogicalClimateWork, Lang::En) => "Working on the pedagogical climate",
            (Self::ClassroomGroupWork, Lang::Nl) => "Groepswerk in de klas",
            (Self::ClassroomGroupWork, Lang::En) => "Group work in class",
            (Self::GroupTraining, Lang::Nl) => "Groepstraining",
            (Self::GroupTraining, Lang::En) => "Group training",
            (Self::WalkInHours, Lang::Nl) => "Inloopspreekuur",
            (Self::WalkInHours, Lang::En) => "Walk-in hours",
            (Self::EarlyIdentification, Lang::Nl) => "Vroegsignalering",
            (Self::EarlyIdentification, Lang::En) => "Early identification",
            (Self::ReferralLinkingPin, Lang::Nl) => "Verwijzen als linking pin",
            (Self::ReferralLinkingPin, Lang::En) => "Linking pupils to outside help",
            (Self::CareTeamCaseConsultation, Lang::Nl) => "Casusoverleg in het zorgteam",
            (Self::CareTeamCaseConsultation, Lang::En) => "Case consultation in the care team",
            (Self::CaseManagement, Lang::Nl) => "Casusregie",
            (Self::CaseManagement, Lang::En) => "Case management",
            (Self::IndividualHelp, Lang::Nl) => "Individuele hulp aan leerlingen",
            (Self::IndividualHelp, Lang::En) => "Individual help for pupils",
            (Self::ShortTermCounselling, Lang::Nl) => "Kortdurende begeleiding",
            (Self::ShortTermCounselling, Lang::En) => "Short-term counselling",
            (Self::InClassSupport, Lang::Nl) => "Begeleiding in de klas",
            (Self::InClassSupport, Lang::En) => "Support in class",
            (Self::Treatment, Lang::Nl) => "Behandeling",
            (Self::Treatment, Lang::En) => "Treatment",
            (Self::DiagnosticAssessment, Lang::Nl) => "Diagnostiek en onderzoek",
            (Self::DiagnosticAssessment, Lang::En) => "Diagnostic assessment",
            (Self::ParentAndFamilyWork, Lang::Nl) => "Werken met ouders en gezin",
            (Self::ParentAndFamilyWork, Lang::En) => "Working with parents and families",
            (Self::DebtAndMoneyHelp, Lang::Nl) => "Hulp bij geld en schulden",
            (Self::DebtAndMoneyHelp, Lang::En) => "Help with money and debts",
            (Self::AbsenceFollowUp, Lang::Nl) => "Verzuimbegeleiding",
            (Self::AbsenceFollowUp, Lang::En) => "Absence follow-up",
            (Self::SickAbsenceMedicalAdvice, Lang::Nl) => "Medische advisering bij ziekteverzuim",
            (Self::SickAbsenceMedicalAdvice, Lang::En) => "Medical advice on sickness absence",
            (Self::PathwayGuidance, Lang::Nl) => "Trajectbegeleiding",
            (Self::PathwayGuidance, Lang::En) => "Guidance into education or work",
            (Self::TransitionToAdulthoodSupport, Lang::Nl) => "Begeleiding bij de overgang naar meerderjarigheid",
            (Self::TransitionToAdulthoodSupport, Lang::En) => "Support in the transition to adulthood",
            (Self::YouthWork, Lang::Nl) => "Jongerenwerk",
            (Self::YouthWork, Lang::En) => "Youth work",
            (Self::SchoolSocialWork, Lang::Nl) => "Schoolmaatschappelijk werk",
            (Self::SchoolSocialWork, Lang::En) => "School social work",
            (Self::AmbulantEducationalGuidance, Lang::Nl) => "Ambulante begeleiding",
            (Self::AmbulantEducationalGuidance, Lang::En) => "Visiting specialist support for schools",
        }
    }

    /// The definition in `lang` (Markdown).
    pub const fn definition(self, lang: Lang) -> &'static str {
        match (self, lang) {
            (Self::TeacherSupport, Lang::Nl) => "Verzamelbegrip voor activiteiten waarmee een jeugdhulpprofessional de leerkracht of docent helpt om beter in te spelen op wat leerlingen nodig hebben. De leerling profiteert indirect, via de leraar. Consultatie, coaching en deskundigheidsbevordering vallen hieronder.",
            (Self::TeacherSupport, Lang::En) => "Umbrella term for activities through which a youth care professional helps the teacher respond better to what pupils need. The pupil benefits indirectly, through the teacher. Consultation, coaching and professional development fall under it.",
            (Self::TeacherConsultation, Lang::Nl) => "Een leerkracht of docent legt een vraag over een leerling of over de klas voor aan een jeugdhulpprofessional en krijgt advies. De professional ziet de leerling daarbij niet altijd zelf; de aanpak blijft de verantwoordelijkheid van de leraar. Het kan om een eenmalig consult gaan of om vaste consultatiemomenten.",
            (Self::TeacherConsultation, Lang::En) => "A teacher puts a question about a pupil or about the class to a youth care professional and receives advice. The professional does not always see the pupil; the approach remains the teacher's responsibility. It can be a one-off consultation or regular consultation slots.",
            (Self::TeacherCoaching, Lang::Nl) => "Een jeugdhulpprofessional begeleidt een leerkracht of docent een tijd lang bij het eigen handelen in de klas, bijvoorbeeld door lessen bij te wonen en die samen na te bespreken. Doel is dat de leraar zelf beter aansluit bij leerlingen met extra behoeften. Deze vorm komt vooral voor waar jeugdhulp breder mag worden ingezet dan per individuele leerling.",
            (Self::TeacherCoaching, Lang::En) => "A youth care professional supports a teacher for some time in their own practice in the classroom, for example by attending lessons and reviewing them together afterwards. The aim is that the teacher is better able to meet pupils with additional needs. This form mainly occurs where youth care may be used more broadly than per individual pupil.",
            (Self::StaffTraining, Lang::Nl) => "Jeugdhulpprofessionals delen kennis met het hele team of met een groep medewerkers, bijvoorbeeld via een studiemiddag, intervisie of een training over angst, trauma of gedrag. De activiteit richt zich op het team als geheel en niet op één leraar. Soms volgen onderwijs- en jeugdhulpmedewerkers zo'n scholing samen.",
            (Self::StaffTraining, Lang::En) => "Youth care professionals share knowledge with the whole team or a group of staff, for example through a study afternoon, peer supervision or training on anxiety, trauma or behaviour. The activity addresses the team as a whole rather than one teacher. Sometimes education and youth care staff attend such training together.",
            (Self::PedagogicalClimateWork, Lang::Nl) => "Samen met de school bouwen aan een veilige, voorspelbare en steunende omgeving in klas en school, bijvoorbeeld via gedeelde afspraken over omgangsvormen, één lijn in de aanpak van gedrag of aandacht voor groepsvorming. Omdat het de school als geheel betreft, werkt het preventief voor alle leerlingen.",
            (Self::PedagogicalClimateWork, Lang::En) => "Building, together with the school, a safe, predictable and supportive environment in class and school, for example through shared agreements on conduct, a consistent approach to behaviour or attention to group formation. Because it concerns the school as a whole, it has a preventive effect for all pupils.",
            (Self::ClassroomGroupWork, Lang::Nl) => "Een jeugdhulpprofessional werkt met een hele klas, al dan niet samen met de leraar, bijvoorbeeld met lessen over weerbaarheid, groepsdynamiek of omgaan met stress, of met een klassengesprek na een ingrijpende gebeurtenis. De hele groep doet mee; er is geen selectie van leerlingen.",
            (Self::ClassroomGroupWork, Lang::En) => "A youth care professional works with a whole class, with or without the teacher, for example through lessons on resilience, group dynamics or coping with stress, or through a class conversation after a distressing event. The whole group takes part; pupils are not selected.",
            (Self::GroupTraining, Lang::Nl) => "Een training voor een kleine groep leerlingen die om een gedeelde reden zijn geselecteerd, zoals faalangst, sociale onzekerheid of somberheid. De training bestaat uit een vast aantal bijeenkomsten met een omschreven doel en wordt vaak onder schooltijd in het schoolgebouw gegeven.",
            (Self::GroupTraining, Lang::En) => "A training for a small group of pupils selected for a shared reason, such as fear of failure, social insecurity or low mood. It consists of a fixed number of sessions with a defined aim and is often given in the school building during school hours.",
            (Self::WalkInHours, Lang::Nl) => "Een vast moment op een vaste plek in school waarop leerlingen, en soms ouders of leraren, zonder afspraak bij een jeugdhulpprofessional kunnen binnenlopen. Het spreekuur maakt het makkelijker om een vraag te stellen en helpt om zorgen vroeg op te vangen.",
            (Self::WalkInHours, Lang::En) => "A fixed time at a fixed place in school when pupils, and sometimes parents or teachers, can drop in on a youth care professional without an appointment. It makes it easier to ask a question and helps to pick up concerns early.",
            (Self::EarlyIdentification, Lang::Nl) => "Zorgen over de ontwikkeling, het gedrag of de thuissituatie van een leerling zo vroeg mogelijk opmerken, bespreken en duiden, zodat er op tijd iets kan gebeuren. Jeugdhulpprofessionals doen dit zelf in de school en helpen leraren om signalen te herkennen en te bespreken.",
            (Self::EarlyIdentification, Lang::En) => "Noticing, discussing and interpreting concerns about a pupil's development, behaviour or home situation as early as possible, so that action can be taken in time. Youth care professionals do this themselves in the school and help teachers to recognise and raise signals.",
            (Self::ReferralLinkingPin, Lang::Nl) => "Een professional op school verbindt de interne ondersteuning van de school met hulp van buiten, zoals het wijkteam, een gemeentelijk jeugdteam of de huisarts. Dat omvat inschatten welke hulp past, de overdracht regelen en contact houden, zodat school en hulpverlening van elkaar weten wat er gebeurt.",
            (Self::ReferralLinkingPin, Lang::En) => "A professional at school connects the school's internal support with help from outside, such as the neighbourhood team, a municipal youth team or the GP. This includes judging which help fits, arranging the handover and keeping in touch, so that school and care know what the other is doing.",
            (Self::CareTeamCaseConsultation, Lang::Nl) => "Overleg waarin school en betrokken professionals de situatie van afzonderlijke leerlingen bespreken, tot een gedeeld beeld komen en afspreken wie wat doet. Het vindt plaats in het intern zorgteam, het ondersteuningsteam of een zorg- en adviesteam (ZAT), met of zonder ouders en leerling.",
            (Self::CareTeamCaseConsultation, Lang::En) => "Meeting in which the school and the professionals involved discuss the situation of individual pupils, arrive at a shared picture and agree who does what. It takes place in the internal care team, the support team or a multi-agency care and advice team (ZAT), with or without parents and pupil.",
            (Self::CaseManagement, Lang::Nl) => "Eén professional bewaakt het overzicht wanneer meerdere hulpverleners en de school tegelijk bij een leerling of gezin betrokken zijn. Deze persoon zorgt voor één samenhangend plan, ziet toe op de afspraken en is het vaste aanspreekpunt voor het gezin.",
            (Self::CaseManagement, Lang::En) => "One professional keeps the overview when several care workers and the school are involved with a pupil or family at the same time. This person ensures one coherent plan, monitors the agreements and is the family's fixed point of contact.",
            (Self::IndividualHelp, Lang::Nl) => "Verzamelbegrip voor hulp die een jeugdhulpprofessional rechtstreeks aan één leerling geeft, van enkele gesprekken tot behandeling. De smallere begrippen geven aan om welke vorm het gaat.",
            (Self::IndividualHelp, Lang::En) => "Umbrella term for help that a youth care professional gives directly to one pupil, from a few conversations to treatment. The narrower concepts say which form it takes.",
            (Self::ShortTermCounselling, Lang::Nl) => "Een beperkt aantal gesprekken met een leerling over een afgebakende vraag, zoals stress, ruzie thuis of twijfel over de opleiding. Doel is de leerling weer op weg te helpen of, als dat niet genoeg is, samen passende vervolghulp te vinden.",
            (Self::ShortTermCounselling, Lang::En) => "A limited number of conversations with a pupil about a well-defined question, such as stress, quarrels at home or doubts about the course. The aim is to help the pupil back on track or, if that is not enough, to find suitable follow-up help together.",
            (Self::InClassSupport, Lang::Nl) => "Een jeugdhulpprofessional is tijdens de les aanwezig en ondersteunt één of enkele leerlingen op het moment dat het nodig is, bijvoorbeeld bij spanning, onrust of een conflict. De leraar blijft verantwoordelijk voor de les; de professional helpt de leerling om mee te blijven doen.",
            (Self::InClassSupport, Lang::En) => "A youth care professional is present during lessons and supports one or a few pupils at the moment it is needed, for example with tension, restlessness or a conflict. The teacher remains responsible for the lesson; the professional helps the pupil to keep taking part.",
            (Self::Treatment, Lang::Nl) => "Doelgerichte, methodische hulp bij een vastgestelde stoornis of een ernstig probleem, zoals een angststoornis, trauma of ernstige gedragsproblemen, uitgevoerd door of onder verantwoordelijkheid van een gekwalificeerde behandelaar. Op school gebeurt dit bijvoorbeeld binnen een onderwijs-zorgarrangement of als behandeling onder schooltijd die de aanbieder naar de school brengt.",
            (Self::Treatment, Lang::En) => "Goal-directed, methodical help for a diagnosed disorder or a serious problem, such as an anxiety disorder, trauma or severe behavioural problems, carried out by or under the responsibility of a qualified practitioner. At school this happens, for example, within an education-care arrangement or as treatment during school hours that the provider brings to the school.",
            (Self::DiagnosticAssessment, Lang::Nl) => "Systematisch nagaan wat er met een leerling aan de hand is en wat hij of zij nodig heeft, met gesprekken, observaties (ook in de groep) en zo nodig tests. De uitkomst geeft richting aan de keuze tussen ondersteuning op school, jeugdhulp of behandeling.",
            (Self::DiagnosticAssessment, Lang::En) => "Systematically establishing what is going on with a pupil and what he or she needs, using interviews, observations (including in the group) and tests where needed. The outcome guides the choice between support at school, youth care or treatment.",
            (Self::ParentAndFamilyWork, Lang::Nl) => "Contact met ouders of verzorgers en andere gezinsleden om zorgen te bespreken, opvoedvragen op te pakken of hulp thuis en op school op elkaar af te stemmen. Dit loopt van een enkel gesprek op school tot gezinsbegeleiding bij het gezin thuis.",
            (Self::ParentAndFamilyWork, Lang::En) => "Contact with parents or carers and other family members to discuss concerns, take up parenting questions or align help at home and at school. This ranges from a single conversation at school to family support in the family's home.",
            (Self::DebtAndMoneyHelp, Lang::Nl) => "Jongeren helpen overzicht te krijgen over inkomsten, uitgaven en schulden, bijvoorbeeld rond studiefinanciering, zorgtoeslag of betalingsachterstanden, en zo nodig de schuldhulpverlening van de gemeente inschakelen, waartoe de gemeente wettelijk verplicht is. In het mbo hoort dit vaak tot het vaste aanbod, omdat geldzorgen het leren in de weg zitten.",
            (Self::DebtAndMoneyHelp, Lang::En) => "Helping young people get an overview of income, spending and debts, for example around student finance, healthcare allowance or payment arrears, and calling in the municipality's debt assistance where needed, which the municipality is legally bound to provide. In mbo this is often part of the standard offer, because money worries get in the way of learning.",
            (Self::AbsenceFollowUp, Lang::Nl) => "Uitzoeken waarom een leerling wegblijft van school en samen met leerling, ouders en school werken aan terugkeer. Dit omvat gesprekken over de achterliggende oorzaken, afspraken over aanwezigheid en, bij ongeoorloofd verzuim, samenwerking met de leerplichtambtenaar.",
            (Self::AbsenceFollowUp, Lang::En) => "Finding out why a pupil stays away from school and working towards their return together with the pupil, parents and school. It includes conversations about the underlying causes, agreements on attendance and, in the case of unauthorised absence, cooperation with the school attendance officer.",
            (Self::SickAbsenceMedicalAdvice, Lang::Nl) => "Een werkwijze van school, jeugdgezondheidszorg en leerplicht voor leerlingen die vaak of lang ziek worden gemeld. De school merkt het verzuim op en gaat eerst zelf in gesprek met leerling en ouders; zo nodig vraagt zij daarna een consult bij de jeugdarts aan, die de klachten bespreekt en adviseert over deelname aan de lessen. Blijft het verzuim onnodig voortduren, dan denkt de leerplichtambtenaar mee.",
            (Self::SickAbsenceMedicalAdvice, Lang::En) => "A way of working of the school, youth health care and the attendance service for pupils who are reported sick often or for long periods. The school notices the absence and first talks with the pupil and parents itself; where needed it then requests a consultation with the youth health doctor, who discusses the complaints and advises on taking part in lessons. If the absence continues without need, the attendance officer is brought in.",
            (Self::PathwayGuidance, Lang::Nl) => "Een jongere over langere tijd begeleiden naar een passende plek in onderwijs of werk, bijvoorbeeld na uitval of bij een overstap tussen opleidingen. De begeleider houdt contact, helpt bij aanmelding en regelt samen met de jongere wat nodig is om de stap te zetten.",
            (Self::PathwayGuidance, Lang::En) => "Guiding a young person over a longer period towards a suitable place in education or work, for example after dropping out or when switching between courses. The guide keeps in touch, helps with enrolment and arranges together with the young person what is needed to take the step.",
            (Self::TransitionToAdulthoodSupport, Lang::Nl) => "Voorkomen dat hulp en ondersteuning abrupt stoppen wanneer een student 18 wordt en jeugdhulp op grond van de Jeugdwet in de regel eindigt. Samen met de jongere wordt op tijd, vaak met een toekomstplan, geregeld wat daarna nodig is, bijvoorbeeld begeleiding via de Wmo, zorg via de zorgverzekering of hulp bij inkomen en wonen.",
            (Self::TransitionToAdulthoodSupport, Lang::En) => "Preventing help and support from stopping abruptly when a student turns 18 and youth care under the Youth Act as a rule ends. Together with the young person, and often with a future plan, what is needed afterwards is arranged in good time, for example support under the Social Support Act, care through health insurance or help with income and housing.",
            (Self::YouthWork, Lang::Nl) => "Welzijnswerk dat aansluit bij de vrije tijd, interesses en leefwereld van jongeren en werkt vanuit een langdurige relatie, met activiteiten, informele gesprekken en contact op plekken waar jongeren komen. Op school, bijvoorbeeld bij pauzeactiviteiten, helpt het jongerenwerk om jongeren te bereiken die formele hulp mijden en zorgen vroeg op te merken, en verbindt het de school met de buurt.",
            (Self::YouthWork, Lang::En) => "Welfare work that ties in with young people's leisure time, interests and daily life and builds on a lasting relationship, through activities, informal conversations and contact in places where young people gather. At school, for example during breaks, youth work helps to reach young people who avoid formal help and to notice concerns early, and links the school to the neighbourhood.",
            (Self::SchoolSocialWork, Lang::Nl) => "Het maatschappelijk werk dat op of vanuit de school aan leerlingen en hun ouders wordt geboden: korte begeleiding, contact met ouders, deelname aan het zorgoverleg en verwijzing naar verdere hulp. Veel scholen kenden deze functie al ruim voordat de Jeugdwet en de Wet passend onderwijs in werking traden; wie haar levert en betaalt, verschilt sindsdien per gemeente (school, welzijnsorganisatie of wijkteam).",
            (Self::SchoolSocialWork, Lang::En) => "The social work offered at or from the school to pupils and their parents: short-term support, contact with parents, taking part in the care meeting and referral to further help. Many schools already had this function well before the Youth Act and the Appropriate Education Act took effect; who provides and pays for it has since varied by municipality (school, welfare organisation or neighbourhood team).",
            (Self::AmbulantEducationalGuidance, Lang::Nl) => "Ondersteuning vanuit het onderwijs, meestal vanuit het speciaal onderwijs of het samenwerkingsverband, aan een reguliere school die een leerling met een specifieke onderwijsbehoefte begeleidt. De ambulant begeleider adviseert vooral leraren over lesaanpak en omgang en werkt soms ook rechtstreeks met de leerling. Voor leerlingen met een visuele of auditieve beperking (cluster 1 en 2) komt deze begeleiding van landelijk werkende instellingen.",
            (Self::AmbulantEducationalGuidance, Lang::En) => "Support from within education, usually from special education or the school partnership for passend onderwijs (samenwerkingsverband), to a mainstream school that teaches a pupil with specific educational needs. The visiting specialist mainly advises teachers on teaching approach and interaction and sometimes also works directly with the pupil. For pupils with a visual or hearing impairment (clusters 1 and 2) this support comes from institutions that work nationwide.",
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

crate::code::facet_code!(Activity, "activity");
