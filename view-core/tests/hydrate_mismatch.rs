//! Hydration of server HTML that does not match the view: never a panic, a report naming what
//! was expected and found with the path and the `view!` location, and a DOM equal to a client
//! render that keeps working.
#![cfg(feature = "reactive_graph")]

use proptest::prelude::*;
use view_core::hydration::Mismatch;
use view_core::prelude::*;
use view_core::testing::{self, TestNode, TestRenderer};
use view_core::{MountHandle, Render, hydrate_to};

/// The app every case hydrates: templates with holes, static runs, a list, an option, a keyed
/// list, reactive text and a component.
#[component]
fn App(count: ReadSignal<i32>, set_count: WriteSignal<i32>) -> impl IntoView {
    let items = vec!["apple", "pear"];
    view! {
        <header><h1>"Shop"</h1><nav><a href="/">"Home"</a></nav></header>
        <main>
            <p class="count">"Count: " {count} " items"</p>
            <button on:click=move |_| set_count.update(|n| *n += 1)>"add"</button>
            <ul>{items.into_iter().map(|item| view! { <li>{item}</li> }).collect::<Vec<_>>()}</ul>
            {move || (count.get() > 1).then(|| view! { <em>"many"</em> })}
            <ol>{keyed(vec![(1, "x"), (2, "y")], |row| row.0, |row| view! { <li>{row.1}</li> })}</ol>
        </main>
        <footer>"©"</footer>
    }
}

fn app() -> impl RenderHtml + Render<TestRenderer> {
    let (count, set_count) = signal(0);
    view! { <App count set_count/> }
}

/// The HTML of a client render of the app.
fn client_html() -> String {
    let root = TestNode::element("body");
    let handle = mount_on(&root, app);
    let html = root.inner_html();
    drop(handle);
    html
}

/// Hydrates `server` (HTML) with the app, checks the DOM equals a client render and that the
/// button still works; returns the reports.
fn hydrate_html(server: &str) -> Vec<Mismatch> {
    let root = TestNode::element("body");
    root.set_inner_html_parsed(server);
    let handle: MountHandle<TestRenderer> = hydrate_to(&root, app);
    assert_eq!(root.inner_html(), client_html(), "server HTML: {server:?}");
    if let Some(button) = root.query_selector("button") {
        testing::click(&button);
        assert!(
            root.inner_html().contains("Count: 1 items"),
            "the hydrated app reacts: {}",
            root.inner_html()
        );
    }
    handle.mismatches().to_vec()
}

fn server_html() -> String {
    app().to_html()
}

/// Applies `change` to the server HTML and hydrates it: at least one report, each with a
/// path, the first naming `expected`/`found` fragments and, from a template, the location.
fn injected(change: impl Fn(&str) -> String, expected: &str, found: &str) {
    let server = change(&server_html());
    assert_ne!(server, server_html(), "the change must change something");
    let reports = hydrate_html(&server);
    assert!(!reports.is_empty(), "no report for {server:?}");
    let first = &reports[0];
    assert!(
        first.expected().contains(expected) && first.found().contains(found),
        "{first}"
    );
    assert!(first.path().starts_with("body > "), "{first}");
    let text = first.to_string();
    assert!(text.starts_with("hydration mismatch at body > "), "{text}");
    assert!(
        reports.iter().any(|report| report
            .location()
            .is_some_and(|l| l.contains("hydrate_mismatch.rs"))),
        "a report names the view! location: {reports:#?}"
    );
}

#[test]
fn the_unchanged_html_hydrates_cleanly() {
    assert!(hydrate_html(&server_html()).is_empty());
}

#[test]
fn a_different_tag_is_replaced() {
    injected(
        |html| html.replacen("<h1>Shop</h1>", "<h2>Shop</h2>", 1),
        "<h1>",
        "<h2>",
    );
}

#[test]
fn a_different_static_text_is_set() {
    injected(
        |html| html.replacen(">Shop<", ">Store<", 1),
        "text \"Shop\"",
        "text \"Store\"",
    );
}

#[test]
fn a_different_dynamic_text_is_set() {
    injected(
        |html| html.replacen(">apple<", ">banana<", 1),
        "text \"apple\"",
        "banana",
    );
}

#[test]
fn a_missing_element_is_created() {
    injected(|html| html.replacen("<li>pear</li>", "", 1), "<li>", "");
}

#[test]
fn an_extra_element_is_removed() {
    injected(
        |html| html.replacen("</nav>", "<span>ad</span></nav>", 1),
        "nothing",
        "<span>",
    );
}

#[test]
fn text_where_an_element_was_expected() {
    injected(
        |html| html.replacen("<button>add</button>", "add", 1),
        "<button>",
        "text \"add\"",
    );
}

#[test]
fn an_element_where_text_was_expected() {
    injected(
        |html| html.replacen("<footer>©</footer>", "<footer><b>©</b></footer>", 1),
        "text",
        "<b>",
    );
}

#[test]
fn stripped_markers_are_recreated() {
    injected(|html| html.replace("<!>", ""), "", "");
}

#[test]
fn truncated_html_is_completed() {
    injected(|html| html[..html.len() / 2].to_owned(), "", "");
}

#[test]
fn html_from_another_version_of_the_app() {
    injected(
        |_| "<div id=\"old-app\"><p>Version 1</p></div>".to_owned(),
        "<header>",
        "<div>",
    );
}

#[test]
fn an_empty_page_is_client_rendered() {
    injected(|_| String::new(), "<header>", "nothing");
}

#[test]
fn duplicated_nodes_are_removed() {
    injected(
        |html| html.replacen("<li>apple</li>", "<li>apple</li><li>apple</li>", 1),
        "",
        "",
    );
}

#[test]
fn swapped_nodes_are_repaired() {
    injected(
        |html| {
            html.replacen(
                "<li>apple</li><li>pear</li>",
                "<li>pear</li><li>apple</li>",
                1,
            )
        },
        "text \"apple\"",
        "text \"pear\"",
    );
}

#[test]
fn re_nested_nodes_are_repaired() {
    injected(
        |html| {
            html.replacen("<main>", "<main><div>", 1)
                .replacen("</main>", "</div></main>", 1)
        },
        "<p>",
        "<div>",
    );
}

#[test]
fn a_markup_rewrite_by_the_parser_is_repaired() {
    // A `<div>` inside a `<p>` closes the paragraph when the browser parses it.
    injected(
        |html| html.replacen("<p class=\"count\">", "<p class=\"count\"><div>x</div>", 1),
        "",
        "",
    );
}

#[test]
fn a_missing_keyed_row_is_created() {
    injected(|html| html.replacen("<li>y</li>", "", 1), "<li>", "");
}

#[test]
fn a_placeholder_replaced_by_text_is_repaired() {
    injected(|html| html.replacen("</ul><!>", "</ul>stray", 1), "", "");
}

/// The server HTML cut into tokens: tags, comments and texts.
fn tokens(html: &str) -> Vec<String> {
    let mut out = Vec::new();
    let mut rest = html;
    while !rest.is_empty() {
        let end = if rest.starts_with('<') {
            rest.find('>').map_or(rest.len(), |i| i + 1)
        } else {
            rest.find('<').unwrap_or(rest.len())
        };
        out.push(rest[..end].to_owned());
        rest = &rest[end..];
    }
    out
}

#[derive(Clone, Debug)]
enum Change {
    Delete(usize),
    Duplicate(usize),
    Swap(usize, usize),
    Rename(usize),
    StripMarkers,
    Truncate(usize),
    Renest(usize, usize),
}

fn apply(tokens: &mut Vec<String>, change: &Change) {
    let len = tokens.len().max(1);
    match *change {
        Change::Delete(i) => {
            if !tokens.is_empty() {
                tokens.remove(i % len);
            }
        }
        Change::Duplicate(i) => {
            if let Some(token) = tokens.get(i % len).cloned() {
                tokens.insert(i % len, token);
            }
        }
        Change::Swap(i, j) => {
            if !tokens.is_empty() {
                tokens.swap(i % len, j % len);
            }
        }
        Change::Rename(i) => {
            if let Some(token) = tokens.get_mut(i % len)
                && token.starts_with('<')
                && token.len() > 3
            {
                *token = token.replacen(|c: char| c.is_ascii_lowercase(), "q", 1);
            }
        }
        Change::StripMarkers => tokens.retain(|token| token != "<!>"),
        Change::Truncate(i) => tokens.truncate(i % len),
        Change::Renest(i, j) => {
            let (a, b) = ((i % len).min(j % len), (i % len).max(j % len));
            tokens.insert(b.min(tokens.len()), "</div>".to_owned());
            tokens.insert(a, "<div>".to_owned());
        }
    }
}

fn change() -> impl Strategy<Value = Change> {
    prop_oneof![
        any::<usize>().prop_map(Change::Delete),
        any::<usize>().prop_map(Change::Duplicate),
        (any::<usize>(), any::<usize>()).prop_map(|(i, j)| Change::Swap(i, j)),
        any::<usize>().prop_map(Change::Rename),
        Just(Change::StripMarkers),
        any::<usize>().prop_map(Change::Truncate),
        (any::<usize>(), any::<usize>()).prop_map(|(i, j)| Change::Renest(i, j)),
    ]
}

proptest! {
    #![proptest_config(ProptestConfig { cases: if cfg!(miri) { 4 } else { 256 }, ..ProptestConfig::default() })]

    /// Any mutation of the server HTML hydrates without a panic into a client render.
    #[test]
    fn mutated_server_html_always_ends_as_a_client_render(changes in proptest::collection::vec(change(), 1..4)) {
        let mut list = tokens(&server_html());
        for change in &changes {
            apply(&mut list, change);
        }
        let server = list.concat();
        let _ = hydrate_html(&server);
    }
}

#[test]
fn a_comment_with_text_is_no_placeholder() {
    // Found by the `hydrate` fuzz target: `</<p …` parses as a bogus comment with text.
    injected(
        |html| html.replacen("</ul><!>", "</ul><!--old-->", 1),
        "a marker comment",
        "a comment with text",
    );
}
