//! `cargo xtask codegen [--check]`: regenerate (or, with `--check`, verify) every file that is
//! generated from `taxonomy/`.

#![forbid(unsafe_code)]

use std::process::ExitCode;

fn main() -> ExitCode {
    let args: Vec<String> = std::env::args().skip(1).collect();
    let (check, release) = match args.iter().map(String::as_str).collect::<Vec<_>>()[..] {
        ["codegen"] => (false, false),
        ["codegen", "--check"] => (true, false),
        ["release"] => (false, true),
        _ => {
            eprintln!(
                "usage: cargo xtask codegen [--check] | cargo xtask release\n\n\
                 codegen    regenerate every file generated from taxonomy/ and taxonomy/releases/\n\
                 --check    only report stale files and edited releases (exit 1 when there are any)\n\
                 release    freeze taxonomy/ as the release of its version, then regenerate"
            );
            return ExitCode::from(2);
        }
    };
    let root = xtask::workspace_root();
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
