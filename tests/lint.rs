//! Lint checks: each code on a page written to trigger it, and the real
//! page reporting its score/evidence disagreement and nothing else.

mod util;

use chrono::NaiveDate;
use hermetica::lint::{Severity, lint};

fn today() -> NaiveDate {
    NaiveDate::from_ymd_opt(2026, 11, 25).unwrap()
}

fn codes(page: &str) -> Vec<&'static str> {
    lint(page, today()).into_iter().map(|d| d.code).collect()
}

const HEAD: &str = "# Tea\n\n**Canonical URL:** https://example.org/ingredients/tea\n**Updated:** 2026-01-05\n\
    **Evidence Score:** 3 / 10\n**Category:** Herb\n";

fn page(extra_meta: &str, overview: &str) -> String {
    format!(
        "{HEAD}{extra_meta}\n## Overview\n\n{overview}\n\n## Health Benefits\n\n• Calms (animal studies)\n"
    )
}

#[test]
#[ignore = "corpus suite: needs ../shared/corpus (cargo test -- --ignored)"]
fn the_real_page_reports_its_score_and_nothing_false() {
    let text = util::real_page();
    let diagnostics = lint(&text, today());
    assert_eq!(diagnostics.len(), 1, "{diagnostics:#?}");
    let d = &diagnostics[0];
    assert_eq!(
        (d.code, d.name, d.severity),
        ("H001", "score-evidence", Severity::Warning)
    );
    assert!(
        d.message.contains("8 / 10") && d.message.contains("human trials are missing"),
        "{}",
        d.message
    );
    assert_eq!(d.line_column(&text), (6, 21));
    let rendered = d.render("astragaloside-iv.md", &text);
    assert!(
        rendered.contains(" --> astragaloside-iv.md:6:21\n"),
        "{rendered}"
    );
    assert!(
        rendered.contains("6 | **Evidence Score:** 8 / 10\n"),
        "{rendered}"
    );
}

#[test]
fn a_clean_page_has_no_findings() {
    assert_eq!(
        codes(&page(
            "",
            "A leaf steeped in water. Rats tolerate 10 mg/kg."
        )),
        Vec::<&str>::new()
    );
}

#[test]
fn each_check_fires_on_its_case() {
    let cases: [(&str, String); 12] = [
        ("H000", "no title here\n".to_owned()),
        ("H001", page("", "A leaf.").replace("3 / 10", "9 / 10")),
        (
            "H002",
            page("", "Molecular weight: 500.00 g/mol (C41H68O14)."),
        ),
        ("H003", page("", "Doses of 50-10 mg were used.")),
        (
            "H004",
            page("", "Rats were given doses of 10 mg/mL orally."),
        ),
        (
            "H005",
            page("**Also Known As:** Camellia, Cha, camellia\n", "A leaf."),
        ),
        ("H006", page("", "See PMID: PMC3736918.")),
        ("H007", page("", "Buy it [here](/shop/tea).")),
        (
            "H008",
            page("", "A leaf.").replace("**Category:** Herb\n", ""),
        ),
        (
            "H009",
            page("", "A leaf.").replace("2026-01-05", "2027-01-05"),
        ),
        (
            "H010",
            page("", "A leaf.").replace("• Calms (animal studies)", "Calms."),
        ),
        ("H011", page("**Colour:** Green\n", "A leaf.")),
    ];
    for (code, text) in cases {
        let found = codes(&text);
        assert!(found.contains(&code), "{code} on:\n{text}\nfound {found:?}");
    }
}

#[test]
fn a_body_weight_dose_in_cell_culture_is_flagged() {
    let found = codes(&page("", "Cells were exposed to 5 mg/kg in cell culture."));
    assert_eq!(found, ["H004"]);
}

#[test]
fn findings_point_at_what_they_name() {
    let text = page(
        "**Also Known As:** Cha, Camellia, Cha tree, camellia\n**Colour:** Green\n",
        "Doses of 50-10 mg were used.",
    );
    let at = |code: &str| {
        let found = lint(&text, today());
        let d = found.iter().find(|d| d.code == code).expect(code).clone();
        text[d.span].to_owned()
    };
    assert_eq!(at("H005"), "camellia", "the second writing of the alias");
    assert_eq!(at("H011"), "**Colour:**");
    assert_eq!(at("H003"), "50-10 mg");
}
