use view_core::prelude::*;

fn main() {
    let _ = view! { <table><td>"1"</td></table> };
}
