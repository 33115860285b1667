//! [`IntoView`]: what a component returns, and the [`DefaultRenderer`].

use crate::{Render, RenderHtml, Renderer};

/// The renderer views are built for unless one is named: the browser DOM on `wasm32`, the
/// in-memory [`TestRenderer`](crate::testing::TestRenderer) elsewhere.
#[cfg(not(target_arch = "wasm32"))]
pub type DefaultRenderer = crate::testing::TestRenderer;

/// The renderer views are built for unless one is named: the browser DOM on `wasm32`.
#[cfg(target_arch = "wasm32")]
pub type DefaultRenderer = crate::dom::Dom;

/// A value that is a complete view: renders to HTML and builds for renderer `R`.
///
/// Components return `impl IntoView`:
///
/// ```
/// use view_core::prelude::*;
/// use view_core::html::{button, span};
///
/// fn counter(count: i32) -> impl IntoView {
///     (span().child(count), button().child("+1"))
/// }
/// assert_eq!(counter(3).to_html(), "<span>3</span><button>+1</button>");
/// ```
pub trait IntoView<R: Renderer = DefaultRenderer>: RenderHtml + Render<R> + 'static {}

impl<R: Renderer, T: RenderHtml + Render<R> + 'static> IntoView<R> for T {}
