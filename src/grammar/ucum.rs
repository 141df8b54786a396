//! UCUM codes as [`Unit::code`] writes them, read back: the grammar of
//! the codes, not of prose (that is [`super::unit`]).

use crate::quantity::atoms::{ANNOTATIONS, POWERS_OF_TEN, PREFIXES};
use crate::quantity::dimension::Dimension;
use crate::quantity::unit::{Factor, Unit, atoms};

/// Reads a UCUM code as [`Unit::code`] writes it:
///
/// ```text
/// code   = ["/" code-factor] | code-factor { "." code-factor } { "/" (code-factor | "(" digits "." code-factor ")") }
/// code-factor = [prefix-code] atom-code [digits] ["{" annotation "}"]
/// ```
pub(crate) fn unit(text: &str) -> Option<Unit> {
    let mut unit = Unit::empty();
    let mut rest = text;
    let mut sign = 1;
    let mut first = true;
    while !rest.is_empty() {
        if let Some(r) = rest.strip_prefix('/') {
            sign = -1;
            rest = r;
        } else if !first {
            rest = rest.strip_prefix('.')?;
        }
        if sign < 0
            && let Some(r) = rest.strip_prefix('(')
        {
            let digits = r.bytes().take_while(u8::is_ascii_digit).count();
            let n: u32 = crate::scan::slice::upto(r, digits).parse().ok()?;
            let r = crate::scan::slice::from(r, digits).strip_prefix('.')?;
            let (r, f) = code_factor(r)?;
            unit = unit
                .with(Factor {
                    exponent: -f.exponent,
                    ..f
                })?
                .counted(n);
            rest = r.strip_prefix(')')?;
        } else {
            let (r, f) = code_factor(rest)?;
            let (r, annotation) = match r.strip_prefix('{') {
                Some(a) => {
                    let end = a.find('}')?;
                    let name = crate::scan::slice::upto(a, end);
                    let known = ANNOTATIONS.iter().find(|an| an.code == name)?;
                    (crate::scan::slice::from(a, end + 1), Some(known.code))
                }
                None => (r, None),
            };
            unit = unit.with(Factor {
                exponent: f.exponent * sign,
                ..f
            })?;
            if let Some(a) = annotation {
                unit = unit.annotated(a);
            }
            rest = r;
        }
        first = false;
    }
    (unit.len() > 0).then_some(unit)
}

/// `[prefix-code] atom-code [digits]`: the longest match.
fn code_factor(text: &str) -> Option<(&str, Factor)> {
    let mut best: Option<(usize, Factor)> = None;
    let candidates = atoms().iter().chain(POWERS_OF_TEN.iter());
    // A shorthand atom (`M`, `Da`) is written as what it stands for
    // (`mol/L`, `g/mol`): read as those atoms, which write the same code,
    // so that `g.d/g/mol` is not read with `g/mol` as one atom.
    for atom in candidates.filter(|a| !a.is_shorthand()) {
        let prefixes = std::iter::once(None).chain(
            PREFIXES
                .iter()
                .filter(|p| atom.prefixes.contains(&p.code))
                .map(Some),
        );
        for prefix in prefixes {
            if prefix.is_none() && atom.needs_prefix {
                continue;
            }
            let head = prefix.map_or("", |p| p.code);
            let len = head.len() + atom.code.len();
            let matches = text.starts_with(head)
                && crate::scan::slice::from(text, head.len()).starts_with(atom.code);
            if matches && best.is_none_or(|(l, _)| len > l) {
                best = Some((
                    len,
                    Factor {
                        prefix,
                        atom,
                        exponent: 1,
                    },
                ));
            }
        }
    }
    let (len, f) = best?;
    let rest = crate::scan::slice::from(text, len);
    let digits = rest.bytes().take_while(u8::is_ascii_digit).count();
    let exponent = match crate::scan::slice::upto(rest, digits) {
        "" => 1,
        d if f.atom.dimension == Dimension::LENGTH => d.parse().ok()?,
        _ => return None,
    };
    Some((
        crate::scan::slice::from(rest, digits),
        Factor { exponent, ..f },
    ))
}
impl Unit {
    /// Reads a UCUM code as produced by [`Unit::code`].
    ///
    /// ```
    /// let unit = hermetica::Unit::from_code("ng/mL").unwrap();
    /// assert_eq!(unit.to_string(), "ng/mL");
    /// assert_eq!(hermetica::Unit::from_code("mL/min/kg").unwrap().symbol(), "mL/min/kg");
    /// assert!(hermetica::Unit::from_code("furlong").is_none());
    /// ```
    pub fn from_code(code: &str) -> Option<Unit> {
        let unit = unit(code)?;
        (unit.code() == code).then_some(unit)
    }
}
