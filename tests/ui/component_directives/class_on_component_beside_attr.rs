use view_core::prelude::*;

#[component]
fn Counter(initial: i32, #[prop(optional)] step: Option<i32>) -> impl IntoView {
    view! { <span>{initial}{step}</span> }
}

fn main() {
    let _ = view! { <Counter initial=1 attr:id="x" class:big=true/> };
}
