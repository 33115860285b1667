use view_core::prelude::*;

fn main() {
    let count = RwSignal::new(0_i32);
    let _ = view! { <input type="number" bind:value=count/> };
}
