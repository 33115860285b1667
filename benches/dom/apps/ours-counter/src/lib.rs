//! A counter in view-core: the smallest reactive app, for the wasm size table.

use view_core::dom::Dom;
use view_core::html::{button, div, span};
use view_core::prelude::*;
use wasm_bindgen::prelude::wasm_bindgen;

fn counter() -> impl IntoView<Dom> {
    let count = RwSignal::new(0_i32);
    div().class("counter").child((
        button().id("decrement").on(ev::click, move |_| count.update(|n| *n -= 1)).child("-1"),
        span().id("value").child(("Value: ", count)),
        button().id("increment").on(ev::click, move |_| count.update(|n| *n += 1)).child("+1"),
    ))
}

/// Mounts the counter into `<body>` (called by the generated JS glue).
#[wasm_bindgen(start)]
pub fn start() {
    mount_to::<Dom, _>(&Dom::body(), counter).forget();
}
