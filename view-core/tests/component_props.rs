//! Leptos's prop forms: `impl Trait` props (generic parameters of the component) and
//! `#[prop(into)]` on closure props.

use std::cell::Cell;
use std::rc::Rc;

use view_core::prelude::*;
use view_core::testing::{self, TestNode, TestRenderer};

#[component]
fn Card(title: impl Into<String>, #[prop(optional)] note: Option<&'static str>) -> impl IntoView {
    let title: String = title.into();
    view! { <div class="card"><h2>{title}</h2>{note}</div> }
}

#[component]
fn Toggle(when: impl Fn() -> bool + 'static, on_toggle: impl FnMut() + 'static) -> impl IntoView {
    let mut on_toggle = on_toggle;
    view! {
        <button on:click=move |_| on_toggle()>{move || if when() { "on" } else { "off" }}</button>
    }
}

#[component]
fn Clicker<F: FnMut() + 'static>(
    #[prop(into)] on_click: F,
    #[prop(into)] label: String,
) -> impl IntoView {
    let mut on_click = on_click;
    view! { <button on:click=move |_| on_click()>{label}</button> }
}

#[test]
fn impl_into_prop_takes_any_convertible_value() {
    assert_eq!(
        view! { <Card title="a"/> }.to_html(),
        r#"<div class="card"><h2>a</h2><!></div>"#
    );
    let owned = String::from("b");
    assert_eq!(
        view! { <Card title=owned note="n"/> }.to_html(),
        r#"<div class="card"><h2>b</h2>n<!></div>"#
    );
}

#[test]
fn impl_fn_props_are_reactive_and_called() {
    let (on, set_on) = signal(false);
    let root = TestNode::element("main");
    let _handle = mount_on::<TestRenderer, _>(&root, move || {
        view! { <Toggle when=move || on.get() on_toggle=move || set_on.update(|on| *on = !*on)/> }
    });
    assert_eq!(root.inner_html(), "<button>off</button>");
    testing::click(&root.expect("button"));
    assert_eq!(root.inner_html(), "<button>on</button>");
}

#[test]
fn into_on_a_closure_prop_takes_the_closure() {
    let clicks = Rc::new(Cell::new(0));
    let root = TestNode::element("main");
    let _handle = mount_on::<TestRenderer, _>(&root, {
        let clicks = clicks.clone();
        move || view! { <Clicker on_click=move || clicks.set(clicks.get() + 1) label="go"/> }
    });
    assert_eq!(root.inner_html(), "<button>go</button>");
    testing::click(&root.expect("button"));
    assert_eq!(clicks.get(), 1);
}

/// A tab of `<Tabs>`: Leptos's `#[slot]` syntax.
#[slot]
struct Tab {
    #[prop(into)]
    label: String,
    children: ChildrenFn,
}

#[component]
fn Tabs(tab: Vec<Tab>, #[prop(optional)] selected: usize) -> impl IntoView {
    let labels = tab
        .iter()
        .map(|t| view! { <li>{t.label.clone()}</li> })
        .collect::<Vec<_>>();
    let body = tab.get(selected).map(|t| (t.children)());
    view! { <div class="tabs"><ul>{labels}</ul>{body}</div> }
}

#[test]
fn slot_structs_are_passed_to_the_parent() {
    let html = view! {
        <Tabs selected=1>
            <Tab slot label="One">"first"</Tab>
            <Tab slot label=String::from("Two")><b>"second"</b></Tab>
        </Tabs>
    }
    .to_html();
    assert_eq!(
        html,
        r#"<div class="tabs"><ul><li>One</li><li>Two</li><!></ul><b>second</b><!><!></div>"#
    );
    let root = TestNode::element("main");
    let _handle = mount_on::<TestRenderer, _>(&root, || {
        view! { <Tabs><Tab slot label="A">"a"</Tab><Tab slot label="B">"b"</Tab></Tabs> }
    });
    assert_eq!(root.expect(".tabs").text_content(), "ABa");
}
