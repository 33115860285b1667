//! A counter in Leptos 0.8, hydrated (`hydrate`) from its SSR HTML (`ssr`, the
//! `leptos-counter-ssr` binary): the smallest hydrating app, for the wasm size table.

use leptos::prelude::*;
#[cfg(feature = "hydrate")]
use wasm_bindgen::prelude::wasm_bindgen;

/// The counter (the same view as `apps/leptos-counter`).
#[component]
pub fn Counter() -> impl IntoView {
    let (count, set_count) = signal(0_i32);
    view! {
        <div class="counter">
            <button id="decrement" on:click=move |_| set_count.update(|n| *n -= 1)>"-1"</button>
            <span id="value">"Value: " {count}</span>
            <button id="increment" on:click=move |_| set_count.update(|n| *n += 1)>"+1"</button>
        </div>
    }
}

/// Hydrates the counter the server rendered into `<body>`; returns 0 (Leptos panics on a
/// mismatch instead of reporting it).
#[cfg(feature = "hydrate")]
#[wasm_bindgen]
pub fn hydrate() -> usize {
    leptos::mount::hydrate_body(Counter);
    0
}
