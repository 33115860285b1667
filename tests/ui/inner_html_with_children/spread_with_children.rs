use view_core::attribute::{Class, InnerHtml};
use view_core::prelude::*;

fn main() {
    // A spread's inner HTML would replace the children: the build fails.
    let trusted = (Class("x"), InnerHtml("<b>trusted</b>"));
    let view = view! { <div {..trusted}><p>"mine"</p></div> };
    let _ = view.to_html();
}
