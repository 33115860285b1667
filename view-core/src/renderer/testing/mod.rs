//! An in-memory renderer for native tests: [`TestRenderer`].
//!
//! Build and mount any view into a tree of [`TestNode`]s, then
//!
//! - read it back: [`TestNode::inner_html`], [`TestNode::query_selector`] (a small CSS subset),
//!   [`TestNode::find_by_text`], attributes, classes, styles, properties;
//! - act on it like a user: [`click`], [`set_input_value`], [`key_down`], [`focus`], or any
//!   [`Event`] through [`dispatch`] (capture, target and bubble phases, `stop_propagation`,
//!   `prevent_default`, non-bubbling events);
//! - assert how much work an update did: [`counters`] (creates, inserts, moves, removes, text
//!   and attribute changes, live nodes, live listeners, live effects) and the readable
//!   [`op_log`].
//!
//! Counters and the log are thread-local; Rust's test harness runs each test on its own thread.
//!
//! # As strict as the DOM
//! Every operation the DOM rejects panics here, with the DOM's error name first in the message,
//! so a view that would throw in the browser fails its native tests too:
//!
//! | operation | panics when | DOM error |
//! |---|---|---|
//! | `insert_before` | the anchor is not a child of the parent | `NotFoundError` |
//! | `insert_before` | the node is the parent or one of its ancestors, or the parent is a text or comment node | `HierarchyRequestError` |
//! | `add_class`, `remove_class` | the token is empty | `SyntaxError` |
//! | `add_class`, `remove_class` | the token contains ASCII whitespace | `InvalidCharacterError` |
//! | `set_attribute` | the name is not a valid attribute name (empty, or with ASCII whitespace, NUL, `/`, `=`, `>`) | `InvalidCharacterError` |
//! | `create_element` | the tag is not a valid element name | `InvalidCharacterError` |
//! | [`dispatch`] | the event is being dispatched already | `InvalidStateError` |
//!
//! [`Renderer::parent`] of a node inside a fragment is the fragment, as `parentNode` in the DOM.
//! A listener whose handler dispatches its own event again runs again, as in JavaScript, but
//! after its running call returns (a Rust `FnMut` cannot be re-entered); see [`dispatch`].
//!
//! ```
//! use view_core::prelude::*;
//! use view_core::testing::{self, TestNode, TestRenderer};
//! use view_core::html::button;
//! use std::{cell::Cell, rc::Rc};
//!
//! let clicks = Rc::new(Cell::new(0));
//! let root = TestNode::element("main");
//! let handle = view_core::mount_on::<TestRenderer, _>(&root, {
//!     let clicks = clicks.clone();
//!     move || button().on(ev::click, move |_| clicks.set(clicks.get() + 1)).child("+1")
//! });
//! testing::click(&root.expect("button"));
//! assert_eq!(clicks.get(), 1);
//! drop(handle);
//! assert_eq!(root.inner_html(), "");
//! assert_eq!(testing::counters().live_listeners, 0);
//! ```

mod dispatch;
mod event_fields;
mod node;
#[cfg(feature = "html-parser")]
mod parse;
mod query;

pub use dispatch::{
    Event, Phase, TestListenerHandle, blur, bubbles_by_default, change, click, dispatch,
    double_click, focus, key_down, key_up, set_checked, set_input_value, submit,
};
pub use node::{NodeKind, TestNode};

use std::cell::{Cell, RefCell};
use std::fmt;

use crate::{ExistingNode, Namespace, PropertyValue, Renderer};

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
    /// Bulk removals of all of an element's children ([`Renderer::remove_children`]).
    pub clears: usize,
    /// Text data changes.
    pub text_sets: usize,
    /// Attribute, class, style and property changes.
    pub attribute_sets: usize,
    /// Listeners added.
    pub listeners_added: usize,
    /// Listeners removed by dropping their handle.
    pub listeners_removed: usize,
    /// Nodes currently alive (created and not yet dropped).
    pub live_nodes: usize,
    /// Listeners currently attached.
    pub live_listeners: usize,
    /// Effects currently alive (see [`reactive::live_effects`](crate::reactive::live_effects)).
    pub live_effects: usize,
}

impl Counters {
    /// The DOM-changing operations: inserts, moves, removes, text and attribute sets, listeners
    /// added and removed (creates are not counted: they touch no mounted tree).
    pub fn dom_ops(&self) -> usize {
        self.inserts
            + self.moves
            + self.removes
            + self.clears
            + self.text_sets
            + self.attribute_sets
            + self.listeners_added
            + self.listeners_removed
    }
}

/// One operation of the [`TestRenderer`], as recorded in the [`op_log`]. Nodes are named by
/// their [`node_id`](TestNode::node_id).
#[derive(Clone, Debug, PartialEq)]
pub enum Op {
    /// A node was created.
    Create {
        /// The new node.
        node: u64,
        /// `<tag>`, `"text"` or `<!---->`.
        what: String,
    },
    /// A detached node was inserted.
    Insert {
        /// The parent.
        parent: u64,
        /// The node.
        node: u64,
        /// The node it was inserted before, if any.
        before: Option<u64>,
    },
    /// An attached node was moved.
    Move {
        /// The parent.
        parent: u64,
        /// The node.
        node: u64,
        /// The node it was moved before, if any.
        before: Option<u64>,
    },
    /// A node was removed from its parent.
    Remove {
        /// The node.
        node: u64,
    },
    /// All children of an element were removed at once.
    RemoveChildren {
        /// The parent.
        parent: u64,
    },
    /// A text node's data changed.
    SetText {
        /// The text node.
        node: u64,
        /// The new data.
        data: String,
    },
    /// An attribute, class, style, property or inner HTML changed; `what` reads like
    /// `class+=done` or `attr title="x"`.
    SetAttribute {
        /// The element.
        node: u64,
        /// What changed.
        what: String,
    },
    /// A listener was added.
    AddListener {
        /// The element.
        node: u64,
        /// The event name.
        event: String,
        /// Whether it listens in the capture phase.
        capture: bool,
    },
    /// A listener was removed.
    RemoveListener {
        /// The element.
        node: u64,
        /// The event name.
        event: String,
    },
}

fn write_before(f: &mut fmt::Formatter<'_>, before: Option<u64>) -> fmt::Result {
    match before {
        Some(before) => write!(f, " before #{before}"),
        None => Ok(()),
    }
}

impl fmt::Display for Op {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            Op::Create { node, what } => write!(f, "create #{node} {what}"),
            Op::Insert {
                parent,
                node,
                before,
            } => {
                write!(f, "insert #{node} into #{parent}")?;
                write_before(f, *before)
            }
            Op::Move {
                parent,
                node,
                before,
            } => {
                write!(f, "move #{node} in #{parent}")?;
                write_before(f, *before)
            }
            Op::Remove { node } => write!(f, "remove #{node}"),
            Op::RemoveChildren { parent } => write!(f, "remove children of #{parent}"),
            Op::SetText { node, data } => write!(f, "set_text #{node} {data:?}"),
            Op::SetAttribute { node, what } => write!(f, "set #{node} {what}"),
            Op::AddListener {
                node,
                event,
                capture,
            } => {
                let phase = if *capture { " (capture)" } else { "" };
                write!(f, "listen #{node} {event}{phase}")
            }
            Op::RemoveListener { node, event } => write!(f, "unlisten #{node} {event}"),
        }
    }
}

thread_local! {
    static COUNTERS: Cell<Counters> = Cell::new(Counters::default());
    static LOG: RefCell<Vec<Op>> = const { RefCell::new(Vec::new()) };
    static LOGGING: Cell<bool> = const { Cell::new(true) };
    static CLONING: Cell<bool> = const { Cell::new(true) };
    static DOCUMENT: TestNode = {
        let html = TestNode::element("html");
        html.insert_before(&TestNode::element("body"), None);
        html
    };
}

pub(crate) fn count(change: impl FnOnce(&mut Counters)) {
    COUNTERS.with(|cell| {
        let mut counters = cell.get();
        change(&mut counters);
        cell.set(counters);
    })
}

pub(crate) fn log(op: Op) {
    if LOGGING.with(Cell::get) {
        // `try_with`: a handle dropped while the thread exits must not panic.
        let _ = LOG.try_with(|log| log.borrow_mut().push(op));
    }
}

/// The tag of the test renderer's fragments ([`Renderer::create_fragment`]).
const FRAGMENT: &str = "#document-fragment";

/// Panics as the DOM throws: `error` is the DOM's exception name (`NotFoundError`), `what` the
/// operation and the broken rule.
#[cold]
#[track_caller]
fn dom_error(error: &str, what: fmt::Arguments<'_>) -> ! {
    panic!("{error}: {what}")
}

/// DOM § 4.2.3 "ensure pre-insertion validity", in the DOM's order: the parent can have
/// children, the node is not the parent or one of its ancestors, the anchor is a child of the
/// parent.
#[track_caller]
fn check_insert(parent: &TestNode, node: &TestNode, anchor: Option<&TestNode>) {
    if !matches!(parent.kind(), NodeKind::Element { .. }) {
        dom_error(
            "HierarchyRequestError",
            format_args!(
                "insert_before: the parent #{} is a text or comment node",
                parent.node_id()
            ),
        );
    }
    let mut ancestor = Some(parent.clone());
    while let Some(current) = ancestor {
        if current == *node {
            dom_error(
                "HierarchyRequestError",
                format_args!(
                    "insert_before: node #{} is the parent #{} or one of its ancestors",
                    node.node_id(),
                    parent.node_id()
                ),
            );
        }
        ancestor = current.parent();
    }
    if let Some(anchor) = anchor
        && anchor.parent().as_ref() != Some(parent)
    {
        dom_error(
            "NotFoundError",
            format_args!(
                "insert_before: the anchor is not a child of the parent (anchor #{}, parent #{})",
                anchor.node_id(),
                parent.node_id()
            ),
        );
    }
}

/// DOM § 7.1 `DOMTokenList` "validate a token": not empty, no ASCII whitespace.
#[track_caller]
fn check_class_token(operation: &str, token: &str) {
    if token.is_empty() {
        dom_error(
            "SyntaxError",
            format_args!("{operation}: the class token is empty"),
        );
    }
    if token.bytes().any(|b| b.is_ascii_whitespace()) {
        dom_error(
            "InvalidCharacterError",
            format_args!("{operation}: the class token {token:?} contains ASCII whitespace"),
        );
    }
}

/// Whether `setAttribute` accepts `name`: DOM § "valid attribute local name" (not empty; no
/// ASCII whitespace, NUL, `/`, `=` or `>`).
fn is_valid_attribute_name(name: &str) -> bool {
    !name.is_empty()
        && !name
            .bytes()
            .any(|b| b.is_ascii_whitespace() || matches!(b, b'\0' | b'/' | b'=' | b'>'))
}

/// Whether `createElement` accepts `tag`: DOM § "valid element local name" (an ASCII letter
/// first, then no ASCII whitespace, NUL, `/` or `>`; or a first character that is `:`, `_` or
/// beyond ASCII, then name characters).
fn is_valid_element_name(tag: &str) -> bool {
    let mut chars = tag.chars();
    match chars.next() {
        Some(first) if first.is_ascii_alphabetic() => !tag
            .bytes()
            .any(|b| b.is_ascii_whitespace() || matches!(b, b'\0' | b'/' | b'>')),
        Some(first) if first == ':' || first == '_' || !first.is_ascii() => chars.all(|c| {
            c.is_ascii_alphanumeric() || matches!(c, '-' | '.' | ':' | '_') || !c.is_ascii()
        }),
        _ => false,
    }
}

/// The counters for this thread.
pub fn counters() -> Counters {
    Counters {
        live_effects: crate::reactive::live_effects(),
        ..COUNTERS.with(Cell::get)
    }
}

/// Resets the operation counters and clears the [`op_log`] (the `live_*` counts track real
/// allocations and are kept).
pub fn reset_counters() {
    count(|counters| {
        *counters = Counters {
            live_nodes: counters.live_nodes,
            live_listeners: counters.live_listeners,
            ..Counters::default()
        }
    });
    clear_op_log();
}

/// The operations since the last [`clear_op_log`] or [`reset_counters`], one readable line
/// each (`insert #5 into #1 before #4`).
pub fn op_log() -> Vec<String> {
    LOG.with(|log| log.borrow().iter().map(Op::to_string).collect())
}

/// The operations since the last clear, as values.
pub fn ops() -> Vec<Op> {
    LOG.with(|log| log.borrow().clone())
}

/// Clears the operation log.
pub fn clear_op_log() {
    LOG.with(|log| log.borrow_mut().clear());
}

/// Turns the operation log on or off for this thread (on by default; counters always run).
/// Long stress loops turn it off to save memory.
pub fn set_op_logging(enabled: bool) {
    LOGGING.with(|cell| cell.set(enabled));
    if !enabled {
        clear_op_log();
    }
}

/// Whether templates are instantiated as clones (on by default) or built from their
/// description, as a renderer that cannot clone does. Both make the same nodes; tests switch
/// it off to cover the second path.
///
/// The test renderer's "clone" is a fresh copy of the template's nodes (made with the ordinary
/// create and insert operations, so counters and the log show each node), which is then
/// walked to the nodes the holes need, exactly as a clone of the DOM's prototype is.
pub fn set_template_cloning(enabled: bool) {
    CLONING.with(|cell| cell.set(enabled));
}

/// This thread's document body: a `<body>` inside an `<html>` element, created on first use and
/// never dropped. [`mount_to_body`](crate::mount_to_body) mounts here natively.
pub fn body() -> TestNode {
    DOCUMENT.with(|html| html.children().swap_remove(0))
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

fn set(element: &TestNode, what: impl FnOnce() -> String) {
    count(|c| c.attribute_sets += 1);
    if LOGGING.with(Cell::get) {
        log(Op::SetAttribute {
            node: element.node_id(),
            what: what(),
        });
    }
}

/// Every tag's element is a [`TestNode`]: `NodeRef<E, TestRenderer>::get()` returns it.
impl<E> crate::TypedElement<E> for TestRenderer {
    type Typed = TestNode;
    fn typed(element: TestNode) -> TestNode {
        element
    }
}

impl Renderer for TestRenderer {
    type Node = TestNode;
    type Element = TestNode;
    type Text = TestNode;
    type Placeholder = TestNode;
    type Event = Event;
    type ListenerHandle = TestListenerHandle;

    fn body() -> Option<TestNode> {
        Some(body())
    }

    fn create_element(tag: &str, namespace: Namespace) -> TestNode {
        if !is_valid_element_name(tag) {
            dom_error(
                "InvalidCharacterError",
                format_args!("create_element: {tag:?} is not a valid element name"),
            );
        }
        let node = TestNode::new(NodeKind::Element {
            tag: tag.to_owned(),
            namespace,
        });
        log(Op::Create {
            node: node.node_id(),
            what: format!("<{tag}>"),
        });
        node
    }
    fn create_text(data: &str) -> TestNode {
        let node = TestNode::new(NodeKind::Text(data.to_owned()));
        log(Op::Create {
            node: node.node_id(),
            what: format!("{data:?}"),
        });
        node
    }
    fn create_placeholder() -> TestNode {
        let node = TestNode::new(NodeKind::Comment(String::new()));
        log(Op::Create {
            node: node.node_id(),
            what: "<!---->".to_owned(),
        });
        node
    }
    fn set_text(node: &TestNode, data: &str) {
        count(|c| c.text_sets += 1);
        log(Op::SetText {
            node: node.node_id(),
            data: data.to_owned(),
        });
        node.set_text(data);
    }
    fn set_attribute(element: &TestNode, name: &str, value: &str) {
        if !is_valid_attribute_name(name) {
            dom_error(
                "InvalidCharacterError",
                format_args!("set_attribute: {name:?} is not a valid attribute name"),
            );
        }
        set(element, || format!("attr {name}={value:?}"));
        element.set_attribute(name, value);
    }
    fn remove_attribute(element: &TestNode, name: &str) {
        set(element, || format!("attr -{name}"));
        element.remove_attribute(name);
    }
    fn add_class(element: &TestNode, class: &str) {
        check_class_token("add_class", class);
        set(element, || format!("class+={class}"));
        element.add_class(class);
    }
    fn remove_class(element: &TestNode, class: &str) {
        check_class_token("remove_class", class);
        set(element, || format!("class-={class}"));
        element.remove_class(class);
    }
    fn set_style(element: &TestNode, property: &str, value: &str) {
        set(element, || format!("style {property}: {value}"));
        element.set_style(property, Some(value));
    }
    fn remove_style(element: &TestNode, property: &str) {
        set(element, || format!("style -{property}"));
        element.set_style(property, None);
    }
    fn set_property(element: &TestNode, name: &str, value: &PropertyValue) {
        set(element, || format!("prop {name}={value:?}"));
        element.set_property(name, value.clone());
    }
    /// The property if set, else (for `value`) the `value` attribute, as `input.value` reads
    /// the attribute until the value is changed; a `<select>`'s `value` is its selected
    /// option's ([`TestNode::select_value`]).
    fn get_property(element: &TestNode, name: &str) -> PropertyValue {
        if name == "value" && element.tag().as_deref() == Some("select") {
            return PropertyValue::Str(element.select_value());
        }
        match element.property(name) {
            Some(value) => value,
            None if name == "value" => element
                .attribute("value")
                .map_or(PropertyValue::Unset, PropertyValue::Str),
            None => PropertyValue::Unset,
        }
    }
    fn set_inner_html(element: &TestNode, html: &str) {
        set(element, || format!("inner_html {html:?}"));
        element.set_inner_html(html);
    }
    fn clone_skeleton(skeleton: &'static crate::template::Skeleton) -> Option<TestNode> {
        CLONING
            .with(Cell::get)
            .then(|| crate::view::skeleton::build::<TestRenderer>(skeleton).0)
    }

    fn create_fragment() -> Option<TestNode> {
        let node = TestNode::element(FRAGMENT);
        log(Op::Create {
            node: node.node_id(),
            what: "fragment".to_owned(),
        });
        Some(node)
    }
    fn insert_before(parent: &TestNode, node: &TestNode, anchor: Option<&TestNode>) {
        check_insert(parent, node, anchor);
        // DOM § 4.2.3 "insert before": a reference child that is the node itself means the
        // node's next sibling (the node keeps its place).
        let next;
        let anchor = match anchor {
            Some(anchor) if anchor == node => {
                next = node.next_sibling();
                next.as_ref()
            }
            anchor => anchor,
        };
        let (parent_id, node_id) = (parent.node_id(), node.node_id());
        let before = anchor.map(TestNode::node_id);
        if node.tag().as_deref() == Some(FRAGMENT) {
            // As in the DOM: the fragment's children move, the fragment stays empty.
            count(|c| c.inserts += 1);
            log(Op::Insert {
                parent: parent_id,
                node: node_id,
                before,
            });
            for child in node.children() {
                parent.insert_before(&child, anchor);
            }
            return;
        }
        if node.parent().is_some() {
            count(|c| c.moves += 1);
            log(Op::Move {
                parent: parent_id,
                node: node_id,
                before,
            });
        } else {
            count(|c| c.inserts += 1);
            log(Op::Insert {
                parent: parent_id,
                node: node_id,
                before,
            });
        }
        parent.insert_before(node, anchor);
    }
    /// As the DOM renderer's `remove` (`parentNode?.removeChild(node)`): the node is removed
    /// from the parent it has, so it is always a child of that parent; a detached node is left
    /// as it is.
    fn remove(node: &TestNode) {
        if node.parent().is_some() {
            count(|c| c.removes += 1);
            log(Op::Remove {
                node: node.node_id(),
            });
            node.detach();
        }
    }
    fn remove_children(parent: &TestNode) {
        count(|c| c.clears += 1);
        log(Op::RemoveChildren {
            parent: parent.node_id(),
        });
        parent.remove_children();
    }
    /// The parent node, as `parentNode` in the DOM: for a node inside a fragment, the fragment.
    fn parent(node: &TestNode) -> Option<TestNode> {
        node.parent()
    }
    fn first_child(node: &TestNode) -> Option<TestNode> {
        node.children().into_iter().next()
    }
    fn next_sibling(node: &TestNode) -> Option<TestNode> {
        node.next_sibling()
    }
    fn as_element(node: &TestNode) -> Option<TestNode> {
        matches!(node.kind(), NodeKind::Element { .. }).then(|| node.clone())
    }
    fn attribute(element: &TestNode, name: &str) -> Option<String> {
        element.attribute(name)
    }
    fn classify(node: &TestNode) -> Option<ExistingNode<TestRenderer>> {
        Some(match node.kind() {
            NodeKind::Element { tag, .. } => ExistingNode::Element(node.clone(), tag),
            NodeKind::Text(data) => ExistingNode::Text(node.clone(), data),
            NodeKind::Comment(data) => ExistingNode::Comment(node.clone(), data.is_empty()),
        })
    }
    fn same_node(a: &TestNode, b: &TestNode) -> bool {
        a == b
    }
    fn add_listener(
        element: &TestNode,
        name: &str,
        capture: bool,
        handler: Box<dyn FnMut(Event)>,
    ) -> TestListenerHandle {
        dispatch::add_listener(element, name, capture, handler)
    }
}
