//! Shared helpers for the integration tests.
#![allow(dead_code)]

use std::path::PathBuf;

/// The shared corpus folder, `../shared/corpus` from the repository root.
pub fn corpus_dir() -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("../shared/corpus")
}

/// Reads a file of the shared corpus. In CI (`CI` set) a missing corpus
/// fails the test; elsewhere the test says it was skipped and returns None.
#[track_caller]
pub fn corpus_file(relative: &str) -> Option<String> {
    let path = corpus_dir().join(relative);
    match std::fs::read_to_string(&path) {
        Ok(text) => Some(text),
        Err(e) if std::env::var_os("CI").is_some() => {
            panic!(
                "CI=true but the shared corpus file {} is missing: {e}",
                path.display()
            )
        }
        Err(e) => {
            // Written to stderr directly, past the test harness's capture,
            // so that a skip shows in a plain `cargo test`.
            use std::io::Write;
            let _ = writeln!(
                std::io::stderr(),
                "SKIPPED: shared corpus file {} is not available ({e}); this test runs in CI",
                path.display()
            );
            None
        }
    }
}

/// The real Astragaloside IV page.
pub fn real_page() -> Option<String> {
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
