//! Mounting: [`mount_to`] and [`mount_to_body`] build a view into a live parent and return a
//! [`MountHandle`] that unmounts it on drop.

use crate::{DefaultRenderer, Mountable, Render, Renderer};

/// A mounted view. Dropping the handle (or calling [`unmount`](Self::unmount)) removes the
/// view's nodes, drops its listeners and effects, and — with the `reactive_graph` feature —
/// disposes the reactive owner the view was created in (its signals, memos and cleanups).
/// [`forget`](Self::forget) keeps the view mounted for the rest of the program.
#[must_use = "dropping the handle unmounts the view at once; call `.forget()` to keep it"]
pub struct MountHandle<R: Renderer = DefaultRenderer> {
    state: Option<Box<dyn Mountable<R>>>,
    #[cfg(feature = "reactive_graph")]
    owner: Option<::reactive_graph::owner::Owner>,
}

impl<R: Renderer> std::fmt::Debug for MountHandle<R> {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("MountHandle")
            .field("mounted", &self.state.is_some())
            .finish()
    }
}

impl<R: Renderer> MountHandle<R> {
    /// Unmounts the view now (the same as dropping the handle).
    pub fn unmount(self) {}

    /// Keeps the view mounted (and its effects running) for the rest of the program.
    pub fn forget(self) {
        std::mem::forget(self)
    }
}

impl<R: Renderer> Drop for MountHandle<R> {
    fn drop(&mut self) {
        if let Some(mut state) = self.state.take() {
            state.unmount();
            // Dropping the state drops its effects and listener handles.
            drop(state);
        }
        #[cfg(feature = "reactive_graph")]
        if let Some(owner) = self.owner.take() {
            owner.cleanup();
        }
    }
}

/// Builds the view returned by `view` and appends it to `parent`.
///
/// `view` runs once, inside a new reactive owner when the `reactive_graph` feature is on, so
/// signals and effects it creates are disposed when the handle is dropped.
///
/// ```
/// use view_core::prelude::*;
/// use view_core::testing::{TestNode, TestRenderer};
///
/// let root = TestNode::element("main");
/// let handle = view_core::mount_to::<TestRenderer, _>(&root, || view_core::html::p().child("hi"));
/// assert_eq!(root.inner_html(), "<p>hi</p>");
/// drop(handle);
/// assert_eq!(root.inner_html(), "");
/// ```
pub fn mount_to<R, V>(parent: &R::Element, view: impl FnOnce() -> V) -> MountHandle<R>
where
    R: Renderer,
    V: Render<R>,
    V::State: 'static,
{
    let build = || {
        let mut state = view().build();
        state.mount(parent, None);
        Box::new(state) as Box<dyn Mountable<R>>
    };
    #[cfg(feature = "reactive_graph")]
    {
        let owner = ::reactive_graph::owner::Owner::new();
        let state = owner.with(build);
        MountHandle {
            state: Some(state),
            owner: Some(owner),
        }
    }
    #[cfg(not(feature = "reactive_graph"))]
    {
        MountHandle {
            state: Some(build()),
        }
    }
}

/// Builds the view returned by `view` and appends it to the document body of the
/// [`DefaultRenderer`]: in the browser, `document.body`; natively, this thread's
/// [`testing::body`](crate::testing::body).
///
/// ```
/// use view_core::prelude::*;
///
/// let handle = mount_to_body(|| view_core::html::h1().child("Hello"));
/// assert_eq!(view_core::testing::body().inner_html(), "<h1>Hello</h1>");
/// drop(handle);
/// ```
#[cfg(not(target_arch = "wasm32"))]
pub fn mount_to_body<V>(view: impl FnOnce() -> V) -> MountHandle<DefaultRenderer>
where
    V: Render<DefaultRenderer>,
    V::State: 'static,
{
    mount_to::<DefaultRenderer, V>(&crate::testing::body(), view)
}

/// Builds the view returned by `view` and appends it to `document.body`.
///
/// # Panics
/// If the document has no body yet (see [`Dom::body`](crate::dom::Dom::body)).
#[cfg(target_arch = "wasm32")]
pub fn mount_to_body<V>(view: impl FnOnce() -> V) -> MountHandle<DefaultRenderer>
where
    V: Render<DefaultRenderer>,
    V::State: 'static,
{
    mount_to::<DefaultRenderer, V>(&crate::dom::Dom::body(), view)
}
