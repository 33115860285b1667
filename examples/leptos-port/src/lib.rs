//! Leptos's `counters` example, extended with `<Show>`, `<ErrorBoundary>`, context, a
//! component with children and an `impl Into<String>` prop. The app is `src/app.rs`, written
//! for Leptos 0.8: this file only supplies the imports (`view_core::` where Leptos has
//! `leptos::`). `benches/src/bin/leptos_port.rs` includes the same file under
//! `use leptos::prelude::*;` and writes Leptos's HTML to `tests/leptos_output.html`, which
//! `tests/leptos_port.rs` compares with ours.

use view_core::prelude::*;

include!("app.rs");
