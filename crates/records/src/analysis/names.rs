//! Variable names that SPSS, Stata and R all accept.
//!
//! The scheme: lower-case ASCII letters, digits and `_`, starting with a letter, at most
//! [`MAX_LEN`] characters (Stata's limit; SPSS allows 64, R any length), unique without regard
//! to case, and never a word one of the three reserves. A field keeps its name
//! (`taxonomy_version`); a facet's column is its id with `_` for `-` (`organisation_model`), a
//! concept's 0/1 column the facet's and the concept's ids joined by `_`
//! (`intensity_universal_prevention`). Where that is longer than [`MAX_LEN`], the facet's part
//! becomes its initials (`coordination_structure_x` -> `cs_x`), then the whole is cut to length;
//! a name already taken ends in `_2`, `_3`, ... Other columns (extra fields) are written the
//! same way from their headers, with `x_` before one that does not start with a letter or is a reserved word (`x_in`).

/// The longest name: Stata's limit, within SPSS's 64 bytes.
pub const MAX_LEN: usize = 32;

/// Words SPSS, Stata or R reserve (compared in lower case).
const RESERVED: &[&str] = &[
    // SPSS
    "all",
    "and",
    "by",
    "eq",
    "ge",
    "gt",
    "le",
    "lt",
    "ne",
    "not",
    "or",
    "to",
    "with",
    // Stata
    "_all",
    "_b",
    "byte",
    "_coef",
    "_cons",
    "double",
    "float",
    "if",
    "in",
    "int",
    "long",
    "_n",
    "_pi",
    "_pred",
    "_rc",
    "_skip",
    "strl",
    "using",
    // R
    "else",
    "repeat",
    "while",
    "function",
    "for",
    "next",
    "break",
    "true",
    "false",
    "null",
    "inf",
    "nan",
    "na",
    "na_integer_",
    "na_real_",
    "na_character_",
    "na_complex_",
];

/// `text` as a name's part: lower-case ASCII letters and digits, other characters as one `_`
/// (accents dropped: `één` -> `een`), no `_` at either end.
pub(crate) fn part(text: &str) -> String {
    let folded = jos_taxonomy::text::fold(text);
    let mut out = String::new();
    for c in folded.chars() {
        if c.is_ascii_alphanumeric() {
            out.push(c);
        } else if !out.ends_with('_') && !out.is_empty() {
            out.push('_');
        }
    }
    while out.ends_with('_') {
        out.pop();
    }
    out
}

/// The initials of a facet id's words (`coordination-structure` -> `cs`); a one-word id's
/// first three letters.
fn initials(facet: &str) -> String {
    let words: Vec<&str> = facet.split('-').filter(|w| !w.is_empty()).collect();
    if words.len() == 1 {
        return part(&words[0].chars().take(3).collect::<String>());
    }
    part(
        &words
            .iter()
            .filter_map(|w| w.chars().next())
            .collect::<String>(),
    )
}

/// The name for a concept's column, before uniqueness: `{facet}_{concept}`, shortened as the
/// module says.
pub(crate) fn concept_name(facet: &str, concept: &str) -> String {
    let full = format!("{}_{}", part(facet), part(concept));
    if full.len() <= MAX_LEN {
        return full;
    }
    format!("{}_{}", initials(facet), part(concept))
}

/// Hands out unique names.
#[derive(Default)]
pub(crate) struct Names {
    taken: rustc_hash::FxHashSet<String>,
}

impl Names {
    /// `wanted` made valid (a letter first, not reserved, cut to length) and unique.
    pub(crate) fn take(&mut self, wanted: &str) -> String {
        let mut base = part(wanted);
        if !base.starts_with(|c: char| c.is_ascii_lowercase()) || RESERVED.contains(&base.as_str())
        {
            base = format!("x_{base}");
        }
        let base = cut(&base, MAX_LEN);
        let mut name = base.clone();
        let mut n = 2;
        while self.taken.contains(&name) {
            let suffix = format!("_{n}");
            name = format!("{}{suffix}", cut(&base, MAX_LEN - suffix.len()));
            n += 1;
        }
        self.taken.insert(name.clone());
        name
    }
}

/// `s` (ASCII) cut to `len` bytes, without a `_` at the end.
fn cut(s: &str, len: usize) -> String {
    let mut out: String = s.chars().take(len).collect();
    while out.ends_with('_') {
        out.pop();
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn names_are_valid_short_and_unique() {
        let mut names = Names::default();
        assert_eq!(names.take("Taxonomy version"), "taxonomy_version");
        assert_eq!(names.take("2e school"), "x_2e_school");
        assert_eq!(names.take("in"), "x_in");
        assert_eq!(names.take("Opmerking (intern)"), "opmerking_intern");
        assert_eq!(names.take("opmerking intern"), "opmerking_intern_2");
        assert_eq!(names.take("Café één"), "cafe_een");
        let long = names.take(&"a".repeat(40));
        assert_eq!(long.len(), MAX_LEN);
        assert_eq!(names.take(&"a".repeat(40)), format!("{}_2", "a".repeat(30)));
    }

    #[test]
    fn long_concept_names_use_the_facets_initials() {
        assert_eq!(
            concept_name("intensity", "universal-prevention"),
            "intensity_universal_prevention"
        );
        assert_eq!(
            concept_name("coordination-structure", "internal-support-team"),
            "cs_internal_support_team"
        );
    }
}
