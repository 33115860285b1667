use view_core::prelude::*;

fn main() {
    let _ = view! { <div><li>"item"</li></div> };
}
