//! A stand-in for a framework built on `view_core`: it re-exports `view!`, `#[component]` and
//! the prelude under its own name. Its users depend on this crate only (see `embed-user`).
//!
//! This works because `view!` is a `macro_rules!` wrapper that forwards `$crate` (which always
//! resolves to `view_core`, dependency or not) to the procedural macro, and `#[component]`
//! generates code that names no runtime path at all.

pub use view_core::{component, view};

/// The framework's prelude: everything a component author needs.
pub mod prelude {
    pub use view_core::prelude::*;
}

/// A framework-level helper, to show the framework adds its own API beside the re-exports.
pub fn render_page(body: impl view_core::RenderHtml) -> String {
    let mut html = String::from("<!DOCTYPE html>");
    body.to_html_with_buf(&mut html);
    html
}
