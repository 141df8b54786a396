//! Bad input gives an error that names what was expected and where.

use hermetica::{Entry, ErrorKind};

#[track_caller]
fn error(text: &str) -> hermetica::Error {
    match text.parse::<Entry>() {
        Ok(entry) => panic!("expected an error, parsed {entry:?}"),
        Err(e) => e,
    }
}

#[test]
fn empty_input() {
    for text in ["", "\n\n", "   \n\t\n"] {
        let e = error(text);
        assert_eq!(e.kind(), &ErrorKind::Empty);
        assert_eq!((e.line(), e.column(), e.offset()), (1, 1, 0));
    }
    assert_eq!(
        error("").to_string(),
        "empty input: expected an entry page starting with `# Title`\n --> 1:1\n  |\n1 | \n  | ^\n"
    );
}

#[test]
fn page_without_a_title() {
    let e = error("**Category:** Herb\n\n## Overview\n\nText.\n");
    assert_eq!(e.kind(), &ErrorKind::MissingTitle);
    assert_eq!((e.line(), e.column()), (1, 1));
    assert_eq!(e.line_text(), "**Category:** Herb");
    let e = error("## Overview\n\nText.\n");
    assert_eq!(e.kind(), &ErrorKind::MissingTitle);
}

#[test]
fn evidence_score_out_of_range() {
    let e = error("# Tea\n\n**Evidence Score:** 11 / 10\n");
    assert_eq!(
        e.kind(),
        &ErrorKind::InvalidEvidenceScore {
            found: "11 / 10".into()
        }
    );
    assert_eq!((e.line(), e.column(), e.offset()), (3, 21, 27));
    assert_eq!(
        e.to_string(),
        concat!(
            "invalid evidence score \"11 / 10\": expected `N / 10` with N an integer from 0 to 10\n",
            " --> 3:21\n",
            "  |\n",
            "3 | **Evidence Score:** 11 / 10\n",
            "  |                     ^\n",
        )
    );
    for bad in [
        "08 / 10",
        "8/10",
        "-1 / 10",
        "8.5 / 10",
        "eight / 10",
        "8 / 5",
    ] {
        let e = error(&format!("# Tea\n\n**Evidence Score:** {bad}\n"));
        assert!(
            matches!(e.kind(), ErrorKind::InvalidEvidenceScore { .. }),
            "{bad}"
        );
    }
}

#[test]
fn impossible_date() {
    let e = error("# Tea\n\n**Category:** Herb\n**Updated:** 2026-13-45\n");
    assert_eq!(
        e.kind(),
        &ErrorKind::InvalidDate {
            found: "2026-13-45".into()
        }
    );
    assert_eq!((e.line(), e.column()), (4, 14));
    assert!(e.to_string().starts_with(
        "invalid date \"2026-13-45\": expected a calendar date `YYYY-MM-DD`\n --> 4:14\n"
    ));
}

#[test]
fn invalid_canonical_url() {
    let e = error("# Tea\n\n**Canonical URL:** ingredients/tea\n");
    assert!(matches!(
        e.kind(),
        ErrorKind::InvalidUrl { found, context: "canonical URL", .. } if found == "ingredients/tea"
    ));
    assert_eq!((e.line(), e.column()), (3, 20));
    assert_eq!(
        e.kind().to_string(),
        "invalid URL \"ingredients/tea\" in canonical URL: relative URL without a base"
    );
}

#[test]
fn invalid_utf8_through_from_bytes() {
    let e = Entry::from_bytes(b"# Tea\n\nCaf\xe9 au lait\n").unwrap_err();
    assert_eq!(e.kind(), &ErrorKind::InvalidUtf8 { valid_up_to: 10 });
    assert_eq!((e.line(), e.column(), e.offset()), (3, 4, 10));
    assert_eq!(e.line_text(), "Caf");
    assert!(hermetica::Document::from_bytes(b"\xff").is_err());
}

#[test]
fn structural_errors_say_what_was_expected() {
    let e = error("# Tea\n**Category:** Herb\n");
    assert_eq!(
        e.kind(),
        &ErrorKind::Expected {
            expected: "an empty line after the title"
        }
    );
    assert_eq!((e.line(), e.column()), (2, 1));
    let e = error("# Tea\n\n**Category:** Herb\n## Overview\n\nText.\n");
    assert_eq!(
        e.kind(),
        &ErrorKind::Expected {
            expected: "an empty line before the first section"
        }
    );
    assert_eq!(e.line(), 4);
}

#[test]
fn errors_point_at_wide_characters_by_column() {
    let e = error("# Thé\n\n**Evidence Score:** 12 / 10\n");
    assert_eq!(e.column(), 21);
    let e = error("# Tea\n\n**Évidence Score:** 5 / 10\n**Updated:** 2026-02-30\n");
    assert_eq!((e.line(), e.column()), (4, 14));
}
