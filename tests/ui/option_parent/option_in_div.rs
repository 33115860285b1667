use view_core::prelude::*;

fn main() {
    let _ = view! { <div><option>"a"</option></div> };
}
