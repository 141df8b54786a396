//! A markdown link, `[text](target)`, owned or borrowed.

use std::fmt;

use crate::SharedStr;

/// An inline markdown link, `[text](target)`, exactly as written.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
#[cfg_attr(feature = "serde", derive(serde::Serialize, serde::Deserialize))]
pub struct Link {
    /// The link text between the brackets.
    pub text: SharedStr,
    /// The target between the parentheses, usually a site-relative path.
    pub target: SharedStr,
}

impl Link {
    /// The link borrowed, as [`super::RichText::links`] gives them.
    pub fn as_link_ref(&self) -> LinkRef<'_> {
        LinkRef {
            text: &self.text,
            target: &self.target,
        }
    }
}

impl fmt::Display for Link {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        self.as_link_ref().fmt(f)
    }
}

/// An inline link borrowed from the text it stands in.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
#[cfg_attr(feature = "serde", derive(serde::Serialize))]
pub struct LinkRef<'a> {
    /// The link text between the brackets.
    pub text: &'a str,
    /// The target between the parentheses, usually a site-relative path.
    pub target: &'a str,
}

impl LinkRef<'_> {
    /// The link as an owned value.
    pub fn to_link(self) -> Link {
        Link {
            text: self.text.into(),
            target: self.target.into(),
        }
    }
}

impl fmt::Display for LinkRef<'_> {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.pad(&format!("[{}]({})", self.text, self.target))
    }
}
