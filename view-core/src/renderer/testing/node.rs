//! [`TestNode`]: a node of the in-memory tree.

use std::cell::RefCell;
use std::rc::{Rc, Weak};

use super::count;
use super::dispatch::Listener;
use crate::escape::{escape_attr_into, escape_text_into};
use crate::{Namespace, PropertyValue};

/// What a node is.
#[derive(Clone, Debug, PartialEq)]
pub enum NodeKind {
    /// An element with its tag and namespace.
    Element {
        /// The tag name.
        tag: String,
        /// The namespace.
        namespace: Namespace,
    },
    /// A text node with its data.
    Text(String),
    /// A comment (placeholders are empty comments).
    Comment(String),
}

#[derive(Debug)]
pub(super) struct NodeData {
    id: u64,
    kind: NodeKind,
    parent: Weak<RefCell<NodeData>>,
    children: Vec<TestNode>,
    attributes: Vec<(String, String)>,
    classes: Vec<String>,
    styles: Vec<(String, String)>,
    properties: Vec<(String, PropertyValue)>,
    inner_html: Option<String>,
    pub(super) listeners: Vec<Rc<Listener>>,
}

impl Drop for NodeData {
    fn drop(&mut self) {
        count(|c| c.live_nodes -= 1);
    }
}

thread_local! {
    static NEXT_ID: std::cell::Cell<u64> = const { std::cell::Cell::new(1) };
}

/// A node of the test renderer's tree: a cheap, shared handle.
#[derive(Clone, Debug)]
pub struct TestNode(pub(super) Rc<RefCell<NodeData>>);

impl PartialEq for TestNode {
    fn eq(&self, other: &Self) -> bool {
        Rc::ptr_eq(&self.0, &other.0)
    }
}

/// Natively, a browser element where the test renderer's element is expected: Leptos code such
/// as `<Portal mount=document().get_element_by_id("app").unwrap()>` compiles natively (the
/// default renderer there is the test renderer) and renders its HTML.
///
/// # Panics
/// Always: natively no browser element exists (`document()` panics before one could be
/// obtained), so this is never reached with a real element.
#[cfg(not(target_arch = "wasm32"))]
impl From<web_sys::Element> for TestNode {
    fn from(_element: web_sys::Element) -> Self {
        panic!("a browser element was used natively: there is no page outside the browser")
    }
}

impl AsRef<TestNode> for TestNode {
    fn as_ref(&self) -> &TestNode {
        self
    }
}

impl TestNode {
    pub(crate) fn new(kind: NodeKind) -> TestNode {
        count(|c| {
            c.creates += 1;
            c.live_nodes += 1;
        });
        let id = NEXT_ID.with(|next| {
            let id = next.get();
            next.set(id + 1);
            id
        });
        TestNode(Rc::new(RefCell::new(NodeData {
            id,
            kind,
            parent: Weak::new(),
            children: Vec::new(),
            attributes: Vec::new(),
            classes: Vec::new(),
            styles: Vec::new(),
            properties: Vec::new(),
            inner_html: None,
            listeners: Vec::new(),
        })))
    }

    /// A detached HTML element, e.g. a root to mount into.
    pub fn element(tag: &str) -> TestNode {
        TestNode::new(NodeKind::Element {
            tag: tag.to_owned(),
            namespace: Namespace::Html,
        })
    }

    /// The node's id: unique on this thread, shown in the [operation log](super::op_log) as `#id`.
    pub fn node_id(&self) -> u64 {
        self.0.borrow().id
    }

    /// The tag name, for elements.
    pub fn tag(&self) -> Option<String> {
        match &self.0.borrow().kind {
            NodeKind::Element { tag, .. } => Some(tag.clone()),
            _ => None,
        }
    }

    /// Whether the element's class list contains `class`.
    pub fn has_class(&self, class: &str) -> bool {
        self.0.borrow().classes.iter().any(|c| c == class)
    }

    /// A style property's value.
    pub fn style(&self, property: &str) -> Option<String> {
        self.0
            .borrow()
            .styles
            .iter()
            .find(|(p, _)| p == property)
            .map(|(_, v)| v.clone())
    }

    /// The number of listeners attached to this node.
    pub fn listener_count(&self) -> usize {
        self.0.borrow().listeners.len()
    }

    /// The number of listeners for event `name` attached to this node.
    pub fn listener_count_for(&self, name: &str) -> usize {
        self.0
            .borrow()
            .listeners
            .iter()
            .filter(|l| l.event == name)
            .count()
    }

    /// What this node is.
    pub fn kind(&self) -> NodeKind {
        self.0.borrow().kind.clone()
    }

    /// The parent, if attached.
    pub fn parent(&self) -> Option<TestNode> {
        self.0.borrow().parent.upgrade().map(TestNode)
    }

    /// The children, in order.
    pub fn children(&self) -> Vec<TestNode> {
        self.0.borrow().children.clone()
    }

    /// The next sibling.
    pub fn next_sibling(&self) -> Option<TestNode> {
        let parent = self.parent()?;
        let siblings = parent.0.borrow();
        let index = siblings.children.iter().position(|c| c == self)?;
        siblings.children.get(index + 1).cloned()
    }

    /// The names of the element's attributes, in the order they were first set (`class` and
    /// `style` included when set through the class list or style properties).
    pub fn attribute_names(&self) -> Vec<String> {
        let data = self.0.borrow();
        let mut names: Vec<String> = data.attributes.iter().map(|(n, _)| n.clone()).collect();
        for (synthesized, set) in [
            ("class", !data.classes.is_empty()),
            ("style", !data.styles.is_empty()),
        ] {
            if set && !names.iter().any(|n| n == synthesized) {
                names.push(synthesized.to_owned());
            }
        }
        names
    }

    /// An attribute's value (`class` and `style` are synthesized from the class list and
    /// style properties when set through them).
    pub fn attribute(&self, name: &str) -> Option<String> {
        let data = self.0.borrow();
        match name {
            "class" if !data.classes.is_empty() => Some(data.classes.join(" ")),
            "style" if !data.styles.is_empty() => Some(
                data.styles
                    .iter()
                    .map(|(p, v)| format!("{p}: {v};"))
                    .collect::<Vec<_>>()
                    .join(" "),
            ),
            _ => data
                .attributes
                .iter()
                .find(|(n, _)| n == name)
                .map(|(_, v)| v.clone()),
        }
    }

    /// The `value` an input shows, as `input.value` in the DOM: the `value` property if set,
    /// else the `value` attribute, else empty. A `<select>`'s is its selected option's
    /// (see [`select_value`](Self::select_value)).
    pub fn value(&self) -> String {
        if self.tag().as_deref() == Some("select") {
            return self.select_value();
        }
        match self.property("value") {
            Some(PropertyValue::Str(value)) => value,
            Some(PropertyValue::Number(number)) => number.to_string(),
            Some(PropertyValue::Bool(flag)) => flag.to_string(),
            Some(PropertyValue::Unset) | None => self.attribute("value").unwrap_or_default(),
        }
    }

    /// A `<select>`'s value as the DOM computes it (HTML § 4.10.7): with the `value` property
    /// set, that value if an option has it, else empty (no option is selected); otherwise the
    /// value of the last option with a `selected` attribute, else of the first option, else
    /// empty. The `value` attribute counts for nothing, as in a browser. An option's value is
    /// its `value` attribute, else its text with whitespace stripped and collapsed.
    pub fn select_value(&self) -> String {
        let options: Vec<String> = self
            .find_all_by_tag("option")
            .iter()
            .map(|option| {
                option.attribute("value").unwrap_or_else(|| {
                    option
                        .text_content()
                        .split_ascii_whitespace()
                        .collect::<Vec<_>>()
                        .join(" ")
                })
            })
            .collect();
        match self.property("value") {
            Some(PropertyValue::Str(wanted)) => options
                .into_iter()
                .find(|value| *value == wanted)
                .unwrap_or_default(),
            _ => {
                let selected = self
                    .find_all_by_tag("option")
                    .iter()
                    .rposition(|option| option.attribute("selected").is_some());
                options
                    .into_iter()
                    .nth(selected.unwrap_or(0))
                    .unwrap_or_default()
            }
        }
    }

    /// Sets the `value` property, as `input.set_value(..)` does in the browser (no event is
    /// fired). Handlers written for web-sys's `HtmlInputElement` call it unchanged natively.
    pub fn set_value(&self, value: &str) {
        self.set_property("value", PropertyValue::Str(value.to_owned()));
    }

    /// Sets the `checked` property, as `input.set_checked(..)` does in the browser (no event
    /// is fired).
    pub fn set_checked(&self, checked: bool) {
        self.set_property("checked", PropertyValue::Bool(checked));
    }

    /// Focuses the element as `element.focus()` does in the browser: fires `focus` and
    /// `focusin` at it (see [`testing::focus`](crate::testing::focus)). Returns `Ok` as
    /// web-sys's `focus()` returns a `Result`, so `let _ = input.focus();` ports unchanged.
    pub fn focus(&self) -> Result<(), std::convert::Infallible> {
        crate::testing::focus(self);
        Ok(())
    }

    /// Whether a checkbox is checked: its `checked` property if set, else whether it has the
    /// `checked` attribute.
    pub fn checked(&self) -> bool {
        match self.property("checked") {
            Some(PropertyValue::Bool(flag)) => flag,
            Some(_) => false,
            None => self.attribute("checked").is_some(),
        }
    }

    /// A DOM property's value.
    pub fn property(&self, name: &str) -> Option<PropertyValue> {
        self.0
            .borrow()
            .properties
            .iter()
            .find(|(n, _)| n == name)
            .map(|(_, v)| v.clone())
    }

    /// The text content: the data of a text node, or all descendant text of an element.
    pub fn text_content(&self) -> String {
        let data = self.0.borrow();
        match &data.kind {
            NodeKind::Text(text) => text.clone(),
            NodeKind::Comment(_) => String::new(),
            NodeKind::Element { .. } => data.children.iter().map(TestNode::text_content).collect(),
        }
    }

    pub(crate) fn set_text(&self, text: &str) {
        if let NodeKind::Text(data) | NodeKind::Comment(data) = &mut self.0.borrow_mut().kind {
            text.clone_into(data);
        }
    }

    pub(crate) fn set_attribute(&self, name: &str, value: &str) {
        if name == "class" {
            self.0.borrow_mut().classes =
                value.split_ascii_whitespace().map(str::to_owned).collect();
            return;
        }
        if name == "style" {
            self.0.borrow_mut().styles = value
                .split(';')
                .filter_map(|part| part.split_once(':'))
                .map(|(p, v)| (p.trim().to_owned(), v.trim().to_owned()))
                .collect();
            return;
        }
        let mut data = self.0.borrow_mut();
        match data.attributes.iter_mut().find(|(n, _)| n == name) {
            Some((_, old)) => value.clone_into(old),
            None => data.attributes.push((name.to_owned(), value.to_owned())),
        }
    }

    pub(crate) fn remove_attribute(&self, name: &str) {
        let mut data = self.0.borrow_mut();
        match name {
            "class" => data.classes.clear(),
            "style" => data.styles.clear(),
            _ => data.attributes.retain(|(n, _)| n != name),
        }
    }

    pub(crate) fn add_class(&self, class: &str) {
        let mut data = self.0.borrow_mut();
        if !data.classes.iter().any(|c| c == class) {
            data.classes.push(class.to_owned());
        }
    }

    pub(crate) fn remove_class(&self, class: &str) {
        self.0.borrow_mut().classes.retain(|c| c != class);
    }

    pub(crate) fn set_style(&self, property: &str, value: Option<&str>) {
        let mut data = self.0.borrow_mut();
        data.styles.retain(|(p, _)| p != property);
        if let Some(value) = value {
            data.styles.push((property.to_owned(), value.to_owned()));
        }
    }

    pub(crate) fn set_property(&self, name: &str, value: PropertyValue) {
        let mut data = self.0.borrow_mut();
        data.properties.retain(|(n, _)| n != name);
        data.properties.push((name.to_owned(), value));
    }

    /// Replaces the children with the nodes the browser's parser makes of `html` in this
    /// element's context (html5ever's fragment parsing): how a native test puts server HTML
    /// in place before hydrating it. Counts the nodes it creates, as any creation; reset the
    /// [`counters`](super::counters) afterwards to count what hydration does.
    ///
    /// ```
    /// use view_core::testing::TestNode;
    /// let table = TestNode::element("table");
    /// table.set_inner_html_parsed("<tr><td>1</td></tr>");
    /// // As in a browser, the parser adds the `tbody`.
    /// assert_eq!(table.inner_html(), "<tbody><tr><td>1</td></tr></tbody>");
    /// ```
    #[cfg(feature = "html-parser")]
    pub fn set_inner_html_parsed(&self, html: &str) {
        let children = super::parse::parse_children(self, html);
        self.remove_children();
        for child in &children {
            self.insert_before(child, None);
        }
    }

    /// Without the `html-parser` feature, the HTML is kept as a string and written back as is
    /// by [`inner_html`](Self::inner_html); with it, it is parsed into child nodes.
    pub(crate) fn set_inner_html(&self, html: &str) {
        #[cfg(feature = "html-parser")]
        self.set_inner_html_parsed(html);
        #[cfg(not(feature = "html-parser"))]
        self.set_inner_html_raw(html);
    }

    #[cfg(not(feature = "html-parser"))]
    fn set_inner_html_raw(&self, html: &str) {
        // The replaced children are detached, as in the DOM.
        self.remove_children();
        self.0.borrow_mut().inner_html = Some(html.to_owned());
    }

    /// Detaches every child (the DOM's `textContent = ""` on an element).
    pub(crate) fn remove_children(&self) {
        let children = {
            let mut data = self.0.borrow_mut();
            data.inner_html = None;
            std::mem::take(&mut data.children)
        };
        for child in children {
            child.0.borrow_mut().parent = Weak::new();
        }
    }

    pub(crate) fn insert_before(&self, node: &TestNode, anchor: Option<&TestNode>) {
        node.detach();
        node.0.borrow_mut().parent = Rc::downgrade(&self.0);
        let mut data = self.0.borrow_mut();
        let index = anchor
            .and_then(|anchor| data.children.iter().position(|c| c == anchor))
            .unwrap_or(data.children.len());
        data.children.insert(index, node.clone());
    }

    pub(crate) fn detach(&self) {
        let Some(parent) = self.parent() else { return };
        parent.0.borrow_mut().children.retain(|c| c != self);
        self.0.borrow_mut().parent = Weak::new();
    }

    /// The node's children serialized as HTML (placeholders as `<!---->`).
    pub fn inner_html(&self) -> String {
        let mut out = String::new();
        let data = self.0.borrow();
        if let Some(html) = &data.inner_html {
            out.push_str(html);
        }
        for child in &data.children {
            child.write_outer_html(&mut out);
        }
        out
    }

    /// The node serialized as HTML.
    pub fn outer_html(&self) -> String {
        let mut out = String::new();
        self.write_outer_html(&mut out);
        out
    }

    fn write_outer_html(&self, out: &mut String) {
        let data = self.0.borrow();
        match &data.kind {
            NodeKind::Text(text) => escape_text_into(out, text),
            NodeKind::Comment(text) => {
                out.push_str("<!--");
                out.push_str(text);
                out.push_str("-->");
            }
            NodeKind::Element { tag, .. } => {
                out.push('<');
                out.push_str(tag);
                for name in ["class", "style"] {
                    if let Some(value) = self.attribute_while_borrowed(&data, name) {
                        out.push(' ');
                        out.push_str(name);
                        out.push_str("=\"");
                        escape_attr_into(out, &value);
                        out.push('"');
                    }
                }
                for (name, value) in &data.attributes {
                    out.push(' ');
                    out.push_str(name);
                    if !value.is_empty() {
                        out.push_str("=\"");
                        escape_attr_into(out, value);
                        out.push('"');
                    }
                }
                out.push('>');
                if let Some(html) = &data.inner_html {
                    out.push_str(html);
                }
                for child in &data.children {
                    child.write_outer_html(out);
                }
                out.push_str("</");
                out.push_str(tag);
                out.push('>');
            }
        }
    }

    fn attribute_while_borrowed(&self, data: &NodeData, name: &str) -> Option<String> {
        match name {
            "class" if !data.classes.is_empty() => Some(data.classes.join(" ")),
            "style" if !data.styles.is_empty() => Some(
                data.styles
                    .iter()
                    .map(|(p, v)| format!("{p}: {v};"))
                    .collect::<Vec<_>>()
                    .join(" "),
            ),
            _ => None,
        }
    }
}
