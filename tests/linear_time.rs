//! Linear time: the work on 1 MB of a hostile kind of input is at most 20
//! times the work on 100 KB of the same kind (the ratio, not absolute
//! time, is asserted). Alone in its test binary so that no other test
//! competes for the machine while it measures.
//!
//! A busy machine only ever adds time, and it can stay busy for longer
//! than one run, so the two sizes are timed in alternating rounds and the
//! fastest run of each size counts. Measuring stops once three rounds are
//! done and the ratio is within the bound, and fails after seven: input
//! that really takes quadratic time gives a ratio near 100 in every round.

use std::time::{Duration, Instant};

mod util;

use util::hostile::{HEAD, exercise, hostile};

/// The bound on the ratio of the 1 MB time to the 100 KB time.
const BOUND: f64 = 20.0;

fn time(text: &str) -> Duration {
    let start = Instant::now();
    exercise(text);
    start.elapsed()
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
        if round >= 3 && ratio <= BOUND {
            break;
        }
    }
    (t_small, t_large, ratio)
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
        let (t_small, t_large, ratio) = measure(&small, &large);
        println!("{name}: 100 KB {t_small:?}, 1 MB {t_large:?}, ratio {ratio:.1}");
        assert!(
            ratio <= BOUND,
            "{name}: 1 MB takes {ratio:.1}× as long as 100 KB"
        );
    }
}
