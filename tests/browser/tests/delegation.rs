//! Event delegation (the `delegation` feature of view-core): bubbling `on:` handlers are called
//! by one listener per event type on the document, with the order, `stopPropagation`,
//! `stopImmediatePropagation`, `currentTarget` and shadow-root behaviour of direct listeners;
//! capture, `:undelegated` and non-bubbling handlers stay direct. Run with
//! `scripts/browser-tests.sh` (its second pass enables the feature).
#![cfg(all(target_arch = "wasm32", feature = "delegation"))]

use std::cell::RefCell;
use std::rc::Rc;

use view_browser_tests::{click, find, property, root};
use view_core::dom::Dom;
use view_core::html::{button, div, input};
use view_core::prelude::*;
use view_core::{MountHandle, hydrate_to};
use wasm_bindgen::JsCast;
use wasm_bindgen_test::{wasm_bindgen_test, wasm_bindgen_test_configure};

wasm_bindgen_test_configure!(run_in_browser);

type Log = Rc<RefCell<Vec<String>>>;

/// A handler that logs `label`.
fn logs(log: &Log, label: &'static str) -> impl FnMut(ev::MouseEvent) + 'static {
    let log = log.clone();
    move |_| log.borrow_mut().push(label.to_owned())
}

/// Whether `element` carries a delegated handler for `name` (the renderer's expando number).
fn delegated(element: &web_sys::Element, name: &str) -> bool {
    property(element, &format!("$$vc_{name}"))
        .as_f64()
        .is_some()
}

#[wasm_bindgen_test]
fn delegated_handlers_bubble_from_the_child_to_the_parent() {
    let root = root();
    let log = Log::default();
    let _handle = mount_on::<Dom, _>(&root, {
        let log = log.clone();
        move || {
            div()
                .on(ev::click, logs(&log, "div"))
                .child(button().on(ev::click, logs(&log, "button")))
        }
    });
    let button = find(&root, "button");
    assert!(
        delegated(&button, "click"),
        "the click handler is not delegated"
    );

    click(&button);

    assert_eq!(*log.borrow(), ["button", "div"]);
}

#[wasm_bindgen_test]
fn stop_propagation_keeps_the_event_from_delegated_ancestors() {
    let root = root();
    let log = Log::default();
    let _handle = mount_on::<Dom, _>(&root, {
        let log = log.clone();
        move || {
            let inner = log.clone();
            div().on(ev::click, logs(&log, "div")).child(button().on(
                ev::click,
                move |event: ev::MouseEvent| {
                    inner.borrow_mut().push("button".to_owned());
                    event.stop_propagation();
                },
            ))
        }
    });

    click(&find(&root, "button"));

    assert_eq!(*log.borrow(), ["button"]);
}

#[wasm_bindgen_test]
fn stop_immediate_propagation_skips_the_elements_other_handlers() {
    let root = root();
    let log = Log::default();
    let _handle = mount_on::<Dom, _>(&root, {
        let log = log.clone();
        move || {
            let first = log.clone();
            div().on(ev::click, logs(&log, "div")).child(
                button()
                    .on(ev::click, move |event: ev::MouseEvent| {
                        first.borrow_mut().push("first".to_owned());
                        event.stop_immediate_propagation();
                    })
                    .on(ev::click, logs(&log, "second")),
            )
        }
    });

    click(&find(&root, "button"));

    assert_eq!(*log.borrow(), ["first"]);
}

#[wasm_bindgen_test]
fn two_handlers_on_one_element_run_in_order() {
    let root = root();
    let log = Log::default();
    let _handle = mount_on::<Dom, _>(&root, {
        let log = log.clone();
        move || {
            button()
                .on(ev::click, logs(&log, "first"))
                .on(ev::click, logs(&log, "second"))
        }
    });

    click(&find(&root, "button"));

    assert_eq!(*log.borrow(), ["first", "second"]);
}

#[wasm_bindgen_test]
fn capture_handlers_stay_direct_and_run_before_delegated_ones() {
    let root = root();
    let log = Log::default();
    let _handle = mount_on::<Dom, _>(&root, {
        let log = log.clone();
        move || {
            div()
                .on(ev::click, logs(&log, "div-bubble"))
                .on_capture(ev::click, logs(&log, "div-capture"))
                .child(button().on(ev::click, logs(&log, "button")))
        }
    });

    click(&find(&root, "button"));

    assert_eq!(*log.borrow(), ["div-capture", "button", "div-bubble"]);
}

#[wasm_bindgen_test]
fn undelegated_handlers_are_direct_and_run_before_delegated_ones() {
    let root = root();
    let log = Log::default();
    let _handle = mount_on::<Dom, _>(&root, {
        let log = log.clone();
        move || {
            view! {
                <div on:click:undelegated=logs(&log, "div")>
                    <button on:click=logs(&log, "button")>"Go"</button>
                </div>
            }
        }
    });
    let div = find(&root, "div");
    assert!(!delegated(&div, "click"), "`:undelegated` was delegated");

    click(&find(&root, "button"));

    // The documented difference: a direct listener on an ancestor runs while the event
    // bubbles through it, before the document's delegated listener.
    assert_eq!(*log.borrow(), ["div", "button"]);
}

#[wasm_bindgen_test]
fn non_bubbling_events_keep_direct_listeners() {
    let root = root();
    let log = Log::default();
    let _handle = mount_on::<Dom, _>(&root, {
        let log = log.clone();
        move || {
            let focus = log.clone();
            let enter = log.clone();
            input()
                .on(ev::focus, move |_| {
                    focus.borrow_mut().push("focus".to_owned())
                })
                .on(ev::mouseenter, move |_| {
                    enter.borrow_mut().push("mouseenter".to_owned())
                })
        }
    });
    let input = find(&root, "input");
    assert!(!delegated(&input, "focus") && !delegated(&input, "mouseenter"));

    input
        .unchecked_ref::<web_sys::HtmlElement>()
        .focus()
        .expect("focus");
    let event = web_sys::Event::new("mouseenter").expect("new Event");
    input.dispatch_event(&event).expect("dispatchEvent");

    assert_eq!(*log.borrow(), ["focus", "mouseenter"]);
}

#[wasm_bindgen_test]
fn current_target_is_the_handlers_element_and_target_the_clicked_one() {
    let root = root();
    let seen: Rc<RefCell<Vec<(String, String)>>> = Rc::default();
    let _handle = mount_on::<Dom, _>(&root, {
        let seen = seen.clone();
        move || {
            div()
                .on(ev::click, move |event: ev::MouseEvent| {
                    let tag = |target: Option<web_sys::EventTarget>| {
                        target
                            .and_then(|t| t.dyn_into::<web_sys::Element>().ok())
                            .map(|e| e.local_name())
                            .unwrap_or_default()
                    };
                    seen.borrow_mut()
                        .push((tag(event.current_target()), tag(event.target())));
                })
                .child(button().child("Go"))
        }
    });

    click(&find(&root, "button"));

    assert_eq!(*seen.borrow(), [("div".to_owned(), "button".to_owned())]);
}

#[wasm_bindgen_test]
fn handlers_inside_an_open_shadow_root_are_reached_with_the_inner_target() {
    let host = root();
    let shadow = host
        .attach_shadow(&web_sys::ShadowRootInit::new(web_sys::ShadowRootMode::Open))
        .expect("attachShadow");
    let inner_root = web_sys::window()
        .and_then(|w| w.document())
        .expect("document")
        .create_element("div")
        .expect("createElement");
    shadow.append_child(&inner_root).expect("append");
    let seen = Log::default();
    let _handle = mount_on::<Dom, _>(&inner_root, {
        let seen = seen.clone();
        move || {
            button().on(ev::click, move |event: ev::MouseEvent| {
                let target = event
                    .target()
                    .and_then(|t| t.dyn_into::<web_sys::Element>().ok())
                    .map(|e| e.local_name())
                    .unwrap_or_default();
                seen.borrow_mut().push(format!("button target={target}"));
            })
        }
    });
    let button = inner_root
        .query_selector("button")
        .ok()
        .flatten()
        .expect("the button");
    assert!(delegated(&button, "click"));

    click(&button);

    // Seen from the document the target is the host; the handler inside the shadow tree
    // sees the button, as a direct listener would.
    assert_eq!(*seen.borrow(), ["button target=button"]);
}

#[wasm_bindgen_test]
fn unmounting_removes_the_delegated_handler_and_frees_it() {
    let root = root();
    let log = Log::default();
    let handle = mount_on::<Dom, _>(&root, {
        let log = log.clone();
        move || button().on(ev::click, logs(&log, "button"))
    });
    let button = find(&root, "button");
    click(&button);
    drop(handle);
    // The detached button still carries the old number; it must reach nothing, also after
    // another view reuses the slot.
    let other = root_with_button(&log);
    click(&button);

    assert_eq!(*log.borrow(), ["button"]);
    drop(other);
    assert_eq!(
        Rc::strong_count(&log),
        1,
        "a handler closure is still alive"
    );
}

/// Mounts another delegated click handler (reusing the freed slot).
fn root_with_button(log: &Log) -> MountHandle<Dom> {
    let log = log.clone();
    mount_on::<Dom, _>(&root(), move || button().on(ev::click, logs(&log, "other")))
}

#[wasm_bindgen_test]
fn hydration_attaches_delegated_handlers() {
    let count = Rc::new(RefCell::new(0));
    let app = {
        let count = count.clone();
        move || {
            let count = count.clone();
            view! { <div><button on:click=move |_| *count.borrow_mut() += 1>"Go"</button></div> }
        }
    };
    let root = root();
    root.set_inner_html(&app().to_html());
    let _handle = hydrate_to(&root, app);
    let button = find(&root, "button");
    assert!(delegated(&button, "click"));

    click(&button);

    assert_eq!(*count.borrow(), 1);
}

#[wasm_bindgen_test]
fn an_event_dispatched_without_bubbles_reaches_only_undelegated_handlers() {
    let root = root();
    let log = Log::default();
    let _handle = mount_on::<Dom, _>(&root, {
        let log = log.clone();
        move || {
            button()
                .on(ev::click, logs(&log, "delegated"))
                .on_undelegated(ev::click, logs(&log, "direct"))
                .child("Go")
        }
    });

    // `new Event("click")` does not bubble, so it never reaches the document: the documented
    // difference of delegation (write `:undelegated` for handlers of such dispatches).
    let event = web_sys::Event::new("click").expect("new Event");
    find(&root, "button")
        .dispatch_event(&event)
        .expect("dispatchEvent");
    assert_eq!(*log.borrow(), ["direct"]);

    // A real click bubbles: the direct listener runs at the button, the delegated one when
    // the click reaches the document.
    click(&find(&root, "button"));
    assert_eq!(*log.borrow(), ["direct", "direct", "delegated"]);
}
