//! [`hydrate_to`] and [`hydrate_body`]: the entry points (feature `hydrate`).

use super::{Cursor, early_events};
use crate::renderer::mount::{MountHandle, MountParent, attach, body};
use crate::{DefaultRenderer, Render, Renderer};

/// Hydrates the view returned by `view` on `parent`, whose children are that view's server
/// HTML, and returns the same handle [`mount_on`](crate::mount_on) returns: dropping it
/// unmounts the view. Events and reactive updates then work as after a mount.
/// [`MountHandle::mismatches`] lists what differed (each was repaired).
///
/// ```
/// use view_core::prelude::*;
/// use view_core::testing::{self, TestNode};
///
/// #[component]
/// fn Counter() -> impl IntoView {
///     let (count, set_count) = signal(1);
///     view! { <button on:click=move |_| set_count.update(|n| *n += 1)>{count}</button> }
/// }
///
/// let html = view! { <Counter/> }.to_html();
/// let root = TestNode::element("main");
/// root.set_inner_html_parsed(&html);
/// testing::reset_counters();
/// let handle = view_core::hydrate_to(&root, Counter);
/// assert!(handle.mismatches().is_empty());
/// assert_eq!(testing::counters().creates, 0);
/// testing::click(&root.query_selector("button").unwrap());
/// assert_eq!(root.inner_html(), "<button>2</button>");
/// ```
#[must_use = "dropping the handle unmounts the view at once; call `.forget()` to keep it"]
pub fn hydrate_to<R, V>(parent: impl MountParent<R>, view: impl FnOnce() -> V) -> MountHandle<R>
where
    R: Renderer,
    V: Render<R>,
    V::State: 'static,
{
    let parent = parent.element();
    let handle = attach(|| {
        let mut cursor = Cursor::root(parent);
        let state = view().hydrate(&mut cursor);
        let reports = cursor.finish_root();
        (state, reports)
    });
    early_events::replay();
    handle
}

/// Hydrates the app returned by `view` on the document body (in the browser,
/// `document.body`; natively, this thread's [`testing::body`](crate::testing::body)), for the
/// rest of the program, as [`mount_to_body`](crate::mount_to_body) mounts it.
pub fn hydrate_body<V>(view: impl FnOnce() -> V) -> MountHandle<DefaultRenderer>
where
    V: Render<DefaultRenderer>,
    V::State: 'static,
{
    let mut handle = hydrate_to::<DefaultRenderer, V>(&body(), view);
    handle.keep_mounted();
    handle
}
