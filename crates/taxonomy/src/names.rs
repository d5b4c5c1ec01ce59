//! How taxonomy ids become Rust names in the generated code.

/// The Rust type or variant name for a kebab-case id: each hyphen-separated part capitalised and
/// joined (`so-cluster-4` -> `SoCluster4`). Deterministic; two ids that map to the same name are
/// reported by the checks as `variant-name-collision`.
///
/// ```
/// use jos_taxonomy::names::variant_name;
/// assert_eq!(variant_name("so-cluster-4"), "SoCluster4");
/// assert_eq!(variant_name("mbo-as-neighbourhood"), "MboAsNeighbourhood");
/// ```
pub fn variant_name(id: &str) -> String {
    let mut name = String::with_capacity(id.len());
    for part in id.split('-') {
        let mut chars = part.chars();
        if let Some(first) = chars.next() {
            name.extend(first.to_uppercase());
            name.push_str(chars.as_str());
        }
    }
    if name == "Self" {
        name.push('_');
    }
    name
}

/// The Rust module name for a facet id (`organisation-model` -> `organisation_model`).
///
/// ```
/// assert_eq!(jos_taxonomy::names::module_name("age-phase"), "age_phase");
/// ```
pub fn module_name(id: &str) -> String {
    let name = id.replace('-', "_");
    match name.as_str() {
        "as" | "break" | "const" | "continue" | "crate" | "else" | "enum" | "extern" | "false"
        | "fn" | "for" | "if" | "impl" | "in" | "let" | "loop" | "match" | "mod" | "move"
        | "mut" | "pub" | "ref" | "return" | "self" | "static" | "struct" | "super" | "trait"
        | "true" | "type" | "unsafe" | "use" | "where" | "while" | "async" | "await" | "dyn"
        | "gen" | "try" | "abstract" | "become" | "box" | "do" | "final" | "macro" | "override"
        | "priv" | "typeof" | "unsized" | "virtual" | "yield" => format!("{name}_"),
        _ => name,
    }
}
