// @generated from taxonomy/ by `cargo xtask codegen`. Do not edit by hand.
//! Facet `age-phase`: Leeftijdsfase (Age phase).

use crate::Lang;
use crate::DeprecationNote;

#[doc = " **Leeftijdsfase** (Age phase)"]
#[doc = " "]
#[doc = " De leeftijd of levensfase van de jongeren voor wie een praktijk bedoeld is, inclusief de wettelijke grenzen die daarbij tellen, zoals leerplicht, kwalificatieplicht en de overgang op achttienjarige leeftijd. Fasen mogen elkaar overlappen; tag alle fasen die van toepassing zijn."]
#[doc = " "]
#[doc = " The age or stage of life of the young people a practice is meant for, including the legal boundaries that matter at those ages, such as compulsory schooling, the qualification duty and the transition at eighteen. Phases may overlap; tag every phase that applies."]
#[doc = " "]
#[doc = " A record may carry several of its concepts."]
#[derive(Copy, Clone, PartialEq, Eq, PartialOrd, Ord, Hash, Debug)]
#[non_exhaustive]
pub enum AgePhase {
    #[doc = " **Basisschoolleeftijd** (Primary-school age), id `primary-school-age`"]
    #[doc = " "]
    #[doc = " Kinderen van ongeveer vier tot twaalf jaar, de jaren waarin zij gewoonlijk de basisschool, het sbo of het so doorlopen. Ouders zijn in deze fase nauw bij school en hulp betrokken."]
    #[doc = " "]
    #[doc = " Children from about four to twelve, the years in which they usually go through primary school, special primary education or special education. Parents are closely involved in school and help during this phase."]
    PrimarySchoolAge,
    #[doc = " **Kleuterleeftijd** (Kindergarten age), id `kindergarten-age`"]
    #[doc = " "]
    #[doc = " De eerste schooljaren, in groep 1 en 2, ruwweg van vier tot zes jaar. In deze fase worden ontwikkelingsachterstanden en zorgen over de opvoeding vaak voor het eerst zichtbaar."]
    #[doc = " "]
    #[doc = " The first years at school, in year groups 1 and 2, roughly from four to six. Developmental delays and concerns about upbringing often become visible for the first time in this phase."]
    KindergartenAge,
    #[doc = " **Vroege adolescentie** (Early adolescence), id `early-adolescence`"]
    #[doc = " "]
    #[doc = " De beginfase van de puberteit, ongeveer van tien tot veertien jaar, die het einde van de basisschool en de eerste jaren van het voortgezet onderwijs omvat. Lichamelijke, sociale en emotionele veranderingen vallen hier samen met een schoolwissel."]
    #[doc = " "]
    #[doc = " The opening stage of puberty, roughly from ten to fourteen, spanning the end of primary school and the first years of secondary education. Physical, social and emotional changes coincide here with a change of school."]
    EarlyAdolescence,
    #[doc = " **Middelbareschoolleeftijd** (Secondary-school age), id `secondary-school-age`"]
    #[doc = " "]
    #[doc = " Jongeren van ongeveer twaalf tot achttien jaar, de leeftijd van het voortgezet onderwijs en het vso. Een deel van hen zit vanaf zestien al in het mbo."]
    #[doc = " "]
    #[doc = " Young people from about twelve to eighteen, the age of secondary education and secondary special education. Some of them are already in mbo from sixteen."]
    SecondarySchoolAge,
    #[doc = " **Leerplichtige leeftijd** (Compulsory schooling age), id `compulsory-schooling-age`"]
    #[doc = " "]
    #[doc = " De periode waarin een kind volgens de Leerplichtwet volledig leerplichtig is: vanaf de eerste dag van de maand na de vijfde verjaardag tot het einde van het schooljaar waarin het zestien wordt of twaalf volle schooljaren heeft gevolgd. Ouders moeten zorgen dat hun kind ingeschreven staat en de school bezoekt; de leerplichtambtenaar ziet erop toe."]
    #[doc = " "]
    #[doc = " The period in which a child is under full compulsory schooling under the Compulsory Education Act: from the first day of the month after the fifth birthday until the end of the school year in which the child turns sixteen or has completed twelve full school years. Parents must make sure their child is enrolled and attends school; the school attendance officer (leerplichtambtenaar) oversees this."]
    CompulsorySchoolingAge,
    #[doc = " **Kwalificatieplicht** (Qualification duty), id `qualification-duty`"]
    #[doc = " "]
    #[doc = " De verplichting om na de volledige leerplicht tot de achttiende verjaardag onderwijs te volgen, totdat de jongere een startkwalificatie heeft (een havo- of vwo-diploma of een mbo-diploma vanaf niveau 2). Leren en werken combineren, bijvoorbeeld in de bbl, is toegestaan. Er wordt gediscussieerd over het optrekken van deze grens van 18 naar 21 jaar."]
    #[doc = " "]
    #[doc = " The obligation, after full compulsory schooling, to stay in education until the eighteenth birthday unless the young person has obtained a start qualification (a havo or vwo diploma or an mbo diploma at level 2 or higher). Combining work and learning, for example in the bbl pathway, is allowed. Raising this limit from 18 to 21 is under debate."]
    QualificationDuty,
    #[doc = " **Zestienplussers** (Young people aged 16 and over), id `age-16-plus`"]
    #[doc = " "]
    #[doc = " Jongeren vanaf zestien jaar, de leeftijd waarop de meeste studenten in het mbo instromen en de volledige leerplicht eindigt. Sommige gemeenten richten een jeugdteam speciaal voor deze groep in."]
    #[doc = " "]
    #[doc = " Young people aged sixteen and over, the age at which most students enter mbo and full compulsory schooling ends. Some municipalities set up a youth team specifically for this group."]
    Age16Plus,
    #[doc = " **Minderjarigen** (Minors), id `under-18`"]
    #[doc = " "]
    #[doc = " Kinderen en jongeren die nog geen achttien zijn. Voor hen is de gemeente op grond van de Jeugdwet verantwoordelijk voor jeugdhulp en hebben de ouders of voogd het gezag, zodat zij bij beslissingen over hulp betrokken zijn."]
    #[doc = " "]
    #[doc = " Children and young people who have not yet turned eighteen. For them the municipality is responsible for youth care under the Youth Act, and parents or guardian hold parental authority, so they take part in decisions about help."]
    Under18,
    #[doc = " **Jongvolwassenen** (Young adults), id `over-18`"]
    #[doc = " "]
    #[doc = " Jongeren vanaf achttien jaar, die juridisch volwassen zijn en zelf over hulp beslissen. Hulp valt voor hen grotendeels onder andere wetten, zoals de Wmo, de Zvw en de Participatiewet. Jeugdhulp kan onder voorwaarden tot 23 jaar worden verlengd."]
    #[doc = " "]
    #[doc = " Young people from eighteen, who are legally adult and decide about help themselves. For them help largely falls under other acts, such as the Wmo, the Zvw and the Participation Act. Youth care can be extended to age 23 under certain conditions."]
    Over18,
    #[doc = " **Jongvolwassenen tot 21 jaar** (Young adults up to 21), id `age-18-to-21`"]
    #[doc = " "]
    #[doc = " Jongvolwassenen van achttien tot 21 jaar. De groep krijgt aandacht door het debat over het verhogen van de leeftijdsgrens van de kwalificatieplicht tot 21, en door de oproep uit de jeugdhulpsector om jeugdhulp tot 21 jaar te laten doorlopen, zodat steun niet abrupt stopt."]
    #[doc = " "]
    #[doc = " Young adults from eighteen to 21. The group receives attention through the debate on whether the qualification duty should move from 18 to 21, and through the call from the youth care sector to let youth care continue until 21, so that support does not stop abruptly."]
    Age18To21,
    #[doc = " **Overgang naar 18** (Transition at 18), id `transition-at-18`"]
    #[doc = " "]
    #[doc = " De periode rond de achttiende verjaardag waarin het wettelijk kader wisselt: de Jeugdwet stopt in principe, de kwalificatieplicht eindigt en volwassenenwetten gaan gelden. Zonder tijdige afspraken ontstaan hier vaak gaten in hulp, inkomen en begeleiding."]
    #[doc = " "]
    #[doc = " The period around the eighteenth birthday when the legal framework changes: the Youth Act in principle stops, the qualification duty ends and adult legislation starts to apply. Without timely arrangements, gaps in help, income and guidance often arise here."]
    TransitionAt18,
    #[doc = " **Overstap po-vo** (Transition from primary to secondary), id `transition-primary-secondary`"]
    #[doc = " "]
    #[doc = " De overgang van de basisschool of het so naar het voortgezet onderwijs of vso, rond het twaalfde jaar. Leerlingen krijgen een nieuwe school, vaak buiten de eigen buurt, en hulp die op de basisschool liep moet opnieuw worden georganiseerd."]
    #[doc = " "]
    #[doc = " The move from primary or special school to secondary education or secondary special education, around age twelve. Pupils get a new school, often outside their own neighbourhood, and help that ran at primary school has to be arranged anew."]
    TransitionPrimarySecondary,
    #[doc = " **Overstap naar het mbo** (Transition into mbo), id `transition-into-mbo`"]
    #[doc = " "]
    #[doc = " Het moment waarop een jongere aan een mbo-opleiding begint, meestal rond zestien jaar na het vmbo. Een aanzienlijke groep komt echter niet rechtstreeks uit het vo maar vanuit thuis of werk en heeft vaak extra hulp nodig bij het behalen van een startkwalificatie."]
    #[doc = " "]
    #[doc = " The point at which a young person starts an mbo course, usually around sixteen after vmbo. A sizeable group, however, does not come straight from secondary school but from home or work, and often needs more support to obtain a start qualification."]
    TransitionIntoMbo,
}

impl AgePhase {
    /// The facet's id.
    pub const FACET: &'static str = "age-phase";

    /// Every concept of the facet in display order, deprecated ones included.
    pub const ALL: &'static [Self] = &[
        Self::PrimarySchoolAge,
        Self::KindergartenAge,
        Self::EarlyAdolescence,
        Self::SecondarySchoolAge,
        Self::CompulsorySchoolingAge,
        Self::QualificationDuty,
        Self::Age16Plus,
        Self::Under18,
        Self::Over18,
        Self::Age18To21,
        Self::TransitionAt18,
        Self::TransitionPrimarySecondary,
        Self::TransitionIntoMbo,
    ];

    /// The concept's permanent id.
    pub const fn id(self) -> &'static str {
        match self {
            Self::PrimarySchoolAge => "primary-school-age",
            Self::KindergartenAge => "kindergarten-age",
            Self::EarlyAdolescence => "early-adolescence",
            Self::SecondarySchoolAge => "secondary-school-age",
            Self::CompulsorySchoolingAge => "compulsory-schooling-age",
            Self::QualificationDuty => "qualification-duty",
            Self::Age16Plus => "age-16-plus",
            Self::Under18 => "under-18",
            Self::Over18 => "over-18",
            Self::Age18To21 => "age-18-to-21",
            Self::TransitionAt18 => "transition-at-18",
            Self::TransitionPrimarySecondary => "transition-primary-secondary",
            Self::TransitionIntoMbo => "transition-into-mbo",
        }
    }

    /// The preferred label in `lang`.
    pub const fn label(self, lang: Lang) -> &'static str {
        match (self, lang) {
            (Self::PrimarySchoolAge, Lang::Nl) => "Basisschoolleeftijd",
            (Self::PrimarySchoolAge, Lang::En) => "Primary-school age",
            (Self::KindergartenAge, Lang::Nl) => "Kleuterleeftijd",
            (Self::KindergartenAge, Lang::En) => "Kindergarten age",
            (Self::EarlyAdolescence, Lang::Nl) => "Vroege adolescentie",
            (Self::EarlyAdolescence, Lang::En) => "Early adolescence",
            (Self::SecondarySchoolAge, Lang::Nl) => "Middelbareschoolleeftijd",
            (Self::SecondarySchoolAge, Lang::En) => "Secondary-school age",
            (Self::CompulsorySchoolingAge, Lang::Nl) => "Leerplichtige leeftijd",
            (Self::CompulsorySchoolingAge, Lang::En) => "Compulsory schooling age",
            (Self::QualificationDuty, Lang::Nl) => "Kwalificatieplicht",
            (Self::QualificationDuty, Lang::En) => "Qualification duty",
            (Self::Age16Plus, Lang::Nl) => "Zestienplussers",
            (Self::Age16Plus, Lang::En) => "Young people aged 16 and over",
            (Self::Under18, Lang::Nl) => "Minderjarigen",
            (Self::Under18, Lang::En) => "Minors",
            (Self::Over18, Lang::Nl) => "Jongvolwassenen",
            (Self::Over18, Lang::En) => "Young adults",
            (Self::Age18To21, Lang::Nl) => "Jongvolwassenen tot 21 jaar",
            (Self::Age18To21, Lang::En) => "Young adults up to 21",
            (Self::TransitionAt18, Lang::Nl) => "Overgang naar 18",
            (Self::TransitionAt18, Lang::En) => "Transition at 18",
            (Self::TransitionPrimarySecondary, Lang::Nl) => "Overstap po-vo",
            (Self::TransitionPrimarySecondary, Lang::En) => "Transition from primary to secondary",
            (Self::TransitionIntoMbo, Lang::Nl) => "Overstap naar het mbo",
            (Self::TransitionIntoMbo, Lang::En) => "Transition into mbo",
        }
    }

    /// The definition in `lang` (Markdown).
    pub const fn definition(self, lang: Lang) -> &'static str {
        match (self, lang) {
            (Self::PrimarySchoolAge, Lang::Nl) => "Kinderen van ongeveer vier tot twaalf jaar, de jaren waarin zij gewoonlijk de basisschool, het sbo of het so doorlopen. Ouders zijn in deze fase nauw bij school en hulp betrokken.",
            (Self::PrimarySchoolAge, Lang::En) => "Children from about four to twelve, the years in which they usually go through primary school, special primary education or special education. Parents are closely involved in school and help during this phase.",
            (Self::KindergartenAge, Lang::Nl) => "De eerste schooljaren, in groep 1 en 2, ruwweg van vier tot zes jaar. In deze fase worden ontwikkelingsachterstanden en zorgen over de opvoeding vaak voor het eerst zichtbaar.",
            (Self::KindergartenAge, Lang::En) => "The first years at school, in year groups 1 and 2, roughly from four to six. Developmental delays and concerns about upbringing often become visible for the first time in this phase.",
            (Self::EarlyAdolescence, Lang::Nl) => "De beginfase van de puberteit, ongeveer van tien tot veertien jaar, die het einde van de basisschool en de eerste jaren van het voortgezet onderwijs omvat. Lichamelijke, sociale en emotionele veranderingen vallen hier samen met een schoolwissel.",
            (Self::EarlyAdolescence, Lang::En) => "The opening stage of puberty, roughly from ten to fourteen, spanning the end of primary school and the first years of secondary education. Physical, social and emotional changes coincide here with a change of school.",
            (Self::SecondarySchoolAge, Lang::Nl) => "Jongeren van ongeveer twaalf tot achttien jaar, de leeftijd van het voortgezet onderwijs en het vso. Een deel van hen zit vanaf zestien al in het mbo.",
            (Self::SecondarySchoolAge, Lang::En) => "Young people from about twelve to eighteen, the age of secondary education and secondary special education. Some of them are already in mbo from sixteen.",
            (Self::CompulsorySchoolingAge, Lang::Nl) => "De periode waarin een kind volgens de Leerplichtwet volledig leerplichtig is: vanaf de eerste dag van de maand na de vijfde verjaardag tot het einde van het schooljaar waarin het zestien wordt of twaalf volle schooljaren heeft gevolgd. Ouders moeten zorgen dat hun kind ingeschreven staat en de school bezoekt; de leerplichtambtenaar ziet erop toe.",
            (Self::CompulsorySchoolingAge, Lang::En) => "The period in which a child is under full compulsory schooling under the Compulsory Education Act: from the first day of the month after the fifth birthday until the end of the school year in which the child turns sixteen or has completed twelve full school years. Parents must make sure their child is enrolled and attends school; the school attendance officer (leerplichtambtenaar) oversees this.",
            (Self::QualificationDuty, Lang::Nl) => "De verplichting om na de volledige leerplicht tot de achttiende verjaardag onderwijs te volgen, totdat de jongere een startkwalificatie heeft (een havo- of vwo-diploma of een mbo-diploma vanaf niveau 2). Leren en werken combineren, bijvoorbeeld in de bbl, is toegestaan. Er wordt gediscussieerd over het optrekken van deze grens van 18 naar 21 jaar.",
            (Self::QualificationDuty, Lang::En) => "The obligation, after full compulsory schooling, to stay in education until the eighteenth birthday unless the young person has obtained a start qualification (a havo or vwo diploma or an mbo diploma at level 2 or higher). Combining work and learning, for example in the bbl pathway, is allowed. Raising this limit from 18 to 21 is under debate.",
            (Self::Age16Plus, Lang::Nl) => "Jongeren vanaf zestien jaar, de leeftijd waarop de meeste studenten in het mbo instromen en de volledige leerplicht eindigt. Sommige gemeenten richten een jeugdteam speciaal voor deze groep in.",
            (Self::Age16Plus, Lang::En) => "Young people aged sixteen and over, the age at which most students enter mbo and full compulsory schooling ends. Some municipalities set up a youth team specifically for this group.",
            (Self::Under18, Lang::Nl) => "Kinderen en jongeren die nog geen achttien zijn. Voor hen is de gemeente op grond van de Jeugdwet verantwoordelijk voor jeugdhulp en hebben de ouders of voogd het gezag, zodat zij bij beslissingen over hulp betrokken zijn.",
            (Self::Under18, Lang::En) => "Children and young people who have not yet turned eighteen. For them the municipality is responsible for youth care under the Youth Act, and parents or guardian hold parental authority, so they take part in decisions about help.",
            (Self::Over18, Lang::Nl) => "Jongeren vanaf achttien jaar, die juridisch volwassen zijn en zelf over hulp beslissen. Hulp valt voor hen grotendeels onder andere wetten, zoals de Wmo, de Zvw en de Participatiewet. Jeugdhulp kan onder voorwaarden tot 23 jaar worden verlengd.",
            (Self::Over18, Lang::En) => "Young people from eighteen, who are legally adult and decide about help themselves. For them help largely falls under other acts, such as the Wmo, the Zvw and the Participation Act. Youth care can be extended to age 23 under certain conditions.",
            (Self::Age18To21, Lang::Nl) => "Jongvolwassenen van achttien tot 21 jaar. De groep krijgt aandacht door het debat over het verhogen van de leeftijdsgrens van de kwalificatieplicht tot 21, en door de oproep uit de jeugdhulpsector om jeugdhulp tot 21 jaar te laten doorlopen, zodat steun niet abrupt stopt.",
            (Self::Age18To21, Lang::En) => "Young adults from eighteen to 21. The group receives attention through the debate on whether the qualification duty should move from 18 to 21, and through the call from the youth care sector to let youth care continue until 21, so that support does not stop abruptly.",
            (Self::TransitionAt18, Lang::Nl) => "De periode rond de achttiende verjaardag waarin het wettelijk kader wisselt: de Jeugdwet stopt in principe, de kwalificatieplicht eindigt en volwassenenwetten gaan gelden. Zonder tijdige afspraken ontstaan hier vaak gaten in hulp, inkomen en begeleiding.",
            (Self::TransitionAt18, Lang::En) => "The period around the eighteenth birthday when the legal framework changes: the Youth Act in principle stops, the qualification duty ends and adult legislation starts to apply. Without timely arrangements, gaps in help, income and guidance often arise here.",
            (Self::TransitionPrimarySecondary, Lang::Nl) => "De overgang van de basisschool of het so naar het voortgezet onderwijs of vso, rond het twaalfde jaar. Leerlingen krijgen een nieuwe school, vaak buiten de eigen buurt, en hulp die op de basisschool liep moet opnieuw worden georganiseerd.",
            (Self::TransitionPrimarySecondary, Lang::En) => "The move from primary or special school to secondary education or secondary special education, around age twelve. Pupils get a new school, often outside their own neighbourhood, and help that ran at primary school has to be arranged anew.",
            (Self::TransitionIntoMbo, Lang::Nl) => "Het moment waarop een jongere aan een mbo-opleiding begint, meestal rond zestien jaar na het vmbo. Een aanzienlijke groep komt echter niet rechtstreeks uit het vo maar vanuit thuis of werk en heeft vaak extra hulp nodig bij het behalen van een startkwalificatie.",
            (Self::TransitionIntoMbo, Lang::En) => "The point at which a young person starts an mbo course, usually around sixteen after vmbo. A sizeable group, however, does not come straight from secondary school but from home or work, and often needs more support to obtain a start qualification.",
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

crate::code::facet_code!(AgePhase, "age-phase");
