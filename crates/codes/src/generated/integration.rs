// @generated from taxonomy/ by `cargo xtask codegen`. Do not edit by hand.
//! Facet `integration`: Mate van integratie (Integration).

use crate::Lang;
use crate::DeprecationNote;

#[doc = " **Mate van integratie** (Integration)"]
#[doc = " "]
#[doc = " Hoe ver onderwijs en jeugdhulp in een praktijk met elkaar zijn vervlochten, van alleen onder één dak zitten tot één team zonder harde scheiding tussen zorg en onderwijs. De schaal beschrijft de samenwerking, niet de plek of de zwaarte van de hulp."]
#[doc = " "]
#[doc = " How far education and youth care are interwoven in a practice, from merely sharing a roof to one team without a hard divide between care and education. The scale describes the collaboration, not the place or the intensity of the help."]
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
    #[doc = " **Gezamenlijke casusaanpak** (Joint casework), id `joint-casework`"]
    #[doc = " "]
    #[doc = " Professionals uit onderwijs en jeugdhulp werken samen aan dezelfde leerling, met één gedeeld plan, gezamenlijke gesprekken met leerling en ouders en een heldere taakverdeling. De samenwerking blijft vooral gericht op afzonderlijke leerlingen."]
    #[doc = " "]
    #[doc = " Professionals from education and youth care work together on the same student, with one shared plan, joint conversations with student and parents and a clear division of tasks. The collaboration remains focused mainly on individual students."]
    JointCasework,
    #[doc = " **Gezamenlijke aanpak op school- en groepsniveau** (Joint approach at school and group level), id `joint-school-level-approach`"]
    #[doc = " "]
    #[doc = " Naast de samenwerking per leerling werken onderwijs en jeugdhulp ook samen aan klassen, het team en het klimaat van de school, vanuit een gedeelde visie en een gezamenlijk plan. Jeugdhulp wordt zo ook ingezet voor groepen en leraren en niet alleen na een verwijzing."]
    #[doc = " "]
    #[doc = " In addition to working together per student, education and youth care also work together on classes, the team and the school climate, based on a shared vision and a joint plan. Youth care is thus also deployed for groups and teachers and not only after a referral."]
    JointSchoolLevelApproach,
    #[doc = " **Eén geïntegreerd team** (One integrated team), id `integrated-team`"]
    #[doc = " "]
    #[doc = " Professionals uit onderwijs en jeugdhulp vormen samen één team met gedeelde verantwoordelijkheid, een gezamenlijk plan per leerling en per groep en gebundelde middelen. Er is geen harde knip tussen zorg en onderwijs: de leerling ervaart één aanpak, en de professionals kennen en benutten elkaars deskundigheid."]
    #[doc = " "]
    #[doc = " Professionals from education and youth care together form one team with shared responsibility, a joint plan per student and per group, and pooled resources. There is no hard cut between care and education: the student experiences one approach, and the professionals know and use each other's expertise."]
    IntegratedTeam,
}

impl Integration {
    /// The facet's id.
    pub const FACET: &'static str = "integration";

    /// Every concept of the facet in display order, deprecated ones included.
    pub const ALL: &'static [Self] = &[
        Self::CoLocationOnly,
        Self::CoordinatedWorking,
        Self::JointCasework,
        Self::JointSchoolLevelApproach,
        Self::IntegratedTeam,
    ];

    /// The concept's permanent id.
    pub const fn id(self) -> &'static str {
        match self {
            Self::CoLocationOnly => "co-location-only",
            Self::CoordinatedWorking => "coordinated-working",
            Self::JointCasework => "joint-casework",
            Self::JointSchoolLevelApproach => "joint-school-level-approach",
            Self::IntegratedTeam => "integrated-team",
        }
    }

    /// The preferred label in `lang`.
    pub const fn label(self, lang: Lang) -> &'static str {
        match (self, lang) {
            (Self::CoLocationOnly, Lang::Nl) => "Alleen co-locatie",
            (Self::CoLocationOnly, Lang::En) => "Co-location only",
            (Self::CoordinatedWorking, Lang::Nl) => "Afgestemd werken",
            (Self::CoordinatedWorking, Lang::En) => "Coordinated working",
            (Self::JointCasework, Lang::Nl) => "Gezamenlijke casusaanpak",
            (Self::JointCasework, Lang::En) => "Joint casework",
            (Self::JointSchoolLevelApproach, Lang::Nl) => "Gezamenlijke aanpak op school- en groepsniveau",
            (Self::JointSchoolLevelApproach, Lang::En) => "Joint approach at school and group level",
            (Self::IntegratedTeam, Lang::Nl) => "Eén geïntegreerd team",
            (Self::IntegratedTeam, Lang::En) => "One integrated team",
        }
    }

    /// The definition in `lang` (Markdown).
    pub const fn definition(self, lang: Lang) -> &'static str {
        match (self, lang) {
            (Self::CoLocationOnly, Lang::Nl) => "Onderwijs en jeugdhulp zitten in hetzelfde gebouw of vlak bij elkaar, maar werken ieder voor zich. Er zijn nauwelijks vaste afspraken over verwijzen, overleg of gezamenlijk werk; de nabijheid maakt contact wel gemakkelijker.",
            (Self::CoLocationOnly, Lang::En) => "Education and youth care are in the same building or close to each other but each works on its own. There are hardly any fixed agreements on referral, consultation or joint work; proximity does make contact easier.",
            (Self::CoordinatedWorking, Lang::Nl) => "School en jeugdhulp hebben vaste afspraken over verwijzen, elkaar informeren en terugkoppelen, en ze overleggen geregeld. Elke partij blijft verantwoordelijk voor het eigen deel: het werk wordt op elkaar afgestemd, maar niet gedeeld.",
            (Self::CoordinatedWorking, Lang::En) => "School and youth care have fixed agreements on referral, informing each other and reporting back, and they meet regularly. Each party remains responsible for its own part: the work is aligned but not shared.",
            (Self::JointCasework, Lang::Nl) => "Professionals uit onderwijs en jeugdhulp werken samen aan dezelfde leerling, met één gedeeld plan, gezamenlijke gesprekken met leerling en ouders en een heldere taakverdeling. De samenwerking blijft vooral gericht op afzonderlijke leerlingen.",
            (Self::JointCasework, Lang::En) => "Professionals from education and youth care work together on the same student, with one shared plan, joint conversations with student and parents and a clear division of tasks. The collaboration remains focused mainly on individual students.",
            (Self::JointSchoolLevelApproach, Lang::Nl) => "Naast de samenwerking per leerling werken onderwijs en jeugdhulp ook samen aan klassen, het team en het klimaat van de school, vanuit een gedeelde visie en een gezamenlijk plan. Jeugdhulp wordt zo ook ingezet voor groepen en leraren en niet alleen na een verwijzing.",
            (Self::JointSchoolLevelApproach, Lang::En) => "In addition to working together per student, education and youth care also work together on classes, the team and the school climate, based on a shared vision and a joint plan. Youth care is thus also deployed for groups and teachers and not only after a referral.",
            (Self::IntegratedTeam, Lang::Nl) => "Professionals uit onderwijs en jeugdhulp vormen samen één team met gedeelde verantwoordelijkheid, een gezamenlijk plan per leerling en per groep en gebundelde middelen. Er is geen harde knip tussen zorg en onderwijs: de leerling ervaart één aanpak, en de professionals kennen en benutten elkaars deskundigheid.",
            (Self::IntegratedTeam, Lang::En) => "Professionals from education and youth care together form one team with shared responsibility, a joint plan per student and per group, and pooled resources. There is no hard cut between care and education: the student experiences one approach, and the professionals know and use each other's expertise.",
        }
    }

    /// The place on the facet's scale (1 = first) for an ordered facet; `None` otherwise.
    pub const fn position(self) -> Option<u32> {
        match self {
            Self::CoLocationOnly => Some(1),
            Self::CoordinatedWorking => Some(2),
            Self::JointCasework => Some(3),
            Self::JointSchoolLevelApproach => Some(4),
            Self::IntegratedTeam => Some(5),
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

crate::code::facet_code!(Integration, "integration");
