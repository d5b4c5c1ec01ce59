// @generated from taxonomy/ by `cargo xtask codegen`. Do not edit by hand.
//! Facet `stay`: Verblijf (Stay).

use crate::Lang;
use crate::DeprecationNote;

#[doc = " **Verblijf** (Stay)"]
#[doc = " "]
#[doc = " Of de hulp die de praktijk biedt samengaat met een dagprogramma of met verblijf buiten huis: de jongere woont thuis en krijgt losse contacten, volgt overdag een hulp- of behandelprogramma, of verblijft ook 's nachts bij een aanbieder, in een pleeggezin of in een gezinshuis. Het facet gaat over de hulp van de praktijk, niet over waar een leerling toevallig woont."]
#[doc = " "]
#[doc = " Whether the help the practice offers comes with a day programme or with a stay away from home: the young person lives at home and has separate contacts, follows a daytime programme of help or treatment, or also stays overnight with a provider, a foster family or a family home. The facet is about the practice's help, not about where a pupil happens to live."]
#[doc = " "]
#[doc = " An ordered scale; a record carries at most one of its concepts."]
#[derive(Copy, Clone, PartialEq, Eq, PartialOrd, Ord, Hash, Debug)]
#[non_exhaustive]
pub enum Stay {
    #[doc = " **Zonder verblijf** (No stay (living at home)), id `without-stay`"]
    #[doc = " "]
    #[doc = " De jongere woont thuis en krijgt hulp in losse gesprekken, begeleiding of behandelsessies, op school, thuis, bij de aanbieder of online, naast het gewone schoolbezoek. Er is geen dagprogramma bij een aanbieder en de jongere overnacht niet buiten huis."]
    #[doc = " "]
    #[doc = " The young person lives at home and receives help in separate conversations, guidance or treatment sessions, at school, at home, at the provider or online, alongside ordinary school attendance. There is no day programme at a provider and the young person does not stay overnight away from home."]
    WithoutStay,
    #[doc = " **Daghulp of dagbehandeling** (Day programme), id `day-programme`"]
    #[doc = " "]
    #[doc = " De jongere volgt overdag, een aantal dagdelen of dagen per week, een programma van begeleiding of behandeling in een groep bij een aanbieder of in een gecombineerde onderwijs-zorgsetting, en slaapt thuis. Het programma vervangt vaak een deel van het gewone schoolbezoek of wordt ermee gecombineerd."]
    #[doc = " "]
    #[doc = " The young person follows, during the day and for a number of part-days or days a week, a programme of guidance or treatment in a group at a provider or in a combined education-care setting, and sleeps at home. The programme often replaces part of ordinary school attendance or is combined with it."]
    DayProgramme,
    #[doc = " **Met verblijf** (With stay (residential)), id `with-stay`"]
    #[doc = " "]
    #[doc = " De jongere verblijft, ook 's nachts, bij een jeugdhulpaanbieder, in een pleeggezin, een gezinshuis, een woongroep of een gesloten setting, permanent of een deel van de week, omdat de situatie thuis niet toereikend is of omdat een behandeling dat vraagt."]
    #[doc = " "]
    #[doc = " The young person stays, also overnight, with a youth care provider, in a foster family, a family home, a residential group or a secure setting, permanently or for part of the week, because the situation at home is not adequate or because treatment requires it."]
    WithStay,
}

impl Stay {
    /// The facet's id.
    pub const FACET: &'static str = "stay";

    /// Every concept of the facet in display order, deprecated ones included.
    pub const ALL: &'static [Self] = &[
        Self::WithoutStay,
        Self::DayProgramme,
        Self::WithStay,
    ];

    /// The concept's permanent id.
    pub const fn id(self) -> &'static str {
        match self {
            Self::WithoutStay => "without-stay",
            Self::DayProgramme => "day-programme",
            Self::WithStay => "with-stay",
        }
    }

    /// The preferred label in `lang`.
    pub const fn label(self, lang: Lang) -> &'static str {
        match (self, lang) {
            (Self::WithoutStay, Lang::Nl) => "Zonder verblijf",
            (Self::WithoutStay, Lang::En) => "No stay (living at home)",
            (Self::DayProgramme, Lang::Nl) => "Daghulp of dagbehandeling",
            (Self::DayProgramme, Lang::En) => "Day programme",
            (Self::WithStay, Lang::Nl) => "Met verblijf",
            (Self::WithStay, Lang::En) => "With stay (residential)",
        }
    }

    /// The definition in `lang` (Markdown).
    pub const fn definition(self, lang: Lang) -> &'static str {
        match (self, lang) {
            (Self::WithoutStay, Lang::Nl) => "De jongere woont thuis en krijgt hulp in losse gesprekken, begeleiding of behandelsessies, op school, thuis, bij de aanbieder of online, naast het gewone schoolbezoek. Er is geen dagprogramma bij een aanbieder en de jongere overnacht niet buiten huis.",
            (Self::WithoutStay, Lang::En) => "The young person lives at home and receives help in separate conversations, guidance or treatment sessions, at school, at home, at the provider or online, alongside ordinary school attendance. There is no day programme at a provider and the young person does not stay overnight away from home.",
            (Self::DayProgramme, Lang::Nl) => "De jongere volgt overdag, een aantal dagdelen of dagen per week, een programma van begeleiding of behandeling in een groep bij een aanbieder of in een gecombineerde onderwijs-zorgsetting, en slaapt thuis. Het programma vervangt vaak een deel van het gewone schoolbezoek of wordt ermee gecombineerd.",
            (Self::DayProgramme, Lang::En) => "The young person follows, during the day and for a number of part-days or days a week, a programme of guidance or treatment in a group at a provider or in a combined education-care setting, and sleeps at home. The programme often replaces part of ordinary school attendance or is combined with it.",
            (Self::WithStay, Lang::Nl) => "De jongere verblijft, ook 's nachts, bij een jeugdhulpaanbieder, in een pleeggezin, een gezinshuis, een woongroep of een gesloten setting, permanent of een deel van de week, omdat de situatie thuis niet toereikend is of omdat een behandeling dat vraagt.",
            (Self::WithStay, Lang::En) => "The young person stays, also overnight, with a youth care provider, in a foster family, a family home, a residential group or a secure setting, permanently or for part of the week, because the situation at home is not adequate or because treatment requires it.",
        }
    }

    /// The place on the facet's scale (1 = first) for an ordered facet; `None` otherwise.
    pub const fn position(self) -> Option<u32> {
        match self {
            Self::WithoutStay => Some(1),
            Self::DayProgramme => Some(2),
            Self::WithStay => Some(3),
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

crate::code::facet_code!(Stay, "stay");
