use view_core::prelude::*;

fn main() {
    let _ = view! { <a href="/a"><span><a href="/b">"b"</a></span></a> };
}
