//! Searching and slicing text: the tools every reader of the page shares.
//!
//! - [`needles`]: every occurrence of a few fixed strings, in one pass.
//! - [`slice`]: slicing that cannot panic.

pub(crate) mod needles;
pub(crate) mod slice;
