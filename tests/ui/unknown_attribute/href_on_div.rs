use view_core::prelude::*;

fn main() {
    let _ = view! { <div href="/"></div> };
}
