use view_core::prelude::*;

fn main() {
    let _ = view! { <p><br>"text"</br></p> };
}
