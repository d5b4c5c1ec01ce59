//! Renders the built-in taxonomy as Rust data (`crates/taxonomy/src/generated/builtin.rs`),
//! in the shapes that `crates/taxonomy/src/builtin.rs` declares and turns into the model.

use std::fmt::Write as _;

use jos_taxonomy::lang::{TextLists, Texts};
use jos_taxonomy::model::{Cardinality, Concept, FacetKind, Located, Location, Taxonomy};

use crate::header;

/// The generated file's content. `root` is the workspace root: locations are written relative
/// to it (`taxonomy/facets/role.yaml`), so the file does not depend on where it was made.
pub fn render(taxonomy: &Taxonomy, root: &str) -> String {
    let mut s = header();
    s.push_str(
        "//! The built-in taxonomy as static tables; see `crates/taxonomy/src/builtin.rs`.\n\n",
    );
    s.push_str("use super::*;\n\n");
    s.push_str(&statics(taxonomy, root));
    s
}

/// The frozen releases (oldest first, each with its date) as one generated file: a module per
/// release with the same tables as the built-in taxonomy, and the list `RELEASES`.
pub fn render_releases(releases: &[(String, String, Taxonomy)], root: &str) -> String {
    let mut s = header();
    s.push_str("//! The frozen releases (`taxonomy/releases/*.json`) as static tables; see\n//! `crates/taxonomy/src/builtin.rs`.\n\n");
    s.push_str("use super::*;\n\npub(crate) static RELEASES: &[SRelease] = &[\n");
    for (version, date, _) in releases {
        let m = module(version);
        let _ = writeln!(
            s,
            "    SRelease {{ version: {version:?}, date: {date:?}, files: {m}::FILES, taxonomy: &{m}::TAXONOMY }},"
        );
    }
    s.push_str("];\n");
    for (version, _, taxonomy) in releases {
        let _ = write!(
            s,
            "\nmod {} {{\nuse crate::builtin::*;\n\n{}}}\n",
            module(version),
            statics(taxonomy, root)
        );
    }
    s
}

fn module(version: &str) -> String {
    format!("v{}", version.replace(['.', '-', '+'], "_"))
}

/// `FILES` and `TAXONOMY`: the file table and the taxonomy's tables.
fn statics(taxonomy: &Taxonomy, root: &str) -> String {
    let mut w = Writer {
        files: Vec::new(),
        root: format!("{}/", root.trim_end_matches('/')),
    };
    let body = w.taxonomy(taxonomy);
    let mut s = String::from("pub(crate) static FILES: &[&str] = &[\n");
    for f in &w.files {
        let _ = writeln!(s, "    {f:?},");
    }
    s.push_str("];\n\n");
    let _ = writeln!(s, "pub(crate) static TAXONOMY: STaxonomy = {body};");
    s
}

struct Writer {
    files: Vec<String>,
    root: String,
}

impl Writer {
    fn at(&mut self, l: &Location) -> String {
        let file = l.file.strip_prefix(self.root.as_str()).unwrap_or(&l.file);
        let index = match self.files.iter().position(|f| f == file) {
            Some(i) => i,
            None => {
                self.files.push(file.to_owned());
                self.files.len() - 1
            }
        };
        format!("L({index}, {}, {})", l.line, l.column)
    }

    fn s(&mut self, s: &Located<String>) -> String {
        format!("S({:?}, {})", s.value, self.at(&s.location))
    }

    fn opt_s(&mut self, s: Option<&Located<String>>) -> String {
        match s {
            Some(s) => format!("Some({})", self.s(s)),
            None => "None".to_owned(),
        }
    }

    fn list(&mut self, list: &[Located<String>]) -> String {
        let items: Vec<String> = list.iter().map(|s| self.s(s)).collect();
        format!("&[{}]", items.join(", "))
    }

    fn texts(&mut self, t: &Texts) -> String {
        let items: Vec<String> = t
            .iter()
            .map(|(lang, text)| {
                format!("T({lang:?}, {:?}, {})", text.value, self.at(&text.location))
            })
            .collect();
        format!("&[{}]", items.join(", "))
    }

    fn text_lists(&mut self, t: &TextLists) -> String {
        let items: Vec<String> = t
            .iter()
            .map(|(lang, text)| {
                format!("T({lang:?}, {:?}, {})", text.value, self.at(&text.location))
            })
            .collect();
        format!("&[{}]", items.join(", "))
    }

    fn opt_str(s: Option<&String>) -> String {
        s.map_or_else(|| "None".to_owned(), |s| format!("Some({s:?})"))
    }

    fn taxonomy(&mut self, t: &Taxonomy) -> String {
        let mut s = String::from("STaxonomy {\n");
        let _ = writeln!(s, "    id: {:?},", t.id());
        let _ = writeln!(s, "    version: {:?},", t.version().to_string());
        let _ = writeln!(s, "    title: {},", self.texts(t.title()));
        let _ = writeln!(s, "    description: {},", self.texts(t.description()));
        let _ = writeln!(s, "    languages: &{:?},", t.languages());
        let _ = writeln!(s, "    licence: {:?},", t.licence());
        let _ = writeln!(s, "    publisher: {:?},", t.publisher());
        s.push_str("    relation_kinds: &[\n");
        for k in t.relation_kinds() {
            let (label, definition) = (self.texts(&k.label), self.texts(&k.definition));
            let (from, to, at) = (self.list(&k.from), self.list(&k.to), self.at(&k.location));
            let _ = writeln!(
                s,
                "        SRelationKind {{ id: {:?}, label: {label}, definition: {definition}, from: {from}, to: {to}, at: {at} }},",
                k.id
            );
        }
        s.push_str("    ],\n    sources: &[\n");
        for src in t.sources() {
            let at = self.at(&src.location);
            let _ = writeln!(
                s,
                "        SSource {{ id: {:?}, citation: {:?}, url: {}, accessed: {}, language: {}, at: {at} }},",
                src.id,
                src.citation,
                Self::opt_str(src.url.as_ref()),
                Self::opt_str(src.accessed.as_ref()),
                Self::opt_str(src.language.as_ref())
            );
        }
        s.push_str("    ],\n    facets: &[\n");
        for f in t.facets() {
            let (label, definition) = (self.texts(&f.label), self.texts(&f.definition));
            let cardinality = match f.cardinality {
                Cardinality::Single => "Cardinality::Single",
                Cardinality::Multiple => "Cardinality::Multiple",
            };
            let kind = match f.kind {
                FacetKind::Terms => "FacetKind::Terms",
                _ => "FacetKind::Tags",
            };
            let (question, rule) = (self.texts(&f.question), self.texts(&f.decision_rule));
            let _ = writeln!(
                s,
                "        SFacet {{\n            id: {:?}, label: {label}, definition: {definition},\n            kind: {kind}, question: {question}, decision_rule: {rule}, cardinality: {cardinality}, ordered: {}, required: {},\n            concepts: &[",
                f.id, f.ordered, f.required
            );
            for c in &f.concepts {
                let concept = self.concept(c);
                let _ = writeln!(s, "                {concept},");
            }
            let at = self.at(&f.location);
            let _ = writeln!(s, "            ],\n            at: {at},\n        }},");
        }
        s.push_str("    ],\n    history: &[\n");
        for h in t.history() {
            let (summary, at) = (self.texts(&h.summary), self.at(&h.location));
            let meaning = self.list(&h.meaning_changed);
            let _ = writeln!(
                s,
                "        SHistory {{ version: {:?}, date: {:?}, summary: {summary}, meaning_changed: {meaning}, at: {at} }},",
                h.version, h.date
            );
        }
        s.push_str("    ],\n    rules: &[\n");
        for r in t.rules() {
            let message = self.texts(&r.message);
            let when = self.clauses(&r.when);
            let then = self.clauses(&r.then);
            let at = self.at(&r.location);
            let _ = writeln!(
                s,
                "        SRule {{ id: {:?}, message: {message}, when: {when}, then: {then}, at: {at} }},",
                r.id
            );
        }
        s.push_str("    ],\n");
        let definition = match t.definition() {
            Some(d) => self.definition(d),
            None => "None".to_owned(),
        };
        let _ = writeln!(s, "    definition: {definition},");
        let at = self.at(t.location());
        let _ = write!(s, "    at: {at},\n}}");
        s
    }

    fn definition(&mut self, d: &jos_taxonomy::Definition) -> String {
        let mut s = format!("Some(SDefinition {{ id: {:?}", d.id);
        let _ = write!(s, ", label: {}", self.texts(&d.label));
        let _ = write!(s, ", alt_labels: {}", self.text_lists(&d.alt_labels));
        let _ = write!(s, ", abbreviations: {}", self.text_lists(&d.abbreviations));
        let _ = write!(s, ", definition: {}", self.texts(&d.definition));
        let _ = write!(s, ", scope_note: {}", self.texts(&d.scope_note));
        s.push_str(",\n        criteria: &[\n");
        for c in &d.criteria {
            let (label, text, question, at) = (
                self.texts(&c.label),
                self.texts(&c.text),
                self.texts(&c.question),
                self.at(&c.location),
            );
            let _ = writeln!(
                s,
                "            SCriterion {{ id: {:?}, label: {label}, text: {text}, question: {question}, at: {at} }},",
                c.id
            );
        }
        s.push_str("        ],\n        classification: &[\n");
        for c in &d.classification {
            let class = match c.class {
                jos_taxonomy::Class::Core => "Class::Core",
                jos_taxonomy::Class::Adjacent => "Class::Adjacent",
                _ => "Class::Outside",
            };
            let (label, reasoning, concepts, sources, at) = (
                self.texts(&c.label),
                self.texts(&c.reasoning),
                self.list(&c.concepts),
                self.list(&c.sources),
                self.at(&c.location),
            );
            let _ = writeln!(
                s,
                "            SClassified {{ id: {:?}, label: {label}, class: {class}, reasoning: {reasoning}, concepts: {concepts}, sources: {sources}, at: {at} }},",
                c.id
            );
        }
        s.push_str("        ],\n        questions: &[\n");
        for q in &d.questions {
            let (text, at) = (self.texts(&q.text), self.at(&q.location));
            let _ = writeln!(
                s,
                "            SQuestion {{ id: {:?}, text: {text}, at: {at} }},",
                q.id
            );
        }
        let _ = write!(
            s,
            "        ],\n        sources: {}, since: {}, at: {} }})",
            self.list(&d.sources),
            self.opt_s(d.since.as_ref()),
            self.at(&d.location)
        );
        s
    }

    fn clauses(&mut self, clauses: &[jos_taxonomy::RuleClause]) -> String {
        let items: Vec<String> = clauses
            .iter()
            .map(|c| {
                format!(
                    "SClause {{ facet: {}, codes: {} }}",
                    self.s(&c.facet),
                    self.list(&c.codes)
                )
            })
            .collect();
        format!("&[{}]", items.join(", "))
    }

    fn concept(&mut self, c: &Concept) -> String {
        let mut s = format!("SConcept {{ id: {:?}", c.id);
        let _ = write!(s, ", label: {}", self.texts(&c.label));
        let _ = write!(s, ", alt_labels: {}", self.text_lists(&c.alt_labels));
        let _ = write!(s, ", abbreviations: {}", self.text_lists(&c.abbreviations));
        let _ = write!(s, ", definition: {}", self.texts(&c.definition));
        let _ = write!(s, ", scope_note: {}", self.texts(&c.scope_note));
        let _ = write!(s, ", examples: {}", self.text_lists(&c.examples));
        let _ = write!(s, ", broader: {}", self.opt_s(c.broader.as_ref()));
        let related: Vec<String> = c
            .related
            .iter()
            .map(|r| format!("({}, {})", self.s(&r.kind), self.s(&r.target)))
            .collect();
        let _ = write!(s, ", related: &[{}]", related.join(", "));
        let position = match &c.position {
            Some(p) => format!("Some(({}, {}))", p.value, self.at(&p.location)),
            None => "None".to_owned(),
        };
        let _ = write!(s, ", position: {position}");
        let _ = write!(s, ", sources: {}", self.list(&c.sources));
        let _ = write!(s, ", since: {}", self.opt_s(c.since.as_ref()));
        let deprecated = match &c.deprecated {
            Some(d) => format!(
                "Some(SDeprecation {{ since: {}, replaced_by: {}, together: {}, reason: {}, at: {} }})",
                self.s(&d.since),
                self.list(&d.replaced_by),
                d.together,
                self.texts(&d.reason),
                self.at(&d.location)
            ),
            None => "None".to_owned(),
        };
        let _ = write!(s, ", deprecated: {deprecated}");
        let _ = write!(s, ", at: {} }}", self.at(&c.location));
        s
    }
}
