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
    let value: f64 = if grouped {
        written.replace(',', "").parse().ok()?
    } else if written.starts_with('.') {
        format!("0{written}").parse().ok()?
    } else {
        written.parse().ok()?
    };
    value.is_finite().then_some(Number { value, len: end })
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
}
