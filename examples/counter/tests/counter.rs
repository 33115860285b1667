//! The SimpleCounter, natively on the test renderer: both forms render the same markup and
//! respond to clicks the same way.
// Native only: on wasm32 `impl IntoView` is built for the DOM, not the test renderer.
#![cfg(not(target_arch = "wasm32"))]

use counter::{SimpleCounter, app, simple_counter};
use view_core::prelude::*;
use view_core::testing::{self, TestNode, TestRenderer};

/// Clicks the button labelled `label` inside `root`.
fn press(root: &TestNode, label: &str) {
    let button = root
        .query_selector_all("button")
        .into_iter()
        .find(|button| button.text_content() == label)
        .unwrap_or_else(|| panic!("no button {label:?} in {}", root.inner_html()));
    testing::click(&button);
}

fn value_text(root: &TestNode) -> String {
    root.expect("span").text_content()
}

#[test]
fn builder_counter_clears_and_steps_by_its_step() {
    let root = TestNode::element("main");
    let _handle = mount_on::<TestRenderer, _>(&root, || simple_counter(3, 2));
    assert_eq!(value_text(&root), "Value: 3!");
    press(&root, "+2");
    press(&root, "+2");
    assert_eq!(value_text(&root), "Value: 7!");
    press(&root, "-2");
    assert_eq!(value_text(&root), "Value: 5!");
    press(&root, "Clear");
    assert_eq!(value_text(&root), "Value: 0!");
}

#[test]
fn view_macro_counter_behaves_like_the_builder_counter() {
    let root = TestNode::element("main");
    let _handle =
        mount_on::<TestRenderer, _>(&root, || view! { <SimpleCounter initial_value=3 step=2/> });
    assert_eq!(value_text(&root), "Value: 3!");
    press(&root, "+2");
    press(&root, "-2");
    press(&root, "-2");
    assert_eq!(value_text(&root), "Value: 1!");
    press(&root, "Clear");
    assert_eq!(value_text(&root), "Value: 0!");
}

#[test]
fn both_forms_render_the_same_markup() {
    let builder = simple_counter(4, 1).to_html();
    let from_macro = view! { <SimpleCounter initial_value=4 step=1/> }.to_html();
    assert_eq!(
        builder.replace("<!>", ""),
        r#"<div class="counter"><button>Clear</button><button>-1</button><span>Value: 4!</span><button>+1</button></div>"#,
    );
    assert_eq!(from_macro.replace("<!>", ""), builder.replace("<!>", ""));
}

#[test]
fn app_mounts_both_counters_and_unmounts_cleanly() {
    let root = TestNode::element("main");
    let handle = mount_on::<TestRenderer, _>(&root, app);
    let values: Vec<String> = root
        .query_selector_all("span")
        .iter()
        .map(TestNode::text_content)
        .collect();
    assert_eq!(values, ["Value: 0!", "Value: 10!"]);
    drop(handle);
    assert_eq!(root.inner_html(), "");
}
