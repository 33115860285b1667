use view_core::prelude::*;

fn main() {
    let _ = view! { <table><tbody><td>"1"</td></tbody></table> };
}
