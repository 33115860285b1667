use view_core::prelude::*;

fn main() {
    let _ = view! { <section><caption>"c"</caption><colgroup></colgroup></section> };
}
