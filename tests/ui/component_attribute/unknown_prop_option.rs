use view_core::prelude::*;

#[component]
fn Label(#[prop(optinal)] text: Option<String>, #[prop(default)] size: u8) -> impl IntoView {
    view! { <span>{text}{size}</span> }
}

fn main() {}
