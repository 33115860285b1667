//! Hydration in the real DOM: server HTML (from `to_html`) is parsed by the browser's own parser
//! (`innerHTML`), then hydrated. A matching page hydrates without adding a node and works;
//! injected mismatches are reported (on the handle and the console) and repaired into what a
//! client render makes.
#![cfg(target_arch = "wasm32")]

use view_browser_tests::{ChildListRecorder, click, find, hydrate_server_html, root};
use view_core::dom::Dom;
use view_core::prelude::*;
use view_core::{MountHandle, Render, hydrate_to};
use wasm_bindgen_test::{wasm_bindgen_test, wasm_bindgen_test_configure};

wasm_bindgen_test_configure!(run_in_browser);

#[component]
fn Shop(count: ReadSignal<i32>, set_count: WriteSignal<i32>) -> impl IntoView {
    let items = vec!["apple", "pear & plum"];
    view! {
        <header><h1>"Shop"</h1></header>
        <table><tbody>
            {items.into_iter().map(|item| view! { <tr><td>{item}</td><td class="n">{1}</td></tr> }).collect::<Vec<_>>()}
        </tbody></table>
        <p class="count">"Count: " {count} " items"</p>
        <button on:click=move |_| set_count.update(|n| *n += 1)>"add"</button>
        {move || (count.get() > 1).then(|| view! { <em>"many"</em> })}
        <svg viewBox="0 0 4 4"><circle r={2}/></svg>
        <select><option value="a">"A"</option></select>
        <ul>{keyed(vec![(1, "x"), (2, "y")], |row| row.0, |row| view! { <li>{row.1}</li> })}</ul>
    }
}

fn shop() -> impl RenderHtml + Render<Dom> {
    let (count, set_count) = signal(0);
    view! { <Shop count set_count/> }
}

/// A client render of the app, as HTML.
fn client_html() -> String {
    let root = root();
    let handle = mount_on(&root, shop);
    let html = root.inner_html();
    drop(handle);
    root.remove();
    html
}

/// Puts `server` into a fresh root with the browser's parser and hydrates the app there.
fn hydrate(server: &str) -> (web_sys::Element, MountHandle<Dom>, u32) {
    let root = root();
    root.set_inner_html(server);
    let recorder = ChildListRecorder::observe_subtree(&root);
    let handle = hydrate_to(&root, shop);
    let added = recorder.take().added;
    (root, handle, added)
}

#[wasm_bindgen_test]
fn matching_server_html_hydrates_without_adding_a_node_and_works() {
    let server = shop().to_html();
    let (root, handle, added) = hydrate(&server);
    assert!(
        handle.mismatches().is_empty(),
        "{:?}",
        handle
            .mismatches()
            .iter()
            .map(ToString::to_string)
            .collect::<Vec<_>>()
    );
    assert_eq!(added, 0, "hydration added nodes");
    assert_eq!(root.inner_html(), client_html());
    click(&find(&root, "button"));
    click(&find(&root, "button"));
    assert!(root.inner_html().contains("Count: 2 items"));
    assert!(root.inner_html().contains("<em>many</em>"));
}

/// Console warnings written from now on (installed once).
fn warnings() -> Vec<String> {
    let value = js_sys::eval(
        "if (globalThis.__viewCoreWarnings === undefined) {
            globalThis.__viewCoreWarnings = [];
            const original = console.warn;
            console.warn = function (...args) {
                globalThis.__viewCoreWarnings.push(args.join(' '));
                return original.apply(this, args);
            };
        }
        globalThis.__viewCoreWarnings.splice(0)",
    )
    .expect("warnings");
    js_sys::Array::from(&value)
        .iter()
        .filter_map(|value| value.as_string())
        .collect()
}

fn injected(change: impl Fn(&str) -> String) {
    let _ = warnings();
    let server = change(&shop().to_html());
    let (root, handle, _) = hydrate(&server);
    assert!(!handle.mismatches().is_empty(), "no report for {server:?}");
    assert_eq!(root.inner_html(), client_html(), "server HTML {server:?}");
    let logged = warnings();
    assert!(
        logged
            .iter()
            .any(|line| line.starts_with("hydration mismatch at div > ")),
        "console: {logged:?}"
    );
    click(&find(&root, "button"));
    assert!(root.inner_html().contains("Count: 1 items"));
}

#[wasm_bindgen_test]
fn mismatches_are_reported_on_the_console_and_repaired() {
    injected(|html| html.replacen("<h1>Shop</h1>", "<h2>Shop</h2>", 1));
    injected(|html| html.replacen(">apple<", ">banana<", 1));
    // Text in a table is moved before it by the parser ("foster parenting").
    injected(|html| html.replacen("<tbody>", "<tbody>stray", 1));
    injected(|html| html.replace("<!>", ""));
    injected(|html| html[..html.len() / 2].to_owned());
    injected(|html| html.replacen("<li>y</li>", "<li>y</li><li>z</li>", 1));
    injected(|html| html.replacen("<p class=\"count\">", "<p class=\"count\"><div>x</div>", 1));
    injected(|_| "<div id=\"old\">another version</div>".to_owned());
    injected(|_| String::new());
    injected(|html| html.replacen("<button>add</button>", "add", 1));
    injected(|html| html.replacen("<li>x</li>", "", 1));
    injected(|html| html.replacen("<li>x</li><li>y</li>", "<li>y</li><li>x</li>", 1));
    injected(|html| {
        html.replacen("<header>", "<header><div>", 1)
            .replacen("</header>", "</div></header>", 1)
    });
    injected(|html| html.replacen("<td class=\"n\">", "<td>", 1));
    injected(|html| html.replacen(">Shop<", ">Store<", 1));
}

#[wasm_bindgen_test]
fn clicks_before_hydration_are_replayed_after_it() {
    js_sys::eval(view_core::hydration::EARLY_EVENTS_SCRIPT).expect("the recorder runs");
    let root = root();
    root.set_inner_html(&shop().to_html());
    let button = find(&root, "button");
    click(&button);
    click(&button);
    assert_eq!(
        find(&root, "p.count").text_content().as_deref(),
        Some("Count: 0 items"),
        "nothing handles clicks yet"
    );
    let handle = hydrate_to(&root, shop);
    assert!(handle.mismatches().is_empty());
    assert!(
        root.inner_html().contains("Count: 2 items"),
        "the two early clicks were replayed: {}",
        root.inner_html()
    );
    click(&button);
    assert!(
        root.inner_html().contains("Count: 3 items"),
        "and recording stopped"
    );
}

/// Hydrates `make()`'s own HTML in a fresh root and checks it against a client render: no node
/// added, no report, the same HTML.
fn clean<V>(make: impl Fn() -> V) -> (web_sys::Element, MountHandle<Dom>)
where
    V: RenderHtml + Render<Dom>,
    V::State: 'static,
{
    let client = root();
    let client_handle = mount_on(&client, &make);
    let expected = client.inner_html();
    drop(client_handle);
    client.remove();
    let (root, handle, _removed) = hydrate_server_html(&make);
    // The server writes `class=""` where every class part is false (as Leptos does), a client
    // render sets no class: hydration keeps the server's empty attribute.
    assert_eq!(root.inner_html().replace(r#" class="""#, ""), expected);
    (root, handle)
}

#[wasm_bindgen_test]
fn every_view_kind_hydrates_in_the_browser() {
    clean(|| view! { <p>"a" {"b"} {1} {2.5} {'c'}</p> });
    clean(|| view! { <div>{Some(view! { <b>"yes"</b> })}{None::<&str>}</div> });
    clean(|| view! { <div>{Either::<_, &str>::Left(view! { <i>"l"</i> })}</div> });
    clean(|| view! { <div>{view! { <span>"erased"</span> }.into_any()}</div> });
    clean(|| view! { <div>{Ok::<_, view_core::Error>(view! { <b>"ok"</b> })}</div> });
    clean(|| view! { <p>{["x", "y"]}</p> });
    clean(|| view! { <div inner_html="<b>raw</b> text"></div> });
    clean(|| view! { <div><textarea>{"a < b"}</textarea></div> });
    clean(|| view! { <math><mi>"x"</mi></math> });
    let (shown, set_shown) = signal(true);
    let (root, _handle) = clean(move || {
        view! {
            <Show when=move || shown.get() fallback=|| view! { <i>"hidden"</i> }>
                <b>"shown"</b>
            </Show>
        }
    });
    set_shown.set(false);
    assert!(root.inner_html().starts_with("<i>hidden</i>"));
    let input = NodeRef::<view_core::html::Input>::new();
    let (_root, _handle) = clean(move || view! { <input node_ref=input value="v"/> });
    assert!(input.get_untracked().is_some());
    clean(|| {
        view! {
            <ErrorBoundary fallback=|_| view! { <p>"error"</p> }>
                <p>{Ok::<_, view_core::Error>("fine")}</p>
            </ErrorBoundary>
        }
    });
}

/// An element with a spread and children hydrates: its children are the server's nodes, the
/// spread's reactive class and attribute and the dynamic child update, and its listener works.
#[wasm_bindgen_test]
fn a_spread_on_an_element_with_children_hydrates() {
    use view_core::attribute::{Attr, Class};
    let (count, set_count) = signal(1);
    let (root, _handle) = clean(move || {
        view! {
            <div>
                <section {..(Class(("even", move || count.get() % 2 == 0)), Attr::new("data-n", move || count.get()).expect("a valid name"))}>
                    <h1>"Title"</h1>
                    "Count: " {move || count.get()}
                    <button on:click=move |_| set_count.update(|n| *n += 1)>"+"</button>
                </section>
            </div>
        }
    });
    let h1 = find(&root, "h1");
    click(&find(&root, "button"));
    let section = find(&root, "section");
    assert_eq!(section.class_name(), "even");
    assert_eq!(section.get_attribute("data-n").as_deref(), Some("2"));
    assert_eq!(section.text_content().as_deref(), Some("TitleCount: 2+"));
    assert!(
        find(&root, "h1").is_same_node(Some(&h1)),
        "the server's child is kept"
    );
}
