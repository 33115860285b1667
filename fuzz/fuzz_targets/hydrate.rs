//! Hydration of untrusted server HTML: the HTML of an app (templates with holes, static runs,
//! a list, an option, a keyed list, a component-like function, texts) is mutated by the input
//! (tokens deleted, duplicated, swapped, renamed, re-nested, truncated, or replaced by the
//! input's own bytes), parsed as a browser would (html5ever, the test renderer's
//! `set_inner_html_parsed`), and hydrated. Hydration must never panic and must end with exactly
//! the nodes a client render makes (besides the page's own elements at the root, `script`,
//! `link` and the like, which hydration keeps, and attributes the view does not set, which it
//! keeps too: see docs/hydration.md); a clean page must give no report.

#![no_main]

use libfuzzer_sys::fuzz_target;
use view_core::prelude::*;
use view_core::testing::{TestNode, TestRenderer};
use view_core::{Render, hydrate_to};

fn app() -> impl RenderHtml + Render<TestRenderer> {
    let items = vec!["apple", "pear & plum"];
    let count = 3;
    view! {
        <header><h1>"Shop"</h1><nav><a href="/">"Home"</a></nav></header>
        <main>
            <p class="count">"Count: " {count} " items"</p>
            <ul>{items.into_iter().map(|item| view! { <li>{item}</li> }).collect::<Vec<_>>()}</ul>
            {(count > 1).then(|| view! { <em>"many"</em> })}
            <ol>{keyed(vec![(1, "x"), (2, "y")], |row| row.0, |row| view! { <li>{row.1}</li> })}</ol>
            <table><tbody><tr><td>{1}</td><td>"b"</td></tr></tbody></table>
        </main>
        <footer>"©" {None::<&str>}</footer>
    }
}

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

/// The server HTML the input describes.
fn server_html(data: &[u8]) -> String {
    let clean = app().to_html();
    let Some((&mode, ops)) = data.split_first() else {
        return clean;
    };
    if mode % 8 == 0 {
        return String::from_utf8_lossy(ops).into_owned();
    }
    let mut list = tokens(&clean);
    for op in ops.chunks(3) {
        let len = list.len().max(1);
        let i = usize::from(*op.get(1).unwrap_or(&0)) % len;
        let j = usize::from(*op.get(2).unwrap_or(&0)) % len;
        match op[0] % 8 {
            0 if !list.is_empty() => {
                list.remove(i);
            }
            1 if !list.is_empty() => {
                let token = list[i].clone();
                list.insert(i, token);
            }
            2 if !list.is_empty() => list.swap(i, j),
            3 => {
                if let Some(token) = list.get_mut(i)
                    && token.starts_with('<')
                {
                    *token = token.replacen(|c: char| c.is_ascii_lowercase(), "b", 1);
                }
            }
            4 => list.retain(|token| token != "<!>"),
            5 => list.truncate(i),
            6 => {
                let (a, b) = (i.min(j), i.max(j));
                list.insert(b.min(list.len()), "</div>".to_owned());
                list.insert(a, "<div>".to_owned());
            }
            _ => {
                let text = String::from_utf8_lossy(&op[1..]).into_owned();
                list.insert(i.min(list.len()), text);
            }
        }
    }
    list.concat()
}

fuzz_target!(|data: &[u8]| {
    // The test renderer's operation log would grow with every run.
    view_core::testing::set_op_logging(false);
    let server = server_html(data);
    let client = TestNode::element("body");
    let client_handle = view_core::mount_on(&client, app);
    let expected = client.inner_html();
    drop(client_handle);

    let root = TestNode::element("body");
    root.set_inner_html_parsed(&server);
    let handle = hydrate_to(&root, app);
    // At the root, the page's own elements are kept (`script`, `link`, …; the app renders
    // none there): the rest must be exactly the client render.
    for child in root.children() {
        if child
            .tag()
            .is_some_and(|tag| ["script", "template", "link", "style", "noscript"].contains(&tag.as_str()))
        {
            <TestRenderer as view_core::Renderer>::remove(&child);
        }
    }
    // Attributes the view does not set are the page's (a browser extension adds some before
    // hydration): hydration keeps them, so the comparison leaves them out.
    let client = TestNode::element("body");
    let client_handle = view_core::mount_on(&client, app);
    drop_foreign_attributes(&root, &client);
    drop(client_handle);
    assert_eq!(root.inner_html(), expected, "server HTML {server:?}");
    if server == app().to_html() {
        assert!(handle.mismatches().is_empty(), "{:?}", handle.mismatches());
    }
});

/// Removes from `actual` (and its descendants) every attribute that the element at the same
/// place in `expected` does not have. Where the trees differ in shape, nothing is removed
/// below that point and the HTML comparison reports the difference.
fn drop_foreign_attributes(actual: &TestNode, expected: &TestNode) {
    if actual.tag() != expected.tag() {
        return;
    }
    if actual.tag().is_some() {
        for name in actual.attribute_names() {
            if expected.attribute(&name).is_none() {
                <TestRenderer as view_core::Renderer>::remove_attribute(actual, &name);
            }
        }
    }
    let (actual, expected) = (actual.children(), expected.children());
    if actual.len() == expected.len() {
        for (a, e) in actual.iter().zip(&expected) {
            drop_foreign_attributes(a, e);
        }
    }
}
