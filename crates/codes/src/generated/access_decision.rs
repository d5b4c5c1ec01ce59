// @generated from taxonomy/ by `cargo xtask codegen`. Do not edit by hand.
//! Facet `access-decision`: Besluit over toegang (Access decision).

use crate::Lang;
use crate::DeprecationNote;

#[doc = " **Besluit over toegang** (Access decision)"]
#[doc = " "]
#[doc = " Wat er formeel nodig is voordat de hulp van de praktijk kan starten, en wie daarover beslist: niets (de hulp is vrij toegankelijk), een besluit namens de gemeente, een medische verwijzing, een besluit van het samenwerkingsverband, een Wlz-indicatie, een beslissing in het kader van jeugdbescherming of jeugdreclassering, of een besluit van de school. Een praktijk kan meer dan één route kennen. Wie de eerste stap zet, staat in het facet Eerste stap."]
#[doc = " "]
#[doc = " What is formally needed before the practice's help can start, and who decides on it: nothing (the help is open access), a decision on behalf of the municipality, a medical referral, a decision by the school partnership for passend onderwijs, a long-term care (Wlz) eligibility decision, a decision within child protection or youth probation, or a decision by the school. A practice may have more than one route. Who takes the first step is recorded in the facet Who takes the first step."]
#[doc = " "]
#[doc = " A record may carry several of its concepts."]
#[derive(Copy, Clone, PartialEq, Eq, PartialOrd, Ord, Hash, Debug)]
#[non_exhaustive]
pub enum AccessDecision {
    #[doc = " **Geen verwijzing of besluit nodig** (No referral or decision needed), id `no-referral-or-decision`"]
    #[doc = " "]
    #[doc = " De hulp staat open voor iedere leerling, student of ouder voor wie ze bedoeld is, zonder verwijzing, indicatie of besluit. De jongere, ouders of de school kunnen rechtstreeks een beroep doen op de professional. In de Jeugdwet heet zo'n voorziening een vrij toegankelijke of 'overige' voorziening."]
    #[doc = " "]
    #[doc = " The help is open to every pupil, student or parent it is meant for, without referral, eligibility assessment or decision. The young person, parents or the school can call on the professional directly. The Youth Act calls such a provision a freely accessible or 'other' provision."]
    NoReferralOrDecision,
    #[doc = " **Besluit namens de gemeente** (Decision on behalf of the municipality), id `municipal-decision`"]
    #[doc = " "]
    #[doc = " De gemeente, of een wijk- of jeugdteam dat namens haar mag beslissen, onderzoekt de vraag en kent de hulp toe met een besluit, meestal een beschikking voor een individuele voorziening. Bij jeugdigen gebeurt dat op grond van de Jeugdwet, bij 18-plussers meestal op grond van de Wmo 2015 of als verlengde jeugdhulp."]
    #[doc = " "]
    #[doc = " The municipality, or a neighbourhood or youth team allowed to decide on its behalf, assesses the request and grants the help by a decision, usually a formal decision for an individual provision. For young people this happens under the Youth Act, for over-18s mostly under the Social Support Act 2015 or as extended youth care."]
    MunicipalDecision,
    #[doc = " **Verwijzing door huisarts, jeugdarts of medisch specialist** (Referral by a GP, youth doctor or medical specialist), id `medical-referral`"]
    #[doc = " "]
    #[doc = " Een huisarts, jeugdarts of medisch specialist verwijst rechtstreeks naar de hulp, zonder dat de gemeente eerst een besluit neemt; de Jeugdwet geeft deze artsen dat recht. Voor 18-plussers gaat het om een verwijzing voor zorg uit de Zorgverzekeringswet, zoals ggz."]
    #[doc = " "]
    #[doc = " A GP, youth doctor or medical specialist refers directly to the help, without the municipality first taking a decision; the Youth Act gives these doctors that right. For over-18s it is a referral for care under the Health Insurance Act, such as mental health care."]
    MedicalReferral,
    #[doc = " **Besluit van het samenwerkingsverband** (Decision by the school partnership), id `samenwerkingsverband-decision`"]
    #[doc = " "]
    #[doc = " Het samenwerkingsverband passend onderwijs beslist over de ondersteuning: het geeft een toelaatbaarheidsverklaring af voor het speciaal (basis)onderwijs of het praktijkonderwijs, wijst leerwegondersteuning toe of kent een arrangement toe uit zijn middelen. Het geldt voor po en vo; mbo-instellingen maken geen deel uit van een samenwerkingsverband."]
    #[doc = " "]
    #[doc = " The school partnership for passend onderwijs (samenwerkingsverband) decides on the support: it issues an admissibility statement for special (primary) education or practical education, allocates learning support in vmbo, or grants an arrangement from its funds. It applies to primary and secondary education; mbo institutions are not part of a school partnership."]
    SamenwerkingsverbandDecision,
    #[doc = " **Wlz-indicatie** (Long-term care (Wlz) eligibility), id `wlz-indication`"]
    #[doc = " "]
    #[doc = " Het CIZ stelt vast dat een kind of jongere recht heeft op zorg uit de Wet langdurige zorg, omdat hij of zij door een beperking of aandoening blijvend en de hele dag zorg in de buurt of toezicht nodig heeft. Met die indicatie wordt de zorg uit de Wlz betaald."]
    #[doc = " "]
    #[doc = " The CIZ (the national assessment body) establishes that a child or young person is entitled to care under the Long-term Care Act, because a disability or condition means he or she permanently needs care nearby or supervision around the clock. With that indication, the care is paid from the Wlz."]
    WlzIndication,
    #[doc = " **Kinderrechter of gecertificeerde instelling** (Juvenile court or certified institution), id `court-or-certified-institution`"]
    #[doc = " "]
    #[doc = " De hulp volgt uit een maatregel van de kinderrechter, zoals een ondertoezichtstelling, of uit jeugdreclassering. De gecertificeerde instelling die de maatregel uitvoert, bepaalt welke jeugdhulp nodig is, in overleg met het lokale team; de gemeente zorgt voor die hulp."]
    #[doc = " "]
    #[doc = " The help follows from a measure of the juvenile court, such as a supervision order, or from youth probation. The certified institution carrying out the measure decides which youth care is needed, in consultation with the local team; the municipality provides that help."]
    CourtOrCertifiedInstitution,
    #[doc = " **Besluit van de school** (Decision by the school), id `school-decision`"]
    #[doc = " "]
    #[doc = " De school, het schoolbestuur of de mbo-instelling beslist zelf over de inzet van ondersteuning uit eigen middelen of eigen personeel, bijvoorbeeld een arrangement binnen de extra ondersteuning. Het besluit wordt meestal vastgelegd in het ontwikkelingsperspectief of, in het mbo, in de afspraken over extra ondersteuning met de student (tot 1 augustus 2023 in de onderwijsovereenkomst)."]
    #[doc = " "]
    #[doc = " The school, the school board or the mbo institution itself decides to deploy support from its own funds or staff, for example an arrangement within extra support. The decision is usually laid down in the development perspective or, in mbo, in the agreement on extra support made with the student (until 1 August 2023 in the education agreement)."]
    SchoolDecision,
}

impl AccessDecision {
    /// The facet's id.
    pub const FACET: &'static str = "access-decision";

    /// Every concept of the facet in display order, deprecated ones included.
    pub const ALL: &'static [Self] = &[
        Self::NoReferralOrDecision,
        Self::MunicipalDecision,
        Self::MedicalReferral,
        Self::SamenwerkingsverbandDecision,
        Self::WlzIndication,
        Self::CourtOrCertifiedInstitution,
        Self::SchoolDecision,
    ];

    /// The concept's permanent id.
    pub const fn id(self) -> &'static str {
        match self {
            Self::NoReferralOrDecision => "no-referral-or-decision",
            Self::MunicipalDecision => "municipal-decision",
            Self::MedicalReferral => "medical-referral",
            Self::SamenwerkingsverbandDecision => "samenwerkingsverband-decision",
            Self::WlzIndication => "wlz-indication",
            Self::CourtOrCertifiedInstitution => "court-or-certified-institution",
            Self::SchoolDecision => "school-decision",
        }
    }

    /// The preferred label in `lang`.
    pub const fn label(self, lang: Lang) -> &'static str {
        match (self, lang) {
            (Self::NoReferralOrDecision, Lang::Nl) => "Geen verwijzing of besluit nodig",
            (Self::NoReferralOrDecision, Lang::En) => "No referral or decision needed",
            (Self::MunicipalDecision, Lang::Nl) => "Besluit namens de gemeente",
            (Self::MunicipalDecision, Lang::En) => "Decision on behalf of the municipality",
            (Self::MedicalReferral, Lang::Nl) => "Verwijzing door huisarts, jeugdarts of medisch specialist",
            (Self::MedicalReferral, Lang::En) => "Referral by a GP, youth doctor or medical specialist",
            (Self::SamenwerkingsverbandDecision, Lang::Nl) => "Besluit van het samenwerkingsverband",
            (Self::SamenwerkingsverbandDecision, Lang::En) => "Decision by the school partnership",
            (Self::WlzIndication, Lang::Nl) => "Wlz-indicatie",
            (Self::WlzIndication, Lang::En) => "Long-term care (Wlz) eligibility",
            (Self::CourtOrCertifiedInstitution, Lang::Nl) => "Kinderrechter of gecertificeerde instelling",
            (Self::CourtOrCertifiedInstitution, Lang::En) => "Juvenile court or certified institution",
            (Self::SchoolDecision, Lang::Nl) => "Besluit van de school",
            (Self::SchoolDecision, Lang::En) => "Decision by the school",
        }
    }

    /// The definition in `lang` (Markdown).
    pub const fn definition(self, lang: Lang) -> &'static str {
        match (self, lang) {
            (Self::NoReferralOrDecision, Lang::Nl) => "De hulp staat open voor iedere leerling, student of ouder voor wie ze bedoeld is, zonder verwijzing, indicatie of besluit. De jongere, ouders of de school kunnen rechtstreeks een beroep doen op de professional. In de Jeugdwet heet zo'n voorziening een vrij toegankelijke of 'overige' voorziening.",
            (Self::NoReferralOrDecision, Lang::En) => "The help is open to every pupil, student or parent it is meant for, without referral, eligibility assessment or decision. The young person, parents or the school can call on the professional directly. The Youth Act calls such a provision a freely accessible or 'other' provision.",
            (Self::MunicipalDecision, Lang::Nl) => "De gemeente, of een wijk- of jeugdteam dat namens haar mag beslissen, onderzoekt de vraag en kent de hulp toe met een besluit, meestal een beschikking voor een individuele voorziening. Bij jeugdigen gebeurt dat op grond van de Jeugdwet, bij 18-plussers meestal op grond van de Wmo 2015 of als verlengde jeugdhulp.",
            (Self::MunicipalDecision, Lang::En) => "The municipality, or a neighbourhood or youth team allowed to decide on its behalf, assesses the request and grants the help by a decision, usually a formal decision for an individual provision. For young people this happens under the Youth Act, for over-18s mostly under the Social Support Act 2015 or as extended youth care.",
            (Self::MedicalReferral, Lang::Nl) => "Een huisarts, jeugdarts of medisch specialist verwijst rechtstreeks naar de hulp, zonder dat de gemeente eerst een besluit neemt; de Jeugdwet geeft deze artsen dat recht. Voor 18-plussers gaat het om een verwijzing voor zorg uit de Zorgverzekeringswet, zoals ggz.",
            (Self::MedicalReferral, Lang::En) => "A GP, youth doctor or medical specialist refers directly to the help, without the municipality first taking a decision; the Youth Act gives these doctors that right. For over-18s it is a referral for care under the Health Insurance Act, such as mental health care.",
            (Self::SamenwerkingsverbandDecision, Lang::Nl) => "Het samenwerkingsverband passend onderwijs beslist over de ondersteuning: het geeft een toelaatbaarheidsverklaring af voor het speciaal (basis)onderwijs of het praktijkonderwijs, wijst leerwegondersteuning toe of kent een arrangement toe uit zijn middelen. Het geldt voor po en vo; mbo-instellingen maken geen deel uit van een samenwerkingsverband.",
            (Self::SamenwerkingsverbandDecision, Lang::En) => "The school partnership for passend onderwijs (samenwerkingsverband) decides on the support: it issues an admissibility statement for special (primary) education or practical education, allocates learning support in vmbo, or grants an arrangement from its funds. It applies to primary and secondary education; mbo institutions are not part of a school partnership.",
            (Self::WlzIndication, Lang::Nl) => "Het CIZ stelt vast dat een kind of jongere recht heeft op zorg uit de Wet langdurige zorg, omdat hij of zij door een beperking of aandoening blijvend en de hele dag zorg in de buurt of toezicht nodig heeft. Met die indicatie wordt de zorg uit de Wlz betaald.",
            (Self::WlzIndication, Lang::En) => "The CIZ (the national assessment body) establishes that a child or young person is entitled to care under the Long-term Care Act, because a disability or condition means he or she permanently needs care nearby or supervision around the clock. With that indication, the care is paid from the Wlz.",
            (Self::CourtOrCertifiedInstitution, Lang::Nl) => "De hulp volgt uit een maatregel van de kinderrechter, zoals een ondertoezichtstelling, of uit jeugdreclassering. De gecertificeerde instelling die de maatregel uitvoert, bepaalt welke jeugdhulp nodig is, in overleg met het lokale team; de gemeente zorgt voor die hulp.",
            (Self::CourtOrCertifiedInstitution, Lang::En) => "The help follows from a measure of the juvenile court, such as a supervision order, or from youth probation. The certified institution carrying out the measure decides which youth care is needed, in consultation with the local team; the municipality provides that help.",
            (Self::SchoolDecision, Lang::Nl) => "De school, het schoolbestuur of de mbo-instelling beslist zelf over de inzet van ondersteuning uit eigen middelen of eigen personeel, bijvoorbeeld een arrangement binnen de extra ondersteuning. Het besluit wordt meestal vastgelegd in het ontwikkelingsperspectief of, in het mbo, in de afspraken over extra ondersteuning met de student (tot 1 augustus 2023 in de onderwijsovereenkomst).",
            (Self::SchoolDecision, Lang::En) => "The school, the school board or the mbo institution itself decides to deploy support from its own funds or staff, for example an arrangement within extra support. The decision is usually laid down in the development perspective or, in mbo, in the agreement on extra support made with the student (until 1 August 2023 in the education agreement).",
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

crate::code::facet_code!(AccessDecision, "access-decision");
