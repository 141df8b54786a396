//! Allocations per parsed entry, counted by a global allocator (dhat in
//! testing mode), for the page, the analysis and the rendering.
//!
//! ```text
//! cargo bench -p hermetica-benches --bench alloc
//! ```

mod common;
#[path = "../tools/examples/common/synthetic.rs"]
mod synthetic;

#[global_allocator]
static ALLOC: dhat::Alloc = dhat::Alloc;

fn count<T>(what: &str, runs: u64, mut f: impl FnMut() -> T) {
    let before = dhat::HeapStats::get();
    for _ in 0..runs {
        std::hint::black_box(f());
    }
    let after = dhat::HeapStats::get();
    let blocks = (after.total_blocks - before.total_blocks) / runs;
    let bytes = (after.total_bytes - before.total_bytes) / runs;
    println!("{what:<24} {blocks:>7} allocations {bytes:>9} bytes per run");
}

fn main() {
    let _profiler = dhat::Profiler::builder().testing().build();
    let page = common::page();
    let entry: hermetica::Entry = page.parse().expect("the page parses");
    println!("page: {} bytes", page.len());
    count("document", 100, || hermetica::Document::from(page.as_str()));
    count("entry", 100, || page.parse::<hermetica::Entry>());
    count("analyze", 100, || common::analyze(&page));
    count("render", 100, || entry.to_page());
    count("render (to_string)", 100, || entry.to_string());
    count("quantities (page)", 100, || {
        hermetica::quantities(&page).count()
    });
    interaction_database();
}

/// The heap held by what `f` returns, in bytes.
fn held<T>(f: impl FnOnce() -> T) -> (T, u64) {
    let before = dhat::HeapStats::get().curr_bytes;
    let value = f();
    (
        value,
        dhat::HeapStats::get().curr_bytes.saturating_sub(before) as u64,
    )
}

/// The heap the interaction index holds at the published scale, beside
/// `serde_json::Value`s of the same lines, and the peak while reading.
fn interaction_database() {
    let records = synthetic::interactions(synthetic::SUBSTANCES);
    let mut text = Vec::new();
    hermetica::dataset::write_jsonl(&mut text, &["synthetic"], &records).expect("written");
    drop(records);
    let text = String::from_utf8(text).expect("UTF-8");
    let mb = |bytes: u64| bytes as f64 / 1e6;
    let (index, index_bytes) = held(|| {
        let records =
            hermetica::dataset::read_interactions(text.as_bytes()).map(|r| r.expect("a record"));
        hermetica::dataset::Interactions::from_records(records)
    });
    let (values, value_bytes) = held(|| {
        text.lines()
            .filter(|l| l.starts_with('{'))
            .map(|l| serde_json::from_str::<serde_json::Value>(l).expect("JSON"))
            .collect::<Vec<_>>()
    });
    println!(
        "interaction database: {} records, {:.1} MB of JSONL; held: index {:.1} MB, serde_json values {:.1} MB",
        index.records().len(),
        mb(text.len() as u64),
        mb(index_bytes),
        mb(value_bytes)
    );
    drop((index, values));
}
