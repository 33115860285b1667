//! Helpers shared by the integration tests (each test file includes this with `mod common;`).
#![allow(dead_code, reason = "each test file uses a subset of the helpers")]

pub(crate) mod html;
pub(crate) mod web_handlers;

use view_core::testing::{TestNode, TestRenderer};
use view_core::{MountHandle, Mountable, Render, RenderHtml, mount_on};

/// Renders `view` to HTML, asserting that `html_len` predicted the exact length.
pub(crate) fn render<V: RenderHtml>(view: V) -> String {
    let predicted = view.html_len();
    let html = view.to_html();
    assert_eq!(predicted, html.len(), "html_len must be exact for {html:?}");
    html
}

/// Builds `view` and mounts it into a fresh `<main>`; returns the root and the retained state.
pub(crate) fn build_mounted<V: Render<TestRenderer>>(view: V) -> (TestNode, V::State) {
    let root = TestNode::element("main");
    let mut state = view.build();
    state.mount(&root, None);
    (root, state)
}

/// Mounts the view `view` returns into a fresh `<main>` with [`mount_on`]; returns the root and
/// the handle (dropping it unmounts).
pub(crate) fn mount<V: Render<TestRenderer> + 'static>(
    view: impl FnOnce() -> V,
) -> (TestNode, MountHandle<TestRenderer>)
where
    V::State: 'static,
{
    let root = TestNode::element("main");
    let handle = mount_on::<TestRenderer, _>(&root, view);
    (root, handle)
}
