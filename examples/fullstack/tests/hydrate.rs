//! The page's components hydrate their own server HTML natively, on the test renderer: no node
//! is created, the app then responds; the injected mismatch (`mismatch=true`) is reported with
//! its path and repaired.
#![cfg(not(target_arch = "wasm32"))]

use fullstack::app::App;
use fullstack::model::{PageData, Todo};
use view_core::prelude::*;
use view_core::testing::{self, TestNode, TestRenderer};

fn data() -> PageData {
    let todo = |id, title: &str, completed| Todo {
        id,
        title: title.to_owned(),
        completed,
    };
    PageData {
        counter_start: 3,
        todos: vec![todo(1, "Buy milk", true), todo(2, "Write tests", false)],
    }
}

/// The body as the browser would parse it from the server's HTML.
fn server_body(mismatch: bool) -> TestNode {
    let body = TestNode::element("body");
    body.set_inner_html_parsed(&view! { <App data=data() mismatch=mismatch/> }.to_html());
    body
}

fn titles(root: &TestNode) -> Vec<String> {
    root.query_selector_all(".todo .title")
        .iter()
        .map(TestNode::text_content)
        .collect()
}

#[test]
fn the_page_hydrates_without_creating_nodes_and_then_responds() {
    let body = server_body(false);
    testing::reset_counters();
    let handle = view_core::hydrate_to::<TestRenderer, _>(&body, || view! { <App data=data()/> });
    assert!(handle.mismatches().is_empty(), "{:?}", handle.mismatches());
    assert_eq!(testing::counters().creates, 0);

    let plus = body
        .query_selector_all(".counter button")
        .into_iter()
        .find(|button| button.text_content() == "+1")
        .expect("the +1 button");
    testing::click(&plus);
    assert_eq!(body.expect(".counter span").text_content(), "Value: 4!");

    assert_eq!(titles(&body), ["Buy milk", "Write tests"]);
    let active = body
        .query_selector_all(".filter")
        .into_iter()
        .find(|button| button.text_content() == "Active")
        .expect("the Active filter");
    testing::click(&active);
    assert_eq!(titles(&body), ["Write tests"]);

    // An empty title is refused by the client itself, with a message.
    testing::submit(&body.expect(".new-todo"));
    assert_eq!(body.expect(".error").text_content(), "the title is empty");
}

#[test]
fn the_injected_mismatch_is_reported_and_repaired() {
    let body = server_body(true);
    let handle = view_core::hydrate_to::<TestRenderer, _>(&body, || view! { <App data=data()/> });
    let reports: Vec<String> = handle
        .mismatches()
        .iter()
        .map(ToString::to_string)
        .collect();
    assert_eq!(reports.len(), 1, "{reports:?}");
    assert!(
        reports[0].starts_with("hydration mismatch at") && reports[0].contains("h1"),
        "{}",
        reports[0]
    );
    assert_eq!(
        body.expect("h1.title").text_content(),
        "view-core full-stack demo"
    );
    assert!(body.query_selector_all("h2.title").is_empty());
}
