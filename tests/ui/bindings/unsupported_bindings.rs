use view_core::prelude::*;

fn main() {
    let text = RwSignal::new(String::new());
    let on = RwSignal::new(false);
    let choice = RwSignal::new(String::new());
    let _ = view! {
        <input type="radio" bind:group=choice/>
        <div bind:value=text/>
        <select bind:checked=on/>
        <details bind:open=on/>
        <input bind:value/>
        <textarea bind:value=text>"initial"</textarea>
        <input value="x" bind:value=text/>
        <input type="checkbox" bind:checked=on prop:checked=true/>
    };
}
