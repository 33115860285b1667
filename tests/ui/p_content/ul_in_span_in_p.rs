use view_core::prelude::*;

fn main() {
    let _ = view! { <p><span><ul></ul></span></p> };
}
