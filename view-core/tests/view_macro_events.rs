//! `view!` features that need the live renderer: `on:` (typed `ev::*`, `:capture`),
//! `node_ref=`, `use:` directives, `prop:`, and mounting static subtrees node by node.
//!
//! Kept apart from `view_macro.rs` because these APIs (`view_core::ev`, `NodeRef`, directives)
//! landed separately from the macro.

use std::cell::RefCell;
use std::rc::Rc;

use view_core::html::Input;
use view_core::prelude::*;
use view_core::testing::{self, TestNode, TestRenderer};

#[test]
fn on_click_attaches_a_typed_listener() {
    let clicks = Rc::new(RefCell::new(0));
    let root = TestNode::element("main");
    let _handle = mount_on::<TestRenderer, _>(&root, {
        let clicks = clicks.clone();
        move || view! { <button on:click=move |_| *clicks.borrow_mut() += 1>"+1"</button> }
    });
    testing::click(&root.expect("button"));
    testing::click(&root.expect("button"));
    assert_eq!(*clicks.borrow(), 2);
}

#[test]
fn on_click_capture_runs_before_the_target_listener() {
    let seen = Rc::new(RefCell::new(Vec::new()));
    let root = TestNode::element("main");
    let _handle = mount_on::<TestRenderer, _>(&root, {
        let (outer, inner) = (seen.clone(), seen.clone());
        move || {
            view! {
                <div on:click:capture=move |_| outer.borrow_mut().push("div (capture)")>
                    <button on:click=move |_| inner.borrow_mut().push("button")>"go"</button>
                </div>
            }
        }
    });
    testing::click(&root.expect("button"));
    assert_eq!(*seen.borrow(), ["div (capture)", "button"]);
}

#[test]
fn node_ref_receives_the_element() {
    let field: NodeRef<Input, TestRenderer> = NodeRef::new();
    let root = TestNode::element("main");
    let _handle = mount_on::<TestRenderer, _>(&root, move || {
        view! { <form><input node_ref=field/></form> }
    });
    assert_eq!(
        field.get().and_then(|input| input.tag()).as_deref(),
        Some("input")
    );
}

#[test]
fn use_directive_is_called_with_the_element_and_param() {
    let seen = Rc::new(RefCell::new(Vec::new()));
    let record = {
        let seen = seen.clone();
        move |element: TestNode, param: &str| {
            seen.borrow_mut().push((element.tag(), param.to_owned()))
        }
    };
    let root = TestNode::element("main");
    let _handle = mount_on::<TestRenderer, _>(&root, move || {
        view! { <input use:record="autofocus"/> }
    });
    assert_eq!(
        *seen.borrow(),
        [(Some("input".to_owned()), "autofocus".to_owned())]
    );
}

#[test]
fn prop_directive_sets_the_dom_property() {
    let root = TestNode::element("main");
    let _handle = mount_on::<TestRenderer, _>(
        &root,
        || view! { <input prop:value=String::from("typed")/> },
    );
    assert_eq!(
        root.expect("input").property("value"),
        Some(view_core::PropertyValue::Str("typed".to_owned()))
    );
}

#[test]
fn static_subtree_mounts_node_by_node_like_its_html() {
    let n = 7;
    let root = TestNode::element("main");
    let _handle = mount_on::<TestRenderer, _>(&root, move || {
        view! { <ul class="nav"><li>"Home"</li><li>"A & B"</li></ul><p>"n = " {n}</p> }
    });
    assert_eq!(root.expect("ul").children().len(), 2);
    assert_eq!(root.expect("li").text_content(), "Home");
    assert_eq!(root.expect("p").text_content(), "n = 7");
    let html = view! { <ul class="nav"><li>"Home"</li><li>"A & B"</li></ul> }.to_html();
    assert_eq!(root.expect("ul").outer_html(), html);
}

#[test]
fn hyphenated_event_name_listens_for_a_custom_event() {
    let seen = Rc::new(RefCell::new(Vec::new()));
    let root = TestNode::element("main");
    let _handle = mount_on::<TestRenderer, _>(&root, {
        let seen = seen.clone();
        move || view! { <div on:todo-added=move |e: ev::CustomEvent| seen.borrow_mut().push(e.event_type())></div> }
    });
    testing::dispatch(&root.expect("div"), testing::Event::new("todo-added"));
    assert_eq!(*seen.borrow(), ["todo-added"]);
}
