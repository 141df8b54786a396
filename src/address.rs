//! Absolute URLs that keep their text as written.

use std::fmt;
use std::str::FromStr;

use crate::error::{Error, ErrorKind};

/// An absolute URL, validated with the `url` crate, that renders exactly as
/// written (`url::Url` would add a trailing `/` to a bare origin).
///
/// ```
/// let site: hermetica::AbsoluteUrl = "https://example.org".parse().unwrap();
/// assert_eq!(site.to_string(), "https://example.org");
/// assert_eq!(site.url().as_str(), "https://example.org/");
/// assert!("not a url".parse::<hermetica::AbsoluteUrl>().is_err());
/// ```
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
pub struct AbsoluteUrl {
    /// The text as written, kept only where it differs from the URL's
    /// serialization.
    text: Option<String>,
    url: url::Url,
}

impl AbsoluteUrl {
    /// The parsed URL.
    pub fn url(&self) -> &url::Url {
        &self.url
    }

    /// The URL as written.
    pub fn as_str(&self) -> &str {
        self.text.as_deref().unwrap_or(self.url.as_str())
    }

    pub(crate) fn parse_in(text: &str, context: &'static str) -> Result<Self, ErrorKind> {
        let invalid = |reason: String| ErrorKind::InvalidUrl {
            found: text.to_owned(),
            context,
            reason,
        };
        if text.trim() != text || text.is_empty() {
            return Err(invalid("expected a URL without surrounding spaces".into()));
        }
        let url = url::Url::parse(text).map_err(|e| invalid(e.to_string()))?;
        if url.cannot_be_a_base() {
            return Err(invalid("expected an absolute URL with a host".into()));
        }
        let text = (url.as_str() != text).then(|| text.to_owned());
        Ok(AbsoluteUrl { text, url })
    }
}

impl FromStr for AbsoluteUrl {
    type Err = Error;

    fn from_str(text: &str) -> Result<Self, Self::Err> {
        AbsoluteUrl::parse_in(text, "URL").map_err(|kind| Error::new(kind, 0..text.len(), text))
    }
}

impl fmt::Display for AbsoluteUrl {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.as_str())
    }
}

/// Decodes `%XX` escapes (DOIs in URLs escape `<`, `>`, `#` and spaces).
pub(crate) fn percent_decode(text: &str) -> Option<String> {
    let mut bytes = Vec::with_capacity(text.len());
    let mut rest = text.as_bytes();
    while let Some((&b, tail)) = rest.split_first() {
        if b == b'%' {
            let hex = std::str::from_utf8(tail.get(..2)?).ok()?;
            bytes.push(u8::from_str_radix(hex, 16).ok()?);
            rest = tail.get(2..)?;
        } else {
            bytes.push(b);
            rest = tail;
        }
    }
    String::from_utf8(bytes).ok()
}

crate::serde_text::as_text!(AbsoluteUrl);

/// Percent-encodes what cannot stand in a URL path segment as written:
/// ASCII outside letters, digits and `-._~!$&'()*+,;=:@`, and `%` itself.
/// Other characters (`β`) are kept; the `url` crate encodes them itself.
pub(crate) fn percent_encode_segment(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    for c in text.chars() {
        let keep = !c.is_ascii() || c.is_ascii_alphanumeric() || "-._~!$&'()*+,;=:@".contains(c);
        if keep {
            out.push(c);
        } else {
            out.push_str(&format!("%{:02X}", u32::from(c)));
        }
    }
    out
}
