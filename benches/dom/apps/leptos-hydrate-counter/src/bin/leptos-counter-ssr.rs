//! Writes the counter's SSR HTML (Leptos `to_html`) to stdout.

use dom_bench_leptos_hydrate_counter::Counter;
use leptos::prelude::*;

/// Drops every task: rendering a snapshot to HTML needs none.
struct NoExecutor;

impl any_spawner::CustomExecutor for NoExecutor {
    fn spawn(&self, _: any_spawner::PinnedFuture<()>) {}
    fn spawn_local(&self, _: any_spawner::PinnedLocalFuture<()>) {}
    fn poll_local(&self) {}
}

fn main() {
    any_spawner::Executor::init_custom_executor(NoExecutor).expect("no executor yet");
    let owner = Owner::new();
    print!("{}", owner.with(|| view! { <Counter/> }.to_html()));
}
