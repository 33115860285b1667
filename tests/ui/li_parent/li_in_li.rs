use view_core::prelude::*;

fn main() {
    let _ = view! { <ul><li><li>"nested"</li></li></ul> };
}
