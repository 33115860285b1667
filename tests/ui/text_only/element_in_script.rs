use view_core::prelude::*;

fn main() {
    let _ = view! { <script><b>"x"</b></script> };
}
