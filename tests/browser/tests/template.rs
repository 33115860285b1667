//! Templates in the real DOM: `view!` builds each template by cloning a per-call-site prototype
//! (a parsed `<template>`), then builds the holes at their sites. The result must be exactly
//! what the builder form builds — same HTML, same namespaces, same text nodes — including the
//! content the HTML parser treats specially (`<tr>`, `<td>`, `<option>`), SVG and MathML,
//! whitespace-only text and adjacent dynamic texts; and creating more rows must not create
//! elements one by one.
#![cfg(target_arch = "wasm32")]

use view_browser_tests::{click, find, mount, root};
use view_core::html::{option, p, select, span, table, tbody, td, tr};
use view_core::prelude::*;
use view_core::svg::{circle, g, svg};
use wasm_bindgen_test::{wasm_bindgen_test, wasm_bindgen_test_configure};

wasm_bindgen_test_configure!(run_in_browser);

/// The HTML of `view` mounted into a fresh root.
fn mounted<V: view_core::Render<view_core::dom::Dom>>(view: V) -> (web_sys::Element, String) {
    let root = root();
    let state = mount(view, &root);
    std::mem::forget(state);
    let html = root.inner_html();
    (root, html)
}

/// Counts `document.createElement` / `createElementNS` calls from now on (installed once).
fn create_element_calls() -> f64 {
    js_sys::eval(
        "if (globalThis.__viewCoreCreates === undefined) {
            globalThis.__viewCoreCreates = 0;
            for (const name of ['createElement', 'createElementNS']) {
                const original = Document.prototype[name];
                Document.prototype[name] = function (...args) {
                    globalThis.__viewCoreCreates++;
                    return original.apply(this, args);
                };
            }
        }
        globalThis.__viewCoreCreates",
    )
    .expect("counter")
    .as_f64()
    .expect("a number")
}

#[wasm_bindgen_test]
fn a_template_clones_the_same_nodes_as_the_builder() {
    let name = "a<b>&\"c\"";
    let (_, cloned) =
        mounted(view! { <p class="x" title=name>"Hi, " {name} "!" <span>{1} {2}</span></p> });
    let (_, built) = mounted(p().class("x").title(name).child((
        "Hi, ",
        name,
        "!",
        span().child((1, 2)),
    )));
    assert_eq!(cloned, built);
}

#[wasm_bindgen_test]
fn texts_around_holes_stay_separate_text_nodes() {
    let n = 7;
    let (root, _) = mounted(view! { <p>"a" {n} "b" {n} {n} " "</p> });
    let p = find(&root, "p");
    let nodes = p.child_nodes();
    let texts: Vec<String> = (0..nodes.length())
        .map(|i| {
            nodes
                .item(i)
                .and_then(|node| node.text_content())
                .unwrap_or_default()
        })
        .collect();
    assert_eq!(texts, ["a", "7", "b", "7", "7", " "]);
}

#[wasm_bindgen_test]
fn table_rows_cells_and_options_clone_in_place() {
    let cells = ["x", "y"];
    let (_, cloned) = mounted(view! {
        <table><tbody><tr class="row"><td>{cells[0]}</td><td>{cells[1]}</td></tr></tbody></table>
    });
    let (_, built) = mounted(
        table().child(tbody().child(tr().class("row").child((td().child("x"), td().child("y"))))),
    );
    assert_eq!(cloned, built);
    let (root, _) = mounted(view! { <tr><td>{cells[0]}</td></tr> });
    assert_eq!(root.inner_html(), "<tr><td>x</td></tr>");
    let picked = "b";
    let (_, cloned) = mounted(view! {
        <select><option value="a">"A"</option><option value=picked>{picked}</option></select>
    });
    let (_, built) = mounted(select().child((
        option().value("a").child("A"),
        option().value("b").child("b"),
    )));
    assert_eq!(cloned, built);
}

#[wasm_bindgen_test]
fn svg_and_mathml_templates_keep_their_namespaces() {
    let r = 5;
    let (root, _) = mounted(view! {
        <div><svg viewBox="0 0 10 10"><g><circle r=r cx="1"/></g></svg><math><mi>{r}</mi></math></div>
    });
    let circle_node = find(&root, "circle");
    assert_eq!(
        circle_node.namespace_uri().as_deref(),
        Some("http://www.w3.org/2000/svg")
    );
    assert_eq!(circle_node.get_attribute("r").as_deref(), Some("5"));
    let svg_element = find(&root, "svg");
    assert_eq!(
        svg_element.get_attribute("viewBox").as_deref(),
        Some("0 0 10 10")
    );
    let mi = find(&root, "mi");
    assert_eq!(
        mi.namespace_uri().as_deref(),
        Some("http://www.w3.org/1998/Math/MathML")
    );
    let (_, built) = mounted(svg().child(g().child(circle().r(r))));
    let (_, cloned) = mounted(view! { <svg><g><circle r=r/></g></svg> });
    assert_eq!(cloned, built);
}

#[wasm_bindgen_test]
fn whitespace_only_text_is_kept() {
    let x = "x";
    let (_, cloned) = mounted(view! { <p><span>{x}</span>" "<span>"y"</span></p> });
    assert_eq!(cloned, "<p><span>x</span> <span>y</span></p>");
}

#[wasm_bindgen_test]
fn rows_after_the_first_are_cloned_not_created() {
    fn list(rows: &[u32]) -> impl view_core::Render<view_core::dom::Dom> + use<'_> {
        view! { <ul>{rows.iter().map(|n| view! { <li class="row">{*n}</li> }).collect::<Vec<_>>()}</ul> }
    }
    let rows: Vec<u32> = (0..50).collect();
    // Warm the prototypes (each call site parses its `<template>` once).
    let _ = mounted(list(&rows[..1]));
    let before = create_element_calls();
    let (root, _) = mounted(list(&rows));
    // One element is the test's own root `<div>`; every `<ul>` and `<li>` is a clone.
    let created = create_element_calls() - before;
    assert_eq!(
        root.query_selector_all("li.row").expect("query").length(),
        50
    );
    assert_eq!(created, 1.0, "elements created for 50 cloned rows");
}

#[wasm_bindgen_test]
fn cloned_templates_update_reactively_and_keep_listeners() {
    let (count, set_count) = signal(0);
    let root = root();
    let _handle = mount_on::<view_core::dom::Dom, _>(&root, move || {
        view! {
            <div class:odd=move || count.get() % 2 == 1>
                <button on:click=move |_| set_count.update(|c| *c += 1)>"+"</button>
                <span title=move || format!("n={}", count.get())>{count}</span>
            </div>
        }
    });
    click(&find(&root, "button"));
    let div = find(&root, "div");
    assert!(div.class_list().contains("odd"));
    let span = find(&root, "span");
    assert_eq!(span.get_attribute("title").as_deref(), Some("n=1"));
    assert_eq!(span.text_content().as_deref(), Some("1"));
}

/// An element with a spread and children is a template: its static children come from the
/// clone (no `createElement` per row beyond the prototype), the spread's attributes are set on
/// the cloned element, and the reactive spread and the dynamic child update in place.
#[wasm_bindgen_test]
fn a_spread_on_an_element_with_children_clones_them_and_updates() {
    use view_core::attribute::{Attr, Class};
    let (on, set_on) = signal(false);
    let (count, set_count) = signal(1);
    let make = move || {
        view! {
            <section {..(Class(("on", move || on.get())), Attr::new("data-n", move || count.get()).expect("a valid name"))} title="t">
                <h1>"Title"</h1>
                <ul><li>"one"</li></ul>
                "Count: " {move || count.get()}
            </section>
        }
    };
    let builder = move || {
        view_core::html::section()
            .with((
                Class(("on", move || on.get())),
                Attr::new("data-n", move || count.get()).expect("a valid name"),
            ))
            .title("t")
            .child((
                view_core::html::h1().child("Title"),
                view_core::html::ul().child(view_core::html::li().child("one")),
                "Count: ",
                move || count.get(),
            ))
    };
    let (built_root, built) = mounted(builder());
    // Warm the call site's prototype, then count the elements a second build creates.
    let (_, cloned) = mounted(make());
    assert_eq!(cloned, built);
    let before = create_element_calls();
    let (root, _) = mounted(make());
    // One element is the test's own root `<div>`; the section and its children are a clone.
    assert_eq!(create_element_calls() - before, 1.0, "cloned, not created");
    let h1 = find(&root, "h1");
    set_on.set(true);
    set_count.set(2);
    assert_eq!(root.inner_html(), built_root.inner_html());
    let section = find(&root, "section");
    assert_eq!(section.class_name(), "on");
    assert_eq!(section.get_attribute("data-n").as_deref(), Some("2"));
    assert_eq!(section.text_content().as_deref(), Some("TitleoneCount: 2"));
    assert!(find(&root, "h1").is_same_node(Some(&h1)));
}
