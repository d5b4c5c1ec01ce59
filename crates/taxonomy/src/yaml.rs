//! The one place that knows the YAML library.
//!
//! Everything YAML-specific (parser options, resource budgets, error translation, spanned values)
//! lives here, so the parser can be swapped without touching the model or the checks. The
//! records crate reads YAML records files through this module too, so the workspace has one
//! YAML parser with one set of limits.

use std::sync::Arc;

use serde::de::DeserializeOwned;

use crate::diagnostic::{Code, Diagnostic};
use crate::model::Location;
use jos_codes::suggest::hint;

/// A value with the position it was written at. A thin wrapper over the YAML library's own
/// spanned type, so the raw file structures can also describe themselves as JSON Schema.
#[derive(Debug)]
pub struct Spanned<T> {
    /// The value.
    pub value: T,
    referenced: serde_saphyr::Location,
}

impl<T> Spanned<T> {
    /// The byte range the value takes in the text, where the parser knows it.
    pub fn bytes(&self) -> Option<std::ops::Range<usize>> {
        let span = self.referenced.span();
        span.byte_offset()
            .zip(span.byte_len())
            .map(|(o, l)| o as usize..o as usize + l as usize)
    }
}

impl<'de, T: serde::Deserialize<'de>> serde::Deserialize<'de> for Spanned<T> {
    fn deserialize<D: serde::Deserializer<'de>>(d: D) -> Result<Self, D::Error> {
        let s = serde_saphyr::Spanned::<T>::deserialize(d)?;
        Ok(Spanned {
            value: s.value,
            referenced: s.referenced,
        })
    }
}

#[cfg(feature = "schema")]
impl<T: schemars::JsonSchema> schemars::JsonSchema for Spanned<T> {
    fn inline_schema() -> bool {
        T::inline_schema()
    }
    fn schema_name() -> std::borrow::Cow<'static, str> {
        T::schema_name()
    }
    fn schema_id() -> std::borrow::Cow<'static, str> {
        T::schema_id()
    }
    fn json_schema(generator: &mut schemars::SchemaGenerator) -> schemars::Schema {
        T::json_schema(generator)
    }
}

/// The largest YAML file the loader reads at all. The whole built-in taxonomy is well under a
/// megabyte; 16 MiB leaves room for large regional extensions and record files.
pub const MAX_FILE_BYTES: u64 = 16 * 1024 * 1024;

/// Resource limits. They are set deliberately rather than left at the library defaults:
/// the default node budget (250,000) would reject files above about 2.5 MB, while a taxonomy
/// needs no aliases at all and never nests deeper than a handful of levels.
fn options() -> serde_saphyr::Options {
    let mut budget = serde_saphyr::Budget::default();
    // About one node per 4 bytes at the file size limit.
    budget.max_nodes = 4_000_000;
    budget.max_events = 8_000_000;
    budget.max_total_scalar_bytes = MAX_FILE_BYTES as usize;
    budget.max_reader_input_bytes = Some(MAX_FILE_BYTES as usize);
    // The format nests at most about 8 levels; 48 leaves room and stops deep-nesting attacks early.
    budget.max_depth = 48;
    budget.flow_nesting_limit = 48;
    // Aliases are legal YAML but a taxonomy does not need many; these bound alias bombs.
    budget.max_aliases = 1_000;
    budget.max_anchors = 1_000;
    budget.max_documents = 1;
    let mut options = serde_saphyr::Options::default();
    options.budget = Some(budget);
    options.with_snippet = false;
    options.reject_unsupported_tags = true;
    options.duplicate_keys = serde_saphyr::DuplicateKeyPolicy::Error;
    options
}

/// The location of a spanned value.
pub fn location<T>(file: &Arc<str>, spanned: &Spanned<T>) -> Location {
    Location::new(
        file.clone(),
        spanned.referenced.line() as u32,
        spanned.referenced.column() as u32,
    )
}

/// Parses one YAML document into `T`, turning every failure into one located diagnostic.
pub fn parse<T: DeserializeOwned>(file: &Arc<str>, text: &str) -> Result<T, Diagnostic> {
    if is_blank(text) {
        return Err(Diagnostic::new(
            Code::EmptyFile,
            Location::new(file.clone(), 1, 1),
            "the file holds no YAML document",
        )
        .with_hint("write the document described in docs/taxonomy-format.md, or remove the file"));
    }
    serde_saphyr::from_str_with_options(text, options()).map_err(|e| translate(file, &e))
}

/// Whether a text holds nothing but white space and comments.
fn is_blank(text: &str) -> bool {
    text.lines().all(|l| {
        let l = l.trim();
        l.is_empty() || l.starts_with('#') || l == "---" || l == "..."
    })
}

fn translate(file: &Arc<str>, error: &serde_saphyr::Error) -> Diagnostic {
    let (line, column) = error
        .location()
        .map(|l| (l.line() as u32, l.column() as u32))
        .unwrap_or((0, 0));
    let location = Location::new(file.clone(), line.max(1), column.max(1));
    let full = error.to_string();
    // The library appends " at line L, column C" (and alias details); we print locations ourselves.
    let message = match full.find(" at line ") {
        Some(i) => full[..i].to_owned(),
        None => full,
    };
    if let Some(key) = message.strip_prefix("duplicate mapping key: ") {
        let key = key.split(',').next().unwrap_or(key).trim();
        return Diagnostic::new(
            Code::DuplicateKey,
            location,
            format!("key `{key}` appears twice in this mapping"),
        )
        .with_hint("keep one of the two entries; YAML would otherwise silently drop the other");
    }
    if let Some(rest) = message.strip_prefix("unknown field `") {
        let field = rest.split('`').next().unwrap_or_default();
        let expected: Vec<&str> = rest
            .split_once("expected one of ")
            .or_else(|| rest.split_once("expected "))
            .map(|(_, list)| {
                list.split(',')
                    .map(|s| s.trim().trim_matches('`'))
                    .filter(|s| !s.is_empty())
                    .collect()
            })
            .unwrap_or_default();
        let hint = match hint(field, expected.iter().copied()) {
            Some(h) => format!("{h} Valid fields here: {}", expected.join(", ")),
            None if expected.is_empty() => "remove the field".to_owned(),
            None => format!(
                "remove the field; valid fields here: {}",
                expected.join(", ")
            ),
        };
        return Diagnostic::new(
            Code::UnknownField,
            location,
            format!("unknown field `{field}`"),
        )
        .with_hint(hint);
    }
    if message.contains("unsupported tag") {
        return Diagnostic::new(Code::YamlTag, location, message)
            .with_hint("remove the tag: these files hold plain text, lists and mappings");
    }
    if message.contains("budget breached")
        || message.contains("recursion limit")
        || message.contains("nesting")
    {
        return Diagnostic::new(
            Code::YamlLimit,
            location,
            format!("resource limit exceeded: {message}"),
        )
        .with_hint(
            "the file nests too deeply or expands too many aliases; write the data out plainly",
        );
    }
    if message.contains("tab") {
        return Diagnostic::new(Code::YamlSyntax, location, message)
            .with_hint("indent with spaces; YAML does not allow tabs for indentation");
    }
    if message.starts_with("missing field") {
        return Diagnostic::new(Code::MissingField, location, message);
    }
    if message.starts_with("invalid")
        || message.starts_with("expected")
        || message.contains("invalid type")
    {
        return Diagnostic::new(Code::InvalidValue, location, message)
            .with_hint("see docs/taxonomy-format.md for the shape of each field");
    }
    Diagnostic::new(Code::YamlSyntax, location, message)
}
