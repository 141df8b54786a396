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
}

impl Default for Layout {
    fn default() -> Self {
        Layout {
            newline: Newline::Lf,
            final_newline: true,
            odd_lines: Vec::new(),
        }
    }
}

/// One line of input: its text (without ending) and its byte offset.
#[derive(Debug, Clone, Copy)]
pub(crate) struct Line<'a> {
    pub(crate) text: &'a str,
    pub(crate) start: usize,
}

/// Splits `input` into lines and reads its layout. A `\r` is part of a
/// line ending only directly before `\n`.
pub(crate) fn split_lines(input: &str) -> (Vec<Line<'_>>, Layout) {
    let mut lines = Vec::new();
    let mut endings = Vec::new();
    let mut start = 0;
    let bytes = input.as_bytes();
    while start < input.len() {
        match crate::slice::from(input, start).find('\n') {
            Some(i) => {
                let end = start + i;
                let crlf = end > start && bytes.get(end - 1) == Some(&b'\r');
                let text_end = if crlf { end - 1 } else { end };
                lines.push(Line {
                    text: crate::slice::within(input, start..text_end),
                    start,
                });
                endings.push(if crlf { Newline::CrLf } else { Newline::Lf });
                start = end + 1;
            }
            None => {
                lines.push(Line {
                    text: crate::slice::from(input, start),
                    start,
                });
                break;
            }
        }
    }
    let final_newline = input.is_empty() || input.ends_with('\n');
    let crlf = endings.iter().filter(|e| **e == Newline::CrLf).count();
    let newline = if crlf * 2 > endings.len() {
        Newline::CrLf
    } else {
        Newline::Lf
    };
    let odd_lines = endings
        .iter()
        .enumerate()
        .filter(|(_, e)| **e != newline)
        .map(|(i, _)| i)
        .collect();
    let layout = Layout {
        newline,
        final_newline,
        odd_lines,
    };
    (lines, layout)
}

/// Writes lines with the endings a [`Layout`] prescribes.
pub(crate) struct LineWriter<'w, 'f> {
    out: &'w mut fmt::Formatter<'f>,
    layout: &'w Layout,
    line: usize,
    next_odd: usize,
    pending: Option<Newline>,
}

impl<'w, 'f> LineWriter<'w, 'f> {
    pub(crate) fn new(out: &'w mut fmt::Formatter<'f>, layout: &'w Layout) -> Self {
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
        for part in text.split('\n') {
            self.start_line()?;
            self.out.write_str(part)?;
            self.end_line();
        }
        Ok(())
    }

    /// Starts a line whose text is written in pieces with [`Self::write`].
    pub(crate) fn start_line(&mut self) -> fmt::Result {
        if let Some(newline) = self.pending.take() {
            self.out.write_str(newline.as_str())?;
        }
        Ok(())
    }

    /// Writes a piece of the current line's text.
    pub(crate) fn write(&mut self, text: &str) -> fmt::Result {
        self.out.write_str(text)
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

    /// Writes the last line's ending if the layout has a final newline.
    pub(crate) fn finish(mut self) -> fmt::Result {
        match self.pending.take() {
            Some(newline) if self.layout.final_newline => self.out.write_str(newline.as_str()),
            _ => Ok(()),
        }
    }
}
