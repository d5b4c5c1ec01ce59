//! What the generated typed enums share: the [`FacetCode`] trait, parse errors and deprecation
//! notes.

use std::fmt;

use crate::lang::Lang;

/// Why and since when a concept is deprecated, as compiled into the typed enums.
#[derive(Copy, Clone, Debug, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub struct DeprecationNote {
    /// The taxonomy version that deprecated the concept.
    pub since: &'static str,
    reason_nl: &'static str,
    reason_en: &'static str,
    replacements: &'static [&'static str],
    together: bool,
}

impl DeprecationNote {
    #[doc(hidden)]
    pub const fn new(
        since: &'static str,
        reason_nl: &'static str,
        reason_en: &'static str,
        replacements: &'static [&'static str],
        together: bool,
    ) -> Self {
        DeprecationNote {
            since,
            reason_nl,
            reason_en,
            replacements,
            together,
        }
    }

    /// The ids of every concept that replaces this one, in its own facet or in others (a concept
    /// can move to another facet). The typed replacements in the concept's own facet are
    /// [`FacetCode::replaced_by`].
    ///
    /// ```
    /// use jos_codes::{FacetCode, Intensity};
    /// let note = Intensity::SpecialistYouthCare.deprecation().unwrap();
    /// assert_eq!(note.replacement_ids(), ["help-for-established-problem", "specialised-youth-care"]);
    /// assert_eq!(Intensity::SpecialistYouthCare.replaced_by(), [Intensity::HelpForEstablishedProblem]);
    /// ```
    pub const fn replacement_ids(&self) -> &'static [&'static str] {
        self.replacements
    }

    /// Whether several replacements in one facet together mean what the concept meant (all are
    /// written when records migrate); otherwise the concept was split and a person chooses.
    pub const fn together(&self) -> bool {
        self.together
    }

    /// Why the concept was deprecated, in `lang`.
    pub const fn reason(&self, lang: Lang) -> &'static str {
        match lang {
            Lang::Nl => self.reason_nl,
            Lang::En => self.reason_en,
        }
    }
}

/// The error returned when a string is not the id of a concept in a facet.
///
/// ```
/// use jos_codes::Intensity;
/// let err = "universal-preventon".parse::<Intensity>().unwrap_err();
/// assert_eq!(err.suggestion, Some("universal-prevention"));
/// assert!(err.to_string().contains("did you mean `universal-prevention`"));
/// ```
#[derive(Clone, Debug, PartialEq, Eq)]
#[non_exhaustive]
pub struct ParseCodeError {
    /// The facet that was parsed.
    pub facet: &'static str,
    /// The text that is not a code of the facet.
    pub input: String,
    /// The nearest valid code, if one is near.
    pub suggestion: Option<&'static str>,
}

impl fmt::Display for ParseCodeError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(
            f,
            "`{}` is not a code of facet `{}`",
            self.input, self.facet
        )?;
        if let Some(hint) = self
            .suggestion
            .and_then(|s| crate::suggest::did_you_mean(&[s]))
        {
            write!(f, "; {hint}")?;
        }
        Ok(())
    }
}

impl std::error::Error for ParseCodeError {}

/// What every generated facet enum offers, for code that is generic over facets.
///
/// ```
/// use jos_codes::{FacetCode, Intensity, Lang};
/// fn labels<T: FacetCode>() -> Vec<&'static str> {
///     T::ALL.iter().map(|c| c.label(Lang::En)).collect()
/// }
/// assert!(labels::<Intensity>().contains(&"Universal prevention"));
/// ```
pub trait FacetCode: Copy + Eq + Ord + fmt::Debug + fmt::Display + 'static {
    /// The facet's id.
    const FACET: &'static str;
    /// Every concept of the facet, in display order, deprecated ones included.
    const ALL: &'static [Self];
    /// The concept's permanent id.
    fn id(self) -> &'static str;
    /// The preferred label in `lang`.
    fn label(self, lang: Lang) -> &'static str;
    /// The definition in `lang` (Markdown).
    fn definition(self, lang: Lang) -> &'static str;
    /// The place on the scale (1 = first) for a concept of an ordered facet such as
    /// `intensity`; `None` for the concepts of other facets. [`FacetCode::ALL`] and `Ord` follow
    /// the same order.
    fn position(self) -> Option<u32>;
    /// Present when the concept is deprecated.
    fn deprecation(self) -> Option<DeprecationNote>;
    /// The live concepts of this facet that replace a deprecated one (empty for live concepts);
    /// replacements in other facets are in [`DeprecationNote::replacement_ids`].
    fn replaced_by(self) -> &'static [Self];

    /// The concept with this id, if the facet has one.
    fn from_id(id: &str) -> Option<Self> {
        Self::ALL.iter().copied().find(|c| c.id() == id)
    }

    /// Parses an id, suggesting the nearest valid id when it is not one.
    fn parse_id(id: &str) -> Result<Self, ParseCodeError> {
        Self::from_id(id).ok_or_else(|| ParseCodeError {
            facet: Self::FACET,
            input: id.to_owned(),
            suggestion: crate::suggest::nearest(id, Self::ALL.iter().map(|c| c.id())),
        })
    }
}

/// Implements `Display`, `FromStr`, the [`FacetCode`] trait and serde for a generated enum.
#[allow(unused_macros)]
macro_rules! facet_code {
    ($ty:ident, $facet:literal) => {
        impl $crate::code::FacetCode for $ty {
            const FACET: &'static str = $facet;
            const ALL: &'static [Self] = $ty::ALL;
            fn id(self) -> &'static str {
                $ty::id(self)
            }
            fn label(self, lang: $crate::Lang) -> &'static str {
                $ty::label(self, lang)
            }
            fn definition(self, lang: $crate::Lang) -> &'static str {
                $ty::definition(self, lang)
            }
            fn position(self) -> Option<u32> {
                $ty::position(self)
            }
            fn deprecation(self) -> Option<$crate::code::DeprecationNote> {
                $ty::deprecation(self)
            }
            fn replaced_by(self) -> &'static [Self] {
                $ty::replaced_by(self)
            }
        }

        impl ::std::fmt::Display for $ty {
            fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
                f.write_str(self.id())
            }
        }

        impl ::std::str::FromStr for $ty {
            type Err = $crate::code::ParseCodeError;
            fn from_str(s: &str) -> Result<Self, Self::Err> {
                <$ty as $crate::code::FacetCode>::parse_id(s)
            }
        }

        #[cfg(feature = "serde")]
        impl ::serde::Serialize for $ty {
            fn serialize<S: ::serde::Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
                s.serialize_str(self.id())
            }
        }

        #[cfg(feature = "serde")]
        impl<'de> ::serde::Deserialize<'de> for $ty {
            fn deserialize<D: ::serde::Deserializer<'de>>(d: D) -> Result<Self, D::Error> {
                let id = <::std::borrow::Cow<'de, str> as ::serde::Deserialize>::deserialize(d)?;
                id.parse().map_err(::serde::de::Error::custom)
            }
        }
    };
}
#[allow(unused_imports)]
pub(crate) use facet_code;
