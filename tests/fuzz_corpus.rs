//! Every fuzz target's body, run on stable over its committed seeds
//! (`fuzz/seeds/<target>/`), its regression inputs
//! (`fuzz/regressions/<target>/`, findings of fuzzing kept as tests) and
//! the shared corpus.

mod util;

#[path = "../fuzz/src/bodies.rs"]
mod bodies;

use std::path::Path;

fn inputs(target: &str) -> Vec<(String, Vec<u8>)> {
    let root = Path::new(env!("CARGO_MANIFEST_DIR")).join("fuzz");
    let mut out = Vec::new();
    for folder in ["seeds", "regressions"] {
        let dir = root.join(folder).join(target);
        let Ok(entries) = std::fs::read_dir(&dir) else {
            continue;
        };
        for entry in entries {
            let path = entry.expect("directory entry").path();
            out.push((
                path.display().to_string(),
                std::fs::read(&path).expect("input file"),
            ));
        }
    }
    out.sort();
    out
}

fn shared_inputs() -> Vec<(String, Vec<u8>)> {
    let mut out = Vec::new();
    if let Some(page) = util::real_page() {
        out.push(("shared page".to_owned(), page.into_bytes()));
    }
    if let Some(dataset) = util::corpus_file("dataset/ingredients.sample.jsonl") {
        for (i, line) in dataset.lines().enumerate() {
            out.push((
                format!("shared dataset line {}", i + 1),
                line.as_bytes().to_vec(),
            ));
        }
    }
    out
}

fn run(target: &str, body: fn(&[u8]), with_shared: bool) {
    let mut all = inputs(target);
    assert!(!all.is_empty(), "fuzz/seeds/{target} holds seeds");
    if with_shared {
        all.extend(shared_inputs());
    }
    for (name, data) in &all {
        let outcome = std::panic::catch_unwind(|| body(data));
        assert!(outcome.is_ok(), "{target} failed on {name}");
    }
}

#[test]
fn parse_entry() {
    run("parse_entry", bodies::parse_entry, true);
}

#[test]
fn parse_document() {
    run("parse_document", bodies::parse_document, true);
}

#[test]
fn quantity() {
    run("quantity", bodies::quantity, false);
}

#[test]
fn unit() {
    run("unit", bodies::unit, false);
}

#[test]
fn extract_quantities() {
    run("extract_quantities", bodies::extract_quantities, true);
}

#[test]
fn citations() {
    run("citations", bodies::citations, true);
}

#[test]
fn entry_structured() {
    run("entry_structured", bodies::entry_structured, false);
}

#[test]
fn dataset_record() {
    run("dataset_record", bodies::dataset_record, true);
}
