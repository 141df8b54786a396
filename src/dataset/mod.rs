//! The publisher's datasets: ingredient records as JSONL or CSV, and their
//! conversion to and from entry pages; interaction records as JSONL or
//! CSV, an index of them that answers which of a list of substances
//! interact, and the figures of the site's interaction index page.
//!
//! ```
//! use hermetica::dataset::{read_jsonl, IngredientRecord};
//!
//! let jsonl = "# Hermetica sample\n{\"ingredient_key\":\"tea\",\"ingredient_name\":\"Tea\",\"canonical_name\":null,\
//!     \"category_primary\":\"Herbs\",\"category_group\":\"Herb\",\"evidence_score\":5,\"short_answer\":\"A leaf.\",\
//!     \"health_benefits\":\"• Calms (traditional use)\",\"mechanism_of_action\":\"Theanine.\",\
//!     \"clinical_summary\":\"Small trials.\",\"also_known_as\":[\"Camellia sinensis\"],\
//!     \"updated_at\":\"2026-03-29T01:00:57.085+00:00\"}\nnot json\n";
//! let results: Vec<_> = read_jsonl(jsonl.as_bytes()).collect();
//! let record: &IngredientRecord = results[0].as_ref().unwrap();
//! assert_eq!(record.ingredient_key, "tea");
//! assert_eq!(results[1].as_ref().unwrap_err().line(), 3, "a bad line is reported by number");
//!
//! let entry = record.to_entry().unwrap();
//! assert_eq!(entry.title, "Tea");
//! assert_eq!(&IngredientRecord::from_entry(&entry).unwrap(), record);
//! ```

mod csv;
mod fields;
mod index_page;
mod interaction;
mod interactions;
mod jsonl;
mod page;
mod record;

pub use self::csv::{read_csv, read_csv_records, write_csv};
pub use fields::{UnknownField, UnknownFields};
pub use index_page::InteractionIndexPage;
pub use interaction::{InteractionEvidence, InteractionRecord, InteractionSeverity, Substance};
pub use interactions::{Check, Interactions, Stats};
pub use jsonl::{JsonlReader, Record, read_interactions, read_jsonl, read_records, write_jsonl};
pub use page::{DATA_SOURCE, SITE};
pub use record::IngredientRecord;
