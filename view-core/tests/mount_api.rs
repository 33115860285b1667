//! The mounting API, node refs, directives, and the test renderer's queries and op log.

use std::cell::RefCell;
use std::rc::Rc;

use view_core::html::{Input, div, input, li, p, span, ul};
use view_core::prelude::*;
use view_core::testing::{self, TestNode, TestRenderer};

#[test]
fn mount_to_appends_and_the_handle_unmounts_on_drop() {
    let root = TestNode::element("main");
    let existing = TestNode::element("header");
    view_core::Mountable::<TestRenderer>::mount(
        &mut view_core::NodeState::<TestRenderer, TestNode>::new(existing),
        &root,
        None,
    );
    let handle = mount_on::<TestRenderer, _>(&root, || p().child("one"));
    let second = mount_on::<TestRenderer, _>(&root, || p().child("two"));
    assert_eq!(root.inner_html(), "<header></header><p>one</p><p>two</p>");
    drop(handle);
    assert_eq!(root.inner_html(), "<header></header><p>two</p>");
    second.unmount();
    assert_eq!(root.inner_html(), "<header></header>");
}

#[test]
#[cfg(feature = "reactive_graph")]
fn forget_keeps_the_view_mounted_and_reactive() {
    let (n, set_n) = signal(1);
    let root = TestNode::element("main");
    mount_on::<TestRenderer, _>(&root, move || span().child(n)).forget();
    set_n.set(2);
    assert_eq!(root.inner_html(), "<span>2</span>");
}

#[test]
fn mount_to_body_uses_the_thread_document() {
    let body = testing::body();
    assert_eq!(
        body.parent().and_then(|html| html.tag()).as_deref(),
        Some("html")
    );
    mount_to_body(|| div().id("app"));
    assert!(testing::body().get_element_by_id("app").is_some());
}

#[test]
fn node_ref_is_loaded_while_mounted_and_typed_by_element() {
    let field: NodeRef<Input, TestRenderer> = NodeRef::new();
    let root = TestNode::element("main");
    let handle = mount_on::<TestRenderer, _>(&root, move || div().child(input().node_ref(field)));
    let element = field.get().expect("loaded on build");
    assert_eq!(element.tag().as_deref(), Some("input"));
    assert_eq!(
        element.parent().and_then(|p| p.tag()).as_deref(),
        Some("div")
    );
    drop(handle);
    assert!(!field.is_loaded());
}

#[test]
fn directive_runs_once_with_the_element_and_its_parameter() {
    let calls = Rc::new(RefCell::new(Vec::new()));
    let record = {
        let calls = calls.clone();
        move |element: TestNode, focus: bool| calls.borrow_mut().push((element.tag(), focus))
    };
    let root = TestNode::element("main");
    let _h = mount_on::<TestRenderer, _>(&root, move || input().directive(record, true));
    assert_eq!(*calls.borrow(), [(Some("input".to_owned()), true)]);
}

#[test]
fn queries_find_nodes_by_selector_id_tag_and_text() {
    let root = TestNode::element("main");
    let _h = mount_on::<TestRenderer, _>(&root, || {
        div().id("app").child((
            ul().class("todo-list").child((
                li().class("completed")
                    .attr("data-id", "1")
                    .child(span().child("milk")),
                li().attr("data-id", "2").child(span().child("eggs")),
            )),
            p().class("footer").child("2 items"),
        ))
    });
    assert_eq!(root.query_selector_all(".todo-list li").len(), 2);
    assert_eq!(root.query_selector_all("#app > ul > li").len(), 2);
    assert_eq!(root.query_selector_all("#app > li").len(), 0);
    assert_eq!(root.expect("li.completed span").text_content(), "milk");
    assert_eq!(root.expect(r#"li[data-id="2"]"#).text_content(), "eggs");
    assert_eq!(root.query_selector_all("li[data-id]").len(), 2);
    assert_eq!(root.query_selector_all("span, p").len(), 3);
    assert_eq!(root.find_all_by_tag("li").len(), 2);
    assert_eq!(
        root.get_element_by_id("app")
            .and_then(|n| n.tag())
            .as_deref(),
        Some("div")
    );
    assert_eq!(
        root.find_by_text("eggs").and_then(|n| n.tag()).as_deref(),
        Some("span")
    );
    assert!(root.find_by_text("nothing").is_none());
}

#[test]
fn op_log_lists_operations_in_order() {
    let root = TestNode::element("main");
    testing::reset_counters();
    let _h = mount_on::<TestRenderer, _>(&root, || p().class("x").child("hi"));
    let log = testing::op_log();
    let (main, p_id) = (root.node_id(), root.expect("p").node_id());
    let text = root.expect("p").children()[0].node_id();
    assert_eq!(
        log,
        [
            format!("create #{p_id} <p>"),
            format!("set #{p_id} class+=x"),
            format!("create #{text} \"hi\""),
            format!("insert #{text} into #{p_id}"),
            format!("insert #{p_id} into #{main}"),
        ]
    );
    testing::clear_op_log();
    assert!(testing::op_log().is_empty());
}

#[test]
fn counters_track_creates_inserts_and_live_nodes() {
    testing::reset_counters();
    let before = testing::counters().live_nodes;
    let root = TestNode::element("main");
    let handle = mount_on::<TestRenderer, _>(&root, || ul().child((li(), li())));
    let done = testing::counters();
    assert_eq!((done.creates, done.inserts), (4, 3));
    assert_eq!(done.live_nodes, before + 4);
    drop(handle);
    assert_eq!(
        testing::counters().live_nodes,
        before + 1,
        "only the root is left"
    );
}
