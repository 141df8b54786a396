//! The unit grammar: how prose writes a unit, composed from the atoms of
//! [`crate::quantity::atoms`].
//!
//! ```text
//! unit         = "/" volume-factor                    (a count per volume: `/mm³`)
//!              | term { divisor }
//! term         = mass-percent | factor { product factor } [annotation]
//! mass-percent = "mg" [" "] "%"                        (`mg%`, milligrams per decilitre)
//! factor       = power-of-ten | atom [exponent]
//! atom         = [prefix] atom-spelling | atom-plain-spelling | prefix-word atom-word
//! exponent     = "²" | "³" | "⁻¹" | "^" ["-"] digit | digit (after a length) | ("-" | "−") digit
//! product      = "·" | "⋅" | "*" | "." | " " (a space only before a time and a divisor: `ng h/mL`)
//! divisor      = ("/" | " / " | " per ") [whole-number [" "]] factor
//! annotation   = " " annotation-spelling
//! power-of-ten = ("×" | "x" | "*") [" "] "10" ("^" digits | superscript-digits)   (before a divisor)
//! ```
//!
//! A divisor that is a day, week, month or year is left unread: `mg/day`
//! is a dose taken daily (a frequency, read by [`super::dose`]), while
//! `mg/h` and `mL/min` are rates. A dose form is never a divisor: `per
//! capsule` says what a dose is per. Between the amount and `per`, one
//! word may name the substance: `10 mg THC per mL` is in mg/mL.

use nom::Parser;
use nom::branch::alt;
use nom::bytes::complete::tag;
use nom::combinator::opt;

use super::{Res, expected, fail};
use crate::quantity::atoms::{ANNOTATIONS, Atom, POWERS_OF_TEN, Role};
use crate::quantity::dimension::Dimension;
use crate::quantity::spellings::{Prefixed, atom_spellings};
use crate::quantity::unit::{Factor, Unit, atoms, is_word_char, prefix_by_code};

/// `atom = [prefix] atom-spelling | atom-plain-spelling | prefix-word atom-word`:
/// the longest spelling at the start of `input`. Whether a word ends
/// there is checked by [`factor`], after any exponent.
fn atom(input: &str) -> Res<'_, Prefixed> {
    match atom_spellings().longest(input) {
        Some((len, found)) => Ok((crate::scan::slice::from(input, len), found)),
        None => fail(input),
    }
}

/// The written exponents: superscripts and `^n`.
fn raised(input: &str) -> Res<'_, i8> {
    alt((
        tag("²").map(|_| 2),
        tag("³").map(|_| 3),
        tag("⁻¹").map(|_| -1),
        tag("⁻²").map(|_| -2),
        tag("⁻³").map(|_| -3),
        tag("^2").map(|_| 2),
        tag("^3").map(|_| 3),
        tag("^-1").map(|_| -1),
        tag("−1").map(|_| -1),
    ))
    .parse(input)
}

/// A digit after a length (`m2`, `mm3`).
fn length_power(input: &str) -> Res<'_, i8> {
    alt((tag("2").map(|_| 2), tag("3").map(|_| 3))).parse(input)
}

/// `-1`, `−2`: a negative power written on the line (`h-1`, `mL-1`,
/// `m−2`), as pharmacokinetic tables write it.
fn negative_power(input: &str) -> Res<'_, i8> {
    let (rest, _) = alt((tag("-"), tag("−"))).parse(input)?;
    alt((
        tag("1").map(|_| -1),
        tag("2").map(|_| -2),
        tag("3").map(|_| -3),
    ))
    .parse(rest)
}

/// `exponent = "²" | "³" | "⁻¹" | "^" ["-"] digit | digit | ("-" | "−") digit`
fn exponent(atom: &Atom) -> impl Fn(&str) -> Res<'_, i8> + '_ {
    move |input: &str| {
        // `²³` start with 0xC2, `⁻ −` with 0xE2.
        if !super::may_start(input, b"\xC2\xE2^23-") {
            return fail(input);
        }
        // Only a length is raised to a power (`m²`, `mm³`, `m⁻²`); any
        // atom may stand once below the line (`h⁻¹`, `mL-1`).
        let length = atom.dimension == Dimension::LENGTH;
        let allowed = |power: i8| length || power == -1;
        match raised(input).or_else(|_| negative_power(input)) {
            Ok((rest, power)) if allowed(power) => return Ok((rest, power)),
            Ok(_) => return fail(input),
            Err(_) => {}
        }
        if length {
            return length_power(input);
        }
        fail(input)
    }
}

/// `power-of-ten = ("×" | "x" | "*") [" "] "10" ("^" digits | superscript-digits)`
pub(crate) fn power_of_ten(input: &str) -> Res<'_, i32> {
    if !super::may_start(input, b"\xC3xX*") {
        return fail(input);
    }
    let (rest, _) = (
        alt((tag("×"), tag("x"), tag("*"), tag("X"))),
        opt(tag(" ")),
        tag("10"),
    )
        .parse(input)?;
    super::number::exponent_of_ten(rest)
}

/// `factor = power-of-ten | atom [exponent]`, ending where a word ends.
fn factor(input: &str) -> Res<'_, Factor> {
    if let Ok((rest, n)) = power_of_ten(input)
        && let Some(atom) = usize::try_from(n - 1)
            .ok()
            .and_then(|i| POWERS_OF_TEN.get(i))
    {
        return Ok((
            rest,
            Factor {
                prefix: None,
                atom,
                exponent: 1,
            },
        ));
    }
    let (rest, (prefix, atom)) = atom(input)?;
    let (rest, exponent) = opt(exponent(atom)).parse(rest)?;
    // A shorthand (`mM`, `kDa`) is never raised (fuzz finding: `mM-1`).
    if atom.is_shorthand() && exponent.is_some() {
        return fail(input);
    }
    let free = atom.symbol == "%" && exponent.is_none();
    if !free && rest.chars().next().is_some_and(is_word_char) {
        return fail(input);
    }
    let exponent = exponent.unwrap_or(1);
    Ok((
        rest,
        Factor {
            prefix,
            atom,
            exponent,
        },
    ))
}

/// `product = "·" | "⋅" | "•" | "*" | "."`, or a space before a unit of
/// time and a divisor (`ng h/mL`), or a space before a factor with a
/// negative exponent (`pg mL-1`, `mg m−2`, `µg h ml−1`).
fn product(input: &str) -> Res<'_, Factor> {
    // `·` starts with 0xC2, `⋅ •` with 0xE2.
    if !super::may_start(input, b"\xC2\xE2*. ") {
        return fail(input);
    }
    // Below the line by a power, a factor obeys what a divisor obeys.
    let placed = |f: &Factor| f.exponent > 0 || may_divide(f.atom, false);
    if let Ok((rest, f)) = (
        alt((tag("·"), tag("⋅"), tag("•"), tag("*"), tag("."))),
        factor,
    )
        .map(|(_, f)| f)
        .parse(input)
    {
        return if placed(&f) {
            Ok((rest, f))
        } else {
            fail(input)
        };
    }
    let (rest, (_, f)) = (tag(" "), factor).parse(input)?;
    let timed = f.atom.role == Role::Time && f.exponent == 1;
    let divided_next = divisor(rest).is_ok() || product(rest).is_ok_and(|(_, g)| g.exponent < 0);
    if f.exponent < 0 && placed(&f) || timed && divided_next {
        Ok((rest, f))
    } else {
        fail(input)
    }
}

/// A whole number before a divisor's atom: `5` in `mg/5 mL`, `100` in
/// `per 100 g`.
fn divisor_count(input: &str) -> Res<'_, u32> {
    let digits = input.bytes().take_while(u8::is_ascii_digit).count();
    let (written, rest) = (
        crate::scan::slice::upto(input, digits),
        crate::scan::slice::from(input, digits),
    );
    match written.parse::<u32>() {
        Ok(n) if n > 1 && n <= 100_000 && !written.starts_with('0') => {
            Ok((rest.strip_prefix(' ').unwrap_or(rest), n))
        }
        _ => fail(input),
    }
}

/// A lower-case `l` alone is a litre only as a divisor (`mg/l`).
fn bare_litre(input: &str) -> Res<'_, Factor> {
    let rest = input.strip_prefix('l').unwrap_or(input);
    let litre = atoms().iter().find(|a| a.code == "L");
    match litre {
        Some(atom) if rest.len() < input.len() && !rest.starts_with(|c: char| is_word_char(c)) => {
            Ok((
                rest,
                Factor {
                    prefix: None,
                    atom,
                    exponent: 1,
                },
            ))
        }
        _ => fail(input),
    }
}

/// Whether `atom` may stand below the line: not a day, week, month or
/// year without a count (a frequency, `mg/day`), not a dose form (`per
/// capsule`), nothing that only counts before a divisor, no shorthand.
fn may_divide(atom: &Atom, counted: bool) -> bool {
    let frequency = matches!(atom.code, "d" | "wk" | "mo" | "a") && !counted;
    let counted_only = matches!(atom.role, Role::DoseForm | Role::Cells | Role::PowerOfTen);
    !(frequency || counted_only || atom.is_shorthand())
}

/// `divisor = ("/" | " / " | " per ") [whole-number [" "]] factor`, not a
/// frequency and not a dose form.
fn divisor(input: &str) -> Res<'_, (Option<u32>, Factor)> {
    let (rest, _) = alt((tag("/"), tag(" / "), tag(" per "))).parse(input)?;
    let (rest, count) = opt(divisor_count).parse(rest)?;
    let (rest, f) = factor(rest).or_else(|_| bare_litre(rest))?;
    if f.exponent < 0 || !may_divide(f.atom, count.is_some()) {
        return fail(input);
    }
    Ok((
        rest,
        (
            count,
            Factor {
                exponent: -f.exponent,
                ..f
            },
        ),
    ))
}

/// `annotation = " " annotation-spelling`: what the amount counts.
fn annotation(input: &str) -> Res<'_, &'static str> {
    let Some(rest) = input.strip_prefix(' ') else {
        return fail(input);
    };
    for a in ANNOTATIONS {
        for spelling in a.spellings {
            if let Some(after) = rest.strip_prefix(spelling)
                && !after.chars().next().is_some_and(is_word_char)
                && (!a.before_divisor || divisor(after).is_ok())
            {
                return Ok((after, a.code));
            }
        }
    }
    fail(input)
}

/// `mass-percent = "mg" [" "] "%"`: milligrams per decilitre.
fn mass_percent(input: &str) -> Res<'_, Unit> {
    let (rest, _) = (tag("mg"), opt(tag(" ")), tag("%")).parse(input)?;
    let milli = prefix_by_code("m");
    let deci = prefix_by_code("d");
    let gram = atoms().iter().find(|a| a.code == "g");
    let litre = atoms().iter().find(|a| a.code == "L");
    match (gram, litre) {
        (Some(g), Some(l)) => {
            let per = Factor {
                prefix: deci,
                atom: l,
                exponent: -1,
            };
            match Unit::atom(milli, g).with(per) {
                Some(unit) => Ok((rest, unit)),
                None => fail(input),
            }
        }
        _ => fail(input),
    }
}

/// `term = mass-percent | factor { product factor } [annotation]`
fn term(input: &str) -> Res<'_, Unit> {
    if let Ok(found) = mass_percent(input) {
        return Ok(found);
    }
    // `1.2 l kg-1`: a lone `l` is a litre when something divides it.
    let (mut rest, first) = factor(input).or_else(|_| {
        let (rest, litre) = bare_litre(input)?;
        let divided = divisor(rest).is_ok() || product(rest).is_ok_and(|(_, f)| f.exponent < 0);
        if divided {
            Ok((rest, litre))
        } else {
            fail(input)
        }
    })?;
    let mut unit = Unit::single(first);
    if first.atom.is_shorthand() {
        // `µM`, `kDa` stand alone.
        return Ok((rest, unit));
    }
    if first.exponent < 0 {
        // `h⁻¹`: a rate, nothing multiplies it.
        return Ok((rest, unit));
    }
    while let Ok((after, f)) = product(rest).and_then(|(after, f)| {
        if f.atom.is_shorthand() {
            fail(rest)
        } else {
            Ok((after, f))
        }
    }) {
        match unit.with(f) {
            Some(more) => unit = more,
            None => break,
        }
        rest = after;
    }
    // What a single atom counts (`µg RAE`, `mg GAE/g`); a product is not
    // annotated.
    if unit.len() == 1
        && first.atom.takes_annotation()
        && let Ok((after, a)) = annotation(rest)
    {
        unit = unit.annotated(a);
        rest = after;
    }
    Ok((rest, unit))
}

/// The substance between an amount and its divisor: ` THC` in `10 mg THC
/// per mL`, ` of vitamin K` in `390 µg of vitamin K per 100 g`: `of` and up
/// to three words, or up to two.
fn substance(input: &str) -> Res<'_, &str> {
    let (mut rest, words) = match input.strip_prefix(" of") {
        Some(rest) => (rest, 3),
        None => (input, 2),
    };
    let mut read = 0;
    while read < words {
        match substance_word(rest) {
            Ok((after, _)) if divisor(after).is_err() => rest = after,
            Ok((after, _)) => return Ok((after, "")),
            Err(_) => break,
        }
        read += 1;
    }
    fail(input)
}

/// One word of a substance's name.
fn substance_word(input: &str) -> Res<'_, &str> {
    let rest = input.strip_prefix(' ').unwrap_or("");
    let len = rest
        .char_indices()
        .find(|(_, c)| !(c.is_alphanumeric() || *c == '-'))
        .map_or(rest.len(), |(i, _)| i);
    let word = crate::scan::slice::upto(rest, len);
    let letter_first = word.chars().next().is_some_and(char::is_alphabetic);
    if !letter_first || len > 20 || matches!(word, "per" | "and" | "or" | "to" | "of" | "in") {
        return fail(input);
    }
    Ok((crate::scan::slice::from(rest, len), word))
}

/// `unit = "/" volume-factor | term { divisor }`: a unit at the start of
/// `input`.
pub(crate) fn unit(input: &str) -> Res<'_, Unit> {
    if let Ok((rest, (_, f))) = (tag("/"), factor).parse(input)
        && f.dimension() == Dimension::VOLUME
    {
        let per = Factor {
            exponent: -f.exponent,
            ..f
        };
        return Ok((rest, Unit::single(per)));
    }
    let (mut rest, mut unit) = term(input)?;
    if unit
        .factors()
        .next()
        .is_some_and(|f| f.exponent < 0 || f.atom.is_shorthand())
    {
        // `h⁻¹`: a rate stands alone, as does a shorthand (`µM`, `kDa`);
        // nothing divides them further.
        return Ok((rest, unit));
    }
    let amount = unit.is_amount_numerator();
    let mut divided = false;
    loop {
        let attempt = divisor(rest).or_else(|_| {
            // `10 mg THC per mL`: a substance named before a volume or mass.
            let (after, _) = substance(rest)?;
            let (after, found) = divisor(after)?;
            let per_material = [Dimension::VOLUME, Dimension::MASS]
                .contains(&found.1.atom.dimension)
                && amount
                && !divided;
            if per_material {
                Ok((after, found))
            } else {
                fail(rest)
            }
        });
        let Ok((after, (count, f))) = attempt else {
            break;
        };
        // A count stands before the first divisor only (`mg/5 mL`): the
        // model keeps one count, for that divisor.
        let below_the_line = unit.factors().any(|f| f.exponent < 0);
        if count.is_some() && below_the_line {
            break;
        }
        let Some(more) = unit.with(f) else {
            break;
        };
        unit = match count {
            Some(n) => more.counted(n),
            None => more,
        };
        divided = true;
        rest = after;
    }
    // Counted units stand only before a divisor: `cells/µL`, `×10⁹/L`.
    let first_role = unit.role();
    if !divided
        && matches!(
            first_role,
            Role::Cells | Role::PowerOfTen | Role::Normalisation
        )
    {
        return fail(input);
    }
    Ok((rest, unit))
}

impl std::str::FromStr for Unit {
    type Err = crate::Error;

    /// Reads all of `text` as a unit.
    fn from_str(text: &str) -> Result<Unit, crate::Error> {
        parse_exact(text)
    }
}

/// Reads all of `text` as a unit.
fn parse_exact(text: &str) -> Result<Unit, crate::Error> {
    let at = match unit(text) {
        Ok(("", unit)) => return Ok(unit),
        Ok((rest, _)) => text.len() - rest.len(),
        Err(_) => 0,
    };
    Err(expected(
        text,
        at,
        "unit",
        if at == 0 {
            "expected a unit such as mg, µg, ng/mL, µM, mg/kg, mL/min, IU, %, h"
        } else {
            "unexpected text after the unit (expected `/`, `per` or the end)"
        },
    ))
}

#[cfg(test)]
mod tests {
    use super::*;

    fn code_of(text: &str) -> String {
        match unit(text) {
            Ok(("", u)) => u.code(),
            other => panic!("{text}: {other:?}"),
        }
    }

    #[test]
    fn composed_units() {
        for (text, code) in [
            ("mg", "mg"),
            ("mcg", "ug"),
            ("μg", "ug"),
            ("ug", "ug"),
            ("milligrams", "mg"),
            ("mg/kg", "mg/kg"),
            ("mg per kg", "mg/kg"),
            ("mL/min/kg", "mL/min/kg"),
            ("mg/kg/h", "mg/kg/h"),
            ("ng·h/mL", "ng.h/mL"),
            ("mg h/L", "mg.h/L"),
            ("g.h/L", "g.h/L"),
            ("m²", "m2"),
            ("m2", "m2"),
            ("m^2", "m2"),
            ("mg/m²", "mg/m2"),
            ("kg/m²", "kg/m2"),
            ("/mm³", "/mm3"),
            ("cells/µL", "{cells}/uL"),
            ("×10⁹/L", "10*9/L"),
            ("x 10^9/L", "10*9/L"),
            ("mL/min", "mL/min"),
            ("IU/h", "[IU]/h"),
            ("mEq/L", "meq/L"),
            ("mIU/L", "m[IU]/L"),
            ("µIU/mL", "u[IU]/mL"),
            ("CFU", "[CFU]"),
            ("ppm", "[ppm]"),
            ("mmHg", "mm[Hg]"),
            ("kDa", "kg/mol"),
            ("Da", "g/mol"),
            ("kcal", "kcal"),
            ("kJ", "kJ"),
            ("°C", "Cel"),
            ("% w/v", "%{w/v}"),
            ("mg%", "mg/dL"),
            ("µg RAE", "ug{RAE}"),
            ("mg α-TE", "mg{alpha-TE}"),
            ("mg NE", "mg{NE}"),
            ("mcg DFE", "ug{DFE}"),
            ("mg GAE/g", "mg{GAE}/g"),
            ("mg/5 mL", "mg/(5.mL)"),
            ("mg per 100 g", "mg/(100.g)"),
            ("mg THC per mL", "mg/mL"),
            ("µM", "umol/L"),
            ("h⁻¹", "/h"),
            ("mL/min/1.73 m²", "mL/min/{1.73_m2}"),
            ("percentage points", "%{points}"),
            ("tablets", "{tablet}"),
            ("tbsp", "[tbs_us]"),
        ] {
            assert_eq!(code_of(text), code, "{text}");
            let unit = Unit::from_code(code).unwrap_or_else(|| panic!("code {code}"));
            assert_eq!(unit.code(), code);
            let symbol = unit.symbol();
            assert_eq!(code_of(&symbol), code, "the symbol {symbol} reads back");
        }
    }

    #[test]
    fn frequencies_and_dose_forms_are_not_divisors() {
        assert!(matches!(unit("mg/day"), Ok(("/day", _))));
        assert!(matches!(unit("mg per day"), Ok((" per day", _))));
        assert!(matches!(unit("mg per capsule"), Ok((" per capsule", _))));
        assert!(matches!(unit("mg/d"), Ok(("/d", _))));
        assert!(unit("cells").is_err());
        assert!(unit("x 10^9").is_err());
    }

    #[test]
    fn words_end_units() {
        assert!(unit("mgx").is_err());
        assert!(unit("pm").is_err(), "an hour of the afternoon");
        assert!(unit("s").is_err());
        assert!(unit("l").is_err());
        // A power other than -1 is a length's only (fuzz finding: `ng mL-2`
        // read as ng·mL⁻², whose code `ng/mL2` UCUM reads as mL squared).
        assert!(matches!(unit("ng mL-2"), Ok((" mL-2", _))));
        assert!(matches!(unit("mg h⁻²"), Ok((" h⁻²", _))));
        assert_eq!(code_of("mg m−2"), "mg/m2");
        // A rate stands alone (fuzz finding: `m-1/L` gave `/m/L`, whose
        // symbol did not read back).
        assert!(matches!(unit("m-1/L"), Ok(("/L", _))));
        // Only a single atom is annotated (fuzz finding: the annotation of
        // `g m-1 h m-1 niacin equivalents` was written after `g`).
        assert!(matches!(unit("g·h NE"), Ok((" NE", _))));
        // A count only before the first divisor (fuzz finding: `pg L-1/3mo`
        // gave the 3 to the litre).
        assert!(matches!(unit("pg L-1/3mo"), Ok(("/3mo", _))));
        // A code is read atom by atom (fuzz finding: `g.d/g/mol` was read
        // with `g/mol` as one atom).
        // A shorthand stands alone (fuzz finding: `Da/kDa` wrote
        // `g/mol/kg/mol`).
        assert!(matches!(unit("Da/kDa"), Ok(("/kDa", _))));
        assert!(matches!(unit("µM·h"), Ok(("·h", _))));
        // Below the line by a power, as by a slash (fuzz finding: `l mo-1`).
        assert!(unit("l mo-1").is_err());
        assert!(matches!(unit("L.mo-1"), Ok((".mo-1", _))));
        assert!(unit("mM-1").is_err());
        let unit: Unit = "g d/g/mole".parse().unwrap();
        assert_eq!(
            Unit::from_code(&unit.code()).map(|u| u.dimension()),
            Some(unit.dimension())
        );
    }
}
