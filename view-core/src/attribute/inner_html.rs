//! [`InnerHtml`]: unescaped content, the one loud door.

use super::{Attribute, RenderAttribute};
use crate::Renderer;

/// Unescaped inner HTML; see [`HtmlElement::inner_html`](crate::HtmlElement::inner_html).
#[derive(Clone, Debug)]
pub struct InnerHtml<V>(pub V);

impl<V: AsRef<str>> Attribute for InnerHtml<V> {
    const HAS_INNER_HTML: bool = true;
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
}
