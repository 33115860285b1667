use view_core::prelude::*;

fn main() {
    let _ = view! { <div><th>"h"</th></div> };
}
