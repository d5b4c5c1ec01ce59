//! The URI policy: one base, and a fixed path under it for every kind of thing.

use crate::Error;

/// Path segments under the base that are not facets (a facet with one of these ids is refused).
const RESERVED: [(&str, &str); 4] = [
    ("def", "the vocabulary of relation kinds and properties"),
    ("definition", "the definition of the subject"),
    ("source", "the sources"),
    ("release", "the releases"),
];

/// The URIs of an export, all under one base.
///
/// | what | URI |
/// |---|---|
/// | the taxonomy (unversioned, the unit that is maintained) | `{base}` |
/// | one release of it | `{base}release/{version}` |
/// | a facet's concept scheme (the begrippen too) | `{base}{facet}` |
/// | a concept | `{base}{facet}/{id}` |
/// | the definition's scheme and concept | `{base}definition`, `{base}definition/{id}` |
/// | a source | `{base}source/{id}` |
/// | a relation kind or other property | `{base}def/{name}` |
///
/// Concept and scheme URIs carry no version: an id is permanent (a retired concept keeps it,
/// deprecated), so a URI names the same concept in every release. Only the release dataset's
/// URI has a version.
///
/// ```
/// use jos_exchange::Uris;
/// let uris = Uris::default();
/// assert_eq!(uris.concept("role", "school-social-worker"),
///            "https://w3id.org/jeugdhulp-op-school/role/school-social-worker");
/// assert!(Uris::new("https://example.org/taxonomy").is_err()); // no trailing slash
/// ```
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Uris {
    base: String,
}

impl Uris {
    /// The default base: a persistent identifier under w3id.org.
    pub const DEFAULT_BASE: &'static str = "https://w3id.org/jeugdhulp-op-school/";

    /// URIs under `base`, an absolute `http` or `https` IRI that ends with `/`.
    pub fn new(base: &str) -> Result<Self, Error> {
        let refuse = |reason: &str| Error::Base {
            base: base.to_owned(),
            reason: reason.to_owned(),
        };
        if !(base.starts_with("https://") || base.starts_with("http://")) {
            return Err(refuse("it must start with https:// or http://"));
        }
        if !base.ends_with('/') {
            return Err(refuse(
                "it must end with `/`, so that facets and concepts are paths under it",
            ));
        }
        if base.contains(['?', '#']) {
            return Err(refuse("it may not have a query (`?`) or fragment (`#`)"));
        }
        oxrdf::NamedNode::new(base).map_err(|e| refuse(&e.to_string()))?;
        Ok(Uris {
            base: base.to_owned(),
        })
    }

    /// The base, ending with `/`.
    pub fn base(&self) -> &str {
        &self.base
    }

    /// The unversioned taxonomy: the dataset every release is a version of.
    pub fn taxonomy(&self) -> String {
        self.base.clone()
    }

    /// One release of the taxonomy.
    pub fn release(&self, version: &str) -> String {
        format!("{}release/{version}", self.base)
    }

    /// A facet's concept scheme.
    pub fn scheme(&self, facet: &str) -> String {
        format!("{}{facet}", self.base)
    }

    /// A concept of a facet.
    pub fn concept(&self, facet: &str, id: &str) -> String {
        format!("{}{facet}/{id}", self.base)
    }

    /// The scheme that holds the definition of the subject.
    pub fn definition_scheme(&self) -> String {
        format!("{}definition", self.base)
    }

    /// The definition of the subject, as a concept.
    pub fn definition(&self, id: &str) -> String {
        format!("{}definition/{id}", self.base)
    }

    /// A cited source.
    pub fn source(&self, id: &str) -> String {
        format!("{}source/{id}", self.base)
    }

    /// The namespace of the project's own properties (relation kinds, a facet's question).
    pub fn vocabulary(&self) -> String {
        format!("{}def/", self.base)
    }

    /// Refuses a facet id that is a reserved path segment.
    pub(crate) fn check_facet(facet: &str) -> Result<(), Error> {
        match RESERVED.iter().find(|(segment, _)| *segment == facet) {
            Some((_, used_for)) => Err(Error::ReservedFacet {
                facet: facet.to_owned(),
                used_for,
            }),
            None => Ok(()),
        }
    }
}

impl Default for Uris {
    fn default() -> Self {
        Uris {
            base: Self::DEFAULT_BASE.to_owned(),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn bases_are_checked() {
        assert!(Uris::new("https://example.org/x/").is_ok());
        assert!(Uris::new("http://example.org/").is_ok());
        for bad in [
            "ftp://example.org/",
            "https://example.org",
            "https://example.org/a?b/",
            "https://exa mple.org/",
            "example.org/",
        ] {
            assert!(Uris::new(bad).is_err(), "{bad}");
        }
    }

    #[test]
    fn reserved_facets_are_refused() {
        assert!(Uris::check_facet("definition").is_err());
        assert!(Uris::check_facet("role").is_ok());
    }
}
