//! URLs plain enough to be read without the `url` crate: `http` or
//! `https`, a lowercase ASCII host name, and a path, query and fragment
//! of characters the URL standard keeps as they are. The `url` crate
//! accepts every such URL and serializes it as written (a bare origin
//! gains a `/`), so it need only be parsed when the `url::Url` is asked
//! for. Nearly every URL of a page is plain; any other is parsed at once.

/// Where the parts of a plain URL stand in its text.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) struct PlainUrl {
    /// Where the host starts, after `https://`.
    host_start: usize,
    /// Where the host ends; the origin is the text before.
    host_end: usize,
    /// Where the path ends (at `?`, `#` or the end).
    path_end: usize,
}

impl PlainUrl {
    /// The parts of `text`, if it is a plain URL.
    pub(crate) fn parse(text: &str) -> Option<Self> {
        let host_start = if text.starts_with("https://") {
            "https://".len()
        } else if text.starts_with("http://") {
            "http://".len()
        } else {
            return None;
        };
        let after = crate::scan::slice::from(text, host_start);
        let host_len = after
            .bytes()
            .position(|b| matches!(b, b'/' | b'?' | b'#'))
            .unwrap_or(after.len());
        let rest = crate::scan::slice::from(after, host_len);
        if !plain_host(crate::scan::slice::upto(after, host_len))
            || !(rest.is_empty() || rest.starts_with('/'))
        {
            return None;
        }
        let host_end = host_start + host_len;
        Some(PlainUrl {
            host_start,
            host_end,
            path_end: host_end + plain_rest(rest)?,
        })
    }

    /// `https://host`: the scheme and the host.
    pub(crate) fn origin<'t>(&self, text: &'t str) -> &'t str {
        crate::scan::slice::upto(text, self.host_end)
    }

    /// The host name.
    pub(crate) fn host<'t>(&self, text: &'t str) -> &'t str {
        crate::scan::slice::within(text, self.host_start..self.host_end)
    }

    /// The path: empty for a bare origin, else starting with `/`.
    pub(crate) fn path<'t>(&self, text: &'t str) -> &'t str {
        crate::scan::slice::within(text, self.host_end..self.path_end)
    }

    /// `target` resolved against the URL `text` (whose parts these are),
    /// if it is a path (`/ingredients/condition/sleep`) that makes a plain
    /// URL with the same origin: the joined text and its parts.
    #[cfg(test)]
    pub(crate) fn join(&self, text: &str, target: &str) -> Option<(String, PlainUrl)> {
        let mut joined = String::new();
        let parts = self.join_into(text, target, &mut joined)?;
        Some((joined, parts))
    }

    /// [`PlainUrl::join`] written at the end of `out`: the parts are
    /// offsets from where the joined URL starts. `out` is left as it was
    /// when the target does not make a plain URL.
    pub(crate) fn join_into(&self, text: &str, target: &str, out: &mut String) -> Option<PlainUrl> {
        if !target.starts_with('/') || target.starts_with("//") {
            return None;
        }
        let path_len = plain_rest(target)?;
        out.push_str(self.origin(text));
        out.push_str(target);
        Some(PlainUrl {
            path_end: self.host_end + path_len,
            ..*self
        })
    }
}

/// A byte of a plain host: a lowercase letter, a digit, `-` or `.`.
fn host_byte(b: u8) -> bool {
    matches!(b, b'a'..=b'z' | b'0'..=b'9' | b'-' | b'.')
}

/// Dot-separated labels of lowercase letters, digits and `-`, none empty
/// or punycode (`xn--`), the last starting with a letter (so that it is
/// not read as an IPv4 address).
fn plain_host(host: &str) -> bool {
    let label = |l: &[u8]| !l.is_empty() && !l.starts_with(b"xn--");
    // One pass: each label is checked when the dot after it is reached.
    let bytes = host.as_bytes();
    let mut start = 0;
    for (i, &b) in bytes.iter().enumerate() {
        if b == b'.' {
            if !label(bytes.get(start..i).unwrap_or_default()) {
                return false;
            }
            start = i + 1;
        } else if !host_byte(b) {
            return false;
        }
    }
    let last = bytes.get(start..).unwrap_or_default();
    label(last) && last.first().is_some_and(u8::is_ascii_lowercase)
}

/// The length of the path of `rest` (what follows the host), if every
/// byte of `rest` is kept as written in an `http(s)` URL (letters, digits
/// and `-._~!$&()*+,;=:@/?#%`: not `'`, which a query escapes, nor
/// spaces, quotes, brackets, `\` or non-ASCII), every `%` starts an escape
/// of two hex digits other than `%2E` (an escaped dot), and no path
/// segment is a dot or two.
fn plain_rest(rest: &str) -> Option<usize> {
    let bytes = rest.as_bytes();
    let mut path_len = None;
    let mut segment = 0;
    for (i, &b) in bytes.iter().enumerate() {
        match class(b) {
            Class::Kept => {}
            Class::Separator => {
                if path_len.is_none() {
                    if is_dots(bytes.get(segment..i)?) {
                        return None;
                    }
                    segment = i + 1;
                    if b != b'/' {
                        path_len = Some(i);
                    }
                }
            }
            Class::Escape => match bytes.get(i + 1..i + 3) {
                Some(&[hi, lo])
                    if hi.is_ascii_hexdigit()
                        && lo.is_ascii_hexdigit()
                        && !(hi == b'2' && lo | 0x20 == b'e') => {}
                _ => return None,
            },
            Class::Refused => return None,
        }
    }
    match path_len {
        Some(len) => Some(len),
        None if is_dots(bytes.get(segment..)?) => None,
        None => Some(bytes.len()),
    }
}

/// What a byte is after the host of a plain URL.
#[derive(Clone, Copy)]
enum Class {
    /// Kept as written: letters, digits and `-._~!$&()*+,;=:@`.
    Kept,
    /// `/`, `?` or `#`: ends a path segment, or the path.
    Separator,
    /// `%`, which must start an escape.
    Escape,
    /// Anything else: the URL is not plain.
    Refused,
}

/// The class of each byte, looked up rather than matched: URLs are read
/// byte by byte.
#[allow(
    clippy::indexing_slicing,
    reason = "evaluated at compile time, where an index out of bounds fails the build"
)]
static CLASSES: [Class; 256] = {
    let mut classes = [Class::Refused; 256];
    let mut b = 0;
    while b < 256 {
        classes[b] = match b as u8 {
            b'a'..=b'z' | b'A'..=b'Z' | b'0'..=b'9' => Class::Kept,
            b'-' | b'.' | b'_' | b'~' | b'!' | b'$' | b'&' | b'(' | b')' | b'*' | b'+' | b','
            | b';' | b'=' | b':' | b'@' => Class::Kept,
            b'/' | b'?' | b'#' => Class::Separator,
            b'%' => Class::Escape,
            _ => Class::Refused,
        };
        b += 1;
    }
    classes
};

fn class(b: u8) -> Class {
    CLASSES
        .get(usize::from(b))
        .copied()
        .unwrap_or(Class::Refused)
}

/// A path segment of one dot or two.
fn is_dots(segment: &[u8]) -> bool {
    segment == b"." || segment == b".."
}

#[cfg(test)]
mod tests {
    use super::*;
    use proptest::prelude::*;

    #[test]
    fn parts() {
        let text = "https://example.org/a/b?q=1#f";
        let url = PlainUrl::parse(text).unwrap();
        assert_eq!(url.origin(text), "https://example.org");
        assert_eq!(url.host(text), "example.org");
        assert_eq!(url.path(text), "/a/b");
        let bare = PlainUrl::parse("http://example.org").unwrap();
        assert_eq!(bare.path("http://example.org"), "");
        let (joined, parts) = url.join(text, "/c?d").unwrap();
        assert_eq!(joined, "https://example.org/c?d");
        assert_eq!(Some(parts), PlainUrl::parse(&joined));
        assert_eq!(url.join(text, "c"), None);
        assert_eq!(url.join(text, "//example.net/c"), None);
        assert_eq!(url.join(text, "/a/../c"), None);
    }

    #[test]
    fn not_plain() {
        for text in [
            "https://Example.org/",
            "https://example.org:443/",
            "https://user@example.org/",
            "https://xn--nxasmq6b.org/",
            "https://1.2.3.4/",
            "https://example.123/",
            "https://example..org/",
            "https:///x",
            "https://example.org/a/../b",
            "https://example.org/%2e/b",
            "https://example.org/a b",
            "https://example.org/it's",
            "https://example.org/é",
            "https://example.org/100%",
            "https://example.org\\x",
            "ftp://example.org/",
            "mailto:someone@example.org",
        ] {
            assert_eq!(PlainUrl::parse(text), None, "{text}");
        }
    }

    /// Mostly pieces a plain URL may hold, sometimes one it may not.
    fn piece() -> impl Strategy<Value = &'static str> {
        let kept = prop::sample::select(vec![
            "a", "z", "0", "9", "x", "n", "e", "E", "A", "-", "--", ".", "..", "/", "//", "?", "#",
            "%", "%2", "2e", "%2e", "%2E", "%41", "%2f", ":", "@", "~", "!", "$", "&", "(", ")",
            "*", "+", ",", ";", "=", "_", "xn--", "0x",
        ]);
        let other = prop::sample::select(vec![
            "'", " ", "\t", "\\", "é", "[", "]", "\"", "<", ">", "`", "{", "}", "^", "|",
        ]);
        prop_oneof![19 => kept, 1 => other]
    }

    fn host_piece() -> impl Strategy<Value = &'static str> {
        let kept = prop::sample::select(vec!["a", "z", "e", "x", "n", "0", "9", "-", "--", "."]);
        let other = prop::sample::select(vec!["xn--", "0x", "E", ":", "@", "é", "%41"]);
        prop_oneof![9 => kept, 1 => other]
    }

    /// The three-pass reading of a host that `plain_host` replaced.
    fn plain_host_in_passes(host: &str) -> bool {
        let bytes = host.as_bytes();
        let label = |l: &[u8]| !l.is_empty() && !l.starts_with(b"xn--");
        bytes.iter().all(|&b| host_byte(b))
            && bytes.split(|&b| b == b'.').all(label)
            && bytes
                .rsplit(|&b| b == b'.')
                .next()
                .and_then(|l| l.first())
                .is_some_and(u8::is_ascii_lowercase)
    }

    proptest! {
        #![proptest_config(ProptestConfig::with_cases(20_000))]

        #[test]
        fn hosts_read_in_one_pass_as_in_three(host in "[a.xn1-A_]{0,12}") {
            prop_assert_eq!(plain_host(&host), plain_host_in_passes(&host));
        }

        /// The `url` crate accepts every plain URL and writes it as
        /// written, with a `/` after a bare origin; the parts are its own.
        #[test]
        fn the_url_crate_agrees(
            scheme in prop::sample::select(vec!["https://", "http://"]),
            host in prop::collection::vec(host_piece(), 1..6),
            after in prop::sample::select(vec!["", "/", "/", "/", "?", "#", ":"]),
            pieces in prop::collection::vec(piece(), 0..10),
        ) {
            let text = format!("{scheme}{}{after}{}", host.concat(), pieces.concat());
            if let Some(plain) = PlainUrl::parse(&text) {
                let url = url::Url::parse(&text);
                prop_assert!(url.is_ok(), "{text}: {url:?}");
                let url = url.unwrap();
                let path = plain.path(&text);
                let written = if path.is_empty() { format!("{text}/") } else { text.clone() };
                prop_assert_eq!(url.as_str(), written);
                prop_assert_eq!(url.host_str(), Some(plain.host(&text)));
                prop_assert_eq!(url.path(), if path.is_empty() { "/" } else { path });
                prop_assert_eq!(url.origin().ascii_serialization(), plain.origin(&text));
            }
        }

        /// A target joined to a plain URL is what the `url` crate makes
        /// of it, and its parts are the joined URL's own.
        #[test]
        fn joins_agree(
            host in prop::collection::vec(host_piece(), 1..4),
            base_path in prop::collection::vec(piece(), 0..4),
            lead in prop::sample::select(vec!["/", "/", "/", "", "//"]),
            target in prop::collection::vec(piece(), 0..8),
        ) {
            let text = format!("https://{}/{}", host.concat(), base_path.concat());
            let target = format!("{lead}{}", target.concat());
            if let Some(plain) = PlainUrl::parse(&text)
                && let Some((joined, parts)) = plain.join(&text, &target)
            {
                let url = url::Url::parse(&text).unwrap().join(&target);
                prop_assert_eq!(url.map(String::from), Ok(joined.clone()));
                prop_assert_eq!(Some(parts), PlainUrl::parse(&joined));
            }
        }

        /// Hosts of plausible shapes: labels of letters, digits and `-`.
        #[test]
        fn plain_hosts_parse(host in "[a-z0-9-]{1,8}(\\.[a-z0-9-]{1,8}){0,3}", path in "(/[a-z0-9.%-]{0,6}){0,3}") {
            let text = format!("https://{host}{path}");
            if let Some(plain) = PlainUrl::parse(&text) {
                let url = url::Url::parse(&text).unwrap();
                prop_assert_eq!(url.host_str(), Some(plain.host(&text)));
                if !path.is_empty() {
                    prop_assert_eq!(url.as_str(), text);
                }
            }
        }
    }
}
