//! Parsing and rendering a page, side by side with pulldown-cmark's bare
//! event stream and a bare line split (the floor).
//!
//! ```text
//! cargo bench -p hermetica-benches --bench parse
//! ```

use std::hint::black_box;

use criterion::{Criterion, Throughput, criterion_group, criterion_main};

mod common;

fn parse(c: &mut Criterion) {
    let page = common::page();
    let entry: hermetica::Entry = page.parse().expect("the page parses");
    let mut group = c.benchmark_group("page");
    group.throughput(Throughput::Bytes(page.len() as u64));
    group.bench_function("memchr_lines", |b| {
        b.iter(|| memchr::memchr_iter(b'\n', black_box(page.as_bytes())).count())
    });
    group.bench_function("pulldown_cmark_events", |b| {
        b.iter(|| {
            let mut touched = 0usize;
            for event in pulldown_cmark::Parser::new(black_box(&page)) {
                touched += match event {
                    pulldown_cmark::Event::Text(t) | pulldown_cmark::Event::Code(t) => t.len(),
                    _ => 1,
                };
            }
            touched
        })
    });
    group.bench_function("document", |b| {
        b.iter(|| hermetica::Document::from(black_box(page.as_str())))
    });
    group.bench_function("entry", |b| {
        b.iter(|| black_box(&page).parse::<hermetica::Entry>())
    });
    group.bench_function("analyze", |b| b.iter(|| common::analyze(black_box(&page))));
    group.bench_function("render", |b| b.iter(|| black_box(&entry).to_page()));
    // The same text through `Display`: one more copy of the whole page.
    group.bench_function("render_to_string", |b| {
        b.iter(|| black_box(&entry).to_string())
    });
    // Parts of `analyze`, over the whole page: where its time goes.
    group.bench_function("quantities", |b| {
        b.iter(|| hermetica::quantities(black_box(&page)).count())
    });
    group.bench_function("citations", |b| {
        b.iter(|| hermetica::citations(black_box(&page)).count())
    });
    group.finish();
}

criterion_group!(benches, parse);
criterion_main!(benches);
