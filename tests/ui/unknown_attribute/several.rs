use view_core::prelude::*;

fn main() {
    let _ = view! { <img scr="a.png" atl="A"/> };
}
