// @generated from taxonomy/ by `cargo xtask codegen`. Do not edit by hand.
//! Facet `integration`: Mate van integratie (Depth of integration).

use crate::Lang;
use crate::DeprecationNote;

#[doc = " **Mate van integratie** (Depth of integration)"]
#[doc = " "]
#[doc = " Hoe ver onderwijs en jeugdhulp hun werk in een praktijk met elkaar hebben verweven, van alleen onder één dak zitten tot één team met gedeelde verantwoordelijkheid. De schaal meet alleen die diepte. Op welk niveau zij samenwerken (rond een leerling, een groep, de school of tussen besturen), staat in 'Niveau van samenwerking'; waar de professionals werken, in 'Inbedding van de jeugdhulp'; hoe het werk betaald wordt, in de bekostiging."]
#[doc = " "]
#[doc = " How far education and youth care have interwoven their work in a practice, from merely sharing a roof to one team with shared responsibility. The scale measures only that depth. At which level they work together (around a pupil, a group, the school or between governing bodies) is recorded in 'Level of collaboration'; where the professionals work, in 'How youth care is embedded'; how the work is paid for, in the funding facets."]
#[doc = " "]
#[doc = " An ordered scale; a record carries at most one of its concepts."]
#[derive(Copy, Clone, PartialEq, Eq, PartialOrd, Ord, Hash, Debug)]
#[non_exhaustive]
pub enum Integration {
    #[doc = " **Alleen co-locatie** (Co-location only), id `co-location-only`"]
    #[doc = " "]
    #[doc = " Onderwijs en jeugdhulp zitten in hetzelfde gebouw of vlak bij elkaar, maar werken ieder voor zich. Er zijn nauwelijks vaste afspraken over verwijzen, overleg of gezamenlijk werk; de nabijheid maakt contact wel gemakkelijker."]
    #[doc = " "]
    #[doc = " Education and youth care are in the same building or close to each other but each works on its own. There are hardly any fixed agreements on referral, consultation or joint work; proximity does make contact easier."]
    CoLocationOnly,
    #[doc = " **Afgestemd werken** (Coordinated working), id `coordinated-working`"]
    #[doc = " "]
    #[doc = " School en jeugdhulp hebben vaste afspraken over verwijzen, elkaar informeren en terugkoppelen, en ze overleggen geregeld. Elke partij blijft verantwoordelijk voor het eigen deel: het werk wordt op elkaar afgestemd, maar niet gedeeld."]
    #[doc = " "]
    #[doc = " School and youth care have fixed agreements on referral, informing each other and reporting back, and they meet regularly. Each party remains responsible for its own part: the work is aligned but not shared."]
    CoordinatedWorking,
    #[doc = " **Gezamenlijk plan en samen uitvoeren** (Shared plan, joint work), id `shared-plan-joint-work`"]
    #[doc = " "]
    #[doc = " Onderwijs en jeugdhulp werken vanuit één gezamenlijk plan, voor een leerling, een groep of de school, en voeren het samen uit: zij voeren gesprekken samen, verdelen de taken en volgen samen de voortgang. Elke organisatie houdt haar eigen verantwoordelijkheid en aansturing."]
    #[doc = " "]
    #[doc = " Education and youth care work from one joint plan, for a pupil, a group or the school, and carry it out together: they hold conversations together, divide the tasks and follow progress together. Each organisation keeps its own responsibility and management."]
    SharedPlanJointWork,
    #[doc = " **Eén geïntegreerd team** (One integrated team), id `integrated-team`"]
    #[doc = " "]
    #[doc = " Professionals uit onderwijs en jeugdhulp werken als één team, met gedeelde verantwoordelijkheid voor de leerlingen en gezamenlijke plannen per leerling en per groep, ook als zij formeel bij verschillende organisaties in dienst blijven. Er is geen harde knip tussen zorg en onderwijs: de leerling ervaart één aanpak, en de professionals kennen en benutten elkaars deskundigheid."]
    #[doc = " "]
    #[doc = " Professionals from education and youth care work as one team, with shared responsibility for the pupils and joint plans per pupil and per group, even when they remain formally employed by different organisations. There is no hard divide between care and education: the pupil experiences one approach, and the professionals know and use each other's expertise."]
    IntegratedTeam,
    #[doc = " **Gezamenlijke casusaanpak** (Joint casework), id `joint-casework`"]
    #[doc = " "]
    #[doc = " Professionals uit onderwijs en jeugdhulp werken samen aan dezelfde leerling, met één gedeeld plan, gezamenlijke gesprekken met leerling en ouders en een heldere taakverdeling. De samenwerking blijft vooral gericht op afzonderlijke leerlingen."]
    #[doc = " "]
    #[doc = " Professionals from education and youth care work together on the same student, with one shared plan, joint conversations with student and parents and a clear division of tasks. The collaboration remains focused mainly on individual students."]
    #[doc = " "]
    #[doc = " *Deprecated since 2.0.0*; replaced by [`shared-plan-joint-work`](Integration::SharedPlanJointWork), `case-level` (facet `collaboration-level`)."]
    JointCasework,
    #[doc = " **Gezamenlijke aanpak op school- en groepsniveau** (Joint approach at school and group level), id `joint-school-level-approach`"]
    #[doc = " "]
    #[doc = " Naast de samenwerking per leerling werken onderwijs en jeugdhulp ook samen aan klassen, het team en het klimaat van de school, vanuit een gedeelde visie en een gezamenlijk plan. Jeugdhulp wordt zo ook ingezet voor groepen en leraren en niet alleen na een verwijzing."]
    #[doc = " "]
    #[doc = " In addition to working together per student, education and youth care also work together on classes, the team and the school climate, based on a shared vision and a joint plan. Youth care is thus also deployed for groups and teachers and not only after a referral."]
    #[doc = " "]
    #[doc = " *Deprecated since 2.0.0*; replaced by [`shared-plan-joint-work`](Integration::SharedPlanJointWork), `case-level` (facet `collaboration-level`), `group-level` (facet `collaboration-level`), `school-level` (facet `collaboration-level`)."]
    JointSchoolLevelApproach,
}

impl Integration {
    /// The facet's id.
    pub const FACET: &'static str = "integration";

    /// Every concept of the facet in display order, deprecated ones included.
    pub const ALL: &'static [Self] = &[
        Self::CoLocationOnly,
        Self::CoordinatedWorking,
        Self::SharedPlanJointWork,
        Self::IntegratedTeam,
        Self::JointCasework,
        Self::JointSchoolLevelApproach,
    ];

    /// The concept's permanent id.
    pub const fn id(self) -> &'static str {
        match self {
            Self::CoLocationOnly => "co-location-only",
            Self::CoordinatedWorking => "coordinated-working",
            Self::SharedPlanJointWork => "shared-plan-joint-work",
            Self::IntegratedTeam => "integrated-team",
            Self::JointCasework => "joint-casework",
            Self::JointSchoolLevelApproach => "joint-school-level-approach",
        }
    }

    /// The preferred label in `lang`.
    pub const fn label(self, lang: Lang) -> &'static str {
        match (self, lang) {
            (Self::CoLocationOnly, Lang::Nl) => "Alleen co-locatie",
            (Self::CoLocationOnly, Lang::En) => "Co-location only",
            (Self::CoordinatedWorking, Lang::Nl) => "Afgestemd werken",
            (Self::CoordinatedWorking, Lang::En) => "Coordinated working",
            (Self::SharedPlanJointWork, Lang::Nl) => "Gezamenlijk plan en samen uitvoeren",
            (Self::SharedPlanJointWork, Lang::En) => "Shared plan, joint work",
            (Self::IntegratedTeam, Lang::Nl) => "Eén geïntegreerd team",
            (Self::IntegratedTeam, Lang::En) => "One integrated team",
            (Self::JointCasework, Lang::Nl) => "Gezamenlijke casusaanpak",
            (Self::JointCasework, Lang::En) => "Joint casework",
            (Self::JointSchoolLevelApproach, Lang::Nl) => "Gezamenlijke aanpak op school- en groepsniveau",
            (Self::JointSchoolLevelApproach, Lang::En) => "Joint approach at school and group level",
        }
    }

    /// The definition in `lang` (Markdown).
    pub const fn definition(self, lang: Lang) -> &'static str {
        match (self, lang) {
            (Self::CoLocationOnly, Lang::Nl) => "Onderwijs en jeugdhulp zitten in hetzelfde gebouw of vlak bij elkaar, maar werken ieder voor zich. Er zijn nauwelijks vaste afspraken over verwijzen, overleg of gezamenlijk werk; de nabijheid maakt contact wel gemakkelijker.",
            (Self::CoLocationOnly, Lang::En) => "Education and youth care are in the same building or close to each other but each works on its own. There are hardly any fixed agreements on referral, consultation or joint work; proximity does make contact easier.",
            (Self::CoordinatedWorking, Lang::Nl) => "School en jeugdhulp hebben vaste afspraken over verwijzen, elkaar informeren en terugkoppelen, en ze overleggen geregeld. Elke partij blijft verantwoordelijk voor het eigen deel: het werk wordt op elkaar afgestemd, maar niet gedeeld.",
            (Self::CoordinatedWorking, Lang::En) => "School and youth care have fixed agreements on referral, informing each other and reporting back, and they meet regularly. Each party remains responsible for its own part: the work is aligned but not shared.",
            (Self::SharedPlanJointWork, Lang::Nl) => "Onderwijs en jeugdhulp werken vanuit één gezamenlijk plan, voor een leerling, een groep of de school, en voeren het samen uit: zij voeren gesprekken samen, verdelen de taken en volgen samen de voortgang. Elke organisatie houdt haar eigen verantwoordelijkheid en aansturing.",
            (Self::SharedPlanJointWork, Lang::En) => "Education and youth care work from one joint plan, for a pupil, a group or the school, and carry it out together: they hold conversations together, divide the tasks and follow progress together. Each organisation keeps its own responsibility and management.",
            (Self::IntegratedTeam, Lang::Nl) => "Professionals uit onderwijs en jeugdhulp werken als één team, met gedeelde verantwoordelijkheid voor de leerlingen en gezamenlijke plannen per leerling en per groep, ook als zij formeel bij verschillende organisaties in dienst blijven. Er is geen harde knip tussen zorg en onderwijs: de leerling ervaart één aanpak, en de professionals kennen en benutten elkaars deskundigheid.",
            (Self::IntegratedTeam, Lang::En) => "Professionals from education and youth care work as one team, with shared responsibility for the pupils and joint plans per pupil and per group, even when they remain formally employed by different organisations. There is no hard divide between care and education: the pupil experiences one approach, and the professionals know and use each other's expertise.",
            (Self::JointCasework, Lang::Nl) => "Professionals uit onderwijs en jeugdhulp werken samen aan dezelfde leerling, met één gedeeld plan, gezamenlijke gesprekken met leerling en ouders en een heldere taakverdeling. De samenwerking blijft vooral gericht op afzonderlijke leerlingen.",
            (Self::JointCasework, Lang::En) => "Professionals from education and youth care work together on the same student, with one shared plan, joint conversations with student and parents and a clear division of tasks. The collaboration remains focused mainly on individual students.",
            (Self::JointSchoolLevelApproach, Lang::Nl) => "Naast de samenwerking per leerling werken onderwijs en jeugdhulp ook samen aan klassen, het team en het klimaat van de school, vanuit een gedeelde visie en een gezamenlijk plan. Jeugdhulp wordt zo ook ingezet voor groepen en leraren en niet alleen na een verwijzing.",
            (Self::JointSchoolLevelApproach, Lang::En) => "In addition to working together per student, education and youth care also work together on classes, the team and the school climate, based on a shared vision and a joint plan. Youth care is thus also deployed for groups and teachers and not only after a referral.",
        }
    }

    /// The place on the facet's scale (1 = first) for an ordered facet; `None` otherwise.
    pub const fn position(self) -> Option<u32> {
        match self {
            Self::CoLocationOnly => Some(1),
            Self::CoordinatedWorking => Some(2),
            Self::SharedPlanJointWork => Some(3),
            Self::IntegratedTeam => Some(4),
            Self::JointCasework => Some(4294967295),
            Self::JointSchoolLevelApproach => Some(4294967295),
        }
    }

    /// Present when the concept is deprecated: since when and why.
    pub const fn deprecation(self) -> Option<DeprecationNote> {
        match self {
            Self::JointCasework => Some(DeprecationNote::new("2.0.0", "De trede mengde de diepte van de samenwerking met het niveau waarop die plaatsvindt. De diepte wordt 'gezamenlijk plan en samen uitvoeren'; dat het om afzonderlijke leerlingen gaat, gaat naar 'Niveau van samenwerking' (rond een leerling of gezin). Beide volgen uit de definitie en worden automatisch geschreven.", "The step mixed the depth of collaboration with the level at which it takes place. The depth becomes 'shared plan, joint work'; that it concerns individual pupils moves to 'Level of collaboration' (case level). Both follow from the definition and are written automatically.", &["shared-plan-joint-work", "case-level"], false)),
            Self::JointSchoolLevelApproach => Some(DeprecationNote::new("2.0.0", "De trede mengde de diepte van de samenwerking met het niveau waarop die plaatsvindt. De diepte wordt 'gezamenlijk plan en samen uitvoeren'. De definitie noemt samenwerking per leerling, aan klassen en aan team en klimaat; in 'Niveau van samenwerking' betekenen rond een leerling of gezin, rond een klas of groep en op schoolniveau samen wat deze code betekende, en alle drie worden geschreven.", "The step mixed the depth of collaboration with the level at which it takes place. The depth becomes 'shared plan, joint work'. The definition names collaboration per pupil, on classes and on the team and climate; in 'Level of collaboration', case level, group level and school level together mean what this code meant, and all three are written.", &["shared-plan-joint-work", "case-level", "group-level", "school-level"], true)),
            _ => None,
        }
    }

    /// The live concepts that replace a deprecated one (empty for live concepts).
    pub const fn replaced_by(self) -> &'static [Self] {
        match self {
            Self::JointCasework => &[Self::SharedPlanJointWork],
            Self::JointSchoolLevelApproach => &[Self::SharedPlanJointWork],
            _ => &[],
        }
    }
}

crate::code::facet_code!(Integration, "integration");
