//! Parsing HTML into test nodes as a browser does (html5ever's fragment parsing in the context
//! of the element whose content it becomes), for `set_inner_html` and hydration tests.

use html5ever::tendril::TendrilSink;
use html5ever::{ParseOpts, QualName, local_name, ns, parse_fragment};
use markup5ever_rcdom::{Handle, NodeData, RcDom};

use super::node::{NodeKind, TestNode};
use crate::Namespace;

/// Parses `html` as the content of `context` and returns the top-level nodes (detached).
pub(super) fn parse_children(context: &TestNode, html: &str) -> Vec<TestNode> {
    let (tag, namespace) = match context.kind() {
        NodeKind::Element { tag, namespace } => (tag, namespace),
        _ => ("body".to_owned(), Namespace::Html),
    };
    let namespace = match namespace {
        Namespace::Html => ns!(html),
        Namespace::Svg => ns!(svg),
        Namespace::MathMl => ns!(mathml),
    };
    let name = QualName::new(None, namespace, tag.as_str().into());
    let dom = parse_fragment(
        RcDom::default(),
        ParseOpts::default(),
        name,
        Vec::new(),
        false,
    )
    .one(html);
    // The fragment's nodes are the children of the `html` element the parser puts them in.
    let root = dom
        .document
        .children
        .borrow()
        .iter()
        .find(|node| matches!(&node.data, NodeData::Element { name, .. } if name.local == local_name!("html")))
        .cloned();
    let Some(root) = root else {
        return Vec::new();
    };
    let children = root.children.borrow().clone();
    children.iter().filter_map(convert).collect()
}

fn convert(node: &Handle) -> Option<TestNode> {
    match &node.data {
        NodeData::Text { contents } => {
            Some(TestNode::new(NodeKind::Text(contents.borrow().to_string())))
        }
        NodeData::Comment { contents } => {
            Some(TestNode::new(NodeKind::Comment(contents.to_string())))
        }
        NodeData::Element {
            name,
            attrs,
            template_contents,
            ..
        } => {
            let namespace = if name.ns == ns!(svg) {
                Namespace::Svg
            } else if name.ns == ns!(mathml) {
                Namespace::MathMl
            } else {
                Namespace::Html
            };
            let element = TestNode::new(NodeKind::Element {
                tag: name.local.to_string(),
                namespace,
            });
            for attribute in attrs.borrow().iter() {
                element.set_attribute(&attribute.name.local, &attribute.value);
            }
            let contents = template_contents.borrow().clone();
            let children = contents.as_ref().unwrap_or(node).children.borrow().clone();
            for child in children.iter().filter_map(convert) {
                element.insert_before(&child, None);
            }
            Some(element)
        }
        _ => None,
    }
}
