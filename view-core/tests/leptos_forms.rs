//! Leptos 0.8's `view!` forms (issue 15): `let(pattern)` and `let:(a, b)` children bindings,
//! `slot:name`, attribute bundles `<{..} …/>`, the `{..}` marker and spreads on components, and
//! the `use:` directive signature (the element by value, the parameter converted with `.into()`).

use std::cell::RefCell;
use std::rc::Rc;

use view_core::prelude::*;
use view_core::testing::{self, TestNode, TestRenderer};
use view_core::{IntoView, MountHandle, mount_on};

fn mounted<V: view_core::Render<TestRenderer> + 'static>(
    view: impl FnOnce() -> V,
) -> (TestNode, MountHandle<TestRenderer>) {
    let root = TestNode::element("main");
    let handle = mount_on::<TestRenderer, _>(&root, view);
    (root, handle)
}

// --- let(pattern) ------------------------------------------------------------------------------

#[test]
fn let_with_a_tuple_pattern_destructures_each_for_item() {
    let (rows, set_rows) = signal(vec![(1u32, "milk"), (2, "eggs")]);
    let list = move || {
        view! {
            <ul>
                <For each=move || rows.get() key=|(id, _)| *id let((id, name))>
                    <li data-id=id>{name}</li>
                </For>
            </ul>
        }
    };
    assert_eq!(
        list().to_html(),
        r#"<ul><li data-id="1">milk</li><li data-id="2">eggs</li><!></ul>"#
    );
    let (root, _handle) = mounted(list);
    set_rows.update(|rows| rows.push((3, "tea")));
    assert_eq!(
        root.inner_html(),
        r#"<ul><li data-id="1">milk</li><li data-id="2">eggs</li><li data-id="3">tea</li><!----></ul>"#
    );
}

#[derive(Clone)]
struct Todo {
    id: u32,
    text: &'static str,
}

#[test]
fn let_with_a_struct_pattern_and_let_with_a_name() {
    let todos = vec![Todo { id: 1, text: "a" }, Todo { id: 2, text: "b" }];
    let by_pattern = {
        let todos = todos.clone();
        view! {
            <For each=move || todos.clone() key=|todo| todo.id let(Todo { id, text })>
                <p>{id}": "{text}</p>
            </For>
        }
    };
    assert_eq!(
        by_pattern.to_html(),
        "<p>1<!>: <!>a</p><p>2<!>: <!>b</p><!>"
    );
    let by_name = view! {
        <For each=move || todos.clone() key=|todo| todo.id let(todo)>
            <p>{todo.text}</p>
        </For>
    };
    assert_eq!(by_name.to_html(), "<p>a</p><p>b</p><!>");
}

/// Children that take two arguments, as `let(a, b)` and `let:(a, b)` bind them in Leptos.
#[component]
fn Pair<F, V>(children: F) -> impl IntoView
where
    F: Fn(u32, &'static str) -> V + 'static,
    V: IntoView,
{
    children(7, "seven")
}

#[test]
fn let_with_several_patterns_binds_several_children_arguments() {
    assert_eq!(
        view! { <Pair let(n, word)><b>{n}" is "{word}</b></Pair> }.to_html(),
        "<b>7<!> is <!>seven</b>"
    );
    assert_eq!(
        view! { <Pair let:(n, word)><b>{word}"="{n}</b></Pair> }.to_html(),
        "<b>seven<!>=<!>7</b>"
    );
    let (root, _handle) = mounted(|| view! { <Pair let(n, _word)><i>{n}</i></Pair> });
    assert_eq!(root.inner_html(), "<i>7</i>");
}

// --- slot:name ---------------------------------------------------------------------------------

#[slot]
struct Then {
    children: ChildrenFn,
}

#[component]
fn Choose(condition: bool, on_true: Then, on_false: Then) -> impl IntoView {
    if condition {
        (on_true.children)()
    } else {
        (on_false.children)()
    }
}

#[test]
fn slot_with_a_name_goes_to_the_prop_of_that_name() {
    let choose = |condition| {
        view! {
            <Choose condition>
                <Then slot:on_true>"yes"</Then>
                <Then slot:on_false><b>"no"</b></Then>
            </Choose>
        }
    };
    assert_eq!(choose(true).to_html(), "yes<!>");
    assert_eq!(choose(false).to_html(), "<b>no</b><!>");
    let (root, _handle) = mounted(move || choose(false));
    assert_eq!(root.inner_html(), "<b>no</b><!---->");
}

// --- attribute bundles, {..} and spreads on components -----------------------------------------

#[component]
fn Card(title: &'static str) -> impl IntoView {
    view! { <section class="card"><h2>{title}</h2></section> }
}

#[test]
fn an_attribute_bundle_spreads_onto_an_element() {
    let clicks = Rc::new(RefCell::new(0));
    let bundle = {
        let clicks = clicks.clone();
        move || {
            let clicks = clicks.clone();
            view! { <{..} class="primary" data-id="7" style:color="red" on:click=move |_| *clicks.borrow_mut() += 1/> }
        }
    };
    let button = move || view! { <button class="btn" {..bundle()}>"Save"</button> };
    assert_eq!(
        button().to_html(),
        r#"<button class="btn primary" style="color:red;" data-id="7">Save</button>"#
    );
    let (root, _handle) = mounted(button.clone());
    let node = root.expect("button");
    assert_eq!(node.attribute("data-id").as_deref(), Some("7"));
    testing::click(&node);
    assert_eq!(*clicks.borrow(), 1);
}

#[test]
fn an_attribute_bundle_spreads_onto_a_component_root() {
    let bundle = view! { <{..} class="wide" aria-label="news"/> };
    assert_eq!(
        view! { <Card title="News" {..bundle}/> }.to_html(),
        r#"<section class="card wide" aria-label="news"><h2>News</h2></section>"#
    );
}

#[test]
fn attributes_after_the_marker_go_to_the_component_root() {
    let card = || view! { <Card title="News" {..} class="wide" data-id=3 hidden/> };
    assert_eq!(
        card().to_html(),
        r#"<section class="card wide" data-id="3" hidden><h2>News</h2></section>"#
    );
    let (root, _handle) = mounted(card);
    let section = root.expect("section");
    assert!(section.has_class("wide"));
    assert_eq!(section.attribute("data-id").as_deref(), Some("3"));
}

#[test]
fn a_spread_followed_by_props_and_directives_on_a_component() {
    let extra = view! { <{..} data-kind="x"/> };
    let (active, set_active) = signal(false);
    let card = move || {
        view! { <Card {..extra.clone()} title="News" class:active=move || active.get() attr:role="region"/> }
    };
    assert_eq!(
        card().to_html(),
        r#"<section class="card" data-kind="x" role="region"><h2>News</h2></section>"#
    );
    let (root, _handle) = mounted(card);
    set_active.set(true);
    let section = root.expect("section");
    assert!(section.has_class("active"));
    assert_eq!(section.attribute("role").as_deref(), Some("region"));
}

// --- use: as in Leptos -------------------------------------------------------------------------

thread_local! {
    static SEEN: RefCell<Vec<String>> = const { RefCell::new(Vec::new()) };
}

/// A directive without a parameter: `use:highlight`.
fn highlight(element: TestNode) {
    SEEN.with(|seen| {
        seen.borrow_mut()
            .push(format!("highlight {:?}", element.tag()))
    });
}

/// A directive with a parameter: `use:label=…` passes the value as written, as in Leptos
/// (`.into()` converts it explicitly).
fn label(element: TestNode, text: String) {
    SEEN.with(|seen| {
        seen.borrow_mut()
            .push(format!("label {:?} {text}", element.tag()))
    });
}

#[test]
fn use_directives_take_the_element_by_value_and_their_parameter_as_written() {
    let view = || view! { <div use:highlight><input use:label="name".into()/></div><Card title="t" use:label=String::from("card")/> };
    assert_eq!(
        view().to_html(),
        r#"<div><input></div><section class="card"><h2>t</h2></section>"#
    );
    let (_root, _handle) = mounted(view);
    let seen = SEEN.with(|seen| seen.borrow().clone());
    assert_eq!(
        seen,
        [
            r#"highlight Some("div")"#,
            r#"label Some("input") name"#,
            r#"label Some("section") card"#
        ]
    );
}
