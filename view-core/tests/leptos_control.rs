//! Leptos's control-flow components in `view!`: `<For/>` (props and `let:` forms) and
//! `<Show/>`, rendered to HTML and mounted on the test renderer.

use std::cell::Cell;
use std::rc::Rc;

use view_core::prelude::*;
use view_core::testing::{self, TestNode, TestRenderer};

#[derive(Clone, Debug, PartialEq)]
struct Todo {
    id: u32,
    name: String,
}

fn todos(names: &[(u32, &str)]) -> Vec<Todo> {
    names
        .iter()
        .map(|&(id, name)| Todo {
            id,
            name: name.to_owned(),
        })
        .collect()
}

fn mount(view: impl FnOnce() -> AnyView) -> (TestNode, MountHandle<TestRenderer>) {
    let root = TestNode::element("main");
    let handle = mount_on::<TestRenderer, _>(&root, view);
    (root, handle)
}

#[test]
fn for_with_children_prop_renders_html() {
    let (items, _) = signal(todos(&[(1, "milk"), (2, "eggs & ham")]));
    let html = view! {
        <ul>
            <For each=move || items.get() key=|todo| todo.id children=move |todo| view! { <li>{todo.name}</li> }/>
        </ul>
    }
    .to_html();
    assert_eq!(html, "<ul><li>milk</li><li>eggs &amp; ham</li><!></ul>");
}

#[test]
fn for_with_let_renders_html() {
    let (items, _) = signal(todos(&[(1, "milk"), (2, "eggs")]));
    let html = view! {
        <ul>
            <For each=move || items.get() key=|todo| todo.id let:todo>
                <li id=todo.id>{todo.name}</li>
            </For>
        </ul>
    }
    .to_html();
    assert_eq!(
        html,
        r#"<ul><li id="1">milk</li><li id="2">eggs</li><!></ul>"#
    );
}

#[test]
fn for_mounted_reorders_by_key_with_minimal_moves() {
    let (items, set_items) = signal(todos(&[(1, "a"), (2, "b"), (3, "c")]));
    let built = Rc::new(Cell::new(0));
    let (root, _handle) = mount({
        let built = built.clone();
        move || {
            view! {
                <ul>
                    <For each=move || items.get() key=|todo| todo.id let:todo>
                        {built.set(built.get() + 1);}
                        <li>{todo.name}</li>
                    </For>
                </ul>
            }
            .into_any()
        }
    });
    assert_eq!(
        root.expect("ul").inner_html(),
        "<li>a</li><li>b</li><li>c</li><!---->"
    );
    assert_eq!(built.get(), 3);

    testing::reset_counters();
    set_items.set(todos(&[(3, "c"), (2, "b"), (1, "a"), (4, "d")]));
    assert_eq!(
        root.expect("ul").inner_html(),
        "<li>c</li><li>b</li><li>a</li><li>d</li><!---->"
    );
    assert_eq!(built.get(), 4, "children runs only for the new key");
    let counters = testing::counters();
    assert_eq!(counters.moves, 2, "reversing 3 rows is 2 moves");

    set_items.set(Vec::new());
    assert_eq!(root.expect("ul").inner_html(), "<!---->");
}

#[test]
fn for_mounted_with_children_prop_keeps_row_state() {
    let (items, set_items) = signal(vec![1u32, 2]);
    let (root, _handle) = mount(move || {
        view! {
            <ol>
                <For
                    each=move || items.get()
                    key=|n| *n
                    children=|n| {
                        let (clicks, set_clicks) = signal(0);
                        view! {
                            <li><button on:click=move |_| set_clicks.update(|c| *c += 1)>{n} "/" {clicks}</button></li>
                        }
                    }
                />
            </ol>
        }
        .into_any()
    });
    let second = root.query_selector_all("button")[1].clone();
    testing::click(&second);
    assert_eq!(second.text_content(), "2/1");
    set_items.set(vec![2, 1, 3]);
    assert_eq!(
        root.expect("ol").inner_html(),
        "<li><button>2/1</button></li><li><button>1/0</button></li><li><button>3/0</button></li><!---->"
    );
}

/// Renders for the default renderer: a `<Show>` is generic over the renderer, and a view that
/// is only written as HTML does not say which one (a component returning `impl IntoView`
/// does).
fn ssr(view: impl IntoView) -> String {
    view.to_html()
}

#[test]
fn show_renders_the_matching_branch_in_html() {
    let shown = view! { <Show when=|| true fallback=|| view! { <i>"no"</i> }><b>"yes"</b></Show> };
    assert_eq!(ssr(shown), "<b>yes</b><!>");
    let hidden =
        view! { <Show when=|| false fallback=|| view! { <i>"no"</i> }><b>"yes"</b></Show> };
    assert_eq!(ssr(hidden), "<i>no</i><!>");
    let no_fallback = view! { <div><Show when=|| false><b>"yes"</b></Show></div> };
    assert_eq!(ssr(no_fallback), "<div><!></div>");
}

#[test]
fn show_switches_branches_when_mounted() {
    let (count, set_count) = signal(0);
    let (root, handle) = mount(move || {
        view! {
            <div>
                <span>"before"</span>
                <Show when=move || { count.get() > 2 } fallback=move || view! { <i>"small " {count}</i> }>
                    <b>"big"</b>
                </Show>
                <span>"after"</span>
            </div>
        }
        .into_any()
    });
    let div = root.expect("div");
    assert_eq!(
        div.inner_html(),
        "<span>before</span><i>small 0</i><!----><span>after</span>"
    );
    set_count.set(1);
    assert_eq!(
        div.inner_html(),
        "<span>before</span><i>small 1</i><!----><span>after</span>"
    );
    set_count.set(3);
    assert_eq!(
        div.inner_html(),
        "<span>before</span><b>big</b><!----><span>after</span>"
    );
    let big = div.expect("b");
    set_count.set(4);
    assert!(
        div.expect("b") == big,
        "the shown branch is not rebuilt while `when` stays true"
    );
    set_count.set(0);
    assert_eq!(
        div.inner_html(),
        "<span>before</span><i>small 0</i><!----><span>after</span>"
    );
    drop(handle);
    assert_eq!(root.inner_html(), "");
}

#[test]
fn show_disposes_the_hidden_branch_scope() {
    let (shown, set_shown) = signal(true);
    let created = Rc::new(Cell::new(0));
    let (root, _handle) = mount({
        let created = created.clone();
        move || {
            view! {
                <Show when=move || shown.get()>
                    {
                        created.set(created.get() + 1);
                        let (n, set_n) = signal(10);
                        view! { <button on:click=move |_| set_n.update(|n| *n += 1)>{n}</button> }
                    }
                </Show>
            }
            .into_any()
        }
    });
    testing::click(&root.expect("button"));
    assert_eq!(root.expect("button").text_content(), "11");
    set_shown.set(false);
    assert!(root.query_selector_all("button").is_empty());
    set_shown.set(true);
    assert_eq!(
        root.expect("button").text_content(),
        "10",
        "children are made afresh"
    );
    assert_eq!(created.get(), 2);
}
