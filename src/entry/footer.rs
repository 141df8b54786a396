//! The footer under the `---` rule: source and licence lines.

use std::fmt::{self, Write as _};

use crate::SharedStr;
use crate::layout::LineWriter;
use crate::web::address::AbsoluteUrl;

/// The footer lines under the closing `---` rule.
#[derive(Debug, Clone, PartialEq, Eq, Default)]
#[cfg_attr(feature = "serde", derive(serde::Serialize, serde::Deserialize))]
#[cfg_attr(feature = "serde", serde(transparent))]
pub struct Footer {
    /// The lines, in page order.
    pub lines: Vec<FooterLine>,
}

/// One footer line.
#[derive(Debug, Clone, PartialEq, Eq)]
#[cfg_attr(feature = "serde", derive(serde::Serialize, serde::Deserialize))]
#[cfg_attr(feature = "serde", serde(rename_all = "snake_case"))]
#[non_exhaustive]
pub enum FooterLine {
    /// `*Source: {publisher} — {site}*`
    Source {
        /// The publisher's name.
        publisher: SharedStr,
        /// The site's URL.
        site: AbsoluteUrl,
    },
    /// `*License: {license} — Attribution required. Commercial use: {contact}*`
    License {
        /// The licence, e.g. `CC BY-NC-SA 4.0`.
        license: SharedStr,
        /// The contact address for commercial use.
        contact: SharedStr,
    },
    /// Any other line, as written.
    Text(SharedStr),
    /// An empty line, or a line of spaces, after the last footer line: an
    /// editor's extra line at the end of the file, kept as written. Blank
    /// lines come only after the `*…*` lines (one between them would end
    /// the footer's paragraph).
    Blank(SharedStr),
}

impl Footer {
    /// Writes the lines, one per footer line.
    pub(crate) fn write(&self, w: &mut LineWriter<'_>) -> fmt::Result {
        w.start_line()?;
        for (i, line) in self.lines.iter().enumerate() {
            if i > 0 {
                w.end_line();
                w.start_line()?;
            }
            write!(w, "{line}")?;
        }
        w.end_line();
        Ok(())
    }
}

const DASH: &str = " — ";
const LICENSE_TERMS: &str = "Attribution required. Commercial use: ";

impl From<&str> for FooterLine {
    /// Reads a footer line; unrecognised lines are text.
    fn from(line: &str) -> FooterLine {
        FooterLine::read(&SharedStr::from(line))
    }
}

impl FooterLine {
    /// Reads a footer line, its texts sharing the line's buffer.
    pub(crate) fn read(line: &SharedStr) -> FooterLine {
        Self::typed(line).unwrap_or_else(|| FooterLine::Text(line.clone()))
    }

    fn typed(shared: &SharedStr) -> Option<FooterLine> {
        let line = shared.as_str();
        let inner = line.strip_prefix('*')?.strip_suffix('*')?;
        if let Some(rest) = inner.strip_prefix("Source: ") {
            let (publisher, site) = rest.rsplit_once(DASH)?;
            let site = AbsoluteUrl::parse_shared(&shared.share(site), "footer").ok()?;
            return Some(FooterLine::Source {
                publisher: shared.share(publisher),
                site,
            });
        }
        let rest = inner.strip_prefix("License: ")?;
        let (license, terms) = rest.split_once(DASH)?;
        let contact = terms.strip_prefix(LICENSE_TERMS)?;
        Some(FooterLine::License {
            license: shared.share(license),
            contact: shared.share(contact),
        })
    }
}

impl fmt::Display for FooterLine {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            FooterLine::Source { publisher, site } => {
                write!(f, "*Source: {publisher}{DASH}{site}*")
            }
            FooterLine::License { license, contact } => {
                write!(f, "*License: {license}{DASH}{LICENSE_TERMS}{contact}*")
            }
            FooterLine::Text(text) | FooterLine::Blank(text) => f.write_str(text),
        }
    }
}

impl Footer {
    /// The publisher named on the `Source` line.
    pub fn publisher(&self) -> Option<&str> {
        self.lines.iter().find_map(|l| match l {
            FooterLine::Source { publisher, .. } => Some(publisher.as_str()),
            _ => None,
        })
    }

    /// The site URL on the `Source` line.
    pub fn site(&self) -> Option<&AbsoluteUrl> {
        self.lines.iter().find_map(|l| match l {
            FooterLine::Source { site, .. } => Some(site),
            _ => None,
        })
    }

    /// The licence on the `License` line.
    pub fn license(&self) -> Option<&str> {
        self.lines.iter().find_map(|l| match l {
            FooterLine::License { license, .. } => Some(license.as_str()),
            _ => None,
        })
    }

    /// The contact address for commercial use on the `License` line.
    pub fn contact(&self) -> Option<&str> {
        self.lines.iter().find_map(|l| match l {
            FooterLine::License { contact, .. } => Some(contact.as_str()),
            _ => None,
        })
    }
}
