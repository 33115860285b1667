//! Reactivity through `reactive_graph`: signals and closures update exactly the node, attribute,
//! class, style or property that depends on them; unmounting disposes everything.
#![cfg(feature = "reactive_graph")]

use view_core::html::{button, div, input, li, p, span, ul};
use view_core::prelude::*;
use view_core::testing::{self, TestNode, TestRenderer};

fn root() -> TestNode {
    TestNode::element("main")
}

#[test]
fn a_signal_child_updates_one_text_node() {
    let (count, set_count) = signal(0);
    let root = root();
    let _h = mount_on::<TestRenderer, _>(&root, move || {
        div().child((
            p().child("static"),
            span().child(count),
            p().child(move || count.get() * 2),
        ))
    });
    assert_eq!(
        root.inner_html(),
        "<div><p>static</p><span>0</span><p>0</p></div>"
    );
    testing::reset_counters();
    set_count.set(5);
    let done = testing::counters();
    assert_eq!((done.text_sets, done.dom_ops(), done.creates), (2, 2, 0));
    assert_eq!(
        root.inner_html(),
        "<div><p>static</p><span>5</span><p>10</p></div>"
    );
    assert_eq!(testing::op_log().len(), 2);
}

#[test]
fn setting_the_same_value_touches_nothing() {
    let (name, set_name) = signal("a".to_owned());
    let root = root();
    let _h = mount_on::<TestRenderer, _>(&root, move || p().child(move || name.get()));
    testing::reset_counters();
    set_name.set("a".to_owned());
    assert_eq!(testing::counters().dom_ops(), 0);
}

#[test]
fn signals_drive_attributes_classes_styles_and_properties() {
    let (on, set_on) = signal(false);
    let (title, set_title) = signal("one".to_owned());
    let width = RwSignal::new(10);
    let root = root();
    let _h = mount_on::<TestRenderer, _>(&root, move || {
        div()
            .class("box")
            .class(("on", on))
            .class(("off", move || !on.get()))
            .attr("title", title)
            .style(move || ("width", format!("{}px", width.get())))
            .child(input().prop("checked", on))
    });
    let el = root.expect("div.box");
    assert_eq!(
        el.outer_html(),
        r#"<div class="box off" style="width: 10px;" title="one"><input></input></div>"#
    );

    testing::reset_counters();
    set_on.set(true);
    // class+=on, class-=off, prop checked=true
    assert_eq!(testing::counters().attribute_sets, 3);
    assert!(el.has_class("on") && !el.has_class("off"));
    assert_eq!(
        root.expect("input").property("checked"),
        Some(view_core::PropertyValue::Bool(true))
    );

    testing::reset_counters();
    set_title.set("two".into());
    width.set(20);
    assert_eq!(testing::counters().attribute_sets, 2);
    assert_eq!(el.attribute("title").as_deref(), Some("two"));
    assert_eq!(el.style("width").as_deref(), Some("20px"));
}

#[test]
fn memo_and_derived_signal_work_as_children() {
    let count = RwSignal::new(2);
    let double = Memo::new(move |_| count.get() * 2);
    let label = Signal::derive(move || format!("n={}", count.get()));
    let root = root();
    let _h = mount_on::<TestRenderer, _>(&root, move || p().child((double, " ", label)));
    assert_eq!(root.expect("p").text_content(), "4 n=2");
    count.set(3);
    assert_eq!(root.expect("p").text_content(), "6 n=3");
}

#[test]
fn a_reactive_branch_switches_between_views() {
    let (show, set_show) = signal(true);
    let root = root();
    let _h = mount_on::<TestRenderer, _>(&root, move || {
        div().child(move || show.get().then(|| span().child("shown")))
    });
    assert_eq!(root.inner_html(), "<div><span>shown</span><!----></div>");
    set_show.set(false);
    assert_eq!(root.inner_html(), "<div><!----></div>");
    set_show.set(true);
    assert_eq!(root.inner_html(), "<div><span>shown</span><!----></div>");
}

#[test]
fn simple_counter_works_almost_verbatim() {
    fn simple_counter(initial: i32, step: i32) -> impl IntoView<TestRenderer> {
        let (value, set_value) = signal(initial);
        div().child((
            button()
                .on(ev::click, move |_| set_value.set(0))
                .child("Clear"),
            button()
                .on(ev::click, move |_| set_value.update(|v| *v -= step))
                .child("-1"),
            span().child(("Value: ", value, "!")),
            button()
                .on(ev::click, move |_| set_value.update(|v| *v += step))
                .child("+1"),
        ))
    }
    let root = root();
    let _h = mount_on::<TestRenderer, _>(&root, || simple_counter(0, 1));
    let buttons = root.query_selector_all("button");
    testing::click(&buttons[2]);
    testing::click(&buttons[2]);
    testing::click(&buttons[1]);
    assert_eq!(root.expect("span").text_content(), "Value: 1!");
    testing::click(&buttons[0]);
    assert_eq!(root.expect("span").text_content(), "Value: 0!");
}

#[test]
fn effects_are_disposed_on_unmount() {
    let baseline = testing::counters();
    let (count, set_count) = signal(0);
    let root = root();
    let handle = mount_on::<TestRenderer, _>(&root, move || {
        div()
            .class(("odd", move || count.get() % 2 == 1))
            .child((count, move || count.get() + 1))
    });
    assert_eq!(testing::counters().live_effects, baseline.live_effects + 3);
    drop(handle);
    assert_eq!(testing::counters().live_effects, baseline.live_effects);
    assert_eq!(root.inner_html(), "");
    testing::reset_counters();
    set_count.set(1);
    assert_eq!(
        testing::counters().dom_ops(),
        0,
        "a disposed effect no longer runs"
    );
}

#[test]
fn signals_created_inside_the_view_are_disposed_with_it() {
    let root = root();
    let inner = std::rc::Rc::new(std::cell::Cell::new(None));
    let slot = inner.clone();
    let handle = mount_on::<TestRenderer, _>(&root, move || {
        let (value, _) = signal(7);
        slot.set(Some(value));
        p().child(value)
    });
    let value = inner.get().expect("the view ran");
    assert_eq!(value.try_get_untracked(), Some(7));
    drop(handle);
    assert_eq!(
        value.try_get_untracked(),
        None,
        "the mount owner disposed the signal"
    );
}

#[test]
fn ten_thousand_mount_cycles_leave_nothing_alive() {
    testing::set_op_logging(false);
    let root = root();
    let baseline = testing::counters();
    let (count, set_count) = signal(0);
    for cycle in 0..10_000 {
        let handle = mount_on::<TestRenderer, _>(&root, move || {
            ul().class(("even", move || count.get() % 2 == 0)).child((
                li().on(ev::click, move |_| set_count.update(|n| *n += 1))
                    .child(count),
                li().child(move || (count.get() > 3).then_some("big")),
                keyed(vec![1, 2, 3], |n| *n, |n| li().child(n)),
                for_each(
                    move || 0..count.get() % 3,
                    |n| *n,
                    move |n| {
                        li().style(("order", move || count.get() + n))
                            .prop("value", n)
                    },
                ),
            ))
        });
        if cycle % 1000 == 0 {
            testing::click(&root.expect("li"));
        }
        drop(handle);
    }
    let after = testing::counters();
    assert_eq!(after.live_nodes, baseline.live_nodes);
    assert_eq!(after.live_listeners, baseline.live_listeners);
    assert_eq!(after.live_effects, baseline.live_effects);
    assert_eq!(root.children().len(), 0);
    assert_eq!(count.get_untracked(), 10);
}

#[test]
fn signal_class_names_and_style_properties_update_in_place() {
    let names = RwSignal::new("a b".to_owned());
    let width = RwSignal::new(1);
    let root = root();
    let _h = mount_on::<TestRenderer, _>(&root, move || div().class(names).style(("width", width)));
    let el = root.expect("div");
    assert_eq!(
        el.outer_html(),
        r#"<div class="a b" style="width: 1;"></div>"#
    );
    testing::reset_counters();
    names.set("b c".into());
    assert_eq!(testing::op_log().len(), 2, "{:?}", testing::op_log()); // class-=a, class+=c
    assert_eq!(el.attribute("class").as_deref(), Some("b c"));
    testing::reset_counters();
    width.set(2);
    assert_eq!(testing::counters().attribute_sets, 1);
    assert_eq!(el.style("width").as_deref(), Some("2"));
}

#[test]
fn rebuilding_reactive_classes_keeps_their_state() {
    // The outer closure re-runs when `outer` changes and rebuilds the div with new inner
    // closures; they start from the classes already shown.
    let outer = RwSignal::new(0);
    let mode = RwSignal::new("x");
    let on = RwSignal::new(true);
    let root = root();
    let _h = mount_on::<TestRenderer, _>(&root, move || {
        move || {
            let n = outer.get();
            div()
                .class(move || if n == 0 { mode.get() } else { "y" })
                .class(("on", move || on.get()))
                .child(n)
        }
    });
    let el = root.expect("div");
    assert_eq!(el.attribute("class").as_deref(), Some("x on"));
    testing::reset_counters();
    outer.set(1);
    // The class closure now shows `y`: x removed, y added; the toggle is unchanged; text set.
    assert_eq!(
        testing::counters().attribute_sets,
        2,
        "{:?}",
        testing::op_log()
    );
    assert_eq!(testing::counters().text_sets, 1);
    assert_eq!(el.attribute("class").as_deref(), Some("on y"));
    testing::reset_counters();
    on.set(false);
    assert_eq!(el.attribute("class").as_deref(), Some("y"));
    assert_eq!(testing::counters().attribute_sets, 1);
}

#[test]
fn style_pairs_with_closures_set_one_property_per_change() {
    let width = RwSignal::new(10);
    let root = root();
    let _h = mount_on::<TestRenderer, _>(&root, move || {
        div()
            .style(("color", "red"))
            .style(("width", move || format!("{}px", width.get())))
    });
    let el = root.expect("div");
    assert_eq!(
        el.attribute("style").as_deref(),
        Some("color: red; width: 10px;")
    );
    testing::reset_counters();
    width.set(12);
    assert_eq!(testing::op_log().len(), 1, "{:?}", testing::op_log());
    assert_eq!(
        testing::op_log(),
        [format!("set #{} style width: 12px", el.node_id())]
    );
    width.set(12);
    assert_eq!(
        testing::op_log().len(),
        1,
        "an unchanged value sets nothing"
    );
    assert_eq!(
        div()
            .style(("width", move || format!("{}px", width.get())))
            .to_html(),
        r#"<div style="width:12px;"></div>"#
    );
}

#[test]
fn rebuilding_reactive_attributes_touches_only_changed_values() {
    let outer = RwSignal::new(0);
    let root = root();
    let _h = mount_on::<TestRenderer, _>(&root, move || {
        move || {
            let n = outer.get();
            div()
                .attr("title", move || "same")
                .attr("data-n", move || (n < 2).then_some(n))
                .child(n)
        }
    });
    let el = root.expect("div");
    assert_eq!(el.outer_html(), r#"<div title="same" data-n="0">0</div>"#);
    testing::reset_counters();
    outer.set(1);
    // The text and `data-n` change; `title` is rebuilt from its state and not set again.
    assert_eq!(
        (
            testing::counters().text_sets,
            testing::counters().attribute_sets
        ),
        (1, 1)
    );
    outer.set(2);
    assert_eq!(
        el.outer_html(),
        r#"<div title="same">2</div>"#,
        "None removes the attribute"
    );
}

#[test]
fn a_memo_that_keeps_its_value_does_not_rerun_the_view_effect() {
    let (count, set_count) = signal(1);
    let parity = Memo::new(move |_| count.get() % 2);
    let runs = std::rc::Rc::new(std::cell::Cell::new(0));
    let seen = runs.clone();
    let root = root();
    let _h = mount_on::<TestRenderer, _>(&root, move || {
        p().child(move || {
            seen.set(seen.get() + 1);
            parity.get()
        })
    });
    assert_eq!((root.inner_html().as_str(), runs.get()), ("<p>1</p>", 1));
    set_count.set(3);
    assert_eq!((root.inner_html().as_str(), runs.get()), ("<p>1</p>", 1));
    set_count.set(4);
    assert_eq!((root.inner_html().as_str(), runs.get()), ("<p>0</p>", 2));
}

#[test]
fn a_view_effect_writing_a_signal_it_reads_is_not_reentered() {
    let (count, set_count) = signal(0);
    let root = root();
    let _h = mount_on::<TestRenderer, _>(&root, move || {
        p().child(move || {
            let value = count.get();
            if value % 2 == 1 {
                set_count.set(value + 1);
            }
            value
        })
    });
    assert_eq!(root.inner_html(), "<p>0</p>");
    testing::reset_counters();
    set_count.set(1);
    // The write inside the run (1 -> 2) runs the effect again after the first run returns:
    // the view shows the last value, and the effect stays subscribed.
    assert_eq!(
        (root.inner_html().as_str(), count.get_untracked()),
        ("<p>2</p>", 2)
    );
    assert_eq!(testing::counters().text_sets, 2);
    set_count.set(4);
    assert_eq!(root.inner_html(), "<p>4</p>");
}

#[test]
fn signals_created_in_a_view_effect_run_are_disposed_by_the_next_run() {
    let (count, set_count) = signal(0);
    let created = std::rc::Rc::new(std::cell::RefCell::new(Vec::new()));
    let log = created.clone();
    let root = root();
    let _h = mount_on::<TestRenderer, _>(&root, move || {
        p().child(move || {
            let inner = RwSignal::new(count.get());
            log.borrow_mut().push(inner);
            inner.get_untracked()
        })
    });
    set_count.set(1);
    assert_eq!(root.inner_html(), "<p>1</p>");
    let created = created.borrow();
    assert_eq!(created.len(), 2);
    assert_eq!(created[0].try_get_untracked(), None);
    assert_eq!(created[1].try_get_untracked(), Some(1));
}

#[test]
fn a_signal_a_view_reads_written_on_another_thread_panics_instead_of_running_a_foreign_effect() {
    let (count, set_count) = signal(0);
    let root = root();
    let _h = mount_on::<TestRenderer, _>(&root, move || p().child(count));
    let other = std::thread::spawn(move || {
        // Another thread's own view effect takes slot 0 of that thread's table; a node from
        // the first thread must not run it.
        let other_root = TestNode::element("main");
        let _other = mount_on::<TestRenderer, _>(&other_root, || p().child(|| "other"));
        set_count.set(1);
    })
    .join();
    let message = other.expect_err("the write on a foreign thread must panic");
    let message = message
        .downcast_ref::<&str>()
        .copied()
        .or_else(|| message.downcast_ref::<String>().map(String::as_str))
        .unwrap_or_default()
        .to_owned();
    assert!(
        message.contains("notified from another thread"),
        "{message}"
    );
    assert_eq!(root.inner_html(), "<p>0</p>");
}

/// A run keeps its node subscribed to the sources it reads again (no unsubscribe and
/// resubscribe per run) and unsubscribes it from those it stopped reading.
#[test]
fn an_effect_follows_the_sources_of_its_latest_run() {
    let (flag, set_flag) = signal(true);
    let (a, set_a) = signal(1);
    let (b, set_b) = signal(10);
    let runs = std::rc::Rc::new(std::cell::Cell::new(0));
    let counter = runs.clone();
    let root = root();
    let _h = mount_on::<TestRenderer, _>(&root, move || {
        p().child(move || {
            counter.set(counter.get() + 1);
            if flag.get() { a.get() } else { b.get() }
        })
    });
    assert_eq!((root.inner_html().as_str(), runs.get()), ("<p>1</p>", 1));
    // `a` is read on every run: each change runs the effect once.
    set_a.set(2);
    set_a.set(3);
    assert_eq!((root.inner_html().as_str(), runs.get()), ("<p>3</p>", 3));
    set_b.set(11);
    assert_eq!(runs.get(), 3, "`b` was never read");
    set_flag.set(false);
    assert_eq!((root.inner_html().as_str(), runs.get()), ("<p>11</p>", 4));
    set_a.set(4);
    assert_eq!(
        runs.get(),
        4,
        "`a` is no longer read: its change must not run the effect"
    );
    set_b.set(12);
    assert_eq!((root.inner_html().as_str(), runs.get()), ("<p>12</p>", 5));
    set_flag.set(true);
    set_b.set(13);
    assert_eq!((root.inner_html().as_str(), runs.get()), ("<p>4</p>", 6));
}
