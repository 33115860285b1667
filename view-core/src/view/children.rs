//! Runtime support for components: the [`Children`] and [`ChildrenFn`] prop types and the
//! [`ToChildren`] conversion `view!` uses to pass a component its children; see the
//! [`component`](macro@crate::component) macro.

use std::rc::Rc;

use crate::{AnyView, IntoAny, IntoView};

/// Children rendered once: the type of a component's `children` prop.
pub type Children = Box<dyn FnOnce() -> AnyView>;

/// Children that may be rendered many times (in a list, in each branch of a toggle).
pub type ChildrenFn = Rc<dyn Fn() -> AnyView>;

/// Converts the closure `view!` makes of a component's children into the `children` prop's type.
///
/// Implemented for [`Children`] and [`ChildrenFn`]; implement it for your own children types.
pub trait ToChildren<F> {
    /// Wraps `f`, which returns the children's view.
    fn to_children(f: F) -> Self;
}

impl<F, V> ToChildren<F> for Children
where
    F: FnOnce() -> V + 'static,
    V: IntoView,
{
    fn to_children(f: F) -> Self {
        Box::new(move || f().into_any())
    }
}

impl<F, V> ToChildren<F> for ChildrenFn
where
    F: Fn() -> V + 'static,
    V: IntoView,
{
    fn to_children(f: F) -> Self {
        Rc::new(move || f().into_any())
    }
}
