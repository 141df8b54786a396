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

/// A JSONL file saved with a byte order mark loses no record: the mark is
/// not part of the first line.
#[test]
fn a_byte_order_mark_does_not_hide_the_first_record() {
    let text = include_str!("data/dataset/ingredients.jsonl");
    let first_record = text.lines().find(|l| l.starts_with('{')).unwrap();
    let with_header = format!("\u{feff}{text}");
    assert_eq!(read(with_header).1.len(), 4);
    let record_first = format!("\u{feff}{first_record}\n");
    let (_, records) = read(record_first);
    assert_eq!(records.len(), 1);
    assert_eq!(records[0].ingredient_key, own().1[0].ingredient_key);
}

/// A read that fails without consuming input (a directory, EIO) is
/// reported once and ends the stream, instead of repeating forever.
#[test]
fn a_failed_read_is_reported_once_and_ends_the_stream() {
    struct Failing;
    impl std::io::Read for Failing {
        fn read(&mut self, _: &mut [u8]) -> std::io::Result<usize> {
            Err(std::io::Error::other("device gone"))
        }
    }
    impl std::io::BufRead for Failing {
        fn fill_buf(&mut self) -> std::io::Result<&[u8]> {
            Err(std::io::Error::other("device gone"))
        }
        fn consume(&mut self, _: usize) {}
    }
    let results: Vec<_> = read_jsonl(Failing).take(3).collect();
    assert_eq!(results.len(), 1);
    let error = results.into_iter().next().unwrap().unwrap_err();
    assert!(matches!(error.kind(), hermetica::ErrorKind::Io { .. }));
    // The I/O error is the source, and the message names it.
    let source = std::error::Error::source(&error).expect("the I/O error");
    assert_eq!(source.to_string(), "device gone");
    assert_eq!(error.line(), 1);
}

/// A line that is not UTF-8 is a bad line like any other: reported by
/// number, and reading goes on.
#[test]
fn a_line_that_is_not_utf8_is_reported_and_reading_goes_on() {
    let text = include_str!("data/dataset/ingredients.jsonl");
    let mut bytes = b"# header\n\xff\xfe not text\n".to_vec();
    bytes.extend_from_slice(text.as_bytes());
    let results: Vec<_> = read_jsonl(bytes.as_slice()).collect();
    let error = results[0].as_ref().unwrap_err();
    assert_eq!(error.line(), 2);
    assert!(matches!(
        error.kind(),
        hermetica::ErrorKind::InvalidUtf8 { .. }
    ));
    assert_eq!(
        results.iter().filter(|r| r.is_ok()).count(),
        text.lines().filter(|l| l.starts_with('{')).count()
    );
}

/// A write error has no place in a text: its message stands alone, with
/// no ` --> 1:1` snippet, and the I/O error is its source.
#[test]
fn a_write_error_shows_no_snippet_and_keeps_its_source() {
    struct Full;
    impl std::io::Write for Full {
        fn write(&mut self, _: &[u8]) -> std::io::Result<usize> {
            Err(std::io::Error::new(
                std::io::ErrorKind::StorageFull,
                "disk full",
            ))
        }
        fn flush(&mut self) -> std::io::Result<()> {
            Ok(())
        }
    }
    let (_, records) = own();
    for error in [
        write_jsonl(Full, &[], &records).unwrap_err(),
        write_csv(Full, &records).unwrap_err(),
    ] {
        assert!(!error.has_position());
        assert!(!error.to_string().contains("-->"), "{error}");
        assert!(error.to_string().contains("disk full"), "{error}");
        assert!(std::error::Error::source(&error).is_some());
    }
}

/// Issue 19: CSV turned an empty canonical name into null. Null, the empty
/// string and names that start with a quote now all come back as written.
#[test]
fn csv_keeps_an_empty_canonical_name_apart_from_null() {
    let (_, records) = own();
    let names = [
        None,
        Some(""),
        Some("Calcifediol"),
        Some("\"Quoted\" name"),
        Some("\""),
    ];
    let variants: Vec<IngredientRecord> = names
        .iter()
        .map(|name| {
            let mut record = records[0].clone();
            record.canonical_name = name.map(str::to_owned);
            record
        })
        .collect();
    csv_gives_back(&variants);
    // Null is an empty cell, so a spreadsheet shows nothing there.
    let mut out = Vec::new();
    write_csv(&mut out, &variants[..1]).unwrap();
    let text = String::from_utf8(out).unwrap();
    let row = text.lines().nth(1).unwrap();
    assert!(
        row.starts_with(&format!(
            "{},{},,",
            records[0].ingredient_key, records[0].ingredient_name
        )),
        "{row}"
    );
}
