//! `jos`: validate, search and export the jeugdhulp-op-school taxonomy.

#![forbid(unsafe_code)]

mod cli;

fn main() -> std::process::ExitCode {
    cli::main()
}
