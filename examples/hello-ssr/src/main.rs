//! Renders a page on the "server" and prints the HTML: `cargo run -p hello-ssr`.

use view_core::html::{a, body, h1, head, html, li, meta, p, title, ul};
use view_core::prelude::*;

/// One row of the page's link list.
fn link(label: &'static str, href: &'static str) -> impl IntoView {
    li().child(a().href(href).child(label))
}

/// The whole page: a value whose type is the tree.
fn page(visitor: &str) -> impl IntoView + use<> {
    let greeting = format!("Hello, {visitor}!");
    (
        view_core::doctype("html"),
        html().attr("lang", "en").child((
            head().child((meta().attr("charset", "utf-8"), title().child("view-core"))),
            body().child((
                h1().class("title").child(greeting),
                p().child("Escaping is automatic: <script> stays text & quotes \" too."),
                ul().class("links").child((
                    link("Docs", "/docs"),
                    link("Search & find", "/search?q=a&b"),
                )),
            )),
        )),
    )
}

fn main() {
    let visitor = std::env::args()
        .nth(1)
        .unwrap_or_else(|| "<world>".to_owned());
    println!("{}", page(&visitor).to_html());
}
