use view_core::prelude::*;

fn main() {
    let _ = view! { <{..} class="wide">"text"</{..}> };
}
