//! What Leptos's example apps do in the browser, ported by changing their imports: directives
//! that add listeners and styles with `ElementExt`, listeners on the window with
//! `window_event_listener` and the location's hash, and an attribute bundle with a listener
//! cloned onto two elements.
#![cfg(target_arch = "wasm32")]

use std::cell::RefCell;
use std::rc::Rc;

use view_browser_tests::{click, find, mount, root};
use view_core::RemoveEventHandler;
use view_core::prelude::*;
use wasm_bindgen_test::{wasm_bindgen_test, wasm_bindgen_test_configure};

wasm_bindgen_test_configure!(run_in_browser);

/// The Leptos example's `highlight` directive: toggles a style on each click.
fn highlight(element: web_sys::Element) {
    let mut on = false;
    let handle = element.clone().on(ev::click, move |_| {
        on = !on;
        let color = if on { "yellow" } else { "transparent" };
        element.style(("background-color", color));
    });
    // As in Leptos, dropping the handle keeps the listener.
    drop(handle);
}

thread_local! {
    static CLICKS: RefCell<u32> = const { RefCell::new(0) };
}

/// Counts clicks until the first one, then removes its own listener.
fn count_once(element: web_sys::Element) {
    let handle = Rc::new(RefCell::new(None::<RemoveEventHandler>));
    let own = handle.clone();
    *handle.borrow_mut() = Some(element.on(ev::click, move |_| {
        CLICKS.with(|clicks| *clicks.borrow_mut() += 1);
        if let Some(handle) = own.borrow_mut().take() {
            handle.remove();
        }
    }));
}

#[wasm_bindgen_test]
fn element_ext_adds_listeners_and_styles_to_a_live_element() {
    let root = root();
    let _state = mount(
        view! { <p use:highlight>"text"</p><button use:count_once>"once"</button> },
        &root,
    );
    let p = find(&root, "p");
    click(&p);
    assert_eq!(
        p.get_attribute("style").as_deref(),
        Some("background-color: yellow;")
    );
    click(&p);
    assert_eq!(
        p.get_attribute("style").as_deref(),
        Some("background-color: transparent;")
    );

    let button = find(&root, "button");
    click(&button);
    click(&button);
    assert_eq!(
        CLICKS.with(|clicks| *clicks.borrow()),
        1,
        "removed after one"
    );
}

#[wasm_bindgen_test]
fn window_event_listener_hears_window_events_until_removed() {
    let seen = Rc::new(RefCell::new(Vec::new()));
    let log = seen.clone();
    let handle = window_event_listener(ev::hashchange, move |event: ev::HashChangeEvent| {
        log.borrow_mut().push(event.type_())
    });
    let dispatch = || {
        let event = web_sys::Event::new("hashchange").expect("an event");
        window().dispatch_event(&event).expect("dispatched");
    };
    dispatch();
    assert_eq!(*seen.borrow(), ["hashchange"]);
    handle.remove();
    dispatch();
    assert_eq!(seen.borrow().len(), 1, "not heard after remove");

    location().set_hash("#/active").expect("hash set");
    assert_eq!(location_hash().as_deref(), Some("/active"));
    location().set_hash("").expect("hash cleared");
}

#[wasm_bindgen_test]
fn a_cloned_attribute_bundle_listens_on_both_elements() {
    let clicks = Rc::new(RefCell::new(0));
    let counter = clicks.clone();
    let bundle = view! { <{..} class="btn" on:click=move |_| *counter.borrow_mut() += 1/> };
    let root = root();
    let _state = mount(
        view! {
            <button id="first" {..bundle.clone()}>"a"</button>
            <button id="second" {bundle}>"b"</button>
        },
        &root,
    );
    click(&find(&root, "#first"));
    click(&find(&root, "#second"));
    assert_eq!(*clicks.borrow(), 2);
    assert_eq!(find(&root, "#second").class_name(), "btn");
}
