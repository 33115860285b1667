use view_core::prelude::*;

#[component]
fn Show(when: impl Fn() -> bool) -> impl IntoView {
    view! { <p>{when().to_string()}</p> }
}

fn main() {}
