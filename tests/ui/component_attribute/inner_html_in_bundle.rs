use view_core::prelude::*;

fn main() {
    let _bundle = view! { <{..} title="t" inner_html="<b>x</b>"/> };
}
