use view_core::prelude::*;

fn main() {
    let _ = view! { <img src="a.png"><span>"caption"</span></img> };
}
