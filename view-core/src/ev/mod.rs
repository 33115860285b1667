//! Events: one typed descriptor per standard DOM event (`ev::click`, `ev::keydown`, …), custom
//! events ([`Custom`]), and the [`On`] attribute that `.on(ev::click, |e| …)` adds.
//!
//! Each descriptor names its event type: `ev::click` delivers a [`MouseEvent`], `ev::keydown` a
//! [`KeyboardEvent`], `ev::input` an [`InputEvent`]. In the browser (`wasm32`) these are the
//! `web-sys` types; natively every one of them is the test renderer's
//! [`testing::Event`](crate::testing::Event), so the same handlers run in native tests.
//!
//! # Direct and delegated listeners
//! By default every `.on(..)` attaches one listener to its own element (`addEventListener`)
//! and removes it when the view is dropped. This is simple and correct for `stopPropagation`,
//! non-bubbling events (`focus`, `mouseenter`, `load`), capture, and elements inside shadow
//! roots. With the `delegation` cargo feature the DOM renderer delegates bubbling listeners of
//! bubbling, composed events to one listener per event type on the document (as Leptos's
//! `delegation` feature); `.on_undelegated(..)` (`on:click:undelegated` in `view!`) and
//! capture listeners stay direct. The test renderer always attaches per element, with the same
//! order and `stopPropagation` semantics.
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
//! let _handle = view_core::mount_on::<TestRenderer, _>(&root, move || {
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

mod handler_kind;
mod on;
mod targeted;

pub use handler_kind::WebEvent;
#[doc(hidden)]
pub use handler_kind::{AnyHandler, AsIs, HandlerWrap, NativeHandler, WebHandler, WebTyped};
pub use on::{BoxedHandler, On, OnState};
pub use targeted::{Targeted, event_target, event_target_checked, event_target_value};

use std::borrow::Cow;
use std::marker::PhantomData;

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

/// Natively, a browser event for a handler typed with the native events (an
/// [`ElementExt::on`](crate::ElementExt::on) listener in a browser directive, which compiles
/// natively as in Leptos).
///
/// # Panics
/// Always: natively no browser event exists (web-sys cannot add the listener there, so this
/// is never reached with a real event).
#[cfg(not(target_arch = "wasm32"))]
impl FromRawEvent<web_sys::Event> for crate::testing::Event {
    fn from_raw(_raw: web_sys::Event) -> Self {
        panic!("a browser event reached a native handler: there are no browser events natively")
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
    /// A change of the URL's fragment (`hashchange`, on the window).
    HashChangeEvent,
    /// A history navigation (`popstate`, on the window).
    PopStateEvent,
    /// A change of another document's storage (`storage`, on the window).
    StorageEvent,
    /// The page is about to be unloaded (`beforeunload`, on the window).
    BeforeUnloadEvent,
    /// The page is shown or hidden from the history cache (`pageshow`, `pagehide`).
    PageTransitionEvent,
    /// A message from another window, worker or channel (`message`).
    MessageEvent,
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

        impl WebEvent for $name {
            type Web = web_sys::$ty;
        }

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
    visibilitychange Event true;
    // The window (`window_event_listener`)
    hashchange HashChangeEvent false;
    popstate PopStateEvent false;
    storage StorageEvent false;
    beforeunload BeforeUnloadEvent false;
    pageshow PageTransitionEvent false;
    pagehide PageTransitionEvent false;
    online Event false;
    offline Event false;
    message MessageEvent false;
    unload Event false;
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
