//! `jos schema`: write the JSON Schemas for taxonomy and record files to a directory, so that an
//! editor (yaml-language-server, VS Code) can check, complete and explain codes as you type.
//!
//! Each file is written atomically. An existing file with other contents is someone's work (or
//! an older taxonomy's schema) and is replaced only with `--force`; nothing is written unless
//! every file may be.

use std::io::Write as _;
use std::path::{Path, PathBuf};

use jos_records::schema;

use super::{Fatal, LangArg, Outcome, TaxonomyArg, plural, with_taxonomy};

#[derive(clap::Args)]
pub(super) struct SchemaArgs {
    /// Write the schemas into this directory (created if missing).
    #[arg(long, short, value_name = "DIR")]
    out: PathBuf,
    /// Describe the codes of this taxonomy (a directory or a single file) instead of the built-in one.
    #[arg(long, value_name = "PATH")]
    taxonomy: Option<PathBuf>,
    /// Use this frozen release (for example `1.0.0`) instead of the built-in taxonomy.
    #[arg(long, value_name = "VERSION", conflicts_with = "taxonomy")]
    release: Option<String>,
    /// Language of the code descriptions an editor shows on hover.
    #[arg(long, value_enum, default_value_t = LangArg::Nl)]
    lang: LangArg,
    /// Overwrite existing schema files whose contents differ.
    #[arg(long)]
    force: bool,
}

pub(super) fn run(args: SchemaArgs) -> Result<Outcome, Fatal> {
    let source = TaxonomyArg {
        taxonomy: args.taxonomy,
        release: args.release,
        lang: args.lang,
    };
    with_taxonomy(&source, |t| {
        let files = schema::render_in(t, args.lang.into());
        write_all(&args.out, &files, args.force)
    })
}

/// Writes `files` into `out`, refusing (before writing anything) to replace a different file
/// unless `force`; files that already hold the same bytes are left untouched.
fn write_all(out: &Path, files: &[(String, String)], force: bool) -> Result<Outcome, Fatal> {
    if out.exists() && !out.is_dir() {
        return Err(Fatal(format!("`{}` is not a directory", out.display())));
    }
    let mut changed = Vec::new();
    let mut differ = Vec::new();
    for (name, text) in files {
        let path = out.join(name);
        match std::fs::read(&path) {
            Ok(old) if old == text.as_bytes() => {}
            Ok(_) => {
                differ.push(path.display().to_string());
                changed.push((path, text));
            }
            Err(e) if e.kind() == std::io::ErrorKind::NotFound => changed.push((path, text)),
            Err(e) => return Err(Fatal(format!("cannot read `{}`: {e}", path.display()))),
        }
    }
    if !differ.is_empty() && !force {
        return Err(Fatal(format!(
            "{} already exist{} with other contents; pass --force to overwrite",
            differ
                .iter()
                .map(|p| format!("`{p}`"))
                .collect::<Vec<_>>()
                .join(", "),
            if differ.len() == 1 { "s" } else { "" }
        )));
    }
    let cannot = |e: std::io::Error| Fatal(format!("cannot write to `{}`: {e}", out.display()));
    std::fs::create_dir_all(out).map_err(cannot)?;
    for (path, text) in &changed {
        jos_reference::write_atomic(path, text.as_bytes())
            .map_err(|e| Fatal(format!("cannot write `{}`: {e}", path.display())))?;
    }
    let unchanged = files.len() - changed.len();
    let _ = writeln!(
        anstream::stderr(),
        "jos: wrote {} schema file{} to `{}`{}",
        changed.len(),
        plural(changed.len()),
        out.display(),
        if unchanged == 0 {
            String::new()
        } else {
            format!(" ({unchanged} already up to date)")
        }
    );
    let _ = writeln!(
        anstream::stderr(),
        "jos: to use them, start a YAML records file with \
         `# yaml-language-server: $schema={}` (or a path relative to that file)",
        out.join("records.schema.json").display()
    );
    Ok(Outcome::Ok)
}
