//! Texts kept inside the value when they are short. A quantity's text
//! (`200 mg`, `p < 0.05`, `2–3 g`) nearly always is, and keeping it inline
//! saves an allocation for every quantity read from prose.

use std::fmt;
use std::hash::{Hash, Hasher};

/// The longest text kept inline, in bytes: the value is then as large as
/// a `String`.
const INLINE: usize = 22;

/// A text of at most [`INLINE`] bytes kept inline, else on the heap.
#[derive(Clone)]
pub(crate) enum ShortText {
    /// The first `len` bytes of `bytes`, which are UTF-8.
    Inline { len: u8, bytes: [u8; INLINE] },
    /// A longer text.
    Heap(Box<str>),
}

impl ShortText {
    /// `text`, inline when it fits.
    pub(crate) fn new(text: &str) -> Self {
        let mut bytes = [0; INLINE];
        match (bytes.get_mut(..text.len()), u8::try_from(text.len())) {
            (Some(head), Ok(len)) => {
                head.copy_from_slice(text.as_bytes());
                ShortText::Inline { len, bytes }
            }
            _ => ShortText::Heap(text.into()),
        }
    }

    /// The text.
    pub(crate) fn as_str(&self) -> &str {
        match self {
            // The bytes were copied from a `str` whole, so they are UTF-8.
            ShortText::Inline { len, bytes } => bytes
                .get(..usize::from(*len))
                .and_then(|b| std::str::from_utf8(b).ok())
                .unwrap_or_default(),
            ShortText::Heap(text) => text,
        }
    }
}

impl PartialEq for ShortText {
    fn eq(&self, other: &Self) -> bool {
        self.as_str() == other.as_str()
    }
}

impl Eq for ShortText {}

impl Hash for ShortText {
    fn hash<H: Hasher>(&self, state: &mut H) {
        self.as_str().hash(state);
    }
}

impl fmt::Debug for ShortText {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        fmt::Debug::fmt(self.as_str(), f)
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use proptest::prelude::*;

    proptest! {
        /// Any text comes back as it was, inline or not, and two texts are
        /// equal when their strings are.
        #[test]
        fn texts_come_back(a in "\\PC{0,30}", b in "\\PC{0,30}") {
            let (x, y) = (ShortText::new(&a), ShortText::new(&b));
            prop_assert_eq!(x.as_str(), a.as_str());
            prop_assert_eq!(matches!(x, ShortText::Inline { .. }), a.len() <= INLINE);
            prop_assert_eq!(x == y, a == b);
            prop_assert_eq!(format!("{x:?}"), format!("{a:?}"));
        }
    }

    #[test]
    fn as_large_as_a_string() {
        assert_eq!(
            std::mem::size_of::<ShortText>(),
            std::mem::size_of::<String>()
        );
    }
}
