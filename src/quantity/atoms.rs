//! The atoms units are made of, their prefixes and annotations: the
//! vocabulary of the unit grammar, as data. To teach the crate a new unit,
//! add a row here; the grammar, the UCUM code, the dimension and
//! conversion follow.
//!
//! Factors are to the base units of [`Dimension`]: gram, metre, second,
//! mole, and the arbitrary units themselves.

use super::Dimension;
use super::dimension::Base;

/// An SI prefix.
#[derive(Debug, PartialEq)]
pub(crate) struct Prefix {
    /// UCUM code: `k`, `m`, `u`.
    pub(crate) code: &'static str,
    /// The usual spelling: `µ` for micro.
    pub(crate) symbol: &'static str,
    /// Every spelling before a symbol: `µ` (U+00B5), `μ` (U+03BC), `mc`, `u`.
    pub(crate) spellings: &'static [&'static str],
    /// The spelling before a word: `micro`.
    pub(crate) word: &'static str,
    pub(crate) factor: f64,
}

pub(crate) static PREFIXES: &[Prefix] = &[
    Prefix {
        code: "k",
        symbol: "k",
        spellings: &["k"],
        word: "kilo",
        factor: 1e3,
    },
    Prefix {
        code: "d",
        symbol: "d",
        spellings: &["d"],
        word: "deci",
        factor: 1e-1,
    },
    Prefix {
        code: "c",
        symbol: "c",
        spellings: &["c"],
        word: "centi",
        factor: 1e-2,
    },
    Prefix {
        code: "m",
        symbol: "m",
        spellings: &["m"],
        word: "milli",
        factor: 1e-3,
    },
    Prefix {
        code: "u",
        symbol: "µ",
        spellings: &["µ", "μ", "mc", "u"],
        word: "micro",
        factor: 1e-6,
    },
    Prefix {
        code: "n",
        symbol: "n",
        spellings: &["n"],
        word: "nano",
        factor: 1e-9,
    },
    Prefix {
        code: "p",
        symbol: "p",
        spellings: &["p"],
        word: "pico",
        factor: 1e-12,
    },
    Prefix {
        code: "f",
        symbol: "f",
        spellings: &["f"],
        word: "femto",
        factor: 1e-15,
    },
];

/// What an atom means beyond its dimension, where the grammar or the kind
/// of a quantity depends on it.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum Role {
    Plain,
    /// A unit of time; `day`, `week`, `month`, `year` after `/` or `per`
    /// are a frequency, not a divisor.
    Time,
    /// `%` and its annotated forms.
    Percent,
    /// `fold`.
    Fold,
    /// A tablet, capsule, scoop…: counted, never a divisor (`per capsule`
    /// says what a dose is per).
    DoseForm,
    /// `°C`, `°F`: values on an interval scale convert only to themselves.
    IntervalScale,
    /// The enzyme unit `U`.
    EnzymeUnit,
    /// `cells`: only before a divisor (`cells/µL`).
    Cells,
    /// A power of ten before a divisor (`×10⁹/L`).
    PowerOfTen,
    /// A divisor that normalises to a body surface area (`/1.73 m²`).
    Normalisation,
}

/// One atom.
#[derive(Debug, PartialEq)]
pub(crate) struct Atom {
    /// UCUM code, without prefix; a shorthand atom's code is what it
    /// stands for (`M` is `mol/L`, `Da` is `g/mol`), its prefix going first.
    pub(crate) code: &'static str,
    /// The usual spelling, without prefix.
    pub(crate) symbol: &'static str,
    pub(crate) dimension: Dimension,
    pub(crate) factor: f64,
    /// The prefixes it takes (UCUM codes).
    pub(crate) prefixes: &'static [&'static str],
    /// Whether it is only ever written with a prefix (`mEq`, `kJ`, `ms`).
    pub(crate) needs_prefix: bool,
    /// Spellings that take the prefixes' symbols: `g` in `mg`, `mcg`.
    pub(crate) symbols: &'static [&'static str],
    /// Spellings that take the prefixes' words: `grams` in `milligrams`.
    pub(crate) words: &'static [&'static str],
    /// Spellings that take no prefix.
    pub(crate) plain: &'static [&'static str],
    pub(crate) role: Role,
}

impl Atom {
    /// Whether it stands for a quotient (`M` is `mol/L`, `Da` is `g/mol`):
    /// such an atom stands alone in a unit, since its code cannot take a
    /// place among others without brackets.
    pub(crate) fn is_shorthand(&self) -> bool {
        self.code.split('{').next().is_some_and(|c| c.contains('/'))
    }

    /// Whether an annotation may follow it (`µg RAE`): not after an atom
    /// that is itself an annotation (`{tablet}`, `%{w/v}`), which UCUM
    /// cannot annotate again.
    pub(crate) fn takes_annotation(&self) -> bool {
        !self.code.contains('{')
    }
}

const MASS: Dimension = Dimension::MASS;
const VOLUME: Dimension = Dimension::VOLUME;
const TIME: Dimension = Dimension::TIME;
const NONE: Dimension = Dimension::DIMENSIONLESS;

macro_rules! atom {
    ($code:literal, $symbol:literal, $dimension:expr, $factor:expr, $role:ident,
     prefixes [$($p:literal),*] $(needs $needs:literal)?,
     symbols [$($s:literal),*], words [$($w:literal),*], plain [$($pl:literal),*]) => {
        Atom {
            code: $code,
            symbol: $symbol,
            dimension: $dimension,
            factor: $factor,
            prefixes: &[$($p),*],
            needs_prefix: false $(|| $needs)?,
            symbols: &[$($s),*],
            words: &[$($w),*],
            plain: &[$($pl),*],
            role: Role::$role,
        }
    };
}

/// Every atom. Spellings are case-sensitive (`nM` is nanomolar, `nm`
/// nanometre). A power of ten (`×10⁹`) is read by the grammar and taken
/// from [`POWERS_OF_TEN`].
pub(crate) static ATOMS: &[Atom] = &[
    atom!("g", "g", MASS, 1.0, Plain, prefixes ["k", "m", "u", "n", "p", "f"],
        symbols ["g"], words ["grams", "gram"], plain ["gm", "gms"]),
    atom!("L", "L", VOLUME, 1e-3, Plain, prefixes ["d", "c", "m", "u", "n"],
        symbols ["L"], words ["liters", "liter", "litres", "litre"], plain []),
    // A lower-case `l` is read only after a prefix (`ml`, `dl`): alone it is
    // a letter.
    atom!("L", "L", VOLUME, 1e-3, Plain, prefixes ["d", "c", "m", "u", "n"] needs true,
        symbols ["l"], words [], plain []),
    atom!("mol", "mol", Dimension::AMOUNT_OF_SUBSTANCE, 1.0, Plain,
        prefixes ["m", "u", "n", "p", "f"], symbols ["mol"], words ["moles", "mole"], plain []),
    atom!("mol/L", "M", Dimension::MOLAR_CONCENTRATION, 1e3, Plain,
        prefixes ["m", "u", "n", "p", "f"] needs true, symbols ["M"], words ["molar"], plain []),
    atom!("eq", "Eq", Dimension::AMOUNT_OF_SUBSTANCE, 1.0, Plain, prefixes ["m", "u"] needs true,
        symbols ["Eq", "eq"], words ["equivalents", "equivalent"], plain []),
    atom!("osm", "Osm", Dimension::AMOUNT_OF_SUBSTANCE, 1.0, Plain, prefixes ["m"] needs true,
        symbols ["Osm", "osm"], words ["osmoles"], plain []),
    atom!("[IU]", "IU", Dimension::INTERNATIONAL_UNITS, 1.0, Plain, prefixes ["k", "m", "u"],
        symbols ["IU"], words [],
        plain ["[IU]", "I.U.", "iu", "international units", "International Units",
            "international unit", "International Unit"]),
    atom!("U", "U", Dimension::of(&[(Base::Amount, 1), (Base::Time, -1)]), 1e-6 / 60.0, EnzymeUnit,
        prefixes ["k", "m"], symbols ["U"], words ["units"],
        plain ["units", "unit", "USP units", "USP unit"]),
    atom!("[CFU]", "CFU", Dimension::COLONY_FORMING_UNITS, 1.0, Plain, prefixes [],
        symbols [], words [],
        plain ["CFU", "cfu", "CFUs", "[CFU]", "colony-forming units", "colony forming units",
            "colony-forming unit"]),
    atom!("{FU}", "FU", Dimension::base(Base::FibrinolyticUnit), 1.0, Plain, prefixes [],
        symbols [], words [], plain ["FU", "{FU}", "fibrinolytic units"]),
    atom!("s", "s", TIME, 1.0, Time, prefixes ["m", "u"] needs true, symbols ["s"],
        words ["seconds", "second"], plain []),
    atom!("s", "sec", TIME, 1.0, Time, prefixes [], symbols [], words [],
        plain ["seconds", "second", "secs", "sec"]),
    atom!("min", "min", TIME, 60.0, Time, prefixes [], symbols [], words [],
        plain ["min", "minutes", "minute", "mins"]),
    atom!("h", "h", TIME, 3600.0, Time, prefixes [], symbols [], words [],
        plain ["h", "hours", "hour", "hrs", "hr"]),
    atom!("d", "d", TIME, 86400.0, Time, prefixes [], symbols [], words [],
        plain ["days", "day", "d"]),
    atom!("wk", "wk", TIME, 604800.0, Time, prefixes [], symbols [], words [],
        plain ["wk", "weeks", "week", "wks"]),
    atom!("mo", "mo", TIME, 2629800.0, Time, prefixes [], symbols [], words [],
        plain ["months", "month", "mo", "mos"]),
    atom!("a", "yr", TIME, 31557600.0, Time, prefixes [], symbols [], words [],
        plain ["years", "year", "yrs", "yr", "y"]),
    atom!("%", "%", NONE, 1e-2, Percent, prefixes [], symbols [], words [],
        plain ["%", "percent", "per cent", "Percent"]),
    atom!("%{points}", "percentage points", NONE, 1e-2, Percent, prefixes [], symbols [], words [],
        plain ["percentage points", "percentage point", "percent points"]),
    atom!("%{w/v}", "% w/v", NONE, 1e-2, Percent, prefixes [], symbols [], words [],
        plain ["% w/v", "% (w/v)", "%w/v", "% wt/vol"]),
    atom!("%{w/w}", "% w/w", NONE, 1e-2, Percent, prefixes [], symbols [], words [],
        plain ["% w/w", "% (w/w)", "%w/w", "% wt/wt"]),
    atom!("%{v/v}", "% v/v", NONE, 1e-2, Percent, prefixes [], symbols [], words [],
        plain ["% v/v", "% (v/v)", "%v/v", "% vol/vol"]),
    atom!("{fold}", "fold", NONE, 1.0, Fold, prefixes [], symbols [], words [],
        plain ["fold", "{fold}"]),
    atom!("[ppm]", "ppm", NONE, 1e-6, Plain, prefixes [], symbols [], words [],
        plain ["ppm", "[ppm]", "parts per million"]),
    atom!("[ppb]", "ppb", NONE, 1e-9, Plain, prefixes [], symbols [], words [],
        plain ["ppb", "[ppb]", "parts per billion"]),
    atom!("kcal", "kcal", Dimension::ENERGY, 4184e3, Plain, prefixes [], symbols [], words [],
        plain ["kcal", "kcals", "Calories", "calories", "Calorie", "calorie", "Cal",
            "kilocalories", "kilocalorie"]),
    atom!("cal", "cal", Dimension::ENERGY, 4184.0, Plain, prefixes [], symbols [], words [],
        plain ["cal"]),
    atom!("J", "J", Dimension::ENERGY, 1e3, Plain, prefixes ["k"] needs true, symbols ["J"],
        words ["joules"], plain []),
    atom!("Pa", "Pa", Dimension::PRESSURE, 1e3, Plain, prefixes ["k"] needs true,
        symbols ["Pa"], words ["pascals"], plain []),
    atom!("mm[Hg]", "mmHg", Dimension::PRESSURE, 133_322.387_415, Plain, prefixes [],
        symbols [], words [], plain ["mmHg", "mm Hg", "mm[Hg]"]),
    atom!("Cel", "°C", Dimension::TEMPERATURE, 1.0, IntervalScale, prefixes [], symbols [],
        words [], plain ["°C", "℃", "° C", "Cel", "degrees Celsius", "degrees C"]),
    atom!("[degF]", "°F", Dimension::TEMPERATURE, 5.0 / 9.0, IntervalScale, prefixes [],
        symbols [], words [], plain ["°F", "℉", "[degF]", "degrees Fahrenheit", "degrees F"]),
    atom!("m", "m", Dimension::LENGTH, 1.0, Plain, prefixes ["k", "c", "m", "u", "n"],
        symbols ["m"], words ["meters", "meter", "metres", "metre"], plain []),
    atom!("g/mol", "Da", Dimension::MOLAR_MASS, 1.0, Plain, prefixes ["k"], symbols ["Da"],
        words ["daltons", "dalton"], plain []),
    atom!("[tsp_us]", "tsp", VOLUME, 4.928_921_593_75e-6, Plain, prefixes [], symbols [],
        words [], plain ["tsp", "tsp.", "teaspoons", "teaspoon", "[tsp_us]"]),
    atom!("[tbs_us]", "tbsp", VOLUME, 14.786_764_781_25e-6, Plain, prefixes [], symbols [],
        words [], plain ["tbsp", "Tbsp", "tbsp.", "Tbs", "tablespoons", "tablespoon", "[tbs_us]"]),
    atom!("[cup_us]", "cup", VOLUME, 236.588_236_5e-6, Plain, prefixes [], symbols [], words [],
        plain ["cups", "cup", "[cup_us]"]),
    atom!("[foz_us]", "fl oz", VOLUME, 29.573_529_562_5e-6, Plain, prefixes [], symbols [],
        words [], plain ["fl oz", "fl. oz.", "fl. oz", "fluid ounces", "fluid ounce", "[foz_us]"]),
    atom!("[oz_av]", "oz", MASS, 28.349_523_125, Plain, prefixes [], symbols [], words [],
        plain ["oz", "ounces", "ounce", "[oz_av]"]),
    atom!("[lb_av]", "lb", MASS, 453.592_37, Plain, prefixes [], symbols [], words [],
        plain ["lb", "lbs", "pounds", "pound", "[lb_av]"]),
    atom!("{tablet}", "tablet", NONE, 1.0, DoseForm, prefixes [], symbols [], words [],
        plain ["tablets", "tablet", "Tablets", "Tablet", "tabs", "{tablet}"]),
    atom!("{capsule}", "capsule", NONE, 1.0, DoseForm, prefixes [], symbols [], words [],
        plain ["capsules", "capsule", "Capsules", "Capsule", "caps", "vegetarian capsules", "veggie capsules",
            "{capsule}"]),
    atom!("{softgel}", "softgel", NONE, 1.0, DoseForm, prefixes [], symbols [], words [],
        plain ["softgels", "softgel", "Softgels", "Softgel", "soft gels", "{softgel}"]),
    atom!("{drop}", "drop", NONE, 1.0, DoseForm, prefixes [], symbols [], words [],
        plain ["drops", "drop", "{drop}"]),
    atom!("{scoop}", "scoop", NONE, 1.0, DoseForm, prefixes [], symbols [], words [],
        plain ["scoops", "scoop", "Scoops", "Scoop", "{scoop}"]),
    atom!("{serving}", "serving", NONE, 1.0, DoseForm, prefixes [], symbols [], words [],
        plain ["servings", "serving", "Servings", "Serving", "{serving}"]),
    atom!("{gummy}", "gummy", NONE, 1.0, DoseForm, prefixes [], symbols [], words [],
        plain ["gummies", "gummy", "Gummies", "Gummy", "{gummy}"]),
    atom!("{lozenge}", "lozenge", NONE, 1.0, DoseForm, prefixes [], symbols [], words [],
        plain ["lozenges", "lozenge", "{lozenge}"]),
    atom!("{packet}", "packet", NONE, 1.0, DoseForm, prefixes [], symbols [], words [],
        plain ["packets", "packet", "sachets", "sachet", "{packet}"]),
    atom!("{spray}", "spray", NONE, 1.0, DoseForm, prefixes [], symbols [], words [],
        plain ["sprays", "spray", "{spray}"]),
    atom!("{cells}", "cells", NONE, 1.0, Cells, prefixes [], symbols [], words [],
        plain ["cells", "{cells}"]),
    atom!("{copies}", "copies", NONE, 1.0, Cells, prefixes [], symbols [], words [],
        plain ["copies", "{copies}"]),
    atom!("{1.73_m2}", "1.73 m²", NONE, 1.0, Normalisation, prefixes [], symbols [], words [],
        plain ["1.73 m²", "1.73 m2", "1.73m²", "1.73m2", "1.73 m^2", "{1.73_m2}"]),
];

macro_rules! powers {
    ($($n:literal $code:literal $symbol:literal;)*) => {
        [$(atom!($code, $symbol, NONE, $n, PowerOfTen, prefixes [], symbols [], words [],
            plain [$code])),*]
    };
}

/// `×10¹` to `×10¹⁵`, indexed by the exponent less one.
pub(crate) static POWERS_OF_TEN: [Atom; 15] = powers! {
    1e1 "10*1" "×10¹"; 1e2 "10*2" "×10²"; 1e3 "10*3" "×10³"; 1e4 "10*4" "×10⁴";
    1e5 "10*5" "×10⁵"; 1e6 "10*6" "×10⁶"; 1e7 "10*7" "×10⁷"; 1e8 "10*8" "×10⁸";
    1e9 "10*9" "×10⁹"; 1e10 "10*10" "×10¹⁰"; 1e11 "10*11" "×10¹¹"; 1e12 "10*12" "×10¹²";
    1e13 "10*13" "×10¹³"; 1e14 "10*14" "×10¹⁴"; 1e15 "10*15" "×10¹⁵";
};

/// What a quantity of a unit counts, written after it (`µg RAE`, `mg GAE/g`).
pub(crate) struct Annotation {
    /// The UCUM annotation, without braces.
    pub(crate) code: &'static str,
    /// Spellings after a space.
    pub(crate) spellings: &'static [&'static str],
    /// Whether it is read only before a divisor: `TE` alone is too short a
    /// word to be sure of.
    pub(crate) before_divisor: bool,
}

pub(crate) static ANNOTATIONS: &[Annotation] = &[
    Annotation {
        code: "RAE",
        spellings: &["RAE", "retinol activity equivalents"],
        before_divisor: false,
    },
    Annotation {
        code: "DFE",
        spellings: &["DFE", "dietary folate equivalents"],
        before_divisor: false,
    },
    Annotation {
        code: "NE",
        spellings: &["NE", "niacin equivalents"],
        before_divisor: false,
    },
    Annotation {
        code: "alpha-TE",
        spellings: &[
            "α-TE",
            "alpha-TE",
            "α-tocopherol equivalents",
            "alpha-tocopherol equivalents",
        ],
        before_divisor: false,
    },
    Annotation {
        code: "GAE",
        spellings: &["GAE", "gallic acid equivalents", "gallic acid equivalent"],
        before_divisor: true,
    },
    Annotation {
        code: "QE",
        spellings: &["QE", "quercetin equivalents", "quercetin equivalent"],
        before_divisor: true,
    },
    Annotation {
        code: "TE",
        spellings: &["TE", "Trolox equivalents", "Trolox equivalent"],
        before_divisor: true,
    },
    Annotation {
        code: "CE",
        spellings: &["CE", "catechin equivalents", "catechin equivalent"],
        before_divisor: true,
    },
    Annotation {
        code: "RE",
        spellings: &["RE", "rutin equivalents", "rutin equivalent"],
        before_divisor: true,
    },
    Annotation {
        code: "GlcE",
        spellings: &["glucose equivalents", "glucose equivalent"],
        before_divisor: true,
    },
];

#[cfg(test)]
mod tests {
    use super::*;

    /// An arbitrary unit (IU, CFU, FU) is defined by a reference
    /// preparation: an atom that counts one counts nothing else, so it
    /// converts only to units of its own kind.
    #[test]
    fn an_arbitrary_base_stands_alone_in_its_atom() {
        let arbitrary = [
            Base::InternationalUnit,
            Base::ColonyFormingUnit,
            Base::FibrinolyticUnit,
        ];
        for atom in ATOMS {
            for base in arbitrary {
                if atom.dimension.exponent(base) != 0 {
                    assert_eq!(atom.dimension, Dimension::base(base), "{}", atom.code);
                }
            }
        }
    }
}
