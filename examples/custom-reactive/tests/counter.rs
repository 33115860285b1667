//! A counter driven by the hand-rolled observable, on view-core's test renderer.

use custom_reactive::{Observable, install};
use view_core::html::{button, div, span};
use view_core::testing::{self, TestNode, TestRenderer};

#[test]
fn observable_updates_exactly_the_text_it_feeds() {
    install();
    let count = Observable::new(0);
    let root = TestNode::element("main");
    let handle = view_core::mount_on::<TestRenderer, _>(&root, {
        let count = count.clone();
        move || {
            let (shown, odd, clicked) = (count.clone(), count.clone(), count.clone());
            div().child((
                span()
                    .class(("odd", move || odd.get() % 2 == 1))
                    .child(move || shown.get()),
                button()
                    .on(view_core::ev::click, move |_| clicked.update(|n| *n += 1))
                    .child("+1"),
            ))
        }
    });
    assert_eq!(root.expect("span").outer_html(), "<span>0</span>");
    assert_eq!(count.subscriber_count(), 2);

    testing::reset_counters();
    testing::click(&root.expect("button"));
    let done = testing::counters();
    assert_eq!(
        (done.text_sets, done.attribute_sets, done.dom_ops()),
        (1, 1, 2)
    );
    assert_eq!(
        root.expect("span").outer_html(),
        r#"<span class="odd">1</span>"#
    );

    let effects_while_mounted = view_core::reactive::live_effects();
    drop(handle);
    assert_eq!(
        view_core::reactive::live_effects(),
        effects_while_mounted - 2
    );
    assert_eq!(
        count.subscriber_count(),
        0,
        "unmounting dropped the effects"
    );
    testing::reset_counters();
    count.set(10);
    assert_eq!(testing::counters().dom_ops(), 0);
    assert_eq!(root.inner_html(), "");
}
