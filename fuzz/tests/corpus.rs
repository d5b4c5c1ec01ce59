//! Replays every committed input through its fuzz target, without AFL:
//! `fuzz/corpus/<target>/*` (the minimised corpora) and `fuzz/regressions/<target>/*` (inputs
//! that once crashed or hung a target).
//!
//! A regression input whose finding is not fixed yet is listed in `fuzz/regressions/open.txt`
//! (`<target>/<file>` per line, `#` comments). Those are still run, to show whether they still
//! fail, but do not fail this test; every other input must run without a panic.

use std::panic::{AssertUnwindSafe, catch_unwind};
use std::path::{Path, PathBuf};
use std::time::{Duration, Instant};

/// How long one input may take in this (unoptimised) test build before it counts as a hang.
const SLOW: Duration = Duration::from_secs(20);

fn files(dir: &Path) -> Vec<PathBuf> {
    let mut out: Vec<PathBuf> = std::fs::read_dir(dir)
        .into_iter()
        .flatten()
        .flatten()
        .map(|e| e.path())
        .filter(|p| p.is_file())
        .filter(|p| {
            let name = p.file_name().unwrap_or_default().to_string_lossy();
            !name.starts_with('.') && name != "README.md" && name != "README.txt"
        })
        .collect();
    out.sort();
    out
}

fn open_findings(root: &Path) -> Vec<String> {
    std::fs::read_to_string(root.join("regressions/open.txt"))
        .unwrap_or_default()
        .lines()
        .map(|l| l.split('#').next().unwrap_or("").trim().to_owned())
        .filter(|l| !l.is_empty())
        .collect()
}

#[test]
fn replay_corpora_and_regressions() {
    let root = Path::new(env!("CARGO_MANIFEST_DIR"));
    let open = open_findings(root);
    let mut failures = Vec::new();
    let mut still_open = Vec::new();
    let mut replayed = 0usize;
    for &(target, run) in jos_fuzz::TARGETS {
        let corpus = files(&root.join("corpus").join(target));
        assert!(
            !corpus.is_empty(),
            "fuzz/corpus/{target}/ is empty: every target needs a committed seed corpus"
        );
        let regressions = files(&root.join("regressions").join(target));
        for path in corpus.iter().chain(&regressions) {
            let data = std::fs::read(path).unwrap();
            let rel = path.strip_prefix(root).unwrap().display().to_string();
            let key = format!(
                "{target}/{}",
                path.file_name().unwrap_or_default().to_string_lossy()
            );
            let is_open = rel.starts_with("regressions/") && open.contains(&key);
            let started = Instant::now();
            let outcome = catch_unwind(AssertUnwindSafe(|| run(&data)));
            let took = started.elapsed();
            replayed += 1;
            match (outcome.is_err(), is_open) {
                (true, true) => still_open.push(rel),
                (true, false) => failures.push(format!("{rel}: panicked")),
                (false, true) => eprintln!(
                    "note: {rel} no longer fails; move it out of regressions/open.txt so it stays fixed"
                ),
                (false, false) if took > SLOW => {
                    failures.push(format!("{rel}: took {took:?} (more than {SLOW:?})"))
                }
                (false, false) => {}
            }
        }
    }
    for rel in &still_open {
        eprintln!("note: open finding {rel} still fails (listed in regressions/open.txt)");
    }
    eprintln!("replayed {replayed} inputs");
    assert!(failures.is_empty(), "inputs that fail:\n{}", failures.join("\n"));
}
