// A `NodeRef` typed for one element cannot be put on another, in a template as in the builder.
use view_core::prelude::*;

fn main() {
    let input = NodeRef::<view_core::html::Input>::new();
    let name = "x";
    let _ = view! { <div node_ref=input>{name}</div> };
}
