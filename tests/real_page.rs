//! A whole page: byte-exact round-trips of the page and its variants, on
//! the shipped sample page (ours) and, in the corpus suite, on the real
//! Astragaloside IV page, whose typed fields are checked against what a
//! reader sees.

mod util;

use chrono::NaiveDate;
use hermetica::{Block, FooterLine, Marker, Section, SectionKind, Tier};
use util::{assert_round_trip, real_page};

#[test]
#[ignore = "corpus suite: needs ../shared/corpus (cargo test -- --ignored)"]
fn typed_fields_match_what_a_reader_sees() {
    let page = real_page();
    let entry = assert_round_trip(&page);

    assert_eq!(entry.title, "Astragaloside IV");
    assert_eq!(
        entry.canonical_url().map(|u| u.as_url().as_str()),
        Some("https://ingredients.hermeticasuperfoods.com/ingredients/astragaloside-iv")
    );
    assert_eq!(entry.slug().as_deref(), Some("astragaloside-iv"));
    assert_eq!(
        entry.data_source().map(hermetica::SharedStr::as_str),
        Some("Hermetica Superfoods Ingredient Encyclopedia")
    );
    assert_eq!(entry.updated(), NaiveDate::from_ymd_opt(2026, 3, 19));
    let score = entry.evidence_score().expect("evidence score");
    assert_eq!(score.get(), 8);
    assert_eq!(score.tier(), Tier::Strong);
    assert_eq!(
        entry.category().map(hermetica::SharedStr::as_str),
        Some("Compound")
    );

    let aliases: Vec<&str> = entry.aliases().expect("aliases").iter().collect();
    assert_eq!(aliases.len(), 6);
    assert_eq!(aliases[0], "AS-IV");
    assert!(aliases[1].starts_with("3-O-β-D-xylopyranosyl"));
    assert_eq!(aliases[3], "Astragaloside A4");
    assert_eq!(aliases[5], "AST-IV");

    let kinds: Vec<_> = entry.sections.iter().map(Section::kind).collect();
    assert_eq!(
        kinds,
        SectionKind::ALL.map(Some).to_vec(),
        "12 typed sections in order"
    );

    let benefits = &entry.health_benefits().expect("benefits").items;
    assert_eq!(benefits.len(), 5);
    assert!(benefits.iter().all(|b| b.marker == Marker::Bullet));
    let qualifiers: Vec<_> = benefits.iter().map(|b| b.qualifier.as_deref()).collect();
    assert_eq!(
        qualifiers,
        [
            Some("preclinical evidence only"),
            Some("in vitro studies"),
            Some("cell culture models"),
            Some("animal studies only"),
            Some("traditional use, lacks clinical validation"),
        ]
    );
    assert_eq!(benefits[0].links().count(), 1);
    assert_eq!(
        benefits[0].text.links().next().map(|l| l.target),
        Some("/ingredients/condition/inflammation")
    );

    let links: Vec<_> = entry.links().collect();
    assert_eq!(links.len(), 15);
    assert_eq!(links[0].text, "anti-inflammatory");
    assert_eq!(links[14].target, "/ingredients/condition/antioxidant");

    let faq = &entry.faq().expect("faq").items;
    assert_eq!(faq.len(), 12);
    assert_eq!(
        faq[0].question,
        "Does astragaloside IV actually work in humans or only in lab studies?"
    );
    assert!(faq.iter().all(|item| item.answer.blocks.len() == 1));

    let names = &entry
        .synergistic_combinations()
        .expect("combinations")
        .names;
    assert_eq!(
        names,
        &[
            "Astragalus polysaccharides",
            "Ginsenosides",
            "Quercetin",
            "Resveratrol",
            "Cordyceps"
        ]
    );

    let references = &entry.references().expect("references").sources;
    assert_eq!(references.len(), 1);
    assert_eq!(
        references[0].to_string(),
        "https://pubmed.ncbi.nlm.nih.gov/36638594/"
    );
    assert!(
        matches!(references[0].identifier(), Some(hermetica::Identifier::Pmid(p)) if p.get() == 36638594)
    );

    let footer = entry.footer.as_ref().expect("footer");
    assert_eq!(
        footer.publisher(),
        Some("Hermetica Superfoods Ingredient Encyclopedia")
    );
    assert_eq!(
        footer.site().map(|u| u.as_str()),
        Some("https://ingredients.hermeticasuperfoods.com")
    );
    assert_eq!(footer.license(), Some("CC BY-NC-SA 4.0"));
    assert_eq!(footer.contact(), Some("admin@hermeticasuperfoods.com"));
    assert!(
        footer
            .lines
            .iter()
            .all(|l| !matches!(l, FooterLine::Text(_)))
    );

    assert!(
        !entry.layout.final_newline,
        "the real page has no final newline"
    );
}

fn round_trips_with_crlf_line_endings(page: &str) {
    let page = page.to_owned();
    let crlf = page.replace('\n', "\r\n");
    let entry = assert_round_trip(&crlf);
    assert_eq!(entry.layout.newline, hermetica::Newline::CrLf);
    let lf = assert_round_trip(&page);
    assert_eq!(
        entry.sections, lf.sections,
        "line endings do not change the content"
    );
}

fn round_trips_with_a_final_newline_and_mixed_endings(page: &str) {
    let page = page.to_owned();
    assert_round_trip(&format!("{page}\n"));
    let mixed = page.replacen('\n', "\r\n", 7);
    let entry = assert_round_trip(&mixed);
    assert_eq!(entry.layout.odd_lines, (0..7).collect::<Vec<_>>());
}

/// Files as editors save them: an extra empty line, or a line of spaces,
/// after the footer; spaces after a footer line. The footer and the typed
/// References are kept, and lint reports nothing new.
fn keeps_the_footer_with_blank_lines_after_it(page: &str) {
    let page = page.trim_end_matches('\n').to_owned();
    let today = NaiveDate::from_ymd_opt(2026, 12, 1).unwrap();
    let clean = util::parse(&page);
    let codes = |text: &str| {
        let mut codes: Vec<&str> = hermetica::lint::lint(text, today)
            .into_iter()
            .map(|d| d.code)
            .collect();
        codes.sort_unstable();
        codes
    };
    let last_line_spaced = {
        let (head, last) = page.rsplit_once('\n').unwrap();
        format!("{head}\n{last}  \n")
    };
    for variant in [
        format!("{page}\n\n"),
        format!("{page}\n\n\n"),
        format!("{page}\n   "),
        format!("{page}\n \n"),
        last_line_spaced,
    ] {
        let entry = util::assert_round_trip(&variant);
        let footer = entry.footer.as_ref().expect("the footer is kept");
        // A line with spaces after its closing `*` is kept as text.
        if !variant.ends_with("*  \n") {
            assert_eq!(footer.license(), clean.footer.as_ref().unwrap().license());
        }
        assert_eq!(entry.sections, clean.sections, "{variant:?}");
        assert!(
            entry.references().is_some(),
            "References stay typed: {variant:?}"
        );
        assert_eq!(codes(&variant), codes(&page), "{variant:?}");
    }
}

#[test]
fn keeps_the_footer_with_blank_lines_after_it_on_the_sample() {
    keeps_the_footer_with_blank_lines_after_it(util::SAMPLE);
}

#[test]
#[ignore = "corpus suite: needs ../shared/corpus (cargo test -- --ignored)"]
fn keeps_the_footer_with_blank_lines_after_it_on_the_real_page() {
    keeps_the_footer_with_blank_lines_after_it(&real_page());
}

fn round_trips_with_each_section_removed(page: &str) {
    let page = page.to_owned();
    let full = util::parse(&page);
    for kind in SectionKind::ALL {
        let start = page
            .find(&format!("## {}\n", kind.heading()))
            .expect("heading");
        let end = page[start + 3..].find("\n## ").map_or_else(
            || page.find("---\n").expect("footer"),
            |i| start + 3 + i + 1,
        );
        let removed = format!("{}{}", &page[..start], &page[end..]);
        let entry = assert_round_trip(&removed);
        assert_eq!(entry.sections.len(), 11, "without {kind:?}");
        assert!(entry.sections.iter().all(|s| s.kind() != Some(kind)));
        assert!(
            entry.sections.iter().all(|s| s.kind().is_some()),
            "all others stay typed"
        );
        assert_eq!(entry.footer, full.footer);
    }
}

fn round_trips_with_an_unknown_section_added(page: &str) {
    let page = page.to_owned();
    let extra = "## Storage Notes\n\nKeep sealed.\n\n| Form | Shelf life |\n|---|---:|\n| Powder | 24 months |\n\n";
    let at = page.find("## Synergistic Combinations").expect("heading");
    let added = format!("{}{extra}{}", &page[..at], &page[at..]);
    let entry = assert_round_trip(&added);
    assert_eq!(entry.sections.len(), 13);
    let Some(Section::Other(other)) = entry.section("Storage Notes") else {
        panic!("unknown section kept as Other");
    };
    let table = other.blocks.iter().find_map(|b| match b {
        Block::Table(t) => Some(t),
        _ => None,
    });
    assert_eq!(
        table.map(|t| t.header().collect::<Vec<_>>()),
        Some(vec!["Form", "Shelf life"])
    );
    assert_eq!(
        entry.sections.iter().filter(|s| s.kind().is_some()).count(),
        12
    );
}

fn round_trips_with_dash_bullets(page: &str) {
    let page = page.to_owned();
    let dashed = page.replace("\n• ", "\n- ");
    let entry = assert_round_trip(&dashed);
    let benefits = &entry.health_benefits().expect("benefits").items;
    assert_eq!(benefits.len(), page.matches("\n• ").count());
    assert!(benefits.iter().all(|b| b.marker == Marker::Dash));
}

fn round_trips_with_unknown_metadata_keys(page: &str) {
    let page = page.to_owned();
    let at = page.find("**Category:** ").expect("category");
    let at = at + page[at..].find('\n').expect("line end") + 1;
    let extra = format!(
        "{}**Total Interactions:** 121,278\n{}",
        &page[..at],
        &page[at..]
    );
    let entry = assert_round_trip(&extra);
    assert!(entry.metadata.iter().any(|m| matches!(
        m,
        hermetica::MetaLine::Field(f) if f.key == "Total Interactions" && f.value == "121,278"
    )));
}

#[test]
#[ignore = "corpus suite: needs ../shared/corpus (cargo test -- --ignored)"]
fn profile_figures_with_spans_in_the_page() {
    use hermetica::{QuantityKind, StudyModel};
    let page = real_page();
    let analysis = hermetica::analyze(&page).expect("the real page parses");
    let profile = analysis.profile();
    let at = |span: std::ops::Range<usize>| &page[span];

    let mw = profile.molecular_weight.expect("molecular weight");
    assert_eq!(at(mw.span.clone()), "784.98 g/mol");
    assert_eq!(
        mw.value.quantity.unit().map(|u| u.code()).as_deref(),
        Some("g/mol")
    );
    let formula = profile.formula.expect("formula");
    assert_eq!(at(formula.span.clone()), "C41H68O14");
    assert!((formula.value.molar_mass() - 784.98).abs() < 0.05);

    let bio = profile.bioavailability.expect("bioavailability");
    assert_eq!(at(bio.span.clone()), "approximately 2.2–3.8%");
    assert_eq!(
        (bio.value.quantity.low(), bio.value.quantity.high()),
        (Some(2.2), Some(3.8))
    );
    let tmax = profile.tmax.expect("tmax");
    assert_eq!(at(tmax.span.clone()), "approximately 0.5–1 hour");
    assert_eq!(
        tmax.value.quantity.unit().map(|u| u.code()).as_deref(),
        Some("h")
    );
    let half_life = profile.half_life.expect("half-life");
    assert_eq!(
        (
            half_life.value.quantity.low(),
            half_life.value.quantity.high()
        ),
        (Some(2.0), Some(4.0))
    );
    let log_p = profile.log_p.expect("logP");
    assert_eq!(log_p.value.quantity.low(), Some(0.3));
    let fold = profile.fold_increase.expect("fold increase");
    assert_eq!(at(fold.span.clone()), "3–5 fold");

    let doses: Vec<(&str, StudyModel)> = profile
        .doses
        .iter()
        .map(|d| (at(d.span.clone()), d.value.model))
        .collect();
    assert!(
        doses.contains(&("10-50 mg/kg", StudyModel::Animal)),
        "{doses:?}"
    );
    assert!(
        doses.contains(&("25–100 mg/kg", StudyModel::Animal)),
        "{doses:?}"
    );
    assert!(
        doses.contains(&("1-100 μM", StudyModel::CellCulture)),
        "{doses:?}"
    );
    assert!(
        doses.contains(&("50–100 ng/mL", StudyModel::CellCulture)),
        "{doses:?}"
    );
    assert!(
        doses.contains(&("5–50 mg per dose", StudyModel::Product)),
        "{doses:?}"
    );
    assert!(
        doses.iter().all(|(_, m)| *m != StudyModel::Human),
        "the page reports no human doses: {doses:?}"
    );

    let all = analysis.quantities();
    assert!(all.iter().all(|q| at(q.span.clone()) == q.value.text));
    let kinds = |k: QuantityKind| all.iter().filter(|q| q.value.kind == k).count();
    assert_eq!(kinds(QuantityKind::MolecularWeight), 1);
    assert_eq!(
        all.iter()
            .find(|q| q.value.text == "10-50 mg/kg")
            .map(|q| q.section.as_ref()),
        Some("Clinical Summary")
    );
}

#[test]
fn round_trips_with_crlf_line_endings_on_the_sample() {
    round_trips_with_crlf_line_endings(util::SAMPLE);
}

#[test]
#[ignore = "corpus suite: needs ../shared/corpus (cargo test -- --ignored)"]
fn round_trips_with_crlf_line_endings_on_the_real_page() {
    round_trips_with_crlf_line_endings(&real_page());
}

#[test]
fn round_trips_with_a_final_newline_and_mixed_endings_on_the_sample() {
    round_trips_with_a_final_newline_and_mixed_endings(util::SAMPLE);
}

#[test]
#[ignore = "corpus suite: needs ../shared/corpus (cargo test -- --ignored)"]
fn round_trips_with_a_final_newline_and_mixed_endings_on_the_real_page() {
    round_trips_with_a_final_newline_and_mixed_endings(&real_page());
}

#[test]
fn round_trips_with_each_section_removed_on_the_sample() {
    round_trips_with_each_section_removed(util::SAMPLE);
}

#[test]
#[ignore = "corpus suite: needs ../shared/corpus (cargo test -- --ignored)"]
fn round_trips_with_each_section_removed_on_the_real_page() {
    round_trips_with_each_section_removed(&real_page());
}

#[test]
fn round_trips_with_an_unknown_section_added_on_the_sample() {
    round_trips_with_an_unknown_section_added(util::SAMPLE);
}

#[test]
#[ignore = "corpus suite: needs ../shared/corpus (cargo test -- --ignored)"]
fn round_trips_with_an_unknown_section_added_on_the_real_page() {
    round_trips_with_an_unknown_section_added(&real_page());
}

#[test]
fn round_trips_with_dash_bullets_on_the_sample() {
    round_trips_with_dash_bullets(util::SAMPLE);
}

#[test]
#[ignore = "corpus suite: needs ../shared/corpus (cargo test -- --ignored)"]
fn round_trips_with_dash_bullets_on_the_real_page() {
    round_trips_with_dash_bullets(&real_page());
}

#[test]
fn round_trips_with_unknown_metadata_keys_on_the_sample() {
    round_trips_with_unknown_metadata_keys(util::SAMPLE);
}

#[test]
#[ignore = "corpus suite: needs ../shared/corpus (cargo test -- --ignored)"]
fn round_trips_with_unknown_metadata_keys_on_the_real_page() {
    round_trips_with_unknown_metadata_keys(&real_page());
}
