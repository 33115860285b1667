//! Issue 15 in the browser: handlers written with web-sys method names (the same source the
//! native suite compiles), attribute bundles with listeners, `use:` directives receiving the
//! `web_sys::Element` by value, and `into_any()` erasing for the DOM.
#![cfg(target_arch = "wasm32")]

#[path = "../../../view-core/tests/common/web_handlers.rs"]
mod web_handlers;

use std::cell::RefCell;
use std::rc::Rc;

use view_browser_tests::{click, find, mount, root};
use view_core::dom::Dom;
use view_core::prelude::*;
use wasm_bindgen_test::{wasm_bindgen_test, wasm_bindgen_test_configure};

use web_handlers::{describe_click, inserted, scrolled, shortcut};

wasm_bindgen_test_configure!(run_in_browser);

type Log = Rc<RefCell<Vec<String>>>;

#[wasm_bindgen_test]
fn handlers_reading_web_sys_accessors_run_on_real_events() {
    let root = root();
    let seen = Log::default();
    let (a, b, c, d) = (seen.clone(), seen.clone(), seen.clone(), seen.clone());
    let _state = mount(
        view! {
            <div
                on:click=move |e: ev::MouseEvent| a.borrow_mut().push(describe_click(&e))
                on:keydown=move |e: ev::KeyboardEvent| b.borrow_mut().extend(shortcut(&e))
                on:wheel=move |e: ev::WheelEvent| c.borrow_mut().push(scrolled(&e).to_string())
            >
                <input on:input=move |e: ev::InputEvent| d.borrow_mut().push(inserted(&e))/>
            </div>
        },
        &root,
    );
    let div = find(&root, "div");

    let init = web_sys::MouseEventInit::new();
    init.set_client_x(12);
    init.set_client_y(34);
    init.set_button(2);
    init.set_shift_key(true);
    let event =
        web_sys::MouseEvent::new_with_mouse_event_init_dict("click", &init).expect("MouseEvent");
    div.dispatch_event(&event).expect("dispatch");

    let init = web_sys::KeyboardEventInit::new();
    init.set_key("s");
    init.set_code("KeyS");
    init.set_ctrl_key(true);
    let event = web_sys::KeyboardEvent::new_with_keyboard_event_init_dict("keydown", &init)
        .expect("KeyboardEvent");
    div.dispatch_event(&event).expect("dispatch");

    let init = web_sys::WheelEventInit::new();
    init.set_delta_y(120.0);
    let event = web_sys::WheelEvent::new_with_event_init_dict("wheel", &init).expect("WheelEvent");
    div.dispatch_event(&event).expect("dispatch");

    let init = web_sys::InputEventInit::new();
    init.set_input_type("insertText");
    init.set_data(Some("é"));
    let event = web_sys::InputEvent::new_with_event_init_dict("input", &init).expect("InputEvent");
    find(&root, "input")
        .dispatch_event(&event)
        .expect("dispatch");

    assert_eq!(
        *seen.borrow(),
        [
            "click at 12,34 button 2 shift true alt false",
            "Ctrl+s (KeyS)",
            "120",
            "insertText:é",
        ]
    );
}

#[wasm_bindgen_test]
fn an_attribute_bundle_with_a_listener_spreads_onto_a_button() {
    let root = root();
    let clicks = Rc::new(RefCell::new(0));
    let bundle = {
        let clicks = clicks.clone();
        view! { <{..} class="primary" data-id="7" on:click=move |_| *clicks.borrow_mut() += 1/> }
    };
    let _state = mount(
        view! { <button class="btn" {..bundle}>"Save"</button> },
        &root,
    );
    let button = find(&root, "button");
    assert_eq!(button.class_name(), "btn primary");
    assert_eq!(button.get_attribute("data-id").as_deref(), Some("7"));
    click(&button);
    assert_eq!(*clicks.borrow(), 1);
}

thread_local! {
    static DIRECTIVES: RefCell<Vec<String>> = const { RefCell::new(Vec::new()) };
}

fn highlight(element: web_sys::Element) {
    let _ = element.class_list().add_1("highlighted");
}

fn label(element: web_sys::Element, text: String) {
    DIRECTIVES.with(|seen| {
        seen.borrow_mut()
            .push(format!("{}:{text}", element.tag_name()))
    });
}

#[wasm_bindgen_test]
fn use_directives_receive_the_web_sys_element_and_their_parameter_with_into() {
    let root = root();
    let _state = mount(
        view! { <p use:highlight use:label="note".into()>"x"</p> },
        &root,
    );
    assert_eq!(find(&root, "p").class_name(), "highlighted");
    assert_eq!(DIRECTIVES.with(|seen| seen.borrow().clone()), ["P:note"]);
}

#[component]
fn Card<R: view_core::Renderer>(title: &'static str, children: Children<R>) -> impl IntoView<R> {
    view! { <section><h2>{title}</h2>{children()}</section> }
}

#[wasm_bindgen_test]
fn a_renderer_generic_component_with_children_and_into_any_mounts_on_the_dom() {
    let root = root();
    let (n, set_n) = signal(0);
    let _handle = mount_on(&root, move || {
        view! {
            <Card<Dom> title="t">
                {move || if n.get() == 0 { view! { <i>"zero"</i> }.into_any() } else { view! { <b>{n.get()}</b> }.into_any() }}
            </Card<Dom>>
        }
    });
    assert_eq!(
        root.inner_html(),
        "<section><h2>t</h2><i>zero</i><!----><!----></section>"
    );
    set_n.set(2);
    assert_eq!(
        root.inner_html(),
        "<section><h2>t</h2><b>2</b><!----><!----></section>"
    );
}
