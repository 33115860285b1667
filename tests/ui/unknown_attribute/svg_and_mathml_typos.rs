use view_core::prelude::*;

fn main() {
    let r = 4;
    let _ = view! {
        <svg viewbox="0 0 10 10">
            <circle r=r strok="red" stroke-widht=2 xlink:href="#ok" data-ok="1"/>
            <feBlend inn="SourceGraphic"/>
        </svg>
    };
    let _ = view! { <math><mo strechy="true">"+"</mo><mi zzz="1">"x"</mi></math> };
}
