//! Pictures drawn from the taxonomy as inline SVG: the steps of an ordered scale, a concept's
//! place on it, and the map of how relations connect the facets. Plain SVG with text and
//! links, no script: it shows without JavaScript, has a title for screen readers, and prints.

use std::collections::BTreeMap;
use std::fmt::Write as _;

use super::markup::esc;
use jos_taxonomy::lang::Lang;
use jos_taxonomy::model::{Concept, Facet, Taxonomy};

/// Height of one row (a step, a facet) in pixels.
const ROW: u32 = 26;

/// The live concepts of an ordered facet that have a position, in scale order.
pub(crate) fn steps(facet: &Facet) -> Vec<&Concept> {
    facet
        .in_order()
        .into_iter()
        .filter(|c| !c.is_deprecated() && c.position.is_some())
        .collect()
}

/// The opening `<svg>` tag with its title: a picture (`img`), or a group of links (`group`,
/// whose links stay links for the keyboard and screen readers).
fn open(class: &str, id: &str, width: u32, height: u32, title: &str, role: &str) -> String {
    format!(
        "<svg class=\"{class}\" xmlns=\"http://www.w3.org/2000/svg\" viewBox=\"0 0 {width} {height}\" \
         width=\"{width}\" height=\"{height}\" role=\"{role}\" aria-labelledby=\"{id}\">\
         <title id=\"{id}\">{}</title>",
        esc(title)
    )
}

/// An ordered facet's scale as a staircase: one row per step, the bar growing with the
/// position, the step's number and label (in `lang`) beside it, each linked to its concept
/// (`href` gives the link of a concept id). `title` names the picture for screen readers.
pub(crate) fn scale(
    facet: &Facet,
    lang: Lang,
    title: &str,
    href: &dyn Fn(&str) -> String,
) -> String {
    let steps = steps(facet);
    let n = steps.len().max(1) as u32;
    let (bar, gap, width) = (220u32, 12u32, 720u32);
    let height = n * ROW + 8;
    let mut s = open(
        "scale",
        &format!("scale_{}_title", facet.id.replace('-', "_")),
        width,
        height,
        title,
        "group",
    );
    for (i, c) in steps.iter().enumerate() {
        let i = i as u32;
        let y = 4 + i * ROW;
        let w = (bar * (i + 1) / n).max(8);
        let position = c.position.as_ref().map_or(i + 1, |p| p.value);
        let _ = write!(
            s,
            "<a href=\"{}\"><rect x=\"0\" y=\"{y}\" width=\"{w}\" height=\"{}\" rx=\"3\" class=\"step\"/>\
             <text x=\"{}\" y=\"{}\" class=\"step-label\">{position}. {}</text></a>",
            esc(&href(&c.id)),
            ROW - 6,
            bar + gap,
            y + ROW / 2 + 3,
            esc(c.label.best(lang)),
        );
    }
    s.push_str("</svg>");
    s
}

/// A concept's place on its facet's scale, small: one square per step, its own filled.
/// `title` says it in words ("position 2 of 4").
pub(crate) fn place(facet: &Facet, concept: &Concept, title: &str) -> Option<String> {
    let steps = steps(facet);
    let at = steps.iter().position(|c| c.id == concept.id)?;
    let (size, gap) = (10u32, 3u32);
    let n = steps.len() as u32;
    let width = n * (size + gap);
    let mut s = open(
        "place",
        &format!("place_{}_title", concept.id.replace('-', "_")),
        width,
        size + 2,
        title,
        "img",
    );
    for i in 0..n {
        let class = if i as usize == at { "here" } else { "other" };
        let _ = write!(
            s,
            "<rect x=\"{}\" y=\"1\" width=\"{size}\" height=\"{size}\" rx=\"2\" class=\"{class}\"/>",
            i * (size + gap)
        );
    }
    s.push_str("</svg>");
    Some(s)
}

/// How the typed relation kinds connect the facets: per facet where such relations start and
/// per kind that points into one facet (its `to`), how many relations of the concepts there are.
/// Kinds that may point anywhere (`related`, `easily-confused-with`, `explains`) connect
/// concepts rather than facets and are left out.
pub(crate) fn connections(taxonomy: &Taxonomy) -> BTreeMap<(usize, String), usize> {
    let index: BTreeMap<&str, usize> = taxonomy
        .facets()
        .iter()
        .enumerate()
        .map(|(i, f)| (f.id.as_str(), i))
        .collect();
    let mut edges: BTreeMap<(usize, String), usize> = BTreeMap::new();
    for c in taxonomy.concepts() {
        let Some(&from) = index.get(c.facet.as_str()) else {
            continue;
        };
        for r in &c.related {
            if target_facet(taxonomy, &r.kind.value).is_some() {
                *edges.entry((from, r.kind.value.clone())).or_default() += 1;
            }
        }
    }
    edges
}

/// The one facet a relation kind points into, when it declares exactly one.
fn target_facet<'t>(taxonomy: &'t Taxonomy, kind: &str) -> Option<&'t Facet> {
    match taxonomy.relation_kind(kind)?.to.as_slice() {
        [to] => taxonomy.facet(&to.value),
        _ => None,
    }
}

/// The facet map: on the left the facets whose concepts use a typed relation kind, on the right
/// each such kind with the facet it points into, a line for each pair (thicker for more
/// relations, the count in its tooltip), every facet linked to its page (`href` gives the page
/// of a facet id).
pub(crate) fn facet_map(
    taxonomy: &Taxonomy,
    lang: Lang,
    title: &str,
    href: &dyn Fn(&str) -> String,
) -> String {
    let facets = taxonomy.facets();
    let edges = connections(taxonomy);
    let mut left: Vec<usize> = edges.keys().map(|(from, _)| *from).collect();
    left.sort_unstable();
    left.dedup();
    // The kinds in the taxonomy's order.
    let right: Vec<&str> = taxonomy
        .relation_kinds()
        .iter()
        .map(|k| k.id.as_str())
        .filter(|k| edges.keys().any(|(_, kind)| kind == k))
        .collect();
    let rows = left.len().max(right.len()).max(1) as u32;
    let (left_w, right_w, width) = (230u32, 420u32, 900u32);
    let height = rows * ROW + 8;
    let box_h = ROW - 6;
    // Centre the shorter column.
    let top = |len: usize, i: usize| 4 + (rows - len as u32) * ROW / 2 + i as u32 * ROW;
    let mut s = open(
        "facet-map",
        "facet_map_title",
        width,
        height,
        title,
        "group",
    );
    for ((from, kind), count) in &edges {
        let (Some(l), Some(r)) = (
            left.iter().position(|f| f == from),
            right.iter().position(|k| k == kind),
        ) else {
            continue;
        };
        let (y1, y2) = (
            top(left.len(), l) + box_h / 2,
            top(right.len(), r) + box_h / 2,
        );
        let (x1, x2) = (left_w, width - right_w);
        let mid = (x1 + x2) / 2;
        let stroke = 1 + (usize::BITS - count.leading_zeros()).min(5);
        let kind_label = taxonomy
            .relation_kind(kind)
            .map_or(kind.as_str(), |k| k.label.best(lang));
        let _ = write!(
            s,
            "<path d=\"M{x1} {y1} C{mid} {y1} {mid} {y2} {x2} {y2}\" class=\"link\" stroke-width=\"{stroke}\">\
             <title>{}: {} ({count})</title></path>",
            esc(facets[*from].label.best(lang)),
            esc(kind_label),
        );
    }
    for (i, &f) in left.iter().enumerate() {
        let y = top(left.len(), i);
        let _ = write!(
            s,
            "<a href=\"{}\"><rect x=\"0\" y=\"{y}\" width=\"{left_w}\" height=\"{box_h}\" rx=\"4\" class=\"node\"/>\
             <text x=\"8\" y=\"{}\" class=\"node-label\">{}</text></a>",
            esc(&href(&facets[f].id)),
            y + box_h / 2 + 5,
            esc(facets[f].label.best(lang))
        );
    }
    for (i, kind) in right.iter().enumerate() {
        let y = top(right.len(), i);
        let Some(to) = target_facet(taxonomy, kind) else {
            continue;
        };
        let kind_label = taxonomy
            .relation_kind(kind)
            .map_or(*kind, |k| k.label.best(lang));
        let _ = write!(
            s,
            "<a href=\"{}\"><rect x=\"{}\" y=\"{y}\" width=\"{right_w}\" height=\"{box_h}\" rx=\"4\" class=\"node\"/>\
             <text x=\"{}\" y=\"{}\" class=\"node-label\"><tspan class=\"kind\">{} →</tspan> {}</text></a>",
            esc(&href(&to.id)),
            width - right_w,
            width - right_w + 8,
            y + box_h / 2 + 5,
            esc(kind_label),
            esc(to.label.best(lang))
        );
    }
    s.push_str("</svg>");
    s
}
