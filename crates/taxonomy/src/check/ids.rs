//! Ids: well-formed, unique, and mapping to distinct Rust names.

use std::collections::HashMap;

use crate::diagnostic::{Code, Diagnostic};
use crate::model::{Location, Taxonomy};
use crate::names::variant_name;
use crate::text::is_kebab_id;

pub(super) fn check(taxonomy: &Taxonomy, out: &mut Vec<Diagnostic>) {
    let mut malformed = |id: &str, what: &str, at: &Location| {
        if !id.is_empty() && !is_kebab_id(id) {
            out.push(
                Diagnostic::new(Code::MalformedId, at.clone(), format!("{what} id `{id}` is not kebab-case"))
                    .with_hint(format!("use lowercase ASCII letters, digits and single hyphens, starting with a letter, e.g. `{}`", suggest_kebab(id))),
            );
        }
    };
    malformed(&taxonomy.id, "taxonomy", &taxonomy.location);
    for k in &taxonomy.relation_kinds {
        malformed(&k.id, "relation kind", &k.location);
    }
    for s in &taxonomy.sources {
        malformed(&s.id, "source", &s.location);
    }
    for r in &taxonomy.rules {
        malformed(&r.id, "rule", &r.location);
    }
    for f in &taxonomy.facets {
        malformed(&f.id, "facet", &f.location);
        for c in &f.concepts {
            malformed(&c.id, "concept", &c.location);
        }
    }

    duplicates(
        taxonomy.facets.iter().map(|f| (f.id.as_str(), &f.location)),
        "facet",
        out,
    );
    duplicates(
        taxonomy
            .relation_kinds
            .iter()
            .map(|k| (k.id.as_str(), &k.location)),
        "relation kind",
        out,
    );
    duplicates(
        taxonomy
            .sources
            .iter()
            .map(|s| (s.id.as_str(), &s.location)),
        "source",
        out,
    );
    duplicates(
        taxonomy.concepts().map(|c| (c.id.as_str(), &c.location)),
        "concept",
        out,
    );
    duplicates(
        taxonomy.rules.iter().map(|r| (r.id.as_str(), &r.location)),
        "rule",
        out,
    );

    for f in &taxonomy.facets {
        let mut names: HashMap<String, &str> = HashMap::new();
        for c in &f.concepts {
            if c.id.is_empty() || !is_kebab_id(&c.id) {
                continue;
            }
            let name = variant_name(&c.id);
            if let Some(other) = names.insert(name.clone(), &c.id)
                && other != c.id
            {
                out.push(
                        Diagnostic::new(Code::VariantNameCollision, c.location.clone(), format!("concept ids `{other}` and `{}` both become the Rust variant `{name}`", c.id))
                            .with_hint("choose an id whose hyphen-separated parts differ (ids of published concepts never change, so change the new one)"),
                    );
            }
        }
    }
}

fn duplicates<'a>(
    items: impl Iterator<Item = (&'a str, &'a Location)>,
    what: &str,
    out: &mut Vec<Diagnostic>,
) {
    let mut first: HashMap<&str, &Location> = HashMap::new();
    for (id, at) in items {
        if id.is_empty() {
            continue;
        }
        if let Some(prev) = first.get(id) {
            out.push(
                Diagnostic::new(
                    Code::DuplicateId,
                    at.clone(),
                    format!("{what} id `{id}` is already used at {prev}"),
                )
                .with_hint(format!(
                    "give this {what} its own id; ids are unique and permanent"
                )),
            );
        } else {
            first.insert(id, at);
        }
    }
}

/// A kebab-case rendering of an arbitrary id, for hints.
fn suggest_kebab(id: &str) -> String {
    let folded = crate::text::fold(id);
    let s: String = folded
        .split(' ')
        .filter(|p| !p.is_empty())
        .collect::<Vec<_>>()
        .join("-")
        .chars()
        .filter(|c| c.is_ascii_alphanumeric() || *c == '-')
        .collect();
    let s = s
        .trim_start_matches(|c: char| c.is_ascii_digit() || c == '-')
        .to_owned();
    if s.is_empty() {
        "my-concept".to_owned()
    } else {
        s
    }
}
