use view_core::prelude::*;

fn main() {
    let html = String::from("<b>trusted</b>");
    let _ = view! { <section class="x" inner_html=html>"mine"</section> };
}
