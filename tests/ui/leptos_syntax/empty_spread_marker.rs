use view_core::prelude::*;

#[component]
fn Card() -> impl IntoView {
    view! { <div/> }
}

fn main() {
    let _ = view! { <Card {..} class="wide"/> };
}
