//! Typed access to a [`NodeRef`]'s live element in the browser.
//!
//! Every tag's web-sys type (`html::Input` → `web_sys::HtmlInputElement`) is wired in by the
//! `typed-dom` feature, on by default ([`DomElementType`]; `NodeRef<E, Dom>::get()` and
//! [`NodeRef::get_dom`] return it, see [`TypedElement`](crate::TypedElement)): enabling the ~130
//! web-sys interface features it needs more than doubles web-sys's cold compile time (measured:
//! 20 s → 47 s for a wasm32 debug build of web-sys alone on two cores). Without it, name the
//! type you want with [`NodeRef::get_as`] and enable its web-sys feature in your own crate
//! (features are shared, so view-core's web-sys sees it too).

use wasm_bindgen::JsCast;

use super::Dom;
use crate::NodeRef;

impl<E> NodeRef<E, Dom> {
    /// The live element as the web-sys type `T`, checked: `None` before the view is built, and
    /// when the element is not a `T`.
    ///
    /// ```no_run
    /// # // no_run: needs a browser.
    /// # fn f(field: view_core::NodeRef<view_core::html::Input, view_core::dom::Dom>) {
    /// // With the `HtmlInputElement` feature of web-sys enabled in your crate:
    /// // let text = field.get_as::<web_sys::HtmlInputElement>().map(|input| input.value());
    /// let element = field.get_as::<web_sys::HtmlElement>();
    /// # }
    /// ```
    pub fn get_as<T: JsCast>(&self) -> Option<T> {
        self.get_element()
            .and_then(|element| element.dyn_into().ok())
    }
}

/// The web-sys type of an element tag type (`html::Input` → `web_sys::HtmlInputElement`);
/// implemented for every HTML, SVG and MathML tag type with the `typed-dom` feature.
pub trait DomElementType {
    /// The web-sys element type.
    type Dom: JsCast + Clone + 'static;
}

impl<E: DomElementType> NodeRef<E, Dom> {
    /// The live element as its own web-sys type: `None` before the view is built (the same
    /// as [`get`](NodeRef::get) in the browser).
    pub fn get_dom(&self) -> Option<E::Dom> {
        self.get_element().map(JsCast::unchecked_into)
    }
}

/// With the `typed-dom` feature, `NodeRef<E, Dom>::get()` is the tag's web-sys type
/// (`web_sys::HtmlInputElement` for `html::Input`), as in Leptos.
#[cfg(feature = "typed-dom")]
impl<E: DomElementType> crate::TypedElement<E> for Dom {
    type Typed = E::Dom;
    fn typed(element: web_sys::Element) -> E::Dom {
        element.unchecked_into()
    }
}

/// Without the `typed-dom` feature, `NodeRef<E, Dom>::get()` is a `web_sys::Element`
/// (use [`get_as`](NodeRef::get_as) for a typed one).
#[cfg(not(feature = "typed-dom"))]
impl<E> crate::TypedElement<E> for Dom {
    type Typed = web_sys::Element;
    fn typed(element: web_sys::Element) -> web_sys::Element {
        element
    }
}
