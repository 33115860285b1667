//! The static skeleton of a template (`view_core::template::Skeleton`), read back from the
//! template's own static HTML pieces.
//!
//! The pieces are HTML this crate wrote (tags, double-quoted attributes escaped with the
//! shared escaper, escaped text), interleaved with holes whose kind is known (an attribute
//! hole inside a start tag, a child hole in content). Reading them back gives the nodes in
//! document order, the node each hole attaches to, and the HTML a cloning renderer parses (with
//! `<!>` where a child hole separates two texts, so the parser keeps them apart). Deriving the
//! skeleton from the pieces keeps one source of truth: SSR writes the pieces, building makes
//! the same nodes.

use crate::ir::Namespace;
use crate::spec;

/// What lies between two pieces.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(crate) enum HoleKind {
    /// Attributes written inside the current start tag.
    Attribute,
    /// The element's whole `class` attribute (an attribute hole).
    Class,
    /// The element's whole `style` attribute (an attribute hole).
    Style,
    /// Every attribute of the element, `class` and `style` included (a spread or `bind:`).
    AllAttributes,
    /// Children written in the current element's content.
    Child,
    /// The whole content of the current element, written raw (`inner_html`): no static node,
    /// attached to the element.
    Content,
}

/// A static node.
#[derive(Debug, PartialEq)]
pub(crate) enum Node {
    Element {
        tag: String,
        namespace: Namespace,
        attributes: Vec<(String, String)>,
        children: u16,
    },
    Text(String),
}

/// Where a hole attaches (indexes are positions in `Skeleton::marks`).
#[derive(Debug, PartialEq)]
pub(crate) enum Site {
    Element(u16),
    Child { parent: u16, before: Option<u16> },
}

/// A position in the pieces: `(piece, byte offset)`, piece 0 being the first piece and piece
/// `i` the piece after hole `i - 1`.
pub(crate) type PiecePos = (u16, u32);

/// Where the class or style parts given to a root element go (`view_core::template::RootSlot`).
#[derive(Clone, Copy, Debug, PartialEq)]
pub(crate) enum RootSlot {
    /// A new attribute is written here.
    New(PiecePos),
    /// Merged before the closing quote of the static attribute, here.
    Merge(PiecePos),
    /// This hole writes the attribute.
    Hole(u16),
}

/// The start tag of a root element (`view_core::template::RootTag`).
#[derive(Clone, Copy, Debug, PartialEq)]
pub(crate) struct RootTag {
    pub(crate) class: RootSlot,
    pub(crate) style: RootSlot,
    /// The `>` that ends the start tag.
    pub(crate) end: PiecePos,
}

/// A root start tag while it is read.
struct RawRoot {
    name_end: PiecePos,
    class: Option<RootSlot>,
    style: Option<RootSlot>,
    end: Option<PiecePos>,
}

/// A template's skeleton, ready to be emitted.
#[derive(Debug)]
pub(crate) struct Skeleton {
    /// HTML for cloning renderers; empty when the template must be built from the description.
    pub(crate) html: String,
    pub(crate) nodes: Vec<Node>,
    pub(crate) marks: Vec<u16>,
    pub(crate) sites: Vec<Site>,
    /// The root elements' start tags, in document order.
    pub(crate) roots: Vec<RootTag>,
}

/// A site by node index, before the marks are known.
enum RawSite {
    Element(usize),
    Child {
        parent: usize,
        before: Option<usize>,
    },
}

/// How the content of the innermost open element is read.
#[derive(Clone, Copy, PartialEq, Eq)]
enum Mode {
    Nodes,
    /// `script`, `style`: text until the end tag, as written.
    RawText,
    /// `textarea`, `title`: text until the end tag, with character references.
    Rcdata,
}

struct Open {
    node: usize,
    tag: String,
    namespace: Namespace,
    /// Child sites of this element still waiting for the static node after them.
    waiting: Vec<usize>,
}

/// Reads pieces and holes in order; see the module docs.
pub(crate) struct Reader {
    nodes: Vec<Node>,
    open: Vec<Open>,
    /// The element whose start tag is being read.
    in_tag: Option<usize>,
    mode: Mode,
    /// Text read since the last node, unescaped (for RCDATA and flow content).
    text: String,
    /// Right after the start tag of `pre`, `textarea`, `listing`: one newline is dropped.
    drop_newline: bool,
    sites: Vec<RawSite>,
    html: String,
    cloneable: bool,
    broken: bool,
    /// A static run: any number of top-level nodes, texts included.
    forest: bool,
    /// Holes read so far: the index of the current piece.
    holes_read: u16,
    /// The length of the piece being read (offsets are its length minus what is left).
    piece_len: usize,
    /// The root elements' start tags.
    roots: Vec<RawRoot>,
    /// Whether the start tag being read is the last of `roots`.
    in_root_tag: bool,
}

impl Reader {
    /// A reader for a static run (several top-level nodes allowed) rather than a template.
    pub(crate) fn forest() -> Self {
        Reader {
            forest: true,
            ..Reader::new()
        }
    }

    pub(crate) fn new() -> Self {
        Reader {
            forest: false,
            nodes: Vec::new(),
            open: Vec::new(),
            in_tag: None,
            mode: Mode::Nodes,
            text: String::new(),
            drop_newline: false,
            sites: Vec::new(),
            html: String::new(),
            cloneable: true,
            broken: false,
            holes_read: 0,
            piece_len: 0,
            roots: Vec::new(),
            in_root_tag: false,
        }
    }

    /// Where `rest`, a suffix of the piece being read, starts.
    fn position(&self, rest: &str) -> PiecePos {
        let offset = self.piece_len.saturating_sub(rest.len());
        (self.holes_read, u32::try_from(offset).unwrap_or(u32::MAX))
    }

    /// Reads one static piece.
    pub(crate) fn piece(&mut self, piece: &str) {
        self.html.push_str(piece);
        self.piece_len = piece.len();
        let mut rest = piece;
        while !rest.is_empty() && !self.broken {
            rest = if self.in_tag.is_some() {
                self.tag_part(rest)
            } else {
                self.content(rest)
            };
        }
    }

    /// A hole of `kind` at the current position.
    pub(crate) fn hole(&mut self, kind: HoleKind) {
        self.drop_newline = false;
        let hole = self.holes_read;
        self.holes_read = self.holes_read.saturating_add(1);
        match kind {
            HoleKind::Attribute | HoleKind::Class | HoleKind::Style | HoleKind::AllAttributes => {
                match self.in_tag {
                    Some(node) => {
                        self.sites.push(RawSite::Element(node));
                        if self.in_root_tag
                            && let Some(root) = self.roots.last_mut()
                        {
                            match kind {
                                HoleKind::Class => root.class = Some(RootSlot::Hole(hole)),
                                HoleKind::Style => root.style = Some(RootSlot::Hole(hole)),
                                HoleKind::AllAttributes => {
                                    root.class = Some(RootSlot::Hole(hole));
                                    root.style = Some(RootSlot::Hole(hole));
                                }
                                _ => {}
                            }
                        }
                    }
                    None => self.broken = true,
                }
            }
            HoleKind::Content => {
                self.flush_text();
                match (self.in_tag, self.open.last()) {
                    (None, Some(open)) => self.sites.push(RawSite::Element(open.node)),
                    _ => self.broken = true,
                }
            }
            HoleKind::Child => {
                if self.in_tag.is_some() {
                    self.broken = true;
                    return;
                }
                if self.mode != Mode::Nodes {
                    // A `<!>` would be literal text here; such templates are built.
                    self.cloneable = false;
                } else {
                    self.html.push_str("<!>");
                }
                self.flush_text();
                let Some(parent) = self.open.last_mut() else {
                    self.broken = true;
                    return;
                };
                parent.waiting.push(self.sites.len());
                let parent = parent.node;
                self.sites.push(RawSite::Child {
                    parent,
                    before: None,
                });
            }
        }
    }

    /// The skeleton, or `None` if the pieces were not HTML this crate writes (a bug).
    pub(crate) fn finish(mut self) -> Option<Skeleton> {
        self.flush_text();
        if self.broken || !self.open.is_empty() || self.in_tag.is_some() {
            return None;
        }
        if !self.forest && !matches!(self.nodes.first(), Some(Node::Element { .. })) {
            return None;
        }
        let mut marks: Vec<usize> = Vec::new();
        for site in &self.sites {
            match *site {
                RawSite::Element(node) => marks.push(node),
                RawSite::Child { parent, before } => {
                    marks.push(parent);
                    marks.extend(before);
                }
            }
        }
        marks.sort_unstable();
        marks.dedup();
        let position = |node: usize| -> Option<u16> {
            marks
                .binary_search(&node)
                .ok()
                .and_then(|index| u16::try_from(index).ok())
        };
        let mut sites = Vec::with_capacity(self.sites.len());
        for site in &self.sites {
            sites.push(match *site {
                RawSite::Element(node) => Site::Element(position(node)?),
                RawSite::Child { parent, before } => Site::Child {
                    parent: position(parent)?,
                    before: match before {
                        Some(node) => Some(position(node)?),
                        None => None,
                    },
                },
            });
        }
        let marks = marks
            .into_iter()
            .map(u16::try_from)
            .collect::<Result<Vec<_>, _>>()
            .ok()?;
        let mut roots = Vec::with_capacity(self.roots.len());
        for root in &self.roots {
            let class = root.class.unwrap_or(RootSlot::New(root.name_end));
            // A new `style` goes after the `class` attribute, as elements write them.
            let after_class = match class {
                RootSlot::New(at) => at,
                RootSlot::Merge((piece, offset)) => (piece, offset.saturating_add(1)),
                RootSlot::Hole(hole) => (hole.saturating_add(1), 0),
            };
            roots.push(RootTag {
                class,
                style: root.style.unwrap_or(RootSlot::New(after_class)),
                end: root.end?,
            });
        }
        Some(Skeleton {
            roots,
            html: if self.cloneable {
                self.html
            } else {
                String::new()
            },
            nodes: self.nodes,
            marks,
            sites,
        })
    }

    /// Appends `node` to the innermost open element (or as the root), resolving the child sites
    /// waiting for a next sibling there. Returns its index.
    fn append(&mut self, node: Node) -> usize {
        let index = self.nodes.len();
        self.nodes.push(node);
        if let Some(parent) = self.open.last_mut() {
            for site in parent.waiting.drain(..) {
                if let Some(RawSite::Child { before, .. }) = self.sites.get_mut(site) {
                    *before = Some(index);
                }
            }
            if let Some(Node::Element { children, .. }) = self.nodes.get_mut(parent.node) {
                *children = children.saturating_add(1);
            }
        } else if index != 0 && !self.forest {
            // A second root.
            self.broken = true;
        }
        index
    }

    fn flush_text(&mut self) {
        if !self.text.is_empty() {
            let text = std::mem::take(&mut self.text);
            self.append(Node::Text(text));
        }
    }

    /// Reads content (text, tags) up to the end of `rest` or the start of a start tag's
    /// attributes; returns what is left.
    fn content<'a>(&mut self, mut rest: &'a str) -> &'a str {
        if self.drop_newline {
            self.drop_newline = false;
            rest = rest.strip_prefix('\n').unwrap_or(rest);
        }
        if self.mode != Mode::Nodes {
            let tag = self
                .open
                .last()
                .map(|open| open.tag.clone())
                .unwrap_or_default();
            let end = format!("</{tag}>");
            let Some(at) = rest.find(&end) else {
                self.push_text(rest);
                return "";
            };
            self.push_text(&rest[..at]);
            self.flush_text();
            self.mode = Mode::Nodes;
            self.open.pop();
            return &rest[at + end.len()..];
        }
        let Some(at) = rest.find('<') else {
            self.push_text(rest);
            return "";
        };
        self.push_text(&rest[..at]);
        rest = &rest[at..];
        if let Some(after) = rest.strip_prefix("</") {
            self.flush_text();
            let Some(end) = after.find('>') else {
                self.broken = true;
                return "";
            };
            let tag = &after[..end];
            match self.open.pop() {
                Some(open) if open.tag == tag => {}
                _ => self.broken = true,
            }
            return &after[end + 1..];
        }
        if let Some(after) = rest.strip_prefix("<!") {
            // `<!>` (keeps texts apart) or a doctype: no node.
            self.flush_text();
            let Some(end) = after.find('>') else {
                self.broken = true;
                return "";
            };
            return &after[end + 1..];
        }
        self.flush_text();
        let after = &rest[1..];
        let end = after
            .find(|c: char| c.is_ascii_whitespace() || c == '>' || c == '/')
            .unwrap_or(after.len());
        let tag = after[..end].to_owned();
        self.in_root_tag = self.open.is_empty();
        if self.in_root_tag {
            self.roots.push(RawRoot {
                name_end: self.position(&after[end..]),
                class: None,
                style: None,
                end: None,
            });
        }
        let parent = self
            .open
            .last()
            .map_or(Namespace::Html, |open| open.namespace);
        let namespace = match (parent, tag.as_str()) {
            (Namespace::Html, "svg") => Namespace::Svg,
            (Namespace::Html, "math") => Namespace::MathMl,
            (Namespace::Svg, "foreignObject") => Namespace::Html,
            (Namespace::MathMl, "annotation-xml") => Namespace::Html,
            (parent, _) => parent,
        };
        let node = self.append(Node::Element {
            tag: tag.clone(),
            namespace,
            attributes: Vec::new(),
            children: 0,
        });
        self.open.push(Open {
            node,
            tag,
            namespace,
            waiting: Vec::new(),
        });
        self.in_tag = Some(node);
        &after[end..]
    }

    /// Reads attributes and the end of a start tag; returns what is left.
    fn tag_part<'a>(&mut self, rest: &'a str) -> &'a str {
        let rest = rest.trim_start_matches(|c: char| c.is_ascii_whitespace() || c == '/');
        if let Some(after) = rest.strip_prefix('>') {
            if std::mem::take(&mut self.in_root_tag) {
                let end = self.position(rest);
                if let Some(root) = self.roots.last_mut() {
                    root.end = Some(end);
                }
            }
            self.end_start_tag();
            return after;
        }
        if rest.is_empty() {
            return rest;
        }
        let before = rest.len();
        let end = rest
            .find(|c: char| c.is_ascii_whitespace() || c == '=' || c == '>' || c == '/')
            .unwrap_or(rest.len());
        let name = rest[..end].to_owned();
        let mut rest = &rest[end..];
        let mut value = String::new();
        if let Some(after) = rest.strip_prefix("=\"") {
            let Some(close) = after.find('"') else {
                self.broken = true;
                return "";
            };
            value = unescape(&after[..close]);
            if self.in_root_tag && matches!(name.as_str(), "class" | "style") {
                let quote = self.position(&after[close..]);
                if let Some(root) = self.roots.last_mut() {
                    let slot = Some(RootSlot::Merge(quote));
                    if name == "class" {
                        root.class = slot;
                    } else {
                        root.style = slot;
                    }
                }
            }
            rest = &after[close + 1..];
        }
        if rest.len() == before {
            // Nothing read (a `=` without a quoted value): not HTML this crate writes. Stop
            // rather than read the same attribute forever (found by the `macro_pipeline`
            // fuzz target: it grew the attribute list until memory ran out).
            self.broken = true;
            return "";
        }
        if let Some(Node::Element { attributes, .. }) =
            self.in_tag.and_then(|node| self.nodes.get_mut(node))
        {
            attributes.push((name, value));
        }
        rest
    }

    fn end_start_tag(&mut self) {
        self.in_tag = None;
        let Some(open) = self.open.last() else {
            self.broken = true;
            return;
        };
        let html = open.namespace == Namespace::Html;
        let tag = open.tag.as_str();
        if html && spec::is_void(tag) {
            self.open.pop();
            return;
        }
        if html && matches!(tag, "pre" | "textarea" | "listing") {
            self.drop_newline = true;
        }
        self.mode = match (html, tag) {
            (true, "script" | "style") => Mode::RawText,
            (true, "textarea" | "title") => Mode::Rcdata,
            _ => Mode::Nodes,
        };
        if self.mode == Mode::RawText {
            // Its text holds the raw-text escapes (`<\/script`), not what a builder sets.
            self.cloneable = false;
        }
    }

    fn push_text(&mut self, text: &str) {
        if text.is_empty() {
            return;
        }
        match self.mode {
            Mode::RawText => self.text.push_str(text),
            Mode::Nodes | Mode::Rcdata => self.text.push_str(&unescape(text)),
        }
    }
}

/// Undoes the shared escaper's entities (the only references it writes).
fn unescape(text: &str) -> String {
    if !text.contains('&') {
        return text.to_owned();
    }
    text.replace("&quot;", "\"")
        .replace("&lt;", "<")
        .replace("&gt;", ">")
        .replace("&amp;", "&")
}

#[cfg(test)]
mod tests {
    use super::*;

    fn read(parts: &[Result<&str, HoleKind>]) -> Skeleton {
        let mut reader = Reader::new();
        for part in parts {
            match part {
                Ok(piece) => reader.piece(piece),
                Err(kind) => reader.hole(*kind),
            }
        }
        reader.finish().expect("a skeleton")
    }

    #[test]
    fn an_equals_sign_without_a_quoted_value_is_refused_not_read_forever() {
        let mut reader = Reader::new();
        reader.piece("<p6<d=b></p6<d>");
        assert!(reader.finish().is_none());
    }

    #[test]
    fn texts_around_a_child_hole_are_two_nodes_and_the_html_keeps_them_apart() {
        let skeleton = read(&[
            Ok("<p class=\"a &amp; b\">Hi, "),
            Err(HoleKind::Child),
            Ok("!</p>"),
        ]);
        assert_eq!(skeleton.html, "<p class=\"a &amp; b\">Hi, <!>!</p>");
        assert_eq!(
            skeleton.nodes,
            [
                Node::Element {
                    tag: "p".into(),
                    namespace: Namespace::Html,
                    attributes: vec![("class".into(), "a & b".into())],
                    children: 2
                },
                Node::Text("Hi, ".into()),
                Node::Text("!".into()),
            ]
        );
        assert_eq!(skeleton.marks, [0, 2]);
        assert_eq!(
            skeleton.sites,
            [Site::Child {
                parent: 0,
                before: Some(1)
            }]
        );
    }

    #[test]
    fn attribute_holes_attach_to_their_element_and_void_elements_close() {
        let skeleton = read(&[
            Ok("<div><input"),
            Err(HoleKind::Attribute),
            Ok(" disabled><svg><circle r=\"1\"></circle></svg>"),
            Err(HoleKind::Child),
            Ok("</div>"),
        ]);
        assert_eq!(skeleton.nodes.len(), 4);
        assert!(matches!(
            &skeleton.nodes[3],
            Node::Element { tag, namespace: Namespace::Svg, .. } if tag == "circle"
        ));
        assert!(matches!(
            &skeleton.nodes[0],
            Node::Element { children: 2, .. }
        ));
        assert_eq!(skeleton.marks, [0, 1]);
        assert_eq!(
            skeleton.sites,
            [
                Site::Element(1),
                Site::Child {
                    parent: 0,
                    before: None
                }
            ]
        );
    }

    #[test]
    fn pre_drops_one_leading_newline_and_textarea_holes_are_not_cloned() {
        let skeleton = read(&[Ok("<pre>\n\nx</pre>")]);
        assert_eq!(skeleton.nodes[1], Node::Text("\nx".into()));
        let skeleton = read(&[
            Ok("<textarea>\na &lt; "),
            Err(HoleKind::Child),
            Ok("</textarea>"),
        ]);
        assert_eq!(skeleton.html, "");
        assert_eq!(skeleton.nodes[1], Node::Text("a < ".into()));
    }

    #[test]
    fn a_static_run_may_have_several_roots_and_texts() {
        let mut reader = Reader::forest();
        reader.piece("a &lt; b<br><i>x</i>c");
        let skeleton = reader.finish().expect("a skeleton");
        assert_eq!(skeleton.nodes.len(), 5);
        assert_eq!(skeleton.nodes[0], Node::Text("a < b".into()));
        assert_eq!(skeleton.nodes[4], Node::Text("c".into()));
        let mut reader = Reader::new();
        reader.piece("a<br>");
        assert!(reader.finish().is_none(), "a template has one root element");
    }

    #[test]
    fn root_start_tags_record_where_extra_attributes_go() {
        // A static class, no style: class parts merge before the quote, a new style goes
        // after the class attribute, the others before `>`.
        let skeleton = read(&[Ok("<p class=\"a\" id=\"x\"><b class=\"in\"></b></p>")]);
        assert_eq!(
            skeleton.roots,
            [RootTag {
                class: RootSlot::Merge((0, 11)),
                style: RootSlot::New((0, 12)),
                end: (0, 19),
            }]
        );
        // Class and style holes, then the tag's end in a later piece.
        let skeleton = read(&[
            Ok("<div"),
            Err(HoleKind::Class),
            Ok(""),
            Err(HoleKind::Style),
            Ok(" title=\"t\">"),
            Err(HoleKind::Child),
            Ok("</div>"),
        ]);
        assert_eq!(
            skeleton.roots,
            [RootTag {
                class: RootSlot::Hole(0),
                style: RootSlot::Hole(1),
                end: (2, 10),
            }]
        );
        // A static run: each top-level element, none for texts.
        let mut reader = Reader::forest();
        reader.piece("t<br><i style=\"s\">x</i>");
        let skeleton = reader.finish().expect("a skeleton");
        assert_eq!(
            skeleton.roots,
            [
                RootTag {
                    class: RootSlot::New((0, 4)),
                    style: RootSlot::New((0, 4)),
                    end: (0, 4),
                },
                RootTag {
                    class: RootSlot::New((0, 7)),
                    style: RootSlot::Merge((0, 16)),
                    end: (0, 17),
                },
            ]
        );
    }

    #[test]
    fn malformed_pieces_give_no_skeleton() {
        let mut reader = Reader::new();
        reader.piece("<p>");
        assert!(reader.finish().is_none());
    }
}
