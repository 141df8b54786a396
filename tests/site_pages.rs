//! The site's pages besides entries, on pages we wrote in the site's
//! layout with the site's figures (`tests/data/site/`): each page's kind,
//! its address, the index page's figures, and lint that checks each kind
//! for what it should hold.

use hermetica::dataset::{InteractionIndexPage, InteractionSeverity};
use hermetica::{Entry, PageKind};

const INDEX: &str = include_str!("data/site/interactions.md");
const METHODOLOGY: &str = include_str!("data/site/methodology.md");

fn entry(page: &str) -> Entry {
    page.parse()
        .unwrap_or_else(|e| panic!("the page parses:\n{e}"))
}

fn lint(page: &str) -> Vec<hermetica::lint::Diagnostic> {
    hermetica::lint::lint(page, chrono::NaiveDate::from_ymd_opt(2026, 6, 1).unwrap())
}

fn codes(page: &str) -> Vec<&'static str> {
    lint(page).iter().map(|d| d.code).collect()
}

#[test]
fn each_page_is_read_with_its_kind_and_address() {
    let index = entry(INDEX);
    let methodology = entry(METHODOLOGY);
    assert_eq!(PageKind::of(&index), PageKind::InteractionIndex);
    assert_eq!(PageKind::of(&methodology), PageKind::SitePage);
    // `**URL:**` is the page's canonical URL, and renders back as `URL`.
    assert_eq!(
        methodology.canonical_url().map(|u| u.as_str()),
        Some("https://ingredients.hermeticasuperfoods.com/methodology")
    );
    assert!(matches!(
        methodology.metadata[0],
        hermetica::MetaLine::Url(_)
    ));
    assert_eq!(methodology.to_string(), METHODOLOGY);
    assert_eq!(index.to_string(), INDEX);
    // An entry's address makes an entry; a pair's page is another page.
    let at = |path: &str| METHODOLOGY.replace("/methodology\n", &format!("{path}\n"));
    assert_eq!(
        PageKind::of(&entry(&at("/ingredients/ginger"))),
        PageKind::Ingredient
    );
    assert_eq!(
        PageKind::of(&entry(&at("/interactions/ginkgo/warfarin"))),
        PageKind::SitePage
    );
    assert_eq!(
        PageKind::of(&entry(&at("/interactions/"))),
        PageKind::InteractionIndex
    );
    assert_eq!(PageKind::InteractionIndex.to_string(), "interaction_index");
}

#[test]
fn the_index_page_s_figures_are_typed() {
    let page = InteractionIndexPage::from_entry(&entry(INDEX)).unwrap();
    assert_eq!(page.total_interactions, Some(121_278));
    assert_eq!(page.total_substances, Some(493));
    // The counts come from the table of counts, not from the scale below
    // it, which names the severities but counts none.
    assert_eq!(
        page.by_severity,
        [
            (InteractionSeverity::Contraindicated, 63),
            (InteractionSeverity::Major, 284),
            (InteractionSeverity::Moderate, 257),
            (InteractionSeverity::Minor, 29),
            (InteractionSeverity::Safe, 120_645),
        ]
    );
    assert_eq!(page.count(InteractionSeverity::Beneficial), None);
    assert_eq!(page.severity_total(), 121_278);
    assert_eq!(page.adds_up(), Some(true));
    // A page without the figures has none.
    let other = InteractionIndexPage::from_entry(&entry(METHODOLOGY)).unwrap();
    assert_eq!((other.total_interactions, other.adds_up()), (None, None));
}

#[test]
fn site_pages_lint_clean_and_entry_checks_stay_on_entries() {
    assert_eq!(codes(INDEX), Vec::<&str>::new());
    assert_eq!(codes(METHODOLOGY), Vec::<&str>::new());
    // The same pages under an entry's address are checked as entries, and
    // lack an entry's parts.
    let as_entry = METHODOLOGY.replace("/methodology\n", "/ingredients/scores\n");
    let found = codes(&as_entry);
    assert!(
        found.iter().filter(|c| **c == "H008").count() >= 3,
        "{found:?}"
    );
    let as_entry = INDEX.replace("/interactions\n", "/ingredients/pairs\n");
    let found = codes(&as_entry);
    assert!(
        found.contains(&"H008") && found.contains(&"H011"),
        "{found:?}"
    );
    // The checks of any page still run on site pages.
    let future = METHODOLOGY.replace("/methodology\n", "/methodology\n**Updated:** 2027-01-01\n");
    assert_eq!(codes(&future), ["H009"]);
    let inverted = METHODOLOGY.replace("n=1,200", "n=1,200 over 12–8 weeks");
    assert_eq!(codes(&inverted), ["H003"]);
}

#[test]
fn the_index_page_s_counts_must_add_up_to_its_total() {
    let off_by_one = INDEX.replace("| CONTRAINDICATED | 63 |", "| CONTRAINDICATED | 62 |");
    let found = lint(&off_by_one);
    assert_eq!(found.len(), 1, "{found:?}");
    let rendered = found[0].render("interactions.md", &off_by_one);
    assert!(
        rendered.starts_with(
            "warning[H013]: the counts by severity add up to 121,277, not to the stated total 121,278\n --> interactions.md:4:25"
        ),
        "{rendered}"
    );
    let messages =
        |page: &str| -> Vec<String> { lint(page).into_iter().map(|d| d.message).collect() };
    let unreadable = INDEX.replace(
        "**Total Interactions:** 121,278",
        "**Total Interactions:** lots",
    );
    assert_eq!(
        messages(&unreadable),
        ["invalid Total Interactions \"lots\": expected a count such as `121,278`"]
    );
    let counts = INDEX
        .find("| Severity | Count |")
        .zip(INDEX.find("## Looking Up a Pair"))
        .expect("the table of counts");
    let without_table = format!("{}{}", &INDEX[..counts.0], &INDEX[counts.1..]);
    assert_eq!(
        messages(&without_table),
        ["the index page has no table of counts by severity"]
    );
    let bad_substances = INDEX.replace("**Total Substances:** 493", "**Total Substances:** many");
    let found = lint(&bad_substances);
    assert_eq!(found.len(), 1, "{found:?}");
    assert_eq!(
        found[0].line_column(&bad_substances),
        (5, 23),
        "at the value that failed"
    );
    let without_total = INDEX.replace("**Total Interactions:** 121,278\n", "");
    // Without its total, the page is known as the index by its address.
    assert_eq!(
        messages(&without_total),
        ["the index page does not state `Total Interactions`"]
    );
}
