//! SKOS following NL-SBB, the Dutch government's standard for describing concepts (Geonovum,
//! NL-SBB 1.0), as Turtle ([`to_turtle`]) or compact JSON-LD ([`to_jsonld`]).
//!
//! Every facet, the begrippen and the definition are each a `skos:ConceptScheme` (`dct:title` and
//! `rdfs:comment` in every language, `owl:versionInfo`). Every concept is a `skos:Concept` with
//! `skos:inScheme`, `skos:topConceptOf` where it has no broader concept,
//! `skos:prefLabel`, `skos:altLabel` (synonyms and abbreviations: NL-SBB has no abbreviation
//! property), `skos:notation` (its id), `skos:definition`, `skos:scopeNote`, `skos:example`,
//! `skos:broader` and `skos:narrower` both ways, and `dct:source` to a `foaf:Document` with
//! `dct:title` (in the source's `language`, else the taxonomy's first language),
//! `dct:bibliographicCitation` and `foaf:page`. A typed relation is a property of
//! the project's own vocabulary declared `rdfs:subPropertyOf skos:related`; `skos:related` is
//! written too, both ways, for tools that do not reason. A deprecated concept has
//! `owl:deprecated true` (a typed boolean), `dct:isReplacedBy` and its reason as
//! `skos:historyNote`; it keeps its place in its scheme. `since` becomes
//! `dct:created`, typed `xsd:date`, when the history gives that release's date.
//!
//! Versions follow NL-SBB's versioning proposal (variant B): the unversioned taxonomy is a
//! `dcat:Dataset` at the base URI, each release a `dcat:Dataset` that `dct:isVersionOf` it, and
//! schemes and concepts are `rdfs:isDefinedBy` the release that describes them. Texts are
//! written as plain text (Markdown links and emphasis dropped) and every text is
//! language-tagged. The same taxonomy gives the same bytes.
//!
//! ```
//! use jos_exchange::{Uris, skos};
//! use jos_taxonomy::Taxonomy;
//!
//! let jsonld = skos::to_jsonld(Taxonomy::builtin(), &Uris::default()).unwrap();
//! let doc: serde_json::Value = serde_json::from_str(&jsonld).unwrap();
//! assert!(doc["@context"]["prefLabel"].is_object());
//! ```

use std::collections::{BTreeMap, HashMap};

use jos_taxonomy::model::{Concept, Definition, Facet, Taxonomy};
use jos_taxonomy::text::plain_text;
use jos_taxonomy::{TextLists, Texts};
use oxrdf::{LiteralRef, NamedNode, NamedNodeRef, TripleRef};
use serde_json::{Map, Value, json};

use crate::{Error, Uris};

const RDF: &str = "http://www.w3.org/1999/02/22-rdf-syntax-ns#";
const PREFIXES: [(&str, &str); 9] = [
    ("rdf", RDF),
    ("rdfs", "http://www.w3.org/2000/01/rdf-schema#"),
    ("xsd", "http://www.w3.org/2001/XMLSchema#"),
    ("owl", "http://www.w3.org/2002/07/owl#"),
    ("skos", "http://www.w3.org/2004/02/skos/core#"),
    ("dct", "http://purl.org/dc/terms/"),
    ("foaf", "http://xmlns.com/foaf/0.1/"),
    ("dcat", "http://www.w3.org/ns/dcat#"),
    ("adms", "http://www.w3.org/ns/adms#"),
];

/// How a property's values are written in JSON-LD (and which kind of RDF term they are).
#[derive(Clone, Copy, PartialEq, Eq, Debug)]
enum Kind {
    /// `rdf:type`, written as `@type`.
    Type,
    /// IRIs.
    Ref,
    /// Language-tagged strings, a language map in JSON-LD.
    Lang,
    /// Plain strings, booleans and integers (JSON's own types).
    Plain,
    /// `xsd:date` literals.
    Date,
}

/// The properties the export uses, in the order they are written within a node.
/// (prefix, local name, JSON-LD term, kind)
const PROPERTIES: &[(&str, &str, &str, Kind)] = &[
    ("rdf", "type", "@type", Kind::Type),
    ("skos", "notation", "notation", Kind::Plain),
    ("skos", "prefLabel", "prefLabel", Kind::Lang),
    ("skos", "altLabel", "altLabel", Kind::Lang),
    ("dct", "title", "title", Kind::Lang),
    ("rdfs", "label", "label", Kind::Lang),
    ("skos", "definition", "definition", Kind::Lang),
    ("rdfs", "comment", "comment", Kind::Lang),
    ("dct", "description", "description", Kind::Lang),
    ("skos", "scopeNote", "scopeNote", Kind::Lang),
    ("def", "question", "question", Kind::Lang),
    ("def", "decisionRule", "decisionRule", Kind::Lang),
    ("skos", "example", "example", Kind::Lang),
    ("skos", "editorialNote", "editorialNote", Kind::Lang),
    ("skos", "historyNote", "historyNote", Kind::Lang),
    ("adms", "versionNotes", "versionNotes", Kind::Lang),
    (
        "dct",
        "bibliographicCitation",
        "bibliographicCitation",
        Kind::Plain,
    ),
    ("foaf", "name", "name", Kind::Plain),
    ("foaf", "page", "page", Kind::Ref),
    ("def", "position", "position", Kind::Plain),
    ("skos", "inScheme", "inScheme", Kind::Ref),
    ("skos", "topConceptOf", "topConceptOf", Kind::Ref),
    ("skos", "hasTopConcept", "hasTopConcept", Kind::Ref),
    ("skos", "broader", "broader", Kind::Ref),
    ("skos", "narrower", "narrower", Kind::Ref),
    ("skos", "related", "related", Kind::Ref),
    ("owl", "deprecated", "deprecated", Kind::Plain),
    ("dct", "isReplacedBy", "isReplacedBy", Kind::Ref),
    ("dct", "source", "source", Kind::Ref),
    ("dct", "created", "created", Kind::Date),
    ("dct", "issued", "issued", Kind::Date),
    ("owl", "versionInfo", "versionInfo", Kind::Plain),
    ("dct", "isVersionOf", "isVersionOf", Kind::Ref),
    ("dct", "isPartOf", "isPartOf", Kind::Ref),
    ("rdfs", "isDefinedBy", "isDefinedBy", Kind::Ref),
    ("rdfs", "subPropertyOf", "subPropertyOf", Kind::Ref),
    ("dct", "license", "license", Kind::Ref),
    ("dct", "publisher", "publisher", Kind::Ref),
];

/// A property: a fixed one (index into [`PROPERTIES`]) or a relation kind of the taxonomy.
#[derive(Clone, PartialEq, Eq, PartialOrd, Ord, Debug)]
enum Prop {
    Fixed(usize),
    Relation(String),
}

fn p(local: &str) -> Prop {
    let i = PROPERTIES
        .iter()
        .position(|(_, l, _, _)| *l == local)
        .unwrap_or_else(|| unreachable!("property {local} is in PROPERTIES"));
    Prop::Fixed(i)
}

/// An RDF object.
#[derive(Clone, PartialEq, Eq, Debug)]
enum Obj {
    Iri(String),
    Lang(String, String),
    Str(String),
    Bool(bool),
    Int(u32),
    Date(String),
}

#[derive(Debug)]
struct Node {
    iri: String,
    props: Vec<(Prop, Obj)>,
}

impl Node {
    fn new(iri: String, class: &str) -> Self {
        let mut node = Node {
            iri,
            props: Vec::new(),
        };
        node.add(p("type"), Obj::Iri(class.to_owned()));
        node
    }

    fn add(&mut self, prop: Prop, obj: Obj) {
        if !self.props.iter().any(|(q, o)| *q == prop && *o == obj) {
            self.props.push((prop, obj));
        }
    }

    fn iri(&mut self, local: &str, iri: String) {
        self.add(p(local), Obj::Iri(iri));
    }

    /// Plain texts (labels, a coder's question), whitespace collapsed.
    fn texts(&mut self, local: &str, texts: &Texts) {
        for (lang, text) in texts.iter() {
            let value = one_line(&text.value);
            if !value.is_empty() {
                self.add(p(local), Obj::Lang(value, lang.to_owned()));
            }
        }
    }

    /// Markdown texts (definitions, notes), as plain text.
    fn markdown(&mut self, local: &str, texts: &Texts) {
        for (lang, text) in texts.iter() {
            let value = plain_text(&text.value);
            if !value.is_empty() {
                self.add(p(local), Obj::Lang(value, lang.to_owned()));
            }
        }
    }

    /// A concept's notation, preferred labels, and alternative labels (synonyms and
    /// abbreviations) that differ from its preferred label.
    fn labels(&mut self, id: &str, label: &Texts, alt: &TextLists, abbreviations: &TextLists) {
        self.add(p("notation"), Obj::Str(id.to_owned()));
        self.texts("prefLabel", label);
        for (lang, text) in alt.iter().chain(abbreviations.iter()) {
            let value = one_line(&text.value);
            if label.get_code(lang).map(one_line).as_deref() != Some(value.as_str()) {
                self.add(p("altLabel"), Obj::Lang(value, lang.to_owned()));
            }
        }
    }

    fn lists(&mut self, local: &str, lists: &TextLists) {
        for (lang, text) in lists.iter() {
            let value = one_line(&text.value);
            if !value.is_empty() {
                self.add(p(local), Obj::Lang(value, lang.to_owned()));
            }
        }
    }

    /// The properties in writing order: by property, then as added.
    fn sorted(&self) -> Vec<&(Prop, Obj)> {
        let mut props: Vec<&(Prop, Obj)> = self.props.iter().collect();
        props.sort_by(|a, b| a.0.cmp(&b.0));
        props
    }
}

/// A whole export: prefixes and nodes in writing order.
struct Graph {
    prefixes: Vec<(String, String)>,
    vocabulary: String,
    nodes: Vec<Node>,
}

/// A plain text on one line, as a label is shown.
fn one_line(s: &str) -> String {
    s.split_whitespace().collect::<Vec<_>>().join(" ")
}

fn expand(vocabulary: &str, prefix: &str, local: &str) -> String {
    if prefix == "def" {
        return format!("{vocabulary}{local}");
    }
    let ns = PREFIXES
        .iter()
        .find(|(p, _)| *p == prefix)
        .map_or("", |(_, ns)| ns);
    format!("{ns}{local}")
}

fn skos(local: &str) -> String {
    format!("http://www.w3.org/2004/02/skos/core#{local}")
}

/// The SPDX licence list's URI for a licence identifier.
fn licence_uri(spdx: &str) -> String {
    format!("http://spdx.org/licenses/{spdx}")
}

fn build(t: &Taxonomy, uris: &Uris) -> Result<Graph, Error> {
    for f in t.facets() {
        Uris::check_facet(&f.id)?;
    }
    let vocabulary = uris.vocabulary();
    let version = t.version().to_string();
    let release = uris.release(&version);
    let dates: HashMap<&str, &str> = t
        .history()
        .iter()
        .map(|h| (h.version.as_str(), h.date.as_str()))
        .collect();
    let concept_uri =
        |id: &str| -> Option<String> { t.concept(id).map(|c| uris.concept(&c.facet, &c.id)) };

    let mut prefixes: Vec<(String, String)> = PREFIXES
        .iter()
        .filter(|(p, _)| *p != "rdf")
        .map(|(p, ns)| ((*p).to_owned(), (*ns).to_owned()))
        .collect();
    prefixes.push(("jos".to_owned(), uris.base().to_owned()));
    prefixes.push(("josdef".to_owned(), vocabulary.clone()));
    prefixes.push(("release".to_owned(), uris.release("")));
    prefixes.push(("source".to_owned(), uris.source("")));
    for f in t.facets() {
        if !prefixes.iter().any(|(p, _)| *p == f.id) {
            prefixes.push((f.id.clone(), format!("{}/", uris.scheme(&f.id))));
        }
    }

    let mut nodes = Vec::new();

    // The unversioned taxonomy and this release of it.
    let mut dataset = Node::new(uris.taxonomy(), "http://www.w3.org/ns/dcat#Dataset");
    dataset.texts("title", t.title());
    dataset.markdown("description", t.description());
    dataset.iri("license", licence_uri(t.licence()));
    dataset.iri("publisher", format!("{}publisher", uris.base()));
    nodes.push(dataset);
    let mut publisher = Node::new(
        format!("{}publisher", uris.base()),
        "http://xmlns.com/foaf/0.1/Agent",
    );
    publisher.add(p("name"), Obj::Str(t.publisher().to_owned()));
    nodes.push(publisher);
    let mut version_node = Node::new(release.clone(), "http://www.w3.org/ns/dcat#Dataset");
    for (lang, title) in t.title().iter() {
        version_node.add(
            p("title"),
            Obj::Lang(format!("{} {version}", title.value), lang.to_owned()),
        );
    }
    if let Some(entry) = t.history().iter().find(|h| h.version == version) {
        version_node.texts("versionNotes", &entry.summary);
    }
    version_node.add(p("versionInfo"), Obj::Str(version.clone()));
    if let Some(date) = dates.get(version.as_str()) {
        version_node.add(p("issued"), Obj::Date((*date).to_owned()));
    }
    version_node.iri("isVersionOf", uris.taxonomy());
    version_node.iri("license", licence_uri(t.licence()));
    nodes.push(version_node);

    // The project's own properties.
    for kind in t.relation_kinds().iter().filter(|k| k.id != "related") {
        let mut node = Node::new(
            format!("{vocabulary}{}", kind.id),
            "http://www.w3.org/2002/07/owl#ObjectProperty",
        );
        node.texts("label", &kind.label);
        node.texts("comment", &kind.definition);
        node.iri("subPropertyOf", skos("related"));
        node.iri("isDefinedBy", vocabulary.clone());
        nodes.push(node);
    }
    nodes.extend(own_properties(&vocabulary));

    // Facets and their concepts, in display order (the begrippen where they stand).
    for f in t.facets() {
        let scheme = uris.scheme(&f.id);
        let mut node = Node::new(scheme.clone(), &skos("ConceptScheme"));
        node.add(p("notation"), Obj::Str(f.id.clone()));
        node.texts("title", &f.label);
        node.markdown("comment", &f.definition);
        node.texts("question", &f.question);
        node.markdown("decisionRule", &f.decision_rule);
        for c in tops(f) {
            node.iri("hasTopConcept", uris.concept(&f.id, &c.id));
        }
        node.add(p("versionInfo"), Obj::Str(version.clone()));
        node.iri("isPartOf", uris.taxonomy());
        node.iri("isDefinedBy", release.clone());
        nodes.push(node);
        let narrower = children(f);
        for c in &f.concepts {
            let mut node = concept(t, uris, &concept_uri, &dates, c, &scheme)?;
            for child in narrower.get(c.id.as_str()).into_iter().flatten() {
                node.iri("narrower", uris.concept(&f.id, child));
            }
            node.iri("isDefinedBy", release.clone());
            nodes.push(node);
        }
    }
    // `skos:related` both ways: SKOS makes it symmetric, and browsers do not reason.
    let mut inverse: Vec<(String, String)> = Vec::new();
    for node in &nodes {
        for (prop, obj) in &node.props {
            if let (Prop::Fixed(_), Obj::Iri(target)) = (prop, obj)
                && *prop == p("related")
            {
                inverse.push((target.clone(), node.iri.clone()));
            }
        }
    }
    let at: HashMap<String, usize> = nodes
        .iter()
        .enumerate()
        .map(|(i, n)| (n.iri.clone(), i))
        .collect();
    for (target, from) in inverse {
        if let Some(&i) = at.get(&target) {
            nodes[i].iri("related", from);
        }
    }

    if let Some(d) = t.definition() {
        nodes.extend(definition(t, uris, &dates, d, &release));
    }

    for s in t.sources() {
        let mut node = Node::new(uris.source(&s.id), "http://xmlns.com/foaf/0.1/Document");
        let citation = s.citation.split_whitespace().collect::<Vec<_>>().join(" ");
        let language = s.language.clone().unwrap_or_else(|| source_language(t));
        node.add(p("title"), Obj::Lang(citation.clone(), language));
        node.add(p("bibliographicCitation"), Obj::Str(citation));
        if let Some(url) = &s.url
            && NamedNode::new(url.as_str()).is_ok()
        {
            node.iri("page", url.clone());
        }
        nodes.push(node);
    }

    for node in &nodes {
        NamedNode::new(node.iri.as_str()).map_err(|e| Error::Iri {
            iri: node.iri.clone(),
            what: "a node".to_owned(),
            reason: e.to_string(),
        })?;
    }
    Ok(Graph {
        prefixes,
        vocabulary,
        nodes,
    })
}

/// The language of a source that does not name its own: the taxonomy's authoritative language.
fn source_language(t: &Taxonomy) -> String {
    t.languages()
        .first()
        .cloned()
        .unwrap_or_else(|| "nl".to_owned())
}

/// The properties the export declares besides the relation kinds.
fn own_properties(vocabulary: &str) -> Vec<Node> {
    let declare = |name: &str, class: &str, nl: &str, en: &str, parent: Option<&str>| {
        let mut node = Node::new(format!("{vocabulary}{name}"), class);
        node.add(p("label"), Obj::Lang(nl.to_owned(), "nl".to_owned()));
        node.add(p("label"), Obj::Lang(en.to_owned(), "en".to_owned()));
        if let Some(parent) = parent {
            node.iri("subPropertyOf", skos(parent));
        }
        node.iri("isDefinedBy", vocabulary.to_owned());
        node
    };
    let datatype = "http://www.w3.org/2002/07/owl#DatatypeProperty";
    let annotation = "http://www.w3.org/2002/07/owl#AnnotationProperty";
    vec![
        declare(
            "question",
            annotation,
            "vraag voor de codeur",
            "coder's question",
            Some("scopeNote"),
        ),
        declare(
            "decisionRule",
            annotation,
            "beslisregel",
            "decision rule",
            Some("scopeNote"),
        ),
        declare(
            "position",
            datatype,
            "plaats op de schaal",
            "position on the scale",
            None,
        ),
    ]
}

/// The concepts of a facet that are top concepts: those without a broader concept (deprecated
/// ones too: they keep their place, and browsers such as Skosmos hide deprecated concepts).
fn tops(f: &Facet) -> impl Iterator<Item = &Concept> {
    f.concepts.iter().filter(|c| c.broader.is_none())
}

/// Each concept's narrower concepts, in display order.
fn children(f: &Facet) -> HashMap<&str, Vec<&str>> {
    let mut map: HashMap<&str, Vec<&str>> = HashMap::new();
    for c in &f.concepts {
        if let Some(b) = &c.broader {
            map.entry(b.value.as_str()).or_default().push(c.id.as_str());
        }
    }
    map
}

fn concept(
    t: &Taxonomy,
    uris: &Uris,
    concept_uri: &dyn Fn(&str) -> Option<String>,
    dates: &HashMap<&str, &str>,
    c: &Concept,
    scheme: &str,
) -> Result<Node, Error> {
    let iri = uris.concept(&c.facet, &c.id);
    let missing = |id: &str| Error::Iri {
        iri: id.to_owned(),
        what: format!("a concept that `{}` refers to", c.id),
        reason: "no concept has this id".to_owned(),
    };
    let mut node = Node::new(iri, &skos("Concept"));
    node.labels(&c.id, &c.label, &c.alt_labels, &c.abbreviations);
    node.markdown("definition", &c.definition);
    node.markdown("scopeNote", &c.scope_note);
    node.lists("example", &c.examples);
    node.iri("inScheme", scheme.to_owned());
    if c.broader.is_none() {
        node.iri("topConceptOf", scheme.to_owned());
    }
    if let Some(b) = &c.broader {
        node.iri(
            "broader",
            concept_uri(&b.value).ok_or_else(|| missing(&b.value))?,
        );
    }
    for r in &c.related {
        let target = concept_uri(&r.target.value).ok_or_else(|| missing(&r.target.value))?;
        if r.kind.value != "related" {
            node.add(
                Prop::Relation(r.kind.value.clone()),
                Obj::Iri(target.clone()),
            );
        }
        node.iri("related", target);
    }
    if let Some(position) = &c.position {
        node.add(p("position"), Obj::Int(position.value));
    }
    if let Some(d) = &c.deprecated {
        node.add(p("deprecated"), Obj::Bool(true));
        for r in &d.replaced_by {
            node.iri(
                "isReplacedBy",
                concept_uri(&r.value).ok_or_else(|| missing(&r.value))?,
            );
        }
        node.markdown("historyNote", &d.reason);
    }
    for s in &c.sources {
        if t.source(&s.value).is_some() {
            node.iri("source", uris.source(&s.value));
        }
    }
    if let Some(date) = c.since.as_ref().and_then(|s| dates.get(s.value.as_str())) {
        node.add(p("created"), Obj::Date((*date).to_owned()));
    }
    Ok(node)
}

/// The words for a classification class, per language.
fn class_word(class: jos_taxonomy::model::Class, lang: &str) -> &'static str {
    use jos_taxonomy::model::Class;
    match (class, lang) {
        (Class::Core, "nl") => "Binnen de definitie",
        (Class::Adjacent, "nl") => "Grenst aan de definitie",
        (Class::Outside, "nl") => "Buiten de definitie",
        (Class::Core, _) => "Inside the definition",
        (Class::Adjacent, _) => "Adjacent to the definition",
        (_, _) => "Outside the definition",
    }
}

/// The definition of the subject: its own scheme with one top concept. The criteria and the
/// classified forms are scope notes, the open questions editorial notes.
fn definition(
    t: &Taxonomy,
    uris: &Uris,
    dates: &HashMap<&str, &str>,
    d: &Definition,
    release: &str,
) -> Vec<Node> {
    let scheme = uris.definition_scheme();
    let iri = uris.definition(&d.id);
    let mut s = Node::new(scheme.clone(), &skos("ConceptScheme"));
    s.texts("title", &d.label);
    s.markdown("comment", &d.definition);
    s.iri("hasTopConcept", iri.clone());
    s.add(p("versionInfo"), Obj::Str(t.version().to_string()));
    s.iri("isPartOf", uris.taxonomy());
    s.iri("isDefinedBy", release.to_owned());
    let mut c = Node::new(iri, &skos("Concept"));
    c.labels(&d.id, &d.label, &d.alt_labels, &d.abbreviations);
    c.markdown("definition", &d.definition);
    c.markdown("scopeNote", &d.scope_note);
    for criterion in &d.criteria {
        for (lang, text) in criterion.text.iter() {
            let label = criterion.label.get_code(lang).unwrap_or(&criterion.id);
            let note = format!("{}: {}", one_line(label), plain_text(&text.value));
            c.add(p("scopeNote"), Obj::Lang(note, lang.to_owned()));
        }
    }
    for form in &d.classification {
        for (lang, reasoning) in form.reasoning.iter() {
            let label = form.label.get_code(lang).unwrap_or(&form.id);
            let note = format!(
                "{}: {}. {}",
                class_word(form.class, lang),
                one_line(label),
                plain_text(&reasoning.value)
            );
            c.add(p("scopeNote"), Obj::Lang(note, lang.to_owned()));
        }
    }
    for q in &d.questions {
        c.markdown("editorialNote", &q.text);
    }
    c.iri("inScheme", scheme.clone());
    c.iri("topConceptOf", scheme);
    for source in &d.sources {
        if t.source(&source.value).is_some() {
            c.iri("source", uris.source(&source.value));
        }
    }
    if let Some(date) = d.since.as_ref().and_then(|v| dates.get(v.value.as_str())) {
        c.add(p("created"), Obj::Date((*date).to_owned()));
    }
    c.iri("isDefinedBy", release.to_owned());
    vec![s, c]
}

fn predicate_iri(vocabulary: &str, prop: &Prop) -> String {
    match prop {
        Prop::Fixed(i) => {
            let (prefix, local, _, _) = PROPERTIES[*i];
            expand(vocabulary, prefix, local)
        }
        Prop::Relation(kind) => format!("{vocabulary}{kind}"),
    }
}

/// The taxonomy as SKOS in Turtle, with prefixes, one block per resource.
///
/// Fails only when `uris` would make a clash or an invalid IRI (see [`Error`]).
pub fn to_turtle(t: &Taxonomy, uris: &Uris) -> Result<String, Error> {
    let graph = build(t, uris)?;
    let mut serializer = oxttl::TurtleSerializer::new();
    for (prefix, ns) in &graph.prefixes {
        serializer = serializer.with_prefix(prefix, ns).map_err(|e| Error::Iri {
            iri: ns.clone(),
            what: format!("the prefix `{prefix}`"),
            reason: e.to_string(),
        })?;
    }
    let mut writer = serializer.for_writer(Vec::new());
    let xsd_date = NamedNodeRef::new_unchecked("http://www.w3.org/2001/XMLSchema#date");
    let xsd_integer = NamedNodeRef::new_unchecked("http://www.w3.org/2001/XMLSchema#integer");
    let xsd_boolean = NamedNodeRef::new_unchecked("http://www.w3.org/2001/XMLSchema#boolean");
    for node in &graph.nodes {
        let subject = NamedNodeRef::new_unchecked(&node.iri);
        for (prop, obj) in node.sorted() {
            let predicate = predicate_iri(&graph.vocabulary, prop);
            let predicate = NamedNodeRef::new_unchecked(&predicate);
            let number;
            let object: oxrdf::TermRef<'_> = match obj {
                Obj::Iri(iri) => NamedNodeRef::new_unchecked(iri).into(),
                Obj::Lang(value, lang) => {
                    LiteralRef::new_language_tagged_literal_unchecked(value, lang).into()
                }
                Obj::Str(value) => LiteralRef::new_simple_literal(value).into(),
                Obj::Bool(b) => {
                    LiteralRef::new_typed_literal(if *b { "true" } else { "false" }, xsd_boolean)
                        .into()
                }
                Obj::Int(n) => {
                    number = n.to_string();
                    LiteralRef::new_typed_literal(&number, xsd_integer).into()
                }
                Obj::Date(date) => LiteralRef::new_typed_literal(date, xsd_date).into(),
            };
            writer
                .serialize_triple(TripleRef::new(subject, predicate, object))
                .unwrap_or_else(|e| unreachable!("writing to memory cannot fail: {e}"));
        }
    }
    let bytes = writer
        .finish()
        .unwrap_or_else(|e| unreachable!("writing to memory cannot fail: {e}"));
    Ok(String::from_utf8(bytes).unwrap_or_else(|e| unreachable!("Turtle is UTF-8: {e}")))
}

/// The JSON-LD `@context` of [`to_jsonld`]: the prefixes, and a term per property the export
/// uses (`prefLabel` is a language map, `broader` an IRI, `created` an `xsd:date`, ...).
pub fn jsonld_context(uris: &Uris) -> Value {
    let vocabulary = uris.vocabulary();
    let mut context = Map::new();
    context.insert("@version".to_owned(), json!(1.1));
    for (prefix, ns) in PREFIXES {
        context.insert(prefix.to_owned(), json!(ns));
    }
    context.insert("jos".to_owned(), json!(uris.base()));
    context.insert("josdef".to_owned(), json!(vocabulary));
    for (prefix, local, term, kind) in PROPERTIES {
        let id = format!(
            "{}:{local}",
            if *prefix == "def" { "josdef" } else { prefix }
        );
        let definition = match kind {
            Kind::Type => continue,
            Kind::Ref => json!({ "@id": id, "@type": "@id" }),
            Kind::Lang => json!({ "@id": id, "@container": "@language" }),
            Kind::Plain => json!(id),
            Kind::Date => json!({ "@id": id, "@type": "xsd:date" }),
        };
        context.insert((*term).to_owned(), definition);
    }
    Value::Object(context)
}

/// The taxonomy as SKOS in compact JSON-LD: one `@context` ([`jsonld_context`]) and a
/// `@graph` with a node per resource, in the same order as the Turtle. Relation kinds are
/// written with their compact IRI (`josdef:typical-role`) as the key.
///
/// Fails only when `uris` would make a clash or an invalid IRI (see [`Error`]).
pub fn to_jsonld(t: &Taxonomy, uris: &Uris) -> Result<String, Error> {
    let graph = build(t, uris)?;
    let mut nodes = Vec::with_capacity(graph.nodes.len());
    for node in &graph.nodes {
        let mut object = Map::new();
        object.insert("@id".to_owned(), json!(node.iri));
        let mut by_key: BTreeMap<(Prop, String), Vec<&Obj>> = BTreeMap::new();
        for (prop, obj) in node.sorted() {
            let key = match prop {
                Prop::Fixed(i) => PROPERTIES[*i].2.to_owned(),
                Prop::Relation(kind) => format!("josdef:{kind}"),
            };
            by_key.entry((prop.clone(), key)).or_default().push(obj);
        }
        for ((prop, key), objs) in by_key {
            let kind = match prop {
                Prop::Fixed(i) => PROPERTIES[i].3,
                Prop::Relation(_) => Kind::Ref,
            };
            let value = match kind {
                Kind::Type => one_or_many(objs.iter().map(|o| json!(compact_type(o))).collect()),
                Kind::Ref if matches!(prop, Prop::Relation(_)) => {
                    one_or_many(objs.iter().map(|o| json!({ "@id": iri_of(o) })).collect())
                }
                Kind::Ref => one_or_many(objs.iter().map(|o| json!(iri_of(o))).collect()),
                Kind::Lang => {
                    let mut map: BTreeMap<&str, Vec<&str>> = BTreeMap::new();
                    for o in &objs {
                        if let Obj::Lang(value, lang) = o {
                            map.entry(lang).or_default().push(value);
                        }
                    }
                    Value::Object(
                        map.into_iter()
                            .map(|(lang, values)| {
                                let values = values.into_iter().map(|v| json!(v)).collect();
                                (lang.to_owned(), one_or_many(values))
                            })
                            .collect(),
                    )
                }
                Kind::Plain | Kind::Date => one_or_many(
                    objs.iter()
                        .map(|o| match o {
                            Obj::Str(s) | Obj::Date(s) => json!(s),
                            Obj::Bool(b) => json!(b),
                            Obj::Int(n) => json!(n),
                            Obj::Iri(s) | Obj::Lang(s, _) => json!(s),
                        })
                        .collect(),
                ),
            };
            object.insert(key, value);
        }
        nodes.push(Value::Object(object));
    }
    let doc = json!({ "@context": jsonld_context(uris), "@graph": nodes });
    let mut text = serde_json::to_string_pretty(&doc)
        .unwrap_or_else(|e| unreachable!("a JSON value serialises: {e}"));
    text.push('\n');
    Ok(text)
}

fn one_or_many(mut values: Vec<Value>) -> Value {
    if values.len() == 1 {
        values.remove(0)
    } else {
        Value::Array(values)
    }
}

fn iri_of(o: &Obj) -> &str {
    match o {
        Obj::Iri(s) | Obj::Str(s) | Obj::Date(s) | Obj::Lang(s, _) => s,
        Obj::Bool(_) | Obj::Int(_) => "",
    }
}

/// A class IRI as a compact IRI with one of the fixed prefixes.
fn compact_type(o: &Obj) -> String {
    let iri = iri_of(o);
    PREFIXES
        .iter()
        .find_map(|(prefix, ns)| iri.strip_prefix(ns).map(|l| format!("{prefix}:{l}")))
        .unwrap_or_else(|| iri.to_owned())
}
