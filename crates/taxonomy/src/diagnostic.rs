//! Diagnostics: every problem the loader and the checks can find, as data.
//!
//! A [`Diagnostic`] has a stable kebab-case [`Code`], a [`Severity`], the file, line and column it
//! concerns, a message saying what is wrong and a hint saying how to fix it. The codes and what
//! they mean are listed in one table, [`Code::ALL`], rendered to `docs/diagnostics.md`.

use std::fmt;

use crate::model::Location;

/// How serious a finding is.
#[derive(Copy, Clone, Debug, PartialEq, Eq, PartialOrd, Ord, Hash, serde::Serialize)]
#[serde(rename_all = "kebab-case")]
pub enum Severity {
    /// Worth a look; does not make the taxonomy invalid.
    Warning,
    /// The taxonomy or record is invalid.
    Error,
}

impl fmt::Display for Severity {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(match self {
            Severity::Warning => "warning",
            Severity::Error => "error",
        })
    }
}

macro_rules! codes {
    ($( $(#[$doc:meta])* $variant:ident = $id:literal, $sev:ident, $summary:literal; )*) => {
        /// A stable identifier for one kind of finding.
        ///
        /// Codes are never renamed; a test keeps the list in `docs/diagnostics.md` in step.
        ///
        /// ```
        /// use jos_taxonomy::diagnostic::Code;
        /// assert_eq!(Code::DuplicateId.as_str(), "duplicate-id");
        /// assert_eq!("duplicate-id".parse::<Code>(), Ok(Code::DuplicateId));
        /// ```
        #[derive(Copy, Clone, Debug, PartialEq, Eq, PartialOrd, Ord, Hash)]
        #[non_exhaustive]
        pub enum Code {
            $( $(#[$doc])* $variant, )*
        }

        impl Code {
            /// Every code, in documentation order.
            pub const ALL: &'static [Code] = &[$(Code::$variant),*];

            /// The stable kebab-case identifier.
            pub const fn as_str(self) -> &'static str {
                match self { $(Code::$variant => $id,)* }
            }

            /// The severity findings with this code have.
            pub const fn severity(self) -> Severity {
                match self { $(Code::$variant => Severity::$sev,)* }
            }

            /// One sentence on what the code means.
            pub const fn summary(self) -> &'static str {
                match self { $(Code::$variant => $summary,)* }
            }
        }

        impl std::str::FromStr for Code {
            type Err = ();
            fn from_str(s: &str) -> Result<Self, ()> {
                match s { $($id => Ok(Code::$variant),)* _ => Err(()) }
            }
        }
    };
}

codes! {
    /// A file or directory could not be read.
    Io = "io-error", Error, "A file or directory could not be read (missing, a directory where a file should be, no permission).";
    /// A file exceeds the size limit.
    FileTooLarge = "file-too-large", Error, "A file is larger than the loader accepts; taxonomy files are small text files.";
    /// A file is not valid UTF-8.
    InvalidUtf8 = "invalid-utf8", Error, "A file is not valid UTF-8 text.";
    /// A CSV file is not UTF-8 and was read as Windows-1252.
    LegacyEncoding = "legacy-encoding", Warning, "A CSV file is not UTF-8 and was read as Windows-1252 (what Excel's plain \"CSV\" writes on Dutch Windows); every row is kept, but check characters such as é and €.";
    /// A file holds no YAML document.
    EmptyFile = "empty-file", Error, "A file is empty or holds only comments.";
    /// YAML syntax error.
    YamlSyntax = "yaml-syntax", Error, "The file is not valid YAML (for example tabs used for indentation).";
    /// JSON syntax error in a records file.
    JsonSyntax = "json-syntax", Error, "A JSON or JSON Lines records file is not valid JSON (for example a missing comma or an unclosed bracket).";
    /// A mapping repeats a key.
    DuplicateKey = "duplicate-key", Error, "A mapping repeats a key; YAML parsers would silently keep one of them.";
    /// A YAML tag was used.
    YamlTag = "yaml-tag", Error, "A YAML tag such as `!!python/object` was used; taxonomy files are plain data.";
    /// A resource limit was hit.
    YamlLimit = "yaml-limit", Error, "The file exceeds a resource limit: too deeply nested, too many nodes, or too many aliases (an alias bomb).";
    /// A field that the format does not have.
    UnknownField = "unknown-field", Error, "A field the format does not have, usually a typo; the hint names the nearest valid field.";
    /// A value has the wrong type or shape.
    InvalidValue = "invalid-value", Error, "A value has the wrong type or shape (a list where text is expected, a negative position, ...).";
    /// A required field is missing.
    MissingField = "missing-field", Error, "A required field is missing.";
    /// An id is not kebab-case.
    MalformedId = "malformed-id", Error, "An id is not kebab-case ASCII (lowercase letters and digits joined by single hyphens, starting with a letter).";
    /// An id is used twice.
    DuplicateId = "duplicate-id", Error, "An id is used twice: ids of concepts are unique across the whole taxonomy, other ids within their kind.";
    /// A version is not semver.
    InvalidSemver = "invalid-semver", Error, "A version is not a semantic version such as `1.2.0`.";
    /// A date is not YYYY-MM-DD.
    InvalidDate = "invalid-date", Error, "A date is not a valid `YYYY-MM-DD` date.";
    /// A URL is not an http(s) URL.
    InvalidUrl = "invalid-url", Error, "A source URL is not an absolute `http://` or `https://` URL.";
    /// The languages list lacks nl or en.
    MissingLanguage = "missing-language", Error, "The `languages` list lacks `nl` (which must come first) or `en`.";
    /// A text is in an undeclared language.
    UnknownLanguage = "unknown-language", Error, "A text is given in a language the taxonomy does not declare.";
    /// A listed facet has no file or definition.
    UnknownFacet = "unknown-facet", Error, "A facet is named (in `facets`, a relation kind or a rule) but not defined.";
    /// A file in facets/ is not listed.
    UnlistedFacetFile = "unlisted-facet-file", Warning, "A file in `facets/` is not listed in `taxonomy.yaml` and is ignored.";
    /// A facet file's id differs from its file name.
    FacetIdMismatch = "facet-id-mismatch", Error, "A facet file's `id` differs from the name it is listed under.";
    /// broader names an unknown concept.
    UnknownBroader = "unknown-broader", Error, "`broader` names a concept that does not exist.";
    /// related names an unknown concept.
    UnknownRelated = "unknown-related", Error, "A `related` entry names a concept that does not exist.";
    /// replaced_by names an unknown concept.
    UnknownReplacement = "unknown-replacement", Error, "`replaced_by` names a concept that does not exist.";
    /// A source id that is not registered.
    UnknownSource = "unknown-source", Error, "A concept cites a source id that is not registered.";
    /// A relation kind that is not defined.
    UnknownRelationKind = "unknown-relation-kind", Error, "A `related` entry uses a relation kind that `taxonomy.yaml` does not define.";
    /// A relation starts or ends in a facet its kind does not allow.
    RelationFacetMismatch = "relation-facet-mismatch", Error, "A relation starts or ends in a facet that its kind's `from` or `to` does not allow.";
    /// A concept relates to itself.
    SelfReference = "self-reference", Error, "A concept is its own broader concept, relation target or replacement.";
    /// A relation is given twice.
    DuplicateRelation = "duplicate-relation", Warning, "The same relation (kind and target) is given twice.";
    /// A concept is related to its own ancestor.
    RelatedToAncestor = "related-to-ancestor", Warning, "A concept has an associative relation with one of its own broader concepts (qSKOS: relation clash).";
    /// A live concept is related to a deprecated one.
    RelatedToDeprecated = "related-to-deprecated", Warning, "A live concept has a relation to a deprecated concept; point it at the replacement.";
    /// broader forms a cycle.
    BroaderCycle = "broader-cycle", Error, "Following `broader` leads back to the concept itself.";
    /// broader crosses facets.
    BroaderOtherFacet = "broader-other-facet", Error, "`broader` points to a concept in another facet; hierarchies stay within a facet.";
    /// A preferred label is missing.
    MissingLabel = "missing-label", Error, "A concept or facet lacks a preferred label in a required language (`nl`, `en`).";
    /// A definition is missing.
    MissingDefinition = "missing-definition", Error, "A concept or facet lacks a definition in a required language.";
    /// A definition is empty.
    EmptyDefinition = "empty-definition", Error, "A definition is empty or only white space.";
    /// Two concepts have the same definition.
    DuplicateDefinition = "duplicate-definition", Error, "Two concepts share the same definition text in one language.";
    /// The same preferred label twice in a facet.
    DuplicateLabel = "duplicate-label", Error, "Two concepts in one facet have the same preferred label in one language (ignoring case and accents).";
    /// An alternative label equals another concept's preferred label.
    AltLabelClash = "alt-label-clash", Error, "An alternative label or abbreviation equals another concept's preferred label in the same facet (qSKOS: disjoint labels).";
    /// Two concepts share an alternative label.
    AmbiguousAltLabel = "ambiguous-alt-label", Warning, "Two concepts in one facet share an alternative label or abbreviation, so a lookup cannot tell them apart.";
    /// An alternative label repeats the concept's own preferred label.
    RedundantAltLabel = "redundant-alt-label", Warning, "An alternative label repeats the concept's own preferred label or another of its alternative labels.";
    /// A label has stray white space.
    LabelWhitespace = "label-whitespace", Error, "A label has leading, trailing, repeated or non-space white space.";
    /// A deprecation lacks a replacement or a reason.
    IncompleteDeprecation = "incomplete-deprecation", Error, "A deprecation lacks `replaced_by` or a `reason`.";
    /// A replacement is itself deprecated.
    ReplacementDeprecated = "replacement-deprecated", Error, "`replaced_by` points to a deprecated concept; replacement chains must end in a live concept.";
    /// A replacement lies in another facet.
    ReplacementOtherFacet = "replacement-other-facet", Error, "`replaced_by` mixes tags and terms: a tag is replaced by tags (in any facet), a term of the begrippen part by terms.";
    /// A live concept under a deprecated broader.
    LiveUnderDeprecated = "live-under-deprecated", Error, "A live concept has a deprecated broader concept.";
    /// A concept of an ordered facet lacks a position.
    MissingPosition = "missing-position", Error, "A live concept in an ordered facet has no `position`.";
    /// Two concepts share a position.
    DuplicatePosition = "duplicate-position", Error, "Two live concepts in an ordered facet share a `position`.";
    /// A position in an unordered facet.
    UnexpectedPosition = "unexpected-position", Warning, "A concept in an unordered facet has a `position`, which is ignored.";
    /// A Markdown link to a concept that does not exist.
    BrokenConceptLink = "broken-concept-link", Error, "A Markdown text links to `concept:ID` and no concept has that id.";
    /// A concept cites no source.
    MissingSource = "missing-source", Error, "A concept cites no source.";
    /// A registered source nobody cites.
    UnusedSource = "unused-source", Warning, "A registered source is cited by no concept.";
    /// A concept cites no source that has an address.
    UnaddressedSource = "unaddressed-source", Warning, "A concept, term or the definition cites no source with an address (`url`) other than a site's home page, so its facts cannot be traced.";
    /// A tag facet has no coder's question or decision rule.
    MissingQuestion = "missing-question", Warning, "A facet that records tag has no `question` (what a coder answers) or no `decision_rule` (how to decide borderline cases).";
    /// A version lies after the taxonomy's version.
    VersionInFuture = "version-in-future", Error, "A `since` version is later than the taxonomy's own version.";
    /// A rule names an unknown facet or concept.
    InvalidRule = "invalid-rule", Error, "A rule in `taxonomy.yaml` names a facet or concept that does not exist, or a concept outside the facet it is listed under.";
    /// A record uses a code that no concept has.
    UnknownCode = "unknown-code", Error, "A record uses a code that is no concept's id; the hint names the nearest code by id, label, synonym or abbreviation.";
    /// A record uses a code under the wrong facet.
    CodeInWrongFacet = "code-in-wrong-facet", Error, "A record lists a concept under a facet it does not belong to; the hint names the right facet.";
    /// A record uses a term of the begrippen part as a tag.
    NotATag = "not-a-tag", Error, "A record uses a term of the begrippen part (or the definition) as a code; terms explain, they are not tags. The hint names the concepts the term explains.";
    /// A record uses a deprecated code.
    DeprecatedCode = "deprecated-code", Warning, "A record uses a deprecated code (an error with `--strict`); `jos migrate` rewrites it to its replacement.";
    /// Several codes in a single-valued facet.
    TooManyCodes = "too-many-codes", Error, "A record carries several codes in a facet that allows one.";
    /// The same code twice in a facet.
    DuplicateCode = "duplicate-code", Warning, "A record lists the same code twice in one facet.";
    /// A required facet is not tagged.
    MissingFacet = "missing-facet", Error, "A record does not tag a facet that every record must tag.";
    /// An inconsistent combination of codes.
    RuleViolation = "rule-violation", Error, "A record combines codes that a rule in the taxonomy declares inconsistent (for example an mbo variant on a primary school).";
    /// Two records share an id.
    DuplicateRecordId = "duplicate-record-id", Error, "Two records share an id; ids identify a practice across files and coders.";
    /// A consensus point the coders did not settle and no decision settled: left out of the consensus records, listed in their `consensus` field.
    ConsensusUndecided = "consensus-undecided", Warning, "A point of a consensus (a record and a facet) is still open: the coders differ, or only one coded it, and the worksheet has no decision for it.";
    /// A worksheet decision that cannot be applied.
    UnmatchedDecision = "unmatched-decision", Error, "A decision in an adjudication worksheet names a record no coder has, or decides a point twice.";
    /// A date that cannot be right.
    ImpossibleDate = "impossible-date", Error, "A record date is not `YYYY`, `YYYY-MM` or `YYYY-MM-DD`, does not exist, or the end lies before the start.";
    /// The record was tagged against another taxonomy version.
    TaxonomyVersionMismatch = "taxonomy-version-mismatch", Warning, "A record was tagged against another taxonomy version than the one it is checked with; `jos migrate` updates it.";
    /// A CSV or sheet column header that is close to a field or facet but is neither.
    UnknownColumn = "unknown-column", Error, "A column header of a CSV file or sheet is close to a field or facet name but is neither (a likely typo); its cells are kept as an extra field, not read as codes.";
    /// An extra field whose name is close to a known field or facet.
    SuspiciousField = "suspicious-field", Warning, "A record has a field the format does not define whose name is close to a known field or facet (a likely typo); it is kept, not read.";
    /// Two ids map to the same Rust variant name.
    VariantNameCollision = "variant-name-collision", Error, "Two concept ids in one facet map to the same Rust enum variant name.";
    /// A history entry names an unknown concept.
    UnknownHistoryConcept = "unknown-history-concept", Error, "A `history` entry lists a concept under `meaning_changed` that the taxonomy does not have.";
    /// A concept of the latest release is gone from the working tree.
    ReleaseIdRemoved = "release-id-removed", Error, "A concept of the latest release is missing from the working tree (deleted or renamed); ids are forever, deprecate it instead (`jos release-check`).";
    /// The version was not raised as far as the changes need.
    ReleaseBumpTooSmall = "release-bump-too-small", Error, "The working tree's version is not raised as far as its changes since the latest release need: patch, minor or major by the rules of `jos diff` (`jos release-check`).";
    /// A new concept or deprecation does not carry the new version as `since`.
    ReleaseSince = "release-since", Error, "A concept added, or deprecated, since the latest release does not give the new version as its `since` (`jos release-check`).";
    /// The history has no entry for the new version.
    ReleaseHistoryMissing = "release-history-missing", Error, "The working tree changed since the latest release, but `history` has no entry for its version (`jos release-check`).";
    /// A frozen release file differs from the release compiled into jos.
    ReleaseFrozenDiffers = "release-frozen-differs", Error, "A file in `taxonomy/releases/` is not the frozen release of its version that jos was built with: a frozen release was edited (`jos release-check`).";
}

impl fmt::Display for Code {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.as_str())
    }
}

impl serde::Serialize for Code {
    fn serialize<S: serde::Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        s.serialize_str(self.as_str())
    }
}

/// One finding: what is wrong, where, and how to fix it.
///
/// ```
/// use jos_taxonomy::diagnostic::{Code, Diagnostic};
/// use jos_taxonomy::Location;
/// let d = Diagnostic::new(Code::MissingSource, Location::new("taxonomy/facets/role.yaml", 3, 7), "concept `x` cites no source")
///     .with_hint("add `sources: [some-source-id]`");
/// assert_eq!(d.to_string(), "taxonomy/facets/role.yaml:3:7: error[missing-source]: concept `x` cites no source");
/// ```
#[derive(Clone, Debug, PartialEq, Eq, serde::Serialize)]
#[non_exhaustive]
pub struct Diagnostic {
    /// Stable kebab-case code.
    pub code: Code,
    /// Error or warning.
    pub severity: Severity,
    /// The file concerned.
    pub file: String,
    /// 1-based line (0: the whole file).
    pub line: u32,
    /// 1-based column (0: the whole file).
    pub column: u32,
    /// What is wrong, naming the concept or record.
    pub message: String,
    /// How to fix it, if there is advice to give.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub hint: Option<String>,
}

impl Diagnostic {
    /// A diagnostic with the code's own severity.
    pub fn new(code: Code, location: Location, message: impl Into<String>) -> Self {
        Diagnostic {
            code,
            severity: code.severity(),
            file: location.file.to_string(),
            line: location.line,
            column: location.column,
            message: message.into(),
            hint: None,
        }
    }

    /// Adds a hint on how to fix the problem.
    pub fn with_hint(mut self, hint: impl Into<String>) -> Self {
        self.hint = Some(hint.into());
        self
    }

    /// Overrides the severity (for example a deprecated code that `--strict` makes an error).
    pub fn with_severity(mut self, severity: Severity) -> Self {
        self.severity = severity;
        self
    }

    /// Whether this is an error rather than a warning.
    pub fn is_error(&self) -> bool {
        self.severity == Severity::Error
    }

    /// The location as `file:line:column`.
    pub fn location(&self) -> Location {
        Location::new(self.file.as_str(), self.line, self.column)
    }
}

impl fmt::Display for Diagnostic {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(
            f,
            "{}: {}[{}]: {}",
            self.location(),
            self.severity,
            self.code,
            self.message
        )
    }
}

/// A diagnostic is an error value too, so `?` can carry it into `Box<dyn Error>`.
impl std::error::Error for Diagnostic {}

/// Sorts diagnostics by file, line, column and code, so output is deterministic.
pub fn sort(diagnostics: &mut [Diagnostic]) {
    diagnostics.sort_by(|a, b| {
        (&a.file, a.line, a.column, a.code, &a.message)
            .cmp(&(&b.file, b.line, b.column, b.code, &b.message))
    });
}

/// The table of every code, as Markdown (the content of `docs/diagnostics.md`).
pub fn codes_markdown() -> String {
    let mut out = String::from(
        "<!-- @generated by `cargo xtask codegen`; do not edit by hand -->\n\
         # Diagnostic codes\n\n\
         Every finding that `jos validate` reports carries one of these stable codes. Codes are\n\
         never renamed or reused. `error` findings make the taxonomy invalid (exit code 1);\n\
         `warning` findings are worth a look.\n\n\
         | code | severity | meaning |\n|---|---|---|\n",
    );
    for code in Code::ALL {
        out.push_str(&format!(
            "| `{}` | {} | {} |\n",
            code.as_str(),
            code.severity(),
            code.summary()
        ));
    }
    out
}
