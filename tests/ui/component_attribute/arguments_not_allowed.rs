use view_core::prelude::*;

#[component(transparent)]
fn Label(text: &'static str) -> impl IntoView {
    view! { <span>{text}</span> }
}

fn main() {}
