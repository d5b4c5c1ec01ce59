//! The agreement report as Markdown.

use jos_agreement::{AgreementError, Kappa};
use jos_taxonomy::lang::Lang;
use jos_taxonomy::model::Taxonomy;
use jos_taxonomy::text::md_escape;
use std::fmt::Write as _;

use super::*;

impl AgreementReport {
    /// The report as Markdown: a reliability table, the most frequent confusions, and the
    /// disagreements per record, every code linked to its definition, quoted in the last section
    /// (`#concept-ID`). All text is in `lang`.
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
        self.to_markdown_with(taxonomy, lang, None)
    }

    /// The report as Markdown, with the concepts linked to the reference site at `docs` (the
    /// HTML pages of `jos docs`, on disk or on the web: `DOCS/FACET.html#ID`), or, when `None`, to
    /// their definitions, quoted in a last section of the report (`#concept-ID`), so that the
    /// report stands alone wherever it is saved.
    ///
    /// ```
    /// use jos_agreement::Bootstrap;
    /// use jos_records::{self as records, agree::Comparison, Format};
    /// use jos_taxonomy::{Lang, Taxonomy};
    ///
    /// let a = records::parse_str("a.yaml", "- {id: p1, tags: {education: [vo]}}\n", Format::Yaml).unwrap();
    /// let b = records::parse_str("b.yaml", "- {id: p1, tags: {education: [po]}}\n", Format::Yaml).unwrap();
    /// let mut comparison = Comparison::new(Taxonomy::builtin());
    /// comparison.add_coder("ann", &a)?;
    /// comparison.add_coder("bob", &b)?;
    /// let text = comparison.report(Bootstrap::default())
    ///     .to_markdown_with(Taxonomy::builtin(), Lang::En, Some("https://example.org/jos/en"));
    /// assert!(text.contains("(https://example.org/jos/en/education.html#vo)"));
    /// # Ok::<(), jos_records::agree::AgreeError>(())
    /// ```
    pub fn to_markdown_with(&self, taxonomy: &Taxonomy, lang: Lang, docs: Option<&str>) -> String {
        let t = Texts::of(lang);
        let mut s = format!("# {}\n\n", t.title);
        let coders: Vec<String> = self.coders.iter().map(|c| md_escape(c)).collect();
        let _ = writeln!(
            s,
            "{}",
            (t.summary)(
                self.coders.len(),
                &coders.join(", "),
                self.records,
                self.shared_records,
                &self.taxonomy_version
            )
        );
        // 0.95 -> "95", 0.975 -> "97.5" (the product itself may print as 94.99999999999999).
        let level = (self.bootstrap.level * 1000.0).round() / 10.0;
        if self.bootstrap.resamples > 0 {
            let _ = writeln!(
                s,
                "{}",
                (t.bootstrap)(level, self.bootstrap.resamples, self.bootstrap.seed)
            );
        }
        let facet_label = |id: &str| {
            taxonomy
                .facet(id)
                .map_or(String::new(), |x| md_escape(x.label.best(lang)))
        };
        let _ = write!(s, "\n## {}\n\n", t.reliability);
        let _ = writeln!(
            s,
            "| {} | {} | {} | {} | {} | Cohen's κ | Fleiss' κ | Gwet's AC1 | Krippendorff's α | {level}% {} | {} |\n|---|---|---:|---:|---:|---:|---:|---:|---:|---:|---|",
            t.facet, t.level, t.records, t.coders, t.agreement, t.interval, t.verdict
        );
        let mut notes = Vec::new();
        let mut warnings = Vec::new();
        for f in &self.facets {
            let st = &f.statistics;
            let label = facet_label(&f.facet);
            let name = |what: &str| format!("{label} (`{}`), {what}", f.facet);
            let agreement = cell(
                Some(&st.percent_agreement),
                |a| format!("{:.1}%", a.value * 100.0),
                &name(t.agreement),
                lang,
                &mut notes,
            );
            // A kappa with its standard error in brackets.
            let kappa = |k: &Kappa| match k.standard_error {
                Some(se) => format!("{} ({})", decimals(k.value), decimals(se)),
                None => decimals(k.value),
            };
            let cohen = cell(
                st.cohen_kappa.as_ref(),
                kappa,
                &name("Cohen's κ"),
                lang,
                &mut notes,
            );
            let fleiss = cell(
                st.fleiss_kappa.as_ref(),
                kappa,
                &name("Fleiss' κ"),
                lang,
                &mut notes,
            );
            // An undefined AC1 is explained where it matters: with extreme prevalence.
            let prevalent = st
                .warnings
                .iter()
                .any(|w| matches!(w, Warning::ExtremePrevalence { .. }));
            let ac1 = match (&st.gwet_ac1, prevalent) {
                (Ok(k), _) => kappa(k),
                (Err(_), false) => "—".to_owned(),
                (Err(_), true) => cell(
                    Some(&st.gwet_ac1),
                    kappa,
                    &name("Gwet's AC1"),
                    lang,
                    &mut notes,
                ),
            };
            let alpha = cell(
                Some(&st.alpha),
                |a| decimals(a.value),
                &name("Krippendorff's α"),
                lang,
                &mut notes,
            );
            // The interval is undefined whenever alpha is; say why only once.
            let interval = match (&st.alpha, &st.alpha_interval) {
                (Err(_), Some(Err(_))) => t.undefined.to_owned(),
                (_, interval) => cell(
                    interval.as_ref(),
                    |i| format!("{} – {}", decimals(i.lower), decimals(i.upper)),
                    &name(t.interval),
                    lang,
                    &mut notes,
                ),
            };
            let verdict = st.verdict.map_or("—", |v| t.verdict_name(v));
            let _ = writeln!(
                s,
                "| {label} (`{}`) | {} | {} | {} | {agreement} | {cohen} | {fleiss} | {ac1} | {alpha} | {interval} | {verdict} |",
                f.facet,
                st.level.name(),
                st.records,
                st.coders
            );
            for w in &st.warnings {
                warnings.push(format!(
                    "{label} (`{}`): {}",
                    f.facet,
                    t.warning(w, taxonomy, &f.facet, lang, docs)
                ));
            }
        }
        let _ = writeln!(s, "\n{}", t.reliability_legend);
        for (i, note) in notes.iter().enumerate() {
            let _ = write!(s, "\n({}) {note}\n", i + 1);
        }
        if !warnings.is_empty() {
            let _ = write!(s, "\n**{}**\n\n", t.read_with_care);
            for w in &warnings {
                let _ = writeln!(s, "- {w}");
            }
        }
        if !self.untagged_facets.is_empty() {
            let ids: Vec<String> = self.untagged_facets.iter().map(|f| code_span(f)).collect();
            let _ = write!(s, "\n{}: {}.\n", t.untagged, ids.join(", "));
        }
        self.pairs_markdown(&mut s, &t, &facet_label, lang);
        self.codes_markdown(&mut s, &t, taxonomy, &facet_label, lang, docs);
        if !self.coverage.is_empty() {
            let _ = write!(
                s,
                "\n## {}\n\n{}\n\n| {} |",
                t.coverage, t.coverage_intro, t.facet
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
                let _ = write!(s, "| {} (`{}`) |", facet_label(&c.facet), c.facet);
                for (tagged, records) in c.tagged.iter().zip(&c.records) {
                    let _ = write!(s, " {tagged} {} {records} |", t.of);
                }
                s.push('\n');
            }
        }
        let _ = write!(s, "\n## {}\n\n", t.confusions);
        if self.confusions.is_empty() {
            let _ = writeln!(s, "{}", t.no_confusions);
        } else {
            let _ = write!(s, "{}\n\n", t.confusions_intro);
        }
        for (i, c) in self.confusions.iter().enumerate() {
            let facet = taxonomy
                .facet(&c.facet)
                .map_or_else(|| c.facet.clone(), |f| md_escape(f.label.best(lang)));
            let second = c.second.as_deref().map_or_else(
                || format!("*{}*", t.nothing),
                |id| concept_link(taxonomy, id, lang, docs),
            );
            let records: Vec<String> = c.records.iter().map(|r| code_span(r)).collect();
            let _ = writeln!(
                s,
                "{}. {facet}: {} {} {second}: {} ({})",
                i + 1,
                concept_link(taxonomy, &c.first, lang, docs),
                t.versus,
                (t.times)(c.count()),
                records.join(", ")
            );
        }
        let _ = write!(s, "\n## {}\n\n", t.disagreements);
        if self.disagreements.is_empty() {
            let _ = writeln!(s, "{}", t.none);
        } else {
            let _ = writeln!(
                s,
                "| {} | {} | {} |\n|---|---|{}",
                t.record,
                t.facet,
                coders.join(" | "),
                "---|".repeat(self.coders.len())
            );
            for d in &self.disagreements {
                let choices: Vec<String> = d.choices.iter().map(|c| choice_cell(c, lang)).collect();
                let _ = writeln!(
                    s,
                    "| {} | `{}` | {} |",
                    code_span(&d.record),
                    d.facet,
                    choices.join(" | ")
                );
            }
            let _ = writeln!(s, "\n{}", t.disagreements_legend);
        }
        if !self.notices.is_empty() {
            let _ = write!(s, "\n## {}\n\n", t.notes);
            for n in &self.notices {
                let _ = writeln!(s, "- {}", md_escape(n));
            }
        }
        if docs.is_none() {
            let quoted = definitions(&s, taxonomy, lang);
            s.push_str(&quoted);
        }
        s
    }

    /// Pairs of coders and departures from the majority, for facets with three or more coders.
    fn pairs_markdown(
        &self,
        s: &mut String,
        t: &Texts,
        facet_label: &dyn Fn(&str) -> String,
        lang: Lang,
    ) {
        let facets: Vec<&FacetReport> = self
            .facets
            .iter()
            .filter(|f| !f.statistics.pairs.is_empty())
            .collect();
        if facets.is_empty() {
            return;
        }
        let _ = write!(
            s,
            "\n## {}\n\n{}\n\n| {} | {} | {} | {} | Cohen's κ |\n|---|---|---:|---:|---:|\n",
            t.pairs, t.pairs_intro, t.facet, t.coders, t.records, t.agreement
        );
        let mut notes = Vec::new();
        for f in &facets {
            for p in &f.statistics.pairs {
                let what = format!(
                    "{} (`{}`), {} – {}",
                    facet_label(&f.facet),
                    f.facet,
                    p.coders[0],
                    p.coders[1]
                );
                let agreement = cell(
                    Some(&p.percent_agreement),
                    |a| format!("{:.1}%", a.value * 100.0),
                    &what,
                    lang,
                    &mut notes,
                );
                let kappa = cell(
                    Some(&p.cohen_kappa),
                    |k| decimals(k.value),
                    &what,
                    lang,
                    &mut notes,
                );
                let _ = writeln!(
                    s,
                    "| {} (`{}`) | {} – {} | {} | {agreement} | {kappa} |",
                    facet_label(&f.facet),
                    f.facet,
                    md_escape(&p.coders[0]),
                    md_escape(&p.coders[1]),
                    p.records
                );
            }
        }
        for (i, note) in notes.iter().enumerate() {
            let _ = write!(s, "\n({}) {note}\n", i + 1);
        }
        let _ = write!(
            s,
            "\n### {}\n\n{}\n\n| {} |",
            t.deviation, t.deviation_intro, t.facet
        );
        for c in &self.coders {
            let _ = write!(s, " {} |", md_escape(c));
        }
        s.push_str("\n|---|");
        for _ in &self.coders {
            s.push_str("---:|");
        }
        s.push('\n');
        for f in &facets {
            let _ = write!(s, "| {} (`{}`) |", facet_label(&f.facet), f.facet);
            for coder in &self.coders {
                match f.statistics.deviations.iter().find(|d| &d.coder == coder) {
                    Some(d) if d.records > 0 => {
                        let share = 100.0 * d.deviating as f64 / d.records as f64;
                        let _ =
                            write!(s, " {} {} {} ({share:.0}%) |", d.deviating, t.of, d.records);
                    }
                    _ => s.push_str(" — |"),
                }
            }
            s.push('\n');
        }
    }

    /// Agreement per code of the multi-valued facets.
    fn codes_markdown(
        &self,
        s: &mut String,
        t: &Texts,
        taxonomy: &Taxonomy,
        facet_label: &dyn Fn(&str) -> String,
        lang: Lang,
        docs: Option<&str>,
    ) {
        let facets: Vec<&FacetReport> = self
            .facets
            .iter()
            .filter(|f| !f.statistics.codes.is_empty())
            .collect();
        if facets.is_empty() {
            return;
        }
        let _ = write!(s, "\n## {}\n\n{}\n", t.codes, t.codes_intro);
        for f in facets {
            let st = &f.statistics;
            let _ = write!(
                s,
                "\n### {} (`{}`)\n\n| {} | α | {} |",
                facet_label(&f.facet),
                f.facet,
                t.code,
                t.positive
            );
            for c in &st.coder_names {
                let _ = write!(s, " {} |", md_escape(c));
            }
            let _ = write!(
                s,
                "\n|---|---:|---:|{}\n",
                "---:|".repeat(st.coder_names.len())
            );
            let mut notes = Vec::new();
            for c in &st.codes {
                let what = format!("`{}`, α", c.code);
                let alpha = cell(Some(&c.alpha), |a| decimals(*a), &what, lang, &mut notes);
                let positive = c.positive_agreement.map_or("—".to_owned(), decimals);
                let _ = write!(
                    s,
                    "| {} | {alpha} | {positive} |",
                    concept_link(taxonomy, &c.code, lang, docs)
                );
                for used in &c.used {
                    let _ = write!(s, " {used} |");
                }
                s.push('\n');
            }
            for (i, note) in notes.iter().enumerate() {
                let _ = write!(s, "\n({}) {note}\n", i + 1);
            }
        }
    }
}

/// The words of the report, per language.
struct Texts {
    lang: Lang,
    title: &'static str,
    summary: fn(usize, &str, usize, usize, &str) -> String,
    bootstrap: fn(f64, usize, u64) -> String,
    reliability: &'static str,
    facet: &'static str,
    level: &'static str,
    records: &'static str,
    coders: &'static str,
    agreement: &'static str,
    interval: &'static str,
    verdict: &'static str,
    undefined: &'static str,
    reliability_legend: &'static str,
    read_with_care: &'static str,
    untagged: &'static str,
    pairs: &'static str,
    pairs_intro: &'static str,
    deviation: &'static str,
    deviation_intro: &'static str,
    codes: &'static str,
    codes_intro: &'static str,
    code: &'static str,
    positive: &'static str,
    coverage: &'static str,
    coverage_intro: &'static str,
    of: &'static str,
    confusions: &'static str,
    no_confusions: &'static str,
    confusions_intro: &'static str,
    nothing: &'static str,
    versus: &'static str,
    times: fn(usize) -> String,
    disagreements: &'static str,
    none: &'static str,
    record: &'static str,
    disagreements_legend: &'static str,
    notes: &'static str,
}

impl Texts {
    fn of(lang: Lang) -> Texts {
        match lang {
            Lang::Nl => Texts {
                lang,
                title: "Overeenstemming tussen codeurs",
                summary: |n, names, records, shared, version| {
                    format!(
                        "{n} codeurs: {names}. {records} records, waarvan {shared} door minstens twee codeurs gecodeerd. Taxonomieversie {version}."
                    )
                },
                bootstrap: |level, resamples, seed| {
                    format!(
                        "Intervallen voor alfa: {level}%-percentielbootstrap over records, {resamples} trekkingen, seed {seed}."
                    )
                },
                reliability: "Betrouwbaarheid per facet",
                facet: "facet",
                level: "niveau",
                records: "records",
                coders: "codeurs",
                agreement: "overeenstemming",
                interval: "interval",
                verdict: "oordeel",
                undefined: "niet bepaald",
                reliability_legend: "*records*: door minstens twee codeurs gecodeerd; *overeenstemming*: het aandeel paren codeurs dat precies dezelfde codes koos; *niveau*: hoe alfa waarden vergelijkt (nominal: gelijk of niet; ordinal: stappen op de schaal; masi: overlap van codesets). *Oordeel* volgens Krippendorff (2004): α ≥ .800 betrouwbaar, .667 tot .800 alleen voorlopige conclusies, lager niet betrouwbaar. Alfa is de maat om te rapporteren; κ en AC1 staan erbij ter vergelijking, AC1 vooral waar één waarde overheerst (zie *Lees met zorg*); tussen haakjes hun standaardfout (SE), en κ ± 1,96 × SE is bij benadering het 95%-betrouwbaarheidsinterval. — : niet van toepassing (Cohen's κ vraagt precies twee codeurs, Fleiss' κ drie of meer).",
                read_with_care: "Lees met zorg",
                untagged: "Door geen codeur getagd",
                pairs: "Paren van codeurs",
                pairs_intro: "Per facet met drie of meer codeurs: de overeenstemming van elk paar, over de records die beiden codeerden. Een codeur die met iedereen lager scoort, leest de definities anders.",
                deviation: "Afwijking van de meerderheid",
                deviation_intro: "Per codeur: in hoeveel records met een duidelijke meerderheid (meer dan de helft van de codeurs koos dezelfde waarde) de codeur iets anders koos.",
                codes: "Overeenstemming per code",
                codes_intro: "Voor facetten met meer codes per record: elke code gelezen als wel of niet gekozen. α op wel/niet, *positief*: van de keren dat een codeur de code koos, het aandeel waarin een andere codeur van hetzelfde record dat ook deed. Per codeur: in hoeveel records die de code koos. Codes met een lage waarde hebben een scherpere definitie of een voorbeeld nodig.",
                code: "code",
                positive: "positief",
                coverage: "Dekking per codeur",
                coverage_intro: "Hoeveel van hun records elke codeur minstens één code in het facet kon geven (een lege lijst of `?` zegt dat de beschrijving het niet vertelt). Een facet dat codeurs meestal leeg laten, vraagt iets wat beschrijvingen niet zeggen.",
                of: "van",
                confusions: "Vaakste verwarringen",
                no_confusions: "Geen: waar twee codeurs een facet tagden, kozen ze dezelfde codes.",
                confusions_intro: "Codes die verschillende codeurs voor hetzelfde record en hetzelfde facet kozen, één keer geteld per record. In een facet met meer codes wordt elke code die maar één codeur koos gezet tegenover elke code die alleen de ander koos, of tegenover *niets* als de ander geen eigen code koos.",
                nothing: "niets",
                versus: "tegenover",
                times: |n| format!("{n} keer"),
                disagreements: "Verschillen per record",
                none: "Geen.",
                record: "record",
                disagreements_legend: "—: geen record met deze id; *?*: getagd als onbekend.",
                notes: "Opmerkingen",
            },
            _ => Texts {
                lang,
                title: "Agreement between coders",
                summary: |n, names, records, shared, version| {
                    format!(
                        "{n} coders: {names}. {records} records, {shared} of them coded by at least two coders. Taxonomy version {version}."
                    )
                },
                bootstrap: |level, resamples, seed| {
                    format!(
                        "Intervals for alpha: {level}% percentile bootstrap over records, {resamples} resamples, seed {seed}."
                    )
                },
                reliability: "Reliability per facet",
                facet: "facet",
                level: "level",
                records: "records",
                coders: "coders",
                agreement: "agreement",
                interval: "interval",
                verdict: "verdict",
                undefined: "undefined",
                reliability_legend: "*records*: records coded by at least two coders; *agreement*: the share of coder pairs that chose exactly the same codes; *level*: how alpha compares values (nominal: same or not; ordinal: steps on the scale; masi: overlap of code sets). *Verdict* by Krippendorff (2004): α ≥ .800 reliable, .667 to .800 tentative conclusions only, lower not reliable. Alpha is the coefficient to report; κ and AC1 are there to compare, AC1 above all where one value dominates (see *Read with care*); in brackets their standard error (SE), and κ ± 1.96 × SE is roughly the 95% confidence interval. — : does not apply (Cohen's κ needs exactly two coders, Fleiss' κ three or more).",
                read_with_care: "Read with care",
                untagged: "No coder tagged",
                pairs: "Pairs of coders",
                pairs_intro: "Per facet with three or more coders: the agreement of every pair, over the records both coded. A coder who scores lower with everyone reads the definitions differently.",
                deviation: "Departures from the majority",
                deviation_intro: "Per coder: in how many records with a clear majority (more than half of the coders chose the same value) the coder chose something else.",
                codes: "Agreement per code",
                codes_intro: "For facets with several codes per record: each code read as chosen or not. α on chosen/not, *positive*: of the times a coder chose the code, the share in which another coder of the same record did too. Per coder: in how many records they chose it. Codes with a low value need a sharper definition or an example.",
                code: "code",
                positive: "positive",
                coverage: "Coverage per coder",
                coverage_intro: "How many of their records each coder could give at least one code in the facet (an empty list or `?` says the description does not tell). A facet that coders mostly leave empty asks something descriptions do not say.",
                of: "of",
                confusions: "Most frequent confusions",
                no_confusions: "None: where two coders tagged a facet, they chose the same codes.",
                confusions_intro: "Codes that different coders chose for the same record and facet, counted once per record. In a multi-valued facet, each code only one coder chose is set against each code only the other chose, or against *nothing* when the other chose no code of their own.",
                nothing: "nothing",
                versus: "vs",
                times: |n| format!("{n} time{}", if n == 1 { "" } else { "s" }),
                disagreements: "Disagreements per record",
                none: "None.",
                record: "record",
                disagreements_legend: "—: no record with this id; *?*: tagged as unknown.",
                notes: "Notes",
            },
        }
    }

    fn verdict_name(&self, v: Verdict) -> &'static str {
        match (self.lang, v) {
            (Lang::Nl, Verdict::Reliable) => "betrouwbaar",
            (Lang::Nl, Verdict::Tentative) => "voorlopig",
            (Lang::Nl, _) => "niet betrouwbaar",
            (_, Verdict::Reliable) => "reliable",
            (_, Verdict::Tentative) => "tentative",
            (_, _) => "not reliable",
        }
    }

    fn warning(
        &self,
        w: &Warning,
        taxonomy: &Taxonomy,
        facet: &str,
        lang: Lang,
        docs: Option<&str>,
    ) -> String {
        match (self.lang, w) {
            (Lang::Nl, Warning::FewRecords { records }) => format!(
                "maar {records} records door twee of meer codeurs gecodeerd (minder dan {MIN_RECORDS}): de getallen zijn een indicatie, geen maat"
            ),
            (_, Warning::FewRecords { records }) => format!(
                "only {records} records coded by two or more coders (fewer than {MIN_RECORDS}): the numbers are an indication, not a measure"
            ),
            (Lang::Nl, Warning::UncertainVerdict { lower }) => format!(
                "het interval begint bij {}, onder de drempel van het oordeel: met deze gegevens kan het oordeel een stap lager uitvallen",
                decimals(*lower)
            ),
            (_, Warning::UncertainVerdict { lower }) => format!(
                "the interval starts at {}, below the threshold of the verdict: with these data the verdict could be a step lower",
                decimals(*lower)
            ),
            (Lang::Nl, Warning::ExtremePrevalence { value, share }) => format!(
                "{} is {:.0}% van alle waarden: bij zo'n scheve verdeling kunnen κ en α laag uitvallen terwijl codeurs bijna altijd overeenstemmen (de kappaparadox); lees Gwet's AC1 erbij",
                value_name(taxonomy, facet, value, lang, docs),
                share * 100.0
            ),
            (_, Warning::ExtremePrevalence { value, share }) => format!(
                "{} is {:.0}% of all values: with so skewed a distribution κ and α can be low while coders almost always agree (the kappa paradox); read Gwet's AC1 beside them",
                value_name(taxonomy, facet, value, lang, docs),
                share * 100.0
            ),
        }
    }
}

/// A value as written in the report: a code's label, a scale position's concept, or a set.
fn value_name(
    taxonomy: &Taxonomy,
    facet: &str,
    value: &str,
    lang: Lang,
    docs: Option<&str>,
) -> String {
    if let Ok(position) = value.parse::<u32>()
        && let Some(c) = taxonomy.facet(facet).and_then(|f| {
            f.concepts
                .iter()
                .find(|c| c.position.as_ref().is_some_and(|p| p.value == position))
        })
    {
        return concept_link(taxonomy, &c.id, lang, docs);
    }
    value
        .split("; ")
        .map(|code| concept_link(taxonomy, code, lang, docs))
        .collect::<Vec<_>>()
        .join(" + ")
}

/// The prefix of the anchors of the definitions quoted at the end of a report without `docs`.
const DEFINITION_ANCHOR: &str = "concept-";

/// The definitions of every concept the report links to (`](#concept-ID)`), in taxonomy order,
/// each under an anchor of its own, so the report stands alone.
fn definitions(s: &str, taxonomy: &Taxonomy, lang: Lang) -> String {
    let marker = format!("](#{DEFINITION_ANCHOR}");
    let mut ids: Vec<&str> = s
        .match_indices(&marker)
        .filter_map(|(i, _)| {
            let rest = &s[i + marker.len()..];
            rest.find(')').map(|end| &rest[..end])
        })
        .collect();
    ids.sort_unstable();
    ids.dedup();
    let mut concepts: Vec<(usize, usize, &jos_taxonomy::model::Concept)> = ids
        .iter()
        .filter_map(|id| {
            let c = taxonomy.concept(id)?;
            let f = taxonomy.facets().iter().position(|f| f.id == c.facet)?;
            let order = taxonomy.facets()[f]
                .in_order()
                .iter()
                .position(|x| x.id == c.id)
                .unwrap_or(usize::MAX);
            Some((f, order, c))
        })
        .collect();
    if concepts.is_empty() {
        return String::new();
    }
    concepts.sort_by_key(|(f, o, c)| (*f, *o, c.id.clone()));
    let (title, intro) = match lang {
        Lang::Nl => (
            "Definities",
            format!(
                "De definities van de codes in dit rapport, uit taxonomie {}.",
                taxonomy.version()
            ),
        ),
        _ => (
            "Definitions",
            format!(
                "The definitions of the codes in this report, from taxonomy {}.",
                taxonomy.version()
            ),
        ),
    };
    let mut out = format!("\n## {title}\n\n{intro}\n\n");
    for (f, _, c) in concepts {
        let facet = &taxonomy.facets()[f];
        let _ = writeln!(
            out,
            "- <a id=\"{DEFINITION_ANCHOR}{}\"></a>**{}** ({}, {}): {}",
            c.id,
            md_escape(c.label.best(lang)),
            code_span(&c.id),
            md_escape(facet.label.best(lang)),
            md_escape(&jos_taxonomy::text::plain_text(c.definition.best(lang)).replace('\n', " "))
        );
    }
    out
}

/// Where a concept is described: `FACET.md#ID` beside the report (the Markdown reference
/// documents of `jos docs`), or `DOCS/FACET.html#ID` on the reference site at `docs`.
pub(super) fn concept_href(facet: &str, id: &str, docs: Option<&str>) -> String {
    match docs {
        Some(base) if base.ends_with('/') => format!("{base}{facet}.html#{id}"),
        Some(base) => format!("{base}/{facet}.html#{id}"),
        None => format!("{facet}.md#{id}"),
    }
}

/// `[Label](link)` for a concept of the taxonomy, the code itself otherwise.
pub(super) fn concept_link(
    taxonomy: &Taxonomy,
    id: &str,
    lang: Lang,
    docs: Option<&str>,
) -> String {
    match taxonomy.concept(id) {
        Some(c) => format!(
            "[{}]({}) ({})",
            md_escape(c.label.best(lang)),
            match docs {
                Some(_) => concept_href(&c.facet, &c.id, docs),
                None => format!("#{DEFINITION_ANCHOR}{}", c.id),
            },
            code_span(id)
        ),
        None => match lang {
            Lang::Nl => format!("{} (niet in de taxonomie)", code_span(id)),
            _ => format!("{} (not in the taxonomy)", code_span(id)),
        },
    }
}

pub(super) fn choice_cell(choice: &Choice, lang: Lang) -> String {
    match choice {
        Choice::NoRecord => "—".to_owned(),
        Choice::NotTagged => match lang {
            Lang::Nl => "niet getagd".to_owned(),
            _ => "not tagged".to_owned(),
        },
        Choice::Unknown => "*?*".to_owned(),
        Choice::Codes(codes) => codes
            .iter()
            .map(|c| code_span(c))
            .collect::<Vec<_>>()
            .join(", "),
    }
}

/// A statistic as a table cell: three decimals, or `undefined (N)` with a numbered note that
/// says why, in `lang`.
pub(super) fn cell<T>(
    result: Option<&Result<T, AgreementError>>,
    value: impl Fn(&T) -> String,
    what: &str,
    lang: Lang,
    notes: &mut Vec<String>,
) -> String {
    match result {
        None => "—".to_owned(),
        Some(Ok(x)) => value(x),
        Some(Err(e)) => {
            notes.push(format!("{what}: {}", reason(e, lang)));
            match lang {
                Lang::Nl => format!("niet bepaald ({})", notes.len()),
                _ => format!("undefined ({})", notes.len()),
            }
        }
    }
}

/// Why a statistic is undefined, in `lang`.
pub(super) fn reason(e: &AgreementError, lang: Lang) -> String {
    if lang != Lang::Nl {
        return e.to_string();
    }
    match e {
        AgreementError::TooFewCoders { found } => {
            format!("niet bepaald, want overeenstemming vraagt minstens 2 codeurs, en er zijn er {found}")
        }
        AgreementError::NotTwoCoders { found } => {
            format!("niet bepaald, want Cohen's kappa vergelijkt precies 2 codeurs, en er zijn er {found}")
        }
        AgreementError::AllMissing => "niet bepaald, want elke waarde ontbreekt".to_owned(),
        AgreementError::EmptyCoder { coder } => {
            format!("niet bepaald, want codeur `{coder}` codeerde geen enkel record")
        }
        AgreementError::TooFewUnits { found } => format!(
            "niet bepaald, want overeenstemming vraagt minstens 2 records die door minstens 2 codeurs zijn gecodeerd (voor Cohen's kappa: door beide), en er zijn er {found}"
        ),
        AgreementError::NoVariation => "niet bepaald, want er is geen variatie: elke waarde is dezelfde, zodat overeenstemming niet van toeval te onderscheiden is".to_owned(),
        AgreementError::IncompleteData { unit, found, reference_unit, expected } => format!(
            "niet bepaald, want Fleiss' kappa vraagt evenveel beoordelingen voor elk record (volledige gegevens), maar `{unit}` heeft er {found} en `{reference_unit}` {expected}"
        ),
        _ => e.to_string(),
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
