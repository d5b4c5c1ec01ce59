//! Renders the typed enums of the codes crate (`crates/codes/src/generated/`) from a taxonomy.
//!
//! `cargo xtask codegen` writes them; the test `generated_files_are_fresh` compares them with
//! the checked-in files. There is no build script, so crates that depend on the codes crate
//! never compile a YAML parser: they compile the checked-in Rust.

use std::fmt::Write as _;

use jos_taxonomy::lang::{Lang, Texts};
use jos_taxonomy::model::{Cardinality, Concept, Facet, Taxonomy};
use jos_taxonomy::names::{module_name, variant_name};

use crate::header;

/// The enum files: (path relative to the codes crate's `src/generated/`, content).
pub fn render(taxonomy: &Taxonomy) -> Vec<(String, String)> {
    let mut files = vec![("mod.rs".to_owned(), render_mod(taxonomy))];
    for facet in taxonomy.facets() {
        files.push((
            format!("{}.rs", module_name(&facet.id)),
            render_facet(taxonomy, facet),
        ));
    }
    files
}

fn render_mod(taxonomy: &Taxonomy) -> String {
    let mut s = header();
    s.push_str("//! Typed enums for the built-in taxonomy, one per facet.\n\n");
    for f in taxonomy.facets() {
        let _ = writeln!(s, "#[rustfmt::skip]\nmod {};", module_name(&f.id));
    }
    s.push('\n');
    for f in taxonomy.facets() {
        let _ = writeln!(
            s,
            "pub use {}::{};",
            module_name(&f.id),
            variant_name(&f.id)
        );
    }
    let _ = write!(
        s,
        "\n/// The version of the built-in taxonomy the enums were generated from.\npub const TAXONOMY_VERSION: &str = {:?};\n",
        taxonomy.version().to_string()
    );
    s
}

/// A text made safe for a doc comment: no doctests, no raw HTML, one paragraph per line, and
/// links between concepts (`[label](concept:ID)`) as their label with the id.
fn doc_text(text: &str) -> String {
    let joined = text
        .lines()
        .map(|l| l.trim().replace("```", "'''").replace('<', "&lt;"))
        .collect::<Vec<_>>()
        .join(" ");
    let mut out = String::with_capacity(joined.len());
    let mut rest = joined.as_str();
    while let Some(at) = rest.find("](concept:") {
        let Some(open) = rest[..at].rfind('[') else {
            break;
        };
        let Some(close) = rest[at..].find(')').map(|i| at + i) else {
            break;
        };
        let id = &rest[at + "](concept:".len()..close];
        out.push_str(&rest[..open]);
        out.push_str(&rest[open + 1..at]);
        out.push_str(&format!(" (`{id}`)"));
        rest = &rest[close + 1..];
    }
    out.push_str(rest);
    out
}

fn doc(s: &mut String, indent: &str, text: &str) {
    let _ = writeln!(s, "{indent}#[doc = {:?}]", format!(" {text}"));
}

fn label(t: &Texts, lang: Lang) -> &str {
    t.get(lang).unwrap_or("")
}

fn render_facet(taxonomy: &Taxonomy, facet: &Facet) -> String {
    let ty = variant_name(&facet.id);
    let concepts = facet.in_order();
    let mut s = header();
    let _ = writeln!(
        s,
        "//! Facet `{}`: {} ({}).\n",
        facet.id,
        label(&facet.label, Lang::Nl),
        label(&facet.label, Lang::En)
    );
    s.push_str("use crate::Lang;\nuse crate::DeprecationNote;\n\n");
    doc(
        &mut s,
        "",
        &format!(
            "**{}** ({})",
            label(&facet.label, Lang::Nl),
            label(&facet.label, Lang::En)
        ),
    );
    doc(&mut s, "", "");
    doc(&mut s, "", &doc_text(label(&facet.definition, Lang::Nl)));
    doc(&mut s, "", "");
    doc(&mut s, "", &doc_text(label(&facet.definition, Lang::En)));
    doc(&mut s, "", "");
    let kind = match (facet.cardinality, facet.ordered) {
        (Cardinality::Single, true) => {
            "An ordered scale; a record carries at most one of its concepts."
        }
        (Cardinality::Single, false) => "A record carries at most one of its concepts.",
        (_, true) => "An ordered scale; a record may carry several of its concepts.",
        _ => "A record may carry several of its concepts.",
    };
    doc(&mut s, "", kind);
    s.push_str(
        "#[derive(Copy, Clone, PartialEq, Eq, PartialOrd, Ord, Hash, Debug)]\n#[non_exhaustive]\n",
    );
    let _ = writeln!(s, "pub enum {ty} {{");
    for c in &concepts {
        doc(
            &mut s,
            "    ",
            &format!(
                "**{}** ({}), id `{}`",
                label(&c.label, Lang::Nl),
                label(&c.label, Lang::En),
                c.id
            ),
        );
        doc(&mut s, "    ", "");
        doc(&mut s, "    ", &doc_text(label(&c.definition, Lang::Nl)));
        doc(&mut s, "    ", "");
        doc(&mut s, "    ", &doc_text(label(&c.definition, Lang::En)));
        if let Some(d) = &c.deprecated {
            doc(&mut s, "    ", "");
            let by: Vec<String> = d
                .replaced_by
                .iter()
                .map(|r| {
                    if facet.concepts.iter().any(|x| x.id == r.value) {
                        format!("[`{}`]({ty}::{})", r.value, variant_name(&r.value))
                    } else {
                        let other = taxonomy
                            .concept(&r.value)
                            .map_or(String::new(), |x| format!(" (facet `{}`)", x.facet));
                        format!("`{}`{other}", r.value)
                    }
                })
                .collect();
            doc(
                &mut s,
                "    ",
                &format!(
                    "*Deprecated since {}*; replaced by {}.",
                    d.since.value,
                    by.join(", ")
                ),
            );
        }
        let _ = writeln!(s, "    {},", variant_name(&c.id));
    }
    s.push_str("}\n\n");
    let _ = writeln!(s, "impl {ty} {{");
    let _ = writeln!(
        s,
        "    /// The facet's id.\n    pub const FACET: &'static str = {:?};\n",
        facet.id
    );
    s.push_str("    /// Every concept of the facet in display order, deprecated ones included.\n    pub const ALL: &'static [Self] = &[\n");
    for c in &concepts {
        let _ = writeln!(s, "        Self::{},", variant_name(&c.id));
    }
    s.push_str("    ];\n\n");
    s.push_str("    /// The concept's permanent id.\n    pub const fn id(self) -> &'static str {\n        match self {\n");
    for c in &concepts {
        let _ = writeln!(
            s,
            "            Self::{} => {:?},",
            variant_name(&c.id),
            c.id
        );
    }
    s.push_str("        }\n    }\n\n");
    for (name, what, get) in [
        (
            "label",
            "The preferred label in `lang`.",
            (|c: &Concept| &c.label) as fn(&Concept) -> &Texts,
        ),
        (
            "definition",
            "The definition in `lang` (Markdown).",
            |c: &Concept| &c.definition,
        ),
    ] {
        let _ = writeln!(
            s,
            "    /// {what}\n    pub const fn {name}(self, lang: Lang) -> &'static str {{\n        match (self, lang) {{"
        );
        for c in &concepts {
            for lang in Lang::ALL {
                // The variant's name, as `Lang` derives `Debug`.
                let lang_variant = format!("{lang:?}");
                let _ = writeln!(
                    s,
                    "            (Self::{}, Lang::{lang_variant}) => {:?},",
                    variant_name(&c.id),
                    label(get(c), *lang)
                );
            }
        }
        s.push_str("        }\n    }\n\n");
    }
    s.push_str("    /// The place on the facet's scale (1 = first) for an ordered facet; `None` otherwise.\n    pub const fn position(self) -> Option<u32> {\n");
    if facet.ordered {
        s.push_str("        match self {\n");
        for c in &concepts {
            let p = c.position.as_ref().map_or(u32::MAX, |p| p.value);
            let _ = writeln!(s, "            Self::{} => Some({p}),", variant_name(&c.id));
        }
        s.push_str("        }\n    }\n\n");
    } else {
        s.push_str("        let _ = self;\n        None\n    }\n\n");
    }
    let deprecated: Vec<_> = concepts
        .iter()
        .filter_map(|c| c.deprecated.as_ref().map(|d| (c, d)))
        .collect();
    s.push_str("    /// Present when the concept is deprecated: since when and why.\n    pub const fn deprecation(self) -> Option<DeprecationNote> {\n");
    if deprecated.is_empty() {
        s.push_str("        let _ = self;\n        None\n    }\n\n");
    } else {
        s.push_str("        match self {\n");
        for (c, d) in &deprecated {
            let _ = writeln!(
                s,
                "            Self::{} => Some(DeprecationNote::new({:?}, {:?}, {:?}, &{:?}, {})),",
                variant_name(&c.id),
                d.since.value,
                label(&d.reason, Lang::Nl),
                label(&d.reason, Lang::En),
                d.replaced_by
                    .iter()
                    .map(|r| r.value.as_str())
                    .collect::<Vec<_>>(),
                d.together
            );
        }
        if deprecated.len() < concepts.len() {
            s.push_str("            _ => None,\n");
        }
        s.push_str("        }\n    }\n\n");
    }
    s.push_str("    /// The live concepts that replace a deprecated one (empty for live concepts).\n    pub const fn replaced_by(self) -> &'static [Self] {\n");
    if deprecated.is_empty() {
        s.push_str("        let _ = self;\n        &[]\n    }\n}\n\n");
    } else {
        s.push_str("        match self {\n");
        for (c, d) in &deprecated {
            // The typed replacements are those in the concept's own facet.
            let by: Vec<String> = d
                .replaced_by
                .iter()
                .filter(|r| facet.concepts.iter().any(|x| x.id == r.value))
                .map(|r| format!("Self::{}", variant_name(&r.value)))
                .collect();
            let _ = writeln!(
                s,
                "            Self::{} => &[{}],",
                variant_name(&c.id),
                by.join(", ")
            );
        }
        if deprecated.len() < concepts.len() {
            s.push_str("            _ => &[],\n");
        }
        s.push_str("        }\n    }\n}\n\n");
    }
    let _ = writeln!(s, "crate::code::facet_code!({ty}, {:?});", facet.id);
    s
}
