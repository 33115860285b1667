//! The test renderer is as strict as the DOM: every operation the DOM rejects panics with the
//! DOM's error name, so a view-core bug that would throw in the browser fails natively too
//! (issue 11). Each test is named after the looseness it replaces.

mod common;

use std::cell::{Cell, RefCell};
use std::rc::Rc;

use view_core::html::{button, div};
use view_core::prelude::*;
use view_core::testing::{self, Event, TestNode, TestRenderer};
use view_core::{Namespace, Render, Renderer};

use common::mount;

type R = TestRenderer;

fn element(tag: &str) -> TestNode {
    R::create_element(tag, Namespace::Html)
}

// --- insert_before -----------------------------------------------------------------------------

#[test]
#[should_panic(expected = "NotFoundError: insert_before: the anchor is not a child of the parent")]
fn insert_before_with_an_anchor_that_is_not_a_child_no_longer_appends() {
    let parent = element("div");
    let elsewhere = element("p");
    let anchor = element("span");
    R::insert_before(&elsewhere, &anchor, None);
    R::insert_before(&parent, &element("b"), Some(&anchor));
}

#[test]
#[should_panic(expected = "NotFoundError")]
fn insert_before_with_a_detached_anchor_no_longer_appends() {
    let parent = element("div");
    R::insert_before(&parent, &element("b"), Some(&element("i")));
}

#[test]
#[should_panic(expected = "HierarchyRequestError: insert_before")]
fn inserting_a_node_into_its_own_descendant_is_a_hierarchy_request_error() {
    let outer = element("div");
    let inner = element("section");
    R::insert_before(&outer, &inner, None);
    R::insert_before(&inner, &outer, None);
}

#[test]
#[should_panic(expected = "HierarchyRequestError: insert_before")]
fn inserting_a_node_into_itself_is_a_hierarchy_request_error() {
    let node = element("div");
    R::insert_before(&node, &node, None);
}

#[test]
#[should_panic(expected = "HierarchyRequestError: insert_before")]
fn inserting_into_a_text_node_is_a_hierarchy_request_error() {
    let text = R::create_text("hi");
    R::insert_before(&text, &element("b"), None);
}

#[test]
fn inserting_a_node_before_itself_keeps_its_place_as_in_the_dom() {
    // DOM § 4.2.3 "insert before": a reference child equal to the node means its next sibling.
    let parent = element("div");
    let (a, b, c) = (element("a"), element("b"), element("i"));
    for node in [&a, &b, &c] {
        R::insert_before(&parent, node, None);
    }
    R::insert_before(&parent, &b, Some(&b));
    assert_eq!(parent.inner_html(), "<a></a><b></b><i></i>");
}

#[test]
fn removing_a_detached_node_does_nothing_as_in_the_dom_renderer() {
    // `Renderer::remove` takes no parent: like `Dom::remove` (`parentNode?.removeChild`) it
    // removes the node from the parent it has, and there is no "not a child" case to reject.
    let node = element("div");
    R::remove(&node);
    assert!(node.parent().is_none());
}

// --- fragments -----------------------------------------------------------------------------------

#[test]
fn the_parent_of_a_node_in_a_fragment_is_the_fragment_as_parent_node_in_the_dom() {
    let Some(fragment) = R::create_fragment() else {
        panic!("the test renderer has fragments")
    };
    let child = element("li");
    R::insert_before(&fragment, &child, None);
    let parent = R::parent(&child);
    assert!(parent.is_some_and(|parent| R::same_node(&parent, &fragment)));
    // Once inserted, the children belong to the new parent and the fragment is empty.
    let list = element("ul");
    R::insert_before(&list, &fragment, None);
    assert!(R::parent(&child).is_some_and(|parent| parent == list));
    assert!(R::first_child(&fragment).is_none());
}

// --- classes -------------------------------------------------------------------------------------

#[test]
#[should_panic(expected = "InvalidCharacterError: add_class")]
fn a_class_token_with_a_space_is_an_invalid_character_error() {
    R::add_class(&element("div"), "btn primary");
}

#[test]
#[should_panic(expected = "InvalidCharacterError: add_class")]
fn a_class_token_with_a_tab_is_an_invalid_character_error() {
    R::add_class(&element("div"), "a\tb");
}

#[test]
#[should_panic(expected = "SyntaxError: add_class")]
fn an_empty_class_token_is_a_syntax_error() {
    R::add_class(&element("div"), "");
}

#[test]
#[should_panic(expected = "InvalidCharacterError: remove_class")]
fn removing_a_class_token_with_a_space_is_an_invalid_character_error() {
    R::remove_class(&element("div"), "a b");
}

#[test]
#[should_panic(expected = "SyntaxError: remove_class")]
fn removing_an_empty_class_token_is_a_syntax_error() {
    R::remove_class(&element("div"), "");
}

// --- names ---------------------------------------------------------------------------------------

/// Attribute names and whether `setAttribute` accepts them (DOM § "valid attribute local name":
/// not empty, no ASCII whitespace, NUL, `/`, `=` or `>`). The same table is checked against
/// Chromium in tests/browser/tests/dom.rs.
const ATTRIBUTE_NAMES: &[(&str, bool)] = &[
    ("title", true),
    ("data-id", true),
    ("aria-label", true),
    ("xlink:href", true),
    ("@click", true),
    ("x.y", true),
    ("é", true),
    ("", false),
    ("a b", false),
    ("a\tb", false),
    ("a/b", false),
    ("a=b", false),
    ("a>b", false),
    ("a\0b", false),
];

#[test]
fn attribute_names_the_dom_accepts_are_accepted() {
    let div = element("div");
    for (name, valid) in ATTRIBUTE_NAMES {
        if *valid {
            R::set_attribute(&div, name, "v");
            assert_eq!(div.attribute(name).as_deref(), Some("v"), "{name:?}");
        }
    }
}

#[test]
fn attribute_names_the_dom_rejects_panic_with_invalid_character_error() {
    for (name, valid) in ATTRIBUTE_NAMES {
        if *valid {
            continue;
        }
        let name = name.to_string();
        let result = std::panic::catch_unwind(|| R::set_attribute(&element("div"), &name, "v"));
        let Err(panic) = result else {
            panic!("set_attribute({name:?}) must panic as setAttribute throws")
        };
        let message = panic.downcast_ref::<String>().cloned().unwrap_or_default();
        assert!(
            message.starts_with("InvalidCharacterError: set_attribute"),
            "{name:?}: {message}"
        );
    }
}

#[test]
#[should_panic(expected = "InvalidCharacterError: create_element")]
fn an_element_with_an_invalid_tag_is_an_invalid_character_error() {
    let _ = element("my element");
}

// --- events --------------------------------------------------------------------------------------

#[test]
#[should_panic(expected = "InvalidStateError: dispatch: the event is already being dispatched")]
fn redispatching_the_event_being_dispatched_is_an_invalid_state_error() {
    let button = element("button");
    let target = button.clone();
    let _listener = R::add_listener(
        &button,
        "click",
        false,
        Box::new(move |event: Event| {
            testing::dispatch(&target, event);
        }),
    );
    testing::click(&button);
}

#[test]
fn a_finished_event_can_be_dispatched_again_with_its_propagation_flags_cleared() {
    let (outer, inner) = (element("div"), element("button"));
    R::insert_before(&outer, &inner, None);
    let outer_calls = Rc::new(Cell::new(0));
    let stop = Rc::new(Cell::new(true));
    let _inner = R::add_listener(&inner, "click", false, {
        let stop = stop.clone();
        Box::new(move |event: Event| {
            if stop.get() {
                event.stop_propagation();
            }
        })
    });
    let _outer = R::add_listener(&outer, "click", false, {
        let calls = outer_calls.clone();
        Box::new(move |_| calls.set(calls.get() + 1))
    });
    let event = Event::new("click");
    testing::dispatch(&inner, event.clone());
    assert_eq!(outer_calls.get(), 0);
    stop.set(false);
    testing::dispatch(&inner, event);
    assert_eq!(
        outer_calls.get(),
        1,
        "the stop flag is cleared when a dispatch ends"
    );
}

/// Item 6 of issue 11: a handler that dispatches its own event on its element. In JavaScript the
/// nested dispatch runs the listener again; a Rust `FnMut` cannot be re-entered, so the nested
/// call runs as soon as the running one returns (it used to be skipped natively and to throw in
/// the browser).
#[test]
fn a_handler_that_dispatches_its_own_event_runs_again_instead_of_being_skipped() {
    let calls = Rc::new(RefCell::new(Vec::new()));
    let (root, _handle) = mount({
        let calls = calls.clone();
        move || {
            let node_ref = NodeRef::<view_core::html::Button>::new();
            button()
                .node_ref(node_ref)
                .on(ev::click, move |_| {
                    let depth = calls.borrow().len();
                    calls.borrow_mut().push(format!("start {depth}"));
                    if depth == 0
                        && let Some(button) = node_ref.get()
                    {
                        testing::dispatch(&button, Event::new("click"));
                    }
                    calls.borrow_mut().push(format!("end {depth}"));
                })
                .child("go")
        }
    });
    testing::click(&root.expect("button"));
    assert_eq!(*calls.borrow(), ["start 0", "end 0", "start 2", "end 2"]);
}

#[test]
fn a_raw_listener_that_dispatches_its_own_event_runs_again() {
    let node = element("div");
    let calls = Rc::new(Cell::new(0));
    let _listener = R::add_listener(&node, "ping", false, {
        let (calls, node) = (calls.clone(), node.clone());
        Box::new(move |_| {
            calls.set(calls.get() + 1);
            if calls.get() < 3 {
                testing::dispatch(&node, Event::new("ping"));
            }
        })
    });
    testing::dispatch(&node, Event::new("ping"));
    assert_eq!(calls.get(), 3);
}

#[test]
fn a_listener_removed_while_its_nested_call_waits_does_not_run_again() {
    let node = element("div");
    let calls = Rc::new(Cell::new(0));
    let handle: Rc<RefCell<Option<testing::TestListenerHandle>>> = Rc::default();
    *handle.borrow_mut() = Some(R::add_listener(&node, "ping", false, {
        let (calls, node, handle) = (calls.clone(), node.clone(), handle.clone());
        Box::new(move |_| {
            calls.set(calls.get() + 1);
            testing::dispatch(&node, Event::new("ping"));
            drop(handle.borrow_mut().take());
        })
    }));
    testing::dispatch(&node, Event::new("ping"));
    assert_eq!(calls.get(), 1);
    assert_eq!(node.listener_count(), 0);
}

// --- whole views ---------------------------------------------------------------------------------

#[test]
fn a_mounted_view_still_works_under_the_strict_rules() {
    let (root, handle) = mount(|| div().class("a b").child(button().child("x")));
    assert_eq!(
        root.inner_html(),
        r#"<div class="a b"><button>x</button></div>"#
    );
    drop(handle);
    assert_eq!(root.inner_html(), "");
}

#[cfg(feature = "reactive_graph")]
#[test]
fn a_row_updated_while_it_sits_in_the_new_rows_fragment_keeps_the_update() {
    use view_core::html::{li, ul};
    let show = RwSignal::new(false);
    let rows_view = move |ids: &[u32]| {
        ul().child(keyed(
            ids.to_vec(),
            |id| *id,
            move |id| {
                if id == 3 {
                    show.set(true);
                }
                // The closure's anchor is a top-level node of the row: a child of the fragment.
                (li().child(id), move || show.get().then(|| li().child("!")))
            },
        ))
    };
    let (root, mut state) = common::build_mounted(rows_view(&[1]));
    testing::clear_op_log();
    Render::rebuild(rows_view(&[1, 2, 3]), &mut state);
    assert_eq!(
        root.inner_html(),
        "<ul><li>1</li><li>!</li><!----><li>2</li><li>!</li><!----><li>3</li><li>!</li><!----><!----></ul>"
    );
    assert!(
        testing::op_log().iter().any(|op| op.contains("fragment")),
        "the new rows went through a fragment"
    );
}

/// A keyed row whose top-level nodes are an `Option`, an `Either` and a `Vec`: each keeps an
/// anchor of its own directly in the list's parent (or in the new rows' fragment).
fn shaped_row(key: u32, shape: u8) -> impl Render<TestRenderer> + RenderHtml + use<> {
    use view_core::html::{b, em, i, li, span};
    (
        (shape & 1 != 0).then(|| li().child(format!("o{key}"))),
        if shape & 2 != 0 {
            Either::Left(span().child(key))
        } else {
            Either::Right((b().child("b"), i().child(key)))
        },
        (0..u32::from(shape >> 2) % 3)
            .map(|j| em().child(j))
            .collect::<Vec<_>>(),
    )
}

/// The list with text around it, not wrapped in an element: unmounted, its anchors are
/// detached.
fn shaped_list(rows: &[(u32, u8)]) -> impl Render<TestRenderer> + RenderHtml + use<> {
    (
        "head",
        keyed(
            rows.to_vec(),
            |(key, _)| *key,
            |(key, shape)| shaped_row(key, shape),
        ),
        "tail",
    )
}

/// The mounted HTML without placeholders equals the SSR HTML without text markers.
fn same_as_ssr(root: &TestNode, rows: &[(u32, u8)]) -> Result<(), String> {
    let mounted = root.inner_html().replace("<!---->", "");
    let ssr = shaped_list(rows).to_html().replace("<!>", "");
    if mounted == ssr {
        Ok(())
    } else {
        Err(format!("mounted {mounted}\n    ssr {ssr}"))
    }
}

proptest::proptest! {
    #![proptest_config(proptest::prelude::ProptestConfig::with_cases(200))]
    /// Any sequence of keyed rebuilds whose rows change shape (options appearing, branches
    /// switching, nested lists growing and shrinking) is valid under the strict renderer and ends
    /// where SSR of the same view does.
    #[test]
    fn keyed_rows_of_changing_shapes_stay_valid_and_match_ssr(
        steps in proptest::collection::vec(
            proptest::collection::vec((0u32..8, 0u8..16), 0..8),
            1..6,
        ),
    ) {
        let dedup = |rows: &[(u32, u8)]| {
            let mut seen = Vec::new();
            rows.iter()
                .filter(|(key, _)| {
                    let fresh = !seen.contains(key);
                    seen.push(*key);
                    fresh
                })
                .copied()
                .collect::<Vec<_>>()
        };
        let first = dedup(&steps[0]);
        let (root, mut state) = common::build_mounted(shaped_list(&first));
        proptest::prop_assert_eq!(same_as_ssr(&root, &first), Ok(()));
        for step in &steps[1..] {
            let rows = dedup(step);
            Render::rebuild(shaped_list(&rows), &mut state);
            proptest::prop_assert_eq!(same_as_ssr(&root, &rows), Ok(()));
        }
        view_core::Mountable::unmount(&mut state);
        proptest::prop_assert_eq!(root.inner_html(), "");
    }
}

proptest::proptest! {
    #![proptest_config(proptest::prelude::ProptestConfig::with_cases(100))]
    /// Rebuilding while unmounted (every anchor detached), then mounting again, is valid and ends
    /// where SSR does.
    #[test]
    fn rebuilding_keyed_rows_while_unmounted_then_remounting_matches_ssr(
        old in proptest::collection::vec((0u32..8, 0u8..16), 0..8),
        new in proptest::collection::vec((0u32..8, 0u8..16), 0..8),
    ) {
        let dedup = |rows: &[(u32, u8)]| {
            let mut seen = Vec::new();
            rows.iter()
                .filter(|(key, _)| {
                    let fresh = !seen.contains(key);
                    seen.push(*key);
                    fresh
                })
                .copied()
                .collect::<Vec<_>>()
        };
        let (old, new) = (dedup(&old), dedup(&new));
        let root = TestNode::element("main");
        let mut state = shaped_list(&old).build();
        view_core::Mountable::mount(&mut state, &root, None);
        view_core::Mountable::unmount(&mut state);
        Render::rebuild(shaped_list(&new), &mut state);
        view_core::Mountable::mount(&mut state, &root, None);
        proptest::prop_assert_eq!(same_as_ssr(&root, &new), Ok(()));
    }
}
