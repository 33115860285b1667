use view_core::prelude::*;

fn main() {
    let _ = view! { <p>"outer"<p>"inner"</p></p> };
}
