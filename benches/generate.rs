#![allow(dead_code)] // Each benchmark uses the generators it needs.
//! Generates synthetic research records for the benchmarks: realistic shapes, valid codes from
//! the built-in taxonomy, deterministic (the same call gives the same bytes).

use jeugdhulp_op_school::Taxonomy;

/// A small deterministic generator (SplitMix64).
pub struct Rng(u64);

impl Rng {
    pub fn new(seed: u64) -> Self {
        Rng(seed)
    }
    pub fn next_u64(&mut self) -> u64 {
        self.0 = self.0.wrapping_add(0x9E37_79B9_7F4A_7C15);
        let mut z = self.0;
        z = (z ^ (z >> 30)).wrapping_mul(0xBF58_476D_1CE4_E5B9);
        z = (z ^ (z >> 27)).wrapping_mul(0x94D0_49BB_1331_11EB);
        z ^ (z >> 31)
    }
    pub fn below(&mut self, n: usize) -> usize {
        (self.next_u64() % n as u64) as usize
    }
}

/// Live codes per facet for record `i` (the begrippen part is not tagged): every required facet and about a quarter of the others, one
/// code for single-valued facets and one or two otherwise. That makes a YAML record of about
/// 500 bytes, the size the benchmark targets are stated for (10,000 records, about 5 MB).
fn tags(t: &Taxonomy, rng: &mut Rng) -> Vec<(String, Vec<String>)> {
    let mut out = Vec::new();
    for f in t.tag_facets() {
        if !f.required && rng.below(4) != 0 {
            continue;
        }
        let n = if f.cardinality == jeugdhulp_op_school::Cardinality::Single {
            1
        } else {
            1 + rng.below(2)
        };
        let live: Vec<_> = f.concepts.iter().filter(|c| !c.is_deprecated()).collect();
        let n = n.min(live.len());
        let mut codes: Vec<String> = Vec::new();
        while codes.len() < n {
            let c = live[rng.below(live.len())];
            if !codes.contains(&c.id) {
                codes.push(c.id.clone());
            }
        }
        out.push((f.id.clone(), codes));
    }
    // Keep the mbo rule satisfied: the generator makes valid data.
    let mbo_variant = out.iter().any(|(f, c)| {
        f == "organisation-model"
            && c.iter().any(|c| {
                [
                    "support-in-own-neighbourhood",
                    "municipal-youth-team",
                    "mbo-as-neighbourhood",
                ]
                .contains(&c.as_str())
            })
    });
    if mbo_variant {
        for (f, c) in &mut out {
            if f == "education" {
                *c = vec!["mbo".to_owned()];
            }
        }
    }
    out
}

/// One record as a YAML list item (about 500 bytes).
pub fn yaml_record(t: &Taxonomy, i: usize, rng: &mut Rng) -> String {
    let mut s = format!(
        "- id: practice-{i}\n  name: Samenwerking {i} tussen school en jeugdhulp\n  organisations:\n    schools: [School {i}]\n    youth_care: [Aanbieder {}]\n    municipalities: [Gemeente {}]\n  region: Regio {}\n  start: 20{:02}-0{}\n  status: pilot\n  description: >-\n    Een proef waarin jeugdhulp en onderwijs samen optrekken rond leerlingen die extra steun nodig hebben, nummer {i}.\n  taxonomy_version: {}\n  tags:\n",
        rng.below(50),
        rng.below(300),
        rng.below(40),
        10 + rng.below(15),
        1 + rng.below(9),
        t.version()
    );
    for (f, codes) in tags(t, rng) {
        s.push_str(&format!("    {f}: [{}]\n", codes.join(", ")));
    }
    s.push_str("  coder: bench\n");
    s
}

/// One record as a JSON object on one line.
pub fn json_record(t: &Taxonomy, i: usize, rng: &mut Rng) -> String {
    let tags: Vec<String> = tags(t, rng)
        .into_iter()
        .map(|(f, codes)| {
            format!(
                "\"{f}\": [{}]",
                codes
                    .iter()
                    .map(|c| format!("\"{c}\""))
                    .collect::<Vec<_>>()
                    .join(", ")
            )
        })
        .collect();
    format!(
        "{{\"id\": \"practice-{i}\", \"name\": \"Samenwerking {i}\", \"organisations\": {{\"schools\": [\"School {i}\"], \"municipalities\": [\"Gemeente {}\"]}}, \"status\": \"pilot\", \"start\": \"2019-0{}\", \"description\": \"Een proef waarin jeugdhulp en onderwijs samen optrekken, nummer {i}.\", \"taxonomy_version\": \"{}\", \"tags\": {{{}}}, \"coder\": \"bench\"}}",
        rng.below(300),
        1 + rng.below(9),
        t.version(),
        tags.join(", ")
    )
}

/// The CSV header for [`csv_record`].
pub fn csv_header(t: &Taxonomy) -> String {
    let facets: Vec<&str> = t.tag_facets().map(|f| f.id.as_str()).collect();
    format!(
        "id,name,schools,status,start,taxonomy_version,{},coder\n",
        facets.join(",")
    )
}

/// One record as a CSV row.
pub fn csv_record(t: &Taxonomy, i: usize, rng: &mut Rng) -> String {
    let tags = tags(t, rng);
    let cells: Vec<String> = t
        .tag_facets()
        .map(|f| {
            tags.iter()
                .find(|(id, _)| *id == f.id)
                .map_or(String::new(), |(_, c)| c.join(";"))
        })
        .collect();
    format!(
        "practice-{i},Samenwerking {i},School {i},pilot,2019-0{},{},{},bench\n",
        1 + rng.below(9),
        t.version(),
        cells.join(",")
    )
}
