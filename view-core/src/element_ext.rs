//! [`ElementExt`]: attributes, classes, styles and listeners added to a live browser element at
//! run time, as Leptos's trait of that name (what a `use:` directive typically does).

use send_wrapper::SendWrapper;

use crate::attribute::{Class, RenderAttribute, Style};
use crate::dom::Dom;
use crate::ev::{EventDescriptor, FromRawEvent, On};

/// Adds attributes, classes, styles and listeners to a live element (`web_sys::Element` and
/// every type that is one: `HtmlElement`, `HtmlInputElement`, …).
///
/// ```no_run
/// # // no_run: needs a browser.
/// use view_core::prelude::*;
///
/// fn highlight(element: web_sys::Element) {
///     let handle = element.clone().on(ev::click, move |_| {
///         element.style(("background-color", "yellow"));
///     });
///     // The listener stays until `remove()`; `on_cleanup` needs a `Send + Sync` closure,
///     // which the handle allows.
///     on_cleanup(move || handle.remove());
/// }
/// ```
pub trait ElementExt {
    /// Applies `attribute` (`(name, value)` pairs and every attribute value `view!` accepts;
    /// a closure or a signal stays reactive while the returned state lives).
    fn attr<A: RenderAttribute<Dom>>(&self, attribute: A) -> A::State;

    /// Applies a class value as `class=` does (`"a b"`, `("name", condition)`).
    fn class<C>(&self, class: C) -> <Class<C> as RenderAttribute<Dom>>::State
    where
        Class<C>: RenderAttribute<Dom>;

    /// Applies a style value as `style=` does (`"color: red"`, `("color", "red")`).
    fn style<S>(&self, style: S) -> <Style<S> as RenderAttribute<Dom>>::State
    where
        Style<S>: RenderAttribute<Dom>;

    /// Listens for `event`; the listener stays until [`RemoveEventHandler::remove`] is called
    /// (dropping the handle keeps it, as in Leptos).
    fn on<E>(&self, event: E, handler: impl FnMut(E::EventType) + 'static) -> RemoveEventHandler
    where
        E: EventDescriptor,
        E::EventType: FromRawEvent<web_sys::Event>;
}

impl<T: AsRef<web_sys::Element>> ElementExt for T {
    fn attr<A: RenderAttribute<Dom>>(&self, attribute: A) -> A::State {
        RenderAttribute::<Dom>::build(attribute, self.as_ref())
    }

    fn class<C>(&self, class: C) -> <Class<C> as RenderAttribute<Dom>>::State
    where
        Class<C>: RenderAttribute<Dom>,
    {
        RenderAttribute::<Dom>::build(Class(class), self.as_ref())
    }

    fn style<S>(&self, style: S) -> <Style<S> as RenderAttribute<Dom>>::State
    where
        Style<S>: RenderAttribute<Dom>,
    {
        RenderAttribute::<Dom>::build(Style(style), self.as_ref())
    }

    fn on<E>(&self, event: E, handler: impl FnMut(E::EventType) + 'static) -> RemoveEventHandler
    where
        E: EventDescriptor,
        E::EventType: FromRawEvent<web_sys::Event>,
    {
        // Dropping the state removes the listener: the handle keeps it until `remove`.
        let state = RenderAttribute::<Dom>::build(On::new(event, false, handler), self.as_ref());
        RemoveEventHandler(Some(SendWrapper::new(Box::new(move || drop(state)))))
    }
}

/// Removes a listener added by [`ElementExt::on`]. Dropping the handle keeps the listener.
///
/// It is `Send + Sync` (so `on_cleanup(move || handle.remove())` compiles, as in Leptos): it
/// may be moved between threads, but removing the listener on another thread than the one
/// that added it panics (the browser has one).
pub struct RemoveEventHandler(Option<SendWrapper<Box<dyn FnOnce()>>>);

impl RemoveEventHandler {
    /// Removes the listener from the element.
    pub fn remove(mut self) {
        if let Some(remove) = self.0.take() {
            (remove.take())();
        }
    }
}

impl Drop for RemoveEventHandler {
    fn drop(&mut self) {
        // Kept: the listener's state is leaked, as the listener lives as long as the element.
        if let Some(remove) = self.0.take() {
            std::mem::forget(remove);
        }
    }
}

impl std::fmt::Debug for RemoveEventHandler {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("RemoveEventHandler").finish_non_exhaustive()
    }
}
