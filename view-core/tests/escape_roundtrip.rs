//! Property tests: for arbitrary Unicode strings in every escaping context, parsing our output with
//! html5ever (a spec-compliant HTML parser) gives back exactly the input, and raw text never
//! produces an element the input did not contain.
//!
//! The HTML parser normalizes its input stream before tokenizing (HTML § 13.2.3.5: CR and CRLF
//! become LF; U+0000 in text is dropped), so the generated strings contain neither `\r` nor
//! `\0`: no escaping can carry them through a parse.

use common::html::{element_count, parse_body_fragment, tag_name, text_content};
use markup5ever_rcdom::NodeData;
use proptest::prelude::*;
use view_core::escape::{Context, escape, escape_raw_text_into};
use view_core::html::{div, i, pre, script, style, textarea, title};
use view_core::prelude::*;

/// Arbitrary Unicode without the two characters the parser's input preprocessing rewrites, with
/// HTML-significant characters mixed in often.
fn html_text() -> impl Strategy<Value = String> {
    let interesting = prop::sample::select(vec![
        "<",
        ">",
        "&",
        "\"",
        "'",
        "</",
        "<!--",
        "-->",
        "</script",
        "</SCRIPT",
        "</style",
        "</sTyLe",
        "</textarea",
        "</title",
        "&amp;",
        "&lt",
        "&#x3C;",
        "<b>",
        "\n",
        "é",
        "🦀",
        "<![CDATA[",
        "]]>",
        "<script>",
        "=",
        "/",
        " ",
    ])
    .prop_map(str::to_owned);
    let any_char = any::<char>()
        .prop_filter("parser-normalized", |c| *c != '\r' && *c != '\0')
        .prop_map(String::from);
    prop::collection::vec(prop_oneof![2 => interesting, 3 => any_char], 0..24)
        .prop_map(|parts| parts.concat())
}

proptest! {
    #![proptest_config(ProptestConfig {
        cases: 512,
        failure_persistence: None,
        ..ProptestConfig::default()
    })]

    #[test]
    fn text_round_trips(text in html_text()) {
        let nodes = parse_body_fragment(&div().child(text.as_str()).to_html());
        prop_assert_eq!(nodes.len(), 1);
        prop_assert_eq!(tag_name(&nodes[0]), Some("div".to_owned()));
        prop_assert_eq!(element_count(&nodes[0]), 0);
        prop_assert_eq!(text_content(&nodes[0]), text);
    }

    #[test]
    fn attribute_values_round_trip(value in html_text()) {
        let nodes = parse_body_fragment(&div().attr("title", value.as_str()).attr("data-x", "y").to_html());
        prop_assert_eq!(nodes.len(), 1);
        let NodeData::Element { attrs, .. } = &nodes[0].data else { panic!("not an element") };
        let attrs = attrs.borrow();
        let pairs: Vec<(String, String)> =
            attrs.iter().map(|a| (a.name.local.to_string(), a.value.to_string())).collect();
        prop_assert_eq!(pairs, vec![("title".to_owned(), value), ("data-x".to_owned(), "y".to_owned())]);
    }

    #[test]
    fn class_and_style_values_round_trip(class in html_text(), style_value in html_text()) {
        let html = div().class(class.as_str()).style(("color", style_value.as_str())).to_html();
        let nodes = parse_body_fragment(&html);
        let NodeData::Element { attrs, .. } = &nodes[0].data else { panic!("not an element") };
        let attrs = attrs.borrow();
        let get = |name: &str| attrs.iter().find(|a| &*a.name.local == name).map(|a| a.value.to_string());
        // A class part always writes the attribute, `class=""` when empty (as Leptos does).
        prop_assert_eq!(get("class"), Some(class.clone()));
        prop_assert_eq!(get("style"), Some(format!("color:{style_value};")));
    }

    #[test]
    fn rcdata_round_trips(text in html_text()) {
        for html in [title().child(text.as_str()).to_html(), textarea().child(text.as_str()).to_html()] {
            let nodes = parse_body_fragment(&format!("{html}<i></i>"));
            prop_assert_eq!(nodes.len(), 2, "{}", html);
            prop_assert_eq!(element_count(&nodes[0]), 0);
            prop_assert_eq!(text_content(&nodes[0]), text.clone());
            prop_assert_eq!(tag_name(&nodes[1]), Some("i".to_owned()));
        }
    }

    #[test]
    fn pre_text_keeps_a_leading_newline(text in html_text()) {
        let nodes = parse_body_fragment(&pre().child(text.as_str()).to_html());
        prop_assert_eq!(text_content(&nodes[0]), text);
    }

    #[test]
    fn raw_text_never_closes_its_element(text in html_text()) {
        for (tag, html) in [
            ("script", script().child(text.as_str()).to_html()),
            ("style", style().child(text.as_str()).to_html()),
        ] {
            let nodes = parse_body_fragment(&format!("{html}<i>after</i>"));
            // Exactly the raw-text element and the sentinel: nothing escaped the element.
            prop_assert_eq!(nodes.len(), 2, "{}", html);
            prop_assert_eq!(tag_name(&nodes[0]), Some(tag.to_owned()));
            prop_assert_eq!(element_count(&nodes[0]), 0);
            prop_assert_eq!(tag_name(&nodes[1]), Some("i".to_owned()));
            prop_assert_eq!(text_content(&nodes[1]), "after");
            // The content is the input with only the documented backslashes added.
            let mut expected = String::new();
            escape_raw_text_into(&mut expected, &text);
            prop_assert_eq!(text_content(&nodes[0]), expected);
        }
    }

    #[test]
    fn escape_borrows_exactly_when_nothing_needs_escaping(text in html_text()) {
        for context in [Context::Text, Context::Attribute] {
            let escaped = escape(&text, context);
            let needs = text.contains(['&', '<', '>']) || (context == Context::Attribute && text.contains('"'));
            prop_assert_eq!(matches!(escaped, std::borrow::Cow::Owned(_)), needs);
            prop_assert_eq!(escaped.len(), view_core::escape::escaped_len(&text, context));
        }
    }
}

#[test]
fn non_ascii_passes_through_unchanged() {
    let text = "héllo wörld — 日本語 🦀";
    assert_eq!(escape(text, Context::Text), text);
    assert_eq!(escape(text, Context::Attribute), text);
    assert_eq!(i().child(text).to_html(), format!("<i>{text}</i>"));
}

mod common;
