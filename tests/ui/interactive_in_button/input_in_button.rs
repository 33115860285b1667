use view_core::prelude::*;

fn main() {
    let _ = view! { <button><span><input type="text"/></span></button> };
}
