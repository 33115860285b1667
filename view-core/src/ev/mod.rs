//! Events: one typed descriptor per standard DOM event (`ev::click`, `ev::keydown`, …), custom
//! events ([`Custom`]), and the [`On`] attribute that `.on(ev::click, |e| …)` adds.
//!
//! Each descriptor names its event type: `ev::click` delivers a [`MouseEvent`], `ev::keydown` a
//! [`KeyboardEvent`], `ev::input` an [`InputEvent`]. In the browser (`wasm32`) these are the
//! `web-sys` types; natively every one of them is the test renderer's
//! [`testing::Event`](crate::testing::Event), so the same handlers run in native tests.
//!
//! # Direct listeners
//! Every `.on(..)` attaches one listener to its own element (`addEventListener`) and removes it
//! when the view is dropped. This is simple and correct for `stopPropagation`, non-bubbling
//! events (`focus`, `mouseenter`, `load`), capture, and elements inside shadow roots. Delegation
//! (one listener per event type at the root) may create views faster; whether to switch is a
//! later decision made by the DOM benchmark, and would keep this API.
//!
//! ```
//! use view_core::prelude::*;
//! use view_core::html::{button, div};
//! use view_core::testing::{self, TestNode, TestRenderer};
//! use std::{cell::RefCell, rc::Rc};
//!
//! let seen = Rc::new(RefCell::new(Vec::new()));
//! let (outer, inner) = (seen.clone(), seen.clone());
//! let root = TestNode::element("main");
//! let _handle = view_core::mount_to::<TestRenderer, _>(&root, move || {
//!     div()
//!         .on(ev::click, move |_| outer.borrow_mut().push("div"))
//!         .child(button().on(ev::click, move |e: ev::MouseEvent| {
//!             inner.borrow_mut().push("button");
//!             e.prevent_default();
//!         }))
//! });
//! let prevented = testing::click(&root.expect("button"));
//! assert!(prevented);
//! assert_eq!(*seen.borrow(), ["button", "div"]);
//! ```

use std::borrow::Cow;
use std::cell::RefCell;
use std::marker::PhantomData;
use std::rc::Rc;

use crate::attribute::{Attribute, RenderAttribute};
use crate::element::ElementType;
use crate::tuples::NextTuple;
use crate::{HtmlElement, Renderer};

/// Describes an event: its name, whether it bubbles, and the type listeners receive.
pub trait EventDescriptor: Copy + 'static {
    /// The typed event listeners receive (`MouseEvent` for `click`).
    type EventType: 'static;
    /// Whether the DOM event bubbles (`click` does, `focus` does not).
    const BUBBLES: bool;
    /// The event name passed to `addEventListener`.
    fn name(&self) -> Cow<'static, str>;
}

/// Converts the renderer's raw event into a typed event (on `wasm32`, a `web-sys` cast).
pub trait FromRawEvent<Raw> {
    /// Converts `raw`.
    fn from_raw(raw: Raw) -> Self;
}

impl FromRawEvent<crate::testing::Event> for crate::testing::Event {
    fn from_raw(raw: crate::testing::Event) -> Self {
        raw
    }
}

macro_rules! event_types {
    ($($(#[$doc:meta])* $name:ident,)*) => {
        $(
            $(#[$doc])*
            #[cfg(target_arch = "wasm32")]
            pub type $name = web_sys::$name;
            $(#[$doc])*
            #[doc = ""]
            #[doc = "Natively: the test renderer's event."]
            #[cfg(not(target_arch = "wasm32"))]
            pub type $name = crate::testing::Event;
        )*
    };
}

event_types! {
    /// Any event (`change`, `scroll`, `load`, …).
    Event,
    /// A user-interface event (`resize`).
    UiEvent,
    /// A mouse event (`click`, `mousedown`, …).
    MouseEvent,
    /// A wheel event.
    WheelEvent,
    /// A keyboard event (`keydown`, `keyup`, `keypress`).
    KeyboardEvent,
    /// An input event (`input`, `beforeinput`).
    InputEvent,
    /// A focus event (`focus`, `blur`, `focusin`, `focusout`).
    FocusEvent,
    /// A pointer event (`pointerdown`, …).
    PointerEvent,
    /// A touch event (`touchstart`, …).
    TouchEvent,
    /// A drag-and-drop event (`dragstart`, `drop`, …).
    DragEvent,
    /// A form submission event.
    SubmitEvent,
    /// A CSS animation event.
    AnimationEvent,
    /// A CSS transition event.
    TransitionEvent,
    /// A clipboard event (`copy`, `cut`, `paste`).
    ClipboardEvent,
    /// An IME composition event.
    CompositionEvent,
    /// A progress event (`progress` on media and requests).
    ProgressEvent,
    /// An error event.
    ErrorEvent,
    /// A custom event (see [`Custom`]).
    CustomEvent,
}

macro_rules! bubbles_doc {
    (true) => {
        "Bubbles."
    };
    (false) => {
        "Does not bubble."
    };
}

macro_rules! events {
    ($($name:ident $ty:ident $bubbles:tt;)*) => {$(
        #[doc = concat!("The `", stringify!($name), "` event: delivers a [`", stringify!($ty), "`].")]
        #[doc = ""]
        #[doc = bubbles_doc!($bubbles)]
        #[allow(non_camel_case_types, reason = "descriptors are named exactly like the DOM events")]
        #[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Hash)]
        pub struct $name;

        impl EventDescriptor for $name {
            type EventType = $ty;
            const BUBBLES: bool = $bubbles;
            #[inline]
            fn name(&self) -> Cow<'static, str> {
                Cow::Borrowed(stringify!($name))
            }
        }
    )*};
}

events! {
    // Mouse
    click MouseEvent true;
    dblclick MouseEvent true;
    auxclick MouseEvent true;
    contextmenu MouseEvent true;
    mousedown MouseEvent true;
    mouseup MouseEvent true;
    mousemove MouseEvent true;
    mouseover MouseEvent true;
    mouseout MouseEvent true;
    mouseenter MouseEvent false;
    mouseleave MouseEvent false;
    wheel WheelEvent true;
    // Keyboard
    keydown KeyboardEvent true;
    keyup KeyboardEvent true;
    keypress KeyboardEvent true;
    // Input and forms
    input InputEvent true;
    beforeinput InputEvent true;
    change Event true;
    submit SubmitEvent true;
    reset Event true;
    select Event true;
    invalid Event false;
    // Focus
    focus FocusEvent false;
    blur FocusEvent false;
    focusin FocusEvent true;
    focusout FocusEvent true;
    // Pointer
    pointerdown PointerEvent true;
    pointerup PointerEvent true;
    pointermove PointerEvent true;
    pointerover PointerEvent true;
    pointerout PointerEvent true;
    pointerenter PointerEvent false;
    pointerleave PointerEvent false;
    pointercancel PointerEvent true;
    gotpointercapture PointerEvent true;
    lostpointercapture PointerEvent true;
    // Touch
    touchstart TouchEvent true;
    touchend TouchEvent true;
    touchmove TouchEvent true;
    touchcancel TouchEvent true;
    // Drag and drop
    drag DragEvent true;
    dragstart DragEvent true;
    dragend DragEvent true;
    dragenter DragEvent true;
    dragleave DragEvent true;
    dragover DragEvent true;
    drop DragEvent true;
    // Clipboard and composition
    copy ClipboardEvent true;
    cut ClipboardEvent true;
    paste ClipboardEvent true;
    compositionstart CompositionEvent true;
    compositionupdate CompositionEvent true;
    compositionend CompositionEvent true;
    // Animations and transitions
    animationstart AnimationEvent true;
    animationend AnimationEvent true;
    animationiteration AnimationEvent true;
    animationcancel AnimationEvent true;
    transitionstart TransitionEvent true;
    transitionend TransitionEvent true;
    transitionrun TransitionEvent true;
    transitioncancel TransitionEvent true;
    // Resources, scrolling, layout
    load Event false;
    error Event false;
    abort Event false;
    scroll Event false;
    scrollend Event false;
    resize UiEvent false;
    // Elements with state (`<details>`, `<dialog>`, popovers)
    toggle Event false;
    beforetoggle Event false;
    cancel Event false;
    close Event false;
    // Media
    play Event false;
    playing Event false;
    pause Event false;
    ended Event false;
    waiting Event false;
    seeking Event false;
    seeked Event false;
    timeupdate Event false;
    durationchange Event false;
    volumechange Event false;
    ratechange Event false;
    loadstart ProgressEvent false;
    progress ProgressEvent false;
    loadeddata Event false;
    loadedmetadata Event false;
    canplay Event false;
    canplaythrough Event false;
    emptied Event false;
    stalled Event false;
    suspend Event false;
    // Document and selection
    selectstart Event true;
    selectionchange Event false;
    fullscreenchange Event true;
    slotchange Event true;
}

/// A custom event, by name: `Custom::new("todo-added")`, delivering a [`CustomEvent`] (or the
/// event type `T` you name: `Custom::<ev::Event>::new("x")`).
///
/// Direct listeners do not depend on [`EventDescriptor::BUBBLES`]; it is `true` here, and the
/// dispatcher of a custom event decides whether it bubbles.
pub struct Custom<T = CustomEvent> {
    name: &'static str,
    _event: PhantomData<fn() -> T>,
}

impl<T> Custom<T> {
    /// A custom event named `name`.
    pub const fn new(name: &'static str) -> Self {
        Custom {
            name,
            _event: PhantomData,
        }
    }
}

impl<T> Clone for Custom<T> {
    fn clone(&self) -> Self {
        *self
    }
}

impl<T> Copy for Custom<T> {}

impl<T> std::fmt::Debug for Custom<T> {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_tuple("Custom").field(&self.name).finish()
    }
}

impl<T: 'static> EventDescriptor for Custom<T> {
    type EventType = T;
    const BUBBLES: bool = true;
    fn name(&self) -> Cow<'static, str> {
        Cow::Borrowed(self.name)
    }
}

/// An event listener as an attribute: nothing in HTML; a listener on the live element.
#[derive(Clone, Debug)]
pub struct On<E, F> {
    event: E,
    capture: bool,
    handler: F,
}

impl<E: EventDescriptor, F> On<E, F> {
    /// A listener for `event` (in the capture phase when `capture`).
    pub fn new(event: E, capture: bool, handler: F) -> Self {
        On {
            event,
            capture,
            handler,
        }
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
    handler: &Rc<Handler<R::Event>>,
) -> R::ListenerHandle {
    let handler = handler.clone();
    R::add_listener(
        element,
        name,
        capture,
        Box::new(move |raw| {
            // A handler that re-triggers its own event is not re-entered.
            if let Ok(mut current) = handler.current.try_borrow_mut() {
                current(raw);
            }
            if let Some(new) = handler.pending.borrow_mut().take() {
                *handler.current.borrow_mut() = new;
            }
        }),
    )
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
            _listener: listen::<R>(element, &self.event.name(), self.capture, &handler),
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
}
