use view_core::prelude::*;

fn main() {
    let _ = view! { <button on:clik=|_| {}>"go"</button> };
}
