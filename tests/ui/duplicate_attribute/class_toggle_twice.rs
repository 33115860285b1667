use view_core::prelude::*;

fn main() {
    let on = true;
    let _ = view! { <div class:active=on class:active=false></div> };
}
