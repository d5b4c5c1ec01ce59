//! Lowering: raw YAML structures into the model, reporting missing and malformed fields.

use super::*;

/// Turns raw YAML structures into the model, reporting missing fields.
pub(super) struct Lower<'r> {
    report: &'r mut Report,
}

impl<'r> Lower<'r> {
    pub(super) fn new(report: &'r mut Report) -> Self {
        Lower { report }
    }

    fn missing(&mut self, at: &Location, field: &str, what: &str) {
        self.report.diagnostics.push(
            Diagnostic::new(
                Code::MissingField,
                at.clone(),
                format!("{what} has no `{field}`"),
            )
            .with_hint(format!("add `{field}:` (see docs/taxonomy-format.md)")),
        );
    }

    fn string(
        &mut self,
        file: &Arc<str>,
        v: Option<Spanned<String>>,
        at: &Location,
        field: &str,
        what: &str,
    ) -> Located<String> {
        match v {
            Some(s) => Located {
                location: yaml::location(file, &s),
                value: s.value,
            },
            None => {
                self.missing(at, field, what);
                Located {
                    value: String::new(),
                    location: at.clone(),
                }
            }
        }
    }

    pub(super) fn taxonomy(
        &mut self,
        file: &Arc<str>,
        raw: RawTaxonomy,
        files: Option<&dyn Files>,
    ) -> Taxonomy {
        let at = Location::new(file.clone(), 1, 1);
        let what = "the taxonomy";
        let id = self.string(file, raw.id, &at, "id", what);
        let version_text = self.string(file, raw.version, &at, "version", what);
        // An unparsable version is reported by `check`, which sees `version_text`.
        let version =
            semver::Version::parse(&version_text.value).unwrap_or(semver::Version::new(0, 0, 0));
        let title = match raw.title {
            Some(t) => texts(file, t),
            None => {
                self.missing(&at, "title", what);
                Texts::default()
            }
        };
        let languages = match raw.languages {
            Some(l) => l,
            None => {
                self.missing(&at, "languages", what);
                Vec::new()
            }
        };
        let languages_loc = languages
            .first()
            .map(|l| yaml::location(file, l))
            .unwrap_or_else(|| at.clone());
        let languages: Vec<String> = languages.into_iter().map(|l| l.value).collect();
        let licence = self.string(file, raw.licence, &at, "licence", what).value;
        let publisher = self
            .string(file, raw.publisher, &at, "publisher", what)
            .value;
        let relation_kinds = raw
            .relation_kinds
            .into_iter()
            .map(|k| {
                let loc = yaml::location(file, &k);
                let k = k.value;
                let id = self.string(file, k.id, &loc, "id", "a relation kind");
                let label = match k.label {
                    Some(l) => texts(file, l),
                    None => {
                        self.missing(&loc, "label", &format!("relation kind `{}`", id.value));
                        Texts::default()
                    }
                };
                RelationKind {
                    id: id.value,
                    label,
                    definition: texts(file, k.definition),
                    from: located_list(file, k.from),
                    to: located_list(file, k.to),
                    location: id.location,
                }
            })
            .collect();
        let mut sources = Vec::new();
        self.sources(file, raw.sources, &mut sources);
        let history = raw
            .history
            .into_iter()
            .map(|h| {
                let loc = yaml::location(file, &h);
                let h = h.value;
                let version = self.string(file, h.version, &loc, "version", "a history entry");
                let date = self.string(
                    file,
                    h.date,
                    &loc,
                    "date",
                    &format!("history entry `{}`", version.value),
                );
                HistoryEntry {
                    version: version.value,
                    date: date.value,
                    summary: texts(file, h.summary),
                    meaning_changed: located_list(file, h.meaning_changed),
                    location: loc,
                }
            })
            .collect();

        let rules = raw
            .rules
            .into_iter()
            .map(|r| {
                let loc = yaml::location(file, &r);
                let r = r.value;
                let id = self.string(file, r.id, &loc, "id", "a rule");
                let clauses =
                    |map: BTreeMap<String, Spanned<Vec<Spanned<String>>>>| -> Vec<RuleClause> {
                        map.into_iter()
                            .map(|(facet, codes)| RuleClause {
                                facet: Located {
                                    location: yaml::location(file, &codes),
                                    value: facet,
                                },
                                codes: located_list(file, codes.value),
                            })
                            .collect()
                    };
                let (when, then) = (clauses(r.when), clauses(r.then));
                if when.is_empty() || then.is_empty() {
                    self.missing(
                        &id.location,
                        if when.is_empty() { "when" } else { "then" },
                        &format!("rule `{}`", id.value),
                    );
                }
                Rule {
                    id: id.value,
                    message: texts(file, r.message),
                    when,
                    then,
                    location: id.location,
                }
            })
            .collect();
        let mut facets = Vec::new();
        let mut listed = Vec::new();
        match raw.facets {
            None => self.missing(&at, "facets", what),
            Some(entries) => {
                for entry in entries {
                    let loc = yaml::location(file, &entry);
                    match entry.value {
                        RawFacetEntry::Inline(f) => {
                            if let Some(facet) = self.facet(file, *f, &loc, None, &mut sources) {
                                facets.push(facet);
                            }
                        }
                        RawFacetEntry::Reference(name) => {
                            listed.push(name.clone());
                            let Some(files) = files else {
                                self.report.diagnostics.push(
                                    Diagnostic::new(Code::UnknownFacet, loc, format!("facet `{name}` is listed by id, but a single-file taxonomy has no facets/ directory"))
                                        .with_hint("write the facet inline under `facets:`, or load the taxonomy as a directory"),
                                );
                                continue;
                            };
                            if !crate::text::is_kebab_id(&name) {
                                self.report.diagnostics.push(
                                    Diagnostic::new(
                                        Code::MalformedId,
                                        loc,
                                        format!("facet id `{name}` is not kebab-case"),
                                    )
                                    .with_hint("use lowercase letters, digits and single hyphens"),
                                );
                                continue;
                            }
                            let rel = format!("facets/{name}.yaml");
                            let display = files.display(&rel);
                            let ffile: Arc<str> = Arc::from(display.as_str());
                            match files.read(&rel) {
                                Err(d) => {
                                    let hint = format!(
                                        "create {display}, or remove `{name}` from `facets`"
                                    );
                                    self.report.diagnostics.push(
                                        Diagnostic::new(
                                            Code::UnknownFacet,
                                            loc,
                                            format!(
                                                "facet `{name}` is listed but cannot be read: {}",
                                                d.message
                                            ),
                                        )
                                        .with_hint(hint),
                                    );
                                }
                                Ok(text) => {
                                    self.report.add_source(&display, Arc::from(text.as_str()));
                                    match yaml::parse::<RawFacet>(&ffile, &text) {
                                        Ok(raw) => {
                                            let floc = Location::new(ffile.clone(), 1, 1);
                                            if let Some(facet) = self.facet(
                                                &ffile,
                                                raw,
                                                &floc,
                                                Some(&name),
                                                &mut sources,
                                            ) {
                                                facets.push(facet);
                                            }
                                        }
                                        Err(d) => self.report.diagnostics.push(d),
                                    }
                                }
                            }
                        }
                    }
                }
            }
        }
        if let Some(files) = files {
            for name in files.facet_files() {
                if !listed.contains(&name) {
                    let display = files.display(&format!("facets/{name}.yaml"));
                    self.report.diagnostics.push(
                        Diagnostic::new(
                            Code::UnlistedFacetFile,
                            Location::file(display),
                            format!(
                                "facet file `{name}.yaml` is not listed in `facets` and is ignored"
                            ),
                        )
                        .with_hint(format!(
                            "add `- {name}` to `facets` in taxonomy.yaml, or remove the file"
                        )),
                    );
                }
            }
        }
        let mut definition = raw.definition.map(|d| {
            let loc = yaml::location(file, &d);
            self.definition(file, d.value, &loc, &mut sources)
        });
        if let Some(files) = files
            && files.exists("definition.yaml")
        {
            let display = files.display("definition.yaml");
            let dfile: Arc<str> = Arc::from(display.as_str());
            match files.read("definition.yaml") {
                Err(d) => self.report.diagnostics.push(d),
                Ok(text) => {
                    self.report.add_source(&display, Arc::from(text.as_str()));
                    match yaml::parse::<RawDefinition>(&dfile, &text) {
                        Err(d) => self.report.diagnostics.push(d),
                        Ok(raw) => {
                            let dloc = Location::new(dfile.clone(), 1, 1);
                            if definition.is_some() {
                                self.report.diagnostics.push(
                                    Diagnostic::new(
                                        Code::DuplicateId,
                                        dloc.clone(),
                                        "the taxonomy has two definitions: `definition` in taxonomy.yaml and definition.yaml",
                                    )
                                    .with_hint("keep one of them"),
                                );
                            }
                            definition = Some(self.definition(&dfile, raw, &dloc, &mut sources));
                        }
                    }
                }
            }
        }
        let mut taxonomy = Taxonomy {
            id: id.value,
            version,
            title,
            description: texts(file, raw.description),
            languages,
            licence,
            publisher,
            relation_kinds,
            sources,
            facets,
            history,
            rules,
            definition,
            location: at,
            index: Default::default(),
            version_text,
            languages_at: languages_loc,
        };
        taxonomy.rebuild_index();
        taxonomy
    }

    fn sources(&mut self, file: &Arc<str>, raw: Vec<Spanned<RawSource>>, out: &mut Vec<Source>) {
        for s in raw {
            let loc = yaml::location(file, &s);
            let s = s.value;
            let id = self.string(file, s.id, &loc, "id", "a source");
            let citation = self.string(
                file,
                s.citation,
                &id.location,
                "citation",
                &format!("source `{}`", id.value),
            );
            out.push(Source {
                id: id.value,
                citation: citation.value,
                url: s.url.map(|u| u.value),
                accessed: s.accessed.map(|a| a.value),
                language: s.language.map(|l| l.value),
                location: id.location,
            });
        }
    }

    fn facet(
        &mut self,
        file: &Arc<str>,
        raw: RawFacet,
        at: &Location,
        listed_as: Option<&str>,
        sources: &mut Vec<Source>,
    ) -> Option<Facet> {
        let id = self.string(file, raw.id, at, "id", "the facet");
        if let Some(name) = listed_as
            && !id.value.is_empty()
            && id.value != name
        {
            self.report.diagnostics.push(
                Diagnostic::new(
                    Code::FacetIdMismatch,
                    id.location.clone(),
                    format!("facet file for `{name}` has `id: {}`", id.value),
                )
                .with_hint(format!(
                    "write `id: {name}`, or rename the file and its entry in `facets`"
                )),
            );
        }
        let what = format!("facet `{}`", id.value);
        let label = match raw.label {
            Some(l) => texts(file, l),
            None => {
                self.missing(&id.location, "label", &what);
                Texts::default()
            }
        };
        let definition = match raw.definition {
            Some(d) => texts(file, d),
            None => {
                self.missing(&id.location, "definition", &what);
                Texts::default()
            }
        };
        let kind = match &raw.kind {
            None => FacetKind::Tags,
            Some(k) => match k.value.as_str() {
                "tags" => FacetKind::Tags,
                "terms" => FacetKind::Terms,
                other => {
                    self.report.diagnostics.push(
                        Diagnostic::new(
                            Code::InvalidValue,
                            yaml::location(file, k),
                            format!("{what} has `kind: {other}`"),
                        )
                        .with_hint("write `tags` (the default: concepts research records carry) or `terms` (the begrippen part)"),
                    );
                    FacetKind::Tags
                }
            },
        };
        if kind == FacetKind::Terms {
            for (field, at) in [
                (
                    "cardinality",
                    raw.cardinality.as_ref().map(|c| yaml::location(file, c)),
                ),
                (
                    "ordered",
                    raw.ordered.as_ref().map(|c| yaml::location(file, c)),
                ),
                (
                    "required",
                    raw.required.as_ref().map(|c| yaml::location(file, c)),
                ),
            ] {
                if let Some(at) = at {
                    self.report.diagnostics.push(
                        Diagnostic::new(
                            Code::InvalidValue,
                            at,
                            format!("{what} holds terms, which records do not tag, so it has no `{field}`"),
                        )
                        .with_hint(format!("remove `{field}`")),
                    );
                }
            }
        }
        let cardinality = match raw.cardinality {
            None if kind == FacetKind::Terms => Cardinality::Multiple,
            None => {
                self.missing(&id.location, "cardinality", &what);
                Cardinality::Multiple
            }
            Some(c) => match c.value.as_str() {
                "single" => Cardinality::Single,
                "multiple" => Cardinality::Multiple,
                other => {
                    self.report.diagnostics.push(
                        Diagnostic::new(
                            Code::InvalidValue,
                            yaml::location(file, &c),
                            format!("{what} has `cardinality: {other}`"),
                        )
                        .with_hint("write `single` (at most one concept per record) or `multiple`"),
                    );
                    Cardinality::Multiple
                }
            },
        };
        self.sources(file, raw.sources, sources);
        let facet_id = id.value.clone();
        let concepts = raw
            .concepts
            .into_iter()
            .map(|c| self.concept(file, c, &facet_id))
            .collect();
        Some(Facet {
            id: id.value,
            kind,
            label,
            definition,
            question: texts(file, raw.question),
            decision_rule: texts(file, raw.decision_rule),
            cardinality,
            ordered: raw.ordered.is_some_and(|o| o.value),
            required: raw.required.is_some_and(|r| r.value),
            concepts,
            location: id.location,
        })
    }

    fn concept(&mut self, file: &Arc<str>, raw: Spanned<RawConcept>, facet: &str) -> Concept {
        let at = yaml::location(file, &raw);
        let raw = raw.value;
        let id = self.string(
            file,
            raw.id,
            &at,
            "id",
            &format!("a concept in facet `{facet}`"),
        );
        let what = format!("concept `{}`", id.value);
        let label = match raw.label {
            Some(l) => texts(file, l),
            None => Texts::default(), // reported per language as missing-label by the checks
        };
        let definition = raw.definition.map(|d| texts(file, d)).unwrap_or_default();
        let deprecated = raw.deprecated.map(|d| {
            let loc = yaml::location(file, &d);
            let d = d.value;
            let since = self.string(
                file,
                d.since,
                &loc,
                "since",
                &format!("the deprecation of {what}"),
            );
            Deprecation {
                since,
                replaced_by: located_list(file, d.replaced_by),
                together: d.together.is_some_and(|t| t.value),
                reason: texts(file, d.reason),
                location: loc,
            }
        });
        Concept {
            id: id.value,
            facet: facet.to_owned(),
            label,
            alt_labels: text_lists(file, raw.alt_labels),
            abbreviations: text_lists(file, raw.abbreviations),
            definition,
            scope_note: texts(file, raw.scope_note),
            examples: text_lists(file, raw.examples),
            broader: raw.broader.map(|b| located(file, b)),
            related: raw
                .related
                .into_iter()
                .filter_map(|r| {
                    let loc = yaml::location(file, &r);
                    let r = r.value;
                    let kind =
                        self.string(file, r.kind, &loc, "kind", &format!("a relation of {what}"));
                    let target = self.string(
                        file,
                        r.target,
                        &loc,
                        "target",
                        &format!("a relation of {what}"),
                    );
                    (!kind.value.is_empty() && !target.value.is_empty())
                        .then_some(Relation { kind, target })
                })
                .collect(),
            position: raw.position.map(|p| located(file, p)),
            sources: located_list(file, raw.sources),
            since: raw.since.map(|s| located(file, s)),
            deprecated,
            location: id.location,
        }
    }
}

impl Lower<'_> {
    fn definition(
        &mut self,
        file: &Arc<str>,
        raw: RawDefinition,
        at: &Location,
        sources: &mut Vec<Source>,
    ) -> Definition {
        let what = "the definition";
        let id = self.string(file, raw.id, at, "id", what);
        let label = match raw.label {
            Some(l) => texts(file, l),
            None => {
                self.missing(&id.location, "label", what);
                Texts::default()
            }
        };
        let definition = match raw.definition {
            Some(d) => texts(file, d),
            None => {
                self.missing(&id.location, "definition", what);
                Texts::default()
            }
        };
        self.sources(file, raw.local_sources, sources);
        let criteria = raw
            .criteria
            .into_iter()
            .map(|c| {
                let loc = yaml::location(file, &c);
                let c = c.value;
                let cid = self.string(file, c.id, &loc, "id", "a criterion of the definition");
                Criterion {
                    id: cid.value,
                    label: texts(file, c.label),
                    text: texts(file, c.text),
                    question: texts(file, c.question),
                    location: cid.location,
                }
            })
            .collect();
        let classification = raw
            .classification
            .into_iter()
            .map(|c| {
                let loc = yaml::location(file, &c);
                let c = c.value;
                let cid = self.string(file, c.id, &loc, "id", "a classified form");
                let class = match &c.class {
                    None => {
                        self.missing(
                            &cid.location,
                            "class",
                            &format!("classified form `{}`", cid.value),
                        );
                        Class::Outside
                    }
                    Some(k) => Class::parse(&k.value).unwrap_or_else(|| {
                        self.report.diagnostics.push(
                            Diagnostic::new(
                                Code::InvalidValue,
                                yaml::location(file, k),
                                format!("classified form `{}` has `class: {}`", cid.value, k.value),
                            )
                            .with_hint("write `core`, `adjacent` or `outside`"),
                        );
                        Class::Outside
                    }),
                };
                Classified {
                    id: cid.value,
                    label: texts(file, c.label),
                    class,
                    reasoning: texts(file, c.reasoning),
                    concepts: located_list(file, c.concepts),
                    sources: located_list(file, c.sources),
                    location: cid.location,
                }
            })
            .collect();
        let questions = raw
            .questions
            .into_iter()
            .map(|q| {
                let loc = yaml::location(file, &q);
                let q = q.value;
                let qid = self.string(file, q.id, &loc, "id", "an open question");
                OpenQuestion {
                    id: qid.value,
                    text: texts(file, q.text),
                    location: qid.location,
                }
            })
            .collect();
        Definition {
            id: id.value,
            label,
            alt_labels: text_lists(file, raw.alt_labels),
            abbreviations: text_lists(file, raw.abbreviations),
            definition,
            scope_note: texts(file, raw.scope_note),
            criteria,
            classification,
            questions,
            sources: located_list(file, raw.sources),
            since: raw.since.map(|s| located(file, s)),
            location: id.location,
        }
    }
}

pub(super) fn located<T>(file: &Arc<str>, s: Spanned<T>) -> Located<T> {
    Located {
        location: yaml::location(file, &s),
        value: s.value,
    }
}

pub(super) fn located_list(file: &Arc<str>, list: Vec<Spanned<String>>) -> Vec<Located<String>> {
    list.into_iter().map(|s| located(file, s)).collect()
}

pub(super) fn texts(file: &Arc<str>, raw: RawTexts) -> Texts {
    Texts(
        raw.into_iter()
            .map(|(lang, s)| {
                (
                    lang,
                    Text {
                        location: yaml::location(file, &s),
                        value: s.value,
                    },
                )
            })
            .collect(),
    )
}

pub(super) fn text_lists(file: &Arc<str>, raw: RawTextLists) -> TextLists {
    TextLists(
        raw.into_iter()
            .map(|(lang, list)| {
                (
                    lang,
                    list.into_iter()
                        .map(|s| Text {
                            location: yaml::location(file, &s),
                            value: s.value,
                        })
                        .collect(),
                )
            })
            .collect(),
    )
}
