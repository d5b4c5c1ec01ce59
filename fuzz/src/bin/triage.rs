//! Groups crash inputs by where they panic: `cargo run --bin triage -- TARGET FILE...`.
//!
//! Runs each file through the named target (see `jos_fuzz::TARGETS`), catches the panic and
//! prints, per distinct panic location and message (its first line), how many inputs hit it and
//! the smallest of them, and the full panic message of that smallest input. Exits non-zero when
//! any input panics.

use std::collections::BTreeMap;
use std::panic::{AssertUnwindSafe, catch_unwind};
use std::sync::{Arc, Mutex};

fn main() {
    let mut args = std::env::args().skip(1);
    let Some(target) = args.next() else {
        eprintln!("usage: triage TARGET FILE...");
        std::process::exit(2);
    };
    let Some(&(_, run)) = jos_fuzz::TARGETS.iter().find(|(name, _)| *name == target) else {
        eprintln!("unknown target `{target}`");
        std::process::exit(2);
    };
    let last: Arc<Mutex<(String, String)>> = Arc::default();
    let hook_last = last.clone();
    std::panic::set_hook(Box::new(move |info| {
        let at = info
            .location()
            .map_or_else(String::new, |l| format!("{}:{}", l.file(), l.line()));
        let msg = info
            .payload()
            .downcast_ref::<String>()
            .map(String::as_str)
            .or_else(|| info.payload().downcast_ref::<&str>().copied())
            .unwrap_or("");
        let first = msg.lines().next().unwrap_or("");
        let first: String = first.chars().take(160).collect();
        *hook_last.lock().unwrap() = (format!("{at}: {first}"), msg.to_owned());
    }));
    // Per panic: inputs hitting it, and the smallest one's size, path and full message.
    let mut groups: BTreeMap<String, (usize, usize, String, String)> = BTreeMap::new();
    let mut files = 0;
    for file in args {
        let Ok(data) = std::fs::read(&file) else { continue };
        files += 1;
        if catch_unwind(AssertUnwindSafe(|| run(&data))).is_err() {
            let (key, full) = last.lock().unwrap().clone();
            let e = groups
                .entry(key)
                .or_insert((0, usize::MAX, String::new(), String::new()));
            e.0 += 1;
            if data.len() < e.1 {
                e.1 = data.len();
                e.2 = file.clone();
                e.3 = full;
            }
        }
    }
    let panicking: usize = groups.values().map(|g| g.0).sum();
    println!(
        "{files} inputs, {panicking} panicking, {} distinct panics",
        groups.len()
    );
    for (key, (count, size, smallest, full)) in &groups {
        println!("{count:5} x {key}\n        smallest ({size} bytes): {smallest}");
        for line in full.lines().take(40) {
            let line: String = line.chars().take(2000).collect();
            println!("        | {line}");
        }
    }
    if !groups.is_empty() {
        std::process::exit(1);
    }
}
