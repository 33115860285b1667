//! Leptos-style mounting: components without props as `fn() -> impl IntoView`
//! (`mount_to_body(App)`, `mount_on(&root, App)`), `mount_to_body` keeping the app mounted, and
//! user effects (`Effect::new`) running on the executor `mount_on` starts.

use std::cell::Cell;
use std::rc::Rc;

use view_core::prelude::*;
use view_core::testing::{self, TestNode};

#[component]
fn App() -> impl IntoView {
    let (count, set_count) = signal(0);
    view! { <button on:click=move |_| set_count.update(|n| *n += 1)>"Clicks: " {count}</button> }
}

#[component]
fn Labelled(label: &'static str) -> impl IntoView {
    view! { <span>{label}</span> }
}

/// A generic component without props.
#[component]
fn Typed<T: Default + std::fmt::Display + 'static>() -> impl IntoView {
    view! { <i>{T::default().to_string()}</i> }
}

#[test]
fn a_component_without_props_is_a_plain_function() {
    let app: fn() -> _ = App;
    assert_eq!(app().to_html(), "<button>Clicks: <!>0</button>");
    // `view!` still calls it.
    assert_eq!(
        view! { <div><App/><Labelled label="x"/><Typed<u8>/></div> }.to_html(),
        "<div><button>Clicks: <!>0</button><span>x</span><i>0</i></div>"
    );
}

#[test]
fn mount_to_takes_a_component_and_infers_the_renderer() {
    let root = TestNode::element("main");
    let handle = mount_on(&root, App);
    let button = root.expect("button");
    testing::click(&button);
    assert_eq!(root.inner_html(), "<button>Clicks: 1</button>");
    assert!(handle.unmounts_on_drop());
    drop(handle);
    assert_eq!(root.inner_html(), "", "mount_on's handle unmounts on drop");
}

#[test]
fn mount_to_body_returns_nothing_and_keeps_the_app_mounted() {
    // As Leptos: `fn main() { mount_to_body(App) }` compiles, since it returns `()`.
    fn main_like() {
        mount_to_body(App)
    }
    let body = testing::body();
    main_like();
    let button = body.expect("button");
    testing::click(&button);
    assert_eq!(
        body.inner_html(),
        "<button>Clicks: 1</button>",
        "still mounted and reactive after `mount_to_body` returned"
    );
    mount_to_body(|| view! { <p>"second"</p> });
    assert_eq!(body.inner_html(), "<button>Clicks: 1</button><p>second</p>");

    // To unmount later, mount on the body with `mount_on` and keep the handle.
    let handle = mount_on(&body, || view! { <p>"third"</p> });
    assert!(handle.unmounts_on_drop());
    handle.unmount();
    assert_eq!(body.inner_html(), "<button>Clicks: 1</button><p>second</p>");
}

#[test]
fn user_effects_run_after_mounting_and_on_flush() {
    let root = TestNode::element("main");
    let (count, set_count) = signal(0);
    let seen = Rc::new(Cell::new(None));
    let runs = Rc::new(Cell::new(0));
    let handle = mount_on(&root, {
        let (seen, runs) = (seen.clone(), runs.clone());
        move || {
            Effect::new(move || {
                runs.set(runs.get() + 1);
                seen.set(Some(count.get()));
            });
            view! { <p>{count}</p> }
        }
    });
    assert_eq!(seen.get(), Some(0), "the effect ran once when mounted");
    set_count.set(5);
    assert_eq!(root.inner_html(), "<p>5</p>", "views update synchronously");
    assert_eq!(seen.get(), Some(0), "a user effect waits for the executor");
    flush_effects();
    assert_eq!(seen.get(), Some(5));
    assert_eq!(runs.get(), 2);

    drop(handle);
    set_count.set(6);
    flush_effects();
    assert_eq!(runs.get(), 2, "the effect is disposed with the view");
}

#[test]
fn effects_in_a_component_run_and_can_write_signals() {
    #[component]
    fn Doubler() -> impl IntoView {
        let (n, set_n) = signal(1);
        let (double, set_double) = signal(0);
        Effect::new(move || set_double.set(n.get() * 2));
        view! { <button on:click=move |_| set_n.update(|n| *n += 1)>{double}</button> }
    }
    let root = TestNode::element("main");
    let _handle = mount_on(&root, Doubler);
    assert_eq!(root.inner_html(), "<button>2</button>");
    testing::click(&root.expect("button"));
    flush_effects();
    assert_eq!(root.inner_html(), "<button>4</button>");
}

#[test]
fn mount_to_takes_the_parent_by_value_too() {
    let root = TestNode::element("main");
    let handle = mount_on(root.clone(), App);
    assert_eq!(root.inner_html(), "<button>Clicks: 0</button>");
    drop(handle);
    assert_eq!(root.inner_html(), "");
}

/// Rendering HTML on a thread that never mounted (a server): `Effect::new` neither panics (a
/// debug build of reactive_graph panics without an executor) nor runs, as in Leptos on the
/// server; in a plain function (the builder form) and in a component alike.
#[test]
fn effects_are_inert_when_rendering_html_on_a_server_thread() {
    fn counter(initial: i32) -> impl IntoView {
        let count = RwSignal::new(initial);
        Effect::new(move |_| {
            count.get();
            panic!("an effect ran while rendering HTML");
        });
        view_core::html::p().child(move || count.get())
    }
    #[component]
    fn Logged() -> impl IntoView {
        let (n, _) = signal(2);
        Effect::new(move || panic!("an effect ran while rendering HTML: {}", n.get()));
        view! { <b>{n}</b> }
    }
    let html = std::thread::spawn(|| {
        let html = (counter(1), view! { <Logged/> }).to_html();
        flush_effects();
        html
    })
    .join()
    .expect("rendering HTML with effects does not panic");
    assert_eq!(html, "<p>1</p><b>2</b>");
}
