//! `jos`: validate, search and export the jeugdhulp-op-school taxonomy.
//!
//! The command line lives in the `jos-cli` crate; this is its entry point.

#![forbid(unsafe_code)]

fn main() -> std::process::ExitCode {
    jos_cli::main()
}
