use view_core::prelude::*;

fn main() {
    let _ = view! { <div><tbody></tbody></div> };
}
