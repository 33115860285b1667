//! Renders a page on the "server" and prints the HTML: `cargo run -p hello-ssr [name]`.
//!
//! The page is written with `view!` and one `#[component]`; the navigation list is written with
//! the typed builder API that `view!` expands to, to show both produce the same kind of value.

use view_core::html::{a, li, ul};
use view_core::prelude::*;

/// A card with a title and whatever children it is given.
#[component]
fn Card(
    /// The card's heading.
    title: &'static str,
    /// Highlights the card.
    #[prop(optional)]
    featured: bool,
    children: Children,
) -> impl IntoView {
    view! {
        <section class="card" class:featured=featured>
            <h2>{title}</h2>
            {children()}
        </section>
    }
}

/// The navigation, in builder form.
fn navigation() -> impl IntoView {
    let links = [("Docs", "/docs"), ("Search & find", "/search?q=a&b")];
    ul().class("links")
        .child(links.map(|(label, href)| li().child(a().href(href).child(label))))
}

/// The whole page: a value whose type is the tree.
fn page(visitor: String) -> impl IntoView {
    let items = vec!["typed trees", "SSR", "hydration-ready markup"];
    view! {
        <!DOCTYPE html>
        <html lang="en">
            <head>
                <meta charset="utf-8"/>
                <title>"view-core demo"</title>
            </head>
            <body>
                <h1>"Hello, " {visitor} "!"</h1>
                {navigation()}
                <Card title="Escaping is automatic" featured=true>
                    <p>"<script> stays text, & and \" too."</p>
                </Card>
                <Card title="Lists">
                    <ul>{items.into_iter().map(|item| view! { <li>{item}</li> }).collect::<Vec<_>>()}</ul>
                </Card>
            </body>
        </html>
    }
}

fn main() {
    let visitor = std::env::args()
        .nth(1)
        .unwrap_or_else(|| "<world>".to_owned());
    println!("{}", page(visitor).to_html());
}
