//! Non-fatal oddities of a parsed page: content kept as written because it
//! does not have the shape its heading or place promises.

use std::fmt;

use super::{Entry, MetaLine, Section, SectionKind};
use crate::document::Block;

/// Something a page holds that the typed view could not type. The content
/// is kept and renders back; a warning says where the page strays from the
/// encyclopedia's layout.
#[derive(Debug, Clone, PartialEq, Eq)]
#[cfg_attr(feature = "serde", derive(serde::Serialize))]
#[cfg_attr(feature = "serde", serde(rename_all = "snake_case"))]
#[non_exhaustive]
pub enum Warning {
    /// A known section whose body does not have its shape.
    UntypedSection {
        /// The heading.
        heading: String,
    },
    /// A metadata key this crate does not know.
    UnknownKey {
        /// The key.
        key: String,
    },
    /// A line between the title and the first section that is neither
    /// metadata nor blank.
    StrayLine,
}

impl fmt::Display for Warning {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            Warning::UntypedSection { heading } => {
                write!(
                    f,
                    "section `{heading}` kept as written: its body does not have the expected shape"
                )
            }
            Warning::UnknownKey { key } => {
                write!(f, "unknown metadata key `{key}` kept as written")
            }
            Warning::StrayLine => {
                f.write_str("a line in the metadata block is not `**Key:** value`")
            }
        }
    }
}

impl Entry {
    /// What the page holds that could not be typed (kept as written).
    ///
    /// ```
    /// let page = "# Tea\n\n**Colour:** Green\n\n## Health Benefits\n\nCalms.\n";
    /// let entry: hermetica::Entry = page.parse().unwrap();
    /// let warnings: Vec<String> = entry.warnings().iter().map(ToString::to_string).collect();
    /// assert_eq!(warnings, [
    ///     "unknown metadata key `Colour` kept as written",
    ///     "section `Health Benefits` kept as written: its body does not have the expected shape",
    /// ]);
    /// ```
    pub fn warnings(&self) -> Vec<Warning> {
        let mut warnings = Vec::new();
        for line in &self.metadata {
            match line {
                MetaLine::Field(field) => warnings.push(Warning::UnknownKey {
                    key: field.key.to_string(),
                }),
                MetaLine::Other(Block::Blank(_)) => {}
                MetaLine::Other(_) => warnings.push(Warning::StrayLine),
                _ => {}
            }
        }
        for section in &self.sections {
            if let Section::Other(other) = section
                && SectionKind::from_heading(&other.heading).is_some()
            {
                warnings.push(Warning::UntypedSection {
                    heading: other.heading.to_string(),
                });
            }
        }
        warnings
    }
}
