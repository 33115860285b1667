//! Statically typed, renderer-generic view trees.
//!
//! A view is a value whose type is the whole tree: `div().class("a").child(("Count: ", 3))` is
//! an `HtmlElement<Div, (Class<&str>,), ((&str, i32),)>`. The same value can be
//!
//! - rendered to an HTML string ([`RenderHtml::to_html`]) on the server,
//! - built into live nodes of any [`Renderer`] ([`Render::build`], [`Mountable::mount`]) and
//!   updated in place ([`Render::rebuild`]), with closures as reactive values.
//!
//! ```
//! use view_core::prelude::*;
//! use view_core::html::{a, li, ul};
//!
//! let links = [("Home", "/"), ("Search & find", "/search?q=a&b")];
//! let nav = ul().class("nav").child(
//!     links.map(|(label, href)| li().child(a().href(href).child(label))),
//! );
//! assert_eq!(
//!     nav.to_html(),
//!     r#"<ul class="nav"><li><a href="/">Home</a></li><li><a href="/search?q=a&amp;b">Search &amp; find</a></li></ul>"#,
//! );
//! ```

mod any_view;
pub mod attribute;
pub mod component;
mod define;
pub mod directive;
mod doctype;
#[cfg(target_arch = "wasm32")]
pub mod dom;
mod either;
pub mod element;
pub mod escape;
mod escape_fast;
pub mod ev;
pub mod html;
mod into_view;
pub mod keyed;
mod list;
mod macros;
pub mod mathml;
mod mount;
pub mod node_ref;
mod option;
pub mod reactive;
#[cfg(feature = "reactive_graph")]
pub mod reactive_graph;
mod reactive_view;
mod render;
mod render_html;
mod renderer;
mod static_view;
pub mod svg;
pub mod template;
pub mod testing;
mod text;
pub mod tuples;
pub mod validate;
pub mod with_attributes;

pub use any_view::{AnyView, AnyViewState, IntoAny};
pub use doctype::{Doctype, doctype};
pub use either::*;
pub use element::{HtmlElement, custom, try_custom};
pub use into_view::{DefaultRenderer, IntoView};
pub use keyed::{For, Keyed, for_each, keyed};
pub use list::{ArrayState, CollectView, VecState};
pub use mount::{MountHandle, mount_to, mount_to_body};
pub use node_ref::NodeRef;
pub use option::OptionState;
pub use reactive_view::ReactiveState;
pub use render::{Mountable, NodeState, Render};
pub use render_html::RenderHtml;
pub use renderer::{Namespace, PropertyValue, Renderer};
pub use text::{TextChild, TextState};
pub use with_attributes::{WithAttributes, WithAttributesState};

pub use component::{Children, ChildrenFn, ToChildren};
pub use static_view::Static;
/// Turns a function into a component: see [`component`](mod@component) and the `view!` macro.
pub use view_macro::component;

#[doc(hidden)]
/// Not public API: what `view!` expansions reach through `$crate`.
pub mod __private {
    pub use view_macro::view_inner;

    /// Passes an attribute for a component's root through unchanged, so a value that is not
    /// an attribute is reported at the `attr:`/`{..spread}` that gave it.
    #[inline(always)]
    pub fn root_attribute<A: crate::attribute::Attribute>(attribute: A) -> A {
        attribute
    }

    /// Passes an `attr:name=value` value through unchanged, so a value that is not an
    /// attribute value is reported at the value.
    #[inline(always)]
    pub fn attribute_value<V: crate::attribute::AttributeValue>(value: V) -> V {
        value
    }

    /// Like [`attribute_value`] for `attr:class=value`.
    #[inline(always)]
    pub fn class_value<V: crate::attribute::ClassValue>(value: V) -> V {
        value
    }

    /// Like [`attribute_value`] for `attr:style=value`.
    #[inline(always)]
    pub fn style_value<V: crate::attribute::StyleValue>(value: V) -> V {
        value
    }
}

/// The traits and types most code needs: `use view_core::prelude::*;`.
pub mod prelude {
    #[cfg(feature = "reactive_graph")]
    pub use crate::reactive_graph::prelude::*;
    pub use crate::{
        AnyView, CollectView, Either, EitherOf3, EitherOf4, EitherOf5, EitherOf6, EitherOf7,
        EitherOf8, IntoAny, IntoView, RenderHtml,
    };
    pub use crate::{Children, ChildrenFn, ToChildren, component, view};
    pub use crate::{For, MountHandle, NodeRef, ev, for_each, keyed, mount_to, mount_to_body};
}

/// The README's Rust examples, compiled and run as doc tests.
#[cfg(doctest)]
#[doc = include_str!("../../README.md")]
struct ReadmeDoctests;
