//! Record ↔ page. A record becomes a page in the site's layout; the
//! dataset fields a page does not show (`category_primary`,
//! `canonical_name`, the full `updated_at`) go to metadata lines this crate
//! reads as typed keys (`Primary Category`, `Canonical Name`, `Updated At`),
//! so that record → page → record is the identity. A field this crate does
//! not know goes to a `Record Field` line, with its place in the record:
//! `**Record Field:** {"pubmed_ids":[101]} after clinical_summary`; an
//! optional field the record left out, to an `Omitted Field` line.

use crate::SharedStr;
use crate::entry::{
    Aliases, Entry, MetaLine, OMITTED_FIELD_KEY, RECORD_FIELD_KEY, Section, SectionKind,
};
use crate::error::{Error, ErrorKind};

use super::fields::{Fields, UnknownField, UnknownFields};
use super::record::IngredientRecord;

/// The site the pages live on.
pub const SITE: &str = "https://ingredients.hermeticasuperfoods.com";
/// The `Data Source` of the encyclopedia's pages.
pub const DATA_SOURCE: &str = "Hermetica Superfoods Ingredient Encyclopedia";

impl IngredientRecord {
    /// The record as a page in the site's layout.
    pub fn to_page(&self) -> String {
        let mut page = format!("# {}\n\n", self.ingredient_name);
        let mut field = |key: &str, value: &str| page.push_str(&format!("**{key}:** {value}\n"));
        let key = crate::web::address::percent_encode_segment(&self.ingredient_key);
        field("Canonical URL", &format!("{SITE}/ingredients/{key}"));
        field("Data Source", DATA_SOURCE);
        field(
            "Updated",
            &self.updated_at.datetime().format("%Y-%m-%d").to_string(),
        );
        field("Evidence Score", &format!("{} / 10", self.evidence_score));
        field("Category", &self.category_group);
        if !self.also_known_as.is_empty() {
            let aliases = Aliases {
                names: self.also_known_as.iter().map(SharedStr::from).collect(),
            };
            field("Also Known As", &aliases.to_string());
        }
        field("Primary Category", &self.category_primary);
        if let Some(name) = &self.canonical_name {
            field("Canonical Name", name);
        }
        field("Updated At", self.updated_at.as_str());
        for name in self.unknown.omitted() {
            field(OMITTED_FIELD_KEY, name);
        }
        for unknown in self.unknown.iter() {
            field(RECORD_FIELD_KEY, &unknown.page_value());
        }
        for (kind, text) in [
            (SectionKind::Overview, &self.short_answer),
            (SectionKind::HealthBenefits, &self.health_benefits),
            (SectionKind::MechanismOfAction, &self.mechanism_of_action),
            (SectionKind::ClinicalSummary, &self.clinical_summary),
        ] {
            page.push_str(&format!("\n## {}\n\n{text}\n", kind.heading()));
        }
        page.push_str(&format!(
            "\n---\n\n*Source: {DATA_SOURCE} — {SITE}*\n\
             *License: CC BY-NC-SA 4.0 — Attribution required. Commercial use: admin@hermeticasuperfoods.com*\n"
        ));
        page
    }

    /// The record as a typed entry (its page, parsed). An error when the
    /// page would not give back this record (a field whose text the page
    /// layout would read differently, such as a line starting `## `).
    ///
    /// # Errors
    ///
    /// The field whose text would not come back from the page.
    pub fn to_entry(&self) -> Result<Entry, Error> {
        let page = self.to_page();
        let entry: Entry = page.parse()?;
        let back = IngredientRecord::from_entry(&entry)?;
        match self.first_difference(&back) {
            None => Ok(entry),
            Some(field) => Err(Error::new(
                ErrorKind::InvalidValue {
                    what: "record",
                    found: field.to_owned(),
                    reason: "this field cannot be written as a page without changing it",
                },
                0..0,
                "",
            )),
        }
    }

    /// The name of the first field that differs from `other`.
    fn first_difference(&self, other: &IngredientRecord) -> Option<&'static str> {
        let fields = [
            (
                "ingredient_key",
                self.ingredient_key == other.ingredient_key,
            ),
            (
                "ingredient_name",
                self.ingredient_name == other.ingredient_name,
            ),
            (
                "canonical_name",
                self.canonical_name == other.canonical_name,
            ),
            (
                "category_primary",
                self.category_primary == other.category_primary,
            ),
            (
                "category_group",
                self.category_group == other.category_group,
            ),
            (
                "evidence_score",
                self.evidence_score == other.evidence_score,
            ),
            ("short_answer", self.short_answer == other.short_answer),
            (
                "health_benefits",
                self.health_benefits == other.health_benefits,
            ),
            (
                "mechanism_of_action",
                self.mechanism_of_action == other.mechanism_of_action,
            ),
            (
                "clinical_summary",
                self.clinical_summary == other.clinical_summary,
            ),
            ("also_known_as", self.also_known_as == other.also_known_as),
            ("updated_at", self.updated_at == other.updated_at),
            ("unknown fields", self.unknown == other.unknown),
        ];
        fields
            .into_iter()
            .find(|(_, same)| !same)
            .map(|(name, _)| name)
    }

    /// The record an entry shows. Needs the canonical URL (for the key),
    /// the evidence score, the category, the primary category and an
    /// update time (`Updated At`, or `Updated` at midnight UTC).
    ///
    /// # Errors
    ///
    /// [`ErrorKind::InvalidValue`] naming the first of those the entry
    /// lacks; the error has no place in a text.
    pub fn from_entry(entry: &Entry) -> Result<IngredientRecord, Error> {
        let missing = |what: &'static str| {
            let kind = ErrorKind::InvalidValue {
                what: "entry as a record",
                found: entry.title.to_string(),
                reason: what,
            };
            Error::unplaced(kind)
        };
        let updated_at = match entry.updated_at() {
            Some(t) => t.clone(),
            None => {
                let date = entry
                    .updated()
                    .ok_or_else(|| missing("an `Updated` or `Updated At` line"))?;
                format!("{date}T00:00:00+00:00")
                    .parse()
                    .map_err(|_| missing("an `Updated` date"))?
            }
        };
        let mut unknown = UnknownFields::default();
        for field in entry.metadata.iter().filter_map(|line| match line {
            MetaLine::Field(field) => Some(field),
            _ => None,
        }) {
            let bad_line = |what, reason| {
                Error::unplaced(ErrorKind::InvalidValue {
                    what,
                    found: field.value.to_string(),
                    reason,
                })
            };
            match &*field.key {
                RECORD_FIELD_KEY => {
                    let names = IngredientRecord::NAMES;
                    let unknown_field = UnknownField::from_page_value(&field.value, names)
                        .map_err(|reason| bad_line("`Record Field` line", reason))?;
                    unknown.push_field(unknown_field);
                }
                OMITTED_FIELD_KEY if &*field.value == "canonical_name" => {
                    unknown.omit("canonical_name")
                }
                OMITTED_FIELD_KEY => {
                    let reason = "expected `canonical_name`, the record's one optional field";
                    return Err(bad_line("`Omitted Field` line", reason));
                }
                _ => {}
            }
        }
        Ok(IngredientRecord {
            ingredient_key: entry.slug().ok_or_else(|| missing("a canonical URL"))?,
            ingredient_name: entry.title.to_string(),
            canonical_name: entry.canonical_name().map(String::from),
            category_primary: entry
                .primary_category()
                .ok_or_else(|| missing("a `Primary Category` line"))?
                .to_string(),
            category_group: entry
                .category()
                .ok_or_else(|| missing("a `Category` line"))?
                .to_string(),
            evidence_score: entry
                .evidence_score()
                .ok_or_else(|| missing("an `Evidence Score` line"))?,
            short_answer: section_text(entry, SectionKind::Overview),
            health_benefits: section_text(entry, SectionKind::HealthBenefits),
            mechanism_of_action: section_text(entry, SectionKind::MechanismOfAction),
            clinical_summary: section_text(entry, SectionKind::ClinicalSummary),
            also_known_as: entry
                .aliases()
                .map(|a| a.names.iter().map(String::from).collect())
                .unwrap_or_default(),
            updated_at,
            unknown,
        })
    }
}

/// The body of the section with `kind`'s heading, as text; empty if absent.
fn section_text(entry: &Entry, kind: SectionKind) -> String {
    entry
        .sections
        .iter()
        .find(|s| s.heading() == kind.heading())
        .map(Section::body_text)
        .unwrap_or_default()
}
