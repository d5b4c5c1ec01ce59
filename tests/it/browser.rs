//! The committed reference site (`docs/reference/html/`) in a real browser: headless Chromium,
//! driven by `tests/browser/check.mjs` with playwright-core, opens the pages from disk, filters
//! the concept list, follows the language switch, prints every facet page to PDF (checked
//! with poppler's `pdfinfo` and `pdftotext`) and watches for console and page errors.
//!
//! It needs Debian's Chromium (`/usr/bin/chromium`), poppler-utils, Node.js and
//! `npm ci --prefix tests/browser`.
//! Without them the test is skipped with a notice, except under CI (`CI` set), where it fails:
//! CI must never pass without having run it. `.ci/run` installs all three.

use std::io::Write as _;
use std::path::Path;
use std::process::Command;

const CHROMIUM: &str = "/usr/bin/chromium";
const SITE: &str = "docs/reference/html";

/// What is missing to run the check, each with how to install it.
fn missing() -> Vec<&'static str> {
    let mut missing = Vec::new();
    if !Path::new(CHROMIUM).is_file() {
        missing.push("Chromium (`apt-get update && apt-get install -y chromium`)");
    }
    let node = Command::new("node")
        .arg("--version")
        .output()
        .is_ok_and(|o| o.status.success());
    if !node {
        missing.push("Node.js (`apt-get install -y nodejs npm`)");
    }
    let poppler = Command::new("pdftotext")
        .arg("-v")
        .output()
        .is_ok_and(|o| o.status.success());
    if !poppler {
        missing.push("poppler's pdftotext and pdfinfo (`apt-get install -y poppler-utils`)");
    }
    if !Path::new("tests/browser/node_modules/playwright-core").is_dir() {
        missing.push("playwright-core (`npm ci --prefix tests/browser`)");
    }
    missing
}

#[test]
fn reference_site_works_in_chromium() {
    let missing = missing();
    if !missing.is_empty() {
        let message = format!(
            "the browser test needs {}; install {}, then run `cargo test --test it -- browser::`",
            missing.join(", "),
            if missing.len() == 1 { "it" } else { "them" }
        );
        assert!(
            std::env::var_os("CI").is_none(),
            "{message}\n(CI is set, so the browser test may not be skipped)"
        );
        // Written to stderr directly, past the test harness's capture, so the skip is seen.
        let _ = writeln!(std::io::stderr(), "browser test skipped: {message}");
        return;
    }
    let output = Command::new("node")
        .args(["tests/browser/check.mjs", SITE])
        .output()
        .expect("node runs");
    let report = format!(
        "{}{}",
        String::from_utf8_lossy(&output.stdout),
        String::from_utf8_lossy(&output.stderr)
    );
    assert!(
        output.status.success(),
        "the reference site failed in Chromium ({}):\n{report}",
        output.status
    );
    assert!(report.contains(" passed, 0 failed"), "{report}");
}
