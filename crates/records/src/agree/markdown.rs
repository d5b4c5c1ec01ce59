//! The agreement report as Markdown.

use jos_agreement::{AgreementError, Kappa};
use jos_taxonomy::lang::Lang;
use jos_taxonomy::model::Taxonomy;
use jos_taxonomy::text::md_escape;
use std::fmt::Write as _;

use super::*;

impl AgreementReport {
    /// The report as Markdown: a reliability table, the most frequent confusions with links to
    /// the reference documents (`FACET.md#ID`), and the disagreements per record. Labels are in
    /// `lang`.
    ///
    /// ```
    /// use jos_agreement::Bootstrap;
    /// use jos_records::{self as records, agree::Comparison, Format};
    /// use jos_taxonomy::{Lang, Taxonomy};
    ///
    /// let a = records::parse_str("a.yaml", "- {id: p1, tags: {education: [vo]}}\n", Format::Yaml).unwrap();
    /// let mut comparison = Comparison::new(Taxonomy::builtin());
    /// comparison.add_coder("ann", &a)?;
    /// comparison.add_coder("bob", &a)?;
    /// let text = comparison.report(Bootstrap::default()).to_markdown(Taxonomy::builtin(), Lang::En);
    /// assert!(text.contains("| Education (`education`) | masi | 1 | 2 |"));
    /// assert!(text.contains("undefined because agreement needs at least 2 units"));
    /// # Ok::<(), jos_records::agree::AgreeError>(())
    /// ```
    pub fn to_markdown(&self, taxonomy: &Taxonomy, lang: Lang) -> String {
        let mut s = String::from("# Agreement between coders\n\n");
        let coders: Vec<String> = self.coders.iter().map(|c| md_escape(c)).collect();
        let _ = writeln!(
            s,
            "{} coders: {}. {} records, {} of them coded by at least two coders. \
             Taxonomy version {}.",
            self.coders.len(),
            coders.join(", "),
            self.records,
            self.shared_records,
            self.taxonomy_version
        );
        // 0.95 -> "95", 0.975 -> "97.5" (the product itself may print as 94.99999999999999).
        let level = (self.bootstrap.level * 1000.0).round() / 10.0;
        if self.bootstrap.resamples > 0 {
            let _ = writeln!(
                s,
                "Intervals for alpha: {level}% percentile bootstrap over records, {} resamples, \
                 seed {}.",
                self.bootstrap.resamples, self.bootstrap.seed
            );
        }
        s.push_str("\n## Reliability per facet\n\n");
        let _ = writeln!(
            s,
            "| facet | level | records | coders | agreement | Cohen's κ | Fleiss' κ | \
             Krippendorff's α | {level}% interval |\n|---|---|---:|---:|---:|---:|---:|---:|---:|"
        );
        let mut notes = Vec::new();
        for f in &self.facets {
            let st = &f.statistics;
            let label = taxonomy
                .facet(&f.facet)
                .map_or(String::new(), |x| md_escape(x.label.best(lang)));
            let name = |what: &str| format!("{label} (`{}`), {what}", f.facet);
            let agreement = cell(
                Some(&st.percent_agreement),
                |a| format!("{:.1}%", a.value * 100.0),
                &name("agreement"),
                &mut notes,
            );
            let kappa = |k: &Kappa| decimals(k.value);
            let cohen = cell(
                st.cohen_kappa.as_ref(),
                kappa,
                &name("Cohen's κ"),
                &mut notes,
            );
            let fleiss = cell(
                st.fleiss_kappa.as_ref(),
                kappa,
                &name("Fleiss' κ"),
                &mut notes,
            );
            let alpha = cell(
                Some(&st.alpha),
                |a| decimals(a.value),
                &name("Krippendorff's α"),
                &mut notes,
            );
            // The interval is undefined whenever alpha is; say why only once.
            let interval = match (&st.alpha, &st.alpha_interval) {
                (Err(_), Some(Err(_))) => "undefined".to_owned(),
                (_, interval) => cell(
                    interval.as_ref(),
                    |i| format!("{} – {}", decimals(i.lower), decimals(i.upper)),
                    &name("interval"),
                    &mut notes,
                ),
            };
            let _ = writeln!(
                s,
                "| {label} (`{}`) | {} | {} | {} | {agreement} | {cohen} | {fleiss} | {alpha} | {interval} |",
                f.facet,
                st.level.name(),
                st.records,
                st.coders
            );
        }
        s.push_str(
            "\n*records*: records coded by at least two coders; *agreement*: the share of coder \
             pairs that chose exactly the same codes; *level*: how alpha compares values \
             (nominal: same or not; ordinal: steps on the scale; masi: overlap of code sets). \
             — : does not apply (Cohen's κ needs exactly two coders, Fleiss' κ three or more).\n",
        );
        for (i, note) in notes.iter().enumerate() {
            let _ = write!(s, "\n({}) {note}\n", i + 1);
        }
        if !self.untagged_facets.is_empty() {
            let ids: Vec<String> = self.untagged_facets.iter().map(|f| code_span(f)).collect();
            let _ = write!(s, "\nNo coder tagged: {}.\n", ids.join(", "));
        }
        if !self.coverage.is_empty() {
            s.push_str(
                "\n## Coverage per coder\n\nHow many of their records each coder could give at \
                 least one code in the facet (an empty list or `?` says the description does not \
                 tell). A facet that coders mostly leave empty asks something descriptions do not \
                 say.\n\n| facet |",
            );
            for c in &coders {
                let _ = write!(s, " {c} |");
            }
            s.push_str("\n|---|");
            for _ in &coders {
                s.push_str("---:|");
            }
            s.push('\n');
            for c in &self.coverage {
                let label = taxonomy
                    .facet(&c.facet)
                    .map_or(String::new(), |x| md_escape(x.label.best(lang)));
                let _ = write!(s, "| {label} (`{}`) |", c.facet);
                for (t, r) in c.tagged.iter().zip(&c.records) {
                    let _ = write!(s, " {t} of {r} |");
                }
                s.push('\n');
            }
        }
        s.push_str("\n## Most frequent confusions\n\n");
        if self.confusions.is_empty() {
            s.push_str("None: where two coders tagged a facet, they chose the same codes.\n");
        } else {
            s.push_str(
                "Codes that different coders chose for the same record and facet, counted once \
                 per record. In a multi-valued facet, each code only one coder chose is set \
                 against each code only the other chose, or against *nothing* when the other \
                 chose no code of their own.\n\n",
            );
        }
        for (i, c) in self.confusions.iter().enumerate() {
            let facet = taxonomy
                .facet(&c.facet)
                .map_or_else(|| c.facet.clone(), |f| md_escape(f.label.best(lang)));
            let second = c.second.as_deref().map_or_else(
                || "*nothing*".to_owned(),
                |id| concept_link(taxonomy, id, lang),
            );
            let records: Vec<String> = c.records.iter().map(|r| code_span(r)).collect();
            let _ = writeln!(
                s,
                "{}. {facet}: {} vs {second}: {} time{} ({})",
                i + 1,
                concept_link(taxonomy, &c.first, lang),
                c.count(),
                if c.count() == 1 { "" } else { "s" },
                records.join(", ")
            );
        }
        s.push_str("\n## Disagreements per record\n\n");
        if self.disagreements.is_empty() {
            s.push_str("None.\n");
        } else {
            let _ = writeln!(
                s,
                "| record | facet | {} |\n|---|---|{}",
                coders.join(" | "),
                "---|".repeat(self.coders.len())
            );
            for d in &self.disagreements {
                let choices: Vec<String> = d.choices.iter().map(choice_cell).collect();
                let _ = writeln!(
                    s,
                    "| {} | `{}` | {} |",
                    code_span(&d.record),
                    d.facet,
                    choices.join(" | ")
                );
            }
            s.push_str("\n—: no record with this id; *?*: tagged as unknown.\n");
        }
        if !self.notices.is_empty() {
            s.push_str("\n## Notes\n\n");
            for n in &self.notices {
                let _ = writeln!(s, "- {}", md_escape(n));
            }
        }
        s
    }
}

/// `[Label](facet.md#id)` for a concept of the taxonomy, the code itself otherwise.
pub(super) fn concept_link(taxonomy: &Taxonomy, id: &str, lang: Lang) -> String {
    match taxonomy.concept(id) {
        Some(c) => format!(
            "[{}]({}.md#{}) ({})",
            md_escape(c.label.best(lang)),
            c.facet,
            c.id,
            code_span(id)
        ),
        None => format!("{} (not in the taxonomy)", code_span(id)),
    }
}

pub(super) fn choice_cell(choice: &Choice) -> String {
    match choice {
        Choice::NoRecord => "—".to_owned(),
        Choice::NotTagged => "not tagged".to_owned(),
        Choice::Unknown => "*?*".to_owned(),
        Choice::Codes(codes) => codes
            .iter()
            .map(|c| code_span(c))
            .collect::<Vec<_>>()
            .join(", "),
    }
}

/// A statistic as a table cell: three decimals, or `undefined (N)` with a numbered note.
pub(super) fn cell<T>(
    result: Option<&Result<T, AgreementError>>,
    value: impl Fn(&T) -> String,
    what: &str,
    notes: &mut Vec<String>,
) -> String {
    match result {
        None => "—".to_owned(),
        Some(Ok(x)) => value(x),
        Some(Err(e)) => {
            notes.push(format!("{what}: {e}"));
            format!("undefined ({})", notes.len())
        }
    }
}

pub(super) fn decimals(x: f64) -> String {
    let s = format!("{x:.3}");
    if s == "-0.000" { "0.000".to_owned() } else { s }
}

/// A code as inline code, unless it holds a backtick.
pub(super) fn code_span(code: &str) -> String {
    if code.contains('`') {
        md_escape(code)
    } else {
        format!("`{code}`")
    }
}
