//! Events on the test renderer: phases, stopPropagation, preventDefault, non-bubbling events,
//! input values, custom events, and listener lifetimes.

mod common;

use std::cell::RefCell;
use std::rc::Rc;

use view_core::html::{button, div, form, input, span};
use view_core::prelude::*;
use view_core::testing::{self, Event, TestNode, TestRenderer};

type Log = Rc<RefCell<Vec<String>>>;

fn log() -> Log {
    Rc::new(RefCell::new(Vec::new()))
}

fn push(log: &Log, entry: &str) -> impl FnMut(Event) + use<> {
    let (log, entry) = (log.clone(), entry.to_owned());
    move |_| log.borrow_mut().push(entry.clone())
}

use common::mount;

#[test]
fn click_bubbles_from_target_to_ancestors() {
    let seen = log();
    let s = seen.clone();
    let (root, _h) = mount(move || {
        div().on(ev::click, push(&s, "outer")).child(
            span()
                .on(ev::click, push(&s, "inner"))
                .child(button().on(ev::click, push(&s, "button"))),
        )
    });
    let prevented = testing::click(&root.expect("button"));
    assert!(!prevented);
    assert_eq!(*seen.borrow(), ["button", "inner", "outer"]);
}

#[test]
fn capture_listeners_run_root_first_then_target_then_bubble() {
    let seen = log();
    let s = seen.clone();
    let (root, _h) = mount(move || {
        div()
            .on(ev::click, push(&s, "div bubble"))
            .on_capture(ev::click, push(&s, "div capture"))
            .child(
                button()
                    .on(ev::click, push(&s, "button bubble"))
                    .on_capture(ev::click, push(&s, "button capture")),
            )
    });
    testing::click(&root.expect("button"));
    assert_eq!(
        *seen.borrow(),
        [
            "div capture",
            "button capture",
            "button bubble",
            "div bubble"
        ]
    );
}

#[test]
fn stop_propagation_stops_after_the_current_node() {
    let seen = log();
    let s = seen.clone();
    let (root, _h) = mount(move || {
        let stopper = {
            let s = s.clone();
            move |e: ev::MouseEvent| {
                s.borrow_mut().push("stopper".into());
                e.stop_propagation();
            }
        };
        div().on(ev::click, push(&s, "outer")).child(
            button()
                .on(ev::click, stopper)
                .on(ev::click, push(&s, "same node still runs")),
        )
    });
    testing::click(&root.expect("button"));
    assert_eq!(*seen.borrow(), ["stopper", "same node still runs"]);
}

#[test]
fn stop_immediate_propagation_skips_later_listeners_on_the_same_node() {
    let seen = log();
    let s = seen.clone();
    let (root, _h) = mount(move || {
        button()
            .on(ev::click, |e: ev::MouseEvent| {
                e.stop_immediate_propagation()
            })
            .on(ev::click, push(&s, "skipped"))
    });
    testing::click(&root.expect("button"));
    assert!(seen.borrow().is_empty());
}

#[test]
fn prevent_default_is_reported_by_dispatch() {
    let (root, _h) = mount(|| {
        form()
            .on(ev::submit, |e: ev::SubmitEvent| e.prevent_default())
            .child(button().child("go"))
    });
    assert!(testing::submit(&root.expect("form")));
    assert!(
        testing::submit(&root.expect("button")),
        "bubbles from the button to the form"
    );
    assert!(
        !testing::click(&root.expect("button")),
        "click is not prevented"
    );
}

#[test]
fn focus_does_not_bubble_but_focusin_does() {
    let seen = log();
    let s = seen.clone();
    let (root, _h) = mount(move || {
        div()
            .on(ev::focus, push(&s, "div focus"))
            .on(ev::focusin, push(&s, "div focusin"))
            .child(input().on(ev::focus, push(&s, "input focus")))
    });
    testing::focus(&root.expect("input"));
    assert_eq!(*seen.borrow(), ["input focus", "div focusin"]);
    let bubbles = [
        <ev::focus as ev::EventDescriptor>::BUBBLES,
        <ev::focusin as ev::EventDescriptor>::BUBBLES,
    ];
    assert_eq!(bubbles, [false, true]);
}

#[test]
fn capture_listeners_see_non_bubbling_events_of_descendants() {
    let seen = log();
    let s = seen.clone();
    let (root, _h) = mount(move || {
        div()
            .on_capture(ev::blur, push(&s, "captured blur"))
            .child(input())
    });
    testing::blur(&root.expect("input"));
    assert_eq!(*seen.borrow(), ["captured blur"]);
}

#[test]
#[cfg(feature = "reactive_graph")]
fn input_value_round_trips_through_a_signal() {
    let (text, set_text) = signal(String::from("start"));
    let (root, _h) = mount(move || {
        div().child((
            input()
                .prop("value", text)
                .on(ev::input, move |e: ev::InputEvent| {
                    set_text.set(e.value().unwrap_or_default());
                }),
            span().child(text),
        ))
    });
    let field = root.expect("input");
    assert_eq!(
        field.property("value"),
        Some(view_core::PropertyValue::Str("start".into()))
    );
    testing::reset_counters();
    testing::set_input_value(&field, "typed");
    assert_eq!(text.get_untracked(), "typed");
    assert_eq!(root.expect("span").text_content(), "typed");
    // The span's text is set, and the property is written back once (the renderer cannot read
    // the live value; the DOM ignores an identical `value`).
    let done = testing::counters();
    assert_eq!((done.text_sets, done.attribute_sets), (1, 1));

    set_text.set("from code".into());
    assert_eq!(
        field.property("value"),
        Some(view_core::PropertyValue::Str("from code".into()))
    );
}

#[test]
fn key_down_delivers_the_key() {
    let seen = log();
    let s = seen.clone();
    let (root, _h) = mount(move || {
        input().on(ev::keydown, move |e: ev::KeyboardEvent| {
            s.borrow_mut().push(e.key())
        })
    });
    testing::key_down(&root.expect("input"), "Enter");
    testing::key_down(&root.expect("input"), "Escape");
    assert_eq!(*seen.borrow(), ["Enter", "Escape"]);
}

#[test]
fn event_knows_its_target_and_current_target() {
    let seen = log();
    let s = seen.clone();
    let (root, _h) = mount(move || {
        div()
            .id("outer")
            .on(ev::click, move |e: ev::MouseEvent| {
                let id = |node: Option<TestNode>| {
                    node.and_then(|n| n.attribute("id")).unwrap_or_default()
                };
                s.borrow_mut()
                    .push(format!("{} via {}", id(e.target()), id(e.current_target())));
            })
            .child(button().id("inner"))
    });
    testing::click(&root.expect("#inner"));
    assert_eq!(*seen.borrow(), ["inner via outer"]);
}

#[test]
fn custom_events_are_listened_to_by_name() {
    let seen = log();
    let s = seen.clone();
    const ADDED: ev::Custom<ev::CustomEvent> = ev::Custom::new("todo-added");
    let (root, _h) = mount(move || div().on(ADDED, push(&s, "added")).child(span()));
    testing::dispatch(&root.expect("span"), Event::new("todo-added"));
    testing::dispatch(
        &root.expect("span"),
        Event::new("todo-added").with_bubbles(false),
    );
    assert_eq!(*seen.borrow(), ["added"]);
    testing::dispatch(&root.expect("div"), Event::of(ADDED));
    assert_eq!(*seen.borrow(), ["added", "added"]);
    assert!(!Event::of(ev::mouseenter).bubbles());
}

#[test]
#[cfg(feature = "reactive_graph")]
fn a_handler_that_rebuilds_its_own_view_takes_effect_on_the_next_event() {
    let (count, set_count) = signal(0);
    let (root, _h) = mount(move || {
        move || {
            let n = count.get();
            button()
                .on(ev::click, move |_| set_count.set(n + 1))
                .child(n)
        }
    });
    let button = root.expect("button");
    testing::click(&button);
    testing::click(&button);
    testing::click(&button);
    assert_eq!(count.get_untracked(), 3);
    assert_eq!(root.inner_html(), "<button>3</button>");
    assert_eq!(
        button.listener_count(),
        1,
        "rebuilding swaps the handler, not the listener"
    );
}

#[test]
fn listeners_are_removed_on_unmount() {
    let baseline = testing::counters().live_listeners;
    let (root, handle) = mount(|| {
        div()
            .on(ev::click, |_| {})
            .child(button().on(ev::click, |_| {}).on(ev::keydown, |_| {}))
    });
    assert_eq!(testing::counters().live_listeners, baseline + 3);
    let button = root.expect("button");
    drop(handle);
    assert_eq!(testing::counters().live_listeners, baseline);
    assert_eq!(button.listener_count(), 0);
    assert!(!testing::click(&button));
}

#[test]
fn elements_with_different_handlers_share_one_type() {
    fn same_type<T>(_: &T, _: &T) {}
    let count = Rc::new(std::cell::Cell::new(0));
    let seen = count.clone();
    let a = button().on(ev::click, |_| {});
    let b = button().on(ev::click, move |_| seen.set(seen.get() + 1));
    same_type(&a, &b);
    let root = TestNode::element("main");
    let _handle = mount_on::<TestRenderer, _>(&root, move || b);
    testing::click(&root.expect("button"));
    assert_eq!(count.get(), 1);
}
