//! [`ListenerHandle`]: an attached DOM event listener that is removed when dropped.

use wasm_bindgen::JsCast;
use wasm_bindgen::closure::Closure;

/// A listener attached with `addEventListener`. Dropping the handle removes the listener and
/// frees the Rust closure; nothing leaks when a view is unmounted.
#[must_use = "dropping the handle removes the listener"]
pub struct ListenerHandle {
    target: web_sys::EventTarget,
    name: String,
    capture: bool,
    closure: Closure<dyn FnMut(web_sys::Event)>,
}

impl ListenerHandle {
    pub(super) fn attach(
        target: &web_sys::EventTarget,
        name: &str,
        capture: bool,
        handler: Box<dyn FnMut(web_sys::Event)>,
    ) -> ListenerHandle {
        // wasm32 builds abort on panic, so there is no unwinding to guard against.
        let closure = Closure::wrap_aborting(handler);
        let added = target.add_event_listener_with_callback_and_bool(
            name,
            closure.as_ref().unchecked_ref(),
            capture,
        );
        if added.is_err() {
            super::fail("addEventListener failed");
        }
        ListenerHandle {
            target: target.clone(),
            name: name.to_owned(),
            capture,
            closure,
        }
    }

    /// The event name this listener is attached for.
    pub fn name(&self) -> &str {
        &self.name
    }
}

impl Drop for ListenerHandle {
    fn drop(&mut self) {
        // Removing a listener that is attached cannot fail.
        let _ = self.target.remove_event_listener_with_callback_and_bool(
            &self.name,
            self.closure.as_ref().unchecked_ref(),
            self.capture,
        );
    }
}

impl core::fmt::Debug for ListenerHandle {
    fn fmt(&self, f: &mut core::fmt::Formatter<'_>) -> core::fmt::Result {
        f.debug_struct("ListenerHandle")
            .field("name", &self.name)
            .field("capture", &self.capture)
            .finish_non_exhaustive()
    }
}
