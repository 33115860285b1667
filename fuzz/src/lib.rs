//! Shared by the escaper targets (`escape`, `escape_raw_pieces`): how a fuzz input becomes a
//! text, its split points and a buffer state, and how html5ever's parse of our output is read.
//!
//! Both targets decode the same input layout, so one corpus format serves both.

use html5ever::tendril::TendrilSink;
use html5ever::{ParseOpts, parse_document};
use markup5ever_rcdom::{Handle, NodeData, RcDom};

/// Header bytes before the text: see [`EscapeInput::decode`].
const HEADER: usize = 4;

/// One decoded fuzz input.
#[derive(Debug)]
pub struct EscapeInput {
    /// The text to escape: the input after the header, invalid UTF-8 replaced by U+FFFD, and
    /// `\r` and `\0` removed (the parser's input preprocessing rewrites both, HTML § 13.2.3.5,
    /// so no escaping can carry them through a parse).
    pub text: String,
    /// The text split into 1-4 consecutive pieces (some may be empty), on char boundaries.
    pub pieces: Vec<String>,
    /// What the output buffer holds before escaping (0-63 bytes of `x`), for the run-time
    /// escaper's fast path, which depends on the buffer's spare capacity.
    pub buffer_prefix: usize,
    /// Extra spare capacity of the output buffer (0-255 bytes).
    pub buffer_spare: usize,
}

impl EscapeInput {
    /// Header: byte 0 = pieces - 1 (low 2 bits) and the buffer prefix length (high 6 bits);
    /// bytes 1-3 = split points (each `byte % (text length + 1)`, moved down to a char
    /// boundary; the first `pieces - 1` are used, sorted); the last header byte also gives the
    /// buffer's spare capacity. Inputs shorter than the header are ignored.
    pub fn decode(data: &[u8]) -> Option<Self> {
        let (header, body) = data.split_first_chunk::<HEADER>()?;
        let text: String = String::from_utf8_lossy(body)
            .chars()
            .filter(|&c| c != '\r' && c != '\0')
            .collect();
        let piece_count = usize::from(header[0] & 0b11) + 1;
        let mut splits: Vec<usize> = header[1..piece_count]
            .iter()
            .map(|&b| {
                let mut at = usize::from(b) % (text.len() + 1);
                while !text.is_char_boundary(at) {
                    at -= 1;
                }
                at
            })
            .collect();
        splits.sort_unstable();
        let mut pieces = Vec::with_capacity(piece_count);
        let mut start = 0;
        for at in splits {
            pieces.push(text[start..at].to_owned());
            start = at;
        }
        pieces.push(text[start..].to_owned());
        Some(Self {
            text,
            pieces,
            buffer_prefix: usize::from(header[0] >> 2),
            buffer_spare: usize::from(header[HEADER - 1]),
        })
    }
}

/// A parsed document and its body's children. The document must outlive the handles:
/// `RcDom` empties subtrees when their root is dropped.
pub struct Parsed {
    document: RcDom,
    /// The body's child nodes.
    pub body: Vec<Handle>,
}

impl Parsed {
    /// Parses `html` as the content of a document's `<body>`.
    pub fn body_fragment(html: &str) -> Self {
        let document = parse_document(RcDom::default(), ParseOpts::default()).one(format!(
            "<!DOCTYPE html><html><head></head><body>{html}</body></html>"
        ));
        let root = find_child(&document.document, "html").expect("an html element");
        let body = find_child(&root, "body").expect("a body element");
        let children = body.children.borrow().clone();
        Self {
            document,
            body: children,
        }
    }

    /// Every element of the document, in tree order (`html`, `head`, `body`, then ours).
    pub fn element_names(&self) -> Vec<String> {
        let mut names = Vec::new();
        collect_element_names(&self.document.document, &mut names);
        names
    }
}

fn find_child(node: &Handle, name: &str) -> Option<Handle> {
    node.children
        .borrow()
        .iter()
        .find(|child| tag_name(child).as_deref() == Some(name))
        .cloned()
}

fn collect_element_names(node: &Handle, names: &mut Vec<String>) {
    for child in node.children.borrow().iter() {
        if let Some(name) = tag_name(child) {
            names.push(name);
        }
        collect_element_names(child, names);
    }
}

/// The local name of an element node.
pub fn tag_name(node: &Handle) -> Option<String> {
    match &node.data {
        NodeData::Element { name, .. } => Some(name.local.to_string()),
        _ => None,
    }
}

/// The text of `node`'s children, which must all be text nodes (panics otherwise: an element
/// or comment inside means the escaped text did not stay text).
pub fn only_text(node: &Handle) -> String {
    let mut out = String::new();
    for child in node.children.borrow().iter() {
        match &child.data {
            NodeData::Text { contents } => out.push_str(&contents.borrow()),
            other => panic!("a non-text node inside <{:?}>: {other:?}", tag_name(node)),
        }
    }
    out
}

/// The attributes of an element node as (name, value) pairs.
pub fn attributes(node: &Handle) -> Vec<(String, String)> {
    match &node.data {
        NodeData::Element { attrs, .. } => attrs
            .borrow()
            .iter()
            .map(|attr| (attr.name.local.to_string(), attr.value.to_string()))
            .collect(),
        _ => Vec::new(),
    }
}

/// Content of a raw-text element whose pieces were escaped one by one
/// (`escape_raw_text_into` per piece, concatenated).
pub fn escape_raw_pieces(pieces: &[String]) -> String {
    let mut out = String::new();
    for piece in pieces {
        view_markup::escape::escape_raw_text_into(&mut out, piece);
    }
    out
}

/// Checks that `<script>content</script><style>content</style>` parses as exactly these two
/// elements, each holding exactly `content` as its text, and no other element.
pub fn assert_raw_text_elements(content: &str, what: &str) {
    let parsed = Parsed::body_fragment(&format!(
        "<script>{content}</script><style>{content}</style>"
    ));
    assert_eq!(
        parsed.element_names(),
        ["html", "head", "body", "script", "style"],
        "{what}: other elements than <script> and <style>",
    );
    assert_eq!(parsed.body.len(), 2, "{what}: nodes after an end tag");
    assert_eq!(
        only_text(&parsed.body[0]),
        content,
        "{what}: <script> ended early"
    );
    assert_eq!(
        only_text(&parsed.body[1]),
        content,
        "{what}: <style> ended early"
    );
}
