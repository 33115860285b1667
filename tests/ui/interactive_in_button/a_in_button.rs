use view_core::prelude::*;

fn main() {
    let _ = view! { <button><a href="/">"link"</a></button> };
}
