//! The browser DOM renderer: [`Dom`], on `web-sys` (compiled for `wasm32` only).
//!
//! Every [`Renderer`] operation is one DOM call: no virtual DOM, no diffing here. The
//! `document` is looked up once per thread and cached.
//!
//! # Events
//! By default listeners are attached **directly** to their element (`addEventListener`), one
//! per `on(..)`. The browser then does all the dispatching itself, so `stopPropagation`,
//! `stopImmediatePropagation`, `preventDefault`, capture, non-bubbling events (`focus`, `blur`,
//! `mouseenter`, …) and shadow roots behave exactly as they do for hand-written listeners. The
//! [`ListenerHandle`] removes the listener and frees its closure when dropped.
//!
//! With the `delegation` cargo feature, bubbling `composed` events (`click`, `input`,
//! `keydown`, `pointer*`, …) without `:capture` or `:undelegated` are delegated instead: one
//! listener per event type on the document walks `composedPath()` and calls each element's
//! handlers (see `listener.rs` for the rules and the differences).
//!
//! # Strings
//! Names are [interned](wasm_bindgen::intern) when the `intern` cargo feature is on: tag
//! names, attribute, class, style-property and property names, and event names are then kept
//! as JS strings after their first use, so creating the thousandth `<td class="col-md-1">`
//! decodes no UTF-8. Values (text, attribute values) are always sent as they are. The cache
//! keeps each distinct name once for the page's lifetime, so class names built from unbounded
//! data (`format!("row-{id}")`) would each stay cached. Without the feature `intern` does
//! nothing.

mod listener;
mod typed_element;
mod typed_event;

pub use listener::ListenerHandle;
pub use typed_element::DomElementType;

use wasm_bindgen::{JsCast, JsValue, intern};

use crate::{ExistingNode, Namespace, PropertyValue, Renderer};

thread_local! {
    static DOCUMENT: web_sys::Document = web_sys::window()
        .and_then(|window| window.document())
        .expect("view_core::dom needs a `window` with a `document` (run it in a browser)");
    /// One prototype per template call site (keyed by the skeleton's address), parsed once.
    static PROTOTYPES: std::cell::RefCell<rustc_hash::FxHashMap<usize, Option<web_sys::Node>>> =
        std::cell::RefCell::new(rustc_hash::FxHashMap::default());
}

/// Parses `skeleton`'s HTML into a `<template>` and returns its root element with the `<!>`
/// markers removed (they only keep adjacent texts apart while parsing), or `None` when the
/// skeleton cannot be cloned this way.
fn prototype(skeleton: &'static crate::template::Skeleton) -> Option<web_sys::Node> {
    use crate::template::SkeletonNode;
    // Only roots the HTML parser creates in their own namespace from a `<template>`.
    match skeleton.nodes.first() {
        Some(SkeletonNode::Element {
            namespace: Namespace::Html,
            ..
        }) => {}
        Some(SkeletonNode::Element {
            tag: "svg" | "math",
            ..
        }) => {}
        _ => return None,
    }
    if skeleton.html.is_empty() {
        return None;
    }
    let template = DOCUMENT
        .with(|document| document.create_element("template"))
        .ok()?;
    template.set_inner_html(skeleton.html);
    let content: web_sys::DocumentFragment =
        js_sys::Reflect::get(&template, &JsValue::from_str("content"))
            .ok()?
            .dyn_into()
            .ok()?;
    let root = content.first_child()?;
    remove_comments(&root);
    Some(root)
}

/// Removes every comment node under `node`.
fn remove_comments(node: &web_sys::Node) {
    let mut child = node.first_child();
    while let Some(current) = child {
        child = current.next_sibling();
        if current.node_type() == web_sys::Node::COMMENT_NODE {
            let _ = node.remove_child(&current);
        } else {
            remove_comments(&current);
        }
    }
}

/// The browser DOM, through `web-sys`.
///
/// Node types: [`web_sys::Node`], [`web_sys::Element`], [`web_sys::Text`], and a
/// [`web_sys::Comment`] as placeholder; listeners receive a [`web_sys::Event`].
///
/// ```no_run
/// # // no_run: needs a browser.
/// use view_core::dom::Dom;
/// use view_core::{Mountable, Render};
///
/// let mut state = Render::<Dom>::build(view_core::html::p().child("Hello"));
/// state.mount(&Dom::body(), None);
/// ```
#[derive(Debug)]
pub enum Dom {}

impl Dom {
    /// The page's `document` (cached per thread).
    pub fn document() -> web_sys::Document {
        DOCUMENT.with(Clone::clone)
    }

    /// The page's `<body>` element, to mount an application into.
    ///
    /// # Panics
    /// If the document has no body (a script running in `<head>` before `<body>` is parsed).
    pub fn body() -> web_sys::Element {
        Dom::document()
            .body()
            .expect("the document has no <body> yet: load the script with `defer` or `type=module`")
            .into()
    }
}

/// Panics with a fixed message. DOM failures are reported without formatting the name or the
/// JS error: `{:?}` would link `core::fmt`'s `Debug` machinery (string escaping and its
/// Unicode tables, several KiB of wasm) into every app, for text that wasm32's default panic
/// hook (no stderr) never shows; a panic hook that logs to the console still gets the message.
#[cold]
#[inline(never)]
pub(crate) fn fail(message: &'static str) -> ! {
    panic!("{}", message)
}

/// Whether `error` (a DOM exception) has the name `name`.
#[cold]
fn is_dom_error(error: &JsValue, name: &str) -> bool {
    js_sys::Reflect::get(error, &JsValue::from_str("name"))
        .ok()
        .and_then(|value| value.as_string())
        .is_some_and(|value| value == name)
}

/// `DOMTokenList` "validate a token" (DOM § 7.1), done here for the one path that does not go
/// through `classList`: the DOM throws for an empty token or one with ASCII whitespace.
fn check_class_token(class: &str) {
    if class.is_empty() {
        fail("SyntaxError: add_class: the class token is empty");
    }
    if class.bytes().any(|b| b.is_ascii_whitespace()) {
        fail("InvalidCharacterError: add_class: the class token contains ASCII whitespace");
    }
}

/// `value` without its `!important` suffix (ASCII case-insensitive, whitespace allowed after
/// `!`), when it has one: the attribute form `color: red !important` that SSR writes.
fn important(value: &str) -> Option<&str> {
    let (rest, suffix) = value.trim_end().rsplit_once('!')?;
    suffix
        .trim_start()
        .eq_ignore_ascii_case("important")
        .then(|| rest.trim_end())
}

fn js_property_value(value: &PropertyValue) -> JsValue {
    match value {
        PropertyValue::Unset => JsValue::UNDEFINED,
        PropertyValue::Bool(value) => JsValue::from_bool(*value),
        PropertyValue::Number(value) => JsValue::from_f64(*value),
        PropertyValue::Str(value) => JsValue::from_str(value),
    }
}

/// The element's inline style declaration. `style` exists on HTML, SVG and MathML elements
/// alike (`ElementCSSInlineStyle`), so it is read as a property instead of through one of
/// web-sys's per-namespace element types.
fn inline_style(element: &web_sys::Element) -> Option<web_sys::CssStyleDeclaration> {
    js_sys::Reflect::get(element, &JsValue::from_str("style"))
        .ok()
        .and_then(|style| style.dyn_into().ok())
}

impl Renderer for Dom {
    type Node = web_sys::Node;
    type Element = web_sys::Element;
    type Text = web_sys::Text;
    type Placeholder = web_sys::Comment;
    type Event = web_sys::Event;
    type ListenerHandle = ListenerHandle;

    fn body() -> Option<web_sys::Element> {
        Some(Dom::body())
    }

    fn create_element(tag: &str, namespace: Namespace) -> web_sys::Element {
        let created = DOCUMENT.with(|document| match namespace {
            Namespace::Html => document.create_element(intern(tag)),
            Namespace::Svg | Namespace::MathMl => {
                document.create_element_ns(Some(namespace.uri()), intern(tag))
            }
        });
        created.unwrap_or_else(|_| {
            fail("InvalidCharacterError: create_element: the tag is not a valid element name")
        })
    }

    fn create_text(data: &str) -> web_sys::Text {
        DOCUMENT.with(|document| document.create_text_node(data))
    }

    fn create_integer_text(value: i64) -> web_sys::Text {
        // Integers of at most 53 bits are exact as a JS number, whose decimal form JavaScript
        // writes itself; larger ones are sent as a string.
        const EXACT: i64 = 1 << 53;
        if (-EXACT..=EXACT).contains(&value) {
            #[expect(
                clippy::cast_precision_loss,
                reason = "|value| <= 2^53 is exact in f64"
            )]
            create_text_node_from_number(value as f64)
        } else {
            Dom::create_text(itoa::Buffer::new().format(value))
        }
    }

    fn create_placeholder() -> web_sys::Comment {
        DOCUMENT.with(|document| document.create_comment(""))
    }

    fn set_text(node: &web_sys::Text, data: &str) {
        node.set_data(data);
    }

    fn set_attribute(element: &web_sys::Element, name: &str, value: &str) {
        // Names are validated before they reach the renderer, so this cannot fail.
        if element.set_attribute(intern(name), value).is_err() {
            fail("InvalidCharacterError: set_attribute: the name is not a valid attribute name");
        }
    }

    fn remove_attribute(element: &web_sys::Element, name: &str) {
        if element.remove_attribute(intern(name)).is_err() {
            fail("remove_attribute failed");
        }
    }

    fn add_class(element: &web_sys::Element, class: &str) {
        // An element being built has no `class` attribute yet: setting it is one call and
        // allocates no `DOMTokenList`. `setAttribute` accepts any value, so the token is checked
        // as `classList.add` would (a `"a b"` must fail on the first class as on the second).
        if !element.has_attribute(intern("class")) {
            check_class_token(class);
            return Dom::set_attribute(element, "class", intern(class));
        }
        if let Err(error) = element.class_list().add_1(intern(class)) {
            if is_dom_error(&error, "SyntaxError") {
                fail("SyntaxError: add_class: the class token is empty");
            }
            fail("InvalidCharacterError: add_class: the class token contains ASCII whitespace");
        }
    }

    fn remove_class(element: &web_sys::Element, class: &str) {
        if let Err(error) = element.class_list().remove_1(intern(class)) {
            if is_dom_error(&error, "SyntaxError") {
                fail("SyntaxError: remove_class: the class token is empty");
            }
            fail("InvalidCharacterError: remove_class: the class token contains ASCII whitespace");
        }
    }

    fn set_style(element: &web_sys::Element, property: &str, value: &str) {
        if let Some(style) = inline_style(element) {
            // An invalid CSS value is ignored by the browser, as in a style sheet.
            // `setProperty` takes the priority apart: `"red !important"` would be invalid.
            let _ = match important(value) {
                Some(value) => {
                    style.set_property_with_priority(intern(property), value, "important")
                }
                None => style.set_property(intern(property), value),
            };
        }
    }

    fn remove_style(element: &web_sys::Element, property: &str) {
        if let Some(style) = inline_style(element) {
            let _ = style.remove_property(intern(property));
        }
    }

    fn set_property(element: &web_sys::Element, name: &str, value: &PropertyValue) {
        let set = js_sys::Reflect::set(
            element,
            &JsValue::from_str(intern(name)),
            &js_property_value(value),
        );
        if set.is_err() {
            fail("set_property failed (read-only?)");
        }
    }

    fn get_property(element: &web_sys::Element, name: &str) -> PropertyValue {
        let Ok(value) = js_sys::Reflect::get(element, &JsValue::from_str(intern(name))) else {
            return PropertyValue::Unset;
        };
        if let Some(text) = value.as_string() {
            PropertyValue::Str(text)
        } else if let Some(flag) = value.as_bool() {
            PropertyValue::Bool(flag)
        } else if let Some(number) = value.as_f64() {
            PropertyValue::Number(number)
        } else {
            PropertyValue::Unset
        }
    }

    fn set_inner_html(element: &web_sys::Element, html: &str) {
        element.set_inner_html(html);
    }

    fn insert_before(
        parent: &web_sys::Element,
        node: &web_sys::Node,
        anchor: Option<&web_sys::Node>,
    ) {
        // Fails only for a broken view state: `anchor` is not a child of `parent`, or `node`
        // is `parent` or one of its ancestors. The test renderer panics with the same names.
        if let Err(error) = parent.insert_before(node, anchor) {
            if is_dom_error(&error, "HierarchyRequestError") {
                fail(
                    "HierarchyRequestError: insert_before: the node is the parent or one of its ancestors",
                );
            }
            fail("NotFoundError: insert_before: the anchor is not a child of the parent");
        }
    }

    fn remove(node: &web_sys::Node) {
        if let Some(parent) = node.parent_node() {
            // Cannot fail: `node` is a child of `parent`.
            let _ = parent.remove_child(node);
        }
    }

    fn clone_skeleton(skeleton: &'static crate::template::Skeleton) -> Option<web_sys::Element> {
        let key = std::ptr::from_ref(skeleton) as usize;
        let prototype = PROTOTYPES.with(|prototypes| {
            prototypes
                .borrow_mut()
                .entry(key)
                .or_insert_with(|| prototype(skeleton))
                .clone()
        })?;
        prototype.clone_node_with_deep(true).ok()?.dyn_into().ok()
    }

    fn create_fragment() -> Option<web_sys::Element> {
        // A `DocumentFragment` is a `Node`, not an `Element`; the trait's contract limits it to
        // `insertBefore` and `firstChild`, which `Node` has, so the unchecked cast is never
        // used for an `Element`-only method.
        Some(DOCUMENT.with(|document| document.create_document_fragment().unchecked_into()))
    }

    fn remove_children(parent: &web_sys::Element) {
        parent.set_text_content(None);
    }

    /// `parentNode`, not `parentElement`: a node inside a `DocumentFragment` (a keyed list
    /// builds new rows in one) or directly inside a shadow root has a parent that is not an
    /// element, and a view updated there (an `Option` becoming `Some`) must still insert its
    /// nodes beside its anchor. As with [`create_fragment`](Renderer::create_fragment), the
    /// handle is an `Element` only by an unchecked cast: callers use only `Node` methods on a
    /// parent (`insertBefore`, `firstChild`, `textContent`).
    fn parent(node: &web_sys::Node) -> Option<web_sys::Element> {
        node.parent_node().map(JsCast::unchecked_into)
    }

    fn first_child(node: &web_sys::Node) -> Option<web_sys::Node> {
        node.first_child()
    }

    fn next_sibling(node: &web_sys::Node) -> Option<web_sys::Node> {
        node.next_sibling()
    }

    /// One call into JS: the node type and, for an element, its tag as a [`names`] code (the
    /// tag string crosses the boundary once per page, not once per node).
    fn classify(node: &web_sys::Node) -> Option<ExistingNode<Dom>> {
        match names::classify(node) {
            names::COMMENT => {
                let comment: web_sys::Comment = node.clone().unchecked_into();
                let empty = comment.length() == 0;
                Some(ExistingNode::Comment(comment, empty))
            }
            names::TEXT => {
                let text: web_sys::Text = node.clone().unchecked_into();
                let data = text.data();
                Some(ExistingNode::Text(text, data))
            }
            names::OTHER => None,
            code => {
                let element: web_sys::Element = node.clone().unchecked_into();
                let tag = names::name(code).unwrap_or_else(|| element.local_name());
                Some(ExistingNode::Element(element, tag))
            }
        }
    }

    /// The name and the value cross the boundary as [`names`] codes once both are known (the
    /// literal attributes hydration checks repeat on every row of a list).
    fn attribute(element: &web_sys::Element, name: &str) -> Option<String> {
        names::attribute(element, name)
    }

    fn as_element(node: &web_sys::Node) -> Option<web_sys::Element> {
        node.dyn_ref::<web_sys::Element>().cloned()
    }

    fn same_node(a: &web_sys::Node, b: &web_sys::Node) -> bool {
        a.is_same_node(Some(b))
    }

    fn add_listener(
        element: &web_sys::Element,
        name: &str,
        capture: bool,
        handler: Box<dyn FnMut(web_sys::Event)>,
    ) -> ListenerHandle {
        ListenerHandle::attach(element, intern(name), capture, handler)
    }

    fn add_delegated_listener(
        element: &web_sys::Element,
        name: &str,
        handler: Box<dyn FnMut(web_sys::Event)>,
    ) -> ListenerHandle {
        if cfg!(feature = "delegation") && listener::delegates(name) {
            ListenerHandle::delegate(element, name, handler)
        } else {
            ListenerHandle::attach(element, intern(name), false, handler)
        }
    }
}

#[wasm_bindgen::prelude::wasm_bindgen]
extern "C" {
    /// `document.createTextNode(number)`: JavaScript converts the number to its decimal text.
    #[wasm_bindgen(js_namespace = document, js_name = createTextNode)]
    fn create_text_node_from_number(data: f64) -> web_sys::Text;
}

/// Strings hydration reads often (tag names, the values of templates' literal attributes and
/// their names), shared between wasm and JS as small integer codes: the first time a string is
/// seen it crosses the boundary once and both sides append it to their table; afterwards only
/// its code crosses. Reading `localName` or `getAttribute("class")` directly would decode
/// the name into JS and encode and allocate the result in wasm on every node. The tables keep
/// at most 4,096 strings (a page full of unexpected attribute values falls back to plain
/// reads). The JS half is an `inline_js` snippet, which wasm-bindgen emits for its ES-module
/// targets (`web`, `bundler`, `nodejs`, `experimental-nodejs-module`, not `no-modules`).
mod names {
    use std::cell::RefCell;

    /// `classify`'s answer for a comment, a text, or any other non-element node; elements are
    /// `ELEMENT + code`.
    pub(super) const OTHER: u32 = 0;
    pub(super) const TEXT: u32 = 1;
    pub(super) const COMMENT: u32 = 2;
    const ELEMENT: u32 = 4;
    /// `vc_attribute`'s answer for an absent attribute, and for a value not in the table.
    const ABSENT: u32 = u32::MAX;
    const UNCODED: u32 = u32::MAX - 1;

    #[wasm_bindgen::prelude::wasm_bindgen(inline_js = "
        const table = [];
        const codes = new Map();
        function code(string) {
            let code = codes.get(string);
            if (code === undefined) {
                if (table.length >= 4096) return -1;
                code = table.length;
                table.push(string);
                codes.set(string, code);
            }
            return code;
        }
        export function vc_classify(node) {
            switch (node.nodeType) {
                case 1: { const tag = code(node.localName); return tag < 0 ? 3 : 4 + tag; }
                case 3: return 1;
                case 8: return 2;
                default: return 0;
            }
        }
        export function vc_attribute(element, name) {
            const value = element.getAttribute(table[name]);
            if (value === null) return 0xffffffff;
            const found = code(value);
            return found < 0 ? 0xfffffffe : found;
        }
        export function vc_string(code) { return table[code]; }
        export function vc_code(string) { return code(string); }
    ")]
    extern "C" {
        fn vc_classify(node: &web_sys::Node) -> u32;
        fn vc_attribute(element: &web_sys::Element, name: u32) -> u32;
        fn vc_string(code: u32) -> String;
        fn vc_code(string: &str) -> i32;
    }

    /// The wasm side of the table: the strings by code, and the codes of the attribute names
    /// looked up so far (a handful per app: a linear scan, and no hash map in the wasm).
    #[derive(Default)]
    struct Table {
        strings: Vec<String>,
        names: Vec<(String, u32)>,
    }

    thread_local! {
        static TABLE: RefCell<Table> = RefCell::default();
    }

    /// The node's kind: [`OTHER`], [`TEXT`], [`COMMENT`], or an element's tag code
    /// (`ELEMENT + code`; `ELEMENT - 1` when the table is full), for [`name`].
    pub(super) fn classify(node: &web_sys::Node) -> u32 {
        vc_classify(node)
    }

    /// The string of an element code from [`classify`], or `None` when the table was full.
    pub(super) fn name(kind: u32) -> Option<String> {
        kind.checked_sub(ELEMENT).and_then(string)
    }

    /// The string with code `code`, fetched from JS the first time.
    fn string(code: u32) -> Option<String> {
        TABLE.with(|table| {
            let mut table = table.borrow_mut();
            let index = usize::try_from(code).ok()?;
            // Codes are handed out in order on the JS side: catch up with every new one.
            while table.strings.len() <= index {
                let at = u32::try_from(table.strings.len()).unwrap_or(u32::MAX);
                let next = vc_string(at);
                table.strings.push(next);
            }
            table.strings.get(index).cloned()
        })
    }

    /// The code of the attribute name `name`, registering it on both sides, or `None` when the
    /// table is full.
    fn name_code(name: &str) -> Option<u32> {
        let known = TABLE.with(|table| {
            let table = table.borrow();
            table
                .names
                .iter()
                .find(|(known, _)| known == name)
                .map(|&(_, code)| code)
        });
        if known.is_some() {
            return known;
        }
        let code = u32::try_from(vc_code(name)).ok()?;
        // Fills the wasm side up to `code` (JS may have added strings meanwhile).
        string(code)?;
        TABLE.with(|table| table.borrow_mut().names.push((name.to_owned(), code)));
        Some(code)
    }

    /// `element.getAttribute(name)`, with name and value passed as codes when possible.
    pub(super) fn attribute(element: &web_sys::Element, name: &str) -> Option<String> {
        let Some(name_code) = name_code(name) else {
            return element.get_attribute(name);
        };
        match vc_attribute(element, name_code) {
            ABSENT => None,
            UNCODED => element.get_attribute(name),
            value => string(value),
        }
    }
}
