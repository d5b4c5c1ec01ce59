// @generated from taxonomy/ by `cargo xtask codegen`. Do not edit by hand.
//! Facet `education`: Onderwijs (Education).

use crate::Lang;
use crate::DeprecationNote;

#[doc = " **Onderwijs** (Education)"]
#[doc = " "]
#[doc = " Het onderwijstype waarin of waarmee de jeugdhulp wordt geboden: de sector (po, so, vo, mbo), de schoolsoort of het niveau. De begrippen vormen een hiërarchie; kies het meest specifieke begrip dat u zeker weet en meerdere begrippen als een praktijk in meer schoolsoorten loopt."]
#[doc = " "]
#[doc = " The type of education in or with which youth care is offered: the sector (primary, special, secondary, vocational), the school type or the level. The concepts form a hierarchy; choose the most specific concept you are sure of, and several concepts when a practice runs in more than one school type."]
#[doc = " "]
#[doc = " A record may carry several of its concepts."]
#[derive(Copy, Clone, PartialEq, Eq, PartialOrd, Ord, Hash, Debug)]
#[non_exhaustive]
pub enum Education {
    #[doc = " **Primair onderwijs** (Primary education), id `po`"]
    #[doc = " "]
    #[doc = " De onderwijssector die valt onder de Wet op het primair onderwijs: de reguliere basisschool en het speciaal basisonderwijs. Kinderen zitten er doorgaans van hun vierde tot ongeveer hun twaalfde jaar, in acht groepen. Scholen in het po werken voor extra ondersteuning samen in een samenwerkingsverband passend onderwijs po."]
    #[doc = " "]
    #[doc = " The education sector governed by the Primary Education Act (WPO): the mainstream primary school and special primary education. Children usually attend from age four until about twelve, in eight year groups. For extra support, primary schools cooperate in a school partnership for passend onderwijs (samenwerkingsverband) for primary education."]
    Po,
    #[doc = " **Regulier basisonderwijs** (Mainstream primary education), id `regular-primary-school`"]
    #[doc = " "]
    #[doc = " De gewone basisschool voor kinderen van vier tot ongeveer twaalf jaar. Elke basisschool biedt het niveau van basisondersteuning dat de scholen in het samenwerkingsverband hebben afgesproken; wat een leerling daarboven nodig heeft, wordt met het samenwerkingsverband geregeld."]
    #[doc = " "]
    #[doc = " The ordinary primary school for children from four to about twelve. Every primary school offers the level of basic support (basisondersteuning) agreed by the schools in the school partnership; whatever a pupil needs on top of that is arranged with the partnership."]
    RegularPrimarySchool,
    #[doc = " **Speciaal basisonderwijs** (Special primary education), id `sbo`"]
    #[doc = " "]
    #[doc = " Basisonderwijs in kleinere groepen met meer specialistische begeleiding, voor kinderen die meer extra hulp nodig hebben dan een reguliere basisschool kan geven, bijvoorbeeld door leer- of gedragsproblemen; de leerdoelen zijn die van de gewone basisschool. Het sbo valt onder de WPO; plaatsing loopt via een toelaatbaarheidsverklaring van het samenwerkingsverband po."]
    #[doc = " "]
    #[doc = " Primary education in smaller groups with more specialist guidance, for children who need more extra help than a mainstream primary school can give, for example because of learning or behavioural problems; the learning goals are those of the ordinary primary school. Sbo is governed by the WPO; admission requires an admissibility statement (toelaatbaarheidsverklaring) from the primary school partnership."]
    Sbo,
    #[doc = " **Speciaal onderwijs (so en vso)** (Special education (so and vso)), id `so`"]
    #[doc = " "]
    #[doc = " Onderwijs volgens de Wet op de expertisecentra voor leerlingen met een beperking, ziekte of stoornis die een eigen schoolomgeving nodig hebben. Het begrip omvat de afdeling voor kinderen van basisschoolleeftijd en het voortgezet speciaal onderwijs. De scholen zijn ingedeeld in vier clusters naar doelgroep."]
    #[doc = " "]
    #[doc = " Education under the Expertise Centres Act (WEC) for pupils with a disability, illness or disorder who need a separate school environment. The concept covers the department for children of primary-school age and secondary special education. The schools are grouped into four clusters by target group."]
    So,
    #[doc = " **Speciaal onderwijs, so-afdeling** (Special education, primary department), id `so-primary-department`"]
    #[doc = " "]
    #[doc = " De afdeling van het speciaal onderwijs voor kinderen van ongeveer vier tot twaalf jaar, naast de voortgezette afdeling (vso). Ook deze afdeling valt onder de WEC en niet onder het primair onderwijs."]
    #[doc = " "]
    #[doc = " The department of special education for children of about four to twelve, alongside the secondary department (vso). This department, too, is governed by the WEC and not by primary education law."]
    SoPrimaryDepartment,
    #[doc = " **Cluster 1 – visuele beperking** (Cluster 1 – visual impairment), id `so-cluster-1`"]
    #[doc = " "]
    #[doc = " Speciaal en voortgezet speciaal onderwijs voor leerlingen die blind of slechtziend zijn. Het wordt verzorgd door landelijk werkende instellingen, die buiten de samenwerkingsverbanden vallen, zelf over toelating beslissen en ook ambulante begeleiding aan reguliere scholen geven."]
    #[doc = " "]
    #[doc = " Special and secondary special education for pupils who are blind or partially sighted. It is provided by institutions working nationwide, which fall outside the school partnerships, decide on admission themselves and also give visiting specialist support to mainstream schools."]
    SoCluster1,
    #[doc = " **Cluster 2 – auditief en communicatief** (Cluster 2 – hearing and communication), id `so-cluster-2`"]
    #[doc = " "]
    #[doc = " Speciaal en voortgezet speciaal onderwijs voor leerlingen die doof of slechthorend zijn of een ernstige taalontwikkelingsstoornis hebben. Net als cluster 1 valt het buiten de samenwerkingsverbanden en is het landelijk georganiseerd; de instellingen regelen de toelating zelf."]
    #[doc = " "]
    #[doc = " Special and secondary special education for pupils who are deaf or hard of hearing or who have a severe developmental language disorder. Like cluster 1 it falls outside the school partnerships and is organised nationally; the institutions handle admission themselves."]
    SoCluster2,
    #[doc = " **Cluster 3 – lichamelijke of verstandelijke beperking en langdurige ziekte** (Cluster 3 – physical or intellectual disability and long-term illness), id `so-cluster-3`"]
    #[doc = " "]
    #[doc = " Speciaal en voortgezet speciaal onderwijs voor leerlingen met een lichamelijke beperking, een (zeer) moeilijk lerende verstandelijke beperking, meervoudige beperkingen of een langdurige lichamelijke ziekte. Toelating verloopt sinds passend onderwijs via een toelaatbaarheidsverklaring van het samenwerkingsverband."]
    #[doc = " "]
    #[doc = " Special and secondary special education for pupils with a physical disability, a (severe) intellectual disability, multiple disabilities or a long-term physical illness. Since the introduction of passend onderwijs, admission runs through an admissibility statement from the school partnership."]
    SoCluster3,
    #[doc = " **Cluster 4 – gedrag en psychiatrie** (Cluster 4 – behaviour and psychiatric problems), id `so-cluster-4`"]
    #[doc = " "]
    #[doc = " Speciaal en voortgezet speciaal onderwijs voor leerlingen met ernstige gedragsproblemen of psychiatrische stoornissen, van oudsher ook voor langdurig zieke kinderen zonder lichamelijke beperking. Toelating verloopt via een toelaatbaarheidsverklaring van het samenwerkingsverband. Samenwerking met jeugdhulp in de school komt hier veel voor."]
    #[doc = " "]
    #[doc = " Special and secondary special education for pupils with serious behavioural problems or psychiatric disorders, traditionally also for long-term ill children without a physical disability. Admission runs through an admissibility statement from the school partnership. Cooperation with youth care inside the school is common here."]
    SoCluster4,
    #[doc = " **Voortgezet speciaal onderwijs** (Secondary special education), id `vso`"]
    #[doc = " "]
    #[doc = " De voortgezette afdeling van het speciaal onderwijs, voor jongeren van ongeveer twaalf tot twintig jaar. Het vso kent drie uitstroomprofielen: vervolgonderwijs, arbeidsmarkt en dagbesteding. Het valt onder de WEC, al hoort het voor clusters 3 en 4 bij het samenwerkingsverband vo, dat de toelaatbaarheidsverklaring afgeeft."]
    #[doc = " "]
    #[doc = " The secondary department of special education, for young people from about twelve to twenty. Vso has three exit profiles: further education, the labour market and day activities. It is governed by the WEC, although for clusters 3 and 4 it belongs to the secondary school partnership, which issues the admissibility statement."]
    Vso,
    #[doc = " **Voortgezet onderwijs** (Secondary education), id `vo`"]
    #[doc = " "]
    #[doc = " Het reguliere onderwijs na de basisschool, vanaf ongeveer twaalf jaar: vmbo, havo, vwo en praktijkonderwijs. Scholen voor vo vormen samen een samenwerkingsverband passend onderwijs vo, dat extra ondersteuning regelt."]
    #[doc = " "]
    #[doc = " Mainstream education after primary school, from about age twelve: vmbo, havo, vwo and practical education. Secondary schools together form a school partnership for passend onderwijs (samenwerkingsverband) that arranges extra support."]
    Vo,
    #[doc = " **Voorbereidend middelbaar beroepsonderwijs** (Pre-vocational secondary education), id `vmbo`"]
    #[doc = " "]
    #[doc = " Vierjarige schoolsoort in het voortgezet onderwijs die voorbereidt op het mbo. Er zijn leerwegen van praktisch (basisberoepsgericht) tot theoretisch. Een vmbo-diploma is geen startkwalificatie; het geeft toegang tot het mbo, waar de meeste leerlingen naartoe gaan."]
    #[doc = " "]
    #[doc = " A four-year school type in secondary education that prepares for mbo. Its learning tracks range from practical (basisberoepsgericht) to theoretical. A vmbo diploma is not a basic qualification; it gives access to mbo, where most pupils go next."]
    Vmbo,
    #[doc = " **Leerwegondersteunend onderwijs** (Learning-track support in vmbo), id `lwoo`"]
    #[doc = " "]
    #[doc = " Extra ondersteuning binnen het vmbo voor leerlingen met leerachterstanden of sociaal-emotionele belemmeringen, zodat zij toch een vmbo-diploma kunnen halen. Of een leerling er recht op heeft, beslist het samenwerkingsverband vo."]
    #[doc = " "]
    #[doc = " Extra support within vmbo for pupils with learning delays or social-emotional barriers, so that they can still obtain a vmbo diploma. The secondary school partnership decides whether a pupil is entitled to it."]
    Lwoo,
    #[doc = " **Hoger algemeen voortgezet onderwijs** (Senior general secondary education), id `havo`"]
    #[doc = " "]
    #[doc = " Vijfjarige algemeen vormende schoolsoort in het voortgezet onderwijs die voorbereidt op het hoger beroepsonderwijs. Een havo-diploma geldt als startkwalificatie."]
    #[doc = " "]
    #[doc = " A five-year general secondary school type that prepares for higher professional education. A havo diploma counts as a basic qualification."]
    Havo,
    #[doc = " **Voorbereidend wetenschappelijk onderwijs** (Pre-university education), id `vwo`"]
    #[doc = " "]
    #[doc = " Zesjarige schoolsoort in het voortgezet onderwijs, als atheneum of gymnasium, die voorbereidt op de universiteit. Een vwo-diploma geldt als startkwalificatie."]
    #[doc = " "]
    #[doc = " A six-year school type in secondary education, as atheneum or gymnasium, that prepares for university. A vwo diploma counts as a basic qualification."]
    Vwo,
    #[doc = " **Praktijkonderwijs** (Practical education), id `praktijkonderwijs`"]
    #[doc = " "]
    #[doc = " Schoolsoort in het voortgezet onderwijs voor leerlingen voor wie een vmbo-diploma, ook met extra ondersteuning, niet haalbaar is. Het onderwijs is sterk praktijkgericht en leidt vooral op naar werk, soms naar de entreeopleiding. Toelating verloopt via een toelaatbaarheidsverklaring van het samenwerkingsverband vo."]
    #[doc = " "]
    #[doc = " A school type in secondary education for pupils for whom a vmbo diploma is out of reach, even with extra support. Teaching is strongly hands-on and mainly prepares for work, sometimes for the mbo entry course. Admission requires an admissibility statement from the secondary school partnership."]
    Praktijkonderwijs,
    #[doc = " **Internationale schakelklas** (International transition class), id `isk`"]
    #[doc = " "]
    #[doc = " Voorziening in het voortgezet onderwijs waar nieuwkomers van ongeveer twaalf tot twintig jaar eerst Nederlands leren en het schoolsysteem leren kennen, omdat zij de taal nog onvoldoende beheersen voor het reguliere vo. Daarna stromen zij door naar een passende vervolgopleiding in vo of mbo."]
    #[doc = " "]
    #[doc = " A provision in secondary education where newly arrived young people of about twelve to twenty first learn Dutch and get to know the school system, because they do not yet speak the language well enough for mainstream secondary school. After that they move on to a suitable course in secondary or vocational education."]
    Isk,
    #[doc = " **Middelbaar beroepsonderwijs** (Secondary vocational education), id `mbo`"]
    #[doc = " "]
    #[doc = " Beroepsonderwijs volgens de Wet educatie en beroepsonderwijs, op vier niveaus, gegeven door regionale opleidingscentra, agrarische opleidingscentra en vakinstellingen. Mbo-instellingen zijn geen lid van een samenwerkingsverband passend onderwijs en bekostigen studentondersteuning uit eigen middelen; afspraken over extra begeleiding legt de instelling met de student vast (tot 1 augustus 2023 in de onderwijsovereenkomst). Het mbo neemt wel deel aan het op overeenstemming gerichte overleg (OOGO) met gemeenten. Veel instellingen hebben een regionale functie, met studenten uit tientallen gemeenten."]
    #[doc = " "]
    #[doc = " Vocational education under the Adult and Vocational Education Act (WEB), at four levels, provided by regional training centres, agricultural training centres and specialised institutions. Mbo institutions are not members of a school partnership for passend onderwijs and pay for student support from their own budget; the institution records arrangements on extra guidance with the student (until 1 August 2023 in the education agreement). Mbo does take part in the consultation aimed at agreement (OOGO) with municipalities. Many institutions serve a region, with students from dozens of municipalities."]
    Mbo,
    #[doc = " **Entreeopleiding** (Mbo entry course), id `mbo-entree`"]
    #[doc = " "]
    #[doc = " De opleiding op het eerste mbo-niveau, zonder vooropleidingseisen, voor jongeren die (nog) geen diploma hebben dat toegang geeft tot niveau 2. Het entreediploma geldt niet als startkwalificatie. Volgens NJi-medewerkers worden de zwaarste hulpvragen gezien in de entreeopleiding en op de lage mbo-niveaus."]
    #[doc = " "]
    #[doc = " The course at the first mbo level, with no prior-education requirements, for young people who do not (yet) hold a diploma that gives access to level 2. The entry diploma does not count as a basic qualification. According to NJi staff, the heaviest requests for help are seen in the entry course and at the lower mbo levels."]
    MboEntree,
    #[doc = " **Mbo niveau 2** (Mbo level 2), id `mbo-level-2`"]
    #[doc = " "]
    #[doc = " De basisberoepsopleiding in het mbo, die opleidt voor uitvoerend werk. Een diploma op dit niveau is het laagste diploma dat als startkwalificatie geldt."]
    #[doc = " "]
    #[doc = " The basic vocational course in mbo, which trains for operational work. A diploma at this level is the lowest diploma that counts as a basic qualification."]
    MboLevel2,
    #[doc = " **Mbo niveau 3** (Mbo level 3), id `mbo-level-3`"]
    #[doc = " "]
    #[doc = " De vakopleiding in het mbo, die opleidt voor zelfstandig uitgevoerd vakwerk. Het diploma is een startkwalificatie."]
    #[doc = " "]
    #[doc = " The trade course in mbo, which trains for skilled work carried out independently. The diploma is a basic qualification."]
    MboLevel3,
    #[doc = " **Mbo niveau 4** (Mbo level 4), id `mbo-level-4`"]
    #[doc = " "]
    #[doc = " Het hoogste mbo-niveau, met middenkader- en specialistenopleidingen die ook toegang geven tot het hbo. Volgens het NJi volgt meer dan de helft van alle mbo-studenten een opleiding op dit niveau."]
    #[doc = " "]
    #[doc = " The highest mbo level, with middle-management and specialist courses that also give access to higher professional education. According to the NJi, more than half of all mbo students follow a course at this level."]
    MboLevel4,
    #[doc = " **Beroepsopleidende leerweg** (School-based vocational pathway), id `mbo-bol`"]
    #[doc = " "]
    #[doc = " Leerweg in het mbo waarin de student vooral op school leert, aangevuld met stages (beroepspraktijkvorming) bij een leerbedrijf. De meeste mbo-studenten volgen deze leerweg, zodat zij dagelijks op de schoollocatie te bereiken zijn."]
    #[doc = " "]
    #[doc = " A learning pathway in mbo in which the student mainly learns at school, supplemented by work placements (beroepspraktijkvorming) at a training company. Most mbo students follow this pathway, so they can be reached at the school site every day."]
    MboBol,
    #[doc = " **Beroepsbegeleidende leerweg** (Work-based vocational pathway), id `mbo-bbl`"]
    #[doc = " "]
    #[doc = " Leerweg in het mbo waarin de student grotendeels werkt bij een erkend leerbedrijf, meestal met een arbeidsovereenkomst, en daarnaast meestal één dag per week naar school gaat. Studenten in de bbl zijn daardoor minder vaak op de schoollocatie te vinden dan bol-studenten."]
    #[doc = " "]
    #[doc = " A learning pathway in mbo in which the student mostly works at an accredited training company, usually with an employment contract, and usually attends school one day a week. Bbl students are therefore found on the school premises less often than bol students."]
    MboBbl,
}

impl Education {
    /// The facet's id.
    pub const FACET: &'static str = "education";

    /// Every concept of the facet in display order, deprecated ones included.
    pub const ALL: &'static [Self] = &[
        Self::Po,
        Self::RegularPrimarySchool,
        Self::Sbo,
        Self::So,
        Self::SoPrimaryDepartment,
        Self::SoCluster1,
        Self::SoCluster2,
        Self::SoCluster3,
        Self::SoCluster4,
        Self::Vso,
        Self::Vo,
        Self::Vmbo,
        Self::Lwoo,
        Self::Havo,
        Self::Vwo,
        Self::Praktijkonderwijs,
        Self::Isk,
        Self::Mbo,
        Self::MboEntree,
        Self::MboLevel2,
        Self::MboLevel3,
        Self::MboLevel4,
        Self::MboBol,
        Self::MboBbl,
    ];

    /// The concept's permanent id.
    pub const fn id(self) -> &'static str {
        match self {
            Self::Po => "po",
            Self::RegularPrimarySchool => "regular-primary-school",
            Self::Sbo => "sbo",
            Self::So => "so",
            Self::SoPrimaryDepartment => "so-primary-department",
            Self::SoCluster1 => "so-cluster-1",
            Self::SoCluster2 => "so-cluster-2",
            Self::SoCluster3 => "so-cluster-3",
            Self::SoCluster4 => "so-cluster-4",
            Self::Vso => "vso",
            Self::Vo => "vo",
            Self::Vmbo => "vmbo",
            Self::Lwoo => "lwoo",
            Self::Havo => "havo",
            Self::Vwo => "vwo",
            Self::Praktijkonderwijs => "praktijkonderwijs",
            Self::Isk => "isk",
            Self::Mbo => "mbo",
            Self::MboEntree => "mbo-entree",
            Self::MboLevel2 => "mbo-level-2",
            Self::MboLevel3 => "mbo-level-3",
            Self::MboLevel4 => "mbo-level-4",
            Self::MboBol => "mbo-bol",
            Self::MboBbl => "mbo-bbl",
        }
    }

    /// The preferred label in `lang`.
    pub const fn label(self, lang: Lang) -> &'static str {
        match (self, lang) {
            (Self::Po, Lang::Nl) => "Primair onderwijs",
            (Self::Po, Lang::En) => "Primary education",
            (Self::RegularPrimarySchool, Lang::Nl) => "Regulier basisonderwijs",
            (Self::RegularPrimarySchool, Lang::En) => "Mainstream primary education",
            (Self::Sbo, Lang::Nl) => "Speciaal basisonderwijs",
            (Self::Sbo, Lang::En) => "Special primary education",
            (Self::So, Lang::Nl) => "Speciaal onderwijs (so en vso)",
            (Self::So, Lang::En) => "Special education (so and vso)",
            (Self::SoPrimaryDepartment, Lang::Nl) => "Speciaal onderwijs, so-afdeling",
            (Self::SoPrimaryDepartment, Lang::En) => "Special education, primary department",
            (Self::SoCluster1, Lang::Nl) => "Cluster 1 – visuele beperking",
            (Self::SoCluster1, Lang::En) => "Cluster 1 – visual impairment",
            (Self::SoCluster2, Lang::Nl) => "Cluster 2 – auditief en communicatief",
            (Self::SoCluster2, Lang::En) => "Cluster 2 – hearing and communication",
            (Self::SoCluster3, Lang::Nl) => "Cluster 3 – lichamelijke of verstandelijke beperking en langdurige ziekte",
            (Self::SoCluster3, Lang::En) => "Cluster 3 – physical or intellectual disability and long-term illness",
            (Self::SoCluster4, Lang::Nl) => "Cluster 4 – gedrag en psychiatrie",
            (Self::SoCluster4, Lang::En) => "Cluster 4 – behaviour and psychiatric problems",
            (Self::Vso, Lang::Nl) => "Voortgezet speciaal onderwijs",
            (Self::Vso, Lang::En) => "Secondary special education",
            (Self::Vo, Lang::Nl) => "Voortgezet onderwijs",
            (Self::Vo, Lang::En) => "Secondary education",
            (Self::Vmbo, Lang::Nl) => "Voorbereidend middelbaar beroepsonderwijs",
            (Self::Vmbo, Lang::En) => "Pre-vocational secondary education",
            (Self::Lwoo, Lang::Nl) => "Leerwegondersteunend onderwijs",
            (Self::Lwoo, Lang::En) => "Learning-track support in vmbo",
            (Self::Havo, Lang::Nl) => "Hoger algemeen voortgezet onderwijs",
            (Self::Havo, Lang::En) => "Senior general secondary education",
            (Self::Vwo, Lang::Nl) => "Voorbereidend wetenschappelijk onderwijs",
            (Self::Vwo, Lang::En) => "Pre-university education",
            (Self::Praktijkonderwijs, Lang::Nl) => "Praktijkonderwijs",
            (Self::Praktijkonderwijs, Lang::En) => "Practical education",
            (Self::Isk, Lang::Nl) => "Internationale schakelklas",
            (Self::Isk, Lang::En) => "International transition class",
            (Self::Mbo, Lang::Nl) => "Middelbaar beroepsonderwijs",
            (Self::Mbo, Lang::En) => "Secondary vocational education",
            (Self::MboEntree, Lang::Nl) => "Entreeopleiding",
            (Self::MboEntree, Lang::En) => "Mbo entry course",
            (Self::MboLevel2, Lang::Nl) => "Mbo niveau 2",
            (Self::MboLevel2, Lang::En) => "Mbo level 2",
            (Self::MboLevel3, Lang::Nl) => "Mbo niveau 3",
            (Self::MboLevel3, Lang::En) => "Mbo level 3",
            (Self::MboLevel4, Lang::Nl) => "Mbo niveau 4",
            (Self::MboLevel4, Lang::En) => "Mbo level 4",
            (Self::MboBol, Lang::Nl) => "Beroepsopleidende leerweg",
            (Self::MboBol, Lang::En) => "School-based vocational pathway",
            (Self::MboBbl, Lang::Nl) => "Beroepsbegeleidende leerweg",
            (Self::MboBbl, Lang::En) => "Work-based vocational pathway",
        }
    }

    /// The definition in `lang` (Markdown).
    pub const fn definition(self, lang: Lang) -> &'static str {
        match (self, lang) {
            (Self::Po, Lang::Nl) => "De onderwijssector die valt onder de Wet op het primair onderwijs: de reguliere basisschool en het speciaal basisonderwijs. Kinderen zitten er doorgaans van hun vierde tot ongeveer hun twaalfde jaar, in acht groepen. Scholen in het po werken voor extra ondersteuning samen in een samenwerkingsverband passend onderwijs po.",
            (Self::Po, Lang::En) => "The education sector governed by the Primary Education Act (WPO): the mainstream primary school and special primary education. Children usually attend from age four until about twelve, in eight year groups. For extra support, primary schools cooperate in a school partnership for passend onderwijs (samenwerkingsverband) for primary education.",
            (Self::RegularPrimarySchool, Lang::Nl) => "De gewone basisschool voor kinderen van vier tot ongeveer twaalf jaar. Elke basisschool biedt het niveau van basisondersteuning dat de scholen in het samenwerkingsverband hebben afgesproken; wat een leerling daarboven nodig heeft, wordt met het samenwerkingsverband geregeld.",
            (Self::RegularPrimarySchool, Lang::En) => "The ordinary primary school for children from four to about twelve. Every primary school offers the level of basic support (basisondersteuning) agreed by the schools in the school partnership; whatever a pupil needs on top of that is arranged with the partnership.",
            (Self::Sbo, Lang::Nl) => "Basisonderwijs in kleinere groepen met meer specialistische begeleiding, voor kinderen die meer extra hulp nodig hebben dan een reguliere basisschool kan geven, bijvoorbeeld door leer- of gedragsproblemen; de leerdoelen zijn die van de gewone basisschool. Het sbo valt onder de WPO; plaatsing loopt via een toelaatbaarheidsverklaring van het samenwerkingsverband po.",
            (Self::Sbo, Lang::En) => "Primary education in smaller groups with more specialist guidance, for children who need more extra help than a mainstream primary school can give, for example because of learning or behavioural problems; the learning goals are those of the ordinary primary school. Sbo is governed by the WPO; admission requires an admissibility statement (toelaatbaarheidsverklaring) from the primary school partnership.",
            (Self::So, Lang::Nl) => "Onderwijs volgens de Wet op de expertisecentra voor leerlingen met een beperking, ziekte of stoornis die een eigen schoolomgeving nodig hebben. Het begrip omvat de afdeling voor kinderen van basisschoolleeftijd en het voortgezet speciaal onderwijs. De scholen zijn ingedeeld in vier clusters naar doelgroep.",
            (Self::So, Lang::En) => "Education under the Expertise Centres Act (WEC) for pupils with a disability, illness or disorder who need a separate school environment. The concept covers the department for children of primary-school age and secondary special education. The schools are grouped into four clusters by target group.",
            (Self::SoPrimaryDepartment, Lang::Nl) => "De afdeling van het speciaal onderwijs voor kinderen van ongeveer vier tot twaalf jaar, naast de voortgezette afdeling (vso). Ook deze afdeling valt onder de WEC en niet onder het primair onderwijs.",
            (Self::SoPrimaryDepartment, Lang::En) => "The department of special education for children of about four to twelve, alongside the secondary department (vso). This department, too, is governed by the WEC and not by primary education law.",
            (Self::SoCluster1, Lang::Nl) => "Speciaal en voortgezet speciaal onderwijs voor leerlingen die blind of slechtziend zijn. Het wordt verzorgd door landelijk werkende instellingen, die buiten de samenwerkingsverbanden vallen, zelf over toelating beslissen en ook ambulante begeleiding aan reguliere scholen geven.",
            (Self::SoCluster1, Lang::En) => "Special and secondary special education for pupils who are blind or partially sighted. It is provided by institutions working nationwide, which fall outside the school partnerships, decide on admission themselves and also give visiting specialist support to mainstream schools.",
            (Self::SoCluster2, Lang::Nl) => "Speciaal en voortgezet speciaal onderwijs voor leerlingen die doof of slechthorend zijn of een ernstige taalontwikkelingsstoornis hebben. Net als cluster 1 valt het buiten de samenwerkingsverbanden en is het landelijk georganiseerd; de instellingen regelen de toelating zelf.",
            (Self::SoCluster2, Lang::En) => "Special and secondary special education for pupils who are deaf or hard of hearing or who have a severe developmental language disorder. Like cluster 1 it falls outside the school partnerships and is organised nationally; the institutions handle admission themselves.",
            (Self::SoCluster3, Lang::Nl) => "Speciaal en voortgezet speciaal onderwijs voor leerlingen met een lichamelijke beperking, een (zeer) moeilijk lerende verstandelijke beperking, meervoudige beperkingen of een langdurige lichamelijke ziekte. Toelating verloopt sinds passend onderwijs via een toelaatbaarheidsverklaring van het samenwerkingsverband.",
            (Self::SoCluster3, Lang::En) => "Special and secondary special education for pupils with a physical disability, a (severe) intellectual disability, multiple disabilities or a long-term physical illness. Since the introduction of passend onderwijs, admission runs through an admissibility statement from the school partnership.",
            (Self::SoCluster4, Lang::Nl) => "Speciaal en voortgezet speciaal onderwijs voor leerlingen met ernstige gedragsproblemen of psychiatrische stoornissen, van oudsher ook voor langdurig zieke kinderen zonder lichamelijke beperking. Toelating verloopt via een toelaatbaarheidsverklaring van het samenwerkingsverband. Samenwerking met jeugdhulp in de school komt hier veel voor.",
            (Self::SoCluster4, Lang::En) => "Special and secondary special education for pupils with serious behavioural problems or psychiatric disorders, traditionally also for long-term ill children without a physical disability. Admission runs through an admissibility statement from the school partnership. Cooperation with youth care inside the school is common here.",
            (Self::Vso, Lang::Nl) => "De voortgezette afdeling van het speciaal onderwijs, voor jongeren van ongeveer twaalf tot twintig jaar. Het vso kent drie uitstroomprofielen: vervolgonderwijs, arbeidsmarkt en dagbesteding. Het valt onder de WEC, al hoort het voor clusters 3 en 4 bij het samenwerkingsverband vo, dat de toelaatbaarheidsverklaring afgeeft.",
            (Self::Vso, Lang::En) => "The secondary department of special education, for young people from about twelve to twenty. Vso has three exit profiles: further education, the labour market and day activities. It is governed by the WEC, although for clusters 3 and 4 it belongs to the secondary school partnership, which issues the admissibility statement.",
            (Self::Vo, Lang::Nl) => "Het reguliere onderwijs na de basisschool, vanaf ongeveer twaalf jaar: vmbo, havo, vwo en praktijkonderwijs. Scholen voor vo vormen samen een samenwerkingsverband passend onderwijs vo, dat extra ondersteuning regelt.",
            (Self::Vo, Lang::En) => "Mainstream education after primary school, from about age twelve: vmbo, havo, vwo and practical education. Secondary schools together form a school partnership for passend onderwijs (samenwerkingsverband) that arranges extra support.",
            (Self::Vmbo, Lang::Nl) => "Vierjarige schoolsoort in het voortgezet onderwijs die voorbereidt op het mbo. Er zijn leerwegen van praktisch (basisberoepsgericht) tot theoretisch. Een vmbo-diploma is geen startkwalificatie; het geeft toegang tot het mbo, waar de meeste leerlingen naartoe gaan.",
            (Self::Vmbo, Lang::En) => "A four-year school type in secondary education that prepares for mbo. Its learning tracks range from practical (basisberoepsgericht) to theoretical. A vmbo diploma is not a basic qualification; it gives access to mbo, where most pupils go next.",
            (Self::Lwoo, Lang::Nl) => "Extra ondersteuning binnen het vmbo voor leerlingen met leerachterstanden of sociaal-emotionele belemmeringen, zodat zij toch een vmbo-diploma kunnen halen. Of een leerling er recht op heeft, beslist het samenwerkingsverband vo.",
            (Self::Lwoo, Lang::En) => "Extra support within vmbo for pupils with learning delays or social-emotional barriers, so that they can still obtain a vmbo diploma. The secondary school partnership decides whether a pupil is entitled to it.",
            (Self::Havo, Lang::Nl) => "Vijfjarige algemeen vormende schoolsoort in het voortgezet onderwijs die voorbereidt op het hoger beroepsonderwijs. Een havo-diploma geldt als startkwalificatie.",
            (Self::Havo, Lang::En) => "A five-year general secondary school type that prepares for higher professional education. A havo diploma counts as a basic qualification.",
            (Self::Vwo, Lang::Nl) => "Zesjarige schoolsoort in het voortgezet onderwijs, als atheneum of gymnasium, die voorbereidt op de universiteit. Een vwo-diploma geldt als startkwalificatie.",
            (Self::Vwo, Lang::En) => "A six-year school type in secondary education, as atheneum or gymnasium, that prepares for university. A vwo diploma counts as a basic qualification.",
            (Self::Praktijkonderwijs, Lang::Nl) => "Schoolsoort in het voortgezet onderwijs voor leerlingen voor wie een vmbo-diploma, ook met extra ondersteuning, niet haalbaar is. Het onderwijs is sterk praktijkgericht en leidt vooral op naar werk, soms naar de entreeopleiding. Toelating verloopt via een toelaatbaarheidsverklaring van het samenwerkingsverband vo.",
            (Self::Praktijkonderwijs, Lang::En) => "A school type in secondary education for pupils for whom a vmbo diploma is out of reach, even with extra support. Teaching is strongly hands-on and mainly prepares for work, sometimes for the mbo entry course. Admission requires an admissibility statement from the secondary school partnership.",
            (Self::Isk, Lang::Nl) => "Voorziening in het voortgezet onderwijs waar nieuwkomers van ongeveer twaalf tot twintig jaar eerst Nederlands leren en het schoolsysteem leren kennen, omdat zij de taal nog onvoldoende beheersen voor het reguliere vo. Daarna stromen zij door naar een passende vervolgopleiding in vo of mbo.",
            (Self::Isk, Lang::En) => "A provision in secondary education where newly arrived young people of about twelve to twenty first learn Dutch and get to know the school system, because they do not yet speak the language well enough for mainstream secondary school. After that they move on to a suitable course in secondary or vocational education.",
            (Self::Mbo, Lang::Nl) => "Beroepsonderwijs volgens de Wet educatie en beroepsonderwijs, op vier niveaus, gegeven door regionale opleidingscentra, agrarische opleidingscentra en vakinstellingen. Mbo-instellingen zijn geen lid van een samenwerkingsverband passend onderwijs en bekostigen studentondersteuning uit eigen middelen; afspraken over extra begeleiding legt de instelling met de student vast (tot 1 augustus 2023 in de onderwijsovereenkomst). Het mbo neemt wel deel aan het op overeenstemming gerichte overleg (OOGO) met gemeenten. Veel instellingen hebben een regionale functie, met studenten uit tientallen gemeenten.",
            (Self::Mbo, Lang::En) => "Vocational education under the Adult and Vocational Education Act (WEB), at four levels, provided by regional training centres, agricultural training centres and specialised institutions. Mbo institutions are not members of a school partnership for passend onderwijs and pay for student support from their own budget; the institution records arrangements on extra guidance with the student (until 1 August 2023 in the education agreement). Mbo does take part in the consultation aimed at agreement (OOGO) with municipalities. Many institutions serve a region, with students from dozens of municipalities.",
            (Self::MboEntree, Lang::Nl) => "De opleiding op het eerste mbo-niveau, zonder vooropleidingseisen, voor jongeren die (nog) geen diploma hebben dat toegang geeft tot niveau 2. Het entreediploma geldt niet als startkwalificatie. Volgens NJi-medewerkers worden de zwaarste hulpvragen gezien in de entreeopleiding en op de lage mbo-niveaus.",
            (Self::MboEntree, Lang::En) => "The course at the first mbo level, with no prior-education requirements, for young people who do not (yet) hold a diploma that gives access to level 2. The entry diploma does not count as a basic qualification. According to NJi staff, the heaviest requests for help are seen in the entry course and at the lower mbo levels.",
            (Self::MboLevel2, Lang::Nl) => "De basisberoepsopleiding in het mbo, die opleidt voor uitvoerend werk. Een diploma op dit niveau is het laagste diploma dat als startkwalificatie geldt.",
            (Self::MboLevel2, Lang::En) => "The basic vocational course in mbo, which trains for operational work. A diploma at this level is the lowest diploma that counts as a basic qualification.",
            (Self::MboLevel3, Lang::Nl) => "De vakopleiding in het mbo, die opleidt voor zelfstandig uitgevoerd vakwerk. Het diploma is een startkwalificatie.",
            (Self::MboLevel3, Lang::En) => "The trade course in mbo, which trains for skilled work carried out independently. The diploma is a basic qualification.",
            (Self::MboLevel4, Lang::Nl) => "Het hoogste mbo-niveau, met middenkader- en specialistenopleidingen die ook toegang geven tot het hbo. Volgens het NJi volgt meer dan de helft van alle mbo-studenten een opleiding op dit niveau.",
            (Self::MboLevel4, Lang::En) => "The highest mbo level, with middle-management and specialist courses that also give access to higher professional education. According to the NJi, more than half of all mbo students follow a course at this level.",
            (Self::MboBol, Lang::Nl) => "Leerweg in het mbo waarin de student vooral op school leert, aangevuld met stages (beroepspraktijkvorming) bij een leerbedrijf. De meeste mbo-studenten volgen deze leerweg, zodat zij dagelijks op de schoollocatie te bereiken zijn.",
            (Self::MboBol, Lang::En) => "A learning pathway in mbo in which the student mainly learns at school, supplemented by work placements (beroepspraktijkvorming) at a training company. Most mbo students follow this pathway, so they can be reached at the school site every day.",
            (Self::MboBbl, Lang::Nl) => "Leerweg in het mbo waarin de student grotendeels werkt bij een erkend leerbedrijf, meestal met een arbeidsovereenkomst, en daarnaast meestal één dag per week naar school gaat. Studenten in de bbl zijn daardoor minder vaak op de schoollocatie te vinden dan bol-studenten.",
            (Self::MboBbl, Lang::En) => "A learning pathway in mbo in which the student mostly works at an accredited training company, usually with an employment contract, and usually attends school one day a week. Bbl students are therefore found on the school premises less often than bol students.",
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

crate::code::facet_code!(Education, "education");
