//! Keyed lists reorder with the minimum number of moves (longest increasing subsequence).

use view_core::html::{li, ul};
use view_core::prelude::*;
use view_core::testing::{self, Counters, TestNode, TestRenderer};
use view_core::{Mountable, Render};

type Rows = Vec<(u32, String)>;

fn rows(n: u32) -> Rows {
    (0..n).map(|k| (k, format!("row {k}"))).collect()
}

fn list(items: Rows) -> impl Render<TestRenderer, State: Mountable<TestRenderer>> + RenderHtml {
    ul().child(keyed(
        items,
        |row| row.0,
        |row| li().attr("data-id", row.0).child(row.1),
    ))
}

struct Mounted<S> {
    root: TestNode,
    state: S,
}

macro_rules! mount {
    ($items:expr) => {{
        let root = TestNode::element("main");
        let mut state = list($items).build();
        state.mount(&root, None);
        testing::reset_counters();
        Mounted { root, state }
    }};
}

fn ids(root: &TestNode) -> Vec<u32> {
    root.query_selector_all("li")
        .iter()
        .map(|li| {
            li.attribute("data-id")
                .and_then(|id| id.parse().ok())
                .unwrap_or(u32::MAX)
        })
        .collect()
}

macro_rules! rebuild {
    ($mounted:expr, $items:expr) => {{
        testing::reset_counters();
        list($items).rebuild(&mut $mounted.state);
        testing::counters()
    }};
}

fn expect(done: Counters, inserts: usize, moves: usize, removes: usize) {
    assert_eq!(
        (done.inserts, done.moves, done.removes, done.text_sets),
        (inserts, moves, removes, 0),
        "{done:?}"
    );
}

#[test]
fn swapping_two_rows_of_a_thousand_is_two_moves() {
    let mut m = mount!(rows(1000));
    let mut swapped = rows(1000);
    swapped.swap(1, 998);
    let done = rebuild!(m, swapped.clone());
    expect(done, 0, 2, 0);
    assert_eq!(done.creates, 0);
    assert_eq!(
        ids(&m.root),
        swapped.iter().map(|r| r.0).collect::<Vec<_>>()
    );
}

#[test]
fn swapping_two_adjacent_rows_is_one_move() {
    let mut m = mount!(rows(5));
    let done = rebuild!(
        m,
        [0, 2, 1, 3, 4]
            .iter()
            .map(|&k| (k, format!("row {k}")))
            .collect()
    );
    expect(done, 0, 1, 0);
    assert_eq!(ids(&m.root), [0, 2, 1, 3, 4]);
}

#[test]
fn swapped_rows_are_rebuilt_with_their_new_data() {
    let mut m = mount!(rows(4));
    let items: Rows = vec![
        (0, "row 0".into()),
        (3, "three".into()),
        (2, "row 2".into()),
        (1, "one".into()),
    ];
    let done = rebuild!(m, items);
    assert_eq!((done.moves, done.text_sets, done.creates), (2, 2, 0));
    assert_eq!(m.root.expect("ul").text_content(), "row 0threerow 2one");
}

#[test]
fn reversing_n_rows_is_n_minus_one_moves() {
    for n in [2, 3, 10, 101] {
        let mut m = mount!(rows(n));
        let mut reversed = rows(n);
        reversed.reverse();
        let done = rebuild!(m, reversed.clone());
        expect(done, 0, n as usize - 1, 0);
        assert_eq!(
            ids(&m.root),
            reversed.iter().map(|r| r.0).collect::<Vec<_>>()
        );
    }
}

#[test]
fn appending_moves_nothing() {
    let mut m = mount!(rows(5));
    let done = rebuild!(m, rows(8));
    expect(done, 7, 0, 0); // 3 × (li + text), and the fragment holding the 3 rows
    assert_eq!(ids(&m.root), (0..8).collect::<Vec<_>>());
}

#[test]
fn prepending_inserts_without_moving() {
    let mut m = mount!(rows(5));
    let mut items = vec![(100, "new".to_owned())];
    items.extend(rows(5));
    let done = rebuild!(m, items);
    expect(done, 2, 0, 0);
    assert_eq!(ids(&m.root), [100, 0, 1, 2, 3, 4]);
}

#[test]
fn removing_one_row_is_one_remove_and_no_moves() {
    let mut m = mount!(rows(10));
    let mut items = rows(10);
    items.remove(4);
    let done = rebuild!(m, items);
    expect(done, 0, 0, 1);
    assert_eq!(ids(&m.root), [0, 1, 2, 3, 5, 6, 7, 8, 9]);
}

#[test]
fn unchanged_keys_and_data_do_nothing() {
    let mut m = mount!(rows(100));
    let done = rebuild!(m, rows(100));
    assert_eq!(done.dom_ops(), 0);
}

#[test]
fn kept_rows_update_their_data_in_place() {
    let mut m = mount!(rows(3));
    let mut items = rows(3);
    items[1].1 = "changed".to_owned();
    items.swap(0, 2);
    let done = rebuild!(m, items);
    // [2, 1, 0] is a reversal of 3 rows: 2 moves.
    assert_eq!((done.text_sets, done.moves, done.creates), (1, 2, 0));
    assert_eq!(
        m.root.expect("ul").inner_html(),
        r#"<li data-id="2">row 2</li><li data-id="1">changed</li><li data-id="0">row 0</li><!---->"#
    );
}

#[test]
fn mixed_insert_remove_and_move_ends_in_the_right_order() {
    let mut m = mount!(rows(6));
    let items: Rows = [5, 0, 7, 2, 3, 1]
        .iter()
        .map(|&k| (k, format!("row {k}")))
        .collect();
    let done = rebuild!(m, items);
    // 4 is removed; 7 is new; of the kept [5, 0, 2, 3, 1], 0, 2, 3 stay and 5 and 1 move.
    assert_eq!((done.removes, done.moves, done.inserts), (1, 2, 2));
    assert_eq!(ids(&m.root), [5, 0, 7, 2, 3, 1]);
}

#[test]
fn duplicate_keys_still_render_every_item() {
    let mut m = mount!(vec![(1, "a".into()), (1, "b".into())]);
    rebuild!(m, vec![(1, "c".into()), (1, "d".into()), (2, "e".into())]);
    assert_eq!(m.root.expect("ul").text_content(), "cde");
}

#[test]
fn keyed_renders_html_like_a_list() {
    assert_eq!(
        list(rows(2)).to_html(),
        r#"<ul><li data-id="0">row 0</li><li data-id="1">row 1</li><!></ul>"#
    );
}

#[test]
#[cfg(feature = "reactive_graph")]
fn for_each_moves_rows_without_rebuilding_them() {
    let (items, set_items) = signal(vec![1u32, 2, 3]);
    let built = std::rc::Rc::new(std::cell::Cell::new(0));
    let root = TestNode::element("main");
    let counter = built.clone();
    let _handle = mount_on::<TestRenderer, _>(&root, move || {
        ul().child(for_each(
            move || items.get(),
            |n| *n,
            move |n| {
                counter.set(counter.get() + 1);
                li().child(n)
            },
        ))
    });
    assert_eq!(built.get(), 3);
    testing::reset_counters();
    set_items.set(vec![3, 1, 2, 4]);
    let done = testing::counters();
    assert_eq!(built.get(), 4, "children runs only for the new key");
    assert_eq!((done.moves, done.inserts, done.removes), (1, 2, 0));
    assert_eq!(
        root.expect("ul").inner_html(),
        "<li>3</li><li>1</li><li>2</li><li>4</li><!---->"
    );
}

#[test]
fn for_struct_is_usable_as_a_component_literal() {
    let view = ul().child(view_core::ForEach {
        each: || vec![1, 2],
        key: |n: &u32| *n,
        children: |n| li().child(n),
    });
    assert_eq!(view.to_html(), "<ul><li>1</li><li>2</li><!></ul>");
}

/// Regression: a signal created in `children` was owned by the list's effect and disposed when
/// `each` changed, so a kept row stopped updating.
#[test]
#[cfg(feature = "reactive_graph")]
fn for_each_rows_keep_their_signals_when_the_list_changes() {
    let (items, set_items) = signal(vec![1u32]);
    let root = TestNode::element("main");
    let _handle = mount_on::<TestRenderer, _>(&root, move || {
        ul().child(for_each(
            move || items.get(),
            |n| *n,
            |n| {
                let count = RwSignal::new(n);
                li().on(ev::click, move |_| count.update(|c| *c += 10))
                    .child(count)
            },
        ))
    });
    set_items.set(vec![1, 2]);
    testing::click(&root.query_selector_all("li")[0]);
    assert_eq!(root.expect("ul").text_content(), "112");
    set_items.set(vec![2]);
    let live = view_core::reactive::live_effects();
    testing::click(&root.query_selector_all("li")[0]);
    assert_eq!(root.expect("ul").text_content(), "12");
    assert_eq!(view_core::reactive::live_effects(), live);
}

#[test]
fn clearing_a_list_that_owns_its_parent_is_one_clear() {
    let mut m = mount!(rows(1000));
    let done = rebuild!(m, Vec::new());
    assert_eq!(
        (done.clears, done.removes, done.moves, done.inserts),
        (1, 0, 0, 1)
    );
    let ul = m.root.expect("ul");
    assert_eq!(ul.inner_html(), "<!---->");
    assert_eq!(
        testing::op_log(),
        [
            format!("remove children of #{}", ul.node_id()),
            format!(
                "insert #{} into #{}",
                ul.children()[0].node_id(),
                ul.node_id()
            ),
        ]
    );
    // The list still works after the clear.
    rebuild!(m, rows(2));
    assert_eq!(ids(&m.root), [0, 1]);
}

#[test]
fn clearing_a_list_with_siblings_removes_only_its_rows() {
    let view = |items: Rows| {
        ul().child((
            li().child("first"),
            keyed(items, |row| row.0, |row| li().child(row.1)),
            li().child("last"),
        ))
    };
    let root = TestNode::element("main");
    let mut state = Render::<TestRenderer>::build(view(rows(3)));
    state.mount(&root, None);
    testing::reset_counters();
    view(Vec::new()).rebuild(&mut state);
    let done = testing::counters();
    assert_eq!((done.clears, done.removes), (0, 3));
    assert_eq!(
        root.expect("ul").inner_html(),
        "<li>first</li><!----><li>last</li>"
    );
}

#[test]
fn replacing_every_row_clears_once_then_inserts_in_order() {
    let mut m = mount!(rows(5));
    let items: Rows = (10..15).map(|k| (k, format!("row {k}"))).collect();
    let done = rebuild!(m, items);
    assert_eq!((done.clears, done.removes, done.moves), (1, 0, 0));
    assert_eq!(ids(&m.root), [10, 11, 12, 13, 14]);
    assert_eq!(
        m.root.expect("ul").children().len(),
        6,
        "5 rows and the anchor"
    );
}

#[test]
fn appending_builds_the_new_rows_in_a_fragment_inserted_once_before_the_anchor() {
    let mut m = mount!(rows(2));
    let ul = m.root.expect("ul");
    let anchor = ul.children()[2].node_id();
    rebuild!(m, rows(5));
    let log = testing::op_log();
    let fragment = log
        .iter()
        .find_map(|op| op.strip_suffix(" fragment")?.strip_prefix("create #"))
        .expect("a fragment was created")
        .to_owned();
    let into_list: Vec<&String> = log
        .iter()
        .filter(|op| op.contains(&format!("into #{}", ul.node_id())))
        .collect();
    assert_eq!(
        into_list,
        [&format!(
            "insert #{fragment} into #{} before #{anchor}",
            ul.node_id()
        )]
    );
    let rows_in_fragment: Vec<String> = log
        .iter()
        .filter(|op| op.contains(&format!("into #{fragment}")))
        .cloned()
        .collect();
    let rows = ul.children();
    assert_eq!(
        rows_in_fragment,
        (2..5)
            .map(|i| format!("insert #{} into #{fragment}", rows[i].node_id()))
            .collect::<Vec<_>>()
    );
    assert_eq!(ids(&m.root), [0, 1, 2, 3, 4]);
}

#[test]
fn inserting_one_row_needs_no_fragment() {
    let mut m = mount!(rows(2));
    let done = rebuild!(m, rows(3));
    expect(done, 2, 0, 0); // li + text
    assert!(!testing::op_log().iter().any(|op| op.ends_with(" fragment")));
}

proptest::proptest! {
    /// Whatever the old and new key lists (with prefix, suffix, moves, inserts, removals and
    /// duplicates), the list ends in the new order with every label up to date.
    #[test]
    fn any_rebuild_ends_in_the_new_order(
        old in proptest::collection::vec(0u32..12, 0..12),
        new in proptest::collection::vec(0u32..12, 0..12),
    ) {
        let label = |keys: &[u32], tag: &str| -> Rows {
            keys.iter().map(|&k| (k, format!("{tag}{k}"))).collect()
        };
        let mut m = mount!(label(&old, "old"));
        rebuild!(m, label(&new, "new"));
        proptest::prop_assert_eq!(ids(&m.root), new.clone());
        let ul = m.root.expect("ul");
        let expected: String = new.iter().map(|k| format!("new{k}")).collect();
        proptest::prop_assert_eq!(ul.text_content(), expected);
        proptest::prop_assert_eq!(ul.children().len(), new.len() + 1);
    }
}

/// A row that counts its clicks in a signal it creates.
#[cfg(feature = "reactive_graph")]
fn counting_row(n: u32) -> impl Render<TestRenderer, State: Mountable<TestRenderer>> + RenderHtml {
    let count = RwSignal::new(n);
    li().on(ev::click, move |_| count.update(|c| *c += 10))
        .child(count)
}

/// Regression (issue 11, item 4): rows were created under the owner of the effect of an
/// enclosing closure, which the effect cleans before each run; the list's rebuild kept the rows
/// but their signals were disposed, so a kept row stopped updating.
#[test]
#[cfg(feature = "reactive_graph")]
fn for_each_rows_keep_their_signals_when_an_enclosing_closure_reruns() {
    let baseline = testing::counters().live_effects;
    let outer = RwSignal::new(0);
    let items = RwSignal::new(vec![1u32, 2]);
    let root = TestNode::element("main");
    let handle = mount_on::<TestRenderer, _>(&root, move || {
        move || {
            let _ = outer.get();
            ul().child(for_each(move || items.get(), |n| *n, counting_row))
        }
    });
    let click = |index: usize| testing::click(&root.query_selector_all("li")[index]);
    outer.set(1);
    click(0);
    assert_eq!(root.expect("ul").text_content(), "112");
    // A row built after the re-run, then another re-run: old and new rows keep working.
    items.set(vec![1, 2, 3]);
    outer.set(2);
    click(2);
    click(0);
    assert_eq!(root.expect("ul").text_content(), "21213");
    // A removed row is disposed; the others still work.
    items.set(vec![3, 1]);
    click(1);
    assert_eq!(root.expect("ul").text_content(), "1331");
    drop(handle);
    assert_eq!(testing::counters().live_effects, baseline);
}

/// Regression (issue 11, item 4), `keyed` form: a `keyed` list inside a closure rebuilds its
/// kept rows (so their own signals are made again), but what the rows keep across a rebuild,
/// here a nested `for_each`'s rows, was disposed with the effect's run.
#[test]
#[cfg(feature = "reactive_graph")]
fn keyed_rows_keep_their_nested_rows_signals_when_an_enclosing_closure_reruns() {
    use view_core::html::div;
    let baseline = testing::counters().live_effects;
    let outer = RwSignal::new(0);
    let items = RwSignal::new(vec![1u32, 2]);
    let root = TestNode::element("main");
    let handle = mount_on::<TestRenderer, _>(&root, move || {
        move || {
            let _ = outer.get();
            div().child(keyed(
                vec![0u32],
                |group| *group,
                move |_| ul().child(for_each(move || items.get(), |n| *n, counting_row)),
            ))
        }
    });
    outer.set(1);
    testing::click(&root.query_selector_all("li")[0]);
    assert_eq!(root.expect("div").text_content(), "112");
    outer.set(2);
    testing::click(&root.query_selector_all("li")[1]);
    assert_eq!(root.expect("div").text_content(), "1112");
    drop(handle);
    assert_eq!(testing::counters().live_effects, baseline);
}

/// Rows built after an enclosing closure re-ran, or after it was replaced (its own enclosing
/// closure re-ran), still see the contexts provided above the list.
#[test]
#[cfg(feature = "reactive_graph")]
fn rows_built_after_enclosing_closures_rerun_still_see_contexts() {
    let baseline = testing::counters().live_effects;
    let outer = RwSignal::new(0);
    let inner = RwSignal::new(0);
    let items = RwSignal::new(vec![1u32]);
    let root = TestNode::element("main");
    let handle = mount_on::<TestRenderer, _>(&root, move || {
        provide_context("ctx");
        move || {
            let _ = outer.get();
            move || {
                let _ = inner.get();
                ul().child(for_each(
                    move || items.get(),
                    |n| *n,
                    |n| li().child(format!("{n}{}", use_context::<&str>().unwrap_or("-"))),
                ))
            }
        }
    });
    inner.set(1);
    items.set(vec![1, 2]);
    outer.set(1);
    items.set(vec![1, 2, 3]);
    assert_eq!(root.expect("ul").text_content(), "1ctx2ctx3ctx");
    drop(handle);
    assert_eq!(testing::counters().live_effects, baseline);
}
