//! `bind:value`, `bind:checked`, `on:…:target`, `:undelegated`, the `event_target*` helpers,
//! `class:` names with colons, `class=("a b", signal)` and `style:--custom-prop`.
use view_core::prelude::*;

fn main() {
    let name = RwSignal::new(String::new());
    let (notes, set_notes) = signal(String::new());
    let done = RwSignal::new(false);
    let wide = RwSignal::new(true);
    let _ = view! {
        <input bind:value=name on:input:target=move |ev| name.set(ev.target().value())/>
        <textarea bind:value=(notes, set_notes)/>
        <select bind:value=name><option value="a">"A"</option></select>
        <input type="checkbox" bind:checked=done on:change=move |ev| done.set(event_target_checked(&ev))/>
        <button on:click=|_| {} on:click:capture=|_| {} on:mousedown:undelegated=move |ev| name.set(event_target_value(&ev))>"go"</button>
        <div class:md:flex=wide class=("a b", wide) style:--gap="4px"/>
    };
}
