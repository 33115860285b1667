//! Browser tests of `view_core::dom` (the tests are in `tests/`; run them with
//! `scripts/browser-tests.sh`), and the helpers they share.
//!
//! Every test mounts into its own fresh `<div>` appended to the body and reads the result back
//! through the DOM's own API (`innerHTML`, `namespaceURI`, `isSameNode`, mutation records), so
//! what is checked is what the browser holds.
#![cfg(target_arch = "wasm32")]

use view_core::dom::Dom;
use view_core::{Mountable, Namespace, Render, Renderer};
use wasm_bindgen::{JsCast, JsValue};

/// A fresh, empty `<div>` appended to the body.
pub fn root() -> web_sys::Element {
    let root = Dom::create_element("div", Namespace::Html);
    Dom::body()
        .append_child(&root)
        .expect("append the test root");
    root
}

/// Builds `view` with the DOM renderer and mounts it at the end of `parent`.
pub fn mount<V: Render<Dom>>(view: V, parent: &web_sys::Element) -> V::State {
    let mut state = view.build();
    state.mount(parent, None);
    state
}

/// `target[name]`, read through JavaScript (for DOM properties such as `value`).
pub fn property(target: &JsValue, name: &str) -> JsValue {
    js_sys::Reflect::get(target, &JsValue::from_str(name)).expect("Reflect.get")
}

/// The first element under `root` matching `selector`.
///
/// # Panics
/// If nothing matches.
pub fn find(root: &web_sys::Element, selector: &str) -> web_sys::Element {
    root.query_selector(selector)
        .expect("a valid selector")
        .unwrap_or_else(|| panic!("nothing matches {selector:?} in {}", root.inner_html()))
}

/// A real `click()` on `element` (a trusted-path synthetic click: the browser dispatches a
/// bubbling `MouseEvent`).
pub fn click(element: &web_sys::Element) {
    element.unchecked_ref::<web_sys::HtmlElement>().click();
}

/// Records the child-list mutations of one element, synchronously (`takeRecords`), to count
/// the DOM insertions a rebuild really did.
pub struct ChildListRecorder {
    observer: web_sys::MutationObserver,
}

/// Counts of recorded child-list mutations.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub struct ChildListChanges {
    /// Nodes inserted (a move of an existing child is one removal plus one insertion).
    pub added: u32,
    /// Nodes removed.
    pub removed: u32,
}

impl ChildListRecorder {
    /// Starts observing the direct children of `element`.
    pub fn observe(element: &web_sys::Element) -> ChildListRecorder {
        Self::start(element, false)
    }

    /// Starts observing the children of `element` and of all its descendants.
    pub fn observe_subtree(element: &web_sys::Element) -> ChildListRecorder {
        Self::start(element, true)
    }

    fn start(element: &web_sys::Element, subtree: bool) -> ChildListRecorder {
        let callback = js_sys::Function::new_no_args("");
        let observer = web_sys::MutationObserver::new(&callback).expect("MutationObserver");
        let options = web_sys::MutationObserverInit::new();
        options.set_child_list(true);
        options.set_subtree(subtree);
        observer
            .observe_with_options(element, &options)
            .expect("observe");
        ChildListRecorder { observer }
    }

    /// The changes since the last call (or since observing started).
    pub fn take(&self) -> ChildListChanges {
        let mut changes = ChildListChanges::default();
        for record in self.observer.take_records().iter() {
            let record: web_sys::MutationRecord = record.unchecked_into();
            changes.added += record.added_nodes().length();
            changes.removed += record.removed_nodes().length();
        }
        changes
    }
}

impl Drop for ChildListRecorder {
    fn drop(&mut self) {
        self.observer.disconnect();
    }
}

/// Writes `make()`'s server HTML into a fresh [`root`], lets the browser parse it, then
/// hydrates it: asserts that hydration added no node and reported no mismatch. Returns the
/// root, the handle and how many nodes hydration removed (separator markers between adjacent
/// texts are removed; a view without any removes none).
pub fn hydrate_server_html<V>(
    make: impl Fn() -> V,
) -> (web_sys::Element, view_core::MountHandle<Dom>, u32)
where
    V: view_core::RenderHtml + Render<Dom>,
    V::State: 'static,
{
    let html = make().to_html();
    let root = root();
    root.set_inner_html(&html);
    let recorder = ChildListRecorder::observe_subtree(&root);
    let handle = view_core::hydrate_to(&root, make);
    let changes = recorder.take();
    assert_eq!(changes.added, 0, "hydrating {html:?} added nodes");
    let reports: Vec<String> = handle
        .mismatches()
        .iter()
        .map(ToString::to_string)
        .collect();
    assert!(reports.is_empty(), "{html:?}: {reports:?}");
    (root, handle, changes.removed)
}
