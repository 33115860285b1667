//! [`Static`]: a subtree whose HTML the `view!` macro computed at compile time.
//!
//! `view!` sees which parts of a tree are static (literal text, elements with literal attributes
//! and static children). For such a run it emits one `Static` holding the finished, already
//! escaped HTML as a `&'static str`, plus the call site's [`Skeleton`] describing its nodes.
//!
//! - Server rendering writes the string in one `push_str`; [`RenderHtml::html_len`] is exact.
//! - Building for a [`Renderer`] makes the nodes the skeleton describes: a clone of a prototype
//!   for a single root element where the renderer can clone (as templates do), else built from
//!   the description, so mounting and hydration see exactly the nodes the string describes.
//!
//! The const parameters say whether the HTML starts (`START_TEXT`) or ends (`END_TEXT`) with a
//! text node; they feed the `<!>` separator rule between adjacent text children (see
//! [`RenderHtml`]).
//!
//! # Contract
//! `html` must be the HTML of the nodes the skeleton describes. The macro guarantees it by
//! escaping with the same [`escape`](crate::escape) module the runtime uses and reading the
//! skeleton back from that HTML. `html` is written unescaped, so only the
//! macro makes a `Static` (there is no public constructor): [`inner_html`] stays the one
//! public door for unescaped markup.
//!
//! [`inner_html`]: crate::HtmlElement::inner_html
//!
//! ```
//! use view_core::prelude::*;
//! let view = view! { <b>"a & b"</b> }; // a `Static`
//! assert_eq!(view.html(), "<b>a &amp; b</b>");
//! assert_eq!(view.to_html(), "<b>a &amp; b</b>");
//! ```
//!
//! ```compile_fail
//! use view_core::template::Skeleton;
//! static S: Skeleton = Skeleton { location: "", html: "", nodes: &[], marks: &[], sites: &[], roots: &[] };
//! let _ = view_core::Static::<false, false>::new("<script>", &S);
//! ```

use super::root_tag::write_static_with_root;
use super::skeleton::{Skeleton, build_roots};
use crate::hydration::{Cursor, Walk};
use crate::{Mountable, Render, RenderHtml, Renderer, RootAttributes};

/// A static subtree (or a run of static siblings): its HTML computed at compile time and the
/// description of the same nodes ([`Skeleton`]) for building them.
///
/// Contract: `html` is the HTML of the nodes `skeleton` describes (the `view!` macro reads the
/// skeleton back from the HTML it escaped with the runtime's own [`escape`](crate::escape)
/// module). Every static run has this one type (per text-boundary flags), whatever its
/// content, so static runs add no types to the program.
#[must_use = "a view does nothing until it is rendered or mounted"]
#[derive(Clone, Copy)]
pub struct Static<const START_TEXT: bool = false, const END_TEXT: bool = false> {
    html: &'static str,
    skeleton: &'static Skeleton,
}

impl<const S: bool, const E: bool> std::fmt::Debug for Static<S, E> {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("Static")
            .field("html", &self.html)
            .finish_non_exhaustive()
    }
}

impl<const S: bool, const E: bool> Static<S, E> {
    /// A static run whose HTML is `html` (already escaped) and whose nodes `skeleton`
    /// describes. Crate-private: `view!` reaches it through `__private::static_view`.
    pub(crate) const fn new(html: &'static str, skeleton: &'static Skeleton) -> Self {
        Static { html, skeleton }
    }

    /// The precomputed HTML.
    pub const fn html(&self) -> &'static str {
        self.html
    }
}

impl<const S: bool, const E: bool> RenderHtml for Static<S, E> {
    const MAY_START_WITH_TEXT: bool = S;
    const MAY_END_WITH_TEXT: bool = E;

    #[inline]
    fn html_len(&self) -> usize {
        self.html.len()
    }

    #[inline]
    fn write_html(self, buf: &mut String) {
        buf.push_str(self.html)
    }

    /// Each root element of the run takes `root`'s attributes at the places the call site
    /// recorded ([`Skeleton::roots`]); texts and comments are written unchanged.
    fn write_html_with_root(self, buf: &mut String, root: &RootAttributes<'_>) {
        write_static_with_root(buf, self.html, self.skeleton.roots, root)
    }
}

impl<R: Renderer, const S: bool, const E: bool> Render<R> for Static<S, E> {
    type State = StaticState<R>;

    fn build(self) -> Self::State {
        StaticState {
            skeleton: self.skeleton,
            nodes: build_roots::<R>(self.skeleton),
        }
    }

    /// Nothing changes unless the value comes from another call site (a list or branch whose
    /// items are static runs of different content): then the nodes are replaced in place.
    fn rebuild(self, state: &mut Self::State) {
        if std::ptr::eq(self.skeleton, state.skeleton) {
            return;
        }
        let nodes = build_roots::<R>(self.skeleton);
        if let Some(first) = state.nodes.first()
            && let Some(parent) = R::parent(first)
        {
            for node in &nodes {
                R::insert_before(&parent, node, Some(first));
            }
        }
        for old in &state.nodes {
            R::remove(old);
        }
        state.nodes = nodes;
        state.skeleton = self.skeleton;
    }

    fn hydrate(self, cursor: &mut Cursor<R>) -> Self::State {
        let skeleton = self.skeleton;
        let nodes = cursor.located(skeleton.location, |cursor| {
            Walk::roots(skeleton, cursor).finish()
        });
        StaticState { skeleton, nodes }
    }
}

/// Retained state of a [`Static`]: its top-level nodes.
pub struct StaticState<R: Renderer> {
    skeleton: &'static Skeleton,
    nodes: Vec<R::Node>,
}

impl<R: Renderer> Mountable<R> for StaticState<R> {
    fn mount(&mut self, parent: &R::Element, marker: Option<&R::Node>) {
        for node in &self.nodes {
            R::insert_before(parent, node, marker);
        }
    }
    fn unmount(&mut self) {
        for node in &self.nodes {
            R::remove(node);
        }
    }
    fn first_node(&self) -> Option<R::Node> {
        self.nodes.first().cloned()
    }
    fn root_elements(&self, f: &mut dyn FnMut(&R::Element)) {
        for node in &self.nodes {
            if let Some(element) = R::as_element(node) {
                f(&element);
            }
        }
    }
}
