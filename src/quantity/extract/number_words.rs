//! Numbers written as words before a unit or a counted noun: `eight
//! weeks`, `two capsules`, `half a cup`, `three trials`.

use super::{Attempt, Candidate, Scanner};
use crate::grammar::number::number_word;
use crate::grammar::quantity::{comparator, comparator_after, unit_after};
use crate::quantity::context::count_noun;
use crate::quantity::mention::QuantityKind;
use crate::quantity::unit::is_word_char;
use crate::quantity::value::Parts;
use crate::quantity::words::{FOLD_WORDS, in_list};

impl Scanner<'_> {
    /// A number word before a unit or a counted noun: `eight weeks`, `two
    /// capsules`, `half a cup`, `three trials` (but not `one study`).
    pub(super) fn at_number_word(&self, i: usize) -> Attempt {
        let from = crate::scan::slice::from(self.text, i);
        let word_end = from
            .find(|c: char| !(c.is_ascii_alphabetic() || c == '-'))
            .map_or(self.text.len(), |e| i + e);
        let half = ["half a ", "half an ", "Half a ", "Half an "]
            .iter()
            .find_map(|h| from.strip_prefix(h))
            .map(|rest| (rest, 0.5));
        let (rest, value) = match half {
            // `half a cup`: the unit follows without its space.
            Some((rest, value)) => (rest, value),
            None => match number_word(from) {
                Ok((rest, n)) => (rest, f64::from(n)),
                Err(_) => return Err(word_end),
            },
        };
        let read = |rest: &str| self.text.len() - rest.len();
        // `one (1) softgel`: the word with its numeral in brackets.
        let rest = match rest.strip_prefix(" (").and_then(|r| {
            let digits = r.bytes().take_while(u8::is_ascii_digit).count();
            let echoed = crate::scan::slice::upto(r, digits).parse::<f64>().ok() == Some(value);
            echoed
                .then(|| crate::scan::slice::from(r, digits).strip_prefix(')'))
                .flatten()
        }) {
            Some(after) => after,
            None => rest,
        };
        let unit = match half {
            Some(_) => crate::grammar::unit::unit(rest),
            None => unit_after(rest),
        };
        let mut parts = Parts {
            comparator: None,
            first: value,
            second: None,
            uncertainty: None,
            unit: None,
        };
        let start = self.look_behind(i);
        let (end, kind) = match unit {
            Ok((after, unit)) if !after.starts_with(|c: char| is_word_char(c)) => {
                parts.unit = Some(unit);
                let (after, comparator) = match comparator_after(after) {
                    Ok((after, c)) => (after, Some(c)),
                    Err(_) => (after, None),
                };
                parts.comparator = comparator;
                (read(after), None)
            }
            // `about three times the RDA`.
            _ if fold_after(rest) => (read(rest) + " times".len(), Some(QuantityKind::FoldChange)),
            _ if value > 1.0 => match count_noun(rest, true) {
                Some((len, factor)) => {
                    parts.first *= factor;
                    (read(rest) + len, Some(QuantityKind::Count))
                }
                None => return Err(word_end),
            },
            _ => return Err(word_end),
        };
        if start < i {
            let (_, comparator) = comparator(crate::scan::slice::within(self.text, start..i))
                .map_err(|_| word_end)?;
            parts.comparator = Some(comparator);
        }
        let candidate = Candidate {
            start,
            number_at: i,
            end,
            parts,
            kind,
        };
        self.finish(candidate).ok_or(word_end)
    }
}

/// ` times greater`, ` times the`: `times` before a word of comparison
/// makes a factor.
fn fold_after(rest: &str) -> bool {
    rest.strip_prefix(" times ").is_some_and(|after| {
        let word = after
            .split(|c: char| !c.is_alphabetic())
            .next()
            .unwrap_or_default();
        in_list(word, FOLD_WORDS)
    })
}
