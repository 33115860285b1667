//! A counter in view-core: the smallest reactive app, for the wasm size table.

use view_core::dom::Dom;
use view_core::prelude::*;
use wasm_bindgen::prelude::wasm_bindgen;

fn counter() -> impl IntoView<Dom> {
    let count = RwSignal::new(0_i32);
    view! {
        <div class="counter">
            <button id="decrement" on:click=move |_| count.update(|n| *n -= 1)>"-1"</button>
            <span id="value">"Value: " {count}</span>
            <button id="increment" on:click=move |_| count.update(|n| *n += 1)>"+1"</button>
        </div>
    }
}

/// Mounts the counter into `<body>` (called by the generated JS glue).
#[wasm_bindgen(start)]
pub fn start() {
    mount_on::<Dom, _>(&Dom::body(), counter).forget();
}
