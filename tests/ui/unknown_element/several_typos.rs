use view_core::prelude::*;

fn main() {
    let _ = view! { <section><artcle></artcle><nva></nva><spna>"x"</spna></section> };
}
