//! A REFI-QDA codebook (`.qdc`, namespace `urn:QDA-XML:codebook:1.0`), the exchange format
//! for codebooks between ATLAS.ti, NVivo, MAXQDA, QDA Miner and QualCoder.
//!
//! Each tag facet is a code that cannot be applied (`isCodable="false"`), holding its concepts
//! as codable codes, nested by `broader`. A code's `Description` holds, as plain text in the
//! chosen language, the definition, the scope note and the concept's id (`facet/id`, so coded
//! data can be mapped back); a facet's holds its definition, coder's question and decision
//! rule. The begrippen and the definition are not codes and are left out.
//!
//! GUIDs are UUIDv5 of the concept's (or facet's) URI, so a re-export, also of a later
//! release, gives every code the same GUID. Every facet has one colour, derived from its URI,
//! that its codes share. Code names are unique in the whole codebook (QualCoder merges codes
//! with the same name): a label that occurs more than once gets its facet's label added in
//! brackets. Deprecated concepts are left out, or kept as non-codable codes marked deprecated
//! ([`Deprecated::Mark`]). No `Sets` are written (an empty `Sets` is invalid).
//!
//! ```
//! use jos_exchange::qdc;
//! use jos_taxonomy::Taxonomy;
//!
//! let xml = qdc::to_qdc(Taxonomy::builtin(), &qdc::Options::default()).unwrap();
//! assert!(xml.starts_with("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<CodeBook xmlns=\"urn:QDA-XML:codebook:1.0\""));
//! ```

use std::collections::{HashMap, HashSet};
use std::fmt::Write as _;

use jos_taxonomy::Lang;
use jos_taxonomy::model::{Concept, Facet, Taxonomy};
use jos_taxonomy::text::{fold, plain_text};
use uuid::Uuid;

use crate::{Error, Uris};

/// The REFI-QDA codebook namespace.
pub const NAMESPACE: &str = "urn:QDA-XML:codebook:1.0";

/// What to do with deprecated concepts.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
#[non_exhaustive]
pub enum Deprecated {
    /// Leave them out (the default): only live concepts can be applied.
    #[default]
    Omit,
    /// Keep them, marked as deprecated in the name and description and not codable, so that
    /// data coded with an older release can still be read.
    Mark,
}

/// Options of a codebook export.
#[derive(Clone, Debug)]
#[non_exhaustive]
pub struct Options {
    /// The URIs the GUIDs are derived from.
    pub uris: Uris,
    /// The language of names and descriptions.
    pub lang: Lang,
    /// What to do with deprecated concepts.
    pub deprecated: Deprecated,
}

impl Default for Options {
    /// Dutch, the default URIs, deprecated concepts left out.
    fn default() -> Self {
        Options {
            uris: Uris::default(),
            lang: Lang::Nl,
            deprecated: Deprecated::Omit,
        }
    }
}

impl Options {
    /// Options with this language, the default URIs and deprecated concepts left out.
    pub fn new(lang: Lang) -> Self {
        Options {
            lang,
            ..Options::default()
        }
    }
}

/// The deterministic GUID of a URI: a UUIDv5 in the URL namespace.
///
/// ```
/// let guid = jos_exchange::qdc::guid("https://w3id.org/jeugdhulp-op-school/role/school-social-worker");
/// assert_eq!(guid.len(), 36);
/// assert_eq!(&guid[14..15], "5"); // version 5
/// ```
pub fn guid(uri: &str) -> String {
    Uuid::new_v5(&Uuid::NAMESPACE_URL, uri.as_bytes())
        .hyphenated()
        .to_string()
}

/// A facet's colour, `#RRGGBB`: a hue taken from its URI's UUIDv5, at a saturation and
/// lightness that read well as a code colour.
fn colour(uri: &str) -> String {
    let bytes = Uuid::new_v5(&Uuid::NAMESPACE_URL, uri.as_bytes()).into_bytes();
    let hue = f64::from(u16::from_be_bytes([bytes[0], bytes[1]]) % 360);
    let (s, l) = (0.60, 0.45);
    let c = (1.0 - (2.0 * l - 1.0_f64).abs()) * s;
    let h = hue / 60.0;
    let x = c * (1.0 - (h % 2.0 - 1.0).abs());
    let (r, g, b) = match h as u32 {
        0 => (c, x, 0.0),
        1 => (x, c, 0.0),
        2 => (0.0, c, x),
        3 => (0.0, x, c),
        4 => (x, 0.0, c),
        _ => (c, 0.0, x),
    };
    let m = l - c / 2.0;
    let byte = |v: f64| ((v + m) * 255.0).round().clamp(0.0, 255.0) as u8;
    format!("#{:02x}{:02x}{:02x}", byte(r), byte(g), byte(b))
}

/// XML text: `&`, `<`, `>` escaped; characters XML 1.0 cannot hold dropped.
fn text(s: &str) -> String {
    let mut out = String::with_capacity(s.len());
    for c in s.chars() {
        match c {
            '&' => out.push_str("&amp;"),
            '<' => out.push_str("&lt;"),
            '>' => out.push_str("&gt;"),
            '\r' => out.push_str("&#13;"),
            '\t' | '\n' => out.push(c),
            c if (c as u32) < 0x20 || matches!(c, '\u{FFFE}' | '\u{FFFF}') => {}
            c => out.push(c),
        }
    }
    out
}

/// An XML attribute value (in double quotes).
fn attribute(s: &str) -> String {
    text(s)
        .replace('"', "&quot;")
        .replace('\n', "&#10;")
        .replace('\t', "&#9;")
}

/// Labels used more than once in the codebook, folded for comparison.
fn repeated_names<'a>(
    facets: &[&'a Facet],
    concepts: &[&'a Concept],
    lang: Lang,
) -> HashSet<String> {
    let mut count: HashMap<String, usize> = HashMap::new();
    for name in facets
        .iter()
        .map(|f| f.label.best(lang))
        .chain(concepts.iter().map(|c| c.label.best(lang)))
    {
        *count.entry(fold(name)).or_default() += 1;
    }
    count
        .into_iter()
        .filter(|(_, n)| *n > 1)
        .map(|(k, _)| k)
        .collect()
}

struct Writer<'a> {
    t: &'a Taxonomy,
    options: &'a Options,
    repeated: HashSet<String>,
    out: String,
}

impl Writer<'_> {
    fn deprecated_word(&self) -> &'static str {
        match self.options.lang {
            Lang::Nl => "vervallen",
            _ => "deprecated",
        }
    }

    fn name(&self, f: &Facet, c: &Concept) -> String {
        let lang = self.options.lang;
        let label = c.label.best(lang);
        let mut name = if self.repeated.contains(&fold(label)) {
            format!("{label} ({})", f.label.best(lang))
        } else {
            label.to_owned()
        };
        if c.is_deprecated() {
            let _ = write!(name, " [{}]", self.deprecated_word());
        }
        name
    }

    fn description(&self, c: &Concept) -> String {
        let lang = self.options.lang;
        let mut parts = Vec::new();
        if let Some(d) = &c.deprecated {
            let replacements: Vec<&str> = d
                .replaced_by
                .iter()
                .map(|r| {
                    self.t
                        .concept(&r.value)
                        .map_or(r.value.as_str(), |rc| rc.label.best(lang))
                })
                .collect();
            let (since, use_) = match lang {
                Lang::Nl => ("Vervallen sinds", "gebruik"),
                _ => ("Deprecated since", "use"),
            };
            let mut line = format!("{since} {}", d.since.value);
            if !replacements.is_empty() {
                let _ = write!(line, "; {use_}: {}", replacements.join(", "));
            }
            line.push('.');
            parts.push(line);
        }
        for t in [&c.definition, &c.scope_note] {
            let t = plain_text(t.best(lang));
            if !t.is_empty() {
                parts.push(t);
            }
        }
        parts.push(format!("{}/{}", c.facet, c.id));
        parts.join("\n\n")
    }

    fn facet_description(&self, f: &Facet) -> String {
        let lang = self.options.lang;
        [
            plain_text(f.definition.best(lang)),
            f.question.best(lang).trim().to_owned(),
            plain_text(f.decision_rule.best(lang)),
        ]
        .into_iter()
        .filter(|t| !t.is_empty())
        .collect::<Vec<_>>()
        .join("\n\n")
    }

    fn code(&mut self, depth: usize, guid: &str, name: &str, codable: bool, colour: &str) {
        let indent = "  ".repeat(depth);
        let _ = writeln!(
            self.out,
            "{indent}<Code guid=\"{guid}\" name=\"{}\" isCodable=\"{codable}\" color=\"{colour}\">",
            attribute(name)
        );
    }

    fn close(&mut self, depth: usize) {
        let indent = "  ".repeat(depth);
        let _ = writeln!(self.out, "{indent}</Code>");
    }

    fn describe(&mut self, depth: usize, description: &str) {
        if !description.is_empty() {
            let indent = "  ".repeat(depth);
            let _ = writeln!(
                self.out,
                "{indent}<Description>{}</Description>",
                text(description)
            );
        }
    }

    fn facet(&mut self, f: &Facet, concepts: &[&Concept]) {
        let scheme = self.options.uris.scheme(&f.id);
        let colour = colour(&scheme);
        let label = f.label.best(self.options.lang).to_owned();
        self.code(2, &guid(&scheme), &label, false, &colour);
        let description = self.facet_description(f);
        self.describe(3, &description);
        // Children of each written concept; a concept whose broader is not written hangs
        // under its nearest written ancestor, or under the facet.
        let written: Vec<&str> = concepts.iter().map(|c| c.id.as_str()).collect();
        let parents: Vec<Option<&str>> = concepts
            .iter()
            .map(|c| nearest_written(self.t, &written, c))
            .collect();
        self.children(f, concepts, &parents, None, 3, &colour);
        self.close(2);
    }

    fn children(
        &mut self,
        f: &Facet,
        concepts: &[&Concept],
        parents: &[Option<&str>],
        parent: Option<&str>,
        depth: usize,
        colour: &str,
    ) {
        for (i, c) in concepts.iter().enumerate() {
            if parents[i] != parent {
                continue;
            }
            let uri = self.options.uris.concept(&c.facet, &c.id);
            let name = self.name(f, c);
            self.code(depth, &guid(&uri), &name, !c.is_deprecated(), colour);
            let description = self.description(c);
            self.describe(depth + 1, &description);
            self.children(f, concepts, parents, Some(&c.id), depth + 1, colour);
            self.close(depth);
        }
    }
}

/// The nearest ancestor of `c` that is written, if any.
fn nearest_written<'a>(t: &'a Taxonomy, written: &[&str], c: &'a Concept) -> Option<&'a str> {
    let mut at = c.broader.as_ref().map(|b| b.value.as_str());
    while let Some(id) = at {
        if written.contains(&id) {
            return Some(id);
        }
        at = t
            .concept(id)
            .and_then(|p| p.broader.as_ref().map(|b| b.value.as_str()));
    }
    None
}

/// The tag facets as a REFI-QDA codebook, UTF-8 XML.
///
/// Fails only when a facet id is a segment the URI policy reserves (see [`Error`]).
pub fn to_qdc(t: &Taxonomy, options: &Options) -> Result<String, Error> {
    let facets: Vec<&Facet> = t.tag_facets().collect();
    for f in &facets {
        Uris::check_facet(&f.id)?;
    }
    let keep = |c: &&Concept| options.deprecated == Deprecated::Mark || !c.is_deprecated();
    let concepts: Vec<&Concept> = facets
        .iter()
        .flat_map(|f| f.concepts.iter().filter(keep))
        .collect();
    let mut w = Writer {
        t,
        options,
        repeated: repeated_names(&facets, &concepts, options.lang),
        out: String::new(),
    };
    let _ = write!(
        w.out,
        "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<CodeBook xmlns=\"{NAMESPACE}\" origin=\"{}\">\n  <Codes>\n",
        attribute(&format!("{} {}", t.id(), t.version()))
    );
    for f in facets {
        let own: Vec<&Concept> = f.concepts.iter().filter(keep).collect();
        w.facet(f, &own);
    }
    w.out.push_str("  </Codes>\n</CodeBook>\n");
    Ok(w.out)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn colours_are_six_hex_digits() {
        for facet in ["role", "intensity", "activity", "x"] {
            let c = colour(facet);
            assert_eq!(c.len(), 7, "{c}");
            assert!(c[1..].chars().all(|ch| ch.is_ascii_hexdigit()), "{c}");
        }
    }

    #[test]
    fn xml_escaping() {
        assert_eq!(text("a & b <c>\u{1}"), "a &amp; b &lt;c&gt;");
        assert_eq!(attribute("\"x\"\n"), "&quot;x&quot;&#10;");
    }
}
