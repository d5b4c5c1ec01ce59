//! Fuzz targets for `jeugdhulp-op-school`, written as plain functions so that the same code is
//! driven by the AFL++ binaries in `src/bin/` (feature `afl`) and by `tests/corpus.rs`, which
//! replays the committed corpora and regression inputs under a plain `cargo test`.
//!
//! Every function takes the raw input bytes. A panic (including a failed assertion and an
//! arithmetic overflow, since the fuzz builds keep overflow checks on) is a finding.
//!
//! Bytes reach the library the way the real readers get them: the records readers take bytes
//! (`RecordReader::from_bytes`, which does its own UTF-8 check); `parse_str` and `migrate` take
//! text, which the CLI only produces from valid UTF-8; a taxonomy file that is not UTF-8 is
//! written to a temporary file and read with `load::read_text_file`, the function the loader
//! itself uses.

#![forbid(unsafe_code)]

use std::io::Read;
use std::sync::OnceLock;

use jeugdhulp_op_school::Taxonomy;
use jeugdhulp_op_school::load;
use jeugdhulp_op_school::records::{self, CheckOptions, Format, RecordReader, migrate::migrate};

/// The file name diagnostics are reported under, per format.
fn file_name(format: Format) -> &'static str {
    match format {
        Format::Yaml => "fuzz.yaml",
        Format::Json => "fuzz.json",
        Format::JsonLines => "fuzz.jsonl",
        Format::Csv => "fuzz.csv",
        _ => "fuzz.txt",
    }
}

/// The taxonomy the migrate target uses besides the built-in one: it has a deprecated concept
/// with one replacement and one split into two (the built-in 1.0.0 taxonomy has neither).
pub fn migrate_taxonomy() -> &'static Taxonomy {
    static T: OnceLock<Taxonomy> = OnceLock::new();
    T.get_or_init(|| {
        Taxonomy::from_yaml_str("migrate.yaml", include_str!("../taxonomy/migrate.yaml"))
            .unwrap_or_else(|r| panic!("fuzz/taxonomy/migrate.yaml is invalid: {r}"))
    })
}

/// Builds the taxonomies the targets use, so that this happens once before the fuzz loop
/// instead of in the first input (which would make AFL see unstable coverage).
pub fn init() {
    let _ = Taxonomy::builtin();
    let _ = migrate_taxonomy();
}

/// A reader that hands out its bytes a few at a time (1 to 13 bytes per call, cycling), so the
/// streaming readers meet every kind of buffer boundary.
struct Trickle {
    data: Vec<u8>,
    at: usize,
    calls: usize,
}

impl Read for Trickle {
    fn read(&mut self, buf: &mut [u8]) -> std::io::Result<usize> {
        self.calls += 1;
        let n = (self.calls % 13 + 1)
            .min(buf.len())
            .min(self.data.len() - self.at);
        buf[..n].copy_from_slice(&self.data[self.at..self.at + n]);
        self.at += n;
        Ok(n)
    }
}

type Items = Vec<Result<records::Record, jeugdhulp_op_school::Diagnostic>>;

/// Reads records of `format` from `data` (any bytes) and checks them, with these invariants:
/// - `RecordReader::from_bytes` iterates to the end without panicking, and every diagnostic
///   renders;
/// - for JSON Lines and CSV, streaming the same bytes through a reader that returns a few bytes
///   per call gives exactly the same records and diagnostics;
/// - for UTF-8 input, `parse_str` agrees with the reader (`Ok` with the same records when the
///   reader reported no error, otherwise `Err` with the same diagnostics).
///
/// Checking is its own target ([`check_records`]): a check costs far more than a read (every
/// unknown code is looked up across the taxonomy), and would slow the readers' fuzzing down.
pub fn records(data: &[u8], format: Format) {
    read(data, format);
}

/// The readers' invariants (see [`records`]); returns the records read and the read errors.
fn read(
    data: &[u8],
    format: Format,
) -> (Vec<records::Record>, Vec<jeugdhulp_op_school::Diagnostic>) {
    let name = file_name(format);
    let items: Items = RecordReader::from_bytes(name, data.to_vec(), format).collect();

    if matches!(format, Format::JsonLines | Format::Csv) {
        let trickle = Trickle {
            data: data.to_vec(),
            at: 0,
            calls: 0,
        };
        let streamed: Items = RecordReader::from_reader(name, Box::new(trickle), format).collect();
        assert_eq!(
            items, streamed,
            "streaming in small chunks differs from reading at once"
        );
    }

    let mut records = Vec::new();
    let mut errors = Vec::new();
    for item in items {
        match item {
            Ok(r) => records.push(r),
            Err(d) => errors.push(d),
        }
    }
    for d in &errors {
        let _ = d.to_string();
    }

    if let Ok(text) = std::str::from_utf8(data) {
        match records::parse_str(name, text, format) {
            Ok(parsed) => {
                assert!(errors.is_empty(), "parse_str is Ok, the reader has errors\n{errors:?}");
                assert_eq!(parsed, records, "parse_str and the reader give other records");
            }
            Err(diagnostics) => {
                assert_eq!(diagnostics, errors, "parse_str and the reader disagree on errors");
            }
        }
    }

    (records, errors)
}

/// `records(data, Format::Yaml)`.
pub fn records_yaml(data: &[u8]) {
    records(data, Format::Yaml);
}

/// `records(data, Format::Json)`.
pub fn records_json(data: &[u8]) {
    records(data, Format::Json);
}

/// `records(data, Format::JsonLines)`.
pub fn records_jsonl(data: &[u8]) {
    records(data, Format::JsonLines);
}

/// `records(data, Format::Csv)`, then `jos check --fix` on the same bytes
/// ([`records::fix::fix_csv`]), with these invariants:
/// - the fixer does not panic;
/// - the fixed file reads as the same number of records with the same ids, and no more read
///   errors: only code, date and status cells change, never the rows;
/// - fixing the fixed file again changes nothing.
pub fn records_csv(data: &[u8]) {
    let (before, errors) = read(data, Format::Csv);
    let taxonomy = Taxonomy::builtin();
    let Ok(fixed) = records::fix::fix_csv(taxonomy, "f.csv", data, None) else {
        return;
    };
    if fixed.changes.is_empty() {
        assert_eq!(fixed.bytes, data, "no change reported, but the bytes changed");
        return;
    }
    let items: Items =
        RecordReader::from_bytes("f.csv", fixed.bytes.clone(), Format::Csv).collect();
    let after: Vec<&records::Record> = items.iter().filter_map(|i| i.as_ref().ok()).collect();
    let ids = |rs: &mut dyn Iterator<Item = &records::Record>| -> Vec<Option<String>> {
        rs.map(|r| r.id.as_ref().map(|f| f.value.clone())).collect()
    };
    assert_eq!(
        ids(&mut before.iter()),
        ids(&mut after.iter().copied()),
        "fixing changed the records"
    );
    assert!(
        items.iter().filter(|i| i.is_err()).count() <= errors.len(),
        "fixing made rows unreadable"
    );
    let again = records::fix::fix_csv(taxonomy, "f.csv", &fixed.bytes, None)
        .expect("the fixed file's header reads");
    assert!(again.changes.is_empty(), "fixing twice changed {:?}", again.changes);
}

/// Reads the text after the first byte (which picks the format, see [`format_from_byte`]) like
/// [`records`] does, then checks the records that could be read, as `jos check` does: with the
/// built-in taxonomy (default options) and with [`migrate_taxonomy`] (strict, so deprecated
/// codes are errors). Every finding must render. For YAML, JSON and JSON Lines in UTF-8,
/// `jos check --fix` ([`records::fix::fix_text`]) runs too: it does not panic, a fix that
/// reports no change leaves the text as it was, and fixing the fixed text again changes
/// nothing (how the fixed text reads is the fixer's own check: it changes nothing otherwise).
pub fn check_records(data: &[u8]) {
    let Some((&first, rest)) = data.split_first() else {
        return;
    };
    let format = format_from_byte(first);
    if format != Format::Csv
        && let Ok(text) = std::str::from_utf8(rest)
        && let Ok(fixed) = records::fix::fix_text(Taxonomy::builtin(), "f", text, format)
    {
        if fixed.changes.is_empty() {
            assert_eq!(fixed.bytes, rest, "no change reported, but the text changed");
        } else {
            let once = String::from_utf8(fixed.bytes).expect("fixes keep UTF-8");
            let again = records::fix::fix_text(Taxonomy::builtin(), "f", &once, format)
                .expect("the fixed text reads as the input did");
            assert!(again.changes.is_empty(), "fixing twice changed {:?}", again.changes);
        }
    }
    let (records, _) = read(rest, format);
    for (taxonomy, options) in [
        (Taxonomy::builtin(), CheckOptions::default()),
        (migrate_taxonomy(), CheckOptions::strict(true)),
    ] {
        for d in records::check(taxonomy, &records, &options) {
            let _ = d.to_string();
        }
    }
}

/// The format a check or migrate input is in, from its first byte: `y` YAML, `j` JSON, `l` JSON Lines,
/// `c` CSV (any other byte: its value modulo 4 in that order).
pub fn format_from_byte(first: u8) -> Format {
    match first {
        b'y' => Format::Yaml,
        b'j' => Format::Json,
        b'l' => Format::JsonLines,
        b'c' => Format::Csv,
        b => [Format::Yaml, Format::Json, Format::JsonLines, Format::Csv][usize::from(b % 4)],
    }
}

/// Migrates the text after the first byte (which picks the format, see [`format_from_byte`]) with
/// the built-in taxonomy and with [`migrate_taxonomy`], with these invariants:
/// - `migrate` does not panic and every flag renders;
/// - in YAML, JSON and JSON Lines, a migration that reports no change leaves the text as it was
///   (edits are made in place; CSV is written back and may be re-quoted);
/// - idempotence: migrating the migrated text again changes nothing. This holds by design: a
///   replacement can never itself be deprecated (the taxonomy check `replacement-deprecated`
///   refuses that), `taxonomy_version` is set to the target version, and split codes are left
///   as they are;
/// - migrating keeps the records: the migrated text holds as many readable records as the
///   original, and no read error where the original had none ("nothing else changes",
///   docs/records.md).
///
/// Input that is not UTF-8 is skipped: `jos migrate` refuses it before calling `migrate`.
pub fn migrate_records(data: &[u8]) {
    let Some((&first, rest)) = data.split_first() else {
        return;
    };
    let Ok(text) = std::str::from_utf8(rest) else {
        return;
    };
    let format = format_from_byte(first);
    let name = file_name(format);
    for taxonomy in [Taxonomy::builtin(), migrate_taxonomy()] {
        let once = migrate(taxonomy, name, text, format);
        for d in &once.flags {
            let _ = d.to_string();
        }
        if format != Format::Csv && once.changes.is_empty() {
            assert_eq!(once.text, text, "migrate changed the text but reported no change");
        }
        if once.text == text {
            continue;
        }
        let twice = migrate(taxonomy, name, &once.text, format);
        assert_eq!(
            twice.text, once.text,
            "migrate is not idempotent\nchanges the second time: {:?}",
            twice.changes
        );
        let (before_ok, before_err) = count(name, text, format);
        let (after_ok, after_err) = count(name, &once.text, format);
        assert_eq!(
            after_ok, before_ok,
            "migrate changed the number of readable records\n{after_ok} after, {before_ok} before"
        );
        assert!(
            before_err > 0 || after_err == 0,
            "migrate made a text that read cleanly unreadable\n{after_err} read errors after"
        );
    }
}

/// Readable records and read errors in `text`.
fn count(name: &str, text: &str, format: Format) -> (usize, usize) {
    let mut ok = 0;
    let mut err = 0;
    for item in RecordReader::from_bytes(name, text.as_bytes().to_vec(), format) {
        match item {
            Ok(_) => ok += 1,
            Err(_) => err += 1,
        }
    }
    (ok, err)
}

/// Loads `data` as a single-file taxonomy with `Taxonomy::from_yaml_str` and `load::load_str`,
/// with these invariants:
/// - neither panics, and the report renders (`Display`, which `jos` prints);
/// - the two agree: `from_yaml_str` is `Ok` exactly when `load_str` built a taxonomy and
///   reported no error.
///
/// Bytes that are not UTF-8 go where they would in the loader: to a file read with
/// `load::read_text_file`, which must refuse them with an `invalid-utf8` diagnostic.
pub fn taxonomy(data: &[u8]) {
    let text = match std::str::from_utf8(data) {
        Ok(text) => text,
        Err(_) => {
            read_as_file(data);
            return;
        }
    };
    let result = Taxonomy::from_yaml_str("fuzz.yaml", text);
    let loaded = load::load_str("fuzz.yaml", text);
    let _ = loaded.report.to_string();
    for d in &loaded.report.diagnostics {
        let _ = d.to_string();
    }
    let loaded_ok = loaded.taxonomy.is_some() && !loaded.report.has_errors();
    match &result {
        Ok(_) => assert!(loaded_ok, "from_yaml_str is Ok, but load_str reported errors"),
        Err(report) => {
            assert!(!loaded_ok, "from_yaml_str failed, but load_str built a clean taxonomy");
            let _ = report.to_string();
        }
    }
}

/// Writes `data` to a temporary file and reads it back with `load::read_text_file`.
fn read_as_file(data: &[u8]) {
    use std::sync::atomic::{AtomicUsize, Ordering};
    static N: AtomicUsize = AtomicUsize::new(0);
    let path = std::env::temp_dir().join(format!(
        "jos-fuzz-{}-{}.yaml",
        std::process::id(),
        N.fetch_add(1, Ordering::Relaxed)
    ));
    std::fs::write(&path, data).expect("cannot write a temporary file");
    let read = load::read_text_file(&path);
    let _ = std::fs::remove_file(&path);
    match read {
        Ok(text) => panic!("read_text_file accepted bytes that are not UTF-8\n{text:?}"),
        Err(d) => {
            assert_eq!(
                d.code,
                jeugdhulp_op_school::Code::InvalidUtf8,
                "bytes that are not UTF-8 are not reported as invalid-utf8\n{d}"
            );
            let _ = d.to_string();
        }
    }
}

/// Every target, by name, as the binaries and the replay test know them.
pub const TARGETS: &[(&str, fn(&[u8]))] = &[
    ("records_yaml", records_yaml),
    ("records_json", records_json),
    ("records_jsonl", records_jsonl),
    ("records_csv", records_csv),
    ("check", check_records),
    ("migrate", migrate_records),
    ("taxonomy", taxonomy),
];
