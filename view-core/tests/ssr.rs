//! Server-side rendering: exact HTML for every child kind, attribute kind and escaping context,
//! and `html_len` equal to the written length wherever the content is known.

mod common;

use std::borrow::Cow;
use std::rc::Rc;
use std::sync::Arc;

use view_core::html::{br, div, img, input, p, script, span, style, textarea, title};
use view_core::prelude::*;
use view_core::{EitherOf3, EitherOf8, custom, doctype, mathml, svg};

/// Renders `view`, checking that `html_len` predicted the exact length.
use common::render;

#[test]
fn string_children_of_every_type_are_escaped_as_text() {
    let owned = String::from("a<b");
    assert_eq!(render(p().child("x & y")), "<p>x &amp; y</p>");
    assert_eq!(render(p().child(owned.clone())), "<p>a&lt;b</p>");
    assert_eq!(render(p().child(&owned)), "<p>a&lt;b</p>");
    assert_eq!(render(p().child(Cow::Borrowed("c>d"))), "<p>c&gt;d</p>");
    assert_eq!(
        render(p().child(Cow::<str>::Owned("\"q\"".into()))),
        "<p>\"q\"</p>"
    );
    assert_eq!(render(p().child(Arc::<str>::from("arc"))), "<p>arc</p>");
    assert_eq!(render(p().child(Rc::<str>::from("rc"))), "<p>rc</p>");
    assert_eq!(render(p().child(Box::<str>::from("box"))), "<p>box</p>");
}

#[test]
fn chars_are_escaped_as_text() {
    assert_eq!(render(p().child('<')), "<p>&lt;</p>");
    assert_eq!(render(p().child('&')), "<p>&amp;</p>");
    assert_eq!(render(p().child('é')), "<p>é</p>");
    assert_eq!(render(p().child('🦀')), "<p>🦀</p>");
}

#[test]
fn integers_of_every_width_render_in_decimal() {
    assert_eq!(render(p().child(-128i8)), "<p>-128</p>");
    assert_eq!(render(p().child(-32768i16)), "<p>-32768</p>");
    assert_eq!(render(p().child(i32::MIN)), "<p>-2147483648</p>");
    assert_eq!(render(p().child(i64::MAX)), "<p>9223372036854775807</p>");
    assert_eq!(
        render(p().child(i128::MIN)),
        "<p>-170141183460469231731687303715884105728</p>"
    );
    assert_eq!(render(p().child(-5isize)), "<p>-5</p>");
    assert_eq!(render(p().child(255u8)), "<p>255</p>");
    assert_eq!(render(p().child(65535u16)), "<p>65535</p>");
    assert_eq!(render(p().child(0u32)), "<p>0</p>");
    assert_eq!(render(p().child(u64::MAX)), "<p>18446744073709551615</p>");
    assert_eq!(
        render(p().child(u128::MAX)),
        "<p>340282366920938463463374607431768211455</p>"
    );
    assert_eq!(render(p().child(7usize)), "<p>7</p>");
}

#[test]
fn floats_render_in_their_display_form() {
    assert_eq!(render(p().child(1.5f32)), "<p>1.5</p>");
    assert_eq!(render(p().child(-0.25f64)), "<p>-0.25</p>");
    assert_eq!(render(p().child(3.0f64)), "<p>3</p>");
    assert_eq!(render(p().child(f64::NAN)), "<p>NaN</p>");
    assert_eq!(render(p().child(f64::INFINITY)), "<p>inf</p>");
}

#[test]
fn adjacent_text_children_are_kept_apart_by_a_marker() {
    assert_eq!(render(p().child("Count: ").child(3)), "<p>Count: <!>3</p>");
    assert_eq!(
        render(p().child(("a", span().child("b"), "c"))),
        "<p>a<span>b</span>c</p>"
    );
    assert_eq!(
        render(p().child((span(), span()))),
        "<p><span></span><span></span></p>"
    );
}

#[test]
fn tuples_render_in_order_up_to_26_wide() {
    let wide = (
        span().child(1),
        span().child(2),
        span().child(3),
        span().child(4),
        span().child(5),
        span().child(6),
        span().child(7),
        span().child(8),
        span().child(9),
        span().child(10),
        span().child(11),
        span().child(12),
        span().child(13),
        span().child(14),
        span().child(15),
        span().child(16),
        span().child(17),
        span().child(18),
        span().child(19),
        span().child(20),
        span().child(21),
        span().child(22),
        span().child(23),
        span().child(24),
        span().child(25),
        span().child(26),
    );
    let expected: String = (1..=26).map(|n| format!("<span>{n}</span>")).collect();
    assert_eq!(render(div().child(wide)), format!("<div>{expected}</div>"));
}

#[test]
fn more_than_26_children_nest_and_still_render_in_order() {
    let mut expected = String::new();
    let view = div();
    macro_rules! add {
        ($view:ident; $($n:literal)*) => {{
            let v = $view;
            $(
                let v = v.child($n).child(span());
                expected.push_str(&format!("{}<span></span>", $n));
            )*
            v
        }};
    }
    let view = add!(view; 0 1 2 3 4 5 6 7 8 9 10 11 12 13 14);
    assert_eq!(render(view), format!("<div>{expected}</div>"));
}

#[test]
fn options_render_their_value_or_nothing() {
    assert_eq!(render(p().child(Some("yes"))), "<p>yes<!></p>");
    assert_eq!(render(p().child(None::<&str>)), "<p><!></p>");
    assert_eq!(
        render(p().child(Some(span().child(1)))),
        "<p><span>1</span><!></p>"
    );
}

#[test]
fn vecs_and_arrays_render_each_item() {
    let items: Vec<_> = (1..=3).map(|n| span().child(n)).collect();
    assert_eq!(
        render(div().child(items)),
        "<div><span>1</span><span>2</span><span>3</span><!></div>"
    );
    assert_eq!(render(div().child(Vec::<&str>::new())), "<div><!></div>");
    assert_eq!(render(div().child(["a", "b"])), "<div>a<!>b</div>");
    assert_eq!(
        render(div().child([span(), span()])),
        "<div><span></span><span></span></div>"
    );
}

#[test]
fn either_family_renders_the_active_variant() {
    let left: Either<&str, i32> = Either::Left("left");
    let right: Either<&str, i32> = Either::Right(2);
    assert_eq!(render(p().child(left)), "<p>left<!></p>");
    assert_eq!(render(p().child(right)), "<p>2<!></p>");
    let three: EitherOf3<&str, i32, char> = EitherOf3::C('c');
    assert_eq!(render(p().child(three)), "<p>c<!></p>");
    let eight: EitherOf8<u8, u8, u8, u8, u8, u8, u8, &str> = EitherOf8::H("h<");
    assert_eq!(render(p().child(eight)), "<p>h&lt;<!></p>");
}

#[test]
fn any_view_renders_the_erased_view() {
    let erased: AnyView = span().child("in").into_any();
    assert_eq!(erased.html_len(), "<span>in</span><!>".len());
    assert_eq!(
        div().child(erased).to_html(),
        "<div><span>in</span><!></div>"
    );
    let branches: Vec<AnyView> = vec![p().into_any(), "text".into_any(), 5.into_any()];
    assert_eq!(
        div().child(branches).to_html(),
        "<div><p></p><!>text<!>5<!><!></div>"
    );
}

#[test]
fn closures_render_their_current_value() {
    let count = std::cell::Cell::new(1);
    assert_eq!(p().child(|| 41 + 1).to_html(), "<p>42</p>");
    let read = || {
        count.set(count.get() + 1);
        count.get()
    };
    assert_eq!(p().child(read).to_html(), "<p>2</p>");
    assert_eq!(
        p().child(|| span().child("x")).to_html(),
        "<p><span>x</span></p>"
    );
}

#[test]
fn doctype_and_unit_render() {
    assert_eq!(render(doctype("html")), "<!DOCTYPE html>");
    assert_eq!(render(()), "");
    assert_eq!(
        render((doctype("html"), view_core::html::html())),
        "<!DOCTYPE html><html></html>"
    );
}

#[test]
fn void_elements_have_no_end_tag() {
    assert_eq!(render(br()), "<br>");
    assert_eq!(
        render(img().src("a.png").alt("A & B")),
        r#"<img src="a.png" alt="A &amp; B">"#
    );
    assert_eq!(
        render(input().r#type("text").value("x\"y")),
        r#"<input type="text" value="x&quot;y">"#
    );
}

#[test]
fn attribute_values_of_every_kind() {
    let owned = String::from("s");
    assert_eq!(
        render(div().attr("data-a", "v")),
        r#"<div data-a="v"></div>"#
    );
    assert_eq!(
        render(div().attr("data-a", owned.clone())),
        r#"<div data-a="s"></div>"#
    );
    assert_eq!(
        render(div().attr("data-a", &owned)),
        r#"<div data-a="s"></div>"#
    );
    assert_eq!(
        render(div().attr("data-a", Cow::Borrowed("c"))),
        r#"<div data-a="c"></div>"#
    );
    assert_eq!(
        render(div().attr("data-a", Arc::<str>::from("arc"))),
        r#"<div data-a="arc"></div>"#
    );
    assert_eq!(
        render(div().attr("data-a", Rc::<str>::from("rc"))),
        r#"<div data-a="rc"></div>"#
    );
    assert_eq!(
        render(div().attr("data-a", Box::<str>::from("b"))),
        r#"<div data-a="b"></div>"#
    );
    assert_eq!(
        render(div().attr("data-a", 'c')),
        r#"<div data-a="c"></div>"#
    );
    assert_eq!(
        render(div().attr("data-n", -12i64)),
        r#"<div data-n="-12"></div>"#
    );
    assert_eq!(
        render(div().attr("data-n", 300u16)),
        r#"<div data-n="300"></div>"#
    );
    assert_eq!(
        render(div().attr("data-f", 0.5f64)),
        r#"<div data-f="0.5"></div>"#
    );
    assert_eq!(render(div().attr("hidden", true)), "<div hidden></div>");
    assert_eq!(render(div().attr("hidden", false)), "<div></div>");
    assert_eq!(
        render(div().attr("title", Some("t"))),
        r#"<div title="t"></div>"#
    );
    assert_eq!(render(div().attr("title", None::<&str>)), "<div></div>");
    assert_eq!(
        render(div().attr("hidden", Some(true))),
        "<div hidden></div>"
    );
    assert_eq!(
        div().attr("data-c", || 7).to_html(),
        r#"<div data-c="7"></div>"#
    );
    assert_eq!(div().attr("hidden", || false).to_html(), "<div></div>");
    assert_eq!(render(div().id("main")), r#"<div id="main"></div>"#);
}

#[test]
fn attribute_values_escape_quotes_and_markup() {
    assert_eq!(
        render(div().attr("title", r#"a "b" <c> & 'd'"#)),
        r#"<div title="a &quot;b&quot; &lt;c&gt; &amp; 'd'"></div>"#
    );
}

#[test]
fn invalid_attribute_names_are_rejected_never_written() {
    for name in [
        "",
        "a b",
        "a\"b",
        "a'b",
        "a>b",
        "a/b",
        "a=b",
        "a\tb",
        "a\u{0}b",
        "x\u{FFFF}",
        "a<b",
    ] {
        let error = div().try_attr(name, "v").map(|_| ()).unwrap_err();
        assert_eq!(error.name, name);
        assert!(
            error.to_string().starts_with("invalid attribute name"),
            "{error}"
        );
    }
    assert!(div().try_attr("data-ok", "v").is_ok());
    assert!(div().try_attr("aria-x", 1).is_ok());
}

#[test]
#[should_panic(expected = "invalid attribute name \"on click\"")]
fn attr_panics_with_the_documented_message_on_a_bad_name() {
    let _ = div().attr("on click", "x");
}

#[test]
fn class_parts_merge_into_one_attribute() {
    assert_eq!(render(div().class("a b")), r#"<div class="a b"></div>"#);
    assert_eq!(
        render(
            div()
                .class("a")
                .class(("on", true))
                .class(("off", false))
                .class(String::from("c"))
        ),
        r#"<div class="a on c"></div>"#
    );
    assert_eq!(
        render(div().class(("off", false))),
        r#"<div class=""></div>"#
    );
    assert_eq!(
        render(div().class(Some("x")).class(None::<&str>)),
        r#"<div class="x"></div>"#
    );
    assert_eq!(render(div().class("")), r#"<div class=""></div>"#);
    assert_eq!(
        div().class(("on", || true)).to_html(),
        r#"<div class="on"></div>"#
    );
    assert_eq!(
        render(
            div()
                .id("i")
                .class("k")
                .attr("data-x", 1)
                .class(("t", true))
        ),
        r#"<div class="k t" id="i" data-x="1"></div>"#
    );
    assert_eq!(
        render(div().class("a\"<")),
        r#"<div class="a&quot;&lt;"></div>"#
    );
}

#[test]
fn style_parts_merge_into_one_attribute() {
    assert_eq!(
        render(div().style("color: red")),
        r#"<div style="color: red;"></div>"#
    );
    assert_eq!(
        render(
            div()
                .style("color: red")
                .style(("width", "10px"))
                .style(("height", 5))
        ),
        r#"<div style="color: red;width:10px;height:5;"></div>"#
    );
    assert_eq!(render(div().style(("width", None::<&str>))), "<div></div>");
    assert_eq!(
        render(div().class("c").style(("top", "0")).id("i")),
        r#"<div class="c" style="top:0;" id="i"></div>"#
    );
    assert_eq!(
        render(div().style(("x", "\"><b>"))),
        r#"<div style="x:&quot;&gt;&lt;b&gt;;"></div>"#
    );
}

#[test]
fn inner_html_is_written_unescaped() {
    assert_eq!(
        render(div().inner_html("<b>&amp;</b>")),
        "<div><b>&amp;</b></div>"
    );
    assert_eq!(
        render(div().inner_html(String::from("<i>x</i>"))),
        "<div><i>x</i></div>"
    );
}

#[test]
fn rcdata_elements_escape_their_text() {
    assert_eq!(
        render(title().child("a </title> & b")),
        "<title>a &lt;/title&gt; &amp; b</title>"
    );
    assert_eq!(
        render(textarea().child("</textarea><script>")),
        "<textarea>\n&lt;/textarea&gt;&lt;script&gt;</textarea>"
    );
}

#[test]
fn raw_text_elements_cannot_be_closed_by_their_content() {
    assert_eq!(
        render(script().child("if (a && b < c) {}")),
        "<script>if (a && b < c) {}</script>"
    );
    assert_eq!(
        render(script().child("x = '</script><b>'")),
        r"<script>x = '<\/script><b>'</script>"
    );
    assert_eq!(
        render(script().child("'</SCRIPT '")),
        r"<script>'<\/SCRIPT '</script>"
    );
    assert_eq!(
        render(script().child("<!-- a")),
        r"<script><\!-- a</script>"
    );
    assert_eq!(
        render(style().child("a > b { }</style>")),
        r"<style>a > b { }<\/style></style>"
    );
    assert_eq!(render(style().child("</StYlE")), r"<style><\/StYlE</style>");
    assert_eq!(
        render(script().child(String::from("</scrip"))),
        "<script></scrip</script>"
    );
}

#[test]
fn custom_elements_render_and_validate_their_names() {
    assert_eq!(
        render(custom("my-el").attr("data-x", 1).child("hi")),
        r#"<my-el data-x="1">hi</my-el>"#
    );
    for bad in [
        "MyEl",
        "myel",
        "1-a",
        "my el",
        "my-El",
        "font-face",
        "-a",
        "",
    ] {
        assert!(
            view_core::try_custom(bad).is_err(),
            "{bad:?} must be rejected"
        );
    }
    assert!(view_core::try_custom("x-é").is_ok());
}

#[test]
#[should_panic(expected = "invalid custom element name \"nodash\": it must contain a `-`")]
fn custom_panics_with_the_documented_message() {
    let _ = custom("nodash");
}

#[test]
fn svg_and_mathml_elements_render_with_their_tags() {
    use view_core::ElementType;
    use view_core::Namespace;
    assert_eq!(
        render(svg::svg().child(svg::circle())),
        "<svg><circle></circle></svg>"
    );
    assert_eq!(
        render(mathml::math().child(mathml::mi().child("x"))),
        "<math><mi>x</mi></math>"
    );
    assert_eq!(<svg::Circle as ElementType>::NAMESPACE, Namespace::Svg);
    assert_eq!(<mathml::Mi as ElementType>::NAMESPACE, Namespace::MathMl);
    assert_eq!(
        <view_core::html::Div as ElementType>::NAMESPACE,
        Namespace::Html
    );
}

#[test]
fn to_html_with_buf_appends() {
    let mut buf = String::from("<!-- head -->");
    p().child("x").to_html_with_buf(&mut buf);
    span().to_html_with_buf(&mut buf);
    assert_eq!(buf, "<!-- head --><p>x</p><span></span>");
}

#[test]
fn iterators_of_views_render_without_collecting() {
    let rows = [[1, 2], [3, 4]];
    let table =
        view_core::html::table().child(view_core::html::tbody().child(rows.iter().map(|row| {
            view_core::html::tr().child(row.iter().map(|cell| view_core::html::td().child(*cell)))
        })));
    // Not `render`: a mapped iterator's `html_len` is a lower bound (its closure runs only
    // when writing), here the tags around it.
    assert_eq!(table.html_len(), "<table><tbody></tbody></table>".len());
    assert_eq!(
        table.to_html(),
        "<table><tbody><tr><td>1</td><td>2</td><!></tr><tr><td>3</td><td>4</td><!></tr><!></tbody></table>"
    );
    let words = ["a", "b", "c"];
    assert_eq!(
        p().child(words.iter().map(|w| w.to_uppercase())).to_html(),
        "<p>A<!>B<!>C<!></p>"
    );
    assert_eq!(
        p().child([0u8; 0].iter().map(|n| n + 1)).to_html(),
        "<p><!></p>"
    );
}

mod integers {
    use proptest::prelude::*;
    use view_core::prelude::*;

    #[test]
    fn integers_at_every_digit_count_boundary_render_like_display() {
        for n in [
            0u64,
            9,
            10,
            99,
            100,
            999,
            1_000,
            9_999,
            10_000,
            99_999,
            12_345_678,
            99_999_999,
            100_000_000,
            u64::MAX,
        ] {
            assert_eq!(n.to_html(), n.to_string());
            assert_eq!(n.html_len(), n.to_string().len());
        }
        for n in [i64::MIN, -10_000, -9_999, -100, -10, -1, 0, 1, i64::MAX] {
            assert_eq!(n.to_html(), n.to_string());
        }
        assert_eq!(i8::MIN.to_html(), "-128");
        assert_eq!(u128::MAX.to_html(), u128::MAX.to_string());
        assert_eq!(i128::MIN.to_html(), i128::MIN.to_string());
    }

    proptest! {
        #[test]
        fn any_integer_renders_like_display(a: u64, b: i64, c: u16, d: i32) {
            prop_assert_eq!(a.to_html(), a.to_string());
            prop_assert_eq!(b.to_html(), b.to_string());
            prop_assert_eq!(c.to_html(), c.to_string());
            prop_assert_eq!(d.to_html(), d.to_string());
        }
    }
}

#[test]
fn static_subtrees_of_the_same_shape_share_one_type() {
    fn same_type<T>(_: &T, _: &T) {}
    // Both are `Static`s (made by `view!`: the constructor is not public).
    let a = view! { <p>"a"</p> };
    let b = view! { <p>"b & c"</p> };
    same_type(&a, &b);
    assert_eq!((a.html(), b.html()), ("<p>a</p>", "<p>b &amp; c</p>"));
    assert_eq!(render((a, b)), "<p>a</p><p>b &amp; c</p>");
}

#[test]
fn collect_view_keeps_items_in_order_with_markers_between_text_items() {
    let words = vec!["a".to_owned(), "<b>".to_owned()];
    assert_eq!(
        render(words.clone().into_iter().collect_view()),
        "a<!>&lt;b&gt;<!>"
    );
    let items = words
        .into_iter()
        .map(|word| span().child(word))
        .collect_view();
    assert_eq!(items.len(), 2);
    assert_eq!(render(items), "<span>a</span><span>&lt;b&gt;</span><!>");
}
