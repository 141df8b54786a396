//! `IngredientRecord`: one line of the publisher's ingredient dataset.

use crate::evidence::EvidenceScore;

use crate::timestamp::Timestamp;

/// One ingredient record, with exactly the publisher's fields, in the
/// publisher's order (the JSON writer keeps it).
#[derive(Debug, Clone, PartialEq, Eq, serde::Serialize, serde::Deserialize)]
#[serde(deny_unknown_fields)]
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
}
