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
        let doc = hermetica::Document::parse(&text);
        prop_assert_eq!(doc.to_string(), text);
    }

    #[test]
    fn entry_parse_is_lossless_when_it_succeeds(text in "# [a-z]{0,4}\n(#{0,3} |\\*\\*[A-Z]:\\*\\* |- |• |\\||---|\\*[a-z]\\*|[a-z\\[\\]()/ ]{0,6}|\r?\n){0,40}") {
        if let Ok(entry) = text.parse::<hermetica::Entry>() {
            prop_assert_eq!(entry.to_string(), text);
        }
    }
}
