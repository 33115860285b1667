use view_core::prelude::*;

fn main() {
    let _ = view! { <div inner_html="<b>trusted</b>"><p>"mine"</p></div> };
}
