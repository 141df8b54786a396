//! Non-fatal oddities of a parsed page: content kept as written because it
//! does not have the shape its heading or place promises.

use std::fmt;

use super::{Analysis, Located, heading_of};
use crate::document::Block;
use crate::entry::{MetaLine, Section, SectionKind, is_record_key};

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

/// What the page holds that could not be typed, where it stands.
pub(super) fn warnings(a: &Analysis) -> Vec<Located<Warning>> {
    let mut warnings = Vec::new();
    let entry = a.entry();
    for (i, line) in entry.metadata.iter().enumerate() {
        let (warning, span) = match line {
            MetaLine::Field(field) if is_record_key(&field.key) => continue,
            MetaLine::Field(field) => (
                Warning::UnknownKey {
                    key: field.key.to_string(),
                },
                // The key: `**Key:**`.
                a.metadata_value(i)
                    .zip(a.metadata_line(i))
                    .map(|(value, line)| line.start..value.start.saturating_sub(1)),
            ),
            MetaLine::Other(Block::Blank(_)) => continue,
            MetaLine::Other(_) => (Warning::StrayLine, a.metadata_line(i)),
            _ => continue,
        };
        warnings.push(Located {
            section: heading_of(None),
            span: span.unwrap_or_default(),
            value: warning,
        });
    }
    for (i, section) in entry.sections.iter().enumerate() {
        if let Section::Other(other) = section
            && SectionKind::from_heading(&other.heading).is_some()
        {
            warnings.push(Located {
                section: heading_of(Some(section)),
                span: a.heading_line(i).unwrap_or_default(),
                value: Warning::UntypedSection {
                    heading: other.heading.to_string(),
                },
            });
        }
    }
    warnings
}
