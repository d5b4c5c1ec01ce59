//! Frozen releases: `taxonomy/releases/<version>.json` (the JSON export of each released
//! version, written once by `cargo xtask release`) and `taxonomy/releases/SHA256SUMS`, which
//! lists the SHA-256 of each, so that a test fails when a frozen file is edited.

use std::fmt::Write as _;
use std::path::Path;

use jos_taxonomy::{Taxonomy, export, load};
use sha2::{Digest, Sha256};

/// The directory of the frozen releases, relative to the workspace root.
pub const DIR: &str = "taxonomy/releases";
/// The file of checksums in [`DIR`].
pub const SUMS: &str = "SHA256SUMS";

/// One frozen release as read from its file.
pub struct Frozen {
    /// The version, from the file name.
    pub version: semver::Version,
    /// The release date, from the release's own history entry.
    pub date: String,
    /// The release.
    pub taxonomy: Taxonomy,
    /// The file's bytes.
    pub bytes: Vec<u8>,
}

/// The SHA-256 of `bytes`, in lowercase hex.
pub fn sha256(bytes: &[u8]) -> String {
    let digest = Sha256::digest(bytes);
    let mut hex = String::with_capacity(64);
    for b in digest {
        let _ = write!(hex, "{b:02x}");
    }
    hex
}

/// Every frozen release, oldest first; an error names the file that cannot be read.
pub fn frozen(root: &Path) -> Result<Vec<Frozen>, String> {
    let dir = root.join(DIR);
    let mut out = Vec::new();
    let Ok(entries) = std::fs::read_dir(&dir) else {
        return Ok(out);
    };
    for entry in entries.flatten() {
        let name = entry.file_name().to_string_lossy().into_owned();
        let Some(stem) = name.strip_suffix(".json") else {
            continue;
        };
        let version = semver::Version::parse(stem)
            .map_err(|e| format!("{DIR}/{name}: the file name is not a version: {e}"))?;
        let bytes = std::fs::read(entry.path()).map_err(|e| format!("{DIR}/{name}: {e}"))?;
        let text =
            String::from_utf8(bytes.clone()).map_err(|_| format!("{DIR}/{name}: not UTF-8"))?;
        let loaded = load::load_json_str(&format!("{DIR}/{name}"), &text);
        let taxonomy = match loaded.taxonomy {
            Some(t) if !loaded.report.has_errors() => t,
            _ => return Err(format!("{DIR}/{name} has errors:\n{}", loaded.report)),
        };
        let date = taxonomy
            .history()
            .iter()
            .find(|h| semver::Version::parse(&h.version).is_ok_and(|v| v == version))
            .map(|h| h.date.clone())
            .ok_or_else(|| format!("{DIR}/{name} has no history entry for {version}"))?;
        out.push(Frozen {
            version,
            date,
            taxonomy,
            bytes,
        });
    }
    out.sort_by(|a, b| a.version.cmp(&b.version));
    Ok(out)
}

/// The checksums file: (file name, SHA-256) per line `HEX  NAME`, in its order.
fn sums(root: &Path) -> Vec<(String, String)> {
    std::fs::read_to_string(root.join(DIR).join(SUMS))
        .unwrap_or_default()
        .lines()
        .filter_map(|l| {
            let (hash, name) = l.split_once("  ")?;
            Some((name.trim().to_owned(), hash.trim().to_owned()))
        })
        .collect()
}

/// What is wrong with the frozen releases: a file edited after it was frozen (its SHA-256 is no
/// longer the one in `SHA256SUMS`), a file not listed or listed but missing, a file that is not
/// the canonical export of what it holds, or whose version inside differs from its name.
pub fn problems(root: &Path) -> Vec<String> {
    let frozen = match frozen(root) {
        Ok(f) => f,
        Err(e) => return vec![e],
    };
    let sums = sums(root);
    let mut out = Vec::new();
    for f in &frozen {
        let name = format!("{}.json", f.version);
        match sums.iter().find(|(n, _)| *n == name) {
            None => out.push(format!("{DIR}/{name} is not listed in {DIR}/{SUMS}")),
            Some((_, hash)) if *hash != sha256(&f.bytes) => out.push(format!(
                "{DIR}/{name} was changed after it was frozen: its SHA-256 is not the one in {DIR}/{SUMS}; a release is never edited, make a new one"
            )),
            Some(_) => {}
        }
        if *f.taxonomy.version() != f.version {
            out.push(format!(
                "{DIR}/{name} holds version {}, not {}",
                f.taxonomy.version(),
                f.version
            ));
        }
        if export::to_json(&f.taxonomy).as_bytes() != f.bytes.as_slice() {
            out.push(format!(
                "{DIR}/{name} is not the canonical JSON export of the release it holds"
            ));
        }
    }
    for (name, _) in &sums {
        if !frozen
            .iter()
            .any(|f| format!("{}.json", f.version) == *name)
        {
            out.push(format!("{DIR}/{SUMS} lists {name}, which does not exist"));
        }
    }
    out
}

/// Freezes `taxonomy` (the working tree) as the release of its version: writes
/// `taxonomy/releases/<version>.json` and adds its line to `SHA256SUMS`. Refuses a version that
/// is already frozen, and a taxonomy whose history has no entry for its version.
pub fn freeze(root: &Path, taxonomy: &Taxonomy) -> Result<String, String> {
    let version = taxonomy.version().to_string();
    let name = format!("{version}.json");
    let path = root.join(DIR).join(&name);
    if path.exists() {
        return Err(format!(
            "{DIR}/{name} exists: {version} is released already; raise `version` in taxonomy/taxonomy.yaml"
        ));
    }
    if !taxonomy.history().iter().any(|h| h.version == version) {
        return Err(format!(
            "taxonomy/taxonomy.yaml has no `history` entry for {version}; add one with the date and a summary"
        ));
    }
    let json = export::to_json(taxonomy);
    std::fs::create_dir_all(root.join(DIR)).map_err(|e| e.to_string())?;
    jos_reference::write_atomic(&path, json.as_bytes()).map_err(|e| e.to_string())?;
    let mut sums = std::fs::read_to_string(root.join(DIR).join(SUMS)).unwrap_or_default();
    let _ = writeln!(sums, "{}  {name}", sha256(json.as_bytes()));
    jos_reference::write_atomic(&root.join(DIR).join(SUMS), sums.as_bytes())
        .map_err(|e| e.to_string())?;
    Ok(format!("{DIR}/{name}"))
}

/// Today's date in UTC, as `YYYY-MM-DD`.
pub fn today() -> String {
    let secs = std::time::SystemTime::now()
        .duration_since(std::time::UNIX_EPOCH)
        .map_or(0, |d| d.as_secs());
    civil(secs / 86_400)
}

/// The date `days` after 1970-01-01.
fn civil(days: u64) -> String {
    jos_taxonomy::text::date_from_days(days as i64)
}

/// Sets the `date` of the `history` entry for `version` in the text of `taxonomy.yaml`,
/// changing nothing else. `None` when the entry or its `date` cannot be found.
pub fn set_history_date(text: &str, version: &str, date: &str) -> Option<String> {
    let entry = text.match_indices("version:").map(|(i, _)| i).find(|&i| {
        let rest = &text[i + "version:".len()..];
        let value = rest.lines().next().unwrap_or("").trim();
        let before = text[..i].rsplit('\n').next().unwrap_or("");
        value.trim_matches(['"', '\'']) == version && before.trim_start().starts_with('-')
    })?;
    let after = &text[entry..];
    let date_at = entry + after.find("date:")?;
    let value_start = date_at + "date:".len();
    let line_end = text[value_start..]
        .find(['\n', '\r', '#'])
        .map_or(text.len(), |i| value_start + i);
    let old = &text[value_start..line_end];
    let lead = old.len() - old.trim_start().len();
    let trail = old.len() - old.trim_end().len();
    Some(format!(
        "{}{}{}{}",
        &text[..value_start + lead],
        date,
        &old[old.len() - trail..],
        &text[line_end..]
    ))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn civil_dates() {
        assert_eq!(civil(0), "1970-01-01");
        assert_eq!(civil(20_423), "2025-12-01");
        assert_eq!(civil(11_016), "2000-02-29");
    }

    #[test]
    fn the_history_date_is_set_in_place() {
        let text = "version: 1.1.0\nhistory:\n  - version: 1.1.0\n    date: 2026-01-01  # draft\r\n    summary: {}\n  - version: 1.0.0\n    date: 2026-11-23\n";
        assert_eq!(
            set_history_date(text, "1.1.0", "2026-12-01").unwrap(),
            text.replace("2026-01-01", "2026-12-01")
        );
        assert_eq!(
            set_history_date(text, "1.0.0", "2026-12-02").unwrap(),
            text.replace("2026-11-23", "2026-12-02")
        );
        assert!(set_history_date(text, "2.0.0", "2026-12-02").is_none());
    }
}
