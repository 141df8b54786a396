//! Web addresses: the absolute URLs a page states and the bare URLs its
//! prose holds.
//!
//! - [`address`]: [`AbsoluteUrl`], a checked absolute `http(s)` URL that
//!   keeps the text as written.
//! - [`plain_url`]: where a URL written in prose ends.

pub(crate) mod address;
pub(crate) mod plain_url;

pub use address::AbsoluteUrl;
