//! The user crate renders a component through the framework's re-exports.

#[test]
fn component_renders_through_the_framework_reexports() {
    assert_eq!(
        embed_user::page(),
        "<!DOCTYPE html><main><section class=\"greeting\"><h1>Hello, <!>embedder<!>!</h1>\
         <p>Rendered through a re-exported view!</p><!><!></section></main>"
    );
}
