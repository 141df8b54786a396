//! Allocations per parsed entry, counted by a global allocator (dhat in
//! testing mode), for the page, the analysis and the rendering.
//!
//! ```text
//! cargo bench -p hermetica-benches --bench alloc
//! ```

mod common;

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
}
