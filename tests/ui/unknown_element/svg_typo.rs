use view_core::prelude::*;

fn main() {
    let _ = view! { <svg><circel r="1"></circel></svg> };
}
