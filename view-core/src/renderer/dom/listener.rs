//! [`ListenerHandle`]: an attached DOM event listener that is removed when dropped; and the
//! delegated listeners of the `delegation` feature (one document listener per event type).

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
    /// A shared slot for `handler`, not running and not removed.
    fn new(handler: Box<dyn FnMut(web_sys::Event)>) -> Rc<Shared> {
        Rc::new(Shared {
            handler: RefCell::new(handler),
            nested: RefCell::new(VecDeque::new()),
            removed: Cell::new(false),
        })
    }

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

/// A listener attached with `addEventListener`, or (with the `delegation` feature) a handler
/// registered with the document's delegated listener for its event. Dropping the handle
/// removes the listener (or the registration) and frees the Rust closure; nothing leaks when a
/// view is unmounted.
#[must_use = "dropping the handle removes the listener"]
pub struct ListenerHandle {
    name: String,
    shared: Rc<Shared>,
    kind: Kind,
}

enum Kind {
    Direct {
        target: web_sys::EventTarget,
        capture: bool,
        closure: Closure<dyn Fn(web_sys::Event)>,
    },
    Delegated {
        slot: u32,
    },
}

impl ListenerHandle {
    pub(super) fn attach(
        target: &web_sys::EventTarget,
        name: &str,
        capture: bool,
        handler: Box<dyn FnMut(web_sys::Event)>,
    ) -> ListenerHandle {
        let shared = Shared::new(handler);
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
            name: name.to_owned(),
            shared,
            kind: Kind::Direct {
                target: target.clone(),
                capture,
                closure,
            },
        }
    }

    /// Registers `handler` for the bubbling event `name` on `element` with the document's
    /// delegated listener (see [`delegated`]).
    pub(super) fn delegate(
        element: &web_sys::Element,
        name: &str,
        handler: Box<dyn FnMut(web_sys::Event)>,
    ) -> ListenerHandle {
        let shared = Shared::new(handler);
        let slot = delegated::register(element, name, &shared);
        ListenerHandle {
            name: name.to_owned(),
            shared,
            kind: Kind::Delegated { slot },
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
        match &self.kind {
            Kind::Direct {
                target,
                capture,
                closure,
            } => {
                // Removing a listener that is attached cannot fail.
                let _ = target.remove_event_listener_with_callback_and_bool(
                    &self.name,
                    closure.as_ref().unchecked_ref(),
                    *capture,
                );
            }
            Kind::Delegated { slot } => delegated::unregister(*slot, &self.shared),
        }
    }
}

impl core::fmt::Debug for ListenerHandle {
    fn fmt(&self, f: &mut core::fmt::Formatter<'_>) -> core::fmt::Result {
        let (capture, delegated) = match &self.kind {
            Kind::Direct { capture, .. } => (*capture, false),
            Kind::Delegated { .. } => (false, true),
        };
        f.debug_struct("ListenerHandle")
            .field("name", &self.name)
            .field("capture", &capture)
            .field("delegated", &delegated)
            .finish_non_exhaustive()
    }
}

/// Whether the DOM renderer delegates the event `name` (with the `delegation` feature): the
/// events that bubble and are `composed` (they leave shadow roots, so the document's listener
/// sees them and `composedPath()` lists the elements inside open shadow roots). Everything else
/// keeps a direct listener: events that do not bubble (`focus`, `blur`, `mouseenter`,
/// `mouseleave`, `load`, `scroll`, …), bubbling events that stop at a shadow root (`change`,
/// `submit`, `reset`, custom events), and events whose document-level listeners browsers make
/// passive (`wheel`, `touchstart`, `touchmove`), where `preventDefault` must keep working.
pub(super) fn delegates(name: &str) -> bool {
    matches!(
        name,
        "click"
            | "dblclick"
            | "auxclick"
            | "contextmenu"
            | "mousedown"
            | "mouseup"
            | "mousemove"
            | "mouseover"
            | "mouseout"
            | "pointerdown"
            | "pointerup"
            | "pointermove"
            | "pointerover"
            | "pointerout"
            | "pointercancel"
            | "keydown"
            | "keyup"
            | "keypress"
            | "input"
            | "beforeinput"
            | "focusin"
            | "focusout"
            | "compositionstart"
            | "compositionupdate"
            | "compositionend"
            | "touchend"
            | "touchcancel"
    )
}

/// Event delegation: one listener per event type on the document, installed on first use.
///
/// Each element with a delegated handler carries a number in an expando property (`$$vc_click`):
/// a slot of this thread's table plus the slot's generation, so a property left on a node
/// whose handlers were dropped (unmounting does not touch the node) finds a newer generation
/// and is ignored. On dispatch the document listener (JavaScript, `vc_dispatch`) walks
/// `event.composedPath()` from the target up, and for each element with a live slot sets
/// `currentTarget` (and `target`, retargeted as the browser would for that element's tree)
/// and calls its handlers; it stops after a handler calls `stopPropagation` or
/// `stopImmediatePropagation` (which also skips the element's other handlers).
///
/// Differences from direct listeners, documented in `docs/design.md`: delegated handlers run
/// when the event reaches the document, so direct listeners on ancestors (capture handlers,
/// `:undelegated` ones, listeners added outside view-core) run before them, and their
/// `stopPropagation` cannot stop those; `eventPhase` reads as the document's. Handlers inside
/// a closed shadow root are not reached (`composedPath()` hides its nodes from the document):
/// use `on:event:undelegated` there.
mod delegated {
    use std::cell::RefCell;
    use std::rc::Rc;

    use wasm_bindgen::JsCast;
    use wasm_bindgen::closure::Closure;

    use super::Shared;

    #[wasm_bindgen::prelude::wasm_bindgen(inline_js = "
        const installed = new Set();
        let call;
        const STOPPED = Symbol('vc stopped immediately');
        function retargetedRoot(node) { const root = node.getRootNode(); return root instanceof ShadowRoot ? root : null; }
        function dispatch(event) {
            const path = event.composedPath();
            const key = '$$vc_' + event.type;
            const stopImmediate = event.stopImmediatePropagation;
            event.stopImmediatePropagation = function () { this[STOPPED] = true; stopImmediate.call(this); };
            let target = path[0];
            let root = target ? retargetedRoot(target) : null;
            try {
                for (let i = 0; i < path.length; i++) {
                    const node = path[i];
                    if (node === root) { target = node.host; root = retargetedRoot(target); continue; }
                    const id = node[key];
                    if (id === undefined) continue;
                    Object.defineProperty(event, 'currentTarget', { configurable: true, value: node });
                    if (target !== event.target) Object.defineProperty(event, 'target', { configurable: true, value: target });
                    call(id, event);
                    if (event.cancelBubble || event[STOPPED]) break;
                }
            } finally {
                delete event.currentTarget;
                delete event.target;
                delete event.stopImmediatePropagation;
            }
        }
        export function vc_delegate_init(f) { call = f; }
        export function vc_delegate(element, name, id) {
            const key = '$$vc_' + name;
            const old = element[key];
            if (old !== undefined) return old;
            element[key] = id;
            if (!installed.has(name)) { installed.add(name); document.addEventListener(name, dispatch); }
            return id;
        }
        export function vc_delegate_set(element, name, id) { element['$$vc_' + name] = id; }
        export function vc_stopped_immediately(event) { return event[STOPPED] === true; }
    ")]
    extern "C" {
        fn vc_delegate_init(call: &wasm_bindgen::JsValue);
        fn vc_delegate(element: &web_sys::Element, name: &str, id: f64) -> f64;
        fn vc_delegate_set(element: &web_sys::Element, name: &str, id: f64);
        fn vc_stopped_immediately(event: &web_sys::Event) -> bool;
    }

    /// One slot: the handlers of one element for one event type, in registration order.
    struct Slot {
        generation: u32,
        handlers: Vec<Rc<Shared>>,
    }

    struct Table {
        slots: Vec<Slot>,
        free: Vec<u32>,
        /// The JS function the document listeners call (`call(id, event)`), made once.
        call: Option<Closure<dyn Fn(f64, web_sys::Event)>>,
    }

    thread_local! {
        static TABLE: RefCell<Table> = const {
            RefCell::new(Table { slots: Vec::new(), free: Vec::new(), call: None })
        };
    }

    /// The number stored on the element: the slot and its generation (exact in an `f64`).
    fn id(slot: u32, generation: u32) -> f64 {
        f64::from(generation) * 4_294_967_296.0 + f64::from(slot)
    }

    /// The slot of `id` if its generation is still the live one.
    fn live(table: &Table, id: f64) -> Option<u32> {
        if id.is_nan() || id < 0.0 {
            return None;
        }
        let slot = (id % 4_294_967_296.0) as u32;
        let generation = (id / 4_294_967_296.0) as u32;
        let entry = table.slots.get(slot as usize)?;
        (entry.generation == generation && !entry.handlers.is_empty()).then_some(slot)
    }

    /// Calls the handlers of the slot `id` names, in order, until one stops the event
    /// immediately.
    fn call(id: f64, event: web_sys::Event) {
        let handlers = TABLE.with(|table| {
            let table = table.borrow();
            live(&table, id).map(|slot| table.slots[slot as usize].handlers.clone())
        });
        let Some(handlers) = handlers else { return };
        let last = handlers.len() - 1;
        for (i, shared) in handlers.into_iter().enumerate() {
            if shared.removed.get() {
                continue;
            }
            shared.call(event.clone());
            if i != last && vc_stopped_immediately(&event) {
                break;
            }
        }
    }

    /// Adds `shared` to the handlers of `element` for `name`, installing the document listener
    /// for `name` on first use. Returns the slot.
    pub(super) fn register(element: &web_sys::Element, name: &str, shared: &Rc<Shared>) -> u32 {
        TABLE.with(|table| {
            let mut table = table.borrow_mut();
            if table.call.is_none() {
                let closure: Closure<dyn Fn(f64, web_sys::Event)> =
                    Closure::wrap_aborting(Box::new(call));
                vc_delegate_init(closure.as_ref().unchecked_ref());
                table.call = Some(closure);
            }
            let (slot, generation) = match table.free.pop() {
                Some(slot) => (slot, table.slots[slot as usize].generation),
                None => {
                    table.slots.push(Slot {
                        generation: 0,
                        handlers: Vec::new(),
                    });
                    ((table.slots.len() - 1) as u32, 0)
                }
            };
            let new = id(slot, generation);
            let found = vc_delegate(element, name, new);
            if found != new {
                if let Some(existing) = live(&table, found) {
                    // The element has handlers for `name` already: run after them.
                    table.free.push(slot);
                    table.slots[existing as usize].handlers.push(shared.clone());
                    return existing;
                }
                // A number left by dropped handlers: replace it.
                vc_delegate_set(element, name, new);
            }
            table.slots[slot as usize].handlers.push(shared.clone());
            slot
        })
    }

    /// Removes `shared` from its slot; an emptied slot gets a new generation (the number left
    /// on the element no longer reaches it) and is reused.
    pub(super) fn unregister(slot: u32, shared: &Rc<Shared>) {
        let _ = TABLE.try_with(|table| {
            let mut table = table.borrow_mut();
            let entry = &mut table.slots[slot as usize];
            entry.handlers.retain(|other| !Rc::ptr_eq(other, shared));
            if entry.handlers.is_empty() {
                entry.generation = entry.generation.wrapping_add(1);
                table.free.push(slot);
            }
        });
    }
}
