//! Strings that share the buffer of the page they were read from.
//!
//! A parse copies the page into one reference-counted buffer; every text
//! read from it (a paragraph, a link target, an alias) is that buffer and
//! a byte range, not an allocation of its own. Cloning is a count
//! increment. A short text made on its own (a quantity's `200 mg`) is kept
//! inline, without a buffer.

use std::borrow::Borrow;
use std::cmp::Ordering;
use std::fmt;
use std::hash::{Hash, Hasher};
use std::ops::{Deref, Range};
use std::sync::Arc;

/// An immutable string: a `'static` string, a short text kept inline, or
/// a range of a shared buffer.
///
/// Reads as a `&str` (it dereferences to one) and compares, hashes and
/// serializes as its text. A string read from a page keeps the page's
/// buffer alive until the last string sharing it is dropped; call
/// `String::from` (or [`SharedStr::detached`]) to keep a text on its own.
///
/// ```
/// use hermetica::SharedStr;
/// let page = SharedStr::from("Ginger root, taken at 2 g daily");
/// let dose = page.share(&page[22..]);
/// assert_eq!(dose, "2 g daily");
/// assert_eq!(String::from(dose), "2 g daily");
/// ```
#[derive(Clone)]
pub struct SharedStr(Repr);

/// The longest text kept inline, in bytes: the value is then as large as
/// four words.
const INLINE: usize = 22;

#[derive(Clone)]
enum Repr {
    Static(&'static str),
    /// The first `len` bytes of `bytes`, which are UTF-8.
    Inline {
        len: u8,
        bytes: [u8; INLINE],
    },
    /// A part of a buffer between char boundaries.
    Shared {
        buffer: Arc<str>,
        start: u32,
        end: u32,
    },
}

impl SharedStr {
    /// A `'static` string, without an allocation.
    pub const fn from_static(text: &'static str) -> SharedStr {
        SharedStr(Repr::Static(text))
    }

    /// Whether the text is a `'static` string, held without a buffer.
    #[cfg(test)]
    pub(crate) fn is_static(&self) -> bool {
        matches!(self.0, Repr::Static(_))
    }

    /// Whether the text is short and kept inline, without a buffer.
    #[cfg(test)]
    pub(crate) fn is_inline(&self) -> bool {
        matches!(self.0, Repr::Inline { .. })
    }

    /// The text.
    pub fn as_str(&self) -> &str {
        match &self.0 {
            Repr::Static(text) => text,
            // The bytes were copied from a `str` whole, so they are UTF-8.
            Repr::Inline { len, bytes } => bytes
                .get(..usize::from(*len))
                .and_then(|b| std::str::from_utf8(b).ok())
                .unwrap_or_default(),
            // The range was a part of the buffer between char boundaries
            // when the string was made.
            Repr::Shared { buffer, start, end } => buffer
                .get(*start as usize..*end as usize)
                .unwrap_or_default(),
        }
    }

    /// `text` kept inline when it fits.
    fn inline(text: &str) -> Option<SharedStr> {
        let mut bytes = [0; INLINE];
        bytes
            .get_mut(..text.len())?
            .copy_from_slice(text.as_bytes());
        let len = u8::try_from(text.len()).ok()?;
        Some(SharedStr(Repr::Inline { len, bytes }))
    }

    /// A part of `buffer` from `start`, `len` bytes long, that lies
    /// between char boundaries; a copy when the offsets are too large to
    /// keep.
    fn part(buffer: &Arc<str>, start: usize, len: usize) -> SharedStr {
        match (u32::try_from(start), u32::try_from(start + len)) {
            (Ok(start), Ok(end)) => SharedStr(Repr::Shared {
                buffer: Arc::clone(buffer),
                start,
                end,
            }),
            _ => SharedStr::from(buffer.get(start..start + len).unwrap_or_default()),
        }
    }

    /// `part` as a string sharing this one's buffer when it lies inside
    /// this string's text (a subslice of [`SharedStr::as_str`]); a copy of
    /// `part` otherwise. An empty part needs no buffer.
    pub fn share(&self, part: &str) -> SharedStr {
        let within = |base: &str, from: usize, to: usize| {
            let at = part.as_ptr().addr().checked_sub(base.as_ptr().addr())?;
            (from <= at && at + part.len() <= to).then_some(at)
        };
        match &self.0 {
            _ if part.is_empty() => SharedStr::default(),
            Repr::Static(text) => match within(text, 0, text.len()) {
                Some(at) => SharedStr(Repr::Static(
                    text.get(at..at + part.len()).unwrap_or_default(),
                )),
                None => SharedStr::from(part),
            },
            Repr::Shared { buffer, start, end } => {
                match within(buffer, *start as usize, *end as usize) {
                    Some(at) => SharedStr::part(buffer, at, part.len()),
                    None => SharedStr::from(part),
                }
            }
            Repr::Inline { .. } => SharedStr::from(part),
        }
    }

    /// `part` kept inline when it is short, else as [`SharedStr::share`]
    /// keeps it: a short text costs neither an allocation nor a count.
    pub(crate) fn keep(&self, part: &str) -> SharedStr {
        if part.len() <= INLINE {
            SharedStr::from(part)
        } else {
            self.share(part)
        }
    }

    /// The part of the text in `range`, sharing this string's buffer;
    /// `None` when the range is out of bounds or not on char boundaries.
    pub fn slice(&self, range: Range<usize>) -> Option<SharedStr> {
        let part = self.as_str().get(range)?;
        Some(self.share(part))
    }

    /// Whether the two strings are parts of one shared buffer (a short
    /// text made on its own is kept inline, without one).
    #[cfg(test)]
    pub(crate) fn shares_buffer_with(&self, other: &SharedStr) -> bool {
        match (&self.0, &other.0) {
            (Repr::Shared { buffer: a, .. }, Repr::Shared { buffer: b, .. }) => Arc::ptr_eq(a, b),
            _ => false,
        }
    }

    /// The text in a buffer of its own, so that it no longer keeps a
    /// larger buffer alive.
    pub fn detached(&self) -> SharedStr {
        match &self.0 {
            Repr::Static(_) | Repr::Inline { .. } => self.clone(),
            Repr::Shared { .. } => SharedStr::from(self.as_str()),
        }
    }
}

impl Default for SharedStr {
    fn default() -> Self {
        SharedStr::from_static("")
    }
}

impl Deref for SharedStr {
    type Target = str;

    fn deref(&self) -> &str {
        self.as_str()
    }
}

impl AsRef<str> for SharedStr {
    fn as_ref(&self) -> &str {
        self.as_str()
    }
}

impl Borrow<str> for SharedStr {
    fn borrow(&self) -> &str {
        self.as_str()
    }
}

impl From<&str> for SharedStr {
    /// A copy of `text`: inline when it is short, else in a buffer of its
    /// own.
    fn from(text: &str) -> Self {
        SharedStr::inline(text).unwrap_or_else(|| SharedStr::part(&Arc::from(text), 0, text.len()))
    }
}

impl From<String> for SharedStr {
    fn from(text: String) -> Self {
        SharedStr::from(text.as_str())
    }
}

impl From<&String> for SharedStr {
    fn from(text: &String) -> Self {
        SharedStr::from(text.as_str())
    }
}

impl From<SharedStr> for String {
    fn from(text: SharedStr) -> Self {
        text.as_str().to_owned()
    }
}

impl From<&SharedStr> for String {
    fn from(text: &SharedStr) -> Self {
        text.as_str().to_owned()
    }
}

impl std::str::FromStr for SharedStr {
    type Err = std::convert::Infallible;

    fn from_str(text: &str) -> Result<Self, Self::Err> {
        Ok(SharedStr::from(text))
    }
}

impl PartialEq for SharedStr {
    fn eq(&self, other: &Self) -> bool {
        self.as_str() == other.as_str()
    }
}

impl Eq for SharedStr {}

impl PartialOrd for SharedStr {
    fn partial_cmp(&self, other: &Self) -> Option<Ordering> {
        Some(self.cmp(other))
    }
}

impl Ord for SharedStr {
    fn cmp(&self, other: &Self) -> Ordering {
        self.as_str().cmp(other.as_str())
    }
}

impl Hash for SharedStr {
    fn hash<H: Hasher>(&self, state: &mut H) {
        self.as_str().hash(state);
    }
}

macro_rules! eq_with {
    ($($other:ty),*) => {$(
        impl PartialEq<$other> for SharedStr {
            fn eq(&self, other: &$other) -> bool {
                self.as_str() == AsRef::<str>::as_ref(other)
            }
        }
        impl PartialEq<SharedStr> for $other {
            fn eq(&self, other: &SharedStr) -> bool {
                AsRef::<str>::as_ref(self) == other.as_str()
            }
        }
    )*};
}

eq_with!(str, &str, String);

impl fmt::Debug for SharedStr {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        fmt::Debug::fmt(self.as_str(), f)
    }
}

impl fmt::Display for SharedStr {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.pad(self.as_str())
    }
}

// Written as its text; read into a buffer of its own.
crate::serde_text::as_text!(SharedStr);

#[cfg(test)]
mod tests {
    use super::*;
    use proptest::prelude::*;

    proptest! {
        /// Any part of a text, taken by range or by subslice, reads as
        /// the same part of the text, and shares its buffer when the text
        /// is too long to keep inline; text from elsewhere is copied.
        #[test]
        fn parts_share_the_buffer(text in "\\PC{0,40}", a in 0usize..50, b in 0usize..50) {
            let page = SharedStr::from(text.as_str());
            prop_assert_eq!(page.as_str(), text.as_str());
            prop_assert_eq!(page.is_inline(), text.len() <= INLINE);
            let range = a.min(b)..a.max(b);
            match text.get(range.clone()) {
                Some(expected) => {
                    let part = page.slice(range.clone());
                    prop_assert_eq!(part.as_deref(), Some(expected));
                    let by_slice = page.share(&page[range]);
                    prop_assert_eq!(by_slice.as_str(), expected);
                    prop_assert_eq!(
                        by_slice.shares_buffer_with(&page),
                        !page.is_inline() && !expected.is_empty()
                    );
                    let inner = by_slice.share(&by_slice[..]);
                    prop_assert_eq!(inner.as_str(), expected);
                }
                None => prop_assert!(page.slice(range).is_none()),
            }
            let elsewhere = text.clone();
            let copied = page.share(&elsewhere);
            prop_assert_eq!(copied.as_str(), text.as_str());
            prop_assert!(!copied.shares_buffer_with(&page));
        }

        /// Equality, order and hashing are the text's.
        #[test]
        fn compares_as_its_text(a in "\\PC{0,30}", b in "\\PC{0,30}") {
            let (x, y) = (SharedStr::from(a.as_str()), SharedStr::from(b.as_str()));
            prop_assert_eq!(x == y, a == b);
            prop_assert_eq!(x.cmp(&y), a.cmp(&b));
            prop_assert!(x == a.as_str());
            let hash = |s: &dyn Fn(&mut std::collections::hash_map::DefaultHasher)| {
                let mut h = std::collections::hash_map::DefaultHasher::new();
                s(&mut h);
                h.finish()
            };
            prop_assert_eq!(hash(&|h| x.hash(h)), hash(&|h| a.as_str().hash(h)));
        }
    }

    #[test]
    fn short_and_static_strings_have_no_buffer() {
        let known = SharedStr::from_static("Overview");
        assert_eq!(known, "Overview");
        assert!(known.share(&known[..4]).is_static());
        assert!(SharedStr::from("").is_inline());
        assert!(SharedStr::from("200 mg").is_inline());
        assert!(SharedStr::default().is_static());
        assert_eq!(std::mem::size_of::<SharedStr>(), 32);
    }

    #[test]
    fn detached_strings_hold_only_their_text() {
        let page = SharedStr::from("a long page of text that ends with a word");
        let word = page.share(&page[page.len() - 4..]);
        let alone = word.detached();
        assert_eq!(alone, "word");
        assert!(!alone.shares_buffer_with(&page));
        assert!(word.shares_buffer_with(&page));
    }

    #[test]
    #[cfg(feature = "serde")]
    fn serializes_as_its_text() {
        let page = SharedStr::from("a page with x \"quoted\" y in it");
        let part = page.share(&page[14..22]);
        let json = serde_json::to_string(&part).unwrap_or_default();
        assert_eq!(json, r#""\"quoted\"""#);
        let back: SharedStr = serde_json::from_str(&json).unwrap_or_default();
        assert_eq!(back, part);
    }
}
