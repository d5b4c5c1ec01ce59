//! `jos agree`: agreement between coders who tagged the same records, one file per coder.

use std::io::Write as _;
use std::path::{Path, PathBuf};

use clap::ValueEnum;
use jos_agreement::Bootstrap;
use jos_records::Record;
use jos_records::agree::{Comparison, coder_names};
use jos_records::consensus::{Consensus, Worksheet};
use jos_taxonomy::{Lang, Taxonomy};

use super::{
    Fatal, Outcome, TaxonomyArg, plural, refuse_existing, render, with_taxonomy, write_output,
};

#[derive(clap::Args)]
pub(super) struct AgreeArgs {
    /// Records files, one per coder (.yaml, .json, .jsonl or .csv), at least two.
    #[arg(required = true, num_args = 2.., value_name = "FILE")]
    files: Vec<PathBuf>,
    #[command(flatten)]
    source: TaxonomyArg,
    /// Output: a Markdown report, the same report as one printable HTML page, or JSON.
    #[arg(long, value_enum, default_value_t = AgreeFormat::Markdown)]
    format: AgreeFormat,
    /// Bootstrap resamples for the interval of alpha; 0 skips the intervals.
    #[arg(long, value_name = "N", default_value_t = Bootstrap::default().resamples)]
    bootstrap: usize,
    /// Seed of the bootstrap: the same seed gives the same intervals.
    #[arg(long, value_name = "S", default_value_t = Bootstrap::default().seed)]
    seed: u64,
    /// Link the concepts to the reference site at this address (the HTML pages of `jos docs`,
    /// for example `https://…/reference/html/nl/` or `file:///…/reference/html/nl/`) instead of
    /// to their definitions, which the report then quotes in its last section.
    #[arg(long, value_name = "URL")]
    docs_url: Option<String>,
    /// Also write the adjudication worksheet: every record and facet the coders do not all
    /// agree on, with each coder's choice, the definitions and columns for the decision and its
    /// reason. `.xlsx` writes an Excel workbook, anything else CSV (UTF-8 with BOM).
    #[arg(long, value_name = "FILE")]
    worksheet: Option<PathBuf>,
    /// Also write the agenda of the working session that discusses the report, as Markdown
    /// (in Dutch, or the --lang given): the facets with the least agreement, each pair of
    /// concepts the coders confused with both definitions quoted and the decisions to choose
    /// from, the other differences per practice, and room for decisions.
    #[arg(long, value_name = "FILE")]
    agenda: Option<PathBuf>,
    /// Write to this file (atomically) instead of standard output.
    #[arg(long, short, value_name = "FILE")]
    out: Option<PathBuf>,
    /// Overwrite the output file if it exists.
    #[arg(long)]
    force: bool,
    /// Compare records that `jos check` finds errors in, as they are (said in one line).
    #[arg(long)]
    allow_errors: bool,
}

#[derive(Copy, Clone, PartialEq, Eq, ValueEnum)]
enum AgreeFormat {
    Markdown,
    Html,
    Json,
}

pub(super) fn run(args: AgreeArgs) -> Result<Outcome, Fatal> {
    // Say so before the work, not after it.
    for out in [&args.out, &args.worksheet, &args.agenda]
        .into_iter()
        .flatten()
    {
        refuse_existing(out, args.force)?;
    }
    let explicit = args.source.taxonomy.is_some() || args.source.release.is_some();
    with_taxonomy(&args.source, |t| {
        let files = read(t, &args.files)?;
        let t = release_of(t, &files, explicit);
        if !checked(t, &files, "the report", &args.files, args.allow_errors) {
            return Ok(Outcome::Findings);
        }
        let names = coder_names(files.iter().map(|(p, r)| (p.as_path(), r.as_slice())));
        let mut comparison = Comparison::new(t);
        for (name, (_, records)) in names.iter().zip(&files) {
            comparison
                .add_coder(name.clone(), records)
                .map_err(|e| Fatal(e.to_string()))?;
        }
        let report = comparison.report(Bootstrap {
            resamples: args.bootstrap,
            seed: args.seed,
            ..Bootstrap::default()
        });
        let lang = args.source.lang.into();
        if let Some(path) = &args.worksheet {
            let mut consensus = Consensus::new(t);
            for (name, (_, records)) in names.iter().zip(&files) {
                consensus
                    .add_coder(name.clone(), records.clone())
                    .map_err(|e| Fatal(e.to_string()))?;
            }
            let sheet = consensus.worksheet();
            write_worksheet(path, &sheet, t, lang)?;
            let _ = writeln!(
                anstream::stderr(),
                "jos: wrote the worksheet `{}`: {} point{} to decide",
                path.display(),
                sheet.rows.len(),
                plural(sheet.rows.len())
            );
        }
        if let Some(path) = &args.agenda {
            jos_reference::write_atomic(path, report.to_agenda(t, lang).as_bytes())
                .map_err(|e| Fatal(format!("cannot write `{}`: {e}", path.display())))?;
            let _ = writeln!(
                anstream::stderr(),
                "jos: wrote the agenda `{}`: {} pair{} of concepts to discuss",
                path.display(),
                report.confusions.len().min(15),
                plural(report.confusions.len().min(15))
            );
        }
        let text = match args.format {
            AgreeFormat::Markdown => report.to_markdown_with(t, lang, args.docs_url.as_deref()),
            AgreeFormat::Html => report.to_html_with(t, lang, args.docs_url.as_deref()),
            AgreeFormat::Json => report.to_json_with(t, lang, args.docs_url.as_deref()),
        };
        write_output(args.out.as_deref(), args.force, text.as_bytes())
    })
}

/// Writes the worksheet, as `.xlsx` or CSV after the file's extension, atomically.
fn write_worksheet(path: &Path, sheet: &Worksheet, t: &Taxonomy, lang: Lang) -> Result<(), Fatal> {
    let xlsx = path
        .extension()
        .is_some_and(|e| e.eq_ignore_ascii_case("xlsx"));
    let bytes = if xlsx {
        sheet
            .to_xlsx(t, lang)
            .map_err(|e| Fatal(format!("cannot write `{}`: {e}", path.display())))?
    } else {
        sheet.to_csv(t, lang)
    };
    jos_reference::write_atomic(path, &bytes)
        .map_err(|e| Fatal(format!("cannot write `{}`: {e}", path.display())))
}

/// Every record of every file. Comparing part of a coder's work would mislead, so any part that
/// cannot be read ends the command.
pub(super) fn read(t: &Taxonomy, paths: &[PathBuf]) -> Result<Vec<(PathBuf, Vec<Record>)>, Fatal> {
    let mut files = Vec::new();
    for path in paths {
        let reader = super::records::open(path).map_err(|d| {
            render::diagnostics_with(std::slice::from_ref(&d), |_, _| None);
            Fatal(format!("cannot read `{}`", path.display()))
        })?;
        let (mut records, mut errors, mut warnings) = (Vec::new(), Vec::new(), Vec::new());
        for item in reader.with_taxonomy(t) {
            match item {
                Ok(r) => records.push(r),
                Err(d) if !d.is_error() => warnings.push(d),
                Err(d) => errors.push(d),
            }
        }
        render::diagnostics_with(&warnings, |_, _| None);
        if !errors.is_empty() {
            render::diagnostics_with(&errors, |_, _| None);
            return Err(Fatal(format!(
                "cannot read `{}` as records; see above",
                path.display()
            )));
        }
        files.push((path.clone(), records));
    }
    Ok(files)
}

/// The taxonomy to compare against: records tagged against an older release are compared
/// against that release, as `jos check` checks them, when every record names the same one and
/// no taxonomy was chosen `explicit`ly.
pub(super) fn release_of<'t>(
    t: &'t Taxonomy,
    files: &[(PathBuf, Vec<Record>)],
    explicit: bool,
) -> &'t Taxonomy {
    match named_release(files) {
        Some(r) if !explicit && !std::ptr::eq(r, t) && r.version() != t.version() => {
            let _ = writeln!(
                anstream::stderr(),
                "jos: the records are tagged against release {}; they are compared against it (pass --release to choose another)",
                r.version()
            );
            r
        }
        _ => t,
    }
}

/// The release every record of every file names in `taxonomy_version`, if they all name the
/// same one and it is a release.
fn named_release(files: &[(PathBuf, Vec<Record>)]) -> Option<&'static Taxonomy> {
    let mut versions = files
        .iter()
        .flat_map(|(_, records)| records.iter())
        .map(|r| r.taxonomy_version.as_ref().map(|v| v.value.trim()));
    let first = versions.next()??;
    if versions.all(|v| v == Some(first)) {
        Taxonomy::release(first)
    } else {
        None
    }
}

/// Whether the coders' records may be compared: without errors (each file checked as its own
/// data set: the same record id in two coders' files is the point), or with `allow`.
pub(super) fn checked(
    t: &Taxonomy,
    files: &[(PathBuf, Vec<Record>)],
    what: &str,
    paths: &[PathBuf],
    allow: bool,
) -> bool {
    let mut gate = super::records::Gate::new(t);
    for (_, records) in files {
        gate.next_file();
        for r in records {
            gate.check(r);
        }
    }
    gate.go_on(what, paths, allow)
}
