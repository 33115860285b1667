use view_core::prelude::*;

fn main() {
    let _ = view! { <ul><option>"a"</option><option>"b"</option></ul> };
}
