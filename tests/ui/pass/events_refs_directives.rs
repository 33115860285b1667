//! `on:` (typed events, `:capture`), `node_ref=`, `use:` and `prop:` on elements.
use view_core::html::Input;
use view_core::prelude::*;
use view_core::testing::{TestNode, TestRenderer};

fn focus(_element: TestNode) {}

fn main() {
    let input_ref: NodeRef<Input, TestRenderer> = NodeRef::new();
    let root = TestNode::element("main");
    let _handle = mount_on::<TestRenderer, _>(&root, move || {
        view! {
            <div on:click:capture=|_| {}>
                <button on:click=move |e: ev::MouseEvent| e.prevent_default()>"go"</button>
                <input node_ref=input_ref use:focus prop:value=String::from("x") on:input=|_| {}/>
            </div>
        }
    });
}
