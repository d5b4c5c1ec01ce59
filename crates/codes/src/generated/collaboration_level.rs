// @generated from taxonomy/ by `cargo xtask codegen`. Do not edit by hand.
//! Facet `collaboration-level`: Niveau van samenwerking (Level of collaboration).

use crate::Lang;
use crate::DeprecationNote;

#[doc = " **Niveau van samenwerking** (Level of collaboration)"]
#[doc = " "]
#[doc = " Op welk niveau onderwijs en jeugdhulp in een praktijk samenwerken: rond één leerling en het gezin, rond een klas of groep, rond de school als geheel (team, klimaat, beleid) of tussen besturen en gemeenten. Een praktijk werkt vaak op meer niveaus tegelijk. Hoe diep de samenwerking gaat, staat in 'Mate van integratie'; wie de hulp rechtstreeks bereikt, in 'Doelgroep'."]
#[doc = " "]
#[doc = " At which level education and youth care work together in a practice: around one pupil and the family, around a class or group, around the school as a whole (team, climate, policy) or between governing bodies and municipalities. A practice often works at several levels at once. How deep the collaboration goes is recorded in 'Depth of integration'; whom the help reaches directly, in 'Target'."]
#[doc = " "]
#[doc = " A record may carry several of its concepts."]
#[derive(Copy, Clone, PartialEq, Eq, PartialOrd, Ord, Hash, Debug)]
#[non_exhaustive]
pub enum CollaborationLevel {
    #[doc = " **Rond een leerling of gezin** (Case level), id `case-level`"]
    #[doc = " "]
    #[doc = " School en jeugdhulp werken samen rond één leerling en het gezin: zij bespreken de situatie, stemmen hun aanpak af of werken vanuit één plan, met de leerling en de ouders erbij. De samenwerking kan gaan over school, thuis en vrije tijd."]
    #[doc = " "]
    #[doc = " School and youth care work together around one pupil and the family: they discuss the situation, align their approach or work from one plan, with the pupil and the parents involved. The collaboration may cover school, home and leisure time."]
    CaseLevel,
    #[doc = " **Rond een klas of groep** (Group level), id `group-level`"]
    #[doc = " "]
    #[doc = " School en jeugdhulp werken samen rond een klas, opleidingsgroep of andere groep leerlingen, bijvoorbeeld doordat een jeugdprofessional met de leraar de aanpak van de groep bepaalt, de leraar coacht in het omgaan met de groep of samen met hem groepsactiviteiten geeft."]
    #[doc = " "]
    #[doc = " School and youth care work together around a class, course group or other group of pupils, for example when a youth care professional decides the approach to the group with the teacher, coaches the teacher in handling the group or runs group activities together with the teacher."]
    GroupLevel,
    #[doc = " **Op schoolniveau** (School level), id `school-level`"]
    #[doc = " "]
    #[doc = " School en jeugdhulp werken samen rond de school als geheel: het team van leraren, het pedagogisch klimaat, de ondersteuningsstructuur en het beleid van de school, bijvoorbeeld met teamtraining, advies over het versterken van de pedagogische basis of samen werken aan het klimaat op school."]
    #[doc = " "]
    #[doc = " School and youth care work together around the school as a whole: the teaching staff, the pedagogical climate, the support structure and the school's policy, for example through staff training, advice on strengthening the pedagogical basis or working together on the school climate."]
    SchoolLevel,
    #[doc = " **Bestuurlijk niveau** (Governance level), id `governance-level`"]
    #[doc = " "]
    #[doc = " Besturen werken samen aan de jeugdhulp op school: het schoolbestuur, het samenwerkingsverband of de mbo-instelling en de gemeente, soms met een zorgverzekeraar of de jeugdregio. Zij stellen samen visie en doelen vast en maken afspraken over inzet, inkoop of financiering, bijvoorbeeld in het OOGO, een convenant of een stuurgroep."]
    #[doc = " "]
    #[doc = " Governing bodies work together on youth care at school: the school board, the school partnership or the mbo institution and the municipality, sometimes with a health insurer or the youth care region. They set vision and aims together and agree on deployment, purchasing or funding, for example in the OOGO, a covenant or a steering group."]
    GovernanceLevel,
}

impl CollaborationLevel {
    /// The facet's id.
    pub const FACET: &'static str = "collaboration-level";

    /// Every concept of the facet in display order, deprecated ones included.
    pub const ALL: &'static [Self] = &[
        Self::CaseLevel,
        Self::GroupLevel,
        Self::SchoolLevel,
        Self::GovernanceLevel,
    ];

    /// The concept's permanent id.
    pub const fn id(self) -> &'static str {
        match self {
            Self::CaseLevel => "case-level",
            Self::GroupLevel => "group-level",
            Self::SchoolLevel => "school-level",
            Self::GovernanceLevel => "governance-level",
        }
    }

    /// The preferred label in `lang`.
    pub const fn label(self, lang: Lang) -> &'static str {
        match (self, lang) {
            (Self::CaseLevel, Lang::Nl) => "Rond een leerling of gezin",
            (Self::CaseLevel, Lang::En) => "Case level",
            (Self::GroupLevel, Lang::Nl) => "Rond een klas of groep",
            (Self::GroupLevel, Lang::En) => "Group level",
            (Self::SchoolLevel, Lang::Nl) => "Op schoolniveau",
            (Self::SchoolLevel, Lang::En) => "School level",
            (Self::GovernanceLevel, Lang::Nl) => "Bestuurlijk niveau",
            (Self::GovernanceLevel, Lang::En) => "Governance level",
        }
    }

    /// The definition in `lang` (Markdown).
    pub const fn definition(self, lang: Lang) -> &'static str {
        match (self, lang) {
            (Self::CaseLevel, Lang::Nl) => "School en jeugdhulp werken samen rond één leerling en het gezin: zij bespreken de situatie, stemmen hun aanpak af of werken vanuit één plan, met de leerling en de ouders erbij. De samenwerking kan gaan over school, thuis en vrije tijd.",
            (Self::CaseLevel, Lang::En) => "School and youth care work together around one pupil and the family: they discuss the situation, align their approach or work from one plan, with the pupil and the parents involved. The collaboration may cover school, home and leisure time.",
            (Self::GroupLevel, Lang::Nl) => "School en jeugdhulp werken samen rond een klas, opleidingsgroep of andere groep leerlingen, bijvoorbeeld doordat een jeugdprofessional met de leraar de aanpak van de groep bepaalt, de leraar coacht in het omgaan met de groep of samen met hem groepsactiviteiten geeft.",
            (Self::GroupLevel, Lang::En) => "School and youth care work together around a class, course group or other group of pupils, for example when a youth care professional decides the approach to the group with the teacher, coaches the teacher in handling the group or runs group activities together with the teacher.",
            (Self::SchoolLevel, Lang::Nl) => "School en jeugdhulp werken samen rond de school als geheel: het team van leraren, het pedagogisch klimaat, de ondersteuningsstructuur en het beleid van de school, bijvoorbeeld met teamtraining, advies over het versterken van de pedagogische basis of samen werken aan het klimaat op school.",
            (Self::SchoolLevel, Lang::En) => "School and youth care work together around the school as a whole: the teaching staff, the pedagogical climate, the support structure and the school's policy, for example through staff training, advice on strengthening the pedagogical basis or working together on the school climate.",
            (Self::GovernanceLevel, Lang::Nl) => "Besturen werken samen aan de jeugdhulp op school: het schoolbestuur, het samenwerkingsverband of de mbo-instelling en de gemeente, soms met een zorgverzekeraar of de jeugdregio. Zij stellen samen visie en doelen vast en maken afspraken over inzet, inkoop of financiering, bijvoorbeeld in het OOGO, een convenant of een stuurgroep.",
            (Self::GovernanceLevel, Lang::En) => "Governing bodies work together on youth care at school: the school board, the school partnership or the mbo institution and the municipality, sometimes with a health insurer or the youth care region. They set vision and aims together and agree on deployment, purchasing or funding, for example in the OOGO, a covenant or a steering group.",
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

crate::code::facet_code!(CollaborationLevel, "collaboration-level");
