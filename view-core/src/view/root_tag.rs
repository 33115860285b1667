//! Where the start tags of the root elements of a template or static run lie in its static HTML
//! ([`RootTag`]), so that [`RootAttributes`] are written into them while the HTML is written,
//! without reading back what was written.
//!
//! The `view!` macro records, per call site and per root element, where a new `class` and a new
//! `style` attribute go (or where existing ones close, for parts to merge into, or which hole
//! writes them) and where the start tag ends (for the other attributes). Positions are
//! `(piece, byte offset)` pairs: piece 0 is a template's first piece (a static run's whole
//! HTML), piece `i` the piece after hole `i - 1`.

use super::template::{Pieces, next_piece};
use crate::RootAttributes;
use crate::ssr::escape_fast::push_piece;

/// A position in a call site's static HTML: the piece (0 is the first) and a byte offset in it.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord)]
pub struct PiecePos {
    /// The piece: 0 is the first piece, `i` the piece after hole `i - 1`.
    pub piece: u16,
    /// The byte offset in that piece.
    pub offset: u32,
}

/// Where the class or style parts of [`RootAttributes`] go in a root element's start tag.
#[derive(Clone, Copy, Debug)]
pub enum RootSlot {
    /// The element has no such attribute: a new one is written here.
    New(PiecePos),
    /// The element has a static one, whose closing quote is here: parts merge before it.
    Merge(PiecePos),
    /// A hole (its index) writes the element's attribute; it merges the parts into it.
    Hole(u16),
}

/// The start tag of one root element of a template or static run; see the [module
/// docs](self). Made by `view!`; not a stable API.
#[derive(Clone, Copy, Debug)]
pub struct RootTag {
    /// Where class parts go.
    pub class: RootSlot,
    /// Where style parts go.
    pub style: RootSlot,
    /// The `>` that ends the start tag: the other attributes go before it.
    pub end: PiecePos,
}

/// What is written at a splice.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord)]
enum Splice {
    // The order breaks ties between splices at one position: a new `class` before a new
    // `style`, both before the other attributes (for a tag without attributes, all three are
    // at the end of the tag name).
    NewClass,
    NewStyle,
    MergeClass,
    MergeStyle,
    Others,
}

impl Splice {
    fn write(self, buf: &mut String, root: &RootAttributes<'_>) {
        match self {
            Splice::NewClass => root.write_new_class(buf),
            Splice::NewStyle => root.write_new_style(buf),
            // With `first` cleared, every part is written with its separator.
            Splice::MergeClass => root.write_class(buf, &mut false),
            Splice::MergeStyle => root.write_style(buf, &mut false),
            Splice::Others => root.write_others(buf),
        }
    }
}

/// The splices of one start tag, sorted by position (at most three).
#[derive(Clone, Copy)]
struct Splices {
    list: [(PiecePos, Splice); 3],
    len: usize,
}

impl RootTag {
    fn splices(&self) -> Splices {
        let mut list = [(self.end, Splice::Others); 3];
        let mut len = 0;
        let mut push = |at, splice| {
            list[len] = (at, splice);
            len += 1;
        };
        match self.class {
            RootSlot::New(at) => push(at, Splice::NewClass),
            RootSlot::Merge(at) => push(at, Splice::MergeClass),
            RootSlot::Hole(_) => {}
        }
        match self.style {
            RootSlot::New(at) => push(at, Splice::NewStyle),
            RootSlot::Merge(at) => push(at, Splice::MergeStyle),
            RootSlot::Hole(_) => {}
        }
        push(self.end, Splice::Others);
        list[..len].sort_unstable();
        Splices { list, len }
    }
}

/// Writes `text`, piece number `piece`, with the splices that fall in it.
fn write_spliced(
    buf: &mut String,
    text: &str,
    piece: u16,
    splices: &Splices,
    root: &RootAttributes<'_>,
) {
    let mut copied = 0;
    for &(at, splice) in &splices.list[..splices.len] {
        if at.piece != piece {
            continue;
        }
        let at = at.offset as usize;
        // The macro records offsets at ASCII delimiters of this very piece; a position
        // outside it would be a macro bug, and the piece is then written unspliced there.
        if let Some(part) = text.get(copied..at) {
            buf.push_str(part);
            copied = at;
        }
        splice.write(buf, root);
    }
    buf.push_str(text.get(copied..).unwrap_or_default());
}

/// Writes a static run's HTML (one piece) with `root`'s attributes in each root start tag.
pub(crate) fn write_static_with_root(
    buf: &mut String,
    html: &str,
    tags: &[RootTag],
    root: &RootAttributes<'_>,
) {
    if tags.is_empty() {
        buf.push_str(html);
        return;
    }
    root.mark_applied();
    let mut copied = 0;
    for tag in tags {
        let splices = tag.splices();
        for &(at, splice) in &splices.list[..splices.len] {
            let at = at.offset as usize;
            if let Some(part) = html.get(copied..at) {
                buf.push_str(part);
                copied = at;
            }
            splice.write(buf, root);
        }
    }
    buf.push_str(html.get(copied..).unwrap_or_default());
}

/// Writes a template's pieces with [`RootAttributes`] in its root start tag: the template's
/// holes call [`next_piece`](Self::next_piece) after each hole (see
/// [`Holes::write_holes_root`](super::template::Holes::write_holes_root)).
#[doc(hidden)]
pub struct RootWriter<'a> {
    root: &'a RootAttributes<'a>,
    tag: RootTag,
    splices: Splices,
    /// The index of the hole being written.
    hole: u16,
    pieces: Pieces,
}

impl<'a> RootWriter<'a> {
    /// Writes the first piece; the holes follow.
    pub(crate) fn start(
        buf: &mut String,
        first: &str,
        pieces: Pieces,
        tag: RootTag,
        root: &'a RootAttributes<'a>,
    ) -> Self {
        root.mark_applied();
        let writer = RootWriter {
            root,
            tag,
            splices: tag.splices(),
            hole: 0,
            pieces,
        };
        writer.write_piece(buf, 0, first);
        writer
    }

    fn write_piece(&self, buf: &mut String, piece: u16, text: &str) {
        if piece > self.tag.end.piece {
            push_piece(buf, text);
        } else {
            write_spliced(buf, text, piece, &self.splices, self.root);
        }
    }

    /// After a hole: writes the static piece that follows it.
    pub(crate) fn next_piece(&mut self, buf: &mut String) {
        self.hole = self.hole.saturating_add(1);
        let text = next_piece(&mut self.pieces);
        self.write_piece(buf, self.hole, text);
    }

    /// [`next_piece`](Self::next_piece) with `content` written `cut` bytes into the piece: an
    /// [`AttributesHole`](super::template::AttributesHole)'s inner HTML or bound `<textarea>`
    /// value, after the `>` (and newline) that end the root's start tag. The start tag's
    /// splices lie in those first bytes (the macro records the tag's end at the `>`); the rest
    /// of the piece is the root's content, past every splice.
    pub(crate) fn next_piece_with_content(
        &mut self,
        buf: &mut String,
        cut: usize,
        content: impl FnOnce(&mut String),
    ) {
        self.hole = self.hole.saturating_add(1);
        let text = next_piece(&mut self.pieces);
        match text.split_at_checked(cut) {
            Some((start, rest)) => {
                self.write_piece(buf, self.hole, start);
                content(buf);
                push_piece(buf, rest);
            }
            None => self.write_piece(buf, self.hole, text),
        }
    }

    /// Writes an element's `class` attribute, whose parts `own` writes (`write_class(buf,
    /// first)`), with the extra class parts merged in when the hole being written is the
    /// root's class hole; nothing when there is no part at all.
    /// `own_parts` says whether the element has class parts of its own (present or not): with
    /// any class part the attribute is written, `class=""` when none is present.
    pub(crate) fn class_attribute(
        &self,
        buf: &mut String,
        own_parts: bool,
        own: impl FnOnce(&mut String, &mut bool),
    ) {
        let mut first = true;
        own(buf, &mut first);
        let mut has_parts = own_parts;
        if let Some(root) = self.merging(true) {
            root.write_class(buf, &mut first);
            has_parts |= root.has_class();
        }
        crate::attribute::close_class(buf, first, has_parts);
    }

    /// [`class_attribute`](Self::class_attribute) for the `style` attribute.
    pub(crate) fn style_attribute(
        &self,
        buf: &mut String,
        own: impl FnOnce(&mut String, &mut bool),
    ) {
        let mut first = true;
        own(buf, &mut first);
        if let Some(root) = self.merging(false) {
            root.write_style(buf, &mut first);
        }
        if !first {
            buf.push('"');
        }
    }

    /// The extra attributes, when the hole being written is the root's class (`class`) or
    /// style (`!class`) hole: the hole merges their parts into its attribute.
    pub(crate) fn merging(&self, class: bool) -> Option<&'a RootAttributes<'a>> {
        let slot = if class {
            self.tag.class
        } else {
            self.tag.style
        };
        match slot {
            RootSlot::Hole(hole) if hole == self.hole => Some(self.root),
            _ => None,
        }
    }
}
