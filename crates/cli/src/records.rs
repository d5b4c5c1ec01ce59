//! `jos check`: research records against a taxonomy.

use std::collections::BTreeMap;
use std::io::{BufRead, Write};
use std::path::{Path, PathBuf};

use jos_records::{CheckOptions, Checker, Format, RecordReader};
use jos_taxonomy::{Code, Diagnostic, Taxonomy};

use super::{Fatal, Format as OutFormat, Outcome, plural, print, render};

/// How records files are read (`--delimiter`, `--sheet`), set once from the command line.
pub(super) static READ_OPTIONS: std::sync::OnceLock<jos_records::ReadOptions> =
    std::sync::OnceLock::new();

/// Opens a records file with the command line's [`READ_OPTIONS`], and says in one line when a
/// CSV file's separator is not a comma, so a wrong guess shows at once.
pub(super) fn open(path: &Path) -> Result<RecordReader, Diagnostic> {
    let options = READ_OPTIONS.get().cloned().unwrap_or_default();
    let reader = RecordReader::open_with(path, &options)?;
    if let Some(d) = reader.delimiter().filter(|&d| d != b',') {
        let name = match d {
            b';' => "`;` (as Dutch Excel writes CSV)".to_owned(),
            b'\t' => "tabs".to_owned(),
            other => format!("`{}`", char::from(other)),
        };
        let how = if options.delimiter.is_some() {
            "as --delimiter says"
        } else {
            "read from its header; pass --delimiter to choose another"
        };
        let _ = writeln!(
            anstream::stderr(),
            "jos: {}: columns separated by {name}, {how}",
            path.display()
        );
    }
    Ok(reader)
}

/// Checks every record of every file, streaming where the format allows.
pub(super) fn check(
    t: &Taxonomy,
    files: &[PathBuf],
    strict: bool,
    format: OutFormat,
) -> Result<Outcome, Fatal> {
    let mut checker = Checker::new(t, CheckOptions::strict(strict));
    let mut diagnostics = Vec::new();
    let mut records = 0usize;
    for path in files {
        match open(path) {
            Err(d) => diagnostics.push(d),
            Ok(reader) => {
                for item in reader.with_taxonomy(t) {
                    match item {
                        Ok(record) => {
                            records += 1;
                            checker.check(&record, &mut diagnostics);
                        }
                        Err(d) => diagnostics.push(d),
                    }
                }
            }
        }
    }
    let errors = diagnostics.iter().filter(|d| d.is_error()).count();
    let warnings = diagnostics.len() - errors;
    let io = diagnostics.iter().any(|d| d.code == Code::Io);
    match format {
        OutFormat::Json => {
            let doc = serde_json::json!({
                "files": files.len(),
                "records": records,
                "errors": errors,
                "warnings": warnings,
                "diagnostics": diagnostics,
            });
            print(&format!(
                "{}\n",
                serde_json::to_string_pretty(&doc).unwrap_or_default()
            ))?;
        }
        OutFormat::Text => {
            let shown = collapse_repeats(&diagnostics);
            let lines = source_lines(&shown);
            render::diagnostics_with(&shown, |file, line| {
                lines.get(&(file.to_owned(), line)).cloned()
            });
            let _ = writeln!(
                anstream::stderr(),
                "{} file{}, {records} record{}; {errors} error{}, {warnings} warning{}",
                files.len(),
                plural(files.len()),
                plural(records),
                plural(errors),
                plural(warnings)
            );
        }
    }
    if io {
        return Err(Fatal("some files could not be read; see above".to_owned()));
    }
    Ok(if errors > 0 {
        Outcome::Findings
    } else {
        Outcome::Ok
    })
}

/// How many findings of one repeated kind are shown in full before the rest are summed up.
const REPEATS_SHOWN: usize = 3;

/// The same finding about the same code in many records of a file (an unknown or deprecated
/// code in 100,000 rows) shown in full [`REPEATS_SHOWN`] times, then once as a count with the
/// first places of the rest, so the output stays readable. `--format json` keeps every one.
fn collapse_repeats(diagnostics: &[Diagnostic]) -> Vec<Diagnostic> {
    let repeatable = |d: &Diagnostic| {
        matches!(
            d.code,
            Code::UnknownCode | Code::CodeInWrongFacet | Code::DeprecatedCode
        ) && d.hint.is_some()
    };
    let key = |d: &Diagnostic| (d.code, d.file.clone(), d.hint.clone());
    let mut seen: BTreeMap<(Code, String, Option<String>), Vec<usize>> = BTreeMap::new();
    for (i, d) in diagnostics
        .iter()
        .enumerate()
        .filter(|(_, d)| repeatable(d))
    {
        seen.entry(key(d)).or_default().push(i);
    }
    let mut out = Vec::with_capacity(diagnostics.len());
    // How many of each kind have been passed, so that each finding knows its rank.
    let mut passed: BTreeMap<(Code, String, Option<String>), usize> = BTreeMap::new();
    for d in diagnostics {
        if !repeatable(d) {
            out.push(d.clone());
            continue;
        }
        let k = key(d);
        let all = &seen[&k];
        let slot = passed.entry(k).or_default();
        let rank = *slot;
        *slot += 1;
        if rank < REPEATS_SHOWN {
            out.push(d.clone());
        } else if rank == REPEATS_SHOWN {
            let rest = &all[REPEATS_SHOWN..];
            // The places within the file: `B5` (or `12:7`), without the file's name again.
            let places: Vec<String> = rest
                .iter()
                .take(5)
                .map(|&j| {
                    let at = diagnostics[j].location().to_string();
                    at.strip_prefix(d.file.as_str())
                        .map_or(at.clone(), |p| p.trim_start_matches([':', '!']).to_owned())
                })
                .collect();
            let more = if rest.len() > places.len() {
                ", ..."
            } else {
                ""
            };
            let first = &diagnostics[all[0]];
            let mut summary = d.clone();
            summary.message = format!(
                "{} more record{} with the same finding as at {}: {}{more}",
                rest.len(),
                plural(rest.len()),
                first.location(),
                places.join(", ")
            );
            out.push(summary);
        }
    }
    out
}

/// The source lines the diagnostics point at, read once per file. CSV findings point at a cell
/// (row and column number), not a character, so they are shown without a source line.
fn source_lines(diagnostics: &[Diagnostic]) -> BTreeMap<(String, u32), String> {
    let mut wanted: BTreeMap<&str, Vec<u32>> = BTreeMap::new();
    for d in diagnostics.iter().filter(|d| d.line > 0) {
        if Format::from_path(Path::new(&d.file)) != Some(Format::Csv) {
            wanted.entry(&d.file).or_default().push(d.line);
        }
    }
    let mut out = BTreeMap::new();
    for (file, mut lines) in wanted {
        lines.sort_unstable();
        lines.dedup();
        let Ok(f) = std::fs::File::open(file) else {
            continue;
        };
        let mut next = lines.iter().peekable();
        for (i, line) in std::io::BufReader::new(f).split(b'\n').enumerate() {
            let Some(&&want) = next.peek() else { break };
            let Ok(line) = line else { break };
            if i as u32 + 1 == want {
                let text = String::from_utf8_lossy(&line)
                    .trim_end_matches('\r')
                    .to_owned();
                out.insert((file.to_owned(), want), text);
                next.next();
            }
        }
    }
    out
}

/// The errors of the records a command makes a table or report from, found as they stream
/// past (the checks of `jos check`, and parts that cannot be read): `summary`, `export`,
/// `agree` and `consensus` make nothing from data with errors unless `--allow-errors`.
pub(super) struct Gate<'t> {
    taxonomy: &'t Taxonomy,
    checker: Checker<'t>,
    /// The first errors, shown when the command refuses.
    first: Vec<Diagnostic>,
    errors: usize,
}

/// How many of the errors a refusal shows.
const SHOWN_ERRORS: usize = 5;

impl<'t> Gate<'t> {
    pub(super) fn new(taxonomy: &'t Taxonomy) -> Self {
        Gate {
            taxonomy,
            checker: Checker::new(taxonomy, CheckOptions::default()),
            first: Vec::new(),
            errors: 0,
        }
    }

    /// Starts a new data set: each coder's file is checked on its own (the same ids in two
    /// coders' files are the point of double coding).
    pub(super) fn next_file(&mut self) {
        self.checker = Checker::new(self.taxonomy, CheckOptions::default());
    }

    pub(super) fn check(&mut self, record: &jos_records::Record) {
        let mut found = Vec::new();
        self.checker.check(record, &mut found);
        for d in found.into_iter().filter(Diagnostic::is_error) {
            self.error(d);
        }
    }

    /// A finding of the reader: an error counts, a warning is said.
    pub(super) fn read_finding(&mut self, d: Diagnostic) {
        if d.is_error() {
            self.error(d);
        } else {
            let _ = writeln!(anstream::stderr(), "jos: {d}");
        }
    }

    fn error(&mut self, d: Diagnostic) {
        self.errors += 1;
        if self.first.len() < SHOWN_ERRORS {
            self.first.push(d);
        }
    }

    /// Whether the command may go on to make `what`: without errors, or with `allow` (said in
    /// one line). Otherwise shows the first errors and says how to go on.
    pub(super) fn go_on(&self, what: &str, files: &[PathBuf], allow: bool) -> bool {
        if self.errors == 0 {
            return true;
        }
        let n = self.errors;
        if allow {
            let _ = writeln!(
                anstream::stderr(),
                "jos: warning: the records have {n} error{}; {what} is made anyway (--allow-errors)",
                plural(n)
            );
            return true;
        }
        render::diagnostics_with(&self.first, |_, _| None);
        let names: Vec<String> = files.iter().map(|f| f.display().to_string()).collect();
        let shown = if n > self.first.len() {
            format!(" (the first {} above)", self.first.len())
        } else {
            String::new()
        };
        let _ = writeln!(
            anstream::stderr(),
            "jos: the records have {n} error{}{shown}, so {what} was not made; run `jos check {}` to see them all and fix them, or pass --allow-errors to make it from the records as they are",
            plural(n),
            names.join(" ")
        );
        false
    }
}

/// Every record of every file, in order, each checked by `gate`; a file that cannot be opened
/// ends the command.
fn all_records<'a>(
    t: &Taxonomy,
    files: &[PathBuf],
    gate: &'a std::cell::RefCell<Gate<'_>>,
) -> Result<impl Iterator<Item = jos_records::Record> + 'a, Fatal> {
    let mut readers = Vec::new();
    for path in files {
        let reader = open(path).map_err(|d| Fatal(d.to_string()))?;
        readers.push(reader.with_taxonomy(t));
    }
    let iter = readers
        .into_iter()
        .flatten()
        .filter_map(move |item| match item {
            Ok(r) => {
                gate.borrow_mut().check(&r);
                Some(r)
            }
            Err(d) => {
                gate.borrow_mut().read_finding(d);
                None
            }
        });
    Ok(iter)
}

/// `jos summary`: counts per facet and concept, or a cross-table of two facets.
pub(super) fn summary(
    t: &Taxonomy,
    files: &[PathBuf],
    by: &[String],
    csv: bool,
    lang: jos_taxonomy::Lang,
    allow_errors: bool,
    excel: bool,
) -> Result<Outcome, Fatal> {
    let by = match by {
        [] => None,
        [a, b] => {
            // A facet, or a record field with one value (`status`, `region`, `coder`, ...).
            let is_field = |f: &str| {
                jos_records::field_spec(f).is_some_and(|s| {
                    !matches!(
                        s.kind,
                        jos_records::FieldKind::Tags | jos_records::FieldKind::Organisations
                    )
                })
            };
            for f in [a, b] {
                if t.facet(f).is_none() && !is_field(f) {
                    return Err(Fatal(format!(
                        "`{f}` is neither a facet nor a record field; facets are: {}; fields: status, region, coder, taxonomy_version, start, end",
                        t.tag_facets()
                            .map(|f| f.id.as_str())
                            .collect::<Vec<_>>()
                            .join(", ")
                    )));
                }
            }
            Some((a.clone(), b.clone()))
        }
        _ => {
            return Err(Fatal(
                "give `--by` twice, for the rows and the columns of the cross-table".to_owned(),
            ));
        }
    };
    let mut s = jos_records::table::Summary::new(by);
    let gate = std::cell::RefCell::new(Gate::new(t));
    let mut versions = std::collections::BTreeSet::new();
    for r in all_records(t, files, &gate)? {
        versions.insert(
            r.taxonomy_version
                .as_ref()
                .map(|v| v.value.trim().to_owned()),
        );
        s.add(&r);
    }
    if !gate.borrow().go_on("the summary", files, allow_errors) {
        return Ok(Outcome::Findings);
    }
    // Records that all name an older release are summarized with its facets and labels, as
    // `jos check` checks them.
    let t = match versions.iter().collect::<Vec<_>>().as_slice() {
        [Some(v)] if *v != t.version().to_string() => match Taxonomy::release(v) {
            Some(release) if release.id() == t.id() => {
                let _ = writeln!(
                    anstream::stderr(),
                    "jos: the records are tagged against release {v}; they are summarized with its facets (migrate them with `jos migrate` for the latest)"
                );
                release
            }
            _ => t,
        },
        _ => t,
    };
    if csv {
        let mut buf = Vec::new();
        s.write_csv(t, lang, &mut buf)
            .map_err(|e| Fatal(e.to_string()))?;
        if excel {
            buf = jos_records::table::for_dutch_excel(&buf).map_err(|e| Fatal(e.to_string()))?;
        }
        print(&String::from_utf8_lossy(&buf))?;
    } else {
        print(&s.to_markdown(t, lang))?;
    }
    Ok(Outcome::Ok)
}

/// What `jos export` makes of records: the wide or the long table, for Dutch Excel or not,
/// and whether records with errors may be exported.
pub(super) struct TableChoice {
    pub(super) wide: bool,
    pub(super) excel: bool,
    pub(super) allow_errors: bool,
}

/// `jos export FILES --format csv-long|csv-wide`.
pub(super) fn export(
    t: &Taxonomy,
    files: &[PathBuf],
    choice: &TableChoice,
    lang: jos_taxonomy::Lang,
    out: Option<&Path>,
    force: bool,
) -> Result<Outcome, Fatal> {
    let TableChoice {
        wide,
        excel,
        allow_errors,
    } = *choice;
    let gate = std::cell::RefCell::new(Gate::new(t));
    let records = all_records(t, files, &gate)?;
    let mut buf = Vec::new();
    let result = if wide {
        jos_records::table::write_wide(t, records, &mut buf)
    } else {
        jos_records::table::write_long(t, records, lang, &mut buf)
    };
    result.map_err(|e| Fatal(format!("cannot write the table: {e}")))?;
    if !gate.borrow().go_on("the export", files, allow_errors) {
        return Ok(Outcome::Findings);
    }
    if excel {
        buf = jos_records::table::for_dutch_excel(&buf).map_err(|e| Fatal(e.to_string()))?;
    }
    super::write_output(out, force, &buf)
}

/// `jos migrate FILE --to VERSION`: rewrite deprecated codes and the taxonomy version.
pub(super) fn migrate(
    t: &Taxonomy,
    file: &Path,
    to: Option<&str>,
    out: Option<&Path>,
    in_place: bool,
    force: bool,
) -> Result<Outcome, Fatal> {
    if let Some(to) = to
        && to.trim() != t.version().to_string()
    {
        return Err(Fatal(format!(
            "this taxonomy is version {}; migrating to {to} needs that version (leave out --taxonomy and --release to migrate to a release)",
            t.version()
        )));
    }
    let format = Format::from_path(file).ok_or_else(|| {
        Fatal(format!(
            "`{}` has no known records extension (.yaml, .json, .jsonl, .csv)",
            file.display()
        ))
    })?;
    if format == Format::Spreadsheet {
        return Err(Fatal(format!(
            "`{}` is a workbook, which `jos migrate` cannot rewrite keeping everything else as it is; save the sheet as \"CSV UTF-8\", migrate that file, and open it again in the spreadsheet",
            file.display()
        )));
    }
    let text =
        std::fs::read(file).map_err(|e| Fatal(format!("cannot read `{}`: {e}", file.display())))?;
    let text = String::from_utf8(text).map_err(|_| {
        Fatal(format!(
            "`{}` is not UTF-8, and `jos migrate` rewrites only UTF-8 files byte for byte; save it as \"CSV UTF-8\" (`jos check` shows where it is not)",
            file.display()
        ))
    })?;
    let m = jos_records::migrate::migrate(t, &file.display().to_string(), &text, format);
    let target = match (out, in_place) {
        (Some(_), true) => {
            return Err(Fatal(
                "give either --out or --in-place, not both".to_owned(),
            ));
        }
        (Some(p), false) => p.to_path_buf(),
        (None, true) => file.to_path_buf(),
        (None, false) => {
            let stem = file
                .file_stem()
                .map_or_else(String::new, |s| s.to_string_lossy().into_owned());
            let ext = file
                .extension()
                .map_or_else(String::new, |s| s.to_string_lossy().into_owned());
            file.with_file_name(format!("{stem}.migrated.{ext}"))
        }
    };
    if in_place {
        let backup = PathBuf::from(format!("{}.bak", file.display()));
        if backup.exists() && !force {
            return Err(Fatal(format!(
                "the backup `{}` already exists; move it away or pass --force",
                backup.display()
            )));
        }
        std::fs::copy(file, &backup).map_err(|e| {
            Fatal(format!(
                "cannot write the backup `{}`: {e}",
                backup.display()
            ))
        })?;
        jos_reference::write_atomic(&target, m.text.as_bytes())
            .map_err(|e| Fatal(format!("cannot write `{}`: {e}", target.display())))?;
    } else {
        super::write_output(Some(&target), force, m.text.as_bytes())?;
    }
    let mut err = anstream::stderr();
    for c in &m.changes {
        let _ = writeln!(err, "changed: {c}");
    }
    render::diagnostics_with(&m.flags, |_, _| None);
    let _ = writeln!(
        err,
        "wrote {}: {} change{}, {} record{} need a person",
        target.display(),
        m.changes.len(),
        plural(m.changes.len()),
        m.flags.len(),
        plural(m.flags.len())
    );
    Ok(if m.flags.is_empty() {
        Outcome::Ok
    } else {
        Outcome::Findings
    })
}
