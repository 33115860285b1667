//! Element directives on components, as in Leptos: `on:`, `class:`, `style:`, `prop:` and `use:`
//! on `<Component …/>` apply to the component's root element (like `attr:` and spreads), in
//! HTML and on the test renderer.

use std::cell::{Cell, RefCell};
use std::rc::Rc;

use view_core::prelude::*;
use view_core::testing::{self, TestNode, TestRenderer};

#[component]
fn Button(label: &'static str) -> impl IntoView {
    view! { <button class="btn" style="color: red">{label}</button> }
}

#[test]
fn class_and_style_directives_merge_into_the_root_html() {
    let html =
        view! { <Button label="Save" class:primary=true class:hidden=false style:margin="0"/> }
            .to_html();
    assert_eq!(
        html,
        r#"<button class="btn primary" style="color: red;margin:0;">Save</button>"#
    );
}

#[test]
fn directives_beside_attr_and_spread() {
    let html = view! { <Button label="Go" attr:id="go" class:wide=true/> }.to_html();
    assert_eq!(
        html,
        r#"<button class="btn wide" style="color: red;" id="go">Go</button>"#
    );
}

#[test]
fn on_directive_listens_on_the_root_element() {
    let clicks = Rc::new(Cell::new(0));
    let root = TestNode::element("main");
    let _handle = mount_on::<TestRenderer, _>(&root, {
        let clicks = clicks.clone();
        move || view! { <Button label="+1" on:click=move |_| clicks.set(clicks.get() + 1)/> }
    });
    testing::click(&root.expect("button"));
    testing::click(&root.expect("button"));
    assert_eq!(clicks.get(), 2);
}

#[test]
fn reactive_class_directive_updates_the_root_element() {
    let (active, set_active) = signal(false);
    let root = TestNode::element("main");
    let _handle = mount_on::<TestRenderer, _>(&root, move || {
        view! { <Button label="Tab" class:active=move || active.get()/> }
    });
    assert_eq!(
        root.expect("button").attribute("class").as_deref(),
        Some("btn")
    );
    set_active.set(true);
    assert_eq!(
        root.expect("button").attribute("class").as_deref(),
        Some("btn active")
    );
}

#[test]
fn prop_and_use_directives_apply_to_the_root_element() {
    #[component]
    fn Field() -> impl IntoView {
        view! { <input type="text"/> }
    }
    let seen = Rc::new(RefCell::new(Vec::new()));
    let record = {
        let seen = seen.clone();
        move |element: TestNode, param: &str| {
            seen.borrow_mut().push((element.tag(), param.to_owned()))
        }
    };
    let root = TestNode::element("main");
    let _handle = mount_on::<TestRenderer, _>(&root, move || {
        view! { <Field prop:value=String::from("typed") use:record="focus"/> }
    });
    assert_eq!(
        root.expect("input").property("value"),
        Some(view_core::PropertyValue::Str("typed".to_owned()))
    );
    assert_eq!(
        *seen.borrow(),
        [(Some("input".to_owned()), "focus".to_owned())]
    );
}

#[test]
fn directives_on_a_component_without_a_root_element_are_dropped() {
    #[component]
    fn Text() -> impl IntoView {
        "just text"
    }
    assert_eq!(view! { <Text class:x=true/> }.to_html(), "just text");
}
