// A directive written for view-core's old signature (the element by reference): Leptos and
// view-core pass the element by value.
use view_core::prelude::*;
use view_core::testing::TestNode;

fn focus(_element: &TestNode) {}

fn main() {
    let root = TestNode::element("main");
    let _handle = view_core::mount_on(&root, || view! { <input use:focus/> });
}
