use view_core::prelude::*;

fn main() {
    // An attribute bundle is a `view!` of its own, not a node among others.
    let _ = view! { <div/><{..} class="wide"/> };
}
