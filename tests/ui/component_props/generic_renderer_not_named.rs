// A component generic over the renderer returns `impl IntoView<R>`: nothing at the call site
// decides `R` (Rust does not infer through the opaque type, and server rendering has no
// renderer at all), so the error points at the tag and names `R`: write `<Card<R> …>`
// (`<Card<view_core::testing::TestRenderer>>` natively).
use view_core::Renderer;
use view_core::prelude::*;

#[component]
fn Card<R: Renderer>(children: Children<R>) -> impl IntoView<R> {
    view! { <section>{children()}</section> }
}

fn main() {
    let _ = view! { <div><Card><p>"x"</p></Card></div> }.to_html();
}
