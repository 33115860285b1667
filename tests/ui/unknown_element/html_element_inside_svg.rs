use view_core::prelude::*;

fn main() {
    let _ = view! { <svg><dvi></dvi></svg> };
}
