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

/// Our records with fields the crate does not know, at the start, in the
/// middle and at the end, one of them an object; the second record leaves
/// out the optional `canonical_name`.
const NEW_FIELDS: &str = include_str!("data/dataset/new_fields.jsonl");

/// Each line of `text` that holds a record.
fn record_lines(text: &str) -> Vec<&str> {
    text.lines().filter(|l| l.starts_with('{')).collect()
}

#[test]
fn unknown_fields_are_kept_in_place_and_written_back_byte_for_byte() {
    let (text, records) = read(NEW_FIELDS.to_owned());
    assert_eq!(records.len(), 2);
    let first = &records[0].unknown;
    let found: Vec<_> = first
        .iter()
        .map(|f| (f.name(), f.json(), f.after()))
        .collect();
    assert_eq!(
        found,
        [
            ("record_version", "3", None),
            (
                "pubmed_ids",
                "[20000001,20000002]",
                Some("mechanism_of_action")
            ),
            ("citation_count", "12", Some("updated_at")),
            (
                "sources",
                r#"{"primary":"trial registry","note":"checked — twice → ok"}"#,
                Some("updated_at")
            ),
        ]
    );
    assert_eq!(records[1].canonical_name, None);
    assert_eq!(
        records[1].unknown.omitted().collect::<Vec<_>>(),
        ["canonical_name"]
    );
    assert_eq!(
        records[0].unknown.omitted().count(),
        0,
        "null is not left out"
    );

    let mut out = Vec::new();
    write_jsonl(&mut out, &[], &records).unwrap();
    assert_eq!(
        String::from_utf8(out).unwrap().lines().collect::<Vec<_>>(),
        record_lines(&text)
    );
}

#[test]
fn unknown_fields_survive_the_page_form() {
    let (_, records) = read(NEW_FIELDS.to_owned());
    for record in &records {
        let entry = record.to_entry().unwrap();
        assert_eq!(&IngredientRecord::from_entry(&entry).unwrap(), record);
    }
    let page = records[0].to_page();
    assert!(
        page.contains(
            "**Record Field:** {\"pubmed_ids\":[20000001,20000002]} after mechanism_of_action\n"
        ),
        "{page}"
    );
    assert!(page.contains("**Record Field:** {\"record_version\":3} first\n"));
    assert!(
        records[1]
            .to_page()
            .contains("**Omitted Field:** canonical_name\n")
    );
    // A page whose record line is broken says which line and why.
    let broken = page.replace("} after mechanism_of_action", "} after no_such_field");
    let entry: hermetica::Entry = broken.parse().unwrap();
    let error = IngredientRecord::from_entry(&entry).unwrap_err();
    assert!(error.to_string().contains("`Record Field` line"), "{error}");
    assert!(error.to_string().contains("names no field"), "{error}");
    let known = page.replace("{\"record_version\":3}", "{\"evidence_score\":9}");
    let error = IngredientRecord::from_entry(&known.parse().unwrap()).unwrap_err();
    assert!(
        error.to_string().contains("a field the record knows"),
        "{error}"
    );
}

#[test]
fn unknown_fields_can_be_added_and_removed() {
    let (_, mut records) = own();
    let record = &mut records[0];
    record
        .unknown
        .push("citation_count", "41", Some("clinical_summary"))
        .unwrap();
    assert!(record.unknown.push("bad", "{not json", None).is_err());
    let line = serde_json::to_string(&*record).unwrap();
    assert!(
        line.contains(r#""clinical_summary":"#)
            && line.contains(r#","citation_count":41,"also_known_as":"#),
        "{line}"
    );
    assert!(record.unknown.remove("citation_count"));
    assert!(!record.unknown.remove("citation_count"));
    assert_eq!(record, &own().1[0]);

    // Writing refuses a field the line could not hold, naming the record:
    // one under a known name (it would not read back), and one placed
    // after a name the record does not have (it has no place).
    let refusal = |record: &IngredientRecord| {
        let error = write_jsonl(Vec::new(), &[], [record]).unwrap_err();
        assert!(
            matches!(error.kind(), hermetica::ErrorKind::InvalidValue { .. }),
            "a refusal, not an I/O error: {error}"
        );
        assert!(error.to_string().contains("record 1:"), "{error}");
        error.to_string()
    };
    record.unknown.push("evidence_score", "9", None).unwrap();
    let message = refusal(record);
    assert!(
        message.contains("`evidence_score` has the name of a known field"),
        "{message}"
    );
    record.unknown.remove("evidence_score");
    record
        .unknown
        .push("tag", "1", Some("no_such_field"))
        .unwrap();
    let message = refusal(record);
    assert!(
        message.contains("placed after `no_such_field`, which is no field"),
        "{message}"
    );
    record.unknown.remove("tag");
    // A record is one line: line breaks between a value's tokens go.
    record
        .unknown
        .push("scores", "[1,\n2,\r\n3]", None)
        .unwrap();
    assert_eq!(record.unknown.get("scores").unwrap().json(), "[1,2,3]");
    assert!(
        record.unknown.push("two", "1\n2", None).is_err(),
        "not one value"
    );
    record.unknown.remove("scores");
    // JSONL keeps a field given twice; a CSV row has one cell per name.
    record.unknown.push("tag", "1", None).unwrap();
    record.unknown.push("tag", "2", None).unwrap();
    let line = serde_json::to_string(&*record).unwrap();
    assert!(line.starts_with(r#"{"tag":1,"tag":2,"#), "{line}");
    assert_eq!(&read(line).1[0], &*record);
    let error = write_csv(Vec::new(), [&*record]).unwrap_err();
    assert!(error.to_string().contains("has the field twice"), "{error}");
}

#[test]
fn a_missing_required_field_names_the_line_and_the_field() {
    let line = record_lines(NEW_FIELDS)[1];
    let without = line.replace(r#""category_group":"Herb","#, "");
    let text = format!("# header\n{line}\n{without}\n");
    let results: Vec<_> = read_jsonl(text.as_bytes()).collect();
    assert!(results[0].is_ok());
    let error = results[1].as_ref().unwrap_err();
    assert_eq!(error.line(), 3);
    assert!(
        error.to_string().contains("missing field `category_group`"),
        "{error}"
    );
}

#[test]
fn csv_keeps_unknown_fields_in_their_columns() {
    let (_, records) = read(NEW_FIELDS.to_owned());
    let mut out = Vec::new();
    write_csv(&mut out, &records).unwrap();
    let text = String::from_utf8(out).unwrap();
    let header = text.lines().next().unwrap();
    assert_eq!(
        header,
        "record_version,ingredient_key,ingredient_name,canonical_name,category_primary,\
         category_group,evidence_score,short_answer,health_benefits,mechanism_of_action,\
         pubmed_ids,clinical_summary,also_known_as,updated_at,citation_count,sources"
    );
    let back: Vec<IngredientRecord> = read_csv(text.as_bytes()).collect::<Result<_, _>>().unwrap();
    // Every unknown field comes back in place, and the second record lacks
    // the ones it lacked; a CSV row has a `canonical_name` cell, so the
    // field left out comes back as null.
    assert_eq!(back[0], records[0]);
    assert_eq!(
        back[1].unknown.iter().map(|f| f.name()).collect::<Vec<_>>(),
        ["pubmed_ids"]
    );
    assert_eq!(back[1].unknown.get("pubmed_ids").unwrap().json(), "[]");
    assert_eq!(back[1].unknown.omitted().count(), 0);
    let mut expected = records[1].clone();
    expected.unknown = back[1].unknown.clone();
    assert_eq!(back[1], expected);
}

#[test]
fn csv_errors_name_the_field_and_the_column() {
    let (_, records) = own();
    let mut out = Vec::new();
    write_csv(&mut out, &records).unwrap();
    let text = String::from_utf8(out).unwrap();
    // A header without a field names it.
    let header = text.lines().next().unwrap();
    let without = text.replacen(header, &header.replace(",category_group", ""), 1);
    let error = read_csv(without.as_bytes()).next().unwrap().unwrap_err();
    assert!(
        error.to_string().contains("CSV header \"category_group\""),
        "{error}"
    );
    // A bad cell names its column, with the value and the line.
    let row = text.lines().nth(1).unwrap();
    let bad_score = row.replacen(",4,", ",eleven,", 1);
    let broken = text.replacen(row, &bad_score, 1);
    let error = read_csv(broken.as_bytes()).next().unwrap().unwrap_err();
    assert_eq!(error.line(), 2);
    assert!(
        error.to_string().contains("evidence_score: eleven"),
        "{error}"
    );
    let broken = text.replacen(&records[0].updated_at.to_string(), "yesterday", 1);
    let error = read_csv(broken.as_bytes()).next().unwrap().unwrap_err();
    assert!(
        error.to_string().contains("updated_at: yesterday"),
        "{error}"
    );
    // A line break in an unknown field's cell does not break its line.
    let mut with_new = records[0].clone();
    with_new.unknown.push("tags", "[1]", None).unwrap();
    let mut out = Vec::new();
    write_csv(&mut out, [&with_new]).unwrap();
    let text = String::from_utf8(out)
        .unwrap()
        .replacen("[1]", "\"[1,\n2]\"", 1);
    let back = read_csv(text.as_bytes()).next().unwrap().unwrap();
    assert_eq!(back.unknown.get("tags").unwrap().json(), "[1,2]");
}

/// Records that each bring a field of their own would make a CSV file grow
/// as the square of their number: past 1,024 such columns it is refused.
#[test]
fn csv_refuses_a_column_per_record() {
    let (_, records) = own();
    let many: Vec<IngredientRecord> = (0..1025)
        .map(|i| {
            let mut record = records[0].clone();
            record
                .unknown
                .push(format!("field_{i}"), "1", None)
                .unwrap();
            record
        })
        .collect();
    let error = write_csv(std::io::sink(), &many).unwrap_err();
    assert!(
        error
            .to_string()
            .contains("more than 1024 different unknown fields"),
        "{error}"
    );
    assert!(write_csv(std::io::sink(), &many[..1024]).is_ok());
}
