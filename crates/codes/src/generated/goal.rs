// @generated from taxonomy/ by `cargo xtask codegen`. Do not edit by hand.
//! Facet `goal`: Doel (Goal).

use crate::Lang;
use crate::DeprecationNote;

#[doc = " **Doel** (Goal)"]
#[doc = " "]
#[doc = " Wat een praktijk wil bereiken voor jongeren, hun ouders, de school of het stelsel. Tag de doelen die de betrokken partijen zelf uitdrukkelijk nastreven, niet elk denkbaar bijeffect. Eén praktijk heeft meestal meerdere doelen."]
#[doc = " "]
#[doc = " What a practice aims to achieve for young people, their parents, the school or the system. Tag the goals the parties involved explicitly pursue, not every conceivable side effect. A single practice usually has several goals."]
#[doc = " "]
#[doc = " A record may carry several of its concepts."]
#[derive(Copy, Clone, PartialEq, Eq, PartialOrd, Ord, Hash, Debug)]
#[non_exhaustive]
pub enum Goal {
    #[doc = " **Voortijdig schoolverlaten voorkomen** (Preventing early school leaving), id `prevent-early-school-leaving`"]
    #[doc = " "]
    #[doc = " Voorkomen dat jongeren het onderwijs verlaten zonder startkwalificatie. Scholen en gemeenten werken hiervoor samen in regio's, met een regionaal meld- en coördinatiepunt (RMC) dat uitvallers in beeld houdt. Het overgrote deel van de voortijdig schoolverlaters komt uit het mbo."]
    #[doc = " "]
    #[doc = " Preventing young people from leaving education without a start qualification. Schools and municipalities cooperate in regions for this, with a regional reporting and coordination point (RMC) that keeps track of those who drop out. The vast majority of early school leavers come from mbo."]
    PreventEarlySchoolLeaving,
    #[doc = " **Startkwalificatie of diploma behalen** (Obtaining a start qualification or diploma), id `start-qualification`"]
    #[doc = " "]
    #[doc = " Jongeren helpen hun opleiding met een diploma af te sluiten, bij voorkeur een startkwalificatie: havo, vwo of mbo vanaf niveau 2. Dat diploma geldt als minimale basis voor een duurzame plek op de arbeidsmarkt."]
    #[doc = " "]
    #[doc = " Helping young people finish their course with a diploma, preferably a start qualification: havo, vwo or mbo at level 2 or above. That diploma counts as the minimum basis for a lasting place in the labour market."]
    StartQualification,
    #[doc = " **Toegang tot onderwijs** (Access to school), id `access-to-school`"]
    #[doc = " "]
    #[doc = " Zorgen dat elke jongere, ook met een beperking of zware problemen, daadwerkelijk een plek krijgt op een passende school of opleiding. Bij het mbo gaat het om de vraag of alle jongeren er kunnen instromen, ook wie vanuit thuis of werk komt."]
    #[doc = " "]
    #[doc = " Making sure that every young person, including those with a disability or serious problems, actually gets a place at a suitable school or course. In mbo it is about whether all young people can enrol, including those who come from home or work."]
    AccessToSchool,
    #[doc = " **Op school blijven** (Staying in school), id `staying-in-school`"]
    #[doc = " "]
    #[doc = " Jongeren die op school zitten daar houden: doorlopende deelname aan lessen en stage, zonder langdurig verzuim, overplaatsing of schorsing. Het is de dagelijkse kant van het voorkomen van uitval."]
    #[doc = " "]
    #[doc = " Keeping young people who are at school there: continued participation in lessons and placements, without prolonged absence, transfer or suspension. It is the day-to-day side of preventing dropout."]
    StayingInSchool,
    #[doc = " **Aan het werk komen** (Finding work), id `finding-work`"]
    #[doc = " "]
    #[doc = " Jongeren voorbereiden op en begeleiden naar betaald werk dat bij hen past, na of naast de opleiding. Het betreft ook wie vanuit praktijkonderwijs of vso rechtstreeks naar werk gaat."]
    #[doc = " "]
    #[doc = " Preparing young people for, and guiding them into, paid work that suits them, after or alongside their course. It also covers those who move straight from practical education or secondary special education into work."]
    FindingWork,
    #[doc = " **Welbevinden** (Well-being), id `well-being`"]
    #[doc = " "]
    #[doc = " Bijdragen aan hoe goed jongeren zich voelen en functioneren: gezond, veilig, met vertrouwen in zichzelf en verbonden met anderen. Dit is een doel op zichzelf, niet alleen een middel om leerresultaten te halen."]
    #[doc = " "]
    #[doc = " Contributing to how well young people feel and function: healthy, safe, confident and connected to others. This is a goal in its own right, not merely a means to learning results."]
    WellBeing,
    #[doc = " **Problemen vroeg in beeld** (Early identification of problems), id `early-identification-goal`"]
    #[doc = " "]
    #[doc = " Als doel: bereiken dat zorgen over een kind of jongere eerder worden opgemerkt en besproken, zodat hulp kan starten voordat problemen vastlopen. De nabijheid van jeugdhulp in de school maakt signalen sneller zichtbaar."]
    #[doc = " "]
    #[doc = " As a goal: ensuring that concerns about a child or young person are noticed and discussed earlier, so that help can start before problems become entrenched. Having youth care close by in the school makes signals visible sooner."]
    EarlyIdentificationGoal,
    #[doc = " **Sterkere leraren** (Stronger teachers), id `stronger-teachers`"]
    #[doc = " "]
    #[doc = " Leraren, mentoren en docenten beter toerusten om met de ondersteuningsvragen van hun leerlingen om te gaan, zodat zij meer zelf kunnen en weten wanneer zij hulp inschakelen. Bij collectieve inzet van jeugdhulp is dit vaak een expliciet doel."]
    #[doc = " "]
    #[doc = " Better equipping teachers and mentors to deal with the support needs of their pupils, so that they can do more themselves and know when to call in help. When youth care is deployed collectively, this is often an explicit goal."]
    StrongerTeachers,
    #[doc = " **Snellere en laagdrempeliger hulp** (Faster and easier-access help), id `faster-lower-threshold-help`"]
    #[doc = " "]
    #[doc = " Bereiken dat leerlingen en ouders sneller en met minder drempels hulp krijgen, bijvoorbeeld zonder lange wachttijd, verwijzing of beschikking en op een plek die zij al kennen. Gespecialiseerde hulp wordt zo eerder ingezet."]
    #[doc = " "]
    #[doc = " Ensuring that pupils and parents get help sooner and with fewer barriers, for example without a long wait, referral or formal decision (beschikking) and at a place they already know. Specialised help is thus brought in earlier."]
    FasterLowerThresholdHelp,
    #[doc = " **Inclusief onderwijs** (Inclusive education), id `inclusive-education`"]
    #[doc = " "]
    #[doc = " Werken aan onderwijs waarin kinderen met en zonder beperking of ondersteuningsbehoefte zoveel mogelijk samen in de reguliere school leren. In de beleidsdiscussie hierover wordt laagdrempelige hulp in de school genoemd als onderdeel."]
    #[doc = " "]
    #[doc = " Working towards education in which children with and without a disability or support need learn together in the mainstream school as far as possible. In the policy debate on this, easy-access help in school is mentioned as one of the ingredients."]
    InclusiveEducation,
    #[doc = " **Thuisnabij** (Close to home), id `close-to-home`"]
    #[doc = " "]
    #[doc = " Zorgen dat kinderen onderwijs en hulp krijgen in hun eigen omgeving en zoveel mogelijk in een gewone setting, zonder scherpe scheiding tussen zorg en onderwijs. Dit principe is in de regio Haaglanden als gedeelde visie benoemd."]
    #[doc = " "]
    #[doc = " Ensuring that children receive education and help in their own surroundings and, as far as possible, in an ordinary setting, without a sharp split between care and education. This principle was named as a shared vision in the Haaglanden region."]
    CloseToHome,
    #[doc = " **Doorgaande ondersteuningslijnen** (Continuous support pathways), id `continuous-support-lines`"]
    #[doc = " "]
    #[doc = " Voorkomen dat steun stokt bij een overgang, zoals van po naar vo, van vo naar mbo of van school naar werk. Afspraken, informatie en vertrouwde begeleiders lopen dan mee met de jongere."]
    #[doc = " "]
    #[doc = " Preventing support from breaking off at a transition, such as from primary to secondary, from secondary to mbo, or from school to work. Arrangements, information and trusted mentors then move along with the young person."]
    ContinuousSupportLines,
    #[doc = " **Soepele overstap van po naar vo** (Smooth move from primary to secondary school), id `smooth-po-vo-transition`"]
    #[doc = " "]
    #[doc = " Bereiken dat een leerling bij de overstap van basisschool of so naar vo of vso een plek krijgt die past, en dat ondersteuning en hulp die al liepen zonder onderbreking doorgaan. Daarvoor gaan informatie en afspraken tijdig en met instemming van ouders over naar de nieuwe school, vaak met een warme overdracht."]
    #[doc = " "]
    #[doc = " Ensuring that at the move from primary or special school to secondary or secondary special education a pupil gets a suitable place, and that support and help already under way continue without a break. Information and arrangements pass to the new school in good time and with the parents' consent, often through a warm handover."]
    SmoothPoVoTransition,
    #[doc = " **Soepele overstap van vo naar mbo** (Smooth move from secondary school into mbo), id `smooth-vo-mbo-transition`"]
    #[doc = " "]
    #[doc = " Bereiken dat jongeren na het vo of vso zonder onderbreking aan een passende mbo-opleiding beginnen, niet uit beeld raken en de ondersteuning krijgen die ze nodig hebben. Dat vraagt afspraken tussen vo, mbo, gemeente en samenwerkingsverband, zoals een warme overdracht en een zorgvuldige intake."]
    #[doc = " "]
    #[doc = " Ensuring that young people start a suitable mbo course without a break after secondary or secondary special education, do not drop out of sight, and get the support they need. That calls for arrangements between secondary school, mbo, municipality and school partnership, such as a warm handover and a careful intake."]
    SmoothVoMboTransition,
    #[doc = " **Continuïteit na 18 jaar** (Continuity past 18), id `continuity-past-18`"]
    #[doc = " "]
    #[doc = " Zorgen dat hulp, begeleiding en inkomen niet wegvallen wanneer een jongere achttien wordt en de Jeugdwet in principe stopt. Dit vraagt tijdige overdracht naar volwassenenzorg of verlengde jeugdhulp."]
    #[doc = " "]
    #[doc = " Ensuring that help, guidance and income do not fall away when a young person turns eighteen and the Youth Act in principle stops. This requires a timely handover to adult services or extended youth care."]
    ContinuityPast18,
    #[doc = " **Steun voor ouders** (Support for parents), id `support-for-parents`"]
    #[doc = " "]
    #[doc = " Ouders helpen bij de opvoeding en bij de zorg voor hun kind, en hen als partner betrekken bij school en hulp. In het po en so bereikt jeugdhulp ouders via de school vaak gemakkelijker dan via een loket."]
    #[doc = " "]
    #[doc = " Helping parents with raising and caring for their child, and involving them as partners in school and help. In primary and special education, youth care often reaches parents more easily through the school than through a service desk."]
    SupportForParents,
    #[doc = " **Beter pedagogisch klimaat** (Better pedagogical climate), id `better-pedagogical-climate`"]
    #[doc = " "]
    #[doc = " De sfeer, omgangsvormen en aanpak in de klas en de school zo ontwikkelen dat alle leerlingen zich veilig voelen en zich kunnen ontwikkelen. Jeugdhulpverleners kunnen daaraan bijdragen als zij niet alleen voor individuele leerlingen worden ingezet."]
    #[doc = " "]
    #[doc = " Developing the atmosphere, manners and approach in the classroom and school so that all pupils feel safe and can develop. Youth care workers can contribute to this when they are not deployed for individual pupils only."]
    BetterPedagogicalClimate,
    #[doc = " **Van curatief naar preventief** (From curative to preventive), id `shift-to-prevention`"]
    #[doc = " "]
    #[doc = " Het zwaartepunt van hulp verleggen van behandeling achteraf naar voorkomen en vroeg bijsturen, terwijl behandeling beschikbaar blijft voor wie die nodig heeft. Het doel ligt op het niveau van het stelsel of de regio, niet van één leerling."]
    #[doc = " "]
    #[doc = " Moving the centre of gravity of help from treatment after the fact to prevention and early adjustment, while treatment stays available for those who need it. The goal lies at the level of the system or region, not of a single pupil."]
    ShiftToPrevention,
    #[doc = " **Betere samenwerking onderwijs en jeugdhulp** (Better collaboration between education and youth care), id `better-collaboration`"]
    #[doc = " "]
    #[doc = " Bereiken dat school, gemeente en jeugdhulp elkaar kennen, elkaars taal spreken en efficiënter samenwerken rond leerlingen. Het is een procesdoel dat andere doelen mogelijk maakt."]
    #[doc = " "]
    #[doc = " Ensuring that school, municipality and youth care know each other, speak each other's language and work together more efficiently around pupils. It is a process goal that makes other goals possible."]
    BetterCollaboration,
    #[doc = " **Thuiszitten terugdringen** (Getting children who are out of school back into education), id `fewer-home-sitters`"]
    #[doc = " "]
    #[doc = " Voorkomen dat leerplichtige of kwalificatieplichtige jongeren (5 tot 18 jaar) zonder onderwijs thuis komen te zitten, en wie al thuiszit zo snel mogelijk weer naar een passende plek in het onderwijs leiden. Soms is daarvoor een combinatie van onderwijs en zorg nodig."]
    #[doc = " "]
    #[doc = " Preventing young people of compulsory school age or under the qualification duty (5 to 18) from ending up at home without education, and guiding those already at home back to a suitable place in education as quickly as possible. Sometimes this requires a combination of education and care."]
    FewerHomeSitters,
    #[doc = " **Gelijke kansen** (Equal opportunities), id `equal-opportunities`"]
    #[doc = " "]
    #[doc = " Verkleinen van de verschillen in onderwijs- en levenskansen tussen jongeren, zodat kwetsbare jongeren dezelfde uitkomsten kunnen bereiken als hun leeftijdgenoten. In het mbo is aandacht voor deze jongeren een van de bestuurlijke speerpunten."]
    #[doc = " "]
    #[doc = " Narrowing the differences in educational and life chances between young people, so that vulnerable young people can reach the same outcomes as their peers. In mbo, attention to these young people is one of the priorities agreed at board level."]
    EqualOpportunities,
}

impl Goal {
    /// The facet's id.
    pub const FACET: &'static str = "goal";

    /// Every concept of the facet in display order, deprecated ones included.
    pub const ALL: &'static [Self] = &[
        Self::PreventEarlySchoolLeaving,
        Self::StartQualification,
        Self::AccessToSchool,
        Self::StayingInSchool,
        Self::FindingWork,
        Self::WellBeing,
        Self::EarlyIdentificationGoal,
        Self::StrongerTeachers,
        Self::FasterLowerThresholdHelp,
        Self::InclusiveEducation,
        Self::CloseToHome,
        Self::ContinuousSupportLines,
        Self::SmoothPoVoTransition,
        Self::SmoothVoMboTransition,
        Self::ContinuityPast18,
        Self::SupportForParents,
        Self::BetterPedagogicalClimate,
        Self::ShiftToPrevention,
        Self::BetterCollaboration,
        Self::FewerHomeSitters,
        Self::EqualOpportunities,
    ];

    /// The concept's permanent id.
    pub const fn id(self) -> &'static str {
        match self {
            Self::PreventEarlySchoolLeaving => "prevent-early-school-leaving",
            Self::StartQualification => "start-qualification",
            Self::AccessToSchool => "access-to-school",
            Self::StayingInSchool => "staying-in-school",
            Self::FindingWork => "finding-work",
            Self::WellBeing => "well-being",
            Self::EarlyIdentificationGoal => "early-identification-goal",
            Self::StrongerTeachers => "stronger-teachers",
            Self::FasterLowerThresholdHelp => "faster-lower-threshold-help",
            Self::InclusiveEducation => "inclusive-education",
            Self::CloseToHome => "close-to-home",
            Self::ContinuousSupportLines => "continuous-support-lines",
            Self::SmoothPoVoTransition => "smooth-po-vo-transition",
            Self::SmoothVoMboTransition => "smooth-vo-mbo-transition",
            Self::ContinuityPast18 => "continuity-past-18",
            Self::SupportForParents => "support-for-parents",
            Self::BetterPedagogicalClimate => "better-pedagogical-climate",
            Self::ShiftToPrevention => "shift-to-prevention",
            Self::BetterCollaboration => "better-collaboration",
            Self::FewerHomeSitters => "fewer-home-sitters",
            Self::EqualOpportunities => "equal-opportunities",
        }
    }

    /// The preferred label in `lang`.
    pub const fn label(self, lang: Lang) -> &'static str {
        match (self, lang) {
            (Self::PreventEarlySchoolLeaving, Lang::Nl) => "Voortijdig schoolverlaten voorkomen",
            (Self::PreventEarlySchoolLeaving, Lang::En) => "Preventing early school leaving",
            (Self::StartQualification, Lang::Nl) => "Startkwalificatie of diploma behalen",
            (Self::StartQualification, Lang::En) => "Obtaining a start qualification or diploma",
            (Self::AccessToSchool, Lang::Nl) => "Toegang tot onderwijs",
            (Self::AccessToSchool, Lang::En) => "Access to school",
            (Self::StayingInSchool, Lang::Nl) => "Op school blijven",
            (Self::StayingInSchool, Lang::En) => "Staying in school",
            (Self::FindingWork, Lang::Nl) => "Aan het werk komen",
            (Self::FindingWork, Lang::En) => "Finding work",
            (Self::WellBeing, Lang::Nl) => "Welbevinden",
            (Self::WellBeing, Lang::En) => "Well-being",
            (Self::EarlyIdentificationGoal, Lang::Nl) => "Problemen vroeg in beeld",
            (Self::EarlyIdentificationGoal, Lang::En) => "Early identification of problems",
            (Self::StrongerTeachers, Lang::Nl) => "Sterkere leraren",
            (Self::StrongerTeachers, Lang::En) => "Stronger teachers",
            (Self::FasterLowerThresholdHelp, Lang::Nl) => "Snellere en laagdrempeliger hulp",
            (Self::FasterLowerThresholdHelp, Lang::En) => "Faster and easier-access help",
            (Self::InclusiveEducation, Lang::Nl) => "Inclusief onderwijs",
            (Self::InclusiveEducation, Lang::En) => "Inclusive education",
            (Self::CloseToHome, Lang::Nl) => "Thuisnabij",
            (Self::CloseToHome, Lang::En) => "Close to home",
            (Self::ContinuousSupportLines, Lang::Nl) => "Doorgaande ondersteuningslijnen",
            (Self::ContinuousSupportLines, Lang::En) => "Continuous support pathways",
            (Self::SmoothPoVoTransition, Lang::Nl) => "Soepele overstap van po naar vo",
            (Self::SmoothPoVoTransition, Lang::En) => "Smooth move from primary to secondary school",
            (Self::SmoothVoMboTransition, Lang::Nl) => "Soepele overstap van vo naar mbo",
            (Self::SmoothVoMboTransition, Lang::En) => "Smooth move from secondary school into mbo",
            (Self::ContinuityPast18, Lang::Nl) => "Continuïteit na 18 jaar",
            (Self::ContinuityPast18, Lang::En) => "Continuity past 18",
            (Self::SupportForParents, Lang::Nl) => "Steun voor ouders",
            (Self::SupportForParents, Lang::En) => "Support for parents",
            (Self::BetterPedagogicalClimate, Lang::Nl) => "Beter pedagogisch klimaat",
            (Self::BetterPedagogicalClimate, Lang::En) => "Better pedagogical climate",
            (Self::ShiftToPrevention, Lang::Nl) => "Van curatief naar preventief",
            (Self::ShiftToPrevention, Lang::En) => "From curative to preventive",
            (Self::BetterCollaboration, Lang::Nl) => "Betere samenwerking onderwijs en jeugdhulp",
            (Self::BetterCollaboration, Lang::En) => "Better collaboration between education and youth care",
            (Self::FewerHomeSitters, Lang::Nl) => "Thuiszitten terugdringen",
            (Self::FewerHomeSitters, Lang::En) => "Getting children who are out of school back into education",
            (Self::EqualOpportunities, Lang::Nl) => "Gelijke kansen",
            (Self::EqualOpportunities, Lang::En) => "Equal opportunities",
        }
    }

    /// The definition in `lang` (Markdown).
    pub const fn definition(self, lang: Lang) -> &'static str {
        match (self, lang) {
            (Self::PreventEarlySchoolLeaving, Lang::Nl) => "Voorkomen dat jongeren het onderwijs verlaten zonder startkwalificatie. Scholen en gemeenten werken hiervoor samen in regio's, met een regionaal meld- en coördinatiepunt (RMC) dat uitvallers in beeld houdt. Het overgrote deel van de voortijdig schoolverlaters komt uit het mbo.",
            (Self::PreventEarlySchoolLeaving, Lang::En) => "Preventing young people from leaving education without a start qualification. Schools and municipalities cooperate in regions for this, with a regional reporting and coordination point (RMC) that keeps track of those who drop out. The vast majority of early school leavers come from mbo.",
            (Self::StartQualification, Lang::Nl) => "Jongeren helpen hun opleiding met een diploma af te sluiten, bij voorkeur een startkwalificatie: havo, vwo of mbo vanaf niveau 2. Dat diploma geldt als minimale basis voor een duurzame plek op de arbeidsmarkt.",
            (Self::StartQualification, Lang::En) => "Helping young people finish their course with a diploma, preferably a start qualification: havo, vwo or mbo at level 2 or above. That diploma counts as the minimum basis for a lasting place in the labour market.",
            (Self::AccessToSchool, Lang::Nl) => "Zorgen dat elke jongere, ook met een beperking of zware problemen, daadwerkelijk een plek krijgt op een passende school of opleiding. Bij het mbo gaat het om de vraag of alle jongeren er kunnen instromen, ook wie vanuit thuis of werk komt.",
            (Self::AccessToSchool, Lang::En) => "Making sure that every young person, including those with a disability or serious problems, actually gets a place at a suitable school or course. In mbo it is about whether all young people can enrol, including those who come from home or work.",
            (Self::StayingInSchool, Lang::Nl) => "Jongeren die op school zitten daar houden: doorlopende deelname aan lessen en stage, zonder langdurig verzuim, overplaatsing of schorsing. Het is de dagelijkse kant van het voorkomen van uitval.",
            (Self::StayingInSchool, Lang::En) => "Keeping young people who are at school there: continued participation in lessons and placements, without prolonged absence, transfer or suspension. It is the day-to-day side of preventing dropout.",
            (Self::FindingWork, Lang::Nl) => "Jongeren voorbereiden op en begeleiden naar betaald werk dat bij hen past, na of naast de opleiding. Het betreft ook wie vanuit praktijkonderwijs of vso rechtstreeks naar werk gaat.",
            (Self::FindingWork, Lang::En) => "Preparing young people for, and guiding them into, paid work that suits them, after or alongside their course. It also covers those who move straight from practical education or secondary special education into work.",
            (Self::WellBeing, Lang::Nl) => "Bijdragen aan hoe goed jongeren zich voelen en functioneren: gezond, veilig, met vertrouwen in zichzelf en verbonden met anderen. Dit is een doel op zichzelf, niet alleen een middel om leerresultaten te halen.",
            (Self::WellBeing, Lang::En) => "Contributing to how well young people feel and function: healthy, safe, confident and connected to others. This is a goal in its own right, not merely a means to learning results.",
            (Self::EarlyIdentificationGoal, Lang::Nl) => "Als doel: bereiken dat zorgen over een kind of jongere eerder worden opgemerkt en besproken, zodat hulp kan starten voordat problemen vastlopen. De nabijheid van jeugdhulp in de school maakt signalen sneller zichtbaar.",
            (Self::EarlyIdentificationGoal, Lang::En) => "As a goal: ensuring that concerns about a child or young person are noticed and discussed earlier, so that help can start before problems become entrenched. Having youth care close by in the school makes signals visible sooner.",
            (Self::StrongerTeachers, Lang::Nl) => "Leraren, mentoren en docenten beter toerusten om met de ondersteuningsvragen van hun leerlingen om te gaan, zodat zij meer zelf kunnen en weten wanneer zij hulp inschakelen. Bij collectieve inzet van jeugdhulp is dit vaak een expliciet doel.",
            (Self::StrongerTeachers, Lang::En) => "Better equipping teachers and mentors to deal with the support needs of their pupils, so that they can do more themselves and know when to call in help. When youth care is deployed collectively, this is often an explicit goal.",
            (Self::FasterLowerThresholdHelp, Lang::Nl) => "Bereiken dat leerlingen en ouders sneller en met minder drempels hulp krijgen, bijvoorbeeld zonder lange wachttijd, verwijzing of beschikking en op een plek die zij al kennen. Gespecialiseerde hulp wordt zo eerder ingezet.",
            (Self::FasterLowerThresholdHelp, Lang::En) => "Ensuring that pupils and parents get help sooner and with fewer barriers, for example without a long wait, referral or formal decision (beschikking) and at a place they already know. Specialised help is thus brought in earlier.",
            (Self::InclusiveEducation, Lang::Nl) => "Werken aan onderwijs waarin kinderen met en zonder beperking of ondersteuningsbehoefte zoveel mogelijk samen in de reguliere school leren. In de beleidsdiscussie hierover wordt laagdrempelige hulp in de school genoemd als onderdeel.",
            (Self::InclusiveEducation, Lang::En) => "Working towards education in which children with and without a disability or support need learn together in the mainstream school as far as possible. In the policy debate on this, easy-access help in school is mentioned as one of the ingredients.",
            (Self::CloseToHome, Lang::Nl) => "Zorgen dat kinderen onderwijs en hulp krijgen in hun eigen omgeving en zoveel mogelijk in een gewone setting, zonder scherpe scheiding tussen zorg en onderwijs. Dit principe is in de regio Haaglanden als gedeelde visie benoemd.",
            (Self::CloseToHome, Lang::En) => "Ensuring that children receive education and help in their own surroundings and, as far as possible, in an ordinary setting, without a sharp split between care and education. This principle was named as a shared vision in the Haaglanden region.",
            (Self::ContinuousSupportLines, Lang::Nl) => "Voorkomen dat steun stokt bij een overgang, zoals van po naar vo, van vo naar mbo of van school naar werk. Afspraken, informatie en vertrouwde begeleiders lopen dan mee met de jongere.",
            (Self::ContinuousSupportLines, Lang::En) => "Preventing support from breaking off at a transition, such as from primary to secondary, from secondary to mbo, or from school to work. Arrangements, information and trusted mentors then move along with the young person.",
            (Self::SmoothPoVoTransition, Lang::Nl) => "Bereiken dat een leerling bij de overstap van basisschool of so naar vo of vso een plek krijgt die past, en dat ondersteuning en hulp die al liepen zonder onderbreking doorgaan. Daarvoor gaan informatie en afspraken tijdig en met instemming van ouders over naar de nieuwe school, vaak met een warme overdracht.",
            (Self::SmoothPoVoTransition, Lang::En) => "Ensuring that at the move from primary or special school to secondary or secondary special education a pupil gets a suitable place, and that support and help already under way continue without a break. Information and arrangements pass to the new school in good time and with the parents' consent, often through a warm handover.",
            (Self::SmoothVoMboTransition, Lang::Nl) => "Bereiken dat jongeren na het vo of vso zonder onderbreking aan een passende mbo-opleiding beginnen, niet uit beeld raken en de ondersteuning krijgen die ze nodig hebben. Dat vraagt afspraken tussen vo, mbo, gemeente en samenwerkingsverband, zoals een warme overdracht en een zorgvuldige intake.",
            (Self::SmoothVoMboTransition, Lang::En) => "Ensuring that young people start a suitable mbo course without a break after secondary or secondary special education, do not drop out of sight, and get the support they need. That calls for arrangements between secondary school, mbo, municipality and school partnership, such as a warm handover and a careful intake.",
            (Self::ContinuityPast18, Lang::Nl) => "Zorgen dat hulp, begeleiding en inkomen niet wegvallen wanneer een jongere achttien wordt en de Jeugdwet in principe stopt. Dit vraagt tijdige overdracht naar volwassenenzorg of verlengde jeugdhulp.",
            (Self::ContinuityPast18, Lang::En) => "Ensuring that help, guidance and income do not fall away when a young person turns eighteen and the Youth Act in principle stops. This requires a timely handover to adult services or extended youth care.",
            (Self::SupportForParents, Lang::Nl) => "Ouders helpen bij de opvoeding en bij de zorg voor hun kind, en hen als partner betrekken bij school en hulp. In het po en so bereikt jeugdhulp ouders via de school vaak gemakkelijker dan via een loket.",
            (Self::SupportForParents, Lang::En) => "Helping parents with raising and caring for their child, and involving them as partners in school and help. In primary and special education, youth care often reaches parents more easily through the school than through a service desk.",
            (Self::BetterPedagogicalClimate, Lang::Nl) => "De sfeer, omgangsvormen en aanpak in de klas en de school zo ontwikkelen dat alle leerlingen zich veilig voelen en zich kunnen ontwikkelen. Jeugdhulpverleners kunnen daaraan bijdragen als zij niet alleen voor individuele leerlingen worden ingezet.",
            (Self::BetterPedagogicalClimate, Lang::En) => "Developing the atmosphere, manners and approach in the classroom and school so that all pupils feel safe and can develop. Youth care workers can contribute to this when they are not deployed for individual pupils only.",
            (Self::ShiftToPrevention, Lang::Nl) => "Het zwaartepunt van hulp verleggen van behandeling achteraf naar voorkomen en vroeg bijsturen, terwijl behandeling beschikbaar blijft voor wie die nodig heeft. Het doel ligt op het niveau van het stelsel of de regio, niet van één leerling.",
            (Self::ShiftToPrevention, Lang::En) => "Moving the centre of gravity of help from treatment after the fact to prevention and early adjustment, while treatment stays available for those who need it. The goal lies at the level of the system or region, not of a single pupil.",
            (Self::BetterCollaboration, Lang::Nl) => "Bereiken dat school, gemeente en jeugdhulp elkaar kennen, elkaars taal spreken en efficiënter samenwerken rond leerlingen. Het is een procesdoel dat andere doelen mogelijk maakt.",
            (Self::BetterCollaboration, Lang::En) => "Ensuring that school, municipality and youth care know each other, speak each other's language and work together more efficiently around pupils. It is a process goal that makes other goals possible.",
            (Self::FewerHomeSitters, Lang::Nl) => "Voorkomen dat leerplichtige of kwalificatieplichtige jongeren (5 tot 18 jaar) zonder onderwijs thuis komen te zitten, en wie al thuiszit zo snel mogelijk weer naar een passende plek in het onderwijs leiden. Soms is daarvoor een combinatie van onderwijs en zorg nodig.",
            (Self::FewerHomeSitters, Lang::En) => "Preventing young people of compulsory school age or under the qualification duty (5 to 18) from ending up at home without education, and guiding those already at home back to a suitable place in education as quickly as possible. Sometimes this requires a combination of education and care.",
            (Self::EqualOpportunities, Lang::Nl) => "Verkleinen van de verschillen in onderwijs- en levenskansen tussen jongeren, zodat kwetsbare jongeren dezelfde uitkomsten kunnen bereiken als hun leeftijdgenoten. In het mbo is aandacht voor deze jongeren een van de bestuurlijke speerpunten.",
            (Self::EqualOpportunities, Lang::En) => "Narrowing the differences in educational and life chances between young people, so that vulnerable young people can reach the same outcomes as their peers. In mbo, attention to these young people is one of the priorities agreed at board level.",
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

crate::code::facet_code!(Goal, "goal");
