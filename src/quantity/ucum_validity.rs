//! Every code the crate writes is a UCUM code: checked against the UCUM
//! grammar and the atoms of the UCUM table it uses, written out here
//! (The Unified Code for Units of Measure, §§ 2–4 and its tables), so
//! that the check does not lean on the crate's own reading of codes.

use super::atoms::{ANNOTATIONS, ATOMS, POWERS_OF_TEN, PREFIXES};
use super::unit::{Factor, Unit};

/// The UCUM prefixes (the crate uses a subset).
const UCUM_PREFIXES: &[&str] = &[
    "Y", "Z", "E", "P", "T", "G", "M", "k", "h", "da", "d", "c", "m", "u", "n", "p", "f", "a", "z",
    "y",
];

/// UCUM atoms the crate may write: the code and whether it is metric
/// (takes a prefix).
const UCUM_ATOMS: &[(&str, bool)] = &[
    ("g", true),
    ("L", true),
    ("l", true),
    ("mol", true),
    ("eq", true),
    ("osm", true),
    ("U", true),
    ("[IU]", true),
    ("[CFU]", false),
    ("s", true),
    ("min", false),
    ("h", false),
    ("d", false),
    ("wk", false),
    ("mo", false),
    ("a", false),
    ("%", false),
    ("[ppm]", false),
    ("[ppb]", false),
    ("cal", true),
    ("J", true),
    ("Pa", true),
    ("m[Hg]", true),
    ("Cel", true),
    ("[degF]", false),
    ("m", true),
    ("[tsp_us]", false),
    ("[tbs_us]", false),
    ("[cup_us]", false),
    ("[foz_us]", false),
    ("[oz_av]", false),
    ("[lb_av]", false),
    ("10*", false),
];

/// `annotation = "{" 1*(ASCII 33–126 but "{" "}") "}"`
fn annotation(code: &str) -> Option<&str> {
    let body = code.strip_prefix('{')?;
    let end = body.find('}')?;
    let inside = &body[..end];
    let valid = !inside.is_empty()
        && inside
            .bytes()
            .all(|b| (33..=126).contains(&b) && b != b'{' && b != b'}');
    valid.then(|| &body[end + 1..])
}

/// `exponent = ["+" | "-"] 1*digit`
fn exponent(code: &str) -> &str {
    let signed = code.strip_prefix(['+', '-']).unwrap_or(code);
    let digits = signed.bytes().take_while(u8::is_ascii_digit).count();
    if digits == 0 { code } else { &signed[digits..] }
}

/// `simple-unit = [prefix] metric-atom | atom`; every reading, as the
/// text after it.
fn simple_units(code: &str) -> Vec<&str> {
    let mut ends = Vec::new();
    for (atom, metric) in UCUM_ATOMS {
        if let Some(rest) = code.strip_prefix(atom) {
            // `10*` takes its exponent as part of itself.
            if *atom == "10*" {
                let digits = rest.bytes().take_while(u8::is_ascii_digit).count();
                if digits > 0 {
                    ends.push(&rest[digits..]);
                }
            } else {
                ends.push(rest);
            }
        }
        if *metric {
            for prefix in UCUM_PREFIXES {
                if let Some(rest) = code.strip_prefix(prefix).and_then(|r| r.strip_prefix(atom)) {
                    ends.push(rest);
                }
            }
        }
    }
    ends
}

/// `component = annotatable [annotation] | annotation | factor | "(" term ")"`;
/// every reading, as the text after it.
fn components(code: &str) -> Vec<&str> {
    let mut ends = Vec::new();
    if let Some(rest) = annotation(code) {
        ends.push(rest);
    }
    let digits = code.bytes().take_while(u8::is_ascii_digit).count();
    if digits > 0 {
        ends.push(&code[digits..]);
    }
    if let Some(inner) = code.strip_prefix('(') {
        for rest in terms(inner) {
            if let Some(after) = rest.strip_prefix(')') {
                ends.push(after);
            }
        }
    }
    for rest in simple_units(code) {
        let rest = exponent(rest);
        ends.push(annotation(rest).unwrap_or(rest));
    }
    ends
}

/// `term = component {("." | "/") component}`; every reading.
fn terms(code: &str) -> Vec<&str> {
    let mut ends = Vec::new();
    let mut frontier = components(code);
    while let Some(rest) = frontier.pop() {
        ends.push(rest);
        if let Some(next) = rest.strip_prefix(['.', '/']) {
            frontier.extend(components(next));
        }
    }
    ends
}

/// `main-term = "/" term | term`, the whole code.
fn is_ucum(code: &str) -> bool {
    let body = code.strip_prefix('/').unwrap_or(code);
    terms(body).contains(&"")
}

/// Every atom with every prefix it takes, as factors.
fn factors() -> Vec<Factor> {
    let mut all = Vec::new();
    for atom in ATOMS.iter().chain(POWERS_OF_TEN.iter()) {
        if !atom.needs_prefix {
            all.push(Factor {
                prefix: None,
                atom,
                exponent: 1,
            });
        }
        for prefix in PREFIXES.iter().filter(|p| atom.prefixes.contains(&p.code)) {
            all.push(Factor {
                prefix: Some(prefix),
                atom,
                exponent: 1,
            });
        }
    }
    all
}

#[test]
fn the_validator_refuses_what_ucum_refuses() {
    for bad in [
        "mgg",
        "kmin",
        "mg/",
        "{}",
        "ug{a{b}",
        "m^2",
        "1,5",
        "{FU}{RAE}",
    ] {
        assert!(!is_ucum(bad), "{bad}");
    }
    for good in [
        "mg",
        "ug/(5.mL)",
        "mL/min/{1.73_m2}",
        "10*9/L",
        "/mm3",
        "mm[Hg]",
        "kg/m2",
    ] {
        assert!(is_ucum(good), "{good}");
    }
}

/// Every code the crate can write: each atom with each prefix, alone,
/// raised, annotated, and over each other one, with and without a count.
#[test]
fn every_code_the_crate_writes_is_ucum() {
    let factors = factors();
    let mut checked = 0;
    for f in &factors {
        let alone = Unit::single(*f);
        let mut units = vec![alone];
        // The grammar raises only lengths (`m²`, `mm³`); any atom may stand
        // below the line (`h⁻¹`).
        let powers: &[i8] = if f.atom.dimension == super::Dimension::LENGTH {
            &[2, 3, -1, -2, -3]
        } else {
            &[-1]
        };
        for &power in powers {
            units.push(Unit::single(Factor {
                exponent: power,
                ..*f
            }));
        }
        for a in ANNOTATIONS.iter().filter(|_| f.atom.takes_annotation()) {
            units.push(alone.annotated(a.code));
        }
        for g in &factors {
            let per = Factor { exponent: -1, ..*g };
            units.extend(alone.with(per));
            units.extend(alone.with(per).map(|u| u.counted(100)));
            units.extend(alone.with(*g));
        }
        for unit in units {
            let code = unit.code();
            assert!(is_ucum(&code), "{code} is not a UCUM code");
            checked += 1;
        }
    }
    assert!(checked > 10_000, "{checked} codes");
}
