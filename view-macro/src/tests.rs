//! Pipeline tests: expansion snapshots, robustness against garbled input, and the expansion
//! benchmark (`cargo test -p view-macro --release -- --nocapture expansion_time`).

use proc_macro2::TokenStream;

use crate::expand;

fn run(source: &str) -> TokenStream {
    let tokens: TokenStream = source.parse().expect("test input tokenizes");
    expand(tokens)
}

/// The expansion, pretty-printed as the body of a function.
fn pretty(source: &str) -> String {
    let expansion = run(source);
    let file: syn::File = syn::parse2(quote::quote!(fn expansion() { let _ = #expansion; }))
        .expect("the expansion is a valid expression");
    prettyplease::unparse(&file)
}

fn error_count(tokens: &TokenStream) -> usize {
    tokens.to_string().matches("compile_error").count()
}

#[test]
fn mixed_static_and_dynamic_tree_with_a_listener_expands_to_one_template_and_its_skeleton() {
    let expansion = pretty(
        r#"[::view_core] <div class="counter" on:click=inc><h1>"Title & co"</h1><p>"Count: " {count}</p><br/></div>"#,
    );
    let expected = r#"fn expansion() {
    let _ = {
        {
            static SKELETON: ::view_core::template::Skeleton = ::view_core::template::Skeleton {
                location: ::core::concat!(
                    ::core::file!(), ":", ::core::line!(), ":", ::core::column!()
                ),
                html: "<div class=\"counter\"><h1>Title &amp; co</h1><p>Count: <!></p><br></div>",
                nodes: &[
                    ::view_core::template::SkeletonNode::Element {
                        tag: "div",
                        namespace: ::view_core::Namespace::Html,
                        attributes: &[("class", "counter")],
                        children: 3u16,
                    },
                    ::view_core::template::SkeletonNode::Element {
                        tag: "h1",
                        namespace: ::view_core::Namespace::Html,
                        attributes: &[],
                        children: 1u16,
                    },
                    ::view_core::template::SkeletonNode::Text("Title & co"),
                    ::view_core::template::SkeletonNode::Element {
                        tag: "p",
                        namespace: ::view_core::Namespace::Html,
                        attributes: &[],
                        children: 1u16,
                    },
                    ::view_core::template::SkeletonNode::Text("Count: "),
                    ::view_core::template::SkeletonNode::Element {
                        tag: "br",
                        namespace: ::view_core::Namespace::Html,
                        attributes: &[],
                        children: 0u16,
                    },
                ],
                marks: &[0u16, 3u16],
                sites: &[
                    ::view_core::template::Site::Element(0u16),
                    ::view_core::template::Site::Child {
                        parent: 1u16,
                        before: ::core::option::Option::None,
                    },
                ],
                roots: &[
                    ::view_core::template::RootTag {
                        class: ::view_core::template::RootSlot::Merge(::view_core::template::PiecePos {
                            piece: 0u16,
                            offset: 19u32,
                        }),
                        style: ::view_core::template::RootSlot::New(::view_core::template::PiecePos {
                            piece: 0u16,
                            offset: 20u32,
                        }),
                        end: ::view_core::template::PiecePos {
                            piece: 1u16,
                            offset: 0u32,
                        },
                    },
                ],
            };
            static HINT: ::view_core::template::SizeHint = ::view_core::template::SizeHint::new();
            static CALL_SITE: ::view_core::template::CallSite = ::view_core::template::CallSite {
                first: "<div class=\"counter\"",
                pieces: &["><h1>Title &amp; co</h1><p>Count: ", "</p><br></div>"],
                skeleton: &SKELETON,
                hint: ::core::option::Option::Some(&HINT),
            };
            ::view_core::__private::template(
                (
                    ::view_core::template::AttachHole(
                        ::view_core::__private::on(
                            ::view_core::ev::click,
                            false,
                            {
                                #[allow(unused_imports)]
                                use ::view_core::ev::{
                                    AnyHandler as _, NativeHandler as _, WebHandler as _,
                                };
                                let __view_core_handler = ::view_core::ev::HandlerWrap(
                                    ::view_core::ev::click,
                                    inc,
                                );
                                (&&&__view_core_handler)
                                    .__view_core_handler_kind()
                                    .into_handler(__view_core_handler)
                            },
                        ),
                    ),
                    ::view_core::template::ChildHole::<_, true, false>(count),
                ),
                &CALL_SITE,
            )
        }
    };
}
"#;
    assert_eq!(expansion, expected, "actual expansion:\n{expansion}");
}

#[test]
fn adjacent_static_siblings_merge_into_one_static_run() {
    let expansion = pretty(r#"[::view_core] <ul><li>"a"</li><li>"b"</li></ul> {x} "c" "d""#);
    assert!(
        expansion.contains(r#"("<ul><li>a</li><li>b</li></ul>", &SKELETON)"#),
        "expansion:\n{expansion}"
    );
    assert!(
        expansion.contains(r#"static_view::<true, true>("cd", &SKELETON)"#)
            && expansion.contains(r#"SkeletonNode::Text("cd")"#),
        "expansion:\n{expansion}"
    );
}

#[test]
fn bind_and_spread_elements_are_one_template_with_an_attributes_hole() {
    let expansion = pretty(
        r#"[::view_core] <form class="f"><input type="text" bind:value=name/><p {..extra}></p>{count}</form>"#,
    );
    let compact: String = expansion.split_whitespace().collect();
    // One template for the whole tree: its first piece opens the form and the input's start
    // tag, whose attributes are a hole built with the builder's methods.
    assert_eq!(
        compact.matches("__private::template(").count(),
        1,
        "{expansion}"
    );
    assert!(
        compact.contains(r#"first:"<formclass=\"f\"><input""#),
        "expansion:\n{expansion}"
    );
    assert!(
        compact.contains(
            r#"attributes_hole::<_,_,true,>(::view_core::html::input().r#type("text").bind_value(name))"#
        ),
        "expansion:\n{expansion}"
    );
    assert!(
        compact.contains("attributes_hole::<_,_,true,>(::view_core::html::p().with(extra))"),
        "expansion:\n{expansion}"
    );
    // No builder-form element left: every `html::…()` call is inside an attributes hole.
    assert_eq!(
        compact.matches("::view_core::html::").count(),
        2,
        "expansion:\n{expansion}"
    );
}

#[test]
fn a_spread_on_an_element_with_children_is_one_template_with_an_attributes_hole() {
    let expansion =
        pretty(r#"[::view_core] <div {..extra} title="t"><b>{x}</b>"s"<i>"static"</i></div>"#);
    let compact: String = expansion.split_whitespace().collect();
    assert_eq!(
        compact.matches("__private::template(").count(),
        1,
        "{expansion}"
    );
    // The spread is checked for inner HTML (it would replace the children), and the element
    // has children (`EMPTY` is false).
    assert!(
        compact.contains(
            r#"attributes_hole::<_,_,false,>(::view_core::html::div().with(::view_core::__private::spread_beside_children(extra)).title("t"),)"#
        ),
        "expansion:\n{expansion}"
    );
    // The children are the template's: static ones in its pieces, `x` a child hole in `<b>`.
    assert!(
        compact.contains(r#"pieces:&["><b>","</b>s<i>static</i></div>"]"#),
        "expansion:\n{expansion}"
    );
    assert!(
        compact.contains("ChildHole::<_,false,false>(x)"),
        "expansion:\n{expansion}"
    );
    // No builder-form element left but the attributes hole's.
    assert_eq!(
        compact.matches("::view_core::html::").count(),
        1,
        "expansion:\n{expansion}"
    );
}

#[test]
fn custom_elements_with_a_targeted_listener_or_a_node_ref_are_templates() {
    let expansion = pretty(r#"[::view_core] <my-el node_ref=r on:click:target=f>{x}</my-el>"#);
    let compact: String = expansion.split_whitespace().collect();
    assert_eq!(
        compact.matches("__private::template(").count(),
        1,
        "{expansion}"
    );
    assert!(
        compact.contains(r#"__private::node_ref(||::view_core::custom("my-el"),r,)"#),
        "expansion:\n{expansion}"
    );
    assert!(
        compact.contains(r#"__private::on_target(||::view_core::custom("my-el"),"#),
        "expansion:\n{expansion}"
    );
    assert!(
        !compact.contains(r#"custom("my-el").on_target"#) && !compact.contains(".child("),
        "expansion:\n{expansion}"
    );
}

#[test]
fn component_expands_to_a_props_builder_call() {
    let expansion = pretty(r#"[::view_core] <Counter initial=3 step/>"#);
    // The props type is reached from the function (only `Counter` need be in scope).
    let compact: String = expansion.split_whitespace().collect();
    assert!(
        compact.contains(
            "::view_core::__private::call_component(Counter,(::view_core::__private::props_builder(&Counter)).initial(3).step(step).build(),)"
        ),
        "expansion:\n{expansion}"
    );
}

#[test]
fn component_root_attributes_expand_to_with_attributes() {
    let expansion = pretty(
        r#"[::view_core] <Card title="t" attr:class="wide" attr:data-id=id attr:xlink:href="x" {..extra} class:on=c/>"#,
    );
    let expected = r#"fn expansion() {
    let _ = {
        ::view_core::WithAttributes::new(
            ::view_core::__private::call_component(
                Card,
                (::view_core::__private::props_builder(&Card)).title("t").build(),
            ),
            (
                ::view_core::attribute::Class(
                    ::view_core::__private::class_value("wide"),
                ),
                ::view_core::__private::attr(
                    "data-id",
                    ::view_core::__private::attribute_value(id),
                ),
                ::view_core::__private::attr(
                    "xlink:href",
                    ::view_core::__private::attribute_value("x"),
                ),
                ::view_core::__private::root_attribute(extra),
                ::view_core::__private::root_attribute(
                    ::view_core::attribute::Class(("on", c)),
                ),
            ),
        )
    };
}
"#;
    assert_eq!(expansion, expected, "actual expansion:\n{expansion}");
}

#[test]
fn known_svg_and_mathml_attributes_expand_to_typed_methods() {
    let expansion = pretty(
        r#"[::view_core] <svg viewBox=v><feBlend in=a stroke-width=w xlink:href=h data-x=d/></svg><math><mo stretchy=s/></math>"#,
    );
    // Each element is a template: the values are attribute holes with the names as written
    // (SVG's camelCase kept), on the elements their sites name.
    let compact: String = expansion.split_whitespace().collect();
    for call in [
        r#"AttrHole("viewBox",v)"#,
        r#"AttrHole("in",a)"#,
        r#"AttrHole("stroke-width",w)"#,
        r#"AttrHole("xlink:href",h)"#,
        r#"AttrHole("data-x",d)"#,
        r#"AttrHole("stretchy",s)"#,
        r#"tag:"feBlend",namespace:::view_core::Namespace::Svg"#,
        r#"tag:"mo",namespace:::view_core::Namespace::MathMl"#,
    ] {
        assert!(compact.contains(call), "no {call} in:\n{expansion}");
    }
}

#[test]
fn unknown_svg_attribute_suggests_the_closest_name() {
    let expansion = run(r#"[::view_core] <svg><circle strok="red"/></svg>"#).to_string();
    assert!(expansion.contains("did you mean `stroke`?"), "{expansion}");
    assert_eq!(
        error_count(&run(r#"[::view_core] <svg><circle strok="red"/></svg>"#)),
        1
    );
}

#[test]
fn expansion_starts_every_path_from_the_forwarded_crate_path() {
    let expansion = run(r#"[my_framework::view_core] <p>{x}</p>"#).to_string();
    assert!(
        expansion.contains("my_framework :: view_core :: __private :: template"),
        "{expansion}"
    );
    // Every path starts from the forwarded one: with it removed, no `view_core` is left.
    let without_forwarded = expansion.replace("my_framework :: view_core ::", "");
    assert!(
        !without_forwarded.contains("view_core"),
        "a path does not start from the forwarded crate path: {expansion}"
    );
}

#[test]
fn truncated_and_garbled_input_returns_errors_not_panics() {
    let inputs = [
        "[::view_core] <",
        "[::view_core] <div",
        "[::view_core] <div>",
        "[::view_core] <div class=",
        "[::view_core] <div class=>\"x\"</div>",
        "[::view_core] </div>",
        "[::view_core] <div></span>",
        "[::view_core] <div><p></div></p>",
        "[::view_core] <{x}></{x}>",
        "[::view_core] <div {}></div>",
        "[::view_core] <div on:=f></div>",
        "[::view_core] <div class:=true></div>",
        "[::view_core] <Counter let:></Counter>",
        "[::view_core] <div>{</div>",
        "[::view_core] <!-- ",
        "[::view_core] <!DOCTYPE",
        "[::view_core] <> </",
        "[::view_core] <a:b:c d:e:f=1/>",
        "[::view_core] <1/>",
        "[::view_core] <div data-=1/>",
        "[::view_core] <div foo(x)></div>",
        "[::view_core] <List<></List>",
        "[::view_core] <br>\"x\"</br>",
        "[::view_core] <script><b/></script>",
        "<div/>",
        "[] <div/>",
    ];
    let mut skipped = Vec::new();
    for input in inputs {
        let tokens: TokenStream = match input.parse() {
            Ok(tokens) => tokens,
            Err(_) => {
                // Unbalanced delimiters never reach a proc macro.
                skipped.push(input);
                continue;
            }
        };
        let result = std::panic::catch_unwind(|| expand(tokens));
        let expansion = result.unwrap_or_else(|_| panic!("the pipeline panicked on {input:?}"));
        if input != "[] <div/>" {
            assert!(
                error_count(&expansion) > 0,
                "no error for {input:?}: {expansion}"
            );
        }
    }
    // Only the inputs that cannot tokenize are skipped, so the loop above checks the rest.
    assert_eq!(skipped, ["[::view_core] <div>{</div>"]);
}

#[test]
fn every_error_is_reported_not_only_the_first() {
    let expansion =
        run(r#"[::view_core] <div id="a" id="b"><dvi/><p><div/></p><table><tr/></table></div>"#);
    assert_eq!(error_count(&expansion), 4, "{expansion}");
}

#[test]
fn unknown_element_suggests_the_closest_name() {
    let expansion = run(r#"[::view_core] <buton/>"#).to_string();
    assert!(
        expansion.contains("did you mean `<button>`?"),
        "{expansion}"
    );
}

/// Times expanding a view of 1,000 elements and prints it. Not a timed assertion: run with
/// `--nocapture` (and `--release`) to read the number.
#[test]
fn expansion_time_of_a_thousand_element_view() {
    let mut source = String::from("[::view_core] <div>");
    for index in 0..250 {
        source.push_str(&format!(
            r#"<section class="row"><h2>"Row {index}"</h2><p>"Text " {{value}}</p><button on:click=handler>"Go"</button></section>"#
        ));
    }
    source.push_str("</div>");
    let tokens: TokenStream = source.parse().expect("tokenizes");
    let elements = source.matches("<section").count() * 4 + 1;
    assert_eq!(elements, 1001);
    let start = std::time::Instant::now();
    let expansion = expand(tokens.clone());
    let elapsed = start.elapsed();
    assert_eq!(error_count(&expansion), 0);
    let mut body = tokens.into_iter();
    body.next();
    let start = std::time::Instant::now();
    let (nodes, errors) = rstml::Parser::new(rstml::ParserConfig::new().recover_block(true))
        .parse_recoverable(body.collect::<TokenStream>())
        .split_vec();
    let parsing = start.elapsed();
    assert!(errors.is_empty() && nodes.len() == 1);
    println!(
        "expanded a {elements}-element view in {elapsed:?} (rstml parsing alone: {parsing:?})"
    );
}

#[test]
fn generic_arguments_on_an_element_are_an_error_not_dropped() {
    let expansion = run(r#"[::view_core] <div<T>></div<T>>"#).to_string();
    assert_eq!(
        error_count(&run(r#"[::view_core] <div<T>></div<T>>"#)),
        1,
        "{expansion}"
    );
    assert!(
        expansion.contains("the element `<div>` takes no generic arguments"),
        "{expansion}"
    );
    // The fuzz input that reached the skeleton reader: no template is generated for it.
    let expansion = run(r#"[::view_core] <p6<d="b"></p6<d>"#).to_string();
    assert!(
        expansion.contains("the element `<p6>` takes no generic arguments"),
        "{expansion}"
    );
    assert!(!expansion.contains("SKELETON"), "{expansion}");
}
