//! Handlers that read the event with web-sys method names compile natively and see what the
//! test dispatched (issue 15). The handlers live in `common/web_handlers.rs`, which the browser
//! suite compiles against web-sys too.

mod common;

use std::cell::RefCell;
use std::rc::Rc;

use view_core::prelude::*;
use view_core::testing::{Event, dispatch};

use common::mount;
use common::web_handlers::{describe_click, inserted, scrolled, shortcut};

#[test]
fn handlers_reading_web_sys_accessors_see_the_dispatched_fields() {
    let seen = Rc::new(RefCell::new(Vec::<String>::new()));
    let (root, _handle) = mount({
        let seen = seen.clone();
        move || {
            let (a, b, c, d) = (seen.clone(), seen.clone(), seen.clone(), seen);
            view! {
                <div
                    on:click=move |e: ev::MouseEvent| a.borrow_mut().push(describe_click(&e))
                    on:keydown=move |e: ev::KeyboardEvent| b.borrow_mut().extend(shortcut(&e))
                    on:wheel=move |e: ev::WheelEvent| c.borrow_mut().push(scrolled(&e).to_string())
                >
                    <input on:input=move |e: ev::InputEvent| d.borrow_mut().push(inserted(&e))/>
                </div>
            }
        }
    });
    let div = root.expect("div");
    dispatch(
        &div,
        Event::new("click")
            .with_client((12, 34))
            .with_button(2)
            .with_shift_key(true),
    );
    dispatch(
        &div,
        Event::new("keydown")
            .with_key("s")
            .with_code("KeyS")
            .with_ctrl_key(true),
    );
    dispatch(
        &div,
        Event::new("keydown")
            .with_key("s")
            .with_ctrl_key(true)
            .with_repeat(true),
    );
    dispatch(&div, Event::new("wheel").with_delta((0.0, 120.0, 0.0)));
    dispatch(
        &root.expect("input"),
        Event::new("input")
            .with_input_type("insertText")
            .with_data("é"),
    );
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

#[test]
fn an_event_without_fields_reads_as_a_synthetic_dom_event() {
    let event = Event::new("keydown");
    assert_eq!(event.key(), "");
    assert_eq!(
        (event.client_x(), event.button(), event.buttons()),
        (0, 0, 0)
    );
    assert_eq!(event.data(), None);
    assert_eq!(event.type_(), "keydown");
}
