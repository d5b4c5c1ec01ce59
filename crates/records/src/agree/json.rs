//! The agreement report as JSON, in the documented stable structure.

use jos_agreement::{AgreementError, Kappa};
use jos_taxonomy::lang::Lang;
use jos_taxonomy::model::Taxonomy;

use super::*;

impl AgreementReport {
    /// The report as pretty-printed JSON, with labels in `lang`; the structure is described in
    /// the [module docs](crate::agree).
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
    /// let json: serde_json::Value = serde_json::from_str(
    ///     &comparison.report(Bootstrap::default()).to_json(Taxonomy::builtin(), Lang::En),
    /// ).unwrap();
    /// assert_eq!(json["format"], "jos-agreement/1");
    /// assert_eq!(json["facets"][0]["level"], "masi");
    /// assert!(json["facets"][0]["alpha"]["undefined"].as_str().unwrap().starts_with("undefined because"));
    /// # Ok::<(), jos_records::agree::AgreeError>(())
    /// ```
    pub fn to_json(&self, taxonomy: &Taxonomy, lang: Lang) -> String {
        self.to_json_with(taxonomy, lang, None)
    }

    /// The report as JSON, with each concept's `link` to the reference site at `docs`
    /// (`DOCS/FACET.html#ID`), or, when `None`, to the Markdown pages (`FACET.md#ID`); see
    /// [`to_markdown_with`](Self::to_markdown_with).
    pub fn to_json_with(&self, taxonomy: &Taxonomy, lang: Lang, docs: Option<&str>) -> String {
        let concept = |id| doc::Concept::new(taxonomy, id, lang, docs);
        let doc = doc::AgreementReport {
            format: JSON_FORMAT,
            taxonomy_version: &self.taxonomy_version,
            coders: &self.coders,
            records: self.records,
            shared_records: self.shared_records,
            bootstrap: (self.bootstrap.resamples > 0).then_some(doc::Bootstrap {
                resamples: self.bootstrap.resamples,
                seed: self.bootstrap.seed,
                level: self.bootstrap.level,
            }),
            facets: self
                .facets
                .iter()
                .map(|f| {
                    let st = &f.statistics;
                    let kappa = doc::Statistic::kappa;
                    doc::Facet {
                        facet: &f.facet,
                        label: taxonomy.facet(&f.facet).map(|x| x.label.best(lang)),
                        level: st.level.name(),
                        records: st.records,
                        coders: st.coders,
                        values: st.values,
                        percent_agreement: doc::Statistic::new(&st.percent_agreement, |a| a.value),
                        cohen_kappa: st.cohen_kappa.as_ref().map(kappa),
                        fleiss_kappa: st.fleiss_kappa.as_ref().map(kappa),
                        alpha: doc::Statistic::new(&st.alpha, |a| a.value),
                        alpha_interval: st.alpha_interval.as_ref().map(|i| match i {
                            Ok(i) => doc::Interval::Bounds {
                                lower: i.lower,
                                upper: i.upper,
                                undefined_resamples: i.undefined_resamples,
                            },
                            Err(e) => doc::Interval::Undefined {
                                undefined: e.to_string(),
                            },
                        }),
                        gwet_ac1: kappa(&st.gwet_ac1),
                        verdict: st.verdict.map(Verdict::name),
                        warnings: st
                            .warnings
                            .iter()
                            .map(|w| match w {
                                Warning::FewRecords { records } => doc::Warning::FewRecords {
                                    kind: "few-records",
                                    records: *records,
                                    minimum: MIN_RECORDS,
                                },
                                Warning::UncertainVerdict { lower } => {
                                    doc::Warning::UncertainVerdict {
                                        kind: "uncertain-verdict",
                                        lower: *lower,
                                    }
                                }
                                Warning::ExtremePrevalence { value, share } => {
                                    doc::Warning::ExtremePrevalence {
                                        kind: "extreme-prevalence",
                                        value,
                                        share: *share,
                                    }
                                }
                            })
                            .collect(),
                        pairs: st
                            .pairs
                            .iter()
                            .map(|p| doc::Pair {
                                coders: &p.coders,
                                records: p.records,
                                percent_agreement: doc::Statistic::new(&p.percent_agreement, |a| {
                                    a.value
                                }),
                                cohen_kappa: kappa(&p.cohen_kappa),
                            })
                            .collect(),
                        deviations: st
                            .deviations
                            .iter()
                            .map(|d| doc::Deviation {
                                coder: &d.coder,
                                records: d.records,
                                deviating: d.deviating,
                            })
                            .collect(),
                        codes: st
                            .codes
                            .iter()
                            .map(|c| doc::Code {
                                code: concept(&c.code),
                                alpha: doc::Statistic::new(&c.alpha, |a| *a),
                                positive_agreement: c.positive_agreement,
                                used: st
                                    .coder_names
                                    .iter()
                                    .zip(&c.used)
                                    .map(|(coder, &records)| doc::Used { coder, records })
                                    .collect(),
                            })
                            .collect(),
                    }
                })
                .collect(),
            untagged_facets: &self.untagged_facets,
            coverage: self
                .coverage
                .iter()
                .map(|c| doc::Coverage {
                    facet: &c.facet,
                    coders: self
                        .coders
                        .iter()
                        .zip(c.tagged.iter().zip(&c.records))
                        .map(|(coder, (&tagged, &records))| doc::CoderCoverage {
                            coder,
                            tagged,
                            records,
                        })
                        .collect(),
                })
                .collect(),
            confusions: self
                .confusions
                .iter()
                .map(|c| doc::Confusion {
                    facet: &c.facet,
                    count: c.count(),
                    first: concept(&c.first),
                    second: c.second.as_deref().map(concept),
                    records: &c.records,
                })
                .collect(),
            disagreements: self
                .disagreements
                .iter()
                .map(|d| doc::Disagreement {
                    record: &d.record,
                    facet: &d.facet,
                    choices: self
                        .coders
                        .iter()
                        .zip(&d.choices)
                        .map(|(coder, choice)| doc::Choice {
                            coder,
                            codes: choice.codes(),
                            missing: choice.missing(),
                        })
                        .collect(),
                })
                .collect(),
            notices: &self.notices,
        };
        let mut text = serde_json::to_string_pretty(&doc).unwrap_or_default();
        text.push('\n');
        text
    }
}

/// The JSON form of a [`AgreementReport`]: the fields in the documented order.
mod doc {
    use serde::Serialize;

    #[derive(Serialize)]
    pub(super) struct AgreementReport<'a> {
        pub format: &'static str,
        pub taxonomy_version: &'a str,
        pub coders: &'a [String],
        pub records: usize,
        pub shared_records: usize,
        pub bootstrap: Option<Bootstrap>,
        pub facets: Vec<Facet<'a>>,
        pub untagged_facets: &'a [String],
        pub coverage: Vec<Coverage<'a>>,
        pub confusions: Vec<Confusion<'a>>,
        pub disagreements: Vec<Disagreement<'a>>,
        pub notices: &'a [String],
    }

    #[derive(Serialize)]
    pub(super) struct Coverage<'a> {
        pub facet: &'a str,
        pub coders: Vec<CoderCoverage<'a>>,
    }

    #[derive(Serialize)]
    pub(super) struct CoderCoverage<'a> {
        pub coder: &'a str,
        pub tagged: usize,
        pub records: usize,
    }

    #[derive(Serialize)]
    pub(super) struct Bootstrap {
        pub resamples: usize,
        pub seed: u64,
        pub level: f64,
    }

    #[derive(Serialize)]
    pub(super) struct Facet<'a> {
        pub facet: &'a str,
        pub label: Option<&'a str>,
        pub level: &'static str,
        pub records: usize,
        pub coders: usize,
        pub values: usize,
        pub percent_agreement: Statistic,
        pub cohen_kappa: Option<Statistic>,
        pub fleiss_kappa: Option<Statistic>,
        pub alpha: Statistic,
        pub alpha_interval: Option<Interval>,
        pub gwet_ac1: Statistic,
        pub verdict: Option<&'static str>,
        pub warnings: Vec<Warning<'a>>,
        #[serde(skip_serializing_if = "Vec::is_empty")]
        pub pairs: Vec<Pair<'a>>,
        #[serde(skip_serializing_if = "Vec::is_empty")]
        pub deviations: Vec<Deviation<'a>>,
        #[serde(skip_serializing_if = "Vec::is_empty")]
        pub codes: Vec<Code<'a>>,
    }

    #[derive(Serialize)]
    #[serde(untagged)]
    pub(super) enum Warning<'a> {
        FewRecords {
            kind: &'static str,
            records: usize,
            minimum: usize,
        },
        UncertainVerdict {
            kind: &'static str,
            lower: f64,
        },
        ExtremePrevalence {
            kind: &'static str,
            value: &'a str,
            share: f64,
        },
    }

    #[derive(Serialize)]
    pub(super) struct Pair<'a> {
        pub coders: &'a [String; 2],
        pub records: usize,
        pub percent_agreement: Statistic,
        pub cohen_kappa: Statistic,
    }

    #[derive(Serialize)]
    pub(super) struct Deviation<'a> {
        pub coder: &'a str,
        pub records: usize,
        pub deviating: usize,
    }

    #[derive(Serialize)]
    pub(super) struct Code<'a> {
        pub code: Concept<'a>,
        pub alpha: Statistic,
        pub positive_agreement: Option<f64>,
        pub used: Vec<Used<'a>>,
    }

    #[derive(Serialize)]
    pub(super) struct Used<'a> {
        pub coder: &'a str,
        pub records: usize,
    }

    /// `{"value": x}` or `{"undefined": "undefined because ..."}`.
    #[derive(Serialize)]
    #[serde(untagged)]
    pub(super) enum Statistic {
        Value {
            value: f64,
            #[serde(skip_serializing_if = "Option::is_none")]
            standard_error: Option<f64>,
        },
        Undefined {
            undefined: String,
        },
    }

    impl Statistic {
        pub fn new<T>(
            result: &Result<T, super::AgreementError>,
            value: impl Fn(&T) -> f64,
        ) -> Self {
            match result {
                Ok(x) => Statistic::Value {
                    value: value(x),
                    standard_error: None,
                },
                Err(e) => Statistic::Undefined {
                    undefined: e.to_string(),
                },
            }
        }

        /// A kappa with its standard error.
        pub fn kappa(result: &Result<super::Kappa, super::AgreementError>) -> Self {
            match result {
                Ok(k) => Statistic::Value {
                    value: k.value,
                    standard_error: k.standard_error,
                },
                Err(e) => Statistic::Undefined {
                    undefined: e.to_string(),
                },
            }
        }
    }

    #[derive(Serialize)]
    #[serde(untagged)]
    pub(super) enum Interval {
        Bounds {
            lower: f64,
            upper: f64,
            undefined_resamples: usize,
        },
        Undefined {
            undefined: String,
        },
    }

    #[derive(Serialize)]
    pub(super) struct Concept<'a> {
        pub id: &'a str,
        pub label: Option<&'a str>,
        pub link: Option<String>,
    }

    impl<'a> Concept<'a> {
        pub fn new(
            taxonomy: &'a super::Taxonomy,
            id: &'a str,
            lang: super::Lang,
            docs: Option<&str>,
        ) -> Self {
            let c = taxonomy.concept(id);
            Concept {
                id,
                label: c.map(|c| c.label.best(lang)),
                link: c.map(|c| super::super::markdown::concept_href(&c.facet, &c.id, docs)),
            }
        }
    }

    #[derive(Serialize)]
    pub(super) struct Confusion<'a> {
        pub facet: &'a str,
        pub count: usize,
        pub first: Concept<'a>,
        pub second: Option<Concept<'a>>,
        pub records: &'a [String],
    }

    #[derive(Serialize)]
    pub(super) struct Disagreement<'a> {
        pub record: &'a str,
        pub facet: &'a str,
        pub choices: Vec<Choice<'a>>,
    }

    #[derive(Serialize)]
    pub(super) struct Choice<'a> {
        pub coder: &'a str,
        pub codes: Option<&'a [String]>,
        pub missing: Option<&'static str>,
    }
}
