//! The reference documents (`jos docs`): every link resolves, output is deterministic, hostile
//! Markdown in the taxonomy stays harmless text, and a user's directory is never overwritten
//! unasked.

use std::collections::{BTreeMap, BTreeSet};
use std::path::Path;

use jeugdhulp_op_school::reference::{self, Options, OutputFile};
use jeugdhulp_op_school::{Lang, Taxonomy, load};
use pulldown_cmark::{Event, Parser, Tag};

const HOSTILE: &str = "tests/fixtures/valid/hostile-markdown.yaml";
const MINIMAL: &str = "tests/fixtures/valid/minimal.yaml";

fn load(path: &str) -> Taxonomy {
    let loaded = load::load_path(Path::new(path));
    assert!(!loaded.report.has_errors(), "{}", loaded.report);
    loaded.taxonomy.expect("a taxonomy")
}

/// The built-in taxonomy and the fixtures that exercise deprecation and hostile Markdown.
fn taxonomies() -> Vec<(&'static str, Taxonomy)> {
    vec![
        ("built-in", Taxonomy::builtin().clone()),
        (MINIMAL, load(MINIMAL)),
        (HOSTILE, load(HOSTILE)),
    ]
}

fn text(f: &OutputFile) -> &str {
    std::str::from_utf8(&f.bytes).unwrap_or_else(|e| panic!("{} is not UTF-8: {e}", f.path))
}

fn file<'a>(files: &'a [OutputFile], path: &str) -> &'a str {
    text(
        files
            .iter()
            .find(|f| f.path == path)
            .unwrap_or_else(|| panic!("no file `{path}`")),
    )
}

/// `href` seen from the file at `from`, as a path relative to the output root.
fn join(from: &str, href: &str) -> String {
    let mut parts: Vec<&str> = from.split('/').collect();
    parts.pop();
    for segment in href.split('/') {
        match segment {
            "." | "" => {}
            ".." => {
                assert!(
                    parts.pop().is_some(),
                    "`{href}` in `{from}` leaves the output"
                );
            }
            s => parts.push(s),
        }
    }
    parts.join("/")
}

fn has_scheme(url: &str) -> bool {
    url.split_once(':').is_some_and(|(s, _)| {
        !s.is_empty()
            && s.chars()
                .all(|c| c.is_ascii_alphanumeric() || "+-.".contains(c))
    })
}

/// Checks that every relative link points to an existing file and, with a fragment, to an
/// existing anchor in it; external links may only be http, https or mailto.
fn assert_links_resolve(
    what: &str,
    anchors: &BTreeMap<String, BTreeSet<String>>,
    links: &[(String, String)],
) {
    assert!(!links.is_empty(), "{what}: no links at all");
    for (from, dest) in links {
        if has_scheme(dest) {
            assert!(
                ["http://", "https://", "mailto:"]
                    .iter()
                    .any(|s| dest.starts_with(s)),
                "{what}: `{from}` links to `{dest}`"
            );
            continue;
        }
        let (path, fragment) = dest.split_once('#').unwrap_or((dest, ""));
        let target = if path.is_empty() {
            from.clone()
        } else {
            join(from, path)
        };
        let Some(ids) = anchors.get(&target) else {
            panic!("{what}: `{from}` links to `{dest}`, but there is no file `{target}`");
        };
        assert!(
            fragment.is_empty() || ids.contains(fragment),
            "{what}: `{from}` links to `{dest}`, but `{target}` has no anchor `{fragment}`"
        );
    }
}

/// The `id="..."` values in a piece of HTML.
fn ids_in(html: &str) -> Vec<String> {
    tags(html)
        .iter()
        .filter_map(|t| attribute(t, "id"))
        .collect()
}

/// Every tag in generated HTML. Text `<` is always escaped there, so every raw `<` opens a tag.
fn tags(html: &str) -> Vec<String> {
    let mut out = Vec::new();
    let mut rest = html;
    while let Some(start) = rest.find('<') {
        let mut quoted = false;
        let mut end = None;
        for (i, c) in rest[start..].char_indices() {
            match c {
                '"' => quoted = !quoted,
                '>' if !quoted => {
                    end = Some(start + i);
                    break;
                }
                _ => {}
            }
        }
        let end = end.expect("every tag is closed");
        out.push(rest[start..=end].to_owned());
        rest = &rest[end + 1..];
    }
    out
}

fn attribute(tag: &str, name: &str) -> Option<String> {
    let needle = format!(" {name}=\"");
    let start = tag.find(&needle)? + needle.len();
    let len = tag[start..].find('"')?;
    Some(tag[start..start + len].replace("&amp;", "&"))
}

#[test]
fn every_internal_markdown_link_resolves() {
    for (name, t) in taxonomies() {
        for lang in [Lang::Nl, Lang::En] {
            let files = reference::markdown(&t, lang);
            let mut anchors = BTreeMap::new();
            let mut links = Vec::new();
            for f in &files {
                let mut ids = BTreeSet::new();
                for event in Parser::new(text(f)) {
                    match event {
                        Event::Html(h) | Event::InlineHtml(h) => ids.extend(ids_in(&h)),
                        Event::Start(Tag::Link { dest_url, .. }) => {
                            assert!(
                                !dest_url.starts_with("concept:"),
                                "{name}: `{}` still links to `{dest_url}`",
                                f.path
                            );
                            links.push((f.path.clone(), dest_url.to_string()));
                        }
                        _ => {}
                    }
                }
                // The one document's anchors are Pandoc spans: `[]{#id}`.
                let mut rest = text(f);
                while let Some(at) = rest.find("[]{#") {
                    rest = &rest[at + 4..];
                    if let Some(end) = rest.find('}') {
                        ids.insert(rest[..end].to_owned());
                    }
                }
                anchors.insert(f.path.clone(), ids);
            }
            assert_links_resolve(&format!("{name} ({lang}), Markdown"), &anchors, &links);
            // Every concept has its anchor on its facet page.
            for c in t.concepts() {
                let ids = &anchors[&format!("{}.md", c.facet)];
                assert!(ids.contains(&c.id), "{name}: no anchor for `{}`", c.id);
            }
        }
    }
}

#[test]
fn every_internal_html_link_resolves() {
    for (name, t) in taxonomies() {
        let files = reference::html(&t, &[Lang::Nl, Lang::En]);
        let mut anchors = BTreeMap::new();
        let mut links = Vec::new();
        for f in &files {
            if !f.path.ends_with(".html") {
                anchors.insert(f.path.clone(), BTreeSet::new());
                continue;
            }
            let html = text(f);
            let mut ids = BTreeSet::new();
            for tag in tags(html) {
                ids.extend(attribute(&tag, "id"));
                for name in ["href", "src"] {
                    if let Some(url) = attribute(&tag, name) {
                        links.push((f.path.clone(), url));
                    }
                }
            }
            anchors.insert(f.path.clone(), ids);
        }
        assert_links_resolve(&format!("{name}, HTML"), &anchors, &links);
    }
}

#[test]
fn output_is_byte_identical_across_runs() {
    let options = Options::default();
    let first = reference::render(Taxonomy::builtin(), &options);
    let second = reference::render(Taxonomy::builtin(), &options);
    assert_eq!(first, second);
    // The same content loaded from disk (other file names in every location) gives the same bytes.
    let from_disk = Taxonomy::load("taxonomy").expect("the taxonomy directory loads");
    assert_eq!(first, reference::render(&from_disk, &options));
    let hostile = load(HOSTILE);
    assert_eq!(
        reference::render(&hostile, &options),
        reference::render(&hostile, &options)
    );
}

#[test]
fn hostile_markdown_is_only_text_in_html() {
    let files = reference::html(&load(HOSTILE), &[Lang::Nl, Lang::En]);
    let role = file(&files, "en/role.html");
    assert!(
        role.contains("&lt;script&gt;alert(1)&lt;/script&gt;"),
        "shown as text: {role}"
    );
    assert!(
        role.contains("&lt;img src=x onerror=alert(1)&gt;"),
        "{role}"
    );
    assert!(role.contains("&lt;div onclick="), "{role}");
    for f in files.iter().filter(|f| f.path.ends_with(".html")) {
        let html = text(f);
        let path = &f.path;
        assert!(!html.contains("<script>alert"), "{path}");
        assert!(!html.to_ascii_lowercase().contains("javascript:"), "{path}");
        assert!(!html.to_ascii_lowercase().contains("vbscript:"), "{path}");
        assert!(!html.contains("data:text"), "{path}");
        for tag in tags(html) {
            let lower = tag.to_ascii_lowercase();
            let name: String = lower[1..]
                .chars()
                .take_while(|c| c.is_ascii_alphanumeric() || *c == '/')
                .collect();
            assert!(
                !matches!(name.as_str(), "img" | "b" | "i" | "iframe" | "object"),
                "{path}: live `{tag}`"
            );
            if name == "script" {
                let index = format!(r#"<script src="../assets/search-{}.js" defer>"#, &path[..2]);
                assert!(
                    tag == r#"<script src="../assets/jos.js" defer>"#
                        || (path.ends_with("/search.html") && tag == index),
                    "{path}: {tag}"
                );
            }
            // `onerror=` may only appear escaped, in text; no tag has an event handler.
            let mut quoted = false;
            let names: String = lower
                .chars()
                .filter(|&c| {
                    quoted ^= c == '"';
                    !quoted && c != '"'
                })
                .collect();
            assert!(
                !names.split_whitespace().any(|a| a.starts_with("on")),
                "{path}: event handler in `{tag}`"
            );
        }
    }
    // The link text survives; only the URL is gone.
    assert!(role.contains(" and click and data and vb and "), "{role}");
    assert!(
        role.contains(r#"<a href="role.html#teacher">plain link</a>"#),
        "{role}"
    );
    // A link reference definition in one text does not turn brackets in another into a link.
    assert!(role.contains("this [x] must not become a link"), "{role}");
}

#[test]
fn hostile_markdown_is_defused_in_markdown() {
    let t = load(HOSTILE);
    for lang in [Lang::Nl, Lang::En] {
        for f in reference::markdown(&t, lang) {
            let md = text(&f);
            // `<` of raw HTML is written `&lt;` in Markdown texts and `\<` in plain texts.
            for tag in ["<script", "<img", "<div", "<b>", "<i>"] {
                for (at, _) in md.match_indices(tag) {
                    assert_eq!(&md[at - 1..at], "\\", "{}: live `{tag}`: {md}", f.path);
                }
            }
            assert!(
                !md.to_ascii_lowercase().contains("javascript:"),
                "{}",
                f.path
            );
            assert!(!md.contains("data:text"), "{}", f.path);
            // Rendered as CommonMark, nothing but our own anchors is raw HTML.
            for event in Parser::new(md) {
                if let Event::Html(h) | Event::InlineHtml(h) = event {
                    assert!(
                        h.starts_with("<a id=\"") || &*h == "</a>",
                        "{}: raw HTML `{h}`",
                        f.path
                    );
                }
            }
        }
    }
    let files = reference::markdown(&t, Lang::En);
    let role = file(&files, "role.md");
    // The unclosed fence is closed before the next concept, whose anchor stays live HTML.
    assert!(
        role.contains("a code block that is never closed\n```\n"),
        "{role}"
    );
    assert!(role.contains("**Synonyms:** \\<b\\>sw\\</b\\>"), "{role}");
}

#[test]
fn html_pages_have_the_filter_box_navigation_and_every_concept_anchor() {
    let t = Taxonomy::builtin();
    let files = reference::html(t, &[Lang::Nl, Lang::En]);
    for (lang, other) in [("nl", "en"), ("en", "nl")] {
        for facet in t.facets() {
            let path = format!("{lang}/{}.html", facet.id);
            let page = file(&files, &path);
            assert!(page.contains(&format!("<html lang=\"{lang}\">")), "{path}");
            assert!(
                page.contains(r#"<input id="filter_input" type="search""#),
                "{path}"
            );
            assert!(page.contains(r#"data-filter="concept_list""#), "{path}");
            assert!(page.contains(r#"<nav class="site-nav""#), "{path}");
            assert!(
                page.contains(&format!("href=\"../{other}/{}.html\"", facet.id)),
                "{path} links to its counterpart"
            );
            assert!(page.contains(r#"href="../assets/jos.css""#), "{path}");
            let ids = ids_in(page);
            for c in &facet.concepts {
                assert!(ids.contains(&c.id), "{path} has no anchor for `{}`", c.id);
                assert!(
                    page.contains(&format!("id=\"{}\" data-search=\"", c.id)),
                    "{path}: `{}` is not filterable",
                    c.id
                );
            }
            let unique: BTreeSet<&String> = ids.iter().collect();
            assert_eq!(unique.len(), ids.len(), "{path}: duplicate ids");
        }
        let glossary = file(&files, &format!("{lang}/glossary.html"));
        assert!(glossary.contains(r#"data-filter="glossary_list""#));
    }
    let css = file(&files, "assets/jos.css");
    assert!(css.contains("@media print"));
    assert!(
        !css.contains("@import") && !css.contains("url("),
        "no external resources"
    );
    let js = file(&files, "assets/jos.js");
    assert!(!js.contains("fetch(") && !js.contains("XMLHttpRequest"));
    assert!(file(&files, "index.html").contains("url=nl/index.html"));
}

#[test]
fn glossary_lists_every_label_synonym_and_abbreviation() {
    let t = Taxonomy::builtin();
    for lang in [Lang::Nl, Lang::En] {
        let files = reference::html(t, &[lang]);
        let glossary = file(&files, &format!("{}/glossary.html", lang.code()));
        // Every term in the glossary's language; the English one lists the Dutch terms too,
        // unless a term is the same in both.
        let terms = |c: &jeugdhulp_op_school::Concept, l: Lang| -> Vec<String> {
            std::iter::once(c.label.best(l))
                .chain(c.alt_labels.get(l))
                .chain(c.abbreviations.get(l))
                .map(jeugdhulp_op_school::text::fold)
                .collect()
        };
        let expected: usize = t
            .concepts()
            .map(|c| {
                let own = terms(c, lang);
                let dutch = if lang == Lang::Nl {
                    0
                } else {
                    terms(c, Lang::Nl)
                        .iter()
                        .filter(|t| !own.contains(t))
                        .count()
                };
                own.len() + dutch
            })
            .sum();
        assert_eq!(glossary.matches("<li data-search=").count(), expected);
        let markdown = reference::markdown(t, lang);
        let md = file(&markdown, "glossary.md");
        assert_eq!(md.lines().filter(|l| l.starts_with("- ")).count(), expected);
    }
    let md = reference::markdown(t, Lang::Nl);
    assert!(file(&md, "glossary.md").contains(
        "- SMW, *afkorting van* [Schoolmaatschappelijk werker](role.md#school-social-worker) — Rol"
    ));
    // The English glossary has the Dutch words people type, marked as Dutch.
    let md = reference::markdown(t, Lang::En);
    assert!(file(&md, "glossary.md").contains(
        "- SMW (nl), *abbreviation of* [School social worker](role.md#school-social-worker) — Role"
    ));
    let html = reference::html(t, &[Lang::En]);
    assert!(file(&html, "en/glossary.html").contains(
        r#"<span class="term" lang="nl">Schoolmaatschappelijk werker</span> <span class="term-lang">(nl)</span>, <em>Dutch term for</em>"#
    ));
}

#[test]
fn deprecated_concepts_are_listed_with_their_replacements() {
    let minimal = reference::markdown(&load(MINIMAL), Lang::En);
    let deprecated = file(&minimal, "deprecated.md");
    assert!(
        deprecated.contains(
            "- [Medium](intensity.md#medium) (`medium`, Intensity): Deprecated since version 1.0.0. \
             Replaced by [Heavy](intensity.md#heavy). Reason: Too vague."
        ),
        "{deprecated}"
    );
    let v1 = Taxonomy::release("1.0.0").unwrap();
    let first = reference::markdown(v1, Lang::Nl);
    assert!(file(&first, "deprecated.md").contains("Er zijn geen vervallen begrippen."));
    let html = reference::html(v1, &[Lang::En]);
    assert!(file(&html, "en/deprecated.html").contains("There are no deprecated concepts."));
    // A reason is Markdown: its concept links become links to the pages, never escaped text.
    let builtin = reference::markdown(Taxonomy::builtin(), Lang::Nl);
    let listed = file(&builtin, "deprecated.md");
    assert!(
        listed.contains("(`support-coordinator`, Rol): Vervallen sinds versie 2.0.0."),
        "{listed}"
    );
    assert!(!listed.contains("](concept:"), "{listed}");
    let html = reference::html(Taxonomy::builtin(), &[Lang::Nl]);
    assert!(!file(&html, "nl/deprecated.html").contains("concept:"));
}

#[test]
fn index_says_version_licence_citation_and_history() {
    let t = Taxonomy::builtin();
    let files = reference::markdown(t, Lang::En);
    let index = file(&files, "index.md");
    let year = &t.history()[0].date[..4];
    assert!(index.contains(&format!(
        "> {} ({year}). Youth care at school, version {}.",
        t.publisher(),
        t.version()
    )));
    assert!(index.contains("CC-BY-4.0"));
    assert!(index.contains("## Version history"));
    assert!(index.contains("- [Role](role.md) — "));
}

#[test]
fn ordered_facets_follow_the_scale() {
    let t = load(MINIMAL);
    let files = reference::markdown(&t, Lang::En);
    let page = file(&files, "intensity.md");
    let at = |id: &str| page.find(&format!("<a id=\"{id}\">")).unwrap();
    assert!(at("light") < at("heavy") && at("heavy") < at("medium"));
}

#[cfg(feature = "cli")]
#[test]
fn cli_writes_docs_and_never_overwrites_a_foreign_directory() {
    use std::process::Command;
    let jos = |args: &[&str]| {
        Command::new(env!("CARGO_BIN_EXE_jos"))
            .args(args)
            .output()
            .expect("jos runs")
    };
    let root = std::env::temp_dir().join(format!("jos-docs-{}", std::process::id()));
    let _ = std::fs::remove_dir_all(&root);

    // A new directory is created and filled.
    let fresh = root.join("fresh");
    let fresh_s = fresh.to_str().unwrap();
    let o = jos(&["docs", "--out", fresh_s]);
    assert_eq!(
        o.status.code(),
        Some(0),
        "{}",
        String::from_utf8_lossy(&o.stderr)
    );
    for path in [
        "markdown/nl/index.md",
        "markdown/en/role.md",
        "html/index.html",
        "html/nl/role.html",
        "html/en/glossary.html",
        "html/assets/jos.js",
        ".jos-docs",
    ] {
        assert!(fresh.join(path).is_file(), "{path}");
    }
    // Running again into its own directory is fine.
    assert_eq!(jos(&["docs", "--out", fresh_s]).status.code(), Some(0));

    // A directory with someone else's files is refused, and left as it was.
    let foreign = root.join("foreign");
    std::fs::create_dir_all(&foreign).unwrap();
    std::fs::write(foreign.join("index.md"), "mine").unwrap();
    let foreign_s = foreign.to_str().unwrap();
    let o = jos(&["docs", "--out", foreign_s, "--format", "markdown"]);
    assert_eq!(o.status.code(), Some(2));
    let err = String::from_utf8_lossy(&o.stderr);
    assert!(
        err.contains("not made by `jos docs`") && err.contains("--force"),
        "{err}"
    );
    let entries: Vec<_> = std::fs::read_dir(&foreign).unwrap().collect();
    assert_eq!(entries.len(), 1, "nothing written");
    assert_eq!(
        std::fs::read_to_string(foreign.join("index.md")).unwrap(),
        "mine"
    );

    // With --force it writes beside the user's file, which stays.
    let o = jos(&[
        "docs", "--out", foreign_s, "--format", "markdown", "--lang", "en", "--force",
    ]);
    assert_eq!(o.status.code(), Some(0));
    assert_eq!(
        std::fs::read_to_string(foreign.join("index.md")).unwrap(),
        "mine"
    );
    assert!(foreign.join("markdown/en/index.md").is_file());
    assert!(!foreign.join("markdown/nl").exists() && !foreign.join("html").exists());

    // A file is not a directory.
    let o = jos(&["docs", "--out", foreign.join("index.md").to_str().unwrap()]);
    assert_eq!(o.status.code(), Some(2));

    // Another taxonomy is checked first.
    let o = jos(&[
        "docs",
        "--out",
        root.join("other").to_str().unwrap(),
        "--taxonomy",
        HOSTILE,
        "--format",
        "html",
    ]);
    assert_eq!(o.status.code(), Some(0));
    assert!(root.join("other/html/en/role.html").is_file());
    std::fs::remove_dir_all(&root).unwrap();
}

#[test]
fn the_change_proposal_form_has_the_fields_the_guides_describe() {
    let form: serde_json::Value = serde_saphyr::from_str(
        &std::fs::read_to_string(".github/ISSUE_TEMPLATE/change-proposal.yml").unwrap(),
    )
    .unwrap();
    let fields: Vec<(String, bool)> = form["body"]
        .as_array()
        .unwrap()
        .iter()
        .filter(|b| b["type"] != "markdown")
        .map(|b| {
            (
                b["attributes"]["label"].as_str().unwrap().to_owned(),
                b["validations"]["required"].as_bool().unwrap_or(false),
            )
        })
        .collect();
    assert!(fields.len() >= 8, "{fields:?}");
    for (guide, required) in [
        ("docs/guide-changes.md", "(required)"),
        ("docs/guide-changes.nl.md", "(verplicht)"),
    ] {
        let text = std::fs::read_to_string(guide).unwrap();
        let mut at = 0;
        for (label, is_required) in &fields {
            let entry = format!("**{label}**");
            let found = text[at..].find(&entry).unwrap_or_else(|| {
                panic!("{guide} does not describe `{label}` (in the form's order)")
            });
            at += found + entry.len();
            let says_required = text[at..].trim_start().starts_with(required);
            assert_eq!(says_required, *is_required, "{guide}: `{label}` {required}");
        }
    }
}

/// Whether Pandoc runs; under CI its absence is a failure.
fn have_pandoc() -> bool {
    if std::process::Command::new("pandoc")
        .arg("--version")
        .output()
        .is_ok_and(|o| o.status.success())
    {
        return true;
    }
    assert!(
        std::env::var_os("CI").is_none(),
        "pandoc is not installed (Debian package `pandoc`), and CI may not skip this test"
    );
    use std::io::Write as _;
    let _ = writeln!(
        std::io::stderr(),
        "pandoc test skipped: pandoc is not installed"
    );
    false
}

/// The ids and the internal link targets of a Pandoc JSON document.
fn ids_and_links(
    value: &serde_json::Value,
    ids: &mut BTreeSet<String>,
    links: &mut BTreeSet<String>,
) {
    match value {
        serde_json::Value::Object(node) => {
            let content = &node.get("c").cloned().unwrap_or_default();
            match node.get("t").and_then(|t| t.as_str()) {
                Some("Link") => {
                    if let Some(target) = content[2][0].as_str().and_then(|t| t.strip_prefix('#')) {
                        links.insert(target.to_owned());
                    }
                }
                Some("Span" | "Div") => {
                    ids.extend(content[0][0].as_str().map(str::to_owned));
                }
                Some("Header") => {
                    ids.extend(content[1][0].as_str().map(str::to_owned));
                }
                _ => {}
            }
            ids_and_links(content, ids, links);
        }
        serde_json::Value::Array(items) => {
            for item in items {
                ids_and_links(item, ids, links);
            }
        }
        _ => {}
    }
}

#[test]
fn the_one_document_becomes_a_word_document_whose_links_all_work() {
    let t = Taxonomy::builtin();
    for lang in [Lang::Nl, Lang::En] {
        let files = reference::markdown(t, lang);
        let document = file(&files, "complete.md");
        // Every facet, concept and term is in it, with its anchor.
        for c in t.concepts() {
            assert!(
                document.contains(&format!("[]{{#{}}}", c.id)),
                "{} is missing",
                c.id
            );
        }
        assert!(!document.contains(".md#") && !document.contains("<a id="));
        assert_eq!(
            file(&files, "README.md"),
            file(&files, "index.md"),
            "the folder's start page"
        );
        if !have_pandoc() {
            return;
        }
        let dir =
            std::env::temp_dir().join(format!("jos-pandoc-{}-{}", std::process::id(), lang.code()));
        std::fs::create_dir_all(&dir).unwrap();
        std::fs::write(dir.join("complete.md"), document).unwrap();
        let run = |args: &[&str]| {
            let o = std::process::Command::new("pandoc")
                .args(args)
                .current_dir(&dir)
                .output()
                .expect("pandoc runs");
            assert!(
                o.status.success(),
                "pandoc {args:?}: {}",
                String::from_utf8_lossy(&o.stderr)
            );
            o.stdout
        };
        run(&["complete.md", "-f", "markdown", "-o", "complete.docx"]);
        // Read the Word document back: every link within it has its target.
        let json: serde_json::Value =
            serde_json::from_slice(&run(&["complete.docx", "-t", "json"])).unwrap();
        let (mut ids, mut links) = (BTreeSet::new(), BTreeSet::new());
        ids_and_links(&json["blocks"], &mut ids, &mut links);
        assert!(links.len() > 300, "only {} internal links", links.len());
        let broken: Vec<&String> = links.difference(&ids).collect();
        assert!(
            broken.is_empty(),
            "{lang:?}: links without a target in the .docx: {broken:?}"
        );
        assert!(links.contains("school-social-worker"));
        let _ = std::fs::remove_dir_all(&dir);
    }
}

#[test]
fn the_guides_are_pages_of_both_outputs_and_their_links_resolve() {
    let files = reference::render(Taxonomy::builtin(), &Options::default());
    let mut anchors = BTreeMap::new();
    let mut links = Vec::new();
    for f in files.iter().filter(|f| f.path.starts_with("markdown/")) {
        let mut ids = BTreeSet::new();
        for event in Parser::new(text(f)) {
            match event {
                Event::Html(h) | Event::InlineHtml(h) => ids.extend(ids_in(&h)),
                Event::Start(Tag::Link { dest_url, .. }) if f.path.contains("/guide-") => {
                    links.push((f.path.clone(), dest_url.to_string()));
                }
                _ => {}
            }
        }
        anchors.insert(f.path.clone(), ids);
    }
    assert_links_resolve("the guides' Markdown pages", &anchors, &links);
    for guide in reference::builtin_guides() {
        let code = guide.lang.code();
        let html = file(&files, &format!("html/{code}/{}.html", guide.name));
        assert!(
            html.contains(&format!("<h1>{}</h1>", guide.title())),
            "{}",
            guide.name
        );
        assert!(file(&files, &format!("markdown/{code}/{}.md", guide.name)).starts_with("# "));
        // Every page of the site lists the guides.
        let index = file(&files, &format!("html/{code}/index.html"));
        assert!(
            index.contains(&format!("href=\"{}.html\"", guide.name)),
            "{}",
            guide.name
        );
        // The copy built in is the file in docs/.
        let source = std::fs::read_to_string(format!(
            "docs/{}",
            reference::guide_source(&guide.name, guide.lang)
        ))
        .unwrap();
        assert_eq!(guide.text, source, "run `cargo xtask codegen`");
    }
}
