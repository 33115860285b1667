//! Issue 15 in the browser: `bind:value` / `bind:checked` (two-way), `on:…:target` with the
//! element's own web-sys type, the `event_target*` helpers, `class:md:flex` and
//! `style:--custom-prop`, all through `view!` and the DOM renderer.
#![cfg(target_arch = "wasm32")]

use view_browser_tests::{click, find, hydrate_server_html, property, root};
use view_core::dom::Dom;
use view_core::prelude::*;
use wasm_bindgen::{JsCast, JsValue};
use wasm_bindgen_test::{wasm_bindgen_test, wasm_bindgen_test_configure};

wasm_bindgen_test_configure!(run_in_browser);

/// Sets `element.value` as typing would, then dispatches a bubbling `input` event.
fn type_into(element: &web_sys::Element, text: &str) {
    js_sys::Reflect::set(
        element,
        &JsValue::from_str("value"),
        &JsValue::from_str(text),
    )
    .expect("set value");
    fire(element, "input");
}

fn fire(element: &web_sys::Element, name: &str) {
    let init = web_sys::EventInit::new();
    init.set_bubbles(true);
    let event = web_sys::Event::new_with_event_init_dict(name, &init).expect("Event");
    element.dispatch_event(&event).expect("dispatch");
}

#[wasm_bindgen_test]
fn bind_value_is_two_way_on_input_textarea_and_select() {
    let root = root();
    let name = RwSignal::new("Ada".to_owned());
    let (notes, set_notes) = signal("first".to_owned());
    let choice = RwSignal::new("b".to_owned());
    let _handle = mount_on::<Dom, _>(&root, move || {
        view! {
            <input bind:value=name/>
            <textarea bind:value=(notes, set_notes)/>
            <select bind:value=choice>
                <option value="a">"A"</option>
                <option value="b">"B"</option>
            </select>
            <p>{move || name.get()}</p>
        }
    });
    let input = find(&root, "input");
    let textarea = find(&root, "textarea");
    let select = find(&root, "select");
    assert_eq!(
        property(&input, "value").as_string().as_deref(),
        Some("Ada")
    );
    assert_eq!(
        property(&textarea, "value").as_string().as_deref(),
        Some("first")
    );
    assert_eq!(property(&select, "value").as_string().as_deref(), Some("b"));

    type_into(&input, "Grace");
    assert_eq!(name.get_untracked(), "Grace");
    assert_eq!(find(&root, "p").text_content().as_deref(), Some("Grace"));

    type_into(&textarea, "second");
    assert_eq!(notes.get_untracked(), "second");

    js_sys::Reflect::set(
        &select,
        &JsValue::from_str("value"),
        &JsValue::from_str("a"),
    )
    .expect("set value");
    fire(&select, "input");
    assert_eq!(choice.get_untracked(), "a");

    name.set("Linus".to_owned());
    set_notes.set("third".to_owned());
    choice.set("b".to_owned());
    assert_eq!(
        property(&input, "value").as_string().as_deref(),
        Some("Linus")
    );
    assert_eq!(
        property(&textarea, "value").as_string().as_deref(),
        Some("third")
    );
    assert_eq!(property(&select, "value").as_string().as_deref(), Some("b"));
}

#[wasm_bindgen_test]
fn bind_checked_follows_real_clicks() {
    let root = root();
    let done = RwSignal::new(false);
    let _handle = mount_on::<Dom, _>(&root, move || {
        view! { <input type="checkbox" bind:checked=done/> }
    });
    let checkbox = find(&root, "input");
    assert_eq!(property(&checkbox, "checked").as_bool(), Some(false));
    click(&checkbox);
    assert!(done.get_untracked());
    click(&checkbox);
    assert!(!done.get_untracked());
    done.set(true);
    assert_eq!(property(&checkbox, "checked").as_bool(), Some(true));
}

#[wasm_bindgen_test]
fn on_target_gives_the_elements_web_sys_type() {
    let root = root();
    let (text, set_text) = signal(String::new());
    let _handle = mount_on::<Dom, _>(&root, move || {
        // `ev.target()` is a `web_sys::HtmlInputElement` (the `typed-dom` feature).
        view! { <input on:input:target=move |ev| set_text.set(ev.target().value())/> }
    });
    type_into(&find(&root, "input"), "typed");
    assert_eq!(text.get_untracked(), "typed");
}

#[wasm_bindgen_test]
fn event_target_helpers() {
    let root = root();
    let (text, set_text) = signal(String::new());
    let (ticked, set_ticked) = signal(false);
    let (tag, set_tag) = signal(String::new());
    let _handle = mount_on::<Dom, _>(&root, move || {
        view! {
            <input class="text" on:input=move |ev| set_text.set(event_target_value(&ev))/>
            <input class="box" type="checkbox" on:change=move |ev| {
                set_ticked.set(event_target_checked(&ev));
                set_tag.set(event_target::<web_sys::Element>(&ev).tag_name());
            }/>
        }
    });
    type_into(&find(&root, ".text"), "hello");
    click(&find(&root, ".box"));
    assert_eq!(text.get_untracked(), "hello");
    assert!(ticked.get_untracked());
    assert_eq!(tag.get_untracked(), "INPUT");
}

#[wasm_bindgen_test]
fn capture_and_bubble_listeners_for_one_event_on_one_element() {
    let root = root();
    let log = RwSignal::new(Vec::<&'static str>::new());
    let _handle = mount_on::<Dom, _>(&root, move || {
        view! {
            <div on:click:capture=move |_| log.update(|l| l.push("div capture"))
                 on:click=move |_| log.update(|l| l.push("div bubble"))>
                <button on:click:undelegated=move |_| log.update(|l| l.push("button"))>"Go"</button>
            </div>
        }
    });
    click(&find(&root, "button"));
    assert_eq!(log.get_untracked(), ["div capture", "button", "div bubble"]);
}

#[wasm_bindgen_test]
fn class_names_with_colons_and_custom_properties() {
    let root = root();
    let wide = RwSignal::new(true);
    let gap = RwSignal::new("4px".to_owned());
    let _handle = mount_on::<Dom, _>(&root, move || {
        view! { <div class:md:flex=wide class=("a b", wide) style:--gap=gap/> }
    });
    let div = find(&root, "div");
    let classes = div.class_list();
    assert!(classes.contains("md:flex") && classes.contains("a") && classes.contains("b"));
    let style = div.unchecked_ref::<web_sys::HtmlElement>().style();
    assert_eq!(style.get_property_value("--gap").as_deref(), Ok("4px"));
    wide.set(false);
    gap.set("8px".to_owned());
    assert_eq!(div.class_list().length(), 0);
    assert_eq!(style.get_property_value("--gap").as_deref(), Ok("8px"));
}

#[wasm_bindgen_test]
fn node_ref_is_copy_and_reactive() {
    let root = root();
    let field: NodeRef<view_core::html::Input, Dom> = NodeRef::new();
    let shown = RwSignal::new(false);
    let _handle = mount_on::<Dom, _>(&root, move || {
        view! {
            <p>{move || field.get().map_or("empty".to_owned(), |input| input.tag_name())}</p>
            <Show when=move || shown.get()><input node_ref=field/></Show>
        }
    });
    let text = || find(&root, "p").text_content().unwrap_or_default();
    assert_eq!(text(), "empty");
    shown.set(true);
    assert_eq!(text(), "INPUT");
    // `get_dom` (typed-dom) gives the element's own web-sys type.
    assert!(
        field
            .get_dom()
            .is_some_and(|input| input.value().is_empty())
    );
    shown.set(false);
    assert_eq!(text(), "empty");
}

/// `bind:` on elements inside a template (cloned from the call site's prototype; the
/// element's attributes are one hole): two-way on the cloned nodes, and a bound `<select>`
/// whose chosen option only a dynamic child makes shows it (the value is set again once
/// every hole is built).
#[wasm_bindgen_test]
fn bind_is_two_way_on_templated_elements_and_a_select_gets_its_dynamic_option() {
    let root = root();
    let name = RwSignal::new("Ada".to_owned());
    let done = RwSignal::new(false);
    let choice = RwSignal::new("c".to_owned());
    let make = move || {
        view! {
            <form class="f">
                <input type="text" bind:value=name/>
                <input type="checkbox" bind:checked=done/>
                <select bind:value=choice>
                    <option value="a">"A"</option>
                    {["b", "c"].map(|v| view! { <option value=v>{v}</option> })}
                </select>
                <p {..view_core::attribute::Class("spread")}>{move || name.get()}</p>
            </form>
        }
    };
    assert!(std::any::type_name_of_val(&make()).contains("AttributesHole"));
    let _handle = mount_on::<Dom, _>(&root, make);
    let text = find(&root, "input[type=text]");
    let checkbox = find(&root, "input[type=checkbox]");
    let select = find(&root, "select");
    assert_eq!(property(&text, "value").as_string().as_deref(), Some("Ada"));
    assert_eq!(property(&select, "value").as_string().as_deref(), Some("c"));
    assert_eq!(
        find(&root, "p.spread").text_content().as_deref(),
        Some("Ada")
    );

    type_into(&text, "Grace");
    assert_eq!(name.get_untracked(), "Grace");
    assert_eq!(find(&root, "p").text_content().as_deref(), Some("Grace"));
    click(&checkbox);
    assert!(done.get_untracked());
    js_sys::Reflect::set(
        &select,
        &JsValue::from_str("value"),
        &JsValue::from_str("b"),
    )
    .expect("set value");
    fire(&select, "input");
    assert_eq!(choice.get_untracked(), "b");

    name.set("Linus".to_owned());
    done.set(false);
    choice.set("a".to_owned());
    assert_eq!(
        property(&text, "value").as_string().as_deref(),
        Some("Linus")
    );
    assert_eq!(property(&checkbox, "checked").as_bool(), Some(false));
    assert_eq!(property(&select, "value").as_string().as_deref(), Some("a"));
}

/// Regression: a bound `<textarea>` in builder form lost the server's text on hydration (and
/// reported a mismatch); a bound `<select>` shows its first option until hydration selects the
/// bound one (HTML has no `value` attribute on `<select>`, so the server writes none).
#[wasm_bindgen_test]
fn bound_textarea_and_select_hydrate_in_builder_and_templated_form() {
    use view_core::html::{option, select, textarea};
    let notes = RwSignal::new("first <line>".to_owned());
    let choice = RwSignal::new("b".to_owned());
    let builder = move || {
        (
            textarea().bind_value(notes),
            select()
                .bind_value(choice)
                .child(option().value("a").child("A"))
                .child(option().value("b").child("B")),
        )
    };
    let templated = move || {
        view! {
            <textarea bind:value=notes/>
            <select bind:value=choice>
                <option value="a">"A"</option>
                <option value="b">"B"</option>
            </select>
        }
    };
    for form in 0..2 {
        let html = if form == 0 {
            builder().to_html()
        } else {
            templated().to_html()
        };
        let page = root();
        page.set_inner_html(&html);
        let before = property(&find(&page, "select"), "value").as_string();
        assert_eq!(
            before.as_deref(),
            Some("a"),
            "the server's page, form {form}"
        );
        page.remove();

        let (root, _handle, removed) = if form == 0 {
            hydrate_server_html(builder)
        } else {
            hydrate_server_html(templated)
        };
        assert_eq!(removed, 0, "hydration removed nodes");
        let area = find(&root, "textarea");
        let field = find(&root, "select");
        assert_eq!(area.text_content().as_deref(), Some("first <line>"));
        assert_eq!(
            property(&area, "value").as_string().as_deref(),
            Some("first <line>")
        );
        assert_eq!(property(&field, "value").as_string().as_deref(), Some("b"));
        type_into(&area, "typed");
        assert_eq!(notes.get_untracked(), "typed");
        notes.set("first <line>".to_owned());
        assert_eq!(
            property(&area, "value").as_string().as_deref(),
            Some("first <line>")
        );
        type_into(&field, "a");
        assert_eq!(choice.get_untracked(), "a");
        choice.set("b".to_owned());
        assert_eq!(property(&field, "value").as_string().as_deref(), Some("b"));
        root.remove();
    }
}

/// `bind:checked` on a checkbox and radio buttons and `bind:value` on a number input hydrate
/// without a mismatch and stay two-way.
#[wasm_bindgen_test]
fn bound_checkbox_radio_and_number_input_hydrate() {
    let done = RwSignal::new(true);
    let small = RwSignal::new(false);
    let large = RwSignal::new(true);
    let count = RwSignal::new("42".to_owned());
    let (root, _handle, removed) = hydrate_server_html(move || {
        view! {
            <form>
                <input type="checkbox" bind:checked=done/>
                <input type="radio" name="size" value="s" bind:checked=small/>
                <input type="radio" name="size" value="l" bind:checked=large/>
                <input type="number" bind:value=count/>
            </form>
        }
    });
    assert_eq!(removed, 0, "hydration removed nodes");
    let checkbox = find(&root, "input[type=checkbox]");
    let radio_s = find(&root, "input[value=s]");
    let radio_l = find(&root, "input[value=l]");
    let number = find(&root, "input[type=number]");
    assert_eq!(property(&checkbox, "checked").as_bool(), Some(true));
    assert_eq!(property(&radio_l, "checked").as_bool(), Some(true));
    assert_eq!(
        property(&number, "value").as_string().as_deref(),
        Some("42")
    );
    click(&checkbox);
    assert!(!done.get_untracked());
    click(&radio_s);
    assert!(small.get_untracked());
    type_into(&number, "7");
    assert_eq!(count.get_untracked(), "7");
    root.remove();
}
