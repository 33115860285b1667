//! SVG and MathML contexts, `foreignObject` back to HTML, custom elements.
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
}
