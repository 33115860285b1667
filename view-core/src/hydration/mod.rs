//! Hydration: attaching a view to the nodes the server rendered for it, instead of creating
//! them. [`hydrate_to`] and [`hydrate_body`] are [`mount_on`](crate::mount_on) and
//! [`mount_to_body`](crate::mount_to_body) for a parent that already holds the view's HTML
//! (written by [`RenderHtml::to_html`](crate::RenderHtml::to_html)); every view type walks the
//! existing nodes with a [`Cursor`] through [`Render::hydrate`](crate::Render::hydrate). The
//! protocol (which markers the server writes, and why) is in `docs/hydration.md`.
//!
//! [`hydrate_to`] and [`hydrate_body`] need the `hydrate` cargo feature (apps that never
//! hydrate do not carry it); every view type implements [`Render::hydrate`](crate::Render::hydrate)
//! either way.
//!
//! A difference between the server's HTML and the view never panics: it is reported as a
//! [`Mismatch`] (on the handle, and on the browser's console) and the differing part is
//! client-rendered in place, so the result equals a client render.

mod cursor;
mod early_events;
#[cfg(feature = "hydrate")]
mod entry;
mod mismatch;
mod walk;

pub use cursor::Cursor;
pub use early_events::{EARLY_EVENTS_SCRIPT, early_events_script};
#[cfg(feature = "hydrate")]
pub use entry::{hydrate_body, hydrate_to};
pub use mismatch::{Action, Mismatch};
pub use walk::{ChildSite, Walk};

/// Shows a mismatch as it is found: a console warning in the browser; natively nothing (the
/// reports are on the handle).
pub(crate) fn announce(mismatch: &Mismatch) {
    #[cfg(target_arch = "wasm32")]
    crate::logging::console_warn(&mismatch.to_string());
    #[cfg(not(target_arch = "wasm32"))]
    let _ = mismatch;
}
