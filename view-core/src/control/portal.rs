//! `<Portal/>`: mounts its children elsewhere (an element given as `mount`, or the body), as
//! Leptos's.

use view_macro::component;

use crate::hydration::Cursor;
use crate::reactive::{Scope, capture_owner, scoped};
use crate::ssr::render_html::{MARKER, marker_bytes, push_marker};
use crate::{AnyViewState, ChildrenFn, DefaultRenderer, Mountable, Render, RenderHtml, Renderer};

/// The target: `mount`, or the renderer's document body.
fn target<R: Renderer>(mount: Option<R::Element>) -> R::Element {
    match mount.or_else(R::body) {
        Some(target) => target,
        None => panic!(
            "<Portal/>: this renderer has no document body (`Renderer::body` is `None`); \
             give the portal a `mount` element"
        ),
    }
}

/// Mounts its children at the end of another element, `mount` (by default the document body),
/// rather than where it stands, as Leptos's `<Portal/>`: for modals, toasts and tooltips that
/// must escape an `overflow: hidden` or stacking context.
///
/// The children are mounted while the portal is (shown by a `Show`, say) and removed when it is
/// unmounted or dropped; they stay reactive and keep the reactive context of where the portal
/// stands. In place, the portal leaves a placeholder node. Server rendering writes nothing
/// (neither in place nor in the target; there is no hydration yet). `is_svg` is accepted for
/// Leptos compatibility and changes nothing (elements carry their namespace); `use_shadow` is
/// not supported.
///
/// Generic over the renderer, as [`Show`](crate::Show): `mount` is the renderer's element
/// type (`web_sys::Element` in the browser, [`TestNode`](crate::testing::TestNode) natively).
///
/// # Panics
/// When built without `mount` for a renderer that has no document body
/// ([`Renderer::body`] is `None`; the DOM and the test renderer have one).
///
/// ```
/// use view_core::prelude::*;
/// use view_core::testing::{TestNode, TestRenderer};
///
/// let overlay = TestNode::element("div");
/// let app = {
///     let overlay = overlay.clone();
///     move || view! {
///         <main>
///             <p>"page"</p>
///             <Portal mount=overlay><dialog open>"Hi"</dialog></Portal>
///         </main>
///     }
/// };
/// assert_eq!(app.clone()().to_html(), "<main><p>page</p><!></main>");
///
/// let root = TestNode::element("body");
/// let handle = view_core::mount_on::<TestRenderer, _>(&root, app);
/// assert_eq!(overlay.inner_html(), "<dialog open>Hi</dialog><!---->");
/// drop(handle);
/// assert_eq!(overlay.inner_html(), "");
/// ```
#[component]
pub fn Portal<R: Renderer>(
    /// What is mounted in `mount`.
    children: ChildrenFn<R>,
    /// Where the children go (appended); by default the document body.
    #[prop(optional, into)]
    mount: Option<R::Element>,
    /// Accepted for Leptos compatibility; has no effect.
    #[prop(optional)]
    is_svg: bool,
) -> PortalView<R> {
    let _ = is_svg;
    PortalView { children, mount }
}

/// The view of a [`Portal`]: its children, mounted in another element.
#[must_use = "a view does nothing until it is rendered or mounted"]
pub struct PortalView<R: Renderer = DefaultRenderer> {
    children: ChildrenFn<R>,
    mount: Option<R::Element>,
}

impl<R: Renderer> RenderHtml for PortalView<R> {
    const MAY_START_WITH_TEXT: bool = false;
    const MAY_END_WITH_TEXT: bool = false;

    fn html_len(&self) -> usize {
        marker_bytes(MARKER.len())
    }
    /// Writes only the placeholder the portal leaves in place: the children belong to another
    /// element, and are rendered there in the browser.
    fn write_html(self, buf: &mut String) {
        push_marker(buf);
    }
}

/// Retained state of a [`PortalView`]: the children's state and scope, the element they are
/// mounted in (while the portal is mounted), and the placeholder left in place.
pub struct PortalState<R: Renderer = DefaultRenderer> {
    children: AnyViewState<R>,
    _scope: Scope,
    target: R::Element,
    mounted: bool,
    anchor: R::Placeholder,
}

impl<R: Renderer> PortalState<R> {
    fn attach(&mut self) {
        if !self.mounted {
            self.children.mount(&self.target, None);
            self.mounted = true;
        }
    }
    fn detach(&mut self) {
        if self.mounted {
            self.children.unmount();
            self.mounted = false;
        }
    }
}

impl<R: Renderer> Drop for PortalState<R> {
    fn drop(&mut self) {
        self.detach();
    }
}

impl<R: Renderer> Render<R> for PortalView<R> {
    type State = PortalState<R>;

    fn build(self) -> Self::State {
        let (children, scope) = scoped(&capture_owner(), || (self.children)().build());
        PortalState {
            children,
            _scope: scope,
            target: target::<R>(self.mount),
            mounted: false,
            anchor: R::create_placeholder(),
        }
    }

    /// Claims the placeholder and mounts the children in their target (the server did not
    /// render them there).
    fn hydrate(self, cursor: &mut Cursor<R>) -> Self::State {
        let (children, scope) = scoped(&capture_owner(), || (self.children)().build());
        let mut state = PortalState {
            children,
            _scope: scope,
            target: target::<R>(self.mount),
            mounted: false,
            anchor: cursor.placeholder(),
        };
        state.attach();
        state
    }

    fn rebuild(self, state: &mut Self::State) {
        (self.children)().rebuild(&mut state.children);
        let target = target::<R>(self.mount);
        if !R::same_node(target.as_ref(), state.target.as_ref()) {
            let mounted = state.mounted;
            state.detach();
            state.target = target;
            if mounted {
                state.attach();
            }
        }
    }
}

/// The portal's own node is its placeholder: it has no root elements where it stands.
impl<R: Renderer> Mountable<R> for PortalState<R> {
    fn mount(&mut self, parent: &R::Element, marker: Option<&R::Node>) {
        R::insert_before(parent, self.anchor.as_ref(), marker);
        self.attach();
    }
    fn unmount(&mut self) {
        R::remove(self.anchor.as_ref());
        self.detach();
    }
    fn first_node(&self) -> Option<R::Node> {
        let anchor: &R::Node = self.anchor.as_ref();
        Some(anchor.clone())
    }
    fn root_elements(&self, _f: &mut dyn FnMut(&R::Element)) {}
}
