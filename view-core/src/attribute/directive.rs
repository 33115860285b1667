//! Directives (`use:` in `view!`): a function called with the live element when it is built.

use std::marker::PhantomData;

use crate::ElementType;
use crate::NextTuple;
use crate::attribute::{Attribute, RenderAttribute};
use crate::{HtmlElement, Renderer};

/// A function that can be a directive, as in Leptos: `fn(element)` for `use:name` and
/// `fn(element, param)` for `use:name=param`. The element is the renderer's element handle, by
/// value (`web_sys::Element` in the browser, [`TestNode`](crate::testing::TestNode) natively).
///
/// `M` tells the two forms apart (`(Element,)` or `(Element, P)`); it is inferred, so a
/// directive written as a `fn` item or a closure with annotated arguments needs no annotation.
pub trait IntoDirective<M, P> {
    /// The element type the function takes.
    type Element;
    /// Calls the function with `element` (and `param` when it takes one).
    fn run(self, element: Self::Element, param: P);
}

impl<F: FnOnce(E), E> IntoDirective<(E,), ()> for F {
    type Element = E;
    fn run(self, element: E, _param: ()) {
        self(element)
    }
}

impl<F: FnOnce(E, P), E, P> IntoDirective<(E, P), P> for F {
    type Element = E;
    fn run(self, element: E, param: P) {
        self(element, param)
    }
}

/// A directive: `f(element, param)`, called once when the element is built (not on rebuild,
/// not when writing HTML). Made by [`HtmlElement::directive`].
pub struct Directive<F, P, M> {
    f: F,
    param: P,
    _form: PhantomData<fn() -> M>,
}

impl<F: Clone, P: Clone, M> Clone for Directive<F, P, M> {
    fn clone(&self) -> Self {
        Directive::new_unchecked(self.f.clone(), self.param.clone())
    }
}

impl<F, P, M> std::fmt::Debug for Directive<F, P, M> {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str("Directive")
    }
}

impl<F, P, M> Directive<F, P, M> {
    /// The directive `f` with `param` (what [`HtmlElement::directive`] adds).
    pub fn new(f: F, param: P) -> Self
    where
        F: IntoDirective<M, P>,
    {
        Directive::new_unchecked(f, param)
    }

    fn new_unchecked(f: F, param: P) -> Self {
        Directive {
            f,
            param,
            _form: PhantomData,
        }
    }
}

impl<F, P, M> Attribute for Directive<F, P, M> {
    fn html_len(&self) -> usize {
        0
    }
    fn write_html(&self, _buf: &mut String) {}
}

/// The element a renderer hands a directive taking an `E`: its own element (every renderer),
/// and for the test renderer also `web_sys::Element`, so a directive written for the browser
/// (`fn highlight(el: web_sys::Element)`, as Leptos's) compiles in a view that is rendered to
/// HTML natively or mounted in the browser.
pub trait DirectiveElement<E>: Renderer {
    /// The element `f` receives for `element`.
    fn directive_element(element: &Self::Element) -> E;
}

impl<R: Renderer> DirectiveElement<R::Element> for R {
    fn directive_element(element: &R::Element) -> R::Element {
        element.clone()
    }
}

/// A directive taking `web_sys::Element` on the test renderer.
///
/// # Panics
/// Always: a test node is not a browser element, so a browser directive cannot run on the
/// test renderer (mounting such a view natively panics here; writing its HTML does not run
/// directives). Write the directive for `TestNode` (or generic over the renderer) to test it
/// natively.
impl DirectiveElement<web_sys::Element> for crate::testing::TestRenderer {
    fn directive_element(element: &crate::testing::TestNode) -> web_sys::Element {
        panic!(
            "a `use:` directive taking `web_sys::Element` was built on the test renderer (on \
             <{}>): browser directives run in the browser only; write it for `TestNode` to \
             run it in native tests",
            element.tag().unwrap_or_default()
        )
    }
}

impl<R, F, P, M> RenderAttribute<R> for Directive<F, P, M>
where
    R: DirectiveElement<F::Element>,
    F: IntoDirective<M, P>,
{
    type State = ();
    fn build(self, element: &R::Element) {
        self.f.run(R::directive_element(element), self.param)
    }
    fn rebuild(self, _element: &R::Element, _state: &mut ()) {}
}

impl<E: ElementType, A: NextTuple, C> HtmlElement<E, A, C> {
    /// Runs `f(element, param)` when the element is built: focus it, attach a third-party
    /// widget, observe its size. As in Leptos, `f` takes the element by value, and a directive
    /// without a parameter is `fn(element)` (`use:name` in `view!` passes `()`); `view!`
    /// converts a parameter with `.into()`. `f` names the renderer's element type, so a
    /// directive is written for one renderer (or is generic and named with a turbofish).
    ///
    /// ```
    /// use view_core::prelude::*;
    /// use view_core::testing::{TestNode, TestRenderer};
    /// use std::{cell::RefCell, rc::Rc};
    ///
    /// let seen = Rc::new(RefCell::new(Vec::new()));
    /// let record = {
    ///     let seen = seen.clone();
    ///     move |element: TestNode, label: &str| seen.borrow_mut().push((element.tag(), label.to_owned()))
    /// };
    /// let root = TestNode::element("main");
    /// let _handle = view_core::mount_on::<TestRenderer, _>(&root, move || {
    ///     view_core::html::input().directive(record, "autofocus")
    /// });
    /// assert_eq!(*seen.borrow(), [(Some("input".to_owned()), "autofocus".to_owned())]);
    /// ```
    pub fn directive<F, P, M>(
        self,
        f: F,
        param: P,
    ) -> HtmlElement<E, A::Next<Directive<F, P, M>>, C>
    where
        F: IntoDirective<M, P>,
    {
        self.with(Directive::new(f, param))
    }
}

/// Compile-time check of a `use:` directive's signature, emitted by `view!` beside the call:
/// a directive taking the element by reference (`fn(el: &Element)`, view-core's former
/// signature) is reported with an explanation instead of an unreadable `Render` error.
///
/// It works by method resolution: `(&DirectiveCheck(&f)).__view_core_directive_check()` finds
/// [`DirectiveTakesReference`]'s method when `f` takes `&E` first (its receiver needs no
/// extra reference), and [`DirectiveTakesValue`]'s otherwise; only the first returns a type
/// [`assert_directive_by_value`] refuses.
#[doc(hidden)]
pub struct DirectiveCheck<F>(pub F);

/// The result of checking a directive that takes the element by reference.
#[doc(hidden)]
pub struct DirectiveTakesAReference;

/// Found first when the directive takes the element by reference (see [`DirectiveCheck`]).
#[doc(hidden)]
pub trait DirectiveTakesReference<M> {
    /// Reports the reference.
    fn __view_core_directive_check(&self) -> DirectiveTakesAReference {
        DirectiveTakesAReference
    }
}

impl<F: FnOnce(&E), E> DirectiveTakesReference<(E,)> for DirectiveCheck<&F> {}
impl<F: FnOnce(&E, P), E, P> DirectiveTakesReference<(E, P)> for DirectiveCheck<&F> {}

/// Found for every other directive (see [`DirectiveCheck`]).
#[doc(hidden)]
pub trait DirectiveTakesValue {
    /// Accepts the directive.
    fn __view_core_directive_check(&self) {}
}

impl<F> DirectiveTakesValue for &DirectiveCheck<F> {}

/// Implemented by what a well-formed directive's check returns.
#[doc(hidden)]
#[diagnostic::on_unimplemented(
    message = "this `use:` directive takes the element by reference; a directive takes it by value",
    label = "the function's first parameter is `&…`",
    note = "as in Leptos, write `fn name(element: web_sys::Element)` (natively the test renderer's `view_core::testing::TestNode`), or `fn name(element: Element, param: P)` for `use:name=param`"
)]
pub trait DirectiveByValue {}

impl DirectiveByValue for () {}

/// Fails to compile, with the explanation above, for a directive taking the element by
/// reference.
#[doc(hidden)]
#[inline(always)]
pub fn assert_directive_by_value<T: DirectiveByValue>(_check: T) {}
