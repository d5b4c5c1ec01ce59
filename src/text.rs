//! Text helpers shared by the checks and the lookup: folding for comparison and edit distance.

use unicode_normalization::UnicodeNormalization;

/// Folds a label for comparison: Unicode-decomposed, accents dropped, lowercase, with every run
/// of white space, hyphens and punctuation reduced to one space.
///
/// ```
/// use jeugdhulp_op_school::text::fold;
/// assert_eq!(fold("Jeugd-GGZ"), fold("jeugd ggz"));
/// assert_eq!(fold("Coördinator"), "coordinator");
/// assert_ne!(fold("18-"), fold("18+"));
/// ```
pub fn fold(s: &str) -> String {
    let mut out = String::with_capacity(s.len());
    let mut pending_space = false;
    let chars: Vec<char> = s
        .nfkd()
        .filter(|c| !unicode_normalization::char::is_combining_mark(*c))
        .collect();
    for (i, &c) in chars.iter().enumerate() {
        // `+` and a trailing `-` carry meaning in labels such as "18+" and "18-".
        let significant = c == '+'
            || (c == '-'
                && chars.get(i + 1).is_none_or(|n| !n.is_alphanumeric())
                && i > 0
                && chars[i - 1].is_alphanumeric());
        if c.is_alphanumeric() || significant {
            if pending_space && !out.is_empty() {
                out.push(' ');
            }
            pending_space = false;
            out.extend(c.to_lowercase());
        } else if c != '\'' && c != '\u{2019}' {
            pending_space = true;
        }
    }
    out
}

/// The Damerau-Levenshtein distance (optimal string alignment) between two strings, by chars.
///
/// ```
/// assert_eq!(jeugdhulp_op_school::text::distance("labl", "label"), 1);
/// ```
pub fn distance(a: &str, b: &str) -> usize {
    let a: Vec<char> = a.chars().collect();
    let b: Vec<char> = b.chars().collect();
    let mut prev2 = vec![0usize; b.len() + 1];
    let mut prev: Vec<usize> = (0..=b.len()).collect();
    let mut cur = vec![0usize; b.len() + 1];
    for i in 1..=a.len() {
        cur[0] = i;
        for j in 1..=b.len() {
            let cost = usize::from(a[i - 1] != b[j - 1]);
            cur[j] = (prev[j] + 1).min(cur[j - 1] + 1).min(prev[j - 1] + cost);
            if i > 1 && j > 1 && a[i - 1] == b[j - 2] && a[i - 2] == b[j - 1] {
                cur[j] = cur[j].min(prev2[j - 2] + 1);
            }
        }
        std::mem::swap(&mut prev2, &mut prev);
        std::mem::swap(&mut prev, &mut cur);
    }
    prev[b.len()]
}

/// The candidate nearest to `word`, if it is near enough to be a plausible typo
/// (distance at most a third of the word's length, and at least 1 allowed).
///
/// ```
/// use jeugdhulp_op_school::text::nearest;
/// assert_eq!(nearest("defintion", ["definition", "label"]), Some("definition"));
/// assert_eq!(nearest("zzz", ["definition", "label"]), None);
/// ```
pub fn nearest<'a>(word: &str, candidates: impl IntoIterator<Item = &'a str>) -> Option<&'a str> {
    let limit = (word.chars().count() / 3).max(1);
    candidates
        .into_iter()
        .map(|c| (distance(word, c), c))
        .filter(|&(d, _)| d <= limit)
        .min()
        .map(|(_, c)| c)
}

/// Whether `id` is kebab-case ASCII: lowercase letters and digits in groups joined by single
/// hyphens, starting with a letter.
///
/// ```
/// use jeugdhulp_op_school::text::is_kebab_id;
/// assert!(is_kebab_id("so-cluster-4"));
/// assert!(!is_kebab_id("So_cluster"));
/// assert!(!is_kebab_id("4-cluster"));
/// assert!(!is_kebab_id("a--b"));
/// ```
pub fn is_kebab_id(id: &str) -> bool {
    id.starts_with(|c: char| c.is_ascii_lowercase())
        && id.split('-').all(|part| {
            !part.is_empty()
                && part
                    .bytes()
                    .all(|b| b.is_ascii_lowercase() || b.is_ascii_digit())
        })
}

/// Whether `date` is a valid `YYYY-MM-DD` calendar date.
///
/// ```
/// use jeugdhulp_op_school::text::is_iso_date;
/// assert!(is_iso_date("2024-02-29"));
/// assert!(!is_iso_date("2023-02-29"));
/// assert!(!is_iso_date("23-11-2026"));
/// ```
pub fn is_iso_date(date: &str) -> bool {
    let b = date.as_bytes();
    if b.len() != 10 || b[4] != b'-' || b[7] != b'-' {
        return false;
    }
    let num = |r: std::ops::Range<usize>| {
        date[r].parse::<u32>().ok().filter(|_| {
            b[0..10]
                .iter()
                .enumerate()
                .all(|(i, c)| i == 4 || i == 7 || c.is_ascii_digit())
        })
    };
    let (Some(y), Some(m), Some(d)) = (num(0..4), num(5..7), num(8..10)) else {
        return false;
    };
    let leap = (y % 4 == 0 && y % 100 != 0) || y % 400 == 0;
    let days = match m {
        1 | 3 | 5 | 7 | 8 | 10 | 12 => 31,
        4 | 6 | 9 | 11 => 30,
        2 if leap => 29,
        2 => 28,
        _ => return false,
    };
    (1..=days).contains(&d)
}
