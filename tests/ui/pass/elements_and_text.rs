//! Elements, text, doctype, comments, fragments and multiple roots.
use view_core::prelude::*;

fn main() {
    let n = 2;
    let page = view! {
        <!DOCTYPE html>
        <!-- "a comment is dropped" -->
        <html>
            <body>
                <p>Hello, world: 1-2!</p>
                <p>"quoted " {n} " and " {move || n * 2}</p>
                <br/>
                <>
                    <span>"in a fragment"</span>
                </>
            </body>
        </html>
    };
    assert!(
        page.to_html()
            .starts_with("<!DOCTYPE html><html><body><p>Hello, world: 1-2!</p>")
    );
    let roots = view! { <b>"1"</b> <i>"2"</i> };
    assert_eq!(roots.to_html(), "<b>1</b><i>2</i>");
}
