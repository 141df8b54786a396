//! The interaction database: records read and written byte for byte, the
//! index, and the checker, on our own records
//! (`tests/data/dataset/interactions.jsonl`) and, in the corpus suite, on
//! the publisher's sample. The expected answers were worked out by hand
//! from the records before the checker was run.

mod util;

use hermetica::dataset::{
    InteractionEvidence, InteractionRecord, InteractionSeverity, Interactions, read_csv_records,
    read_interactions, write_csv, write_jsonl,
};

const OWN: &str = include_str!("data/dataset/interactions.jsonl");

fn read(text: &str) -> Vec<InteractionRecord> {
    read_interactions(text.as_bytes())
        .collect::<Result<Vec<_>, _>>()
        .unwrap_or_else(|e| panic!("the records read:\n{e}"))
}

/// Writing the records after the file's `# ` lines gives back the file.
fn writes_back(text: &str) {
    let records = read(text);
    let header: Vec<&str> = text
        .lines()
        .map_while(|l| l.strip_prefix("# ").or_else(|| l.strip_prefix('#')))
        .collect();
    let mut out = Vec::new();
    write_jsonl(&mut out, &header, &records).unwrap();
    assert!(
        String::from_utf8(out).unwrap() == text,
        "the records are written back byte for byte"
    );
}

#[test]
fn our_records_read_typed() {
    let records = read(OWN);
    assert_eq!(records.len(), 6);
    let first = &records[0];
    assert_eq!(
        (first.a.slug.as_str(), first.a.name.as_str()),
        ("sertraline", "Sertraline")
    );
    assert_eq!(
        (first.b.slug.as_str(), first.b.name.as_str()),
        ("st-johns-wort", "St. Johns Wort")
    );
    assert_eq!(first.severity, InteractionSeverity::Contraindicated);
    assert_eq!(first.evidence_level, InteractionEvidence::Strong);
    assert_eq!(
        first.updated_at.to_string(),
        "2026-03-13T19:27:33.378924+00:00"
    );
    // The pair order and the URL are checked, not assumed: record 4 is
    // stored the other way round.
    let ordered: Vec<u64> = records
        .iter()
        .filter(|r| r.is_ordered())
        .map(|r| r.id)
        .collect();
    assert_eq!(ordered, [1, 2, 3, 5, 6]);
    let matching: Vec<u64> = records
        .iter()
        .filter(|r| r.url_matches_pair())
        .map(|r| r.id)
        .collect();
    assert_eq!(matching, [1, 2, 3, 5, 6]);
    // The texts are prose like any other: quantities and citations.
    let mention = hermetica::quantities(&records[3].mechanism).next().unwrap();
    assert_eq!(mention.text, "about 20%");
    let citation = hermetica::citations(&records[5].mechanism).next().unwrap();
    assert_eq!(citation.text, "PMID: 6940487");
}

#[test]
fn our_records_are_written_back_byte_for_byte() {
    writes_back(OWN);
}

/// Writing the records as CSV and reading them back gives the records.
fn csv_gives_back(records: &[InteractionRecord]) {
    let mut out = Vec::new();
    write_csv(&mut out, records).unwrap();
    let text = String::from_utf8(out).unwrap();
    let back: Vec<InteractionRecord> = read_csv_records(text.as_bytes())
        .collect::<Result<_, _>>()
        .unwrap_or_else(|e| panic!("the rows read back:\n{e}\n{text}"));
    assert_eq!(back, records);
}

#[test]
fn our_records_go_through_csv_and_back() {
    let records = read(OWN);
    csv_gives_back(&records);
    let mut out = Vec::new();
    write_csv(&mut out, &records[..1]).unwrap();
    let text = String::from_utf8(out).unwrap();
    let mut lines = text.lines();
    assert_eq!(
        lines.next().unwrap(),
        "id,substance_a_slug,substance_a_name,substance_b_slug,substance_b_name,severity,\
         evidence_level,mechanism,verdict_summary,plain_english,url,updated_at"
    );
    assert!(lines.next().unwrap().starts_with(
        "1,sertraline,Sertraline,st-johns-wort,St. Johns Wort,contraindicated,strong,"
    ));
    // A bad cell is reported with its row's line and its column.
    let broken = text.replacen("\n1,", "\nseven,", 1);
    let error = read_csv_records::<_, InteractionRecord>(broken.as_bytes())
        .next()
        .unwrap()
        .unwrap_err();
    assert_eq!(error.line(), 2);
    assert!(error.to_string().contains("id: seven"), "{error}");
    // An ingredient header is not an interaction header.
    let ingredients = "ingredient_key,ingredient_name\n";
    assert!(
        read_csv_records::<_, InteractionRecord>(ingredients.as_bytes())
            .next()
            .unwrap()
            .is_err()
    );
}

/// A field the crate does not know, anywhere in the line, is kept and
/// written back in place, through JSONL and through CSV.
#[test]
fn an_interaction_with_new_fields_is_written_back_in_place() {
    let line = OWN.lines().find(|l| l.starts_with('{')).unwrap();
    let with_new = line
        .replacen("{", r#"{"source_version":"2026.3","#, 1)
        .replace(
            r#","url":"#,
            r#","pubmed_ids":[30000001],"citation_count":2,"url":"#,
        );
    let records = read(&with_new);
    let names: Vec<_> = records[0]
        .unknown
        .iter()
        .map(|f| (f.name(), f.after()))
        .collect();
    assert_eq!(
        names,
        [
            ("source_version", None),
            ("pubmed_ids", Some("plain_english")),
            ("citation_count", Some("plain_english")),
        ]
    );
    assert_eq!(serde_json::to_string(&records[0]).unwrap(), with_new);
    csv_gives_back(&records);
    let without_mechanism = line.replacen(r#""mechanism":"#, r#""mechanisms":"#, 1);
    let error = read_interactions(without_mechanism.as_bytes())
        .next()
        .unwrap()
        .unwrap_err();
    assert!(
        error.to_string().contains("missing field `mechanism`"),
        "{error}"
    );
    // A value that does not read is reported at its place in the line,
    // with the value's own reason and no second snippet.
    let bad_time = line.replace("2026-03-13T19:27:33.378924+00:00", "yesterday");
    let error = read_interactions(bad_time.as_bytes())
        .next()
        .unwrap()
        .unwrap_err();
    let shown = error.to_string();
    assert!(
        shown.contains(r#"invalid timestamp \"yesterday\""#),
        "{shown}"
    );
    assert_eq!(shown.matches(" --> ").count(), 1, "{shown}");
    // Columns count characters: the line has `→`, `—` and an emoji before.
    let end_of_value = bad_time.find("yesterday").unwrap() + "yesterday\"".len();
    let column = bad_time[..end_of_value].chars().count();
    assert_eq!(error.column(), column, "{shown}");
}

#[test]
fn a_bad_line_is_reported_by_number_and_reading_goes_on() {
    let text = OWN.replacen("\"severity\":\"major\"", "\"severity\":\"grave\"", 1);
    let results: Vec<_> = read_interactions(text.as_bytes()).collect();
    assert_eq!(results.len(), 6);
    let error = results[1].as_ref().unwrap_err();
    assert_eq!(error.line(), 4);
    assert!(error.to_string().contains("grave"), "{error}");
    assert!(results.iter().filter(|r| r.is_ok()).count() == 5);
}

#[test]
fn the_checker_answers_which_of_a_list_interact() {
    let index = Interactions::from_records(read(OWN));
    // Sertraline with St. John's Wort (by its name, spelt another way) and
    // ginkgo: two records, the contraindicated first; ginkgo with St.
    // John's Wort has none.
    let found = index.check(&["sertraline", "St. John's Wort", "Ginkgo"]);
    let ids: Vec<u64> = found.pairs.iter().map(|r| r.id).collect();
    assert_eq!(ids, [1, 3]);
    assert!(found.unknown.is_empty());
    // Safe and beneficial pairs come last, and are not interactions; a
    // substance no record names is reported as given.
    let found = index.check(&["Warfarin", "ginkgo", "Vitamin C", "iron", "aspirin"]);
    let ids: Vec<u64> = found.pairs.iter().map(|r| r.id).collect();
    assert_eq!(ids, [2, 5, 6]);
    let interacting: Vec<u64> = found.interactions().map(|r| r.id).collect();
    assert_eq!(interacting, [2]);
    assert_eq!(found.unknown, ["aspirin"]);
    // A pair stored the other way round is found both ways.
    let ids: Vec<u64> = index
        .check(&["magnesium", "levothyroxine"])
        .pairs
        .iter()
        .map(|r| r.id)
        .collect();
    assert_eq!(ids, [4]);
    // Everything with one substance.
    let with: Vec<u64> = index
        .with("warfarin")
        .unwrap()
        .iter()
        .map(|r| r.id)
        .collect();
    assert_eq!(with, [2, 5]);
    assert!(index.with("aspirin").is_none());
    // A substance named twice counts once.
    assert_eq!(index.check(&["ginkgo", "Ginkgo"]).pairs.len(), 0);
}

#[test]
fn stats_count_by_severity_and_evidence() {
    let stats = Interactions::from_records(read(OWN)).stats();
    assert_eq!(stats.records, 6);
    assert_eq!(stats.substances, 8);
    for severity in InteractionSeverity::ALL {
        assert_eq!(stats.by_severity.get(&severity), Some(&1), "{severity}");
    }
    assert_eq!(
        stats.by_evidence.get(&InteractionEvidence::Strong),
        Some(&2)
    );
    assert_eq!(
        stats.by_evidence.get(&InteractionEvidence::Moderate),
        Some(&2)
    );
    assert_eq!(
        stats.by_evidence.get(&InteractionEvidence::Limited),
        Some(&2)
    );
}

#[test]
fn severities_are_ordered_by_risk_and_read_in_any_case() {
    let mut names: Vec<InteractionSeverity> = [
        "MINOR",
        "safe",
        "Contraindicated",
        "major",
        "BENEFICIAL",
        "moderate",
    ]
    .iter()
    .map(|n| n.parse().unwrap())
    .collect();
    names.sort();
    assert_eq!(names, InteractionSeverity::ALL);
    assert!("severe".parse::<InteractionSeverity>().is_err());
}

#[test]
#[ignore = "corpus suite: needs ../shared/corpus (cargo test -- --ignored)"]
fn the_sample_is_read_and_written_back_byte_for_byte() {
    let text = util::corpus_file("dataset/interactions.sample.jsonl");
    let records = read(&text);
    assert_eq!(records.len(), 44);
    writes_back(&text);
    // Checked, not assumed: every pair is stored in slug order, under its
    // URL.
    assert!(records.iter().all(InteractionRecord::is_ordered));
    assert!(records.iter().all(InteractionRecord::url_matches_pair));
    csv_gives_back(&records);
    let stats = Interactions::from_records(records.clone()).stats();
    let count = |s| stats.by_severity.get(&s).copied().unwrap_or(0);
    assert_eq!(count(InteractionSeverity::Contraindicated), 10);
    assert_eq!(count(InteractionSeverity::Major), 26);
    assert_eq!(count(InteractionSeverity::Moderate), 7);
    assert_eq!(count(InteractionSeverity::Minor), 1);
    // The first record, read by hand: sertraline with St. John's Wort is
    // contraindicated, on strong evidence.
    let index = Interactions::from_records(records);
    let found = index.check(&["Sertraline", "St Johns Wort"]);
    assert_eq!(found.pairs.len(), 1);
    assert_eq!(found.pairs[0].id, 1);
    assert_eq!(
        found.pairs[0].severity,
        InteractionSeverity::Contraindicated
    );
    assert_eq!(found.pairs[0].evidence_level, InteractionEvidence::Strong);
}

/// Each record check fires on a record written to break it, and on
/// nothing else.
#[test]
fn lint_finds_what_is_wrong_with_a_record() {
    use hermetica::lint::lint_interactions;
    let lines: Vec<&str> = OWN.lines().filter(|l| l.starts_with('{')).collect();
    let codes = |file: &str| -> Vec<(&'static str, usize)> {
        lint_interactions(file)
            .iter()
            .map(|d| (d.code, d.line_column(file).0))
            .collect()
    };
    // Our records: record 4 is stored the other way round (line 6).
    assert_eq!(codes(OWN), [("I001", 6), ("I002", 6)]);
    let clean = [lines[0], lines[1]].join("\n");
    assert_eq!(codes(&clean), []);
    // A verdict without its label; a pair twice; a pair of one; a bad line.
    let relabelled = lines[1].replace("CAUTION — Major interaction", "Be careful");
    let again = lines[0].replace("\"id\":1", "\"id\":99");
    let alone = lines[2].replace(
        "\"substance_a_slug\":\"ginkgo\"",
        "\"substance_a_slug\":\"sertraline\"",
    );
    let file = [lines[0], &relabelled, &again, &alone, "{\"id\":"].join("\n");
    assert_eq!(
        codes(&file),
        [("I003", 2), ("I004", 3), ("I005", 4), ("I000", 5)]
    );
    let duplicate = &lint_interactions(&file)[1];
    assert_eq!(
        duplicate.message,
        "the pair sertraline and st-johns-wort already has a record, on line 1"
    );
}

#[test]
#[ignore = "corpus suite: needs ../shared/corpus (cargo test -- --ignored)"]
fn the_sample_lints_clean() {
    let text = util::corpus_file("dataset/interactions.sample.jsonl");
    assert_eq!(hermetica::lint::lint_interactions(&text), []);
}
