use view_core::prelude::*;

fn main() {
    let v = 1;
    let _ = view! { <input>{v}</input> };
}
