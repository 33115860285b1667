//! Build and rebuild of every child kind on the test renderer, asserting the exact operations:
//! an unchanged rebuild does nothing, a change does the one operation it needs.

mod common;

use view_core::Render;
use view_core::html::{b, div, i, li, p, span, ul};
use view_core::prelude::*;
use view_core::testing::{self, Counters, TestNode, TestRenderer};

/// Builds `view` into a fresh `<main>` root and returns the root and the state.
fn mounted<V: Render<TestRenderer>>(view: V) -> (TestNode, V::State) {
    let mounted = common::build_mounted(view);
    testing::reset_counters();
    mounted
}

fn ops() -> Counters {
    testing::counters()
}

fn rebuild<V: Render<TestRenderer>>(view: V, state: &mut V::State) -> Counters {
    testing::reset_counters();
    view.rebuild(state);
    ops()
}

#[test]
fn text_change_is_one_text_set_and_nothing_else() {
    let (root, mut state) = mounted(p().child(String::from("a")));
    let done = rebuild(p().child(String::from("b")), &mut state);
    assert_eq!(done.text_sets, 1);
    assert_eq!(done.dom_ops(), 1);
    assert_eq!(done.creates, 0);
    assert_eq!(root.inner_html(), "<p>b</p>");
    let text = root.children()[0].children()[0].node_id();
    assert_eq!(testing::op_log(), [format!("set_text #{text} \"b\"")]);
}

#[test]
fn unchanged_rebuild_does_nothing() {
    let view = || {
        div()
            .class("card")
            .attr("title", 3)
            .child((p().child("x"), 7, 'c', 1.5))
    };
    let (root, mut state) = mounted(view());
    let before = root.inner_html();
    let done = rebuild(view(), &mut state);
    assert_eq!(
        done,
        Counters {
            live_nodes: done.live_nodes,
            live_effects: done.live_effects,
            ..Counters::default()
        }
    );
    assert_eq!(testing::op_log(), Vec::<String>::new());
    assert_eq!(root.inner_html(), before);
}

#[test]
fn numbers_rebuild_only_when_changed() {
    let (root, mut state) = mounted(span().child((1u8, 2i64, 2.5f64)));
    let done = rebuild(span().child((1u8, 3i64, 2.5f64)), &mut state);
    assert_eq!((done.text_sets, done.dom_ops()), (1, 1));
    assert_eq!(root.inner_html(), "<span>132.5</span>");
}

#[test]
fn attribute_change_is_one_attribute_set() {
    let (root, mut state) = mounted(div().attr("title", "a").attr("data-n", 1));
    let done = rebuild(div().attr("title", "a").attr("data-n", 2), &mut state);
    assert_eq!((done.attribute_sets, done.dom_ops()), (1, 1));
    assert_eq!(root.inner_html(), r#"<div title="a" data-n="2"></div>"#);
}

#[test]
fn class_toggle_change_is_one_class_operation() {
    let (root, mut state) = mounted(div().class("card").class(("on", false)));
    let done = rebuild(div().class("card").class(("on", true)), &mut state);
    assert_eq!((done.attribute_sets, done.dom_ops()), (1, 1));
    let element = root.children()[0].node_id();
    assert_eq!(testing::op_log(), [format!("set #{element} class+=on")]);
    assert_eq!(root.inner_html(), r#"<div class="card on"></div>"#);
}

#[test]
fn style_property_change_is_one_style_set() {
    let (root, mut state) = mounted(div().style(("width", "1px")).style(("color", "red")));
    let done = rebuild(
        div().style(("width", "2px")).style(("color", "red")),
        &mut state,
    );
    assert_eq!((done.attribute_sets, done.dom_ops()), (1, 1));
    assert_eq!(root.expect("div").style("width").as_deref(), Some("2px"));
}

#[test]
fn option_switches_with_its_anchor() {
    let (root, mut state) = mounted(div().child((Some(b().child("x")), "tail")));
    assert_eq!(root.inner_html(), "<div><b>x</b><!---->tail</div>");

    let done = rebuild(
        div().child((
            None::<view_core::HtmlElement<view_core::html::B, (), (&str,)>>,
            "tail",
        )),
        &mut state,
    );
    assert_eq!((done.removes, done.dom_ops()), (1, 1));
    assert_eq!(root.inner_html(), "<div><!---->tail</div>");

    let done = rebuild(div().child((Some(b().child("y")), "tail")), &mut state);
    // One element and its text created, the element inserted before the anchor.
    assert_eq!((done.creates, done.inserts, done.dom_ops()), (2, 2, 2));
    assert_eq!(root.inner_html(), "<div><b>y</b><!---->tail</div>");

    let done = rebuild(div().child((Some(b().child("z")), "tail")), &mut state);
    assert_eq!((done.text_sets, done.dom_ops()), (1, 1));
}

#[test]
fn either_switches_branch_in_place() {
    let view = |left: bool| {
        p().child(if left {
            Either::Left(b().child("bold"))
        } else {
            Either::Right(i().child("it"))
        })
    };
    let (root, mut state) = mounted(view(true));
    assert_eq!(root.inner_html(), "<p><b>bold</b><!----></p>");
    let done = rebuild(view(false), &mut state);
    // New branch: <i> + text created, 2 inserts; old branch: 1 removal.
    assert_eq!(
        (done.creates, done.inserts, done.removes, done.dom_ops()),
        (2, 2, 1, 3)
    );
    assert_eq!(root.inner_html(), "<p><i>it</i><!----></p>");
    let done = rebuild(view(false), &mut state);
    assert_eq!(done.dom_ops(), 0);
}

#[test]
fn any_view_rebuilds_same_type_in_place_and_replaces_other_types() {
    let view = |n: i32| -> AnyView {
        if n < 10 {
            span().child(n).into_any()
        } else {
            ul().child(li().child(n)).into_any()
        }
    };
    let (root, mut state) = mounted(p().child(view(1)));
    let done = rebuild(p().child(view(2)), &mut state);
    assert_eq!((done.text_sets, done.dom_ops()), (1, 1));
    assert_eq!(root.inner_html(), "<p><span>2</span><!----></p>");
    let done = rebuild(p().child(view(10)), &mut state);
    assert_eq!((done.removes, done.dom_ops()), (1, 4)); // ul, li, text inserted; span removed
    assert_eq!(root.inner_html(), "<p><ul><li>10</li></ul><!----></p>");
}

#[test]
fn vec_grows_and_shrinks_at_the_end() {
    let view = |n: usize| ul().child((0..n).map(|k| li().child(k)).collect::<Vec<_>>());
    let (root, mut state) = mounted(view(2));
    let done = rebuild(view(4), &mut state);
    assert_eq!((done.inserts, done.moves, done.removes), (4, 0, 0)); // 2 × (li + text)
    assert_eq!(
        root.expect("ul").inner_html(),
        "<li>0</li><li>1</li><li>2</li><li>3</li><!---->"
    );
    let done = rebuild(view(1), &mut state);
    assert_eq!((done.removes, done.dom_ops()), (3, 3));
    assert_eq!(root.expect("ul").inner_html(), "<li>0</li><!---->");
}

#[test]
fn vec_item_change_touches_only_that_item() {
    let view = |middle: &'static str| {
        ul().child(vec![li().child("a"), li().child(middle), li().child("c")])
    };
    let (root, mut state) = mounted(view("b"));
    let done = rebuild(view("B"), &mut state);
    assert_eq!((done.text_sets, done.dom_ops()), (1, 1));
    assert_eq!(
        root.expect("ul").inner_html(),
        "<li>a</li><li>B</li><li>c</li><!---->"
    );
}

#[test]
fn inner_html_is_set_once_and_only_when_changed() {
    let (root, mut state) = mounted(div().inner_html("<b>x</b>"));
    assert_eq!(root.inner_html(), "<div><b>x</b></div>");
    assert_eq!(
        rebuild(div().inner_html("<b>x</b>"), &mut state).dom_ops(),
        0
    );
    assert_eq!(
        rebuild(div().inner_html("<i>y</i>"), &mut state).attribute_sets,
        1
    );
    assert_eq!(root.inner_html(), "<div><i>y</i></div>");
}

#[test]
fn an_iterator_child_builds_and_rebuilds_like_a_vec() {
    let items = [1, 2, 3];
    let (root, mut state) = mounted(ul().child(items.iter().map(|n| li().child(*n))));
    assert_eq!(
        root.inner_html(),
        "<ul><li>1</li><li>2</li><li>3</li><!----></ul>"
    );
    let items = [1, 5];
    let done = rebuild(ul().child(items.iter().map(|n| li().child(*n))), &mut state);
    assert_eq!(root.inner_html(), "<ul><li>1</li><li>5</li><!----></ul>");
    assert_eq!((done.text_sets, done.removes, done.creates), (1, 1, 0));
}
