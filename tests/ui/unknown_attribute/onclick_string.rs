use view_core::prelude::*;

fn main() {
    let _ = view! { <button onclick="go()">"go"</button> };
}
