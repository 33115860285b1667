//! Attributes and directives on a component reach each of its root elements in the browser:
//! one `on:click` on a component whose view has two roots listens on both, with one shared
//! handler, and class directives land on both real elements.
#![cfg(target_arch = "wasm32")]

use std::cell::RefCell;
use std::rc::Rc;

use view_browser_tests::{click, find, root};
use view_core::dom::Dom;
use view_core::prelude::*;
use wasm_bindgen::JsCast;
use wasm_bindgen_test::{wasm_bindgen_test, wasm_bindgen_test_configure};

wasm_bindgen_test_configure!(run_in_browser);

/// Two root elements.
#[component]
fn Pair() -> impl IntoView {
    view! { <button class="first">"1"</button><button class="second">"2"</button> }
}

#[wasm_bindgen_test]
fn a_listener_on_a_component_fires_once_per_click_on_each_of_its_two_roots() {
    let root = root();
    let clicked: Rc<RefCell<Vec<String>>> = Rc::default();
    let _handle = mount_on::<Dom, _>(&root, {
        let clicked = clicked.clone();
        move || {
            let clicked = clicked.clone();
            view! {
                <Pair class:both=true on:click=move |event: ev::MouseEvent| {
                    let target = event
                        .target()
                        .and_then(|target| target.dyn_into::<web_sys::Element>().ok());
                    clicked
                        .borrow_mut()
                        .push(target.map(|element| element.class_name()).unwrap_or_default());
                }/>
            }
        }
    });
    let (first, second) = (find(&root, "button.first"), find(&root, "button.second"));
    assert_eq!(first.class_name(), "first both");
    assert_eq!(second.class_name(), "second both");
    click(&first);
    assert_eq!(*clicked.borrow(), ["first both"]);
    click(&second);
    click(&first);
    assert_eq!(
        *clicked.borrow(),
        ["first both", "second both", "first both"],
        "one call per click, on whichever root was clicked"
    );
}

/// One root or two, switched by the component's own top-level closure.
#[component]
fn Switch(two: ReadSignal<bool>) -> impl IntoView {
    move || {
        if two.get() {
            Either::Left(view! { <a class="a">"a"</a><b class="b">"b"</b> })
        } else {
            Either::Right(view! { <i class="i">"i"</i> })
        }
    }
}

/// Roots the component's own reactivity creates later get its attributes too, whether it was
/// mounted or hydrated, and a listener given to it fires on them.
#[wasm_bindgen_test]
fn roots_a_component_creates_later_get_its_attributes_mounted_and_hydrated() {
    for hydrate in [false, true] {
        let (two, set_two) = signal(false);
        let clicks = Rc::new(RefCell::new(0));
        let make = {
            let clicks = clicks.clone();
            move || {
                let clicks = clicks.clone();
                view! {
                    <Switch two=two class:x=true attr:data-k="v"
                        on:click=move |_: ev::MouseEvent| *clicks.borrow_mut() += 1/>
                }
            }
        };
        let root = root();
        let _handle = if hydrate {
            root.set_inner_html(&make().to_html());
            view_core::hydrate_to::<Dom, _>(&root, make)
        } else {
            mount_on::<Dom, _>(&root, make)
        };
        assert_eq!(find(&root, "i").class_name(), "i x", "hydrate: {hydrate}");
        set_two.set(true);
        for selector in ["a", "b"] {
            let element = find(&root, selector);
            assert_eq!(
                element.class_name(),
                format!("{selector} x"),
                "hydrate: {hydrate}"
            );
            assert_eq!(element.get_attribute("data-k").as_deref(), Some("v"));
            click(&element);
        }
        assert_eq!(*clicks.borrow(), 2, "hydrate: {hydrate}");
    }
}
