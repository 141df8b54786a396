//! Shared helpers for the integration tests.
#![allow(dead_code)]

use std::path::PathBuf;

/// The shared corpus folder, `../shared/corpus` from the repository root.
pub fn corpus_dir() -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("../shared/corpus")
}

/// Reads a file of the shared corpus, for the corpus suite: the tests
/// marked `#[ignore = "corpus suite: …"]`, run with `cargo test --
/// --ignored` where the corpus is beside the repository (CI runs them).
/// A missing corpus fails the test that asked for it.
#[track_caller]
pub fn corpus_file(relative: &str) -> String {
    let path = corpus_dir().join(relative);
    std::fs::read_to_string(&path).unwrap_or_else(|e| {
        panic!(
            "the corpus suite needs the shared corpus: {} ({e})",
            path.display()
        )
    })
}

/// The real Astragaloside IV page.
pub fn real_page() -> String {
    corpus_file("entries/astragaloside-iv.md")
}

/// The shipped sample page.
pub const SAMPLE: &str = include_str!("../../samples/rhodiola-rosea.md");

/// Parses, asserting success with the error displayed on failure.
#[track_caller]
pub fn parse(text: &str) -> hermetica::Entry {
    match text.parse::<hermetica::Entry>() {
        Ok(entry) => entry,
        Err(e) => panic!("parse failed:\n{e}"),
    }
}

/// Asserts that `text` parses and renders back byte for byte.
#[track_caller]
pub fn assert_round_trip(text: &str) -> hermetica::Entry {
    let entry = parse(text);
    let rendered = entry.to_string();
    assert!(
        rendered == text,
        "round-trip differs:\n--- input\n{text:?}\n--- rendered\n{rendered:?}"
    );
    assert!(entry.to_page() == text, "to_page renders differently");
    assert!(
        entry.to_document().to_string() == text,
        "the document view renders differently"
    );
    entry
}
pub mod hostile;
pub mod strategy;
pub mod tools;
