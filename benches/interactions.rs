//! The interaction database at its published scale: 121,278 synthetic
//! records (every pair among 493 substances, the shapes of the sample),
//! read and indexed, beside a plain `serde_json::from_str` of each line
//! into a `serde_json::Value` as the baseline; and a check of 20
//! substances. The heap the index holds is counted in the `alloc` bench.
//!
//! ```text
//! cargo bench -p hermetica-benches --bench interactions
//! ```

use std::hint::black_box;

use criterion::{Criterion, criterion_group, criterion_main};
use hermetica::dataset::{Interactions, read_interactions, write_jsonl};

#[path = "../tools/examples/common/synthetic.rs"]
mod synthetic;

/// The synthetic database as JSONL.
pub fn database() -> String {
    let records = synthetic::interactions(synthetic::SUBSTANCES);
    let mut text = Vec::new();
    write_jsonl(&mut text, &["synthetic"], &records).expect("written");
    String::from_utf8(text).expect("UTF-8")
}

pub fn load(text: &str) -> Interactions {
    let records = read_interactions(text.as_bytes()).map(|r| r.expect("a record"));
    Interactions::from_records(records)
}

pub fn baseline(text: &str) -> Vec<serde_json::Value> {
    text.lines()
        .filter(|l| l.starts_with('{'))
        .map(|l| serde_json::from_str(l).expect("JSON"))
        .collect()
}

/// Twenty substances someone might take: names and slugs, five unknown.
fn twenty(index: &Interactions) -> Vec<String> {
    let mut names: Vec<String> = index
        .records()
        .iter()
        .step_by(7919)
        .take(15)
        .map(|r| r.a.name.clone())
        .collect();
    names.extend((0..5).map(|i| format!("unknown substance {i}")));
    names
}

fn interactions(c: &mut Criterion) {
    let text = database();
    let index = load(&text);
    println!(
        "{} records, {:.1} MB of JSONL",
        index.records().len(),
        text.len() as f64 / 1e6
    );
    let substances = twenty(&index);
    println!(
        "a check of 20 substances finds {} pairs",
        index.check(&substances).pairs.len()
    );
    let mut group = c.benchmark_group("interactions");
    group.sample_size(10);
    group.bench_function("read_and_index", |b| b.iter(|| load(black_box(&text))));
    group.bench_function("serde_json_value_per_line", |b| {
        b.iter(|| baseline(black_box(&text)))
    });
    group.finish();
    c.bench_function("check_20_substances", |b| {
        b.iter(|| index.check(black_box(&substances)).pairs.len())
    });
}

criterion_group!(benches, interactions);
criterion_main!(benches);
