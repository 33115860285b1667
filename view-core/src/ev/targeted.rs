//! [`Targeted`] (`on:input:target` in `view!`) and the `event_target*` helpers of Leptos.

use std::marker::PhantomData;
use std::ops::Deref;

/// An event whose handler knows its target's element type `El` (an `html::Input` for
/// `<input on:input:target=…>`), as Leptos's `Targeted`: [`target`](Self::target) returns the
/// element, typed, and the event itself is reached by `Deref` (or
/// [`into_inner`](Self::into_inner)).
///
/// In the browser `target()` returns `El`'s web-sys type (`web_sys::HtmlInputElement`) with
/// the `typed-dom` feature, and [`target_as`](Self::target_as) names any web-sys type; natively
/// it returns the test renderer's [`TestNode`](crate::testing::TestNode), whose `value()` and
/// `checked()` read the same properties, so `ev.target().value()` runs in both.
///
/// ```
/// use view_core::prelude::*;
/// use view_core::html::{Input, input};
/// use view_core::testing::{self, TestNode, TestRenderer};
///
/// let (text, set_text) = signal(String::new());
/// let root = TestNode::element("main");
/// let _handle = view_core::mount_on::<TestRenderer, _>(&root, move || {
///     input().on_target(ev::input, move |ev: ev::Targeted<ev::InputEvent, Input>| {
///         set_text.set(ev.target().value())
///     })
/// });
/// testing::set_input_value(&root.expect("input"), "typed");
/// assert_eq!(text.get_untracked(), "typed");
/// ```
pub struct Targeted<E, El> {
    event: E,
    _element: PhantomData<fn() -> El>,
}

impl<E, El> Targeted<E, El> {
    /// Wraps `event`, whose target is an `El`.
    pub fn new(event: E) -> Self {
        Targeted {
            event,
            _element: PhantomData,
        }
    }

    /// The event.
    pub fn into_inner(self) -> E {
        self.event
    }
}

impl<E, El> Deref for Targeted<E, El> {
    type Target = E;
    fn deref(&self) -> &E {
        &self.event
    }
}

impl<E: Clone, El> Clone for Targeted<E, El> {
    fn clone(&self) -> Self {
        Targeted::new(self.event.clone())
    }
}

impl<E: std::fmt::Debug, El> std::fmt::Debug for Targeted<E, El> {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_tuple("Targeted").field(&self.event).finish()
    }
}

#[cfg(not(target_arch = "wasm32"))]
impl<El> Targeted<crate::testing::Event, El> {
    /// The element the event was dispatched to.
    ///
    /// # Panics
    /// When the event is not being dispatched (a handler always receives a dispatched event).
    pub fn target(&self) -> crate::testing::TestNode {
        event_target(&self.event)
    }
}

#[cfg(target_arch = "wasm32")]
impl<E: wasm_bindgen::JsCast, El> Targeted<E, El> {
    /// The event's target as the web-sys type `T`, unchecked (the target of a listener on an
    /// `El` is that element or a descendant).
    pub fn target_as<T: wasm_bindgen::JsCast>(&self) -> T {
        event_target(self.event.unchecked_ref::<web_sys::Event>())
    }
}

#[cfg(target_arch = "wasm32")]
impl<E: wasm_bindgen::JsCast, El: crate::dom::DomElementType> Targeted<E, El> {
    /// The element the event was dispatched to, as `El`'s web-sys type (`typed-dom` feature).
    pub fn target(&self) -> El::Dom {
        self.target_as()
    }
}

/// The `value` of the event's target (an `<input>`, `<textarea>` or `<select>`), as in Leptos:
/// `on:input=move |ev| set_name.set(event_target_value(&ev))`. Empty when there is no value.
#[cfg(target_arch = "wasm32")]
pub fn event_target_value<T: wasm_bindgen::JsCast>(event: &T) -> String {
    target_property(event, "value")
        .and_then(|value| value.as_string())
        .unwrap_or_default()
}

/// Whether the event's target (a checkbox or radio button) is checked, as in Leptos.
#[cfg(target_arch = "wasm32")]
pub fn event_target_checked<T: wasm_bindgen::JsCast>(event: &T) -> bool {
    target_property(event, "checked")
        .and_then(|value| value.as_bool())
        .unwrap_or(false)
}

#[cfg(target_arch = "wasm32")]
fn target_property<T: wasm_bindgen::JsCast>(
    event: &T,
    name: &str,
) -> Option<wasm_bindgen::JsValue> {
    let target = event.unchecked_ref::<web_sys::Event>().target()?;
    js_sys::Reflect::get(&target, &wasm_bindgen::JsValue::from_str(name)).ok()
}

/// The event's target as the web-sys type `T` (unchecked), as in Leptos.
///
/// # Panics
/// When the event has no target (it was never dispatched).
#[cfg(target_arch = "wasm32")]
pub fn event_target<T: wasm_bindgen::JsCast>(event: &web_sys::Event) -> T {
    use wasm_bindgen::JsCast;
    event
        .target()
        .expect("event_target: the event has no target (it was not dispatched)")
        .unchecked_into()
}

/// The `value` of the event's target: its `value` property, else its `value` attribute, else
/// empty (natively: the test renderer's event).
///
/// ```
/// use view_core::prelude::*;
/// use view_core::html::input;
/// use view_core::testing::{self, TestNode, TestRenderer};
///
/// let (text, set_text) = signal(String::new());
/// let root = TestNode::element("main");
/// let _handle = view_core::mount_on::<TestRenderer, _>(&root, move || {
///     input().on(ev::input, move |ev| set_text.set(event_target_value(&ev)))
/// });
/// testing::set_input_value(&root.expect("input"), "hello");
/// assert_eq!(text.get_untracked(), "hello");
/// ```
#[cfg(not(target_arch = "wasm32"))]
pub fn event_target_value(event: &crate::testing::Event) -> String {
    event.value().unwrap_or_default()
}

/// Whether the event's target is checked (natively: the test renderer's event).
#[cfg(not(target_arch = "wasm32"))]
pub fn event_target_checked(event: &crate::testing::Event) -> bool {
    event.checked()
}

/// The event's target (natively: a [`TestNode`](crate::testing::TestNode), or any type made
/// from one).
///
/// # Panics
/// When the event has no target (it was never dispatched).
#[cfg(not(target_arch = "wasm32"))]
pub fn event_target<T: From<crate::testing::TestNode>>(event: &crate::testing::Event) -> T {
    T::from(
        event
            .target()
            .expect("event_target: the event has no target (it was not dispatched)"),
    )
}
