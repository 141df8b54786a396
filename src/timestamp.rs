//! `Timestamp`: an RFC 3339 date-time that renders back as written.

use std::fmt;
use std::str::FromStr;

use chrono::{DateTime, FixedOffset};

use crate::error::{Error, ErrorKind};

/// An RFC 3339 timestamp (`2026-03-29T01:00:57.085+00:00`), kept with its
/// text so that it renders exactly as written (the publisher writes 2, 3
/// or 6 fractional digits).
///
/// ```
/// let t: hermetica::Timestamp = "2026-03-29T01:00:57.085+00:00".parse().unwrap();
/// assert_eq!(t.datetime().timestamp_millis() % 1000, 85);
/// assert_eq!(t.to_string(), "2026-03-29T01:00:57.085+00:00");
/// assert!("2026-03-29 01:00".parse::<hermetica::Timestamp>().is_err());
/// ```
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
pub struct Timestamp {
    text: String,
    value: DateTime<FixedOffset>,
}

impl Timestamp {
    /// The date-time.
    pub fn datetime(&self) -> DateTime<FixedOffset> {
        self.value
    }

    /// The text as written.
    pub fn as_str(&self) -> &str {
        &self.text
    }

    pub(crate) fn parse_kind(text: &str) -> Result<Timestamp, ErrorKind> {
        DateTime::parse_from_rfc3339(text)
            .map(|value| Timestamp {
                text: text.to_owned(),
                value,
            })
            .map_err(|_| ErrorKind::InvalidValue {
                what: "timestamp",
                found: text.to_owned(),
                reason: "expected an RFC 3339 date-time such as 2026-03-29T01:00:57.085+00:00",
            })
    }
}

impl FromStr for Timestamp {
    type Err = Error;

    fn from_str(text: &str) -> Result<Self, Error> {
        Timestamp::parse_kind(text).map_err(|kind| Error::new(kind, 0..text.len(), text))
    }
}

impl fmt::Display for Timestamp {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.pad(&self.text)
    }
}

crate::serde_text::as_text!(Timestamp);
