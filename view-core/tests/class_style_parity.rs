//! SSR and mounting agree on classes and styles (issue 11, items 7 and 9): class toggles with
//! several names or none, and the whole `style` attribute beside `style:` parts.

mod common;

use view_core::html::div;
use view_core::prelude::*;
use view_core::testing::TestNode;
use view_core::{Mountable, Render};

use common::{build_mounted, render};

/// The mounted element's `class` as a sorted set of tokens, and the SSR one.
fn class_tokens(class: Option<String>) -> Vec<String> {
    let mut tokens: Vec<String> = class
        .unwrap_or_default()
        .split_ascii_whitespace()
        .map(str::to_owned)
        .collect();
    tokens.sort();
    tokens
}

fn ssr_class(html: &str) -> Option<String> {
    let start = html.find("class=\"")? + "class=\"".len();
    let end = html[start..].find('"')? + start;
    Some(html[start..end].to_owned())
}

fn first_element(root: &TestNode) -> TestNode {
    root.children().swap_remove(0)
}

// --- item 7: class toggles -----------------------------------------------------------------------

#[test]
fn a_class_toggle_with_two_names_is_two_classes_in_ssr_and_when_mounted() {
    let view = || div().class(("btn primary", true));
    assert_eq!(render(view()), r#"<div class="btn primary"></div>"#);
    let (root, _state) = build_mounted(view());
    let element = first_element(&root);
    assert!(element.has_class("btn") && element.has_class("primary"));
    assert_eq!(root.inner_html(), r#"<div class="btn primary"></div>"#);
}

#[test]
fn an_empty_class_toggle_toggles_nothing_in_ssr_and_when_mounted() {
    let view = || div().class("a").class(("", true)).class((" \t ", true));
    // SSR used to write the empty name as an empty part: `class="a  "`.
    assert_eq!(render(view()), r#"<div class="a"></div>"#);
    assert_eq!(render(div().class(("", true))), "<div></div>");
    let (root, _state) = build_mounted(view());
    assert_eq!(root.inner_html(), r#"<div class="a"></div>"#);
}

#[test]
fn a_class_toggle_splits_on_any_ascii_whitespace() {
    let view = || div().class(("  a\tb\nc  ", true));
    assert_eq!(render(view()), r#"<div class="a b c"></div>"#);
    let (root, _state) = build_mounted(view());
    assert_eq!(
        class_tokens(first_element(&root).attribute("class")),
        ["a", "b", "c"]
    );
}

#[test]
fn rebuilding_a_toggle_with_several_names_adds_and_removes_each() {
    let (root, mut state) = build_mounted(div().class("x").class(("a b", true)));
    let element = first_element(&root);
    div().class("x").class(("a b", false)).rebuild(&mut state);
    assert_eq!(class_tokens(element.attribute("class")), ["x"]);
    div().class("x").class(("b c", true)).rebuild(&mut state);
    assert_eq!(class_tokens(element.attribute("class")), ["b", "c", "x"]);
    div().class("x").class(("a b", true)).rebuild(&mut state);
    assert_eq!(class_tokens(element.attribute("class")), ["a", "b", "x"]);
    state.unmount();
}

#[cfg(feature = "reactive_graph")]
#[test]
fn a_reactive_toggle_with_two_names_switches_both() {
    let on = RwSignal::new(true);
    let view = move || div().class(("btn primary", move || on.get()));
    assert_eq!(ssr_class(&view().to_html()).as_deref(), Some("btn primary"));
    let (root, _state) = build_mounted(view());
    let element = first_element(&root);
    assert_eq!(class_tokens(element.attribute("class")), ["btn", "primary"]);
    on.set(false);
    assert_eq!(
        class_tokens(element.attribute("class")),
        Vec::<String>::new()
    );
    on.set(true);
    assert_eq!(class_tokens(element.attribute("class")), ["btn", "primary"]);
}

#[test]
fn ssr_and_mount_show_the_same_class_tokens() {
    let cases: Vec<(&str, bool)> = vec![
        ("a", true),
        ("a b", true),
        ("", true),
        ("  ", true),
        ("a b", false),
        ("\ta\r\nb\x0c", true),
    ];
    for (names, on) in cases {
        let html = render(div().class("z").class((names, on)));
        let (root, _state) = build_mounted(div().class("z").class((names, on)));
        assert_eq!(
            class_tokens(ssr_class(&html)),
            class_tokens(first_element(&root).attribute("class")),
            "{names:?}"
        );
    }
}
