//! `attr:name=value` and `{..attrs}` on components go to the component's root element;
//! `{..attrs}` on elements appends any attribute value or tuple.
use view_core::attribute::{Attr, Class};
use view_core::prelude::*;

#[component]
fn Badge(label: &'static str) -> impl IntoView {
    view! { <span class="badge">{label}</span> }
}

fn main() {
    let id = 7;
    let extra = (Class("x"), Attr::new("data-y", "2").expect("a valid name"));
    let more = Attr::new("title", "t").expect("a valid name");
    let view = view! {
        <Badge label="a" attr:class="wide" attr:style="top: 0" attr:data-id=id attr:hidden {..extra}/>
        <div class="d" {..more}></div>
    };
    assert_eq!(
        view.to_html(),
        r#"<span class="badge wide x" style="top: 0;" data-id="7" hidden data-y="2">a</span><div class="d" title="t"></div>"#
    );
}
