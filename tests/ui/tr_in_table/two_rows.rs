use view_core::prelude::*;

fn main() {
    let _ = view! { <table><tr></tr><tr></tr></table> };
}
