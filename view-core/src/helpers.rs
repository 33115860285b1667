//! Browser helpers as Leptos's prelude has them: [`logging`] (`log!`, `warn!`, `error!`: the
//! browser console, or stderr natively) and, in the browser (wasm32), `window()`,
//! `document()`, `set_timeout` and `request_animation_frame`.

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

#[cfg(target_arch = "wasm32")]
pub use browser::{document, request_animation_frame, set_timeout, window};

#[cfg(target_arch = "wasm32")]
mod browser {
    use std::time::Duration;

    use wasm_bindgen::JsCast;
    use wasm_bindgen::closure::Closure;

    thread_local! {
        static WINDOW: web_sys::Window = web_sys::window()
            .expect("no global `window`: view_core::window() needs a browser page");
    }

    /// The page's `window` (cached per thread).
    ///
    /// # Panics
    /// Outside a page (in a worker, which has no `window`).
    pub fn window() -> web_sys::Window {
        WINDOW.with(Clone::clone)
    }

    /// The page's `document` (cached per thread).
    pub fn document() -> web_sys::Document {
        crate::dom::Dom::document()
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
    pub fn set_timeout(callback: impl FnOnce() + 'static, duration: Duration) {
        let callback = Closure::once_into_js(callback);
        let millis = i32::try_from(duration.as_millis()).unwrap_or(i32::MAX);
        // Fails only without a `window`, which `window()` already reported.
        let _ = window().set_timeout_with_callback_and_timeout_and_arguments_0(
            callback.unchecked_ref(),
            millis,
        );
    }

    /// Runs `callback` once before the next repaint (`window.requestAnimationFrame`).
    pub fn request_animation_frame(callback: impl FnOnce() + 'static) {
        let callback = Closure::once_into_js(callback);
        // Fails only without a `window`, which `window()` already reported.
        let _ = window().request_animation_frame(callback.unchecked_ref());
    }
}
