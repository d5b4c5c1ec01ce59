//! The built-in taxonomy (2.0.0): its size, its coverage of the seed documents' vocabulary, its typed
//! enums, and that its text is written in its own words.

use std::collections::BTreeSet;
use std::path::Path;

use jeugdhulp_op_school::lookup::MatchKind;
use jeugdhulp_op_school::*;

#[test]
fn facet_and_concept_counts() {
    let t = Taxonomy::builtin();
    let counts: Vec<(&str, usize)> = t
        .facets()
        .iter()
        .map(|f| (f.id.as_str(), f.concepts.len()))
        .collect();
    assert_eq!(
        counts,
        [
            ("intensity", 8),
            ("expertise-level", 2),
            ("stay", 3),
            ("activity", 26),
            ("setting", 13),
            ("organisation-model", 17),
            ("coordination-structure", 5),
            ("provider-arrangement", 6),
            ("integration", 6),
            ("collaboration-level", 4),
            ("access-route", 13),
            ("access-decision", 7),
            ("target", 7),
            ("role", 26),
            ("competency", 16),
            ("education", 24),
            ("age-phase", 19),
            ("need", 21),
            ("goal", 21),
            ("funding-source", 14),
            ("funding-permanence", 2),
            ("funding-mechanism", 4),
            ("term", 46),
        ]
    );
    assert_eq!(t.concepts().count(), 310);
    assert_eq!(t.version().to_string(), "2.0.1");
}

#[test]
fn every_concept_is_complete_in_both_languages() {
    for c in Taxonomy::builtin().concepts() {
        for lang in Lang::ALL {
            assert!(
                c.label.get(*lang).is_some_and(|l| !l.is_empty()),
                "{} label {lang}",
                c.id
            );
            assert!(
                c.definition.get(*lang).is_some_and(|d| d.len() > 40),
                "{} definition {lang}",
                c.id
            );
        }
        assert!(!c.sources.is_empty(), "{} has a source", c.id);
        if !c.scope_note.is_empty() {
            assert!(
                c.scope_note.get(Lang::Nl).is_some() && c.scope_note.get(Lang::En).is_some(),
                "{} scope note in nl and en",
                c.id
            );
        }
    }
}

/// Terms the seed documents use for forms, variants, roles, goals, needs and funding, and the
/// concept each must lead to.
/// Words the seeds and their sources use for forms, variants, roles, goals and funding, with the
/// concept `jos lookup` must find first. Since 2.0.0 the named programmes and variants of 1.0.0
/// are deprecated concepts, which lookup still finds (pointing at their replacements).
const SEED_TERMS: &[(&str, &str)] = &[
    ("schoolmaatschappelijk werk", "school-social-work"),
    ("schoolmaatschappelijk werker", "school-social-worker"),
    ("SMW", "school-social-worker"),
    ("laagdrempelige hulp", "low-threshold-help"),
    ("onderwijs-zorgarrangement", "onderwijs-zorgarrangement"),
    ("OZA", "onderwijs-zorgarrangement"),
    ("dagbehandeling", "day-programme"),
    (
        "ondersteuning in eigen wijk",
        "support-in-own-neighbourhood",
    ),
    ("gemeentelijk jeugdteam", "municipal-youth-team"),
    ("mbo als wijk", "mbo-as-neighbourhood"),
    ("school als wijk", "mbo-as-neighbourhood"),
    ("mbo-jeugdteam", "municipal-local-team"),
    ("wijkteam", "municipal-local-team"),
    ("linking pin", "referral-linking-pin"),
    ("intern zorgteam", "internal-support-team"),
    ("zorg- en adviesteam", "multi-agency-care-team"),
    ("ZAT", "multi-agency-care-team"),
    ("jeugd-GGZ", "youth-mental-health-professional"),
    ("jeugdarts", "youth-doctor"),
    ("budgetcoach", "budget-coach"),
    ("studieloopbaanbegeleider", "study-career-counsellor"),
    ("SLB'er", "study-career-counsellor"),
    ("klas als werkplaats", "class-as-workplace"),
    ("KAW", "class-as-workplace"),
    ("school als werkplaats", "school-as-workplace"),
    ("SAW", "school-as-workplace"),
    ("zorg in de klas", "embedded-in-teaching"),
    ("trajectbegeleiding", "pathway-guidance"),
    ("jongerenwerk", "youth-work"),
    ("schuldhulpverlening", "debt-and-money-help"),
    ("jeugdhulp in de klas", "embedded-in-teaching"),
    ("coachen van leerkrachten", "teacher-coaching"),
    ("pedagogisch klimaat", "better-pedagogical-climate"),
    ("collectieve financiering", "collective-funding"),
    ("individuele financiering", "individual-funding"),
    ("thuis nabij", "close-to-home"),
    ("harde knip", "integrated-team"),
    ("inclusief onderwijs", "inclusive-education"),
    ("startkwalificatie", "startkwalificatie"),
    ("diploma", "start-qualification"),
    ("voortijdig schoolverlaten", "voortijdig-schoolverlaten"),
    ("vsv", "voortijdig-schoolverlaten"),
    ("werk vinden", "finding-work"),
    ("kwalificatieplicht", "kwalificatieplicht"),
    ("18-", "under-18"),
    ("18+", "over-18"),
    ("Entree", "mbo-entree"),
    ("SO cluster 4", "so-cluster-4"),
    ("samenwerkingsverband", "samenwerkingsverband"),
    ("Wmo", "wmo-2015"),
    ("zorgverzekering", "zvw"),
    ("leerproblemen", "learning-problems"),
    ("beperkingen", "disability"),
    ("chronische ziekte", "chronic-illness"),
    ("psychosociale problemen", "psychosocial-problems"),
    ("multiproblematiek", "multiple-problems"),
    ("gezinsrelaties", "family-relations"),
    ("geestelijke gezondheid", "mental-health-problems"),
    ("ambulante begeleiding", "ambulant-educational-guidance"),
    ("ambulante jeugdhulp", "ambulant-youth-care"),
    ("specialistische jeugdhulp", "specialised-youth-care"),
    ("JGZ", "jeugdgezondheidszorg"),
    ("IB'er", "internal-supervisor"),
    ("brugfunctionaris", "bridging-officer"),
    ("pgb", "personal-budget"),
];

/// The policy vocabulary of passend onderwijs, the Jeugdwet and the mbo that people use in the
/// working sessions: each resolves to its term in the begrippen part.
const POLICY_TERMS: &[(&str, &str)] = &[
    ("passend onderwijs", "passend-onderwijs"),
    ("zorgplicht", "zorgplicht"),
    ("SWV", "samenwerkingsverband"),
    ("ondersteuningsplan", "ondersteuningsplan"),
    ("schoolondersteuningsprofiel", "schoolondersteuningsprofiel"),
    ("SOP", "schoolondersteuningsprofiel"),
    ("basisondersteuning", "basisondersteuning"),
    ("extra ondersteuning", "extra-ondersteuning"),
    ("arrangement", "arrangement"),
    ("OPP", "ontwikkelingsperspectief"),
    ("TLV", "toelaatbaarheidsverklaring"),
    ("OOGO", "oogo"),
    ("zorg in onderwijstijd", "zorg-in-onderwijstijd"),
    ("Jeugdwet", "jeugdwet"),
    ("jeugdhulpaanbieder", "jeugdhulpaanbieder"),
    ("woonplaatsbeginsel", "woonplaatsbeginsel"),
    ("Zvw", "zvw"),
    ("Wlz", "wlz"),
    ("leerplicht", "leerplicht"),
    ("RMC", "rmc-functie"),
    ("thuiszitter", "thuiszitter"),
    ("verantwoorde werktoedeling", "verantwoorde-werktoedeling"),
    ("meldcode", "meldcode"),
    ("ondersteuningsbehoefte", "ondersteuningsbehoefte"),
    ("onderwijsovereenkomst", "onderwijsovereenkomst"),
    (
        "laagdrempelige hulp in school",
        "laagdrempelige-hulp-in-school",
    ),
];

#[test]
fn every_seed_term_resolves_with_lookup() {
    let t = Taxonomy::builtin();
    let mut failures = Vec::new();
    for (term, id) in SEED_TERMS.iter().chain(POLICY_TERMS) {
        let hits = t.lookup(term);
        match hits.first() {
            Some(m) if m.concept.id == *id && m.kind != MatchKind::Fuzzy => {}
            other => failures.push(format!(
                "`{term}` -> {:?}, expected `{id}`",
                other.map(|m| (&m.concept.id, m.kind))
            )),
        }
    }
    assert!(failures.is_empty(), "{}", failures.join("\n"));
}

#[test]
fn the_definition_resolves_and_abbreviations_never_become_other_abbreviations() {
    let t = Taxonomy::builtin();
    for q in [
        "jeugdhulp op school",
        "Jeugdhulp in school",
        "youth care at school",
    ] {
        let (d, _) = t.lookup_definition(q).unwrap_or_else(|| panic!("{q}"));
        assert_eq!(d.id, "jeugdhulp-op-school");
    }
    // SMW is an abbreviation: it never finds SAW first.
    assert_eq!(t.lookup("SMW")[0].concept.id, "school-social-worker");
    // An unknown abbreviation finds nothing rather than its neighbour (OKA is no OZA).
    assert!(
        t.lookup("OKA")
            .iter()
            .all(|m| m.concept.id != "onderwijs-zorgarrangement")
    );
    // Every abbreviation stands on one concept only.
    let mut seen = std::collections::HashMap::new();
    for c in t.concepts() {
        for (_, a) in c.abbreviations.iter() {
            let key = a.value.to_lowercase();
            if let Some(other) = seen.insert(key.clone(), c.id.clone())
                && other != c.id
            {
                panic!("abbreviation `{}` is on `{other}` and `{}`", a.value, c.id);
            }
        }
    }
}

#[test]
fn lookup_ignores_case_accents_and_hyphens() {
    let t = Taxonomy::builtin();
    for q in [
        "smw",
        "Schoolmaatschappelijk werk",
        "SCHOOLMAATSCHAPPELIJK-WERK",
        "jeugd-GGZ",
        "jeugd ggz",
    ] {
        assert!(!t.lookup(q).is_empty(), "{q}");
    }
    assert_eq!(
        t.lookup("zorgcoordinator")[0].concept.id,
        t.lookup("zorgcoördinator")[0].concept.id
    );
}

#[test]
fn typed_enums_match_the_taxonomy() {
    let t = Taxonomy::builtin();
    assert_eq!(TAXONOMY_VERSION, t.version().to_string());
    fn check<T: FacetCode + std::str::FromStr>(t: &Taxonomy)
    where
        <T as std::str::FromStr>::Err: std::fmt::Debug,
    {
        let facet = t.facet(T::FACET).unwrap();
        let ids: Vec<&str> = T::ALL.iter().map(|c| c.id()).collect();
        let expected: Vec<&str> = facet.in_order().iter().map(|c| c.id.as_str()).collect();
        assert_eq!(ids, expected, "{}", T::FACET);
        for code in T::ALL {
            let c = t.concept(code.id()).unwrap();
            assert_eq!(code.label(Lang::Nl), c.label.get(Lang::Nl).unwrap());
            assert_eq!(
                code.definition(Lang::En),
                c.definition.get(Lang::En).unwrap()
            );
            assert_eq!(code.deprecation().is_some(), c.is_deprecated());
            assert_eq!(code.id().parse::<T>().unwrap(), *code);
            assert_eq!(code.to_string(), code.id());
        }
    }
    check::<Intensity>(t);
    check::<Activity>(t);
    check::<Setting>(t);
    check::<OrganisationModel>(t);
    check::<Integration>(t);
    check::<AccessRoute>(t);
    check::<Target>(t);
    check::<Role>(t);
    check::<Competency>(t);
    check::<Education>(t);
    check::<AgePhase>(t);
    check::<Need>(t);
    check::<Goal>(t);
    check::<FundingSource>(t);
    check::<FundingMechanism>(t);
}

#[test]
fn ordered_facets_sort_by_scale() {
    assert!(Intensity::UniversalPrevention < Intensity::IntegratedEducationCareArrangement);
    assert_eq!(
        Intensity::ALL.first(),
        Some(&Intensity::UniversalPrevention)
    );
}

#[cfg(feature = "serde")]
#[test]
fn enums_serialize_by_id() {
    let json = serde_json::to_string(&[Role::SchoolSocialWorker, Role::YouthDoctor]).unwrap();
    assert_eq!(json, r#"["school-social-worker","youth-doctor"]"#);
    let back: Vec<Role> = serde_json::from_str(&json).unwrap();
    assert_eq!(back, [Role::SchoolSocialWorker, Role::YouthDoctor]);
    let err = serde_json::from_str::<Role>(r#""school-social-workr""#).unwrap_err();
    assert!(
        err.to_string()
            .contains("did you mean `school-social-worker`"),
        "{err}"
    );
}

// --- Own words: no run of eight words shared with the seed documents --------------------------

fn tokens(text: &str) -> Vec<String> {
    text.split(|c: char| !c.is_alphanumeric())
        .filter(|w| !w.is_empty())
        .map(str::to_lowercase)
        .collect()
}

fn fnv(s: &str) -> u64 {
    s.bytes().fold(0xcbf2_9ce4_8422_2325, |h, b| {
        (h ^ u64::from(b)).wrapping_mul(0x0100_0000_01b3)
    })
}

fn eight_grams(text: &str) -> BTreeSet<u64> {
    tokens(text).windows(8).map(|w| fnv(&w.join(" "))).collect()
}

const SEED_FINGERPRINTS: &str = "tests/data/seed-8grams.txt";

/// The seed documents are not ours to redistribute, so the repository keeps only hashes of their
/// eight-word runs. Where the seeds are present (`../shared/seeds`, as in CI), the hashes are
/// checked against them; `JOS_BLESS=1` rewrites them.
fn seed_fingerprints() -> BTreeSet<u64> {
    let seeds = Path::new("../shared/seeds");
    if seeds.is_dir() {
        let mut all = BTreeSet::new();
        // The seed documents are the `.txt` files; SOURCES.md beside them lists their addresses.
        let mut paths: Vec<_> = std::fs::read_dir(seeds)
            .unwrap()
            .map(|e| e.unwrap().path())
            .filter(|p| p.extension().is_some_and(|e| e == "txt"))
            .collect();
        paths.sort();
        for p in paths {
            all.extend(eight_grams(&String::from_utf8_lossy(
                &std::fs::read(&p).unwrap(),
            )));
        }
        let rendered: String = all.iter().map(|h| format!("{h:016x}\n")).collect();
        let stored = std::fs::read_to_string(SEED_FINGERPRINTS).unwrap_or_default();
        if stored != rendered {
            if std::env::var_os("JOS_BLESS").is_some() {
                std::fs::write(SEED_FINGERPRINTS, &rendered).unwrap();
            } else {
                panic!("{SEED_FINGERPRINTS} is stale; rerun with JOS_BLESS=1");
            }
        }
        all
    } else {
        std::fs::read_to_string(SEED_FINGERPRINTS)
            .unwrap()
            .lines()
            .map(|l| u64::from_str_radix(l, 16).unwrap())
            .collect()
    }
}

#[test]
fn no_text_shares_eight_words_with_the_seeds() {
    let seeds = seed_fingerprints();
    assert!(seeds.len() > 1000, "the fingerprints cover the seeds");
    let mut files: Vec<std::path::PathBuf> = vec!["taxonomy/taxonomy.yaml".into()];
    for dir in ["taxonomy/facets", "docs"] {
        for e in std::fs::read_dir(dir).unwrap() {
            let p = e.unwrap().path();
            if p.extension().is_some_and(|x| x == "yaml" || x == "md") {
                files.push(p);
            }
        }
    }
    let mut copied = Vec::new();
    for f in files {
        let text = std::fs::read_to_string(&f).unwrap();
        let toks = tokens(&text);
        for w in toks.windows(8) {
            if seeds.contains(&fnv(&w.join(" "))) {
                copied.push(format!("{}: \"{}\"", f.display(), w.join(" ")));
            }
        }
    }
    assert!(
        copied.is_empty(),
        "runs of eight words copied from the seeds:\n{}",
        copied.join("\n")
    );
}

#[test]
fn builtin_data_equals_the_loaded_yaml() {
    // The built-in taxonomy is generated Rust data; its JSON export, and every location, must
    // be what loading `taxonomy/` gives.
    let loaded = Taxonomy::load("taxonomy").unwrap();
    let builtin = Taxonomy::builtin();
    assert_eq!(
        jeugdhulp_op_school::export::to_json(builtin),
        jeugdhulp_op_school::export::to_json(&loaded)
    );
    let locations = |t: &Taxonomy| -> Vec<String> {
        t.concepts()
            .flat_map(|c| {
                let mut v = vec![c.location.to_string()];
                v.extend(c.label.iter().map(|(_, t)| t.location.to_string()));
                v.extend(c.related.iter().map(|r| r.target.location.to_string()));
                v
            })
            .collect()
    };
    let relative = |s: String| s.trim_start_matches("./").to_owned();
    assert_eq!(
        locations(builtin),
        locations(&loaded)
            .into_iter()
            .map(relative)
            .collect::<Vec<_>>()
    );
    assert_eq!(
        builtin.concept("school-social-worker").unwrap().facet,
        "role"
    );
}

#[test]
fn releases_are_frozen_and_the_working_tree_is_the_latest() {
    let releases = Taxonomy::releases();
    let versions: Vec<String> = releases.iter().map(|r| r.version.to_string()).collect();
    assert_eq!(versions, ["1.0.0", "2.0.0", "2.0.1"]);
    for v in &versions {
        let frozen = Taxonomy::release(v).unwrap();
        assert_eq!(
            jeugdhulp_op_school::export::to_json(frozen),
            std::fs::read_to_string(format!("taxonomy/releases/{v}.json")).unwrap(),
            "release {v}"
        );
    }
    let latest = Taxonomy::release(versions.last().unwrap()).unwrap();
    assert!(Taxonomy::builtin().is_release());
    assert!(std::ptr::eq(Taxonomy::latest_release().unwrap(), latest));
    // 1.0.0 has neither the definition nor the begrippen part; the latest (from 2.0.0) has both.
    assert!(Taxonomy::release("1.0.0").unwrap().definition().is_none());
    assert!(latest.definition().is_some());
    assert!(latest.facet("term").is_some_and(|f| !f.is_taggable()));
    // A draft: the same version with one changed label is not the release.
    let text = std::fs::read_to_string("taxonomy/releases/2.0.0.json")
        .unwrap()
        .replacen("Universele preventie", "Preventie voor iedereen", 1);
    let draft = Taxonomy::from_json_str("draft.json", &text).unwrap();
    assert_eq!(draft.version().to_string(), "2.0.0");
    assert!(!draft.is_release());
}

#[test]
fn the_reading_guide_asks_every_facet_its_own_question() {
    let guide = std::fs::read_to_string("docs/guide-reading.md").unwrap();
    for f in Taxonomy::builtin().tag_facets() {
        let row = format!("| `{}` | {} |", f.id, f.question.best(Lang::En));
        assert!(
            guide.contains(&row),
            "docs/guide-reading.md has no row `{row}` (copy the facet's English question)"
        );
    }
}
