//! `<Portal/>`: children mounted in another element (or the body); nothing in SSR.

use view_core::prelude::*;
use view_core::testing::{self, TestNode, TestRenderer};

fn html(node: &TestNode) -> String {
    node.inner_html().replace("<!---->", "")
}

/// Renders for the default renderer: a `<Portal>` is generic over the renderer, and a view
/// that is only written as HTML does not say which one (a component returning
/// `impl IntoView` does).
fn ssr(view: impl IntoView) -> String {
    view.to_html()
}

#[test]
fn ssr_writes_nothing_in_place() {
    let html = ssr(view! { <div><Portal><p>"away"</p></Portal>"here"</div> });
    assert_eq!(html, "<div><!>here</div>");
}

#[test]
fn children_mount_in_the_target_and_stay_reactive() {
    let target = TestNode::element("aside");
    let (count, set_count) = signal(1);
    let root = TestNode::element("main");
    let handle = mount_on::<TestRenderer, _>(&root, {
        let target = target.clone();
        move || view! { <p>"page"</p><Portal mount=target><b>{count}</b></Portal><p>"end"</p> }
    });
    assert_eq!(html(&root), "<p>page</p><p>end</p>");
    assert_eq!(html(&target), "<b>1</b>");
    set_count.set(2);
    assert_eq!(html(&target), "<b>2</b>");
    drop(handle);
    assert_eq!(html(&target), "");
}

#[test]
fn hidden_portal_removes_its_children() {
    let target = TestNode::element("aside");
    let (open, set_open) = signal(false);
    let root = TestNode::element("main");
    let _handle = mount_on::<TestRenderer, _>(&root, {
        let target = target.clone();
        move || {
            view! {
                <Show when=move || open.get()>
                    <Portal mount=target.clone()><dialog>"modal"</dialog></Portal>
                </Show>
            }
        }
    });
    assert_eq!(html(&target), "");
    set_open.set(true);
    assert_eq!(html(&target), "<dialog>modal</dialog>");
    set_open.set(false);
    assert_eq!(html(&target), "");
}

#[test]
fn default_target_is_the_body() {
    let root = TestNode::element("main");
    let handle = mount_on::<TestRenderer, _>(&root, || view! { <Portal><i>"toast"</i></Portal> });
    assert!(html(&testing::body()).ends_with("<i>toast</i>"));
    drop(handle);
    assert!(!html(&testing::body()).contains("toast"));
}
