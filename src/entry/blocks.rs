//! The blocks of a body of prose: a list that holds one block without an
//! allocation, since most FAQ answers and many sections are one paragraph.

use std::fmt;
use std::ops::{Deref, DerefMut};

use crate::document::Block;

/// The blocks of a [`crate::Prose`], in page order.
///
/// Reads as a slice of blocks (it dereferences to `[Block]`), grows with
/// [`Blocks::push`], and converts from and into a `Vec<Block>`. One block
/// is kept inline; a second moves them all into a vector.
///
/// ```
/// use hermetica::{Block, Blocks, RichText};
/// let mut blocks = Blocks::from(vec![Block::Paragraph(RichText::parse("One."))]);
/// assert_eq!(blocks.len(), 1);
/// blocks.push(Block::Paragraph(RichText::parse("Two.")));
/// assert!(matches!(&blocks[1], Block::Paragraph(text) if text.as_str() == "Two."));
/// assert_eq!(Vec::from(blocks).len(), 2);
/// ```
#[derive(Clone, Default)]
pub struct Blocks(Repr);

#[derive(Clone, Default)]
enum Repr {
    #[default]
    Empty,
    One(Block),
    Many(Vec<Block>),
}

impl Blocks {
    /// No blocks.
    pub const fn new() -> Blocks {
        Blocks(Repr::Empty)
    }

    /// The blocks as a slice.
    pub fn as_slice(&self) -> &[Block] {
        match &self.0 {
            Repr::Empty => &[],
            Repr::One(block) => std::slice::from_ref(block),
            Repr::Many(blocks) => blocks,
        }
    }

    /// The blocks as a mutable slice.
    pub fn as_mut_slice(&mut self) -> &mut [Block] {
        match &mut self.0 {
            Repr::Empty => &mut [],
            Repr::One(block) => std::slice::from_mut(block),
            Repr::Many(blocks) => blocks,
        }
    }

    /// Adds a block at the end.
    pub fn push(&mut self, block: Block) {
        match &mut self.0 {
            Repr::Many(blocks) => blocks.push(block),
            Repr::Empty => self.0 = Repr::One(block),
            Repr::One(_) => {
                if let Repr::One(first) = std::mem::take(&mut self.0) {
                    let mut blocks = Vec::with_capacity(4);
                    blocks.push(first);
                    blocks.push(block);
                    self.0 = Repr::Many(blocks);
                }
            }
        }
    }
}

impl Deref for Blocks {
    type Target = [Block];

    fn deref(&self) -> &[Block] {
        self.as_slice()
    }
}

impl DerefMut for Blocks {
    fn deref_mut(&mut self) -> &mut [Block] {
        self.as_mut_slice()
    }
}

impl PartialEq for Blocks {
    fn eq(&self, other: &Blocks) -> bool {
        self.as_slice() == other.as_slice()
    }
}

impl Eq for Blocks {}

impl fmt::Debug for Blocks {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_list().entries(self.as_slice()).finish()
    }
}

impl From<Vec<Block>> for Blocks {
    fn from(mut blocks: Vec<Block>) -> Blocks {
        match blocks.len() {
            0 => Blocks(Repr::Empty),
            1 => blocks
                .pop()
                .map_or(Blocks(Repr::Empty), |b| Blocks(Repr::One(b))),
            _ => Blocks(Repr::Many(blocks)),
        }
    }
}

impl From<Blocks> for Vec<Block> {
    fn from(blocks: Blocks) -> Vec<Block> {
        match blocks.0 {
            Repr::Empty => Vec::new(),
            Repr::One(block) => vec![block],
            Repr::Many(blocks) => blocks,
        }
    }
}

impl FromIterator<Block> for Blocks {
    fn from_iter<I: IntoIterator<Item = Block>>(iter: I) -> Blocks {
        let mut blocks = Blocks::new();
        blocks.extend(iter);
        blocks
    }
}

impl Extend<Block> for Blocks {
    fn extend<I: IntoIterator<Item = Block>>(&mut self, iter: I) {
        for block in iter {
            self.push(block);
        }
    }
}

impl IntoIterator for Blocks {
    type Item = Block;
    type IntoIter = std::vec::IntoIter<Block>;

    fn into_iter(self) -> Self::IntoIter {
        Vec::from(self).into_iter()
    }
}

impl<'a> IntoIterator for &'a Blocks {
    type Item = &'a Block;
    type IntoIter = std::slice::Iter<'a, Block>;

    fn into_iter(self) -> Self::IntoIter {
        self.as_slice().iter()
    }
}

impl<'a> IntoIterator for &'a mut Blocks {
    type Item = &'a mut Block;
    type IntoIter = std::slice::IterMut<'a, Block>;

    fn into_iter(self) -> Self::IntoIter {
        self.as_mut_slice().iter_mut()
    }
}

#[cfg(feature = "serde")]
impl serde::Serialize for Blocks {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        self.as_slice().serialize(serializer)
    }
}

#[cfg(feature = "serde")]
impl<'de> serde::Deserialize<'de> for Blocks {
    fn deserialize<D: serde::Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        Vec::<Block>::deserialize(deserializer).map(Blocks::from)
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::RichText;

    fn paragraph(text: &str) -> Block {
        Block::Paragraph(RichText::parse(text))
    }

    fn text(block: &Block) -> Option<&str> {
        match block {
            Block::Paragraph(text) => Some(text.as_str()),
            _ => None,
        }
    }

    #[test]
    fn one_block_is_inline_and_more_move_to_a_vector() {
        let mut blocks = Blocks::new();
        assert!(blocks.is_empty());
        blocks.push(paragraph("a"));
        assert!(matches!(blocks.0, Repr::One(_)));
        blocks.push(paragraph("b"));
        blocks.push(paragraph("c"));
        assert!(matches!(&blocks.0, Repr::Many(v) if v.len() == 3));
        let texts: Vec<&str> = blocks.iter().filter_map(text).collect();
        assert_eq!(texts, ["a", "b", "c"]);
    }

    #[test]
    fn equal_whatever_the_representation() {
        let inline = Blocks::from(vec![paragraph("a")]);
        let many = Blocks(Repr::Many(vec![paragraph("a")]));
        assert_eq!(inline, many);
        assert_eq!(Blocks::new(), Blocks(Repr::Many(Vec::new())));
        assert_ne!(inline, Blocks::new());
        assert_eq!(format!("{inline:?}"), format!("{:?}", vec![paragraph("a")]));
    }

    #[test]
    fn converts_to_and_from_vectors_and_iterators() {
        for n in 0..4 {
            let vec: Vec<Block> = (0..n).map(|i| paragraph(&i.to_string())).collect();
            let blocks = Blocks::from(vec.clone());
            assert_eq!(blocks.as_slice(), vec.as_slice());
            assert_eq!(vec.iter().cloned().collect::<Blocks>(), blocks);
            assert_eq!(Vec::from(blocks.clone()), vec);
            assert_eq!(blocks.into_iter().collect::<Vec<_>>(), vec);
        }
    }

    #[test]
    fn blocks_can_be_changed_in_place() {
        let mut blocks = Blocks::from(vec![paragraph("a")]);
        blocks[0] = paragraph("b");
        for block in &mut blocks {
            assert_eq!(text(block), Some("b"));
        }
    }
}
