//! Writes Leptos 0.8's server-rendered HTML of `examples/leptos-port/src/app.rs` (the same
//! source the view-core port compiles, here under Leptos's imports) to
//! `examples/leptos-port/tests/leptos_output.html`, which the port's test compares with its
//! own output. Run from `benches/`: `cargo run --bin leptos_port`.

use std::process::ExitCode;

use leptos::prelude::*;

include!("../../../examples/leptos-port/src/app.rs");

fn main() -> ExitCode {
    let html = Owner::new().with(|| view! { <App/> }.to_html());
    let path = concat!(
        env!("CARGO_MANIFEST_DIR"),
        "/../examples/leptos-port/tests/leptos_output.html"
    );
    match std::fs::write(path, html + "\n") {
        Ok(()) => {
            eprintln!("wrote {path}");
            ExitCode::SUCCESS
        }
        Err(error) => {
            eprintln!("cannot write {path}: {error}");
            ExitCode::FAILURE
        }
    }
}
