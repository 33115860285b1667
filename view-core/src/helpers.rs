//! Helpers as Leptos's prelude has them: [`logging`] (`log!`, `warn!`, `error!`: the browser
//! console, or stderr natively), `Selector` and, in the browser (wasm32), `window()`,
//! `document()`, `set_timeout`, `set_interval`, `set_interval_with_handle` and
//! `request_animation_frame`.

/// Logging to the browser console (stderr natively), as `leptos::logging`.
///
/// ```
/// use view_core::logging::{error, log, warn};
///
/// let count = 3;
/// log!("count is {count}");
/// warn!("{} items left", 2);
/// error!("failed: {}", "reason");
/// ```
pub mod logging {
    pub use crate::{__view_core_error as error, __view_core_log as log, __view_core_warn as warn};

    /// Writes `text` to the console's log (`console.log`; stderr natively).
    pub fn console_log(text: &str) {
        #[cfg(target_arch = "wasm32")]
        web_sys::console::log_1(&wasm_bindgen::JsValue::from_str(text));
        #[cfg(not(target_arch = "wasm32"))]
        eprintln!("{text}");
    }

    /// Writes `text` to the console's warnings (`console.warn`; stderr natively).
    pub fn console_warn(text: &str) {
        #[cfg(target_arch = "wasm32")]
        web_sys::console::warn_1(&wasm_bindgen::JsValue::from_str(text));
        #[cfg(not(target_arch = "wasm32"))]
        eprintln!("{text}");
    }

    /// Writes `text` to the console's errors (`console.error`; stderr natively).
    pub fn console_error(text: &str) {
        #[cfg(target_arch = "wasm32")]
        web_sys::console::error_1(&wasm_bindgen::JsValue::from_str(text));
        #[cfg(not(target_arch = "wasm32"))]
        eprintln!("{text}");
    }
}

/// Formats like `println!` and writes to the browser console (`console.log`; stderr natively).
/// Use it as [`view_core::logging::log!`](crate::logging::log).
#[doc(hidden)]
#[macro_export]
macro_rules! __view_core_log {
    ($($arg:tt)*) => {
        $crate::logging::console_log(&::std::format!($($arg)*))
    };
}

/// Formats like `println!` and writes to the browser console's warnings (`console.warn`;
/// stderr natively). Use it as [`view_core::logging::warn!`](crate::logging::warn).
#[doc(hidden)]
#[macro_export]
macro_rules! __view_core_warn {
    ($($arg:tt)*) => {
        $crate::logging::console_warn(&::std::format!($($arg)*))
    };
}

/// Formats like `println!` and writes to the browser console's errors (`console.error`;
/// stderr natively). Use it as [`view_core::logging::error!`](crate::logging::error).
#[doc(hidden)]
#[macro_export]
macro_rules! __view_core_error {
    ($($arg:tt)*) => {
        $crate::logging::console_error(&::std::format!($($arg)*))
    };
}

pub use browser::{
    IntervalHandle, document, request_animation_frame, set_interval, set_interval_with_handle,
    set_timeout, window,
};

#[cfg(feature = "reactive_graph")]
pub use selector::Selector;

#[cfg(feature = "reactive_graph")]
mod selector {
    use std::cell::RefCell;
    use std::collections::HashMap;
    use std::hash::Hash;
    use std::rc::Rc;

    use reactive_graph::signal::ArcRwSignal;
    use reactive_graph::traits::{Notify, Track};

    use crate::reactive::{EffectHandle, create_effect};

    type Subscribers<T> = Rc<RefCell<HashMap<T, ArcRwSignal<()>>>>;
    type Compare<T> = Rc<dyn Fn(&T, &T) -> bool>;

    /// Tracks which key is selected so that a change notifies only the readers of the keys it
    /// concerns, as Leptos's `Selector`: in a list of 1,000 rows where each row reads
    /// `selector.selected(&row.id)`, changing the selection re-runs two rows, not 1,000.
    ///
    /// The source runs in a view effect, so readers update synchronously inside the `set` that
    /// changed it (Leptos's runs on the async executor).
    ///
    /// ```
    /// use view_core::prelude::*;
    /// use view_core::testing::{TestNode, TestRenderer};
    ///
    /// let (selected, set_selected) = signal(1);
    /// let selector = Selector::new(move || selected.get());
    /// let root = TestNode::element("main");
    /// let _handle = view_core::mount_on::<TestRenderer, _>(&root, move || {
    ///     (1..=3)
    ///         .map(|id| {
    ///             let selector = selector.clone();
    ///             view! { <li class:on=move || selector.selected(&id)>{id}</li> }
    ///         })
    ///         .collect::<Vec<_>>()
    /// });
    /// set_selected.set(3);
    /// assert_eq!(root.expect("li.on").text_content(), "3");
    /// ```
    pub struct Selector<T: 'static> {
        subscribers: Subscribers<T>,
        value: Rc<RefCell<Option<T>>>,
        compare: Compare<T>,
        _effect: Rc<EffectHandle>,
    }

    impl<T: 'static> Clone for Selector<T> {
        fn clone(&self) -> Self {
            Selector {
                subscribers: self.subscribers.clone(),
                value: self.value.clone(),
                compare: self.compare.clone(),
                _effect: self._effect.clone(),
            }
        }
    }

    impl<T: PartialEq + Eq + Clone + Hash + 'static> Selector<T> {
        /// Selects the key equal to what `source` returns; re-runs `source` when the signals it
        /// reads change.
        pub fn new(source: impl Fn() -> T + 'static) -> Self {
            Self::new_with_fn(source, |key, value| key == value)
        }

        /// Selects the keys for which `f(key, value)` is true, `value` being what `source`
        /// returns.
        pub fn new_with_fn(
            source: impl Fn() -> T + 'static,
            f: impl Fn(&T, &T) -> bool + 'static,
        ) -> Self {
            let subscribers: Subscribers<T> = Rc::default();
            let value = Rc::new(RefCell::new(None::<T>));
            let compare: Compare<T> = Rc::new(f);
            let effect = create_effect({
                let subscribers = subscribers.clone();
                let value = value.clone();
                let compare = compare.clone();
                move || {
                    let next = source();
                    let previous = value.replace(Some(next.clone()));
                    if previous.as_ref() == Some(&next) {
                        return;
                    }
                    // Collected first: a reader notified here may call `selected` again.
                    let notify: Vec<ArcRwSignal<()>> = subscribers
                        .borrow()
                        .iter()
                        .filter(|(key, _)| {
                            compare(key, &next)
                                || previous
                                    .as_ref()
                                    .is_some_and(|previous| compare(key, previous))
                        })
                        .map(|(_, signal)| signal.clone())
                        .collect();
                    for signal in notify {
                        signal.notify();
                    }
                }
            });
            Selector {
                subscribers,
                value,
                compare,
                _effect: Rc::new(effect),
            }
        }

        /// Whether `key` is selected; a reader (a closure in a view, an effect) re-runs only
        /// when this answer may have changed.
        pub fn selected(&self, key: &T) -> bool {
            let signal = self
                .subscribers
                .borrow_mut()
                .entry(key.clone())
                .or_insert_with(|| ArcRwSignal::new(()))
                .clone();
            signal.track();
            self.value
                .borrow()
                .as_ref()
                .is_some_and(|value| (self.compare)(key, value))
        }

        /// Forgets the readers of `key`.
        pub fn remove(&self, key: &T) {
            self.subscribers.borrow_mut().remove(key);
        }

        /// Forgets the readers of every key.
        pub fn clear(&self) {
            self.subscribers.borrow_mut().clear();
        }
    }
}

/// The browser helpers, as Leptos's prelude has them. They compile on every target (their
/// types are web-sys's, as in Leptos), so code calling them in handlers and effects compiles
/// natively too; natively there is no page: [`window`] and [`document`] panic with a message
/// saying so, and the timers never fire (there is no event loop, see each function).
mod browser {
    use std::time::Duration;

    #[cfg(target_arch = "wasm32")]
    use wasm_bindgen::JsCast;
    #[cfg(target_arch = "wasm32")]
    use wasm_bindgen::closure::Closure;

    /// Natively: what `window()` and `document()` panic with.
    #[cfg(not(target_arch = "wasm32"))]
    const NO_PAGE: &str = "view_core::window()/document() called natively: there is no page \
        outside the browser (server rendering, native tests); call it in an event handler or \
        an effect, which do not run on the server";

    #[cfg(target_arch = "wasm32")]
    thread_local! {
        static WINDOW: web_sys::Window = web_sys::window()
            .expect("no global `window`: view_core::window() needs a browser page");
    }

    /// The page's `window` (cached per thread).
    ///
    /// # Panics
    /// Outside a page: in a worker (which has no `window`), and natively (server rendering,
    /// native tests), as web-sys's calls do there.
    pub fn window() -> web_sys::Window {
        #[cfg(target_arch = "wasm32")]
        return WINDOW.with(Clone::clone);
        #[cfg(not(target_arch = "wasm32"))]
        panic!("{NO_PAGE}");
    }

    /// The page's `document` (cached per thread).
    ///
    /// # Panics
    /// Natively, as [`window`].
    pub fn document() -> web_sys::Document {
        #[cfg(target_arch = "wasm32")]
        return crate::dom::Dom::document();
        #[cfg(not(target_arch = "wasm32"))]
        panic!("{NO_PAGE}");
    }

    /// Runs `callback` once after `duration` (`window.setTimeout`).
    ///
    /// ```no_run
    /// # // no_run: needs a browser.
    /// use std::time::Duration;
    /// use view_core::prelude::*;
    ///
    /// set_timeout(|| view_core::logging::log!("a second later"), Duration::from_secs(1));
    /// ```
    ///
    /// Natively there is no event loop: the callback is dropped without running.
    pub fn set_timeout(callback: impl FnOnce() + 'static, duration: Duration) {
        #[cfg(not(target_arch = "wasm32"))]
        drop((callback, duration));
        #[cfg(target_arch = "wasm32")]
        let callback = Closure::once_into_js(callback);
        #[cfg(target_arch = "wasm32")]
        {
            let millis = i32::try_from(duration.as_millis()).unwrap_or(i32::MAX);
            // Fails only without a `window`, which `window()` already reported.
            let _ = window().set_timeout_with_callback_and_timeout_and_arguments_0(
                callback.unchecked_ref(),
                millis,
            );
        }
    }

    /// A running interval made by [`set_interval_with_handle`]; `clear()` stops it.
    #[derive(Copy, Clone, Debug, PartialEq, Eq, Hash)]
    pub struct IntervalHandle(i32);

    impl IntervalHandle {
        /// Stops the interval (`window.clearInterval`; natively nothing runs, so nothing).
        pub fn clear(&self) {
            #[cfg(target_arch = "wasm32")]
            window().clear_interval_with_handle(self.0);
        }
    }

    /// Calls `callback` every `duration` (`window.setInterval`), returning a handle that stops
    /// it, as Leptos's.
    ///
    /// ```no_run
    /// # // no_run: needs a browser.
    /// use std::time::Duration;
    /// use view_core::prelude::*;
    ///
    /// let (ticks, set_ticks) = signal(0);
    /// let handle = set_interval_with_handle(move || set_ticks.update(|t| *t += 1), Duration::from_secs(1));
    /// # let _ = ticks;
    /// if let Ok(handle) = handle {
    ///     on_cleanup(move || handle.clear());
    /// }
    /// ```
    ///
    /// Natively there is no event loop: the callback is dropped without running and the
    /// handle is `Ok` (so a `use_interval` effect runs unchanged in native tests).
    ///
    /// # Errors
    /// The browser's exception when `setInterval` fails.
    pub fn set_interval_with_handle(
        callback: impl Fn() + 'static,
        duration: Duration,
    ) -> Result<IntervalHandle, wasm_bindgen::JsValue> {
        #[cfg(not(target_arch = "wasm32"))]
        {
            drop((callback, duration));
            Ok(IntervalHandle(0))
        }
        #[cfg(target_arch = "wasm32")]
        {
            let callback: Box<dyn FnMut()> = Box::new(callback);
            let callback = Closure::wrap(callback).into_js_value();
            let millis = i32::try_from(duration.as_millis()).unwrap_or(i32::MAX);
            window()
                .set_interval_with_callback_and_timeout_and_arguments_0(
                    callback.unchecked_ref(),
                    millis,
                )
                .map(IntervalHandle)
        }
    }

    /// Calls `callback` every `duration` (`window.setInterval`), for the life of the page.
    pub fn set_interval(callback: impl Fn() + 'static, duration: Duration) {
        // Fails only without a `window`, which `window()` already reported.
        let _ = set_interval_with_handle(callback, duration);
    }

    /// Runs `callback` once before the next repaint (`window.requestAnimationFrame`).
    /// Natively there is no event loop: the callback is dropped without running.
    pub fn request_animation_frame(callback: impl FnOnce() + 'static) {
        #[cfg(not(target_arch = "wasm32"))]
        drop(callback);
        #[cfg(target_arch = "wasm32")]
        {
            let callback = Closure::once_into_js(callback);
            // Fails only without a `window`, which `window()` already reported.
            let _ = window().request_animation_frame(callback.unchecked_ref());
        }
    }
}
