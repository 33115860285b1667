//! A counter in Leptos 0.8 (`csr`): the smallest reactive app, for the wasm size table.

use leptos::prelude::*;
use wasm_bindgen::prelude::wasm_bindgen;

#[component]
fn Counter() -> impl IntoView {
    let (count, set_count) = signal(0_i32);
    view! {
        <div class="counter">
            <button id="decrement" on:click=move |_| set_count.update(|n| *n -= 1)>"-1"</button>
            <span id="value">"Value: " {count}</span>
            <button id="increment" on:click=move |_| set_count.update(|n| *n += 1)>"+1"</button>
        </div>
    }
}

/// Mounts the counter into `<body>` (called by the generated JS glue).
#[wasm_bindgen(start)]
pub fn start() {
    leptos::mount::mount_to_body(Counter);
}
