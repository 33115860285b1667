//! Writes the keyed benchmark page's SSR HTML (view-core `to_html`, hydration markers included)
//! for N rows to stdout: `ours-ssr N`.

use view_core::RenderHtml;

fn main() {
    let rows = std::env::args()
        .nth(1)
        .and_then(|n| n.parse().ok())
        .expect("usage: ours-ssr ROWS");
    print!("{}", dom_bench_ours_hydrate::app(rows).to_html());
}
