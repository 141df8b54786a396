//! Evidence: the page's score and the site's tiers.

mod score;

pub use score::{EvidenceScore, Tier};
