//! What migration does with one record's codes, whatever the file format: which codes are
//! replaced in place, which are removed from their facet because they moved to another one, and
//! which codes are added to which facet. The format modules then make these edits in the text.

use std::collections::BTreeMap;

use super::super::{FacetTags, Field, UNKNOWN};
use jos_taxonomy::diagnostic::{Code, Diagnostic};
use jos_taxonomy::model::{Cardinality, Taxonomy};

/// The edits one record needs.
#[derive(Default)]
pub(super) struct Plan<'r> {
    /// A code and the code that takes its place in the same facet.
    pub replace: Vec<(&'r Field, String)>,
    /// Codes removed from their facet (their concept moved to other facets).
    pub remove: Vec<&'r Field>,
    /// Codes added, per facet, in the order they arise; never one the facet already has.
    pub add: Vec<(String, Vec<String>)>,
    /// One line per change.
    pub changes: Vec<String>,
    /// What a person must decide.
    pub flags: Vec<Diagnostic>,
}

impl Plan<'_> {
    /// Whether the record needs no edit of its codes.
    pub fn is_empty(&self) -> bool {
        self.replace.is_empty() && self.remove.is_empty() && self.add.is_empty()
    }

    fn add(&mut self, facet: &str, code: &str) {
        match self.add.iter_mut().find(|(f, _)| f == facet) {
            Some((_, codes)) => codes.push(code.to_owned()),
            None => self.add.push((facet.to_owned(), vec![code.to_owned()])),
        }
    }
}

/// Plans the migration of the codes in `tags` (one record, described as `what`).
///
/// A deprecated code's replacements are grouped by facet. One replacement in a facet is always
/// written; several in one facet are written only when the deprecation says `together`,
/// otherwise the concept was split and a person chooses (the code is left as it is). A
/// replacement in the code's own facet takes its place; one in another facet is added there,
/// and the code leaves its facet when no replacement stays in it. A single-valued facet that
/// already holds another code is not overwritten: a person decides.
pub(super) fn plan<'r>(taxonomy: &Taxonomy, tags: &'r [FacetTags], what: &str) -> Plan<'r> {
    let mut p = Plan::default();
    // The codes of each facet after the changes planned so far.
    let mut present: BTreeMap<String, Vec<String>> = BTreeMap::new();
    for t in tags {
        let codes = present.entry(t.facet.value.clone()).or_default();
        codes.extend(
            t.codes
                .iter()
                .filter(|c| c.value != UNKNOWN)
                .map(|c| c.value.clone()),
        );
    }
    for t in tags {
        let facet = t.facet.value.as_str();
        for code in &t.codes {
            let Some(d) = taxonomy
                .concept(&code.value)
                .and_then(|c| c.deprecated.as_ref())
            else {
                continue;
            };
            let groups = taxonomy.replacements_by_facet(d);
            let all = || {
                d.replaced_by
                    .iter()
                    .map(|r| format!("`{}`", r.value))
                    .collect::<Vec<_>>()
                    .join(", ")
            };
            if groups.is_empty() {
                continue;
            }
            if !d.together && groups.iter().any(|(_, list)| list.len() > 1) {
                p.flags.push(
                    Diagnostic::new(
                        Code::DeprecatedCode,
                        code.location.clone(),
                        format!("{what}: `{}` was split into {}; a person must choose", code.value, all()),
                    )
                    .with_hint("read the definitions (`jos show ID`) and replace the code by hand; this record is otherwise migrated"),
                );
                // What holds whatever the choice, one code in another facet, is still written;
                // the code itself stays for the person.
                let mut said = Vec::new();
                for (f, list) in groups.iter().filter(|(f, l)| *f != facet && l.len() == 1) {
                    if single_taken(taxonomy, &present, f, list) {
                        continue;
                    }
                    let have = present.entry((*f).to_owned()).or_default();
                    if !have.iter().any(|h| h == list[0]) {
                        have.push(list[0].to_owned());
                        p.add(f, list[0]);
                        said.push(format!("{f}: `{}`", list[0]));
                    }
                }
                if !said.is_empty() {
                    p.changes
                        .push(format!("{what}: `{}` adds {}", code.value, said.join(", ")));
                }
                continue;
            }
            // A single-valued facet elsewhere that already has another code is not overwritten.
            let conflict = groups
                .iter()
                .find(|(f, list)| *f != facet && single_taken(taxonomy, &present, f, list));
            if let Some((f, list)) = conflict {
                p.flags.push(
                    Diagnostic::new(
                        Code::DeprecatedCode,
                        code.location.clone(),
                        format!(
                            "{what}: `{}` moves to `{}` in facet `{f}`, which allows one code and already has `{}`; a person must choose",
                            code.value,
                            list.join("`, `"),
                            present.get(*f).map(|v| v.join("`, `")).unwrap_or_default()
                        ),
                    )
                    .with_hint(format!("keep the code of facet `{f}` that fits and remove `{}` by hand", code.value)),
                );
                continue;
            }
            let mut said: Vec<String> = Vec::new();
            let own = groups
                .iter()
                .find(|(f, _)| *f == facet)
                .map(|(_, l)| l.clone());
            match own.as_deref() {
                Some([first, rest @ ..]) => {
                    p.replace.push((code, (*first).to_owned()));
                    let have = present.entry(facet.to_owned()).or_default();
                    if have.iter().filter(|h| *h == first).count() > 0 && *first != code.value {
                        p.flags.push(super::merged(what, code, first));
                    }
                    have.retain(|h| *h != code.value);
                    have.push((*first).to_owned());
                    said.push(format!("`{first}`"));
                    for extra in rest {
                        if !have.iter().any(|h| h == extra) {
                            have.push((*extra).to_owned());
                            p.add(facet, extra);
                        }
                        said.push(format!("`{extra}`"));
                    }
                }
                _ => {
                    p.remove.push(code);
                    if let Some(have) = present.get_mut(facet) {
                        have.retain(|h| *h != code.value);
                    }
                }
            }
            for (f, list) in groups.iter().filter(|(f, _)| *f != facet) {
                let have = present.entry((*f).to_owned()).or_default();
                for c in list {
                    if !have.iter().any(|h| h == c) {
                        have.push((*c).to_owned());
                        p.add(f, c);
                    }
                    said.push(format!("{f}: `{c}`"));
                }
            }
            p.changes
                .push(format!("{what}: `{}` -> {}", code.value, said.join(", ")));
        }
    }
    p
}

/// Whether `facet` is single-valued and already holds a code other than `codes`.
fn single_taken(
    taxonomy: &Taxonomy,
    present: &BTreeMap<String, Vec<String>>,
    facet: &str,
    codes: &[&str],
) -> bool {
    taxonomy
        .facet(facet)
        .is_some_and(|x| x.cardinality == Cardinality::Single)
        && present.get(facet).is_some_and(|have| {
            !have.is_empty() && !codes.iter().all(|c| have.iter().any(|h| h == c))
        })
}
