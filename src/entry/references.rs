//! References: `Sources: {url}, {url}`.

use std::fmt::{self, Write as _};

use crate::document::Block;
use crate::layout::LineWriter;
use crate::reference::Reference;

/// The References section: the sources after `Sources: `, separated by
/// `, `; each a URL or an identifier, typed.
#[derive(Debug, Clone, PartialEq, Eq, Default)]
#[cfg_attr(feature = "serde", derive(serde::Serialize, serde::Deserialize))]
pub struct References {
    /// The sources, in page order.
    pub sources: Vec<Reference>,
}

const PREFIX: &str = "Sources: ";
const SEPARATOR: &str = ", ";

impl References {
    pub(crate) fn from_blocks(blocks: &[Block]) -> Option<References> {
        let [Block::Paragraph(text)] = blocks else {
            return None;
        };
        let text = text.as_str();
        let list = text.strip_prefix(PREFIX)?;
        let sources = crate::split::split(list, SEPARATOR)
            .map(|s| s.parse::<Reference>().ok())
            .collect::<Option<Vec<_>>>()?;
        Some(References { sources })
    }

    /// Writes the line: `Sources: `, then the sources separated by `, `.
    pub(crate) fn write(&self, w: &mut LineWriter<'_>) -> fmt::Result {
        w.start_line()?;
        w.write(PREFIX)?;
        for (i, source) in self.sources.iter().enumerate() {
            if i > 0 {
                w.write(SEPARATOR)?;
            }
            write!(w, "{source}")?;
        }
        w.end_line();
        Ok(())
    }
}
