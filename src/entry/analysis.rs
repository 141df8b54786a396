//! One pass over a page: the typed entry and everything its prose holds,
//! with spans into the source text.

use crate::SharedStr;
use crate::document::parse_shared;
use crate::error::Error;
use crate::{Citation, Mention, ResolvedLink};

use super::Entry;
use super::build::{build, find_footer};
use super::locate::{Located, PageProse};

/// A parsed entry with every quantity, citation and link in its prose;
/// spans are byte offsets into the text given to [`analyze`].
#[derive(Debug, Clone, PartialEq)]
#[cfg_attr(feature = "serde", derive(serde::Serialize))]
pub struct Analysis {
    /// The typed entry.
    pub entry: Entry,
    /// Every quantity in the sections' prose.
    pub quantities: Vec<Located<Mention>>,
    /// Every citation in the sections' prose.
    pub citations: Vec<Located<Citation>>,
    /// Every inline link, resolved against the canonical URL.
    pub links: Vec<Located<ResolvedLink>>,
}

/// Parses a page and reads its prose in one pass: the entry, its
/// quantities, citations and resolved links, with spans into `text`.
///
/// ```
/// let page = "# Tea\n\n**Canonical URL:** https://example.org/ingredients/tea\n\n## Overview\n\n\
///     Eases [stress](/ingredients/condition/stress) at 200mg daily (PMID: 12345678).\n";
/// let analysis = hermetica::analyze(page)?;
/// assert_eq!(analysis.entry.title, "Tea");
/// assert_eq!(&page[analysis.quantities[0].value.span.clone()], "200mg daily");
/// assert_eq!(&page[analysis.citations[0].value.span.clone()], "PMID: 12345678");
/// assert_eq!(analysis.links[0].value.condition(), Some("stress"));
/// # Ok::<(), hermetica::Error>(())
/// ```
pub fn analyze(text: &str) -> Result<Analysis, Error> {
    let page = SharedStr::from(text);
    let (doc, starts) = parse_shared(&page);
    let footer = find_footer(&doc.blocks).is_some();
    let prose = PageProse::new(page, &doc.blocks, &starts, footer);
    let entry = build(doc.blocks, doc.layout, &starts).map_err(|f| f.with_source(text))?;
    Ok(Analysis {
        quantities: prose.quantities(&entry),
        citations: prose.citations(&entry),
        links: prose.links(&entry),
        entry,
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn long_quantities_share_the_page_short_ones_are_inline() {
        let page = "# Tea\n\n**Category:** Herb\n\n## Dosage & Preparation\n\n\
            Take between 200 and 400 mg twice daily, or 2 g.\n";
        let analysis = analyze(page).unwrap();
        let [long, short] = &analysis.quantities[..] else {
            panic!("{:?}", analysis.quantities);
        };
        assert_eq!(long.value.text, "between 200 and 400 mg twice daily");
        assert!(long.value.text.shares_buffer_with(&analysis.entry.title));
        assert_eq!(short.value.text, "2 g");
        assert!(short.value.text.is_inline());
    }
}
