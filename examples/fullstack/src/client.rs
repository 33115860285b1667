//! The wasm entry point: reads the page data the server embedded, hydrates the server-rendered
//! body with the same components, and marks the body `data-hydrated="1"` when done (with
//! `data-mismatches`, the number of hydration mismatches repaired).

use view_core::hydrate_body;
use view_core::prelude::*;
use wasm_bindgen::prelude::wasm_bindgen;

use crate::app::App;
use crate::model::PageData;

/// The id of the `<script type="application/json">` holding the [`PageData`].
const DATA_ID: &str = "page-data";

fn page_data() -> Result<PageData, String> {
    let document = web_sys::window()
        .and_then(|window| window.document())
        .ok_or("no document")?;
    let json = document
        .get_element_by_id(DATA_ID)
        .and_then(|script| script.text_content())
        .ok_or_else(|| format!("the page has no #{DATA_ID} script"))?;
    serde_json::from_str(&json).map_err(|error| format!("#{DATA_ID} is not valid: {error}"))
}

/// Starts the client.
#[wasm_bindgen(start)]
pub(crate) fn start() {
    let data = match page_data() {
        Ok(data) => data,
        Err(message) => {
            view_core::logging::error!("fullstack client: {message}");
            return;
        }
    };
    let Some(body) = web_sys::window()
        .and_then(|window| window.document())
        .and_then(|document| document.body())
    else {
        return;
    };
    // The server rendered exactly this view into the body: attach to its nodes. A difference
    // is repaired in place and reported (on the console too: "hydration mismatch at …").
    let handle = hydrate_body(move || view! { <App data=data/> });
    let mismatches = handle.mismatches().len();
    handle.forget();
    let dataset = body.dataset();
    let _ = dataset.set("mode", "hydrate");
    let _ = dataset.set("mismatches", &mismatches.to_string());
    let _ = dataset.set("hydrated", "1");
}
