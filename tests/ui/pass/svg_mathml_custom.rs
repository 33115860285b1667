//! SVG and MathML contexts, `foreignObject` back to HTML, custom elements, and SVG/MathML
//! attributes with dynamic values (typed methods: `viewBox` → `.view_box`, `in` → `.r#in`).
use view_core::prelude::*;

fn main() {
    let view = view! {
        <svg viewBox="0 0 10 10">
            <a href="#x"><title>"svg title"</title></a>
            <circle cx="5" cy="5" r="4"></circle>
            <foreignObject><div>"html again"</div></foreignObject>
        </svg>
        <math><mi>"x"</mi></math>
        <my-widget some-prop="1">"custom"</my-widget>
    };
    assert!(
        view.to_html()
            .contains("<foreignObject><div>html again</div></foreignObject>")
    );
    let (size, width) = ("0 0 4 4", 2);
    let dynamic = view! {
        <svg viewBox=size xmlns:xlink="http://www.w3.org/1999/xlink">
            <path d=format!("M0 0L{width} {width}") stroke-width=width fill-opacity=0.5 tabindex=0/>
            <filter><feOffset in="SourceAlpha" dx=width/></filter>
            <use xlink:href="#p" x=width/>
        </svg>
        <math display="block"><mo stretchy=false mathvariant="normal">"+"</mo></math>
    };
    assert!(dynamic.to_html().contains(
        r#"<path d="M0 0L2 2" stroke-width="2" fill-opacity="0.5" tabindex="0"></path>"#
    ));
}
