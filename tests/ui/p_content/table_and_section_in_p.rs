use view_core::prelude::*;

fn main() {
    let _ = view! { <p><table></table><section></section></p> };
}
