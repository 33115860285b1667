use view_core::prelude::*;

fn main() {
    let _ = view! { <input name="a" name="b" name="c"/> };
}
