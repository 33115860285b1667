//! Views that write, while being built, a signal that an enclosing view reads (issue 11, item
//! 5): the enclosing view's effect used to run in the middle of the write, and rebuild a state
//! that the running effect held borrowed (`RefCell` already borrowed). Such effects now wait
//! until the running one returns; the tree ends showing the final values, and a view that
//! writes a signal it reads on every build runs a bounded number of times.
#![cfg(feature = "reactive_graph")]

use std::cell::Cell;
use std::rc::Rc;

use view_core::html::{div, li, span, ul};
use view_core::prelude::*;
use view_core::testing::{self, TestNode, TestRenderer};

/// Writes `value` into `target` (only when it differs, so the views settle) and shows it.
#[component]
fn Report(value: u32, target: RwSignal<u32>) -> impl IntoView {
    if target.get_untracked() != value {
        target.set(value);
    }
    view! { <span>{value}</span> }
}

/// Regression: a row built by `for_each` wrote a signal an enclosing closure reads; the
/// closure's effect ran inside the write and rebuilt the list while the list's effect held its
/// rows (`already borrowed` in `keyed.rs`).
#[test]
fn a_keyed_row_writing_a_signal_an_enclosing_closure_reads_does_not_panic() {
    let baseline = testing::counters().live_effects;
    let last = RwSignal::new(0u32);
    let items = RwSignal::new(vec![1u32, 2]);
    let root = TestNode::element("main");
    let handle = mount_on::<TestRenderer, _>(&root, move || {
        move || {
            let shown = last.get();
            div().child((
                shown,
                ul().child(for_each(
                    move || items.get(),
                    |n| *n,
                    move |n| {
                        if last.get_untracked() != n {
                            last.set(n);
                        }
                        li().child(n)
                    },
                )),
            ))
        }
    });
    assert_eq!(root.expect("div").text_content(), "212");
    items.set(vec![1, 2, 3]);
    assert_eq!(root.expect("div").text_content(), "3123");
    assert_eq!(last.get_untracked(), 3);
    drop(handle);
    assert_eq!(testing::counters().live_effects, baseline);
}

/// A row whose build writes the signal the list's `each` reads: the list runs again after the
/// current run and builds the added row.
#[test]
fn a_keyed_row_writing_the_signal_its_list_reads_builds_every_row() {
    let baseline = testing::counters().live_effects;
    let items = RwSignal::new(vec![1u32, 2]);
    let root = TestNode::element("main");
    let handle = mount_on::<TestRenderer, _>(&root, move || {
        ul().child(for_each(
            move || items.get(),
            |n| *n,
            move |n| {
                if n == 3 {
                    items.update(|items| items.push(4));
                }
                li().child(n)
            },
        ))
    });
    items.set(vec![1, 2, 3]);
    assert_eq!(root.expect("ul").text_content(), "1234");
    assert_eq!(items.get_untracked(), [1, 2, 3, 4]);
    drop(handle);
    assert_eq!(testing::counters().live_effects, baseline);
}

/// Regression: a closure child rebuilt the view holding a component whose body writes a signal
/// that an enclosing closure reads; the enclosing closure's effect ran inside the write and
/// replaced the inner closure's effect, whose first run borrowed the state the running inner
/// effect held (`already borrowed` in `reactive/state.rs`).
#[test]
fn a_component_built_by_a_closure_writing_a_signal_an_enclosing_closure_reads_does_not_panic() {
    let baseline = testing::counters().live_effects;
    let reported = RwSignal::new(0u32);
    let value = RwSignal::new(1u32);
    let root = TestNode::element("main");
    let handle = mount_on::<TestRenderer, _>(&root, move || {
        move || {
            let shown = reported.get();
            div().child((shown, move || {
                let value = value.get();
                span().child(move || view! { <Report value=value target=reported/> })
            }))
        }
    });
    assert_eq!(root.expect("div").text_content(), "11");
    value.set(5);
    assert_eq!(root.expect("div").text_content(), "55");
    value.set(6);
    assert_eq!(root.expect("div").text_content(), "66");
    drop(handle);
    assert_eq!(testing::counters().live_effects, baseline);
}

/// Regression: the attribute form of the component case (an attribute closure returning a
/// closure whose first run writes the signal the element's enclosing closure reads).
#[test]
fn an_attribute_closure_writing_a_signal_an_enclosing_closure_reads_does_not_panic() {
    let baseline = testing::counters().live_effects;
    let reported = RwSignal::new(0u32);
    let value = RwSignal::new(0u32);
    let root = TestNode::element("main");
    let handle = mount_on::<TestRenderer, _>(&root, move || {
        move || {
            let shown = reported.get();
            div()
                .attr("title", move || {
                    let value = value.get();
                    move || {
                        if reported.get_untracked() != value {
                            reported.set(value);
                        }
                        value
                    }
                })
                .child(shown)
        }
    });
    value.set(5);
    assert_eq!(root.expect("div").outer_html(), r#"<div title="5">5</div>"#);
    drop(handle);
    assert_eq!(testing::counters().live_effects, baseline);
}

/// Regression: the class form of the component case.
#[test]
fn a_class_closure_writing_a_signal_an_enclosing_closure_reads_does_not_panic() {
    let baseline = testing::counters().live_effects;
    let reported = RwSignal::new(0u32);
    let value = RwSignal::new(0u32);
    let root = TestNode::element("main");
    let handle = mount_on::<TestRenderer, _>(&root, move || {
        move || {
            let shown = reported.get();
            div()
                .class(move || {
                    let value = value.get();
                    move || {
                        if reported.get_untracked() != value {
                            reported.set(value);
                        }
                        format!("c{value}")
                    }
                })
                .child(shown)
        }
    });
    value.set(5);
    assert_eq!(
        root.expect("div").outer_html(),
        r#"<div class="c5">5</div>"#
    );
    drop(handle);
    assert_eq!(testing::counters().live_effects, baseline);
}

/// Regression: a view that writes, on every build, a signal it reads (signals notify on every
/// write, even of an equal value) re-ran forever. Its effect now runs at most 100 times per
/// change (`MAX_RUNS`), then waits for the next change, showing the last value.
#[test]
fn a_view_writing_a_signal_it_reads_on_every_build_runs_a_bounded_number_of_times() {
    let baseline = testing::counters().live_effects;
    let value = RwSignal::new(0u32);
    let runs = Rc::new(Cell::new(0));
    let count = runs.clone();
    let root = TestNode::element("main");
    let handle = mount_on::<TestRenderer, _>(&root, move || {
        move || {
            count.set(count.get() + 1);
            let shown = value.get();
            div().child((shown, move || {
                value.set(7);
                span()
            }))
        }
    });
    assert_eq!(root.expect("div").text_content(), "7");
    assert_eq!(runs.get(), 100, "runs per change");
    runs.set(0);
    value.set(1);
    assert_eq!(root.expect("div").text_content(), "7");
    assert_eq!(runs.get(), 100, "runs per change");
    drop(handle);
    assert_eq!(testing::counters().live_effects, baseline);
}
