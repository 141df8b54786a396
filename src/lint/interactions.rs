//! Checks of an interaction database file (JSONL), each with a stable
//! code like the page checks: every record is read, and each finding
//! points at the line of the record (and at the field, where there is
//! one).

use std::collections::HashMap;
use std::ops::Range;

use super::{Diagnostic, Severity};
use crate::dataset::{InteractionRecord, InteractionSeverity, read_interactions};

/// The label a verdict of each severity starts with, after its emoji; the
/// publisher writes one template per severity. Safe and beneficial
/// verdicts have none on record, and are not checked.
const VERDICT_LABELS: [(InteractionSeverity, &str); 4] = [
    (
        InteractionSeverity::Contraindicated,
        "STOP — Contraindicated.",
    ),
    (InteractionSeverity::Major, "CAUTION — Major interaction"),
    (InteractionSeverity::Moderate, "USE CAUTION —"),
    (InteractionSeverity::Minor, "LOW RISK —"),
];

/// Checks an interaction database file.
///
/// | code | name | level | what |
/// |---|---|---|---|
/// | I000 | record-error | error | a line is not an interaction record |
/// | I001 | url-pair | warning | the URL does not name the record's pair, in its order |
/// | I002 | pair-order | warning | the pair is not stored with the smaller slug first |
/// | I003 | verdict-label | warning | the verdict does not start with its severity's label |
/// | I004 | duplicate-pair | warning | a pair already has a record |
/// | I005 | self-interaction | error | both substances are one |
///
/// ```
/// let file = concat!(
///     "# interactions\n",
///     r#"{"id":1,"substance_a_slug":"warfarin","substance_a_name":"Warfarin","substance_b_slug":"ginkgo","#,
///     r#""substance_b_name":"Ginkgo","severity":"major","evidence_level":"moderate","mechanism":"m","#,
///     r#""verdict_summary":"🟠 CAUTION — Major interaction. Avoid it.","plain_english":"p","#,
///     r#""url":"https://example.org/interactions/ginkgo/warfarin","updated_at":"2026-03-13T19:27:33.3789+00:00"}"#,
///     "\n",
/// );
/// let codes: Vec<&str> = hermetica::lint::lint_interactions(file).iter().map(|d| d.code).collect();
/// assert_eq!(codes, ["I001", "I002"]);
/// ```
pub fn lint_interactions(file: &str) -> Vec<Diagnostic> {
    let mut out = Vec::new();
    let lines = line_starts(file);
    // The first line of each pair, by its slugs in order.
    let mut pairs: HashMap<(String, String), usize> = HashMap::new();
    let mut records = read_interactions(file.as_bytes());
    while let Some(read) = records.next() {
        let number = records.line();
        let line = line_span(file, &lines, number);
        let text = file.get(line.clone()).unwrap_or_default();
        let record = match read {
            Ok(record) => record,
            Err(error) => {
                out.push(Diagnostic::new(
                    "I000",
                    "record-error",
                    Severity::Error,
                    error.kind().to_string(),
                    line,
                ));
                continue;
            }
        };
        let at =
            |field: &str| field_span(text, field).map_or(line.clone(), |r| shift(r, line.start));
        check_record(&record, &at, &mut out);
        let key = ordered(&record);
        match pairs.get(&key) {
            Some(first) => out.push(Diagnostic::new(
                "I004",
                "duplicate-pair",
                Severity::Warning,
                format!(
                    "the pair {} and {} already has a record, on line {first}",
                    key.0, key.1
                ),
                line,
            )),
            None => {
                pairs.insert(key, number);
            }
        }
    }
    out
}

/// The checks of one record; `at` gives the span of a field's value.
fn check_record(
    record: &InteractionRecord,
    at: &dyn Fn(&str) -> Range<usize>,
    out: &mut Vec<Diagnostic>,
) {
    let (a, b) = (&record.a.slug, &record.b.slug);
    if a == b {
        out.push(Diagnostic::new(
            "I005",
            "self-interaction",
            Severity::Error,
            format!("both substances are `{a}`"),
            at("substance_b_slug"),
        ));
        return;
    }
    if !record.url_matches_pair() {
        out.push(Diagnostic::new(
            "I001",
            "url-pair",
            Severity::Warning,
            format!(
                "the URL's path is `{}`, not the pair's `{}`",
                record.url.path(),
                record.expected_path()
            ),
            at("url"),
        ));
    }
    if !record.is_ordered() {
        out.push(Diagnostic::new(
            "I002",
            "pair-order",
            Severity::Warning,
            format!("the pair is stored as `{a}`, `{b}`: the smaller slug comes first"),
            at("substance_a_slug"),
        ));
    }
    if let Some((_, label)) = VERDICT_LABELS.iter().find(|(s, _)| *s == record.severity) {
        // The verdict opens with an emoji and a space, then the label.
        let verdict = record
            .verdict_summary
            .trim_start_matches(|c: char| !c.is_alphanumeric());
        if !verdict.starts_with(label) {
            out.push(Diagnostic::new(
                "I003",
                "verdict-label",
                Severity::Warning,
                format!("a {} verdict starts with `{label}`", record.severity),
                at("verdict_summary"),
            ));
        }
    }
}

/// The pair's slugs, smaller first.
fn ordered(record: &InteractionRecord) -> (String, String) {
    let (a, b) = (record.a.slug.clone(), record.b.slug.clone());
    if a <= b { (a, b) } else { (b, a) }
}

/// Where each line starts.
fn line_starts(file: &str) -> Vec<usize> {
    std::iter::once(0)
        .chain(memchr::memchr_iter(b'\n', file.as_bytes()).map(|i| i + 1))
        .collect()
}

/// The byte range of line `number` (1-based), without its line ending.
fn line_span(file: &str, starts: &[usize], number: usize) -> Range<usize> {
    let start = starts
        .get(number.saturating_sub(1))
        .copied()
        .unwrap_or(file.len());
    let end = starts.get(number).map_or(file.len(), |next| next - 1);
    let text = file.get(start..end.max(start)).unwrap_or_default();
    start..start + text.trim_end_matches('\r').len()
}

/// The span of a string field's value in a record's line: the text after
/// `"field":"` (the data is compact JSON).
fn field_span(line: &str, field: &str) -> Option<Range<usize>> {
    let key = format!("\"{field}\":\"");
    let start = line.find(&key)? + key.len();
    Some(start..start)
}

fn shift(range: Range<usize>, by: usize) -> Range<usize> {
    range.start + by..range.end + by
}
