//! Linear time: the work on 512 KB of a hostile kind of input is at most
//! 20 times the work on 64 KB of the same kind: 8 times when linear, 64
//! when quadratic (the ratio, not absolute time, is asserted). Every public
//! path on a page is exercised (`util::hostile::exercise`). Alone in its
//! test binary so that no other test competes for the machine while it
//! measures.
//!
//! A busy machine only ever adds time, and it can stay busy for longer
//! than one run, so the two sizes are timed in alternating rounds and the
//! fastest run of each size counts. Measuring stops once two rounds are
//! done and the ratio is within the bound, and fails after seven: input
//! that really takes quadratic time gives a ratio near 64 in every round.

use std::time::{Duration, Instant};

mod util;

use util::hostile::{HEAD, exercise, hostile};

/// The bound on the ratio of the large time to the small time.
const BOUND: f64 = 20.0;

/// The two sizes, in bytes.
const SMALL: usize = 64 << 10;
const LARGE: usize = 512 << 10;

/// The time of one run of everything on `text`: runs are repeated for at
/// least 20 ms, so that a kind that takes well under a millisecond is not
/// measured at the clock's and the scheduler's grain.
fn time(text: &str) -> Duration {
    let start = Instant::now();
    let mut runs = 0;
    while runs == 0 || start.elapsed() < Duration::from_millis(20) {
        exercise(text);
        runs += 1;
    }
    start.elapsed() / runs
}

/// The fastest times seen for the small and the large input, and their
/// ratio, after alternating rounds.
fn measure(small: &str, large: &str) -> (Duration, Duration, f64) {
    let (mut t_small, mut t_large) = (Duration::MAX, Duration::MAX);
    let mut ratio = f64::INFINITY;
    for round in 1..=7 {
        t_small = t_small.min(time(small));
        t_large = t_large.min(time(large));
        ratio = t_large.as_secs_f64() / t_small.as_secs_f64().max(1e-6);
        if round >= 2 && ratio <= BOUND {
            break;
        }
    }
    (t_small, t_large, ratio)
}

/// Each kind: its name, the page head, the unit repeated to the size, and
/// a tail after the run (what makes a long candidate fail at its end).
/// A whole ingredient record but its closing brace.
const RECORD_HEAD: &str = concat!(
    r#"{"ingredient_key":"a","ingredient_name":"A","canonical_name":null,"category_primary":"P","#,
    r#""category_group":"G","evidence_score":4,"short_answer":"s","health_benefits":"h","#,
    r#""mechanism_of_action":"m","clinical_summary":"c","also_known_as":[],"#,
    r#""updated_at":"2026-03-29T01:00:57.085+00:00""#
);

const KINDS: &[(&str, &str, &str, &str)] = &[
    ("headings", "# Hostile\n\n", "## h\n", ""),
    (
        "bullets",
        "# Hostile\n\n## Health Benefits\n\n",
        "• eases (in vitro, PMID: 1)\n",
        "",
    ),
    ("open parentheses", HEAD, "(", ""),
    ("open brackets", HEAD, "[", ""),
    ("half links", HEAD, "[a](", ""),
    ("ranges", HEAD, "1-", ""),
    ("numbers", HEAD, "12 ", ""),
    ("sample sizes", HEAD, "n=1 ", ""),
    ("p-values", HEAD, "p<.05 ", ""),
    ("pmids", HEAD, "PMID: 1 ", ""),
    ("urls", HEAD, "https://", ""),
    ("dois", HEAD, "10.1234/", ""),
    ("author years", HEAD, "A et al. ", ""),
    ("comparators", HEAD, "approximately up to ", ""),
    ("long line", HEAD, "word ", ""),
    ("spaces", HEAD, " ", ""),
    ("digits", HEAD, "9", ""),
    ("table rows", HEAD, "|a|b|\n", ""),
    ("fields", "# Hostile\n\n", "**K:** v\n", ""),
    ("blank lines", HEAD, "\n", ""),
    ("crlf", HEAD, "x\r\n", ""),
    ("nul bytes", HEAD, "\0", ""),
    ("formulas", HEAD, "CH", ""),
    ("sentences", HEAD, "No human trials exist. ", ""),
    // A failed candidate is never read again: each of these starts a
    // candidate at every repeat that reads to the end of the run and fails.
    ("doi starts", HEAD, "10.", ""),
    ("doi starts before a slash", HEAD, "10.1", "/"),
    ("formula run ending in a non-element", HEAD, "CH", "Xq"),
    ("formula run of two-letter elements", HEAD, "Ca", "Qq"),
    ("number words", HEAD, "eight weeks ", ""),
    ("number words with hyphens", HEAD, "twenty-one days ", ""),
    ("dose words", HEAD, "two capsules twice ", ""),
    ("author names", HEAD, "Smith and ", ""),
    ("code spans", HEAD, "`https://doi.org/10.1/x", ""),
    ("template urls", HEAD, "https://{x}", ""),
    ("emphasis", HEAD, "*a https://x.org/", ""),
    ("links in a line", HEAD, "[a](b) ", ""),
    ("aliases", "# Hostile\n\n**Also Known As:** ", "a, ", "\n"),
    ("unknown keys", "# Hostile\n\n", "**K:** v\n**J:** w\n", ""),
    ("jsonl records", "", "{\"ingredient_key\": \"a\"}\n", ""),
    // One record with ever more fields the crate does not know, each kept
    // and written back in place.
    ("unknown fields", RECORD_HEAD, ",\"k\":[1]", "}\n"),
    (
        "csv rows",
        "ingredient_key,ingredient_name\n",
        "a,\"b\"\"c\"\n",
        "",
    ),
    (
        "benefit doses",
        "# Hostile\n\n## Health Benefits\n\n",
        "• 5 mg/kg in cell culture (in vitro)\n",
        "",
    ),
];

#[test]
fn work_grows_linearly_with_hostile_input() {
    let mut quadratic = Vec::new();
    for (name, head, unit, tail) in KINDS {
        let small = hostile(head, unit, SMALL) + tail;
        let large = hostile(head, unit, LARGE) + tail;
        let (t_small, t_large, ratio) = measure(&small, &large);
        println!("{name}: small {t_small:?}, large {t_large:?}, ratio {ratio:.1}");
        if ratio > BOUND {
            quadratic.push(format!("{name}: 512 KB takes {ratio:.1}× as long as 64 KB"));
        }
    }
    assert!(quadratic.is_empty(), "{}", quadratic.join("\n"));
}
