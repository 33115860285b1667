// A component of one's own named like an unsupported Leptos one shadows the prelude's stub.
use view_core::prelude::*;

#[component]
fn Suspense(children: Children) -> impl IntoView {
    children()
}

fn main() {
    let view = view! { <Suspense><p>"mine"</p></Suspense> };
    assert_eq!(view.to_html(), "<p>mine</p><!>");
}
