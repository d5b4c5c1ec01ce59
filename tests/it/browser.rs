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

/// `jos docs --pdf`: the whole definition and the overview printed by Chromium in both
/// languages, read back with poppler: A4, the running header on the first page, every facet in
/// the document, page numbers, and the overview a few pages; and the agreement report of
/// `jos agree --format html` printed on A4.
#[test]
fn docs_prints_the_one_document_and_the_overview_to_pdf() {
    let missing: Vec<&str> = missing()
        .into_iter()
        .filter(|m| !m.contains("Node") && !m.contains("playwright"))
        .collect();
    if !missing.is_empty() {
        let message = format!("`jos docs --pdf` needs {}", missing.join(", "));
        assert!(
            std::env::var_os("CI").is_none(),
            "{message}\n(CI is set, so this test may not be skipped)"
        );
        let _ = writeln!(std::io::stderr(), "pdf test skipped: {message}");
        return;
    }
    let dir = std::env::temp_dir().join(format!("jos-docs-pdf-{}", std::process::id()));
    let _ = std::fs::remove_dir_all(&dir);
    let out = Command::new(env!("CARGO_BIN_EXE_jos"))
        .args(["docs", "--pdf", "--chromium", CHROMIUM, "--out"])
        .arg(&dir)
        .output()
        .expect("jos runs");
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    let pages = |pdf: &Path| -> (u32, String) {
        let info = Command::new("pdfinfo")
            .arg(pdf)
            .output()
            .expect("pdfinfo runs");
        let info = String::from_utf8_lossy(&info.stdout).into_owned();
        assert!(
            info.contains("594.96 x 841.92 pts (A4)"),
            "{}: {info}",
            pdf.display()
        );
        let count = info
            .lines()
            .find_map(|l| l.strip_prefix("Pages:"))
            .and_then(|n| n.trim().parse().ok())
            .unwrap_or(0);
        let text = Command::new("pdftotext")
            .arg(pdf)
            .arg("-")
            .output()
            .expect("pdftotext runs");
        (
            count,
            String::from_utf8_lossy(&text.stdout)
                .split_whitespace()
                .collect::<Vec<_>>()
                .join(" "),
        )
    };
    use jeugdhulp_op_school::Lang;
    let t = jeugdhulp_op_school::Taxonomy::builtin();
    for (lang, [page, of]) in [(Lang::Nl, ["Pagina", "van"]), (Lang::En, ["Page", "of"])] {
        let code = lang.code();
        let (count, text) = pages(&dir.join(format!("pdf/{code}/complete.pdf")));
        assert!(count > 50, "the {code} one document has {count} pages");
        let head = format!("{} {}", t.title().best(lang), t.version());
        assert!(text.starts_with(&head), "{}", &text[..200.min(text.len())]);
        for f in t.facets() {
            let label = f.label.best(lang);
            assert!(
                text.contains(label),
                "the {code} one document lacks `{label}`"
            );
        }
        assert!(
            text.contains(&format!("{page} {count} {of} {count}")),
            "no page numbers"
        );
        let (overview, text) = pages(&dir.join(format!("pdf/{code}/overview.pdf")));
        assert!(
            (2..=25).contains(&overview),
            "the {code} overview has {overview} pages"
        );
        let worker = t.concept("school-social-worker").unwrap().label.best(lang);
        assert!(text.contains(worker), "the {code} overview lacks a concept");
    }
    // The agreement report of `jos agree --format html` prints on A4 too.
    let report = dir.join("agreement.html");
    let agree = Command::new(env!("CARGO_BIN_EXE_jos"))
        .args([
            "agree",
            "tests/fixtures/agree/ann.yaml",
            "tests/fixtures/agree/bob.yaml",
        ])
        .args(["--format", "html", "--bootstrap", "0", "--out"])
        .arg(&report)
        .output()
        .expect("jos runs");
    assert!(
        agree.status.success(),
        "{}",
        String::from_utf8_lossy(&agree.stderr)
    );
    let pdf = dir.join("agreement.pdf");
    let printed = Command::new(CHROMIUM)
        .args([
            "--headless",
            "--no-sandbox",
            "--disable-gpu",
            "--no-pdf-header-footer",
        ])
        .arg(format!("--print-to-pdf={}", pdf.display()))
        .arg(format!(
            "file://{}",
            report.canonicalize().unwrap().display()
        ))
        .output()
        .expect("chromium runs");
    assert!(
        printed.status.success(),
        "{}",
        String::from_utf8_lossy(&printed.stderr)
    );
    let (count, text) = pages(&pdf);
    assert!(
        count >= 1 && text.contains("Krippendorff"),
        "{count} pages: {text:.200}"
    );
    assert!(!text.contains("file://"), "a file address is printed");
    let _ = std::fs::remove_dir_all(&dir);
}
