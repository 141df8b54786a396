//! `IngredientRecord`: one line of the publisher's ingredient dataset.

use serde::de::{self, MapAccess};
use serde::ser::SerializeMap;

use crate::evidence::EvidenceScore;
use crate::timestamp::Timestamp;

use super::fields::{self, Cell, Fields, UnknownFields, required};

/// One ingredient record: the publisher's fields, written back in the
/// publisher's order, and any field this crate does not know, kept where
/// it stood (see [`UnknownFields`]).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct IngredientRecord {
    /// The slug, the last segment of the entry's URL.
    pub ingredient_key: String,
    /// The display name (the page title).
    pub ingredient_name: String,
    /// The canonical name, when it differs from the display name.
    pub canonical_name: Option<String>,
    /// The fine category (`Named Bioactive Compounds`).
    pub category_primary: String,
    /// The coarse category, the page's `Category` (`Compound`).
    pub category_group: String,
    /// The evidence score, 0–10.
    pub evidence_score: EvidenceScore,
    /// The page's Overview.
    pub short_answer: String,
    /// The page's Health Benefits, as written (bullets on lines, or on one
    /// line separated by ` - ` or ` • `).
    pub health_benefits: String,
    /// The page's Mechanism of Action.
    pub mechanism_of_action: String,
    /// The page's Clinical Summary.
    pub clinical_summary: String,
    /// The aliases.
    pub also_known_as: Vec<String>,
    /// When the record was last updated.
    pub updated_at: Timestamp,
    /// The fields this crate does not know, and whether the line left out
    /// `canonical_name` (rather than writing `null`).
    pub unknown: UnknownFields,
}

/// The ingredient fields read so far from a line.
#[derive(Default)]
pub struct Slots {
    ingredient_key: Option<String>,
    ingredient_name: Option<String>,
    /// `Some(None)` is a `null`; `None`, a line without the field.
    canonical_name: Option<Option<String>>,
    category_primary: Option<String>,
    category_group: Option<String>,
    evidence_score: Option<EvidenceScore>,
    short_answer: Option<String>,
    health_benefits: Option<String>,
    mechanism_of_action: Option<String>,
    clinical_summary: Option<String>,
    also_known_as: Option<Vec<String>>,
    updated_at: Option<Timestamp>,
}

impl Fields for IngredientRecord {
    const NAMES: &'static [&'static str] = &[
        "ingredient_key",
        "ingredient_name",
        "canonical_name",
        "category_primary",
        "category_group",
        "evidence_score",
        "short_answer",
        "health_benefits",
        "mechanism_of_action",
        "clinical_summary",
        "also_known_as",
        "updated_at",
    ];
    const WHAT: &'static str = "an ingredient record";
    type Slots = Slots;

    fn read<'de, A: MapAccess<'de>>(
        slots: &mut Slots,
        name: &'static str,
        map: &mut A,
    ) -> Result<(), A::Error> {
        match name {
            "ingredient_key" => slots.ingredient_key = Some(map.next_value()?),
            "ingredient_name" => slots.ingredient_name = Some(map.next_value()?),
            "canonical_name" => slots.canonical_name = Some(map.next_value()?),
            "category_primary" => slots.category_primary = Some(map.next_value()?),
            "category_group" => slots.category_group = Some(map.next_value()?),
            "evidence_score" => slots.evidence_score = Some(map.next_value()?),
            "short_answer" => slots.short_answer = Some(map.next_value()?),
            "health_benefits" => slots.health_benefits = Some(map.next_value()?),
            "mechanism_of_action" => slots.mechanism_of_action = Some(map.next_value()?),
            "clinical_summary" => slots.clinical_summary = Some(map.next_value()?),
            "also_known_as" => slots.also_known_as = Some(map.next_value()?),
            "updated_at" => slots.updated_at = Some(map.next_value()?),
            _ => map.next_value::<de::IgnoredAny>().map(drop)?,
        }
        Ok(())
    }

    fn finish<E: de::Error>(slots: Slots, mut unknown: UnknownFields) -> Result<Self, E> {
        let canonical_name = match slots.canonical_name {
            Some(name) => name,
            None => {
                unknown.omit("canonical_name");
                None
            }
        };
        Ok(IngredientRecord {
            ingredient_key: required(slots.ingredient_key, "ingredient_key")?,
            ingredient_name: required(slots.ingredient_name, "ingredient_name")?,
            canonical_name,
            category_primary: required(slots.category_primary, "category_primary")?,
            category_group: required(slots.category_group, "category_group")?,
            evidence_score: required(slots.evidence_score, "evidence_score")?,
            short_answer: required(slots.short_answer, "short_answer")?,
            health_benefits: required(slots.health_benefits, "health_benefits")?,
            mechanism_of_action: required(slots.mechanism_of_action, "mechanism_of_action")?,
            clinical_summary: required(slots.clinical_summary, "clinical_summary")?,
            also_known_as: required(slots.also_known_as, "also_known_as")?,
            updated_at: required(slots.updated_at, "updated_at")?,
            unknown,
        })
    }

    fn write<M: SerializeMap>(&self, name: &'static str, map: &mut M) -> Result<(), M::Error> {
        match name {
            "ingredient_key" => map.serialize_entry(name, &self.ingredient_key),
            "ingredient_name" => map.serialize_entry(name, &self.ingredient_name),
            "canonical_name" if self.canonical_name.is_none() && self.unknown.is_omitted(name) => {
                Ok(())
            }
            "canonical_name" => map.serialize_entry(name, &self.canonical_name),
            "category_primary" => map.serialize_entry(name, &self.category_primary),
            "category_group" => map.serialize_entry(name, &self.category_group),
            "evidence_score" => map.serialize_entry(name, &self.evidence_score),
            "short_answer" => map.serialize_entry(name, &self.short_answer),
            "health_benefits" => map.serialize_entry(name, &self.health_benefits),
            "mechanism_of_action" => map.serialize_entry(name, &self.mechanism_of_action),
            "clinical_summary" => map.serialize_entry(name, &self.clinical_summary),
            "also_known_as" => map.serialize_entry(name, &self.also_known_as),
            "updated_at" => map.serialize_entry(name, &self.updated_at),
            _ => Ok(()),
        }
    }

    fn unknown(&self) -> &UnknownFields {
        &self.unknown
    }

    fn cell(name: &str) -> Cell {
        match name {
            "canonical_name" => Cell::OptionalText,
            "evidence_score" | "also_known_as" => Cell::Json,
            _ => Cell::Text,
        }
    }
}

impl serde::Serialize for IngredientRecord {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        fields::serialize(self, serializer)
    }
}

impl<'de> serde::Deserialize<'de> for IngredientRecord {
    fn deserialize<D: serde::Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        fields::deserialize(deserializer)
    }
}
