//! `jos check`: research records against a taxonomy.

use std::collections::BTreeMap;
use std::io::{BufRead, Write};
use std::path::{Path, PathBuf};

use jeugdhulp_op_school::records::{CheckOptions, Checker, Format, RecordReader};
use jeugdhulp_op_school::{Code, Diagnostic, Taxonomy};

use super::{Fatal, Format as OutFormat, Outcome, plural, print, render};

/// Checks every record of every file, streaming where the format allows.
pub(super) fn check(t: &Taxonomy, files: &[PathBuf], strict: bool, format: OutFormat) -> Result<Outcome, Fatal> {
    let mut checker = Checker::new(t, CheckOptions::strict(strict));
    let mut diagnostics = Vec::new();
    let mut records = 0usize;
    for path in files {
        match RecordReader::open(path) {
            Err(d) => diagnostics.push(d),
            Ok(reader) => {
                for item in reader.with_facets(t.facets.iter().map(|f| f.id.clone())) {
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
            print(&format!("{}\n", serde_json::to_string_pretty(&doc).unwrap_or_default()))?;
        }
        OutFormat::Text => {
            let lines = source_lines(&diagnostics);
            render::diagnostics_with(&diagnostics, |file, line| lines.get(&(file.to_owned(), line)).cloned());
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
    Ok(if errors > 0 { Outcome::Findings } else { Outcome::Ok })
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
        let Ok(f) = std::fs::File::open(file) else { continue };
        let mut next = lines.iter().peekable();
        for (i, line) in std::io::BufReader::new(f).split(b'\n').enumerate() {
            let Some(&&want) = next.peek() else { break };
            let Ok(line) = line else { break };
            if i as u32 + 1 == want {
                let text = String::from_utf8_lossy(&line).trim_end_matches('\r').to_owned();
                out.insert((file.to_owned(), want), text);
                next.next();
            }
        }
    }
    out
}
