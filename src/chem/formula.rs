//! `MolecularFormula`: `C41H68O14` as element counts.

use std::fmt;
use std::str::FromStr;

use super::elements::weight;
use crate::error::{Error, ErrorKind};

/// A molecular formula in Hill-style notation without charges or groups:
/// element symbols each followed by an optional count (`C41H68O14`).
///
/// ```
/// use hermetica::MolecularFormula;
///
/// let formula: MolecularFormula = "C41H68O14".parse().unwrap();
/// assert_eq!(formula.count("C"), 41);
/// assert_eq!(formula.to_string(), "C41H68O14");
/// assert!((formula.molar_mass() - 784.98).abs() < 0.05);
/// assert!("C41X2".parse::<MolecularFormula>().is_err());
/// ```
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
pub struct MolecularFormula {
    /// (element symbol, count) in written order; a symbol may repeat.
    elements: Vec<(&'static str, u32)>,
    /// Which counts were written (a `1` may be written or implied).
    written: Vec<bool>,
}

impl MolecularFormula {
    /// The element counts in written order.
    pub fn elements(&self) -> impl Iterator<Item = (&'static str, u32)> + '_ {
        self.elements.iter().copied()
    }

    /// How many atoms of `symbol` the formula holds.
    pub fn count(&self, symbol: &str) -> u32 {
        self.elements
            .iter()
            .filter(|(s, _)| *s == symbol)
            .map(|(_, n)| n)
            .sum()
    }

    /// The molar mass in g/mol from standard atomic weights.
    pub fn molar_mass(&self) -> f64 {
        self.elements
            .iter()
            .map(|(s, n)| weight(s).unwrap_or(0.0) * f64::from(*n))
            .sum()
    }

    /// Reads a formula at the start of `text`; returns it and the bytes
    /// read. Needs at least two element groups.
    pub(crate) fn read(text: &str) -> Result<(MolecularFormula, usize), (usize, &'static str)> {
        let b = text.as_bytes();
        let mut i = 0;
        let mut elements = Vec::new();
        let mut written = Vec::new();
        while b.get(i).is_some_and(u8::is_ascii_uppercase) {
            let len = if b.get(i + 1).is_some_and(u8::is_ascii_lowercase) {
                2
            } else {
                1
            };
            let symbol = crate::scan::slice::within(text, i..i + len);
            let Some(known) = super::elements::ELEMENTS.iter().find(|(s, _)| *s == symbol) else {
                return Err((i, "unknown element symbol"));
            };
            i += len;
            let digits = b
                .get(i..)
                .unwrap_or_default()
                .iter()
                .take_while(|c| c.is_ascii_digit())
                .count();
            let count = if digits == 0 {
                1
            } else {
                if b.get(i) == Some(&b'0') {
                    return Err((i, "an element count cannot start with 0"));
                }
                crate::scan::slice::within(text, i..i + digits)
                    .parse()
                    .map_err(|_| (i, "element count too large"))?
            };
            i += digits;
            elements.push((known.0, count));
            written.push(digits > 0);
        }
        if elements.is_empty() {
            return Err((0, "expected an element symbol such as C, H or O"));
        }
        Ok((MolecularFormula { elements, written }, i))
    }
}

impl FromStr for MolecularFormula {
    type Err = Error;

    fn from_str(text: &str) -> Result<Self, Self::Err> {
        let fail = |at: usize, reason: &'static str| {
            Error::new(
                ErrorKind::InvalidValue {
                    what: "molecular formula",
                    found: text.to_owned(),
                    reason,
                },
                at..text.len(),
                text,
            )
        };
        match MolecularFormula::read(text) {
            Ok((formula, len)) if len == text.len() => Ok(formula),
            Ok((_, len)) => Err(fail(len, "unexpected character in formula")),
            Err((at, reason)) => Err(fail(at, reason)),
        }
    }
}

impl fmt::Display for MolecularFormula {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let mut text = String::new();
        for ((symbol, count), written) in self.elements.iter().zip(&self.written) {
            text.push_str(symbol);
            if *written {
                text.push_str(&count.to_string());
            }
        }
        f.pad(&text)
    }
}

/// Finds molecular formulas in prose: tokens of two or more element
/// groups that hold carbon and hydrogen and at least one count
/// (`C41H68O14`, `C26H33ClO9`), standing as whole words.
pub(crate) fn formulas(text: &str) -> Vec<(std::ops::Range<usize>, MolecularFormula)> {
    let mut found = Vec::new();
    let mut pos = 0;
    while let Some(offset) =
        crate::scan::slice::from(text, pos).find(|c: char| c.is_ascii_uppercase())
    {
        let start = pos + offset;
        // A formula stands as a whole word, so only a word's first letter
        // can start one, and the word is read once: the search goes on
        // after it, found or not.
        let word_end = crate::scan::slice::from(text, start)
            .find(|c: char| !c.is_alphanumeric())
            .map_or(text.len(), |len| start + len);
        pos = word_end;
        let glued = crate::scan::slice::upto(text, start)
            .chars()
            .next_back()
            .is_some_and(|c| c.is_alphanumeric());
        if glued {
            continue;
        }
        let Ok((formula, len)) = MolecularFormula::read(crate::scan::slice::from(text, start))
        else {
            continue;
        };
        let end = start + len;
        let whole = !crate::scan::slice::from(text, end)
            .starts_with(|c: char| c.is_alphanumeric() || c == '-');
        let chemical = formula.elements.len() >= 2
            && formula.count("C") > 0
            && formula.count("H") > 0
            && formula.written.iter().any(|w| *w);
        if whole && chemical {
            found.push((start..end, formula));
        }
    }
    found
}

crate::serde_text::as_text!(MolecularFormula);
