//! Units: a small model, not strings. A unit is an atom (`mg`, `µM`, `h`,
//! `%`), optionally annotated (`mg GAE`) and divided by a second atom
//! (`ng/mL`, `mg/kg`, `IU/g`, `g/mol`). Its dimension and its factor to the
//! dimension's base unit follow from the atoms.

use std::fmt;

use super::spellings::Spellings;

/// What a unit measures.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
#[cfg_attr(feature = "serde", derive(serde::Serialize, serde::Deserialize))]
#[cfg_attr(feature = "serde", serde(rename_all = "snake_case"))]
#[non_exhaustive]
pub enum Dimension {
    /// Mass (`mg`, `g`, `µg`).
    Mass,
    /// Volume (`mL`, `L`).
    Volume,
    /// Amount of substance (`mmol`, `µmol`).
    AmountOfSubstance,
    /// Mass per volume (`ng/mL`, `mg/dL`).
    MassConcentration,
    /// Amount of substance per volume (`nmol/L`, `µM`).
    MolarConcentration,
    /// Mass per kilogram of body mass (`mg/kg`).
    MassPerBodyMass,
    /// Mass per mass of a material (`mg GAE/g`).
    MassFraction,
    /// Arbitrary units per mass (`IU/g`).
    AmountPerMass,
    /// Arbitrary units per volume (`IU/mL`).
    ArbitraryConcentration,
    /// Arbitrary units (`IU`, `FU`).
    ArbitraryAmount,
    /// Mass per amount of substance (`g/mol`, `Da`).
    MolarMass,
    /// Time (`h`, `min`, `weeks`).
    Time,
    /// Percent.
    Percent,
    /// A fold change (`3-fold`, `100 times`).
    Fold,
    /// A count (`CFU`, or a count of people, trials, …).
    Count,
    /// Energy (`kcal`, `kJ`).
    Energy,
    /// Temperature (`°C`).
    Temperature,
    /// Length (`cm`, `nm`).
    Length,
}

/// The kind of an atom, before division.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Base {
    Mass,
    Volume,
    Amount,
    Arbitrary,
    Molar,
    Time,
    Percent,
    Fold,
    Count,
    Energy,
    Temperature,
    Length,
}

/// One unit atom: its UCUM code, kind, factor to the kind's base unit
/// (g, L, mol, s, …), and its spellings (longest first within the table).
#[derive(Debug, PartialEq)]
struct Atom {
    code: &'static str,
    base: Base,
    factor: f64,
    spellings: &'static [&'static str],
}

const MICRO: [&str; 4] = ["µ", "μ", "mc", "u"];

macro_rules! atoms {
    ($($code:literal $base:ident $factor:literal [$($s:literal),*];)*) => {
        &[$(Atom { code: $code, base: Base::$base, factor: $factor, spellings: &[$($s),*] }),*]
    };
}

/// Every atom. Spellings are case-sensitive (`nM` is nanomolar, `nm`
/// nanometre); the first spelling is the unit's symbol. Micro spellings are listed with `µ` (U+00B5) only; `μ`
/// (U+03BC), `mc` and `u` are recognised as the same prefix.
static ATOMS: &[Atom] = atoms! {
    "kg" Mass 1e3 ["kg", "kilograms", "kilogram"];
    "g" Mass 1.0 ["g", "grams", "gram", "gm"];
    "mg" Mass 1e-3 ["mg", "milligrams", "milligram"];
    "ug" Mass 1e-6 ["µg", "micrograms", "microgram"];
    "ng" Mass 1e-9 ["ng", "nanograms", "nanogram"];
    "pg" Mass 1e-12 ["pg"];
    "L" Volume 1.0 ["L", "liters", "liter", "litres", "litre"];
    "dL" Volume 0.1 ["dL", "dl"];
    "mL" Volume 1e-3 ["mL", "ml", "milliliters", "milliliter", "millilitres", "millilitre"];
    "uL" Volume 1e-6 ["µL", "µl"];
    "mol" Amount 1.0 ["mol", "moles"];
    "mmol" Amount 1e-3 ["mmol"];
    "umol" Amount 1e-6 ["µmol"];
    "nmol" Amount 1e-9 ["nmol"];
    "pmol" Amount 1e-12 ["pmol"];
    "mol/L" Molar 1.0 ["M"];
    "mmol/L" Molar 1e-3 ["mM"];
    "umol/L" Molar 1e-6 ["µM"];
    "nmol/L" Molar 1e-9 ["nM"];
    "pmol/L" Molar 1e-12 ["pM"];
    "[IU]" Arbitrary 1.0 ["IU", "I.U."];
    "k[IU]" Arbitrary 1e3 ["kIU"];
    "{FU}" Arbitrary 1.0 ["FU"];
    "{CFU}" Count 1.0 ["CFU", "cfu"];
    "s" Time 1.0 ["s", "seconds", "second", "secs", "sec"];
    "min" Time 60.0 ["min", "minutes", "minute", "mins"];
    "h" Time 3600.0 ["h", "hours", "hour", "hrs", "hr"];
    "d" Time 86400.0 ["days", "day"];
    "wk" Time 604800.0 ["wk", "weeks", "week", "wks"];
    "mo" Time 2629800.0 ["months", "month"];
    "a" Time 31557600.0 ["years", "year", "yrs", "yr"];
    "%" Percent 1.0 ["%", "percent", "per cent"];
    "{fold}" Fold 1.0 ["fold"];
    "kcal" Energy 4184.0 ["kcal", "calories", "Calories", "Cal"];
    "kJ" Energy 1000.0 ["kJ"];
    "Cel" Temperature 1.0 ["°C"];
    "cm" Length 1e-2 ["cm"];
    "mm" Length 1e-3 ["mm"];
    "um" Length 1e-6 ["µm"];
    "nm" Length 1e-9 ["nm"];
};

/// Annotations between an atom and its divisor (`mg GAE/g`): the
/// annotation and its spellings.
static ANNOTATIONS: &[(&str, &[&str])] = &[
    (
        "GAE",
        &["GAE", "gallic acid equivalents", "gallic acid equivalent"],
    ),
    (
        "QE",
        &["QE", "quercetin equivalents", "quercetin equivalent"],
    ),
    ("TE", &["TE", "Trolox equivalents", "Trolox equivalent"]),
    ("CE", &["CE", "catechin equivalents", "catechin equivalent"]),
    ("RE", &["RE", "rutin equivalents", "rutin equivalent"]),
    ("GlcE", &["glucose equivalents", "glucose equivalent"]),
];

/// A unit of measure.
///
/// `FromStr` reads the common spellings; `Display` and serde give the UCUM
/// code. The micro prefix in all its spellings maps to one unit.
///
/// ```
/// use hermetica::{Dimension, Unit};
///
/// let ug: Unit = "mcg".parse().unwrap();
/// assert_eq!(ug, "µg".parse().unwrap());
/// assert_eq!(ug, "μg".parse().unwrap());
/// assert_eq!(ug.code(), "ug");
/// let per_kg: Unit = "mg/kg".parse().unwrap();
/// assert_eq!(per_kg.dimension(), Dimension::MassPerBodyMass);
/// assert_eq!("μM".parse::<Unit>().unwrap().code(), "umol/L");
/// assert_eq!("IU/g".parse::<Unit>().unwrap().code(), "[IU]/g");
/// ```
#[derive(Debug, Clone, Copy)]
pub struct Unit {
    atom: &'static Atom,
    annotation: Option<&'static str>,
    per: Option<&'static Atom>,
}

impl PartialEq for Unit {
    fn eq(&self, other: &Unit) -> bool {
        self.key() == other.key()
    }
}

impl Eq for Unit {}

impl std::hash::Hash for Unit {
    fn hash<H: std::hash::Hasher>(&self, state: &mut H) {
        self.key().hash(state);
    }
}

impl Unit {
    fn key(&self) -> (&'static str, Option<&'static str>, Option<&'static str>) {
        (self.atom.code, self.annotation, self.per.map(|p| p.code))
    }

    /// The usual spelling: `µg`, `ng/mL`, `µM`, `IU/g`, `mg GAE/g`, `%`.
    /// [`FromStr`](std::str::FromStr) reads it back to the same unit.
    pub fn symbol(&self) -> String {
        let mut out = self
            .atom
            .spellings
            .first()
            .copied()
            .unwrap_or(self.atom.code)
            .to_owned();
        if let Some(a) = self.annotation {
            out.push(' ');
            out.push_str(a);
        }
        if let Some(per) = self.per {
            out.push('/');
            out.push_str(per.spellings.first().copied().unwrap_or(per.code));
        }
        out
    }

    /// The UCUM code, e.g. `mg/kg`, `ng/mL`, `umol/L`, `[IU]/g`, `%`, `h`.
    /// Annotations are UCUM curly braces: `mg{GAE}/g`.
    pub fn code(&self) -> String {
        let mut code = self.atom.code.to_owned();
        if let Some(a) = self.annotation {
            code.push('{');
            code.push_str(a);
            code.push('}');
        }
        if let Some(per) = self.per {
            code.push('/');
            code.push_str(per.code);
        }
        code
    }

    /// What the unit measures.
    pub fn dimension(&self) -> Dimension {
        match (self.atom.base, self.per.map(|p| p.base)) {
            (base, None) => match base {
                Base::Mass => Dimension::Mass,
                Base::Volume => Dimension::Volume,
                Base::Amount => Dimension::AmountOfSubstance,
                Base::Arbitrary => Dimension::ArbitraryAmount,
                Base::Molar => Dimension::MolarConcentration,
                Base::Time => Dimension::Time,
                Base::Percent => Dimension::Percent,
                Base::Fold => Dimension::Fold,
                Base::Count => Dimension::Count,
                Base::Energy => Dimension::Energy,
                Base::Temperature => Dimension::Temperature,
                Base::Length => Dimension::Length,
            },
            (Base::Mass, Some(Base::Volume)) => Dimension::MassConcentration,
            (Base::Amount, Some(Base::Volume)) => Dimension::MolarConcentration,
            (Base::Mass, Some(Base::Mass)) if self.is_per_body_mass() => Dimension::MassPerBodyMass,
            (Base::Mass, Some(Base::Mass)) => Dimension::MassFraction,
            (Base::Arbitrary, Some(Base::Mass)) => Dimension::AmountPerMass,
            (Base::Arbitrary, Some(Base::Volume)) => Dimension::ArbitraryConcentration,
            (Base::Mass, Some(Base::Amount)) => Dimension::MolarMass,
            // `divisible` admits no other pair.
            _ => Dimension::Count,
        }
    }

    fn is_per_body_mass(&self) -> bool {
        self.annotation.is_none() && self.per.is_some_and(|p| p.code == "kg")
    }

    /// The factor that turns a value in this unit into the dimension's base
    /// unit (g, L, mol, g/L, mol/L, g/kg, s, …).
    pub(crate) fn factor(&self) -> f64 {
        self.atom.factor / self.per.map_or(1.0, |p| p.factor)
    }

    /// Whether the value is an amount one takes (mass, volume, arbitrary
    /// units, CFU, or mass per body mass).
    pub(crate) fn is_amount(&self) -> bool {
        matches!(
            self.dimension(),
            Dimension::Mass
                | Dimension::Volume
                | Dimension::ArbitraryAmount
                | Dimension::MassPerBodyMass
        ) || self.atom.code == "{CFU}" && self.per.is_none()
    }
}

fn divisible(num: Base, den: Base) -> bool {
    matches!(
        (num, den),
        (Base::Mass, Base::Volume | Base::Mass | Base::Amount)
            | (Base::Amount, Base::Volume)
            | (Base::Arbitrary, Base::Mass | Base::Volume)
    )
}

/// Is the char a letter or digit that would continue a word?
pub(crate) fn is_word_char(c: char) -> bool {
    c.is_alphanumeric() || c == '_'
}

/// The spellings of every atom: `(plain, micro)`, where a micro
/// spelling's body follows a micro prefix (`µ`, `μ`, `mc`, `u`).
type Tables = (Spellings<&'static Atom>, Spellings<&'static Atom>);

fn tables() -> &'static Tables {
    use std::sync::LazyLock;
    static TABLES: LazyLock<Tables> = LazyLock::new(|| {
        let spellings = || {
            ATOMS
                .iter()
                .flat_map(|atom| atom.spellings.iter().map(move |s| (*s, atom)))
        };
        let plain = spellings().filter(|(s, _)| !s.starts_with('µ'));
        let micro = spellings().filter_map(|(s, atom)| Some((s.strip_prefix('µ')?, atom)));
        (Spellings::new(plain), Spellings::new(micro))
    });
    &TABLES
}

/// Reads one atom at the start of `text`: the longest spelling that is not
/// followed by a letter or digit. Returns the atom and the bytes read.
fn atom(text: &str) -> Option<(&'static Atom, usize)> {
    let (plain, micro) = tables();
    let bounded = |len: usize, body: &str| {
        crate::slice::from(text, len)
            .chars()
            .next()
            .is_none_or(|c| !is_word_char(c) || body == "%")
    };
    let mut best: Option<(&'static Atom, usize)> = None;
    'plain: for group in plain.candidates(text.as_bytes()) {
        for (body, atom) in group {
            if text.starts_with(body) && bounded(body.len(), body) {
                best = Some((atom, body.len()));
                break 'plain;
            }
        }
    }
    // Every micro prefix starts with one of these bytes.
    let micro_first = matches!(text.as_bytes().first(), Some(0xC2 | 0xCE | b'm' | b'u'));
    if let Some((prefix, rest)) = MICRO
        .iter()
        .filter(|_| micro_first)
        .find_map(|m| text.strip_prefix(m).map(|rest| (m.len(), rest)))
    {
        'micro: for group in micro.candidates(rest.as_bytes()) {
            for (body, atom) in group {
                let len = prefix + body.len();
                if rest.starts_with(body) && bounded(len, body) && best.is_none_or(|(_, l)| len > l)
                {
                    best = Some((atom, len));
                    break 'micro;
                }
            }
        }
    }
    best
}

/// `/mL` or ` per gram`: a divisor atom and the bytes read.
fn divisor(text: &str) -> Option<(&'static Atom, usize)> {
    let (skip, rest) = match text.strip_prefix('/') {
        Some(rest) => (1, rest),
        None => (5, text.strip_prefix(" per ")?),
    };
    atom(rest).map(|(atom, len)| (atom, skip + len))
}

/// Reads a unit at the start of `text`: an atom, an optional annotation
/// (`mg GAE/g`), and an optional `/atom` divisor. Returns the unit and the
/// bytes read. A `/` followed by a time unit is left unread (a frequency).
pub(crate) fn unit(text: &str) -> Option<(Unit, usize)> {
    let (first, mut len) = atom(text)?;
    let mut unit = Unit {
        atom: first,
        annotation: None,
        per: None,
    };
    let mut annotated = None;
    let spaced = crate::slice::from(text, len).strip_prefix(' ');
    // Only a word starting as some annotation does can be one.
    let rest = spaced.filter(|rest| {
        let first = rest.as_bytes().first();
        ANNOTATIONS
            .iter()
            .flat_map(|(_, spellings)| spellings.iter())
            .any(|s| s.as_bytes().first() == first)
    });
    if let Some(rest) = rest {
        for (name, spellings) in ANNOTATIONS {
            for spelling in *spellings {
                let divided = rest
                    .strip_prefix(spelling)
                    .is_some_and(|r| divisor(r).is_some());
                if divided && annotated.is_none_or(|(_, l)| 1 + spelling.len() > l) {
                    annotated = Some((*name, 1 + spelling.len()));
                }
            }
        }
    }
    let after_annotation = len + annotated.map_or(0, |(_, l)| l);
    if let Some((den, den_len)) = divisor(crate::slice::from(text, after_annotation))
        && divisible(first.base, den.base)
    {
        unit.per = Some(den);
        unit.annotation = annotated.map(|(a, _)| a);
        len = after_annotation + den_len;
    }
    Some((unit.normalized(), len))
}

impl std::str::FromStr for Unit {
    type Err = crate::Error;

    fn from_str(text: &str) -> Result<Self, Self::Err> {
        match unit(text) {
            Some((unit, len)) if len == text.len() => Ok(unit),
            _ => Err(crate::Error::new(
                crate::ErrorKind::InvalidValue {
                    what: "unit",
                    found: text.to_owned(),
                    reason: "expected a unit such as mg, µg, ng/mL, µM, mg/kg, IU/g, %, h",
                },
                0..text.len(),
                text,
            )),
        }
    }
}

impl Unit {
    /// Reads a UCUM code as produced by [`Unit::code`].
    ///
    /// ```
    /// let unit = hermetica::Unit::from_code("ng/mL").unwrap();
    /// assert_eq!(unit.to_string(), "ng/mL");
    /// assert!(hermetica::Unit::from_code("furlong").is_none());
    /// ```
    pub fn from_code(code: &str) -> Option<Unit> {
        if let Some(atom) = ATOMS.iter().find(|a| a.code == code) {
            return Some(Unit::of(atom));
        }
        let (head, per) = match code.split_once('/') {
            Some((head, per)) => (head, Some(ATOMS.iter().find(|a| a.code == per)?)),
            None => (code, None),
        };
        let (main, annotation) = match head.split_once('{') {
            Some((main, rest)) if !main.is_empty() => {
                let name = rest.strip_suffix('}')?;
                (main, Some(ANNOTATIONS.iter().find(|(a, _)| *a == name)?.0))
            }
            _ => (head, None),
        };
        let atom = ATOMS.iter().find(|a| a.code == main)?;
        if per.is_some_and(|p| !divisible(atom.base, p.base))
            || annotation.is_some() && per.is_none()
        {
            return None;
        }
        let unit = Unit {
            atom,
            annotation,
            per,
        };
        (unit.code() == code).then(|| unit.normalized())
    }

    fn of(atom: &'static Atom) -> Unit {
        Unit {
            atom,
            annotation: None,
            per: None,
        }
    }

    /// `µmol/L` written out is the same unit as `µM`.
    fn normalized(self) -> Unit {
        if self.annotation.is_none()
            && self.atom.base == Base::Amount
            && let Some(per) = self.per
        {
            // A molar atom whose code is this unit's `atom/per` code.
            let code = (self.atom.code, per.code);
            if let Some(atom) = ATOMS
                .iter()
                .find(|a| a.base == Base::Molar && a.code.split_once('/') == Some(code))
            {
                return Unit::of(atom);
            }
        }
        self
    }
}

#[cfg(feature = "serde")]
impl serde::Serialize for Unit {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        serializer.serialize_str(&self.code())
    }
}

#[cfg(feature = "serde")]
impl<'de> serde::Deserialize<'de> for Unit {
    fn deserialize<D: serde::Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        let code = String::deserialize(deserializer)?;
        Unit::from_code(&code)
            .ok_or_else(|| serde::de::Error::custom(format!("unknown UCUM unit code {code:?}")))
    }
}

impl fmt::Display for Unit {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.code())
    }
}
