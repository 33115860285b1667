//! A counter in view-core, hydrated from its SSR HTML: the smallest hydrating app, for the wasm
//! size table (the `ours-counter-ssr` binary writes its HTML).

use view_core::prelude::*;
use wasm_bindgen::prelude::wasm_bindgen;

/// The counter (the same view as `apps/ours-counter`).
pub fn counter() -> impl IntoView {
    let count = RwSignal::new(0_i32);
    view! {
        <div class="counter">
            <button id="decrement" on:click=move |_| count.update(|n| *n -= 1)>"-1"</button>
            <span id="value">"Value: " {count}</span>
            <button id="increment" on:click=move |_| count.update(|n| *n += 1)>"+1"</button>
        </div>
    }
}

/// Hydrates the counter the server rendered into `<body>`; returns the number of mismatches.
#[wasm_bindgen]
pub fn hydrate() -> usize {
    let handle = view_core::hydrate_body(counter);
    let mismatches = handle.mismatches().len();
    handle.forget();
    mismatches
}
