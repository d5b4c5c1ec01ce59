//! `jos consensus`: one consensus records file from several coders' files and the decisions of
//! an adjudication worksheet.

use std::io::Write as _;
use std::path::PathBuf;

use jos_records::agree::{Choice, coder_names};
use jos_records::consensus::{Consensus, Decision, Rule, read_decisions, to_yaml};
use jos_records::{CheckOptions, Checker};
use jos_taxonomy::diagnostic::{Code, Diagnostic};

use super::agree::{read, release_of};
use super::{
    Fatal, Outcome, TaxonomyArg, plural, refuse_existing, render, same_file, with_taxonomy,
    write_output,
};

#[derive(clap::Args)]
pub(super) struct ConsensusArgs {
    /// Records files, one per coder (.yaml, .json, .jsonl or .csv), at least two.
    #[arg(required = true, num_args = 2.., value_name = "FILE")]
    files: Vec<PathBuf>,
    #[command(flatten)]
    source: TaxonomyArg,
    /// The worksheet of `jos agree --worksheet` with the team's decisions (.csv or .xlsx).
    #[arg(long, value_name = "WORKSHEET")]
    decisions: Option<PathBuf>,
    /// How many coders must agree for a value to be taken without a decision: `all` (every
    /// coder who coded the point), `majority` (more than half of them) or a number (at least
    /// that many); never fewer than two.
    #[arg(long, value_name = "RULE", default_value = "all", value_parser = parse_rule)]
    accept: Rule,
    /// Write the consensus records (YAML) to this file (atomically) instead of standard output.
    #[arg(long, short, value_name = "FILE")]
    out: Option<PathBuf>,
    /// Overwrite the output file if it exists.
    #[arg(long)]
    force: bool,
    /// Build the consensus from coders' records that `jos check` finds errors in (said in one
    /// line).
    #[arg(long)]
    allow_errors: bool,
}

fn parse_rule(s: &str) -> Result<Rule, String> {
    s.parse()
}

pub(super) fn run(args: ConsensusArgs) -> Result<Outcome, Fatal> {
    if let Some(out) = &args.out {
        refuse_existing(out, args.force)?;
        if args
            .files
            .iter()
            .chain(&args.decisions)
            .any(|f| same_file(f, out))
        {
            return Err(Fatal(format!(
                "`{}` is one of the input files; write the consensus to a new file",
                out.display()
            )));
        }
    }
    let explicit = args.source.taxonomy.is_some() || args.source.release.is_some();
    with_taxonomy(&args.source, |t| {
        let files = read(t, &args.files)?;
        let t = release_of(t, &files, explicit);
        if !super::agree::checked(t, &files, "the consensus", &args.files, args.allow_errors) {
            return Ok(Outcome::Findings);
        }
        let decisions: Vec<Decision> = match &args.decisions {
            None => Vec::new(),
            Some(path) => {
                let bytes = std::fs::read(path)
                    .map_err(|e| Fatal(format!("cannot read `{}`: {e}", path.display())))?;
                match read_decisions(&path.display().to_string(), &bytes) {
                    Ok(d) => d,
                    Err(findings) => {
                        render::diagnostics_with(&findings, |_, _| None);
                        return Ok(Outcome::Findings);
                    }
                }
            }
        };
        let names = coder_names(files.iter().map(|(p, r)| (p.as_path(), r.as_slice())));
        let mut consensus = Consensus::new(t);
        for (name, (_, records)) in names.iter().zip(files) {
            consensus
                .add_coder(name.clone(), records)
                .map_err(|e| Fatal(e.to_string()))?;
        }
        let result = consensus.build(args.accept, &decisions);
        if !result.findings.is_empty() {
            // A decision that cannot be applied is the team's to correct: no file is written.
            render::diagnostics_with(&result.findings, |_, _| None);
            return Ok(Outcome::Findings);
        }
        let undecided: Vec<Diagnostic> = result
            .undecided
            .iter()
            .map(|u| {
                let choices: Vec<String> = consensus
                    .coders()
                    .iter()
                    .zip(&u.choices)
                    .filter_map(|(c, choice)| match choice {
                        Choice::Codes(codes) => Some(format!("{c}: {}", codes.join("; "))),
                        Choice::Unknown => Some(format!("{c}: ?")),
                        _ => None,
                    })
                    .collect();
                let what = if choices.len() < 2 {
                    "only one coder coded it"
                } else {
                    "the coders differ"
                };
                Diagnostic::new(
                    Code::ConsensusUndecided,
                    u.location.clone(),
                    format!(
                        "record `{}`, facet `{}`: {what} ({}); left out of the consensus",
                        u.record,
                        u.facet,
                        choices.join(", ")
                    ),
                )
                .with_hint(
                    "decide it in the worksheet of `jos agree --worksheet` and pass that with --decisions",
                )
            })
            .collect();
        render::diagnostics_with(&undecided, |_, _| None);
        let comment = format!(
            "Consensus of {} ({}), written by `jos consensus` against taxonomy {}.\n\
             Rule: {}; {} point{} agreed by the coders, {} decided in the worksheet, {} still open.\n\
             Each record's `consensus` field says which coders and decisions it rests on.",
            consensus.coders().join(", "),
            args.files
                .iter()
                .map(|f| f.display().to_string())
                .collect::<Vec<_>>()
                .join(", "),
            t.version(),
            args.accept.name(),
            result.agreed,
            plural(result.agreed),
            result.decided,
            result.undecided.len(),
        );
        let yaml = to_yaml(&result.records, &comment);
        // The consensus must pass `jos check` like any data set; say so when it does not.
        let mut checker = Checker::new(t, CheckOptions::default());
        let mut findings = Vec::new();
        for r in &result.records {
            checker.check(r, &mut findings);
        }
        let errors = findings.iter().filter(|d| d.is_error()).count();
        write_output(args.out.as_deref(), args.force, yaml.as_bytes())?;
        let mut err = anstream::stderr();
        let _ = writeln!(
            err,
            "jos: {} record{}: {} point{} agreed, {} decided, {} open{}",
            result.records.len(),
            plural(result.records.len()),
            result.agreed,
            plural(result.agreed),
            result.decided,
            result.undecided.len(),
            match &args.out {
                Some(p) => format!("; written to `{}`", p.display()),
                None => String::new(),
            }
        );
        if errors > 0 {
            let _ = writeln!(
                err,
                "jos: the consensus has {errors} error{} (such as a required facet still open); run `jos check` on it",
                plural(errors)
            );
        }
        Ok(if result.undecided.is_empty() && errors == 0 {
            Outcome::Ok
        } else {
            Outcome::Findings
        })
    })
}
