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
    let doc = hermetica::Document::from(page.as_str());
    assert_eq!(doc.layout.odd_lines, [106]);
    assert_eq!(doc.to_string(), page);
    let entry: hermetica::Entry = page.parse().unwrap();
    assert_eq!(entry.to_string(), page);
}

/// Property test (2026-11-25): two empty lines between the title and the
/// first section lost one; the separator after the title and the one before
/// the first section are now the ends of one blank run.
#[test]
fn two_empty_lines_after_the_title() {
    for page in [
        "# T\n\n\n## X\n",
        "# \n\n\n## ",
        "# T\n\n**A:** b\n\n\n## X\n\nText.\n",
    ] {
        let entry: hermetica::Entry = page.parse().unwrap();
        assert_eq!(entry.to_string(), page);
        let again: hermetica::Entry = entry.to_string().parse().unwrap();
        assert_eq!(again, entry);
    }
}

/// Property test (2026-11-25): a layout whose "odd" lines were the majority
/// rendered pages that parsed to the other, equivalent layout. The
/// dominant ending is the one most lines use; parsing reads it back.
#[test]
fn the_dominant_line_ending_is_read_back() {
    let page = "# T\r\n\r\n**Category:** Herb";
    let entry: hermetica::Entry = page.parse().unwrap();
    assert_eq!(entry.layout.newline, hermetica::Newline::CrLf);
    assert!(entry.layout.odd_lines.is_empty());
    assert_eq!(entry.to_string(), page);
}

/// dataset_record (fuzzing, 2026-11-25): a record key holding `#` became a
/// URL fragment in the page's canonical URL, so the page gave back another
/// key. Keys are now percent-encoded in the URL and decoded by `slug()`, and
/// `to_entry` refuses a record its page cannot give back, naming the field.
#[test]
fn record_keys_with_url_characters() {
    let line = r#"{"ingredient_key":"rhod#ola rosea?/x%","ingredient_name":"Rhodiola","canonical_name":null,"category_primary":"Herbs","category_group":"Herb","evidence_score":3,"short_answer":"A root.","health_benefits":"• Calms","mechanism_of_action":"Unknown.","clinical_summary":"None.","also_known_as":[],"updated_at":"2026-05-02T08:00:00+00:00"}"#;
    let record = hermetica::dataset::read_jsonl(line.as_bytes())
        .next()
        .unwrap()
        .unwrap();
    let entry = record.to_entry().unwrap();
    assert_eq!(entry.slug().as_deref(), Some("rhod#ola rosea?/x%"));
    assert_eq!(
        hermetica::dataset::IngredientRecord::from_entry(&entry).unwrap(),
        record
    );

    let mut broken = record.clone();
    broken.short_answer = "A root.\n\n## Extra\n\nMore.".to_owned();
    let err = broken.to_entry().unwrap_err();
    assert!(
        err.to_string().contains("invalid record \"short_answer\""),
        "{err}"
    );
}

/// parse_entry (fuzzing, 2026-11-25): a known section heading directly
/// followed by another heading (an empty body) overflowed a subtraction
/// while checking the section's shape. It is now kept as written.
#[test]
fn a_known_section_with_an_empty_body() {
    for page in [
        "# T\n\n## Historical & Cultural Context\n## Can I take it?\n",
        "# T\n\n## Overview\n## References\n\nSources: https://pubmed.ncbi.nlm.nih.gov/1/\n",
        "# T\n\n## Overview\n\n---\n\n*Source: X — https://example.org*\n",
    ] {
        let entry: hermetica::Entry = page.parse().unwrap();
        assert_eq!(entry.to_string(), page);
        assert!(matches!(entry.sections[0], hermetica::Section::Other(_)));
    }
}

/// The slicing helpers' debug assertions (2026-12-03): two probes sliced
/// inside a character, silently giving `""` in a release build. A word
/// test before `to` after `µg` (the accuracy set), and a negation test
/// after `°` (parse_entry and extract_quantities fuzzing). Both now step
/// over whole characters; in a debug build the old code panicked here.
#[test]
fn probes_step_over_whole_characters() {
    let found: Vec<String> =
        hermetica::quantities("the UL for selenium fell from 300 µg to 255 µg in 2024.")
            .map(|m| m.text.to_string())
            .collect();
    assert!(found.iter().any(|t| t.starts_with("300 µg")), "{found:?}");
    let found: Vec<String> = hermetica::quantities("Ii° 2 5).")
        .map(|m| m.text.to_string())
        .collect();
    assert!(found.iter().all(|t| !t.is_empty()), "{found:?}");
}

/// Fuzzing found that `Entry::check` refused a parsed page whose metadata
/// block holds a paragraph of two lines (kept as written): only a
/// `**Key:** value` line and a heading are one line.
#[test]
fn check_accepts_a_paragraph_of_two_lines_in_the_metadata() {
    let page = "# Tea\n\n**Cato]ry:*e\ngo]ry:** Herb\n* Herb\n";
    let entry: hermetica::Entry = page.parse().expect("parses");
    assert_eq!(entry.to_string(), page);
    entry.check().expect("a parsed entry reads back");
}

/// Fuzzing found `5 trillion–02e304 h` read with an infinite low bound: the
/// power of ten of the range's second end was shared with the first, which
/// `trillion` had scaled already. A power that would take the first end
/// beyond `f64` is not shared, and a second end converted beyond `f64` is
/// no range.
#[test]
fn a_shared_power_never_makes_a_bound_infinite() {
    for text in [
        "5 trillion–02e304 h",
        "5 trillion–2e304 h",
        "1–1e308 km to mm",
    ] {
        if let Ok(q) = text.parse::<hermetica::Quantity>() {
            assert!(q.low().is_none_or(f64::is_finite), "{text}: {q:?}");
            assert!(q.high().is_none_or(f64::is_finite), "{text}: {q:?}");
        }
        for mention in hermetica::quantities(text) {
            assert!(mention.quantity.low().is_none_or(f64::is_finite), "{text}");
            assert!(mention.quantity.high().is_none_or(f64::is_finite), "{text}");
        }
    }
    let q: hermetica::Quantity = "1 to 8 × 10⁸ CFU".parse().unwrap();
    assert_eq!((q.low(), q.high()), (Some(1e8), Some(8e8)));
}
