use view_core::prelude::*;

fn main() {
    let _ = view! { <table><tr><td>"1"</td></tr></table> };
}
