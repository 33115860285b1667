//! SSR behaviour of `view!` and `#[component]`: each syntax item renders exactly as expected.
//!
//! Event, `node_ref` and `use:` tests live in `view_macro_events.rs` (they need `view_core::ev`,
//! `NodeRef` and directives).

use view_core::html::{button, div, p, pre, span};
use view_core::prelude::*;

#[test]
fn unquoted_text_renders_exactly_as_written() {
    let view = view! { <p>Hello, world: 1-2!</p> };
    assert_eq!(view.to_html(), "<p>Hello, world: 1-2!</p>");
}

#[test]
fn unquoted_text_keeps_the_space_before_an_expression() {
    let n = 3;
    let view = view! { <p>Count: {n} items</p> };
    assert_eq!(view.to_html(), "<p>Count: <!>3<!> items</p>");
}

#[test]
fn unquoted_text_across_lines_joins_with_one_space() {
    let view = view! {
        <p>
            Hello,
            world!
        </p>
    };
    assert_eq!(view.to_html(), "<p>Hello, world!</p>");
}

#[test]
fn quoted_text_is_escaped_at_compile_time() {
    let view = view! { <p>"a < b & c"</p> };
    assert_eq!(view.to_html(), "<p>a &lt; b &amp; c</p>");
}

#[test]
fn adjacent_static_text_merges_without_markers() {
    // Whitespace written between unquoted text and a sibling on the same line is kept.
    let view = view! { <p>"one " "two" three</p> };
    assert_eq!(view.to_html(), "<p>one two three</p>");
}

#[test]
fn nested_elements_render_in_order() {
    let view = view! { <div><span>"a"</span><b>"b"</b><i>"c"</i></div> };
    assert_eq!(view.to_html(), "<div><span>a</span><b>b</b><i>c</i></div>");
}

#[test]
fn void_elements_have_no_end_tag() {
    let view = view! { <p>"a"<br/>"b"<img src="x.png" alt="X"/></p> };
    assert_eq!(view.to_html(), r#"<p>a<br>b<img src="x.png" alt="X"></p>"#);
}

#[test]
fn static_attributes_order_class_then_style_then_others() {
    let view = view! { <div id="x" style="color: red" class="a b" hidden>"hi"</div> };
    assert_eq!(
        view.to_html(),
        r#"<div class="a b" style="color: red;" id="x" hidden>hi</div>"#
    );
}

#[test]
fn literal_attribute_values_are_escaped_at_compile_time() {
    let view = view! { <a href="/search?q=a&b" title="say \"hi\"">"x"</a> };
    assert_eq!(
        view.to_html(),
        r#"<a title="say &quot;hi&quot;" href="/search?q=a&amp;b">x</a>"#.replace(
            r#"<a title="say &quot;hi&quot;" href="/search?q=a&amp;b">"#,
            r#"<a href="/search?q=a&amp;b" title="say &quot;hi&quot;">"#
        )
    );
}

#[test]
fn expression_attribute_values_in_both_forms() {
    let id = "main";
    let count = 3;
    let view = view! { <div id=id data-count={count} tabindex=1></div> };
    assert_eq!(
        view.to_html(),
        r#"<div id="main" data-count="3" tabindex="1"></div>"#
    );
}

#[test]
fn bare_and_boolean_attributes() {
    let off = false;
    let view = view! { <input r#type="checkbox" checked disabled=off/> };
    assert_eq!(view.to_html(), r#"<input type="checkbox" checked>"#);
    let view = view! { <input type="text"/> };
    assert_eq!(view.to_html(), r#"<input type="text">"#);
}

#[test]
fn data_and_aria_attributes() {
    let view = view! { <div data-user-id="7" aria-label="Close"></div> };
    assert_eq!(
        view.to_html(),
        r#"<div data-user-id="7" aria-label="Close"></div>"#
    );
}

#[test]
fn class_toggles_and_tuples_merge_into_one_class_attribute() {
    let active = true;
    let view = view! { <div class="card" class:active=active class:hidden=false class=("big", true)></div> };
    assert_eq!(view.to_html(), r#"<div class="card active big"></div>"#);
}

#[test]
fn class_toggle_accepts_a_closure() {
    let view = view! { <div class:on=move || 1 + 1 == 2></div> };
    assert_eq!(view.to_html(), r#"<div class="on"></div>"#);
}

#[test]
fn style_properties_merge_into_one_style_attribute() {
    let width = 10;
    let view = view! { <div style="color: red" style:width=format!("{width}px")></div> };
    assert_eq!(
        view.to_html(),
        r#"<div style="color: red;width:10px;"></div>"#
    );
}

#[test]
fn prop_directive_writes_nothing_in_html() {
    let view = view! { <input prop:value="typed"/> };
    assert_eq!(view.to_html(), "<input>");
}

#[test]
fn inner_html_is_written_unescaped() {
    let view = view! { <div inner_html="<b>trusted</b>"></div> };
    assert_eq!(view.to_html(), "<div><b>trusted</b></div>");
}

#[test]
fn spread_adds_any_attribute_value() {
    let extra = view_core::attribute::Attr::new("data-x", "1").expect("a valid name");
    let view = view! { <div {..extra}></div> };
    assert_eq!(view.to_html(), r#"<div data-x="1"></div>"#);
}

#[test]
fn attr_directive_sets_any_attribute_on_an_element() {
    let view = view! { <div attr:foo-bar="baz"></div> };
    assert_eq!(view.to_html(), r#"<div foo-bar="baz"></div>"#);
}

#[test]
fn expression_children_of_any_kind() {
    let items = vec![1, 2];
    let maybe: Option<&str> = None;
    let view = view! { <div>{items}{maybe}{span().child("x")}</div> };
    // A `Vec` may end with text, so the runtime separates it from the next child with `<!>`.
    assert_eq!(view.to_html(), "<div>1<!>2<!><!><span>x</span></div>");
}

#[test]
fn closures_are_reactive_values_rendering_their_current_value() {
    let view = view! { <p>{move || 40 + 2}</p> };
    assert_eq!(view.to_html(), "<p>42</p>");
}

#[test]
fn svg_children_use_the_svg_namespace() {
    let view = view! { <svg viewBox="0 0 10 10"><circle cx="5" cy="5" r="4"></circle><a href="#x"><title>"t"</title></a></svg> };
    assert_eq!(
        view.to_html(),
        r##"<svg viewBox="0 0 10 10"><circle cx="5" cy="5" r="4"></circle><a href="#x"><title>t</title></a></svg>"##
    );
}

#[test]
fn mathml_children_use_the_mathml_namespace() {
    let view = view! { <math><mi>"x"</mi></math> };
    assert_eq!(view.to_html(), "<math><mi>x</mi></math>");
}

#[test]
fn custom_elements_render_their_tag() {
    let name = "me";
    let view = view! { <my-el some-attr=name>"hi"</my-el> };
    assert_eq!(view.to_html(), r#"<my-el some-attr="me">hi</my-el>"#);
}

#[test]
fn doctype_and_comments() {
    let view = view! { <!DOCTYPE html> <!-- "dropped" --> <html><p>"x"</p></html> };
    assert_eq!(view.to_html(), "<!DOCTYPE html><html><p>x</p></html>");
}

#[test]
fn fragments_and_multiple_roots_are_tuples() {
    let view = view! { <><p>"a"</p><p>"b"</p></> };
    assert_eq!(view.to_html(), "<p>a</p><p>b</p>");
    let n = 1;
    let view = view! { <p>"a"</p> {n} <p>"b"</p> };
    assert_eq!(view.to_html(), "<p>a</p>1<p>b</p>");
}

#[test]
fn empty_view_is_unit() {
    let view: () = view! {};
    assert_eq!(view.to_html(), "");
}

#[test]
fn script_content_is_raw_text_escaped_against_closing_the_element() {
    let view = view! { <script>"if (a < b) { x = '</script>'; }"</script> };
    assert_eq!(
        view.to_html(),
        r"<script>if (a < b) { x = '<\/script>'; }</script>"
    );
    let dynamic = "</style>";
    let view = view! { <style>{dynamic}</style> };
    assert_eq!(view.to_html(), r"<style><\/style></style>");
}

#[test]
fn textarea_and_title_content_is_escaped_text() {
    let view = view! { <textarea>"<b>"</textarea> };
    assert_eq!(view.to_html(), "<textarea>\n&lt;b&gt;</textarea>");
}

#[test]
fn static_pre_and_textarea_keep_a_leading_newline_of_their_content() {
    // The parser drops one newline after the start tag: a second one keeps the content's.
    let view = view! { <pre>"\nindented"</pre> };
    assert_eq!(view.to_html(), "<pre>\n\nindented</pre>");
    assert_eq!(view.to_html(), pre().child("\nindented").to_html());
    let view = view! { <textarea>"\nfirst line"</textarea> };
    assert_eq!(view.to_html(), "<textarea>\n\nfirst line</textarea>");
}

#[test]
fn static_subtree_is_one_precomputed_string() {
    let view = view! { <ul class="nav"><li>"Home"</li><li>"About & more"</li></ul> };
    assert_eq!(
        view.html(),
        r#"<ul class="nav"><li>Home</li><li>About &amp; more</li></ul>"#
    );
    assert_eq!(view.html_len(), view.to_html().len());
}

#[test]
fn static_and_builder_forms_render_the_same_html() {
    let from_macro = view! {
        <div class="a" id="b" tabindex=2 hidden><p>"x & y"</p><br/>"tail"</div>
    };
    let from_builder = div()
        .class("a")
        .id("b")
        .tabindex(2)
        .hidden(true)
        .child(p().child("x & y"))
        .child(view_core::html::br())
        .child("tail");
    assert_eq!(from_macro.to_html(), from_builder.to_html());
}

// ---------------------------------------------------------------------------------------------
// The counter, in both forms
// ---------------------------------------------------------------------------------------------

fn counter_builder(count: i32) -> impl IntoView {
    div()
        .class("counter")
        .child(button().child("-1"))
        .child(span().child("Value: ").child(count).child("!"))
        .child(button().child("+1"))
}

#[component]
fn Counter(
    /// The starting count.
    initial: i32,
) -> impl IntoView {
    view! {
        <div class="counter">
            <button>"-1"</button>
            <span>Value: {initial}!</span>
            <button>"+1"</button>
        </div>
    }
}

#[test]
fn counter_renders_the_same_in_view_and_builder_forms() {
    let from_macro = view! { <Counter initial=3/> }.to_html();
    assert_eq!(from_macro, counter_builder(3).to_html());
    assert_eq!(
        from_macro,
        r#"<div class="counter"><button>-1</button><span>Value: <!>3<!>!</span><button>+1</button></div>"#
    );
}

// ---------------------------------------------------------------------------------------------
// Components
// ---------------------------------------------------------------------------------------------

#[component]
fn Greeting(
    name: &'static str,
    #[prop(optional)] punctuation: Option<char>,
    #[prop(default = 1)] times: usize,
    #[prop(into)] suffix: String,
) -> impl IntoView {
    let text = format!("Hello, {name}{}{suffix}", punctuation.unwrap_or('.'));
    view! { <p>{text.repeat(times)}</p> }
}

#[test]
fn component_props_required_optional_default_and_into() {
    let view = view! { <Greeting name="Ann" suffix="?"/> };
    assert_eq!(view.to_html(), "<p>Hello, Ann.?</p>");
    let view = view! { <Greeting name="Bo" punctuation='!' times=2 suffix=String::from("")/> };
    assert_eq!(view.to_html(), "<p>Hello, Bo!Hello, Bo!</p>");
}

#[test]
fn bare_prop_is_shorthand_for_a_variable_of_the_same_name() {
    let name = "Cy";
    let view = view! { <Greeting name suffix=""/> };
    assert_eq!(view.to_html(), "<p>Hello, Cy.</p>");
}

#[component]
fn Card(title: &'static str, children: Children) -> impl IntoView {
    view! { <section><h2>{title}</h2>{children()}</section> }
}

#[test]
fn component_children_are_passed_as_children() {
    let view = view! { <Card title="T"><p>"inside"</p>"text"</Card> };
    assert_eq!(
        view.to_html(),
        "<section><h2>T</h2><p>inside</p>text<!></section>"
    );
}

#[component]
fn Twice(children: ChildrenFn) -> impl IntoView {
    view! { <div>{children()}{children()}</div> }
}

#[test]
fn children_fn_can_render_twice_and_clone_captures() {
    let label = String::from("x");
    let view = view! { <Twice clone:label><b>{label.clone()}</b></Twice> };
    // `ChildrenFn` returns an `AnyView`, which may be text: adjacent ones get a `<!>` marker.
    assert_eq!(view.to_html(), "<div><b>x</b><!><b>x</b><!></div>");
    assert_eq!(label, "x");
}

#[component]
fn Each<F, V>(items: Vec<i32>, children: F) -> impl IntoView
where
    F: Fn(i32) -> V + 'static,
    V: IntoView,
{
    view! { <ul>{items.into_iter().map(|item| view! { <li>{children(item)}</li> }).collect::<Vec<_>>()}</ul> }
}

#[test]
fn let_binding_passes_an_argument_to_the_children() {
    let view = view! { <Each items=vec![1, 2] let:n><b>{n * 10}</b></Each> };
    assert_eq!(
        view.to_html(),
        "<ul><li><b>10</b></li><li><b>20</b></li><!></ul>"
    );
}

#[component]
fn List<T: std::fmt::Display + 'static>(items: Vec<T>) -> impl IntoView {
    let items: Vec<String> = items.iter().map(ToString::to_string).collect();
    view! { <ol>{items.into_iter().map(|item| view! { <li>{item}</li> }).collect::<Vec<_>>()}</ol> }
}

#[test]
fn generic_components_with_explicit_and_inferred_types() {
    let view = view! { <List<u8> items=vec![1, 2]/> };
    assert_eq!(view.to_html(), "<ol><li>1</li><li>2</li><!></ol>");
    let view = view! { <List items=vec!["a"]/> };
    assert_eq!(view.to_html(), "<ol><li>a</li><!></ol>");
}

#[component]
fn Tab(label: &'static str, children: ChildrenFn) -> impl IntoView {
    view! { <section>{label}{children()}</section> }
}

#[component]
fn Tabs(tab: Vec<TabProps>) -> impl IntoView {
    let labels: Vec<_> = tab
        .iter()
        .map(|t| view! { <button>{t.label}</button> })
        .collect();
    let panels: Vec<_> = tab.into_iter().map(|t| (t.children)()).collect();
    view! { <nav>{labels}</nav><div>{panels}</div> }
}

#[test]
fn slots_are_passed_as_props_of_the_parent() {
    let view = view! {
        <Tabs>
            <Tab slot label="A">"first"</Tab>
            <Tab slot label="B">"second"</Tab>
        </Tabs>
    };
    assert_eq!(
        view.to_html(),
        "<nav><button>A</button><button>B</button><!></nav><div>first<!>second<!><!></div>"
    );
}

#[test]
fn components_nest_inside_elements() {
    let view = view! { <main><Counter initial=1/><Greeting name="Z" suffix=""/></main> };
    assert_eq!(
        view.to_html(),
        r#"<main><div class="counter"><button>-1</button><span>Value: <!>1<!>!</span><button>+1</button></div><p>Hello, Z.</p></main>"#
    );
}

// ---------------------------------------------------------------------------------------------
// The macro's spec tables and the runtime agree
// ---------------------------------------------------------------------------------------------

/// Every element (HTML, SVG, MathML) and every element-specific and global attribute the
/// macro's `spec` knows resolves to a builder item (element function or typed method); a name
/// added to one side only fails to compile here. Generated from `view-macro/src/spec.rs`.
#[test]
#[allow(
    clippy::cognitive_complexity,
    reason = "one line per element of the spec tables"
)]
fn every_spec_element_and_attribute_resolves_to_a_builder_item() {
    let _ = view! { <a/> };
    let _ = view! { <abbr/> };
    let _ = view! { <address/> };
    let _ = view! { <area/> };
    let _ = view! { <article/> };
    let _ = view! { <aside/> };
    let _ = view! { <audio/> };
    let _ = view! { <b/> };
    let _ = view! { <base/> };
    let _ = view! { <bdi/> };
    let _ = view! { <bdo/> };
    let _ = view! { <blockquote/> };
    let _ = view! { <body/> };
    let _ = view! { <br/> };
    let _ = view! { <button/> };
    let _ = view! { <canvas/> };
    let _ = view! { <caption/> };
    let _ = view! { <cite/> };
    let _ = view! { <code/> };
    let _ = view! { <col/> };
    let _ = view! { <colgroup/> };
    let _ = view! { <data/> };
    let _ = view! { <datalist/> };
    let _ = view! { <dd/> };
    let _ = view! { <del/> };
    let _ = view! { <details/> };
    let _ = view! { <dfn/> };
    let _ = view! { <dialog/> };
    let _ = view! { <div/> };
    let _ = view! { <dl/> };
    let _ = view! { <dt/> };
    let _ = view! { <em/> };
    let _ = view! { <embed/> };
    let _ = view! { <fieldset/> };
    let _ = view! { <figcaption/> };
    let _ = view! { <figure/> };
    let _ = view! { <footer/> };
    let _ = view! { <form/> };
    let _ = view! { <h1/> };
    let _ = view! { <h2/> };
    let _ = view! { <h3/> };
    let _ = view! { <h4/> };
    let _ = view! { <h5/> };
    let _ = view! { <h6/> };
    let _ = view! { <head/> };
    let _ = view! { <header/> };
    let _ = view! { <hgroup/> };
    let _ = view! { <hr/> };
    let _ = view! { <i/> };
    let _ = view! { <iframe/> };
    let _ = view! { <img/> };
    let _ = view! { <input/> };
    let _ = view! { <ins/> };
    let _ = view! { <kbd/> };
    let _ = view! { <label/> };
    let _ = view! { <legend/> };
    let _ = view! { <li/> };
    let _ = view! { <link/> };
    let _ = view! { <main/> };
    let _ = view! { <map/> };
    let _ = view! { <mark/> };
    let _ = view! { <menu/> };
    let _ = view! { <meta/> };
    let _ = view! { <meter/> };
    let _ = view! { <nav/> };
    let _ = view! { <noscript/> };
    let _ = view! { <object/> };
    let _ = view! { <ol/> };
    let _ = view! { <optgroup/> };
    let _ = view! { <option/> };
    let _ = view! { <output/> };
    let _ = view! { <p/> };
    let _ = view! { <picture/> };
    let _ = view! { <pre/> };
    let _ = view! { <progress/> };
    let _ = view! { <q/> };
    let _ = view! { <rp/> };
    let _ = view! { <rt/> };
    let _ = view! { <ruby/> };
    let _ = view! { <s/> };
    let _ = view! { <samp/> };
    let _ = view! { <script/> };
    let _ = view! { <search/> };
    let _ = view! { <section/> };
    let _ = view! { <select/> };
    let _ = view! { <selectedcontent/> };
    let _ = view! { <slot/> };
    let _ = view! { <small/> };
    let _ = view! { <source/> };
    let _ = view! { <span/> };
    let _ = view! { <strong/> };
    let _ = view! { <style/> };
    let _ = view! { <sub/> };
    let _ = view! { <summary/> };
    let _ = view! { <sup/> };
    let _ = view! { <table/> };
    let _ = view! { <tbody/> };
    let _ = view! { <td/> };
    let _ = view! { <template/> };
    let _ = view! { <textarea/> };
    let _ = view! { <tfoot/> };
    let _ = view! { <th/> };
    let _ = view! { <thead/> };
    let _ = view! { <time/> };
    let _ = view! { <title/> };
    let _ = view! { <tr/> };
    let _ = view! { <track/> };
    let _ = view! { <u/> };
    let _ = view! { <ul/> };
    let _ = view! { <var/> };
    let _ = view! { <video/> };
    let _ = view! { <wbr/> };
    let _ = view! { <a download="1" href="1" hreflang="1" ping="1" referrerpolicy="1" rel="1" target="1" type="1"/> };
    let _ = view! { <area alt="1" coords="1" download="1" href="1" ping="1" referrerpolicy="1" rel="1" shape="1" target="1"/> };
    let _ = view! { <audio autoplay="1" controls="1" crossorigin="1" loop="1" muted="1" preload="1" src="1"/> };
    let _ = view! { <base href="1" target="1"/> };
    let _ = view! { <blockquote cite="1"/> };
    let _ = view! { <button command="1" commandfor="1" disabled="1" form="1" formaction="1" formenctype="1" formmethod="1" formnovalidate="1" formtarget="1" name="1" popovertarget="1" popovertargetaction="1" type="1" value="1"/> };
    let _ = view! { <canvas height="1" width="1"/> };
    let _ = view! { <col span="1"/> };
    let _ = view! { <colgroup span="1"/> };
    let _ = view! { <data value="1"/> };
    let _ = view! { <del cite="1" datetime="1"/> };
    let _ = view! { <details name="1" open="1"/> };
    let _ = view! { <dialog closedby="1" open="1"/> };
    let _ = view! { <embed height="1" src="1" type="1" width="1"/> };
    let _ = view! { <fieldset disabled="1" form="1" name="1"/> };
    let _ = view! { <form accept-charset="1" action="1" autocomplete="1" enctype="1" method="1" name="1" novalidate="1" rel="1" target="1"/> };
    let _ = view! { <iframe allow="1" allowfullscreen="1" height="1" loading="1" name="1" referrerpolicy="1" sandbox="1" src="1" srcdoc="1" width="1"/> };
    let _ = view! { <img alt="1" crossorigin="1" decoding="1" fetchpriority="1" height="1" ismap="1" loading="1" referrerpolicy="1" sizes="1" src="1" srcset="1" usemap="1" width="1"/> };
    let _ = view! { <input accept="1" alpha="1" alt="1" autocomplete="1" checked="1" colorspace="1" dirname="1" disabled="1" form="1" formaction="1" formenctype="1" formmethod="1" formnovalidate="1" formtarget="1" height="1" list="1" max="1" maxlength="1" min="1" minlength="1" multiple="1" name="1" pattern="1" placeholder="1" popovertarget="1" popovertargetaction="1" readonly="1" required="1" size="1" src="1" step="1" type="1" value="1" width="1"/> };
    let _ = view! { <html xmlns="1"/> };
    let _ = view! { <ins cite="1" datetime="1"/> };
    let _ = view! { <label for="1"/> };
    let _ = view! { <li value="1"/> };
    let _ = view! { <link as="1" blocking="1" color="1" crossorigin="1" disabled="1" fetchpriority="1" href="1" hreflang="1" imagesizes="1" imagesrcset="1" integrity="1" media="1" referrerpolicy="1" rel="1" sizes="1" type="1"/> };
    let _ = view! { <map name="1"/> };
    let _ = view! { <meta charset="1" content="1" http-equiv="1" media="1" name="1"/> };
    let _ = view! { <meter high="1" low="1" max="1" min="1" optimum="1" value="1"/> };
    let _ = view! { <object data="1" form="1" height="1" name="1" type="1" width="1"/> };
    let _ = view! { <ol reversed="1" start="1" type="1"/> };
    let _ = view! { <optgroup disabled="1" label="1"/> };
    let _ = view! { <option disabled="1" label="1" selected="1" value="1"/> };
    let _ = view! { <output for="1" form="1" name="1"/> };
    let _ = view! { <progress max="1" value="1"/> };
    let _ = view! { <q cite="1"/> };
    let _ = view! { <script async="1" blocking="1" crossorigin="1" defer="1" fetchpriority="1" integrity="1" nomodule="1" referrerpolicy="1" src="1" type="1"/> };
    let _ = view! { <select autocomplete="1" disabled="1" form="1" multiple="1" name="1" required="1" size="1"/> };
    let _ = view! { <slot name="1"/> };
    let _ =
        view! { <source height="1" media="1" sizes="1" src="1" srcset="1" type="1" width="1"/> };
    let _ = view! { <style blocking="1" media="1"/> };
    let _ = view! { <td colspan="1" headers="1" rowspan="1"/> };
    let _ = view! { <template shadowrootclonable="1" shadowrootcustomelementregistry="1" shadowrootdelegatesfocus="1" shadowrootmode="1" shadowrootserializable="1"/> };
    let _ = view! { <textarea autocomplete="1" cols="1" dirname="1" disabled="1" form="1" maxlength="1" minlength="1" name="1" placeholder="1" readonly="1" required="1" rows="1" wrap="1"/> };
    let _ = view! { <th abbr="1" colspan="1" headers="1" rowspan="1" scope="1"/> };
    let _ = view! { <time datetime="1"/> };
    let _ = view! { <track default="1" kind="1" label="1" src="1" srclang="1"/> };
    let _ = view! { <video autoplay="1" controls="1" crossorigin="1" height="1" loop="1" muted="1" playsinline="1" poster="1" preload="1" src="1" width="1"/> };
    let _ = view! { <div accesskey="1" autocapitalize="1" autocorrect="1" autofocus="1" class="1" contenteditable="1" dir="1" draggable="1" enterkeyhint="1" exportparts="1" hidden="1" id="1" inert="1" inputmode="1" is="1" itemid="1" itemprop="1" itemref="1" itemscope="1" itemtype="1" lang="1" nonce="1" part="1" popover="1" role="1" slot="1" spellcheck="1" style="1" tabindex="1" title="1" translate="1" writingsuggestions="1"></div> };
    let _ = view! { <svg><a/></svg> };
    let _ = view! { <svg><animate/></svg> };
    let _ = view! { <svg><animateMotion/></svg> };
    let _ = view! { <svg><animateTransform/></svg> };
    let _ = view! { <svg><circle/></svg> };
    let _ = view! { <svg><clipPath/></svg> };
    let _ = view! { <svg><defs/></svg> };
    let _ = view! { <svg><desc/></svg> };
    let _ = view! { <svg><ellipse/></svg> };
    let _ = view! { <svg><feBlend/></svg> };
    let _ = view! { <svg><feColorMatrix/></svg> };
    let _ = view! { <svg><feComponentTransfer/></svg> };
    let _ = view! { <svg><feComposite/></svg> };
    let _ = view! { <svg><feConvolveMatrix/></svg> };
    let _ = view! { <svg><feDiffuseLighting/></svg> };
    let _ = view! { <svg><feDisplacementMap/></svg> };
    let _ = view! { <svg><feDistantLight/></svg> };
    let _ = view! { <svg><feDropShadow/></svg> };
    let _ = view! { <svg><feFlood/></svg> };
    let _ = view! { <svg><feFuncA/></svg> };
    let _ = view! { <svg><feFuncB/></svg> };
    let _ = view! { <svg><feFuncG/></svg> };
    let _ = view! { <svg><feFuncR/></svg> };
    let _ = view! { <svg><feGaussianBlur/></svg> };
    let _ = view! { <svg><feImage/></svg> };
    let _ = view! { <svg><feMerge/></svg> };
    let _ = view! { <svg><feMergeNode/></svg> };
    let _ = view! { <svg><feMorphology/></svg> };
    let _ = view! { <svg><feOffset/></svg> };
    let _ = view! { <svg><fePointLight/></svg> };
    let _ = view! { <svg><feSpecularLighting/></svg> };
    let _ = view! { <svg><feSpotLight/></svg> };
    let _ = view! { <svg><feTile/></svg> };
    let _ = view! { <svg><feTurbulence/></svg> };
    let _ = view! { <svg><filter/></svg> };
    let _ = view! { <svg><foreignObject/></svg> };
    let _ = view! { <svg><g/></svg> };
    let _ = view! { <svg><image/></svg> };
    let _ = view! { <svg><line/></svg> };
    let _ = view! { <svg><linearGradient/></svg> };
    let _ = view! { <svg><marker/></svg> };
    let _ = view! { <svg><mask/></svg> };
    let _ = view! { <svg><metadata/></svg> };
    let _ = view! { <svg><mpath/></svg> };
    let _ = view! { <svg><path/></svg> };
    let _ = view! { <svg><pattern/></svg> };
    let _ = view! { <svg><polygon/></svg> };
    let _ = view! { <svg><polyline/></svg> };
    let _ = view! { <svg><radialGradient/></svg> };
    let _ = view! { <svg><rect/></svg> };
    let _ = view! { <svg><script/></svg> };
    let _ = view! { <svg><set/></svg> };
    let _ = view! { <svg><stop/></svg> };
    let _ = view! { <svg><style/></svg> };
    let _ = view! { <svg><svg/></svg> };
    let _ = view! { <svg><switch/></svg> };
    let _ = view! { <svg><symbol/></svg> };
    let _ = view! { <svg><text/></svg> };
    let _ = view! { <svg><textPath/></svg> };
    let _ = view! { <svg><title/></svg> };
    let _ = view! { <svg><tspan/></svg> };
    let _ = view! { <svg><use/></svg> };
    let _ = view! { <svg><view/></svg> };
    let _ = view! { <math><annotation/></math> };
    let _ = view! { <math><annotation-xml/></math> };
    let _ = view! { <math><maction/></math> };
    let _ = view! { <math><math/></math> };
    let _ = view! { <math><merror/></math> };
    let _ = view! { <math><mfrac/></math> };
    let _ = view! { <math><mi/></math> };
    let _ = view! { <math><mmultiscripts/></math> };
    let _ = view! { <math><mn/></math> };
    let _ = view! { <math><mo/></math> };
    let _ = view! { <math><mover/></math> };
    let _ = view! { <math><mpadded/></math> };
    let _ = view! { <math><mphantom/></math> };
    let _ = view! { <math><mprescripts/></math> };
    let _ = view! { <math><mroot/></math> };
    let _ = view! { <math><mrow/></math> };
    let _ = view! { <math><ms/></math> };
    let _ = view! { <math><mspace/></math> };
    let _ = view! { <math><msqrt/></math> };
    let _ = view! { <math><mstyle/></math> };
    let _ = view! { <math><msub/></math> };
    let _ = view! { <math><msubsup/></math> };
    let _ = view! { <math><msup/></math> };
    let _ = view! { <math><mtable/></math> };
    let _ = view! { <math><mtd/></math> };
    let _ = view! { <math><mtext/></math> };
    let _ = view! { <math><mtr/></math> };
    let _ = view! { <math><munder/></math> };
    let _ = view! { <math><munderover/></math> };
    let _ = view! { <math><semantics/></math> };
}

/// Regression: children were chained `.child()` calls (a new type per step, 131 s for 1,000
/// elements); they are now one tuple, chunked by 26.
#[test]
fn more_than_26_dynamic_children_render_in_order() {
    let html = view! { <div><b>{0}</b> <b>{1}</b> <b>{2}</b> <b>{3}</b> <b>{4}</b> <b>{5}</b> <b>{6}</b> <b>{7}</b> <b>{8}</b> <b>{9}</b> <b>{10}</b> <b>{11}</b> <b>{12}</b> <b>{13}</b> <b>{14}</b> <b>{15}</b> <b>{16}</b> <b>{17}</b> <b>{18}</b> <b>{19}</b> <b>{20}</b> <b>{21}</b> <b>{22}</b> <b>{23}</b> <b>{24}</b> <b>{25}</b> <b>{26}</b> <b>{27}</b> <b>{28}</b> <b>{29}</b></div> }.to_html();
    let expected: String = (0..30).map(|n| format!("<b>{n}</b>")).collect();
    assert_eq!(html, format!("<div>{expected}</div>"));
}
