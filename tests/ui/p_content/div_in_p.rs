use view_core::prelude::*;

fn main() {
    let _ = view! { <p><div>"block"</div></p> };
}
