// `<Show>` needs `when`, as in Leptos.
use view_core::prelude::*;

fn main() {
    let _ = view! { <Show fallback=|| "no"><p>"yes"</p></Show> };
}
