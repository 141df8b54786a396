//! Linear time: the work on 1 MB of a hostile kind of input is at most 20
//! times the work on 100 KB of the same kind (the ratio, not absolute
//! time, is asserted). Alone in its test binary so that no other test
//! competes for the machine while it measures; each size is timed three
//! times and the fastest run counts, since a busy machine only ever adds
//! time.

use std::time::{Duration, Instant};

mod util;

use util::hostile::{HEAD, exercise, hostile};

fn timed(text: &str) -> Duration {
    (0..3)
        .map(|_| {
            let start = Instant::now();
            exercise(text);
            start.elapsed()
        })
        .min()
        .unwrap_or_default()
}

const KINDS: &[(&str, &str, &str)] = &[
    ("headings", "# Hostile\n\n", "## h\n"),
    (
        "bullets",
        "# Hostile\n\n## Health Benefits\n\n",
        "• eases (in vitro, PMID: 1)\n",
    ),
    ("open parentheses", HEAD, "("),
    ("open brackets", HEAD, "["),
    ("half links", HEAD, "[a]("),
    ("ranges", HEAD, "1-"),
    ("numbers", HEAD, "12 "),
    ("sample sizes", HEAD, "n=1 "),
    ("p-values", HEAD, "p<.05 "),
    ("pmids", HEAD, "PMID: 1 "),
    ("urls", HEAD, "https://"),
    ("dois", HEAD, "10.1234/"),
    ("author years", HEAD, "A et al. "),
    ("comparators", HEAD, "approximately up to "),
    ("long line", HEAD, "word "),
    ("spaces", HEAD, " "),
    ("digits", HEAD, "9"),
    ("table rows", HEAD, "|a|b|\n"),
    ("fields", "# Hostile\n\n", "**K:** v\n"),
    ("blank lines", HEAD, "\n"),
    ("crlf", HEAD, "x\r\n"),
    ("nul bytes", HEAD, "\0"),
    ("formulas", HEAD, "CH"),
    ("sentences", HEAD, "No human trials exist. "),
];

#[test]
fn work_grows_linearly_with_hostile_input() {
    for (name, head, unit) in KINDS {
        let small = hostile(head, unit, 100_000);
        let large = hostile(head, unit, 1_000_000);
        let (t_small, t_large) = (timed(&small), timed(&large));
        let ratio = t_large.as_secs_f64() / t_small.as_secs_f64().max(1e-6);
        println!("{name}: 100 KB {t_small:?}, 1 MB {t_large:?}, ratio {ratio:.1}");
        assert!(
            ratio <= 20.0,
            "{name}: 1 MB takes {ratio:.1}× as long as 100 KB"
        );
    }
}
