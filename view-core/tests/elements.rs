//! Typed elements and typed attributes: every constructor of `html`, `svg` and `mathml`
//! renders its tag (void elements without an end tag) in the right namespace, typed attribute
//! methods write the right attribute names, and the public name tables agree with the
//! constructors and methods.

use std::collections::HashSet;

use view_core::check_attribute_name;
use view_core::prelude::*;
use view_core::testing::{NodeKind, TestNode, TestRenderer};
use view_core::{ContentModel, ElementType};
use view_core::{HtmlElement, Mountable, Namespace, Render, html, mathml, svg};

/// One rendered constructor: the tag the test expects, the Rust function name, and what the
/// element reports (tag name, void flag, namespace) and renders.
struct Rendered {
    expected_tag: &'static str,
    function: &'static str,
    tag_name: String,
    void: bool,
    namespace: Namespace,
    html: String,
}

fn describe<E: ElementType, A, C>(element: &HtmlElement<E, A, C>) -> (String, bool, Namespace) {
    (
        element.tag_name().to_owned(),
        <E::Content as ContentModel>::VOID,
        E::NAMESPACE,
    )
}

/// Calls every listed constructor of `$module` (`function "expected tag"`) and records the result.
macro_rules! render_all {
    ($module:ident: $($function:ident $tag:literal),* $(,)?) => {
        vec![$({
            let element = $module::$function();
            let (tag_name, void, namespace) = describe(&element);
            Rendered {
                expected_tag: $tag,
                function: stringify!($function),
                tag_name,
                void,
                namespace,
                html: element.to_html(),
            }
        }),*]
    };
}

fn html_elements() -> Vec<Rendered> {
    render_all!(html:
        html "html", head "head", title "title", base "base", link "link", meta "meta",
        style "style", body "body", article "article", section "section", nav "nav",
        aside "aside", h1 "h1", h2 "h2", h3 "h3", h4 "h4", h5 "h5", h6 "h6", hgroup "hgroup",
        header "header", footer "footer", address "address", p "p", hr "hr", pre "pre",
        blockquote "blockquote", ol "ol", ul "ul", menu "menu", li "li", dl "dl", dt "dt",
        dd "dd", figure "figure", figcaption "figcaption", main "main", search "search",
        div "div", a "a", em "em", strong "strong", small "small", s "s", cite "cite", q "q",
        dfn "dfn", abbr "abbr", ruby "ruby", rt "rt", rp "rp", data "data", time "time",
        code "code", var "var", samp "samp", kbd "kbd", sub "sub", sup "sup", i "i", b "b",
        u "u", mark "mark", bdi "bdi", bdo "bdo", span "span", br "br", wbr "wbr", ins "ins",
        del "del", picture "picture", source "source", img "img", iframe "iframe",
        embed "embed", object "object", video "video", audio "audio", track "track", map "map",
        area "area", table "table", caption "caption", colgroup "colgroup", col "col",
        tbody "tbody", thead "thead", tfoot "tfoot", tr "tr", td "td", th "th", form "form",
        label "label", input "input", button "button", select "select", datalist "datalist",
        optgroup "optgroup", option "option", textarea "textarea", output "output",
        progress "progress", meter "meter", fieldset "fieldset", legend "legend",
        details "details", summary "summary", dialog "dialog", script "script",
        noscript "noscript", template "template", slot "slot", canvas "canvas",
        selectedcontent "selectedcontent",
    )
}

fn svg_elements() -> Vec<Rendered> {
    render_all!(svg:
        svg "svg", g "g", defs "defs", desc "desc", title "title", metadata "metadata",
        symbol "symbol", r#use "use", image "image", switch "switch", style "style",
        script "script", path "path", rect "rect", circle "circle", ellipse "ellipse",
        line "line", polyline "polyline", polygon "polygon", text "text", tspan "tspan",
        text_path "textPath", marker "marker", linear_gradient "linearGradient",
        radial_gradient "radialGradient", stop "stop", pattern "pattern", clip_path "clipPath",
        mask "mask", filter "filter", fe_blend "feBlend", fe_color_matrix "feColorMatrix",
        fe_component_transfer "feComponentTransfer", fe_composite "feComposite",
        fe_convolve_matrix "feConvolveMatrix", fe_diffuse_lighting "feDiffuseLighting",
        fe_displacement_map "feDisplacementMap", fe_distant_light "feDistantLight",
        fe_drop_shadow "feDropShadow", fe_flood "feFlood", fe_func_a "feFuncA",
        fe_func_b "feFuncB", fe_func_g "feFuncG", fe_func_r "feFuncR",
        fe_gaussian_blur "feGaussianBlur", fe_image "feImage", fe_merge "feMerge",
        fe_merge_node "feMergeNode", fe_morphology "feMorphology", fe_offset "feOffset",
        fe_point_light "fePointLight", fe_specular_lighting "feSpecularLighting",
        fe_spot_light "feSpotLight", fe_tile "feTile", fe_turbulence "feTurbulence",
        foreign_object "foreignObject", a "a", view "view", animate "animate",
        animate_motion "animateMotion", animate_transform "animateTransform", set "set",
        mpath "mpath",
    )
}

fn mathml_elements() -> Vec<Rendered> {
    render_all!(mathml:
        math "math", annotation "annotation", annotation_xml "annotation-xml",
        maction "maction", menclose "menclose", merror "merror", mfrac "mfrac", mi "mi",
        mmultiscripts "mmultiscripts", mn "mn", mo "mo", mover "mover", mpadded "mpadded",
        mphantom "mphantom", mprescripts "mprescripts", mroot "mroot", mrow "mrow", ms "ms",
        mspace "mspace", msqrt "msqrt", mstyle "mstyle", msub "msub", msubsup "msubsup",
        msup "msup", mtable "mtable", mtd "mtd", mtext "mtext", mtr "mtr", munder "munder",
        munderover "munderover", semantics "semantics",
    )
}

const HTML_VOID_ELEMENTS: [&str; 13] = [
    "area", "base", "br", "col", "embed", "hr", "img", "input", "link", "meta", "source", "track",
    "wbr",
];

/// The Rust naming rule the tables were written with: `-`/`:` → `_`, camelCase → snake_case,
/// keywords → raw identifiers.
fn rust_name(name: &str) -> String {
    let mut out = String::new();
    let mut previous_lower_or_digit = false;
    for c in name.chars() {
        if c == '-' || c == ':' {
            out.push('_');
            previous_lower_or_digit = false;
        } else if c.is_ascii_uppercase() {
            if previous_lower_or_digit {
                out.push('_');
            }
            out.push(c.to_ascii_lowercase());
            previous_lower_or_digit = false;
        } else {
            out.push(c);
            previous_lower_or_digit = c.is_ascii_lowercase() || c.is_ascii_digit();
        }
    }
    const KEYWORDS: [&str; 10] = [
        "as", "async", "for", "in", "loop", "type", "use", "static", "match", "ref",
    ];
    if KEYWORDS.contains(&out.as_str()) {
        format!("r#{out}")
    } else {
        out
    }
}

/// The tag and namespace of a test-renderer element node.
fn element_of(node: &TestNode) -> Option<(String, Namespace)> {
    match node.kind() {
        NodeKind::Element { tag, namespace } => Some((tag, namespace)),
        _ => None,
    }
}

fn table_tags(table: &[(&str, &[&str])]) -> Vec<String> {
    table.iter().map(|(tag, _)| (*tag).to_owned()).collect()
}

fn attributes_of(
    table: &'static [(&'static str, &'static [&'static str])],
    tag: &str,
) -> &'static [&'static str] {
    table
        .iter()
        .find(|(t, _)| *t == tag)
        .map(|(_, attributes)| *attributes)
        .unwrap_or_else(|| panic!("no {tag}"))
}

// ---------------------------------------------------------------------------------------------
// Elements
// ---------------------------------------------------------------------------------------------

#[test]
fn every_html_element_renders_its_tag_with_an_end_tag_unless_void() {
    let elements = html_elements();
    assert_eq!(elements.len(), 113);
    for element in &elements {
        let tag = element.expected_tag;
        let void = HTML_VOID_ELEMENTS.contains(&tag);
        // The parser drops a newline after `<pre>` and `<textarea>`, so one is always written.
        let newline = if matches!(tag, "pre" | "textarea") {
            "\n"
        } else {
            ""
        };
        let expected = if void {
            format!("<{tag}>")
        } else {
            format!("<{tag}>{newline}</{tag}>")
        };
        assert_eq!(element.html, expected, "html::{}()", element.function);
        assert_eq!(element.tag_name, tag);
        assert_eq!(element.void, void, "<{tag}> void flag");
        assert_eq!(element.namespace, Namespace::Html, "<{tag}> namespace");
    }
}

#[test]
fn void_elements_are_exactly_the_thirteen_html_void_elements() {
    let mut void: Vec<_> = html_elements()
        .into_iter()
        .filter(|e| e.void)
        .map(|e| e.expected_tag)
        .collect();
    void.sort_unstable();
    assert_eq!(void, HTML_VOID_ELEMENTS);
}

#[test]
fn void_elements_write_attributes_but_no_end_tag() {
    assert_eq!(html::br().to_html(), "<br>");
    assert_eq!(
        html::img().src("/a.png").alt("A").to_html(),
        r#"<img src="/a.png" alt="A">"#
    );
    assert_eq!(
        html::meta().charset("utf-8").to_html(),
        r#"<meta charset="utf-8">"#
    );
    assert_eq!(html::col().span(2).to_html(), r#"<col span="2">"#);
}

#[test]
fn raw_text_elements_write_text_raw_and_rcdata_elements_escape_it() {
    assert_eq!(
        html::script().child("if (a < b && c) {}").to_html(),
        "<script>if (a < b && c) {}</script>"
    );
    assert_eq!(
        html::style().child("a > b { color: red }").to_html(),
        "<style>a > b { color: red }</style>"
    );
    assert_eq!(
        html::title().child("a < b & c").to_html(),
        "<title>a &lt; b &amp; c</title>"
    );
    assert_eq!(
        html::textarea().child("<b>").to_html(),
        "<textarea>\n&lt;b&gt;</textarea>"
    );
}

#[test]
fn every_svg_element_keeps_its_camel_case_tag_in_the_svg_namespace() {
    let elements = svg_elements();
    assert_eq!(elements.len(), 63);
    for element in &elements {
        let tag = element.expected_tag;
        assert_eq!(
            element.html,
            format!("<{tag}></{tag}>"),
            "svg::{}()",
            element.function
        );
        assert_eq!(element.tag_name, tag);
        assert!(!element.void, "<{tag}> is not void");
        assert_eq!(element.namespace, Namespace::Svg, "<{tag}> namespace");
    }
    assert_eq!(
        svg::linear_gradient().to_html(),
        "<linearGradient></linearGradient>"
    );
    assert_eq!(
        svg::fe_gaussian_blur().to_html(),
        "<feGaussianBlur></feGaussianBlur>"
    );
    assert_eq!(svg::r#use().to_html(), "<use></use>");
}

#[test]
fn svg_script_style_title_and_a_are_distinct_svg_elements_with_normal_content() {
    assert_eq!(<svg::A as ElementType>::NAMESPACE, Namespace::Svg);
    assert_eq!(<html::A as ElementType>::NAMESPACE, Namespace::Html);
    assert_eq!(<svg::Title as ElementType>::NAMESPACE, Namespace::Svg);
    assert_eq!(<svg::Script as ElementType>::NAMESPACE, Namespace::Svg);
    // In foreign content `<style>` is a normal element: its text is escaped like any text.
    assert_eq!(svg::style().child("a<b").to_html(), "<style>a&lt;b</style>");
    assert_eq!(
        svg::a().href("#x").child(svg::title().child("t")).to_html(),
        r##"<a href="#x"><title>t</title></a>"##
    );
}

#[test]
fn every_mathml_element_renders_in_the_mathml_namespace() {
    let elements = mathml_elements();
    assert_eq!(elements.len(), 31);
    for element in &elements {
        let tag = element.expected_tag;
        assert_eq!(
            element.html,
            format!("<{tag}></{tag}>"),
            "mathml::{}()",
            element.function
        );
        assert_eq!(element.namespace, Namespace::MathMl, "<{tag}> namespace");
        assert!(!element.void, "<{tag}> is not void");
    }
    assert_eq!(
        mathml::annotation_xml().to_html(),
        "<annotation-xml></annotation-xml>"
    );
}

#[test]
fn built_svg_and_mathml_elements_are_created_in_their_namespace() {
    let root = TestNode::element("main");
    let mut state =
        Render::<TestRenderer>::build((svg::svg().child(svg::circle()), mathml::math()));
    state.mount(&root, None);
    let children = root.children();
    assert_eq!(children.len(), 2);
    assert_eq!(
        element_of(&children[0]),
        Some(("svg".to_owned(), Namespace::Svg))
    );
    let circle = children[0].children().remove(0);
    assert_eq!(
        element_of(&circle),
        Some(("circle".to_owned(), Namespace::Svg))
    );
    assert_eq!(
        element_of(&children[1]),
        Some(("math".to_owned(), Namespace::MathMl))
    );
}

#[test]
fn tag_types_name_their_dom_interface() {
    assert_eq!(html::Td::DOM_INTERFACE, "HtmlTableCellElement");
    assert_eq!(html::Th::DOM_INTERFACE, "HtmlTableCellElement");
    assert_eq!(html::A::DOM_INTERFACE, "HtmlAnchorElement");
    assert_eq!(html::Section::DOM_INTERFACE, "HtmlElement");
    assert_eq!(svg::Svg::DOM_INTERFACE, "SvgsvgElement");
    assert_eq!(svg::A::DOM_INTERFACE, "SvgaElement");
    assert_eq!(mathml::Mfrac::DOM_INTERFACE, "MathMlElement");
    assert_eq!(html::Tbody::TAG, "tbody");
    assert_eq!(svg::LinearGradient::TAG, "linearGradient");
}

// ---------------------------------------------------------------------------------------------
// Custom elements
// ---------------------------------------------------------------------------------------------

#[test]
fn custom_elements_render_their_name_and_take_global_attributes() {
    assert_eq!(view_core::custom("my-el").to_html(), "<my-el></my-el>");
    assert_eq!(
        view_core::custom("my-el")
            .aria_label("x")
            .child("hi")
            .to_html(),
        r#"<my-el aria-label="x">hi</my-el>"#
    );
    assert_eq!(
        view_core::try_custom("x-1").map(|e| e.to_html()),
        Ok("<x-1></x-1>".to_owned())
    );
}

#[test]
fn try_custom_rejects_invalid_custom_element_names() {
    for name in ["MyEl", "myel", "1-a", "my el", "font-face", "my-El", ""] {
        let error = view_core::try_custom(name)
            .map(|e| e.to_html())
            .expect_err(name);
        assert_eq!(error.name, name);
        assert_eq!(error.kind, "custom element");
    }
}

// ---------------------------------------------------------------------------------------------
// Typed attributes
// ---------------------------------------------------------------------------------------------

#[test]
fn element_attributes_render_their_names_and_escape_values() {
    assert_eq!(
        html::a().href("/x?a=1&b=2").to_html(),
        r#"<a href="/x?a=1&amp;b=2"></a>"#
    );
    assert_eq!(
        html::input()
            .r#type("checkbox")
            .checked(true)
            .disabled(false)
            .to_html(),
        r#"<input type="checkbox" checked>"#
    );
    assert_eq!(
        html::label().r#for("name").to_html(),
        r#"<label for="name"></label>"#
    );
    assert_eq!(
        html::meta().http_equiv("refresh").content("5").to_html(),
        r#"<meta http-equiv="refresh" content="5">"#
    );
    assert_eq!(
        html::form().accept_charset("utf-8").to_html(),
        r#"<form accept-charset="utf-8"></form>"#
    );
    assert_eq!(
        html::link().rel("preload").r#as("font").to_html(),
        r#"<link rel="preload" as="font">"#
    );
    assert_eq!(
        html::video().r#loop(true).muted(true).to_html(),
        "<video loop muted></video>"
    );
    assert_eq!(
        html::script().r#async(true).src("/a.js").to_html(),
        r#"<script async src="/a.js"></script>"#
    );
    assert_eq!(
        html::td().colspan(2).rowspan(3).to_html(),
        r#"<td colspan="2" rowspan="3"></td>"#
    );
    assert_eq!(
        html::th().scope("col").abbr("n").to_html(),
        r#"<th scope="col" abbr="n"></th>"#
    );
    assert_eq!(
        html::ol().reversed(true).start(5).r#type("a").to_html(),
        r#"<ol reversed start="5" type="a"></ol>"#
    );
    assert_eq!(
        html::time().datetime("2024-01-01").to_html(),
        r#"<time datetime="2024-01-01"></time>"#
    );
    assert_eq!(
        html::meter().value(0.5).min(0).max(1).to_html(),
        r#"<meter value="0.5" min="0" max="1"></meter>"#
    );
    assert_eq!(
        html::details().open(true).name("g").to_html(),
        r#"<details open name="g"></details>"#
    );
    assert_eq!(
        html::template().shadowrootmode("open").to_html(),
        r#"<template shadowrootmode="open"></template>"#
    );
    assert_eq!(
        html::option().selected(true).value("1").to_html(),
        r#"<option selected value="1"></option>"#
    );
    assert_eq!(
        html::blockquote().cite("https://a.b/").to_html(),
        r#"<blockquote cite="https://a.b/"></blockquote>"#
    );
    assert_eq!(
        html::img().alt(None::<&str>).width(10).to_html(),
        r#"<img width="10">"#
    );
}

#[test]
fn global_attributes_are_on_every_element() {
    assert_eq!(
        html::div()
            .aria_label("Close")
            .aria_hidden("true")
            .role("button")
            .tabindex(0)
            .to_html(),
        r#"<div aria-label="Close" aria-hidden="true" role="button" tabindex="0"></div>"#
    );
    assert_eq!(
        html::span()
            .hidden(true)
            .lang("en")
            .dir("rtl")
            .title("t")
            .to_html(),
        r#"<span hidden lang="en" dir="rtl" title="t"></span>"#
    );
    assert_eq!(
        html::p().popover("auto").inert(false).to_html(),
        r#"<p popover="auto"></p>"#
    );
    assert_eq!(
        svg::circle().tabindex(-1).to_html(),
        r#"<circle tabindex="-1"></circle>"#
    );
    assert_eq!(mathml::mi().dir("rtl").to_html(), r#"<mi dir="rtl"></mi>"#);
}

#[test]
fn svg_attributes_use_their_svg_spelling() {
    assert_eq!(
        svg::svg()
            .view_box("0 0 10 10")
            .preserve_aspect_ratio("none")
            .to_html(),
        r#"<svg viewBox="0 0 10 10" preserveAspectRatio="none"></svg>"#
    );
    assert_eq!(
        svg::path()
            .d("M0 0")
            .stroke_width(2)
            .stroke_linecap("round")
            .path_length(10)
            .to_html(),
        r#"<path d="M0 0" stroke-width="2" stroke-linecap="round" pathLength="10"></path>"#
    );
    assert_eq!(
        svg::linear_gradient()
            .gradient_units("userSpaceOnUse")
            .x1(0)
            .y2(1)
            .to_html(),
        r#"<linearGradient gradientUnits="userSpaceOnUse" x1="0" y2="1"></linearGradient>"#
    );
    assert_eq!(
        svg::stop().offset("50%").stop_color("red").to_html(),
        r#"<stop offset="50%" stop-color="red"></stop>"#
    );
    assert_eq!(
        svg::fe_gaussian_blur()
            .r#in("SourceGraphic")
            .std_deviation(3)
            .to_html(),
        r#"<feGaussianBlur in="SourceGraphic" stdDeviation="3"></feGaussianBlur>"#
    );
    assert_eq!(
        svg::r#use().href("#s").x(1).to_html(),
        r##"<use href="#s" x="1"></use>"##
    );
    assert_eq!(
        svg::g()
            .system_language("en")
            .lang("en")
            .fill("none")
            .to_html(),
        r#"<g systemLanguage="en" lang="en" fill="none"></g>"#
    );
}

#[test]
fn mathml_global_and_element_attributes_render() {
    assert_eq!(
        mathml::math().display("block").mathcolor("red").to_html(),
        r#"<math display="block" mathcolor="red"></math>"#
    );
    assert_eq!(
        mathml::mo().stretchy("false").lspace("0").to_html(),
        r#"<mo stretchy="false" lspace="0"></mo>"#
    );
    assert_eq!(
        mathml::mfrac().linethickness(0).to_html(),
        r#"<mfrac linethickness="0"></mfrac>"#
    );
    assert_eq!(
        mathml::mtd().columnspan(2).to_html(),
        r#"<mtd columnspan="2"></mtd>"#
    );
}

#[test]
fn reactive_attribute_values_render_their_current_value() {
    let expanded = || "true";
    assert_eq!(
        html::button().aria_expanded(expanded).to_html(),
        r#"<button aria-expanded="true"></button>"#
    );
}

// ---------------------------------------------------------------------------------------------
// Name tables
// ---------------------------------------------------------------------------------------------

#[test]
fn element_tables_list_the_constructors_in_order() {
    for (table, rust_names, rendered) in [
        (html::ELEMENTS, html::RUST_NAMES, html_elements()),
        (svg::ELEMENTS, svg::RUST_NAMES, svg_elements()),
        (mathml::ELEMENTS, mathml::RUST_NAMES, mathml_elements()),
    ] {
        assert_eq!(table.len(), rendered.len());
        assert_eq!(rust_names.len(), rendered.len());
        let tags: Vec<String> = rendered.iter().map(|e| e.expected_tag.to_owned()).collect();
        assert_eq!(table_tags(table), tags);
        let functions: Vec<&str> = rendered.iter().map(|e| e.function).collect();
        let table_functions: Vec<&str> = rust_names.iter().map(|(f, _)| *f).collect();
        assert_eq!(table_functions, functions);
        for ((tag, attributes), (function, methods)) in table.iter().zip(rust_names) {
            assert_eq!(rust_name(tag), *function);
            let expected: Vec<String> = attributes.iter().map(|a| rust_name(a)).collect();
            assert_eq!(*methods, expected, "methods of <{tag}>");
        }
    }
}

#[test]
fn global_attribute_tables_match_their_methods() {
    for (names, methods) in [
        (html::GLOBAL_ATTRIBUTES, html::GLOBAL_ATTRIBUTE_METHODS),
        (svg::GLOBAL_ATTRIBUTES, svg::GLOBAL_ATTRIBUTE_METHODS),
        (mathml::GLOBAL_ATTRIBUTES, mathml::GLOBAL_ATTRIBUTE_METHODS),
    ] {
        let expected: Vec<String> = names.iter().map(|a| rust_name(a)).collect();
        assert_eq!(*methods, expected);
    }
}

#[test]
fn attribute_names_are_valid_unique_and_never_class_style_id_or_event_handlers() {
    let globals = [
        html::GLOBAL_ATTRIBUTES,
        svg::GLOBAL_ATTRIBUTES,
        mathml::GLOBAL_ATTRIBUTES,
    ];
    let mut all_globals = HashSet::new();
    for list in globals {
        for name in list {
            assert!(
                all_globals.insert(*name),
                "{name} is global in two namespaces"
            );
        }
    }
    for (table, own_global) in [
        (html::ELEMENTS, html::GLOBAL_ATTRIBUTES),
        (svg::ELEMENTS, svg::GLOBAL_ATTRIBUTES),
        (mathml::ELEMENTS, mathml::GLOBAL_ATTRIBUTES),
    ] {
        for (tag, attributes) in table {
            let mut seen = HashSet::new();
            for name in *attributes {
                assert!(seen.insert(*name), "<{tag}> lists {name} twice");
                assert!(
                    !html::GLOBAL_ATTRIBUTES.contains(name),
                    "<{tag}> {name} is global"
                );
                assert!(!own_global.contains(name), "<{tag}> {name} is global");
            }
        }
    }
    let every_name = globals.iter().flat_map(|l| l.iter()).chain(
        [html::ELEMENTS, svg::ELEMENTS, mathml::ELEMENTS]
            .iter()
            .flat_map(|t| t.iter())
            .flat_map(|(_, a)| a.iter()),
    );
    for name in every_name {
        assert_eq!(check_attribute_name(name), Ok(()));
        assert!(!["class", "style", "id"].contains(name), "{name}");
        assert!(!name.starts_with("on"), "{name} is an event handler");
    }
}

/// Every state and property of WAI-ARIA 1.2 (§ 6.7 "Definitions of States and Properties").
const ARIA_1_2: &str = "
    activedescendant atomic autocomplete busy checked colcount colindex colspan controls current
    describedby details disabled dropeffect errormessage expanded flowto grabbed haspopup hidden
    invalid keyshortcuts label labelledby level live modal multiline multiselectable orientation
    owns placeholder posinset pressed readonly relevant required roledescription rowcount rowindex
    rowspan selected setsize sort valuemax valuemin valuenow valuetext
";

/// The HTML global attributes (HTML § 3.2.6) other than `class`, `style`, `id` and `on*`, plus
/// ARIA's `role`.
const HTML_GLOBALS: &str = "
    accesskey autocapitalize autofocus contenteditable dir draggable enterkeyhint hidden inert
    inputmode is itemid itemprop itemref itemscope itemtype lang nonce popover slot spellcheck
    tabindex title translate writingsuggestions role
";

/// The attributes of `<input>` (HTML § 4.10.5).
const INPUT_ATTRIBUTES: &str = "
    accept alt autocomplete checked dirname disabled form formaction formenctype formmethod
    formnovalidate formtarget height list max maxlength min minlength multiple name pattern
    placeholder popovertarget popovertargetaction readonly required size src step type value width
";

#[test]
fn global_attributes_include_every_wai_aria_1_2_attribute() {
    let aria: Vec<String> = ARIA_1_2
        .split_whitespace()
        .map(|name| format!("aria-{name}"))
        .collect();
    assert_eq!(aria.len(), 48);
    for name in &aria {
        assert!(
            html::GLOBAL_ATTRIBUTES.contains(&name.as_str()),
            "{name} missing"
        );
    }
    for name in HTML_GLOBALS.split_whitespace() {
        assert!(html::GLOBAL_ATTRIBUTES.contains(&name), "{name} missing");
    }
}

#[test]
fn element_tables_hold_the_standard_element_attributes() {
    let input: Vec<&str> = INPUT_ATTRIBUTES.split_whitespace().collect();
    let expectations: [(&str, &[&str]); 9] = [
        ("input", &input),
        (
            "a",
            &[
                "href",
                "target",
                "download",
                "ping",
                "rel",
                "hreflang",
                "type",
                "referrerpolicy",
            ],
        ),
        ("td", &["colspan", "rowspan", "headers"]),
        ("th", &["colspan", "rowspan", "headers", "scope"]),
        ("ol", &["reversed", "start", "type"]),
        ("ins", &["cite", "datetime"]),
        ("del", &["cite", "datetime"]),
        ("dialog", &["open"]),
        ("slot", &["name"]),
    ];
    for (tag, names) in expectations {
        let attributes = attributes_of(html::ELEMENTS, tag);
        for name in names {
            assert!(attributes.contains(name), "<{tag}> lacks {name}");
        }
    }
    assert_eq!(attributes_of(html::ELEMENTS, "body"), &[] as &[&str]);
    assert!(attributes_of(svg::ELEMENTS, "svg").contains(&"viewBox"));
    assert!(svg::GLOBAL_ATTRIBUTES.contains(&"stroke-width"));
    assert!(attributes_of(mathml::ELEMENTS, "mo").contains(&"movablelimits"));
}
