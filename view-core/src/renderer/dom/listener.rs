//! [`ListenerHandle`]: an attached DOM event listener that is removed when dropped.

use std::cell::{Cell, RefCell};
use std::collections::VecDeque;
use std::rc::Rc;

use wasm_bindgen::JsCast;
use wasm_bindgen::closure::Closure;

/// A listener's Rust side: the handler and the events of nested dispatches waiting for it.
struct Shared {
    handler: RefCell<Box<dyn FnMut(web_sys::Event)>>,
    nested: RefCell<VecDeque<web_sys::Event>>,
    /// Set when the handle is dropped: queued nested calls are then dropped too.
    removed: Cell<bool>,
}

impl Shared {
    /// Runs the handler, or queues `event` when the handler is running already.
    ///
    /// A handler that dispatches an event its own listener receives (`el.dispatchEvent(new
    /// Event("click"))` inside `on:click`) re-enters the listener: in JavaScript the nested
    /// dispatch runs the handler again, nested. A Rust `FnMut` cannot be re-entered (and
    /// wasm-bindgen throws "closure invoked recursively" for an `FnMut` closure), so the JS
    /// closure is an `Fn` and the nested event is queued: it runs the handler as soon as the
    /// running call returns. The handler runs as often as in JavaScript, never throws; a nested
    /// call sees its event after that event's dispatch ended (`currentTarget` is `null`). A
    /// handler that removes its own listener (unmounts its view) drops the calls still queued.
    fn call(&self, event: web_sys::Event) {
        let Ok(mut handler) = self.handler.try_borrow_mut() else {
            self.nested.borrow_mut().push_back(event);
            return;
        };
        handler(event);
        loop {
            let next = self.nested.borrow_mut().pop_front();
            match next {
                Some(nested) if !self.removed.get() => handler(nested),
                Some(_) => {}
                None => break,
            }
        }
    }
}

/// A listener attached with `addEventListener`. Dropping the handle removes the listener and
/// frees the Rust closure; nothing leaks when a view is unmounted.
#[must_use = "dropping the handle removes the listener"]
pub struct ListenerHandle {
    target: web_sys::EventTarget,
    name: String,
    capture: bool,
    closure: Closure<dyn Fn(web_sys::Event)>,
    shared: Rc<Shared>,
}

impl ListenerHandle {
    pub(super) fn attach(
        target: &web_sys::EventTarget,
        name: &str,
        capture: bool,
        handler: Box<dyn FnMut(web_sys::Event)>,
    ) -> ListenerHandle {
        let shared = Rc::new(Shared {
            handler: RefCell::new(handler),
            nested: RefCell::new(VecDeque::new()),
            removed: Cell::new(false),
        });
        let listener = shared.clone();
        // `Fn`, not `FnMut`: wasm-bindgen lets an `Fn` closure be re-entered (see
        // `Shared::call`). wasm32 builds abort on panic, so there is no unwinding to guard
        // against.
        let closure: Closure<dyn Fn(web_sys::Event)> =
            Closure::wrap_aborting(Box::new(move |event| listener.call(event)));
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
            shared,
        }
    }

    /// The event name this listener is attached for.
    pub fn name(&self) -> &str {
        &self.name
    }
}

impl Drop for ListenerHandle {
    fn drop(&mut self) {
        self.shared.removed.set(true);
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
