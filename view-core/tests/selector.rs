//! `Selector`, as Leptos's: a change of the selected key re-runs only the readers of the old
//! and new keys.

use std::cell::Cell;
use std::rc::Rc;

use view_core::prelude::*;
use view_core::testing::{TestNode, TestRenderer};

#[test]
fn selection_change_reruns_only_two_rows() {
    let (selected, set_selected) = signal(2u32);
    let selector = Selector::new(move || selected.get());
    let runs = Rc::new(Cell::new(0));
    let root = TestNode::element("ul");
    let _handle = mount_on::<TestRenderer, _>(&root, {
        let runs = runs.clone();
        move || {
            (1..=100u32)
                .map(|id| {
                    let selector = selector.clone();
                    let runs = runs.clone();
                    view! {
                        <li class:selected=move || {
                            runs.set(runs.get() + 1);
                            selector.selected(&id)
                        }>{id}</li>
                    }
                })
                .collect::<Vec<_>>()
        }
    });
    assert_eq!(runs.get(), 100);
    assert_eq!(root.expect("li.selected").text_content(), "2");

    runs.set(0);
    set_selected.set(40);
    assert_eq!(runs.get(), 2, "only the old and the new row re-run");
    assert_eq!(root.expect("li.selected").text_content(), "40");

    runs.set(0);
    set_selected.set(40);
    assert_eq!(runs.get(), 0, "an unchanged selection re-runs nothing");
}

#[test]
fn selector_with_fn_and_html() {
    let (threshold, _) = signal(3);
    let selector = Selector::new_with_fn(move || threshold.get(), |key, value| key >= value);
    let html = (1..=4)
        .map(|n| view! { <i class:big=selector.selected(&n)>{n}</i> })
        .collect::<Vec<_>>()
        .to_html();
    assert_eq!(
        html,
        r#"<i class="">1</i><i class="">2</i><i class="big">3</i><i class="big">4</i><!>"#
    );
}
