// Leptos's prop options that `#[component]` does not support name the alternative.
use view_core::prelude::*;

#[component]
fn Card(
    #[prop(optional_no_strip)] title: Option<String>,
    #[prop(strip_option)] subtitle: Option<String>,
    #[prop(attrs)] extra: Vec<(&'static str, String)>,
) -> impl IntoView {
    view! { <div>{title}{subtitle}{extra.len()}</div> }
}

fn main() {}
