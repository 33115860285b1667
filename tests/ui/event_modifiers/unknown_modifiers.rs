use view_core::prelude::*;

fn main() {
    let _ = view! {
        <button
            on:click:once=|_| {}
            on:keydown:capture:capture=|_| {}
            prop:value:x="a"
        >"go"</button>
    };
}
