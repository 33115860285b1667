//! The port renders what Leptos renders for the same source (`tests/leptos_output.html`,
//! written by `benches/src/bin/leptos_port.rs` from Leptos 0.8.23), after the SSR benchmark's
//! normalisation (comments and `<!>` markers dropped, entity spellings and attribute order
//! made canonical); and it runs on the test renderer.

#[path = "../../../benches/src/normalize.rs"]
#[allow(
    dead_code,
    unreachable_pub,
    reason = "the benchmark's module; only `normalize` and `diff` are used"
)]
mod normalize;

use leptos_port::App;
use view_core::prelude::*;
use view_core::testing::{self, TestNode, TestRenderer};

fn ours() -> String {
    Owner::new().with(|| view! { <App/> }.to_html())
}

#[test]
fn html_matches_leptos() {
    let theirs = include_str!("leptos_output.html");
    let ours = normalize::normalize(&ours());
    let theirs = normalize::normalize(theirs.trim_end());
    assert!(ours == theirs, "{}", normalize::diff(&ours, &theirs));
}

#[test]
fn counters_run_on_the_test_renderer() {
    let owner = Owner::new();
    let root = TestNode::element("body");
    let _handle = owner.with(|| mount_on::<TestRenderer, _>(&root, App));
    let text = |selector: &str| root.expect(selector).text_content();
    assert_eq!(text("[data-testid=total]"), "3");
    assert_eq!(text("[data-testid=counters]"), "3");

    // "+1" on the last counter (2 → 3): odd now, the total follows.
    let rows = root.query_selector_all("li");
    assert_eq!(rows.len(), 3);
    testing::click(&rows[2].query_selector_all("button")[1]);
    assert_eq!(text("[data-testid=total]"), "4");
    assert_eq!(rows[2].attribute("class").as_deref(), Some("odd"));

    // Add 3 counters, remove the first one.
    testing::click(&root.query_selector_all(".controls button")[1]);
    assert_eq!(text("[data-testid=counters]"), "6");
    testing::click(&root.query_selector_all("li")[0].query_selector_all("button")[2]);
    assert_eq!(text("[data-testid=counters]"), "5");
    assert_eq!(text("[data-testid=total]"), "4");

    // Past 10 the status switches; a bad limit shows the error boundary's fallback.
    assert_eq!(text(".status"), "Under the limit");
    for _ in 0..7 {
        testing::click(&root.query_selector_all("li")[0].query_selector_all("button")[1]);
    }
    assert_eq!(text(".status"), "Over the limit!");
    testing::click(&root.query_selector_all(".controls button")[3]);
    assert_eq!(text(".error"), "Bad limit: invalid digit found in string");
}
