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
        let text = text.as_shared();
        let list = text.strip_prefix(PREFIX)?;
        let sources = list
            .split(SEPARATOR)
            .map(|s| Reference::from_shared(&text.share(s)))
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

#[cfg(test)]
mod tests {
    use crate::{Reference, Section};

    #[test]
    fn reference_urls_share_the_page() {
        let page = "# Tea\n\n**Category:** Herb\n\n## References\n\n\
            Sources: https://pubmed.ncbi.nlm.nih.gov/12345678/, https://doi.org/10.1000/xyz\n";
        let entry = crate::parse(page).unwrap();
        let Some(Section::References(references)) = entry.sections.first() else {
            panic!("{:?}", entry.sections);
        };
        let [Reference::Url { url, .. }, Reference::Url { .. }] = &references.sources[..] else {
            panic!("{references:?}");
        };
        assert_eq!(url.as_str(), "https://pubmed.ncbi.nlm.nih.gov/12345678/");
        // The title starts two bytes into the page's buffer.
        let buffer = entry.title.as_ptr().addr() - 2;
        let at = url.as_str().as_ptr().addr();
        assert!((buffer..buffer + page.len()).contains(&at));
    }
}
