//! Parsing our HTML output with html5ever, as a browser would, for the escaping tests.

use html5ever::tendril::TendrilSink;
use html5ever::{ParseOpts, parse_document};
use markup5ever_rcdom::{Handle, NodeData, RcDom};

/// A parsed document and its body's children. The document must outlive the handles:
/// `RcDom` empties subtrees when their root is dropped.
pub(crate) struct Parsed {
    pub(crate) _document: RcDom,
    pub(crate) nodes: Vec<Handle>,
}

impl std::ops::Deref for Parsed {
    type Target = [Handle];
    fn deref(&self) -> &[Handle] {
        &self.nodes
    }
}

/// Parses `html` as the content of a document's `<body>` and returns the body's children.
pub(crate) fn parse_body_fragment(html: &str) -> Parsed {
    let dom = parse_document(RcDom::default(), ParseOpts::default()).one(format!(
        "<!DOCTYPE html><html><head></head><body>{html}</body></html>"
    ));
    let child = |node: &Handle, tag: &str| {
        node.children
            .borrow()
            .iter()
            .find(|node| tag_name(node).as_deref() == Some(tag))
            .cloned()
    };
    let body = child(&dom.document, "html")
        .and_then(|html| child(&html, "body"))
        .expect("a body element");
    let nodes = body.children.borrow().clone();
    Parsed {
        _document: dom,
        nodes,
    }
}

pub(crate) fn tag_name(node: &Handle) -> Option<String> {
    match &node.data {
        NodeData::Element { name, .. } => Some(name.local.to_string()),
        _ => None,
    }
}

pub(crate) fn text_content(node: &Handle) -> String {
    let mut out = String::new();
    for child in node.children.borrow().iter() {
        match &child.data {
            NodeData::Text { contents } => out.push_str(&contents.borrow()),
            NodeData::Element { .. } => out.push_str(&text_content(child)),
            _ => {}
        }
    }
    out
}

pub(crate) fn element_count(node: &Handle) -> usize {
    node.children
        .borrow()
        .iter()
        .map(|child| usize::from(tag_name(child).is_some()) + element_count(child))
        .sum()
}
