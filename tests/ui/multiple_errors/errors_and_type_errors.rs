use view_core::prelude::*;

fn main() {
    let _ = view! { <p><div></div></p><buton></buton> };
    let _: i32 = view! { <b>{1}</b> };
}
