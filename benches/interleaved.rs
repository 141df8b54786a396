//! The ratios of the `parse` bench, measured so that a busy machine
//! cannot tilt them: each batch runs every operation in turn, a few dozen
//! times each, and a ratio is taken within each batch, where the machine
//! was the same for all. The figures are the median of the batches' ratios
//! and the range from the tenth to the ninetieth percentile.
//!
//! ```text
//! cargo bench -p hermetica-benches --bench interleaved            # 300 batches
//! cargo bench -p hermetica-benches --bench interleaved -- 1000    # more batches
//! ```

use std::hint::black_box;
use std::time::Instant;

mod common;

/// Runs of one operation per batch: long enough for the clock, short
/// enough that the machine does not change within a batch.
const RUNS: u32 = 20;

fn main() {
    let page = common::page();
    let entry: hermetica::Entry = page.parse().expect("the page parses");
    let batches: usize = std::env::args()
        .skip(1)
        .find_map(|a| a.parse().ok())
        .unwrap_or(300);
    let operations: [(&str, &dyn Fn()); 6] = [
        ("pulldown_cmark_events", &|| {
            pulldown_cmark::Parser::new(black_box(&page)).for_each(|event| {
                black_box(event);
            })
        }),
        ("memchr_lines", &|| {
            black_box(memchr::memchr_iter(b'\n', black_box(page.as_bytes())).count());
        }),
        ("analyze", &|| {
            black_box(common::analyze(black_box(&page)));
        }),
        ("entry", &|| {
            drop(black_box(black_box(&page).parse::<hermetica::Entry>()))
        }),
        ("document", &|| {
            drop(black_box(hermetica::Document::from(black_box(
                page.as_str(),
            ))))
        }),
        ("render", &|| drop(black_box(black_box(&entry).to_page()))),
    ];
    let mut times = vec![Vec::with_capacity(batches); operations.len()];
    for _ in 0..batches {
        for ((_, operation), times) in operations.iter().zip(&mut times) {
            let start = Instant::now();
            for _ in 0..RUNS {
                operation();
            }
            times.push(start.elapsed().as_secs_f64() * 1e6 / f64::from(RUNS));
        }
    }
    println!("{batches} batches of {RUNS} runs of each operation, in turn");
    println!(
        "{:<22} {:>9} {:>9}  {:>18}",
        "operation", "min µs", "median µs", "÷ pulldown (p10–p90)"
    );
    let baseline = &times[0];
    for ((name, _), times) in operations.iter().zip(&times) {
        let ratios: Vec<f64> = times.iter().zip(baseline).map(|(t, b)| t / b).collect();
        let ratio = percentiles(&ratios);
        let time = percentiles(times);
        println!(
            "{name:<22} {:>9.2} {:>9.2}  {:>6.3} ({:.3}–{:.3})",
            time.min, time.median, ratio.median, ratio.p10, ratio.p90
        );
    }
}

struct Percentiles {
    min: f64,
    p10: f64,
    median: f64,
    p90: f64,
}

fn percentiles(values: &[f64]) -> Percentiles {
    let mut sorted = values.to_vec();
    sorted.sort_by(f64::total_cmp);
    let at = |q: f64| sorted[((sorted.len() - 1) as f64 * q).round() as usize];
    Percentiles {
        min: at(0.0),
        p10: at(0.1),
        median: at(0.5),
        p90: at(0.9),
    }
}
