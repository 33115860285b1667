// `<For>` needs `key`, as in Leptos.
use view_core::prelude::*;

fn main() {
    let _ = view! { <ul><For each=|| vec![1, 2] let:n><li>{n}</li></For></ul> };
}
