//! `view!` templates (static pieces + holes): exact HTML, the `<!>` rule next to holes, attribute
//! holes that vanish, the newline after `<pre>`/`<textarea>`, and equivalence with the builder
//! form (HTML, `html_len`, and the mounted nodes).

mod common;

use proptest::prelude::*;
use view_core::Render;
use view_core::attribute::{Attr, Class};
use view_core::html::{b, div, form, input, label, li, p, pre, script, span, textarea, title, ul};
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
        r#"<li class="">x</li>"#
    );
    assert_eq!(
        render(view! { <li class="" class:on=move || yes class:off=move || no>"x"</li> }),
        r#"<li class="on">x</li>"#
    );
    assert_eq!(
        render(view! { <li style="color: red" style:width="1px" class:a=yes>"x"</li> }),
        r#"<li class="a" style="color: red;width:1px;">x</li>"#
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

/// Issue 12: a template stored in a `Vec` (a list collected with `.collect::<Vec<_>>()`) writes
/// its static pieces from the value, not from constants; the copy of 4-32 byte pieces as two
/// words must write what the iterator form writes, for pieces of every length class (under 4,
/// 4-7, 8-15, 16-32, over 32 bytes), with exact `html_len`.
#[test]
fn collected_templates_render_as_the_iterator_form() {
    let rows = [[1usize, 22, 333], [4_444, 55_555, 666_666]];
    let iterated = || {
        view! {
            <table>
                {rows.iter().map(|row| view! {
                    <tr class="row">
                        {row.iter().map(|&n| view! { <td>{n}</td> })}
                        {row.iter().map(|&n| view! { <td class="number">{n}</td> })}
                        {row.iter().map(|&n| view! { <td class="a-longer-class-name">{n}<b>"!"</b></td> })}
                        {row.iter().map(|&n| view! {
                            <td class="a-class-name-long-enough-to-pass-32-bytes"><b>{n}</b>"x"</td>
                        })}
                    </tr>
                })}
            </table>
        }
    };
    let collected = || {
        view! {
            <table>
                {rows.iter().map(|row| view! {
                    <tr class="row">
                        {row.iter().map(|&n| view! { <td>{n}</td> }).collect::<Vec<_>>()}
                        {row.iter().map(|&n| view! { <td class="number">{n}</td> }).collect::<Vec<_>>()}
                        {row.iter().map(|&n| view! { <td class="a-longer-class-name">{n}<b>"!"</b></td> }).collect::<Vec<_>>()}
                        {row.iter().map(|&n| view! {
                            <td class="a-class-name-long-enough-to-pass-32-bytes"><b>{n}</b>"x"</td>
                        }).collect::<Vec<_>>()}
                    </tr>
                }).collect::<Vec<_>>()}
            </table>
        }
    };
    let expected = render(collected());
    assert_eq!(iterated().to_html(), expected);
    assert_eq!(iterated().to_static_html(), collected().to_static_html());
    assert_eq!(collected().to_static_html(), expected.replace("<!>", ""));
    assert!(expected.starts_with(
        r#"<table><tr class="row"><td>1</td><td>22</td><td>333</td><!><td class="number">1</td>"#
    ));
    assert!(expected.contains(
        r#"<td class="a-longer-class-name">333<b>!</b></td><!><td class="a-class-name-long-enough-to-pass-32-bytes"><b>1</b>x</td>"#
    ));
    assert!(expected.ends_with("<b>666666</b>x</td><!></tr><!></table>"));
}

/// Issue 12: a list collected per row and per cell keeps every cell's template alive until it is
/// written, so a template holds only its holes' values and one reference to its call site's
/// statics (pieces, skeleton, size hint): `<td>{n}</td>` is the number and that reference (it
/// was 7 words with the statics inline).
#[test]
fn a_template_value_is_its_holes_and_one_reference() {
    let n = 7usize;
    let cell = view! { <td>{n}</td> };
    let word = size_of::<usize>();
    assert_eq!(size_of_val(&cell), word + word);
    assert_eq!(render(cell), "<td>7</td>");
}

#[test]
fn an_element_with_a_node_ref_is_templated_and_loads_the_cloned_element() {
    use view_core::testing::TestNode;
    let input = NodeRef::<view_core::html::Input>::new();
    let value = "v";
    let make = move || view! { <form><input node_ref=input value=value/></form> };
    assert!(std::any::type_name_of_val(&make()).contains("Template"));
    let root = TestNode::element("main");
    let _handle = mount_on(&root, make);
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
    let _handle = mount_on(&root, move || move || make());
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

/// The renderer operations of mounting `view` into a fresh `<main>`, by node: each node is
/// named by what it was created as and its rank among the nodes created as the same (node ids
/// are global counters), and maps to its creation and insertion, then the operations that
/// change it in their order. Building a template makes and inserts its static nodes before its
/// holes, so only the order across nodes, and of insertions, differs from the builder's.
fn mount_ops<V: Render<TestRenderer> + 'static>(
    view: V,
) -> std::collections::BTreeMap<String, Vec<String>>
where
    V::State: 'static,
{
    let root = view_core::testing::TestNode::element("main");
    view_core::testing::clear_op_log();
    let handle = mount_on(&root, move || view);
    let ops = view_core::testing::op_log();
    drop(handle);
    // `create #12 <span>` names node 12 `<span>:0` (the first span).
    let mut names = std::collections::HashMap::new();
    let mut ranks = std::collections::HashMap::new();
    for op in &ops {
        if let Some((id, what)) = op
            .strip_prefix("create #")
            .and_then(|rest| rest.split_once(' '))
        {
            let rank = ranks.entry(what.to_owned()).or_insert(0);
            names.insert(format!("#{id}"), format!("{what}:{rank}"));
            *rank += 1;
        }
    }
    let name = |token: &str| match token.strip_prefix('#') {
        Some(_) => names
            .get(token)
            .cloned()
            .unwrap_or_else(|| "root".to_owned()),
        None => token.to_owned(),
    };
    let mut by_node = std::collections::BTreeMap::<String, Vec<String>>::new();
    for op in &ops {
        let mut words: Vec<String> = op.split(' ').map(name).collect();
        if words[0] == "insert" {
            // Where among its siblings is checked by the mounted HTML; when, relative to
            // its attributes, is the template's order (static nodes first).
            words.truncate(4);
        }
        by_node
            .entry(words[1].clone())
            .or_default()
            .push(words.join(" "));
    }
    for ops in by_node.values_mut() {
        // Creation and insertion first, then the changes in their order.
        ops.sort_by_key(|op| !(op.starts_with("create") || op.starts_with("insert")));
    }
    by_node
}

/// `view!` and the builder form of elements with a `bind:` or a spread (one hole holding all
/// the element's attributes): the same HTML, the same nodes, and, when the template builds
/// from its description, the same renderer operations in the same order.
macro_rules! attributes_hole_same_as_builder {
    ($($name:ident: $view:expr, $builder:expr;)*) => {$(
        #[test]
        fn $name() {
            assert!(std::any::type_name_of_val(&$view).contains("AttributesHole"));
            assert_eq!(render($view), render($builder), "HTML");
            assert_eq!(mounted($view), mounted($builder), "mounted nodes");
            view_core::testing::set_template_cloning(false);
            assert_eq!(mount_ops($view), mount_ops($builder), "renderer operations");
            view_core::testing::set_template_cloning(true);
        }
    )*};
}

attributes_hole_same_as_builder! {
    bind_value_in_a_template_equals_builder:
        view! { <form><input type="text" bind:value=NAME.with(|n| *n) class="a" id=X/></form> },
        form().child(input().r#type("text").bind_value(NAME.with(|n| *n)).class("a").id(X));
    bind_checked_in_a_template_equals_builder:
        view! { <label>"Done " <input type="checkbox" bind:checked=DONE.with(|d| *d)/></label> },
        label().child(("Done ", input().r#type("checkbox").bind_checked(DONE.with(|d| *d))));
    bind_value_on_a_textarea_writes_its_content_like_the_builder:
        view! { <div><textarea bind:value=NAME.with(|n| *n)></textarea><b>{X}</b></div> },
        div().child((textarea().bind_value(NAME.with(|n| *n)), b().child(X)));
    spread_in_a_template_merges_class_like_the_builder:
        view! { <p>{X}<span class="a" {..(Class("b"), Attr::new("data-y", 2).expect("name"))} title=X/></p> },
        p().child((X, span().class("a").with((Class("b"), Attr::new("data-y", 2).expect("name"))).title(X)));
    spread_with_inner_html_writes_the_content_like_the_builder:
        view! { <div><pre {..view_core::attribute::InnerHtml("\n<i>x</i>")}></pre>{X}</div> },
        div().child((pre().with(view_core::attribute::InnerHtml("\n<i>x</i>")), X));
    spread_on_an_element_with_static_and_dynamic_children_equals_builder:
        view! { <div class="a" {..(Class("b"), Attr::new("data-y", 2).expect("name"))} title=X>"Hi " {X} <b>"s"</b>{1}</div> },
        div().class("a").with((Class("b"), Attr::new("data-y", 2).expect("name"))).title(X).child(("Hi ", X, b().child("s"), 1));
    spread_on_a_nested_element_with_children_equals_builder:
        view! { <ul><li {..(Attr::new("data-k", X).expect("name"),)}>"one" <span>{X}</span></li><li>"two"</li></ul> },
        ul().child((li().with((Attr::new("data-k", X).expect("name"),)).child(("one", span().child(X))), li().child("two")));
    spread_on_a_pre_with_children_keeps_the_newline_like_the_builder:
        view! { <pre {..(Class("c"),)}>"\nline"{X}</pre> },
        pre().with((Class("c"),)).child(("\nline", X));
    spread_and_bind_on_a_select_with_options_equal_builder:
        view! { <select {..(Class("s"),)} bind:value=NAME.with(|n| *n)><option value="a">"A"</option></select> },
        view_core::html::select().with((Class("s"),)).bind_value(NAME.with(|n| *n)).child(view_core::html::option().value("a").child("A"));
}

/// An element with a spread and children is a template: its spread is the `AttributesHole`
/// of the cloned element, whose children stay static, and a reactive spread and the dynamic
/// children update as the builder form's do.
#[test]
fn a_spread_on_an_element_with_children_is_templated_and_updates_like_the_builder() {
    let (on, set_on) = signal(false);
    let (count, set_count) = signal(1);
    let make = move || {
        view! {
            <section {..(Class(("on", move || on.get())), Attr::new("data-n", move || count.get()).expect("name"))}>
                <h1>"Title"</h1>
                <p>"Count: " {move || count.get()}</p>
            </section>
        }
    };
    let builder = move || {
        view_core::html::section()
            .with((
                Class(("on", move || on.get())),
                Attr::new("data-n", move || count.get()).expect("name"),
            ))
            .child((
                view_core::html::h1().child("Title"),
                p().child(("Count: ", move || count.get())),
            ))
    };
    let name = std::any::type_name_of_val(&make());
    assert!(
        name.contains("Template") && name.contains("AttributesHole"),
        "{name}"
    );
    assert!(
        !name.contains("HtmlElement<view_core::element::html::Section"),
        "{name}"
    );
    assert_eq!(make().to_html(), builder().to_html());
    let view_root = view_core::testing::TestNode::element("main");
    let builder_root = view_core::testing::TestNode::element("main");
    let _view = mount_on(&view_root, make);
    let _builder = mount_on(&builder_root, builder);
    assert_eq!(view_root.inner_html(), builder_root.inner_html());
    let h1 = view_root.expect("h1");
    set_on.set(true);
    set_count.set(2);
    assert_eq!(view_root.inner_html(), builder_root.inner_html());
    assert_eq!(
        view_root.inner_html(),
        r#"<section class="on" data-n="2"><h1>Title</h1><p>Count: 2</p></section>"#
    );
    assert_eq!(view_root.expect("h1"), h1, "the static child is kept");
}

/// A custom element with `on:…:target` or `node_ref` is a template too: the event's target
/// and the ref are typed `Custom`, as in the builder form.
#[test]
fn a_custom_element_with_a_targeted_listener_and_a_node_ref_is_templated() {
    use view_core::Custom;
    let seen = std::rc::Rc::new(std::cell::Cell::new(false));
    let element = NodeRef::<Custom>::new();
    let make = {
        let seen = seen.clone();
        move || {
            let seen = seen.clone();
            view! {
                <my-el node_ref=element on:click:target=move |ev| seen.set(ev.target().tag().as_deref() == Some("my-el"))>
                    "x" {X}
                </my-el>
            }
        }
    };
    assert!(std::any::type_name_of_val(&make()).contains("Template"));
    assert_eq!(
        render(make()),
        render(view_core::custom("my-el").child(("x", X)))
    );
    let root = view_core::testing::TestNode::element("main");
    let _handle = mount_on(&root, make);
    let loaded = element.get_untracked().expect("the ref is loaded");
    assert_eq!(root.query_selector("my-el"), Some(loaded.clone()));
    view_core::testing::click(&loaded);
    assert!(seen.get());
}

thread_local! {
    static NAME: RwSignal<String> = RwSignal::new("Ada & \"B\"".to_owned());
    static DONE: RwSignal<bool> = RwSignal::new(true);
}

/// A bound `<select>` in a template gets its value again once every hole is built, so an
/// option that only a dynamic child makes exists when the value is set (the browser ignores
/// a value no option has).
#[test]
fn a_bound_select_sets_its_value_after_its_dynamic_options_exist() {
    let choice = RwSignal::new("c".to_owned());
    let make = move || {
        view! {
            <select bind:value=choice>
                <option value="a">"A"</option>
                {["b", "c"].map(|v| view! { <option value=v>{v}</option> })}
            </select>
        }
    };
    assert!(std::any::type_name_of_val(&make()).contains("AttributesHole"));
    let root = view_core::testing::TestNode::element("main");
    view_core::testing::clear_op_log();
    let _handle = mount_on(&root, make);
    let ops = view_core::testing::op_log();
    let select = root.expect("select").node_id();
    let options = root.query_selector_all("option");
    let last_option = options.last().expect("three options").node_id();
    let position = |pattern: &str| ops.iter().rposition(|op| op.starts_with(pattern));
    let value_set = position(&format!("set #{select} prop value")).expect("the value is set");
    let option_inserted =
        position(&format!("insert #{last_option} into")).expect("the option is inserted");
    assert!(
        value_set > option_inserted,
        "the value must be set again after the last option exists: {ops:#?}"
    );
}
