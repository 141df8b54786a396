//! Bare numbers named by a letter before them: a sample size (`n=62`,
//! `(n = 76)`, `n>1,000`, `n=1,000+`) and a p-value (`p < 0.05`, `P=.03`).

use super::{Attempt, Scanner};
use crate::grammar::number::number;
use crate::grammar::quantity::quantity;
use crate::quantity::mention::QuantityKind;
use crate::quantity::unit::is_word_char;
use crate::quantity::value::{Comparator, Parts, Quantity};
use crate::quantity::words::{COMPARATOR_SYMBOLS, comparator_symbol_before};

impl Scanner<'_> {
    /// `n=62`, `(n = 76)`, `n>1,000`, `n=1,000+`; `p < 0.05`, `P=.03`: the
    /// letter `n` or `p` as a word of its own, then `=` or a comparator
    /// symbol.
    pub(super) fn at_letter(&self, i: usize, word_end: usize) -> Attempt {
        let rest = crate::scan::slice::from(self.text, i + 1);
        let rest = rest.strip_prefix(' ').unwrap_or(rest);
        let (rest, comparator) = match rest.strip_prefix('=') {
            Some(r) => (r, None),
            None => match COMPARATOR_SYMBOLS.iter().find(|(s, _)| rest.starts_with(s)) {
                Some((symbol, c)) => (crate::scan::slice::from(rest, symbol.len()), Some(*c)),
                None => return Err(word_end),
            },
        };
        let rest = rest.strip_prefix(' ').unwrap_or(rest);
        let number_at = self.text.len() - rest.len();
        let (end, parts, kind) = if matches!(self.text.as_bytes().get(i), Some(b'p' | b'P')) {
            // A p-value: one number, which may start with `.`.
            let Some(n) = number(rest, true) else {
                return Err(word_end);
            };
            let parts = Parts {
                comparator,
                first: n.value,
                second: None,
                uncertainty: None,
                unit: None,
            };
            (number_at + n.len, parts, QuantityKind::PValue)
        } else {
            // A sample size: a bare number or range, `+` meaning at least.
            let Ok((after, parts)) = quantity(rest) else {
                return Err(word_end);
            };
            // `n=1,000+` reads its `+` as at least.
            if parts.unit.is_some() || parts.comparator.is_some_and(|c| c != Comparator::Ge) {
                return Err(word_end);
            }
            let mut end = self.text.len() - after.len();
            let mut comparator = comparator;
            if crate::scan::slice::from(self.text, end).starts_with('+') {
                end += 1;
                comparator = comparator.or(Some(Comparator::Ge));
            }
            (
                end,
                Parts {
                    comparator: comparator.or(parts.comparator),
                    ..parts
                },
                QuantityKind::SampleSize,
            )
        };
        if self.continues_identifier(end, false) {
            return Err(end);
        }
        let quantity = Quantity::from_kept(self.keep(number_at..end), parts);
        Ok(self.mention(i..end, kind, quantity, None))
    }

    /// `n=62`, `p < .05`: the number at `i` after `=` or a comparator
    /// symbol after the word `n` or `p`; read from the letter on.
    pub(super) fn prefixed(&self, i: usize) -> Option<Attempt> {
        let mut head = crate::scan::slice::upto(self.text, i);
        if let Some(h) = head.strip_suffix('.') {
            head = h; // a p-value written `.05`
        }
        let head = head.strip_suffix(' ').unwrap_or(head);
        let head = match head.strip_suffix('=') {
            Some(h) => h,
            None => {
                let symbol = comparator_symbol_before(head)?;
                crate::scan::slice::upto(head, head.len() - symbol.len())
            }
        };
        let head = head.strip_suffix(' ').unwrap_or(head);
        let letter = head.len().checked_sub(1)?;
        if !matches!(head.as_bytes().get(letter), Some(b'n' | b'N' | b'p' | b'P')) {
            return None;
        }
        if crate::scan::slice::upto(head, letter)
            .chars()
            .next_back()
            .is_some_and(is_word_char)
        {
            return None;
        }
        Some(self.at_letter(letter, letter + 1))
    }
}
