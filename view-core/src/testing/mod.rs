//! An in-memory renderer for native tests: [`TestRenderer`].
//!
//! Nodes live in reference-counted cells; every operation is counted in a thread-local
//! [`Counters`] so tests can assert how much work an update did.

mod node;

pub use node::{NodeKind, TestNode};

use std::cell::Cell;

use crate::{Namespace, PropertyValue, Renderer};

/// Operation counts of the [`TestRenderer`] on this thread.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub struct Counters {
    /// Nodes created (elements, text, placeholders).
    pub creates: usize,
    /// Insertions of a node that had no parent.
    pub inserts: usize,
    /// Insertions of a node that already had a parent (moves).
    pub moves: usize,
    /// Removals from a parent.
    pub removes: usize,
    /// Text data changes.
    pub text_sets: usize,
    /// Attribute, class, style and property changes.
    pub attribute_sets: usize,
    /// Nodes currently alive (created and not yet dropped).
    pub live_nodes: usize,
}

thread_local! {
    static COUNTERS: Cell<Counters> = Cell::new(Counters::default());
}

pub(crate) fn count(change: impl FnOnce(&mut Counters)) {
    COUNTERS.with(|cell| {
        let mut counters = cell.get();
        change(&mut counters);
        cell.set(counters);
    })
}

/// The counters for this thread.
pub fn counters() -> Counters {
    COUNTERS.with(Cell::get)
}

/// Resets the operation counters (not `live_nodes`, which tracks real allocations).
pub fn reset_counters() {
    count(|counters| *counters = Counters { live_nodes: counters.live_nodes, ..Counters::default() })
}

/// The in-memory renderer.
///
/// ```
/// use view_core::prelude::*;
/// use view_core::testing::{TestNode, TestRenderer};
/// use view_core::{Mountable, Render};
///
/// let root = TestNode::element("main");
/// let mut state = Render::<TestRenderer>::build(view_core::html::p().class("x").child("hi"));
/// state.mount(&root, None);
/// assert_eq!(root.inner_html(), r#"<p class="x">hi</p>"#);
/// ```
#[derive(Debug)]
pub enum TestRenderer {}

impl Renderer for TestRenderer {
    type Node = TestNode;
    type Element = TestNode;
    type Text = TestNode;
    type Placeholder = TestNode;
    type Event = ();
    type ListenerHandle = ();

    fn create_element(tag: &str, namespace: Namespace) -> TestNode {
        TestNode::new(NodeKind::Element { tag: tag.to_owned(), namespace })
    }
    fn create_text(data: &str) -> TestNode {
        TestNode::new(NodeKind::Text(data.to_owned()))
    }
    fn create_placeholder() -> TestNode {
        TestNode::new(NodeKind::Comment(String::new()))
    }
    fn set_text(node: &TestNode, data: &str) {
        count(|c| c.text_sets += 1);
        node.set_text(data);
    }
    fn set_attribute(element: &TestNode, name: &str, value: &str) {
        count(|c| c.attribute_sets += 1);
        element.set_attribute(name, value);
    }
    fn remove_attribute(element: &TestNode, name: &str) {
        count(|c| c.attribute_sets += 1);
        element.remove_attribute(name);
    }
    fn add_class(element: &TestNode, class: &str) {
        count(|c| c.attribute_sets += 1);
        element.add_class(class);
    }
    fn remove_class(element: &TestNode, class: &str) {
        count(|c| c.attribute_sets += 1);
        element.remove_class(class);
    }
    fn set_style(element: &TestNode, property: &str, value: &str) {
        count(|c| c.attribute_sets += 1);
        element.set_style(property, Some(value));
    }
    fn remove_style(element: &TestNode, property: &str) {
        count(|c| c.attribute_sets += 1);
        element.set_style(property, None);
    }
    fn set_property(element: &TestNode, name: &str, value: &PropertyValue) {
        count(|c| c.attribute_sets += 1);
        element.set_property(name, value.clone());
    }
    fn set_inner_html(element: &TestNode, html: &str) {
        count(|c| c.attribute_sets += 1);
        element.set_inner_html(html);
    }
    fn insert_before(parent: &TestNode, node: &TestNode, anchor: Option<&TestNode>) {
        if node.parent().is_some() {
            count(|c| c.moves += 1);
        } else {
            count(|c| c.inserts += 1);
        }
        parent.insert_before(node, anchor);
    }
    fn remove(node: &TestNode) {
        if node.parent().is_some() {
            count(|c| c.removes += 1);
            node.detach();
        }
    }
    fn parent(node: &TestNode) -> Option<TestNode> {
        node.parent()
    }
    fn first_child(node: &TestNode) -> Option<TestNode> {
        node.children().into_iter().next()
    }
    fn next_sibling(node: &TestNode) -> Option<TestNode> {
        node.next_sibling()
    }
    fn add_listener(
        _element: &TestNode,
        _name: &str,
        _capture: bool,
        _handler: Box<dyn FnMut(())>,
    ) {
    }
}
