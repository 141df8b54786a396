//! Evidence: the page's score and the site's tiers, and the levels of
//! evidence the text itself states.

mod level;
mod score;

pub use level::{EvidenceLevel, EvidenceQualifier, Strength};
pub(crate) use level::{classify, denies_human_trials};
pub use score::{EvidenceScore, Tier};
