// The same with a parameter.
use view_core::prelude::*;
use view_core::testing::TestNode;

fn highlight(_element: &TestNode, _color: &str) {}

fn main() {
    let root = TestNode::element("main");
    let _handle = view_core::mount_on(&root, || view! { <p use:highlight="yellow">"text"</p> });
}
