//! References, citations, links, evidence levels and chemistry as types.

mod util;

use hermetica::{
    Agreement, CitationTarget, Doi, EvidenceLevel, Identifier, MolecularFormula, NctId, Pmcid,
    Pmid, Reference, citations,
};
use proptest::prelude::*;
use serde_json::Value;

#[test]
#[ignore = "corpus suite: needs ../shared/corpus (cargo test -- --ignored)"]
fn real_page_references_links_evidence_and_formula() {
    let page = util::real_page();
    let analysis = hermetica::analyze(&page).expect("the real page parses");
    let entry = analysis.entry();

    let sources = &entry.references().expect("references").sources;
    assert_eq!(sources.len(), 1);
    assert_eq!(
        sources[0].identifier(),
        Some(&Identifier::Pmid("36638594".parse().unwrap()))
    );

    let links = analysis.resolved_links();
    assert_eq!(links.len(), 15);
    for link in &links {
        assert_eq!(&page[link.value.span.clone()], link.value.link.to_string());
        let url = link.value.url.as_ref().expect("resolved");
        assert_eq!(
            url.as_url().origin().ascii_serialization(),
            "https://ingredients.hermeticasuperfoods.com"
        );
        assert_eq!(url.path(), link.value.link.target);
    }
    let conditions: Vec<&str> = links.iter().filter_map(|l| l.value.condition()).collect();
    assert_eq!(conditions.len(), 15);
    assert_eq!(conditions[0], "inflammation");
    assert!(conditions.contains(&"gut-health") && conditions.contains(&"heart-health"));
    assert_eq!(links[0].section, "Overview");

    let levels: Vec<EvidenceLevel> = entry
        .health_benefits()
        .expect("benefits")
        .items
        .iter()
        .map(|b| b.evidence_qualifier().expect("qualifier").level)
        .collect();
    assert_eq!(
        levels,
        [
            EvidenceLevel::Preclinical,
            EvidenceLevel::InVitro,
            EvidenceLevel::InVitro,
            EvidenceLevel::Animal,
            EvidenceLevel::TraditionalUse,
        ]
    );

    let evidence = analysis.evidence();
    assert_eq!(
        evidence.strongest,
        EvidenceLevel::Animal,
        "{:#?}",
        evidence.statements
    );
    assert!(
        evidence.denials.len() >= 5,
        "the page says no human trials exist, many times"
    );
    assert_eq!(evidence.agreement, Agreement::Overstated);

    let profile = analysis.profile();
    let formula = profile.formula.expect("formula").value;
    assert_eq!(formula.count("C"), 41);
    assert_eq!(formula.count("H"), 68);
    assert_eq!(formula.count("O"), 14);
    let stated = profile
        .molecular_weight
        .expect("stated weight")
        .value
        .quantity
        .low()
        .unwrap();
    assert!(
        (formula.molar_mass() - stated).abs() < 0.05,
        "{} vs {stated}",
        formula.molar_mass()
    );

    let cited = analysis.citations();
    assert_eq!(cited.len(), 1);
    assert_eq!(cited[0].section, "References");
}

/// Every `PMID` mention in the prose of the 44 records, counted by hand
/// in the file: 16 written `PMID: n` (24831245 three times; 33658165,
/// 30841659, 30681787 and 25028591 twice; five others once), 2 `PMID n`
/// (24342779), 2 `PMID:n` (11049757) and 1 `PMID: PMC3736918` — 20 PubMed
/// ids and one PMC id under the PMID label.
const PMID_MENTIONS: usize = 21;

#[test]
#[ignore = "corpus suite: needs ../shared/corpus (cargo test -- --ignored)"]
fn every_pmid_mention_in_the_dataset_sample_is_found() {
    let dataset = util::corpus_file("dataset/ingredients.sample.jsonl");
    let mut pmid_labelled = 0;
    let mut pmids = 0;
    let mut mislabelled = Vec::new();
    let mut trials = Vec::new();
    let mut author_year = Vec::new();
    for line in dataset.lines().filter(|l| l.starts_with('{')) {
        let record: Value = serde_json::from_str(line).expect("record");
        for field in [
            "short_answer",
            "health_benefits",
            "mechanism_of_action",
            "clinical_summary",
        ] {
            let Some(text) = record[field].as_str() else {
                continue;
            };
            let mentions = text.matches("PMID").count();
            let found: Vec<_> = citations(text).collect();
            let labelled: Vec<_> = found
                .iter()
                .filter(|c| c.text.starts_with("PMID"))
                .collect();
            assert_eq!(
                labelled.len(),
                mentions,
                "every PMID mention in {}:{field}",
                record["ingredient_key"]
            );
            pmid_labelled += labelled.len();
            for c in &found {
                assert_eq!(&text[c.span.clone()], c.text);
                match (&c.target, c.identifier()) {
                    (_, Some(Identifier::Pmid(_))) => pmids += 1,
                    (_, Some(Identifier::Pmcid(p))) if c.mislabelled => {
                        mislabelled.push(p.to_string())
                    }
                    (_, Some(Identifier::Nct(n))) => trials.push(n.to_string()),
                    (CitationTarget::AuthorYear { authors, year, .. }, _) => {
                        author_year.push(format!("{authors} {year}"))
                    }
                    other => panic!("unexpected citation {other:?}"),
                }
            }
        }
    }
    assert_eq!(pmid_labelled, PMID_MENTIONS);
    assert_eq!(pmids, 20);
    assert_eq!(mislabelled, ["PMC3736918"]);
    assert_eq!(trials, ["NCT01990872"]);
    assert_eq!(author_year, ["Castillo 2020", "Meira 2014"]);
}

#[test]
fn citation_forms() {
    let text = "See (PMID: 25028591), (PMID:11049757), PMID 24342779, PMID: PMC3736918, \
        NCT01990872, doi:10.1016/j.phymed.2014.06.004, https://pubmed.ncbi.nlm.nih.gov/36638594/ and \
        Castillo et al. (2020). Not: PMID123, XNCT01990872, NCT, NCT0199087, PMC, NCTX1, 10.12/short.";
    let found: Vec<_> = citations(text).collect();
    let texts: Vec<&str> = found.iter().map(|c| c.text.as_str()).collect();
    assert_eq!(
        texts,
        [
            "PMID: 25028591",
            "PMID:11049757",
            "PMID 24342779",
            "PMID: PMC3736918",
            "NCT01990872",
            "doi:10.1016/j.phymed.2014.06.004",
            "https://pubmed.ncbi.nlm.nih.gov/36638594/",
            "Castillo et al. (2020)",
        ]
    );
    assert!(found[3].mislabelled && !found[0].mislabelled);
    assert!(matches!(found[6].identifier(), Some(Identifier::Pmid(p)) if p.get() == 36638594));
}

/// Markdown around a URL or DOI is not part of it: a code span's
/// backticks, emphasis stars. A URL template (`{slug}`) is not a citation.
#[test]
fn citations_stop_at_the_markup_around_them() {
    let cases: &[(&str, &[&str])] = &[
        (
            "The record is at `https://doi.org/10.1000/abc123`.",
            &["https://doi.org/10.1000/abc123"],
        ),
        ("Cite `doi:10.1000/abc123` here.", &["doi:10.1000/abc123"]),
        (
            "*Read more at https://example.org/guide*",
            &["https://example.org/guide"],
        ),
        (
            "**Source: https://example.org/a/b/** and _notes_.",
            &["https://example.org/a/b/"],
        ),
        ("(*doi:10.1000/xyz*)", &["doi:10.1000/xyz"]),
        (
            "Fetch https://example.org/ingredients/{slug} per page.",
            &[],
        ),
        ("Template: https://api.example.org/{id}/doses.", &[]),
        (
            "Then `https://example.org/{x}` and https://example.org/ok.",
            &["https://example.org/ok"],
        ),
    ];
    for (text, expected) in cases {
        let found: Vec<String> = citations(text).map(|c| c.text.to_string()).collect();
        assert_eq!(&found, expected, "{text}");
        for citation in citations(text) {
            assert_eq!(&text[citation.span.clone()], citation.text.as_str());
        }
    }
}

#[test]
fn urls_become_typed_identifiers_and_render_back() {
    for (url, id) in [
        ("https://pubmed.ncbi.nlm.nih.gov/36638594/", "36638594"),
        (
            "https://www.ncbi.nlm.nih.gov/pmc/articles/PMC3736918/",
            "PMC3736918",
        ),
        (
            "https://pmc.ncbi.nlm.nih.gov/articles/PMC3736918/",
            "PMC3736918",
        ),
        (
            "https://doi.org/10.1016/j.phymed.2014.06.004",
            "10.1016/j.phymed.2014.06.004",
        ),
        (
            "https://clinicaltrials.gov/study/NCT01990872",
            "NCT01990872",
        ),
        (
            "https://clinicaltrials.gov/ct2/show/NCT01990872",
            "NCT01990872",
        ),
    ] {
        let r: Reference = url.parse().unwrap();
        assert_eq!(
            r.identifier().map(ToString::to_string).as_deref(),
            Some(id),
            "{url}"
        );
        assert_eq!(r.to_string(), url);
        let json = serde_json::to_string(&r).unwrap();
        assert_eq!(serde_json::from_str::<Reference>(&json).unwrap(), r);
    }
    let plain: Reference = "https://example.org/study".parse().unwrap();
    assert_eq!(plain.identifier(), None);
}

#[test]
fn malformed_identifiers_are_clear_errors() {
    type Check = fn(&str) -> Option<String>;
    let cases: [(&str, Check, &str); 8] = [
        (
            "PMC3736918",
            |s| s.parse::<Pmid>().err().map(|e| e.to_string()),
            "invalid PMID \"PMC3736918\": expected 1 to 8 digits without a leading zero",
        ),
        (
            "0123",
            |s| s.parse::<Pmid>().err().map(|e| e.to_string()),
            "invalid PMID \"0123\"",
        ),
        (
            "123456789",
            |s| s.parse::<Pmid>().err().map(|e| e.to_string()),
            "invalid PMID",
        ),
        (
            "PMC",
            |s| s.parse::<Pmcid>().err().map(|e| e.to_string()),
            "invalid PMCID \"PMC\": expected `PMC` and 1 to 9 digits",
        ),
        (
            "3736918",
            |s| s.parse::<Pmcid>().err().map(|e| e.to_string()),
            "invalid PMCID",
        ),
        (
            "NCT0199087",
            |s| s.parse::<NctId>().err().map(|e| e.to_string()),
            "invalid NCT id \"NCT0199087\": expected `NCT` and exactly 8 digits",
        ),
        (
            "10.12/x",
            |s| s.parse::<Doi>().err().map(|e| e.to_string()),
            "invalid DOI \"10.12/x\"",
        ),
        (
            "10.1016/",
            |s| s.parse::<Doi>().err().map(|e| e.to_string()),
            "invalid DOI",
        ),
    ];
    for (text, parse, message) in cases {
        let err = parse(text).unwrap_or_else(|| panic!("{text} should be rejected"));
        assert!(err.starts_with(message), "{text}: {err}");
    }
    assert!("C41H68O14x".parse::<MolecularFormula>().is_err());
    assert!(
        "c41"
            .parse::<MolecularFormula>()
            .unwrap_err()
            .to_string()
            .contains("expected an element symbol")
    );
}

proptest! {
    #[test]
    fn pmid_round_trips(n in 1u32..100_000_000) {
        let pmid: Pmid = n.to_string().parse().unwrap();
        prop_assert_eq!(pmid.to_string().parse::<Pmid>().unwrap(), pmid);
        prop_assert_eq!(serde_json::from_str::<Pmid>(&serde_json::to_string(&pmid).unwrap()).unwrap(), pmid);
    }

    #[test]
    fn pmcid_round_trips(n in 1u32..1_000_000_000) {
        let id: Pmcid = format!("PMC{n}").parse().unwrap();
        prop_assert_eq!(id.to_string().parse::<Pmcid>().unwrap(), id);
    }

    #[test]
    fn nct_round_trips(n in 0u32..100_000_000) {
        let id: NctId = format!("NCT{n:08}").parse().unwrap();
        prop_assert_eq!(id.to_string(), format!("NCT{n:08}"));
        prop_assert_eq!(id.to_string().parse::<NctId>().unwrap(), id);
    }

    #[test]
    fn doi_round_trips(registrant in "[0-9]{4,9}", suffix in "[A-Za-z0-9][A-Za-z0-9./_-]{0,20}[A-Za-z0-9]") {
        let text = format!("10.{registrant}/{suffix}");
        let doi: Doi = text.parse().unwrap();
        prop_assert_eq!(doi.to_string(), text.clone());
        prop_assert_eq!(doi.to_string().parse::<Doi>().unwrap(), doi);
    }

    #[test]
    fn identifiers_reject_garbage(text in "\\PC{0,12}") {
        if let Ok(p) = text.parse::<Pmid>() { prop_assert_eq!(p.to_string(), text.clone()); }
        if let Ok(p) = text.parse::<Pmcid>() { prop_assert_eq!(p.to_string(), text.clone()); }
        if let Ok(p) = text.parse::<NctId>() { prop_assert_eq!(p.to_string(), text.clone()); }
        if let Ok(p) = text.parse::<Doi>() { prop_assert_eq!(p.to_string(), text.clone()); }
    }

    #[test]
    fn formula_round_trips(groups in proptest::collection::vec((prop_oneof![Just("C"), Just("H"), Just("N"), Just("O"), Just("Cl"), Just("Na")], 0u32..200), 1..6)) {
        let text: String = groups.iter().map(|(s, n)| if *n == 0 { s.to_string() } else { format!("{s}{n}") }).collect();
        let formula: MolecularFormula = text.parse().unwrap();
        prop_assert_eq!(formula.to_string(), text);
        let expected: u32 = groups.iter().filter(|(s, _)| *s == "C").map(|(_, n)| (*n).max(1)).sum();
        prop_assert_eq!(formula.count("C"), expected);
    }
}
