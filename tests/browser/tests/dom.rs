//! The web-sys renderer (`view_core::dom::Dom`) against the real DOM of headless Chromium:
//! building, rebuilding in place, properties, SVG namespaces, branches, lists and unmounting.
#![cfg(target_arch = "wasm32")]

use view_browser_tests::{find, mount, property, root};
use view_core::dom::Dom;
use view_core::html::{Input, div, input, li, p, span, strong, ul};
use view_core::mathml::{math, mi};
use view_core::svg::{circle, svg};
use view_core::{AnyView, Either, IntoAny, Mountable, NodeRef, Render, Renderer};
use wasm_bindgen_test::{wasm_bindgen_test, wasm_bindgen_test_configure};

wasm_bindgen_test_configure!(run_in_browser);

#[wasm_bindgen_test]
fn builds_a_tree_into_the_real_dom() {
    let root = root();
    let _state = mount(
        div().class("card").id("main").child((
            p().child("Hello, ").child(span().child("world")),
            ul().child(vec![li().child(1), li().child(2)]),
        )),
        &root,
    );
    assert_eq!(
        root.inner_html(),
        r#"<div class="card" id="main"><p>Hello, <span>world</span></p><ul><li>1</li><li>2</li><!----></ul></div>"#,
    );
}

#[wasm_bindgen_test]
fn integers_show_their_exact_decimal_text_small_and_large() {
    let root = root();
    let mut state = mount(
        p().child((
            0u8,
            " ",
            -42i32,
            " ",
            9_007_199_254_740_993i64,
            " ",
            u128::MAX,
        )),
        &root,
    );
    assert_eq!(
        root.inner_html(),
        "<p>0 -42 9007199254740993 340282366920938463463374607431768211455</p>"
    );
    p().child((1u8, " ", -43i32, " ", 7i64, " ", 5u128))
        .rebuild(&mut state);
    assert_eq!(root.inner_html(), "<p>1 -43 7 5</p>");
}

#[wasm_bindgen_test]
fn text_is_escaped_by_the_dom_not_parsed() {
    let root = root();
    let _state = mount(p().child("<b>not bold</b> & more"), &root);
    assert_eq!(
        root.inner_html(),
        "<p>&lt;b&gt;not bold&lt;/b&gt; &amp; more</p>"
    );
    assert_eq!(
        root.first_element_child().expect("p").child_element_count(),
        0
    );
}

#[wasm_bindgen_test]
fn rebuild_changes_only_the_text_node_and_keeps_node_identity() {
    let root = root();
    let view = |count: i32| p().class("count").child(("Count: ", count));
    let mut state = mount(view(1), &root);
    let paragraph = root.first_child().expect("the <p>");
    let label = paragraph.first_child().expect("the label text");
    let number = label.next_sibling().expect("the number text");
    assert_eq!(number.text_content().as_deref(), Some("1"));

    view(2).rebuild(&mut state);

    assert_eq!(root.inner_html(), r#"<p class="count">Count: 2</p>"#);
    let paragraph_after = root.first_child().expect("the <p>");
    assert!(
        paragraph_after.is_same_node(Some(&paragraph)),
        "the <p> was replaced"
    );
    let label_after = paragraph_after.first_child().expect("the label text");
    assert!(
        label_after.is_same_node(Some(&label)),
        "the static text was replaced"
    );
    let number_after = label_after.next_sibling().expect("the number text");
    assert!(
        number_after.is_same_node(Some(&number)),
        "the changed text node was replaced"
    );
    assert_eq!(number.text_content().as_deref(), Some("2"));
}

#[wasm_bindgen_test]
fn rebuild_updates_attributes_classes_and_styles_in_place() {
    let root = root();
    let view = |n: i32, active: bool, width: &'static str| {
        div()
            .attr("data-n", n)
            .class("item")
            .class(("active", active))
            .style(("width", width))
    };
    let mut state = mount(view(1, false, "10px"), &root);
    let element = root.first_element_child().expect("the <div>");
    assert_eq!(element.get_attribute("data-n").as_deref(), Some("1"));
    assert_eq!(element.class_name(), "item");
    assert_eq!(
        element.get_attribute("style").as_deref(),
        Some("width: 10px;")
    );

    view(2, true, "20px").rebuild(&mut state);

    let element_after = root.first_element_child().expect("the <div>");
    assert!(
        element_after.is_same_node(Some(&element)),
        "the element was replaced"
    );
    assert_eq!(element.get_attribute("data-n").as_deref(), Some("2"));
    assert_eq!(element.class_name(), "item active");
    assert_eq!(
        element.get_attribute("style").as_deref(),
        Some("width: 20px;")
    );

    view(2, false, "20px").rebuild(&mut state);
    assert_eq!(element.class_name(), "item");
}

#[wasm_bindgen_test]
fn properties_are_set_on_the_live_element() {
    let root = root();
    let view = |value: &str, checked: bool| {
        (
            input().attr("type", "text").prop("value", value.to_owned()),
            input().attr("type", "checkbox").prop("checked", checked),
        )
    };
    let mut state = mount(view("typed", true), &root);
    let text = root.first_element_child().expect("the text input");
    let checkbox = text.next_element_sibling().expect("the checkbox");
    assert_eq!(
        property(&text, "value").as_string().as_deref(),
        Some("typed")
    );
    assert_eq!(property(&checkbox, "checked").as_bool(), Some(true));
    // A property is not an attribute: the markup does not change.
    assert_eq!(text.get_attribute("value"), None);

    view("retyped", false).rebuild(&mut state);
    assert_eq!(
        property(&text, "value").as_string().as_deref(),
        Some("retyped")
    );
    assert_eq!(property(&checkbox, "checked").as_bool(), Some(false));
}

#[wasm_bindgen_test]
fn inner_html_is_parsed_by_the_browser() {
    let root = root();
    let _state = mount(div().inner_html("<b>trusted</b><i>markup</i>"), &root);
    let element = root.first_element_child().expect("the <div>");
    assert_eq!(element.child_element_count(), 2);
    assert_eq!(root.inner_html(), "<div><b>trusted</b><i>markup</i></div>");
}

#[wasm_bindgen_test]
fn svg_elements_are_created_in_the_svg_namespace() {
    let root = root();
    let _state = mount(
        div().child(svg().view_box("0 0 10 10").child(circle().cx(5).cy(5).r(4))),
        &root,
    );
    let svg_element = find(&root, "svg");
    let circle_element = find(&root, "circle");
    let div_element = root.first_element_child().expect("the <div>");
    const SVG: &str = "http://www.w3.org/2000/svg";
    assert_eq!(svg_element.namespace_uri().as_deref(), Some(SVG));
    assert_eq!(circle_element.namespace_uri().as_deref(), Some(SVG));
    assert_eq!(
        div_element.namespace_uri().as_deref(),
        Some("http://www.w3.org/1999/xhtml")
    );
    // SVG keeps attribute case (`viewBox`), which only works in the SVG namespace.
    assert_eq!(
        svg_element.get_attribute("viewBox").as_deref(),
        Some("0 0 10 10")
    );
    assert_eq!(circle_element.tag_name(), "circle");
    assert_eq!(div_element.tag_name(), "DIV");
}

#[wasm_bindgen_test]
fn option_switches_between_content_and_placeholder() {
    let root = root();
    let view = |shown: bool| div().child(("a", shown.then(|| span().child("b")), "c"));
    let mut state = mount(view(true), &root);
    // The empty comment is the branch's anchor: it stays, so the branch knows where to go.
    assert_eq!(root.inner_html(), "<div>a<span>b</span><!---->c</div>");

    view(false).rebuild(&mut state);
    assert_eq!(root.inner_html(), "<div>a<!---->c</div>");

    view(true).rebuild(&mut state);
    assert_eq!(root.inner_html(), "<div>a<span>b</span><!---->c</div>");
}

#[wasm_bindgen_test]
fn vec_rebuild_adds_and_removes_rows() {
    let root = root();
    let view = |rows: &[i32]| ul().child(rows.iter().map(|n| li().child(*n)).collect::<Vec<_>>());
    let mut state = mount(view(&[1, 2]), &root);
    let first_row = find(&root, "li");

    view(&[1, 2, 3]).rebuild(&mut state);
    assert_eq!(
        root.inner_html(),
        "<ul><li>1</li><li>2</li><li>3</li><!----></ul>"
    );
    let first_after = find(&root, "li");
    assert!(
        first_after.is_same_node(Some(&first_row)),
        "an unchanged row was replaced"
    );

    view(&[7]).rebuild(&mut state);
    assert_eq!(root.inner_html(), "<ul><li>7</li><!----></ul>");
}

#[wasm_bindgen_test]
fn unmount_removes_every_node_and_remount_restores_them() {
    let root = root();
    let mut state = mount((p().child("one"), "two", span().child("three")), &root);
    assert_eq!(root.inner_html(), "<p>one</p>two<span>three</span>");

    state.unmount();
    assert_eq!(root.inner_html(), "");
    assert!(!root.has_child_nodes());

    state.mount(&root, None);
    assert_eq!(root.inner_html(), "<p>one</p>two<span>three</span>");
}

#[wasm_bindgen_test]
fn mount_inserts_before_the_marker() {
    let root = root();
    let _first = mount(span().child("end"), &root);
    let end = root.first_child().expect("the end marker");
    let mut state = Render::<Dom>::build(p().child("start"));
    state.mount(&root, Some(&end));
    assert_eq!(root.inner_html(), "<p>start</p><span>end</span>");
}

#[wasm_bindgen_test]
fn mount_to_body_appends_to_the_body_and_mount_to_body_unmounts() {
    // As Leptos: `mount_to_body` returns nothing and the app stays.
    view_core::mount_to_body(|| p().id("mounted-to-body").child("hi"));
    let body = Dom::body();
    let last = body.last_element_child().expect("a child of the body");
    assert_eq!(last.outer_html(), r#"<p id="mounted-to-body">hi</p>"#);
    body.remove_child(&last).expect("remove the kept app");

    // `mount_on` on the body gives a handle that unmounts.
    let handle = view_core::mount_on(&body, || p().id("mounted-to-body").child("hi"));
    assert!(
        Dom::document()
            .get_element_by_id("mounted-to-body")
            .is_some()
    );
    handle.unmount();

    assert!(
        Dom::document()
            .get_element_by_id("mounted-to-body")
            .is_none()
    );
}

#[wasm_bindgen_test]
fn either_switches_branches_in_place_between_its_siblings() {
    let root = root();
    let view = |admin: bool| {
        let badge = if admin {
            Either::Left(strong().child("admin"))
        } else {
            Either::Right("user")
        };
        div().child(("[", badge, "]"))
    };
    let mut state = mount(view(true), &root);
    // The empty comment is the anchor the next branch is inserted before.
    assert_eq!(
        root.inner_html(),
        "<div>[<strong>admin</strong><!---->]</div>"
    );

    view(false).rebuild(&mut state);
    assert_eq!(root.inner_html(), "<div>[user<!---->]</div>");

    view(true).rebuild(&mut state);
    assert_eq!(
        root.inner_html(),
        "<div>[<strong>admin</strong><!---->]</div>"
    );
}

#[wasm_bindgen_test]
fn any_view_of_another_type_replaces_the_old_nodes() {
    let root = root();
    let view = |n: u8| -> AnyView<Dom> {
        match n {
            0 => p().child("zero").into_any(),
            _ => span().child(n).into_any(),
        }
    };
    let mut state = mount((view(0), "|"), &root);
    assert_eq!(root.inner_html(), "<p>zero</p><!---->|");
    let text = find(&root, "p").first_child().expect("text");

    (view(0), "|").rebuild(&mut state);
    let text_after = find(&root, "p").first_child().expect("text");
    assert!(
        text_after.is_same_node(Some(&text)),
        "rebuilding the same type replaced its nodes"
    );

    (view(5), "|").rebuild(&mut state);
    assert_eq!(root.inner_html(), "<span>5</span><!---->|");
}

#[wasm_bindgen_test]
fn node_ref_gives_the_live_element_as_its_web_sys_type() {
    let root = root();
    let field: NodeRef<Input, Dom> = NodeRef::new();
    let mut state = mount(input().prop("value", "typed").node_ref(field), &root);

    let typed = field
        .get_as::<web_sys::HtmlInputElement>()
        .expect("an <input>");
    assert_eq!(typed.value(), "typed");
    assert!(
        field.get_as::<web_sys::Text>().is_none(),
        "an element is not a text node"
    );

    state.unmount();
    drop(state);
    assert!(field.get_as::<web_sys::HtmlInputElement>().is_none());
}

#[wasm_bindgen_test]
fn typed_dom_node_refs_return_each_tags_own_web_sys_type() {
    let root = root();
    let field: NodeRef<Input, Dom> = NodeRef::new();
    let circle_ref: NodeRef<view_core::svg::Circle, Dom> = NodeRef::new();
    let _state = mount(
        p().child((
            input().prop("value", "typed").node_ref(field),
            svg().child(circle().r(4).node_ref(circle_ref)),
        )),
        &root,
    );
    // `get_dom` needs no type annotation: the tag type names its web-sys type.
    let input_element: web_sys::HtmlInputElement = field.get_dom().expect("an <input>");
    assert_eq!(input_element.value(), "typed");
    let circle: web_sys::SvgCircleElement = circle_ref.get_dom().expect("a <circle>");
    assert_eq!(circle.get_attribute("r").as_deref(), Some("4"));
}

#[wasm_bindgen_test]
fn mathml_elements_are_created_in_the_mathml_namespace() {
    let root = root();
    let _state = mount(p().child(math().child(mi().child("x"))), &root);
    const MATHML: &str = "http://www.w3.org/1998/Math/MathML";
    assert_eq!(find(&root, "math").namespace_uri().as_deref(), Some(MATHML));
    assert_eq!(find(&root, "mi").namespace_uri().as_deref(), Some(MATHML));
    assert_eq!(root.inner_html(), "<p><math><mi>x</mi></math></p>");
}

/// The name of the exception `result` holds, if it failed.
fn thrown_name<T>(result: Result<T, wasm_bindgen::JsValue>) -> Option<String> {
    let error = result.err()?;
    js_sys::Reflect::get(&error, &wasm_bindgen::JsValue::from_str("name"))
        .ok()
        .and_then(|name| name.as_string())
}

/// The table the test renderer applies to attribute names (view-core/tests/strict_renderer.rs),
/// checked against Chromium's `setAttribute`.
#[wasm_bindgen_test]
fn attribute_names_fail_in_the_dom_exactly_where_the_test_renderer_panics() {
    let names: &[(&str, bool)] = &[
        ("title", true),
        ("data-id", true),
        ("aria-label", true),
        ("xlink:href", true),
        ("@click", true),
        ("x.y", true),
        ("é", true),
        ("", false),
        ("a b", false),
        ("a\tb", false),
        ("a/b", false),
        ("a=b", false),
        ("a>b", false),
        ("a\0b", false),
    ];
    let element = Dom::create_element("div", view_core::Namespace::Html);
    for (name, valid) in names {
        let thrown = thrown_name(element.set_attribute(name, "v"));
        let expected = (!valid).then(|| "InvalidCharacterError".to_owned());
        assert_eq!(thrown, expected, "setAttribute({name:?})");
    }
}

/// The errors the test renderer names for class tokens and insertions are the DOM's.
#[wasm_bindgen_test]
fn class_token_and_insertion_errors_have_the_names_the_test_renderer_uses() {
    let element = Dom::create_element("div", view_core::Namespace::Html);
    let classes = element.class_list();
    assert_eq!(
        thrown_name(classes.add_1("")).as_deref(),
        Some("SyntaxError")
    );
    assert_eq!(
        thrown_name(classes.add_1("a b")).as_deref(),
        Some("InvalidCharacterError")
    );
    assert_eq!(
        thrown_name(classes.remove_1("a\tb")).as_deref(),
        Some("InvalidCharacterError")
    );

    let inner = Dom::create_element("span", view_core::Namespace::Html);
    element.append_child(&inner).expect("appendChild");
    let stranger = Dom::create_element("b", view_core::Namespace::Html);
    assert_eq!(
        thrown_name(element.insert_before(&Dom::create_text("x"), Some(&stranger))).as_deref(),
        Some("NotFoundError")
    );
    assert_eq!(
        thrown_name(inner.insert_before(&element, None)).as_deref(),
        Some("HierarchyRequestError")
    );
    assert_eq!(
        thrown_name(element.insert_before(&element, None)).as_deref(),
        Some("HierarchyRequestError")
    );
    // A reference child that is the node itself is allowed: the node keeps its place.
    assert!(element.insert_before(&inner, Some(&inner)).is_ok());
}

/// `Dom::parent` is `parentNode`, as the test renderer's: inside a fragment, the fragment (it
/// was `parentElement`, `None` there).
#[wasm_bindgen_test]
fn the_parent_of_a_node_in_a_fragment_is_the_fragment() {
    let fragment = Dom::create_fragment().expect("the DOM has fragments");
    let item = Dom::create_element("li", view_core::Namespace::Html);
    Dom::insert_before(&fragment, &item, None);
    let parent = Dom::parent(&item).expect("a parent");
    assert!(Dom::same_node(&parent, &fragment));
}

/// Class toggles with several names (issue 11, item 7): each name is its own token, as in SSR.
#[wasm_bindgen_test]
fn a_class_toggle_with_two_names_adds_both_tokens_without_throwing() {
    let root = root();
    let mut state = mount(div().class(("btn primary", true)).class(("", true)), &root);
    let element = find(&root, "div");
    assert_eq!(
        element.get_attribute("class").as_deref(),
        Some("btn primary")
    );
    div()
        .class(("btn primary", false))
        .class(("", true))
        .rebuild(&mut state);
    assert_eq!(element.get_attribute("class").as_deref(), Some(""));
}

/// Issue 11, item 9: the whole `style` attribute and `style:` parts merge in the DOM as in SSR.
#[wasm_bindgen_test]
fn a_style_part_and_the_whole_style_merge_and_a_whole_style_update_keeps_the_part() {
    let root = root();
    let view = |css: &'static str| div().style(("width", "10px")).style(css);
    let mut state = mount(view("color: red; margin: 0"), &root);
    let element = find(&root, "div");
    let style = |name: &str| {
        js_sys::Reflect::get(&element, &"style".into())
            .ok()
            .and_then(|style| js_sys::Reflect::get(&style, &name.into()).ok())
            .and_then(|value| value.as_string())
            .unwrap_or_default()
    };
    // The whole attribute used to be set after the part, losing `width`.
    assert_eq!(
        (style("width"), style("color"), style("margin")),
        ("10px".to_owned(), "red".to_owned(), "0px".to_owned())
    );
    view("color: blue").rebuild(&mut state);
    assert_eq!(
        (style("width"), style("color"), style("margin")),
        ("10px".to_owned(), "blue".to_owned(), String::new())
    );
    // `!important`, which SSR writes as is, is passed to `setProperty` as its priority.
    view("color: green !important").rebuild(&mut state);
    assert_eq!(style("color"), "green");
    assert_eq!(
        element.get_attribute("style").as_deref(),
        Some("width: 10px; color: green !important;")
    );
}
