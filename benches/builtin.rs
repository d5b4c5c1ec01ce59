//! `Taxonomy::builtin()`: building the compiled-in taxonomy against loading and checking the
//! same taxonomy from its YAML files (what every process did before the data was generated).

use criterion::{Criterion, criterion_group, criterion_main};
use jeugdhulp_op_school::{Taxonomy, load};

fn builtin(c: &mut Criterion) {
    let mut group = c.benchmark_group("builtin");
    group.bench_function("from compiled-in data", |b| {
        b.iter(|| std::hint::black_box(Taxonomy::build_builtin()))
    });
    let dir = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("taxonomy");
    group.sample_size(20);
    group.bench_function("parse and check taxonomy/ YAML", |b| {
        b.iter(|| std::hint::black_box(load::load_dir(&dir)))
    });
    group.finish();
}

criterion_group!(benches, builtin);
criterion_main!(benches);
