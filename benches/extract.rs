//! Quantity extraction throughput over the prose of the publisher's
//! dataset sample (falls back to the shipped sample page when the shared
//! corpus is not beside the repository).
//!
//! ```text
//! cargo bench --bench extract
//! ```

use criterion::{Criterion, Throughput, criterion_group, criterion_main};

fn sample_prose() -> String {
    let path = concat!(
        env!("CARGO_MANIFEST_DIR"),
        "/../shared/corpus/dataset/ingredients.sample.jsonl"
    );
    let Ok(jsonl) = std::fs::read_to_string(path) else {
        eprintln!("shared corpus not found; measuring the shipped sample page instead");
        return include_str!("../samples/rhodiola-rosea.md").to_owned();
    };
    let mut prose = String::new();
    for line in jsonl.lines().filter(|l| l.starts_with('{')) {
        let record: serde_json::Value = serde_json::from_str(line).expect("JSON record");
        for field in [
            "short_answer",
            "health_benefits",
            "mechanism_of_action",
            "clinical_summary",
        ] {
            if let Some(text) = record[field].as_str() {
                prose.push_str(text);
                prose.push('\n');
            }
        }
    }
    prose
}

fn extract(c: &mut Criterion) {
    let prose = sample_prose();
    let mut group = c.benchmark_group("extract");
    group.throughput(Throughput::Bytes(prose.len() as u64));
    group.bench_function("quantities", |b| {
        b.iter(|| hermetica::quantities(std::hint::black_box(&prose)).count())
    });
    group.finish();
}

criterion_group!(benches, extract);
criterion_main!(benches);
