use view_core::prelude::*;

fn main() {
    let x = 1;
    let _ = view! { <div clone:x>{x}</div> };
}
