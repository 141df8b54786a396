//! Properties over generated entries: render then parse is the identity,
//! the document view renders the same page, and JSON round-trips.

mod util;

use proptest::prelude::*;
use util::strategy;

proptest! {
    #![proptest_config(ProptestConfig::with_cases(512))]

    #[test]
    fn render_then_parse_is_identity(entry in strategy::entry()) {
        let text = entry.to_string();
        let parsed: hermetica::Entry = text.parse().map_err(|e| TestCaseError::fail(format!("{e}\n{text:?}")))?;
        prop_assert_eq!(&parsed, &entry, "page:\n{:?}", text);
        prop_assert_eq!(parsed.to_string(), text);
    }

    #[test]
    fn document_view_renders_as_the_entry(entry in strategy::entry()) {
        // Rendering writes the entry's pieces straight to the page; the
        // document view builds them as blocks. Both give the same page.
        prop_assert_eq!(entry.to_document().to_string(), entry.to_string());
    }

    #[test]
    fn json_round_trips(entry in strategy::entry()) {
        let json = serde_json::to_string(&entry).unwrap();
        let back: hermetica::Entry = serde_json::from_str(&json).unwrap();
        prop_assert_eq!(back, entry);
    }

    #[test]
    fn document_round_trips_any_text(text in "(#{0,3} |\\*\\*[A-Z]:\\*\\* |- |• |\\||---|[a-z\\[\\]()/ ]{0,6}|\r?\n){0,40}") {
        let doc = hermetica::Document::from(text.as_str());
        prop_assert_eq!(doc.to_string(), text);
    }

    #[test]
    fn entry_parse_is_lossless_when_it_succeeds(text in "# [a-z]{0,4}\n(#{0,3} |\\*\\*[A-Z]:\\*\\* |- |• |\\||---|\\*[a-z]\\*|[a-z\\[\\]()/ ]{0,6}|\r?\n){0,40}") {
        if let Ok(entry) = text.parse::<hermetica::Entry>() {
            prop_assert_eq!(entry.to_string(), text);
        }
    }
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(512))]

    /// `analyze` finds a page's citations and quantities with one search
    /// over the whole page; in a paragraph it finds what `citations` and
    /// `quantities` find in the paragraph alone.
    #[test]
    fn analyze_finds_what_the_prose_readers_find(
        parts in proptest::collection::vec(
            proptest::sample::select(vec![
                "PMID: 12345678", "PMC3736918", "NCT01234567", "10.1000/xyz", " et al. (2019)",
                "https://a.org/x", "http://b.org", " month", " months", "h", "ttps://", " Lee",
                "eight", " weeks", " day", "200 mg", " 3x daily", "n=40", " ", ",", ".", "(", ")",
            ]),
            1..30,
        )
    ) {
        let text = format!("x{}", parts.concat());
        let page = format!("# T\n\n## Overview\n\n{text}\n");
        let analysis = hermetica::analyze(&page).map_err(|e| TestCaseError::fail(e.to_string()))?;
        let offset = page.find(&text).unwrap_or_default();
        let shift = |span: std::ops::Range<usize>| span.start + offset..span.end + offset;
        let citations: Vec<_> = hermetica::citations(&text).map(|c| (shift(c.span), c.text)).collect();
        let found: Vec<_> = analysis.citations().into_iter().map(|c| (c.span, c.value.text)).collect();
        prop_assert_eq!(found, citations);
        let quantities: Vec<_> = hermetica::quantities(&text).map(|q| (shift(q.span), q.text)).collect();
        let found: Vec<_> = analysis.quantities().into_iter().map(|q| (q.span, q.value.text)).collect();
        prop_assert_eq!(found, quantities);
    }
}
