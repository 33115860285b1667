//! Attributes and directives on a component reach **every** root element of its view (as in
//! Leptos): a fragment of several elements, templates and static runs, lists, branches and
//! nested components, in HTML, when mounted and rebuilt on the test renderer, and when
//! hydrating.
#![cfg(feature = "reactive_graph")]

use std::cell::{Cell, RefCell};
use std::rc::Rc;

use view_core::prelude::*;
use view_core::testing::{self, TestNode, TestRenderer};
use view_core::{Either, hydrate_to};

/// Two static roots (one static run) with text between them.
#[component]
fn Pair() -> impl IntoView {
    view! { <a href="/x">"a"</a> " or " <b class="own" style="color: red">"b"</b> }
}

/// Two templates as roots: the second has a class hole and a style hole of its own.
#[component]
fn Dynamic(on: ReadSignal<bool>) -> impl IntoView {
    view! {
        <p title="t">{move || if on.get() { "yes" } else { "no" }}</p>
        <span class:lit=move || on.get() style:width="1px">"s"</span>
    }
}

/// One root or two, depending on `two`.
#[component]
fn Toggle(two: bool) -> impl IntoView {
    if two {
        Either::Left(view! { <a>"a"</a><b>"b"</b> })
    } else {
        Either::Right(view! { <i>"i"</i> })
    }
}

/// A list of roots.
#[component]
fn Items(n: u32) -> impl IntoView {
    (0..n).map(|i| view! { <li>{i}</li> }).collect::<Vec<_>>()
}

/// A component whose root is another component with attributes of its own.
#[component]
fn Wrapper() -> impl IntoView {
    view! { <Pair class:inner=true attr:data-inner="1"/> }
}

fn tags(node: &TestNode, tag: &str) -> Vec<TestNode> {
    let mut found = Vec::new();
    fn walk(node: &TestNode, tag: &str, found: &mut Vec<TestNode>) {
        for child in node.children() {
            if child.tag().as_deref() == Some(tag) {
                found.push(child.clone());
            }
            walk(&child, tag, found);
        }
    }
    walk(node, tag, &mut found);
    found
}

fn class(node: &TestNode, tag: &str) -> Option<String> {
    node.expect(tag).attribute("class")
}

// --- HTML ----------------------------------------------------------------------------------

#[test]
fn every_directive_kind_reaches_both_roots_of_a_static_run_in_html() {
    let html = view! {
        <Pair attr:class="x" class:y=true class:no=false style:margin="0" attr:data-k="v"
            on:click=|_| {} prop:value="p"/>
    }
    .to_html();
    assert_eq!(
        html,
        r#"<a class="x y" style="margin:0;" href="/x" data-k="v">a</a> or <b class="own x y" style="color: red;margin:0;" data-k="v">b</b>"#
    );
}

#[test]
fn template_roots_merge_into_their_class_and_style_holes_in_html() {
    let (on, _) = signal(true);
    let html = view! { <Dynamic on=on class:extra=true style:color="blue" attr:id="d"/> }.to_html();
    assert_eq!(
        html,
        r#"<p class="extra" style="color:blue;" title="t" id="d">yes</p><span class="lit extra" style="width:1px;color:blue;" id="d">s</span>"#
    );
}

#[test]
fn nested_components_give_their_roots_the_inner_attributes_then_the_outer_ones() {
    let html = view! { <Wrapper class:outer=true attr:data-outer="2"/> }.to_html();
    assert_eq!(
        html,
        r#"<a class="inner outer" href="/x" data-inner="1" data-outer="2">a</a> or <b class="own inner outer" style="color: red;" data-inner="1" data-outer="2">b</b>"#
    );
}

#[test]
fn every_item_of_a_list_root_gets_the_attributes_in_html() {
    let html = view! { <Items n=3 class:row=true/> }.to_html();
    assert_eq!(
        html,
        r#"<li class="row">0</li><li class="row">1</li><li class="row">2</li><!>"#
    );
}

// --- mounting ------------------------------------------------------------------------------

#[test]
fn a_listener_on_a_component_fires_once_per_click_on_each_root() {
    let clicks = Rc::new(RefCell::new(Vec::new()));
    let root = TestNode::element("main");
    let _handle = mount_on::<TestRenderer, _>(&root, {
        let clicks = clicks.clone();
        move || {
            let clicks = clicks.clone();
            view! { <Pair on:click=move |event: testing::Event| clicks.borrow_mut().push(event.event_type())/> }
        }
    });
    testing::click(&root.expect("a"));
    assert_eq!(clicks.borrow().len(), 1);
    testing::click(&root.expect("b"));
    assert_eq!(clicks.borrow().len(), 2);
    testing::click(&root.expect("a"));
    assert_eq!(*clicks.borrow(), ["click", "click", "click"]);
}

#[test]
fn classes_and_styles_merge_on_every_live_root() {
    let root = TestNode::element("main");
    let _handle = mount_on::<TestRenderer, _>(&root, || {
        view! { <Pair attr:class="x" class:y=true style:margin="0" attr:data-k="v"/> }
    });
    assert_eq!(class(&root, "a").as_deref(), Some("x y"));
    assert_eq!(class(&root, "b").as_deref(), Some("own x y"));
    assert_eq!(root.expect("a").style("margin").as_deref(), Some("0"));
    assert_eq!(root.expect("b").style("margin").as_deref(), Some("0"));
    assert_eq!(root.expect("b").style("color").as_deref(), Some("red"));
    assert_eq!(root.expect("a").attribute("data-k").as_deref(), Some("v"));
    assert_eq!(root.expect("b").attribute("data-k").as_deref(), Some("v"));
}

#[test]
fn a_use_directive_runs_once_per_root_element() {
    let seen = Rc::new(RefCell::new(Vec::new()));
    let record = {
        let seen = seen.clone();
        move |element: TestNode, label: &'static str| {
            seen.borrow_mut()
                .push((element.tag().unwrap_or_default(), label))
        }
    };
    let root = TestNode::element("main");
    let _handle = mount_on::<TestRenderer, _>(&root, move || {
        view! { <Pair use:record="seen"/> }
    });
    assert_eq!(
        *seen.borrow(),
        [("a".to_owned(), "seen"), ("b".to_owned(), "seen")]
    );
}

#[test]
fn a_reactive_class_on_a_component_updates_every_root() {
    let (on, set_on) = signal(false);
    let (lit, _) = signal(true);
    let root = TestNode::element("main");
    let _handle = mount_on::<TestRenderer, _>(&root, move || {
        view! { <Dynamic on=lit class:on=move || on.get()/> }
    });
    assert_eq!(class(&root, "p"), None);
    assert_eq!(class(&root, "span").as_deref(), Some("lit"));
    set_on.set(true);
    assert_eq!(class(&root, "p").as_deref(), Some("on"));
    assert_eq!(class(&root, "span").as_deref(), Some("lit on"));
    set_on.set(false);
    assert_eq!(class(&root, "p"), None);
    assert_eq!(class(&root, "span").as_deref(), Some("lit"));
}

#[test]
fn rebuilding_a_component_whose_roots_change_gives_the_new_roots_the_attributes() {
    let (two, set_two) = signal(true);
    let clicks = Rc::new(Cell::new(0));
    let root = TestNode::element("main");
    let _handle = mount_on::<TestRenderer, _>(&root, {
        let clicks = clicks.clone();
        move || {
            let clicks = clicks.clone();
            view! {
                <div>
                    {move || {
                        let clicks = clicks.clone();
                        view! { <Toggle two=two.get() class:x=true on:click=move |_| clicks.set(clicks.get() + 1)/> }
                    }}
                </div>
            }
        }
    });
    assert_eq!(class(&root, "a").as_deref(), Some("x"));
    assert_eq!(class(&root, "b").as_deref(), Some("x"));
    testing::click(&root.expect("b"));
    assert_eq!(clicks.get(), 1);

    set_two.set(false);
    assert_eq!(class(&root, "i").as_deref(), Some("x"));
    assert!(tags(&root, "a").is_empty());
    testing::click(&root.expect("i"));
    assert_eq!(clicks.get(), 2, "the new root listens");

    set_two.set(true);
    assert_eq!(class(&root, "a").as_deref(), Some("x"));
    assert_eq!(class(&root, "b").as_deref(), Some("x"));
    testing::click(&root.expect("a"));
    testing::click(&root.expect("b"));
    assert_eq!(clicks.get(), 4, "one call per click on each new root");
}

#[test]
fn a_rebuild_that_keeps_the_roots_updates_their_attributes_in_place() {
    let (name, set_name) = signal("one");
    let root = TestNode::element("main");
    let _handle = mount_on::<TestRenderer, _>(&root, move || {
        view! { <div>{move || view! { <Pair attr:data-name=name.get()/> }}</div> }
    });
    let (a, b) = (root.expect("a"), root.expect("b"));
    set_name.set("two");
    assert_eq!(a, root.expect("a"), "the roots are kept");
    assert_eq!(b, root.expect("b"));
    assert_eq!(a.attribute("data-name").as_deref(), Some("two"));
    assert_eq!(b.attribute("data-name").as_deref(), Some("two"));
}

#[test]
fn every_item_of_a_list_root_gets_the_attributes_when_mounted() {
    let root = TestNode::element("ul");
    let _handle = mount_on::<TestRenderer, _>(&root, || view! { <Items n=3 class:row=true/> });
    let items = tags(&root, "li");
    assert_eq!(items.len(), 3);
    for item in items {
        assert_eq!(item.attribute("class").as_deref(), Some("row"));
    }
}

#[test]
fn a_show_root_gives_the_attributes_to_its_branch() {
    #[component]
    fn Maybe(when: ReadSignal<bool>) -> impl IntoView {
        view! { <Show when=move || when.get() fallback=|| view! { <i>"no"</i> }><b>"yes"</b></Show> }
    }
    let (when, _) = signal(true);
    assert_eq!(
        view! { <Maybe when=when class:x=true/> }.to_html(),
        r#"<b class="x">yes</b><!>"#
    );
    let root = TestNode::element("main");
    let _handle =
        mount_on::<TestRenderer, _>(&root, move || view! { <Maybe when=when class:x=true/> });
    assert_eq!(class(&root, "b").as_deref(), Some("x"));
}

// --- hydration -----------------------------------------------------------------------------

#[test]
fn multi_root_components_hydrate_without_creating_nodes_and_listen_on_each_root() {
    let clicks = Rc::new(Cell::new(0));
    let (on, _) = signal(true);
    let make = {
        let clicks = clicks.clone();
        move || {
            let clicks = clicks.clone();
            view! {
                <main>
                    <Pair class:y=true style:margin="0" on:click=move |_| clicks.set(clicks.get() + 1)/>
                    <Dynamic on=on class:extra=true attr:id="d"/>
                </main>
            }
        }
    };
    let html = make().to_html();
    let client = TestNode::element("body");
    let client_handle = mount_on::<TestRenderer, _>(&client, &make);
    let expected = client.inner_html();
    drop(client_handle);

    let server = TestNode::element("body");
    server.set_inner_html_parsed(&html);
    testing::reset_counters();
    let handle = hydrate_to::<TestRenderer, _>(&server, &make);
    let done = testing::counters();
    let reports: Vec<String> = handle.mismatches().iter().map(|m| m.to_string()).collect();
    assert!(reports.is_empty(), "{html}: {reports:#?}");
    assert_eq!(done.creates, 0, "hydrating {html:?} created nodes");
    assert_eq!(server.inner_html(), expected);

    testing::click(&server.expect("a"));
    testing::click(&server.expect("b"));
    assert_eq!(clicks.get(), 2);
    assert_eq!(class(&server, "span").as_deref(), Some("lit extra"));
}

#[test]
fn keyed_rows_and_an_error_boundary_branch_are_roots_too() {
    #[component]
    fn Rows(items: ReadSignal<Vec<u32>>) -> impl IntoView {
        view! { <For each=move || items.get() key=|n| *n let:n><li>{n}</li></For> }
    }
    #[component]
    fn Guarded(input: ReadSignal<&'static str>) -> impl IntoView {
        view! {
            <ErrorBoundary fallback=|_| view! { <em>"bad"</em> }>
                <p>{move || input.get().parse::<u8>()}</p>
            </ErrorBoundary>
        }
    }
    let (items, set_items) = signal(vec![1, 2]);
    let (input, _) = signal("x");
    assert_eq!(
        view! { <Rows items class:row=true/> }.to_html(),
        r#"<li class="row">1</li><li class="row">2</li><!>"#
    );
    assert_eq!(
        view! { <Guarded input class:g=true/> }.to_html(),
        r#"<em class="g">bad</em><!><!>"#
    );

    let root = TestNode::element("ul");
    let _handle =
        mount_on::<TestRenderer, _>(&root, move || view! { <Rows items class:row=true/> });
    let rows = tags(&root, "li");
    assert_eq!(rows.len(), 2);
    assert!(
        rows.iter()
            .all(|row| row.attribute("class").as_deref() == Some("row"))
    );
    // A row the list's own effect adds later is a root too.
    set_items.set(vec![1, 2, 3]);
    assert_eq!(
        tags(&root, "li")[2].attribute("class").as_deref(),
        Some("row")
    );
}

// --- roots the component's own reactivity creates later ------------------------------------

/// One root or two, switched by the component's own top-level closure.
#[component]
fn Switch(two: ReadSignal<bool>) -> impl IntoView {
    move || {
        if two.get() {
            Either::Left(view! { <a>"a"</a><b>"b"</b> })
        } else {
            Either::Right(view! { <i>"i"</i> })
        }
    }
}

#[test]
fn roots_a_top_level_closure_creates_later_get_every_directive() {
    let (two, set_two) = signal(false);
    let (lit, set_lit) = signal(true);
    let clicks = Rc::new(Cell::new(0));
    let used = Rc::new(RefCell::new(Vec::<String>::new()));
    let root = TestNode::element("main");
    let _handle = mount_on::<TestRenderer, _>(&root, {
        let (clicks, used) = (clicks.clone(), used.clone());
        move || {
            let (clicks, used) = (clicks.clone(), used.clone());
            let mark =
                move |element: TestNode| used.borrow_mut().push(element.tag().unwrap_or_default());
            view! {
                <Switch two=two class:x=move || lit.get() style:margin="0" attr:data-k="v"
                    on:click=move |_| clicks.set(clicks.get() + 1) use:mark/>
            }
        }
    });
    assert_eq!(class(&root, "i").as_deref(), Some("x"));
    assert_eq!(*used.borrow(), ["i"]);

    set_two.set(true);
    for tag in ["a", "b"] {
        let element = root.expect(tag);
        assert_eq!(element.attribute("class").as_deref(), Some("x"), "<{tag}>");
        assert_eq!(element.style("margin").as_deref(), Some("0"), "<{tag}>");
        assert_eq!(element.attribute("data-k").as_deref(), Some("v"), "<{tag}>");
        testing::click(&element);
    }
    assert_eq!(clicks.get(), 2, "each new root listens once");
    assert_eq!(
        *used.borrow(),
        ["i", "a", "b"],
        "the directive runs once per new root"
    );

    // The reactive class keeps updating on roots made later.
    set_lit.set(false);
    assert_eq!(class(&root, "a"), None);
    set_lit.set(true);
    assert_eq!(class(&root, "b").as_deref(), Some("x"));

    set_two.set(false);
    assert_eq!(class(&root, "i").as_deref(), Some("x"));
    testing::click(&root.expect("i"));
    assert_eq!(clicks.get(), 3);
}

#[test]
fn the_other_branch_of_a_top_level_show_gets_the_attributes_when_shown() {
    #[component]
    fn Maybe(when: ReadSignal<bool>) -> impl IntoView {
        view! { <Show when=move || when.get() fallback=|| view! { <i>"no"</i> }><b>"yes"</b></Show> }
    }
    let (when, set_when) = signal(true);
    let root = TestNode::element("main");
    let _handle = mount_on::<TestRenderer, _>(
        &root,
        move || view! { <Maybe when=when class:x=true attr:data-k="v"/> },
    );
    assert_eq!(class(&root, "b").as_deref(), Some("x"));
    set_when.set(false);
    assert_eq!(class(&root, "i").as_deref(), Some("x"));
    assert_eq!(root.expect("i").attribute("data-k").as_deref(), Some("v"));
    set_when.set(true);
    assert_eq!(class(&root, "b").as_deref(), Some("x"));
}

#[test]
fn later_roots_of_a_nested_component_get_the_inner_then_the_outer_attributes() {
    #[component]
    fn Outer(two: ReadSignal<bool>) -> impl IntoView {
        view! { <Switch two=two class:inner=true/> }
    }
    let (two, set_two) = signal(false);
    let root = TestNode::element("main");
    let _handle =
        mount_on::<TestRenderer, _>(&root, move || view! { <Outer two=two class:outer=true/> });
    assert_eq!(class(&root, "i").as_deref(), Some("inner outer"));
    set_two.set(true);
    assert_eq!(class(&root, "a").as_deref(), Some("inner outer"));
    assert_eq!(class(&root, "b").as_deref(), Some("inner outer"));
}

#[test]
fn later_roots_get_the_attributes_of_the_latest_rebuild() {
    let (two, set_two) = signal(false);
    let (name, set_name) = signal("first");
    let root = TestNode::element("main");
    let _handle = mount_on::<TestRenderer, _>(&root, move || {
        view! { <div>{move || view! { <Switch two=two attr:data-name=name.get()/> }}</div> }
    });
    assert_eq!(
        root.expect("i").attribute("data-name").as_deref(),
        Some("first")
    );
    set_name.set("second");
    assert_eq!(
        root.expect("i").attribute("data-name").as_deref(),
        Some("second")
    );
    set_two.set(true);
    assert_eq!(
        root.expect("a").attribute("data-name").as_deref(),
        Some("second")
    );
    assert_eq!(
        root.expect("b").attribute("data-name").as_deref(),
        Some("second")
    );
}

#[test]
fn a_hydrated_component_gives_roots_made_later_the_attributes() {
    let (two, set_two) = signal(false);
    let clicks = Rc::new(Cell::new(0));
    let make = {
        let clicks = clicks.clone();
        move || {
            let clicks = clicks.clone();
            view! { <main><Switch two=two class:x=true on:click=move |_| clicks.set(clicks.get() + 1)/></main> }
        }
    };
    let server = TestNode::element("body");
    server.set_inner_html_parsed(&make().to_html());
    testing::reset_counters();
    let handle = hydrate_to::<TestRenderer, _>(&server, &make);
    assert!(handle.mismatches().is_empty(), "{:#?}", handle.mismatches());
    assert_eq!(testing::counters().creates, 0);
    assert_eq!(class(&server, "i").as_deref(), Some("x"));
    set_two.set(true);
    assert_eq!(class(&server, "a").as_deref(), Some("x"));
    assert_eq!(class(&server, "b").as_deref(), Some("x"));
    testing::click(&server.expect("a"));
    assert_eq!(clicks.get(), 1);
}

#[test]
fn unmounting_a_component_whose_roots_changed_leaves_no_effect() {
    let before = view_core::reactive::live_effects();
    let (two, set_two) = signal(false);
    let (lit, _) = signal(true);
    let root = TestNode::element("main");
    let handle = mount_on::<TestRenderer, _>(&root, move || {
        view! { <Switch two=two class:x=move || lit.get()/> }
    });
    set_two.set(true);
    set_two.set(false);
    set_two.set(true);
    assert_eq!(class(&root, "b").as_deref(), Some("x"));
    drop(handle);
    assert_eq!(view_core::reactive::live_effects(), before);
}

/// A root whose attributes are all one hole (`bind:` or a spread): its own class and style
/// attributes are written by that hole, and a bound `<textarea>` writes its value as content.
#[component]
fn Bound(text: RwSignal<String>) -> impl IntoView {
    view! { <textarea class="own" style="color: red" bind:value=text/> }
}

#[component]
fn Spread() -> impl IntoView {
    view! { <div {..view_core::attribute::InnerHtml("<b>in</b>")}/> }
}

#[test]
fn a_root_with_an_attributes_hole_merges_class_and_style_and_keeps_its_content_in_html() {
    let text = RwSignal::new("hello".to_owned());
    let html = view! { <Bound text class:extra=true style:width="1px" attr:data-x="1"/> }.to_html();
    assert_eq!(
        html,
        // The newline after `>` is the one a `<textarea>` drops when parsed (as the builder writes).
        "<textarea class=\"own extra\" style=\"color: red;width:1px;\" data-x=\"1\">\nhello</textarea>"
    );
    let html = view! { <Spread class:extra=true attr:data-x="1"/> }.to_html();
    assert_eq!(html, r#"<div class="extra" data-x="1"><b>in</b></div>"#);
}
