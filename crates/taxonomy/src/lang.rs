//! Per-language texts of a loaded taxonomy, each with where it was written.

use std::collections::BTreeMap;

pub use jos_codes::Lang;

use crate::model::Location;

/// One text in one language, with where it was written.
#[derive(Clone, Debug, PartialEq, Eq)]
#[non_exhaustive]
pub struct Text {
    /// The text itself.
    pub value: String,
    /// Where the text stands in the source.
    pub location: Location,
}

/// A text per language code, such as a label or a definition.
///
/// ```
/// use jos_taxonomy::{Lang, Taxonomy};
/// let facet = Taxonomy::builtin().facet("intensity").unwrap();
/// assert!(facet.label.get(Lang::Nl).is_some());
/// ```
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Texts(pub(crate) BTreeMap<String, Text>);

impl Texts {
    /// The text in `lang`, if there is one.
    pub fn get(&self, lang: Lang) -> Option<&str> {
        self.get_code(lang.code())
    }

    /// The text for a language code, if there is one.
    pub fn get_code(&self, code: &str) -> Option<&str> {
        self.0.get(code).map(|t| t.value.as_str())
    }

    /// The text in `lang` with its location.
    pub fn text(&self, lang: Lang) -> Option<&Text> {
        self.0.get(lang.code())
    }

    /// The text in `lang`, falling back to Dutch, then to any language, then to "".
    pub fn best(&self, lang: Lang) -> &str {
        self.get(lang)
            .or_else(|| self.get(Lang::Nl))
            .or_else(|| self.0.values().next().map(|t| t.value.as_str()))
            .unwrap_or("")
    }

    /// Every (language code, text) pair, ordered by code.
    pub fn iter(&self) -> impl Iterator<Item = (&str, &Text)> {
        self.0.iter().map(|(k, v)| (k.as_str(), v))
    }

    /// Whether there is no text in any language.
    pub fn is_empty(&self) -> bool {
        self.0.is_empty()
    }
}

/// A list of texts per language code, such as synonyms or examples.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct TextLists(pub(crate) BTreeMap<String, Vec<Text>>);

impl TextLists {
    /// The texts in `lang` (empty when there are none).
    pub fn get(&self, lang: Lang) -> impl Iterator<Item = &str> {
        self.0
            .get(lang.code())
            .into_iter()
            .flatten()
            .map(|t| t.value.as_str())
    }

    /// Every (language code, text) pair, ordered by code and then as written.
    pub fn iter(&self) -> impl Iterator<Item = (&str, &Text)> {
        self.0
            .iter()
            .flat_map(|(k, v)| v.iter().map(move |t| (k.as_str(), t)))
    }

    /// Whether there is no text in any language.
    pub fn is_empty(&self) -> bool {
        self.0.values().all(Vec::is_empty)
    }
}
