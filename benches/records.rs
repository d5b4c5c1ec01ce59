//! How fast records are read and checked.
//!
//! Targets (issue "tagging practices for research"): for 10,000 YAML records (about 5 MB) the
//! checks add at most 30% to the time needed just to parse the file; 10,000 JSON records are
//! read and checked in well under a tenth of a second. JSON and CSV are measured the way
//! `jos check` reads them, one record at a time; the same 10,000 CSV rows as an `.xlsx` workbook
//! (issue "researchers' data in and out") are read whole, as workbooks are. Run
//! `cargo bench --bench records`.

use std::hint::black_box;

use criterion::{Criterion, criterion_group, criterion_main};
use jeugdhulp_op_school::Taxonomy;
use jeugdhulp_op_school::records::{self, CheckOptions, Checker, Format, RecordReader};

#[path = "generate.rs"]
mod generate;

/// Reads and checks records the way `jos check` does: one record at a time through a
/// [`RecordReader`] into a [`Checker`]. Returns the number of findings.
fn read_and_check(t: &Taxonomy, name: &str, text: &str, format: Format) -> usize {
    read_and_check_bytes(t, name, text.as_bytes(), format)
}

fn read_and_check_bytes(t: &Taxonomy, name: &str, bytes: &[u8], format: Format) -> usize {
    let mut checker = Checker::new(t, CheckOptions::default());
    let mut findings = Vec::new();
    let reader = RecordReader::from_bytes(name, bytes.to_vec(), format)
        .with_facets(t.facets().iter().map(|f| f.id.clone()));
    for item in reader {
        match item {
            Ok(record) => checker.check(&record, &mut findings),
            Err(d) => findings.push(d),
        }
    }
    findings.len()
}

/// The CSV as a workbook: every cell a string, as a team's sheet holds codes.
fn workbook(csv: &str) -> Vec<u8> {
    let mut book = rust_xlsxwriter::Workbook::new();
    let sheet = book.add_worksheet();
    let mut reader = csv::ReaderBuilder::new()
        .has_headers(false)
        .from_reader(csv.as_bytes());
    for (r, row) in reader.records().enumerate() {
        for (c, cell) in row.unwrap().iter().enumerate() {
            if !cell.is_empty() {
                sheet.write_string(r as u32, c as u16, cell).unwrap();
            }
        }
    }
    book.save_to_buffer().unwrap()
}

fn bench(c: &mut Criterion) {
    let t = Taxonomy::builtin();
    let mut rng = generate::Rng::new(7);
    let yaml: String = (0..10_000)
        .map(|i| generate::yaml_record(t, i, &mut rng))
        .collect();
    let json = format!(
        "[{}]",
        (0..10_000)
            .map(|i| generate::json_record(t, i, &mut rng))
            .collect::<Vec<_>>()
            .join(",\n")
    );
    let csv: String = std::iter::once(generate::csv_header(t))
        .chain((0..10_000).map(|i| generate::csv_record(t, i, &mut rng)))
        .collect();
    eprintln!(
        "10,000 records: YAML {} bytes, JSON {} bytes, CSV {} bytes",
        yaml.len(),
        json.len(),
        csv.len()
    );
    // The generated data is valid: the benchmark measures the happy path of a clean data set.
    let parsed = records::parse_str("bench.yaml", &yaml, Format::Yaml).unwrap();
    let findings = records::check(t, &parsed, &CheckOptions::default());
    assert!(
        findings.is_empty(),
        "{:?}",
        &findings[..findings.len().min(3)]
    );

    let mut g = c.benchmark_group("10k-records");
    g.sample_size(10);
    g.bench_function("yaml-parse", |b| {
        b.iter(|| records::parse_str("bench.yaml", black_box(&yaml), Format::Yaml).unwrap())
    });
    g.bench_function("yaml-parse-and-check", |b| {
        b.iter(|| {
            let r = records::parse_str("bench.yaml", black_box(&yaml), Format::Yaml).unwrap();
            records::check(t, &r, &CheckOptions::default())
        })
    });
    for (name, text, format) in [
        ("bench.json", &json, Format::Json),
        ("bench.csv", &csv, Format::Csv),
    ] {
        assert_eq!(read_and_check(t, name, text, format), 0, "{name}");
    }
    g.bench_function("json-read-and-check", |b| {
        b.iter(|| read_and_check(t, "bench.json", black_box(&json), Format::Json))
    });
    g.bench_function("csv-read-and-check", |b| {
        b.iter(|| read_and_check(t, "bench.csv", black_box(&csv), Format::Csv))
    });
    let xlsx = workbook(&csv);
    eprintln!("the CSV as xlsx: {} bytes", xlsx.len());
    assert_eq!(
        read_and_check_bytes(t, "bench.xlsx", &xlsx, Format::Spreadsheet),
        0
    );
    g.bench_function("xlsx-read-and-check", |b| {
        b.iter(|| read_and_check_bytes(t, "bench.xlsx", black_box(&xlsx), Format::Spreadsheet))
    });
    g.bench_function("check-only", |b| {
        b.iter(|| records::check(t, black_box(&parsed), &CheckOptions::default()))
    });
    g.finish();
}

criterion_group!(benches, bench);
criterion_main!(benches);
