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
    out.push(("shared page".to_owned(), util::real_page().into_bytes()));
    let dataset = util::corpus_file("dataset/ingredients.sample.jsonl");
    for (i, line) in dataset.lines().enumerate() {
        out.push((
            format!("shared dataset line {}", i + 1),
            line.as_bytes().to_vec(),
        ));
    }
    out
}

/// Runs the target's body on its seeds and regression inputs.
fn run(target: &str, body: fn(&[u8])) {
    let all = inputs(target);
    assert!(!all.is_empty(), "fuzz/seeds/{target} holds seeds");
    run_on(target, body, &all);
}

/// Runs the target's body on the shared page and the dataset sample's
/// lines.
fn run_on_the_corpus(target: &str, body: fn(&[u8])) {
    run_on(target, body, &shared_inputs());
}

fn run_on(target: &str, body: fn(&[u8]), all: &[(String, Vec<u8>)]) {
    for (name, data) in all {
        let outcome = std::panic::catch_unwind(|| body(data));
        assert!(outcome.is_ok(), "{target} failed on {name}");
    }
}

#[test]
fn parse_entry() {
    run("parse_entry", bodies::parse_entry);
}

#[test]
fn parse_document() {
    run("parse_document", bodies::parse_document);
}

#[test]
fn quantity() {
    run("quantity", bodies::quantity);
}

#[test]
fn unit() {
    run("unit", bodies::unit);
}

#[test]
fn extract_quantities() {
    run("extract_quantities", bodies::extract_quantities);
}

#[test]
fn citations() {
    run("citations", bodies::citations);
}

#[test]
fn entry_structured() {
    run("entry_structured", bodies::entry_structured);
}

#[test]
fn dataset_record() {
    run("dataset_record", bodies::dataset_record);
}

#[test]
#[ignore = "corpus suite: needs ../shared/corpus (cargo test -- --ignored)"]
fn parse_entry_on_the_corpus() {
    run_on_the_corpus("parse_entry", bodies::parse_entry);
}

#[test]
#[ignore = "corpus suite: needs ../shared/corpus (cargo test -- --ignored)"]
fn parse_document_on_the_corpus() {
    run_on_the_corpus("parse_document", bodies::parse_document);
}

#[test]
#[ignore = "corpus suite: needs ../shared/corpus (cargo test -- --ignored)"]
fn extract_quantities_on_the_corpus() {
    run_on_the_corpus("extract_quantities", bodies::extract_quantities);
}

#[test]
#[ignore = "corpus suite: needs ../shared/corpus (cargo test -- --ignored)"]
fn citations_on_the_corpus() {
    run_on_the_corpus("citations", bodies::citations);
}

#[test]
#[ignore = "corpus suite: needs ../shared/corpus (cargo test -- --ignored)"]
fn dataset_record_on_the_corpus() {
    run_on_the_corpus("dataset_record", bodies::dataset_record);
}
