use view_core::prelude::*;

fn main() {
    let _ = view! { <textarea>"a"<span>"b"</span></textarea> };
}
