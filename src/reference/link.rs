//! Inline links resolved against the site of the entry.

use std::ops::Range;

use crate::text::{Link, LinkRef};

/// An inline link with its target resolved against the entry's site.
#[derive(Debug, Clone, PartialEq, Eq)]
#[cfg_attr(feature = "serde", derive(serde::Serialize))]
#[non_exhaustive]
pub struct ResolvedLink {
    /// Byte range of `[text](target)` in the page.
    pub span: Range<usize>,
    /// The link as written.
    pub link: Link,
    /// The absolute URL, when the target resolves to one with a host.
    pub url: Option<crate::AbsoluteUrl>,
}

impl ResolvedLink {
    /// The condition slug of a `/ingredients/condition/{slug}` link.
    pub fn condition(&self) -> Option<&str> {
        self.link.condition()
    }
}

impl Link {
    /// Resolves the target against `base` (a relative target takes the
    /// base's origin: `/ingredients/condition/inflammation` →
    /// `https://site/ingredients/condition/inflammation`).
    ///
    /// ```
    /// let link = hermetica::Link { text: "sleep".into(), target: "/ingredients/condition/sleep".into() };
    /// let base = hermetica::url::Url::parse("https://example.org/ingredients/valerian").unwrap();
    /// assert_eq!(link.resolve(&base).unwrap().as_str(), "https://example.org/ingredients/condition/sleep");
    /// assert_eq!(link.condition(), Some("sleep"));
    /// ```
    pub fn resolve(&self, base: &url::Url) -> Option<url::Url> {
        self.as_link_ref().resolve(base)
    }

    /// The condition slug, for a link to `/ingredients/condition/{slug}`.
    pub fn condition(&self) -> Option<&str> {
        self.as_link_ref().condition()
    }
}

impl<'a> LinkRef<'a> {
    /// Resolves the target against `base`, as [`Link::resolve`] does.
    pub fn resolve(&self, base: &url::Url) -> Option<url::Url> {
        base.join(self.target).ok()
    }

    /// The condition slug, for a link to `/ingredients/condition/{slug}`.
    ///
    /// ```
    /// let text = hermetica::RichText::from("Eases [stress](/ingredients/condition/stress).");
    /// assert_eq!(text.links().next().and_then(|l| l.condition()), Some("stress"));
    /// ```
    pub fn condition(&self) -> Option<&'a str> {
        let path = self.target.split(['?', '#']).next()?;
        let path = match path.find("://") {
            Some(i) => {
                let host_end = crate::scan::slice::from(path, i + 3)
                    .find('/')
                    .map_or(path.len(), |j| i + 3 + j);
                crate::scan::slice::from(path, host_end)
            }
            None => path,
        };
        let slug = path
            .strip_prefix("/ingredients/condition/")?
            .trim_end_matches('/');
        (!slug.is_empty() && !slug.contains('/')).then_some(slug)
    }
}
