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

// Where things are (one folder per concept; `docs/design.md` has the table). Folders are
// private; this file is the one place that makes items public, each at one path.
pub mod attribute;
mod component_call;
mod control;
mod element;
mod element_ext;
pub mod ev;
mod helpers;
pub mod hydration;
mod macros;
pub mod reactive;
#[cfg(feature = "reactive_graph")]
pub mod reactive_graph;
mod renderer;
mod ssr;
mod view;
mod window;

// Namespaces: tags, events, the escaper, the renderers, the macro's template parts.
pub use element::{html, mathml, svg};
pub use helpers::logging;
pub use renderer::dom;
pub use renderer::testing;
pub use ssr::escape;
pub use view::template;

// Elements.
pub use element::html_element::{
    ChildOf, ContentModel, Custom, ElementState, ElementType, HtmlElement, InnerHtmlContent,
    NoChildren, RawTextChild, RcdataChild, content, custom, drops_leading_newline, try_custom,
};
pub use element::node_ref::{NodeRef, NodeRefAttr, NodeRefState, TypedElement};
pub use element::validate::{InvalidName, check_attribute_name, check_custom_element_name};
pub use element_ext::{ElementExt, RemoveEventHandler};

// Views.
pub use view::any_view::{AnyView, AnyViewState, IntoAny};
pub use view::children::{Children, ChildrenFn, ToChildren};
pub use view::either::*;
pub use view::into_view::{DefaultRenderer, IntoView};
pub use view::keyed::{ForEach, ForState, Keyed, KeyedState, for_each, keyed};

// Control-flow components.
#[cfg(feature = "reactive_graph")]
pub use control::error_boundary::{
    ErrorBoundary, ErrorBoundaryProps, ErrorBoundaryState, ErrorBoundaryView,
};
pub use control::for_component::{For, ForProps};
pub use control::portal::{Portal, PortalProps, PortalState, PortalView};
pub use control::show::{Show, ShowProps, ShowState, ShowView, ViewFn};
pub use control::unsupported;
pub use view::list::{ArrayState, CollectView, VecState};
pub use view::option::OptionState;
pub use view::result::{Error, ErrorId, Errors, ResultState};
pub use view::static_html::{Static, StaticState};
pub use view::text::{TextChild, TextState};
pub use view::tuples::NextTuple;
pub use view::with_attributes::{RootAttributes, WithAttributes, WithAttributesState};

// Browser helpers, as Leptos's prelude has them.
#[cfg(feature = "reactive_graph")]
pub use helpers::Selector;
pub use helpers::{
    IntervalHandle, document, request_animation_frame, set_interval, set_interval_with_handle,
    set_timeout, window,
};

// Listening on the window and reading the location, as Leptos's helpers.
pub use window::location;
pub use window::{
    WindowListenerHandle, location_hash, window_event_listener, window_event_listener_untyped,
};

// HTML output.
pub use ssr::doctype::{Doctype, doctype};
pub use ssr::render_html::RenderHtml;

// Renderers, building and mounting.
#[cfg(feature = "hydrate")]
pub use hydration::{hydrate_body, hydrate_to};
pub use reactive::state::ReactiveState;
pub use renderer::mount::{
    MountHandle, MountParent, flush_effects, mount_on, mount_to, mount_to_body,
};
pub use renderer::render::{Mountable, NodeState, Render};
pub use renderer::{ExistingNode, Namespace, PropertyValue, Renderer};

// Leptos's module paths. A Leptos app names some items by module (`leptos::mount::mount_to_body`,
// `leptos::control_flow::Show`, `leptos::wasm_bindgen::JsCast`); these aliases make those imports
// port by replacing `leptos` with `view_core`. They are the one exception to "one path per item"
// and are hidden from the docs: each item's documented path is the one above.
#[doc(hidden)]
/// Leptos's `leptos::mount`: [`mount_to`], [`mount_to_body`] (and `hydrate_body`).
pub mod mount {
    pub use crate::{MountHandle, mount_to, mount_to_body};
    #[cfg(feature = "hydrate")]
    pub use crate::{hydrate_body, hydrate_to};
}
#[doc(hidden)]
/// Leptos's `leptos::control_flow`: [`For`], [`Show`].
pub mod control_flow {
    pub use crate::{For, ForProps, Show, ShowProps};
}
#[doc(hidden)]
/// Leptos's `leptos::portal`: [`Portal`].
pub mod portal {
    pub use crate::{Portal, PortalProps};
}
#[doc(hidden)]
/// Leptos's `leptos::error`: [`ErrorBoundary`] and [`Errors`].
#[cfg(feature = "reactive_graph")]
pub mod error {
    pub use crate::{Error, ErrorBoundary, ErrorBoundaryProps, ErrorId, Errors};
}
#[doc(hidden)]
/// Leptos's `leptos::leptos_dom::helpers` (the browser helpers).
pub mod leptos_dom {
    /// The browser helpers.
    pub mod helpers {
        pub use crate::location;
        pub use crate::{
            IntervalHandle, document, request_animation_frame, set_interval,
            set_interval_with_handle, set_timeout, window,
        };
        pub use crate::{
            WindowListenerHandle, location_hash, window_event_listener,
            window_event_listener_untyped,
        };
    }
}
#[doc(hidden)]
pub use {wasm_bindgen, web_sys};

/// A component is a function written with [`#[component]`](macro@crate::component): its arguments
/// become the fields of a generated `<Name>Props` struct with a typed builder, and `view!` calls
/// it with `NameProps::builder().prop(value)….build()` (in effect `Name(props)`). A component
/// without props stays a plain `fn Name() -> impl IntoView`, so it can be passed where a view
/// function is expected, as in Leptos: `mount_to_body(App)`. The generated code names nothing
/// from this crate, so a framework that re-exports `view_core` works for its users unchanged.
///
/// # In `view!`
///
/// - `<Counter initial=3 step/>`: each attribute calls the builder's setter of that name (bare
///   `step` means `step=step`). A missing required prop is an error at the tag, an unknown one at
///   the attribute.
/// - Children become the `children` prop through [`ToChildren`] (a [`Children`] or
///   [`ChildrenFn`] prop); `clone:name` clones `name` into the children closure (once when it is
///   made, and again each time it runs).
/// - `let:x` makes the children a closure taking an argument, passed as is: declare the
///   `children` prop with a generic type, `fn Each<F: Fn(i32) -> V, V: IntoView>(children: F)`.
///   As in Leptos, `let(pattern, …)` (also written `let:(…)`) gives the closure's parameters as
///   patterns: `let((id, name))` destructures a tuple argument, `let(a, b)` takes two.
/// - Renderer-generic components: `fn Card<R: Renderer>(children: Children<R>) -> impl
///   IntoView<R>` builds for any renderer; call it `<Card<R> …>` (Rust does not infer `R`
///   through `impl IntoView<R>`), or return `AnyView<R>` to have `R` inferred.
/// - Generic components: `<List<T> items=v/>` calls `List::<T>(ListProps::<T>::builder()…)`; the
///   type arguments can usually be left out and inferred.
/// - **Slots**: a child component marked `slot` is not rendered as a child; its *props* are
///   passed to the parent as the prop named after it in snake case. `<Tabs><Tab slot
///   label="A">…</Tab></Tabs>` calls `.tab(TabProps::builder().label("A").children(…).build())`;
///   several slots of one name are passed as a `Vec` (`tab: Vec<TabProps>`). A slot is an
///   ordinary `#[component]`, so its props are type-checked like any component's, and the parent
///   decides where and how often to render them. `<Tab slot:extra>` passes it as the prop
///   `extra` instead.
///
/// ```
/// use view_core::prelude::*;
/// use view_core::html::{div, p};
///
/// fn card(children: Children) -> impl IntoView {
///     div().class("card").child(children())
/// }
/// let children: Children = ToChildren::to_children(|| p().child("inside"));
/// assert_eq!(card(children).to_html(), r#"<div class="card"><p>inside</p><!></div>"#);
/// ```
pub use view_macro::component;

/// Makes a struct a slot, as Leptos's `#[slot]`: the struct gets the typed builder of a
/// component's props, so `<Then slot>…</Then>` inside a parent component passes a `Then` to
/// the parent's `then` prop (several slots of one name as a `Vec`). Fields take the same
/// `#[prop(…)]` options as component props; a `children` field receives the slot's children.
///
/// ```
/// use view_core::prelude::*;
///
/// #[slot]
/// struct Then {
///     children: ChildrenFn,
/// }
///
/// #[component]
/// fn If(condition: bool, then: Then, #[prop(optional)] fallback: Option<Fallback>) -> impl IntoView {
///     if condition {
///         (then.children)()
///     } else {
///         fallback.map(|f| (f.children)()).into_any()
///     }
/// }
///
/// #[slot]
/// struct Fallback {
///     children: ChildrenFn,
/// }
///
/// let view = view! { <If condition=true><Then slot>"yes"</Then><Fallback slot>"no"</Fallback></If> };
/// assert_eq!(view.to_html(), "yes<!>");
/// ```
pub use view_macro::slot;

/// Leptos's `#[island]`, which view-core does not support: a compile error that names the
/// alternative (`#[component]`, mounted with [`mount_on`]).
pub use view_macro::island;

/// Leptos's `#[server]`, which view-core does not support: a compile error that names the
/// alternative (an HTTP endpoint of your own).
pub use view_macro::server;

#[doc(hidden)]
/// Not public API: what `view!` expansions reach through `$crate`.
///
/// The constructors here write text unescaped or unvalidated (the macro escaped or checked it
/// at compile time). They are not re-exported anywhere else, so user code reaches them only
/// through this visibly private path; the one public door for unescaped markup is
/// [`HtmlElement::inner_html`](crate::HtmlElement::inner_html).
pub mod __private {
    pub use view_macro::view_inner;

    pub use crate::attribute::directive::{
        DirectiveCheck, DirectiveTakesReference, DirectiveTakesValue, assert_directive_by_value,
    };
    pub use crate::component_call::{
        ComponentFn, ComponentProps, NoProps, NoPropsBuilder, PropsOrNone, call_component,
        props_builder,
    };

    use crate::attribute::Attr;
    use crate::template::{ClassPart, Template};

    /// `Attr::new_unchecked`: `name` is written as is. The macro passes only names made of
    /// Rust tokens (identifiers, `-`, `:`), which are valid attribute names.
    #[inline(always)]
    pub fn attr<V>(name: &'static str, value: V) -> Attr<&'static str, V> {
        Attr::new_unchecked(name, value)
    }

    /// `Static::new`: `html` is written as is and must be the HTML of the nodes `skeleton`
    /// describes (the macro escapes it at compile time with the runtime's escaper and reads the
    /// skeleton back from it).
    #[inline(always)]
    pub const fn static_view<const START_TEXT: bool, const END_TEXT: bool>(
        html: &'static str,
        skeleton: &'static crate::template::Skeleton,
    ) -> crate::Static<START_TEXT, END_TEXT> {
        crate::Static::new(html, skeleton)
    }

    /// `Template::new`: the call site's first piece and the holes' static pieces are written
    /// as is, and its skeleton must describe the same static nodes (see the `template` module).
    #[inline(always)]
    pub fn template<H>(holes: H, call_site: &'static crate::template::CallSite) -> Template<H> {
        Template::new(holes, call_site)
    }

    /// The attributes of an element with a spread or a `bind:` in a template: `element` is
    /// the builder element with every attribute (no children), and `EMPTY` says whether the
    /// element has no children in the view (see `template::AttributesHole`).
    #[inline(always)]
    pub fn attributes_hole<E, A, const EMPTY: bool>(
        element: crate::HtmlElement<E, A>,
    ) -> crate::template::AttributesHole<E, A, EMPTY> {
        crate::template::AttributesHole::new(element)
    }

    /// A spread (`{..attributes}`) on an element that has children in the view, unchanged;
    /// the build fails if it holds [`InnerHtml`](crate::attribute::InnerHtml), which would
    /// replace the children (see `InnerHtml`). The error's "while instantiating" note points
    /// at the spread.
    #[inline(always)]
    pub fn spread_beside_children<T: crate::attribute::Attribute>(spread: T) -> T {
        const {
            assert!(
                !T::REPLACES_CONTENT,
                "a spread sets inner HTML on an element with children: an element's content is either its children or its inner HTML"
            )
        };
        spread
    }

    /// `ClassPart::new`: `escaped` is written as is (already escaped for a double-quoted
    /// attribute value by the macro); `name` is the same class name unescaped.
    #[inline(always)]
    pub const fn class_part<C>(
        escaped: &'static str,
        name: &'static str,
        condition: C,
    ) -> ClassPart<C> {
        ClassPart::new(escaped, name, condition)
    }

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

    /// `prop:name=value` on a component: the DOM property for its root element.
    #[inline(always)]
    pub fn property<V>(
        name: &'static str,
        value: V,
    ) -> crate::attribute::Property<&'static str, V> {
        crate::attribute::Property::new(name, value)
    }

    /// `use:directive=param` on a component: the directive for its root element.
    #[inline(always)]
    pub fn directive<F, P, M>(f: F, param: P) -> crate::attribute::Directive<F, P, M>
    where
        F: crate::attribute::IntoDirective<M, P>,
    {
        crate::attribute::Directive::new(f, param)
    }

    /// `on:event=handler` (`on:event:capture` with `capture`) as a value: the listener with its
    /// handler boxed, for a component's root element or a template's attach hole. The
    /// handler's argument is the event's typed value, as on an element.
    #[inline(always)]
    pub fn on<E, F>(
        event: E,
        capture: bool,
        handler: F,
    ) -> crate::ev::On<E, crate::ev::BoxedHandler<E>>
    where
        E: crate::ev::EventDescriptor,
        F: FnMut(E::EventType) + 'static,
    {
        crate::ev::On::new(
            event,
            capture,
            Box::new(handler) as crate::ev::BoxedHandler<E>,
        )
    }

    /// `on:event=handler` on a component: the listener for each of its root elements, with
    /// one handler shared by all of them (the listener is cloned per root; an event on any
    /// root calls the same `FnMut`). A handler that, while it runs, dispatches the same
    /// event on another root of the component synchronously does not run again for that
    /// nested event (it cannot be entered twice).
    #[inline(always)]
    pub fn root_on<E, F>(
        event: E,
        capture: bool,
        handler: F,
    ) -> crate::ev::On<E, impl FnMut(E::EventType) + Clone + 'static>
    where
        E: crate::ev::EventDescriptor,
        F: FnMut(E::EventType) + 'static,
    {
        let shared = std::rc::Rc::new(std::cell::RefCell::new(handler));
        crate::ev::On::new(event, capture, move |event| {
            if let Ok(mut handler) = shared.try_borrow_mut() {
                handler(event);
            }
        })
    }

    /// `on:event=handler` in an attribute bundle (`<{..} on:click=f/>`): the listener with the
    /// handler's own type, so the bundle is `Clone` when the handler is (Leptos's
    /// `{..bundle.clone()}`).
    #[inline(always)]
    pub fn on_unboxed<E, F>(event: E, capture: bool, handler: F) -> crate::ev::On<E, F>
    where
        E: crate::ev::EventDescriptor,
        F: FnMut(E::EventType) + 'static,
    {
        crate::ev::On::new(event, capture, handler)
    }

    /// `node_ref=r` in a template: the attribute that loads the live element into `r`, typed by
    /// the element's constructor (`html::input`), so a `NodeRef<Input>` on a `<div>` does not
    /// compile, as in the builder form.
    #[inline(always)]
    pub fn node_ref<E, R: crate::Renderer>(
        _constructor: fn() -> crate::HtmlElement<E>,
        node_ref: crate::NodeRef<E, R>,
    ) -> crate::NodeRefAttr<E, R> {
        crate::NodeRefAttr(node_ref)
    }

    /// `on:event:target=handler` in a template: the listener whose handler receives a
    /// [`Targeted`](crate::ev::Targeted) event typed by the element's constructor
    /// (`html::input`), as the builder's `on_target`.
    #[inline(always)]
    pub fn on_target<El, E, F>(
        _constructor: fn() -> crate::HtmlElement<El>,
        event: E,
        capture: bool,
        mut handler: F,
    ) -> crate::ev::On<E, crate::ev::BoxedHandler<E>>
    where
        E: crate::ev::EventDescriptor,
        F: FnMut(crate::ev::Targeted<E::EventType, El>) + 'static,
    {
        on(event, capture, move |event| {
            handler(crate::ev::Targeted::new(event))
        })
    }
}

/// The traits and types most code needs: `use view_core::prelude::*;`.
pub mod prelude {
    /// Leptos's `template!`, the same as [`view!`](crate::view).
    pub use crate::__view_core_template as template;
    #[cfg(feature = "reactive_graph")]
    pub use crate::Selector;
    pub use crate::ev::{event_target, event_target_checked, event_target_value};
    #[cfg(feature = "reactive_graph")]
    pub use crate::reactive_graph::prelude::*;
    pub use crate::unsupported::{
        Await, AwaitProps, Suspense, SuspenseProps, Transition, TransitionProps,
    };
    pub use crate::{
        AnyView, CollectView, Either, EitherOf3, EitherOf4, EitherOf5, EitherOf6, EitherOf7,
        EitherOf8, IntoAny, IntoView, RenderHtml,
    };
    pub use crate::{Children, ChildrenFn, ToChildren, component, island, server, slot, view};
    pub use crate::{ElementExt, location};
    #[cfg(feature = "reactive_graph")]
    pub use crate::{ErrorBoundary, ErrorBoundaryProps, Errors};
    pub use crate::{For, ForProps, Portal, PortalProps, Show, ShowProps, ViewFn};
    pub use crate::{
        IntervalHandle, document, request_animation_frame, set_interval, set_interval_with_handle,
        set_timeout, window,
    };
    pub use crate::{
        MountHandle, NodeRef, ev, flush_effects, for_each, keyed, mount_on, mount_to, mount_to_body,
    };
    pub use crate::{
        WindowListenerHandle, location_hash, window_event_listener, window_event_listener_untyped,
    };
}

/// The README's Rust examples, compiled and run as doc tests.
#[cfg(doctest)]
#[doc = include_str!("../../README.md")]
struct ReadmeDoctests;
