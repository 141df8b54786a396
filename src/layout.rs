//! Line endings and the final newline: the only bytes of a page that are not
//! part of a line's text. Parsing records them in a [`Layout`]; rendering
//! writes them back through a line writer, so a page's bytes come back exactly.

use std::fmt;

/// A line ending.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default, Hash)]
#[cfg_attr(feature = "serde", derive(serde::Serialize, serde::Deserialize))]
#[cfg_attr(feature = "serde", serde(rename_all = "lowercase"))]
pub enum Newline {
    /// `\n`
    #[default]
    Lf,
    /// `\r\n`
    CrLf,
}

impl Newline {
    /// The ending's bytes.
    pub fn as_str(self) -> &'static str {
        match self {
            Newline::Lf => "\n",
            Newline::CrLf => "\r\n",
        }
    }

    fn other(self) -> Newline {
        match self {
            Newline::Lf => Newline::CrLf,
            Newline::CrLf => Newline::Lf,
        }
    }
}

/// How a page's lines end.
///
/// The default is what the encyclopedia publishes apart from its missing
/// final newline: `\n` endings, with a final newline.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
#[cfg_attr(feature = "serde", derive(serde::Serialize, serde::Deserialize))]
pub struct Layout {
    /// The ending of most lines.
    pub newline: Newline,
    /// Whether the last line ends with a line ending.
    pub final_newline: bool,
    /// 0-based numbers of the lines that end with the other ending (pages
    /// with mixed endings), in increasing order. Editing a value can shift
    /// lines; the page then stays valid, with these endings moved.
    #[cfg_attr(
        feature = "serde",
        serde(default, skip_serializing_if = "Vec::is_empty")
    )]
    pub odd_lines: Vec<usize>,
    /// Whether the text starts with a byte order mark (U+FEFF), kept
    /// outside the first line.
    #[cfg_attr(feature = "serde", serde(default, skip_serializing_if = "is_false"))]
    pub bom: bool,
}

#[cfg(feature = "serde")]
fn is_false(value: &bool) -> bool {
    !*value
}

impl Default for Layout {
    fn default() -> Self {
        Layout {
            newline: Newline::Lf,
            final_newline: true,
            odd_lines: Vec::new(),
            bom: false,
        }
    }
}

/// One line of input: its text (without ending) and its byte offset.
#[derive(Debug, Clone, Copy)]
pub(crate) struct Line<'a> {
    pub(crate) text: &'a str,
    pub(crate) start: usize,
}

/// The lines of an input, read one at a time; the layout is known once
/// every line has been read (see [`Lines::layout`]). A `\r` is part of a
/// line ending only directly before `\n`.
pub(crate) struct Lines<'a> {
    input: &'a str,
    pos: usize,
    bom: bool,
    /// The lines (by index) that end in `\r\n`, in order.
    crlf: Vec<usize>,
    /// How many lines have an ending.
    ended: usize,
}

impl<'a> Lines<'a> {
    pub(crate) fn new(input: &'a str) -> Self {
        let bom = input.starts_with('\u{feff}');
        Lines {
            input,
            pos: if bom { '\u{feff}'.len_utf8() } else { 0 },
            bom,
            crlf: Vec::new(),
            ended: 0,
        }
    }

    /// The layout of the lines read so far (all of them, once the
    /// iterator is exhausted).
    pub(crate) fn layout(&self) -> Layout {
        // The commoner ending is the page's; the lines with the other are
        // odd.
        let (newline, odd_lines) = if self.crlf.len() * 2 > self.ended {
            let lf = (0..self.ended).filter(|i| self.crlf.binary_search(i).is_err());
            (Newline::CrLf, lf.collect())
        } else {
            (Newline::Lf, self.crlf.clone())
        };
        Layout {
            newline,
            final_newline: self.input.is_empty() || self.input.ends_with('\n'),
            odd_lines,
            bom: self.bom,
        }
    }
}

impl<'a> Iterator for Lines<'a> {
    type Item = Line<'a>;

    fn next(&mut self) -> Option<Line<'a>> {
        let start = self.pos;
        let rest = self.input.get(start..).filter(|r| !r.is_empty())?;
        let Some(i) = memchr::memchr(b'\n', rest.as_bytes()) else {
            self.pos = self.input.len();
            return Some(Line { text: rest, start });
        };
        let with_cr = rest.get(..i).unwrap_or_default();
        let text = with_cr.strip_suffix('\r');
        if text.is_some() {
            self.crlf.push(self.ended);
        }
        self.ended += 1;
        self.pos = start + i + 1;
        Some(Line {
            text: text.unwrap_or(with_cr),
            start,
        })
    }
}

/// Writes lines with the endings a [`Layout`] prescribes. As a
/// `fmt::Write` it writes as [`LineWriter::write_lines`] does.
pub(crate) struct LineWriter<'w> {
    out: &'w mut String,
    layout: &'w Layout,
    line: usize,
    next_odd: usize,
    pending: Option<Newline>,
}

impl<'w> LineWriter<'w> {
    pub(crate) fn new(out: &'w mut String, layout: &'w Layout) -> Self {
        LineWriter {
            out,
            layout,
            line: 0,
            next_odd: 0,
            pending: None,
        }
    }

    /// Writes one line of text. Text holding `\n` is written as several
    /// lines, each with its own ending.
    pub(crate) fn line(&mut self, text: &str) -> fmt::Result {
        self.start_line()?;
        self.write_lines(text)?;
        self.end_line();
        Ok(())
    }

    /// Starts a line whose text is written in pieces with [`Self::write`].
    pub(crate) fn start_line(&mut self) -> fmt::Result {
        if let Some(newline) = self.pending.take() {
            self.out.push_str(newline.as_str());
        }
        Ok(())
    }

    /// Writes a piece of the current line's text.
    pub(crate) fn write(&mut self, text: &str) -> fmt::Result {
        self.out.push_str(text);
        Ok(())
    }

    /// Writes a piece of the current line's text in which each `\n` ends
    /// the line and starts the next, as [`Self::line`] does.
    pub(crate) fn write_lines(&mut self, text: &str) -> fmt::Result {
        let mut rest = text;
        while let Some(i) = memchr::memchr(b'\n', rest.as_bytes()) {
            self.out.push_str(crate::scan::slice::upto(rest, i));
            self.end_line();
            self.start_line()?;
            rest = crate::scan::slice::from(rest, i + 1);
        }
        self.out.push_str(rest);
        Ok(())
    }

    /// Ends the current line; its ending is written when another line
    /// starts, or by [`Self::finish`].
    pub(crate) fn end_line(&mut self) {
        let odd = self.layout.odd_lines.get(self.next_odd) == Some(&self.line);
        if odd {
            self.next_odd += 1;
        }
        while self
            .layout
            .odd_lines
            .get(self.next_odd)
            .is_some_and(|n| *n <= self.line)
        {
            self.next_odd += 1;
        }
        self.pending = Some(if odd {
            self.layout.newline.other()
        } else {
            self.layout.newline
        });
        self.line += 1;
    }

    /// The current line as a `fmt::Write` that writes text as it is, line
    /// breaks included, as [`Self::write`] does.
    pub(crate) fn raw(&mut self) -> Raw<'_, 'w> {
        Raw(self)
    }

    /// Writes the last line's ending if the layout has a final newline.
    pub(crate) fn finish(mut self) -> fmt::Result {
        match self.pending.take() {
            Some(newline) if self.layout.final_newline => self.out.push_str(newline.as_str()),
            _ => {}
        }
        Ok(())
    }
}

impl fmt::Write for LineWriter<'_> {
    fn write_str(&mut self, text: &str) -> fmt::Result {
        self.write_lines(text)
    }
}

/// A [`LineWriter`] writing text as it is: see [`LineWriter::raw`].
pub(crate) struct Raw<'a, 'w>(&'a mut LineWriter<'w>);

impl fmt::Write for Raw<'_, '_> {
    fn write_str(&mut self, text: &str) -> fmt::Result {
        self.0.write(text)
    }
}
