// @generated from taxonomy/ by `cargo xtask codegen`. Do not edit by hand.
//! Facet `access-route`: Eerste stap (Who takes the first step).

use crate::Lang;
use crate::DeprecationNote;

#[doc = " **Eerste stap** (Who takes the first step)"]
#[doc = " "]
#[doc = " Wie de eerste stap naar de hulp zet: de jongere zelf, de ouders, iemand uit de school, een andere professional, of de hulpverlener die zelf contact zoekt. Een praktijk kent vaak meer dan één eerste stap. Of daarna een verwijzing of besluit nodig is, staat in het facet Besluit over toegang."]
#[doc = " "]
#[doc = " Who takes the first step towards the help: the young person, the parents, someone from the school, another professional, or the care worker who makes contact. A practice often has more than one first step. Whether a referral or decision is needed afterwards is recorded in the facet Access decision."]
#[doc = " "]
#[doc = " A record may carry several of its concepts."]
#[derive(Copy, Clone, PartialEq, Eq, PartialOrd, Ord, Hash, Debug)]
#[non_exhaustive]
pub enum AccessRoute {
    #[doc = " **Zelf aanmelden** (Self-referral), id `self-referral`"]
    #[doc = " "]
    #[doc = " De leerling of student neemt zelf contact op met de hulpverlener of het team, zonder dat school, ouders of een verwijzer daartussen zitten. Dat kan met een afspraak, via een bericht of door binnen te lopen."]
    #[doc = " "]
    #[doc = " The student contacts the care worker or team directly, without the school, parents or a referrer in between. This can be by appointment, by message or by walking in."]
    SelfReferral,
    #[doc = " **Binnenlopen zonder afspraak** (Walk-in), id `walk-in`"]
    #[doc = " "]
    #[doc = " De leerling komt zonder afspraak langs op een vaste tijd of plek, meestal in de school, zoals het inloopspreekuur (`walk-in-hours`), en kan daar meteen zijn of haar vraag stellen."]
    #[doc = " "]
    #[doc = " The student drops by without an appointment at a set time or place, usually in the school, such as the walk-in hours (`walk-in-hours`), and can raise his or her question there straight away."]
    WalkIn,
    #[doc = " **Via ouders** (Via parents), id `via-parents`"]
    #[doc = " "]
    #[doc = " Ouders of verzorgers vragen zelf om hulp voor hun kind, bij de school of rechtstreeks bij de hulpverlener op school, bijvoorbeeld op een spreekuur voor ouders. In het po en so komt deze route veel voor, omdat jonge kinderen zelden zelf hulp zoeken."]
    #[doc = " "]
    #[doc = " Parents or carers ask for help for their child themselves, at the school or directly from the care worker at school, for example at a consultation hour for parents. This route is common in primary and special education, because young children rarely seek help themselves."]
    ViaParents,
    #[doc = " **Via leerkracht, mentor of slb'er** (Via teacher, mentor or study career coach), id `via-teacher-or-mentor`"]
    #[doc = " "]
    #[doc = " De leraar, mentor, coach of studieloopbaanbegeleider merkt iets op bij een leerling, bespreekt dat met hem of haar en brengt de leerling in contact met de hulpverlener, vaak met een warme overdracht."]
    #[doc = " "]
    #[doc = " The teacher, mentor, coach or study career coach notices something about a student, discusses it with him or her and puts the student in touch with the care worker, often through a warm handover."]
    ViaTeacherOrMentor,
    #[doc = " **Via het intern zorgteam** (Via the internal care team), id `via-internal-care-team`"]
    #[doc = " "]
    #[doc = " De ondersteuningsstructuur van de school bespreekt de leerling en concludeert dat hulp van buiten het onderwijs nodig is. Het zorgteam, met onder anderen de zorgcoördinator of intern begeleider, regelt daarna de aanmelding bij de jeugdhulp."]
    #[doc = " "]
    #[doc = " The school's support structure discusses the student and concludes that help from outside education is needed. The care team, including the care coordinator or internal supervisor, then arranges the referral to youth care."]
    ViaInternalCareTeam,
    #[doc = " **Via de schoolmaatschappelijk werker** (Via the school social worker), id `via-school-social-worker`"]
    #[doc = " "]
    #[doc = " De schoolmaatschappelijk werker schat in welke hulp nodig is en leidt de leerling naar het wijkteam, een gemeentelijk jeugdteam, de huisarts of een aanbieder. Deze route is kenmerkend wanneer de school zelf geen jeugdhulp in huis heeft."]
    #[doc = " "]
    #[doc = " The school social worker judges which help is needed and guides the student to the neighbourhood team, a municipal youth team, the GP or a provider. This route is typical when the school has no youth care in-house."]
    ViaSchoolSocialWorker,
    #[doc = " **Via de gemeentelijke toegang** (Via municipal access), id `via-municipal-access`"]
    #[doc = " "]
    #[doc = " Hulp wordt toegekend via de toegang die de gemeente op grond van de Jeugdwet heeft ingericht, vaak met een besluit (beschikking) voor een individuele voorziening. Die toegang kan liggen bij een wijkteam, een jeugdteam of een centraal loket."]
    #[doc = " "]
    #[doc = " Help is granted through the access point the municipality has set up under the Youth Act, often with a formal decision (beschikking) for an individual provision. That access may lie with a neighbourhood team, a youth team or a central desk."]
    #[doc = " "]
    #[doc = " *Deprecated since 2.0.0*; replaced by `municipal-decision` (facet `access-decision`)."]
    ViaMunicipalAccess,
    #[doc = " **Via het wijkteam** (Via the neighbourhood team), id `via-neighbourhood-team`"]
    #[doc = " "]
    #[doc = " De leerling of het gezin komt bij de hulp via het wijk-, buurt- of jeugdteam van de gemeente, meestal die waar het gezin woont. Het team biedt zelf hulp en kan gespecialiseerde jeugdhulp inzetten."]
    #[doc = " "]
    #[doc = " The student or family reaches help through the municipality's neighbourhood or youth team, usually that of the place where the family lives. The team gives help itself and can bring in specialised youth care."]
    ViaNeighbourhoodTeam,
    #[doc = " **Via de huisarts** (Via the GP), id `via-gp`"]
    #[doc = " "]
    #[doc = " De leerling of ouder gaat eerst naar de huisarts, soms naar een praktijkondersteuner jeugd in de huisartsenpraktijk, die de hulp op school of bij een aanbieder inschakelt."]
    #[doc = " "]
    #[doc = " The student or parent goes to the GP first, sometimes to a youth practice nurse in the GP practice, who brings in the help at school or at a provider."]
    ViaGp,
    #[doc = " **Via de jeugdgezondheidszorg** (Via youth health care), id `via-youth-health-care`"]
    #[doc = " "]
    #[doc = " Een jeugdarts of jeugdverpleegkundige merkt tijdens een contactmoment, spreekuur of verzuimconsult een probleem op en leidt de leerling naar passende hulp."]
    #[doc = " "]
    #[doc = " A youth doctor or youth nurse notices a problem during a health check, consultation hour or absence consultation and guides the student to suitable help."]
    ViaYouthHealthCare,
    #[doc = " **Via de leerplichtambtenaar** (Via the school attendance officer), id `via-compulsory-education-officer`"]
    #[doc = " "]
    #[doc = " Bij verzuim of dreigende uitval komt een jongere in beeld bij de leerplichtambtenaar of RMC-consulent, die bespreekt wat er speelt en de jongere naar hulp kan leiden. Deze route koppelt het toezicht op leerplicht en kwalificatieplicht aan hulp."]
    #[doc = " "]
    #[doc = " When a young person is absent or at risk of dropping out, the school attendance officer or RMC consultant becomes involved, discusses what is going on and can guide the young person towards help. This route links the supervision of compulsory education and the qualification duty to help."]
    ViaCompulsoryEducationOfficer,
    #[doc = " **Vrij toegankelijk zonder verwijzing** (Open access, no referral needed), id `collectively-available`"]
    #[doc = " "]
    #[doc = " De hulp is voor iedere leerling van de school beschikbaar zonder verwijzing, indicatie of beschikking. Leraren, ouders of de leerling zelf kunnen rechtstreeks een beroep doen op de professional."]
    #[doc = " "]
    #[doc = " The help is available to every student at the school without referral, assessment of eligibility or formal decision. Teachers, parents or the student can call on the professional directly."]
    #[doc = " "]
    #[doc = " *Deprecated since 2.0.0*; replaced by `no-referral-or-decision` (facet `access-decision`)."]
    CollectivelyAvailable,
    #[doc = " **Outreachend benaderen** (Proactive outreach), id `proactive-outreach`"]
    #[doc = " "]
    #[doc = " De professional neemt zelf het initiatief en benadert een leerling of gezin over wie zorgen bestaan, in de school of thuis, in plaats van op een aanmelding te wachten. Dit volgt vaak op signalen uit de klas, uit verzuimgegevens of uit het zorgoverleg."]
    #[doc = " "]
    #[doc = " The professional takes the initiative and approaches a student or family about whom there are concerns, at school or at home, instead of waiting for a request. This often follows signals from the classroom, from absence records or from the care meeting."]
    ProactiveOutreach,
}

impl AccessRoute {
    /// The facet's id.
    pub const FACET: &'static str = "access-route";

    /// Every concept of the facet in display order, deprecated ones included.
    pub const ALL: &'static [Self] = &[
        Self::SelfReferral,
        Self::WalkIn,
        Self::ViaParents,
        Self::ViaTeacherOrMentor,
        Self::ViaInternalCareTeam,
        Self::ViaSchoolSocialWorker,
        Self::ViaMunicipalAccess,
        Self::ViaNeighbourhoodTeam,
        Self::ViaGp,
        Self::ViaYouthHealthCare,
        Self::ViaCompulsoryEducationOfficer,
        Self::CollectivelyAvailable,
        Self::ProactiveOutreach,
    ];

    /// The concept's permanent id.
    pub const fn id(self) -> &'static str {
        match self {
            Self::SelfReferral => "self-referral",
            Self::WalkIn => "walk-in",
            Self::ViaParents => "via-parents",
            Self::ViaTeacherOrMentor => "via-teacher-or-mentor",
            Self::ViaInternalCareTeam => "via-internal-care-team",
            Self::ViaSchoolSocialWorker => "via-school-social-worker",
            Self::ViaMunicipalAccess => "via-municipal-access",
            Self::ViaNeighbourhoodTeam => "via-neighbourhood-team",
            Self::ViaGp => "via-gp",
            Self::ViaYouthHealthCare => "via-youth-health-care",
            Self::ViaCompulsoryEducationOfficer => "via-compulsory-education-officer",
            Self::CollectivelyAvailable => "collectively-available",
            Self::ProactiveOutreach => "proactive-outreach",
        }
    }

    /// The preferred label in `lang`.
    pub const fn label(self, lang: Lang) -> &'static str {
        match (self, lang) {
            (Self::SelfReferral, Lang::Nl) => "Zelf aanmelden",
            (Self::SelfReferral, Lang::En) => "Self-referral",
            (Self::WalkIn, Lang::Nl) => "Binnenlopen zonder afspraak",
            (Self::WalkIn, Lang::En) => "Walk-in",
            (Self::ViaParents, Lang::Nl) => "Via ouders",
            (Self::ViaParents, Lang::En) => "Via parents",
            (Self::ViaTeacherOrMentor, Lang::Nl) => "Via leerkracht, mentor of slb'er",
            (Self::ViaTeacherOrMentor, Lang::En) => "Via teacher, mentor or study career coach",
            (Self::ViaInternalCareTeam, Lang::Nl) => "Via het intern zorgteam",
            (Self::ViaInternalCareTeam, Lang::En) => "Via the internal care team",
            (Self::ViaSchoolSocialWorker, Lang::Nl) => "Via de schoolmaatschappelijk werker",
            (Self::ViaSchoolSocialWorker, Lang::En) => "Via the school social worker",
            (Self::ViaMunicipalAccess, Lang::Nl) => "Via de gemeentelijke toegang",
            (Self::ViaMunicipalAccess, Lang::En) => "Via municipal access",
            (Self::ViaNeighbourhoodTeam, Lang::Nl) => "Via het wijkteam",
            (Self::ViaNeighbourhoodTeam, Lang::En) => "Via the neighbourhood team",
            (Self::ViaGp, Lang::Nl) => "Via de huisarts",
            (Self::ViaGp, Lang::En) => "Via the GP",
            (Self::ViaYouthHealthCare, Lang::Nl) => "Via de jeugdgezondheidszorg",
            (Self::ViaYouthHealthCare, Lang::En) => "Via youth health care",
            (Self::ViaCompulsoryEducationOfficer, Lang::Nl) => "Via de leerplichtambtenaar",
            (Self::ViaCompulsoryEducationOfficer, Lang::En) => "Via the school attendance officer",
            (Self::CollectivelyAvailable, Lang::Nl) => "Vrij toegankelijk zonder verwijzing",
            (Self::CollectivelyAvailable, Lang::En) => "Open access, no referral needed",
            (Self::ProactiveOutreach, Lang::Nl) => "Outreachend benaderen",
            (Self::ProactiveOutreach, Lang::En) => "Proactive outreach",
        }
    }

    /// The definition in `lang` (Markdown).
    pub const fn definition(self, lang: Lang) -> &'static str {
        match (self, lang) {
            (Self::SelfReferral, Lang::Nl) => "De leerling of student neemt zelf contact op met de hulpverlener of het team, zonder dat school, ouders of een verwijzer daartussen zitten. Dat kan met een afspraak, via een bericht of door binnen te lopen.",
            (Self::SelfReferral, Lang::En) => "The student contacts the care worker or team directly, without the school, parents or a referrer in between. This can be by appointment, by message or by walking in.",
            (Self::WalkIn, Lang::Nl) => "De leerling komt zonder afspraak langs op een vaste tijd of plek, meestal in de school, zoals het [inloopspreekuur](concept:walk-in-hours), en kan daar meteen zijn of haar vraag stellen.",
            (Self::WalkIn, Lang::En) => "The student drops by without an appointment at a set time or place, usually in the school, such as the [walk-in hours](concept:walk-in-hours), and can raise his or her question there straight away.",
            (Self::ViaParents, Lang::Nl) => "Ouders of verzorgers vragen zelf om hulp voor hun kind, bij de school of rechtstreeks bij de hulpverlener op school, bijvoorbeeld op een spreekuur voor ouders. In het po en so komt deze route veel voor, omdat jonge kinderen zelden zelf hulp zoeken.",
            (Self::ViaParents, Lang::En) => "Parents or carers ask for help for their child themselves, at the school or directly from the care worker at school, for example at a consultation hour for parents. This route is common in primary and special education, because young children rarely seek help themselves.",
            (Self::ViaTeacherOrMentor, Lang::Nl) => "De leraar, mentor, coach of studieloopbaanbegeleider merkt iets op bij een leerling, bespreekt dat met hem of haar en brengt de leerling in contact met de hulpverlener, vaak met een warme overdracht.",
            (Self::ViaTeacherOrMentor, Lang::En) => "The teacher, mentor, coach or study career coach notices something about a student, discusses it with him or her and puts the student in touch with the care worker, often through a warm handover.",
            (Self::ViaInternalCareTeam, Lang::Nl) => "De ondersteuningsstructuur van de school bespreekt de leerling en concludeert dat hulp van buiten het onderwijs nodig is. Het zorgteam, met onder anderen de zorgcoördinator of intern begeleider, regelt daarna de aanmelding bij de jeugdhulp.",
            (Self::ViaInternalCareTeam, Lang::En) => "The school's support structure discusses the student and concludes that help from outside education is needed. The care team, including the care coordinator or internal supervisor, then arranges the referral to youth care.",
            (Self::ViaSchoolSocialWorker, Lang::Nl) => "De schoolmaatschappelijk werker schat in welke hulp nodig is en leidt de leerling naar het wijkteam, een gemeentelijk jeugdteam, de huisarts of een aanbieder. Deze route is kenmerkend wanneer de school zelf geen jeugdhulp in huis heeft.",
            (Self::ViaSchoolSocialWorker, Lang::En) => "The school social worker judges which help is needed and guides the student to the neighbourhood team, a municipal youth team, the GP or a provider. This route is typical when the school has no youth care in-house.",
            (Self::ViaMunicipalAccess, Lang::Nl) => "Hulp wordt toegekend via de toegang die de gemeente op grond van de Jeugdwet heeft ingericht, vaak met een besluit (beschikking) voor een individuele voorziening. Die toegang kan liggen bij een wijkteam, een jeugdteam of een centraal loket.",
            (Self::ViaMunicipalAccess, Lang::En) => "Help is granted through the access point the municipality has set up under the Youth Act, often with a formal decision (beschikking) for an individual provision. That access may lie with a neighbourhood team, a youth team or a central desk.",
            (Self::ViaNeighbourhoodTeam, Lang::Nl) => "De leerling of het gezin komt bij de hulp via het wijk-, buurt- of jeugdteam van de gemeente, meestal die waar het gezin woont. Het team biedt zelf hulp en kan gespecialiseerde jeugdhulp inzetten.",
            (Self::ViaNeighbourhoodTeam, Lang::En) => "The student or family reaches help through the municipality's neighbourhood or youth team, usually that of the place where the family lives. The team gives help itself and can bring in specialised youth care.",
            (Self::ViaGp, Lang::Nl) => "De leerling of ouder gaat eerst naar de huisarts, soms naar een praktijkondersteuner jeugd in de huisartsenpraktijk, die de hulp op school of bij een aanbieder inschakelt.",
            (Self::ViaGp, Lang::En) => "The student or parent goes to the GP first, sometimes to a youth practice nurse in the GP practice, who brings in the help at school or at a provider.",
            (Self::ViaYouthHealthCare, Lang::Nl) => "Een jeugdarts of jeugdverpleegkundige merkt tijdens een contactmoment, spreekuur of verzuimconsult een probleem op en leidt de leerling naar passende hulp.",
            (Self::ViaYouthHealthCare, Lang::En) => "A youth doctor or youth nurse notices a problem during a health check, consultation hour or absence consultation and guides the student to suitable help.",
            (Self::ViaCompulsoryEducationOfficer, Lang::Nl) => "Bij verzuim of dreigende uitval komt een jongere in beeld bij de leerplichtambtenaar of RMC-consulent, die bespreekt wat er speelt en de jongere naar hulp kan leiden. Deze route koppelt het toezicht op leerplicht en kwalificatieplicht aan hulp.",
            (Self::ViaCompulsoryEducationOfficer, Lang::En) => "When a young person is absent or at risk of dropping out, the school attendance officer or RMC consultant becomes involved, discusses what is going on and can guide the young person towards help. This route links the supervision of compulsory education and the qualification duty to help.",
            (Self::CollectivelyAvailable, Lang::Nl) => "De hulp is voor iedere leerling van de school beschikbaar zonder verwijzing, indicatie of beschikking. Leraren, ouders of de leerling zelf kunnen rechtstreeks een beroep doen op de professional.",
            (Self::CollectivelyAvailable, Lang::En) => "The help is available to every student at the school without referral, assessment of eligibility or formal decision. Teachers, parents or the student can call on the professional directly.",
            (Self::ProactiveOutreach, Lang::Nl) => "De professional neemt zelf het initiatief en benadert een leerling of gezin over wie zorgen bestaan, in de school of thuis, in plaats van op een aanmelding te wachten. Dit volgt vaak op signalen uit de klas, uit verzuimgegevens of uit het zorgoverleg.",
            (Self::ProactiveOutreach, Lang::En) => "The professional takes the initiative and approaches a student or family about whom there are concerns, at school or at home, instead of waiting for a request. This often follows signals from the classroom, from absence records or from the care meeting.",
        }
    }

    /// The place on the facet's scale (1 = first) for an ordered facet; `None` otherwise.
    pub const fn position(self) -> Option<u32> {
        let _ = self;
        None
    }

    /// Present when the concept is deprecated: since when and why.
    pub const fn deprecation(self) -> Option<DeprecationNote> {
        match self {
            Self::ViaMunicipalAccess => Some(DeprecationNote::new("2.0.0", "Dit begrip zegt niet wie de eerste stap zet, maar wie over de toegang beslist. Hulp die via de gemeentelijke toegang wordt toegekend, berust op een besluit namens de gemeente; het begrip verhuist daarom naar het facet Besluit over toegang. Zette een wijk- of jeugdteam de eerste stap, voeg dan met de hand 'via het wijkteam' toe.", "This concept does not say who takes the first step but who decides on access. Help granted through municipal access rests on a decision on behalf of the municipality; the concept therefore moves to the facet Access decision. If a neighbourhood or youth team took the first step, add 'via the neighbourhood team' by hand.", &["municipal-decision"], false)),
            Self::CollectivelyAvailable => Some(DeprecationNote::new("2.0.0", "De id suggereerde collectieve bekostiging, terwijl het begrip over toegang gaat, en het zei niet wie de eerste stap zet. Het verhuist ongewijzigd in betekenis naar het facet Besluit over toegang als 'geen verwijzing of besluit nodig'.", "The id suggested collective funding while the concept is about access, and it did not say who takes the first step. It moves, with unchanged meaning, to the facet Access decision as 'no referral or decision needed'.", &["no-referral-or-decision"], false)),
            _ => None,
        }
    }

    /// The live concepts that replace a deprecated one (empty for live concepts).
    pub const fn replaced_by(self) -> &'static [Self] {
        match self {
            Self::ViaMunicipalAccess => &[],
            Self::CollectivelyAvailable => &[],
            _ => &[],
        }
    }
}

crate::code::facet_code!(AccessRoute, "access-route");
