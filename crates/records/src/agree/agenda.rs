//! The agreement report turned into the agenda of a working session: the facets coders agreed
//! on least, each pair of concepts they confused with both definitions quoted and the choices
//! the session can make, then the remaining differences per practice, and room for decisions.

use std::fmt::Write as _;

use super::{AgreementReport, Choice, Verdict};
use jos_taxonomy::lang::Lang;
use jos_taxonomy::model::Taxonomy;
use jos_taxonomy::text::plain_text;

/// How many confusions become agenda items; the rest are named in one line.
const ITEMS: usize = 15;

struct Words {
    title: &'static str,
    intro: &'static str,
    facets: &'static str,
    facets_none: &'static str,
    confusions: &'static str,
    confusions_none: &'static str,
    or: &'static str,
    or_nothing: &'static str,
    nothing: &'static str,
    in_records: fn(usize) -> String,
    no_definition: &'static str,
    question: &'static str,
    decide: &'static str,
    more: fn(usize) -> String,
    differences: &'static str,
    differences_none: &'static str,
    decisions: &'static str,
    decisions_intro: &'static str,
    not_tagged: &'static str,
    unknown: &'static str,
    no_record: &'static str,
    coders: &'static str,
    records: &'static str,
}

fn words(lang: Lang) -> Words {
    match lang {
        Lang::En => Words {
            title: "Agenda: discussing the double coding",
            intro: "The aim: to discuss the concepts coders applied differently, and to decide for each point whether a definition or scope note needs sharpening, the tagging guide an example, or a practice another code.",
            facets: "Facets with the least agreement",
            facets_none: "Every facet reaches the .667 that tentative conclusions need.",
            confusions: "Concepts set against each other",
            confusions_none: "No coder set one concept against another.",
            or: "or",
            or_nothing: "or nothing",
            nothing: "(nothing: the facet left empty)",
            in_records: |n| format!("in {n} practice{}", if n == 1 { "" } else { "s" }),
            no_definition: "(no definition)",
            question: "What tells these apart in these practices?",
            decide: "Decision: ☐ sharpen a definition ☐ add a scope note ☐ an example in the tagging guide ☐ recode the practices ☐ no change",
            more: |n| format!("{n} more pairs are listed in the agreement report."),
            differences: "Other differences per practice",
            differences_none: "There are no other differences.",
            decisions: "Decisions and actions",
            decisions_intro: "Point, decision, who does what, by when:",
            not_tagged: "not tagged",
            unknown: "unknown (?)",
            no_record: "no record",
            coders: "coders",
            records: "shared practices",
        },
        _ => Words {
            title: "Agenda: bespreking van de dubbele codering",
            intro: "Doel: de begrippen bespreken die codeurs verschillend toepasten, en per punt besluiten of een definitie of afbakening scherper moet, de codeerwijzer een voorbeeld nodig heeft, of een praktijk een andere code krijgt.",
            facets: "Facetten met de minste overeenstemming",
            facets_none: "Elk facet haalt de .667 die voorlopige conclusies nodig hebben.",
            confusions: "Begrippen die tegenover elkaar stonden",
            confusions_none: "Geen codeur zette het ene begrip tegenover het andere.",
            or: "of",
            or_nothing: "of niets",
            nothing: "(niets: het facet leeg gelaten)",
            in_records: |n| format!("in {n} praktijk{}", if n == 1 { "" } else { "en" }),
            no_definition: "(geen definitie)",
            question: "Wat onderscheidt deze begrippen bij deze praktijken?",
            decide: "Besluit: ☐ definitie aanscherpen ☐ afbakening toevoegen ☐ voorbeeld in de codeerwijzer ☐ praktijken anders coderen ☐ geen wijziging",
            more: |n| format!("Nog {n} paren staan in het overeenstemmingsrapport."),
            differences: "Overige verschillen per praktijk",
            differences_none: "Er zijn geen andere verschillen.",
            decisions: "Besluiten en acties",
            decisions_intro: "Punt, besluit, wie doet wat, wanneer:",
            not_tagged: "niet getagd",
            unknown: "onbekend (?)",
            no_record: "geen record",
            coders: "codeurs",
            records: "gedeelde praktijken",
        },
    }
}

impl AgreementReport {
    /// The report as a Markdown agenda for the working session that discusses it, in `lang`
    /// (Dutch for a Dutch session): the facets below the .667 of alpha, lowest first; every
    /// pair of concepts coders set against each other (most frequent first, at most 15), each
    /// with both definitions quoted, the practices concerned, the question to discuss and the
    /// decisions to choose from; the other differences per practice; and an empty list for the
    /// decisions.
    ///
    /// ```
    /// use jos_agreement::Bootstrap;
    /// use jos_records::{self as records, Format, agree::Comparison};
    /// use jos_taxonomy::{Lang, Taxonomy};
    ///
    /// let t = Taxonomy::builtin();
    /// let mut c = Comparison::new(t);
    /// let ann = records::parse_str("ann.csv", "id,education\np1,vo\np2,mbo\n", Format::Csv).unwrap();
    /// let bob = records::parse_str("bob.csv", "id,education\np1,vso\np2,mbo\n", Format::Csv).unwrap();
    /// c.add_coder("ann", &ann).unwrap();
    /// c.add_coder("bob", &bob).unwrap();
    /// let agenda = c.report(Bootstrap { resamples: 0, ..Bootstrap::default() }).to_agenda(t, Lang::Nl);
    /// assert!(agenda.starts_with("# Agenda: bespreking van de dubbele codering"));
    /// assert!(agenda.contains("Voortgezet onderwijs"), "{agenda}");
    /// ```
    pub fn to_agenda(&self, taxonomy: &Taxonomy, lang: Lang) -> String {
        let w = words(lang);
        let label = |id: &str| {
            taxonomy
                .concept(id)
                .map_or(id.to_owned(), |c| c.label.best(lang).to_owned())
        };
        let facet_label = |id: &str| {
            taxonomy
                .facet(id)
                .map_or(id.to_owned(), |f| f.label.best(lang).to_owned())
        };
        let mut s = String::new();
        let _ = writeln!(
            s,
            "# {}\n\n{} {} · {} {}: {} · {} {}\n\n{}\n",
            w.title,
            taxonomy.title().best(lang),
            self.taxonomy_version,
            self.coders.len(),
            w.coders,
            self.coders.join(", "),
            self.shared_records,
            w.records,
            w.intro
        );
        let _ = writeln!(s, "## 1. {}\n", w.facets);
        let mut low: Vec<(f64, &str)> = self
            .facets
            .iter()
            .filter_map(|f| {
                let alpha = f.statistics.alpha.as_ref().ok()?.value;
                (Verdict::of(alpha) == Verdict::Unreliable).then_some((alpha, f.facet.as_str()))
            })
            .collect();
        low.sort_by(|a, b| a.0.total_cmp(&b.0).then(a.1.cmp(b.1)));
        if low.is_empty() {
            let _ = writeln!(s, "{}\n", w.facets_none);
        }
        for (alpha, facet) in &low {
            let _ = writeln!(s, "- {}: α = {alpha:.2}", facet_label(facet));
        }
        if !low.is_empty() {
            s.push('\n');
        }
        let _ = writeln!(s, "## 2. {}\n", w.confusions);
        if self.confusions.is_empty() {
            let _ = writeln!(s, "{}\n", w.confusions_none);
        }
        let quote = |id: &str| {
            let definition = taxonomy
                .concept(id)
                .map(|c| plain_text(c.definition.best(lang)))
                .filter(|d| !d.trim().is_empty())
                .unwrap_or_else(|| w.no_definition.to_owned());
            let one_line = definition.split_whitespace().collect::<Vec<_>>().join(" ");
            format!("> **{}** (`{id}`): {one_line}\n", label(id))
        };
        for (i, c) in self.confusions.iter().take(ITEMS).enumerate() {
            let heading = match &c.second {
                Some(second) => format!("{} {} {}?", label(&c.first), w.or, label(second)),
                None => format!("{} {}?", label(&c.first), w.or_nothing),
            };
            let _ = writeln!(
                s,
                "### 2.{} {}: {heading}\n\n{}: {}\n",
                i + 1,
                facet_label(&c.facet),
                (w.in_records)(c.count()),
                c.records.join(", ")
            );
            s.push_str(&quote(&c.first));
            s.push_str(">\n");
            match &c.second {
                Some(second) => s.push_str(&quote(second)),
                None => {
                    let _ = writeln!(s, "> {}", w.nothing);
                }
            }
            let _ = writeln!(s, "\n{}\n\n{}\n", w.question, w.decide);
        }
        if self.confusions.len() > ITEMS {
            let _ = writeln!(s, "{}\n", (w.more)(self.confusions.len() - ITEMS));
        }
        let _ = writeln!(s, "## 3. {}\n", w.differences);
        if self.disagreements.is_empty() {
            let _ = writeln!(s, "{}\n", w.differences_none);
        }
        for d in &self.disagreements {
            let choices: Vec<String> = self
                .coders
                .iter()
                .zip(&d.choices)
                .map(|(coder, choice)| {
                    let what = match choice {
                        Choice::Codes(codes) => codes
                            .iter()
                            .map(|c| label(c))
                            .collect::<Vec<_>>()
                            .join(", "),
                        Choice::Unknown => w.unknown.to_owned(),
                        Choice::NotTagged => w.not_tagged.to_owned(),
                        _ => w.no_record.to_owned(),
                    };
                    format!("{coder}: {what}")
                })
                .collect();
            let _ = writeln!(
                s,
                "- `{}`, {}: {}",
                d.record,
                facet_label(&d.facet),
                choices.join("; ")
            );
        }
        if !self.disagreements.is_empty() {
            s.push('\n');
        }
        let _ = writeln!(
            s,
            "## 4. {}\n\n{}\n\n1. \n2. \n3. ",
            w.decisions, w.decisions_intro
        );
        s
    }
}
