//! `InteractionRecord`: one line of the publisher's supplement–drug
//! interaction database, with its severity and evidence typed.

use std::fmt;
use std::str::FromStr;

use serde::de::{self, MapAccess};
use serde::ser::SerializeMap;

use crate::error::Error;
use crate::timestamp::Timestamp;
use crate::web::address::AbsoluteUrl;

use super::fields::{self, Cell, Fields, UnknownFields, required};

/// How serious an interaction is, ordered by risk: `Beneficial` lowest,
/// `Contraindicated` highest. The data writes the names in lower case,
/// the site's pages in capitals; `FromStr` reads either.
///
/// ```
/// use hermetica::dataset::InteractionSeverity;
///
/// let major: InteractionSeverity = "MAJOR".parse().unwrap();
/// assert!(major > InteractionSeverity::Moderate);
/// assert!(InteractionSeverity::Contraindicated > major);
/// assert_eq!(major.to_string(), "major");
/// ```
#[derive(
    Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, serde::Serialize, serde::Deserialize,
)]
#[serde(rename_all = "lowercase")]
#[non_exhaustive]
pub enum InteractionSeverity {
    /// The pair helps: taken together they work better.
    Beneficial,
    /// No interaction of concern.
    Safe,
    /// Low risk.
    Minor,
    /// Use with caution.
    Moderate,
    /// Serious: avoid or take under supervision.
    Major,
    /// Do not combine.
    Contraindicated,
}

impl InteractionSeverity {
    /// Every severity, lowest risk first.
    pub const ALL: [InteractionSeverity; 6] = [
        InteractionSeverity::Beneficial,
        InteractionSeverity::Safe,
        InteractionSeverity::Minor,
        InteractionSeverity::Moderate,
        InteractionSeverity::Major,
        InteractionSeverity::Contraindicated,
    ];

    /// The name as the data writes it (`contraindicated`).
    pub fn as_str(self) -> &'static str {
        match self {
            InteractionSeverity::Beneficial => "beneficial",
            InteractionSeverity::Safe => "safe",
            InteractionSeverity::Minor => "minor",
            InteractionSeverity::Moderate => "moderate",
            InteractionSeverity::Major => "major",
            InteractionSeverity::Contraindicated => "contraindicated",
        }
    }

    /// Whether the pair interacts: any severity from minor up.
    pub fn is_interaction(self) -> bool {
        self >= InteractionSeverity::Minor
    }
}

impl FromStr for InteractionSeverity {
    type Err = Error;

    fn from_str(text: &str) -> Result<Self, Error> {
        Error::named(
            text,
            &Self::ALL.map(|s| (s.as_str(), s)),
            "interaction severity",
            "expected contraindicated, major, moderate, minor, safe or beneficial",
        )
    }
}

impl fmt::Display for InteractionSeverity {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.pad(self.as_str())
    }
}

/// How well an interaction is established, ordered from weakest
/// (`Theoretical`) to strongest (`Strong`).
///
/// ```
/// use hermetica::dataset::InteractionEvidence;
///
/// let limited: InteractionEvidence = "limited".parse().unwrap();
/// assert!(limited < InteractionEvidence::Strong);
/// ```
#[derive(
    Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, serde::Serialize, serde::Deserialize,
)]
#[serde(rename_all = "lowercase")]
#[non_exhaustive]
pub enum InteractionEvidence {
    /// Expected from the mechanism, not observed.
    Theoretical,
    /// Case reports or small studies.
    Limited,
    /// Consistent studies.
    Moderate,
    /// Well established in humans.
    Strong,
}

impl InteractionEvidence {
    /// Every level, weakest first.
    pub const ALL: [InteractionEvidence; 4] = [
        InteractionEvidence::Theoretical,
        InteractionEvidence::Limited,
        InteractionEvidence::Moderate,
        InteractionEvidence::Strong,
    ];

    /// The name as the data writes it (`strong`).
    pub fn as_str(self) -> &'static str {
        match self {
            InteractionEvidence::Theoretical => "theoretical",
            InteractionEvidence::Limited => "limited",
            InteractionEvidence::Moderate => "moderate",
            InteractionEvidence::Strong => "strong",
        }
    }
}

impl FromStr for InteractionEvidence {
    type Err = Error;

    fn from_str(text: &str) -> Result<Self, Error> {
        Error::named(
            text,
            &Self::ALL.map(|e| (e.as_str(), e)),
            "interaction evidence level",
            "expected strong, moderate, limited or theoretical",
        )
    }
}

impl fmt::Display for InteractionEvidence {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.pad(self.as_str())
    }
}

/// One side of an interaction: a supplement or a drug.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
pub struct Substance {
    /// The slug, as in the interaction's URL (`st-johns-wort`).
    pub slug: String,
    /// The display name (`St. Johns Wort`); not derived from the slug.
    pub name: String,
}

/// One interaction record, with the publisher's fields in the publisher's
/// order and any field this crate does not know where it stood (the JSON
/// writer keeps both, so that a record read from a line is written back as
/// that line).
///
/// The quantities and citations in its texts are read by
/// [`quantities`](crate::quantities) and [`citations`](crate::citations).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct InteractionRecord {
    /// The record's number in the database.
    pub id: u64,
    /// The first substance of the pair (the data stores the smaller slug
    /// first; see [`InteractionRecord::is_ordered`]).
    pub a: Substance,
    /// The second substance of the pair.
    pub b: Substance,
    /// How serious the interaction is.
    pub severity: InteractionSeverity,
    /// How well it is established.
    pub evidence_level: InteractionEvidence,
    /// How the two act on each other.
    pub mechanism: String,
    /// The verdict: a label for the severity, then a sentence.
    pub verdict_summary: String,
    /// The same for a reader without pharmacology.
    pub plain_english: String,
    /// The interaction's page.
    pub url: AbsoluteUrl,
    /// When the record was last updated, kept as written.
    pub updated_at: Timestamp,
    /// The fields this crate does not know, kept where they stood.
    pub unknown: UnknownFields,
}

impl InteractionRecord {
    /// Whether the pair is stored in the data's order: `a`'s slug before
    /// `b`'s.
    pub fn is_ordered(&self) -> bool {
        self.a.slug < self.b.slug
    }

    /// The path the record's URL should have: `/interactions/{a}/{b}`.
    pub fn expected_path(&self) -> String {
        format!("/interactions/{}/{}", self.a.slug, self.b.slug)
    }

    /// Whether the URL's path names this pair, in this order.
    pub fn url_matches_pair(&self) -> bool {
        self.url.path() == self.expected_path()
    }

    /// The other substance of the pair, when `slug` is one of them.
    pub fn other(&self, slug: &str) -> Option<&Substance> {
        if self.a.slug == slug {
            Some(&self.b)
        } else if self.b.slug == slug {
            Some(&self.a)
        } else {
            None
        }
    }
}

/// The interaction fields read so far from a line.
#[derive(Default)]
pub struct Slots {
    id: Option<u64>,
    substance_a_slug: Option<String>,
    substance_a_name: Option<String>,
    substance_b_slug: Option<String>,
    substance_b_name: Option<String>,
    severity: Option<InteractionSeverity>,
    evidence_level: Option<InteractionEvidence>,
    mechanism: Option<String>,
    verdict_summary: Option<String>,
    plain_english: Option<String>,
    url: Option<AbsoluteUrl>,
    updated_at: Option<Timestamp>,
}

/// The data writes the pair flat: `substance_a_slug`, `substance_a_name`,
/// and the same for `b`.
impl Fields for InteractionRecord {
    const NAMES: &'static [&'static str] = &[
        "id",
        "substance_a_slug",
        "substance_a_name",
        "substance_b_slug",
        "substance_b_name",
        "severity",
        "evidence_level",
        "mechanism",
        "verdict_summary",
        "plain_english",
        "url",
        "updated_at",
    ];
    const WHAT: &'static str = "an interaction record";
    type Slots = Slots;

    fn read<'de, A: MapAccess<'de>>(
        slots: &mut Slots,
        name: &'static str,
        map: &mut A,
    ) -> Result<(), A::Error> {
        match name {
            "id" => slots.id = Some(map.next_value()?),
            "substance_a_slug" => slots.substance_a_slug = Some(map.next_value()?),
            "substance_a_name" => slots.substance_a_name = Some(map.next_value()?),
            "substance_b_slug" => slots.substance_b_slug = Some(map.next_value()?),
            "substance_b_name" => slots.substance_b_name = Some(map.next_value()?),
            "severity" => slots.severity = Some(map.next_value()?),
            "evidence_level" => slots.evidence_level = Some(map.next_value()?),
            "mechanism" => slots.mechanism = Some(map.next_value()?),
            "verdict_summary" => slots.verdict_summary = Some(map.next_value()?),
            "plain_english" => slots.plain_english = Some(map.next_value()?),
            "url" => slots.url = Some(map.next_value()?),
            "updated_at" => slots.updated_at = Some(map.next_value()?),
            _ => map.next_value::<de::IgnoredAny>().map(drop)?,
        }
        Ok(())
    }

    fn finish<E: de::Error>(slots: Slots, unknown: UnknownFields) -> Result<Self, E> {
        Ok(InteractionRecord {
            id: required(slots.id, "id")?,
            a: Substance {
                slug: required(slots.substance_a_slug, "substance_a_slug")?,
                name: required(slots.substance_a_name, "substance_a_name")?,
            },
            b: Substance {
                slug: required(slots.substance_b_slug, "substance_b_slug")?,
                name: required(slots.substance_b_name, "substance_b_name")?,
            },
            severity: required(slots.severity, "severity")?,
            evidence_level: required(slots.evidence_level, "evidence_level")?,
            mechanism: required(slots.mechanism, "mechanism")?,
            verdict_summary: required(slots.verdict_summary, "verdict_summary")?,
            plain_english: required(slots.plain_english, "plain_english")?,
            url: required(slots.url, "url")?,
            updated_at: required(slots.updated_at, "updated_at")?,
            unknown,
        })
    }

    fn write<M: SerializeMap>(&self, name: &'static str, map: &mut M) -> Result<(), M::Error> {
        match name {
            "id" => map.serialize_entry(name, &self.id),
            "substance_a_slug" => map.serialize_entry(name, &self.a.slug),
            "substance_a_name" => map.serialize_entry(name, &self.a.name),
            "substance_b_slug" => map.serialize_entry(name, &self.b.slug),
            "substance_b_name" => map.serialize_entry(name, &self.b.name),
            "severity" => map.serialize_entry(name, &self.severity),
            "evidence_level" => map.serialize_entry(name, &self.evidence_level),
            "mechanism" => map.serialize_entry(name, &self.mechanism),
            "verdict_summary" => map.serialize_entry(name, &self.verdict_summary),
            "plain_english" => map.serialize_entry(name, &self.plain_english),
            "url" => map.serialize_entry(name, &self.url),
            "updated_at" => map.serialize_entry(name, &self.updated_at),
            _ => Ok(()),
        }
    }

    fn unknown(&self) -> &UnknownFields {
        &self.unknown
    }

    fn cell(name: &str) -> Cell {
        match name {
            "id" => Cell::Json,
            _ => Cell::Text,
        }
    }
}

impl serde::Serialize for InteractionRecord {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        fields::serialize(self, serializer)
    }
}

impl<'de> serde::Deserialize<'de> for InteractionRecord {
    fn deserialize<D: serde::Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        fields::deserialize(deserializer)
    }
}
