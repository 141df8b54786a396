//! Finding quantities in prose.
//!
//! One forward pass. At each number that starts a token (not glued to a
//! word: `IL-6`, `CYP3A4`, `COVID-19`, `B12` are skipped), the grammar
//! reads a quantity; a few bytes of look-behind find a comparator word or
//! a `n=`/`p <` prefix; then the context decides: a unit makes a quantity;
//! a bare number is one only as a sample size, a p-value, a count of
//! people or studies, a fold change or a logP. After a match or a
//! rejection the scan resumes past the number, so the work is linear.

use std::ops::Range;

use crate::SharedStr;

mod number_words;
mod prefixed;

use super::context::{count_noun, ends_with_word, kind_of};
use super::mention::{Mention, QuantityKind};
use super::starts::{Start, starts};
use super::unit::is_word_char;
use super::value::{Comparator, Parts, Quantity};
use super::words::{
    CHANGE_VERBS, FOLD_WORDS, LABEL_WORDS, comparator_symbol_before, comparator_words_ending_with,
    in_list,
};
use super::{Per, Unit};
use crate::grammar::dose::dose_tail;
use crate::grammar::quantity::{comparator_after, quantity, quantity_with};

/// Finds every quantity in `text`, in order, with byte spans that do not
/// overlap.
///
/// ```
/// let text = "An RCT (n=62) found that 200mg 3x daily for 2–4 weeks lowered IL-6 by 30% (p < 0.05).";
/// let found: Vec<_> = hermetica::quantities(text).collect();
/// let found: Vec<_> = found.iter().map(|m| (m.text.as_str(), m.kind)).collect();
/// use hermetica::QuantityKind::*;
/// assert_eq!(found, [
///     ("n=62", SampleSize),
///     ("200mg 3x daily", Dose),
///     ("2–4 weeks", Duration),
///     ("30%", Percentage),
///     ("p < 0.05", PValue),
/// ]);
/// ```
pub fn quantities(text: &str) -> impl Iterator<Item = Mention> + '_ {
    quantities_among(text, starts(text), None)
}

/// [`quantities`] of a part of a page, as when a page's blocks are read
/// one by one, with the places a quantity may start already found
/// ([`starts`], once over the page); the long texts of what is found
/// share `page` when `text` is a part of it.
pub(crate) fn quantities_among<'a>(
    text: &'a str,
    starts: Vec<(usize, Start)>,
    page: Option<&'a SharedStr>,
) -> Scanner<'a> {
    Scanner {
        text,
        page,
        pos: 0,
        starts,
        next: 0,
    }
}

pub(crate) struct Scanner<'a> {
    text: &'a str,
    /// The buffer `text` lies in, if any.
    page: Option<&'a SharedStr>,
    pos: usize,
    /// Where quantities may start, in order.
    starts: Vec<(usize, Start)>,
    /// The first of `starts` not yet passed.
    next: usize,
}

impl Iterator for Scanner<'_> {
    type Item = Mention;

    fn next(&mut self) -> Option<Mention> {
        loop {
            while self
                .starts
                .get(self.next)
                .is_some_and(|&(at, _)| at < self.pos)
            {
                self.next += 1;
            }
            let &(i, start) = self.starts.get(self.next)?;
            let found = match start {
                Start::Digit => self.at_digit(i),
                Start::Word => self.at_number_word(i),
            };
            match found {
                // A prefix (`n=`) reaching back into an earlier mention.
                Ok(mention) if mention.span.start < self.pos => self.pos = i + 1,
                Ok(mention) => {
                    self.pos = mention.span.end.max(i + 1);
                    return Some(mention);
                }
                Err(next) => self.pos = next.max(i + 1),
            }
        }
    }
}

/// Outcome of an attempt: a mention, or where to resume scanning.
type Attempt = Result<Mention, usize>;

impl<'a> Scanner<'a> {
    /// The text in `range`, kept for a mention or quantity.
    fn keep(&self, range: Range<usize>) -> SharedStr {
        let part = crate::scan::slice::within(self.text, range);
        self.page
            .map_or_else(|| SharedStr::from(part), |page| page.keep(part))
    }

    fn prev_char(&self, at: usize) -> Option<char> {
        self.text.get(..at)?.chars().next_back()
    }

    /// The end of the token of digits, dots and commas starting at `at`.
    fn skip_number(&self, at: usize) -> usize {
        let bytes = self.text.as_bytes();
        let mut end = at;
        while let Some(&b) = bytes.get(end) {
            let continues = b.is_ascii_digit()
                || matches!(b, b'.' | b',') && bytes.get(end + 1).is_some_and(u8::is_ascii_digit);
            if !continues {
                break;
            }
            end += 1;
        }
        end
    }

    fn at_digit(&self, i: usize) -> Attempt {
        // Many digits of prose are glued to a letter or a digit (`Nrf2`,
        // `TLR4`): no prefix ends there and no token starts there.
        let glued = i
            .checked_sub(1)
            .and_then(|p| self.text.as_bytes().get(p))
            .is_some_and(u8::is_ascii_alphanumeric);
        if glued {
            return Err(self.skip_number(i));
        }
        if let Some(Ok(mention)) = self.prefixed(i) {
            return Ok(mention);
        }
        let skip = self.skip_number(i);
        // `.25 mg`: a number may start at a dot that follows no word.
        let i = if self.leading_dot(i) { i - 1 } else { i };
        // `−6.2 mg/dL`, `(-80 °C`: a minus sign that follows no word.
        let i = match self.prev_char(i) {
            Some(sign @ ('−' | '-'))
                if self
                    .prev_char(i - sign.len_utf8())
                    .is_none_or(|c| c.is_whitespace() || matches!(c, '(' | '[' | ',' | ':')) =>
            {
                i - sign.len_utf8()
            }
            _ => i,
        };
        if !self.starts_token(i) {
            return Err(skip);
        }
        let start = self.look_behind(i);
        let ranges = !self.after_change_verb(start);
        let Ok((rest, mut parts)) =
            quantity_with(crate::scan::slice::from(self.text, start), ranges)
        else {
            return Err(skip);
        };
        // `do not take more than 10 mg`: a negation turns the bound over.
        if self.negated(start) {
            parts.comparator = match parts.comparator {
                Some(Comparator::Gt) => Some(Comparator::Le),
                Some(Comparator::Lt) => Some(Comparator::Ge),
                other => other,
            };
        }
        // `linear over 0.5–500 ng/mL`: `over` a range is across it.
        let start = if parts.second.is_some()
            && crate::scan::slice::from(self.text, start).starts_with("over ")
        {
            parts.comparator = None;
            i
        } else {
            start
        };
        // `in mg per 100 ml`: a number after `per` divides a unit, unless it
        // counts dose forms (`per 2 capsules`).
        let dose_forms = parts
            .unit
            .is_some_and(|u| u.role() == super::atoms::Role::DoseForm);
        if crate::scan::slice::upto(self.text, start).ends_with("per ") && !dose_forms {
            return Err(skip);
        }
        let end = self.text.len() - rest.len();
        let mut candidate = Candidate {
            start,
            number_at: i,
            end,
            parts,
            kind: None,
        };
        if end <= i {
            return Err(skip);
        }
        if self.continues_identifier(end, parts.unit.is_some()) {
            // `62-participant RCT` is a count, `5-HTP` an identifier.
            let hyphen_count =
                parts.unit.is_none() && count_noun(rest, parts.second.is_none()).is_some();
            if !hyphen_count || !rest.starts_with('-') {
                return Err(skip);
            }
        }
        if candidate.parts.unit.is_none() {
            match self.classify_bare(&mut candidate) {
                Some(kind) => candidate.kind = Some(kind),
                None => return Err(skip),
            }
        }
        self.finish(candidate).ok_or(skip)
    }

    /// Whether `not` stands right before `at`, or one word before it
    /// (`not more than`, `do not take more than`).
    fn negated(&self, at: usize) -> bool {
        let head = crate::scan::slice::upto(self.text, at);
        if head.ends_with("not ") {
            return true;
        }
        let Some(head) = head.strip_suffix(' ') else {
            return false;
        };
        let word_start = head
            .char_indices()
            .rfind(|(_, c)| !c.is_alphabetic())
            .map_or(0, |(w, c)| w + c.len_utf8());
        let word = crate::scan::slice::from(head, word_start);
        !word.is_empty() && crate::scan::slice::upto(head, word_start).ends_with("not ")
    }

    /// Whether the digit at `i` follows a dot that starts the number:
    /// after a space, a bracket or the start, not after a word (`mg. 25`)
    /// or a number (`2.5`).
    fn leading_dot(&self, i: usize) -> bool {
        let Some(dot) = i.checked_sub(1) else {
            return false;
        };
        self.text.as_bytes().get(dot) == Some(&b'.')
            && self
                .prev_char(dot)
                .is_none_or(|c| c.is_whitespace() || matches!(c, '(' | '[' | '~' | '<' | '>' | '='))
    }

    /// A digit starts a token unless glued to a word (`B12`, `IL-6`,
    /// `CYP3A4`), to a number (`2.1.1`), or after `/`.
    fn starts_token(&self, i: usize) -> bool {
        let Some(prev) = self.prev_char(i) else {
            return true;
        };
        if is_word_char(prev) || matches!(prev, '.' | ',' | '/' | '\'' | '′' | '^') {
            return false;
        }
        if matches!(prev, '-' | '–' | '‑') {
            let before = self.prev_char(i - prev.len_utf8());
            return !before.is_some_and(|c| is_word_char(c) || c == ')');
        }
        true
    }

    /// After a quantity, text that makes it part of an identifier:
    /// `5-HTP`, `25(OH)D`, `3'-`, `2.1.1.13`.
    fn continues_identifier(&self, end: usize, has_unit: bool) -> bool {
        let rest = crate::scan::slice::from(self.text, end);
        let mut chars = rest.chars();
        match chars.next() {
            None => false,
            // `3x higher`, `3x daily`: a factor, not a name.
            Some('x') if !has_unit && (chars.next().is_none_or(|c| !is_word_char(c))) => false,
            Some(c) if is_word_char(c) => true,
            Some('\'' | '′' | '(' | '^' | '_') => !has_unit || rest.starts_with('('),
            Some('.' | ',') => chars.next().is_some_and(|c| c.is_ascii_digit()),
            Some('-' | '‑') => chars.next().is_some_and(is_word_char),
            _ => false,
        }
    }

    /// Moves back over a comparator word or symbol, or `between`, that
    /// ends right before the number at `i`.
    fn look_behind(&self, i: usize) -> usize {
        let head = crate::scan::slice::upto(self.text, i);
        let spaced = head.strip_suffix(' ').unwrap_or(head);
        if let Some(symbol) = comparator_symbol_before(spaced) {
            return spaced.len() - symbol.len();
        }
        let Some(words) = head.strip_suffix(' ') else {
            return i;
        };
        let Some(&last) = words.as_bytes().last_chunk::<2>() else {
            return i;
        };
        comparator_words_ending_with(last)
            .filter(|word| ends_with_word(words, word))
            .map(|word| words.len() - word.len())
            .min()
            .unwrap_or(i)
    }

    /// Decides what a bare number is, from its context; `None` if it is
    /// not a quantity.
    fn classify_bare(&self, c: &mut Candidate) -> Option<QuantityKind> {
        if self.after_label_word(c.start) || self.is_year(c) {
            return None;
        }
        let rest = crate::scan::slice::from(self.text, c.end);
        // `N times greater`, `Nx higher`, `a 2× overage`: the sign `×` alone
        // makes a factor.
        let factor_sign = rest
            .strip_prefix('×')
            .is_some_and(|after| !after.trim_start().starts_with(|c: char| c.is_ascii_digit()));
        if factor_sign {
            c.end += '×'.len_utf8();
            return Some(QuantityKind::FoldChange);
        }
        for sep in [" times ", "x ", "-times "] {
            if let Some(after) = rest.strip_prefix(sep) {
                let word: String = after.chars().take_while(|ch| ch.is_alphabetic()).collect();
                if in_list(&word, FOLD_WORDS) {
                    c.end += sep.trim_end().len();
                    return Some(QuantityKind::FoldChange);
                }
            }
        }
        if let Some(len) = count_noun(rest, c.parts.second.is_none()) {
            c.end += len.0;
            c.parts.first *= len.1;
            c.parts.second = c.parts.second.map(|s| s * len.1);
            return Some(QuantityKind::Count);
        }
        if self.after_log_p(c.start) {
            return Some(QuantityKind::LogP);
        }
        None
    }

    fn previous_word(&self, at: usize) -> &str {
        let before = crate::scan::slice::upto(self.text, at).trim_end_matches([' ', '(']);
        let start = before
            .rfind(|c: char| !(is_word_char(c) || c == '.'))
            .map_or(0, |i| {
                i + crate::scan::slice::from(before, i)
                    .chars()
                    .next()
                    .map_or(1, char::len_utf8)
            });
        crate::scan::slice::from(before, start)
    }

    /// `from X to Y` is a change when a verb of change stands earlier in
    /// the clause: `rose from 18 to 34`, `reduced the UL for B6 from 25 to
    /// 12 mg`, `fell by 12 points, from 81% to 69%`.
    fn after_change_verb(&self, at: usize) -> bool {
        let Some(before) = crate::scan::slice::upto(self.text, at).strip_suffix("from ") else {
            return false;
        };
        // The clause, at most twenty words and 240 bytes back (a bound that
        // keeps the look-back linear). A sentence ends at a full stop
        // before a space, not at a decimal point.
        let floor = before.len().saturating_sub(240);
        let floor = (floor..before.len())
            .find(|&i| before.is_char_boundary(i))
            .unwrap_or(before.len());
        let window = crate::scan::slice::from(before, floor);
        let clause_start = [". ", "; ", "(", ": "]
            .iter()
            .filter_map(|end| window.rfind(end).map(|i| i + end.len()))
            .max()
            .unwrap_or(0);
        let clause = crate::scan::slice::from(window, clause_start);
        clause
            .split(|c: char| !c.is_alphabetic())
            .rev()
            .filter(|w| !w.is_empty())
            .take(20)
            .any(|w| in_list(w, CHANGE_VERBS))
    }

    fn after_label_word(&self, at: usize) -> bool {
        in_list(self.previous_word(at), LABEL_WORDS)
    }

    fn is_year(&self, c: &Candidate) -> bool {
        let text = crate::scan::slice::within(self.text, c.number_at..c.end);
        c.parts.comparator.is_none()
            && c.parts.second.is_none()
            && text.len() == 4
            && (1800.0..=2100.0).contains(&c.parts.first)
    }

    fn after_log_p(&self, at: usize) -> bool {
        let floor = at.saturating_sub(20);
        let window = self
            .text
            .get(floor..at)
            .or_else(|| self.text.get(..at))
            .unwrap_or("")
            .as_bytes();
        memchr::memchr2_iter(b'l', b'L', window).any(|l| {
            let from = window.get(l..).unwrap_or_default();
            ["logP", "log P", "LogP", "log Kow", "logD"]
                .iter()
                .any(|k| from.starts_with(k.as_bytes()))
        })
    }

    fn finish(&self, mut c: Candidate) -> Option<Mention> {
        let kind = match c.kind {
            Some(kind) => kind,
            None => kind_of(&c.parts.unit?),
        };
        // `over 12 weeks` is a span of time, not a bound, unless `for over`
        // or an age (`adults over 70 years`).
        let head = crate::scan::slice::upto(self.text, c.start);
        let age = [
            "adults ",
            "aged ",
            "age ",
            "people ",
            "patients ",
            "women ",
            "men ",
            "those ",
        ]
        .iter()
        .any(|w| head.ends_with(w))
            || crate::scan::slice::from(self.text, c.end).starts_with(" of age");
        if kind == QuantityKind::Duration
            && c.start < c.number_at
            && crate::scan::slice::from(self.text, c.start).starts_with("over ")
            && !head.ends_with("for ")
            && !age
        {
            c.start = c.number_at;
            c.parts.comparator = None;
        }
        // `95% CI`: the level of a confidence interval names it.
        let rest = crate::scan::slice::from(self.text, c.end);
        if kind == QuantityKind::Percentage
            && [" CI", " confidence", " credible", " prediction"]
                .iter()
                .any(|w| rest.starts_with(w))
        {
            return None;
        }
        let quantity_end = match kind {
            QuantityKind::Count | QuantityKind::FoldChange if c.parts.unit.is_none() => {
                self.quantity_end(&c)
            }
            _ => c.end,
        };
        let quantity = Quantity::from_kept(self.keep(c.start..quantity_end), c.parts);
        let mut mention = Mention {
            text: SharedStr::default(),
            span: c.start..c.end,
            kind,
            quantity,
            per: None,
            frequency: None,
            conversion: None,
        };
        let dosed = matches!(kind, QuantityKind::Dose | QuantityKind::Measurement);
        // `15 mcg (600 IU) per day`: a conversion may come before the
        // dose's tail or after it.
        let mut conversion = self.conversion(mention.span.end, &mention.quantity);
        if let Some((len, _)) = &conversion {
            mention.span.end += len;
        }
        if dosed {
            let (len, tail) = dose_tail(crate::scan::slice::from(self.text, mention.span.end));
            mention.span.end += len;
            mention.per = tail.per.or(mention
                .quantity
                .unit()
                .filter(Unit::is_per_body_mass)
                .map(|_| Per::BodyWeight));
            mention.frequency = tail.frequency;
        }
        if conversion.is_none() {
            conversion = self.conversion(mention.span.end, &mention.quantity);
            if let Some((len, _)) = &conversion {
                mention.span.end += len;
            }
        }
        mention.conversion = conversion.map(|(_, q)| q);
        // `3 g/day or more`, `50 nmol/L (20 ng/mL) or more`.
        if c.parts.comparator.is_none()
            && let Ok((rest, comparator)) =
                comparator_after(crate::scan::slice::from(self.text, mention.span.end))
        {
            mention.span.end = self.text.len() - rest.len();
            let parts = Parts {
                comparator: Some(comparator),
                ..c.parts
            };
            mention.quantity = Quantity::from_kept(self.keep(c.start..quantity_end), parts);
        }
        mention.text = self.keep(mention.span.clone());
        Some(mention)
    }

    /// The end of the number part of a count or fold candidate.
    fn quantity_end(&self, c: &Candidate) -> usize {
        match quantity(crate::scan::slice::from(self.text, c.start)) {
            Ok((rest, _)) => self.text.len() - rest.len(),
            Err(_) => c.end,
        }
    }

    /// ` (4.3 nmol/L)` after a quantity with a unit of a related dimension.
    fn conversion(&self, end: usize, q: &Quantity) -> Option<(usize, Quantity)> {
        let unit = q.unit()?;
        let rest = crate::scan::slice::from(self.text, end).strip_prefix(" (")?;
        let (after, parts) = quantity(rest).ok()?;
        let inner_at = self.text.len() - rest.len();
        let inner = inner_at..self.text.len() - after.len();
        // `(400 mcg folic acid)`: the substance may be named in the bracket.
        let close = after
            .strip_prefix(')')
            .or_else(|| substance_then_close(after))?;
        let other = parts.unit?;
        if parts.comparator.is_some() {
            // `25–30% (roughly 0.5 mmol/L)`: an estimate, not the same amount.
            return None;
        }
        // The same amount in another unit: `15 mcg (600 IU)`, `1 tsp (5
        // mL)`, `12 nmol/L (5 ng/mL)`, `6.8% (51 mmol/mol)`. A percent in
        // brackets after an amount is a share (`900 mcg (100% DV)`), and a
        // time is no amount (`4 to 5 years (36 to 47 lb)`).
        let percent = |u: Unit| u.role() == super::atoms::Role::Percent;
        let time = |u: Unit| u.dimension() == super::Dimension::TIME;
        if other == unit || percent(other) && !percent(unit) || time(unit) || time(other) {
            return None;
        }
        let len = crate::scan::slice::from(self.text, end).len() - close.len();
        Some((len, Quantity::from_kept(self.keep(inner), parts)))
    }

    fn mention(
        &self,
        span: Range<usize>,
        kind: QuantityKind,
        quantity: Quantity,
        conversion: Option<Quantity>,
    ) -> Mention {
        Mention {
            text: self.keep(span.clone()),
            span,
            kind,
            quantity,
            per: None,
            frequency: None,
            conversion,
        }
    }
}

/// `folic acid)`: up to three words and the closing bracket; the text
/// after it.
fn substance_then_close(text: &str) -> Option<&str> {
    let mut rest = text;
    for _ in 0..3 {
        rest = rest.strip_prefix(' ')?;
        let word = rest
            .find(|c: char| !(c.is_alphanumeric() || c == '-'))
            .unwrap_or(rest.len());
        if word == 0 || !rest.starts_with(char::is_alphabetic) {
            return None;
        }
        rest = crate::scan::slice::from(rest, word);
        if let Some(after) = rest.strip_prefix(')') {
            return Some(after);
        }
    }
    None
}

/// A quantity being decided.
struct Candidate {
    start: usize,
    number_at: usize,
    end: usize,
    parts: Parts,
    kind: Option<QuantityKind>,
}
