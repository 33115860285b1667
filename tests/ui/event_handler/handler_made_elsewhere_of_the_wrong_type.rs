// A handler made before the view (`on:click=name`) that is not a function of the event: the
// error names the event's type, as for a closure written in place.
use view_core::prelude::*;

fn main() {
    let not_a_handler = 5;
    let takes_a_string = |_text: String| ();
    let _view = view! {
        <button on:click=not_a_handler>"a"</button>
        <button on:click=takes_a_string>"b"</button>
    };
}
