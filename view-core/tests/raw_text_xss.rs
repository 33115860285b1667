//! Issue 11, item 1: raw text (`script`, `style`) built from several pieces.
//!
//! Each piece used to be escaped alone, so a closing tag split across pieces (two children, a
//! literal and a hole of `view!`, …) reached the output whole: `<script>{a}{b}</script>` with
//! `a = "x<"` and `b = "/script><img …>"` closed the script and injected an element. The guard
//! now holds for the element's whole content, whatever its pieces. RCDATA (`textarea`,
//! `title`) escapes every `<` of every piece, so splitting cannot close it: tested here too.
//!
//! The property tests parse the output with html5ever and check that nothing escapes the
//! element and that its text is the concatenated input with the documented backslashes.

use common::html::{element_count, parse_body_fragment, tag_name, text_content};
use markup5ever_rcdom::Handle;
use proptest::prelude::*;
use view_core::escape::escape_raw_text_into;
use view_core::html::{div, script, style, textarea, title};
use view_core::prelude::*;

const PAYLOAD: &str = "/script><img src=x onerror=alert(1)>";

/// `text` with the raw-text rule applied to it as one piece: what the element must contain.
fn raw(text: &str) -> String {
    let mut out = String::new();
    escape_raw_text_into(&mut out, text);
    out
}

/// Renders `view`; `html_len` may fall short only by the backslashes of hazards split across
/// pieces (one byte each), never exceed the output.
fn render<V: RenderHtml>(view: V) -> String {
    let predicted = view.html_len();
    let html = view.to_html();
    assert!(
        predicted <= html.len(),
        "html_len {predicted} > {}",
        html.len()
    );
    html
}

// Regression tests, one per way of splitting that got through.

#[test]
fn script_close_tag_split_across_builder_children_cannot_close_the_script() {
    let html = render(script().child("x<").child(PAYLOAD));
    assert_eq!(
        html,
        r"<script>x<\/script><img src=x onerror=alert(1)></script>"
    );
    let html = render(script().child("<").child("/").child("scr").child("ipt>"));
    assert_eq!(html, r"<script><\/script></script>");
}

#[test]
fn mixed_case_script_close_tag_split_across_children_cannot_close_the_script() {
    let html = render(script().child(String::from("a </Sc")).child("RiPt ><b>"));
    assert_eq!(html, r"<script>a <\/ScRiPt ><b></script>");
}

#[test]
fn style_close_tag_split_across_builder_children_cannot_close_the_style() {
    let html = render(
        style()
            .child("a{}<")
            .child("/StYlE><img src=x onerror=alert(1)>"),
    );
    assert_eq!(
        html,
        r"<style>a{}<\/StYlE><img src=x onerror=alert(1)></style>"
    );
}

#[test]
fn comment_opener_split_across_children_is_escaped() {
    let html = render(script().child("<!").child("--<script>"));
    assert_eq!(html, r"<script><\!--<script></script>");
    let html = render(style().child("<").child("!-").child("-"));
    assert_eq!(html, r"<style><\!--</style>");
}

#[test]
fn a_piece_ending_in_a_lone_lt_before_the_end_tag_stays_inside() {
    // The element's own end tag is not content: nothing is added before it.
    assert_eq!(render(script().child("a <")), "<script>a <</script>");
}

#[test]
fn split_hazards_in_builder_children_give_the_same_html_as_one_piece() {
    let pieces = ["x<", "/scr", "ipt>", "<!", "-- </", "style", "> y"];
    let mut builder = String::new();
    // Same content, as one child and as seven.
    let one = script().child(pieces.concat()).to_html();
    let seven = script()
        .child(pieces[0])
        .child(pieces[1])
        .child(pieces[2])
        .child(pieces[3])
        .child(pieces[4])
        .child(pieces[5])
        .child(pieces[6]);
    seven.write_html(&mut builder);
    assert_eq!(builder, one);
    assert_eq!(one, format!("<script>{}</script>", raw(&pieces.concat())));
}

#[test]
fn view_macro_script_close_tag_split_between_two_holes_cannot_close_the_script() {
    let (a, b) = ("x<", PAYLOAD);
    assert_eq!(
        render(view! { <script>{a}{b}</script> }),
        r"<script>x<\/script><img src=x onerror=alert(1)></script>"
    );
}

#[test]
fn view_macro_script_close_tag_split_between_a_literal_and_a_hole_cannot_close_the_script() {
    let tail = "script><img src=x onerror=alert(1)>";
    assert_eq!(
        render(view! { <script>"x</"{tail}</script> }),
        r"<script>x<\/script><img src=x onerror=alert(1)></script>"
    );
    let head = "x<";
    assert_eq!(
        render(view! { <script>{head}"/script><b>"</script> }),
        r"<script>x<\/script><b></script>"
    );
    let (a, b) = ("<", "script>");
    assert_eq!(
        render(view! { <script type="module">{a}"/"{b}</script> }),
        r#"<script type="module"><\/script></script>"#
    );
}

#[test]
fn view_macro_style_and_comment_split_around_a_literal_cannot_escape() {
    let (a, b) = ("<", "tyle><img src=x onerror=alert(1)>");
    assert_eq!(
        render(view! { <style>{a}"/S"{b}</style> }),
        r"<style><\/Style><img src=x onerror=alert(1)></style>"
    );
    let (a, b) = ("<!", "<script>");
    assert_eq!(
        render(view! { <script>{a}"--"{b}</script> }),
        r"<script><\!--<script></script>"
    );
}

#[test]
fn view_macro_script_nested_in_a_template_cannot_be_closed_by_split_pieces() {
    let (name, a, b) = ("n", "x<", PAYLOAD);
    let html =
        render(view! { <div class="c"><p>{name}</p><script>{a}{b}</script><i>"after"</i></div> });
    assert_eq!(
        html,
        r#"<div class="c"><p>n</p><script>x<\/script><img src=x onerror=alert(1)></script><i>after</i></div>"#
    );
}

#[test]
fn rcdata_close_tag_split_across_pieces_cannot_close_textarea_or_title() {
    let (a, b) = ("x<", "/textarea><img src=x onerror=alert(1)>");
    let expected = "<textarea>\nx&lt;/textarea&gt;&lt;img src=x onerror=alert(1)&gt;</textarea>";
    assert_eq!(render(textarea().child(a).child(b)), expected);
    assert_eq!(render(view! { <textarea>{a}{b}</textarea> }), expected);
    let (a, b) = ("<", "title><img src=x onerror=alert(1)>");
    let expected = "<title>&lt;/title&gt;&lt;img src=x onerror=alert(1)&gt;</title>";
    assert_eq!(render(title().child(a).child("/").child(b)), expected);
    assert_eq!(render(view! { <title>{a}"/"{b}</title> }), expected);
}

#[test]
fn html_len_is_exact_when_no_hazard_is_split() {
    let view = script().child("a </script> b").child("<!-- c");
    let predicted = view.html_len();
    assert_eq!(predicted, view.to_html().len());
    // A split hazard adds one byte the pieces could not see.
    let view = script().child("x<").child("/script>");
    let predicted = view.html_len();
    assert_eq!(predicted + 1, view.to_html().len());
}

// Property tests.

/// Checks that `html` (followed by a sentinel element) parses as exactly one `tag` element
/// whose text is `content` with the raw-text rule applied, then the sentinel.
fn assert_contained(tag: &str, html: &str, content: &str) -> Result<(), TestCaseError> {
    let parsed = parse_body_fragment(&format!("{html}<i>after</i>"));
    let nodes = &parsed.nodes;
    prop_assert_eq!(nodes.len(), 2, "{}", html);
    prop_assert_eq!(tag_name(&nodes[0]), Some(tag.to_owned()), "{}", html);
    prop_assert_eq!(element_count(&nodes[0]), 0, "{}", html);
    prop_assert_eq!(text_content(&nodes[0]), raw(content), "{}", html);
    prop_assert_eq!(tag_name(&nodes[1]), Some("i".to_owned()), "{}", html);
    prop_assert_eq!(text_content(&nodes[1]), "after");
    Ok(())
}

/// Strings made of dangerous sequences and the fragments they split into.
fn dangerous() -> impl Strategy<Value = String> {
    let part = prop::sample::select(vec![
        "</script><img src=x onerror=alert(1)>",
        "</style>",
        "<!--<script>",
        "</ScRiPt",
        "</sTyLe >",
        "</SCRIPT\t",
        "<",
        "/",
        "!",
        "-",
        "--",
        "script",
        "style",
        ">",
        "x",
        "é",
        " ",
    ]);
    prop::collection::vec(part, 1..8).prop_map(|parts| parts.concat())
}

/// `text` cut into `pieces` (1 to 4) parts at char boundaries chosen by `cuts`.
fn split(text: &str, cuts: &[usize], pieces: usize) -> Vec<String> {
    let boundaries: Vec<usize> = (0..=text.len())
        .filter(|&i| text.is_char_boundary(i))
        .collect();
    let mut at: Vec<usize> = cuts
        .iter()
        .take(pieces - 1)
        .map(|cut| boundaries[cut % boundaries.len()])
        .collect();
    at.sort_unstable();
    let mut out = Vec::new();
    let mut start = 0;
    for end in at {
        out.push(text[start..end].to_owned());
        start = end;
    }
    out.push(text[start..].to_owned());
    out
}

proptest! {
    #![proptest_config(ProptestConfig {
        cases: 512,
        failure_persistence: None,
        ..ProptestConfig::default()
    })]

    #[test]
    fn builder_raw_text_split_into_pieces_never_escapes_its_element(
        text in dangerous(),
        cuts in prop::collection::vec(any::<usize>(), 3),
        pieces in 1usize..=4,
    ) {
        let p = split(&text, &cuts, pieces);
        let get = |i: usize| p.get(i).cloned().unwrap_or_default();
        let (a, b, c, d) = (get(0), get(1), get(2), get(3));
        let html = script().child(a.clone()).child(b.clone()).child(c.clone()).child(d.clone()).to_html();
        assert_contained("script", &html, &text)?;
        let html = style().child(a).child(b).child(c).child(d).to_html();
        assert_contained("style", &html, &text)?;
    }

    #[test]
    fn view_macro_raw_text_split_around_literals_never_escapes_its_element(
        text in dangerous(),
        cuts in prop::collection::vec(any::<usize>(), 3),
        pieces in 1usize..=4,
    ) {
        let p = split(&text, &cuts, pieces);
        let get = |i: usize| p.get(i).cloned().unwrap_or_default();
        let (a, b, c, d) = (get(0), get(1), get(2), get(3));
        // Holes only.
        let html = view! { <script>{a.clone()}{b.clone()}{c.clone()}{d.clone()}</script> }.to_html();
        assert_contained("script", &html, &text)?;
        let html = view! { <style>{a.clone()}{b.clone()}{c.clone()}{d.clone()}</style> }.to_html();
        assert_contained("style", &html, &text)?;
        // A static piece between holes, which the template used to escape alone.
        for (literal, html) in [
            ("<", view! { <script>{a.clone()}"<"{b.clone()}</script> }.to_html()),
            ("/", view! { <script>{a.clone()}"/"{b.clone()}</script> }.to_html()),
            ("</", view! { <script>{a.clone()}"</"{b.clone()}</script> }.to_html()),
            ("!-", view! { <script>{a.clone()}"!-"{b.clone()}</script> }.to_html()),
            ("script", view! { <script>{a.clone()}"script"{b.clone()}</script> }.to_html()),
        ] {
            assert_contained("script", &html, &format!("{a}{literal}{b}"))?;
        }
        for (literal, html) in [
            ("<", view! { <style>{a.clone()}"<"{b.clone()}</style> }.to_html()),
            ("/St", view! { <style>{a.clone()}"/St"{b.clone()}</style> }.to_html()),
        ] {
            assert_contained("style", &html, &format!("{a}{literal}{b}"))?;
        }
        // Inside a template with other holes.
        let html = view! { <div class="x">{c.clone()}<script>{a.clone()}"<"{b.clone()}</script></div> }.to_html();
        let parsed = parse_body_fragment(&html);
        prop_assert_eq!(parsed.nodes.len(), 1, "{}", html);
        let children: Vec<Handle> = parsed.nodes[0].children.borrow().clone();
        let scripts: Vec<&Handle> = children.iter().filter(|n| tag_name(n).is_some()).collect();
        prop_assert_eq!(scripts.len(), 1, "{}", html);
        prop_assert_eq!(tag_name(scripts[0]), Some("script".to_owned()));
        prop_assert_eq!(text_content(scripts[0]), raw(&format!("{a}<{b}")));
    }

    #[test]
    fn rcdata_split_into_pieces_never_escapes_its_element(
        text in dangerous().prop_map(|t| t.replace("script", "textarea").replace("style", "title")),
        cuts in prop::collection::vec(any::<usize>(), 3),
        pieces in 1usize..=4,
    ) {
        let p = split(&text, &cuts, pieces);
        let get = |i: usize| p.get(i).cloned().unwrap_or_default();
        let (a, b, c, d) = (get(0), get(1), get(2), get(3));
        for (tag, html) in [
            ("textarea", textarea().child(a.clone()).child(b.clone()).child(c.clone()).child(d.clone()).to_html()),
            ("title", title().child(a.clone()).child(b.clone()).child(c.clone()).child(d.clone()).to_html()),
            ("title", view! { <title>{a.clone()}"</"{b.clone()}</title> }.to_html()),
        ] {
            let parsed = parse_body_fragment(&format!("{html}<i>after</i>"));
            prop_assert_eq!(parsed.nodes.len(), 2, "{}", html);
            prop_assert_eq!(tag_name(&parsed.nodes[0]), Some(tag.to_owned()));
            prop_assert_eq!(element_count(&parsed.nodes[0]), 0);
            prop_assert_eq!(tag_name(&parsed.nodes[1]), Some("i".to_owned()));
        }
    }
}

#[test]
fn builder_and_view_macro_agree_on_split_raw_text() {
    let (a, b) = ("x<", PAYLOAD);
    assert_eq!(
        view! { <script>{a}{b}</script> }.to_html(),
        script().child(a).child(b).to_html()
    );
    assert_eq!(
        view! { <div>{a}<script>{a}{b}</script></div> }.to_html(),
        div().child((a, script().child(a).child(b))).to_html()
    );
}

#[test]
fn view_macro_does_not_template_raw_text_with_a_hole() {
    let code = "x";
    // Builder code, whose element guards the whole content; a template would write its static
    // pieces and holes one by one.
    let view = view! { <script type="module">"let a = " {code}</script> };
    assert!(!std::any::type_name_of_val(&view).contains("Template"));
    // Literal-only raw text is escaped whole at compile time, and RCDATA stays a template.
    let view = view! { <textarea>{code}"</"{code}</textarea> };
    assert!(std::any::type_name_of_val(&view).contains("Template"));
}

mod common;
