//! Runtime support for components: the [`Children`] and [`ChildrenFn`] prop types and the
//! [`ToChildren`] conversion `view!` uses to pass a component its children.
//!
//! A component is a function written with [`#[component]`](macro@crate::component): its arguments
//! become the fields of a generated `<Name>Props` struct with a typed builder, and `view!` calls
//! it as `Name(NameProps::builder().prop(value)….build())`. The generated code names nothing from
//! this crate, so a framework that re-exports `view_core` works for its users unchanged.
//!
//! # In `view!`
//!
//! - `<Counter initial=3 step/>`: each attribute calls the builder's setter of that name (bare
//!   `step` means `step=step`). A missing required prop is an error at the tag, an unknown one at
//!   the attribute.
//! - Children become the `children` prop through [`ToChildren`] (a [`Children`] or
//!   [`ChildrenFn`] prop); `clone:name` clones `name` into the children closure (once when it is
//!   made, and again each time it runs).
//! - `let:x` makes the children a closure taking an argument, passed as is: declare the
//!   `children` prop with a generic type, `fn Each<F: Fn(i32) -> V, V: IntoView>(children: F)`.
//! - Generic components: `<List<T> items=v/>` calls `List::<T>(ListProps::<T>::builder()…)`; the
//!   type arguments can usually be left out and inferred.
//! - **Slots**: a child component marked `slot` is not rendered as a child; its *props* are
//!   passed to the parent as the prop named after it in snake case. `<Tabs><Tab slot
//!   label="A">…</Tab></Tabs>` calls `.tab(TabProps::builder().label("A").children(…).build())`;
//!   several slots of one name are passed as a `Vec` (`tab: Vec<TabProps>`). A slot is an
//!   ordinary `#[component]`, so its props are type-checked like any component's, and the parent
//!   decides where and how often to render them.
//!
//! ```
//! use view_core::prelude::*;
//! use view_core::html::{div, p};
//!
//! fn card(children: Children) -> impl IntoView {
//!     div().class("card").child(children())
//! }
//! let children: Children = ToChildren::to_children(|| p().child("inside"));
//! assert_eq!(card(children).to_html(), r#"<div class="card"><p>inside</p></div>"#);
//! ```

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
