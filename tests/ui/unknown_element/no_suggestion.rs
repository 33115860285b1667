use view_core::prelude::*;

fn main() {
    let _ = view! { <frobnicate></frobnicate> };
}
