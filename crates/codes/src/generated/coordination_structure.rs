// @generated from taxonomy/ by `cargo xtask codegen`. Do not edit by hand.
//! Facet `coordination-structure`: Schakel- en overlegstructuur (Link and consultation structures).

use crate::Lang;
use crate::DeprecationNote;

#[doc = " **Schakel- en overlegstructuur** (Link and consultation structures)"]
#[doc = " "]
#[doc = " De vaste structuren die school en hulp met elkaar verbinden: overleggen waarin leerlingen worden besproken, een functie in de school die de brug naar hulp slaat, vaste contactpersonen van buiten en bestuurlijke afspraken over de praktijk. Zulke structuren bestaan naast elke vorm van inbedding, en een praktijk kan er meer hebben. Hoe dicht de hulp bij het onderwijs werkt, staat in 'Inbedding van de jeugdhulp'; van welke organisaties de professionals komen, in 'Wie levert de professionals'."]
#[doc = " "]
#[doc = " The standing structures that connect school and help: meetings in which pupils are discussed, a role in the school that builds the bridge to help, named contacts from outside and governance agreements about the practice. Such structures exist alongside any form of embedding, and a practice may have several. How close the help works to teaching is recorded in 'How youth care is embedded'; which organisations the professionals come from, in 'Who supplies the professionals'."]
#[doc = " "]
#[doc = " A record may carry several of its concepts."]
#[derive(Copy, Clone, PartialEq, Eq, PartialOrd, Ord, Hash, Debug)]
#[non_exhaustive]
pub enum CoordinationStructure {
    #[doc = " **Intern zorg- of ondersteuningsteam** (Internal support team), id `internal-support-team`"]
    #[doc = " "]
    #[doc = " Een vast overleg van de eigen ondersteuners van de school, zoals de intern begeleider of zorgcoördinator, mentoren of studieloopbaanbegeleiders en de orthopedagoog, soms met de consulent van het samenwerkingsverband. Het team bespreekt welke leerlingen extra steun nodig hebben en besluit of er hulp van buiten nodig is. Hulpverleners van buiten de school zitten er niet vast in."]
    #[doc = " "]
    #[doc = " A standing meeting of the school's own support staff, such as the pupil support coordinator, mentors or study and career coaches and the special needs educationalist, sometimes with the consultant of the school partnership. The team discusses which pupils need extra support and decides whether help from outside is needed. Care workers from outside the school are not regular members."]
    InternalSupportTeam,
    #[doc = " **Zorgteam met externe partners** (Multi-agency care team), id `multi-agency-care-team`"]
    #[doc = " "]
    #[doc = " Een team dat op vaste momenten bijeenkomt en waarin naast de eigen ondersteuners van de school vaste partners van buiten zitten, zoals de jeugdarts of jeugdverpleegkundige, het wijkteam, schoolmaatschappelijk werk, leerplicht en soms jeugdhulp of politie. Samen bespreken zij leerlingen bij wie meer speelt dan onderwijs en spreken zij af wie welke hulp inzet; ieder werkt verder vanuit de eigen organisatie."]
    #[doc = " "]
    #[doc = " A team that meets at set times and in which, next to the school's own support staff, regular partners from outside take part, such as the youth health doctor or nurse, the neighbourhood team, school social work, the attendance officer and sometimes youth care or the police. Together they discuss pupils whose problems go beyond education and agree who provides which help; each otherwise works from its own organisation."]
    MultiAgencyCareTeam,
    #[doc = " **Schakelfunctie in dienst van de school** (School-employed link role), id `school-employed-link-role`"]
    #[doc = " "]
    #[doc = " De school of het schoolbestuur heeft iemand in dienst die, los van het lesgeven, leerlingen en ouders met vragen buiten het onderwijs verder helpt en de brug slaat naar hulp in de wijk of de woonplaats, bijvoorbeeld een schoolmaatschappelijk werker, een schakelfunctionaris of een brugfunctionaris. Deze persoon geeft zelf hooguit korte steun en is geen jeugdhulpaanbieder."]
    #[doc = " "]
    #[doc = " The school or school board employs someone who, apart from teaching, helps pupils and parents on with questions outside education and builds the bridge to help in the neighbourhood or home town, for example a school social worker, a linking officer or a bridging officer. This person gives at most short-term support and is not a youth care provider."]
    SchoolEmployedLinkRole,
    #[doc = " **Vaste contactpersoon van een externe partner** (Named external contact), id `named-external-contact`"]
    #[doc = " "]
    #[doc = " Een medewerker van een organisatie buiten de school, zoals het wijk- of jeugdteam, de jeugdgezondheidszorg, leerplicht of een jeugdhulpaanbieder, is bij naam het vaste aanspreekpunt van de school. De school kan deze persoon rechtstreeks benaderen voor overleg, advies of een aanmelding; hij of zij blijft in dienst van de eigen organisatie."]
    #[doc = " "]
    #[doc = " A worker from an organisation outside the school, such as the neighbourhood or youth team, youth health care, the attendance service or a youth care provider, is by name the school's fixed point of contact. The school can approach this person directly for consultation, advice or a referral; he or she stays employed by their own organisation."]
    NamedExternalContact,
    #[doc = " **Gezamenlijk opdrachtgeverschap** (Joint commissioning), id `joint-commissioning`"]
    #[doc = " "]
    #[doc = " Het schoolbestuur, het samenwerkingsverband of de mbo-instelling en de gemeente, soms met een zorgverzekeraar of fonds, hebben bestuurlijke afspraken over deze vorm van jeugdhulp op school: zij geven samen de opdracht, bepalen samen doel en inzet en spreken af wie wat betaalt, bijvoorbeeld in een convenant of een samenwerkingsovereenkomst."]
    #[doc = " "]
    #[doc = " The school board, the school partnership or the mbo institution and the municipality, sometimes with a health insurer or a fund, have governance agreements about this form of youth care at school: they commission it together, set aims and deployment together and agree who pays for what, for example in a covenant or a cooperation agreement."]
    JointCommissioning,
}

impl CoordinationStructure {
    /// The facet's id.
    pub const FACET: &'static str = "coordination-structure";

    /// Every concept of the facet in display order, deprecated ones included.
    pub const ALL: &'static [Self] = &[
        Self::InternalSupportTeam,
        Self::MultiAgencyCareTeam,
        Self::SchoolEmployedLinkRole,
        Self::NamedExternalContact,
        Self::JointCommissioning,
    ];

    /// The concept's permanent id.
    pub const fn id(self) -> &'static str {
        match self {
            Self::InternalSupportTeam => "internal-support-team",
            Self::MultiAgencyCareTeam => "multi-agency-care-team",
            Self::SchoolEmployedLinkRole => "school-employed-link-role",
            Self::NamedExternalContact => "named-external-contact",
            Self::JointCommissioning => "joint-commissioning",
        }
    }

    /// The preferred label in `lang`.
    pub const fn label(self, lang: Lang) -> &'static str {
        match (self, lang) {
            (Self::InternalSupportTeam, Lang::Nl) => "Intern zorg- of ondersteuningsteam",
            (Self::InternalSupportTeam, Lang::En) => "Internal support team",
            (Self::MultiAgencyCareTeam, Lang::Nl) => "Zorgteam met externe partners",
            (Self::MultiAgencyCareTeam, Lang::En) => "Multi-agency care team",
            (Self::SchoolEmployedLinkRole, Lang::Nl) => "Schakelfunctie in dienst van de school",
            (Self::SchoolEmployedLinkRole, Lang::En) => "School-employed link role",
            (Self::NamedExternalContact, Lang::Nl) => "Vaste contactpersoon van een externe partner",
            (Self::NamedExternalContact, Lang::En) => "Named external contact",
            (Self::JointCommissioning, Lang::Nl) => "Gezamenlijk opdrachtgeverschap",
            (Self::JointCommissioning, Lang::En) => "Joint commissioning",
        }
    }

    /// The definition in `lang` (Markdown).
    pub const fn definition(self, lang: Lang) -> &'static str {
        match (self, lang) {
            (Self::InternalSupportTeam, Lang::Nl) => "Een vast overleg van de eigen ondersteuners van de school, zoals de intern begeleider of zorgcoördinator, mentoren of studieloopbaanbegeleiders en de orthopedagoog, soms met de consulent van het samenwerkingsverband. Het team bespreekt welke leerlingen extra steun nodig hebben en besluit of er hulp van buiten nodig is. Hulpverleners van buiten de school zitten er niet vast in.",
            (Self::InternalSupportTeam, Lang::En) => "A standing meeting of the school's own support staff, such as the pupil support coordinator, mentors or study and career coaches and the special needs educationalist, sometimes with the consultant of the school partnership. The team discusses which pupils need extra support and decides whether help from outside is needed. Care workers from outside the school are not regular members.",
            (Self::MultiAgencyCareTeam, Lang::Nl) => "Een team dat op vaste momenten bijeenkomt en waarin naast de eigen ondersteuners van de school vaste partners van buiten zitten, zoals de jeugdarts of jeugdverpleegkundige, het wijkteam, schoolmaatschappelijk werk, leerplicht en soms jeugdhulp of politie. Samen bespreken zij leerlingen bij wie meer speelt dan onderwijs en spreken zij af wie welke hulp inzet; ieder werkt verder vanuit de eigen organisatie.",
            (Self::MultiAgencyCareTeam, Lang::En) => "A team that meets at set times and in which, next to the school's own support staff, regular partners from outside take part, such as the youth health doctor or nurse, the neighbourhood team, school social work, the attendance officer and sometimes youth care or the police. Together they discuss pupils whose problems go beyond education and agree who provides which help; each otherwise works from its own organisation.",
            (Self::SchoolEmployedLinkRole, Lang::Nl) => "De school of het schoolbestuur heeft iemand in dienst die, los van het lesgeven, leerlingen en ouders met vragen buiten het onderwijs verder helpt en de brug slaat naar hulp in de wijk of de woonplaats, bijvoorbeeld een schoolmaatschappelijk werker, een schakelfunctionaris of een brugfunctionaris. Deze persoon geeft zelf hooguit korte steun en is geen jeugdhulpaanbieder.",
            (Self::SchoolEmployedLinkRole, Lang::En) => "The school or school board employs someone who, apart from teaching, helps pupils and parents on with questions outside education and builds the bridge to help in the neighbourhood or home town, for example a school social worker, a linking officer or a bridging officer. This person gives at most short-term support and is not a youth care provider.",
            (Self::NamedExternalContact, Lang::Nl) => "Een medewerker van een organisatie buiten de school, zoals het wijk- of jeugdteam, de jeugdgezondheidszorg, leerplicht of een jeugdhulpaanbieder, is bij naam het vaste aanspreekpunt van de school. De school kan deze persoon rechtstreeks benaderen voor overleg, advies of een aanmelding; hij of zij blijft in dienst van de eigen organisatie.",
            (Self::NamedExternalContact, Lang::En) => "A worker from an organisation outside the school, such as the neighbourhood or youth team, youth health care, the attendance service or a youth care provider, is by name the school's fixed point of contact. The school can approach this person directly for consultation, advice or a referral; he or she stays employed by their own organisation.",
            (Self::JointCommissioning, Lang::Nl) => "Het schoolbestuur, het samenwerkingsverband of de mbo-instelling en de gemeente, soms met een zorgverzekeraar of fonds, hebben bestuurlijke afspraken over deze vorm van jeugdhulp op school: zij geven samen de opdracht, bepalen samen doel en inzet en spreken af wie wat betaalt, bijvoorbeeld in een convenant of een samenwerkingsovereenkomst.",
            (Self::JointCommissioning, Lang::En) => "The school board, the school partnership or the mbo institution and the municipality, sometimes with a health insurer or a fund, have governance agreements about this form of youth care at school: they commission it together, set aims and deployment together and agree who pays for what, for example in a covenant or a cooperation agreement.",
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

crate::code::facet_code!(CoordinationStructure, "coordination-structure");
