//! Hostile input: a clear error or a correct parse, quickly, without
//! panics; and work that grows linearly with the input.

mod util;

use util::hostile::{HEAD, exercise, hostile};

use hermetica::{Document, Entry, ErrorKind, Quantity, quantities};

#[test]
fn empty_and_blank_input_are_clear_errors() {
    for text in ["", " ", "\n", "\r\n\r\n", "\t \n  \n"] {
        let err = text.parse::<Entry>().unwrap_err();
        assert_eq!(err.kind(), &ErrorKind::Empty, "{text:?}");
        assert_eq!(Document::from(text).to_string(), text);
    }
}

#[test]
fn a_ten_megabyte_line() {
    let line = "x".repeat(10 * 1024 * 1024);
    let err = line.parse::<Entry>().unwrap_err();
    assert_eq!(err.kind(), &ErrorKind::MissingTitle);
    assert!(err.line_text().len() == line.len());
    let page = format!("{HEAD}{line}");
    exercise(&page);
    assert!(page.parse::<Entry>().unwrap().overview().is_some());
}

#[test]
fn a_hundred_thousand_headings_and_bullets() {
    let headings = format!("# Hostile\n\n{}", "## h\n".repeat(100_000));
    let entry: Entry = headings.parse().unwrap();
    assert_eq!(entry.sections.len(), 100_000);
    assert_eq!(entry.to_string(), headings);
    let bullets = format!(
        "# Hostile\n\n## Health Benefits\n\n{}",
        "• eases (in vitro)\n".repeat(100_000)
    );
    let entry: Entry = bullets.parse().unwrap();
    assert_eq!(entry.health_benefits().unwrap().items.len(), 100_000);
    assert_eq!(entry.to_string(), bullets);
}

#[test]
fn a_megabyte_of_open_parentheses_and_brackets() {
    for unit in ["(", "[", "[a](", "](", "*", "#", "|"] {
        let page = hostile(HEAD, unit, 1_000_000);
        exercise(&page);
    }
}

#[test]
fn nul_bytes_bom_and_mixed_endings_parse_correctly() {
    let nul = "# Te\0a\n\n**Category:** H\0rb\n";
    let entry: Entry = nul.parse().unwrap();
    assert_eq!(entry.title, "Te\0a");
    assert_eq!(entry.to_string(), nul);

    let bom = "\u{feff}# Tea\n\n**Category:** Herb\n";
    let entry: Entry = bom.parse().unwrap();
    assert_eq!(entry.title, "Tea");
    assert!(entry.layout.bom);
    assert_eq!(entry.to_string(), bom);

    let mixed = "# Tea\r\n\n**Category:** Herb\r\n\r\n## Overview\n\nText.\r\n";
    let entry: Entry = mixed.parse().unwrap();
    assert_eq!(entry.to_string(), mixed);
}

#[test]
fn invalid_utf8_is_an_error_that_points_at_the_byte() {
    let err = Entry::from_bytes(b"# Tea\n\n**Category:** H\xffrb\n").unwrap_err();
    assert_eq!(err.kind(), &ErrorKind::InvalidUtf8 { valid_up_to: 22 });
    assert_eq!((err.line(), err.column()), (3, 16));
}

#[test]
fn hostile_numbers() {
    assert!("1e999999 mg".parse::<Quantity>().is_err());
    // A difference or a temperature may be below zero.
    assert_eq!("-5 mg".parse::<Quantity>().unwrap().low(), Some(-5.0));
    assert_eq!("−80 °C".parse::<Quantity>().unwrap().high(), Some(-80.0));
    assert!("--5 mg".parse::<Quantity>().is_err());
    assert!("NaN mg".parse::<Quantity>().is_err());
    assert!("inf mg".parse::<Quantity>().is_err());
    let huge: Quantity = "99999999999999999999999 mg".parse().unwrap();
    assert_eq!(huge.low(), Some(1e23));
    let digits = "9".repeat(400);
    assert!(
        format!("{digits} mg").parse::<Quantity>().is_err(),
        "beyond f64 is an error"
    );
    let inverted: Quantity = "50–10 mg".parse().unwrap();
    assert!(inverted.is_inverted(), "reported, never swapped");
    let found: Vec<_> = quantities("take 1e999999 mg or -5 mg or NaN mg")
        .map(|m| m.text)
        .collect();
    assert_eq!(
        found,
        ["-5 mg"],
        "only the well-formed amount, with its sign"
    );
}
