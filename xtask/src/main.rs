//! `cargo xtask codegen [--check]`: regenerate (or, with `--check`, verify) every file that is
//! generated from `taxonomy/`.

#![forbid(unsafe_code)]

use std::process::ExitCode;

use jos_taxonomy::Taxonomy;

fn main() -> ExitCode {
    let args: Vec<String> = std::env::args().skip(1).collect();
    let (check, release, date) = match args.iter().map(String::as_str).collect::<Vec<_>>()[..] {
        ["codegen"] => (false, false, None),
        ["codegen", "--check"] => (true, false, None),
        ["release"] => (false, true, Some(xtask::releases::today())),
        ["release", "--date", d] => (false, true, Some(d.to_owned())),
        _ => {
            eprintln!(
                "usage: cargo xtask codegen [--check] | cargo xtask release [--date YYYY-MM-DD]\n\n\
                 codegen    regenerate every file generated from taxonomy/ and taxonomy/releases/\n\
                 --check    only report stale files and edited releases (exit 1 when there are any)\n\
                 release    set the date of the new version's history entry (default: today),\n\
                            freeze taxonomy/ as the release of its version, then regenerate"
            );
            return ExitCode::from(2);
        }
    };
    let root = xtask::workspace_root();
    if let (true, Some(date)) = (release, &date)
        && let Err(e) = set_date(&root, date)
    {
        eprintln!("xtask: {e}");
        return ExitCode::from(1);
    }
    let taxonomy = match xtask::taxonomy(&root) {
        Ok(t) => t,
        Err(e) => {
            eprintln!("xtask: {e}");
            return ExitCode::from(1);
        }
    };
    if release {
        match xtask::releases::freeze(&root, &taxonomy) {
            Ok(path) => println!("xtask: froze {path}"),
            Err(e) => {
                eprintln!("xtask: {e}");
                return ExitCode::from(1);
            }
        }
    }
    let generated = match xtask::generated(&root, &taxonomy) {
        Ok(g) => g,
        Err(e) => {
            eprintln!("xtask: {e}");
            return ExitCode::from(1);
        }
    };
    if check {
        let mut stale = xtask::stale(&root, &generated);
        stale.extend(xtask::releases::problems(&root));
        if stale.is_empty() {
            println!("xtask: every generated file is fresh");
            return ExitCode::SUCCESS;
        }
        eprintln!(
            "xtask: stale:\n  {}\nregenerate with `{}`",
            stale.join("\n  "),
            xtask::REGENERATE
        );
        return ExitCode::from(1);
    }
    match xtask::write(&root, &generated) {
        Ok(changed) if changed.is_empty() => {
            println!("xtask: every generated file was already fresh");
            ExitCode::SUCCESS
        }
        Ok(changed) => {
            println!("xtask: wrote\n  {}", changed.join("\n  "));
            ExitCode::SUCCESS
        }
        Err(e) => {
            eprintln!("xtask: cannot write: {e}");
            ExitCode::from(2)
        }
    }
}

/// Sets the date of the working tree's new version in `taxonomy/taxonomy.yaml`.
fn set_date(root: &std::path::Path, date: &str) -> Result<(), String> {
    let taxonomy = xtask::taxonomy(root)?;
    let version = taxonomy.version().to_string();
    if Taxonomy::release(&version).is_some()
        || root
            .join(format!("{}/{version}.json", xtask::releases::DIR))
            .exists()
    {
        return Err(format!(
            "{version} is released already; raise `version` in taxonomy/taxonomy.yaml"
        ));
    }
    let path = root.join("taxonomy/taxonomy.yaml");
    let text = std::fs::read_to_string(&path).map_err(|e| e.to_string())?;
    let new = xtask::releases::set_history_date(&text, &version, date).ok_or_else(|| {
        format!(
            "taxonomy/taxonomy.yaml has no `history` entry with a `date` for {version}; add one"
        )
    })?;
    if new != text {
        jos_reference::write_atomic(&path, new.as_bytes()).map_err(|e| e.to_string())?;
        println!("xtask: dated {version} {date} in taxonomy/taxonomy.yaml");
    }
    Ok(())
}
