//! Updating the label of some rows of a keyed table touches only those rows: one text set per
//! changed label, and the list's `each` is not read again (a regression seen in the browser
//! benchmark, where "update every 10th row" took several times Leptos's time).

use std::cell::Cell;
use std::rc::Rc;

use view_core::prelude::*;
use view_core::testing::{self, TestRenderer};

#[derive(Clone)]
struct Row {
    id: usize,
    label: ArcRwSignal<String>,
    selected: ArcRwSignal<bool>,
}

fn row_view(row: Row) -> impl IntoView<TestRenderer> {
    let Row {
        id,
        label,
        selected,
    } = row;
    view! {
        <tr class:danger=move || selected.get()>
            <td class="col-md-1">{id}</td>
            <td class="col-md-4"><a on:click=move |_| ()>{move || label.get()}</a></td>
            <td class="col-md-6"></td>
        </tr>
    }
}

#[test]
fn updating_every_tenth_label_sets_one_text_each_and_does_not_reread_the_list() {
    let rows = RwSignal::new(
        (0..100)
            .map(|id| Row {
                id,
                label: ArcRwSignal::new(format!("row {id}")),
                selected: ArcRwSignal::new(false),
            })
            .collect::<Vec<_>>(),
    );
    let reads = Rc::new(Cell::new(0));
    let counter = reads.clone();
    let (_root, _handle) = common::mount(move || {
        view! {
            <table><tbody>
                {for_each(move || { counter.set(counter.get() + 1); rows.get() }, |row| row.id, row_view)}
            </tbody></table>
        }
    });
    assert_eq!(reads.get(), 1);
    testing::reset_counters();
    rows.with_untracked(|rows| {
        for row in rows.iter().step_by(10) {
            row.label.update(|label| label.push_str(" !!!"));
        }
    });
    let done = testing::counters();
    assert_eq!(reads.get(), 1, "the list's `each` ran again");
    assert_eq!((done.text_sets, done.dom_ops()), (10, 10));
}

mod common;
