//! `cargo xtask codegen [--check]`: regenerate (or, with `--check`, verify) every file that is
//! generated from `taxonomy/`.

#![forbid(unsafe_code)]

use std::process::ExitCode;

fn main() -> ExitCode {
    let args: Vec<String> = std::env::args().skip(1).collect();
    let check = match args.iter().map(String::as_str).collect::<Vec<_>>()[..] {
        ["codegen"] => false,
        ["codegen", "--check"] => true,
        _ => {
            eprintln!(
                "usage: cargo xtask codegen [--check]\n\n\
                 codegen    regenerate every file generated from taxonomy/\n\
                 --check    only report stale files (exit 1 when there are any)"
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
    let generated = xtask::generated(&root, &taxonomy);
    if check {
        let stale = xtask::stale(&root, &generated);
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
