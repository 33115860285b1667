//! `NodeRef` as in Leptos: `Copy`, reactive (an effect or view closure reading it re-runs once
//! the element is loaded, and when it is unloaded), typed by element.

mod common;

use std::cell::RefCell;
use std::rc::Rc;

use common::{mount, render};
use view_core::html::{Div, Input};
use view_core::prelude::*;
use view_core::testing::{self, TestRenderer};

#[test]
fn a_node_ref_is_copy_and_writes_nothing_in_html() {
    let field: NodeRef<Input, TestRenderer> = NodeRef::new();
    let copy = field;
    assert_eq!(render(view! { <input node_ref=field/> }), "<input>");
    assert!(copy.get_untracked().is_none());
}

#[test]
fn copies_share_the_element_and_handlers_use_them_without_clones() {
    let field: NodeRef<Input, TestRenderer> = NodeRef::new();
    let (seen, set_seen) = signal(String::new());
    let (root, _handle) = mount(move || {
        view! {
            <input node_ref=field/>
            <button on:click=move |_| set_seen.set(field.get_untracked().map(|n| n.value()).unwrap_or_default())>"read"</button>
        }
    });
    testing::set_input_value(&root.expect("input"), "typed");
    testing::click(&root.expect("button"));
    assert_eq!(seen.get_untracked(), "typed");
}

#[test]
fn a_user_effect_reading_it_runs_again_once_loaded() {
    let runs = Rc::new(RefCell::new(Vec::new()));
    let (root, _handle) = mount({
        let runs = runs.clone();
        move || {
            let div: NodeRef<Div, TestRenderer> = NodeRef::new();
            Effect::new(move || runs.borrow_mut().push(div.get().and_then(|d| d.tag())));
            view! { <div node_ref=div/> }
        }
    });
    flush_effects();
    assert_eq!(root.inner_html(), "<div></div>");
    assert_eq!(
        runs.borrow().last().cloned().flatten().as_deref(),
        Some("div")
    );
}

#[test]
fn a_view_closure_follows_loading_and_unloading() {
    let field: NodeRef<Input, TestRenderer> = NodeRef::new();
    let (shown, set_shown) = signal(false);
    let (root, _handle) = mount(move || {
        view! {
            <p>{move || if field.get().is_some() { "loaded" } else { "empty" }}</p>
            <Show when=move || shown.get()><input node_ref=field/></Show>
        }
    });
    assert_eq!(root.expect("p").text_content(), "empty");
    set_shown.set(true);
    assert_eq!(root.expect("p").text_content(), "loaded");
    set_shown.set(false);
    assert_eq!(root.expect("p").text_content(), "empty");
    assert!(!field.is_loaded());
}

#[test]
fn on_load_runs_once_with_the_element() {
    let seen = Rc::new(RefCell::new(Vec::new()));
    let (_root, _handle) = mount({
        let seen = seen.clone();
        move || {
            let field: NodeRef<Input, TestRenderer> = NodeRef::new();
            field.on_load(move |input| seen.borrow_mut().push(input.tag()));
            view! { <input node_ref=field/> }
        }
    });
    flush_effects();
    assert_eq!(*seen.borrow(), [Some("input".to_owned())]);
}

#[test]
fn a_disposed_node_ref_reads_as_empty() {
    let owner = Owner::new();
    let field = owner.with(NodeRef::<Input, TestRenderer>::new);
    let (root, handle) = mount(move || view! { <input node_ref=field/> });
    assert!(field.get_untracked().is_some());
    owner.cleanup();
    drop(owner);
    assert!(field.get_untracked().is_none());
    // Unmounting after disposal does not panic.
    drop(handle);
    assert_eq!(root.inner_html(), "");
}
