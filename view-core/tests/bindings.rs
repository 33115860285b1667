//! `bind:value`, `bind:checked`, `on:…:target`, the `event_target*` helpers and the attribute
//! names of issue 15 (`class:md:flex`, `class=("a b", signal)`, `style:--custom-prop`): SSR and
//! mounting on the test renderer.

mod common;

use common::{mount, render};
use view_core::PropertyValue;
use view_core::html::Input;
use view_core::prelude::*;
use view_core::testing::{self, TestNode};

#[test]
fn bind_value_writes_the_initial_value_attribute() {
    let name = RwSignal::new("Ada \"L\"".to_owned());
    assert_eq!(
        render(view! { <input bind:value=name/> }),
        r#"<input value="Ada &quot;L&quot;">"#
    );
    let (text, set_text) = signal("hi".to_owned());
    assert_eq!(
        render(view! { <textarea bind:value=(text, set_text)/> }),
        "<textarea>\nhi</textarea>"
    );
}

#[test]
fn bind_value_is_two_way_with_an_rw_signal() {
    let name = RwSignal::new("Ada".to_owned());
    let (root, _handle) = mount(move || view! { <input type="text" bind:value=name/> });
    let field = root.expect("input");
    assert_eq!(
        field.property("value"),
        Some(PropertyValue::Str("Ada".into()))
    );

    testing::set_input_value(&field, "Grace");
    assert_eq!(name.get_untracked(), "Grace");

    name.set("Linus".to_owned());
    assert_eq!(field.value(), "Linus");
}

#[test]
fn bind_value_is_two_way_with_a_signal_pair_on_select_and_textarea() {
    let (choice, set_choice) = signal("b".to_owned());
    let (notes, set_notes) = signal(String::new());
    let (root, _handle) = mount(move || {
        view! {
            <select bind:value=(choice, set_choice)>
                <option value="a">"A"</option>
                <option value="b">"B"</option>
            </select>
            <textarea bind:value=(notes, set_notes)/>
        }
    });
    let select = root.expect("select");
    assert_eq!(select.value(), "b");
    testing::set_input_value(&select, "a");
    assert_eq!(choice.get_untracked(), "a");

    let area = root.expect("textarea");
    testing::set_input_value(&area, "line");
    assert_eq!(notes.get_untracked(), "line");
    set_notes.set("other".to_owned());
    assert_eq!(area.value(), "other");
}

#[test]
fn bind_checked_is_two_way_and_writes_checked() {
    let done = RwSignal::new(true);
    assert_eq!(
        render(view! { <input type="checkbox" bind:checked=done/> }),
        r#"<input type="checkbox" checked>"#
    );
    let (root, _handle) = mount(move || view! { <input type="checkbox" bind:checked=done/> });
    let checkbox = root.expect("input");
    assert!(checkbox.checked());
    testing::set_checked(&checkbox, false);
    assert!(!done.get_untracked());
    done.set(true);
    assert!(checkbox.checked());

    let (off, set_off) = signal(false);
    assert_eq!(
        render(view! { <input type="checkbox" bind:checked=(off, set_off)/> }),
        r#"<input type="checkbox">"#
    );
}

#[test]
fn a_bound_view_reads_what_the_user_typed() {
    let name = RwSignal::new(String::new());
    let (root, _handle) = mount(move || {
        view! {
            <input bind:value=name/>
            <p>"Hello, " {move || name.get()}</p>
        }
    });
    testing::set_input_value(&root.expect("input"), "Ada");
    assert_eq!(root.expect("p").text_content(), "Hello, Ada");
}

#[test]
fn unmounting_stops_the_binding() {
    let name = RwSignal::new("a".to_owned());
    let (root, handle) = mount(move || view! { <input bind:value=name/> });
    let field = root.expect("input");
    assert_eq!(field.listener_count_for("input"), 1);
    drop(handle);
    assert_eq!(field.listener_count_for("input"), 0);
    name.set("b".to_owned());
    assert_eq!(field.value(), "a");
}

#[test]
fn on_target_gives_the_typed_target() {
    let (text, set_text) = signal(String::new());
    let (root, _handle) = mount(move || {
        view! { <input on:input:target=move |ev| set_text.set(ev.target().value())/> }
    });
    testing::set_input_value(&root.expect("input"), "typed");
    assert_eq!(text.get_untracked(), "typed");
}

#[test]
fn on_target_in_the_capture_phase_with_an_explicit_type() {
    let (seen, set_seen) = signal(String::new());
    let (root, _handle) = mount(move || {
        view! {
            <div on:click:target:capture={move |ev: ev::Targeted<ev::MouseEvent, view_core::html::Div>| {
                set_seen.set(format!("{:?}", ev.phase()))
            }}>
                <button>"Go"</button>
            </div>
        }
    });
    testing::click(&root.expect("button"));
    assert_eq!(seen.get_untracked(), "Capturing");
}

#[test]
fn event_target_helpers_read_the_target() {
    let (text, set_text) = signal(String::new());
    let (ticked, set_ticked) = signal(false);
    let (tag, set_tag) = signal(String::new());
    let (root, _handle) = mount(move || {
        view! {
            <input on:input=move |ev| set_text.set(event_target_value(&ev))/>
            <input type="checkbox" on:change=move |ev| {
                set_ticked.set(event_target_checked(&ev));
                let target: TestNode = event_target(&ev);
                set_tag.set(target.tag().unwrap_or_default());
            }/>
        }
    });
    let inputs = root.find_all_by_tag("input");
    testing::set_input_value(&inputs[0], "hello");
    testing::set_checked(&inputs[1], true);
    assert_eq!(text.get_untracked(), "hello");
    assert!(ticked.get_untracked());
    assert_eq!(tag.get_untracked(), "input");
}

#[test]
fn capture_and_bubble_listeners_for_one_event_on_one_element() {
    let log = RwSignal::new(Vec::<&'static str>::new());
    let (root, _handle) = mount(move || {
        view! {
            <button
                on:click=move |_| log.update(|l| l.push("bubble"))
                on:click:capture=move |_| log.update(|l| l.push("capture"))
                on:mousedown:undelegated=move |_| log.update(|l| l.push("undelegated"))
            >"Go"</button>
        }
    });
    let button = root.expect("button");
    testing::click(&button);
    testing::dispatch(&button, testing::Event::new("mousedown"));
    assert_eq!(log.get_untracked(), ["capture", "bubble", "undelegated"]);
}

#[test]
fn class_names_with_colons() {
    let (wide, set_wide) = signal(true);
    assert_eq!(
        render(view! { <div class:md:flex=wide class:hover:bg-red-500=true/> }),
        r#"<div class="md:flex hover:bg-red-500"></div>"#
    );
    let (root, _handle) = mount(move || view! { <div class="x" class:md:flex=wide/> });
    let div = root.expect("div");
    assert!(div.has_class("md:flex"));
    set_wide.set(false);
    assert!(!div.has_class("md:flex"));
    assert!(div.has_class("x"));
}

#[test]
fn class_tuple_toggles_each_name() {
    let (on, set_on) = signal(true);
    assert_eq!(
        render(view! { <div class=("a b", on)/> }),
        r#"<div class="a b"></div>"#
    );
    let (root, _handle) = mount(move || view! { <div class=("a  b", on)/> });
    let div = root.expect("div");
    assert!(div.has_class("a") && div.has_class("b"));
    set_on.set(false);
    assert!(!div.has_class("a") && !div.has_class("b"));
}

#[test]
fn style_custom_properties() {
    let (size, set_size) = signal("4px".to_owned());
    assert_eq!(
        view! { <div style:--gap=size style:--accent-color="red"/> }.to_html(),
        r#"<div style="--gap:4px;--accent-color:red;"></div>"#
    );
    let (root, _handle) = mount(move || view! { <div style:--gap=size/> });
    let div = root.expect("div");
    assert_eq!(div.style("--gap").as_deref(), Some("4px"));
    set_size.set("8px".to_owned());
    assert_eq!(div.style("--gap").as_deref(), Some("8px"));
}

#[test]
fn bound_input_inside_a_static_parent() {
    // The parent is a template; the bound input is its dynamic child.
    let name = RwSignal::new("x".to_owned());
    assert_eq!(
        render(view! { <form><label>"Name"</label><input bind:value=name/></form> }),
        r#"<form><label>Name</label><input value="x"></form>"#
    );
    let (root, _handle) =
        mount(move || view! { <form><label>"Name"</label><input bind:value=name/></form> });
    testing::set_input_value(&root.expect("input"), "y");
    assert_eq!(name.get_untracked(), "y");
}

#[allow(
    dead_code,
    reason = "type check: a NodeRef of an input is typed by the element"
)]
fn typed(_: NodeRef<Input>) {}

#[test]
fn an_element_with_on_target_is_templated() {
    let (text, set_text) = signal(String::new());
    let make =
        move || view! { <input on:input:target=move |ev| set_text.set(ev.target().value())/> };
    assert!(std::any::type_name_of_val(&make()).contains("Template"));
    let (root, _handle) = mount(make);
    testing::set_input_value(&root.expect("input"), "cloned");
    assert_eq!(text.get_untracked(), "cloned");
}

/// HTML has no `value` attribute on `<select>` (a browser ignores one, and shows the first
/// option), so the server writes nothing for `bind:value` there, as Leptos 0.8 does; the value
/// is set once the options exist, on mounting and on hydration.
#[test]
fn bind_value_on_a_select_writes_no_value_attribute() {
    let choice = RwSignal::new("b".to_owned());
    let expected = r#"<select><option value="a">A</option><option value="b">B</option></select>"#;
    assert_eq!(
        render(view! {
            <select bind:value=choice>
                <option value="a">"A"</option>
                <option value="b">"B"</option>
            </select>
        }),
        expected
    );
    let builder = || {
        use view_core::html::{option, select};
        select()
            .bind_value(choice)
            .child(option().value("a").child("A"))
            .child(option().value("b").child("B"))
    };
    assert!(!std::any::type_name_of_val(&builder()).contains("Template"));
    assert_eq!(builder().to_html(), expected);

    let (root, _handle) = mount(builder);
    assert_eq!(root.expect("select").value(), "b");
    choice.set("a".to_owned());
    assert_eq!(root.expect("select").value(), "a");
}

/// The test renderer reads a `<select>`'s value as a browser does: from its options, not from
/// a `value` attribute.
#[test]
fn the_test_renderer_reads_a_selects_value_from_its_options() {
    let root = TestNode::element("main");
    root.set_inner_html_parsed(
        r#"<select value="b"><option>  x  y </option><option value="b" selected>B</option><option value="c" selected>C</option></select><select></select>"#,
    );
    let selects = root.find_all_by_tag("select");
    assert_eq!(selects[0].value(), "c", "the last `selected` option");
    assert_eq!(selects[1].value(), "", "no option");
    testing::set_input_value(&selects[0], "x y");
    assert_eq!(
        selects[0].value(),
        "x y",
        "an option's text, whitespace collapsed"
    );
    testing::set_input_value(&selects[0], "nope");
    assert_eq!(selects[0].value(), "", "a value no option has selects none");
}
