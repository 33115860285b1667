use view_core::prelude::*;

fn main() {
    let _ = view! { <form><form></form></form> };
}
