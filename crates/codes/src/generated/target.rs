// @generated from taxonomy/ by `cargo xtask codegen`. Do not edit by hand.
//! Facet `target`: Doelgroep (Target).

use crate::Lang;
use crate::DeprecationNote;

#[doc = " **Doelgroep** (Target)"]
#[doc = " "]
#[doc = " Wie de hulp of activiteit rechtstreeks bereikt: de individuele leerling, de ouders, een groep, de leraren of de school als geheel. De doelgroep zegt niets over de manier van bekostigen of over de toegangsroute."]
#[doc = " "]
#[doc = " Who the help or activity directly reaches: the individual student, the parents, a group, the teachers or the school as a whole. The target says nothing about how the help is funded or about the access route."]
#[doc = " "]
#[doc = " A record may carry several of its concepts."]
#[derive(Copy, Clone, PartialEq, Eq, PartialOrd, Ord, Hash, Debug)]
#[non_exhaustive]
pub enum Target {
    #[doc = " **Leerling of student** (Student or pupil), id `individual-student`"]
    #[doc = " "]
    #[doc = " De afzonderlijke jongere die onderwijs volgt: de leerling in po, so en vo of de student in het mbo. De hulp of activiteit is rechtstreeks op deze persoon gericht."]
    #[doc = " "]
    #[doc = " The individual young person in education: the pupil in primary, special or secondary education or the student in mbo. The help or activity is aimed directly at this person."]
    IndividualStudent,
    #[doc = " **Ouders en gezin** (Parents and family), id `parents-and-family`"]
    #[doc = " "]
    #[doc = " Ouders, verzorgers en andere gezinsleden van de leerling, wanneer zij zelf advies of hulp krijgen of actief meewerken aan het plan. Bij oudere mbo-studenten wordt de rol van ouders kleiner en beslist de student steeds meer zelf."]
    #[doc = " "]
    #[doc = " Parents, carers and other family members of the student, when they receive advice or help themselves or take an active part in the plan. With older mbo students the parents' role shrinks and the student increasingly decides for themselves."]
    ParentsAndFamily,
    #[doc = " **Klas of groep** (Class or group), id `class-or-group`"]
    #[doc = " "]
    #[doc = " Een bestaande klas of lesgroep als geheel. De activiteit wil iets veranderen in de groep, zoals de sfeer, de omgang of de veiligheid, en niet alleen bij één leerling."]
    #[doc = " "]
    #[doc = " An existing class or teaching group as a whole. The activity aims to change something in the group, such as the atmosphere, the way students treat each other or safety, and not only for one student."]
    ClassOrGroup,
    #[doc = " **Groep leerlingen met verhoogd risico** (Group of students at increased risk), id `at-risk-group`"]
    #[doc = " "]
    #[doc = " Een groep leerlingen die is samengesteld op grond van een gedeeld risico of kenmerk, zoals studenten in de entreeopleiding of leerlingen met een belaste thuissituatie, los van de klas waarin zij zitten."]
    #[doc = " "]
    #[doc = " A group of students put together on the basis of a shared risk or characteristic, such as students in the mbo entry course or students with a burdened home situation, regardless of the class they are in."]
    AtRiskGroup,
    #[doc = " **Leerkrachten en docenten** (Teachers), id `teachers`"]
    #[doc = " "]
    #[doc = " Leraren die zelf advies, coaching of scholing krijgen, zodat zij beter kunnen aansluiten bij wat hun leerlingen nodig hebben. De leerlingen profiteren daar indirect van."]
    #[doc = " "]
    #[doc = " Teachers who themselves receive advice, coaching or training so that they can better meet what their students need. The students benefit from this indirectly."]
    Teachers,
    #[doc = " **Schoolteam** (School team), id `school-team`"]
    #[doc = " "]
    #[doc = " Het team of de organisatie van de school als geheel, inclusief schoolleiding en ondersteunend personeel, bijvoorbeeld bij het ontwikkelen van een gedeelde visie of bij werken aan het pedagogisch klimaat."]
    #[doc = " "]
    #[doc = " The team or organisation of the school as a whole, including school leadership and support staff, for example when developing a shared vision or working on the pedagogical climate."]
    SchoolTeam,
    #[doc = " **Alle leerlingen** (All students), id `all-students`"]
    #[doc = " "]
    #[doc = " Alle leerlingen of studenten van een school of locatie tegelijk, zonder selectie op risico of hulpvraag. Deze doelgroep hoort typisch bij universele preventie."]
    #[doc = " "]
    #[doc = " All students of a school or location at once, without selection on risk or need for help. This target typically goes with universal prevention."]
    AllStudents,
}

impl Target {
    /// The facet's id.
    pub const FACET: &'static str = "target";

    /// Every concept of the facet in display order, deprecated ones included.
    pub const ALL: &'static [Self] = &[
        Self::IndividualStudent,
        Self::ParentsAndFamily,
        Self::ClassOrGroup,
        Self::AtRiskGroup,
        Self::Teachers,
        Self::SchoolTeam,
        Self::AllStudents,
    ];

    /// The concept's permanent id.
    pub const fn id(self) -> &'static str {
        match self {
            Self::IndividualStudent => "individual-student",
            Self::ParentsAndFamily => "parents-and-family",
            Self::ClassOrGroup => "class-or-group",
            Self::AtRiskGroup => "at-risk-group",
            Self::Teachers => "teachers",
            Self::SchoolTeam => "school-team",
            Self::AllStudents => "all-students",
        }
    }

    /// The preferred label in `lang`.
    pub const fn label(self, lang: Lang) -> &'static str {
        match (self, lang) {
            (Self::IndividualStudent, Lang::Nl) => "Leerling of student",
            (Self::IndividualStudent, Lang::En) => "Student or pupil",
            (Self::ParentsAndFamily, Lang::Nl) => "Ouders en gezin",
            (Self::ParentsAndFamily, Lang::En) => "Parents and family",
            (Self::ClassOrGroup, Lang::Nl) => "Klas of groep",
            (Self::ClassOrGroup, Lang::En) => "Class or group",
            (Self::AtRiskGroup, Lang::Nl) => "Groep leerlingen met verhoogd risico",
            (Self::AtRiskGroup, Lang::En) => "Group of students at increased risk",
            (Self::Teachers, Lang::Nl) => "Leerkrachten en docenten",
            (Self::Teachers, Lang::En) => "Teachers",
            (Self::SchoolTeam, Lang::Nl) => "Schoolteam",
            (Self::SchoolTeam, Lang::En) => "School team",
            (Self::AllStudents, Lang::Nl) => "Alle leerlingen",
            (Self::AllStudents, Lang::En) => "All students",
        }
    }

    /// The definition in `lang` (Markdown).
    pub const fn definition(self, lang: Lang) -> &'static str {
        match (self, lang) {
            (Self::IndividualStudent, Lang::Nl) => "De afzonderlijke jongere die onderwijs volgt: de leerling in po, so en vo of de student in het mbo. De hulp of activiteit is rechtstreeks op deze persoon gericht.",
            (Self::IndividualStudent, Lang::En) => "The individual young person in education: the pupil in primary, special or secondary education or the student in mbo. The help or activity is aimed directly at this person.",
            (Self::ParentsAndFamily, Lang::Nl) => "Ouders, verzorgers en andere gezinsleden van de leerling, wanneer zij zelf advies of hulp krijgen of actief meewerken aan het plan. Bij oudere mbo-studenten wordt de rol van ouders kleiner en beslist de student steeds meer zelf.",
            (Self::ParentsAndFamily, Lang::En) => "Parents, carers and other family members of the student, when they receive advice or help themselves or take an active part in the plan. With older mbo students the parents' role shrinks and the student increasingly decides for themselves.",
            (Self::ClassOrGroup, Lang::Nl) => "Een bestaande klas of lesgroep als geheel. De activiteit wil iets veranderen in de groep, zoals de sfeer, de omgang of de veiligheid, en niet alleen bij één leerling.",
            (Self::ClassOrGroup, Lang::En) => "An existing class or teaching group as a whole. The activity aims to change something in the group, such as the atmosphere, the way students treat each other or safety, and not only for one student.",
            (Self::AtRiskGroup, Lang::Nl) => "Een groep leerlingen die is samengesteld op grond van een gedeeld risico of kenmerk, zoals studenten in de entreeopleiding of leerlingen met een belaste thuissituatie, los van de klas waarin zij zitten.",
            (Self::AtRiskGroup, Lang::En) => "A group of students put together on the basis of a shared risk or characteristic, such as students in the mbo entry course or students with a burdened home situation, regardless of the class they are in.",
            (Self::Teachers, Lang::Nl) => "Leraren die zelf advies, coaching of scholing krijgen, zodat zij beter kunnen aansluiten bij wat hun leerlingen nodig hebben. De leerlingen profiteren daar indirect van.",
            (Self::Teachers, Lang::En) => "Teachers who themselves receive advice, coaching or training so that they can better meet what their students need. The students benefit from this indirectly.",
            (Self::SchoolTeam, Lang::Nl) => "Het team of de organisatie van de school als geheel, inclusief schoolleiding en ondersteunend personeel, bijvoorbeeld bij het ontwikkelen van een gedeelde visie of bij werken aan het pedagogisch klimaat.",
            (Self::SchoolTeam, Lang::En) => "The team or organisation of the school as a whole, including school leadership and support staff, for example when developing a shared vision or working on the pedagogical climate.",
            (Self::AllStudents, Lang::Nl) => "Alle leerlingen of studenten van een school of locatie tegelijk, zonder selectie op risico of hulpvraag. Deze doelgroep hoort typisch bij universele preventie.",
            (Self::AllStudents, Lang::En) => "All students of a school or location at once, without selection on risk or need for help. This target typically goes with universal prevention.",
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

crate::code::facet_code!(Target, "target");
