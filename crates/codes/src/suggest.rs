//! "Did you mean" suggestions: the one edit-distance helper that every crate of the workspace
//! uses, here because the codes crate has no dependencies and its parse errors need it.
//!
//! Not part of the stable API: hidden from the documentation, and used by the other crates of
//! this workspace only.
//!
//! Why not strsim: the codes crate promises to compile no other crate, and its parse errors
//! (`"universal-preventon".parse::<Intensity>()`) must suggest the nearest code. The distance is
//! the optimal-string-alignment variant of Damerau-Levenshtein (strsim's `osa_distance`), counted
//! in chars; twenty lines with tests, and every suggestion in the workspace uses it, so the
//! suggestions of the enums, the checks and the lookup cannot disagree.

/// The Damerau-Levenshtein distance (optimal string alignment) between two strings, by chars.
///
/// ```
/// assert_eq!(jos_codes::suggest::distance("labl", "label"), 1);
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
/// use jos_codes::suggest::nearest;
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

/// "did you mean `a`?", "did you mean `a` or `b`?", "did you mean `a`, `b` or `c`?": the one
/// wording of every suggestion; `None` when there is no candidate.
///
/// ```
/// use jos_codes::suggest::did_you_mean;
/// assert_eq!(did_you_mean(&["label"]).unwrap(), "did you mean `label`?");
/// assert_eq!(did_you_mean(&["a", "b", "c"]).unwrap(), "did you mean `a`, `b` or `c`?");
/// assert_eq!(did_you_mean(&[]), None);
/// ```
pub fn did_you_mean(candidates: &[&str]) -> Option<String> {
    match candidates {
        [] => None,
        [one] => Some(format!("did you mean `{one}`?")),
        [init @ .., last] => {
            let init: Vec<String> = init.iter().map(|s| format!("`{s}`")).collect();
            Some(format!("did you mean {} or `{last}`?", init.join(", ")))
        }
    }
}

/// The suggestion for a misspelt `word`: [`did_you_mean`] the [`nearest`] candidate, if one is
/// near enough.
///
/// ```
/// use jos_codes::suggest::hint;
/// assert_eq!(hint("defintion", ["definition", "label"]).unwrap(), "did you mean `definition`?");
/// assert_eq!(hint("zzz", ["definition"]), None);
/// ```
pub fn hint<'a>(word: &str, candidates: impl IntoIterator<Item = &'a str>) -> Option<String> {
    nearest(word, candidates).and_then(|n| did_you_mean(&[n]))
}
