//! The languages the taxonomy is written in.

use std::fmt;
use std::str::FromStr;

/// A language the taxonomy is written in.
///
/// Dutch is authoritative; English is required and complete. Loaded taxonomies may carry texts in
/// further languages, reachable through `Texts::get_code` in the taxonomy crate.
///
/// ```
/// use jos_codes::Lang;
/// assert_eq!(Lang::Nl.code(), "nl");
/// assert_eq!("en".parse::<Lang>(), Ok(Lang::En));
/// ```
#[derive(Copy, Clone, Debug, PartialEq, Eq, PartialOrd, Ord, Hash)]
#[non_exhaustive]
pub enum Lang {
    /// Dutch (`nl`), the authoritative language.
    Nl,
    /// English (`en`).
    En,
}

impl Lang {
    /// Every language the crate knows, authoritative first.
    pub const ALL: &'static [Lang] = &[Lang::Nl, Lang::En];

    /// The language's code (`nl`, `en`).
    ///
    /// ```
    /// assert_eq!(jos_codes::Lang::En.code(), "en");
    /// ```
    pub const fn code(self) -> &'static str {
        match self {
            Lang::Nl => "nl",
            Lang::En => "en",
        }
    }
}

impl fmt::Display for Lang {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.code())
    }
}

/// The error returned when a string is not a known language code.
///
/// ```
/// let err = "de".parse::<jos_codes::Lang>().unwrap_err();
/// assert_eq!(err.to_string(), "unknown language `de`; expected `nl` or `en`");
/// ```
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct UnknownLang(pub String);

impl fmt::Display for UnknownLang {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "unknown language `{}`; expected `nl` or `en`", self.0)
    }
}

impl std::error::Error for UnknownLang {}

impl FromStr for Lang {
    type Err = UnknownLang;

    fn from_str(s: &str) -> Result<Self, Self::Err> {
        match s {
            "nl" => Ok(Lang::Nl),
            "en" => Ok(Lang::En),
            other => Err(UnknownLang(other.to_owned())),
        }
    }
}
