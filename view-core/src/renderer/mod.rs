//! Renderers: the [`Renderer`] trait (the small set of node operations a backend provides),
//! [`Render`]/[`Mountable`] (views built into retained nodes), mounting, and the two backends
//! that ship with the crate: [`dom`] (the browser; it compiles on every target, its calls need
//! a page) and [`testing`] (in memory, the default renderer on native targets and the one
//! native tests use).

pub mod dom;
pub(crate) mod mount;
pub(crate) mod render;
pub mod testing;

/// The XML namespace an element is created in.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum Namespace {
    /// `http://www.w3.org/1999/xhtml`
    Html,
    /// `http://www.w3.org/2000/svg`
    Svg,
    /// `http://www.w3.org/1998/Math/MathML`
    MathMl,
}

impl Namespace {
    /// The namespace URI.
    pub const fn uri(self) -> &'static str {
        match self {
            Namespace::Html => "http://www.w3.org/1999/xhtml",
            Namespace::Svg => "http://www.w3.org/2000/svg",
            Namespace::MathMl => "http://www.w3.org/1998/Math/MathML",
        }
    }
}

/// A renderer-neutral value for a DOM property (`prop:value`, `prop:checked`).
#[derive(Clone, Debug, PartialEq)]
pub enum PropertyValue {
    /// `undefined`: the property is reset.
    Unset,
    /// A boolean (`checked`, `disabled`).
    Bool(bool),
    /// A number.
    Number(f64),
    /// A string (`value`).
    Str(String),
}

/// An existing node as hydration reads it ([`Renderer::classify`]).
pub enum ExistingNode<R: Renderer> {
    /// An element and its tag name, lowercase for HTML elements.
    Element(R::Element, String),
    /// A text node and its data.
    Text(R::Text, String),
    /// A comment, and whether its data is empty (hydration markers are empty comments, `<!>`;
    /// a comment with text is not one).
    Comment(R::Placeholder, bool),
}

/// A retained-mode UI backend: the browser DOM, the in-memory test renderer, or your own.
///
/// View types never name a renderer; the renderer appears only on the [`Render`](crate::Render)
/// trait (`impl<R: Renderer> Render<R> for …`), so type names stay short and only the renderers
/// a program uses are monomorphized (see `docs/design.md`).
///
/// All operations are associated functions: a renderer is a type, its state (if any) lives in its
/// node handles. Handles are cheap to clone (reference counted or indexes).
pub trait Renderer: Sized + 'static {
    /// Any node.
    type Node: Clone + 'static;
    /// An element node.
    type Element: Clone + AsRef<Self::Node> + 'static;
    /// A text node.
    type Text: Clone + AsRef<Self::Node> + 'static;
    /// A placeholder (comment) node used as an anchor for empty branches and lists.
    type Placeholder: Clone + AsRef<Self::Node> + 'static;
    /// The event value passed to listeners.
    type Event: 'static;
    /// Keeps a listener attached; dropping it removes the listener.
    type ListenerHandle: 'static;

    /// Creates an element `tag` in `namespace`.
    fn create_element(tag: &str, namespace: Namespace) -> Self::Element;
    /// Creates a text node.
    fn create_text(data: &str) -> Self::Text;
    /// Creates a text node showing the integer `value` in decimal. The default formats it and
    /// calls [`create_text`](Self::create_text); the DOM passes the number itself, which
    /// JavaScript converts without decoding a string.
    fn create_integer_text(value: i64) -> Self::Text {
        Self::create_text(itoa::Buffer::new().format(value))
    }
    /// Creates an empty placeholder node.
    fn create_placeholder() -> Self::Placeholder;
    /// Replaces a text node's data.
    fn set_text(node: &Self::Text, data: &str);
    /// Sets an attribute (the name is already validated).
    fn set_attribute(element: &Self::Element, name: &str, value: &str);
    /// Removes an attribute.
    fn remove_attribute(element: &Self::Element, name: &str);
    /// Adds one class to the element's class list.
    fn add_class(element: &Self::Element, class: &str);
    /// Removes one class from the element's class list.
    fn remove_class(element: &Self::Element, class: &str);
    /// Sets one style property (`value` is not escaped; it is a CSSOM value).
    fn set_style(element: &Self::Element, property: &str, value: &str);
    /// Removes one style property.
    fn remove_style(element: &Self::Element, property: &str);
    /// Sets a DOM property (`value`, `checked`, …).
    fn set_property(element: &Self::Element, name: &str, value: &PropertyValue);
    /// Reads the DOM property `name` (`value`, `checked`) of `element`: what two-way bindings
    /// (`bind:value`) read after an `input` or `change` event. The default, for renderers
    /// without properties, is [`PropertyValue::Unset`].
    fn get_property(element: &Self::Element, name: &str) -> PropertyValue {
        let _ = (element, name);
        PropertyValue::Unset
    }
    /// Replaces the element's content with unescaped HTML.
    fn set_inner_html(element: &Self::Element, html: &str);
    /// Inserts `node` into `parent` before `anchor` (at the end when `anchor` is `None`).
    /// Moving a node that is already in the tree is allowed.
    fn insert_before(parent: &Self::Element, node: &Self::Node, anchor: Option<&Self::Node>);
    /// Removes `node` from its parent, if it has one.
    fn remove(node: &Self::Node);
    /// A detached container (the DOM's `DocumentFragment`) to mount many siblings into, then
    /// insert together with one [`insert_before`](Self::insert_before), which moves the
    /// container's children and leaves it empty. Only `insert_before` and `first_child` may be
    /// used on it. `None` (the default) when the backend has none: callers then insert the
    /// siblings one by one.
    fn create_fragment() -> Option<Self::Element> {
        None
    }
    /// Removes every child of `parent` (a keyed list that owns its parent clears it at once).
    /// The default removes them one by one; the DOM overrides it with `textContent = ""`.
    fn remove_children(parent: &Self::Element) {
        while let Some(child) = Self::first_child(parent.as_ref()) {
            Self::remove(&child);
        }
    }
    /// A fresh copy of a template's static nodes ([`Skeleton`](crate::template::Skeleton)),
    /// for renderers that can clone a prototype faster than they build nodes one by one (the
    /// DOM parses [`Skeleton::html`](crate::template::Skeleton::html) into a `<template>` once
    /// per call site and answers with `cloneNode(true)`). The copy must have exactly the
    /// skeleton's nodes; it is walked with [`first_child`](Self::first_child) and
    /// [`next_sibling`](Self::next_sibling) and checked on the way. `None` (the default): the
    /// nodes are built from the description with the other operations.
    fn clone_skeleton(skeleton: &'static crate::template::Skeleton) -> Option<Self::Element> {
        let _ = skeleton;
        None
    }
    /// What an existing node is, for hydration: an element with its tag name (the DOM's
    /// `localName`), a text node with its data, or a comment. `None` for other nodes (a doctype,
    /// a processing instruction) and for renderers that cannot read their nodes back (the
    /// default): hydration then client-renders every view in place, reporting each, so a
    /// renderer without it still ends with a correct tree.
    fn classify(node: &Self::Node) -> Option<ExistingNode<Self>> {
        let _ = node;
        None
    }
    /// The value of `element`'s attribute `name`, if it has one: hydration compares the literal
    /// attributes of a `view!` template with the server's. The default reads nothing (`None`),
    /// so a renderer that implements [`classify`](Self::classify) should implement this too.
    fn attribute(element: &Self::Element, name: &str) -> Option<String> {
        let _ = (element, name);
        None
    }
    /// The document's body: where a [`Portal`](crate::Portal) without a `mount` target mounts
    /// its children. `None` (the default) for a renderer without a document; its portals
    /// need a `mount`.
    fn body() -> Option<Self::Element> {
        None
    }
    /// The parent of `node` (the DOM's `parentNode`: an element, or the fragment that holds it).
    fn parent(node: &Self::Node) -> Option<Self::Element>;
    /// The first child of `node`.
    fn first_child(node: &Self::Node) -> Option<Self::Node>;
    /// The next sibling of `node`.
    fn next_sibling(node: &Self::Node) -> Option<Self::Node>;
    /// `node` as an element, or `None` when it is a text or comment node.
    fn as_element(node: &Self::Node) -> Option<Self::Element>;
    /// Whether `a` and `b` are handles to the same node (identity, not equal content).
    fn same_node(a: &Self::Node, b: &Self::Node) -> bool;
    /// Adds a listener for the event `name`; it stays attached while the handle lives.
    fn add_listener(
        element: &Self::Element,
        name: &str,
        capture: bool,
        handler: Box<dyn FnMut(Self::Event)>,
    ) -> Self::ListenerHandle;
    /// Adds a listener for the bubbling event `name` that the renderer may delegate (handle
    /// from one listener per event type at the root, as the DOM renderer does with its
    /// `delegation` feature). A delegating renderer must call handlers in the order a
    /// bubbling listener on `element` would be called (innermost element first, in
    /// registration order per element), stop at `stopPropagation`, and give handlers the
    /// element as `currentTarget`. The default attaches a direct bubbling listener.
    fn add_delegated_listener(
        element: &Self::Element,
        name: &str,
        handler: Box<dyn FnMut(Self::Event)>,
    ) -> Self::ListenerHandle {
        Self::add_listener(element, name, false, handler)
    }
}
