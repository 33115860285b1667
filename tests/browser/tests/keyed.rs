//! Keyed lists in the browser: rows keep their DOM nodes across reorders, and the number of
//! real DOM insertions (counted by a `MutationObserver`) is the minimum: swapping two rows is
//! 2 moves, reversing n rows is n − 1, appending inserts only the new row.
#![cfg(target_arch = "wasm32")]

use view_browser_tests::{ChildListChanges, ChildListRecorder, find, mount, root};
use view_core::Render;
use view_core::html::{li, ul};
use view_core::prelude::*;
use wasm_bindgen::JsCast;
use wasm_bindgen_test::{wasm_bindgen_test, wasm_bindgen_test_configure};

wasm_bindgen_test_configure!(run_in_browser);

fn list(ids: &[u32]) -> impl Render<view_core::dom::Dom> + use<> {
    ul().child(keyed(ids.to_vec(), |id| *id, |id| li().child(id)))
}

/// The `<li>` elements under `root`, in document order.
fn rows(root: &web_sys::Element) -> Vec<web_sys::Element> {
    let list = root.query_selector_all("li").expect("query");
    (0..list.length())
        .map(|index| list.item(index).expect("li").unchecked_into())
        .collect()
}

fn texts(root: &web_sys::Element) -> Vec<String> {
    rows(root)
        .iter()
        .map(|row| row.text_content().unwrap_or_default())
        .collect()
}

/// Whether `after` holds the very nodes of `before`, permuted by `order` (old positions).
fn same_nodes_in_order(before: &[web_sys::Element], after: &[web_sys::Element], order: &[usize]) {
    for (position, &old) in order.iter().enumerate() {
        assert!(
            after[position].is_same_node(Some(&before[old])),
            "row {position} is not the node that was at {old}",
        );
    }
}

#[wasm_bindgen_test]
fn swapping_two_rows_of_many_is_two_moves_and_keeps_every_node() {
    let root = root();
    let ids: Vec<u32> = (1..=100).collect();
    let mut state = mount(list(&ids), &root);
    let before = rows(&root);
    let recorder = ChildListRecorder::observe(&find(&root, "ul"));

    let mut swapped = ids.clone();
    swapped.swap(1, 98);
    list(&swapped).rebuild(&mut state);

    assert_eq!(
        recorder.take(),
        ChildListChanges {
            added: 2,
            removed: 2
        }
    );
    let order: Vec<usize> = swapped.iter().map(|id| *id as usize - 1).collect();
    same_nodes_in_order(&before, &rows(&root), &order);
}

#[wasm_bindgen_test]
fn reversing_n_rows_is_n_minus_one_moves() {
    let root = root();
    let ids: Vec<u32> = (1..=10).collect();
    let mut state = mount(list(&ids), &root);
    let before = rows(&root);
    let recorder = ChildListRecorder::observe(&find(&root, "ul"));

    let reversed: Vec<u32> = ids.iter().rev().copied().collect();
    list(&reversed).rebuild(&mut state);

    assert_eq!(
        recorder.take(),
        ChildListChanges {
            added: 9,
            removed: 9
        }
    );
    assert_eq!(
        texts(&root),
        ["10", "9", "8", "7", "6", "5", "4", "3", "2", "1"]
    );
    let order: Vec<usize> = (0..10).rev().collect();
    same_nodes_in_order(&before, &rows(&root), &order);
}

#[wasm_bindgen_test]
fn appending_inserts_only_the_new_row() {
    let root = root();
    let mut state = mount(list(&[1, 2, 3]), &root);
    let before = rows(&root);
    let recorder = ChildListRecorder::observe(&find(&root, "ul"));

    list(&[1, 2, 3, 4]).rebuild(&mut state);

    assert_eq!(
        recorder.take(),
        ChildListChanges {
            added: 1,
            removed: 0
        }
    );
    assert_eq!(texts(&root), ["1", "2", "3", "4"]);
    same_nodes_in_order(&before, &rows(&root)[..3], &[0, 1, 2]);
}

#[wasm_bindgen_test]
fn appending_many_rows_inserts_them_through_one_fragment_in_order() {
    let root = root();
    let mut state = mount(list(&[1, 2]), &root);
    let before = rows(&root);
    let recorder = ChildListRecorder::observe(&find(&root, "ul"));

    list(&[1, 2, 3, 4, 5]).rebuild(&mut state);

    assert_eq!(
        recorder.take(),
        ChildListChanges {
            added: 3,
            removed: 0
        }
    );
    assert_eq!(texts(&root), ["1", "2", "3", "4", "5"]);
    same_nodes_in_order(&before, &rows(&root)[..2], &[0, 1]);
}

#[wasm_bindgen_test]
fn clearing_a_list_that_owns_its_parent_empties_it_and_the_list_still_works() {
    let root = root();
    let mut state = mount(list(&[1, 2, 3]), &root);
    let ul = find(&root, "ul");

    list(&[]).rebuild(&mut state);
    assert_eq!(ul.inner_html(), "<!---->");

    list(&[7, 8]).rebuild(&mut state);
    assert_eq!(texts(&root), ["7", "8"]);
    assert_eq!(ul.child_nodes().length(), 3, "two rows and the anchor");
}

#[wasm_bindgen_test]
fn removing_a_row_is_one_removal() {
    let root = root();
    let mut state = mount(list(&[1, 2, 3, 4]), &root);
    let before = rows(&root);
    let recorder = ChildListRecorder::observe(&find(&root, "ul"));

    list(&[1, 3, 4]).rebuild(&mut state);

    assert_eq!(
        recorder.take(),
        ChildListChanges {
            added: 0,
            removed: 1
        }
    );
    same_nodes_in_order(&before, &rows(&root), &[0, 2, 3]);
}

#[wasm_bindgen_test]
fn for_each_reorders_rows_when_its_signal_changes() {
    let root = root();
    let (items, set_items) = signal(vec![1u32, 2, 3]);
    let _handle = mount_on::<view_core::dom::Dom, _>(&root, move || {
        ul().child(for_each(move || items.get(), |id| *id, |id| li().child(id)))
    });
    let before = rows(&root);
    let recorder = ChildListRecorder::observe(&find(&root, "ul"));

    set_items.set(vec![3, 1, 2]);

    assert_eq!(texts(&root), ["3", "1", "2"]);
    assert_eq!(
        recorder.take(),
        ChildListChanges {
            added: 1,
            removed: 1
        }
    );
    same_nodes_in_order(&before, &rows(&root), &[2, 0, 1]);
}

/// New rows are built into a fragment; a row whose building updates a signal that an earlier
/// row of the same fragment shows (an `Option` becoming `Some`) must insert the new nodes there.
/// `Dom::parent` was `parentElement`, `None` inside a fragment, so the update was lost.
#[wasm_bindgen_test]
fn a_row_updated_while_it_sits_in_the_new_rows_fragment_keeps_the_update() {
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
    let root = root();
    let mut state = mount(rows_view(&[1]), &root);
    rows_view(&[1, 2, 3]).rebuild(&mut state);
    assert_eq!(texts(&root), ["1", "!", "2", "!", "3", "!"]);
}
