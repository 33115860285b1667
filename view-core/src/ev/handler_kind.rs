//! Handlers made elsewhere (`on:click=on_click`, a variable or a prop): natively, one typed
//! with a web-sys event (`impl FnMut(web_sys::MouseEvent)`, as Leptos code writes) compiles.
//!
//! Natively the events handlers receive are the test renderer's ([`testing::Event`]), so a
//! handler taking `web_sys::MouseEvent` does not fit `FnMut(ev::MouseEvent)`. `view!` passes a
//! handler written as a path through [`HandlerWrap`], and method resolution picks the first
//! level whose bound holds (autoref specialization): the handler as is when it takes the
//! event's type (always in the browser, where the two are the same type), else, natively, an
//! adapter for a web-sys-typed handler, else the handler as is again, so a wrong handler gets
//! the usual "expected an `FnMut(MouseEvent)` closure" error. A handler whose argument is not
//! known yet (`let inc = move |_| …;`) takes the first level, as before. Closures written in
//! place are not wrapped: their argument is inferred from the event.
//!
//! [`testing::Event`]: crate::testing::Event

use super::EventDescriptor;

/// An event descriptor and a handler made elsewhere (see the module docs).
pub struct HandlerWrap<E, F>(pub E, pub F);

/// The event's web-sys type natively (`web_sys::MouseEvent` for `ev::click`).
pub trait WebEvent: EventDescriptor {
    /// The web-sys event type.
    type Web;
}

/// Level 1: the handler takes the event's type.
pub struct AsIs;
/// Level 2 (natively): the handler takes the event's web-sys type.
pub struct WebTyped;

/// Level 1 (see the module docs).
pub trait NativeHandler {
    /// The handler takes the event's type.
    fn __view_core_handler_kind(&self) -> AsIs {
        AsIs
    }
}
impl<E: EventDescriptor, F: FnMut(E::EventType)> NativeHandler for &&HandlerWrap<E, F> {}

/// Level 2 (see the module docs); no impl in the browser, where the types are the same.
pub trait WebHandler {
    /// The handler takes the event's web-sys type.
    fn __view_core_handler_kind(&self) -> WebTyped {
        WebTyped
    }
}
#[cfg(not(target_arch = "wasm32"))]
impl<E: WebEvent, F: FnMut(E::Web)> WebHandler for &HandlerWrap<E, F> {}

/// Level 3 (see the module docs): anything else, reported by [`AsIs::into_handler`]'s bound.
pub trait AnyHandler {
    /// The handler, checked against the event's type.
    fn __view_core_handler_kind(&self) -> AsIs {
        AsIs
    }
}
impl<E, F> AnyHandler for HandlerWrap<E, F> {}

impl AsIs {
    /// The handler itself.
    pub fn into_handler<E: EventDescriptor, F: FnMut(E::EventType)>(
        self,
        wrap: HandlerWrap<E, F>,
    ) -> F {
        wrap.1
    }
}

impl WebTyped {
    /// Natively: a handler for the test renderer's events that keeps `wrap`'s handler.
    ///
    /// # Panics
    /// The returned handler panics when an event is dispatched to it: natively there is no
    /// web-sys event to give a handler typed with one (web-sys types are browser objects).
    /// Rendering HTML never calls handlers; to run a handler in native tests, type its
    /// argument with `ev::MouseEvent` (the test renderer's event natively, web-sys's in the
    /// browser).
    pub fn into_handler<E: WebEvent, F: FnMut(E::Web) + 'static>(
        self,
        wrap: HandlerWrap<E, F>,
    ) -> impl FnMut(E::EventType) + 'static {
        let handler = wrap.1;
        move |_event| {
            let _handler = &handler;
            panic!(
                "a handler taking a web-sys event ({}) ran on the test renderer: natively there \
                 are no browser events; type its argument with `view_core::ev::{}` to run it \
                 in native tests",
                std::any::type_name::<E::Web>(),
                std::any::type_name::<E::Web>()
                    .rsplit("::")
                    .next()
                    .unwrap_or("Event"),
            )
        }
    }
}
