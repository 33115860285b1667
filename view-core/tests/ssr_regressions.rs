//! Regression tests of issue 11 (server rendering): each test is named after what broke.

use std::cell::Cell;

use view_core::attribute::{Attr, Class, Style};
use view_core::html::{b, li, p, span, ul};
use view_core::prelude::*;
use view_core::template::SizeHint;
use view_core::{InvalidName, WithAttributes};

// ---------------------------------------------------------------------------------------------
// Item 2: no public constructor writes a run-time name or markup unchecked.
// ---------------------------------------------------------------------------------------------

#[test]
fn attr_new_refuses_a_run_time_name_that_would_inject_markup() {
    for name in [
        "x onload=alert(1)",
        "a><script>alert(1)</script",
        "",
        "a\"b",
        "a/b",
    ] {
        let attribute: Result<Attr<&str, i32>, InvalidName> = Attr::new(name, 1);
        assert!(attribute.is_err(), "{name:?} was accepted");
    }
    let attribute = Attr::new(String::from("data-id"), 7).expect("a valid name");
    assert_eq!(
        view_core::html::div().with(attribute).to_html(),
        r#"<div data-id="7"></div>"#
    );
}

// ---------------------------------------------------------------------------------------------
// Item 10: a user closure runs once per render.
// ---------------------------------------------------------------------------------------------

#[test]
fn an_iterator_map_closure_runs_once_per_item_per_render() {
    let calls = Cell::new(0);
    let items = ["a", "b", "c"];
    let list = ul().child(items.iter().map(|item| {
        calls.set(calls.get() + 1);
        li().child(*item)
    }));
    assert_eq!(list.to_html(), "<ul><li>a</li><li>b</li><li>c</li><!></ul>");
    assert_eq!(calls.get(), 3);
}

#[test]
fn measuring_an_iterator_map_does_not_run_its_closure() {
    let calls = Cell::new(0);
    let items = ["a", "b"];
    let list = ul().child(items.iter().map(|item| {
        calls.set(calls.get() + 1);
        li().child(*item)
    }));
    let _ = list.html_len();
    let _ = list.html_len_estimate();
    assert_eq!(calls.get(), 0);
    let mut buf = String::new();
    list.to_html_with_buf(&mut buf);
    assert_eq!(buf, "<ul><li>a</li><li>b</li><!></ul>");
    assert_eq!(calls.get(), 2);
}

#[test]
fn a_component_in_an_iterator_map_runs_once_per_item_in_a_template() {
    thread_local! {
        static RUNS: Cell<usize> = const { Cell::new(0) };
    }
    #[component]
    fn Row(label: &'static str) -> impl IntoView {
        RUNS.with(|runs| runs.set(runs.get() + 1));
        view! { <li>{label}</li> }
    }
    fn page(labels: &[&'static str]) -> String {
        view! { <ul class="rows">{labels.iter().map(|label| view! { <Row label=label/> })}</ul> }
            .to_html()
    }
    // The first render of the call site sizes its buffer by the estimate pass, later ones by
    // the learned size hint: neither may run a component body.
    for round in 1..=2 {
        RUNS.with(|runs| runs.set(0));
        assert_eq!(
            page(&["x", "y"]),
            r#"<ul class="rows"><li>x</li><li>y</li><!></ul>"#
        );
        assert_eq!(RUNS.with(Cell::get), 2, "render {round}");
    }
}

// ---------------------------------------------------------------------------------------------
// Item 11: one huge render does not make every later render allocate as much.
// ---------------------------------------------------------------------------------------------

#[test]
fn a_size_hint_forgets_one_huge_render_within_a_few_renders() {
    let hint = SizeHint::new();
    hint.learn(200);
    hint.learn(100_000_000);
    assert!(hint.get() <= SizeHint::MAX, "capped: {}", hint.get());
    let mut renders = 0;
    while hint.get() > 1_000 {
        hint.learn(200);
        renders += 1;
        assert!(
            renders <= 16,
            "still {} after {renders} renders",
            hint.get()
        );
    }
    assert!(
        hint.get() >= 200,
        "still covers the recent size: {}",
        hint.get()
    );
}

#[test]
fn a_size_hint_never_exceeds_its_cap_nor_overflows() {
    let hint = SizeHint::new();
    hint.learn(usize::MAX);
    assert_eq!(hint.get(), SizeHint::MAX);
    hint.learn(SizeHint::MAX - 1);
    assert_eq!(hint.get(), SizeHint::MAX);
}

#[test]
fn a_root_template_after_a_huge_render_allocates_for_the_small_ones_again() {
    fn list(items: &[&str]) -> String {
        view! { <ol>{items.iter().map(|item| view! { <li>{*item}</li> })}</ol> }.to_html()
    }
    let huge = vec!["0123456789"; 100_000];
    assert!(list(&huge).len() > 1_000_000);
    let mut capacity = usize::MAX;
    for _ in 0..16 {
        let small = list(&["a"]);
        assert_eq!(small, "<ol><li>a</li><!></ol>");
        capacity = small.capacity();
    }
    assert!(
        capacity < 4_096,
        "a 19-byte render allocated {capacity} bytes"
    );
}

// ---------------------------------------------------------------------------------------------
// Item 12: `WithAttributes` on views without root elements, on several roots, and its length.
// ---------------------------------------------------------------------------------------------

#[test]
fn with_attributes_on_a_view_without_root_elements_writes_the_view_unchanged() {
    let attributes = || (Class("c"), Attr::new("data-x", 1).expect("a valid name"));
    // Text is not a root element; the element after it is one.
    let texty = WithAttributes::new(("text", b().child("bold")), attributes());
    assert_eq!(texty.to_html(), r#"text<b class="c" data-x="1">bold</b>"#);
    let only_text = WithAttributes::new(("text", 1), attributes());
    assert_eq!(only_text.to_html(), "text<!>1");
    let empty = WithAttributes::new((), attributes());
    assert_eq!(empty.to_html(), "");
    let nothing = WithAttributes::new(None::<&str>, attributes());
    assert_eq!(nothing.to_html(), "<!>");
    let comment_first = WithAttributes::new(view! { <!DOCTYPE html> }, attributes());
    assert_eq!(comment_first.to_html(), "<!DOCTYPE html>");
}

#[test]
fn with_attributes_html_len_is_exact_when_merging_and_a_lower_bound_when_opening() {
    // Merging into the root's `class`/`style`: exact.
    let merged = WithAttributes::new(
        span().class("y").style("top: 0").child("a"),
        (Class("x"), Style("left: 0")),
    );
    let predicted = merged.html_len();
    assert_eq!(predicted, merged.to_html().len());
    // Opening them: the view's HTML is not known before it is written, so `html_len` stays a
    // lower bound (short by ` class=""` less one separator, and by ` style=""`: style parts
    // each end with `;`), as the `RenderHtml` contract allows.
    let opened = WithAttributes::new(span().child("a"), (Class("x"), Style("left: 0")));
    let predicted = opened.html_len();
    let html = opened.to_html();
    assert_eq!(html, r#"<span class="x" style="left: 0;">a</span>"#);
    assert_eq!(predicted + 8 + 9, html.len());
}

#[test]
fn with_attributes_writes_every_splice_in_each_root_start_tag_only() {
    let view = WithAttributes::new(
        (
            p().class("a")
                .style("color: red")
                .child(("x", span().class("inner"))),
            span().class("sibling"),
        ),
        (
            Class("b"),
            Style(("width", "1px")),
            Attr::new("data-k", "v").expect("a valid name"),
        ),
    );
    assert_eq!(
        view.to_html(),
        r#"<p class="a b" style="color: red;width:1px;" data-k="v">x<span class="inner"></span></p><span class="sibling b" style="width:1px;" data-k="v"></span>"#
    );
}

#[test]
fn with_attributes_on_a_self_closing_svg_root_go_before_the_slash() {
    let view = WithAttributes::new(
        view_core::svg::circle().r(2),
        (Class("dot"), Attr::new("data-k", 1).expect("a valid name")),
    );
    let expected = view_core::svg::circle()
        .class("dot")
        .r(2)
        .attr("data-k", 1)
        .to_html();
    assert_eq!(view.to_html(), expected);
}

mod with_attributes_equals_the_builder {
    use super::*;
    use proptest::prelude::*;

    proptest! {
        /// Whatever each root already has, writing the attributes into its start tag gives
        /// what adding the same attributes to the element directly gives.
        #[test]
        fn whatever_the_root_has(
            own_class in proptest::option::of("[a-z&\"<> ]{0,6}"),
            own_style in "[a-z:;&\"]{0,6}",
            own_title in proptest::option::of("[a-z>\" ]{0,6}"),
            class in proptest::option::of("[a-z&\" ]{0,6}"),
            style in "[a-z:]{0,6}",
            data in proptest::option::of("[a-z>\"]{0,6}"),
            text in "[a-z<>&]{0,6}",
        ) {
            let root = span()
                .class(own_class.clone())
                .style(own_style.clone())
                .title(own_title.clone())
                .child(text.clone());
            let attributes = (
                Class(class.clone()),
                Style(style.clone()),
                Attr::new("data-k", data.clone()).expect("a valid name"),
            );
            let direct = span()
                .class(own_class)
                .class(class.clone())
                .style(own_style)
                .style(style.clone())
                .title(own_title)
                .attr("data-k", data.clone())
                .child(text);
            let second = b().class(class).style(style).attr("data-k", data).child("after");
            let html = WithAttributes::new((root, b().child("after")), attributes).to_html();
            prop_assert_eq!(html, format!("{}{}", direct.to_html(), second.to_html()));
        }
    }
}
