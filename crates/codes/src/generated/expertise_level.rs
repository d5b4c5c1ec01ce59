// @generated from taxonomy/ by `cargo xtask codegen`. Do not edit by hand.
//! Facet `expertise-level`: Deskundigheid (Level of expertise).

use crate::Lang;
use crate::DeprecationNote;

#[doc = " **Deskundigheid** (Level of expertise)"]
#[doc = " "]
#[doc = " Welke soort deskundigheid de praktijk zelf inzet bij de hulp aan leerlingen, studenten en gezinnen: brede, generalistische jeugd- en gezinshulp, hulp door professionals die gespecialiseerd zijn in één probleemgebied, of beide. Het facet zegt niet hoe ver het probleem is (dat is de Fase van de hulpvraag) en niet welke organisatie de professionals levert."]
#[doc = " "]
#[doc = " What kind of expertise the practice itself brings to the help for pupils, students and families: broad, generalist youth and family help, help by professionals specialised in one problem area, or both. The facet does not say how far the problem has gone (that is the Stage of need) nor which organisation supplies the professionals."]
#[doc = " "]
#[doc = " A record may carry several of its concepts."]
#[derive(Copy, Clone, PartialEq, Eq, PartialOrd, Ord, Hash, Debug)]
#[non_exhaustive]
pub enum ExpertiseLevel {
    #[doc = " **Generalistische jeugd- en gezinshulp** (Generalist youth and family help), id `generalist-youth-care`"]
    #[doc = " "]
    #[doc = " Hulp door professionals met brede kennis van opgroeien, opvoeden en het gezinsleven, die veel soorten vragen zelf oppakken, ouders en netwerk erbij betrekken en een specialist inschakelen als dat nodig is. Voorbeelden zijn gezinswerkers of jeugd- en gezinscoaches van een buurt- of jeugdteam en schoolmaatschappelijk werkers."]
    #[doc = " "]
    #[doc = " Help by professionals with broad knowledge of growing up, parenting and family life, who take up many kinds of questions themselves, involve parents and network, and call in a specialist when needed. Examples are family workers or youth and family coaches of a neighbourhood or youth team and school social workers."]
    GeneralistYouthCare,
    #[doc = " **Gespecialiseerde jeugdhulp** (Specialised youth care), id `specialised-youth-care`"]
    #[doc = " "]
    #[doc = " Hulp die specifieke deskundigheid op één gebied vraagt en wordt gegeven door of samen met professionals die daarin gespecialiseerd zijn, zoals diagnostiek en behandeling in de jeugd-ggz, hulp bij een (licht) verstandelijke beperking, verslavingszorg of intensieve gezinsbehandeling."]
    #[doc = " "]
    #[doc = " Help that calls for specific expertise in one field and is given by or together with professionals specialised in it, such as assessment and treatment in youth mental health care, help with a (mild) intellectual disability, addiction care or intensive family treatment."]
    SpecialisedYouthCare,
}

impl ExpertiseLevel {
    /// The facet's id.
    pub const FACET: &'static str = "expertise-level";

    /// Every concept of the facet in display order, deprecated ones included.
    pub const ALL: &'static [Self] = &[
        Self::GeneralistYouthCare,
        Self::SpecialisedYouthCare,
    ];

    /// The concept's permanent id.
    pub const fn id(self) -> &'static str {
        match self {
            Self::GeneralistYouthCare => "generalist-youth-care",
            Self::SpecialisedYouthCare => "specialised-youth-care",
        }
    }

    /// The preferred label in `lang`.
    pub const fn label(self, lang: Lang) -> &'static str {
        match (self, lang) {
            (Self::GeneralistYouthCare, Lang::Nl) => "Generalistische jeugd- en gezinshulp",
            (Self::GeneralistYouthCare, Lang::En) => "Generalist youth and family help",
            (Self::SpecialisedYouthCare, Lang::Nl) => "Gespecialiseerde jeugdhulp",
            (Self::SpecialisedYouthCare, Lang::En) => "Specialised youth care",
        }
    }

    /// The definition in `lang` (Markdown).
    pub const fn definition(self, lang: Lang) -> &'static str {
        match (self, lang) {
            (Self::GeneralistYouthCare, Lang::Nl) => "Hulp door professionals met brede kennis van opgroeien, opvoeden en het gezinsleven, die veel soorten vragen zelf oppakken, ouders en netwerk erbij betrekken en een specialist inschakelen als dat nodig is. Voorbeelden zijn gezinswerkers of jeugd- en gezinscoaches van een buurt- of jeugdteam en schoolmaatschappelijk werkers.",
            (Self::GeneralistYouthCare, Lang::En) => "Help by professionals with broad knowledge of growing up, parenting and family life, who take up many kinds of questions themselves, involve parents and network, and call in a specialist when needed. Examples are family workers or youth and family coaches of a neighbourhood or youth team and school social workers.",
            (Self::SpecialisedYouthCare, Lang::Nl) => "Hulp die specifieke deskundigheid op één gebied vraagt en wordt gegeven door of samen met professionals die daarin gespecialiseerd zijn, zoals diagnostiek en behandeling in de jeugd-ggz, hulp bij een (licht) verstandelijke beperking, verslavingszorg of intensieve gezinsbehandeling.",
            (Self::SpecialisedYouthCare, Lang::En) => "Help that calls for specific expertise in one field and is given by or together with professionals specialised in it, such as assessment and treatment in youth mental health care, help with a (mild) intellectual disability, addiction care or intensive family treatment.",
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

crate::code::facet_code!(ExpertiseLevel, "expertise-level");
