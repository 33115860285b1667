//! Hydration on the test renderer: every view kind is rendered to HTML, parsed as a browser
//! would (html5ever, `set_inner_html_parsed`), hydrated, and compared with a client render of
//! the same view; hydration must create no node, report no mismatch, and leave events and
//! reactive updates working.
#![cfg(feature = "reactive_graph")]

use view_core::attribute::{Attr, Class};
use view_core::prelude::*;
use view_core::testing::{self, TestNode, TestRenderer};
use view_core::{Error, MountHandle, Render, hydrate_to};

/// Renders `make()` on the server, hydrates the parsed HTML with `make()`, and checks the
/// result against a client render: the same HTML, no node created, no mismatch.
fn hydrated<V>(make: impl Fn() -> V) -> (TestNode, MountHandle<TestRenderer>)
where
    V: RenderHtml + Render<TestRenderer>,
    V::State: 'static,
{
    hydrated_creating(0, make)
}

/// As [`hydrated`], creating `creates` nodes (an empty text has no node in parsed HTML).
fn hydrated_creating<V>(
    creates: usize,
    make: impl Fn() -> V,
) -> (TestNode, MountHandle<TestRenderer>)
where
    V: RenderHtml + Render<TestRenderer>,
    V::State: 'static,
{
    let html = make().to_html();
    let client = TestNode::element("main");
    let client_handle = mount_on(&client, &make);
    let expected = client.inner_html();
    drop(client_handle);

    let server = TestNode::element("main");
    server.set_inner_html_parsed(&html);
    testing::reset_counters();
    let handle = hydrate_to(&server, &make);
    let done = testing::counters();
    let reports: Vec<String> = handle.mismatches().iter().map(|m| m.to_string()).collect();
    assert!(reports.is_empty(), "server HTML {html:?}: {reports:#?}");
    assert_eq!(done.creates, creates, "hydrating {html:?} created nodes");
    assert_eq!(done.inserts, creates, "hydrating {html:?} inserted nodes");
    assert_eq!(server.inner_html(), expected, "server HTML {html:?}");
    (server, handle)
}

#[component]
fn Greeting(name: &'static str) -> impl IntoView {
    view! { <p class="greeting">"Hello, " {name} "!"</p> }
}

#[test]
fn static_views_and_templates_hydrate_without_creating_nodes() {
    hydrated(|| view! { <div class="a"><h1>"Title & co"</h1><p>"x"</p><br/></div> });
    hydrated(|| view! { <p>"Hi, " {"Ann"} "!"</p> });
    hydrated(|| view! { <ul><li>"a"</li><li>{1}</li><li>{2.5}</li><li>{'c'}</li></ul> });
    hydrated(|| view! { "top-level text" <b>"bold"</b> "more" });
    hydrated(|| view! { <Greeting name="Bob"/> });
    hydrated(|| view! { <svg viewBox="0 0 10 10"><circle r={5}/></svg> });
    hydrated(|| view! { <div><textarea>{"a < b"}</textarea><title>"t"</title></div> });
    hydrated(|| view! { <pre>"\nleading newline kept"</pre> });
    hydrated(|| view! { <table><tbody><tr><td>{1}</td></tr></tbody></table> });
}

#[test]
fn adjacent_texts_and_empty_texts_hydrate() {
    let a = "first";
    let b = String::from("second");
    hydrated(move || view! { <p>{a}{b.clone()}{3}</p> });
    // An empty text is no node once parsed: its text node is created (and nothing reported).
    hydrated_creating(1, || view! { <p>{""}"static"</p> });
    hydrated_creating(1, || view! { <p>"static"{""}</p> });
}

#[test]
fn dynamic_shapes_hydrate() {
    hydrated(|| view! { <div>{Some(view! { <b>"yes"</b> })}{None::<&str>}</div> });
    hydrated(|| {
        let items = vec!["a", "b", "c"];
        view! { <ul>{items.into_iter().map(|i| view! { <li>{i}</li> }).collect::<Vec<_>>()}</ul> }
    });
    hydrated(|| view! { <p>{vec!["x", "y"]}</p> });
    hydrated(|| view! { <p>{["x", "y"]}</p> });
    hydrated(|| view! { <p>{(1..4).map(|n| n * 2)}</p> });
    hydrated(|| -> Either<&str, AnyView> { Either::Left("left") });
    hydrated(|| view! { <div>{Either::<_, &str>::Left(view! { <i>"l"</i> })}</div> });
    hydrated(|| view! { <div>{view! { <span>"erased"</span> }.into_any()}</div> });
    hydrated(|| view! { <div>{Ok::<_, Error>(view! { <b>"ok"</b> })}</div> });
}

#[test]
fn keyed_lists_and_for_hydrate_and_then_update() {
    let (rows, set_rows) = signal(vec![(1, "one"), (2, "two"), (3, "three")]);
    let (root, _handle) = hydrated(move || {
        view! {
            <ul>
                <For each=move || rows.get() key=|row| row.0 let:row>
                    <li>{row.1}</li>
                </For>
            </ul>
        }
    });
    set_rows.set(vec![(3, "three"), (1, "one")]);
    assert_eq!(
        root.inner_html(),
        "<ul><li>three</li><li>one</li><!----></ul>"
    );
    hydrated(|| {
        keyed(
            vec![(1, "a"), (2, "b")],
            |row| row.0,
            |row| view! { <li>{row.1}</li> },
        )
    });
}

#[test]
fn reactive_children_attributes_and_events_work_after_hydration() {
    let (count, set_count) = signal(0);
    let (root, _handle) = hydrated(move || {
        view! {
            <div class:odd=move || count.get() % 2 == 1 title=move || format!("n{}", count.get())>
                <button on:click=move |_| set_count.update(|n| *n += 1)>"+"</button>
                <span>"Count: " {count} " / " {move || count.get() * 10}</span>
                {move || (count.get() > 0).then(|| view! { <em>"positive"</em> })}
            </div>
        }
    });
    let button = root.query_selector("button").unwrap();
    testing::reset_counters();
    testing::click(&button);
    assert_eq!(
        testing::counters().creates,
        2,
        "only the <em> and its text are new"
    );
    assert_eq!(
        root.inner_html(),
        r#"<div class="odd" title="n1"><button>+</button><span>Count: 1 / 10</span><em>positive</em><!----></div>"#
    );
}

#[test]
fn show_error_boundary_portal_node_ref_and_directives_hydrate() {
    let (shown, set_shown) = signal(true);
    let (root, _handle) = hydrated(move || {
        view! {
            <div>
                <Show when=move || shown.get() fallback=|| view! { <i>"hidden"</i> }>
                    <b>"shown"</b>
                </Show>
            </div>
        }
    });
    set_shown.set(false);
    assert_eq!(root.inner_html(), "<div><i>hidden</i><!----></div>");

    hydrated(|| {
        view! {
            <ErrorBoundary fallback=|_| view! { <p>"error"</p> }>
                <p>{Ok::<_, Error>("fine")}</p>
            </ErrorBoundary>
        }
    });

    let node_ref = NodeRef::<view_core::html::Input>::new();
    let (_root, _handle) = hydrated(move || view! { <input node_ref=node_ref value="v"/> });
    assert!(
        node_ref.get_untracked().is_some(),
        "the ref points at the server's node"
    );

    let (used, set_used) = signal(0);
    let count_uses = move |_: TestNode| set_used.update(|n| *n += 1);
    hydrated(move || view! { <p use:count_uses>"x"</p> });
    assert_eq!(
        used.get_untracked(),
        2,
        "the directive ran on the client render and on hydration"
    );
}

#[test]
fn inner_html_is_kept_as_the_server_wrote_it() {
    hydrated(|| view! { <div inner_html="<b>raw</b> text"></div> });
}

#[test]
fn static_html_variant_writes_no_markers() {
    let items = vec!["a", "b"];
    let view = view! { <p>"x" {1} {items} {None::<&str>}</p> };
    assert_eq!(view.to_static_html(), "<p>x1ab</p>");
    let items = vec!["a", "b"];
    let view = view! { <p>"x" {1} {items} {None::<&str>}</p> };
    assert_eq!(view.to_html(), "<p>x<!>1<!>a<!>b<!><!></p>");
}

#[test]
fn the_pages_own_elements_at_the_root_are_stepped_over_and_kept() {
    let make = || view! { <p>"app " {1}</p> "tail" };
    let root = TestNode::element("body");
    root.set_inner_html_parsed(&format!(
        "<script>early()</script>{}<link rel=\"x\"><script src=\"app.js\"></script>",
        make().to_html()
    ));
    testing::reset_counters();
    let handle = hydrate_to(&root, make);
    assert!(handle.mismatches().is_empty(), "{:?}", handle.mismatches());
    assert_eq!(testing::counters().creates, 0);
    assert_eq!(
        root.inner_html(),
        r#"<script>early()</script><p>app 1</p>tail<link rel="x"></link><script src="app.js"></script>"#
    );
}

#[test]
fn nested_closures_hydrate_in_their_first_runs_and_update() {
    let (count, set_count) = signal(1);
    let (root, _handle) = hydrated(move || {
        view! { <div>{move || view! { <b>{move || count.get()} " x"</b> }}<i>{count}</i></div> }
    });
    set_count.set(2);
    assert_eq!(root.inner_html(), "<div><b>2 x</b><i>2</i></div>");
}

/// An element with a spread and children is a template whose attributes are one hole: it
/// hydrates without creating a node, its static children are the server's nodes, and the
/// reactive spread and the dynamic child update afterwards.
#[test]
fn a_spread_on_an_element_with_children_hydrates_its_children_and_attributes() {
    let (on, set_on) = signal(false);
    let (count, set_count) = signal(1);
    let make = move || {
        view! {
            <div id="outer">
                <section {..(Class(("on", move || on.get())), Attr::new("data-n", move || count.get()).expect("a valid name"))} title="t">
                    <h1>"Title"</h1>
                    "Count: " {move || count.get()}
                    <button on:click=move |_| set_count.update(|n| *n += 1)>"+"</button>
                </section>
            </div>
        }
    };
    assert!(std::any::type_name_of_val(&make()).contains("AttributesHole"));
    let (root, _handle) = hydrated(make);
    let h1 = root.expect("h1");
    testing::click(&root.expect("button"));
    set_on.set(true);
    assert_eq!(
        root.expect("section").outer_html(),
        r#"<section class="on" data-n="2" title="t"><h1>Title</h1>Count: 2<button>+</button></section>"#
    );
    assert_eq!(root.expect("h1"), h1, "the server's static child is kept");
}

/// Elements with a `bind:` or a spread are templates whose attributes are one hole: they
/// hydrate without creating a node (a `<textarea>`'s bound text, as the server wrote it, is
/// kept), the bindings work both ways afterwards, and a bound `<select>` gets its value once
/// its options, static and dynamic, are claimed.
#[test]
fn bindings_and_spreads_in_templates_hydrate_without_creating_nodes() {
    let name = RwSignal::new("Ada".to_owned());
    let notes = RwSignal::new("first line".to_owned());
    let choice = RwSignal::new("c".to_owned());
    let make = move || {
        view! {
            <form>
                <input bind:value=name/>
                <textarea bind:value=notes></textarea>
                <p {..(Class("x"), Attr::new("data-k", "v").expect("a valid name"))}></p>
                <select bind:value=choice>
                    <option value="a">"A"</option>
                    {["b", "c"].map(|v| view! { <option value=v>{v}</option> })}
                </select>
            </form>
        }
    };
    assert!(std::any::type_name_of_val(&make()).contains("AttributesHole"));
    // Not `hydrated`: the server's `value` attributes and textarea text stay in the page (a
    // client render sets properties only), as for the builder form.
    let root = TestNode::element("main");
    root.set_inner_html_parsed(&make().to_html());
    testing::reset_counters();
    let _handle = hydrate_to(&root, make);
    assert!(
        _handle.mismatches().is_empty(),
        "{:#?}",
        _handle.mismatches()
    );
    assert_eq!(testing::counters().creates, 0);
    assert_eq!(
        testing::counters().removes,
        0,
        "the textarea's text is kept"
    );
    assert_eq!(root.expect("select").value(), "c");
    assert_eq!(root.expect("textarea").value(), "first line");
    testing::set_input_value(&root.expect("input"), "Grace");
    assert_eq!(name.get_untracked(), "Grace");
    notes.set("second".to_owned());
    assert_eq!(root.expect("textarea").value(), "second");
    assert_eq!(
        root.expect("p").attribute("class").as_deref(),
        Some("x"),
        "the spread's class"
    );
}

/// Server HTML of `make()`, parsed, then hydrated with `make()`: the root, the handle, and the
/// nodes hydration created and removed. Asserts no mismatch.
fn hydrate_server_html<V>(make: impl Fn() -> V) -> (TestNode, MountHandle<TestRenderer>, usize)
where
    V: RenderHtml + Render<TestRenderer>,
    V::State: 'static,
{
    let html = make().to_html();
    let root = TestNode::element("main");
    root.set_inner_html_parsed(&html);
    testing::reset_counters();
    let handle = hydrate_to(&root, make);
    let reports: Vec<String> = handle.mismatches().iter().map(|m| m.to_string()).collect();
    assert!(reports.is_empty(), "server HTML {html:?}: {reports:#?}");
    let done = testing::counters();
    assert_eq!(done.creates, 0, "hydrating {html:?} created nodes");
    (root, handle, done.removes)
}

/// Regression: a bound `<textarea>` written as builder code (`textarea().bind_value(sig)`)
/// removed the server's text and reported "expected nothing, found text"; its text is the
/// binding's, so it is kept (as the templated form keeps it).
#[test]
fn a_bound_textarea_in_builder_form_keeps_the_servers_text() {
    let notes = RwSignal::new("first <line>".to_owned());
    let make = move || view_core::html::textarea().bind_value(notes);
    assert!(!std::any::type_name_of_val(&make()).contains("Template"));
    let (root, _handle, removes) = hydrate_server_html(make);
    assert_eq!(removes, 0, "the textarea's text is kept");
    let area = root.expect("textarea");
    assert_eq!(area.text_content(), "first <line>");
    assert_eq!(area.value(), "first <line>");
    testing::set_input_value(&area, "typed");
    assert_eq!(notes.get_untracked(), "typed");
    notes.set("second".to_owned());
    assert_eq!(area.value(), "second");

    // The same inside an element written as builder code, beside other children.
    let (text, set_text) = signal("a".to_owned());
    let make = move || {
        view_core::html::div()
            .child(view_core::html::textarea().bind_value((text, set_text)))
            .child(move || text.get())
    };
    let (root, _handle, removes) = hydrate_server_html(make);
    assert_eq!(removes, 0);
    assert_eq!(root.inner_html(), "<div><textarea>a</textarea>a</div>");
    testing::set_input_value(&root.expect("textarea"), "b");
    assert_eq!(root.expect("div").text_content(), "ab");

    // An empty value: the parser makes no text node, and none is created.
    let empty = RwSignal::new(String::new());
    let (root, _handle, _) =
        hydrate_server_html(move || view_core::html::textarea().bind_value(empty));
    assert_eq!(root.inner_html(), "<textarea></textarea>");
}

/// Regression: an element whose content is inner HTML from a spread (`.with(InnerHtml(..))`,
/// no children) kept its server content only in the templated form.
#[test]
fn inner_html_from_a_spread_in_builder_form_is_kept() {
    let make = || view_core::html::div().with(view_core::attribute::InnerHtml("<b>x</b>y"));
    let (root, _handle, removes) = hydrate_server_html(make);
    assert_eq!(removes, 0);
    assert_eq!(root.inner_html(), "<div><b>x</b>y</div>");
}

/// `bind:checked` on a checkbox and on radio buttons, and `bind:value` on a number input,
/// hydrate without a mismatch or a new node, and stay two-way.
#[test]
fn checkboxes_radios_and_number_inputs_hydrate_bound() {
    let done = RwSignal::new(true);
    let small = RwSignal::new(false);
    let large = RwSignal::new(true);
    let count = RwSignal::new("42".to_owned());
    let make = move || {
        view! {
            <form>
                <input type="checkbox" bind:checked=done/>
                <input type="radio" name="size" value="s" bind:checked=small/>
                <input type="radio" name="size" value="l" bind:checked=large/>
                <input type="number" min="0" bind:value=count/>
            </form>
        }
    };
    let (root, _handle, removes) = hydrate_server_html(make);
    assert_eq!(removes, 0);
    let inputs = root.find_all_by_tag("input");
    assert!(inputs[0].checked());
    assert!(!inputs[1].checked());
    assert!(inputs[2].checked());
    assert_eq!(inputs[3].value(), "42");
    testing::set_checked(&inputs[0], false);
    assert!(!done.get_untracked());
    testing::set_checked(&inputs[1], true);
    assert!(small.get_untracked());
    testing::set_input_value(&inputs[3], "7");
    assert_eq!(count.get_untracked(), "7");
    large.set(false);
    assert!(!inputs[2].checked());

    // The same in builder form.
    let make = move || {
        use view_core::html::input;
        (
            input().r#type("checkbox").bind_checked(done),
            input().r#type("radio").bind_checked(large),
            input().r#type("number").bind_value(count),
        )
    };
    let (root, _handle, removes) = hydrate_server_html(make);
    assert_eq!(removes, 0);
    let inputs = root.find_all_by_tag("input");
    testing::set_checked(&inputs[1], true);
    assert!(large.get_untracked());
    assert_eq!(inputs[2].value(), "7");
}

/// A bound `<select>` has no `value` attribute in the server's HTML (the page shows its first
/// option, or the one marked `selected`, until hydration); hydration claims the options without
/// a mismatch and then selects the bound one, in the templated and the builder form.
#[test]
fn a_bound_select_gets_its_value_on_hydration() {
    use view_core::html::{option, select};
    let choice = RwSignal::new("c".to_owned());
    let templated = move || {
        view! {
            <select bind:value=choice>
                <option value="a">"A"</option>
                <option>" c "</option>
            </select>
        }
    };
    let builder = move || {
        select()
            .bind_value(choice)
            .child(option().value("a").child("A"))
            .child(option().child(" c "))
    };
    for form in 0..2 {
        let html = if form == 0 {
            templated().to_html()
        } else {
            builder().to_html()
        };
        assert!(!html.contains("value=\"c\""), "{html}");
        let page = TestNode::element("main");
        page.set_inner_html_parsed(&html);
        assert_eq!(page.expect("select").value(), "a", "before hydration");
        let (root, _handle, removes) = if form == 0 {
            hydrate_server_html(templated)
        } else {
            hydrate_server_html(builder)
        };
        assert_eq!(removes, 0);
        let field = root.expect("select");
        assert_eq!(field.value(), "c", "form {form}");
        testing::set_input_value(&field, "a");
        assert_eq!(choice.get_untracked(), "a");
        choice.set("c".to_owned());
        assert_eq!(field.value(), "c");
    }
}
