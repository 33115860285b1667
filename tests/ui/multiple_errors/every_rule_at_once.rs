use view_core::prelude::*;

fn main() {
    let _ = view! { <div id="a" id="b"><dvi></dvi><p><div></div></p><table><tr></tr></table><span><li></li></span><a href="/"><a href="/"></a></a></div> };
}
