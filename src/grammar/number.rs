//! Numbers as written in prose: `42`, `0.5`, `1,879`, `12,000.5`, `.05`,
//! `2 500`, `½`, `3 × 10^9`, `10⁷`, `twenty-five`.

//!
//! ```text
//! number    = fraction | decimal [fraction] [power]
//! decimal   = grouped ["." digits] | "." digits (when a leading dot is allowed)
//! grouped   = 1*3digit 1*(group-sep 3digit) | 1*digit
//! group-sep = "," | thin-space | narrow-no-break-space | no-break-space | " "
//! fraction  = "½" | "¼" | "¾" | "⅓" | "⅔" | "⅛"
//! power     = [" "] ("×" | "x" | "X" | "*") [" "] "10" exponent | ("e" | "E") ["-" | "+"] digits
//!           | superscript-digits                     (after a bare `10`: `10⁷`)
//! exponent  = "^" ["-" | "−"] digits | ["⁻"] superscript-digits
//! word      = ones | tens ["-" ones]                  (`two`, `twenty-five`)
//! count     = 1*3digit *("," 3digit) | 1*digit       (a whole cell or value: `121,278`)
//! ```
//!
//! A group separator is followed by exactly three digits and then no
//! digit, so `1,8-cineole` reads `1` and `2 500 mg` reads 2500. A power of
//! ten followed by `/` is left for the unit (`4.5 × 10⁹/L` is 4.5 in
//! `10*9/L`).

use nom::Parser;
use nom::branch::alt;
use nom::bytes::complete::tag;
use nom::combinator::opt;

use super::{Res, fail};

/// A number read from text: its value and its length in bytes.
#[derive(Debug, Clone, Copy, PartialEq)]
pub(crate) struct Number {
    pub(crate) value: f64,
    pub(crate) len: usize,
    /// The power of ten the number was written with, if any (`× 10⁸`).
    pub(crate) power: Option<i32>,
}

/// The separators of thousands groups besides the comma.
const GROUP_SPACES: [&str; 4] = ["\u{2009}", "\u{202f}", "\u{a0}", " "];

/// The vulgar fractions and their values.
pub(crate) const FRACTIONS: [(&str, f64); 6] = [
    ("½", 0.5),
    ("¼", 0.25),
    ("¾", 0.75),
    ("⅓", 1.0 / 3.0),
    ("⅔", 2.0 / 3.0),
    ("⅛", 0.125),
];

fn fraction(input: &str) -> Res<'_, f64> {
    // `½ ¼ ¾` start with 0xC2, `⅓ ⅔ ⅛` with 0xE2.
    if !super::may_start(input, &[0xC2, 0xE2]) {
        return fail(input);
    }
    for (f, value) in FRACTIONS {
        if let Some(rest) = input.strip_prefix(f) {
            return Ok((rest, value));
        }
    }
    fail(input)
}

/// `["-" | "−"] number`: a number at the start of `input`, with its sign.
pub(crate) fn value(input: &str) -> Res<'_, f64> {
    signed(input).map(|(rest, n)| (rest, n.value))
}

/// [`value`], with the power of ten it was written with.
pub(crate) fn signed(input: &str) -> Res<'_, Number> {
    let (unsigned, sign) = match input.strip_prefix('−').or_else(|| input.strip_prefix('-')) {
        Some(rest) => (rest, -1.0),
        None => (input, 1.0),
    };
    match number(unsigned, true) {
        Some(n) => Ok((
            crate::scan::slice::from(unsigned, n.len),
            Number {
                value: sign * n.value,
                len: input.len() - unsigned.len() + n.len,
                ..n
            },
        )),
        None => fail(input),
    }
}

/// `count`: a whole text that is a count of things, as the site's pages
/// state totals (`121,278`, `493`). `None` for anything else, or a count
/// beyond `u64`.
#[cfg(feature = "dataset")]
pub(crate) fn count(text: &str) -> Option<u64> {
    let digits = text.replace(',', "");
    let groups: Vec<&str> = text.split(',').collect();
    let (first, rest) = groups.split_first()?;
    let grouped = (1..=3).contains(&first.len()) && rest.iter().all(|g| g.len() == 3);
    let all_digits = !digits.is_empty() && digits.bytes().all(|b| b.is_ascii_digit());
    if all_digits && (rest.is_empty() || grouped) {
        digits.parse().ok()
    } else {
        None
    }
}

/// Reads a number at the start of `text` (the `number` rule). A leading
/// `.` is accepted only when `leading_dot` is set (`.25 mg`, `p < .05`).
pub(crate) fn number(text: &str, leading_dot: bool) -> Option<Number> {
    if let Ok((rest, v)) = fraction(text) {
        return Some(Number {
            value: v,
            len: text.len() - rest.len(),
            power: None,
        });
    }
    let Number { value, len, .. } = decimal(text, leading_dot)?;
    let rest = crate::scan::slice::from(text, len);
    let (rest, value) = match fraction(rest) {
        Ok((after, f)) if value.fract() == 0.0 => (after, value + f),
        _ => (rest, value),
    };
    let written = crate::scan::slice::upto(text, len);
    let (rest, value, power) = match power(rest, written == "10") {
        Ok((after, exponent)) if !after.starts_with('/') => {
            if written == "10" && !rest.starts_with(|c: char| c.is_ascii()) {
                (after, 10f64.powi(exponent), None)
            } else {
                (after, value * 10f64.powi(exponent), Some(exponent))
            }
        }
        _ => (rest, value, None),
    };
    value.is_finite().then_some(Number {
        value,
        len: text.len() - rest.len(),
        power,
    })
}

/// `decimal`, with its thousands groups.
fn decimal(text: &str, leading_dot: bool) -> Option<Number> {
    let b = text.as_bytes();
    let digits = |from: usize| {
        b.get(from..)
            .map_or(0, |s| s.iter().take_while(|c| c.is_ascii_digit()).count())
    };
    let lead = digits(0);
    if lead == 0 && !(leading_dot && b.first() == Some(&b'.') && digits(1) > 0) {
        return None;
    }
    let mut end = lead;
    let mut grouped = false;
    if (1..=3).contains(&lead) {
        // Thousands groups: a separator and exactly three digits.
        'groups: loop {
            for sep in std::iter::once(",").chain(GROUP_SPACES) {
                let after = end + sep.len();
                if crate::scan::slice::from(text, end).starts_with(sep) && digits(after) == 3 {
                    grouped = true;
                    end = after + 3;
                    continue 'groups;
                }
            }
            break;
        }
    }
    let point = match b.get(end) {
        Some(b'.') => 1,
        // The raised decimal point of some journals: `5·1`.
        _ if crate::scan::slice::from(text, end).starts_with('·') => '·'.len_utf8(),
        _ => 0,
    };
    if point > 0 && digits(end + point) > 0 {
        end += point + digits(end + point);
    }
    let written = text.get(..end)?;
    let plain: String;
    let written = if grouped || point > 1 {
        plain = written
            .chars()
            .filter(|c| c.is_ascii_digit() || *c == '.' || *c == '·')
            .map(|c| if c == '·' { '.' } else { c })
            .collect();
        plain.as_str()
    } else {
        written
    };
    let value: f64 = written.parse().ok()?;
    value.is_finite().then_some(Number {
        value,
        len: end,
        power: None,
    })
}

/// `power`: the exponent of a power of ten after a number. Superscript
/// digits alone follow only a bare `10` (`10⁷`).
fn power(input: &str, bare_ten: bool) -> Res<'_, i32> {
    // A space, `×` (0xC3), `x`, `X`, `*`, `e`, `E`, or a superscript
    // (0xC2, 0xE2).
    if !super::may_start(input, b" \xC3xX*eE\xC2\xE2") {
        return fail(input);
    }
    if bare_ten && let Ok(found) = superscript(input) {
        return Ok(found);
    }
    if let Ok((rest, _)) = times_ten(input) {
        return exponent_of_ten(rest);
    }
    let (rest, _) = alt((tag("e"), tag("E"))).parse(input)?;
    let (rest, sign) = opt(alt((tag("-"), tag("+")))).parse(rest)?;
    match exponent_digits(rest, 3) {
        Some((after, n)) if !after.starts_with(|c: char| c.is_alphanumeric()) => {
            Ok((after, if sign == Some("-") { -n } else { n }))
        }
        _ => fail(input),
    }
}

/// `[" "] ("×" | "x" | "X" | "*") [" "] "10"`
fn times_ten(input: &str) -> Res<'_, &str> {
    let (rest, _) = (
        opt(tag(" ")),
        alt((tag("×"), tag("x"), tag("X"), tag("*"))),
        opt(tag(" ")),
    )
        .parse(input)?;
    tag("10").parse(rest)
}

/// `exponent = "^" ["-" | "−"] digits | ["⁻"] superscript-digits`
pub(crate) fn exponent_of_ten(input: &str) -> Res<'_, i32> {
    if let Ok(found) = superscript(input) {
        return Ok(found);
    }
    let (rest, _) = tag("^").parse(input)?;
    let (rest, minus) = opt(alt((tag("-"), tag("−")))).parse(rest)?;
    match exponent_digits(rest, 2) {
        Some((after, n)) => Ok((after, if minus.is_some() { -n } else { n })),
        None => fail(input),
    }
}

/// The one to `max` ASCII digits of an exponent at the start of `input`,
/// and their value.
fn exponent_digits(input: &str, max: usize) -> Option<(&str, i32)> {
    let digits = input.bytes().take_while(u8::is_ascii_digit).count();
    if digits == 0 || digits > max {
        return None;
    }
    let n = crate::scan::slice::upto(input, digits).parse().ok()?;
    Some((crate::scan::slice::from(input, digits), n))
}

/// `["⁻"] superscript-digits`
fn superscript(input: &str) -> Res<'_, i32> {
    const DIGITS: [char; 10] = ['⁰', '¹', '²', '³', '⁴', '⁵', '⁶', '⁷', '⁸', '⁹'];
    let (mut rest, minus) = match input.strip_prefix('⁻') {
        Some(r) => (r, true),
        None => (input, false),
    };
    let mut n: i32 = 0;
    let mut count = 0;
    while let Some(c) = rest.chars().next() {
        let Some(d) = DIGITS.iter().position(|x| *x == c) else {
            break;
        };
        n = n * 10 + d as i32;
        count += 1;
        rest = crate::scan::slice::from(rest, c.len_utf8());
        if count > 2 {
            return fail(input);
        }
    }
    if count == 0 {
        return fail(input);
    }
    Ok((rest, if minus { -n } else { n }))
}

/// Every word that may start a number, for the search of where they
/// stand: the ones and tens (`twenty-five` is found from `twenty`) and
/// `half` (`half a cup`).
pub(crate) fn number_word_starts() -> impl Iterator<Item = &'static str> {
    ONES.iter()
        .chain(TENS.iter())
        .map(|(w, _)| *w)
        .chain(["half"])
}

/// The number words and their values.
const ONES: [(&str, u32); 19] = [
    ("one", 1),
    ("two", 2),
    ("three", 3),
    ("four", 4),
    ("five", 5),
    ("six", 6),
    ("seven", 7),
    ("eight", 8),
    ("nine", 9),
    ("ten", 10),
    ("eleven", 11),
    ("twelve", 12),
    ("thirteen", 13),
    ("fourteen", 14),
    ("fifteen", 15),
    ("sixteen", 16),
    ("seventeen", 17),
    ("eighteen", 18),
    ("nineteen", 19),
];
const TENS: [(&str, u32); 8] = [
    ("twenty", 20),
    ("thirty", 30),
    ("forty", 40),
    ("fifty", 50),
    ("sixty", 60),
    ("seventy", 70),
    ("eighty", 80),
    ("ninety", 90),
];

/// One of `list` at the start of `input`, any case in its first letter.
fn word_of<'a>(list: &[(&str, u32)], input: &'a str) -> Res<'a, u32> {
    for (w, n) in list {
        // `twofold`: the unit may be glued to the word.
        if let Some(rest) = super::strip_word(input, w)
            && (!rest.starts_with(|c: char| c.is_alphabetic()) || rest.starts_with("fold"))
        {
            return Ok((rest, *n));
        }
    }
    fail(input)
}

/// `word = ones | tens ["-" ones]`, a whole word, any case in its first
/// letter: `two`, `Twelve`, `twenty-five`. Returns the value.
pub(crate) fn number_word(input: &str) -> Res<'_, u32> {
    let (rest, n) = match word_of(&TENS, input) {
        Ok((rest, tens)) => match rest
            .strip_prefix('-')
            .map(|r| word_of(ONES.get(..9).unwrap_or_default(), r))
        {
            Some(Ok((after, ones))) => (after, tens + ones),
            _ => (rest, tens),
        },
        Err(_) => word_of(&ONES, input)?,
    };
    if rest.starts_with(|c: char| c.is_alphanumeric()) && !rest.starts_with("fold") {
        return fail(input);
    }
    Ok((rest, n))
}

#[cfg(test)]
mod tests {
    use super::*;

    fn read(text: &str) -> Option<(f64, usize)> {
        number(text, false).map(|n| (n.value, n.len))
    }

    #[test]
    fn numbers() {
        assert_eq!(read("42 mg"), Some((42.0, 2)));
        assert_eq!(read("0.5–1"), Some((0.5, 3)));
        assert_eq!(read("1,879 participants"), Some((1879.0, 5)));
        assert_eq!(read("12,000.5"), Some((12000.5, 8)));
        assert_eq!(read("1,8-Cineole"), Some((1.0, 1)));
        assert_eq!(read("1,25-dihydroxy"), Some((1.0, 1)));
        assert_eq!(read("1234,567"), Some((1234.0, 4)));
        assert_eq!(read("5."), Some((5.0, 1)));
        assert_eq!(read("mg"), None);
        assert_eq!(read(".05"), None);
        assert_eq!(number(".05", true).map(|n| n.value), Some(0.05));
        assert_eq!(read(&"9".repeat(400)), None, "overflows to infinity");
    }

    #[test]
    fn prose_forms() {
        assert_eq!(read("2 500 mg"), Some((2500.0, 5)));
        assert_eq!(read("1 000 mg"), Some((1000.0, 5)));
        assert_eq!(read("2\u{2009}500 mg"), Some((2500.0, 7)));
        assert_eq!(read("12 weeks"), Some((12.0, 2)));
        assert_eq!(read("2 50 mg"), Some((2.0, 1)));
        assert_eq!(read("½ cup"), Some((0.5, 2)));
        assert_eq!(read("1½ cups"), Some((1.5, 3)));
        assert_eq!(read("3 × 10^9 CFU"), Some((3e9, 9)));
        assert_eq!(read("4 x 10⁸ cells"), Some((4e8, 9)));
        assert_eq!(read("2.5e6 copies"), Some((2.5e6, 5)));
        assert_eq!(read("10⁷ CFU"), Some((1e7, 5)));
        assert_eq!(read("1.2 × 10⁻³"), Some((1.2e-3, 14)));
        assert_eq!(
            read("4.5 × 10⁹/L"),
            Some((4.5, 3)),
            "the power is the unit's"
        );
        assert_eq!(read("5·1 g/L"), Some((5.1, 4)));
        assert_eq!(read("2e"), Some((2.0, 1)));
        assert_eq!(number(".25 mg", true).map(|n| n.value), Some(0.25));
    }

    #[test]
    fn number_words() {
        assert_eq!(number_word("two capsules"), Ok((" capsules", 2)));
        assert_eq!(number_word("Twenty-five trials"), Ok((" trials", 25)));
        assert_eq!(number_word("thirty days"), Ok((" days", 30)));
        assert_eq!(
            number_word("tenfold"),
            Ok(("fold", 10)),
            "the unit glued on"
        );
        assert!(number_word("tenth").is_err());
        assert!(number_word("someone").is_err());
    }

    #[test]
    #[cfg(feature = "dataset")]
    fn counts_are_whole_texts_with_thousands_groups() {
        assert_eq!(count("121,278"), Some(121_278));
        assert_eq!(count("493"), Some(493));
        assert_eq!(count("120645"), Some(120_645));
        assert_eq!(count("1,000,000"), Some(1_000_000));
        for not_a_count in [
            "", ",", "1,2", "1,2345", "1234,567", "12.5", "-3", "63 pairs", "1,,000",
        ] {
            assert_eq!(count(not_a_count), None, "{not_a_count:?}");
        }
        assert_eq!(count("99,999,999,999,999,999,999"), None, "beyond u64");
    }
}
