//! Writes the counter's SSR HTML (view-core `to_html`) to stdout.

use view_core::RenderHtml;

fn main() {
    print!("{}", dom_bench_ours_hydrate_counter::counter().to_html());
}
