//! One operation on the page, run a given number of times, for counting
//! instructions with callgrind: `benches/instructions.sh` runs each
//! operation once and 101 times and prints the difference per run, which,
//! unlike time on a shared machine, is the same from run to run.
//!
//! ```text
//! benches/instructions.sh
//! ```

use std::hint::black_box;

mod common;

const OPERATIONS: &str =
    "pulldown_cmark|memchr_lines|document|entry|analyze|render|render_to_string";

fn main() {
    let mut args = std::env::args().skip(1);
    let operation = args.next().unwrap_or_default();
    if operation.is_empty() || operation.starts_with("--") {
        // Run by `cargo bench`: nothing to time here.
        println!("instructions: run benches/instructions.sh (valgrind) to count instructions");
        return;
    }
    let runs: usize = args.next().and_then(|n| n.parse().ok()).unwrap_or(1);
    let page = common::page();
    let entry: hermetica::Entry = page.parse().expect("the page parses");
    for _ in 0..runs {
        match operation.as_str() {
            "pulldown_cmark" => pulldown_cmark::Parser::new(black_box(&page)).for_each(|event| {
                black_box(event);
            }),
            "memchr_lines" => {
                black_box(memchr::memchr_iter(b'\n', black_box(page.as_bytes())).count());
            }
            "document" => drop(black_box(hermetica::Document::from(black_box(
                page.as_str(),
            )))),
            "entry" => drop(black_box(black_box(&page).parse::<hermetica::Entry>())),
            "analyze" => drop(black_box(common::analyze(black_box(&page)))),
            "render" => drop(black_box(black_box(&entry).to_page())),
            "render_to_string" => drop(black_box(black_box(&entry).to_string())),
            _ => {
                eprintln!("usage: instructions {OPERATIONS} [RUNS]");
                std::process::exit(2);
            }
        }
    }
}
