// @generated from taxonomy/ by `cargo xtask codegen`. Do not edit by hand.
//! Facet `target`: Doelgroep (Target).

use crate::Lang;
use crate::DeprecationNote;

#[doc = " **Doelgroep** (Target)"]
#[doc = " "]
#[doc = " Wie de hulp of activiteit rechtstreeks bereikt: de individuele leerling of student, de ouders, een klas of groep, de leraren, het schoolteam of alle leerlingen van de school. De doelgroep zegt niets over de bekostiging, over de toegang of over het niveau waarop school en jeugdhulp samenwerken."]
#[doc = " "]
#[doc = " Who the help or activity directly reaches: the individual pupil or student, the parents, a class or group, the teachers, the school team or all pupils of the school. The target says nothing about funding, about access or about the level at which school and youth care work together."]
#[doc = " "]
#[doc = " A record may carry several of its concepts."]
#[derive(Copy, Clone, PartialEq, Eq, PartialOrd, Ord, Hash, Debug)]
#[non_exhaustive]
pub enum Target {
    #[doc = " **Leerling of student** (Student or pupil), id `individual-student`"]
    #[doc = " "]
    #[doc = " De afzonderlijke jongere die onderwijs volgt: de leerling in po, so en vo of de student in het mbo. De hulp of activiteit is rechtstreeks op deze persoon gericht, ook als die voor iedereen openstaat."]
    #[doc = " "]
    #[doc = " The individual young person in education: the pupil in primary, special or secondary education or the student in mbo. The help or activity is aimed directly at this person, even when it is open to everyone."]
    IndividualStudent,
    #[doc = " **Ouders en gezin** (Parents and family), id `parents-and-family`"]
    #[doc = " "]
    #[doc = " Ouders, verzorgers en andere gezinsleden van de leerling, wanneer zij zelf advies of hulp krijgen of actief meewerken aan het plan, bijvoorbeeld bij opvoedvragen of problemen in het gezin. Bij oudere mbo-studenten wordt de rol van ouders kleiner en beslist de student steeds meer zelf."]
    #[doc = " "]
    #[doc = " Parents, carers and other family members of the pupil, when they receive advice or help themselves or take an active part in the plan, for example with parenting questions or problems in the family. With older mbo students the parents' role shrinks and the student increasingly decides for themselves."]
    ParentsAndFamily,
    #[doc = " **Klas of groep** (Class or group), id `class-or-group`"]
    #[doc = " "]
    #[doc = " Een bestaande klas of lesgroep als geheel. De activiteit wil iets veranderen in de groep, zoals de sfeer, de omgang of de veiligheid, en niet alleen bij één leerling."]
    #[doc = " "]
    #[doc = " An existing class or teaching group as a whole. The activity aims to change something in the group, such as the atmosphere, the way pupils treat each other or safety, and not only for one pupil."]
    ClassOrGroup,
    #[doc = " **Groep leerlingen met verhoogd risico** (Group of students at increased risk), id `at-risk-group`"]
    #[doc = " "]
    #[doc = " Een groep leerlingen of studenten die is samengesteld op grond van een gedeeld risico of kenmerk, los van de klas waarin zij zitten, zoals kwetsbare jongeren in de entreeopleiding, kinderen met angstklachten in een groepstraining of studenten met psychische problemen in een aangepast programma."]
    #[doc = " "]
    #[doc = " A group of pupils or students put together on the basis of a shared risk or characteristic, regardless of the class they are in, such as vulnerable young people in the mbo entry course, children with anxiety in a group training or students with mental health problems in an adapted programme."]
    AtRiskGroup,
    #[doc = " **Leerkrachten en docenten** (Teachers), id `teachers`"]
    #[doc = " "]
    #[doc = " Leraren, mentoren en docenten die zelf advies, coaching of scholing krijgen, zodat zij beter kunnen aansluiten bij wat hun leerlingen nodig hebben. De leerlingen profiteren daar indirect van."]
    #[doc = " "]
    #[doc = " Teachers, mentors and lecturers who themselves receive advice, coaching or training so that they can better meet what their pupils need. The pupils benefit from this indirectly."]
    Teachers,
    #[doc = " **Schoolteam** (School team), id `school-team`"]
    #[doc = " "]
    #[doc = " Het team of de organisatie van de school als geheel, inclusief schoolleiding en ondersteunend personeel, bijvoorbeeld bij gezamenlijke scholing, bij het ontwikkelen van een gedeelde visie of bij het versterken van de pedagogische basis van de school."]
    #[doc = " "]
    #[doc = " The team or organisation of the school as a whole, including school leadership and support staff, for example in joint training, in developing a shared vision or in strengthening the school's pedagogical basis."]
    SchoolTeam,
    #[doc = " **Alle leerlingen** (All students), id `all-students`"]
    #[doc = " "]
    #[doc = " Alle leerlingen of studenten van een school of locatie tegelijk, zonder selectie op risico of hulpvraag, bijvoorbeeld met een voorlichting of programma voor de hele school. Deze doelgroep hoort typisch bij universele preventie."]
    #[doc = " "]
    #[doc = " All pupils or students of a school or location at once, without selection on risk or need for help, for example through information sessions or a programme for the whole school. This target typically goes with universal prevention."]
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
            (Self::IndividualStudent, Lang::Nl) => "De afzonderlijke jongere die onderwijs volgt: de leerling in po, so en vo of de student in het mbo. De hulp of activiteit is rechtstreeks op deze persoon gericht, ook als die voor iedereen openstaat.",
            (Self::IndividualStudent, Lang::En) => "The individual young person in education: the pupil in primary, special or secondary education or the student in mbo. The help or activity is aimed directly at this person, even when it is open to everyone.",
            (Self::ParentsAndFamily, Lang::Nl) => "Ouders, verzorgers en andere gezinsleden van de leerling, wanneer zij zelf advies of hulp krijgen of actief meewerken aan het plan, bijvoorbeeld bij opvoedvragen of problemen in het gezin. Bij oudere mbo-studenten wordt de rol van ouders kleiner en beslist de student steeds meer zelf.",
            (Self::ParentsAndFamily, Lang::En) => "Parents, carers and other family members of the pupil, when they receive advice or help themselves or take an active part in the plan, for example with parenting questions or problems in the family. With older mbo students the parents' role shrinks and the student increasingly decides for themselves.",
            (Self::ClassOrGroup, Lang::Nl) => "Een bestaande klas of lesgroep als geheel. De activiteit wil iets veranderen in de groep, zoals de sfeer, de omgang of de veiligheid, en niet alleen bij één leerling.",
            (Self::ClassOrGroup, Lang::En) => "An existing class or teaching group as a whole. The activity aims to change something in the group, such as the atmosphere, the way pupils treat each other or safety, and not only for one pupil.",
            (Self::AtRiskGroup, Lang::Nl) => "Een groep leerlingen of studenten die is samengesteld op grond van een gedeeld risico of kenmerk, los van de klas waarin zij zitten, zoals kwetsbare jongeren in de entreeopleiding, kinderen met angstklachten in een groepstraining of studenten met psychische problemen in een aangepast programma.",
            (Self::AtRiskGroup, Lang::En) => "A group of pupils or students put together on the basis of a shared risk or characteristic, regardless of the class they are in, such as vulnerable young people in the mbo entry course, children with anxiety in a group training or students with mental health problems in an adapted programme.",
            (Self::Teachers, Lang::Nl) => "Leraren, mentoren en docenten die zelf advies, coaching of scholing krijgen, zodat zij beter kunnen aansluiten bij wat hun leerlingen nodig hebben. De leerlingen profiteren daar indirect van.",
            (Self::Teachers, Lang::En) => "Teachers, mentors and lecturers who themselves receive advice, coaching or training so that they can better meet what their pupils need. The pupils benefit from this indirectly.",
            (Self::SchoolTeam, Lang::Nl) => "Het team of de organisatie van de school als geheel, inclusief schoolleiding en ondersteunend personeel, bijvoorbeeld bij gezamenlijke scholing, bij het ontwikkelen van een gedeelde visie of bij het versterken van de pedagogische basis van de school.",
            (Self::SchoolTeam, Lang::En) => "The team or organisation of the school as a whole, including school leadership and support staff, for example in joint training, in developing a shared vision or in strengthening the school's pedagogical basis.",
            (Self::AllStudents, Lang::Nl) => "Alle leerlingen of studenten van een school of locatie tegelijk, zonder selectie op risico of hulpvraag, bijvoorbeeld met een voorlichting of programma voor de hele school. Deze doelgroep hoort typisch bij universele preventie.",
            (Self::AllStudents, Lang::En) => "All pupils or students of a school or location at once, without selection on risk or need for help, for example through information sessions or a programme for the whole school. This target typically goes with universal prevention.",
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
