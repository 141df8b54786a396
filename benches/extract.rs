//! Quantity extraction throughput over the prose of the publisher's
//! dataset sample, beside the same extraction written as a set of regular
//! expressions.
//!
//! ```text
//! cargo bench -p hermetica-benches --bench extract
//! ```

use std::hint::black_box;

use criterion::{Criterion, Throughput, criterion_group, criterion_main};

mod common;

/// A straightforward regex version of the extractor: comparators, numbers
/// with ranges, units and frequencies; sample sizes; p-values.
fn regex_set() -> Vec<regex::Regex> {
    let number = r"\d{1,3}(?:,\d{3})+(?:\.\d+)?|\d+(?:\.\d+)?";
    let comparator = r"(?:(?:approximately|about|around|roughly|up to|over|more than|at least|less than|below|above|exceeding)\s|[~≈<>≤≥]=?\s?)?";
    let unit = r"(?:mg/kg|ng/mL|mg/dL|mg/mL|µg/mL|μg/mL|nmol/L|µmol/L|IU/g|g/mol|mg|g|µg|μg|mcg|ng|µM|μM|nM|mM|IU|%|hours?|h|minutes?|min|days?|weeks?|months?|years?|fold)";
    let frequency = r"(?:\s(?:once|twice|three times|\dx)?\s?daily|/day|\sper day|\sper dose)?";
    [
        format!(r"{comparator}(?:{number})(?:\s?(?:-|–|to)\s?(?:{number}))?\s?{unit}\b{frequency}"),
        format!(r"\b[nN]\s?[=<>]\s?(?:{number})\+?"),
        format!(r"\b[pP]\s?[=<>≤]\s?(?:{number}|\.\d+)"),
        format!(r"(?:{number})\s(?:participants|patients|adults|subjects|men|women|trials|RCTs)\b"),
    ]
    .iter()
    .map(|p| regex::Regex::new(p).expect("valid pattern"))
    .collect()
}

fn extract(c: &mut Criterion) {
    let prose = common::prose();
    let regexes = regex_set();
    let mut group = c.benchmark_group("extract");
    group.throughput(Throughput::Bytes(prose.len() as u64));
    group.bench_function("quantities", |b| {
        b.iter(|| hermetica::quantities(black_box(&prose)).count())
    });
    group.bench_function("regex_set", |b| {
        b.iter(|| {
            regexes
                .iter()
                .map(|r| r.find_iter(black_box(&prose)).count())
                .sum::<usize>()
        })
    });
    group.finish();
}

criterion_group!(benches, extract);
criterion_main!(benches);
