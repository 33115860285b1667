//! The classic SimpleCounter, twice: once with the typed builder API and once with `view!`.
//! Both render the same markup and behave the same (see `tests/counter.rs`).
//!
//! In the browser (`wasm32`) the [`start`] function mounts [`app`] into the page's body; build
//! and serve it with `scripts/build-example.sh counter --serve`.

use view_core::html::{button, div, h2, span};
use view_core::prelude::*;

/// The counter in builder form: a value starting at `initial_value`, buttons to clear it and to
/// step it down and up by `step`.
pub fn simple_counter(initial_value: i32, step: i32) -> impl IntoView {
    let (value, set_value) = signal(initial_value);
    div()
        .class("counter")
        .child(
            button()
                .on(ev::click, move |_| set_value.set(0))
                .child("Clear"),
        )
        .child(
            button()
                .on(ev::click, move |_| set_value.update(|value| *value -= step))
                .child(format!("-{step}")),
        )
        .child(span().child(("Value: ", value, "!")))
        .child(
            button()
                .on(ev::click, move |_| set_value.update(|value| *value += step))
                .child(format!("+{step}")),
        )
}

/// The counter in `view!` form: the same view as [`simple_counter`].
#[component]
pub fn SimpleCounter(
    /// The value the counter starts at.
    initial_value: i32,
    /// How much the `-` and `+` buttons change the value.
    step: i32,
) -> impl IntoView {
    let (value, set_value) = signal(initial_value);
    view! {
        <div class="counter">
            <button on:click=move |_| set_value.set(0)>"Clear"</button>
            <button on:click=move |_| set_value.update(|value| *value -= step)>{format!("-{step}")}</button>
            <span>"Value: " {value} "!"</span>
            <button on:click=move |_| set_value.update(|value| *value += step)>{format!("+{step}")}</button>
        </div>
    }
}

/// The page: both forms side by side.
pub fn app() -> impl IntoView {
    (
        h2().child("Builder form"),
        simple_counter(0, 1),
        h2().child("view! form"),
        view! { <SimpleCounter initial_value=10 step=5/> },
    )
}

/// The wasm entry point: mounts [`app`] into the document body for the life of the page.
#[cfg(target_arch = "wasm32")]
#[wasm_bindgen::prelude::wasm_bindgen(start)]
pub fn start() {
    mount_to_body(app);
}
