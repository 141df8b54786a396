//! The inline link of prose.
//!
//! ```text
//! link   = "[" text "](" target ")"
//! text   = 1*(any character but "[", "]", a line break)
//! target = 1*(any character but whitespace, "(", ")")
//! ```

use nom::Parser;
use nom::bytes::complete::{tag, take_while1};
use nom::sequence::delimited;

use super::Res;

/// `link = "[" text "](" target ")"`: the text and the target.
pub(crate) fn link(input: &str) -> Res<'_, (&str, &str)> {
    let text = delimited(
        tag("["),
        take_while1(|c| !matches!(c, '[' | ']' | '\n' | '\r')),
        tag("]"),
    );
    let target = delimited(
        tag("("),
        take_while1(|c: char| !c.is_whitespace() && !matches!(c, '(' | ')')),
        tag(")"),
    );
    (text, target).parse(input)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn links() {
        assert_eq!(link("[a](/b) c"), Ok((" c", ("a", "/b"))));
        assert!(link("[](/b)").is_err());
        assert!(link("[a]()").is_err());
        assert!(link("[a](/b c)").is_err());
        assert!(
            link("[a](/b\u{a0}c)").is_err(),
            "a non-ASCII space ends a target"
        );
        assert!(link("[a\nb](/c)").is_err());
        assert!(link("[a] (/b)").is_err());
    }
}
