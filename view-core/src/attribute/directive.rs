//! Directives (`use:` in `view!`): a function called with the live element when it is built.

use crate::ElementType;
use crate::NextTuple;
use crate::attribute::{Attribute, RenderAttribute};
use crate::{HtmlElement, Renderer};

/// A directive: `f(&element, param)`, called once when the element is built (not on rebuild,
/// not when writing HTML). Made by [`HtmlElement::directive`].
#[derive(Clone, Debug)]
pub struct Directive<F, P> {
    f: F,
    param: P,
}

impl<F, P> Directive<F, P> {
    /// The directive `f` with `param` (what [`HtmlElement::directive`] adds).
    pub fn new(f: F, param: P) -> Self {
        Directive { f, param }
    }
}

impl<F, P> Attribute for Directive<F, P> {
    fn html_len(&self) -> usize {
        0
    }
    fn write_html(&self, _buf: &mut String) {}
}

impl<R: Renderer, F: FnOnce(&R::Element, P), P> RenderAttribute<R> for Directive<F, P> {
    type State = ();
    fn build(self, element: &R::Element) {
        (self.f)(element, self.param)
    }
    fn rebuild(self, _element: &R::Element, _state: &mut ()) {}
}

impl<E: ElementType, A: NextTuple, C> HtmlElement<E, A, C> {
    /// Runs `f(&element, param)` when the element is built: focus it, attach a third-party
    /// widget, observe its size. `f` names the renderer's element type, so a directive is
    /// written for one renderer (or is generic and named with a turbofish).
    ///
    /// ```
    /// use view_core::prelude::*;
    /// use view_core::testing::{TestNode, TestRenderer};
    /// use std::{cell::RefCell, rc::Rc};
    ///
    /// let seen = Rc::new(RefCell::new(Vec::new()));
    /// let record = {
    ///     let seen = seen.clone();
    ///     move |element: &TestNode, label: &str| seen.borrow_mut().push((element.tag(), label.to_owned()))
    /// };
    /// let root = TestNode::element("main");
    /// let _handle = view_core::mount_to::<TestRenderer, _>(&root, move || {
    ///     view_core::html::input().directive(record, "autofocus")
    /// });
    /// assert_eq!(*seen.borrow(), [(Some("input".to_owned()), "autofocus".to_owned())]);
    /// ```
    pub fn directive<F, P>(self, f: F, param: P) -> HtmlElement<E, A::Next<Directive<F, P>>, C> {
        self.with(Directive { f, param })
    }
}
