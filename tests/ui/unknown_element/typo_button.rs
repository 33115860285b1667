use view_core::prelude::*;

fn main() {
    let _ = view! { <buton>"x"</buton> };
}
