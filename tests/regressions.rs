//! Findings of fuzzing and property testing, each kept as a named test.
//! The inputs that found them are in `fuzz/regressions/<target>/` and run
//! through the fuzz bodies in `tests/fuzz_corpus.rs` as well.

/// parse_document (fuzzing, 2026-11-25): a CRLF line after the 64th line of
/// an otherwise LF page lost its `\r`: the bitset of line endings grew by
/// one word at a time instead of to the word the line falls in.
#[test]
fn mixed_endings_after_line_64() {
    let mut page = String::from("# Tea\n\n**Category:** Herb\n\n## Overview\n\n");
    for i in 0..100 {
        page.push_str(&format!("Line {i}.\n"));
    }
    page.push_str("Odd line.\r\nLast.\n");
    let doc = hermetica::Document::parse(&page);
    assert_eq!(doc.layout.odd_lines, [106]);
    assert_eq!(doc.to_string(), page);
    let entry: hermetica::Entry = page.parse().unwrap();
    assert_eq!(entry.to_string(), page);
}
