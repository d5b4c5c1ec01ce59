// @generated from taxonomy/ by `cargo xtask codegen`. Do not edit by hand.
//! Facet `age-phase`: Leeftijd (Age).

use crate::Lang;
use crate::DeprecationNote;

#[doc = " **Leeftijd** (Age)"]
#[doc = " "]
#[doc = " De leeftijd van de jongeren voor wie een praktijk bedoeld is, in aaneengesloten leeftijdsbanden zonder overlap. De grenzen vallen samen met wettelijke grenzen: begin van de leerplicht, einde van de volledige leerplicht, einde van de kwalificatieplicht en de minderjarigheid, en het einde van de RMC-taak en van verlengde jeugdhulp. Zo volgt de wettelijke status uit de band. Overgangen, zoals van po naar vo, staan als doel in het facet Doel."]
#[doc = " "]
#[doc = " The age of the young people a practice is meant for, in contiguous age bands that do not overlap. The limits coincide with legal limits: the start of compulsory schooling, the end of full compulsory schooling, the end of the qualification duty and of minority, and the end of the RMC task and of extended youth care. The legal status therefore follows from the band. Transitions, such as from primary to secondary school, are goals in the facet Goal."]
#[doc = " "]
#[doc = " A record may carry several of its concepts."]
#[derive(Copy, Clone, PartialEq, Eq, PartialOrd, Ord, Hash, Debug)]
#[non_exhaustive]
pub enum AgePhase {
    #[doc = " **4 en 5 jaar** (Ages 4–5), id `age-4-5`"]
    #[doc = " "]
    #[doc = " Kinderen van vier en vijf jaar. Vanaf vier mogen zij naar school; leerplichtig worden zij op de eerste schooldag van de maand die volgt op hun vijfde verjaardag. Meestal zitten zij in groep 1 en 2 van de basisschool, het sbo of het so."]
    #[doc = " "]
    #[doc = " Children aged four and five. From four they may attend school; compulsory schooling starts on the first school day of the month after the fifth birthday. They are usually in year groups 1 and 2 of primary school, special primary school or special education."]
    Age45,
    #[doc = " **6 tot en met 11 jaar** (Ages 6–11), id `age-6-11`"]
    #[doc = " "]
    #[doc = " Kinderen van zes tot en met elf jaar, volledig leerplichtig, in de hogere groepen van de basisschool, het sbo of het so."]
    #[doc = " "]
    #[doc = " Children aged six to eleven, under full compulsory schooling, in the higher year groups of primary school, special primary school or special education."]
    Age611,
    #[doc = " **12 tot en met 15 jaar** (Ages 12–15), id `age-12-15`"]
    #[doc = " "]
    #[doc = " Jongeren van twaalf tot en met vijftien jaar, meestal in het voortgezet onderwijs of het vso en volledig leerplichtig tot en met het schooljaar waarin zij zestien worden."]
    #[doc = " "]
    #[doc = " Young people aged twelve to fifteen, usually in secondary education or secondary special education and under full compulsory schooling until the end of the school year in which they turn sixteen."]
    Age1215,
    #[doc = " **16 en 17 jaar** (Ages 16–17), id `age-16-17`"]
    #[doc = " "]
    #[doc = " Jongeren van zestien en zeventien jaar. Zonder startkwalificatie zijn zij kwalificatieplichtig; velen stromen in deze jaren in het mbo in. Zij zijn nog minderjarig, dus jeugdhulp valt voor hen onder de Jeugdwet."]
    #[doc = " "]
    #[doc = " Young people aged sixteen and seventeen. Without a basic qualification they fall under the qualification duty; many enter mbo in these years. They are still minors, so youth care for them falls under the Youth Act."]
    Age1617,
    #[doc = " **18 tot en met 22 jaar** (Ages 18–22), id `age-18-22`"]
    #[doc = " "]
    #[doc = " Jongvolwassenen van achttien tot en met tweeëntwintig jaar. Zij beslissen zelf over hulp; die valt meestal onder de Wmo 2015, de Zorgverzekeringswet, de Wlz of de Participatiewet, en alleen onder voorwaarden nog onder de Jeugdwet als verlengde jeugdhulp. Wie zonder startkwalificatie het onderwijs verlaat, valt onder de RMC-taak."]
    #[doc = " "]
    #[doc = " Young adults aged eighteen to twenty-two. They decide about help themselves; it usually falls under the Social Support Act 2015, the Health Insurance Act, the Long-term Care Act or the Participation Act, and only under conditions still under the Youth Act as extended youth care. Those who leave education without a basic qualification fall under the RMC task."]
    Age1822,
    #[doc = " **23 jaar en ouder** (Ages 23 and over), id `age-23-plus`"]
    #[doc = " "]
    #[doc = " Volwassenen van drieëntwintig jaar en ouder, bijvoorbeeld oudere mbo-studenten of deelnemers aan een leerwerktraject. Zij vallen niet meer onder de RMC-taak en verlengde jeugdhulp is voor hen niet mogelijk; hulp komt uit volwassenenwetten."]
    #[doc = " "]
    #[doc = " Adults aged twenty-three and over, for example older mbo students or participants in a work-based learning route. They no longer fall under the RMC task and extended youth care is not possible for them; help comes under adult legislation."]
    Age23Plus,
    #[doc = " **Basisschoolleeftijd** (Primary-school age), id `primary-school-age`"]
    #[doc = " "]
    #[doc = " Kinderen van ongeveer vier tot twaalf jaar, de jaren waarin zij gewoonlijk de basisschool, het sbo of het so doorlopen. Ouders zijn in deze fase nauw bij school en hulp betrokken."]
    #[doc = " "]
    #[doc = " Children from about four to twelve, the years in which they usually go through primary school, special primary education or special education. Parents are closely involved in school and help during this phase."]
    #[doc = " "]
    #[doc = " *Deprecated since 2.0.0*; replaced by [`age-4-5`](AgePhase::Age45), [`age-6-11`](AgePhase::Age611)."]
    PrimarySchoolAge,
    #[doc = " **Kleuterleeftijd** (Kindergarten age), id `kindergarten-age`"]
    #[doc = " "]
    #[doc = " De eerste schooljaren, in groep 1 en 2, ruwweg van vier tot zes jaar. In deze fase worden ontwikkelingsachterstanden en zorgen over de opvoeding vaak voor het eerst zichtbaar."]
    #[doc = " "]
    #[doc = " The first years at school, in year groups 1 and 2, roughly from four to six. Developmental delays and concerns about upbringing often become visible for the first time in this phase."]
    #[doc = " "]
    #[doc = " *Deprecated since 2.0.0*; replaced by [`age-4-5`](AgePhase::Age45)."]
    KindergartenAge,
    #[doc = " **Vroege adolescentie** (Early adolescence), id `early-adolescence`"]
    #[doc = " "]
    #[doc = " De beginfase van de puberteit, ongeveer van tien tot veertien jaar, die het einde van de basisschool en de eerste jaren van het voortgezet onderwijs omvat. Lichamelijke, sociale en emotionele veranderingen vallen hier samen met een schoolwissel."]
    #[doc = " "]
    #[doc = " The opening stage of puberty, roughly from ten to fourteen, spanning the end of primary school and the first years of secondary education. Physical, social and emotional changes coincide here with a change of school."]
    #[doc = " "]
    #[doc = " *Deprecated since 2.0.0*; replaced by [`age-6-11`](AgePhase::Age611), [`age-12-15`](AgePhase::Age1215)."]
    EarlyAdolescence,
    #[doc = " **Middelbareschoolleeftijd** (Secondary-school age), id `secondary-school-age`"]
    #[doc = " "]
    #[doc = " Jongeren van ongeveer twaalf tot achttien jaar, de leeftijd van het voortgezet onderwijs en het vso. Een deel van hen zit vanaf zestien al in het mbo."]
    #[doc = " "]
    #[doc = " Young people from about twelve to eighteen, the age of secondary education and secondary special education. Some of them are already in mbo from sixteen."]
    #[doc = " "]
    #[doc = " *Deprecated since 2.0.0*; replaced by [`age-12-15`](AgePhase::Age1215), [`age-16-17`](AgePhase::Age1617)."]
    SecondarySchoolAge,
    #[doc = " **Leerplichtige leeftijd** (Compulsory schooling age), id `compulsory-schooling-age`"]
    #[doc = " "]
    #[doc = " De periode waarin een kind volgens de Leerplichtwet volledig leerplichtig is: vanaf de eerste schooldag van de maand na de vijfde verjaardag tot en met het schooljaar waarin het zestien wordt of twaalf volle schooljaren heeft gevolgd. Ouders moeten zorgen dat hun kind ingeschreven staat en de school bezoekt; de leerplichtambtenaar ziet erop toe."]
    #[doc = " "]
    #[doc = " The period in which a child is under full compulsory schooling under the Compulsory Education Act: from the first school day of the month after the fifth birthday until the end of the school year in which the child turns sixteen or has completed twelve full school years. Parents must make sure their child is enrolled and attends school; the school attendance officer (leerplichtambtenaar) oversees this."]
    #[doc = " "]
    #[doc = " *Deprecated since 2.0.0*; replaced by [`age-4-5`](AgePhase::Age45), [`age-6-11`](AgePhase::Age611), [`age-12-15`](AgePhase::Age1215)."]
    CompulsorySchoolingAge,
    #[doc = " **Kwalificatieplicht** (Duty to stay in education until qualified (16–18)), id `qualification-duty`"]
    #[doc = " "]
    #[doc = " De verplichting om na de volledige leerplicht tot de achttiende verjaardag onderwijs te volgen, totdat de jongere een startkwalificatie heeft (een havo- of vwo-diploma of een mbo-diploma vanaf niveau 2). Leren en werken combineren, bijvoorbeeld in de bbl, is toegestaan. Er wordt gediscussieerd over het optrekken van deze grens van 18 naar 21 jaar."]
    #[doc = " "]
    #[doc = " The obligation, after full compulsory schooling, to stay in education until the eighteenth birthday unless the young person has obtained a start qualification (a havo or vwo diploma or an mbo diploma at level 2 or higher). Combining work and learning, for example in the bbl pathway, is allowed. Raising this limit from 18 to 21 is under debate."]
    #[doc = " "]
    #[doc = " *Deprecated since 2.0.0*; replaced by [`age-16-17`](AgePhase::Age1617)."]
    QualificationDuty,
    #[doc = " **Zestienplussers** (Young people aged 16 and over), id `age-16-plus`"]
    #[doc = " "]
    #[doc = " Jongeren vanaf zestien jaar, de leeftijd waarop de meeste studenten in het mbo instromen en de volledige leerplicht eindigt. Sommige gemeenten richten een jeugdteam speciaal voor deze groep in."]
    #[doc = " "]
    #[doc = " Young people aged sixteen and over, the age at which most students enter mbo and full compulsory schooling ends. Some municipalities set up a youth team specifically for this group."]
    #[doc = " "]
    #[doc = " *Deprecated since 2.0.0*; replaced by [`age-16-17`](AgePhase::Age1617), [`age-18-22`](AgePhase::Age1822)."]
    Age16Plus,
    #[doc = " **Minderjarigen** (Minors), id `under-18`"]
    #[doc = " "]
    #[doc = " Kinderen en jongeren die nog geen achttien zijn. Voor hen is de gemeente op grond van de Jeugdwet verantwoordelijk voor jeugdhulp en hebben de ouders of voogd het gezag, zodat zij bij beslissingen over hulp betrokken zijn."]
    #[doc = " "]
    #[doc = " Children and young people who have not yet turned eighteen. For them the municipality is responsible for youth care under the Youth Act, and parents or guardian hold parental authority, so they take part in decisions about help."]
    #[doc = " "]
    #[doc = " *Deprecated since 2.0.0*; replaced by [`age-4-5`](AgePhase::Age45), [`age-6-11`](AgePhase::Age611), [`age-12-15`](AgePhase::Age1215), [`age-16-17`](AgePhase::Age1617)."]
    Under18,
    #[doc = " **Jongvolwassenen** (Young adults), id `over-18`"]
    #[doc = " "]
    #[doc = " Jongeren vanaf achttien jaar, die juridisch volwassen zijn en zelf over hulp beslissen. Hulp valt voor hen grotendeels onder andere wetten, zoals de Wmo, de Zvw en de Participatiewet. Jeugdhulp kan onder voorwaarden tot 23 jaar worden verlengd."]
    #[doc = " "]
    #[doc = " Young people from eighteen, who are legally adult and decide about help themselves. For them help largely falls under other acts, such as the Wmo, the Zvw and the Participation Act. Youth care can be extended to age 23 under certain conditions."]
    #[doc = " "]
    #[doc = " *Deprecated since 2.0.0*; replaced by [`age-18-22`](AgePhase::Age1822), [`age-23-plus`](AgePhase::Age23Plus)."]
    Over18,
    #[doc = " **Jongvolwassenen tot 21 jaar** (Young adults up to 21), id `age-18-to-21`"]
    #[doc = " "]
    #[doc = " Jongvolwassenen van achttien tot 21 jaar. De groep krijgt aandacht door het debat over het verhogen van de leeftijdsgrens van de kwalificatieplicht tot 21, en door de oproep uit de jeugdhulpsector om jeugdhulp tot 21 jaar te laten doorlopen, zodat steun niet abrupt stopt."]
    #[doc = " "]
    #[doc = " Young adults from eighteen to 21. The group receives attention through the debate on whether the qualification duty should move from 18 to 21, and through the call from the youth care sector to let youth care continue until 21, so that support does not stop abruptly."]
    #[doc = " "]
    #[doc = " *Deprecated since 2.0.0*; replaced by [`age-18-22`](AgePhase::Age1822)."]
    Age18To21,
    #[doc = " **Overgang naar 18** (Transition at 18), id `transition-at-18`"]
    #[doc = " "]
    #[doc = " De periode rond de achttiende verjaardag waarin het wettelijk kader wisselt: de Jeugdwet stopt in principe, de kwalificatieplicht eindigt en volwassenenwetten gaan gelden. Zonder tijdige afspraken ontstaan hier vaak gaten in hulp, inkomen en begeleiding."]
    #[doc = " "]
    #[doc = " The period around the eighteenth birthday when the legal framework changes: the Youth Act in principle stops, the qualification duty ends and adult legislation starts to apply. Without timely arrangements, gaps in help, income and guidance often arise here."]
    #[doc = " "]
    #[doc = " *Deprecated since 2.0.0*; replaced by [`age-16-17`](AgePhase::Age1617), [`age-18-22`](AgePhase::Age1822)."]
    TransitionAt18,
    #[doc = " **Overstap po-vo** (Transition from primary to secondary), id `transition-primary-secondary`"]
    #[doc = " "]
    #[doc = " De overgang van de basisschool of het so naar het voortgezet onderwijs of vso, rond het twaalfde jaar. Leerlingen krijgen een nieuwe school, vaak buiten de eigen buurt, en hulp die op de basisschool liep moet opnieuw worden georganiseerd."]
    #[doc = " "]
    #[doc = " The move from primary or special school to secondary education or secondary special education, around age twelve. Pupils get a new school, often outside their own neighbourhood, and help that ran at primary school has to be arranged anew."]
    #[doc = " "]
    #[doc = " *Deprecated since 2.0.0*; replaced by [`age-6-11`](AgePhase::Age611), [`age-12-15`](AgePhase::Age1215)."]
    TransitionPrimarySecondary,
    #[doc = " **Overstap naar het mbo** (Transition into mbo), id `transition-into-mbo`"]
    #[doc = " "]
    #[doc = " Het moment waarop een jongere aan een mbo-opleiding begint, meestal rond zestien jaar na het vmbo. Een aanzienlijke groep komt echter niet rechtstreeks uit het vo maar vanuit thuis of werk en heeft vaak extra hulp nodig bij het behalen van een startkwalificatie."]
    #[doc = " "]
    #[doc = " The point at which a young person starts an mbo course, usually around sixteen after vmbo. A sizeable group, however, does not come straight from secondary school but from home or work, and often needs more support to obtain a start qualification."]
    #[doc = " "]
    #[doc = " *Deprecated since 2.0.0*; replaced by [`age-16-17`](AgePhase::Age1617)."]
    TransitionIntoMbo,
}

impl AgePhase {
    /// The facet's id.
    pub const FACET: &'static str = "age-phase";

    /// Every concept of the facet in display order, deprecated ones included.
    pub const ALL: &'static [Self] = &[
        Self::Age45,
        Self::Age611,
        Self::Age1215,
        Self::Age1617,
        Self::Age1822,
        Self::Age23Plus,
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
            Self::Age45 => "age-4-5",
            Self::Age611 => "age-6-11",
            Self::Age1215 => "age-12-15",
            Self::Age1617 => "age-16-17",
            Self::Age1822 => "age-18-22",
            Self::Age23Plus => "age-23-plus",
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
            (Self::Age45, Lang::Nl) => "4 en 5 jaar",
            (Self::Age45, Lang::En) => "Ages 4–5",
            (Self::Age611, Lang::Nl) => "6 tot en met 11 jaar",
            (Self::Age611, Lang::En) => "Ages 6–11",
            (Self::Age1215, Lang::Nl) => "12 tot en met 15 jaar",
            (Self::Age1215, Lang::En) => "Ages 12–15",
            (Self::Age1617, Lang::Nl) => "16 en 17 jaar",
            (Self::Age1617, Lang::En) => "Ages 16–17",
            (Self::Age1822, Lang::Nl) => "18 tot en met 22 jaar",
            (Self::Age1822, Lang::En) => "Ages 18–22",
            (Self::Age23Plus, Lang::Nl) => "23 jaar en ouder",
            (Self::Age23Plus, Lang::En) => "Ages 23 and over",
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
            (Self::QualificationDuty, Lang::En) => "Duty to stay in education until qualified (16–18)",
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
            (Self::Age45, Lang::Nl) => "Kinderen van vier en vijf jaar. Vanaf vier mogen zij naar school; leerplichtig worden zij op de eerste schooldag van de maand die volgt op hun vijfde verjaardag. Meestal zitten zij in groep 1 en 2 van de basisschool, het sbo of het so.",
            (Self::Age45, Lang::En) => "Children aged four and five. From four they may attend school; compulsory schooling starts on the first school day of the month after the fifth birthday. They are usually in year groups 1 and 2 of primary school, special primary school or special education.",
            (Self::Age611, Lang::Nl) => "Kinderen van zes tot en met elf jaar, volledig leerplichtig, in de hogere groepen van de basisschool, het sbo of het so.",
            (Self::Age611, Lang::En) => "Children aged six to eleven, under full compulsory schooling, in the higher year groups of primary school, special primary school or special education.",
            (Self::Age1215, Lang::Nl) => "Jongeren van twaalf tot en met vijftien jaar, meestal in het voortgezet onderwijs of het vso en volledig leerplichtig tot en met het schooljaar waarin zij zestien worden.",
            (Self::Age1215, Lang::En) => "Young people aged twelve to fifteen, usually in secondary education or secondary special education and under full compulsory schooling until the end of the school year in which they turn sixteen.",
            (Self::Age1617, Lang::Nl) => "Jongeren van zestien en zeventien jaar. Zonder startkwalificatie zijn zij kwalificatieplichtig; velen stromen in deze jaren in het mbo in. Zij zijn nog minderjarig, dus jeugdhulp valt voor hen onder de Jeugdwet.",
            (Self::Age1617, Lang::En) => "Young people aged sixteen and seventeen. Without a basic qualification they fall under the qualification duty; many enter mbo in these years. They are still minors, so youth care for them falls under the Youth Act.",
            (Self::Age1822, Lang::Nl) => "Jongvolwassenen van achttien tot en met tweeëntwintig jaar. Zij beslissen zelf over hulp; die valt meestal onder de Wmo 2015, de Zorgverzekeringswet, de Wlz of de Participatiewet, en alleen onder voorwaarden nog onder de Jeugdwet als verlengde jeugdhulp. Wie zonder startkwalificatie het onderwijs verlaat, valt onder de RMC-taak.",
            (Self::Age1822, Lang::En) => "Young adults aged eighteen to twenty-two. They decide about help themselves; it usually falls under the Social Support Act 2015, the Health Insurance Act, the Long-term Care Act or the Participation Act, and only under conditions still under the Youth Act as extended youth care. Those who leave education without a basic qualification fall under the RMC task.",
            (Self::Age23Plus, Lang::Nl) => "Volwassenen van drieëntwintig jaar en ouder, bijvoorbeeld oudere mbo-studenten of deelnemers aan een leerwerktraject. Zij vallen niet meer onder de RMC-taak en verlengde jeugdhulp is voor hen niet mogelijk; hulp komt uit volwassenenwetten.",
            (Self::Age23Plus, Lang::En) => "Adults aged twenty-three and over, for example older mbo students or participants in a work-based learning route. They no longer fall under the RMC task and extended youth care is not possible for them; help comes under adult legislation.",
            (Self::PrimarySchoolAge, Lang::Nl) => "Kinderen van ongeveer vier tot twaalf jaar, de jaren waarin zij gewoonlijk de basisschool, het sbo of het so doorlopen. Ouders zijn in deze fase nauw bij school en hulp betrokken.",
            (Self::PrimarySchoolAge, Lang::En) => "Children from about four to twelve, the years in which they usually go through primary school, special primary education or special education. Parents are closely involved in school and help during this phase.",
            (Self::KindergartenAge, Lang::Nl) => "De eerste schooljaren, in groep 1 en 2, ruwweg van vier tot zes jaar. In deze fase worden ontwikkelingsachterstanden en zorgen over de opvoeding vaak voor het eerst zichtbaar.",
            (Self::KindergartenAge, Lang::En) => "The first years at school, in year groups 1 and 2, roughly from four to six. Developmental delays and concerns about upbringing often become visible for the first time in this phase.",
            (Self::EarlyAdolescence, Lang::Nl) => "De beginfase van de puberteit, ongeveer van tien tot veertien jaar, die het einde van de basisschool en de eerste jaren van het voortgezet onderwijs omvat. Lichamelijke, sociale en emotionele veranderingen vallen hier samen met een schoolwissel.",
            (Self::EarlyAdolescence, Lang::En) => "The opening stage of puberty, roughly from ten to fourteen, spanning the end of primary school and the first years of secondary education. Physical, social and emotional changes coincide here with a change of school.",
            (Self::SecondarySchoolAge, Lang::Nl) => "Jongeren van ongeveer twaalf tot achttien jaar, de leeftijd van het voortgezet onderwijs en het vso. Een deel van hen zit vanaf zestien al in het mbo.",
            (Self::SecondarySchoolAge, Lang::En) => "Young people from about twelve to eighteen, the age of secondary education and secondary special education. Some of them are already in mbo from sixteen.",
            (Self::CompulsorySchoolingAge, Lang::Nl) => "De periode waarin een kind volgens de Leerplichtwet volledig leerplichtig is: vanaf de eerste schooldag van de maand na de vijfde verjaardag tot en met het schooljaar waarin het zestien wordt of twaalf volle schooljaren heeft gevolgd. Ouders moeten zorgen dat hun kind ingeschreven staat en de school bezoekt; de leerplichtambtenaar ziet erop toe.",
            (Self::CompulsorySchoolingAge, Lang::En) => "The period in which a child is under full compulsory schooling under the Compulsory Education Act: from the first school day of the month after the fifth birthday until the end of the school year in which the child turns sixteen or has completed twelve full school years. Parents must make sure their child is enrolled and attends school; the school attendance officer (leerplichtambtenaar) oversees this.",
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
        match self {
            Self::PrimarySchoolAge => Some(DeprecationNote::new("2.0.0", "Vervangen door leeftijdsbanden; samen dekken 4–5 en 6–11 jaar deze fase.", "Replaced by age bands; together 4–5 and 6–11 cover this phase.", &["age-4-5", "age-6-11"], true)),
            Self::KindergartenAge => Some(DeprecationNote::new("2.0.0", "Vervangen door de leeftijdsband 4 en 5 jaar.", "Replaced by the age band 4–5.", &["age-4-5"], false)),
            Self::EarlyAdolescence => Some(DeprecationNote::new("2.0.0", "Een ontwikkelingsfase overlapte met andere fasen en had geen bron. Vervangen door de banden 6–11 en 12–15 jaar, die samen deze leeftijden dekken. Gaat het om de overstap naar het vo, voeg dan met de hand het doel 'soepele overstap van po naar vo' toe.", "A developmental phase overlapped other phases and had no source. Replaced by the bands 6–11 and 12–15, which together cover these ages. When the move to secondary school is the point, add the goal 'smooth move from primary to secondary school' by hand.", &["age-6-11", "age-12-15"], true)),
            Self::SecondarySchoolAge => Some(DeprecationNote::new("2.0.0", "Vervangen door leeftijdsbanden; samen dekken 12–15 en 16–17 jaar deze fase.", "Replaced by age bands; together 12–15 and 16–17 cover this phase.", &["age-12-15", "age-16-17"], true)),
            Self::CompulsorySchoolingAge => Some(DeprecationNote::new("2.0.0", "Een wettelijke status volgt uit de leeftijd; de status zelf is een begrip. De banden 4–5, 6–11 en 12–15 jaar samen dekken de volledige leerplicht. Het laatste leerplichtige schooljaar kan tot in de band 16–17 lopen; voeg die met de hand toe als de praktijk juist die leerlingen bedient. De begindatum is gecorrigeerd naar de eerste schooldag van de maand.", "A legal status follows from age; the status itself is a term. The bands 4–5, 6–11 and 12–15 together cover full compulsory schooling. The last compulsory school year may run into the band 16–17; add it by hand when the practice serves exactly those pupils. The start date has been corrected to the first school day of the month.", &["age-4-5", "age-6-11", "age-12-15"], true)),
            Self::QualificationDuty => Some(DeprecationNote::new("2.0.0", "Een wettelijke status volgt uit de leeftijd; de kwalificatieplicht zelf staat bij de begrippen. Vervangen door de band 16 en 17 jaar.", "A legal status follows from age; the qualification duty itself is among the terms. Replaced by the band 16–17.", &["age-16-17"], false)),
            Self::Age16Plus => Some(DeprecationNote::new("2.0.0", "Een open band overlapte met andere fasen. Vervangen door 16–17 en 18–22 jaar samen; voeg 23 jaar en ouder alleen met de hand toe als de bron ook oudere studenten noemt.", "An open-ended band overlapped other phases. Replaced by 16–17 and 18–22 together; add 23 and over by hand only when the source also names older students.", &["age-16-17", "age-18-22"], true)),
            Self::Under18 => Some(DeprecationNote::new("2.0.0", "Minderjarigheid volgt uit de leeftijd. De schoolgaande banden tot en met 16–17 jaar samen dekken deze groep.", "Being a minor follows from age. The school-age bands up to and including 16–17 together cover this group.", &["age-4-5", "age-6-11", "age-12-15", "age-16-17"], true)),
            Self::Over18 => Some(DeprecationNote::new("2.0.0", "Vervangen door de banden 18–22 en 23 jaar en ouder, die samen deze groep dekken.", "Replaced by the bands 18–22 and 23 and over, which together cover this group.", &["age-18-22", "age-23-plus"], true)),
            Self::Age18To21 => Some(DeprecationNote::new("2.0.0", "Vervangen door de band 18 tot en met 22 jaar.", "Replaced by the band 18–22.", &["age-18-22"], false)),
            Self::TransitionAt18 => Some(DeprecationNote::new("2.0.0", "Een overgang is geen leeftijd. De banden 16–17 en 18–22 jaar samen dekken de periode rond 18. Begeleidt de praktijk juist die overgang, voeg dan met de hand het doel 'continuïteit na 18 jaar' toe; dat geldt niet voor elke praktijk met deze tag.", "A transition is not an age. The bands 16–17 and 18–22 together cover the period around 18. When the practice specifically guides that transition, add the goal 'continuity past 18' by hand; that does not hold for every practice with this tag.", &["age-16-17", "age-18-22"], true)),
            Self::TransitionPrimarySecondary => Some(DeprecationNote::new("2.0.0", "Een overgang is geen leeftijd. De banden 6–11 en 12–15 jaar samen dekken de leerlingen rond de overstap. Is een soepele overstap het doel van de praktijk, voeg dan met de hand het doel 'soepele overstap van po naar vo' toe.", "A transition is not an age. The bands 6–11 and 12–15 together cover the pupils around the move. When a smooth move is the practice's aim, add the goal 'smooth move from primary to secondary school' by hand.", &["age-6-11", "age-12-15"], true)),
            Self::TransitionIntoMbo => Some(DeprecationNote::new("2.0.0", "Een overgang is geen leeftijd. Vervangen door de band 16 en 17 jaar. Is een soepele overstap het doel van de praktijk, voeg dan met de hand het doel 'soepele overstap van vo naar mbo' toe; wie vanuit thuis of werk instroomt, kan ook 18 jaar of ouder zijn.", "A transition is not an age. Replaced by the band 16–17. When a smooth move is the practice's aim, add the goal 'smooth move from secondary school into mbo' by hand; those who enter from home or work may also be 18 or older.", &["age-16-17"], false)),
            _ => None,
        }
    }

    /// The live concepts that replace a deprecated one (empty for live concepts).
    pub const fn replaced_by(self) -> &'static [Self] {
        match self {
            Self::PrimarySchoolAge => &[Self::Age45, Self::Age611],
            Self::KindergartenAge => &[Self::Age45],
            Self::EarlyAdolescence => &[Self::Age611, Self::Age1215],
            Self::SecondarySchoolAge => &[Self::Age1215, Self::Age1617],
            Self::CompulsorySchoolingAge => &[Self::Age45, Self::Age611, Self::Age1215],
            Self::QualificationDuty => &[Self::Age1617],
            Self::Age16Plus => &[Self::Age1617, Self::Age1822],
            Self::Under18 => &[Self::Age45, Self::Age611, Self::Age1215, Self::Age1617],
            Self::Over18 => &[Self::Age1822, Self::Age23Plus],
            Self::Age18To21 => &[Self::Age1822],
            Self::TransitionAt18 => &[Self::Age1617, Self::Age1822],
            Self::TransitionPrimarySecondary => &[Self::Age611, Self::Age1215],
            Self::TransitionIntoMbo => &[Self::Age1617],
            _ => &[],
        }
    }
}

crate::code::facet_code!(AgePhase, "age-phase");
