//! Runtime support for components: the [`Children`] and [`ChildrenFn`] prop types and the
//! [`ToChildren`] conversion `view!` uses to pass a component its children; see the
//! [`component`](macro@crate::component) macro.

use std::rc::Rc;

use crate::{AnyView, DefaultRenderer, IntoAny, IntoView, Renderer};

/// Children rendered once: the type of a component's `children` prop.
///
/// Built for renderer `R` (the [`DefaultRenderer`] unless named): a component written for
/// any renderer takes `children: Children<R>` and returns `impl IntoView<R>` (see
/// [`component`](macro@crate::component)).
pub type Children<R = DefaultRenderer> = Box<dyn FnOnce() -> AnyView<R>>;

/// Children that may be rendered many times (in a list, in each branch of a toggle); built
/// for renderer `R`, as [`Children`].
pub type ChildrenFn<R = DefaultRenderer> = Rc<dyn Fn() -> AnyView<R>>;

/// Converts the closure `view!` makes of a component's children into the `children` prop's type.
///
/// Implemented for [`Children`] and [`ChildrenFn`]; implement it for your own children types.
pub trait ToChildren<F> {
    /// Wraps `f`, which returns the children's view.
    fn to_children(f: F) -> Self;
}

impl<R, F, V> ToChildren<F> for Children<R>
where
    R: Renderer,
    F: FnOnce() -> V + 'static,
    V: IntoView<R>,
{
    fn to_children(f: F) -> Self {
        Box::new(move || f().into_any())
    }
}

impl<R, F, V> ToChildren<F> for ChildrenFn<R>
where
    R: Renderer,
    F: Fn() -> V + 'static,
    V: IntoView<R>,
{
    fn to_children(f: F) -> Self {
        Rc::new(move || f().into_any())
    }
}
