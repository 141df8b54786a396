//! The blocks of a page.

use crate::SharedStr;
use crate::text::RichText;

/// One block of a page. Every line of a page belongs to exactly one block.
#[derive(Debug, Clone, PartialEq, Eq)]
#[cfg_attr(feature = "serde", derive(serde::Serialize, serde::Deserialize))]
#[cfg_attr(feature = "serde", serde(rename_all = "snake_case"))]
#[non_exhaustive]
pub enum Block {
    /// A run of blank lines: their spaces or tabs, the lines joined with
    /// `\n` (`""` is one empty line, `"\n"` two).
    Blank(SharedStr),
    /// `# Title`, `## Section`, `### Question`, …
    Heading(Heading),
    /// A metadata line, `**Key:** value`.
    Field(Field),
    /// A thematic break such as `---`, as written.
    Rule(SharedStr),
    /// Consecutive lines of prose, joined with `\n`.
    Paragraph(RichText),
    /// Consecutive bullet lines.
    List(Vec<ListItem>),
    /// Consecutive lines starting with `|`.
    Table(Table),
}

/// A heading line: `level` hashes, a space, the text.
#[derive(Debug, Clone, PartialEq, Eq)]
#[cfg_attr(feature = "serde", derive(serde::Serialize, serde::Deserialize))]
pub struct Heading {
    /// 1 to 6.
    pub level: u8,
    /// The text after `# `, as written.
    pub text: SharedStr,
}

/// A metadata line, `**Key:** value`.
#[derive(Debug, Clone, PartialEq, Eq)]
#[cfg_attr(feature = "serde", derive(serde::Serialize, serde::Deserialize))]
pub struct Field {
    /// The key, between `**` and `:**`.
    pub key: SharedStr,
    /// The value after `:** `, as written.
    pub value: SharedStr,
}

/// The marker of a bullet line.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Default)]
#[cfg_attr(feature = "serde", derive(serde::Serialize, serde::Deserialize))]
#[non_exhaustive]
pub enum Marker {
    /// `• ` (U+2022), the encyclopedia's own marker.
    #[default]
    #[cfg_attr(feature = "serde", serde(rename = "•"))]
    Bullet,
    /// `- `
    #[cfg_attr(feature = "serde", serde(rename = "-"))]
    Dash,
    /// `* `
    #[cfg_attr(feature = "serde", serde(rename = "*"))]
    Star,
}

impl Marker {
    /// The marker with its trailing space, as written on the page.
    pub fn as_str(self) -> &'static str {
        match self {
            Marker::Bullet => "• ",
            Marker::Dash => "- ",
            Marker::Star => "* ",
        }
    }

    pub(crate) const ALL: [Marker; 3] = [Marker::Bullet, Marker::Dash, Marker::Star];
}

/// A bullet line.
#[derive(Debug, Clone, PartialEq, Eq)]
#[cfg_attr(feature = "serde", derive(serde::Serialize, serde::Deserialize))]
pub struct ListItem {
    /// Its marker.
    pub marker: Marker,
    /// The text after the marker.
    pub text: RichText,
}

/// A pipe table: its rows as written, header and delimiter row included.
#[derive(Debug, Clone, PartialEq, Eq)]
#[cfg_attr(feature = "serde", derive(serde::Serialize, serde::Deserialize))]
pub struct Table {
    /// Every line of the table, in order.
    pub rows: Vec<Row>,
}

impl Table {
    /// The header cells (the first row), trimmed.
    pub fn header(&self) -> impl Iterator<Item = &str> {
        self.rows.first().into_iter().flat_map(Row::cells)
    }

    /// The body rows: every row after the header and its delimiter row.
    pub fn body(&self) -> impl Iterator<Item = &Row> {
        let skip = if self.rows.get(1).is_some_and(Row::is_delimiter) {
            2
        } else {
            1
        };
        self.rows.iter().skip(skip)
    }
}

/// A table row: the cells between pipes, each with its spacing.
#[derive(Debug, Clone, PartialEq, Eq)]
#[cfg_attr(feature = "serde", derive(serde::Serialize, serde::Deserialize))]
pub struct Row {
    /// Raw cell texts between pipes (spaces kept).
    pub raw_cells: Vec<SharedStr>,
    /// Whether the line ends with a closing `|`.
    pub closed: bool,
}

impl Row {
    /// The cells, trimmed.
    pub fn cells(&self) -> impl Iterator<Item = &str> {
        self.raw_cells.iter().map(|c| c.trim())
    }

    /// Whether this is a delimiter row such as `|---|---:|`.
    pub fn is_delimiter(&self) -> bool {
        !self.raw_cells.is_empty()
            && self.raw_cells.iter().all(|c| {
                let c = c.trim();
                let c = c.strip_prefix(':').unwrap_or(c);
                let c = c.strip_suffix(':').unwrap_or(c);
                !c.is_empty() && c.bytes().all(|b| b == b'-')
            })
    }
}
