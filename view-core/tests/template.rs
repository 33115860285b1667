//! `view!` templates (static pieces + holes): exact HTML, the `<!>` rule next to holes, attribute
//! holes that vanish, the newline after `<pre>`/`<textarea>`, and equivalence with the builder
//! form (HTML, `html_len`, and the mounted nodes).

mod common;

use proptest::prelude::*;
use view_core::Render;
use view_core::html::{b, div, input, li, p, pre, script, span, textarea, title, ul};
use view_core::prelude::*;
use view_core::testing::TestRenderer;

/// Renders `view`, checks that `html_len` is exact, and returns the HTML.
use common::render;

/// The children of a `<main>` after mounting `view` into it.
fn mounted<V: Render<TestRenderer>>(view: V) -> String {
    common::build_mounted(view).0.inner_html()
}

#[test]
fn a_template_interleaves_static_pieces_and_holes() {
    let year = 2024;
    let view = view! { <div class="teams"><p>"CSL " {year}</p><ul>{["a", "b"].map(|n| view! { <li>{n}</li> })}</ul></div> };
    let expansion_is_a_template = std::any::type_name_of_val(&view).contains("Template");
    assert!(expansion_is_a_template);
    assert_eq!(
        render(view),
        r#"<div class="teams"><p>CSL <!>2024</p><ul><li>a</li><li>b</li></ul></div>"#
    );
}

#[test]
fn holes_next_to_static_text_get_markers_only_when_they_may_be_text() {
    let name = "x";
    assert_eq!(render(view! { <p>"a" {name} "b"</p> }), "<p>a<!>x<!>b</p>");
    assert_eq!(
        render(view! { <p>"a" {b().child(name)} "b"</p> }),
        "<p>a<b>x</b>b</p>"
    );
    assert_eq!(
        render(view! { <p>{name} <b>"!"</b></p> }),
        "<p>x<b>!</b></p>"
    );
    assert_eq!(
        render(view! { <p><b>"!"</b> {name}</p> }),
        "<p><b>!</b>x</p>"
    );
    assert_eq!(
        render(view! { <p>"a" {None::<&str>} "b"</p> }),
        render(p().child(("a", None::<&str>, "b")))
    );
}

#[test]
fn adjacent_holes_are_separated_like_adjacent_children() {
    let (x, y) = ("x", 7);
    assert_eq!(render(view! { <p>{x}{y}</p> }), "<p>x<!>7</p>");
    assert_eq!(
        render(view! { <p>"<"{x}{y}">"</p> }),
        "<p>&lt;<!>x<!>7<!>&gt;</p>"
    );
    assert_eq!(
        render(view! { <p>{span().child(x)}{y}</p> }),
        "<p><span>x</span>7</p>"
    );
}

#[test]
fn attribute_holes_write_their_own_name_and_vanish_when_absent() {
    let (on, off) = (true, false);
    let (some, none) = (Some("t&\"t"), None::<&str>);
    assert_eq!(
        render(view! { <input disabled=on readonly=off title=some placeholder=none/> }),
        r#"<input disabled title="t&amp;&quot;t">"#
    );
    assert_eq!(
        render(view! { <div data-id=7 title=none>"x"</div> }),
        r#"<div data-id="7">x</div>"#
    );
}

#[test]
fn class_parts_merge_into_one_attribute_or_none() {
    let (yes, no) = (true, false);
    assert_eq!(
        render(view! { <li class="item" class:featured=yes id="a">"x"</li> }),
        r#"<li class="item featured" id="a">x</li>"#
    );
    assert_eq!(
        render(view! { <li class="item" class:featured=no>"x"</li> }),
        r#"<li class="item">x</li>"#
    );
    assert_eq!(
        render(view! { <li class:featured=no>"x"</li> }),
        "<li>x</li>"
    );
    assert_eq!(
        render(view! { <li class="" class:on=move || yes class:off=move || no>"x"</li> }),
        r#"<li class="on">x</li>"#
    );
    assert_eq!(
        render(view! { <li style="color: red" style:width="1px" class:a=yes>"x"</li> }),
        r#"<li class="a" style="color: red;width:1px">x</li>"#
    );
}

#[test]
fn pre_and_textarea_keep_the_newline_guard_around_holes() {
    let text = "\nindented";
    assert_eq!(
        render(view! { <pre>{text}</pre> }),
        "<pre>\n\nindented</pre>"
    );
    assert_eq!(
        render(view! { <textarea>{text}</textarea> }),
        render(textarea().child(text))
    );
    assert_eq!(
        render(view! { <pre class="c">{text}</pre> }),
        render(pre().class("c").child(text))
    );
}

#[test]
fn text_only_elements_escape_their_holes_for_their_context() {
    let code = "a </script> b";
    let year = 2024;
    assert_eq!(
        render(view! { <script>{code}</script> }),
        render(script().child(code))
    );
    assert_eq!(
        render(view! { <title>{year}</title> }),
        "<title>2024</title>"
    );
    assert_eq!(
        render(view! { <title>"Year " {year}</title> }),
        render(title().child("Year ").child(year))
    );
}

#[test]
fn text_only_elements_write_no_marker_between_their_pieces() {
    let year = 2024;
    let name = "a<b";
    let n = 3;
    // Markers would be literal text here: the parser reads the content as one text.
    assert_eq!(
        render(view! { <title>"Year " {year} " of " {name}</title> }),
        "<title>Year 2024 of a&lt;b</title>"
    );
    assert_eq!(
        render(title().child("Year ").child(year).child(" of ").child(name)),
        "<title>Year 2024 of a&lt;b</title>"
    );
    assert_eq!(
        render(view! { <textarea>{name} {year}</textarea> }),
        "<textarea>\na&lt;b2024</textarea>"
    );
    assert_eq!(
        render(view! { <script>"let n = " {n} ";"</script> }),
        "<script>let n = 3;</script>"
    );
    assert_eq!(
        render(script().child("let n = ").child(n).child(";")),
        "<script>let n = 3;</script>"
    );
    assert_eq!(
        mounted(view! { <title>"Year " {year}</title> }),
        "<title>Year 2024</title>"
    );
}

/// One row of the equivalence table: the `view!` form and the builder form of the same tree.
macro_rules! same_as_builder {
    ($($name:ident: $view:expr, $builder:expr;)*) => {$(
        #[test]
        fn $name() {
            assert_eq!(render($view), render($builder), "HTML");
            assert_eq!(mounted($view), mounted($builder), "mounted nodes");
            // The same nodes when the renderer cannot clone and builds from the description.
            view_core::testing::set_template_cloning(false);
            assert_eq!(mounted($view), mounted($builder), "nodes built from the description");
            view_core::testing::set_template_cloning(true);
        }
    )*};
}

const X: &str = "a<b>&\"c\"";

same_as_builder! {
    template_text_hole_equals_builder:
        view! { <p class="c">"Hi, " {X} "!"</p> },
        p().class("c").child(("Hi, ", X, "!"));
    template_nested_elements_equal_builder:
        view! { <div><ul><li>{X}</li><li>"s"</li></ul><span title=X>{1} {2}</span></div> },
        div().child((ul().child((li().child(X), li().child("s"))), span().title(X).child((1, 2))));
    template_attribute_holes_equal_builder:
        view! { <input value=X disabled=true checked=false data-x=X/> },
        input().value(X).disabled(true).checked(false).attr("data-x", X);
    template_class_and_style_holes_equal_builder:
        view! { <div class="a" class:b=true class:c=false style:color=X>"x"</div> },
        div().class("a").class(("b", true)).class(("c", false)).style(("color", X)).child("x");
    template_list_hole_equals_builder:
        view! { <ul>{[1, 2, 3].map(|n| view! { <li class:odd=n % 2 == 1>{n}</li> })}</ul> },
        ul().child([1, 2, 3].map(|n| li().class(("odd", n % 2 == 1)).child(n)));
    template_option_and_text_holes_equal_builder:
        view! { <p>"a" {Some(X)} {None::<i32>} "b" {b().child(X)}</p> },
        p().child(("a", Some(X), None::<i32>, "b", b().child(X)));
}

proptest! {
    #![proptest_config(ProptestConfig { cases: 256, ..ProptestConfig::default() })]

    #[test]
    fn template_html_equals_builder_html_for_any_values(
        text in "\\PC{0,12}",
        attr in "\\PC{0,12}",
        flag: bool,
        n: i64,
    ) {
        let (text, attr) = (text.as_str(), attr.as_str());
        let template = view! {
            <div id=attr class="k" class:on=flag>
                "<" {text} <b title=attr>{n} " " {text}</b> {flag.then_some(text)}
                <pre>{text}</pre>
            </div>
        };
        let builder = div().id(attr).class("k").class(("on", flag)).child((
            "<",
            text,
            b().title(attr).child((n, " ", text)),
            flag.then_some(text),
            pre().child(text),
        ));
        prop_assert_eq!(template.html_len(), builder.html_len());
        prop_assert_eq!(template.to_html(), builder.to_html());
    }
}

#[test]
fn a_size_hint_grows_at_once_and_halves_its_surplus_when_renders_shrink() {
    use view_core::template::SizeHint;
    let hint = SizeHint::new();
    assert_eq!(hint.get(), 0);
    hint.learn(800);
    assert_eq!(hint.get(), 900);
    hint.learn(500);
    assert_eq!(hint.get(), 900, "within half: kept");
    hint.learn(100);
    assert_eq!(
        hint.get(),
        112 + (900 - 112) / 2,
        "much smaller: half the surplus"
    );
}

#[test]
fn a_root_template_renders_right_whatever_its_call_site_learned() {
    fn list(items: &[&str]) -> String {
        view! { <ul class="l">{items.iter().map(|item| view! { <li>{*item}</li> })}</ul> }.to_html()
    }
    let long = ["a & b"; 40];
    assert_eq!(list(&["x"]), r#"<ul class="l"><li>x</li><!></ul>"#);
    let html = list(&long);
    assert_eq!(
        html,
        format!(
            r#"<ul class="l">{}<!></ul>"#,
            "<li>a &amp; b</li>".repeat(40)
        )
    );
    // The next render of that size allocates once, what the call site learned: its size and
    // an eighth (a `String`'s capacity is always at least its length, so compare exactly).
    let again = list(&long);
    assert_eq!(again.capacity(), again.len() + again.len() / 8);
    assert_eq!(list(&[]), r#"<ul class="l"><!></ul>"#);
    assert_eq!(list(&["y"]), r#"<ul class="l"><li>y</li><!></ul>"#);
}

#[test]
fn an_element_with_a_node_ref_is_templated_and_loads_the_cloned_element() {
    use view_core::testing::TestNode;
    let input = NodeRef::<view_core::html::Input>::new();
    let value = "v";
    let make = move || view! { <form><input node_ref=input value=value/></form> };
    assert!(std::any::type_name_of_val(&make()).contains("Template"));
    let root = TestNode::element("main");
    let _handle = mount_to(&root, make);
    let loaded = input.get_untracked().expect("the ref is loaded");
    assert_eq!(loaded.attribute("value").as_deref(), Some("v"));
    assert_eq!(root.query_selector("input"), Some(loaded));
}

#[test]
fn an_element_with_inner_html_is_templated_writes_builds_and_rebuilds_it() {
    use view_core::testing::{self, TestNode};
    let (html, set_html) = signal("<b>one</b>".to_owned());
    let make = move || view! { <div class="x"><p inner_html=html.get()></p><span>"s"</span></div> };
    assert!(std::any::type_name_of_val(&make()).contains("InnerHtmlHole"));
    assert_eq!(
        make().to_html(),
        r#"<div class="x"><p><b>one</b></p><span>s</span></div>"#
    );
    let root = TestNode::element("main");
    let _handle = mount_to(&root, move || move || make());
    assert_eq!(
        root.inner_html(),
        r#"<div class="x"><p><b>one</b></p><span>s</span></div>"#
    );
    testing::reset_counters();
    set_html.set("<i>two</i>".to_owned());
    assert_eq!(
        root.inner_html(),
        r#"<div class="x"><p><i>two</i></p><span>s</span></div>"#
    );
}
