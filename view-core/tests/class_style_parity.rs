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
    assert_eq!(render(div().class(("", true))), r#"<div class=""></div>"#);
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

// --- item 9: the whole `style` attribute and `style:` parts ------------------------------------

/// The mounted element's style as `(property, value)` pairs, sorted.
fn mounted_styles(element: &TestNode, properties: &[&str]) -> Vec<(String, String)> {
    let mut styles: Vec<(String, String)> = properties
        .iter()
        .filter_map(|property| element.style(property).map(|v| ((*property).to_owned(), v)))
        .collect();
    styles.sort();
    styles
}

/// The SSR `style` attribute as `(property, value)` pairs (last declaration wins), sorted.
fn ssr_styles(html: &str) -> Vec<(String, String)> {
    let Some(start) = html.find("style=\"").map(|i| i + "style=\"".len()) else {
        return Vec::new();
    };
    let end = html[start..].find('"').map_or(html.len(), |i| i + start);
    let mut styles: Vec<(String, String)> = Vec::new();
    for declaration in html[start..end].split(';') {
        if let Some((property, value)) = declaration.split_once(':') {
            let property = property.trim().to_ascii_lowercase();
            styles.retain(|(p, _)| *p != property);
            styles.push((property, value.trim().to_owned()));
        }
    }
    styles.sort();
    styles
}

#[test]
fn a_style_part_given_before_the_whole_style_is_kept_when_mounted_as_in_ssr() {
    let width = "10px";
    let view = || view! { <div style:width=width style="color:red"></div> };
    assert_eq!(
        render(view()),
        r#"<div style="width:10px;color:red;"></div>"#
    );
    let (root, _state) = build_mounted(view());
    let element = first_element(&root);
    // The DOM used to set the whole attribute after the part and lose `width`.
    assert_eq!(element.style("width").as_deref(), Some("10px"));
    assert_eq!(element.style("color").as_deref(), Some("red"));
}

#[test]
fn a_whole_style_rebuild_changes_only_its_own_declarations() {
    let view = |css: &'static str| div().style(("width", "10px")).style(css);
    let (root, mut state) = build_mounted(view("color:red;margin:0"));
    let element = first_element(&root);
    view("color:blue").rebuild(&mut state);
    assert_eq!(element.style("width").as_deref(), Some("10px"));
    assert_eq!(element.style("color").as_deref(), Some("blue"));
    assert_eq!(element.style("margin"), None);
    view("").rebuild(&mut state);
    assert_eq!(
        mounted_styles(&element, &["width", "color", "margin"]),
        [("width".to_owned(), "10px".to_owned())]
    );
    state.unmount();
}

#[cfg(feature = "reactive_graph")]
#[test]
fn a_reactive_whole_style_update_keeps_the_style_parts() {
    let color = RwSignal::new("red");
    let width = RwSignal::new(10);
    let view = move || {
        view! {
            <div
                style:width=move || format!("{}px", width.get())
                style=move || format!("color:{}", color.get())
            ></div>
        }
    };
    let (root, _state) = build_mounted(view());
    let element = first_element(&root);
    assert_eq!(element.style("width").as_deref(), Some("10px"));
    color.set("blue");
    // A reactive whole-style update used to wipe every `style:` part.
    assert_eq!(element.style("width").as_deref(), Some("10px"));
    assert_eq!(element.style("color").as_deref(), Some("blue"));
    width.set(20);
    assert_eq!(element.style("width").as_deref(), Some("20px"));
    assert_eq!(element.style("color").as_deref(), Some("blue"));
}

#[test]
fn whole_style_declarations_split_like_css() {
    let view = || {
        div().style(r#"background: url("a;b.png") ; COLOR : Red;--My-Var: x;;bad;content:'a;b'"#)
    };
    let (root, _state) = build_mounted(view());
    let element = first_element(&root);
    assert_eq!(
        element.style("background").as_deref(),
        Some(r#"url("a;b.png")"#)
    );
    assert_eq!(element.style("color").as_deref(), Some("Red"));
    assert_eq!(element.style("--My-Var").as_deref(), Some("x"));
    assert_eq!(element.style("content").as_deref(), Some("'a;b'"));
    assert_eq!(element.style("bad"), None);
}

#[test]
fn ssr_and_mount_show_the_same_styles() {
    let cases: &[(&str, Option<&str>, &str)] = &[
        ("width", Some("1px"), "color:red"),
        ("width", Some("1px"), "width:2px"),
        ("color", None, "color:red;margin:0"),
        ("margin", Some("3px"), ""),
        ("width", Some("1px"), "color:red;color:blue"),
    ];
    let properties = ["width", "color", "margin"];
    for (property, value, css) in cases {
        let (property, value, css) = (*property, *value, *css);
        let html = render(div().style((property, value)).style(css));
        let (root, _state) = build_mounted(div().style((property, value)).style(css));
        assert_eq!(
            ssr_styles(&html),
            mounted_styles(&first_element(&root), &properties),
            "{property}: {value:?}, {css:?}"
        );
    }
}
