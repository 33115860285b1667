use view_core::prelude::*;

fn main() {
    let _ = view! { <my_widget></my_widget> };
}
