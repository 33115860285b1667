//! Typed events in the browser: the raw [`web_sys::Event`] a listener receives is cast to the
//! type its [`EventDescriptor`](crate::ev::EventDescriptor) names (`ev::click` → `MouseEvent`).

use wasm_bindgen::JsCast;

use crate::ev::FromRawEvent;

/// Every web-sys type converts from the raw event by an unchecked cast: the descriptor's
/// event type is the one the browser dispatches under that name, so no run-time check is
/// paid. (A custom event declared with the wrong type gets the JS object it was sent; reading a
/// missing field then yields `undefined`, as in JavaScript.)
impl<T: JsCast> FromRawEvent<web_sys::Event> for T {
    fn from_raw(raw: web_sys::Event) -> T {
        raw.unchecked_into()
    }
}
