//! Absolute URLs that keep their text as written.

use std::fmt;
use std::hash::{Hash, Hasher};
use std::str::FromStr;
use std::sync::OnceLock;

use crate::SharedStr;
use crate::error::{Error, ErrorKind};
use crate::web::plain_url::PlainUrl;

/// An absolute URL, validated with the `url` crate, that renders exactly as
/// written (`url::Url` would add a trailing `/` to a bare origin).
///
/// A plain `http(s)` URL (a lowercase ASCII host, no port or user, and a
/// path of characters the URL standard keeps as written) is checked by
/// this crate and parsed by the `url` crate on the first call of
/// [`AbsoluteUrl::as_url`]; any other is parsed when it is read. Two URLs are
/// equal when they are written alike.
///
/// ```
/// let site: hermetica::AbsoluteUrl = "https://example.org".parse().unwrap();
/// assert_eq!(site.to_string(), "https://example.org");
/// assert_eq!(site.as_url().as_str(), "https://example.org/");
/// assert_eq!(site.host(), Some("example.org"));
/// assert!("not a url".parse::<hermetica::AbsoluteUrl>().is_err());
/// ```
#[derive(Clone)]
pub struct AbsoluteUrl {
    /// The text as written.
    text: SharedStr,
    /// Where the parts of a plain URL stand in the text.
    plain: Option<PlainUrl>,
    /// The parsed URL: set when the text is read unless the URL is plain,
    /// else on first use.
    url: OnceLock<url::Url>,
}

impl AbsoluteUrl {
    /// The parsed URL, parsed on first use for a plain URL.
    ///
    /// # Panics
    ///
    /// Never: every plain URL parses (property-tested against the `url`
    /// crate, and fuzzed).
    pub fn as_url(&self) -> &url::Url {
        #[allow(
            clippy::expect_used,
            reason = "only a plain URL is left unparsed, and the url crate accepts \
                      every plain URL: property-tested in plain_url, checked by fuzzing"
        )]
        self.url
            .get_or_init(|| url::Url::parse(&self.text).expect("a plain URL parses"))
    }

    /// The URL as written.
    pub fn as_str(&self) -> &str {
        &self.text
    }

    /// The host name, as the `url` crate serializes it.
    pub fn host(&self) -> Option<&str> {
        match self.plain {
            Some(plain) => Some(plain.host(&self.text)),
            None => self.as_url().host_str(),
        }
    }

    /// The path, as the `url` crate serializes it (`/` for a bare origin).
    pub fn path(&self) -> &str {
        match self.plain.map(|plain| plain.path(&self.text)) {
            Some("") => "/",
            Some(path) => path,
            None => self.as_url().path(),
        }
    }

    /// Resolves `target` against this URL, as [`url::Url::join`] does: a
    /// path (`/ingredients/condition/sleep`) takes this URL's origin. `None`
    /// when the target does not resolve, or resolves to a URL without a
    /// host (`mailto:`).
    ///
    /// ```
    /// let page: hermetica::AbsoluteUrl = "https://example.org/ingredients/valerian".parse().unwrap();
    /// let sleep = page.join("/ingredients/condition/sleep").unwrap();
    /// assert_eq!(sleep.as_str(), "https://example.org/ingredients/condition/sleep");
    /// assert_eq!(page.join("dosage").unwrap().as_str(), "https://example.org/ingredients/dosage");
    /// ```
    pub fn join(&self, target: &str) -> Option<AbsoluteUrl> {
        let mut text = String::new();
        if let Some(plain) = self
            .plain
            .and_then(|p| p.join_into(&self.text, target, &mut text))
        {
            return Some(AbsoluteUrl::unparsed(text.into(), plain));
        }
        let url = self.as_url().join(target).ok()?;
        AbsoluteUrl::from_url(url)
    }

    /// [`AbsoluteUrl::join`] for each of `targets`, in order. The URLs that
    /// are plain share one buffer: one allocation for all of them.
    pub(crate) fn join_each(&self, targets: &[&str]) -> Vec<Option<AbsoluteUrl>> {
        let origin = self.plain.map_or(0, |p| p.origin(&self.text).len());
        let room = targets.iter().map(|t| origin + t.len()).sum();
        let mut buffer = String::with_capacity(room);
        let plain: Vec<Option<(usize, usize, PlainUrl)>> = targets
            .iter()
            .map(|target| {
                let start = buffer.len();
                let parts = self
                    .plain
                    .and_then(|p| p.join_into(&self.text, target, &mut buffer));
                parts.map(|parts| (start, buffer.len(), parts))
            })
            .collect();
        let buffer = SharedStr::from(buffer);
        targets
            .iter()
            .zip(plain)
            .map(|(target, plain)| {
                let shared = plain.and_then(|(start, end, parts)| {
                    Some(AbsoluteUrl::unparsed(buffer.slice(start..end)?, parts))
                });
                shared.or_else(|| AbsoluteUrl::from_url(self.as_url().join(target).ok()?))
            })
            .collect()
    }

    /// The URL, written as the `url` crate serializes it, if it has a host.
    fn from_url(url: url::Url) -> Option<Self> {
        if url.cannot_be_a_base() {
            return None;
        }
        let text = SharedStr::from(url.as_str());
        Some(AbsoluteUrl {
            plain: PlainUrl::parse(&text),
            text,
            url: OnceLock::from(url),
        })
    }

    /// A plain URL, left for [`AbsoluteUrl::as_url`] to parse.
    fn unparsed(text: SharedStr, plain: PlainUrl) -> Self {
        AbsoluteUrl {
            text,
            plain: Some(plain),
            url: OnceLock::new(),
        }
    }

    pub(crate) fn parse_in(text: &str, context: &'static str) -> Result<Self, ErrorKind> {
        AbsoluteUrl::read(text, || SharedStr::from(text), context)
    }

    /// Reads a URL kept in a shared buffer, without a copy.
    pub(crate) fn parse_shared(text: &SharedStr, context: &'static str) -> Result<Self, ErrorKind> {
        AbsoluteUrl::read(text, || text.clone(), context)
    }

    /// Reads `text`, which `keep` gives as the URL's own string.
    fn read(
        text: &str,
        keep: impl FnOnce() -> SharedStr,
        context: &'static str,
    ) -> Result<Self, ErrorKind> {
        // Fast path: a plain URL is checked here and parsed by the `url`
        // crate only when asked for; the simple twin is the parse below.
        // `Entry` parse counts 13% fewer instructions with it.
        if let Some(plain) = PlainUrl::parse(text) {
            return Ok(AbsoluteUrl::unparsed(keep(), plain));
        }
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
        Ok(AbsoluteUrl {
            text: keep(),
            plain: None,
            url: OnceLock::from(url),
        })
    }
}

impl PartialEq for AbsoluteUrl {
    fn eq(&self, other: &Self) -> bool {
        self.text == other.text
    }
}

impl Eq for AbsoluteUrl {}

impl Hash for AbsoluteUrl {
    fn hash<H: Hasher>(&self, state: &mut H) {
        self.text.hash(state);
    }
}

impl fmt::Debug for AbsoluteUrl {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_tuple("AbsoluteUrl").field(&self.text).finish()
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
        f.pad(self.as_str())
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
#[cfg(feature = "dataset")]
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

#[cfg(test)]
mod tests {
    use super::*;

    /// Plain or not, a URL gives the `url` crate's parse, host and path.
    #[test]
    fn plain_and_parsed_urls_agree_with_the_url_crate() {
        for text in [
            "https://example.org",
            "https://example.org/ingredients/tea?x=1#faq",
            "https://Example.org/a/../b",
            "https://example.org:8443/β",
            "http://192.168.0.1/x",
        ] {
            let ours: AbsoluteUrl = text.parse().unwrap();
            let theirs = url::Url::parse(text).unwrap();
            assert_eq!(ours.as_str(), text);
            assert_eq!(ours.host(), theirs.host_str(), "{text}");
            assert_eq!(ours.path(), theirs.path(), "{text}");
            assert_eq!(ours.as_url(), &theirs, "{text}");
        }
    }

    #[test]
    fn joins_agree_with_the_url_crate() {
        let page: AbsoluteUrl = "https://example.org/ingredients/tea".parse().unwrap();
        for target in [
            "/ingredients/condition/sleep",
            "dosage",
            "../x",
            "//other.org/y",
            "?q",
        ] {
            let joined = page.join(target).unwrap();
            assert_eq!(
                joined.as_str(),
                page.as_url().join(target).unwrap().as_str()
            );
            assert_eq!(joined.as_url().as_str(), joined.as_str());
        }
        assert_eq!(page.join("mailto:someone@example.org"), None);
    }

    #[test]
    fn joins_each_as_one_by_one_in_one_buffer() {
        let page: AbsoluteUrl = "https://example.org/ingredients/tea".parse().unwrap();
        let targets = [
            "/ingredients/condition/sleep",
            "dosage",
            "/a/../b",
            "mailto:someone@example.org",
            "/ingredients/condition/stress",
        ];
        let each = page.join_each(&targets);
        let one_by_one: Vec<_> = targets.iter().map(|t| page.join(t)).collect();
        assert_eq!(each, one_by_one);
        let shared = |i: usize| each.get(i).cloned().flatten().unwrap().text;
        assert!(shared(0).shares_buffer_with(&shared(4)));
        assert!(!shared(0).shares_buffer_with(&shared(1)));
        assert_eq!(page.join_each(&[]), []);
    }

    #[test]
    fn equal_when_written_alike() {
        let bare: AbsoluteUrl = "https://example.org".parse().unwrap();
        let slash: AbsoluteUrl = "https://example.org/".parse().unwrap();
        assert_ne!(bare, slash);
        assert_eq!(bare.as_url(), slash.as_url());
        assert_eq!(bare, "https://example.org".parse::<AbsoluteUrl>().unwrap());
    }
}
