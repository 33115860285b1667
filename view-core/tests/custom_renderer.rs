//! Components render with any renderer (issue 15): a second, minimal [`Renderer`] defined here
//! ([`Tree`]: nodes in `Rc<RefCell<…>>`, its own event type) builds the same `#[component]`s
//! (with `Children<R>`, `into_any()` and event handlers) that the default renderer and SSR use,
//! `<Show>`, `<ErrorBoundary>` and `<Portal>` included.

use std::cell::RefCell;
use std::rc::{Rc, Weak};

use view_core::ev::FromRawEvent;
use view_core::prelude::*;
use view_core::testing::{self, TestNode, TestRenderer};
use view_core::{DefaultRenderer, MountParent, Namespace, PropertyValue, Renderer, mount_on};

// --- the renderer ------------------------------------------------------------------------------

/// A renderer that keeps its nodes in a plain tree and serializes it for assertions.
struct Tree;

enum Kind {
    Element {
        tag: String,
        attributes: Vec<(String, String)>,
        classes: Vec<String>,
    },
    Text(String),
    Comment,
}

struct Data {
    kind: Kind,
    parent: Weak<RefCell<Data>>,
    children: Vec<TreeNode>,
    listeners: Vec<(String, Listener)>,
}

/// A listener's handler, shared so it can run while the node is borrowed elsewhere.
type Listener = Rc<RefCell<Box<dyn FnMut(TreeEvent)>>>;

/// A node of [`Tree`].
#[derive(Clone)]
struct TreeNode(Rc<RefCell<Data>>);

impl AsRef<TreeNode> for TreeNode {
    fn as_ref(&self) -> &TreeNode {
        self
    }
}

impl MountParent<Tree> for TreeNode {
    fn element(&self) -> &TreeNode {
        self
    }
}

/// [`Tree`]'s own event: just a name.
struct TreeEvent(String);

/// Handlers written for the default renderer's events run on [`Tree`]'s too.
impl FromRawEvent<TreeEvent> for testing::Event {
    fn from_raw(raw: TreeEvent) -> Self {
        testing::Event::new(raw.0)
    }
}

impl TreeNode {
    fn new(kind: Kind) -> Self {
        TreeNode(Rc::new(RefCell::new(Data {
            kind,
            parent: Weak::new(),
            children: Vec::new(),
            listeners: Vec::new(),
        })))
    }

    fn element(tag: &str) -> Self {
        TreeNode::new(Kind::Element {
            tag: tag.to_owned(),
            attributes: Vec::new(),
            classes: Vec::new(),
        })
    }

    fn with_element(&self, f: impl FnOnce(&mut Vec<(String, String)>, &mut Vec<String>)) {
        if let Kind::Element {
            attributes,
            classes,
            ..
        } = &mut self.0.borrow_mut().kind
        {
            f(attributes, classes);
        }
    }

    /// The children serialized as HTML-like text (comments as `<!---->`).
    fn inner(&self) -> String {
        self.0
            .borrow()
            .children
            .iter()
            .map(TreeNode::outer)
            .collect()
    }

    fn outer(&self) -> String {
        let data = self.0.borrow();
        match &data.kind {
            Kind::Text(text) => text.clone(),
            Kind::Comment => "<!---->".to_owned(),
            Kind::Element {
                tag,
                attributes,
                classes,
            } => {
                let mut out = format!("<{tag}");
                if !classes.is_empty() {
                    out.push_str(&format!(" class=\"{}\"", classes.join(" ")));
                }
                for (name, value) in attributes {
                    out.push_str(&format!(" {name}=\"{value}\""));
                }
                out.push('>');
                out.extend(data.children.iter().map(TreeNode::outer));
                out.push_str(&format!("</{tag}>"));
                out
            }
        }
    }

    /// The first element named `tag` in this subtree (this node included).
    fn find(&self, tag: &str) -> Option<TreeNode> {
        if matches!(&self.0.borrow().kind, Kind::Element { tag: t, .. } if t == tag) {
            return Some(self.clone());
        }
        let children = self.0.borrow().children.clone();
        children.iter().find_map(|child| child.find(tag))
    }

    /// Calls this node's listeners for `name` (no propagation: enough for these tests).
    fn fire(&self, name: &str) {
        let listeners: Vec<_> = self
            .0
            .borrow()
            .listeners
            .iter()
            .filter(|(event, _)| event == name)
            .map(|(_, handler)| handler.clone())
            .collect();
        for handler in listeners {
            (handler.borrow_mut())(TreeEvent(name.to_owned()));
        }
    }

    fn index_in(&self, parent: &TreeNode) -> Option<usize> {
        parent
            .0
            .borrow()
            .children
            .iter()
            .position(|child| Rc::ptr_eq(&child.0, &self.0))
    }
}

impl Renderer for Tree {
    type Node = TreeNode;
    type Element = TreeNode;
    type Text = TreeNode;
    type Placeholder = TreeNode;
    type Event = TreeEvent;
    type ListenerHandle = ();

    fn create_element(tag: &str, _namespace: Namespace) -> TreeNode {
        TreeNode::element(tag)
    }
    fn create_text(data: &str) -> TreeNode {
        TreeNode::new(Kind::Text(data.to_owned()))
    }
    fn create_placeholder() -> TreeNode {
        TreeNode::new(Kind::Comment)
    }
    fn set_text(node: &TreeNode, data: &str) {
        node.0.borrow_mut().kind = Kind::Text(data.to_owned());
    }
    fn set_attribute(element: &TreeNode, name: &str, value: &str) {
        element.with_element(|attributes, _| {
            match attributes.iter_mut().find(|(n, _)| n == name) {
                Some(attribute) => attribute.1 = value.to_owned(),
                None => attributes.push((name.to_owned(), value.to_owned())),
            }
        });
    }
    fn remove_attribute(element: &TreeNode, name: &str) {
        element.with_element(|attributes, _| attributes.retain(|(n, _)| n != name));
    }
    fn add_class(element: &TreeNode, class: &str) {
        element.with_element(|_, classes| {
            if !classes.iter().any(|c| c == class) {
                classes.push(class.to_owned());
            }
        });
    }
    fn remove_class(element: &TreeNode, class: &str) {
        element.with_element(|_, classes| classes.retain(|c| c != class));
    }
    fn set_style(element: &TreeNode, property: &str, value: &str) {
        Tree::set_attribute(element, &format!("style:{property}"), value);
    }
    fn remove_style(element: &TreeNode, property: &str) {
        Tree::remove_attribute(element, &format!("style:{property}"));
    }
    fn set_property(element: &TreeNode, name: &str, value: &PropertyValue) {
        Tree::set_attribute(element, &format!("prop:{name}"), &format!("{value:?}"));
    }
    fn set_inner_html(element: &TreeNode, html: &str) {
        let text = Tree::create_text(html);
        element.0.borrow_mut().children = vec![text];
    }
    fn insert_before(parent: &TreeNode, node: &TreeNode, anchor: Option<&TreeNode>) {
        Tree::remove(node);
        let index = anchor.and_then(|anchor| anchor.index_in(parent));
        let mut data = parent.0.borrow_mut();
        let index = index.unwrap_or(data.children.len());
        data.children.insert(index, node.clone());
        node.0.borrow_mut().parent = Rc::downgrade(&parent.0);
    }
    fn remove(node: &TreeNode) {
        let Some(parent) = Tree::parent(node) else {
            return;
        };
        if let Some(index) = node.index_in(&parent) {
            parent.0.borrow_mut().children.remove(index);
        }
        node.0.borrow_mut().parent = Weak::new();
    }
    fn parent(node: &TreeNode) -> Option<TreeNode> {
        node.0.borrow().parent.upgrade().map(TreeNode)
    }
    fn first_child(node: &TreeNode) -> Option<TreeNode> {
        node.0.borrow().children.first().cloned()
    }
    fn next_sibling(node: &TreeNode) -> Option<TreeNode> {
        let parent = Tree::parent(node)?;
        let index = node.index_in(&parent)?;
        let data = parent.0.borrow();
        data.children.get(index + 1).cloned()
    }
    fn as_element(node: &TreeNode) -> Option<TreeNode> {
        matches!(node.0.borrow().kind, Kind::Element { .. }).then(|| node.clone())
    }
    fn same_node(a: &TreeNode, b: &TreeNode) -> bool {
        Rc::ptr_eq(&a.0, &b.0)
    }
    fn add_listener(
        element: &TreeNode,
        name: &str,
        _capture: bool,
        handler: Box<dyn FnMut(TreeEvent)>,
    ) {
        element
            .0
            .borrow_mut()
            .listeners
            .push((name.to_owned(), Rc::new(RefCell::new(handler))));
    }
}

// --- components written once -------------------------------------------------------------------

/// A component for any renderer: `Children<R>` in, `impl IntoView<R>` out. Its renderer is
/// not inferred from where it is used (an `impl Trait` hides it), so the caller names it:
/// `<Card<R> …>`.
#[component]
fn Card<R: Renderer>(title: &'static str, children: Children<R>) -> impl IntoView<R> {
    view! {
        <section class="card">
            <h2>{title}</h2>
            {children()}
        </section>
    }
}

/// Branches of different types erased with `into_any()`. Returning `AnyView<R>` (a type that
/// shows its renderer) lets `view!` infer the renderer where the component is used.
#[component]
fn Badge<R: Renderer>(count: ReadSignal<u32>) -> AnyView<R> {
    (move || {
        if count.get() == 0 {
            view! { <i>"none"</i> }.into_any()
        } else {
            view! { <b>{count.get()}</b> }.into_any()
        }
    })
    .into_any()
}

/// A component with state and an event handler, using the two above.
#[component]
fn Counter<R: Renderer>() -> impl IntoView<R>
where
    testing::Event: FromRawEvent<R::Event>,
{
    let (count, set_count) = signal(0u32);
    view! {
        <Card<R> title="Clicks">
            <Badge count/>
            <button on:click=move |_| set_count.update(|n| *n += 1)>"+1"</button>
        </Card<R>>
    }
}

/// A page for the default renderer that uses the generic components: `impl IntoView` is the
/// default renderer's, so the page renders to HTML without naming one.
#[component]
fn Page() -> impl IntoView {
    view! { <main><Counter<DefaultRenderer>/></main> }
}

// --- tests -------------------------------------------------------------------------------------

#[test]
fn a_generic_component_with_children_and_into_any_mounts_on_a_custom_renderer() {
    let root = TreeNode::element("body");
    let _handle = mount_on(&root, || view! { <Counter<Tree>/> });
    assert_eq!(
        root.inner(),
        "<section class=\"card\"><h2>Clicks</h2><i>none</i><!----><!----><button>+1</button><!----></section>"
    );
}

#[test]
fn events_and_signals_update_a_custom_renderer_tree() {
    let root = TreeNode::element("body");
    let _handle = mount_on(&root, || view! { <Counter<Tree>/> });
    let button = root.find("button").expect("the counter has a button");
    button.fire("click");
    assert_eq!(
        root.inner(),
        "<section class=\"card\"><h2>Clicks</h2><b>1</b><!----><!----><button>+1</button><!----></section>"
    );
    button.fire("click");
    assert!(root.inner().contains("<b>2</b>"), "{}", root.inner());
}

#[test]
fn a_component_written_for_the_custom_renderer_only_takes_its_children() {
    #[component]
    fn TreeOnly(children: Children<Tree>) -> impl IntoView<Tree> {
        view! { <div>{children()}</div> }.into_any()
    }
    let root = TreeNode::element("body");
    let _handle = mount_on(&root, || view! { <TreeOnly><p>"inside"</p></TreeOnly> });
    assert_eq!(root.inner(), "<div><p>inside</p><!----></div><!---->");
}

#[test]
fn the_same_generic_components_render_to_html_and_mount_on_the_default_renderer() {
    assert_eq!(
        view! { <Page/> }.to_html(),
        "<main><section class=\"card\"><h2>Clicks</h2><i>none</i><!><!><button>+1</button><!></section></main>"
    );
    let root = TestNode::element("body");
    let _handle = mount_on::<TestRenderer, _>(&root, Page);
    testing::click(&root.expect("button"));
    assert_eq!(
        root.inner_html(),
        "<main><section class=\"card\"><h2>Clicks</h2><b>1</b><!----><!----><button>+1</button><!----></section></main>"
    );
}

// --- control flow with any renderer --------------------------------------------------------------

/// `<Show>`, `<ErrorBoundary>` and `<Portal>` in a component written once for every renderer:
/// their renderer is the component's (inferred from its `impl IntoView<R>`).
#[component]
fn Controls<R: Renderer>(
    shown: ReadSignal<bool>,
    input: ReadSignal<&'static str>,
    target: R::Element,
) -> impl IntoView<R> {
    view! {
        <div>
            <Show when=move || shown.get() fallback=|| view! { <i>"hidden"</i> }>
                <b>"shown"</b>
            </Show>
            <ErrorBoundary fallback=|_| view! { <em>"error"</em> }>
                <p>{move || input.get().parse::<i32>()}</p>
            </ErrorBoundary>
            <Portal mount=target><dialog>"portal"</dialog></Portal>
        </div>
    }
}

#[test]
fn show_error_boundary_and_portal_work_on_a_custom_renderer() {
    let overlay = TreeNode::element("aside");
    let (shown, set_shown) = signal(true);
    let (input, set_input) = signal("1");
    let root = TreeNode::element("body");
    let handle = mount_on(&root, {
        let overlay = overlay.clone();
        move || view! { <Controls<Tree> shown input target=overlay.clone()/> }
    });
    assert_eq!(
        root.inner(),
        "<div><b>shown</b><!----><p>1<!----></p><!----><!----><!----></div>"
    );
    assert_eq!(overlay.inner(), "<dialog>portal</dialog><!---->");

    set_shown.set(false);
    assert!(
        root.inner().starts_with("<div><i>hidden</i>"),
        "{}",
        root.inner()
    );
    set_input.set("x");
    assert!(root.inner().contains("<em>error</em>"), "{}", root.inner());
    assert!(!root.inner().contains("<p>"), "{}", root.inner());
    set_input.set("2");
    assert!(root.inner().contains("<p>2<!----></p>"), "{}", root.inner());

    drop(handle);
    assert_eq!(
        overlay.inner(),
        "",
        "the portal's children leave the target"
    );
}

#[test]
fn the_same_control_flow_component_renders_to_html_and_on_the_default_renderer() {
    #[component]
    fn Page(target: TestNode) -> impl IntoView {
        let (shown, _) = signal(false);
        let (input, _) = signal("x");
        view! { <Controls<DefaultRenderer> shown input target/> }
    }
    let target = TestNode::element("aside");
    assert_eq!(
        view! { <Page target=target.clone()/> }.to_html(),
        "<div><i>hidden</i><!><em>error</em><!><!><!></div>"
    );
    let root = TestNode::element("body");
    let _handle = mount_on::<TestRenderer, _>(&root, {
        let target = target.clone();
        move || view! { <Page target=target.clone()/> }
    });
    assert_eq!(root.expect("i").text_content(), "hidden");
    assert_eq!(root.expect("em").text_content(), "error");
    assert_eq!(target.expect("dialog").text_content(), "portal");
}

#[test]
#[should_panic(expected = "give the portal a `mount` element")]
fn a_portal_without_a_target_on_a_renderer_without_a_body_says_what_to_do() {
    let root = TreeNode::element("body");
    let _handle = mount_on(&root, || {
        view! { <div><Portal><p>"x"</p></Portal></div> }
    });
}

/// The one-line `TypedElement` impl a custom renderer writes for `NodeRef::get()` (its
/// elements are untyped, so every tag gets the tree's node).
impl<E> view_core::TypedElement<E> for Tree {
    type Typed = TreeNode;
    fn typed(element: TreeNode) -> TreeNode {
        element
    }
}

#[test]
fn node_ref_get_works_on_a_custom_renderer() {
    let field: NodeRef<view_core::html::Input, Tree> = NodeRef::new();
    let root = TreeNode::element("body");
    let handle = mount_on(&root, move || view! { <p><input node_ref=field/></p> });
    let input = field.get_untracked().expect("loaded");
    assert_eq!(
        input.outer(),
        "<input></input>",
        "the tree writes every element closed"
    );
    assert!(field.get_element_untracked().is_some());
    drop(handle);
    assert!(field.get_untracked().is_none(), "unloaded with its view");
}
