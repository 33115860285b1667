//! The few things that differ between the browser and the native test renderer: reading an
//! event's key and its target's value or checked state, focusing an element, `localStorage`
//! and the route in `location.hash`.

/// The `localStorage` key (the app spec asks for `todos-<framework>`).
pub const STORAGE_KEY: &str = "todos-view-core";

#[cfg(target_arch = "wasm32")]
mod imp {
    use view_core::ev;
    use wasm_bindgen::JsCast;
    use wasm_bindgen::closure::Closure;

    fn target_input(event: &web_sys::Event) -> Option<web_sys::HtmlInputElement> {
        event.target()?.dyn_into().ok()
    }

    /// The key of a keyboard event (`"Enter"`, `"Escape"`).
    pub fn key(event: &ev::KeyboardEvent) -> String {
        event.key()
    }

    /// The `value` of the input the event targets.
    pub fn target_value(event: &web_sys::Event) -> String {
        target_input(event)
            .map(|input| input.value())
            .unwrap_or_default()
    }

    /// Sets the `value` of the input the event targets.
    pub fn set_target_value(event: &web_sys::Event, value: &str) {
        if let Some(input) = target_input(event) {
            input.set_value(value);
        }
    }

    /// The `checked` state of the checkbox the event targets.
    pub fn target_checked(event: &web_sys::Event) -> bool {
        target_input(event).is_some_and(|input| input.checked())
    }

    /// Sets an input's `value`.
    pub fn set_value(element: &web_sys::Element, value: &str) {
        if let Some(input) = element.dyn_ref::<web_sys::HtmlInputElement>() {
            input.set_value(value);
        }
    }

    /// Moves the focus to `element`.
    pub fn focus(element: &web_sys::Element) {
        if let Some(element) = element.dyn_ref::<web_sys::HtmlElement>() {
            let _ = element.focus();
        }
    }

    fn storage() -> Option<web_sys::Storage> {
        web_sys::window()?.local_storage().ok().flatten()
    }

    /// The stored todos' JSON, if any.
    pub fn load() -> Option<String> {
        storage()?.get_item(super::STORAGE_KEY).ok().flatten()
    }

    /// Stores the todos' JSON.
    pub fn save(json: &str) {
        if let Some(storage) = storage() {
            let _ = storage.set_item(super::STORAGE_KEY, json);
        }
    }

    /// The current `location.hash`.
    pub fn hash() -> String {
        web_sys::window()
            .and_then(|window| window.location().hash().ok())
            .unwrap_or_default()
    }

    /// Calls `changed` with the new hash on every `hashchange`, for the life of the page.
    pub fn on_hash_change(changed: impl Fn(String) + 'static) {
        let Some(window) = web_sys::window() else {
            return;
        };
        let listener =
            Closure::<dyn Fn(web_sys::Event)>::new(move |_: web_sys::Event| changed(hash()));
        let _ = window
            .add_event_listener_with_callback("hashchange", listener.as_ref().unchecked_ref());
        // The app lives as long as the page: the listener is never removed.
        listener.forget();
    }
}

#[cfg(not(target_arch = "wasm32"))]
mod imp {
    use std::cell::RefCell;

    use view_core::testing::{Event, TestNode};

    thread_local! {
        static STORED: RefCell<Option<String>> = const { RefCell::new(None) };
    }

    /// The key of a keyboard event.
    pub fn key(event: &Event) -> String {
        event.key()
    }

    /// The `value` of the input the event targets.
    pub fn target_value(event: &Event) -> String {
        event.value().unwrap_or_default()
    }

    /// Sets the `value` of the input the event targets.
    pub fn set_target_value(event: &Event, value: &str) {
        if let Some(target) = event.target() {
            set_value(&target, value);
        }
    }

    /// The `checked` state of the checkbox the event targets.
    pub fn target_checked(event: &Event) -> bool {
        event.checked()
    }

    /// Sets an input's `value` (as typing would: an `input` event follows, which the app
    /// ignores).
    pub fn set_value(element: &TestNode, value: &str) {
        view_core::testing::set_input_value(element, value);
    }

    /// Focus has no effect on the test renderer.
    pub fn focus(_element: &TestNode) {}

    /// The stored todos' JSON (natively: this thread's stand-in for `localStorage`).
    pub fn load() -> Option<String> {
        STORED.with(|stored| stored.borrow().clone())
    }

    /// Stores the todos' JSON.
    pub fn save(json: &str) {
        STORED.with(|stored| *stored.borrow_mut() = Some(json.to_owned()));
    }

    /// Natively there is no location: the route is always `#/`.
    pub fn hash() -> String {
        String::new()
    }

    /// Natively the route never changes by itself.
    pub fn on_hash_change(_changed: impl Fn(String) + 'static) {}
}

pub use imp::*;
