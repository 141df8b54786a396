//! The publisher's dataset: records read and written as JSONL and CSV, and
//! record → page → record for every record of the sample.

mod util;

use hermetica::dataset::{IngredientRecord, read_csv, read_jsonl, write_csv, write_jsonl};

fn sample() -> Option<(String, Vec<IngredientRecord>)> {
    let text = util::corpus_file("dataset/ingredients.sample.jsonl")?;
    let records = read_jsonl(text.as_bytes())
        .collect::<Result<Vec<_>, _>>()
        .unwrap_or_else(|e| panic!("the sample reads:\n{e}"));
    Some((text, records))
}

#[test]
fn the_sample_reads_44_records_after_its_comment_lines() {
    let Some((_, records)) = sample() else { return };
    assert_eq!(records.len(), 44);
    assert_eq!(records[0].ingredient_key, "1-8-cineole");
    assert_eq!(records[0].ingredient_name, "1,8-Cineole");
    assert_eq!(records[0].canonical_name, None);
    assert_eq!(records[0].evidence_score.get(), 4);
    assert_eq!(records[0].also_known_as.len(), 8);
    assert_eq!(
        records[0].updated_at.to_string(),
        "2026-03-29T01:00:57.085+00:00"
    );
    assert_eq!(
        records
            .iter()
            .filter(|r| r.canonical_name.is_some())
            .count(),
        19
    );
}

#[test]
fn every_record_round_trips_through_its_page() {
    let Some((_, records)) = sample() else { return };
    for record in &records {
        let page = record.to_page();
        let analysis =
            hermetica::analyze(&page).unwrap_or_else(|e| panic!("{}:\n{e}", record.ingredient_key));
        let entry = analysis.entry();
        assert_eq!(entry.to_string(), page, "the page is lossless");
        assert_eq!(
            analysis.warnings(),
            [],
            "{} parses without a warning",
            record.ingredient_key
        );
        assert_eq!(
            entry.slug().as_deref(),
            Some(record.ingredient_key.as_str())
        );
        let back = IngredientRecord::from_entry(entry).unwrap();
        assert_eq!(
            &back, record,
            "record → page → record for {}",
            record.ingredient_key
        );
    }
}

#[test]
fn jsonl_writer_gives_back_the_publisher_lines() {
    let Some((text, records)) = sample() else {
        return;
    };
    let mut out = Vec::new();
    write_jsonl(&mut out, &[], &records).unwrap();
    let written = String::from_utf8(out).unwrap();
    let original: Vec<&str> = text.lines().filter(|l| l.starts_with('{')).collect();
    assert_eq!(
        written.lines().collect::<Vec<_>>(),
        original,
        "byte for byte, line for line"
    );
}

#[test]
fn bad_lines_are_reported_by_number_and_reading_goes_on() {
    let Some((text, _)) = sample() else { return };
    let mut lines: Vec<&str> = text.lines().collect();
    lines.insert(8, "{\"ingredient_key\": 5}");
    lines.insert(10, "not json at all");
    let damaged = lines.join("\n");
    let results: Vec<_> = read_jsonl(damaged.as_bytes()).collect();
    assert_eq!(results.len(), 46);
    let errors: Vec<usize> = results
        .iter()
        .filter_map(|r| r.as_ref().err())
        .map(|e| e.line())
        .collect();
    assert_eq!(errors, [9, 11]);
    let err = results.iter().find_map(|r| r.as_ref().err()).unwrap();
    assert!(
        err.to_string()
            .contains("expected one JSON ingredient record per line"),
        "{err}"
    );
}

#[test]
fn csv_round_trips() {
    let Some((_, records)) = sample() else { return };
    let mut out = Vec::new();
    write_csv(&mut out, &records).unwrap();
    let back: Vec<IngredientRecord> = read_csv(out.as_slice()).collect::<Result<_, _>>().unwrap();
    assert_eq!(back, records);
    assert!(
        read_csv("a,b\n1,2\n".as_bytes()).next().unwrap().is_err(),
        "a foreign header is an error"
    );
}
