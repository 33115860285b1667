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
    let _handle = mount_on::<Dom, _>(&root, {
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
    let _handle = mount_on::<Dom, _>(&root, {
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
    let _handle = mount_on::<Dom, _>(&root, || {
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
    let _handle = mount_on::<Dom, _>(&root, {
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
    let _handle = mount_on::<Dom, _>(&root, {
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
    let _handle = mount_on::<Dom, _>(&root, || {
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
    let handle = mount_on::<Dom, _>(&root, {
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
    let _handle = mount_on::<Dom, _>(&container, {
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

/// Item 6 of issue 11: a handler that dispatches its own event on its element. In JavaScript the
/// nested dispatch runs the handler again. The listener used to be an `FnMut` closure, which
/// wasm-bindgen refuses to re-enter ("closure invoked recursively"), so the nested dispatch
/// threw; now the nested call runs right after the running one returns.
#[wasm_bindgen_test]
fn a_handler_that_clicks_its_own_element_runs_again_instead_of_throwing() {
    let root = root();
    let log = Log::default();
    let node_ref = NodeRef::<view_core::html::Button, Dom>::new();
    let _state = mount(
        button()
            .node_ref(node_ref)
            .on(ev::click, {
                let log = Rc::clone(&log);
                move |_| {
                    let depth = log.borrow().len();
                    log.borrow_mut().push(format!("start {depth}"));
                    if depth == 0
                        && let Some(button) = node_ref.get()
                    {
                        // Guarded to recurse once. (`click()` while a `click()` of the same
                        // element is in progress does nothing, HTML § "click in progress
                        // flag"; the outer click below is a dispatched event, so this one
                        // runs.)
                        click(&button);
                    }
                    log.borrow_mut().push(format!("end {depth}"));
                }
            })
            .child("Go"),
        &root,
    );
    let dispatched = find(&root, "button")
        .dispatch_event(&web_sys::Event::new("click").expect("Event"))
        .expect("dispatchEvent");
    assert!(dispatched);
    assert_eq!(*log.borrow(), ["start 0", "end 0", "start 2", "end 2"]);
}

#[wasm_bindgen_test]
fn a_handler_that_dispatches_a_new_event_of_its_type_to_its_element_runs_again() {
    let root = root();
    let calls = Rc::new(std::cell::Cell::new(0));
    let _state = mount(
        button()
            .on(ev::click, {
                let calls = Rc::clone(&calls);
                move |event: web_sys::MouseEvent| {
                    calls.set(calls.get() + 1);
                    // `target`, not `current_target`: a nested call runs after its event's
                    // dispatch ended, when `currentTarget` is `null` again.
                    if calls.get() < 3
                        && let Some(target) = event.target()
                    {
                        let again = web_sys::Event::new("click").expect("Event");
                        target.dispatch_event(&again).expect("dispatchEvent");
                    }
                }
            })
            .child("Go"),
        &root,
    );
    click(&find(&root, "button"));
    assert_eq!(calls.get(), 3);
}

#[wasm_bindgen_test]
fn a_raw_listener_that_dispatches_its_own_event_runs_again() {
    let root = root();
    let calls = Rc::new(std::cell::Cell::new(0));
    let _listener = Dom::add_listener(&root, "ping", false, {
        let (calls, root) = (Rc::clone(&calls), root.clone());
        Box::new(move |_| {
            calls.set(calls.get() + 1);
            if calls.get() < 3 {
                let again = web_sys::Event::new("ping").expect("Event");
                root.dispatch_event(&again).expect("dispatchEvent");
            }
        })
    });
    root.dispatch_event(&web_sys::Event::new("ping").expect("Event"))
        .expect("dispatchEvent");
    assert_eq!(calls.get(), 3);
}

/// What the test renderer's `dispatch` panics with for the event being dispatched: the DOM
/// throws `InvalidStateError`.
#[wasm_bindgen_test]
fn redispatching_the_event_being_dispatched_throws_invalid_state_error() {
    let root = root();
    let thrown = Rc::new(RefCell::new(None::<String>));
    let _listener = Dom::add_listener(&root, "ping", false, {
        let (thrown, root) = (Rc::clone(&thrown), root.clone());
        Box::new(move |event: web_sys::Event| {
            if let Err(error) = root.dispatch_event(&event) {
                *thrown.borrow_mut() = error_name(&error);
            }
        })
    });
    root.dispatch_event(&web_sys::Event::new("ping").expect("Event"))
        .expect("dispatchEvent");
    assert_eq!(thrown.borrow().as_deref(), Some("InvalidStateError"));
}

fn error_name(error: &JsValue) -> Option<String> {
    js_sys::Reflect::get(error, &JsValue::from_str("name"))
        .ok()
        .and_then(|name| name.as_string())
}

/// Leptos's TodoMVC form: `NodeRef<Input>::get()` is a `web_sys::HtmlInputElement` (its
/// `value()` and `set_value()` need no cast), read from a handler made before the view; the
/// app is mounted with Leptos's `mount_to(element.unchecked_into(), App)`.
#[wasm_bindgen_test]
fn node_ref_get_is_the_typed_element_as_in_leptos() {
    let added = Log::default();
    let root = root();
    let app = {
        let added = added.clone();
        move || {
            let input_ref = NodeRef::<view_core::html::Input>::new();
            let add = move |ev: web_sys::KeyboardEvent| {
                let input: web_sys::HtmlInputElement = input_ref.get().expect("mounted");
                if ev.key() == "Enter" {
                    added.borrow_mut().push(input.value());
                    input.set_value("");
                }
            };
            view! { <input on:keydown=add node_ref=input_ref/> }
        }
    };
    let element: web_sys::Element = root.clone();
    let _handle = mount_to(element.unchecked_into(), app);

    let field: web_sys::HtmlInputElement = find(&root, "input").unchecked_into();
    field.set_value("milk");
    let init = web_sys::KeyboardEventInit::new();
    init.set_key("Enter");
    init.set_bubbles(true);
    let event = web_sys::KeyboardEvent::new_with_keyboard_event_init_dict("keydown", &init)
        .expect("KeyboardEvent");
    field.dispatch_event(&event).expect("dispatch");

    assert_eq!(*added.borrow(), ["milk"]);
    assert_eq!(field.value(), "", "set_value cleared the field");
}
