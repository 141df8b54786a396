//! Hostile pages and what is done with them, for the hostile-input and
//! linear-time tests.

use hermetica::{Document, Entry, citations, quantities};

/// Everything the crate does with a page: parse it as an entry (and, when
/// that succeeds, render it), analyse it and read everything its prose
/// says, lint it, parse it as a document, scan it for quantities and
/// citations, and read it as JSONL and CSV records.
pub fn exercise(text: &str) {
    if let Ok(entry) = text.parse::<Entry>() {
        assert_eq!(entry.to_string(), text);
        assert_eq!(entry.to_page(), text);
        let _ = hermetica::PageKind::of(&entry);
        let _ = hermetica::dataset::InteractionIndexPage::from_entry(&entry);
    }
    if let Ok(analysis) = hermetica::analyze(text) {
        let _ = analysis.quantities();
        let _ = analysis.citations();
        let _ = analysis.resolved_links();
        let _ = analysis.profile();
        let _ = analysis.evidence();
        let _ = analysis.warnings();
    }
    let today = chrono::NaiveDate::from_ymd_opt(2026, 12, 1).unwrap_or_default();
    let _ = hermetica::lint::lint(text, today);
    let doc = Document::from(text);
    assert_eq!(doc.to_string(), text);
    assert_eq!(doc.to_page(), text);
    let _ = quantities(text).count();
    let _ = citations(text).count();
    // The dataset readers, on the same bytes: every line a bad record, or
    // a record that is written back.
    let records: Vec<_> = hermetica::dataset::read_jsonl(text.as_bytes())
        .flatten()
        .collect();
    let _ = hermetica::dataset::write_jsonl(std::io::sink(), &[], &records);
    let _ = hermetica::dataset::write_csv(std::io::sink(), &records);
    let _ = hermetica::dataset::read_csv(text.as_bytes()).count();
    let _ = hermetica::dataset::read_interactions(text.as_bytes()).count();
    let _ = hermetica::dataset::read_csv_records::<_, hermetica::dataset::InteractionRecord>(
        text.as_bytes(),
    )
    .count();
}

/// Pages of a hostile kind: a valid head and `unit` repeated to `size`.
pub fn hostile(head: &str, unit: &str, size: usize) -> String {
    let mut text = String::with_capacity(size + head.len());
    text.push_str(head);
    while text.len() < size {
        text.push_str(unit);
    }
    text
}

/// A valid page head ending where section prose starts.
pub const HEAD: &str = "# Hostile\n\n**Category:** Test\n\n## Overview\n\n";
