//! # jos-cli
//!
//! The `jos` command line of the jeugdhulp-op-school taxonomy: parse arguments, call the
//! libraries, render results. The binary itself lives in the facade crate
//! (`jeugdhulp-op-school`, `src/main.rs`) and calls [`main`]; this crate exists so that the
//! libraries never depend on clap or a terminal renderer.
//!
//! Exit codes: 0 ok, 1 findings (or nothing found), 2 usage or I/O error.

#![forbid(unsafe_code)]
#![deny(missing_docs)]

mod agree;
mod consensus;
mod diff;
mod docs;
mod records;
mod release;
mod render;
mod schema;

use std::io::Write;
use std::path::PathBuf;
use std::process::ExitCode;

use clap::{Parser, Subcommand, ValueEnum};
use jos_taxonomy::{Lang, Taxonomy, export, load};

/// Validate, search and export the shared taxonomy of youth care at school (jeugdhulp op school).
#[derive(Parser)]
#[command(
    name = "jos",
    version,
    about = "A shared, versioned taxonomy of youth care in and with Dutch schools (jeugdhulp op school), with validation, typed enums and a CLI",
    long_about = None
)]
struct Cli {
    /// When to use colour: auto (a terminal, unless NO_COLOR is set), always or never.
    #[arg(long, value_enum, default_value_t = Color::Auto, global = true)]
    color: Color,
    /// The separator of CSV records files: `,`, `;`, `tab` or another single character
    /// (default: read from each file's header line).
    #[arg(long, global = true, value_parser = parse_delimiter, value_name = "SEPARATOR")]
    delimiter: Option<u8>,
    /// The sheet of workbook records files (.xlsx, .ods) to read (default: the first).
    #[arg(long, global = true, value_name = "NAME")]
    sheet: Option<String>,
    #[command(subcommand)]
    command: Command,
}

#[derive(Copy, Clone, ValueEnum)]
enum Color {
    Auto,
    Always,
    Never,
}

#[derive(Copy, Clone, PartialEq, Eq, ValueEnum)]
pub(crate) enum Format {
    Text,
    Json,
}

#[derive(Subcommand)]
enum Command {
    /// Check a taxonomy directory (default: the built-in taxonomy) and report every problem.
    Validate {
        /// A taxonomy directory (taxonomy.yaml plus facets/) or a single-file taxonomy; default: built-in.
        dir: Option<PathBuf>,
        /// Output format for the findings.
        #[arg(long, value_enum, default_value_t = Format::Text)]
        format: Format,
        /// Treat warnings as findings too (exit code 1).
        #[arg(long)]
        strict: bool,
    },
    /// Show one concept in full.
    Show {
        /// The concept id, for example `school-social-worker`.
        id: String,
        #[command(flatten)]
        source: TaxonomyArg,
        /// Output format.
        #[arg(long, value_enum, default_value_t = Format::Text)]
        format: Format,
    },
    /// Find concepts by id, label, synonym or abbreviation (case, accents and typos forgiven).
    Lookup {
        /// What to look for, for example `smw` or `jeugd-GGZ`.
        text: String,
        #[command(flatten)]
        source: TaxonomyArg,
        /// Output format.
        #[arg(long, value_enum, default_value_t = Format::Text)]
        format: Format,
        /// At most this many results.
        #[arg(long, default_value_t = 10)]
        limit: usize,
    },
    /// Check research records (YAML, JSON, JSON Lines or CSV) against the taxonomy.
    Check {
        /// Records files: .yaml, .json, .jsonl or .csv.
        #[arg(required = true)]
        files: Vec<PathBuf>,
        #[command(flatten)]
        source: TaxonomyArg,
        /// Treat deprecated codes as errors.
        #[arg(long)]
        strict: bool,
        /// Output format for the findings.
        #[arg(long, value_enum, default_value_t = Format::Text)]
        format: Format,
        /// Make every unambiguous fix (labels, synonyms and abbreviations written for their
        /// code, separators, Dutch dates, `onbekend`) in a copy of one records file (CSV, YAML,
        /// JSON), given with --out, and check the copy.
        #[arg(long)]
        fix: bool,
        /// With --fix: the fixed copy (never the input itself).
        #[arg(long, short, requires = "fix")]
        out: Option<PathBuf>,
        /// With --fix: also write the changes as CSV (row, column, before, after, why).
        #[arg(long, value_name = "FILE", requires = "fix")]
        changes: Option<PathBuf>,
        /// With --fix: overwrite an existing copy or change log.
        #[arg(long, requires = "fix")]
        force: bool,
    },
    /// Rewrite deprecated codes to their replacements and record the new taxonomy version,
    /// changing nothing else (comments, order and unknown fields survive).
    Migrate {
        /// The records file (.yaml, .json, .jsonl or .csv).
        file: PathBuf,
        /// The release to migrate to (default: the latest release); with --taxonomy or --release,
        /// it must be that taxonomy's version.
        #[arg(long, value_name = "VERSION")]
        to: Option<String>,
        #[command(flatten)]
        source: TaxonomyArg,
        /// Write here instead of FILE with `.migrated` before the extension.
        #[arg(long, short)]
        out: Option<PathBuf>,
        /// Replace FILE itself, keeping the original as FILE.bak.
        #[arg(long)]
        in_place: bool,
        /// Overwrite an existing output file or backup.
        #[arg(long)]
        force: bool,
    },
    /// Count records per facet and concept, or cross-tabulate two facets.
    Summary {
        /// Records files: .yaml, .json, .jsonl or .csv.
        #[arg(required = true)]
        files: Vec<PathBuf>,
        /// Cross-tabulate: give twice, rows first (`--by intensity --by education`).
        #[arg(long, value_name = "FACET")]
        by: Vec<String>,
        /// Output: a Markdown table or CSV.
        #[arg(long, value_enum, default_value_t = TableFormat::Markdown)]
        format: TableFormat,
        #[command(flatten)]
        source: TaxonomyArg,
        /// Summarize records that `jos check` finds errors in, as they are (said in one line).
        #[arg(long)]
        allow_errors: bool,
        /// With `--format csv`: separated by `;` with a byte order mark, as Dutch Excel opens it.
        #[arg(long)]
        excel: bool,
    },
    /// Export the taxonomy (JSON, SKOS, a QDA codebook, a codebook table), or records as tables
    /// and labelled data sets for SPSS, R and Excel.
    Export {
        /// Records files to export (with --format csv-long, csv-wide, spss, r or xlsx); none for
        /// the taxonomy.
        files: Vec<PathBuf>,
        /// `json`: the whole taxonomy; `skos-ttl`, `skos-jsonld`: SKOS following NL-SBB;
        /// `qdc`: a REFI-QDA codebook for ATLAS.ti, NVivo, MAXQDA and QualCoder;
        /// `codebook-csv`: a codebook table; `csv-long`: records, one row per record, facet and
        /// code; `csv-wide`: records, one row per record with a 0/1 column per code; `spss`,
        /// `r`: records as an analysis data set (CSV) with SPSS syntax or an R script that
        /// reads it with labels; `xlsx`: that data set and its codebook as a workbook.
        #[arg(long, value_enum, default_value_t = ExportFormat::Json)]
        format: ExportFormat,
        #[command(flatten)]
        source: TaxonomyArg,
        /// Base of the concept URIs (SKOS, and the GUIDs of a codebook): an http(s) URI ending
        /// in `/`.
        #[arg(long, value_name = "URI", default_value = jos_exchange::Uris::DEFAULT_BASE)]
        base_uri: String,
        /// Deprecated concepts in a codebook (`qdc`, `codebook-csv`): left out, or kept and
        /// marked.
        #[arg(long, value_enum, default_value_t = DeprecatedArg::Omit)]
        deprecated: DeprecatedArg,
        /// Write to this file (atomically) instead of standard output.
        #[arg(long, short)]
        out: Option<PathBuf>,
        /// Overwrite the output file if it exists.
        #[arg(long)]
        force: bool,
        /// Export records that `jos check` finds errors in, as they are (said in one line).
        #[arg(long)]
        allow_errors: bool,
        /// Records tables (`csv-long`, `csv-wide`) separated by `;` with a byte order mark, as
        /// Dutch Excel opens them.
        #[arg(long)]
        excel: bool,
    },
    /// The codebook of the analysis exports (`jos export --format spss|r|xlsx`): every
    /// variable with its facet, code, Dutch and English label, definition, scale position and
    /// missing values.
    Codebook {
        /// `csv`: one row per variable and value; `markdown`: a document; `xlsx`: a workbook.
        #[arg(long, value_enum, default_value_t = records::CodebookFormat::Csv)]
        format: records::CodebookFormat,
        #[command(flatten)]
        source: TaxonomyArg,
        /// Write to this file (atomically) instead of standard output.
        #[arg(long, short)]
        out: Option<PathBuf>,
        /// Overwrite the output file if it exists.
        #[arg(long)]
        force: bool,
    },
    /// Write reference documents for working sessions: Markdown pages and a static HTML site.
    Docs(docs::DocsArgs),
    /// Agreement between coders who tagged the same records, one file per coder.
    Agree(agree::AgreeArgs),
    /// One consensus records file from several coders' files: what they agree on, the
    /// decisions of the adjudication worksheet, and every open point flagged.
    Consensus(consensus::ConsensusArgs),
    /// Write JSON Schemas for taxonomy and record files, for editors that complete and explain codes.
    Schema(schema::SchemaArgs),
    /// What changed between two versions (releases or directories), and the version bump it needs.
    Diff(diff::DiffArgs),
    /// Check that the working tree may be released after the latest release (ids kept, version raised enough, `since` and `history` right).
    #[command(name = "release-check")]
    ReleaseCheck(release::ReleaseCheckArgs),
}

#[derive(Copy, Clone, PartialEq, Eq, ValueEnum)]
enum TableFormat {
    Markdown,
    Csv,
}

#[derive(Copy, Clone, PartialEq, Eq, ValueEnum)]
enum ExportFormat {
    Json,
    SkosTtl,
    SkosJsonld,
    Qdc,
    CodebookCsv,
    CsvLong,
    CsvWide,
    Spss,
    R,
    Xlsx,
}

#[derive(Copy, Clone, PartialEq, Eq, ValueEnum)]
enum DeprecatedArg {
    Omit,
    Mark,
}

#[derive(clap::Args)]
struct TaxonomyArg {
    /// Use this taxonomy (a directory or a single file) instead of the built-in one.
    #[arg(long, value_name = "DIR")]
    taxonomy: Option<PathBuf>,
    /// Use this frozen release (for example `1.0.0`) instead of the built-in taxonomy.
    #[arg(long, value_name = "VERSION", conflicts_with = "taxonomy")]
    release: Option<String>,
    /// Language for labels and definitions in text output.
    #[arg(long, value_enum, default_value_t = LangArg::Nl)]
    lang: LangArg,
}

#[derive(Copy, Clone, ValueEnum)]
enum LangArg {
    Nl,
    En,
}

impl From<LangArg> for Lang {
    fn from(l: LangArg) -> Lang {
        match l {
            LangArg::Nl => Lang::Nl,
            LangArg::En => Lang::En,
        }
    }
}

/// What a command ended in.
pub(crate) enum Outcome {
    Ok,
    Findings,
}

/// A failure that is the user's or the system's, not a finding: exit code 2.
pub(crate) struct Fatal(String);

/// Runs `jos` with the process arguments and returns its exit code.
pub fn main() -> ExitCode {
    let cli = match Cli::try_parse() {
        Ok(cli) => cli,
        Err(e) => {
            let _ = e.print();
            return ExitCode::from(if e.use_stderr() { 2 } else { 0 });
        }
    };
    let choice = match cli.color {
        Color::Auto => anstream::ColorChoice::Auto,
        Color::Always => anstream::ColorChoice::Always,
        Color::Never => anstream::ColorChoice::Never,
    };
    choice.write_global();
    let mut options = jos_records::ReadOptions::default();
    if let Some(d) = cli.delimiter {
        options = options.with_delimiter(d);
    }
    if let Some(sheet) = cli.sheet {
        options = options.with_sheet(sheet);
    }
    let _ = records::READ_OPTIONS.set(options);
    match run(cli.command) {
        Ok(Outcome::Ok) => ExitCode::SUCCESS,
        Ok(Outcome::Findings) => ExitCode::from(1),
        Err(Fatal(message)) => {
            let _ = writeln!(anstream::stderr(), "jos: {message}");
            ExitCode::from(2)
        }
    }
}

/// `--delimiter`: one ASCII character, or `tab`.
fn parse_delimiter(text: &str) -> Result<u8, String> {
    match text {
        "tab" | "\\t" | "\t" => Ok(b'\t'),
        one if one.len() == 1 && one.is_ascii() && one != "\"" => Ok(one.as_bytes()[0]),
        _ => Err(format!(
            "`{text}` is not a separator; give one character such as `,` or `;`, or `tab`"
        )),
    }
}

fn run(command: Command) -> Result<Outcome, Fatal> {
    match command {
        Command::Validate {
            dir,
            format,
            strict,
        } => validate(dir, format, strict),
        Command::Show { id, source, format } => {
            let lang = source.lang.into();
            with_taxonomy(&source, |t| show(t, &id, format, lang))
        }
        Command::Lookup {
            text,
            source,
            format,
            limit,
        } => {
            let lang = source.lang.into();
            with_taxonomy(&source, |t| lookup(t, &text, format, lang, limit))
        }
        Command::Check {
            files,
            source,
            strict,
            format,
            fix,
            out,
            changes,
            force,
        } => with_taxonomy(&source, |t| {
            if fix {
                let targets = records::FixTargets {
                    out: out.as_deref(),
                    changes: changes.as_deref(),
                    force,
                };
                records::fix(t, &files, strict, format, &targets)
            } else {
                records::check(t, &files, strict, format)
            }
        }),
        Command::Migrate {
            file,
            to,
            source,
            out,
            in_place,
            force,
        } => {
            let run = |t: &Taxonomy| {
                records::migrate(t, &file, to.as_deref(), out.as_deref(), in_place, force)
            };
            if source.taxonomy.is_some() || source.release.is_some() {
                with_taxonomy(&source, run)
            } else {
                run(migration_target(to.as_deref())?)
            }
        }
        Command::Summary {
            files,
            by,
            format,
            source,
            allow_errors,
            excel,
        } => {
            let lang = source.lang.into();
            if excel && format != TableFormat::Csv {
                return Err(Fatal("--excel goes with --format csv".to_owned()));
            }
            with_taxonomy(&source, |t| {
                let csv = format == TableFormat::Csv;
                records::summary(t, &files, &by, csv, lang, allow_errors, excel)
            })
        }
        Command::Codebook {
            format,
            source,
            out,
            force,
        } => {
            let lang = source.lang.into();
            with_taxonomy(&source, |t| {
                records::codebook(t, format, lang, out.as_deref(), force)
            })
        }
        Command::Export {
            files,
            format,
            source,
            base_uri,
            deprecated,
            out,
            force,
            allow_errors,
            excel,
        } => {
            let lang = source.lang.into();
            let records_format = matches!(
                format,
                ExportFormat::CsvLong
                    | ExportFormat::CsvWide
                    | ExportFormat::Spss
                    | ExportFormat::R
                    | ExportFormat::Xlsx
            );
            if excel && !matches!(format, ExportFormat::CsvLong | ExportFormat::CsvWide) {
                return Err(Fatal(
                    "--excel goes with the records tables, --format csv-long or csv-wide"
                        .to_owned(),
                ));
            }
            match (records_format, files.is_empty()) {
                (false, true) => {
                    let uris = jos_exchange::Uris::new(&base_uri)
                        .map_err(|e| Fatal(format!("--base-uri: {e}")))?;
                    let mut options = jos_exchange::qdc::Options::new(lang);
                    options.uris = uris.clone();
                    options.deprecated = match deprecated {
                        DeprecatedArg::Omit => jos_exchange::qdc::Deprecated::Omit,
                        DeprecatedArg::Mark => jos_exchange::qdc::Deprecated::Mark,
                    };
                    with_taxonomy(&source, |t| {
                        let text = match format {
                            ExportFormat::Json => Ok(export::to_json(t)),
                            ExportFormat::SkosTtl => jos_exchange::skos::to_turtle(t, &uris),
                            ExportFormat::SkosJsonld => jos_exchange::skos::to_jsonld(t, &uris),
                            ExportFormat::Qdc => jos_exchange::qdc::to_qdc(t, &options),
                            ExportFormat::CodebookCsv => {
                                jos_exchange::codebook::to_csv(t, &options)
                            }
                            ExportFormat::CsvLong
                            | ExportFormat::CsvWide
                            | ExportFormat::Spss
                            | ExportFormat::R
                            | ExportFormat::Xlsx => {
                                unreachable!("records formats are handled below")
                            }
                        }
                        .map_err(|e| Fatal(e.to_string()))?;
                        write_output(out.as_deref(), force, text.as_bytes())
                    })
                }
                (false, false) => Err(Fatal(format!(
                    "`--format {}` exports the taxonomy and takes no files; for records use --format csv-long, csv-wide, spss, r or xlsx",
                    format
                        .to_possible_value()
                        .map_or_else(String::new, |v| v.get_name().to_owned())
                ))),
                (true, true) => Err(Fatal("name the records files to export".to_owned())),
                (true, false) => with_taxonomy(&source, |t| {
                    let choice = records::TableChoice {
                        table: match format {
                            ExportFormat::CsvWide => records::RecordsTable::Wide,
                            ExportFormat::Spss => records::RecordsTable::Spss,
                            ExportFormat::R => records::RecordsTable::R,
                            ExportFormat::Xlsx => records::RecordsTable::Xlsx,
                            _ => records::RecordsTable::Long,
                        },
                        excel,
                        allow_errors,
                    };
                    records::export(t, &files, &choice, lang, out.as_deref(), force)
                }),
            }
        }
        Command::Docs(args) => docs::run(args),
        Command::Agree(args) => agree::run(args),
        Command::Consensus(args) => consensus::run(args),
        Command::Schema(args) => schema::run(args),
        Command::Diff(args) => diff::run(args),
        Command::ReleaseCheck(args) => release::run(args),
    }
}

/// Runs `f` on the chosen taxonomy; an invalid taxonomy is reported and ends the command.
fn with_taxonomy(
    arg: &TaxonomyArg,
    f: impl FnOnce(&Taxonomy) -> Result<Outcome, Fatal>,
) -> Result<Outcome, Fatal> {
    if let Some(version) = &arg.release {
        return match Taxonomy::release(version) {
            Some(t) => f(t),
            None => {
                let known: Vec<String> = Taxonomy::releases()
                    .iter()
                    .map(|r| r.version.to_string())
                    .collect();
                Err(Fatal(format!(
                    "there is no release `{version}`; the releases are: {}",
                    known.join(", ")
                )))
            }
        };
    }
    match &arg.taxonomy {
        None => f(Taxonomy::builtin()),
        Some(dir) => {
            let loaded = load::load_path(dir);
            match loaded.taxonomy {
                Some(t) if !loaded.report.has_errors() => f(&t),
                _ => {
                    render::diagnostics(&loaded.report);
                    if loaded.report.has_io_errors() {
                        Err(Fatal(format!(
                            "cannot read the taxonomy in `{}`",
                            dir.display()
                        )))
                    } else {
                        Err(Fatal(format!(
                            "the taxonomy in `{}` is invalid; see above, or run `jos validate {}`",
                            dir.display(),
                            dir.display()
                        )))
                    }
                }
            }
        }
    }
}

fn validate(dir: Option<PathBuf>, format: Format, strict: bool) -> Result<Outcome, Fatal> {
    let (name, loaded) = match &dir {
        Some(d) => (d.display().to_string(), load::load_path(d)),
        None => ("built-in taxonomy".to_owned(), load::load_builtin()),
    };
    let report = &loaded.report;
    let errors = report.errors().count();
    let warnings = report.diagnostics.len() - errors;
    match format {
        Format::Json => {
            let doc = serde_json::json!({
                "taxonomy": name,
                "errors": errors,
                "warnings": warnings,
                "diagnostics": report.diagnostics,
            });
            print(&format!(
                "{}\n",
                serde_json::to_string_pretty(&doc).unwrap_or_default()
            ))?;
        }
        Format::Text => {
            render::diagnostics(report);
            let t = loaded.taxonomy.as_ref();
            let facets = t.map_or(0, |t| t.tag_facets().count());
            let concepts = t.map_or(0, |t| {
                t.tag_facets().map(|f| f.concepts.len()).sum::<usize>()
            });
            let terms = t.map_or(0, |t| t.concepts().count()) - concepts;
            let mut parts = format!("{facets} facets, {concepts} concepts");
            if terms > 0 {
                parts.push_str(&format!(", {terms} term{}", plural(terms)));
            }
            if t.is_some_and(|t| t.definition().is_some()) {
                parts.push_str(", the definition");
            }
            let _ = writeln!(
                anstream::stderr(),
                "{name}: {parts}; {errors} error{}, {warnings} warning{}",
                plural(errors),
                plural(warnings)
            );
        }
    }
    if report.has_io_errors() && loaded.taxonomy.is_none() {
        return Err(Fatal(format!("cannot read the taxonomy in `{name}`")));
    }
    Ok(if errors > 0 || (strict && warnings > 0) {
        Outcome::Findings
    } else {
        Outcome::Ok
    })
}

/// The taxonomy `jos migrate` migrates to without --taxonomy: the release `to` names, or the
/// latest release (the built-in taxonomy when there is none).
fn migration_target(to: Option<&str>) -> Result<&'static Taxonomy, Fatal> {
    let builtin = Taxonomy::builtin();
    match to {
        None => Ok(Taxonomy::latest_release().unwrap_or(builtin)),
        Some(v) => Taxonomy::release(v)
            .or_else(|| (builtin.version().to_string() == v.trim()).then_some(builtin))
            .ok_or_else(|| {
                let known: Vec<String> = Taxonomy::releases()
                    .iter()
                    .map(|r| r.version.to_string())
                    .collect();
                Fatal(format!(
                    "there is no release `{v}` to migrate to; the releases are: {} (a draft taxonomy: pass it with --taxonomy DIR)",
                    known.join(", ")
                ))
            }),
    }
}

pub(crate) fn plural(n: usize) -> &'static str {
    if n == 1 { "" } else { "s" }
}

pub(crate) fn print(text: &str) -> Result<(), Fatal> {
    let mut out = anstream::stdout();
    match out.write_all(text.as_bytes()).and_then(|()| out.flush()) {
        Ok(()) => Ok(()),
        // A closed pipe (`jos export | head`) is not an error worth reporting.
        Err(e) if e.kind() == std::io::ErrorKind::BrokenPipe => Ok(()),
        Err(e) => Err(Fatal(format!("cannot write to standard output: {e}"))),
    }
}

/// Refuses to overwrite `path` without `--force`.
fn refuse_existing(path: &std::path::Path, force: bool) -> Result<(), Fatal> {
    if path.exists() && !force {
        return Err(Fatal(format!(
            "`{}` already exists; pass --force to overwrite it",
            path.display()
        )));
    }
    Ok(())
}

/// Whether `a` and `b` name the same file: the same file on disk, or the same path where one
/// of them does not exist yet.
fn same_file(a: &std::path::Path, b: &std::path::Path) -> bool {
    match (a.canonicalize(), b.canonicalize()) {
        (Ok(a), Ok(b)) => a == b,
        _ => a == b,
    }
}

fn write_output(
    out: Option<&std::path::Path>,
    force: bool,
    bytes: &[u8],
) -> Result<Outcome, Fatal> {
    match out {
        None => print(&String::from_utf8_lossy(bytes)).map(|()| Outcome::Ok),
        Some(path) => {
            refuse_existing(path, force)?;
            jos_reference::write_atomic(path, bytes)
                .map_err(|e| Fatal(format!("cannot write `{}`: {e}", path.display())))?;
            Ok(Outcome::Ok)
        }
    }
}

fn show(t: &Taxonomy, id: &str, format: Format, lang: Lang) -> Result<Outcome, Fatal> {
    if let Some(d) = t.definition().filter(|d| d.id == id) {
        match format {
            Format::Json => print(&format!(
                "{}\n",
                export::definition_json(t).unwrap_or_default()
            ))?,
            Format::Text => print(&render::definition(t, d, lang))?,
        }
        return Ok(Outcome::Ok);
    }
    let Some(c) = t.concept(id) else {
        let hint = jos_taxonomy::lookup::did_you_mean(&t.suggest(id, None))
            .unwrap_or_else(|| format!("search with `jos lookup {id}`"));
        let _ = writeln!(anstream::stderr(), "jos: no concept has id `{id}`; {hint}");
        return Ok(Outcome::Findings);
    };
    match format {
        Format::Json => print(&format!("{}\n", export::concept_json(t, c)))?,
        Format::Text => print(&render::concept(t, c, lang))?,
    }
    Ok(Outcome::Ok)
}

fn lookup(
    t: &Taxonomy,
    text: &str,
    format: Format,
    lang: Lang,
    limit: usize,
) -> Result<Outcome, Fatal> {
    let hits: Vec<_> = t.lookup(text).into_iter().take(limit).collect();
    // The definition of the subject comes first when the query names it.
    let definition = t.lookup_definition(text);
    match format {
        Format::Json => {
            let mut rows: Vec<_> = Vec::new();
            if let Some((d, kind)) = definition {
                rows.push(serde_json::json!({
                    "id": d.id,
                    "part": "definition",
                    "label": d.label.best(lang),
                    "match": kind,
                }));
            }
            rows.extend(hits.iter().map(|m| {
                let part = if t.facet(&m.concept.facet).is_some_and(|f| !f.is_taggable()) {
                    "term"
                } else {
                    "concept"
                };
                serde_json::json!({
                    "id": m.concept.id,
                    "part": part,
                    "facet": m.concept.facet,
                    "label": m.concept.label.best(lang),
                    "matched": m.matched,
                    "match": m.kind,
                    "deprecated": m.concept.is_deprecated(),
                })
            }));
            print(&format!(
                "{}\n",
                serde_json::to_string_pretty(&rows).unwrap_or_default()
            ))?;
        }
        Format::Text => {
            if hits.is_empty() && definition.is_none() {
                let _ = writeln!(anstream::stderr(), "jos: nothing matches `{text}`");
            }
            let mut s = String::new();
            if let Some((d, _)) = definition {
                s.push_str(&render::definition(t, d, lang));
                if !hits.is_empty() {
                    s.push_str("\nalso matching:\n");
                }
            }
            for m in &hits {
                s.push_str(&render::lookup_row(m, lang));
            }
            print(&s)?;
        }
    }
    Ok(if hits.is_empty() && definition.is_none() {
        Outcome::Findings
    } else {
        Outcome::Ok
    })
}
