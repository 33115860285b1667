use view_core::prelude::*;

fn main() {
    let _ = view! { <div id="a" id="b"></div> };
}
