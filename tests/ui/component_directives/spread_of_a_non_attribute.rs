use view_core::prelude::*;

#[component]
fn Counter(initial: i32) -> impl IntoView {
    view! { <span>{initial}</span> }
}

fn main() {
    let extra = 5u8;
    let _ = view! { <Counter initial=1 {..extra}/> };
    let _ = view! { <Counter initial=1 attr:data-x=vec![1]/> };
}
