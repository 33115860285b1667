//! [`Static`]: a subtree whose HTML the `view!` macro computed at compile time.
//!
//! `view!` sees which parts of a tree are static (literal text, elements with literal attributes
//! and static children). For such a run it emits one `Static` holding the finished, already
//! escaped HTML as a `&'static str`, plus a function that builds the equivalent builder tree.
//!
//! - Server rendering writes the string in one `push_str`; [`RenderHtml::html_len`] is exact.
//! - Building for a [`Renderer`] calls the function and builds its result node by node, so mounting
//!   and hydration see exactly the nodes the string describes.
//!
//! The const parameters say whether the HTML starts (`START_TEXT`) or ends (`END_TEXT`) with a
//! text node; they feed the `<!>` separator rule between adjacent text children (see
//! [`RenderHtml`]).
//!
//! # Contract
//! `html` must equal `(build)().to_html()`. The macro guarantees it by escaping with the same
//! [`escape`](crate::escape) module the runtime uses. `html` is written unescaped, so only the
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
//! let _ = view_core::Static::<(), false, false>::new("<script>", || ());
//! ```

use crate::{Render, RenderHtml, Renderer};

/// A static subtree: its HTML computed at compile time and a function building the same tree.
///
/// Contract: `html` equals the HTML of what `build` returns (the `view!` macro guarantees it
/// by escaping with the runtime's own [`escape`](crate::escape) module).
///
/// The type names the built view `V`, not the closure `view!` passes: the closure captures
/// nothing and becomes a plain `fn() -> V`. Static subtrees of the same shape (the same tags,
/// different literals) thus share one type and one compiled copy of every method, instead of
/// one per closure.
#[must_use = "a view does nothing until it is rendered or mounted"]
pub struct Static<V, const START_TEXT: bool = false, const END_TEXT: bool = false> {
    html: &'static str,
    build: fn() -> V,
}

impl<V, const S: bool, const E: bool> Clone for Static<V, S, E> {
    fn clone(&self) -> Self {
        *self
    }
}

impl<V, const S: bool, const E: bool> Copy for Static<V, S, E> {}

impl<V, const S: bool, const E: bool> std::fmt::Debug for Static<V, S, E> {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("Static")
            .field("html", &self.html)
            .finish_non_exhaustive()
    }
}

impl<V, const S: bool, const E: bool> Static<V, S, E> {
    /// A static subtree whose HTML is `html` (already escaped) and whose nodes `build` creates.
    /// Crate-private: `view!` reaches it through
    /// `__private::static_view`.
    pub(crate) const fn new(html: &'static str, build: fn() -> V) -> Self {
        Static { html, build }
    }

    /// The precomputed HTML.
    pub const fn html(&self) -> &'static str {
        self.html
    }
}

impl<V, const S: bool, const E: bool> RenderHtml for Static<V, S, E> {
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
}

impl<R, V, const S: bool, const E: bool> Render<R> for Static<V, S, E>
where
    R: Renderer,
    V: Render<R>,
{
    type State = V::State;

    fn build(self) -> Self::State {
        (self.build)().build()
    }

    fn rebuild(self, state: &mut Self::State) {
        (self.build)().rebuild(state)
    }
}
