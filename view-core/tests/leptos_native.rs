//! Leptos code that names browser types compiles natively, as under Leptos (web-sys compiles on
//! every target): typed `NodeRef::get()`, `mount_to(el.unchecked_into(), App)`, the browser
//! helpers, directives taking `web_sys::Element`, handlers made elsewhere typed with web-sys
//! events, `<Portal mount=…>` with a browser element. Rendering HTML runs none of the browser
//! code; what would run natively either works on the test renderer or panics saying why.

use std::cell::RefCell;
use std::rc::Rc;
use std::time::Duration;

use view_core::html::Input;
use view_core::prelude::*;
use view_core::testing::{self, TestNode};
use view_core::wasm_bindgen::{JsCast, JsValue};
use view_core::web_sys;

/// TodoMVC's form: the handler reads and clears the input through its `NodeRef`, whose
/// `get()` is the element's typed form (`TestNode` natively, `HtmlInputElement` in the
/// browser), and reads the legacy `key_code()`.
#[component]
fn NewTodo(added: Rc<RefCell<Vec<String>>>) -> impl IntoView {
    let input_ref = NodeRef::<Input>::new();
    let add = move |ev: ev::KeyboardEvent| {
        let input = input_ref.get().expect("the input is mounted");
        if ev.key_code() == 13 {
            added.borrow_mut().push(input.value());
            input.set_value("");
        }
    };
    Effect::new(move |_| {
        if let Some(input) = input_ref.get() {
            let _ = input.focus();
        }
    });
    view! { <input class="new-todo" on:keydown=add node_ref=input_ref/> }
}

#[test]
fn node_ref_get_is_the_typed_element_natively() {
    let added = Rc::new(RefCell::new(Vec::new()));
    let root = TestNode::element("body");
    let _handle = mount_on(&root, {
        let added = added.clone();
        move || view! { <NewTodo added/> }
    });
    let input = root.expect("input");
    input.set_value("milk");
    testing::key_down(&input, "a");
    assert!(added.borrow().is_empty(), "only Enter adds");
    testing::key_down(&input, "Enter");
    assert_eq!(*added.borrow(), ["milk"]);
    assert_eq!(input.value(), "", "set_value cleared the field");
}

#[test]
fn node_ref_get_element_is_the_renderers_element() {
    fn tag_of<E, R: view_core::Renderer<Element = TestNode>>(node_ref: NodeRef<E, R>) -> String {
        node_ref
            .get_element_untracked()
            .and_then(|element| element.tag())
            .unwrap_or_default()
    }
    let field = NodeRef::<Input>::new();
    let root = TestNode::element("main");
    let _handle = mount_on(&root, move || view! { <input node_ref=field/> });
    assert_eq!(tag_of(field), "input");
    assert_eq!(field.get_untracked(), field.get_element_untracked());
}

#[test]
fn test_node_focus_fires_focus_events() {
    let focused = Rc::new(RefCell::new(Vec::new()));
    let root = TestNode::element("main");
    let _handle = mount_on(&root, {
        let focused = focused.clone();
        move || {
            let (a, b) = (focused.clone(), focused.clone());
            view! {
                <div on:focusin=move |_| a.borrow_mut().push("focusin")>
                    <input on:focus=move |_| b.borrow_mut().push("focus")/>
                </div>
            }
        }
    });
    assert_eq!(root.expect("input").focus(), Ok(()));
    assert_eq!(*focused.borrow(), ["focus", "focusin"]);
}

#[test]
fn key_code_follows_the_key_unless_set() {
    let code = |key: &str| testing::Event::new("keydown").with_key(key).key_code();
    assert_eq!(code("Enter"), 13);
    assert_eq!(code("Escape"), 27);
    assert_eq!(code("a"), 65);
    assert_eq!(code("7"), 55);
    assert_eq!(code("F1"), 0);
    let set = testing::Event::new("keydown")
        .with_key("Enter")
        .with_key_code(99);
    assert_eq!(set.key_code(), 99);
}

#[component]
fn App() -> impl IntoView {
    view! { <p>"app"</p> }
}

/// The `main` of Leptos's `portal` and `js-framework-benchmark` examples: `mount_to` takes a
/// `web_sys::HtmlElement`, so the cast's target is inferred. Compiled, not run (natively
/// `document()` panics).
#[allow(dead_code, reason = "compiled only: it needs a page")]
fn leptos_main() {
    let handle = mount_to(
        document()
            .get_element_by_id("app")
            .expect("the page has #app")
            .unchecked_into(),
        App,
    );
    handle.forget();
}

#[test]
#[should_panic(expected = "view_core::mount_to called natively")]
fn mount_to_natively_panics_saying_why() {
    let element: web_sys::HtmlElement = JsValue::UNDEFINED.unchecked_into();
    mount_to(element, App).forget();
}

#[test]
#[should_panic(expected = "called natively: there is no page")]
fn window_natively_panics_saying_why() {
    let _ = window().location();
}

#[test]
#[should_panic(expected = "called natively: there is no page")]
fn document_natively_panics_saying_why() {
    let _ = document().get_element_by_id("app");
}

/// Leptos's `timer` example's hook: natively the interval never fires and its handle is `Ok`,
/// so the effect runs on the test renderer without panicking.
fn use_interval(interval_millis: impl Into<Signal<u64>>, f: impl Fn() + Clone + 'static) {
    let interval_millis = interval_millis.into();
    Effect::new(move |prev_handle: Option<IntervalHandle>| {
        if let Some(prev_handle) = prev_handle {
            prev_handle.clear();
        }
        set_interval_with_handle(f.clone(), Duration::from_millis(interval_millis.get()))
            .expect("could not create interval")
    });
}

#[test]
fn timers_are_inert_natively() {
    let ticks = RwSignal::new(0);
    let interval = RwSignal::new(10_u64);
    let root = TestNode::element("main");
    let _handle = mount_on(&root, move || {
        use_interval(interval, move || ticks.update(|t| *t += 1));
        set_timeout(move || ticks.set(100), Duration::ZERO);
        request_animation_frame(move || ticks.set(200));
        view! { <p>{ticks}</p> }
    });
    interval.set(20);
    flush_effects();
    assert_eq!(root.inner_html(), "<p>0</p>");
}

/// Leptos's `directives` example's form: the directive takes `web_sys::Element` and uses the
/// browser (`ElementExt`, `window()`).
fn highlight(el: web_sys::Element) {
    let handle = el.clone().on(ev::click, move |_| {
        el.style(("background-color", "yellow"));
        let _ = window().location();
    });
    on_cleanup(move || drop(handle));
}

#[component]
fn Highlighted() -> impl IntoView {
    view! { <p use:highlight>"text"</p> }
}

#[test]
fn a_browser_directive_renders_html_natively() {
    let html = Owner::new().with(|| view! { <Highlighted/> }.to_html());
    assert_eq!(html, "<p>text</p>");
}

#[test]
#[should_panic(expected = "directive taking `web_sys::Element` was built on the test renderer")]
fn a_browser_directive_mounted_on_the_test_renderer_panics_saying_why() {
    let root = TestNode::element("main");
    let _handle = mount_on(&root, Highlighted);
}

/// Leptos's `parent_child` example's `ButtonB`: a prop typed with a web-sys event, passed on.
#[component]
fn ButtonB(on_click: impl FnMut(web_sys::MouseEvent) + 'static) -> impl IntoView {
    view! { <button on:click=on_click>"Toggle Right"</button> }
}

#[test]
fn a_web_sys_typed_handler_renders_html_natively() {
    let html = Owner::new().with(|| view! { <ButtonB on_click=|_| ()/> }.to_html());
    assert_eq!(html, "<button>Toggle Right</button>");
}

#[test]
#[should_panic(expected = "a handler taking a web-sys event (web_sys")]
fn a_web_sys_typed_handler_run_on_the_test_renderer_panics_saying_why() {
    let root = TestNode::element("main");
    let _handle = mount_on(&root, || view! { <ButtonB on_click=|_| ()/> });
    testing::click(&root.expect("button"));
}

/// Leptos's `counters` example's form: a handler made before the view, its argument unnamed,
/// still gets the native event and runs on the test renderer.
#[test]
fn a_handler_made_elsewhere_without_a_type_runs_natively() {
    let (count, set_count) = signal(0);
    let root = TestNode::element("main");
    let _handle = mount_on(&root, move || {
        let add = move |_| set_count.update(|n| *n += 1);
        let add_prevented = move |ev: ev::MouseEvent| {
            ev.prevent_default();
            set_count.update(|n| *n += 10);
        };
        view! {
            <button class="add" on:click=add>{count}</button>
            <button class="ten" on:click=add_prevented>"+10"</button>
        }
    });
    testing::click(&root.expect(".add"));
    assert_eq!(count.get_untracked(), 1);
    assert!(
        testing::click(&root.expect(".ten")),
        "the handler prevented the default"
    );
    assert_eq!(count.get_untracked(), 11);
}

/// Leptos's `portal` example's form: the mount is a browser element, only made when shown.
#[component]
fn Overlay() -> impl IntoView {
    view! {
        <div>
            <Show when=|| false fallback=|| ()>
                <Portal mount=document().get_element_by_id("app").expect("#app")>
                    <p>"overlay"</p>
                </Portal>
            </Show>
        </div>
    }
}

#[test]
fn a_portal_into_a_browser_element_renders_html_natively() {
    let html = Owner::new().with(|| view! { <Overlay/> }.to_html());
    assert_eq!(html.replace("<!>", ""), "<div></div>");
}
