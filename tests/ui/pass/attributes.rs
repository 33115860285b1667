//! Every attribute form on elements.
use view_core::prelude::*;

fn main() {
    let id = "main";
    let active = true;
    let width = 3;
    let extra = view_core::attribute::Attr::new("data-extra", 1).expect("a valid name");
    let view = view! {
        <div
            id=id
            class="a b"
            class:active=active
            class=("c", true)
            style="color: red"
            style:width=format!("{width}px")
            data-user="7"
            aria-label="box"
            title={format!("t{width}")}
            hidden
            attr:foo="bar"
            {..extra}
        >
            <input r#type="checkbox" checked disabled=false prop:value="x"/>
            <div inner_html="<i>raw</i>"></div>
        </div>
    };
    assert!(view.to_html().contains(r#"class="a b active c""#));
}
