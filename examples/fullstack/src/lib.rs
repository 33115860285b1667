//! The full-stack demo: an axum server renders the page from `view!` components
//! ([`app::App`]: the seed's counter and a todo list kept in SQLite), the browser shows it
//! before any wasm runs, and the wasm client built from the same components takes the page
//! over and talks to the server's JSON API.
//!
//! Run it with `cargo xtask demo`. The server is [`server`] (native only); the client is the
//! `start` function of this crate's `cdylib` for `wasm32`.

pub mod app;
pub mod model;
pub mod platform;

#[cfg(not(target_arch = "wasm32"))]
pub mod server;

#[cfg(target_arch = "wasm32")]
mod client;
