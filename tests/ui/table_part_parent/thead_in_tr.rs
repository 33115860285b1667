use view_core::prelude::*;

fn main() {
    let _ = view! { <table><tbody><tr><thead></thead></tr></tbody></table> };
}
