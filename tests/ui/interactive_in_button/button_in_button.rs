use view_core::prelude::*;

fn main() {
    let _ = view! { <button><button>"inner"</button></button> };
}
