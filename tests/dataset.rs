//! The publisher's dataset: records read and written as JSONL and CSV, and
//! record → page → record for every record: of our own records
//! (`tests/data/dataset/ingredients.jsonl`, in the publisher's format) and,
//! in the corpus suite, of the publisher's sample.

mod util;

use hermetica::dataset::{IngredientRecord, read_csv, read_jsonl, write_csv, write_jsonl};

/// A JSONL file and its records.
fn read(text: String) -> (String, Vec<IngredientRecord>) {
    let records = read_jsonl(text.as_bytes())
        .collect::<Result<Vec<_>, _>>()
        .unwrap_or_else(|e| panic!("the records read:\n{e}"));
    (text, records)
}

/// Our own records.
fn own() -> (String, Vec<IngredientRecord>) {
    read(include_str!("data/dataset/ingredients.jsonl").to_owned())
}

/// The publisher's sample.
fn sample() -> (String, Vec<IngredientRecord>) {
    read(util::corpus_file("dataset/ingredients.sample.jsonl"))
}

#[test]
#[ignore = "corpus suite: needs ../shared/corpus (cargo test -- --ignored)"]
fn the_sample_reads_44_records_after_its_comment_lines() {
    let (_, records) = sample();
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
fn our_records_read_after_their_comment_lines() {
    let (_, records) = own();
    assert_eq!(records.len(), 4);
    assert_eq!(
        records[1].ingredient_name,
        "25-Hydroxyvitamin D3 (Calcifediol)"
    );
    assert_eq!(records[1].canonical_name.as_deref(), Some("Calcifediol"));
    assert_eq!(records[0].canonical_name, None);
    assert_eq!(records[2].ingredient_key, "β-glucan-oat");
    assert_eq!(records[2].evidence_score.get(), 8);
    assert_eq!(records[0].also_known_as.len(), 3);
    assert_eq!(
        records[1].updated_at.to_string(),
        "2026-04-02T09:28:02.173274+00:00"
    );
}

#[test]
fn every_record_round_trips_through_its_page() {
    round_trips_through_pages(&own().1);
}

#[test]
#[ignore = "corpus suite: needs ../shared/corpus (cargo test -- --ignored)"]
fn every_sample_record_round_trips_through_its_page() {
    round_trips_through_pages(&sample().1);
}

fn round_trips_through_pages(records: &[IngredientRecord]) {
    for record in records {
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
fn jsonl_writer_gives_back_the_lines() {
    let (text, records) = own();
    writes_back(&text, &records);
}

#[test]
#[ignore = "corpus suite: needs ../shared/corpus (cargo test -- --ignored)"]
fn jsonl_writer_gives_back_the_publisher_lines() {
    let (text, records) = sample();
    writes_back(&text, &records);
}

fn writes_back(text: &str, records: &[IngredientRecord]) {
    let mut out = Vec::new();
    write_jsonl(&mut out, &[], records).unwrap();
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
    let (text, records) = own();
    let mut lines: Vec<&str> = text.lines().collect();
    lines.insert(3, "{\"ingredient_key\": 5}");
    lines.insert(5, "not json at all");
    let damaged = lines.join("\n");
    let results: Vec<_> = read_jsonl(damaged.as_bytes()).collect();
    assert_eq!(results.len(), records.len() + 2);
    let errors: Vec<usize> = results
        .iter()
        .filter_map(|r| r.as_ref().err())
        .map(|e| e.line())
        .collect();
    assert_eq!(errors, [4, 6]);
    let err = results.iter().find_map(|r| r.as_ref().err()).unwrap();
    assert!(
        err.to_string()
            .contains("expected one JSON ingredient record per line"),
        "{err}"
    );
}

#[test]
fn csv_round_trips() {
    csv_gives_back(&own().1);
}

#[test]
#[ignore = "corpus suite: needs ../shared/corpus (cargo test -- --ignored)"]
fn csv_round_trips_on_the_sample() {
    csv_gives_back(&sample().1);
}

fn csv_gives_back(records: &[IngredientRecord]) {
    let mut out = Vec::new();
    write_csv(&mut out, records).unwrap();
    let back: Vec<IngredientRecord> = read_csv(out.as_slice()).collect::<Result<_, _>>().unwrap();
    assert_eq!(back, records);
    assert!(
        read_csv("a,b\n1,2\n".as_bytes()).next().unwrap().is_err(),
        "a foreign header is an error"
    );
}
