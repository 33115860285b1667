//! An app written against `embed_framework` only: this crate has no `view-core` dependency.

use embed_framework::prelude::*;
use embed_framework::{component, view};

/// A greeting card with optional children.
#[component]
pub fn Greeting(
    /// Who to greet.
    name: &'static str,
    /// Shown under the greeting.
    #[prop(optional)]
    children: Option<Children>,
) -> impl IntoView {
    view! {
        <section class="greeting">
            <h1>Hello, {name}!</h1>
            {children.map(|children| children())}
        </section>
    }
}

/// The app's page, rendered with the framework's helper.
pub fn page() -> String {
    embed_framework::render_page(view! {
        <main>
            <Greeting name="embedder"><p>"Rendered through a re-exported view!"</p></Greeting>
        </main>
    })
}
