//! [`InnerHtml`]: unescaped content, the one loud door.

use super::{Attribute, RenderAttribute};
use crate::Renderer;

/// Unescaped inner HTML; see [`HtmlElement::inner_html`](crate::HtmlElement::inner_html).
///
/// The inner HTML is the element's content, so an element that has children gets none, in
/// whatever way it comes: `.inner_html()` exists only without children, `view!` rejects
/// `inner_html=` beside children, and an `InnerHtml` inside a spread (`{..attrs}`,
/// `.with(attrs)`) on an element with children fails the build with "a spread sets inner HTML
/// on an element with children". (It is a post-monomorphization error: `cargo build` and
/// `cargo test` report it, `cargo check` does not.) Leptos writes only the inner HTML on the
/// server but both on the client, so hydration then fails; here the two never meet.
///
/// ```compile_fail
/// use view_core::prelude::*;
/// let trusted = view_core::attribute::InnerHtml("<b>trusted</b>");
/// let view = view! { <div {..trusted}><p>"mine"</p></div> };
/// # let _ = view.to_html();
/// ```
#[derive(Clone, Debug)]
pub struct InnerHtml<V>(pub V);

impl<V: AsRef<str>> Attribute for InnerHtml<V> {
    const HAS_INNER_HTML: bool = true;
    const REPLACES_CONTENT: bool = true;
    fn html_len(&self) -> usize {
        0
    }
    fn write_html(&self, _buf: &mut String) {}
    fn inner_html_len(&self) -> usize {
        self.0.as_ref().len()
    }
    fn write_inner_html(&self, buf: &mut String) {
        buf.push_str(self.0.as_ref())
    }
}

impl<R: Renderer, V: AsRef<str>> RenderAttribute<R> for InnerHtml<V> {
    type State = V;
    fn build(self, element: &R::Element) -> V {
        R::set_inner_html(element, self.0.as_ref());
        self.0
    }
    fn rebuild(self, element: &R::Element, state: &mut V) {
        if state.as_ref() != self.0.as_ref() {
            R::set_inner_html(element, self.0.as_ref());
            *state = self.0;
        }
    }
    /// The server wrote the HTML as the element's content: kept as parsed.
    fn hydrate(self, _element: &R::Element) -> V {
        self.0
    }
    fn writes_content(&self) -> bool {
        !self.0.as_ref().is_empty()
    }
}
