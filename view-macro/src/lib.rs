//! The `view!` and `#[component]` macros. Use them through `view-core`, which re-exports them.
