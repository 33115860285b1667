use view_core::prelude::*;

fn main() {
    let _ = view! { <form><div><form></form></div></form> };
}
