// @generated from taxonomy/ by `cargo xtask codegen`. Do not edit by hand.
//! Facet `intensity`: Fase van de hulpvraag (Stage of need).

use crate::Lang;
use crate::DeprecationNote;

#[doc = " **Fase van de hulpvraag** (Stage of need)"]
#[doc = " "]
#[doc = " Hoe ver een probleem zich heeft ontwikkeld bij de leerlingen, studenten of gezinnen voor wie de hulp bedoeld is: van nog geen probleem (preventie voor iedereen) via een verhoogd risico en eerste signalen tot een benoemd probleem waarvoor hulp nodig is. Een praktijk krijgt elke fase waarvoor zij hulp biedt. De fase zegt niets over wie de hulp geeft, hoe gespecialiseerd ze is, waar de jongere verblijft of op welke wet de hulp rust; dat staat in andere facetten."]
#[doc = " "]
#[doc = " How far a problem has developed in the pupils, students or families the help is meant for: from no problem yet (prevention for everyone), through higher risk and first signs, to a named problem that needs help. A practice is given every stage for which it offers help. The stage says nothing about who gives the help, how specialised it is, where the young person stays or under which act the help is given; other facets record that."]
#[doc = " "]
#[doc = " An ordered scale; a record may carry several of its concepts."]
#[derive(Copy, Clone, PartialEq, Eq, PartialOrd, Ord, Hash, Debug)]
#[non_exhaustive]
pub enum Intensity {
    #[doc = " **Universele preventie** (Universal prevention), id `universal-prevention`"]
    #[doc = " "]
    #[doc = " Aanbod voor alle leerlingen van een klas, leerjaar of school, of voor al hun ouders, zonder dat er zorgen over hen hoeven te bestaan. Het versterkt een gezonde ontwikkeling, vaardigheden en een veilig klimaat en verkleint risico's voordat er problemen zijn. Niemand wordt uitgekozen of aangemeld."]
    #[doc = " "]
    #[doc = " Provision for all pupils of a class, year group or school, or for all their parents, without there having to be any concern about them. It strengthens healthy development, skills and a safe climate and reduces risks before problems arise. Nobody is picked out or referred."]
    UniversalPrevention,
    #[doc = " **Selectieve preventie** (Selective prevention), id `selective-prevention`"]
    #[doc = " "]
    #[doc = " Aanbod voor een groep leerlingen, studenten of ouders die is gekozen op kenmerken die de kans op problemen vergroten, zoals een belaste thuissituatie, veel ziekteverzuim of instroom in het mbo vanuit thuis of werk. Bij de leden van de groep hoeft zelf nog geen probleem te zijn vastgesteld."]
    #[doc = " "]
    #[doc = " Provision for a group of pupils, students or parents chosen on characteristics that make problems more likely, such as a burdened home situation, much sick absence or entering mbo from home or work. No problem needs to have been established in the members of the group themselves."]
    SelectivePrevention,
    #[doc = " **Geïndiceerde preventie** (Indicated prevention), id `indicated-prevention`"]
    #[doc = " "]
    #[doc = " Hulp aan een afzonderlijke leerling, student of ouder bij wie eerste signalen of beginnende klachten zijn gezien, of die persoonlijk een duidelijk verhoogd risico loopt, met als doel te voorkomen dat een probleem ontstaat of groeit. Er is nog geen benoemd probleem waarvoor hulp gevraagd wordt. Hoe lang of hoe intensief de hulp is, doet voor deze fase niet ter zake."]
    #[doc = " "]
    #[doc = " Help for an individual pupil, student or parent in whom first signs or early symptoms have been seen, or who personally runs a clearly higher risk, with the aim of preventing a problem from arising or growing. There is no named problem yet for which help is asked. How long or intensive the help is does not matter for this stage."]
    IndicatedPrevention,
    #[doc = " **Hulp bij een benoemd probleem** (Help with an established problem), id `help-for-established-problem`"]
    #[doc = " "]
    #[doc = " Hulp aan een leerling, student of gezin bij wie een probleem benoemd is, door henzelf, door de school of door een professional, en die daarvoor hulp krijgt. Dat kan gaan van enkele gesprekken of begeleiding tot een behandeling van maanden. Ook voorkomen dat een bestaand probleem verergert of terugkeert (zorggerelateerde preventie) valt in deze fase."]
    #[doc = " "]
    #[doc = " Help for a pupil, student or family in whom a problem has been named, by themselves, by the school or by a professional, and who receive help for it. It can range from a few conversations or guidance to months of treatment. Preventing an existing problem from getting worse or returning (care-related prevention) also falls in this stage."]
    HelpForEstablishedProblem,
    #[doc = " **Ambulante jeugdhulp in of vanuit school** (Non-residential youth care at or from school), id `ambulant-youth-care`"]
    #[doc = " "]
    #[doc = " Hulp zonder opname of verblijf aan een leerling of gezin met een benoemde hulpvraag, zoals gedrags-, emotionele of gezinsproblemen, gegeven in het schoolgebouw of vanuit de school georganiseerd."]
    #[doc = " "]
    #[doc = " Help without admission or residential stay for a student or family with a named request for help, such as behavioural, emotional or family problems, given in the school building or organised from the school."]
    #[doc = " "]
    #[doc = " *Deprecated since 2.0.0*; replaced by [`help-for-established-problem`](Intensity::HelpForEstablishedProblem), `without-stay` (facet `stay`)."]
    AmbulantYouthCare,
    #[doc = " **Onderwijs-zorgarrangement als trede** (Education-care arrangement as a step), id `integrated-education-care-arrangement`"]
    #[doc = " "]
    #[doc = " Een op maat samengesteld geheel van onderwijs en jeugdhulp of zorg voor een leerling die met onderwijsondersteuning alleen niet verder komt, vastgelegd in één plan en vaak op één plek uitgevoerd, bijvoorbeeld dagbehandeling naast lessen. Zulke arrangementen bestaan in het speciaal en het regulier onderwijs en in het mbo."]
    #[doc = " "]
    #[doc = " A tailor-made combination of education and youth care or care for a student who cannot make progress with educational support alone, laid down in one plan and often carried out in one place, for example day treatment alongside lessons. Such arrangements exist in special and mainstream education and in mbo."]
    #[doc = " "]
    #[doc = " *Deprecated since 2.0.0*; replaced by [`help-for-established-problem`](Intensity::HelpForEstablishedProblem), `combined-programme` (facet `organisation-model`)."]
    IntegratedEducationCareArrangement,
    #[doc = " **Laagdrempelige hulp** (Easy-access help), id `low-threshold-help`"]
    #[doc = " "]
    #[doc = " Lichte hulp op of dicht bij school die een leerling met een concrete hulpvraag snel kan krijgen, zonder wachttijd of formele toegangsprocedure. De term komt uit het beleid voor inclusiever onderwijs, waarin hulp dicht bij de klas leerlingen helpt om op hun eigen school te blijven. Het gaat verder dan preventie, maar blijft kort en licht van aard."]
    #[doc = " "]
    #[doc = " Light help at or close to school that a student with a concrete request for help can get quickly, without waiting time or a formal access procedure. The term comes from policy for more inclusive education, in which help close to the classroom enables students to stay at their own school. It goes beyond prevention but remains short and light in nature."]
    #[doc = " "]
    #[doc = " *Deprecated since 2.0.0*; replaced by [`help-for-established-problem`](Intensity::HelpForEstablishedProblem), `no-referral-or-decision` (facet `access-decision`)."]
    LowThresholdHelp,
    #[doc = " **Specialistische jeugdhulp** (Specialist youth care), id `specialist-youth-care`"]
    #[doc = " "]
    #[doc = " Hulp bij ernstige of complexe problemen waarvoor specifieke deskundigheid nodig is, zoals behandeling in de jeugd-ggz, hulp bij een verstandelijke beperking of intensieve gezinsbehandeling. Ze wordt meestal ingezet na een verwijzing of een besluit van de gemeente en kan op school, bij de aanbieder of thuis plaatsvinden."]
    #[doc = " "]
    #[doc = " Help with serious or complex problems that calls for specific expertise, such as treatment in youth mental health care, help with an intellectual disability or intensive family treatment. It is usually deployed after a referral or a municipal decision and may take place at school, at the provider or at home."]
    #[doc = " "]
    #[doc = " *Deprecated since 2.0.0*; replaced by [`help-for-established-problem`](Intensity::HelpForEstablishedProblem), `specialised-youth-care` (facet `expertise-level`)."]
    SpecialistYouthCare,
}

impl Intensity {
    /// The facet's id.
    pub const FACET: &'static str = "intensity";

    /// Every concept of the facet in display order, deprecated ones included.
    pub const ALL: &'static [Self] = &[
        Self::UniversalPrevention,
        Self::SelectivePrevention,
        Self::IndicatedPrevention,
        Self::HelpForEstablishedProblem,
        Self::AmbulantYouthCare,
        Self::IntegratedEducationCareArrangement,
        Self::LowThresholdHelp,
        Self::SpecialistYouthCare,
    ];

    /// The concept's permanent id.
    pub const fn id(self) -> &'static str {
        match self {
            Self::UniversalPrevention => "universal-prevention",
            Self::SelectivePrevention => "selective-prevention",
            Self::IndicatedPrevention => "indicated-prevention",
            Self::HelpForEstablishedProblem => "help-for-established-problem",
            Self::AmbulantYouthCare => "ambulant-youth-care",
            Self::IntegratedEducationCareArrangement => "integrated-education-care-arrangement",
            Self::LowThresholdHelp => "low-threshold-help",
            Self::SpecialistYouthCare => "specialist-youth-care",
        }
    }

    /// The preferred label in `lang`.
    pub const fn label(self, lang: Lang) -> &'static str {
        match (self, lang) {
            (Self::UniversalPrevention, Lang::Nl) => "Universele preventie",
            (Self::UniversalPrevention, Lang::En) => "Universal prevention",
            (Self::SelectivePrevention, Lang::Nl) => "Selectieve preventie",
            (Self::SelectivePrevention, Lang::En) => "Selective prevention",
            (Self::IndicatedPrevention, Lang::Nl) => "Geïndiceerde preventie",
            (Self::IndicatedPrevention, Lang::En) => "Indicated prevention",
            (Self::HelpForEstablishedProblem, Lang::Nl) => "Hulp bij een benoemd probleem",
            (Self::HelpForEstablishedProblem, Lang::En) => "Help with an established problem",
            (Self::AmbulantYouthCare, Lang::Nl) => "Ambulante jeugdhulp in of vanuit school",
            (Self::AmbulantYouthCare, Lang::En) => "Non-residential youth care at or from school",
            (Self::IntegratedEducationCareArrangement, Lang::Nl) => "Onderwijs-zorgarrangement als trede",
            (Self::IntegratedEducationCareArrangement, Lang::En) => "Education-care arrangement as a step",
            (Self::LowThresholdHelp, Lang::Nl) => "Laagdrempelige hulp",
            (Self::LowThresholdHelp, Lang::En) => "Easy-access help",
            (Self::SpecialistYouthCare, Lang::Nl) => "Specialistische jeugdhulp",
            (Self::SpecialistYouthCare, Lang::En) => "Specialist youth care",
        }
    }

    /// The definition in `lang` (Markdown).
    pub const fn definition(self, lang: Lang) -> &'static str {
        match (self, lang) {
            (Self::UniversalPrevention, Lang::Nl) => "Aanbod voor alle leerlingen van een klas, leerjaar of school, of voor al hun ouders, zonder dat er zorgen over hen hoeven te bestaan. Het versterkt een gezonde ontwikkeling, vaardigheden en een veilig klimaat en verkleint risico's voordat er problemen zijn. Niemand wordt uitgekozen of aangemeld.",
            (Self::UniversalPrevention, Lang::En) => "Provision for all pupils of a class, year group or school, or for all their parents, without there having to be any concern about them. It strengthens healthy development, skills and a safe climate and reduces risks before problems arise. Nobody is picked out or referred.",
            (Self::SelectivePrevention, Lang::Nl) => "Aanbod voor een groep leerlingen, studenten of ouders die is gekozen op kenmerken die de kans op problemen vergroten, zoals een belaste thuissituatie, veel ziekteverzuim of instroom in het mbo vanuit thuis of werk. Bij de leden van de groep hoeft zelf nog geen probleem te zijn vastgesteld.",
            (Self::SelectivePrevention, Lang::En) => "Provision for a group of pupils, students or parents chosen on characteristics that make problems more likely, such as a burdened home situation, much sick absence or entering mbo from home or work. No problem needs to have been established in the members of the group themselves.",
            (Self::IndicatedPrevention, Lang::Nl) => "Hulp aan een afzonderlijke leerling, student of ouder bij wie eerste signalen of beginnende klachten zijn gezien, of die persoonlijk een duidelijk verhoogd risico loopt, met als doel te voorkomen dat een probleem ontstaat of groeit. Er is nog geen benoemd probleem waarvoor hulp gevraagd wordt. Hoe lang of hoe intensief de hulp is, doet voor deze fase niet ter zake.",
            (Self::IndicatedPrevention, Lang::En) => "Help for an individual pupil, student or parent in whom first signs or early symptoms have been seen, or who personally runs a clearly higher risk, with the aim of preventing a problem from arising or growing. There is no named problem yet for which help is asked. How long or intensive the help is does not matter for this stage.",
            (Self::HelpForEstablishedProblem, Lang::Nl) => "Hulp aan een leerling, student of gezin bij wie een probleem benoemd is, door henzelf, door de school of door een professional, en die daarvoor hulp krijgt. Dat kan gaan van enkele gesprekken of begeleiding tot een behandeling van maanden. Ook voorkomen dat een bestaand probleem verergert of terugkeert (zorggerelateerde preventie) valt in deze fase.",
            (Self::HelpForEstablishedProblem, Lang::En) => "Help for a pupil, student or family in whom a problem has been named, by themselves, by the school or by a professional, and who receive help for it. It can range from a few conversations or guidance to months of treatment. Preventing an existing problem from getting worse or returning (care-related prevention) also falls in this stage.",
            (Self::AmbulantYouthCare, Lang::Nl) => "Hulp zonder opname of verblijf aan een leerling of gezin met een benoemde hulpvraag, zoals gedrags-, emotionele of gezinsproblemen, gegeven in het schoolgebouw of vanuit de school georganiseerd.",
            (Self::AmbulantYouthCare, Lang::En) => "Help without admission or residential stay for a student or family with a named request for help, such as behavioural, emotional or family problems, given in the school building or organised from the school.",
            (Self::IntegratedEducationCareArrangement, Lang::Nl) => "Een op maat samengesteld geheel van onderwijs en jeugdhulp of zorg voor een leerling die met onderwijsondersteuning alleen niet verder komt, vastgelegd in één plan en vaak op één plek uitgevoerd, bijvoorbeeld dagbehandeling naast lessen. Zulke arrangementen bestaan in het speciaal en het regulier onderwijs en in het mbo.",
            (Self::IntegratedEducationCareArrangement, Lang::En) => "A tailor-made combination of education and youth care or care for a student who cannot make progress with educational support alone, laid down in one plan and often carried out in one place, for example day treatment alongside lessons. Such arrangements exist in special and mainstream education and in mbo.",
            (Self::LowThresholdHelp, Lang::Nl) => "Lichte hulp op of dicht bij school die een leerling met een concrete hulpvraag snel kan krijgen, zonder wachttijd of formele toegangsprocedure. De term komt uit het beleid voor inclusiever onderwijs, waarin hulp dicht bij de klas leerlingen helpt om op hun eigen school te blijven. Het gaat verder dan preventie, maar blijft kort en licht van aard.",
            (Self::LowThresholdHelp, Lang::En) => "Light help at or close to school that a student with a concrete request for help can get quickly, without waiting time or a formal access procedure. The term comes from policy for more inclusive education, in which help close to the classroom enables students to stay at their own school. It goes beyond prevention but remains short and light in nature.",
            (Self::SpecialistYouthCare, Lang::Nl) => "Hulp bij ernstige of complexe problemen waarvoor specifieke deskundigheid nodig is, zoals behandeling in de jeugd-ggz, hulp bij een verstandelijke beperking of intensieve gezinsbehandeling. Ze wordt meestal ingezet na een verwijzing of een besluit van de gemeente en kan op school, bij de aanbieder of thuis plaatsvinden.",
            (Self::SpecialistYouthCare, Lang::En) => "Help with serious or complex problems that calls for specific expertise, such as treatment in youth mental health care, help with an intellectual disability or intensive family treatment. It is usually deployed after a referral or a municipal decision and may take place at school, at the provider or at home.",
        }
    }

    /// The place on the facet's scale (1 = first) for an ordered facet; `None` otherwise.
    pub const fn position(self) -> Option<u32> {
        match self {
            Self::UniversalPrevention => Some(1),
            Self::SelectivePrevention => Some(2),
            Self::IndicatedPrevention => Some(3),
            Self::HelpForEstablishedProblem => Some(4),
            Self::AmbulantYouthCare => Some(4294967295),
            Self::IntegratedEducationCareArrangement => Some(4294967295),
            Self::LowThresholdHelp => Some(4294967295),
            Self::SpecialistYouthCare => Some(4294967295),
        }
    }

    /// Present when the concept is deprecated: since when and why.
    pub const fn deprecation(self) -> Option<DeprecationNote> {
        match self {
            Self::AmbulantYouthCare => Some(DeprecationNote::new("2.0.0", "De trede stapelde drie kenmerken: een fase (een benoemd probleem), geen verblijf, en in 1.0 de wettelijke grondslag 'jeugdhulp in de zin van de Jeugdwet', die 18-plussers met dezelfde hulp buitensloot. Fase en verblijf worden automatisch overgenomen. Of generalisten of specialisten de hulp gaven (Deskundigheid) bepaalt een persoon; de grondslag blijkt uit de bekostiging. De niet onderbouwde duur ('enkele weken tot maanden') is geschrapt.", "The step stacked three features: a stage (a named problem), no stay, and in 1.0 the legal basis 'youth care within the meaning of the Youth Act', which excluded over-18s receiving the same help. Stage and stay are carried over automatically. Whether generalists or specialists gave the help (Level of expertise) is for a person to decide; the legal basis shows in the funding. The unsourced duration ('a few weeks to months') has been removed.", &["help-for-established-problem", "without-stay"], false)),
            Self::IntegratedEducationCareArrangement => Some(DeprecationNote::new("2.0.0", "De trede mengde de fase met de manier waarop onderwijs en zorg verbonden zijn, en noemde het arrangement 'specialistisch' en 'de zwaarste vorm', terwijl het NJi er ook lichte vormen in de klas onder rekent. De fase wordt 'hulp bij een benoemd probleem', de inbedding 'onderwijs en zorg in één dagprogramma'. Vaak gaat het om daghulp: kies in Verblijf 'daghulp of dagbehandeling' met de hand als de bron dat zegt. De afkorting OZA staat vanaf 2.0 bij het begrip.", "The step mixed the stage with the way education and care are joined, and called the arrangement 'specialist' and 'the heaviest form', whereas the NJi also counts light forms in the classroom. The stage becomes 'help with an established problem', the embedding 'education and care in one daily programme'. It is often day care: choose 'day programme' in Stay by hand when the source says so. From 2.0 the abbreviation OZA belongs to the term.", &["help-for-established-problem", "combined-programme"], false)),
            Self::LowThresholdHelp => Some(DeprecationNote::new("2.0.0", "'Laagdrempelig' zegt hoe gemakkelijk je bij de hulp komt, niet hoe ver een probleem is; de trede mengde twee dimensies en overlapte met geïndiceerde preventie. Omdat de definitie uitging van een concrete hulpvraag zonder formele toegang, wordt de fase 'hulp bij een benoemd probleem' en de toegang 'geen verwijzing of besluit nodig'. Bood de praktijk ook vroeghulp op signalen, voeg dan met de hand geïndiceerde preventie toe. De beleidsterm 'laagdrempelige hulp in school' staat bij de begrippen.", "'Easy-access' says how easily help can be reached, not how far a problem has gone; the step mixed two dimensions and overlapped with indicated prevention. Because the definition assumed a concrete request for help without formal access, the stage becomes 'help with an established problem' and the access 'no referral or decision needed'. If the practice also offered early help on signs, add indicated prevention by hand. The policy term 'easy-access help at school' is among the terms.", &["help-for-established-problem", "no-referral-or-decision"], false)),
            Self::SpecialistYouthCare => Some(DeprecationNote::new("2.0.0", "'Specialistisch' is een kenmerk van de deskundigheid, geen fase. Hulp bij ernstige of complexe problemen is altijd hulp bij een benoemd probleem; de deskundigheid gaat naar het nieuwe facet Deskundigheid. Beide worden automatisch overgenomen.", "'Specialist' is a feature of expertise, not a stage. Help with serious or complex problems is always help with an established problem; the expertise moves to the new facet Level of expertise. Both are carried over automatically.", &["help-for-established-problem", "specialised-youth-care"], false)),
            _ => None,
        }
    }

    /// The live concepts that replace a deprecated one (empty for live concepts).
    pub const fn replaced_by(self) -> &'static [Self] {
        match self {
            Self::AmbulantYouthCare => &[Self::HelpForEstablishedProblem],
            Self::IntegratedEducationCareArrangement => &[Self::HelpForEstablishedProblem],
            Self::LowThresholdHelp => &[Self::HelpForEstablishedProblem],
            Self::SpecialistYouthCare => &[Self::HelpForEstablishedProblem],
            _ => &[],
        }
    }
}

crate::code::facet_code!(Intensity, "intensity");
