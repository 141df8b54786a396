//! The site's pages besides ingredient entries. The site writes its
//! interaction index and its other pages (the methodology) in the entry
//! layout, and [`Entry`](crate::Entry) reads them all; [`PageKind`] says
//! which a page is, so that a reader or a check meant for entries is not
//! applied to the others. The interaction index page's figures are read by
//! `dataset::InteractionIndexPage`.

mod kind;

pub use kind::PageKind;
#[cfg(feature = "dataset")]
pub(crate) use kind::TOTAL_INTERACTIONS_KEY;
