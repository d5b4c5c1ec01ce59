//! The exports for other systems (`jos export --format skos-ttl|skos-jsonld|qdc|codebook-csv`),
//! checked by the standards' own validators and by reading them back as their users' tools do:
//!
//! - the SKOS export conforms to the vendored NL-SBB SHACL profile (`tests/shacl/`), run with
//!   pySHACL (`tests/python/.venv`, made by `.ci/run` from `tests/python/requirements.txt`);
//! - Turtle and JSON-LD parse back (oxttl, oxjsonld) to the same graph, which says what the
//!   taxonomy says, and has none of the qSKOS quality issues that apply;
//! - the codebook validates against the vendored REFI-QDA Codebook XSD (`xmllint --schema`),
//!   and reads, as QualCoder reads it, into one code per live concept under its facet;
//! - a small taxonomy's exports equal the committed files in `tests/fixtures/exchange/`
//!   (`JOS_BLESS=1` rewrites them; review the diff).
//!
//! pySHACL and xmllint are outside Rust: without them the tests that need them are skipped with
//! a notice, except under CI (`CI` set), where they fail.

use std::collections::{BTreeMap, BTreeSet, HashMap, HashSet};
use std::io::Write as _;
use std::path::{Path, PathBuf};
use std::process::Command;

use jeugdhulp_op_school::exchange::qdc::{self, Deprecated, Options};
use jeugdhulp_op_school::exchange::{Uris, codebook, skos};
use jeugdhulp_op_school::text::plain_text;
use jeugdhulp_op_school::{Lang, Taxonomy, load};
use oxrdf::{Graph, Literal, NamedNode, NamedOrBlankNodeRef, Term, TermRef};

const SMALL: &str = "tests/fixtures/valid/definition-and-terms.yaml";
const HOSTILE: &str = "tests/fixtures/valid/hostile-markdown.yaml";
const EXPECTED: &str = "tests/fixtures/exchange";
const XSD: &str = "tests/fixtures/qdc/Codebook.xsd";
const PYTHON: &str = "tests/python/.venv/bin/python";

const SKOS: &str = "http://www.w3.org/2004/02/skos/core#";
const RDF_TYPE: &str = "http://www.w3.org/1999/02/22-rdf-syntax-ns#type";
const XSD_BOOLEAN: &str = "http://www.w3.org/2001/XMLSchema#boolean";

fn one_line(s: &str) -> String {
    s.split_whitespace().collect::<Vec<_>>().join(" ")
}

fn load(path: &str) -> Taxonomy {
    let loaded = load::load_path(Path::new(path));
    assert!(!loaded.report.has_errors(), "{}", loaded.report);
    loaded.taxonomy.expect("a taxonomy")
}

fn uris() -> Uris {
    Uris::default()
}

fn skos_iri(local: &str) -> NamedNode {
    NamedNode::new(format!("{SKOS}{local}")).unwrap()
}

fn iri(s: &str) -> NamedNode {
    NamedNode::new(s).unwrap()
}

fn turtle_graph(text: &str) -> Graph {
    let mut graph = Graph::new();
    for triple in oxttl::TurtleParser::new().for_slice(text.as_bytes()) {
        graph.insert(&triple.expect("the Turtle export parses"));
    }
    graph
}

fn jsonld_graph(text: &str) -> Graph {
    let mut graph = Graph::new();
    for quad in oxjsonld::JsonLdParser::new().for_slice(text.as_bytes()) {
        let quad = quad.expect("the JSON-LD export parses");
        assert!(quad.graph_name.is_default_graph(), "{quad}");
        graph.insert(&oxrdf::Triple::from(quad));
    }
    graph
}

fn objects(graph: &Graph, subject: &NamedNode, predicate: &NamedNode) -> HashSet<Term> {
    graph
        .objects_for_subject_predicate(subject, predicate)
        .map(TermRef::into_owned)
        .collect()
}

fn lang_literals(values: impl IntoIterator<Item = (String, String)>) -> HashSet<Term> {
    values
        .into_iter()
        .map(|(v, l)| Literal::new_language_tagged_literal(v, l).unwrap().into())
        .collect()
}

fn subjects_of_type(graph: &Graph, class: &NamedNode) -> Vec<NamedNode> {
    graph
        .subjects_for_predicate_object(&iri(RDF_TYPE), class)
        .filter_map(|s| match s {
            NamedOrBlankNodeRef::NamedNode(n) => Some(n.into_owned()),
            NamedOrBlankNodeRef::BlankNode(_) => None,
        })
        .collect()
}

/// What is missing to run an external validator, under CI a failure, else a notice.
fn skip(what: &str, how: &str) -> bool {
    let message = format!("{what} is not installed; {how}");
    assert!(
        std::env::var_os("CI").is_none(),
        "{message}\n(CI is set, so this test may not be skipped)"
    );
    // Past the test harness's capture, so the skip is seen.
    let _ = writeln!(std::io::stderr(), "exchange test skipped: {message}");
    true
}

/// Runs a validator that must succeed, and gives its standard output.
fn succeed(command: &mut Command) -> Vec<u8> {
    let output = command.output().expect("the program runs");
    assert!(
        output.status.success(),
        "{command:?}: {}",
        String::from_utf8_lossy(&output.stderr)
    );
    output.stdout
}

fn temp_file(name: &str, bytes: &[u8]) -> PathBuf {
    let dir = std::env::temp_dir().join(format!("jos-exchange-{}", std::process::id()));
    std::fs::create_dir_all(&dir).unwrap();
    let path = dir.join(name);
    std::fs::write(&path, bytes).unwrap();
    path
}

// ---------------------------------------------------------------------------------------------
// The committed exports of a small taxonomy

fn small_exports() -> Vec<(&'static str, String)> {
    let t = load(SMALL);
    let mut marked = Options::new(Lang::En);
    marked.deprecated = Deprecated::Mark;
    vec![
        ("small.ttl", skos::to_turtle(&t, &uris()).unwrap()),
        ("small.jsonld", skos::to_jsonld(&t, &uris()).unwrap()),
        (
            "small.nl.qdc",
            qdc::to_qdc(&t, &Options::new(Lang::Nl)).unwrap(),
        ),
        ("small.en-marked.qdc", qdc::to_qdc(&t, &marked).unwrap()),
        (
            "small.codebook.csv",
            codebook::to_csv(&t, &Options::new(Lang::Nl)).unwrap(),
        ),
    ]
}

#[test]
fn small_taxonomy_exports_equal_the_committed_files() {
    let mut stale = Vec::new();
    for (name, text) in small_exports() {
        let path = Path::new(EXPECTED).join(name);
        let stored = std::fs::read_to_string(&path).unwrap_or_default();
        if stored != text {
            if std::env::var_os("JOS_BLESS").is_some() && std::env::var_os("CI").is_none() {
                std::fs::create_dir_all(EXPECTED).unwrap();
                std::fs::write(&path, &text).unwrap();
            } else {
                stale.push(name);
            }
        }
    }
    assert!(
        stale.is_empty(),
        "{stale:?} in {EXPECTED} differ from the export; if the change is meant, rerun with JOS_BLESS=1 and review the diff"
    );
}

#[test]
fn exports_are_the_same_bytes_on_a_second_run() {
    let t = Taxonomy::builtin();
    let all = |t: &Taxonomy| {
        vec![
            skos::to_turtle(t, &uris()).unwrap(),
            skos::to_jsonld(t, &uris()).unwrap(),
            qdc::to_qdc(t, &Options::default()).unwrap(),
            codebook::to_csv(t, &Options::default()).unwrap(),
        ]
    };
    assert!(all(t) == all(&t.clone()));
    assert!(small_exports() == small_exports());
}

#[test]
fn a_base_uri_is_configurable_and_checked() {
    let t = load(SMALL);
    let base = Uris::new("https://data.example.org/jos/").unwrap();
    let turtle = skos::to_turtle(&t, &base).unwrap();
    let graph = turtle_graph(&turtle);
    let concept = iri("https://data.example.org/jos/role/social-worker");
    assert!(graph.contains(oxrdf::TripleRef::new(
        &concept,
        &iri(RDF_TYPE),
        &skos_iri("Concept")
    )));
    assert!(!turtle.contains(Uris::DEFAULT_BASE));
    assert!(Uris::new("https://data.example.org/jos").is_err());
}

// ---------------------------------------------------------------------------------------------
// SKOS: the graph says what the taxonomy says

/// Every concept, label, definition, relation and deprecation of `t` is in `graph`.
fn assert_graph_is_taxonomy(t: &Taxonomy, graph: &Graph) {
    let uris = uris();
    let concept_uri = |id: &str| {
        let c = t.concept(id).unwrap();
        iri(&uris.concept(&c.facet, &c.id))
    };
    let mut count = 0;
    for f in t.facets() {
        let scheme = iri(&uris.scheme(&f.id));
        assert!(
            subjects_of_type(graph, &skos_iri("ConceptScheme")).contains(&scheme),
            "{scheme}"
        );
        let titles: Vec<(String, String)> = f
            .label
            .iter()
            .map(|(l, t)| (t.value.clone(), l.to_owned()))
            .collect();
        assert_eq!(
            objects(graph, &scheme, &iri("http://purl.org/dc/terms/title")),
            lang_literals(titles)
        );
        for c in &f.concepts {
            count += 1;
            let s = iri(&uris.concept(&f.id, &c.id));
            // Definitions and notes are Markdown, written as plain text; labels are plain.
            let texts = |t: &jeugdhulp_op_school::Texts| {
                lang_literals(
                    t.iter()
                        .map(|(l, t)| (plain_text(&t.value), l.to_owned()))
                        .filter(|(v, _)| !v.is_empty()),
                )
            };
            let labels = |t: &jeugdhulp_op_school::Texts| {
                lang_literals(t.iter().map(|(l, t)| (one_line(&t.value), l.to_owned())))
            };
            assert_eq!(
                objects(graph, &s, &iri(RDF_TYPE)),
                HashSet::from([skos_iri("Concept").into()]),
                "{s}"
            );
            assert_eq!(
                objects(graph, &s, &skos_iri("inScheme")),
                HashSet::from([scheme.clone().into()])
            );
            assert_eq!(
                objects(graph, &s, &skos_iri("notation")),
                HashSet::from([Literal::new_simple_literal(&c.id).into()])
            );
            assert_eq!(
                objects(graph, &s, &skos_iri("prefLabel")),
                labels(&c.label),
                "{s}"
            );
            assert_eq!(
                objects(graph, &s, &skos_iri("definition")),
                texts(&c.definition),
                "{s}"
            );
            assert_eq!(
                objects(graph, &s, &skos_iri("scopeNote")),
                texts(&c.scope_note),
                "{s}"
            );
            let alt: HashSet<Term> = lang_literals(
                c.alt_labels
                    .iter()
                    .chain(c.abbreviations.iter())
                    .map(|(l, t)| (one_line(&t.value), l.to_owned())),
            );
            assert_eq!(objects(graph, &s, &skos_iri("altLabel")), alt, "{s}");
            let examples = lang_literals(
                c.examples
                    .iter()
                    .map(|(l, t)| (one_line(&t.value), l.to_owned())),
            );
            assert_eq!(objects(graph, &s, &skos_iri("example")), examples, "{s}");
            let broader: HashSet<Term> = c
                .broader
                .iter()
                .map(|b| concept_uri(&b.value).into())
                .collect();
            assert_eq!(objects(graph, &s, &skos_iri("broader")), broader, "{s}");
            let narrower: HashSet<Term> = f
                .concepts
                .iter()
                .filter(|n| n.broader.as_ref().is_some_and(|b| b.value == c.id))
                .map(|n| concept_uri(&n.id).into())
                .collect();
            assert_eq!(objects(graph, &s, &skos_iri("narrower")), narrower, "{s}");
            let top = objects(graph, &s, &skos_iri("topConceptOf"));
            assert_eq!(top.is_empty(), c.broader.is_some(), "{s}");
            for r in &c.related {
                let target = concept_uri(&r.target.value);
                let predicate = if r.kind.value == "related" {
                    skos_iri("related")
                } else {
                    iri(&format!("{}{}", uris.vocabulary(), r.kind.value))
                };
                assert!(
                    objects(graph, &s, &predicate).contains(&target.clone().into()),
                    "{s} {predicate} {target}"
                );
                assert!(
                    objects(graph, &target, &skos_iri("related")).contains(&s.clone().into()),
                    "skos:related is written both ways: {target} -> {s}"
                );
            }
            let deprecated = objects(graph, &s, &iri("http://www.w3.org/2002/07/owl#deprecated"));
            match &c.deprecated {
                Some(d) => {
                    assert_eq!(
                        deprecated,
                        HashSet::from(
                            [Literal::new_typed_literal("true", iri(XSD_BOOLEAN)).into()]
                        ),
                        "{s}"
                    );
                    let replaced: HashSet<Term> = d
                        .replaced_by
                        .iter()
                        .map(|r| concept_uri(&r.value).into())
                        .collect();
                    assert_eq!(
                        objects(graph, &s, &iri("http://purl.org/dc/terms/isReplacedBy")),
                        replaced
                    );
                }
                None => assert!(deprecated.is_empty(), "{s}"),
            }
            let sources: HashSet<Term> = c
                .sources
                .iter()
                .map(|id| iri(&uris.source(&id.value)).into())
                .collect();
            assert_eq!(
                objects(graph, &s, &iri("http://purl.org/dc/terms/source")),
                sources
            );
        }
    }
    let mut concepts = subjects_of_type(graph, &skos_iri("Concept"));
    if let Some(d) = t.definition() {
        let s = iri(&uris.definition(&d.id));
        let definition = lang_literals(
            d.definition
                .iter()
                .map(|(l, t)| (plain_text(&t.value), l.to_owned())),
        );
        assert_eq!(objects(graph, &s, &skos_iri("definition")), definition);
        concepts.retain(|c| *c != s);
    }
    assert_eq!(
        concepts.len(),
        count,
        "one skos:Concept per concept (and the definition)"
    );
    for source in t.sources() {
        let s = iri(&uris.source(&source.id));
        assert!(
            subjects_of_type(graph, &iri("http://xmlns.com/foaf/0.1/Document")).contains(&s),
            "{s}"
        );
        if let Some(url) = &source.url {
            assert_eq!(
                objects(graph, &s, &iri("http://xmlns.com/foaf/0.1/page")),
                HashSet::from([iri(url).into()])
            );
        }
    }
}

#[test]
fn skos_turtle_and_jsonld_parse_back_to_the_taxonomy() {
    for (name, t) in [
        ("built-in", Taxonomy::builtin().clone()),
        (SMALL, load(SMALL)),
        (HOSTILE, load(HOSTILE)),
    ] {
        let turtle = turtle_graph(&skos::to_turtle(&t, &uris()).unwrap());
        let jsonld = jsonld_graph(&skos::to_jsonld(&t, &uris()).unwrap());
        assert!(turtle.len() > 50, "{name}");
        if turtle != jsonld {
            let only_ttl: Vec<String> = turtle
                .iter()
                .filter(|tr| !jsonld.contains(*tr))
                .take(5)
                .map(|tr| tr.to_string())
                .collect();
            let only_json: Vec<String> = jsonld
                .iter()
                .filter(|tr| !turtle.contains(*tr))
                .take(5)
                .map(|tr| tr.to_string())
                .collect();
            panic!(
                "{name}: Turtle and JSON-LD differ\nonly Turtle: {only_ttl:#?}\nonly JSON-LD: {only_json:#?}"
            );
        }
        assert_graph_is_taxonomy(&t, &turtle);
    }
}

// ---------------------------------------------------------------------------------------------
// SKOS: qSKOS quality issues

/// The qSKOS quality issues (Mader, Haslhofer & Isaac, "Finding Quality Issues in SKOS
/// Vocabularies", TPDL 2012; the qSKOS issue catalogue) that apply to a vocabulary with no
/// mappings to other vocabularies, each with the resources it finds.
fn qskos_findings(graph: &Graph) -> BTreeMap<&'static str, Vec<String>> {
    let mut findings: BTreeMap<&'static str, Vec<String>> = BTreeMap::new();
    let mut add = |issue: &'static str, what: String| findings.entry(issue).or_default().push(what);
    let concepts = subjects_of_type(graph, &skos_iri("Concept"));
    let schemes = subjects_of_type(graph, &skos_iri("ConceptScheme"));
    let related = |s: &NamedNode, p: &str| -> HashSet<NamedNode> {
        objects(graph, s, &skos_iri(p))
            .into_iter()
            .filter_map(|t| match t {
                Term::NamedNode(n) => Some(n),
                _ => None,
            })
            .collect()
    };
    let languages = ["nl", "en"];
    let mut labels_in_scheme: HashMap<(Term, String, String), Vec<NamedNode>> = HashMap::new();
    for c in &concepts {
        let broader = related(c, "broader");
        let narrower = related(c, "narrower");
        let rel = related(c, "related");
        let top = related(c, "topConceptOf");
        // Orphan concepts: no semantic relation and no top concept.
        if broader.is_empty() && narrower.is_empty() && rel.is_empty() && top.is_empty() {
            add("orphan-concept", c.to_string());
        }
        // Top concept having broader concepts.
        if !top.is_empty() && !broader.is_empty() {
            add("top-concept-having-broader", c.to_string());
        }
        // Unidirectionally related concepts.
        for b in &broader {
            if !related(b, "narrower").contains(c) {
                add("unidirectionally-related", format!("{c} broader {b}"));
            }
        }
        for n in &narrower {
            if !related(n, "broader").contains(c) {
                add("unidirectionally-related", format!("{c} narrower {n}"));
            }
        }
        for r in &rel {
            if !related(r, "related").contains(c) {
                add("unidirectionally-related", format!("{c} related {r}"));
            }
            if r == c {
                add("reflexive-relation", c.to_string());
            }
        }
        // Relation clashes: associative and hierarchical relation between the same concepts.
        let mut ancestors = BTreeSet::new();
        let mut todo: Vec<NamedNode> = broader.iter().cloned().collect();
        while let Some(a) = todo.pop() {
            if a == *c {
                add("cyclic-hierarchical-relation", c.to_string());
                break;
            }
            if ancestors.insert(a.clone()) {
                todo.extend(related(&a, "broader"));
            }
        }
        for r in &rel {
            if ancestors.contains(r) || related(r, "broader").contains(c) {
                add("relation-clash", format!("{c} related {r}"));
            }
        }
        // Undocumented concepts: no definition.
        if related(c, "definition").is_empty()
            && objects(graph, c, &skos_iri("definition")).is_empty()
        {
            add("undocumented-concept", c.to_string());
        }
        // Labels: missing, inconsistent, disjoint, and the ones to compare within a scheme.
        let pref = objects(graph, c, &skos_iri("prefLabel"));
        let alt = objects(graph, c, &skos_iri("altLabel"));
        for lang in languages {
            let in_lang: Vec<&Term> = pref
                .iter()
                .filter(|t| matches!(t, Term::Literal(l) if l.language() == Some(lang)))
                .collect();
            match in_lang.len() {
                0 => add("missing-label", format!("{c} @{lang}")),
                1 => {}
                _ => add("inconsistent-preferred-labels", format!("{c} @{lang}")),
            }
        }
        if pref.iter().any(|p| alt.contains(p)) {
            add("disjoint-labels-violation", c.to_string());
        }
        // A deprecated concept shares its labels with the concept that took its place (which
        // keeps the old name as an alternative label), so only live concepts are compared.
        let live = !objects(graph, c, &iri("http://www.w3.org/2002/07/owl#deprecated"))
            .contains(&Literal::new_typed_literal("true", iri(XSD_BOOLEAN)).into());
        for scheme in related(c, "inScheme").into_iter().filter(|_| live) {
            for label in pref.iter().chain(alt.iter()) {
                if let Term::Literal(l) = label {
                    let key = (
                        scheme.clone().into(),
                        l.language().unwrap_or("").to_owned(),
                        l.value().to_lowercase(),
                    );
                    let entry = labels_in_scheme.entry(key).or_default();
                    if !entry.contains(c) {
                        entry.push(c.clone());
                    }
                }
            }
        }
    }
    // Overlapping labels: two live concepts of one scheme with the same label (ignoring case).
    for ((scheme, lang, label), cs) in &labels_in_scheme {
        if cs.len() > 1 {
            add(
                "overlapping-labels",
                format!("{scheme} @{lang} \"{label}\": {cs:?}"),
            );
        }
    }
    for s in &schemes {
        if objects(graph, s, &iri("http://purl.org/dc/terms/title")).len() < languages.len() {
            add("missing-label", s.to_string());
        }
    }
    for triple in graph.iter() {
        // Undefined SKOS resources: only terms the SKOS reference defines.
        let defined = [
            "Concept",
            "ConceptScheme",
            "inScheme",
            "topConceptOf",
            "hasTopConcept",
            "prefLabel",
            "altLabel",
            "notation",
            "definition",
            "scopeNote",
            "example",
            "historyNote",
            "editorialNote",
            "broader",
            "narrower",
            "related",
        ];
        for node in [triple.predicate.as_str()]
            .into_iter()
            .chain(match triple.object {
                TermRef::NamedNode(n) => Some(n.as_str()),
                _ => None,
            })
        {
            if let Some(local) = node.strip_prefix(SKOS)
                && !defined.contains(&local)
            {
                add("undefined-skos-resource", node.to_owned());
            }
        }
        // HTTP URI scheme violation, omitted or invalid language tags, empty labels.
        if let NamedOrBlankNodeRef::NamedNode(n) = triple.subject
            && !n.as_str().starts_with("http")
        {
            add("http-uri-scheme-violation", n.to_string());
        }
        if let TermRef::Literal(l) = triple.object {
            let text_property = [
                "prefLabel",
                "altLabel",
                "definition",
                "scopeNote",
                "example",
                "historyNote",
                "editorialNote",
            ]
            .iter()
            .any(|p| triple.predicate.as_str() == format!("{SKOS}{p}"));
            if text_property && !l.language().is_some_and(|lang| languages.contains(&lang)) {
                add("omitted-or-invalid-language-tag", triple.to_string());
            }
            if l.value().trim().is_empty() || l.value().trim() != l.value() {
                add("empty-or-padded-literal", triple.to_string());
            }
        }
    }
    findings
}

#[test]
fn skos_export_has_no_qskos_quality_issues() {
    for (name, t) in [
        ("built-in", Taxonomy::builtin().clone()),
        (SMALL, load(SMALL)),
    ] {
        let graph = turtle_graph(&skos::to_turtle(&t, &uris()).unwrap());
        let findings = qskos_findings(&graph);
        assert!(findings.is_empty(), "{name}: {findings:#?}");
    }
}

#[test]
fn the_qskos_checks_find_what_they_look_for() {
    let t = load(SMALL);
    let turtle = skos::to_turtle(&t, &uris()).unwrap();
    let base = Uris::DEFAULT_BASE;
    // A broken copy: an orphan, a clash, a second Dutch label, a missing language tag.
    let broken = format!(
        "{turtle}\n<{base}role/orphan> a <{SKOS}Concept> ; <{SKOS}prefLabel> \"Wees\"@nl, \"Orphan\"@en, \"Tweede\"@nl ; <{SKOS}definition> \"Geen tag\" .\n<{base}role/class-teacher> <{SKOS}related> <{base}role/teacher> .\n<{base}role/teacher> <{SKOS}related> <{base}role/class-teacher> .\n"
    );
    let findings = qskos_findings(&turtle_graph(&broken));
    for issue in [
        "orphan-concept",
        "relation-clash",
        "inconsistent-preferred-labels",
        "omitted-or-invalid-language-tag",
    ] {
        assert!(
            findings.contains_key(issue),
            "{issue} not found: {findings:#?}"
        );
    }
}

// ---------------------------------------------------------------------------------------------
// SKOS: the NL-SBB profile, run by pySHACL

/// Whether pySHACL is installed (else the test is skipped, or under CI fails).
fn pyshacl() -> bool {
    Path::new(PYTHON).is_file()
        || !skip(
            "pySHACL (tests/python/.venv)",
            "run `python3 -m venv tests/python/.venv && tests/python/.venv/bin/pip install -r tests/python/requirements.txt`",
        )
}

#[test]
fn skos_export_conforms_to_the_nl_sbb_profile() {
    if !pyshacl() {
        return;
    }
    let builtin = Taxonomy::builtin();
    let small = load(SMALL);
    let files = [
        temp_file(
            "builtin.ttl",
            skos::to_turtle(builtin, &uris()).unwrap().as_bytes(),
        ),
        temp_file(
            "builtin.jsonld",
            skos::to_jsonld(builtin, &uris()).unwrap().as_bytes(),
        ),
        temp_file(
            "small.ttl",
            skos::to_turtle(&small, &uris()).unwrap().as_bytes(),
        ),
    ];
    // Two validations at a time: each takes some seconds on the built-in taxonomy.
    let runs: Vec<_> = files
        .iter()
        .map(|file| {
            let child = Command::new(PYTHON)
                .arg("tests/shacl/validate.py")
                .arg(file)
                .stdout(std::process::Stdio::piped())
                .stderr(std::process::Stdio::piped())
                .spawn()
                .expect("python runs");
            (file, child)
        })
        .collect();
    for (file, child) in runs {
        let output = child.wait_with_output().unwrap();
        assert!(
            output.status.success(),
            "pySHACL failed on {}: {}",
            file.display(),
            String::from_utf8_lossy(&output.stderr)
        );
        let report: serde_json::Value = serde_json::from_slice(&output.stdout).unwrap();
        assert_eq!(report["conforms"], true, "{}: {report:#}", file.display());
        // Not only no violations: no warnings and no info either (see docs/export-skos.md).
        assert_eq!(
            report["results"].as_array().map(Vec::len),
            Some(0),
            "{}: {report:#}",
            file.display()
        );
        assert!(report["triples"].as_u64().unwrap() > 100, "{report:#}");
    }
}

#[test]
fn the_nl_sbb_profile_catches_a_broken_export() {
    if !pyshacl() {
        return;
    }
    let small = load(SMALL);
    let turtle = skos::to_turtle(&small, &uris()).unwrap();
    let base = Uris::DEFAULT_BASE;
    // A concept without a definition, and a top concept with a broader one.
    let broken = format!(
        "{turtle}\n<{base}role/no-definition> a <{SKOS}Concept> ; <{SKOS}prefLabel> \"Leeg\"@nl ; <{SKOS}inScheme> <{base}role> ; <{SKOS}topConceptOf> <{base}role> ; <{SKOS}broader> <{base}role/teacher> .\n"
    );
    let file = temp_file("broken.ttl", broken.as_bytes());
    let stdout = succeed(
        Command::new(PYTHON)
            .arg("tests/shacl/validate.py")
            .arg(&file),
    );
    let report: serde_json::Value = serde_json::from_slice(&stdout).unwrap();
    assert_eq!(report["conforms"], false, "{report:#}");
    let components: BTreeSet<&str> = report["results"]
        .as_array()
        .unwrap()
        .iter()
        .filter_map(|r| r["component"].as_str())
        .collect();
    assert!(
        components.contains("http://www.w3.org/ns/shacl#MinCountConstraintComponent"),
        "{report:#}"
    );
    assert!(
        components.contains("http://www.w3.org/ns/shacl#SPARQLConstraintComponent"),
        "{report:#}"
    );
}

// ---------------------------------------------------------------------------------------------
// REFI-QDA codebooks

fn xmllint() -> bool {
    Command::new("xmllint")
        .arg("--version")
        .output()
        .is_ok_and(|o| o.status.success())
}

#[test]
fn codebooks_validate_against_the_refi_qda_xsd() {
    if !xmllint() {
        skip("xmllint", "run `apt-get install -y libxml2-utils`");
        return;
    }
    let mut files = Vec::new();
    for (name, t) in [
        ("builtin", Taxonomy::builtin().clone()),
        ("small", load(SMALL)),
        ("hostile", load(HOSTILE)),
    ] {
        for lang in [Lang::Nl, Lang::En] {
            for deprecated in [Deprecated::Omit, Deprecated::Mark] {
                let mut options = Options::new(lang);
                options.deprecated = deprecated;
                let xml = qdc::to_qdc(&t, &options).unwrap();
                files.push(temp_file(
                    &format!("{name}-{}-{deprecated:?}.qdc", lang.code()),
                    xml.as_bytes(),
                ));
            }
        }
    }
    // The example codebook printed in the REFI-QDA standard validates too: the schema is the
    // standard's.
    files.push(PathBuf::from("tests/fixtures/qdc/sample-from-spec.qdc"));
    succeed(
        Command::new("xmllint")
            .args(["--noout", "--schema", XSD])
            .args(&files),
    );
    // The schema is not a formality: it refuses what a careless writer produces.
    let refused = temp_file(
        "refused.qdc",
        br##"<?xml version="1.0" encoding="UTF-8"?>
<CodeBook xmlns="urn:QDA-XML:codebook:1.0"><Codes><Code guid="not-a-guid" name="x" isCodable="true" color="#12345678"/></Codes><Sets/></CodeBook>
"##,
    );
    let output = Command::new("xmllint")
        .args(["--noout", "--schema", XSD])
        .arg(&refused)
        .output()
        .unwrap();
    assert!(!output.status.success());
}

/// A code as a QDA tool imports it.
#[derive(Debug)]
struct Imported {
    guid: String,
    name: String,
    codable: bool,
    colour: String,
    description: String,
    /// Names of the codes above it, top first.
    path: Vec<String>,
}

/// Reads a codebook as QualCoder's REFI-QDA import does: the namespace must be the codebook's,
/// every `Code` with `isCodable="false"` becomes a category and every other one a code, nested
/// codes under their parent.
fn import(xml: &str) -> Vec<Imported> {
    let doc = roxmltree::Document::parse(xml).expect("well-formed XML");
    let root = doc.root_element();
    assert_eq!(root.tag_name().name(), "CodeBook");
    assert_eq!(root.tag_name().namespace(), Some(qdc::NAMESPACE));
    assert!(
        root.children()
            .all(|c| !c.has_tag_name((qdc::NAMESPACE, "Sets"))),
        "no Sets are written"
    );
    let codes = root
        .children()
        .find(|c| c.has_tag_name((qdc::NAMESPACE, "Codes")))
        .expect("Codes");
    let mut out = Vec::new();
    fn walk(node: roxmltree::Node<'_, '_>, path: &mut Vec<String>, out: &mut Vec<Imported>) {
        for code in node
            .children()
            .filter(|c| c.has_tag_name((qdc::NAMESPACE, "Code")))
        {
            let name = code.attribute("name").unwrap().to_owned();
            let description = code
                .children()
                .find(|c| c.has_tag_name((qdc::NAMESPACE, "Description")))
                .and_then(|d| d.text())
                .unwrap_or("")
                .to_owned();
            out.push(Imported {
                guid: code.attribute("guid").unwrap().to_owned(),
                name: name.clone(),
                codable: code.attribute("isCodable") != Some("false"),
                colour: code.attribute("color").unwrap_or("").to_owned(),
                description,
                path: path.clone(),
            });
            path.push(name);
            walk(code, path, out);
            path.pop();
        }
    }
    walk(codes, &mut Vec::new(), &mut out);
    out
}

#[test]
fn a_qda_tool_imports_one_code_per_live_concept_under_its_facet() {
    let t = Taxonomy::builtin();
    for lang in [Lang::Nl, Lang::En] {
        let codes = import(&qdc::to_qdc(t, &Options::new(lang)).unwrap());
        let names: HashSet<&str> = codes.iter().map(|c| c.name.as_str()).collect();
        assert_eq!(
            names.len(),
            codes.len(),
            "names are unique in the whole codebook"
        );
        let guids: HashSet<&str> = codes.iter().map(|c| c.guid.as_str()).collect();
        assert_eq!(guids.len(), codes.len(), "GUIDs are unique");
        let categories: Vec<&Imported> = codes.iter().filter(|c| !c.codable).collect();
        let facets: Vec<_> = t.tag_facets().collect();
        assert_eq!(categories.len(), facets.len(), "one category per tag facet");
        for (category, f) in categories.iter().zip(&facets) {
            assert_eq!(category.name, f.label.best(lang));
            assert!(category.path.is_empty());
            assert_eq!(category.guid, qdc::guid(&uris().scheme(&f.id)));
        }
        for f in &facets {
            let facet_label = f.label.best(lang);
            let colour = &categories
                .iter()
                .find(|c| c.name == facet_label)
                .unwrap()
                .colour;
            assert!(colour.len() == 7 && colour.starts_with('#'), "{colour}");
            for c in f.concepts.iter().filter(|c| !c.is_deprecated()) {
                let tail = format!("{}/{}", f.id, c.id);
                let found: Vec<&Imported> = codes
                    .iter()
                    .filter(|code| code.description.ends_with(&tail))
                    .collect();
                assert_eq!(found.len(), 1, "{tail}");
                let code = found[0];
                assert!(code.codable, "{tail}");
                assert_eq!(
                    code.path.first().map(String::as_str),
                    Some(facet_label),
                    "{tail}"
                );
                assert_eq!(
                    &code.colour, colour,
                    "{tail}: a facet's codes share its colour"
                );
                assert!(code.name.starts_with(c.label.best(lang)), "{tail}");
                if let Some(b) = &c.broader {
                    let parent = t.concept(&b.value).unwrap();
                    assert!(
                        code.path
                            .last()
                            .unwrap()
                            .starts_with(parent.label.best(lang)),
                        "{tail} hangs under {}",
                        b.value
                    );
                }
                assert_eq!(code.guid, qdc::guid(&uris().concept(&f.id, &c.id)));
                let definition = plain_text(c.definition.best(lang));
                assert!(code.description.starts_with(&definition), "{tail}");
            }
            assert!(
                codes
                    .iter()
                    .filter(|code| code.path.first().map(String::as_str) == Some(facet_label))
                    .count()
                    == f.concepts.iter().filter(|c| !c.is_deprecated()).count(),
                "{}: only live concepts",
                f.id
            );
        }
    }
}

#[test]
fn guids_are_uuidv5_of_the_uri_and_stable_across_releases() {
    // Computed independently: Python's uuid.uuid5(uuid.NAMESPACE_URL, uri).
    assert_eq!(
        qdc::guid("https://w3id.org/jeugdhulp-op-school/role/school-social-worker"),
        "47c4b8c4-fb83-5829-bfaf-6d417ddd35b3"
    );
    assert_eq!(
        qdc::guid("https://w3id.org/jeugdhulp-op-school/intensity"),
        "f625d5a0-0fbf-521b-b3f6-e87d18e06328"
    );
    let first = Taxonomy::releases().first().unwrap().version.to_string();
    let old = Taxonomy::release(&first).unwrap();
    let new = Taxonomy::builtin();
    let mut marked = Options::new(Lang::Nl);
    marked.deprecated = Deprecated::Mark;
    let by_id = |xml: &str| -> HashMap<String, String> {
        import(xml)
            .into_iter()
            .filter_map(|c| {
                let id = c.description.rsplit('/').next()?.to_owned();
                c.description.contains('/').then_some((id, c.guid))
            })
            .collect()
    };
    let old = by_id(&qdc::to_qdc(old, &marked).unwrap());
    let new = by_id(&qdc::to_qdc(new, &marked).unwrap());
    let shared: Vec<&String> = old.keys().filter(|id| new.contains_key(*id)).collect();
    assert!(shared.len() > 50, "{}", shared.len());
    for id in shared {
        assert_eq!(old[id], new[id], "{id} keeps its GUID from {first} to now");
    }
}

#[test]
fn marked_deprecated_codes_cannot_be_applied() {
    let t = load(SMALL);
    let mut options = Options::new(Lang::En);
    options.deprecated = Deprecated::Mark;
    let codes = import(&qdc::to_qdc(&t, &options).unwrap());
    let medium = codes
        .iter()
        .find(|c| c.description.ends_with("intensity/medium"))
        .expect("the deprecated concept is kept");
    assert!(!medium.codable);
    assert_eq!(medium.name, "Medium [deprecated]");
    assert!(
        medium
            .description
            .starts_with("Deprecated since 1.0.0; use: Heavy.")
    );
    let omitted = import(&qdc::to_qdc(&t, &Options::new(Lang::En)).unwrap());
    assert!(
        !omitted
            .iter()
            .any(|c| c.description.ends_with("intensity/medium"))
    );
}

// ---------------------------------------------------------------------------------------------
// The codebook table

#[test]
fn the_codebook_table_has_a_row_per_live_tag_concept() {
    let t = Taxonomy::builtin();
    let text = codebook::to_csv(t, &Options::new(Lang::En)).unwrap();
    let mut reader = csv::Reader::from_reader(text.as_bytes());
    let header: Vec<String> = reader
        .headers()
        .unwrap()
        .iter()
        .map(str::to_owned)
        .collect();
    assert_eq!(header, codebook::COLUMNS);
    let rows: Vec<csv::StringRecord> = reader.records().map(Result::unwrap).collect();
    let live: Vec<_> = t
        .tag_facets()
        .flat_map(|f| f.concepts.iter().filter(|c| !c.is_deprecated()))
        .collect();
    assert_eq!(rows.len(), live.len());
    for (row, c) in rows.iter().zip(&live) {
        assert_eq!(&row[0], c.facet);
        assert_eq!(&row[4], c.id);
        assert_eq!(&row[5], c.label.best(Lang::En));
        assert!(!row[9].is_empty(), "{}: definition", c.id);
        assert_eq!(&row[12], "false");
        assert_eq!(&row[14], uris().concept(&c.facet, &c.id));
        if !row[6].is_empty() {
            assert!(t.concept(&row[6]).is_some(), "{}: parent", c.id);
        }
    }
}

// ---------------------------------------------------------------------------------------------
// The command line

#[test]
fn jos_export_writes_the_committed_files() {
    for (args, expected) in [
        (&["--format", "skos-ttl"][..], "small.ttl"),
        (&["--format", "skos-jsonld"][..], "small.jsonld"),
        (&["--format", "qdc"][..], "small.nl.qdc"),
        (
            &["--format", "qdc", "--lang", "en", "--deprecated", "mark"][..],
            "small.en-marked.qdc",
        ),
        (&["--format", "codebook-csv"][..], "small.codebook.csv"),
    ] {
        let output = Command::new(env!("CARGO_BIN_EXE_jos"))
            .arg("export")
            .args(args)
            .args(["--taxonomy", SMALL])
            .output()
            .unwrap();
        assert!(
            output.status.success(),
            "{args:?}: {}",
            String::from_utf8_lossy(&output.stderr)
        );
        let stored = std::fs::read(Path::new(EXPECTED).join(expected)).unwrap();
        assert!(output.stdout == stored, "{args:?} differs from {expected}");
    }
}

#[test]
fn a_label_in_two_facets_gets_its_facet_in_the_code_name() {
    let text = std::fs::read_to_string(SMALL).unwrap().replace(
        "label: { nl: Luisteren, en: Listening }",
        "label: { nl: Leraar, en: Listening }",
    );
    let loaded = load::load_str("labels.yaml", &text);
    assert!(!loaded.report.has_errors(), "{}", loaded.report);
    let t = loaded.taxonomy.unwrap();
    let nl = import(&qdc::to_qdc(&t, &Options::new(Lang::Nl)).unwrap());
    let names: Vec<&str> = nl.iter().map(|c| c.name.as_str()).collect();
    assert!(names.contains(&"Leraar (Rol)"), "{names:?}");
    assert!(names.contains(&"Leraar (Competentie)"), "{names:?}");
    let en = import(&qdc::to_qdc(&t, &Options::new(Lang::En)).unwrap());
    assert!(
        en.iter().any(|c| c.name == "Teacher"),
        "no clash in English"
    );
}
