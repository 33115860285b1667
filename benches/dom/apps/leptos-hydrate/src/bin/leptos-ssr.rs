//! Writes the keyed benchmark page's SSR HTML (Leptos `to_html`, hydration markers included)
//! for N rows to stdout: `leptos-ssr N`.

use dom_bench_leptos_hydrate::App;
use leptos::prelude::*;

/// Drops every task: rendering a snapshot to HTML needs none, but Leptos's effects spawn one.
struct NoExecutor;

impl any_spawner::CustomExecutor for NoExecutor {
    fn spawn(&self, _: any_spawner::PinnedFuture<()>) {}
    fn spawn_local(&self, _: any_spawner::PinnedLocalFuture<()>) {}
    fn poll_local(&self) {}
}

fn main() {
    let rows = std::env::args()
        .nth(1)
        .and_then(|n| n.parse().ok())
        .expect("usage: leptos-ssr ROWS");
    any_spawner::Executor::init_custom_executor(NoExecutor).expect("no executor yet");
    let owner = Owner::new();
    let html = owner.with(|| view! { <App initial=rows/> }.to_html());
    print!("{html}");
}
