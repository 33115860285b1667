use view_core::prelude::*;

fn main() {
    let _ = view! { <a href="/a"><a href="/b">"b"</a></a> };
}
