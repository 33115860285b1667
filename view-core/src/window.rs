//! Listening on the window and reading the page's location, as Leptos's
//! `window_event_listener` and `location_hash`.
//!
//! In the browser the listener is added to `window` until [`WindowListenerHandle::remove`] is
//! called (dropping the handle keeps it, as in Leptos). Natively (server rendering, native
//! tests) there is no window: nothing is registered and [`location_hash`] is `None`, so a
//! component that listens on the window still renders on the server.

use crate::ev::EventDescriptor;

/// Removes a listener added by [`window_event_listener`]; dropping it keeps the listener.
#[must_use = "dropping the handle keeps the listener; call `remove()` to take it off"]
pub struct WindowListenerHandle(Option<Box<dyn FnOnce()>>);

impl std::fmt::Debug for WindowListenerHandle {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_tuple("WindowListenerHandle").finish()
    }
}

impl WindowListenerHandle {
    /// Removes the listener from the window.
    pub fn remove(mut self) {
        if let Some(remove) = self.0.take() {
            remove();
        }
    }
}

/// Calls `handler` with each `event` dispatched to the window (`ev::hashchange`,
/// `ev::resize`, `ev::keydown`, …), typed as the descriptor says.
///
/// ```
/// use view_core::prelude::*;
///
/// let (hash, set_hash) = signal(location_hash());
/// let handle = window_event_listener(ev::hashchange, move |_| set_hash.set(location_hash()));
/// // Natively there is no window: nothing was registered, and there is no location.
/// assert_eq!(hash.get_untracked(), None);
/// handle.remove();
/// ```
pub fn window_event_listener<E>(
    event: E,
    mut handler: impl FnMut(E::EventType) + 'static,
) -> WindowListenerHandle
where
    E: EventDescriptor,
    E::EventType: crate::ev::FromRawEvent<RawEvent>,
{
    window_event_listener_untyped(&event.name(), move |raw| {
        handler(<E::EventType as crate::ev::FromRawEvent<RawEvent>>::from_raw(raw))
    })
}

/// The raw event a window listener receives: `web_sys::Event` in the browser, the test
/// renderer's event natively.
#[cfg(target_arch = "wasm32")]
pub(crate) type RawEvent = web_sys::Event;
/// The raw event a window listener receives: `web_sys::Event` in the browser, the test
/// renderer's event natively.
#[cfg(not(target_arch = "wasm32"))]
pub(crate) type RawEvent = crate::testing::Event;

/// Calls `handler` with each event named `name` dispatched to the window, untyped.
#[cfg(target_arch = "wasm32")]
pub fn window_event_listener_untyped(
    name: &str,
    handler: impl FnMut(web_sys::Event) + 'static,
) -> WindowListenerHandle {
    use wasm_bindgen::JsCast;
    use wasm_bindgen::closure::Closure;

    let closure = Closure::<dyn FnMut(web_sys::Event)>::new(handler);
    let window = crate::window();
    // Fails only if `name` is not a valid event name for the browser, which leaves no listener.
    let _ = window.add_event_listener_with_callback(name, closure.as_ref().unchecked_ref());
    let name = name.to_owned();
    WindowListenerHandle(Some(Box::new(move || {
        let _ = window.remove_event_listener_with_callback(&name, closure.as_ref().unchecked_ref());
        drop(closure);
    })))
}

/// Calls `handler` with each event named `name` dispatched to the window, untyped. Natively
/// there is no window: nothing is registered.
#[cfg(not(target_arch = "wasm32"))]
pub fn window_event_listener_untyped(
    name: &str,
    handler: impl FnMut(crate::testing::Event) + 'static,
) -> WindowListenerHandle {
    let _ = (name, handler);
    WindowListenerHandle(None)
}

/// The page's location (`window.location`).
///
/// # Panics
/// Natively, as [`window`](crate::window) (use [`location_hash`], which is `None` there).
pub fn location() -> web_sys::Location {
    crate::window().location()
}

/// The URL's fragment without its `#` (`"/active"` for `…#/active`; `""` when there is none),
/// as Leptos's; `None` natively, where there is no page.
pub fn location_hash() -> Option<String> {
    #[cfg(target_arch = "wasm32")]
    let hash = location()
        .hash()
        .ok()
        .map(|hash| match hash.strip_prefix('#') {
            Some(rest) => rest.to_owned(),
            None => hash,
        });
    #[cfg(not(target_arch = "wasm32"))]
    let hash = None;
    hash
}
