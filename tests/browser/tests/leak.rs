//! Mounting and unmounting a component with signals, listeners, keyed rows and effects 10,000
//! times in Chromium leaves nothing behind: the root is empty, every `addEventListener` was
//! matched by a `removeEventListener`, live view effects return to their starting count, and
//! neither wasm linear memory nor the JS heap keeps growing. The native run of the same loop is
//! view-core/tests/leak.rs.
#![cfg(target_arch = "wasm32")]

use view_browser_tests::{click, find, property, root};
use view_core::prelude::*;
use wasm_bindgen::{JsCast, JsValue};
use wasm_bindgen_test::{wasm_bindgen_test, wasm_bindgen_test_configure};

wasm_bindgen_test_configure!(run_in_browser);

/// The same widget as the native leak test.
fn widget() -> impl IntoView {
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

/// Counts `addEventListener` minus `removeEventListener` calls from now on (JS-side patch of
/// `EventTarget.prototype`, installed once).
fn live_listeners() -> f64 {
    js_sys::eval(
        "if (globalThis.__viewCoreListeners === undefined) {
            globalThis.__viewCoreListeners = 0;
            const add = EventTarget.prototype.addEventListener;
            const remove = EventTarget.prototype.removeEventListener;
            EventTarget.prototype.addEventListener = function (...args) {
                globalThis.__viewCoreListeners++;
                return add.apply(this, args);
            };
            EventTarget.prototype.removeEventListener = function (...args) {
                globalThis.__viewCoreListeners--;
                return remove.apply(this, args);
            };
        }
        globalThis.__viewCoreListeners",
    )
    .expect("listener counter")
    .as_f64()
    .expect("a number")
}

/// Bytes of wasm linear memory.
fn wasm_memory() -> f64 {
    let memory = wasm_bindgen::memory();
    property(&property(&memory, "buffer"), "byteLength")
        .as_f64()
        .expect("byteLength")
}

/// `performance.memory.usedJSHeapSize` after a full GC (Chromium; `--expose-gc` and
/// `--enable-precise-memory-info` are set in webdriver.json), if available.
fn js_heap() -> Option<f64> {
    let global = js_sys::global();
    if let Ok(gc) = js_sys::Reflect::get(&global, &JsValue::from_str("gc"))
        && let Some(gc) = gc.dyn_ref::<js_sys::Function>()
    {
        let _ = gc.call0(&JsValue::UNDEFINED);
    }
    let performance = property(&global, "performance");
    property(&property(&performance, "memory"), "usedJSHeapSize").as_f64()
}

fn cycle(parent: &web_sys::Element) {
    let handle = mount_on::<view_core::dom::Dom, _>(parent, widget);
    click(&find(parent, "button"));
    click(&find(parent, "li"));
    assert_eq!(parent.query_selector_all("li").expect("query").length(), 4);
    drop(handle);
}

#[wasm_bindgen_test]
fn ten_thousand_mounts_leave_no_nodes_listeners_effects_or_memory_behind() {
    let parent = root();
    let listeners = live_listeners();
    let effects = view_core::reactive::live_effects();
    for _ in 0..1_000 {
        cycle(&parent);
    }
    let (wasm_warm, heap_warm) = (wasm_memory(), js_heap());
    for _ in 0..10_000 {
        cycle(&parent);
    }
    assert_eq!(parent.child_nodes().length(), 0, "{}", parent.inner_html());
    assert_eq!(live_listeners(), listeners, "listeners added minus removed");
    assert_eq!(view_core::reactive::live_effects(), effects, "live effects");
    let wasm_growth = wasm_memory() - wasm_warm;
    assert!(
        wasm_growth <= 64.0 * 1024.0,
        "wasm memory grew by {wasm_growth} bytes over 10,000 mounts"
    );
    wasm_bindgen_test::console_log!("wasm memory growth over 10,000 mounts: {wasm_growth} bytes");
    if let (Some(before), Some(after)) = (heap_warm, js_heap()) {
        let growth = after - before;
        wasm_bindgen_test::console_log!("JS heap growth over 10,000 mounts: {growth} bytes");
        assert!(
            growth < 2.0 * 1024.0 * 1024.0,
            "JS heap grew by {growth} bytes over 10,000 mounts"
        );
    }
}
