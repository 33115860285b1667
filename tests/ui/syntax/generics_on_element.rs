use view_core::prelude::*;

fn main() {
    let _ = view! { <div<String>>"x"</div<String>> };
}
