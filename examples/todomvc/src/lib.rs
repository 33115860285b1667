//! TodoMVC on view-core, following the tastejs app specification (`app-spec.md`): the standard
//! markup and class names, the `todomvc-app-css` stylesheet, trimming, editing on double-click
//! (Enter and blur save, Escape cancels, an empty title removes), routing by `#/`, `#/active`
//! and `#/completed`, and persistence in `localStorage` under [`platform::STORAGE_KEY`] as a
//! JSON array of `{ "title", "completed" }`.
//!
//! Build and serve: `scripts/build-example.sh todomvc --serve`. The same app runs natively on
//! the test renderer (`tests/todomvc.rs`) and in headless Chromium (`e2e/todomvc.mjs`).

pub mod app;
pub mod model;
pub mod platform;

use view_core::prelude::*;

use crate::model::{Filter, Todos};

/// The app with its state: todos loaded from storage (saved back on every change) and the
/// route read from `location.hash` (followed on every `hashchange`).
pub fn app() -> impl IntoView {
    let stored = platform::load()
        .and_then(|json| Todos::from_json(&json))
        .unwrap_or_default();
    let todos = Todos::new(stored, platform::save);
    let filter = RwSignal::new(Filter::from_hash(&platform::hash()));
    platform::on_hash_change(move |hash| filter.set(Filter::from_hash(&hash)));
    app::todo_app(todos, filter)
}

/// The wasm entry point: mounts [`app`] into the document body for the life of the page.
#[cfg(target_arch = "wasm32")]
#[wasm_bindgen::prelude::wasm_bindgen(start)]
pub fn start() {
    use view_core::dom::Dom;
    mount_to_body(app);
    // `autofocus` is honoured for elements in the initial markup; this one is inserted by the
    // script, so focus it explicitly.
    if let Ok(Some(field)) = Dom::body().query_selector(".new-todo") {
        platform::focus(&field);
    }
}
