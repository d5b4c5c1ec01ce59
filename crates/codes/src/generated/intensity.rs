// @generated from taxonomy/ by `cargo xtask codegen`. Do not edit by hand.
//! Facet `intensity`: Intensiteit (Intensity).

use crate::Lang;
use crate::DeprecationNote;

#[doc = " **Intensiteit** (Intensity)"]
#[doc = " "]
#[doc = " Hoe zwaar en hoe gericht de hulp is, op een oplopende schaal van preventie voor iedereen tot specialistische arrangementen waarin onderwijs en behandeling samengaan. Een praktijk krijgt de trede waarop het grootste deel van de geboden hulp valt; de trede zegt iets over de hulp, niet over het soort organisatie dat haar levert."]
#[doc = " "]
#[doc = " How heavy and how targeted the help is, on a rising scale from prevention for everyone to specialist arrangements in which education and treatment are combined. A practice is given the step on which most of the help it offers falls; the step describes the help, not the kind of organisation that delivers it."]
#[doc = " "]
#[doc = " An ordered scale; a record carries at most one of its concepts."]
#[derive(Copy, Clone, PartialEq, Eq, PartialOrd, Ord, Hash, Debug)]
#[non_exhaustive]
pub enum Intensity {
    #[doc = " **Universele preventie** (Universal prevention), id `universal-prevention`"]
    #[doc = " "]
    #[doc = " Activiteiten voor alle leerlingen van een klas of school, los van de vraag of er zorgen over hen bestaan. Ze willen welbevinden en vaardigheden versterken en risico's verkleinen voordat er problemen ontstaan. Er is geen aanmelding, selectie of verwijzing voor nodig."]
    #[doc = " "]
    #[doc = " Activities for all students in a class or school, regardless of whether there are concerns about them. They aim to strengthen well-being and skills and to reduce risks before problems arise. No registration, selection or referral is needed."]
    UniversalPrevention,
    #[doc = " **Selectieve preventie** (Selective prevention), id `selective-prevention`"]
    #[doc = " "]
    #[doc = " Preventief aanbod voor groepen leerlingen die door hun omstandigheden meer kans lopen op problemen, zonder dat er bij henzelf al klachten zijn vastgesteld. Denk aan leerlingen met een belaste thuissituatie of aan studenten die niet rechtstreeks uit het vorige onderwijs instromen. De groep wordt gekozen op risicokenmerken, niet op signalen bij de individuele leerling."]
    #[doc = " "]
    #[doc = " Preventive provision for groups of students whose circumstances make problems more likely, without complaints having been established in them personally. Examples are students with a burdened home situation or students who do not enter directly from their previous education. The group is chosen on risk characteristics, not on signals in the individual student."]
    SelectivePrevention,
    #[doc = " **Geïndiceerde preventie** (Indicated prevention), id `indicated-prevention`"]
    #[doc = " "]
    #[doc = " Korte, lichte interventies voor afzonderlijke leerlingen bij wie de eerste tekenen van problemen zichtbaar zijn, maar nog geen stoornis of zware hulpvraag. Het doel is voorkomen dat de problemen groeien. Deze trede sluit meestal direct aan op [vroegsignalering](concept:early-identification) door school of jeugdhulp."]
    #[doc = " "]
    #[doc = " Brief, light interventions for individual students who show the first signs of problems but no disorder or heavy need for help yet. The aim is to stop the problems from growing. This step usually follows directly on [early identification](concept:early-identification) by the school or youth care."]
    IndicatedPrevention,
    #[doc = " **Laagdrempelige hulp** (Low-threshold help), id `low-threshold-help`"]
    #[doc = " "]
    #[doc = " Lichte hulp op of dicht bij school die een leerling met een concrete hulpvraag snel kan krijgen, zonder wachttijd of formele toegangsprocedure. De term komt uit het beleid voor inclusiever onderwijs, waarin hulp dicht bij de klas leerlingen helpt om op hun eigen school te blijven. Het gaat verder dan preventie, maar blijft kort en licht van aard."]
    #[doc = " "]
    #[doc = " Light help at or close to school that a student with a concrete request for help can get quickly, without waiting time or a formal access procedure. The term comes from policy for more inclusive education, in which help close to the classroom enables students to stay at their own school. It goes beyond prevention but remains short and light in nature."]
    LowThresholdHelp,
    #[doc = " **Ambulante jeugdhulp in of vanuit school** (Ambulant youth care in or from the school), id `ambulant-youth-care`"]
    #[doc = " "]
    #[doc = " Jeugdhulp in de zin van de Jeugdwet, zonder opname of verblijf, die een hulpverlener aan een leerling of gezin geeft in het schoolgebouw of vanuit de school georganiseerd. Het gaat om gerichte trajecten van meestal enkele weken tot maanden voor een benoemde hulpvraag, zoals gedrags-, emotionele of gezinsproblemen."]
    #[doc = " "]
    #[doc = " Youth care within the meaning of the Youth Act, without admission or residential stay, that a care worker gives to a student or family in the school building or organised from the school. It consists of targeted programmes, usually of a few weeks to months, for a named need such as behavioural, emotional or family problems."]
    AmbulantYouthCare,
    #[doc = " **Specialistische jeugdhulp** (Specialist youth care), id `specialist-youth-care`"]
    #[doc = " "]
    #[doc = " Hulp bij ernstige of complexe problemen waarvoor specifieke deskundigheid nodig is, zoals behandeling in de jeugd-ggz, hulp bij een verstandelijke beperking of intensieve gezinsbehandeling. Ze wordt meestal ingezet na een verwijzing of een besluit van de gemeente en kan op school, bij de aanbieder of thuis plaatsvinden."]
    #[doc = " "]
    #[doc = " Help with serious or complex problems that calls for specific expertise, such as treatment in youth mental health care, help with an intellectual disability or intensive family treatment. It is usually deployed after a referral or a municipal decision and may take place at school, at the provider or at home."]
    SpecialistYouthCare,
    #[doc = " **Specialistisch onderwijs-zorgarrangement** (Specialist integrated education-care arrangement), id `integrated-education-care-arrangement`"]
    #[doc = " "]
    #[doc = " Een op maat samengesteld geheel van onderwijs en intensieve jeugdhulp of behandeling voor een leerling die met onderwijsondersteuning alleen niet verder komt. Onderwijs en zorg worden in één plan en vaak op één locatie gecombineerd, bijvoorbeeld dagbehandeling naast lessen in het so of vso. Het is de zwaarste vorm van jeugdhulp op school."]
    #[doc = " "]
    #[doc = " A tailor-made combination of education and intensive youth care or treatment for a student who cannot make progress with educational support alone. Education and care are combined in one plan and often at one location, for example day treatment alongside lessons in special (secondary) education. It is the heaviest form of youth care at school."]
    IntegratedEducationCareArrangement,
}

impl Intensity {
    /// The facet's id.
    pub const FACET: &'static str = "intensity";

    /// Every concept of the facet in display order, deprecated ones included.
    pub const ALL: &'static [Self] = &[
        Self::UniversalPrevention,
        Self::SelectivePrevention,
        Self::IndicatedPrevention,
        Self::LowThresholdHelp,
        Self::AmbulantYouthCare,
        Self::SpecialistYouthCare,
        Self::IntegratedEducationCareArrangement,
    ];

    /// The concept's permanent id.
    pub const fn id(self) -> &'static str {
        match self {
            Self::UniversalPrevention => "universal-prevention",
            Self::SelectivePrevention => "selective-prevention",
            Self::IndicatedPrevention => "indicated-prevention",
            Self::LowThresholdHelp => "low-threshold-help",
            Self::AmbulantYouthCare => "ambulant-youth-care",
            Self::SpecialistYouthCare => "specialist-youth-care",
            Self::IntegratedEducationCareArrangement => "integrated-education-care-arrangement",
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
            (Self::LowThresholdHelp, Lang::Nl) => "Laagdrempelige hulp",
            (Self::LowThresholdHelp, Lang::En) => "Low-threshold help",
            (Self::AmbulantYouthCare, Lang::Nl) => "Ambulante jeugdhulp in of vanuit school",
            (Self::AmbulantYouthCare, Lang::En) => "Ambulant youth care in or from the school",
            (Self::SpecialistYouthCare, Lang::Nl) => "Specialistische jeugdhulp",
            (Self::SpecialistYouthCare, Lang::En) => "Specialist youth care",
            (Self::IntegratedEducationCareArrangement, Lang::Nl) => "Specialistisch onderwijs-zorgarrangement",
            (Self::IntegratedEducationCareArrangement, Lang::En) => "Specialist integrated education-care arrangement",
        }
    }

    /// The definition in `lang` (Markdown).
    pub const fn definition(self, lang: Lang) -> &'static str {
        match (self, lang) {
            (Self::UniversalPrevention, Lang::Nl) => "Activiteiten voor alle leerlingen van een klas of school, los van de vraag of er zorgen over hen bestaan. Ze willen welbevinden en vaardigheden versterken en risico's verkleinen voordat er problemen ontstaan. Er is geen aanmelding, selectie of verwijzing voor nodig.",
            (Self::UniversalPrevention, Lang::En) => "Activities for all students in a class or school, regardless of whether there are concerns about them. They aim to strengthen well-being and skills and to reduce risks before problems arise. No registration, selection or referral is needed.",
            (Self::SelectivePrevention, Lang::Nl) => "Preventief aanbod voor groepen leerlingen die door hun omstandigheden meer kans lopen op problemen, zonder dat er bij henzelf al klachten zijn vastgesteld. Denk aan leerlingen met een belaste thuissituatie of aan studenten die niet rechtstreeks uit het vorige onderwijs instromen. De groep wordt gekozen op risicokenmerken, niet op signalen bij de individuele leerling.",
            (Self::SelectivePrevention, Lang::En) => "Preventive provision for groups of students whose circumstances make problems more likely, without complaints having been established in them personally. Examples are students with a burdened home situation or students who do not enter directly from their previous education. The group is chosen on risk characteristics, not on signals in the individual student.",
            (Self::IndicatedPrevention, Lang::Nl) => "Korte, lichte interventies voor afzonderlijke leerlingen bij wie de eerste tekenen van problemen zichtbaar zijn, maar nog geen stoornis of zware hulpvraag. Het doel is voorkomen dat de problemen groeien. Deze trede sluit meestal direct aan op [vroegsignalering](concept:early-identification) door school of jeugdhulp.",
            (Self::IndicatedPrevention, Lang::En) => "Brief, light interventions for individual students who show the first signs of problems but no disorder or heavy need for help yet. The aim is to stop the problems from growing. This step usually follows directly on [early identification](concept:early-identification) by the school or youth care.",
            (Self::LowThresholdHelp, Lang::Nl) => "Lichte hulp op of dicht bij school die een leerling met een concrete hulpvraag snel kan krijgen, zonder wachttijd of formele toegangsprocedure. De term komt uit het beleid voor inclusiever onderwijs, waarin hulp dicht bij de klas leerlingen helpt om op hun eigen school te blijven. Het gaat verder dan preventie, maar blijft kort en licht van aard.",
            (Self::LowThresholdHelp, Lang::En) => "Light help at or close to school that a student with a concrete request for help can get quickly, without waiting time or a formal access procedure. The term comes from policy for more inclusive education, in which help close to the classroom enables students to stay at their own school. It goes beyond prevention but remains short and light in nature.",
            (Self::AmbulantYouthCare, Lang::Nl) => "Jeugdhulp in de zin van de Jeugdwet, zonder opname of verblijf, die een hulpverlener aan een leerling of gezin geeft in het schoolgebouw of vanuit de school georganiseerd. Het gaat om gerichte trajecten van meestal enkele weken tot maanden voor een benoemde hulpvraag, zoals gedrags-, emotionele of gezinsproblemen.",
            (Self::AmbulantYouthCare, Lang::En) => "Youth care within the meaning of the Youth Act, without admission or residential stay, that a care worker gives to a student or family in the school building or organised from the school. It consists of targeted programmes, usually of a few weeks to months, for a named need such as behavioural, emotional or family problems.",
            (Self::SpecialistYouthCare, Lang::Nl) => "Hulp bij ernstige of complexe problemen waarvoor specifieke deskundigheid nodig is, zoals behandeling in de jeugd-ggz, hulp bij een verstandelijke beperking of intensieve gezinsbehandeling. Ze wordt meestal ingezet na een verwijzing of een besluit van de gemeente en kan op school, bij de aanbieder of thuis plaatsvinden.",
            (Self::SpecialistYouthCare, Lang::En) => "Help with serious or complex problems that calls for specific expertise, such as treatment in youth mental health care, help with an intellectual disability or intensive family treatment. It is usually deployed after a referral or a municipal decision and may take place at school, at the provider or at home.",
            (Self::IntegratedEducationCareArrangement, Lang::Nl) => "Een op maat samengesteld geheel van onderwijs en intensieve jeugdhulp of behandeling voor een leerling die met onderwijsondersteuning alleen niet verder komt. Onderwijs en zorg worden in één plan en vaak op één locatie gecombineerd, bijvoorbeeld dagbehandeling naast lessen in het so of vso. Het is de zwaarste vorm van jeugdhulp op school.",
            (Self::IntegratedEducationCareArrangement, Lang::En) => "A tailor-made combination of education and intensive youth care or treatment for a student who cannot make progress with educational support alone. Education and care are combined in one plan and often at one location, for example day treatment alongside lessons in special (secondary) education. It is the heaviest form of youth care at school.",
        }
    }

    /// The place on the facet's scale (1 = first) for an ordered facet; `None` otherwise.
    pub const fn position(self) -> Option<u32> {
        match self {
            Self::UniversalPrevention => Some(1),
            Self::SelectivePrevention => Some(2),
            Self::IndicatedPrevention => Some(3),
            Self::LowThresholdHelp => Some(4),
            Self::AmbulantYouthCare => Some(5),
            Self::SpecialistYouthCare => Some(6),
            Self::IntegratedEducationCareArrangement => Some(7),
        }
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

crate::code::facet_code!(Intensity, "intensity");
