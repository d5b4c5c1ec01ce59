//! Peak memory while checking a stream of 1,000,000 records (JSON Lines and CSV).
//!
//! Target: peak memory stays flat, under 64 MB, independent of the file's size. The records are
//! generated on the fly into the reader (no disk) and checked one at a time; each size runs in a
//! process of its own, which prints its peak resident set size (VmHWM, Linux). What grows with
//! the number of records is the checker's memory of record ids (about 13 bytes each, to find
//! duplicates). Run `cargo bench --bench streaming_memory`.

use std::io::Read;
use std::time::Instant;

use jeugdhulp_op_school::Taxonomy;
use jeugdhulp_op_school::records::{CheckOptions, Checker, Format, RecordReader};

#[path = "generate.rs"]
mod generate;

/// A `Read` that produces `n` generated records lazily.
struct Generated<'t> {
    t: &'t Taxonomy,
    format: Format,
    next: usize,
    n: usize,
    rng: generate::Rng,
    buf: Vec<u8>,
    pos: usize,
}

impl Read for Generated<'_> {
    fn read(&mut self, out: &mut [u8]) -> std::io::Result<usize> {
        if self.pos == self.buf.len() {
            if self.next == self.n {
                return Ok(0);
            }
            self.buf = match self.format {
                Format::Csv => generate::csv_record(self.t, self.next, &mut self.rng),
                _ => generate::json_record(self.t, self.next, &mut self.rng) + "\n",
            }
            .into_bytes();
            self.pos = 0;
            self.next += 1;
        }
        let k = out.len().min(self.buf.len() - self.pos);
        out[..k].copy_from_slice(&self.buf[self.pos..self.pos + k]);
        self.pos += k;
        Ok(k)
    }
}

fn peak_rss_mb() -> f64 {
    std::fs::read_to_string("/proc/self/status")
        .ok()
        .and_then(|s| {
            s.lines()
                .find(|l| l.starts_with("VmHWM:"))
                .and_then(|l| l.split_whitespace().nth(1)?.parse::<f64>().ok())
        })
        .map_or(f64::NAN, |kb| kb / 1024.0)
}

/// Checks `n` generated records of `format` and prints the time and this process's peak memory.
fn measure(t: &'static Taxonomy, format: Format, n: usize) {
    let mut source = Generated {
        t,
        format,
        next: 0,
        n,
        rng: generate::Rng::new(1),
        buf: Vec::new(),
        pos: 0,
    };
    if format == Format::Csv {
        source.buf = generate::csv_header(t).into_bytes();
    }
    let start = Instant::now();
    let reader = RecordReader::from_reader("generated", Box::new(source), format)
        .with_facets(t.facets().iter().map(|f| f.id.clone()));
    let mut checker = Checker::new(t, CheckOptions::default());
    let (mut records, mut findings) = (0usize, Vec::new());
    for item in reader {
        let r = item.expect("generated records parse");
        checker.check(&r, &mut findings);
        records += 1;
    }
    assert!(
        findings.is_empty(),
        "{:?}",
        &findings[..findings.len().min(3)]
    );
    println!(
        "{format:?}: {records} records checked in {:.2} s; peak memory {:.1} MB",
        start.elapsed().as_secs_f64(),
        peak_rss_mb()
    );
}

fn main() {
    let t = Taxonomy::builtin();
    // Each measurement runs in a process of its own, so its peak memory is its own.
    if let Ok(job) = std::env::var("JOS_BENCH_JOB") {
        let (format, n) = job.split_once(':').expect("FORMAT:N");
        let format = if format == "csv" {
            Format::Csv
        } else {
            Format::JsonLines
        };
        measure(t, format, n.parse().expect("a number"));
        return;
    }
    // `cargo test --benches` runs this with `--bench` absent: keep that run short.
    let full = std::env::args().any(|a| a == "--bench");
    let sizes: &[usize] = if full {
        &[10_000, 100_000, 1_000_000]
    } else {
        &[1_000]
    };
    let exe = std::env::current_exe().expect("the benchmark's own path");
    for format in ["jsonl", "csv"] {
        for &n in sizes {
            let status = std::process::Command::new(&exe)
                .env("JOS_BENCH_JOB", format!("{format}:{n}"))
                .status()
                .expect("run a measurement");
            assert!(status.success(), "{format} with {n} records failed");
        }
    }
}
