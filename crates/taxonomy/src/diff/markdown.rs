//! The diff as a changelog to print, in Dutch or English.

use std::fmt::Write as _;

use super::{Bump, Diff, RULES};
use crate::lang::Lang;
use crate::model::Taxonomy;

impl Diff {
    /// The diff as a changelog to print: per facet, each concept's changes with the old and the
    /// new text side by side, labels in `lang` (from `new`, or `old` for what was removed).
    pub fn to_markdown(&self, old: &Taxonomy, new: &Taxonomy, lang: Lang) -> String {
        let en = lang == Lang::En;
        let mut s = String::new();
        let _ = writeln!(
            s,
            "# {} {} → {}\n",
            if en { "Changes" } else { "Wijzigingen" },
            self.old_version,
            self.new_version
        );
        match self.required_bump() {
            None => {
                s.push_str(if en {
                    "Nothing changed.\n"
                } else {
                    "Er is niets veranderd.\n"
                });
                return s;
            }
            Some(b) => {
                let _ = writeln!(
                    s,
                    "{} **{}** ({} {}).\n",
                    if en {
                        "These changes need a"
                    } else {
                        "Deze wijzigingen vragen een"
                    },
                    bump_name(b, en),
                    self.changes.len(),
                    if en { "changes" } else { "wijzigingen" }
                );
            }
        }
        let mut facet = None;
        let mut concept = None;
        for c in &self.changes {
            if facet != Some(&c.facet) {
                facet = Some(&c.facet);
                concept = None;
                let title = if c.facet.is_empty() {
                    (if en { "The taxonomy" } else { "De taxonomie" }).to_owned()
                } else {
                    let label = new
                        .facet(&c.facet)
                        .or_else(|| old.facet(&c.facet))
                        .map_or(c.facet.as_str(), |f| f.label.best(lang));
                    format!("{label} (`{}`)", c.facet)
                };
                let _ = writeln!(s, "## {title}\n");
            }
            if concept != Some(&c.concept) {
                concept = Some(&c.concept);
                if let Some(id) = &c.concept {
                    let label = new
                        .concept(id)
                        .or_else(|| old.concept(id))
                        .map_or(id.as_str(), |x| x.label.best(lang));
                    let _ = writeln!(s, "### {label} (`{id}`)\n");
                }
            }
            let what =
                RULES
                    .iter()
                    .find(|(r, ..)| *r == c.rule)
                    .map_or(
                        "",
                        |(_, _, en_text, nl_text)| if en { en_text } else { nl_text },
                    );
            let lang_note = c.lang.as_ref().map_or(String::new(), |l| format!(" [{l}]"));
            let _ = writeln!(
                s,
                "- **{}**{lang_note}: {} (`{}`)\n",
                bump_name(c.bump, en),
                what,
                c.rule
            );
            if c.old.is_some() || c.new.is_some() {
                let (was, now) = if en { ("Was", "Now") } else { ("Was", "Nu") };
                let cell = |v: &Option<String>| {
                    v.as_deref().map_or("—".to_owned(), |t| {
                        t.replace('|', "\\|").replace('\n', " ")
                    })
                };
                let _ = writeln!(
                    s,
                    "  | {was} | {now} |\n  |---|---|\n  | {} | {} |\n",
                    cell(&c.old),
                    cell(&c.new)
                );
            }
        }
        s
    }
}

fn bump_name(b: Bump, en: bool) -> &'static str {
    match (b, en) {
        (Bump::Patch, true) => "patch",
        (Bump::Minor, true) => "minor version",
        (Bump::Major, true) => "major version",
        (Bump::Patch, false) => "patch",
        (Bump::Minor, false) => "minor versie",
        (Bump::Major, false) => "major versie",
    }
}
