//! Leptos's logging macros (`leptos::logging::{log, warn, error}`) port by changing the path.
//! Natively they write to stderr; in the browser to the console (see the browser tests).

use view_core::logging::{self, error, log, warn};

#[test]
fn logging_macros_format_like_println() {
    let count = 3;
    log!("count is {count}");
    warn!("{} items left", 2);
    error!("failed: {:?}", Some("reason"));
    view_core::logging::log!("a path-qualified call");
    logging::console_log("plain text");
}

#[test]
fn logging_macros_work_inside_event_handlers() {
    use view_core::prelude::*;
    use view_core::testing::{self, TestNode};

    let root = TestNode::element("main");
    let (clicks, set_clicks) = signal(0);
    let _handle = mount_on(&root, move || {
        view! {
            <button on:click=move |_| {
                set_clicks.update(|n| *n += 1);
                log!("clicked {} times", clicks.get_untracked());
            }>"click"</button>
        }
    });
    testing::click(&root.expect("button"));
    assert_eq!(clicks.get_untracked(), 1);
}
