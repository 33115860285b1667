//! The exact HTML Leptos 0.8.23 writes for style and class parts, pinned case by case (each
//! expected string is Leptos's own output for the same `view!`): every style part ends with
//! `;`, and an element with class parts gets a `class` attribute even when none is present.

use view_core::prelude::*;

#[component]
fn C() -> impl IntoView {
    view! { <b>"x"</b> }
}

#[test]
fn every_style_part_ends_with_a_semicolon() {
    let none: Option<&str> = None;
    let cases = [
        (
            view! { <p style:font-weight="bold">"a"</p> }.to_html(),
            r#"<p style="font-weight:bold;">a</p>"#,
        ),
        (
            view! { <p style="color:red" style:font-weight="bold">"a"</p> }.to_html(),
            r#"<p style="color:red;font-weight:bold;">a</p>"#,
        ),
        (
            view! { <p style:font-weight="bold" style:color="red">"a"</p> }.to_html(),
            r#"<p style="font-weight:bold;color:red;">a</p>"#,
        ),
        (
            view! { <p style="color:red">"a"</p> }.to_html(),
            r#"<p style="color:red;">a</p>"#,
        ),
        (
            view! { <p style=("color", "red")>"a"</p> }.to_html(),
            r#"<p style="color:red;">a</p>"#,
        ),
        (
            view! { <p style:color=move || "red">"a"</p> }.to_html(),
            r#"<p style="color:red;">a</p>"#,
        ),
        (
            view! { <p style=move || "color:red">"a"</p> }.to_html(),
            r#"<p style="color:red;">a</p>"#,
        ),
        (
            view! { <p style="color:red;font-weight:bold">"a"</p> }.to_html(),
            r#"<p style="color:red;font-weight:bold;">a</p>"#,
        ),
        // Edge cases, as Leptos writes them: the part is written as given, then `;`.
        (
            view! { <p style:color="">"a"</p> }.to_html(),
            r#"<p style="color:;">a</p>"#,
        ),
        (
            view! { <p style="color:red;">"a"</p> }.to_html(),
            r#"<p style="color:red;;">a</p>"#,
        ),
        (
            view! { <p style="color:red;" style:font-weight="bold">"a"</p> }.to_html(),
            r#"<p style="color:red;;font-weight:bold;">a</p>"#,
        ),
        (
            view! { <p style="">"a"</p> }.to_html(),
            r#"<p style=";">a</p>"#,
        ),
        (
            view! { <p style="" style:color="red">"a"</p> }.to_html(),
            r#"<p style=";color:red;">a</p>"#,
        ),
        // A property whose value is `None` is left out; with no part left, no attribute.
        (
            view! { <p style:color=move || none>"a"</p> }.to_html(),
            r#"<p>a</p>"#,
        ),
        (
            view! { <p style="a:b" style:color=move || none>"a"</p> }.to_html(),
            r#"<p style="a:b;">a</p>"#,
        ),
    ];
    for (ours, leptos) in cases {
        assert_eq!(ours, leptos);
    }
}

#[test]
fn style_on_a_component_ends_each_part_with_a_semicolon() {
    assert_eq!(
        view! { <C style:font-weight="bold" style:color="red"/> }.to_html(),
        r#"<b style="font-weight:bold;color:red;">x</b>"#
    );
    assert_eq!(
        view! { <C attr:style="color:red"/> }.to_html(),
        r#"<b style="color:red;">x</b>"#
    );
}

#[test]
fn class_parts_that_are_all_absent_leave_an_empty_class() {
    let on = false;
    let cases = [
        (
            view! { <p class:a=false>"a"</p> }.to_html(),
            r#"<p class="">a</p>"#,
        ),
        (
            view! { <p class:a=false class:b=move || on>"a"</p> }.to_html(),
            r#"<p class="">a</p>"#,
        ),
        (
            view! { <p class="">"a"</p> }.to_html(),
            r#"<p class="">a</p>"#,
        ),
        (
            view! { <p class=move || "">"a"</p> }.to_html(),
            r#"<p class="">a</p>"#,
        ),
        (
            view! { <C class:x=false/> }.to_html(),
            r#"<b class="">x</b>"#,
        ),
        (
            view! { <p class:a=true>"a"</p> }.to_html(),
            r#"<p class="a">a</p>"#,
        ),
        (
            view! { <p class="x" class:a=false>"a"</p> }.to_html(),
            r#"<p class="x">a</p>"#,
        ),
    ];
    for (ours, leptos) in cases {
        assert_eq!(ours, leptos);
    }
}

#[test]
fn html_len_counts_the_semicolons_and_the_empty_class() {
    let view = view! { <p class:a=false style="color:red" style:top="0">"a"</p> };
    let len = view.html_len();
    assert_eq!(len, view.to_html().len());
}
