//! JSON: every type serializes and deserializes to an equal value, and
//! JSON → Entry → page → Entry is the identity.

mod util;

use hermetica::Entry;
use serde_json::json;

fn json_round_trip(entry: &Entry) {
    let json = serde_json::to_string(entry).expect("serialize");
    let back: Entry = serde_json::from_str(&json).expect("deserialize");
    assert_eq!(&back, entry);
    let page = back.to_string();
    let reparsed = util::parse(&page);
    assert_eq!(&reparsed, entry, "JSON → Entry → page → Entry");
}

#[test]
#[ignore = "corpus suite: needs ../shared/corpus (cargo test -- --ignored)"]
fn real_page_round_trips_through_json() {
    let page = util::real_page();
    let entry = util::parse(&page);
    json_round_trip(&entry);
    let value = serde_json::to_value(&entry).expect("serialize");
    assert_eq!(value["title"], "Astragaloside IV");
    assert_eq!(value["metadata"][3], json!({"evidence_score": 8}));
    assert_eq!(value["metadata"][2], json!({"updated": "2026-03-19"}));
    assert_eq!(
        value["sections"][1]["health_benefits"][0]["qualifier"],
        "preclinical evidence only"
    );
    assert_eq!(value["sections"][1]["health_benefits"][0]["marker"], "•");
    assert_eq!(
        value["layout"],
        json!({"newline": "lf", "final_newline": false})
    );
    let page_again = serde_json::from_value::<Entry>(value)
        .expect("deserialize")
        .to_string();
    assert_eq!(page_again, page, "JSON back to the same bytes");
}

#[test]
fn sample_page_round_trips_through_json() {
    json_round_trip(&util::assert_round_trip(util::SAMPLE));
}

#[test]
fn json_with_invalid_values_is_rejected() {
    let bad = [
        json!({"title": "T", "metadata": [{"evidence_score": 11}]}),
        json!({"title": "T", "metadata": [{"updated": "2026-13-45"}]}),
        json!({"title": "T", "metadata": [{"canonical_url": "not a url"}]}),
    ];
    for value in bad {
        assert!(
            serde_json::from_value::<Entry>(value.clone()).is_err(),
            "{value}"
        );
    }
}

#[test]
fn minimal_json_builds_a_page() {
    let entry: Entry = serde_json::from_value(json!({
        "title": "Ginger",
        "metadata": [{"category": "Herb"}, {"evidence_score": 5}],
        "sections": [{"synergistic_combinations": ["Turmeric", "Black pepper"]}]
    }))
    .expect("deserialize");
    assert_eq!(
        entry.to_string(),
        "# Ginger\n\n**Category:** Herb\n**Evidence Score:** 5 / 10\n\n## Synergistic Combinations\n\nTurmeric, Black pepper\n"
    );
}
