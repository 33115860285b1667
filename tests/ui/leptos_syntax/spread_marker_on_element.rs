use view_core::prelude::*;

fn main() {
    // On a component, `{..}` starts the attributes for its root element; on an element it
    // would mean nothing.
    let _ = view! { <div {..} class="wide"/> };
}
