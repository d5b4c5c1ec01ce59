//! `jos check`: research records against a taxonomy.

use std::collections::BTreeMap;
use std::io::{BufRead, Write};
use std::path::{Path, PathBuf};

use jos_records::{CheckOptions, Checker, Format, RecordReader};
use jos_taxonomy::{Code, Diagnostic, Taxonomy};

use super::{
    Fatal, Format as OutFormat, Outcome, plural, print, refuse_existing, render, same_file,
};

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
    let (diagnostics, records) = check_files(t, files, strict);
    let outcome = report(files.len(), records, &diagnostics, None, format);
    if format == OutFormat::Text {
        fixable(t, files, &diagnostics);
    }
    outcome
}

/// The largest file for which a check says how many values `--fix` would correct.
const FIXABLE_HINT_BYTES: u64 = 16 * 1024 * 1024;

/// Says, per file with errors (not a workbook, at most [`FIXABLE_HINT_BYTES`]), how many
/// values `jos check --fix` would correct, with the command to do it.
fn fixable(t: &Taxonomy, files: &[PathBuf], diagnostics: &[Diagnostic]) {
    for path in files {
        let name = path.display().to_string();
        let has_errors = diagnostics.iter().any(|d| d.is_error() && d.file == name);
        let format = match Format::from_path(path) {
            Some(Format::Spreadsheet) | None => continue,
            Some(f) => f,
        };
        // A check streams a large file in flat memory; the hint, which reads the file whole,
        // is left out for one larger than a YAML or JSON file may be.
        let small = std::fs::metadata(path).is_ok_and(|m| m.len() <= FIXABLE_HINT_BYTES);
        if !has_errors || !small {
            continue;
        }
        let Ok(bytes) = std::fs::read(path) else {
            continue;
        };
        let Ok(Ok(fixed)) = fixed_copy(t, path, format, &bytes) else {
            continue;
        };
        let n = fixed.changes.len();
        if n > 0 {
            let what = if format == Format::Csv {
                "cell"
            } else {
                "value"
            };
            let _ = writeln!(
                anstream::stderr(),
                "jos: {n} {what}{} of `{name}` can be fixed in one step: jos check {name} --fix --out {}",
                plural(n),
                sibling(path, "fixed").display()
            );
        }
    }
}

/// Every finding of every record of `files`, and how many records were read.
fn check_files(t: &Taxonomy, files: &[PathBuf], strict: bool) -> (Vec<Diagnostic>, usize) {
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
    (diagnostics, records)
}

/// Shows the findings (and, after `--fix`, the changes made) and gives the outcome.
fn report(
    files: usize,
    records: usize,
    diagnostics: &[Diagnostic],
    changes: Option<&[jos_records::fix::Change]>,
    format: OutFormat,
) -> Result<Outcome, Fatal> {
    let errors = diagnostics.iter().filter(|d| d.is_error()).count();
    let warnings = diagnostics.len() - errors;
    let io = diagnostics.iter().any(|d| d.code == Code::Io);
    match format {
        OutFormat::Json => {
            let mut doc = serde_json::json!({
                "files": files,
                "records": records,
                "errors": errors,
                "warnings": warnings,
                "diagnostics": diagnostics,
            });
            if let Some(changes) = changes {
                doc["changes"] = serde_json::json!(changes);
            }
            print(&format!(
                "{}\n",
                serde_json::to_string_pretty(&doc).unwrap_or_default()
            ))?;
        }
        OutFormat::Text => {
            let shown = collapse_repeats(diagnostics);
            let lines = source_lines(&shown);
            render::diagnostics_with(&shown, |file, line| {
                lines.get(&(file.to_owned(), line)).cloned()
            });
            let _ = writeln!(
                anstream::stderr(),
                "{files} file{}, {records} record{}; {errors} error{}, {warnings} warning{}",
                plural(files),
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

/// What `jos check --fix` writes.
pub(super) struct FixTargets<'a> {
    /// The fixed copy.
    pub out: Option<&'a Path>,
    /// The change log as CSV.
    pub changes: Option<&'a Path>,
    /// Overwrite existing files.
    pub force: bool,
}

/// `jos check FILE --fix --out FIXED`: makes every unambiguous fix in a copy of a records file
/// (CSV, YAML, JSON, JSON Lines), shows each change, and checks the copy (what is left is for a
/// person).
pub(super) fn fix(
    t: &Taxonomy,
    files: &[PathBuf],
    strict: bool,
    format: OutFormat,
    targets: &FixTargets<'_>,
) -> Result<Outcome, Fatal> {
    let [file] = files else {
        return Err(Fatal(
            "--fix works on one file at a time; run it once per file".to_owned(),
        ));
    };
    let Some(out) = targets.out else {
        return Err(Fatal(format!(
            "--fix writes a fixed copy and never changes `{}` itself; give the copy's name with --out, for example --out {}",
            file.display(),
            sibling(file, "fixed").display()
        )));
    };
    let records_format = rewritable(file, "--fix")?;
    if same_file(file, out)
        || targets
            .changes
            .is_some_and(|c| same_file(file, c) || same_file(out, c))
    {
        return Err(Fatal(format!(
            "--fix never overwrites its input `{}`, and the change log needs a file of its own; choose other names",
            file.display()
        )));
    }
    let bytes =
        std::fs::read(file).map_err(|e| Fatal(format!("cannot read `{}`: {e}", file.display())))?;
    let fixed = fixed_copy(t, file, records_format, &bytes)?.map_err(|d| Fatal(d.to_string()))?;
    for path in std::iter::once(out).chain(targets.changes) {
        refuse_existing(path, targets.force)?;
    }
    jos_reference::write_atomic(out, &fixed.bytes)
        .map_err(|e| Fatal(format!("cannot write `{}`: {e}", out.display())))?;
    if let Some(path) = targets.changes {
        jos_reference::write_atomic(path, &jos_records::fix::changes_csv(&fixed.changes))
            .map_err(|e| Fatal(format!("cannot write `{}`: {e}", path.display())))?;
    }
    if format == OutFormat::Text {
        let mut err = anstream::stderr();
        let n = fixed.changes.len();
        let _ = writeln!(
            err,
            "jos: {n} change{} made in `{}`{}",
            plural(n),
            out.display(),
            if n == 0 { "" } else { ":" }
        );
        for c in &fixed.changes {
            let record = if c.record.is_empty() {
                String::new()
            } else {
                format!(", record `{}`", c.record)
            };
            let _ = writeln!(
                err,
                "  {} ({}{record}): `{}` -> `{}` ({})",
                c.place, c.header, c.before, c.after, c.why
            );
        }
        let _ = writeln!(
            err,
            "jos: checking `{}`; what is left below is for a person to decide",
            out.display()
        );
    }
    let checked = [out.to_path_buf()];
    let (diagnostics, records) = check_files(t, &checked, strict);
    report(1, records, &diagnostics, Some(&fixed.changes), format)
}

/// The fixed copy of `file` (read as `bytes`): `Err` for a file that cannot be read as its
/// format needs (YAML and JSON must be UTF-8), `Ok(Err)` for one that cannot be fixed safely.
fn fixed_copy(
    t: &Taxonomy,
    file: &Path,
    format: Format,
    bytes: &[u8],
) -> Result<Result<jos_records::fix::Fixed, Diagnostic>, Fatal> {
    let name = file.display().to_string();
    if format == Format::Csv {
        let delimiter = READ_OPTIONS.get().and_then(|o| o.delimiter);
        return Ok(jos_records::fix::fix_csv(t, &name, bytes, delimiter));
    }
    let text = std::str::from_utf8(bytes).map_err(|_| {
        Fatal(format!(
            "`{name}` is not UTF-8, and --fix rewrites YAML and JSON only as UTF-8 (`jos check` shows where it is not)"
        ))
    })?;
    Ok(jos_records::fix::fix_text(t, &name, text, format))
}

/// The format of a records file that `command` rewrites: not a workbook, which cannot be
/// rewritten keeping everything else in it.
fn rewritable(file: &Path, command: &str) -> Result<Format, Fatal> {
    let format = Format::from_path(file).ok_or_else(|| {
        Fatal(format!(
            "`{}` has no known records extension (.yaml, .json, .jsonl, .csv)",
            file.display()
        ))
    })?;
    if format == Format::Spreadsheet {
        return Err(Fatal(format!(
            "`{}` is a workbook, which {command} cannot rewrite keeping everything else as it is; save the sheet as \"CSV UTF-8\", run {command} on that file, and open the result in the spreadsheet",
            file.display()
        )));
    }
    Ok(format)
}

/// `file` with `what` before its extension: `pilots.csv` -> `pilots.fixed.csv`.
fn sibling(file: &Path, what: &str) -> PathBuf {
    let stem = file
        .file_stem()
        .map_or_else(String::new, |s| s.to_string_lossy().into_owned());
    let ext = file
        .extension()
        .map_or_else(String::new, |e| format!(".{}", e.to_string_lossy()));
    file.with_file_name(format!("{stem}.{what}{ext}"))
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
    pub(super) table: RecordsTable,
    pub(super) excel: bool,
    pub(super) allow_errors: bool,
}

/// The records tables `jos export` writes.
#[derive(Copy, Clone, PartialEq, Eq)]
pub(super) enum RecordsTable {
    /// One row per record, facet and code.
    Long,
    /// One row per record, a 0/1 column per code.
    Wide,
    /// The analysis data set as CSV with SPSS syntax.
    Spss,
    /// The analysis data set as CSV with an R script.
    R,
    /// The analysis data set and its codebook as a workbook.
    Xlsx,
}

/// `jos export FILES --format csv-long|csv-wide|spss|r|xlsx`.
pub(super) fn export(
    t: &Taxonomy,
    files: &[PathBuf],
    choice: &TableChoice,
    lang: jos_taxonomy::Lang,
    out: Option<&Path>,
    force: bool,
) -> Result<Outcome, Fatal> {
    let TableChoice {
        table,
        excel,
        allow_errors,
    } = *choice;
    if matches!(
        table,
        RecordsTable::Spss | RecordsTable::R | RecordsTable::Xlsx
    ) {
        return analysis(t, files, choice, lang, out, force);
    }
    let gate = std::cell::RefCell::new(Gate::new(t));
    let records = all_records(t, files, &gate)?;
    let mut buf = Vec::new();
    let result = if table == RecordsTable::Wide {
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

/// `jos export FILES --format spss|r|xlsx --out FILE`: the analysis data set with its labels.
fn analysis(
    t: &Taxonomy,
    files: &[PathBuf],
    choice: &TableChoice,
    lang: jos_taxonomy::Lang,
    out: Option<&Path>,
    force: bool,
) -> Result<Outcome, Fatal> {
    let (what, example) = match choice.table {
        RecordsTable::Spss => ("a CSV file and SPSS syntax", "pilots.sps"),
        RecordsTable::R => ("a CSV file and an R script", "pilots.R"),
        _ => ("a workbook", "pilots.xlsx"),
    };
    let Some(out) = out else {
        return Err(Fatal(format!(
            "this export writes {what}; name it with --out, for example --out {example}"
        )));
    };
    // The files to write: the data beside the syntax, named alike.
    let targets: Vec<PathBuf> = match choice.table {
        RecordsTable::Spss => vec![out.with_extension("csv"), out.with_extension("sps")],
        RecordsTable::R => vec![out.with_extension("csv"), out.with_extension("R")],
        _ => vec![out.with_extension("xlsx")],
    };
    for path in &targets {
        if files.iter().any(|f| same_file(f, path)) {
            return Err(Fatal(format!(
                "`{}` is an input; choose another name with --out",
                path.display()
            )));
        }
        refuse_existing(path, force)?;
    }
    let gate = std::cell::RefCell::new(Gate::new(t));
    let records: Vec<jos_records::Record> = all_records(t, files, &gate)?.collect();
    if !gate
        .borrow()
        .go_on("the export", files, choice.allow_errors)
    {
        return Ok(Outcome::Findings);
    }
    let data = jos_records::analysis::Dataset::new(t, records);
    let csv_name = targets[0]
        .file_name()
        .map_or_else(String::new, |n| n.to_string_lossy().into_owned());
    let contents: Vec<Vec<u8>> = match choice.table {
        RecordsTable::Spss => vec![
            data.to_csv(),
            data.spss_syntax(&csv_name, lang).into_bytes(),
        ],
        RecordsTable::R => vec![data.to_csv(), data.r_script(&csv_name, lang).into_bytes()],
        _ => vec![
            data.to_xlsx(lang)
                .map_err(|e| Fatal(format!("cannot write the workbook: {e}")))?,
        ],
    };
    for (path, bytes) in targets.iter().zip(&contents) {
        jos_reference::write_atomic(path, bytes)
            .map_err(|e| Fatal(format!("cannot write `{}`: {e}", path.display())))?;
    }
    let _ = writeln!(
        anstream::stderr(),
        "jos: {} record{}, {} variables: {}",
        data.records().len(),
        plural(data.records().len()),
        data.variables().len(),
        targets
            .iter()
            .map(|p| format!("`{}`", p.display()))
            .collect::<Vec<_>>()
            .join(" and ")
    );
    Ok(Outcome::Ok)
}

/// `jos codebook`: the variables of the analysis exports, without data.
pub(super) fn codebook(
    t: &Taxonomy,
    format: CodebookFormat,
    lang: jos_taxonomy::Lang,
    out: Option<&Path>,
    force: bool,
) -> Result<Outcome, Fatal> {
    let data = jos_records::analysis::Dataset::codebook(t);
    let bytes = match format {
        CodebookFormat::Csv => data.codebook_csv(lang),
        CodebookFormat::Markdown => data.codebook_markdown(lang).into_bytes(),
        CodebookFormat::Xlsx => {
            if out.is_none() {
                return Err(Fatal(
                    "a workbook is not for the terminal; name it with --out, for example --out codebook.xlsx"
                        .to_owned(),
                ));
            }
            data.codebook_xlsx(lang)
                .map_err(|e| Fatal(format!("cannot write the workbook: {e}")))?
        }
    };
    super::write_output(out, force, &bytes)
}

/// The forms of `jos codebook`.
#[derive(Copy, Clone, PartialEq, Eq, clap::ValueEnum)]
pub(super) enum CodebookFormat {
    /// A table, one row per variable and value.
    Csv,
    /// A Markdown document.
    Markdown,
    /// An Excel workbook.
    Xlsx,
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
    let format = rewritable(file, "`jos migrate`")?;
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
        (None, false) => sibling(file, "migrated"),
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
