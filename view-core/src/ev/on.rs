//! [`On`]: an event listener as an attribute (`.on(ev::click, f)`, `on:click=f` in `view!`).

use std::cell::RefCell;
use std::marker::PhantomData;
use std::rc::Rc;

use super::{EventDescriptor, FromRawEvent};
use crate::attribute::{Attribute, RenderAttribute};
use crate::{ElementType, HtmlElement, NextTuple, Renderer};

/// An event listener as an attribute: nothing in HTML; a listener on the live element.
#[derive(Clone, Debug)]
pub struct On<E, F> {
    event: E,
    capture: bool,
    /// Whether the renderer may delegate it (`Renderer::add_delegated_listener`).
    delegate: bool,
    handler: F,
}

impl<E: EventDescriptor, F> On<E, F> {
    /// A listener for `event` (in the capture phase when `capture`). A bubbling listener of a
    /// bubbling event may be delegated by the renderer (see [`undelegated`](Self::undelegated)).
    pub fn new(event: E, capture: bool, handler: F) -> Self {
        On {
            event,
            capture,
            delegate: E::BUBBLES && !capture,
            handler,
        }
    }

    /// Always a direct listener on the element, never delegated (`on:click:undelegated` in
    /// `view!`, as in Leptos): for handlers inside closed shadow roots, or that must run
    /// before listeners on ancestors that are not delegated.
    pub fn undelegated(mut self) -> Self {
        self.delegate = false;
        self
    }
}

impl<E, F> Attribute for On<E, F> {
    fn html_len(&self) -> usize {
        0
    }
    fn write_html(&self, _buf: &mut String) {}
}

/// A listener's handler, erased to the renderer's raw event type.
type RawHandler<Ev> = Box<dyn FnMut(Ev)>;

/// The handler of a live listener. A rebuild while the handler runs (a handler that updates
/// the view which holds it) parks the new handler in `pending` until the call returns.
///
/// Erased to the raw event type (not generic over the closure), so the dispatch code below
/// exists once per renderer instead of once per `on(..)` in the app: only the small adapter
/// made by [`typed`] (the cast to the typed event, the user's call) is per handler.
struct Handler<Ev> {
    current: RefCell<RawHandler<Ev>>,
    pending: RefCell<Option<RawHandler<Ev>>>,
}

/// Retained state of an [`On`]: the listener handle (dropping it removes the listener) and the
/// handler, which a rebuild replaces without touching the element.
pub struct OnState<R: Renderer, F> {
    _listener: R::ListenerHandle,
    handler: Rc<Handler<R::Event>>,
    _handler_type: PhantomData<fn(F)>,
}

/// Boxes `handler` behind the cast from the renderer's raw event to `E`'s typed event.
fn typed<R, E, F>(mut handler: F) -> RawHandler<R::Event>
where
    R: Renderer,
    E: EventDescriptor,
    E::EventType: FromRawEvent<R::Event>,
    F: FnMut(E::EventType) + 'static,
{
    Box::new(move |raw| handler(E::EventType::from_raw(raw)))
}

/// Attaches the listener that calls the shared handler (not generic over the handler).
fn listen<R: Renderer>(
    element: &R::Element,
    name: &str,
    capture: bool,
    delegate: bool,
    handler: &Rc<Handler<R::Event>>,
) -> R::ListenerHandle {
    let handler = handler.clone();
    let call: RawHandler<R::Event> = Box::new(move |raw| {
        // Renderers never re-enter a listener: a handler that dispatches its own event
        // again gets the nested call after this one returns (see `Renderer::add_listener`'s
        // implementations), so this borrow only fails if a renderer breaks that rule.
        if let Ok(mut current) = handler.current.try_borrow_mut() {
            current(raw);
        }
        if let Some(new) = handler.pending.borrow_mut().take() {
            *handler.current.borrow_mut() = new;
        }
    });
    if delegate {
        R::add_delegated_listener(element, name, call)
    } else {
        R::add_listener(element, name, capture, call)
    }
}

impl<R, E, F> RenderAttribute<R> for On<E, F>
where
    R: Renderer,
    E: EventDescriptor,
    E::EventType: FromRawEvent<R::Event>,
    F: FnMut(E::EventType) + 'static,
{
    type State = OnState<R, F>;

    fn build(self, element: &R::Element) -> Self::State {
        let handler = Rc::new(Handler {
            current: RefCell::new(typed::<R, E, F>(self.handler)),
            pending: RefCell::new(None),
        });
        OnState {
            _listener: listen::<R>(
                element,
                &self.event.name(),
                self.capture,
                self.delegate,
                &handler,
            ),
            handler,
            _handler_type: PhantomData,
        }
    }

    fn rebuild(self, _element: &R::Element, state: &mut Self::State) {
        let new = typed::<R, E, F>(self.handler);
        match state.handler.current.try_borrow_mut() {
            Ok(mut current) => *current = new,
            Err(_) => *state.handler.pending.borrow_mut() = Some(new),
        }
    }
}

/// An event handler with its closure type erased: what [`HtmlElement::on`] stores.
///
/// Every closure has its own type; stored as is, each handler would make its element's type,
/// and every parent's, unique, so the compiler would instantiate the whole tree's rendering
/// code once per handler. Boxed, elements of the same shape share one type whatever their
/// handlers do. (A closure that captures nothing is boxed without an allocation.)
pub type BoxedHandler<E> = Box<dyn FnMut(<E as EventDescriptor>::EventType)>;

impl<El: ElementType, A: NextTuple, C> HtmlElement<El, A, C> {
    /// Listens for `event` on this element: `.on(ev::click, |e| …)`; the handler receives the
    /// event's typed value (see [`ev`](crate::ev)). The listener is removed when the view is
    /// dropped.
    #[allow(clippy::type_complexity, reason = "the type is the builder's result")]
    pub fn on<E, F>(
        self,
        event: E,
        handler: F,
    ) -> HtmlElement<El, A::Next<On<E, BoxedHandler<E>>>, C>
    where
        E: EventDescriptor,
        F: FnMut(E::EventType) + 'static,
    {
        self.with(On::new(event, false, Box::new(handler) as BoxedHandler<E>))
    }

    /// Listens for `event` in the capture phase: the handler runs before those of the
    /// element's descendants.
    #[allow(clippy::type_complexity, reason = "the type is the builder's result")]
    pub fn on_capture<E, F>(
        self,
        event: E,
        handler: F,
    ) -> HtmlElement<El, A::Next<On<E, BoxedHandler<E>>>, C>
    where
        E: EventDescriptor,
        F: FnMut(E::EventType) + 'static,
    {
        self.with(On::new(event, true, Box::new(handler) as BoxedHandler<E>))
    }

    /// Listens for `event` with a handler that knows the target's element type: it receives a
    /// [`Targeted`](super::Targeted) event, whose `target()` is the element, typed
    /// (`on:input:target=…` in `view!`, as in Leptos).
    #[allow(clippy::type_complexity, reason = "the type is the builder's result")]
    pub fn on_target<E, F>(
        self,
        event: E,
        mut handler: F,
    ) -> HtmlElement<El, A::Next<On<E, BoxedHandler<E>>>, C>
    where
        E: EventDescriptor,
        F: FnMut(super::Targeted<E::EventType, El>) + 'static,
    {
        let handler = move |event| handler(super::Targeted::new(event));
        self.with(On::new(event, false, Box::new(handler) as BoxedHandler<E>))
    }

    /// [`on`](Self::on), never delegated (`on:click:undelegated`): a direct listener on the
    /// element even when the renderer delegates events (the DOM renderer's `delegation`
    /// feature).
    #[allow(clippy::type_complexity, reason = "the type is the builder's result")]
    pub fn on_undelegated<E, F>(
        self,
        event: E,
        handler: F,
    ) -> HtmlElement<El, A::Next<On<E, BoxedHandler<E>>>, C>
    where
        E: EventDescriptor,
        F: FnMut(E::EventType) + 'static,
    {
        self.with(On::new(event, false, Box::new(handler) as BoxedHandler<E>).undelegated())
    }

    /// [`on_target`](Self::on_target), never delegated (`on:input:target:undelegated`).
    #[allow(clippy::type_complexity, reason = "the type is the builder's result")]
    pub fn on_target_undelegated<E, F>(
        self,
        event: E,
        mut handler: F,
    ) -> HtmlElement<El, A::Next<On<E, BoxedHandler<E>>>, C>
    where
        E: EventDescriptor,
        F: FnMut(super::Targeted<E::EventType, El>) + 'static,
    {
        let handler = move |event| handler(super::Targeted::new(event));
        self.with(On::new(event, false, Box::new(handler) as BoxedHandler<E>).undelegated())
    }

    /// [`on_target`](Self::on_target) in the capture phase (`on:click:target:capture`).
    #[allow(clippy::type_complexity, reason = "the type is the builder's result")]
    pub fn on_target_capture<E, F>(
        self,
        event: E,
        mut handler: F,
    ) -> HtmlElement<El, A::Next<On<E, BoxedHandler<E>>>, C>
    where
        E: EventDescriptor,
        F: FnMut(super::Targeted<E::EventType, El>) + 'static,
    {
        let handler = move |event| handler(super::Targeted::new(event));
        self.with(On::new(event, true, Box::new(handler) as BoxedHandler<E>))
    }
}
