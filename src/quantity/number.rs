//! Numbers as written in prose: `42`, `0.5`, `1,879`, `12,000.5`, `.05`.

/// A number read from text: its value and its length in bytes.
#[derive(Debug, Clone, Copy, PartialEq)]
pub(crate) struct Number {
    pub(crate) value: f64,
    pub(crate) len: usize,
}

/// Reads a number at the start of `text`. Thousands separators are commas
/// followed by exactly three digits (so `1,8-Cineole` reads `1`). A leading
/// `.` is accepted only when `leading_dot` is set (p-values: `p < .05`).
pub(crate) fn number(text: &str, leading_dot: bool) -> Option<Number> {
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
        // Thousands groups: a comma and exactly three digits.
        while b.get(end) == Some(&b',') && digits(end + 1) == 3 {
            grouped = true;
            end += 4;
        }
    }
    if b.get(end) == Some(&b'.') && digits(end + 1) > 0 {
        end += 1 + digits(end + 1);
    }
    let written = text.get(..end)?;
    let value: f64 = if let Some(value) = exact_value(written) {
        value
    } else if grouped {
        written.replace(',', "").parse().ok()?
    } else if written.starts_with('.') {
        format!("0{written}").parse().ok()?
    } else {
        written.parse().ok()?
    };
    value.is_finite().then_some(Number { value, len: end })
}

/// The value of a number of at most 15 digits (commas and one `.`
/// aside), computed without the general decimal parser: the digits form
/// an integer below 2^53 and the power of ten at most 10^15, both exact in
/// an `f64`, so their quotient is the correctly rounded value, as
/// `str::parse` gives it (Clinger's fast path).
fn exact_value(written: &str) -> Option<f64> {
    const POWERS: [f64; 16] = [
        1e0, 1e1, 1e2, 1e3, 1e4, 1e5, 1e6, 1e7, 1e8, 1e9, 1e10, 1e11, 1e12, 1e13, 1e14, 1e15,
    ];
    let mut digits = 0u64;
    let mut count = 0usize;
    let mut decimals: Option<usize> = None;
    for b in written.bytes() {
        match b {
            b'0'..=b'9' => {
                digits = digits * 10 + u64::from(b - b'0');
                count += 1;
                decimals = decimals.map(|d| d + 1);
                if count > 15 {
                    return None;
                }
            }
            b',' => {}
            b'.' if decimals.is_none() => decimals = Some(0),
            _ => return None,
        }
    }
    // At most 15 digits: below 10^15 < 2^53, so the conversion is exact
    // (and, as the value fits an `i64`, one instruction).
    let value = digits as i64 as f64;
    match decimals {
        // A whole number needs no division, the slowest step here.
        None | Some(0) => Some(value),
        Some(d) => Some(value / POWERS.get(d)?),
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use proptest::prelude::*;

    proptest! {
        #[test]
        fn the_fast_path_gives_what_parse_gives(
            int in "[0-9]{1,12}",
            frac in proptest::option::of("[0-9]{1,10}"),
        ) {
            let written = match &frac {
                Some(frac) => format!("{int}.{frac}"),
                None => int.clone(),
            };
            let parsed: f64 = written.parse().unwrap();
            match exact_value(&written) {
                Some(value) => prop_assert_eq!(value.to_bits(), parsed.to_bits()),
                None => prop_assert!(int.len() + frac.map_or(0, |f| f.len()) > 15),
            }
        }
    }

    #[test]
    fn the_fast_path_reads_commas_and_a_leading_dot() {
        assert_eq!(exact_value("12,000.5"), Some(12000.5));
        assert_eq!(exact_value(".05"), Some(0.05));
        assert_eq!(exact_value("0.1"), Some(0.1));
        assert_eq!(exact_value("1234567890123456"), None);
        assert_eq!(exact_value("1.2.3"), None);
    }

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
}
