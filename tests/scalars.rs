//! Display/FromStr round-trips for every scalar type, over generated values.

use hermetica::{AbsoluteUrl, Aliases, Dose, EvidenceScore, Quantity, Timestamp, Unit};
use proptest::prelude::*;

const UNITS: &[&str] = &[
    "mg", "g", "µg", "μg", "mcg", "ng", "kg", "mL", "L", "dL", "µM", "nM", "mM", "mmol", "nmol/L",
    "ng/mL", "mg/dL", "mg/kg", "IU", "IU/g", "g/mol", "%", "hours", "h", "min", "days", "weeks",
    "months", "years", "fold", "kcal", "CFU", "mg GAE/g",
];

fn number() -> impl Strategy<Value = String> {
    prop_oneof![
        (0u32..100_000).prop_map(|n| n.to_string()),
        (0u32..1000, 1u32..1000).prop_map(|(a, b)| format!("{a}.{b}")),
        (1u32..1000, 0u32..1000).prop_map(|(a, b)| format!("{a},{b:03}")),
    ]
}

fn quantity_text() -> impl Strategy<Value = String> {
    (
        prop::option::of(prop::sample::select(vec![
            "<",
            "≤ ",
            ">=",
            "~",
            "approximately ",
            "up to ",
            "over ",
        ])),
        number(),
        prop::option::of((prop::sample::select(vec!["-", "–", " to "]), number())),
        prop::option::of(prop::sample::select(UNITS.to_vec())),
    )
        .prop_map(|(c, a, range, unit)| {
            let mut text = c.unwrap_or("").to_owned();
            text.push_str(&a);
            if let Some((sep, b)) = range {
                text.push_str(sep);
                text.push_str(&b);
            }
            if let Some(u) = unit {
                if u != "%" {
                    text.push(' ');
                }
                text.push_str(u);
            }
            text
        })
}

proptest! {
    #[test]
    fn quantity_round_trips(text in quantity_text()) {
        let q: Quantity = text.parse().map_err(|e| TestCaseError::fail(format!("{text}: {e}")))?;
        prop_assert_eq!(q.to_string(), text.clone());
        prop_assert_eq!(q.to_string().parse::<Quantity>().unwrap(), q.clone());
        let json = serde_json::to_string(&q).unwrap();
        prop_assert_eq!(serde_json::from_str::<Quantity>(&json).unwrap(), q);
    }

    #[test]
    fn quantity_canonical_form_round_trips(v in 0.0f64..1e9, w in 0.0f64..1e9, unit in prop::sample::select(UNITS.to_vec())) {
        let unit: Unit = unit.parse().unwrap();
        let q = Quantity::range(v, w, Some(unit)).unwrap();
        prop_assert_eq!(q.to_string().parse::<Quantity>().unwrap(), q);
    }

    #[test]
    fn unit_code_and_symbol_round_trip(unit in prop::sample::select(UNITS.to_vec())) {
        let unit: Unit = unit.parse().unwrap();
        prop_assert_eq!(Unit::from_code(&unit.code()), Some(unit));
        prop_assert_eq!(unit.symbol().parse::<Unit>().unwrap(), unit);
        prop_assert_eq!(unit.to_string(), unit.code());
    }

    #[test]
    fn dose_round_trips(amount in number(), unit in prop::sample::select(vec!["mg", "g", "µg", "mcg", "IU", "mg/kg", "mL"]),
                        tail in prop::sample::select(vec!["", " daily", " twice daily", " 3x daily", "/day", " per dose", " three times weekly", " per day"])) {
        let text = format!("{amount} {unit}{tail}");
        let dose: Dose = text.parse().map_err(|e| TestCaseError::fail(format!("{text}: {e}")))?;
        prop_assert_eq!(dose.to_string(), text);
    }

    #[test]
    fn evidence_score_round_trips(n in 0u8..=10) {
        let score = EvidenceScore::new(n).unwrap();
        prop_assert_eq!(score.to_string().parse::<EvidenceScore>().unwrap(), score);
        prop_assert!(EvidenceScore::new(n + 11).is_err());
    }

    #[test]
    fn timestamp_round_trips(secs in 0i64..4_000_000_000, frac in prop::sample::select(vec!["", ".5", ".085", ".814973"]),
                             zone in prop::sample::select(vec!["+00:00", "Z", "+05:30", "-08:00"])) {
        let date = chrono::DateTime::from_timestamp(secs, 0).unwrap().format("%Y-%m-%dT%H:%M:%S").to_string();
        let text = format!("{date}{frac}{zone}");
        let t: Timestamp = text.parse().unwrap();
        prop_assert_eq!(t.to_string(), text);
    }

    #[test]
    fn absolute_url_round_trips(path in "[a-z0-9-]{0,12}(/[a-z0-9-]{1,8}){0,2}/?") {
        let text = format!("https://example.org/{path}");
        let url: AbsoluteUrl = text.parse().unwrap();
        prop_assert_eq!(url.to_string(), text);
    }

    #[test]
    fn aliases_round_trip(names in prop::collection::vec("[A-Za-z0-9][A-Za-z0-9 ,'-]{0,10}( \\([a-z]{1,3}, [a-z]{1,3}\\))?", 1..5)) {
        let aliases = Aliases { names: names.iter().map(hermetica::SharedStr::from).collect() };
        let back: Aliases = aliases.to_string().parse().unwrap();
        prop_assert_eq!(back.names, names);
    }
}
