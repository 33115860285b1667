//! Events in the browser: the renderer's direct listeners (`Dom::add_listener`) and the typed
//! `.on(ev::…, handler)` attribute, driven by real `click()` calls and dispatched events, plus
//! reactive updates from a handler through `reactive_graph` signals.
#![cfg(target_arch = "wasm32")]

use std::cell::RefCell;
use std::rc::Rc;

use view_browser_tests::{click, find, mount, root};
use view_core::dom::{Dom, ListenerHandle};
use view_core::html::{button, div, input, p, span};
use view_core::prelude::*;
use view_core::{Mountable, Renderer};
use wasm_bindgen::{JsCast, JsValue};
use wasm_bindgen_test::{wasm_bindgen_test, wasm_bindgen_test_configure};

wasm_bindgen_test_configure!(run_in_browser);

type Log = Rc<RefCell<Vec<String>>>;

/// A listener through the renderer's own `add_listener` that logs `label:type`.
fn listen(
    element: &web_sys::Element,
    capture: bool,
    log: &Log,
    label: &'static str,
) -> ListenerHandle {
    let log = Rc::clone(log);
    Dom::add_listener(
        element,
        "click",
        capture,
        Box::new(move |event: web_sys::Event| {
            log.borrow_mut().push(format!("{label}:{}", event.type_()));
        }),
    )
}

/// A `<div><button>Go</button></div>` in a fresh root: its state (keep it alive), the div and
/// the button.
fn nested() -> (Box<dyn Mountable<Dom>>, web_sys::Element, web_sys::Element) {
    let root = root();
    let state = mount(div().child(button().child("Go")), &root);
    (Box::new(state), find(&root, "div"), find(&root, "button"))
}

#[wasm_bindgen_test]
fn a_real_click_reaches_the_listener_and_bubbles() {
    let (_state, outer, inner) = nested();
    let log = Log::default();
    let _outer = listen(&outer, false, &log, "outer");
    let _inner = listen(&inner, false, &log, "inner");

    click(&inner);

    assert_eq!(*log.borrow(), ["inner:click", "outer:click"]);
}

#[wasm_bindgen_test]
fn capture_listeners_run_before_bubbling_ones() {
    let (_state, outer, inner) = nested();
    let log = Log::default();
    let _bubble = listen(&outer, false, &log, "outer-bubble");
    let _capture = listen(&outer, true, &log, "outer-capture");
    let _inner = listen(&inner, false, &log, "inner");

    click(&inner);

    assert_eq!(
        *log.borrow(),
        ["outer-capture:click", "inner:click", "outer-bubble:click"]
    );
}

#[wasm_bindgen_test]
fn dropping_the_listener_handle_removes_the_listener_and_frees_the_closure() {
    let (_state, _, inner) = nested();
    let log = Log::default();
    let handle = listen(&inner, false, &log, "button");
    click(&inner);
    drop(handle);
    click(&inner);

    assert_eq!(*log.borrow(), ["button:click"]);
    assert_eq!(
        Rc::strong_count(&log),
        1,
        "the handler closure is still alive"
    );
}

#[wasm_bindgen_test]
fn on_click_delivers_a_typed_mouse_event() {
    let root = root();
    let seen = Log::default();
    let _handle = mount_to::<Dom, _>(&root, {
        let seen = seen.clone();
        move || {
            button().on(ev::click, move |event: ev::MouseEvent| {
                let is_mouse_event =
                    JsValue::from(event.clone()).is_instance_of::<web_sys::MouseEvent>();
                seen.borrow_mut().push(format!(
                    "{} {is_mouse_event} button={}",
                    event.type_(),
                    event.button()
                ));
            })
        }
    });

    click(&find(&root, "button"));

    assert_eq!(*seen.borrow(), ["click true button=0"]);
}

#[wasm_bindgen_test]
fn stop_propagation_in_an_on_handler_keeps_the_event_from_ancestors() {
    let root = root();
    let seen = Log::default();
    let _handle = mount_to::<Dom, _>(&root, {
        let (outer, inner) = (seen.clone(), seen.clone());
        move || {
            div()
                .on(ev::click, move |_| outer.borrow_mut().push("div".into()))
                .child(button().on(ev::click, move |event: ev::MouseEvent| {
                    inner.borrow_mut().push("button".into());
                    event.stop_propagation();
                }))
        }
    });

    click(&find(&root, "button"));

    assert_eq!(*seen.borrow(), ["button"]);
}

#[wasm_bindgen_test]
fn prevent_default_in_an_on_handler_is_reported_to_the_dispatcher() {
    let root = root();
    let _handle = mount_to::<Dom, _>(&root, || {
        input()
            .attr("type", "checkbox")
            .on(ev::click, |event: ev::MouseEvent| event.prevent_default())
    });
    let checkbox = find(&root, "input");

    click(&checkbox);

    // A prevented click on a checkbox leaves it unchecked.
    assert!(
        !checkbox
            .unchecked_ref::<web_sys::HtmlInputElement>()
            .checked()
    );
}

#[wasm_bindgen_test]
fn a_non_bubbling_event_reaches_only_its_target() {
    let root = root();
    let seen = Log::default();
    let _handle = mount_to::<Dom, _>(&root, {
        let (outer, inner) = (seen.clone(), seen.clone());
        move || {
            div()
                .on(ev::Custom::<ev::Event>::new("ping"), move |_| {
                    outer.borrow_mut().push("div".into())
                })
                .child(span().on(
                    ev::Custom::<ev::Event>::new("ping"),
                    move |event: ev::Event| {
                        inner.borrow_mut().push(format!("span:{}", event.type_()));
                    },
                ))
        }
    });
    let init = web_sys::EventInit::new();
    init.set_bubbles(false);
    let event = web_sys::Event::new_with_event_init_dict("ping", &init).expect("Event");

    find(&root, "span")
        .dispatch_event(&event)
        .expect("dispatch");

    assert_eq!(*seen.borrow(), ["span:ping"]);
}

#[wasm_bindgen_test]
fn keyboard_events_arrive_typed() {
    let root = root();
    let keys = Log::default();
    let _handle = mount_to::<Dom, _>(&root, {
        let keys = keys.clone();
        move || {
            input().on(ev::keydown, move |event: ev::KeyboardEvent| {
                keys.borrow_mut().push(event.key())
            })
        }
    });
    let init = web_sys::KeyboardEventInit::new();
    init.set_key("Enter");
    init.set_bubbles(true);
    let event = web_sys::KeyboardEvent::new_with_keyboard_event_init_dict("keydown", &init)
        .expect("KeyboardEvent");

    find(&root, "input")
        .dispatch_event(&event)
        .expect("dispatch");

    assert_eq!(*keys.borrow(), ["Enter"]);
}

#[wasm_bindgen_test]
fn a_click_updates_the_text_through_a_signal_without_replacing_nodes() {
    let root = root();
    let _handle = mount_to::<Dom, _>(&root, || {
        let (count, set_count) = signal(0);
        (
            button()
                .on(ev::click, move |_| set_count.update(|n| *n += 1))
                .child("+1"),
            p().child(("Value: ", count)),
        )
    });
    let paragraph = find(&root, "p");
    let text = paragraph.last_child().expect("the value text");

    click(&find(&root, "button"));
    click(&find(&root, "button"));

    assert_eq!(paragraph.text_content().as_deref(), Some("Value: 2"));
    let text_after = paragraph.last_child().expect("the value text");
    assert!(
        text_after.is_same_node(Some(&text)),
        "the text node was replaced"
    );
}

#[wasm_bindgen_test]
fn unmounting_removes_nodes_and_listeners() {
    let root = root();
    let clicks = Rc::new(RefCell::new(0));
    let handle = mount_to::<Dom, _>(&root, {
        let clicks = clicks.clone();
        move || {
            button()
                .on(ev::click, move |_| *clicks.borrow_mut() += 1)
                .child("Go")
        }
    });
    let detached = find(&root, "button");
    click(&detached);

    drop(handle);

    assert_eq!(root.inner_html(), "");
    click(&detached);
    assert_eq!(*clicks.borrow(), 1, "the listener outlived the unmount");
    assert_eq!(
        Rc::strong_count(&clicks),
        1,
        "the handler closure is still alive"
    );
}

#[wasm_bindgen_test]
fn a_state_can_be_unmounted_and_its_listener_keeps_working_when_remounted() {
    let root = root();
    let clicks = Rc::new(RefCell::new(0));
    let mut state = mount(
        {
            let clicks = clicks.clone();
            button().on(ev::click, move |_| *clicks.borrow_mut() += 1)
        },
        &root,
    );
    let element = find(&root, "button");
    state.unmount();
    assert_eq!(root.inner_html(), "");
    state.mount(&root, None);
    click(&element);
    assert_eq!(*clicks.borrow(), 1);
}

#[wasm_bindgen_test]
fn listeners_inside_a_shadow_root_fire_and_the_event_is_retargeted_outside() {
    let host = root();
    let shadow = host
        .attach_shadow(&web_sys::ShadowRootInit::new(web_sys::ShadowRootMode::Open))
        .expect("attachShadow");
    let container = Dom::create_element("div", view_core::Namespace::Html);
    shadow
        .append_child(&container)
        .expect("append into the shadow root");
    let seen = Log::default();
    let _handle = mount_to::<Dom, _>(&container, {
        let seen = seen.clone();
        move || {
            button().on(ev::click, move |event: ev::MouseEvent| {
                let target: web_sys::Element = event.target().expect("target").unchecked_into();
                seen.borrow_mut()
                    .push(format!("inside:{}", target.tag_name()));
            })
        }
    });
    let outside = {
        let seen = seen.clone();
        Dom::add_listener(
            &host,
            "click",
            false,
            Box::new(move |event: web_sys::Event| {
                let target: web_sys::Element = event.target().expect("target").unchecked_into();
                seen.borrow_mut()
                    .push(format!("host:{}", target.tag_name()));
            }),
        )
    };

    let button = container
        .first_element_child()
        .expect("the button in the shadow root");
    click(&button);

    // Inside, the handler sees the button; outside, the event is retargeted to the host.
    assert_eq!(*seen.borrow(), ["inside:BUTTON", "host:DIV"]);
    drop(outside);
}
