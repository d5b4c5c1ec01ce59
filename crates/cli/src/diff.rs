//! `jos diff [OLD] [NEW]`: what changed between two versions, and the bump that needs.

use std::path::{Path, PathBuf};

use clap::ValueEnum;
use jos_taxonomy::{Lang, Taxonomy, diff, load};

use super::{Fatal, LangArg, Outcome, render, write_output};

/// Arguments of `jos diff`.
#[derive(clap::Args)]
pub(super) struct DiffArgs {
    /// The older taxonomy: a release (`1.0.0`) or a directory; default: the latest release.
    old: Option<String>,
    /// The newer taxonomy: a release or a directory; default: `taxonomy/` when there is one here,
    /// otherwise the built-in taxonomy.
    new: Option<String>,
    /// Output format: a changelog to print, or JSON for tools.
    #[arg(long, value_enum, default_value_t = DiffFormat::Markdown)]
    format: DiffFormat,
    /// Language of the changelog's headings and labels.
    #[arg(long, value_enum, default_value_t = LangArg::Nl)]
    lang: LangArg,
    /// Write to this file (atomically) instead of standard output.
    #[arg(long, value_name = "FILE")]
    out: Option<PathBuf>,
    /// Replace an existing `--out` file.
    #[arg(long)]
    force: bool,
}

#[derive(Copy, Clone, PartialEq, Eq, ValueEnum)]
enum DiffFormat {
    Markdown,
    Json,
}

/// A taxonomy named on the command line: a release number, or a directory or file.
enum Side {
    Release(&'static Taxonomy),
    Loaded(Box<Taxonomy>),
}

impl Side {
    fn get(&self) -> &Taxonomy {
        match self {
            Side::Release(t) => t,
            Side::Loaded(t) => t,
        }
    }
}

fn resolve(spec: &str) -> Result<Side, Fatal> {
    if let Some(t) = Taxonomy::release(spec) {
        return Ok(Side::Release(t));
    }
    let path = Path::new(spec);
    if !path.exists() {
        let known: Vec<String> = Taxonomy::releases()
            .iter()
            .map(|r| r.version.to_string())
            .collect();
        return Err(Fatal(format!(
            "`{spec}` is neither a release nor a taxonomy directory; the releases are: {}",
            known.join(", ")
        )));
    }
    let loaded = load::load_path(path);
    match loaded.taxonomy {
        Some(t) if !loaded.report.has_errors() => Ok(Side::Loaded(Box::new(t))),
        _ => {
            render::diagnostics(&loaded.report);
            Err(Fatal(format!(
                "the taxonomy in `{spec}` is invalid; see above, or run `jos validate {spec}`"
            )))
        }
    }
}

pub(super) fn run(args: DiffArgs) -> Result<Outcome, Fatal> {
    let old = match &args.old {
        Some(spec) => resolve(spec)?,
        None => Side::Release(
            Taxonomy::latest_release()
                .ok_or_else(|| Fatal("there is no release to compare with".to_owned()))?,
        ),
    };
    let new = match &args.new {
        Some(spec) => resolve(spec)?,
        None if Path::new("taxonomy/taxonomy.yaml").is_file() => resolve("taxonomy")?,
        None => Side::Release(Taxonomy::builtin()),
    };
    let d = diff::diff(old.get(), new.get());
    let lang: Lang = args.lang.into();
    let text = match args.format {
        DiffFormat::Markdown => d.to_markdown(old.get(), new.get(), lang),
        DiffFormat::Json => d.to_json(),
    };
    write_output(args.out.as_deref(), args.force, text.as_bytes())
}
