//! Mounting and unmounting a component with signals, listeners, keyed rows and effects 10,000
//! times leaves nothing behind: live nodes, listeners and effects return to their starting
//! values, and the process's resident memory stops growing. The browser runs the same loop
//! (tests/browser/tests/leak.rs).
//!
//! One test in its own binary, so no other test allocates while memory is measured.

use view_core::prelude::*;
use view_core::testing::{self, TestNode, TestRenderer};

/// What a real widget holds: two signals, a class toggle, listeners, a keyed list whose rows
/// have their own listener and reactive text, and a reactive attribute.
fn widget() -> impl IntoView<TestRenderer> {
    let (count, set_count) = signal(0i32);
    let (items, set_items) = signal(vec![1u32, 2, 3]);
    view! {
        <div class:odd=move || count.get() % 2 == 1 data-count=move || count.get()>
            <button on:click=move |_| {
                set_count.update(|c| *c += 1);
                set_items.update(|v| v.push(v.len() as u32 + 1));
            }>{count}</button>
            <ul>
                {for_each(
                    move || items.get(),
                    |n| *n,
                    move |n| view! {
                        <li on:click=move |_| set_count.update(|c| *c += n as i32)>
                            {n} " / " {move || count.get()}
                        </li>
                    },
                )}
            </ul>
        </div>
    }
}

/// Mounts, exercises and unmounts the widget once.
fn cycle(root: &TestNode) {
    let handle = mount_on::<TestRenderer, _>(root, widget);
    testing::click(&root.expect("button"));
    testing::click(&root.expect("li"));
    assert_eq!(root.query_selector_all("li").len(), 4);
    drop(handle);
}

/// Resident set size of this process in KiB (Linux), if known.
fn resident_kib() -> Option<u64> {
    let status = std::fs::read_to_string("/proc/self/status").ok()?;
    let line = status.lines().find(|line| line.starts_with("VmRSS:"))?;
    line.split_whitespace().nth(1)?.parse().ok()
}

#[test]
fn ten_thousand_mounts_leave_no_nodes_listeners_effects_or_memory_behind() {
    // The operation log keeps every operation by design; the loop measures the runtime.
    testing::set_op_logging(false);
    let root = TestNode::element("main");
    let start = testing::counters();
    // Warm up: allocator pools, thread-locals and reactive_graph's arena reach their steady size.
    for _ in 0..1_000 {
        cycle(&root);
    }
    let warm = resident_kib();
    for _ in 0..10_000 {
        cycle(&root);
    }
    let end = testing::counters();
    assert_eq!(root.inner_html(), "");
    assert_eq!(end.live_nodes, start.live_nodes, "live nodes");
    assert_eq!(end.live_listeners, start.live_listeners, "live listeners");
    assert_eq!(end.live_effects, start.live_effects, "live effects");
    if let (Some(warm), Some(after)) = (warm, resident_kib()) {
        // 10,000 cycles each allocate ~30 nodes, ~6 listeners and ~10 effects: a leak of even
        // one small allocation per cycle shows as hundreds of KiB.
        let growth = after.saturating_sub(warm);
        println!("resident memory growth over 10,000 mounts: {growth} KiB");
        assert!(
            growth < 1_024,
            "resident memory grew by {growth} KiB over 10,000 mounts"
        );
    }
}
