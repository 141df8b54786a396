//! An analysis reads the page it was given: every span it reports slices
//! that text, on pages with CRLF and mixed line endings too, and lint,
//! which reads one analysis, points at the lines of the input.

use hermetica::{Analysis, StudyModel, Warning, analyze};

/// A page of ours with CRLF line endings in the head and LF in the body,
/// with one CRLF line among them: what an edited file can look like.
const MIXED: &str = "# Moringa\r\n\r\n**Canonical URL:** https://example.org/ingredients/moringa\r\n\
    **Evidence Score:** 4 / 10\r\n**Leaf Colour:** green\r\n\r\n## Overview\r\n\r\n\
    Dried leaf is taken at 2–4 g daily in small trials (PMID: 31234567), \
    see [blood sugar](/ingredients/condition/blood-sugar).\n\n\
    ## Nutritional Profile\n\nMolecular weight: 180.16 g/mol (C9H8O4). \
    Rats received 50 mg/kg for 4 weeks.\r\n\n\
    ## Health Benefits\n\nCalms.\n";

#[test]
fn every_span_slices_the_input() {
    let analysis = analyze(MIXED).unwrap();
    assert_eq!(analysis.page(), MIXED);
    let at = |span: std::ops::Range<usize>| &MIXED[span];

    let quantities = analysis.quantities();
    let texts: Vec<&str> = quantities.iter().map(|q| at(q.span.clone())).collect();
    assert_eq!(
        texts,
        ["2–4 g daily", "180.16 g/mol", "50 mg/kg", "4 weeks"]
    );
    assert!(quantities.iter().all(|q| q.span == q.value.span));
    assert_eq!(quantities[0].section, "Overview");
    assert_eq!(quantities[2].section, "Nutritional Profile");

    let citations = analysis.citations();
    assert_eq!(at(citations[0].span.clone()), "PMID: 31234567");
    let links = analysis.resolved_links();
    assert_eq!(
        at(links[0].span.clone()),
        "[blood sugar](/ingredients/condition/blood-sugar)"
    );
    assert_eq!(links[0].value.condition(), Some("blood-sugar"));

    let profile = analysis.profile();
    assert_eq!(at(profile.formula.unwrap().span), "C9H8O4");
    let doses: Vec<(&str, StudyModel)> = profile
        .doses
        .iter()
        .map(|d| (at(d.span.clone()), d.value.model))
        .collect();
    assert!(
        doses.contains(&("50 mg/kg", StudyModel::Animal)),
        "{doses:?}"
    );

    let warnings = analysis.warnings();
    let found: Vec<(&Warning, &str)> = warnings
        .iter()
        .map(|w| (&w.value, at(w.span.clone())))
        .collect();
    assert_eq!(found.len(), 2, "{found:?}");
    assert_eq!(found[0].1, "**Leaf Colour:**");
    assert_eq!(found[1].1, "## Health Benefits");
}

#[test]
fn lint_points_at_the_lines_of_the_input() {
    let today = chrono::NaiveDate::from_ymd_opt(2026, 12, 1).unwrap();
    let found: Vec<(&str, (usize, usize))> = hermetica::lint::lint(MIXED, today)
        .iter()
        .map(|d| (d.code, d.line_column(MIXED)))
        .collect();
    // `Updated` and `Category` are missing (at the top); the unknown key is
    // on line 5; the score on line 4, after `**Evidence Score:** `; the
    // untyped Health Benefits heading on line 15 (LF and CRLF lines
    // counted alike).
    assert!(found.contains(&("H011", (5, 1))), "{found:?}");
    assert!(found.contains(&("H001", (4, 21))), "{found:?}");
    assert!(found.contains(&("H010", (15, 1))), "{found:?}");
}

#[test]
fn an_edited_entry_is_analysed_from_its_rendering() {
    let mut entry = hermetica::parse(MIXED).unwrap();
    entry.title = "Moringa oleifera".into();
    let analysis = Analysis::from_entry(&entry).unwrap();
    assert!(analysis.page().starts_with("# Moringa oleifera\r\n"));
    assert_eq!(analysis.entry(), &entry);
    let q = &analysis.quantities()[0];
    assert_eq!(&analysis.page()[q.span.clone()], "2–4 g daily");
}
