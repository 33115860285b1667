use view_core::prelude::*;

fn main() {
    let _ = view! { <a hre="/">"home"</a> };
}
