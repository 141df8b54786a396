//! Every public type is Send + Sync, so values cross threads (the bulk
//! example parses on all cores).

fn send_sync<T: Send + Sync>() {}

#[test]
fn public_types_are_send_and_sync() {
    use hermetica::*;
    send_sync::<Entry>();
    send_sync::<Document>();
    send_sync::<Error>();
    send_sync::<Analysis>();
    send_sync::<Quantity>();
    send_sync::<Dose>();
    send_sync::<Unit>();
    send_sync::<Mention>();
    send_sync::<Citation>();
    send_sync::<Reference>();
    send_sync::<ResolvedLink>();
    send_sync::<MolecularFormula>();
    send_sync::<EvidenceAssessment>();
    send_sync::<Profile>();
    send_sync::<lint::Diagnostic>();
    send_sync::<dataset::IngredientRecord>();
}

/// The names `Display` gives parse back, for each closed set of words.
#[test]
fn names_shown_parse_back() {
    use hermetica::lint::Severity;
    use hermetica::{EvidenceLevel, Tier};
    for tier in [
        Tier::Unscored,
        Tier::Preliminary,
        Tier::Moderate,
        Tier::Strong,
    ] {
        assert_eq!(tier.to_string().parse::<Tier>().unwrap(), tier);
    }
    for severity in [Severity::Note, Severity::Warning, Severity::Error] {
        assert_eq!(severity.to_string().parse::<Severity>().unwrap(), severity);
    }
    let levels = [
        EvidenceLevel::Unspecified,
        EvidenceLevel::MechanisticOnly,
        EvidenceLevel::TraditionalUse,
        EvidenceLevel::InVitro,
        EvidenceLevel::Preclinical,
        EvidenceLevel::Animal,
        EvidenceLevel::Observational,
        EvidenceLevel::HumanRct,
        EvidenceLevel::MetaAnalysis,
    ];
    for level in levels {
        assert_eq!(level.to_string().parse::<EvidenceLevel>().unwrap(), level);
        // The serde name reads too.
        #[cfg(feature = "serde")]
        let snake = serde_json::to_value(level).unwrap();
        #[cfg(feature = "serde")]
        assert_eq!(
            snake.as_str().unwrap().parse::<EvidenceLevel>().unwrap(),
            level
        );
    }
    let err = "tier 1".parse::<Tier>().unwrap_err();
    assert_eq!(
        err.to_string().lines().next(),
        Some("invalid tier \"tier 1\": expected strong, moderate, preliminary or unscored")
    );
}

#[test]
fn kinds_comparators_and_dimensions_display() {
    use hermetica::{Comparator, Dimension, QuantityKind};
    assert_eq!(
        QuantityKind::MolecularWeight.to_string(),
        "molecular weight"
    );
    assert_eq!(QuantityKind::PValue.to_string(), "p-value");
    assert_eq!(Comparator::Ge.to_string(), ">=");
    assert_eq!(Comparator::Approx.to_string(), "~");
    let unit: hermetica::Unit = "mg/mL".parse().unwrap();
    assert_eq!(unit.dimension().to_string(), "mass_concentration");
    assert_eq!(
        format!("[{:>5}]", "M.L-3.T".parse::<Dimension>().unwrap()),
        "[M.L-3.T]"
    );
}

/// Text-like values honour width, fill and alignment, as `str` does.
#[test]
fn display_honours_width_and_fill() {
    use hermetica::lint::Severity;
    use hermetica::{Comparator, Doi, EvidenceLevel, Pmcid, Pmid, Quantity, QuantityKind, Tier};
    let quantity: Quantity = "5 mg".parse().unwrap();
    assert_eq!(format!("[{quantity:>8}]"), "[    5 mg]");
    assert_eq!(format!("[{:<9}]", Tier::Strong), "[strong   ]");
    assert_eq!(format!("[{:^9}]", Severity::Note), "[  note   ]");
    assert_eq!(format!("[{:*>8}]", Comparator::Le), "[******<=]");
    assert_eq!(format!("[{:>8}]", EvidenceLevel::Animal), "[  animal]");
    assert_eq!(format!("[{:>6}]", QuantityKind::Dose), "[  dose]");
    let pmid: Pmid = "123".parse().unwrap();
    assert_eq!(format!("[{pmid:>5}]"), "[  123]");
    let pmcid: Pmcid = "PMC42".parse().unwrap();
    assert_eq!(format!("[{pmcid:<6}]"), "[PMC42 ]");
    let doi: Doi = "10.1000/x".parse().unwrap();
    assert_eq!(format!("[{doi:>10}]"), "[ 10.1000/x]");
    let formula: hermetica::MolecularFormula = "H2O".parse().unwrap();
    assert_eq!(format!("[{formula:>4}]"), "[ H2O]");
}

/// The chrono and url types of the API are those of the re-exported crates.
#[test]
fn chrono_and_url_are_re_exported() {
    let url: hermetica::AbsoluteUrl = "https://example.org/a".parse().unwrap();
    let parsed: &hermetica::url::Url = url.as_url();
    assert_eq!(parsed.path(), "/a");
    let stamp: hermetica::Timestamp = "2026-01-02T03:04:05+00:00".parse().unwrap();
    let datetime: hermetica::chrono::DateTime<hermetica::chrono::FixedOffset> = stamp.datetime();
    assert_eq!(datetime.timestamp(), 1_767_323_045);
}
