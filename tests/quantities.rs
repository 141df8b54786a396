//! Quantities: accuracy of extraction against labelled sets, and the
//! behaviour of the scalar types.

mod util;

use std::collections::HashMap;

use hermetica::{Comparator, Dimension, Mention, Quantity, Unit, quantities};
use serde_json::Value;

/// One expected or found reading.
#[derive(Debug, Clone)]
struct Reading {
    text: String,
    kind: String,
    low: Option<f64>,
    high: Option<f64>,
    comparator: Option<String>,
    unit: Option<String>,
}

/// Readings agree when their texts, kinds, comparators and units are the
/// same and their bounds agree to a relative 1e-9 (`⅓` is not written
/// exactly in a label).
impl PartialEq for Reading {
    fn eq(&self, other: &Reading) -> bool {
        let close = |a: Option<f64>, b: Option<f64>| match (a, b) {
            (Some(a), Some(b)) => (a - b).abs() <= 1e-9 * a.abs().max(b.abs()).max(1.0),
            (a, b) => a == b,
        };
        self.text == other.text
            && self.kind == other.kind
            && close(self.low, other.low)
            && close(self.high, other.high)
            && self.comparator == other.comparator
            && self.unit == other.unit
    }
}

fn reading(m: &Mention) -> Reading {
    let q = &m.quantity;
    Reading {
        text: m.text.to_string(),
        kind: serde_json::to_value(m.kind)
            .unwrap()
            .as_str()
            .unwrap()
            .to_owned(),
        low: q.low(),
        high: q.high(),
        comparator: q.comparator().map(|c| c.symbol().to_owned()),
        unit: q.unit().map(|u| u.code()),
    }
}

#[derive(Default)]
struct Score {
    found: usize,
    expected: usize,
    matched: usize,
    errors: Vec<String>,
}

impl Score {
    fn compare(&mut self, source: &str, expected: &[Reading], found: &[Reading]) {
        self.expected += expected.len();
        self.found += found.len();
        let mut unmatched: Vec<&Reading> = found.iter().collect();
        for e in expected {
            match unmatched.iter().position(|f| *f == e) {
                Some(i) => {
                    unmatched.remove(i);
                    self.matched += 1;
                }
                None => self.errors.push(format!("{source}: missed {e:?}")),
            }
        }
        for f in unmatched {
            self.errors.push(format!("{source}: spurious {f:?}"));
        }
    }

    fn report(&self, name: &str) -> (f64, f64) {
        let precision = self.matched as f64 / self.found.max(1) as f64;
        let recall = self.matched as f64 / self.expected.max(1) as f64;
        println!(
            "{name}: {} labelled, {} found, {} matched: precision {precision:.3}, recall {recall:.3}",
            self.expected, self.found, self.matched
        );
        for e in &self.errors {
            println!("  {e}");
        }
        (precision, recall)
    }

    fn check(&self, name: &str) {
        let (precision, recall) = self.report(name);
        assert!(
            precision >= 0.97 && recall >= 0.97,
            "{name}: precision {precision:.3}, recall {recall:.3} (need 0.97)"
        );
    }
}

fn opt_number(field: &str) -> Option<f64> {
    (field != "-").then(|| field.parse().expect("number"))
}

fn opt_text(field: &str) -> Option<String> {
    (field != "-").then(|| field.to_owned())
}

/// Sentences and their labels, in the format of
/// `data/quantities/LABELLING.md`; `@ kind` lines are skipped.
fn labelled(data: &str) -> Vec<(String, Vec<Reading>)> {
    let mut sentences: Vec<(String, Vec<Reading>)> = Vec::new();
    for line in data
        .lines()
        .filter(|l| !l.starts_with('#') && !l.starts_with('@') && !l.trim().is_empty())
    {
        if let Some(label) = line.strip_prefix("= ") {
            let f: Vec<&str> = label.split(" | ").collect();
            assert_eq!(f.len(), 6, "label {label}");
            sentences
                .last_mut()
                .expect("a sentence first")
                .1
                .push(Reading {
                    text: f[0].to_owned(),
                    kind: f[1].to_owned(),
                    low: opt_number(f[2]),
                    high: opt_number(f[3]),
                    comparator: opt_text(f[4]),
                    unit: opt_text(f[5]),
                });
        } else {
            sentences.push((line.to_owned(), Vec::new()));
        }
    }
    sentences
}

#[test]
fn accuracy_on_hand_written_sentences() {
    let sentences = labelled(include_str!("data/quantities/own.txt"));
    let mut score = Score::default();
    assert!(sentences.len() >= 30);
    for (sentence, expected) in &sentences {
        let found: Vec<Reading> = quantities(sentence).map(|m| reading(&m)).collect();
        score.compare(sentence, expected, &found);
    }
    score.check("hand-written sentences");
}

/// The independent set: sentences written and labelled by hand, by the
/// rules of `data/quantities/LABELLING.md`, before the extractor was run
/// on them, carrying the forms of five kinds of public source.
#[test]
fn accuracy_on_the_independent_set() {
    let sets = [
        (
            "drug labels",
            include_str!("data/quantities/independent/drug-labels.txt"),
        ),
        (
            "fact sheets",
            include_str!("data/quantities/independent/fact-sheets.txt"),
        ),
        (
            "pharmacokinetic papers",
            include_str!("data/quantities/independent/pk-papers.txt"),
        ),
        (
            "supplement labels",
            include_str!("data/quantities/independent/supplement-labels.txt"),
        ),
        (
            "review abstracts",
            include_str!("data/quantities/independent/review-abstracts.txt"),
        ),
    ];
    let mut total = Score::default();
    for (name, data) in sets {
        let sentences = labelled(data);
        let mut score = Score::default();
        for (sentence, expected) in &sentences {
            let found: Vec<Reading> = quantities(sentence).map(|m| reading(&m)).collect();
            score.compare(sentence, expected, &found);
            total.compare(sentence, expected, &found);
        }
        score.report(name);
    }
    assert!(
        total.expected >= 300,
        "{} labelled quantities",
        total.expected
    );
    total.check("the independent set");
}

/// The prose of the dataset sample's records and of the real page, by the
/// source names the labels use.
fn corpus_sources() -> HashMap<String, String> {
    let dataset = util::corpus_file("dataset/ingredients.sample.jsonl");
    let page = util::real_page();
    let mut sources = HashMap::new();
    for line in dataset
        .lines()
        .filter(|l| !l.starts_with('#') && !l.trim().is_empty())
    {
        let record: Value = serde_json::from_str(line).expect("JSON record");
        let key = record["ingredient_key"].as_str().expect("key");
        for field in [
            "short_answer",
            "health_benefits",
            "mechanism_of_action",
            "clinical_summary",
        ] {
            if let Some(text) = record[field].as_str() {
                sources.insert(format!("dataset:{key}:{field}"), text.to_owned());
            }
        }
    }
    sources.insert("page:astragaloside-iv".to_owned(), page);
    sources
}

#[test]
#[ignore = "corpus suite: needs ../shared/corpus (cargo test -- --ignored)"]
fn accuracy_on_the_corpus_prose() {
    let sources = corpus_sources();
    let mut expected: HashMap<&str, Vec<(usize, Reading)>> = HashMap::new();
    let labels: Vec<Value> = include_str!("data/quantities/corpus.labels.jsonl")
        .lines()
        .map(|l| serde_json::from_str(l).expect("label"))
        .collect();
    for label in &labels {
        let source = label["source"].as_str().expect("source");
        let text = &sources[source];
        let (start, end) = (
            label["start"].as_u64().unwrap() as usize,
            label["end"].as_u64().unwrap() as usize,
        );
        assert_eq!(
            &text[start..end],
            label["text"].as_str().unwrap(),
            "label span in {source}"
        );
        expected.entry(source).or_default().push((
            start,
            Reading {
                text: label["text"].as_str().unwrap().to_owned(),
                kind: label["kind"].as_str().unwrap().to_owned(),
                low: label["low"].as_f64(),
                high: label["high"].as_f64(),
                comparator: label["comparator"].as_str().map(str::to_owned),
                unit: label["unit"].as_str().map(str::to_owned),
            },
        ));
    }
    let mut score = Score::default();
    let mut names: Vec<&String> = sources.keys().collect();
    names.sort();
    for name in names {
        let text = &sources[name];
        let want: Vec<Reading> = expected.get(name.as_str()).map_or_else(Vec::new, |v| {
            v.iter()
                .map(|(start, r)| Reading {
                    text: format!("{start}:{}", r.text),
                    ..r.clone()
                })
                .collect()
        });
        let found: Vec<Reading> = quantities(text)
            .map(|m| {
                let r = reading(&m);
                Reading {
                    text: format!("{}:{}", m.span.start, r.text),
                    ..r
                }
            })
            .collect();
        score.compare(name, &want, &found);
    }
    assert!(score.expected >= 200, "the labelled set covers the sample");
    score.check("corpus prose");
}

#[test]
fn quantity_round_trips_and_readings() {
    for text in [
        "10-50 mg/kg",
        "50–100 ng/mL",
        "1-100 μM",
        "0.01–0.04%",
        "2–4 hours",
        "3–5 fold",
        "<20 ng/mL",
        "≥40 ng/mL",
        "> 100 µM",
        "~0.1 nM",
        "up to 70%",
        "approximately 2.2–3.8%",
        "1,879",
        "200mg",
        "2 mg–4 mg",
        "784.98 g/mol",
        "0.5–1 IU/g",
        "8.5–10.5 mg/dL",
        "400–800 µg",
        "61.21 ± 9.61%",
        "between 20 and 50 ng/mL",
        "2 to 4 h",
    ] {
        let q: Quantity = text.parse().unwrap_or_else(|e| panic!("{text}: {e}"));
        assert_eq!(q.to_string(), text);
        assert_eq!(q.to_string().parse::<Quantity>().unwrap(), q);
    }
    let q: Quantity = "2–4 hours".parse().unwrap();
    assert_eq!(
        (q.low(), q.high(), q.unit().map(|u| u.dimension())),
        (Some(2.0), Some(4.0), Some(Dimension::TIME))
    );
    let q: Quantity = "> 100 µM".parse().unwrap();
    assert_eq!(
        (q.low(), q.high(), q.comparator()),
        (Some(100.0), None, Some(Comparator::Gt))
    );
    let q: Quantity = "1,879".parse().unwrap();
    assert_eq!((q.low(), q.unit()), (Some(1879.0), None));
}

#[test]
fn micro_prefix_spellings_are_one_unit() {
    let units: Vec<Unit> = ["µg", "μg", "mcg", "ug"]
        .iter()
        .map(|s| s.parse().unwrap())
        .collect();
    assert!(units.windows(2).all(|w| w[0] == w[1]));
    assert_eq!(units[0].code(), "ug");
    let molar: Vec<Unit> = ["µM", "μM", "uM", "µmol/L", "μmol/L", "umol/L"]
        .iter()
        .map(|s| s.parse().unwrap())
        .collect();
    assert!(molar.windows(2).all(|w| w[0] == w[1]));
    assert_eq!(molar[0].code(), "umol/L");
    for (spelling, code, dimension) in [
        ("mg/kg", "mg/kg", Dimension::DIMENSIONLESS),
        ("ng/mL", "ng/mL", Dimension::MASS_CONCENTRATION),
        ("nmol/L", "nmol/L", Dimension::MOLAR_CONCENTRATION),
        ("IU/g", "[IU]/g", "M-1.IU".parse::<Dimension>().unwrap()),
        ("g/mol", "g/mol", Dimension::MOLAR_MASS),
        ("%", "%", Dimension::DIMENSIONLESS),
        ("hours", "h", Dimension::TIME),
        ("mg/dL", "mg/dL", Dimension::MASS_CONCENTRATION),
        ("fold", "{fold}", Dimension::DIMENSIONLESS),
    ] {
        let unit: Unit = spelling.parse().unwrap();
        assert_eq!(
            (unit.code().as_str(), unit.dimension()),
            (code, dimension),
            "{spelling}"
        );
        assert_eq!(Unit::from_code(code), Some(unit));
        assert_eq!(unit.symbol().parse::<Unit>().unwrap(), unit);
    }
    assert!("mgg".parse::<Unit>().is_err());
}

#[test]
fn conversions() {
    let q: Quantity = "0.5 g".parse().unwrap();
    assert_eq!(
        q.convert_to("mg".parse().unwrap()).unwrap().to_string(),
        "500 mg"
    );
    let q: Quantity = "2–4 hours".parse().unwrap();
    assert_eq!(
        q.convert_to("min".parse().unwrap()).unwrap().to_string(),
        "120–240 min"
    );
    let q: Quantity = "1–100 μM".parse().unwrap();
    let ng = q
        .convert_with_molar_mass("ng/mL".parse().unwrap(), 784.98)
        .unwrap();
    assert_eq!((ng.low(), ng.high()), (Some(784.98), Some(78498.0)));
    let back = ng
        .convert_with_molar_mass("umol/L".parse::<Unit>().unwrap(), 784.98)
        .unwrap();
    assert!(
        (back.low().unwrap() - 1.0).abs() < 1e-9 && (back.high().unwrap() - 100.0).abs() < 1e-9
    );
    // The sample's own stated pair: 1.72 ng/mL is 4.3 nmol/L of a 400.6 g/mol compound.
    let q: Quantity = "1.72 ng/mL".parse().unwrap();
    let nmol = q
        .convert_with_molar_mass("nmol/L".parse().unwrap(), 400.64)
        .unwrap();
    assert!((nmol.low().unwrap() - 4.293).abs() < 0.01);
    let err = q.convert_to("mg".parse().unwrap()).unwrap_err();
    assert!(
        err.to_string()
            .starts_with("cannot convert \"ng/mL\" to \"mg\""),
        "{err}"
    );
}

#[test]
fn bad_quantities_are_clear_errors() {
    for (text, message) in [
        ("--5 mg", "expected a number"),
        ("NaN mg", "expected a number"),
        ("1e999999 mg", "unexpected text after the quantity"),
        ("5 mgg", "unexpected text after the quantity"),
        ("", "expected a number"),
    ] {
        let err = text.parse::<Quantity>().unwrap_err();
        assert!(err.to_string().contains(message), "{text}: {err}");
    }
    // The error points where the grammar stopped: after a comparator, a
    // number was expected; after `between` and a value, ` and ` and a
    // second value.
    let err = "about x mg".parse::<Quantity>().unwrap_err();
    assert_eq!(err.column(), 7, "{err}");
    assert!(err.to_string().contains("expected a number"), "{err}");
    let err = "between 2 mg".parse::<Quantity>().unwrap_err();
    assert_eq!(err.column(), 13, "{err}");
    assert!(err.to_string().contains("after `between`"), "{err}");
    let huge: Quantity = "99999999999999999999999 mg".parse().unwrap();
    assert_eq!(huge.low(), Some(1e23));
    let inverted: Quantity = "50-10 mg".parse().unwrap();
    assert!(inverted.is_inverted());
    assert_eq!(
        (inverted.low(), inverted.high()),
        (Some(50.0), Some(10.0)),
        "never swapped"
    );
}
