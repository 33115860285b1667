//! `Result<V, E>` as a view and `<ErrorBoundary/>`, as in Leptos: rendered to HTML and mounted on
//! the test renderer.

use view_core::prelude::*;
use view_core::testing::{TestNode, TestRenderer};

fn mount(view: impl FnOnce() -> AnyView) -> (TestNode, MountHandle<TestRenderer>) {
    let root = TestNode::element("main");
    let handle = mount_on::<TestRenderer, _>(&root, view);
    (root, handle)
}

/// The root's HTML without the empty comments that mark where optional parts go.
fn html(root: &TestNode) -> String {
    root.inner_html().replace("<!---->", "")
}

fn parse(text: &str) -> Result<i32, std::num::ParseIntError> {
    text.parse::<i32>()
}

#[component]
fn Number(text: &'static str) -> impl IntoView {
    view! { <b>{parse(text)}</b> }
}

fn listed(errors: ArcRwSignal<Errors>) -> impl IntoView {
    view! {
        <ul class="errors">
            {move || errors.get().into_iter().map(|(_, e)| view! { <li>{e.to_string()}</li> }).collect::<Vec<_>>()}
        </ul>
    }
}

#[test]
fn ok_renders_the_view_and_err_nothing() {
    let ok: Result<_, String> = Ok(view! { <p>"fine"</p> });
    assert_eq!(ok.to_html(), "<p>fine</p><!>");
    let err: Result<&str, _> = Err("bad");
    assert_eq!(err.to_html(), "<!>");
}

#[test]
fn boundary_without_errors_renders_children_html() {
    let html = view! {
        <ErrorBoundary fallback=listed>
            <Number text="1"/><Number text="2"/>
        </ErrorBoundary>
    }
    .to_html();
    assert_eq!(html, "<b>1<!></b><b>2<!></b><!><!>");
}

#[test]
fn boundary_with_errors_renders_fallback_html() {
    let html = view! {
        <div>
            <ErrorBoundary fallback=listed>
                <Number text="1"/><Number text="x"/><Number text=""/>
            </ErrorBoundary>
        </div>
    }
    .to_html();
    assert_eq!(
        html,
        r#"<div><ul class="errors"><li>invalid digit found in string</li><li>cannot parse integer from empty string</li><!></ul><!><!></div>"#
    );
}

#[test]
fn nearest_boundary_gets_the_error() {
    let html = view! {
        <ErrorBoundary fallback=|_| "outer">
            <p>"kept"</p>
            <ErrorBoundary fallback=|_| "inner">
                <Number text="x"/>
            </ErrorBoundary>
        </ErrorBoundary>
    }
    .to_html();
    assert_eq!(html, "<p>kept</p>inner<!><!><!><!>");
}

#[test]
fn mounted_boundary_switches_to_fallback_and_back() {
    let (text, set_text) = signal("3".to_owned());
    let (root, _handle) = mount(move || {
        view! {
            <ErrorBoundary fallback=listed>
                <p>"n = " {move || text.get().parse::<i32>()}</p>
            </ErrorBoundary>
        }
        .into_any()
    });
    assert_eq!(html(&root), "<p>n = 3</p>");

    set_text.set("three".to_owned());
    assert_eq!(
        html(&root),
        r#"<ul class="errors"><li>invalid digit found in string</li></ul>"#
    );

    set_text.set("4".to_owned());
    assert_eq!(html(&root), "<p>n = 4</p>");
}

#[test]
fn fallback_lists_every_error_and_updates() {
    let (a, set_a) = signal("x".to_owned());
    let (b, set_b) = signal("y".to_owned());
    let (root, _handle) = mount(move || {
        view! {
            <ErrorBoundary fallback=listed>
                <i>{move || a.get().parse::<u8>()}</i>
                <i>{move || b.get().parse::<u8>()}</i>
            </ErrorBoundary>
        }
        .into_any()
    });
    assert_eq!(
        html(&root),
        r#"<ul class="errors"><li>invalid digit found in string</li><li>invalid digit found in string</li></ul>"#
    );
    set_a.set("1".to_owned());
    assert_eq!(
        html(&root),
        r#"<ul class="errors"><li>invalid digit found in string</li></ul>"#
    );
    set_b.set("2".to_owned());
    assert_eq!(html(&root), "<i>1</i><i>2</i>");
}

#[test]
fn error_initially_present_shows_fallback_when_mounted() {
    let (text, set_text) = signal("x".to_owned());
    let (root, _handle) = mount(move || {
        view! {
            <section>
                <ErrorBoundary fallback=|_| view! { <em>"oops"</em> }>
                    <p>{move || text.get().parse::<i32>()}</p>
                </ErrorBoundary>
            </section>
        }
        .into_any()
    });
    assert_eq!(html(&root), "<section><em>oops</em></section>");
    set_text.set("5".to_owned());
    assert_eq!(html(&root), "<section><p>5</p></section>");
}

#[test]
fn error_inside_show_branch_reaches_the_boundary() {
    let (shown, set_shown) = signal(false);
    let (root, _handle) = mount(move || {
        view! {
            <ErrorBoundary fallback=|_| "failed">
                <Show when=move || shown.get()>
                    <Number text="bad"/>
                </Show>
                <span>"ok"</span>
            </ErrorBoundary>
        }
        .into_any()
    });
    assert_eq!(html(&root), "<span>ok</span>");
    set_shown.set(true);
    assert_eq!(html(&root), "failed");
    set_shown.set(false);
    assert_eq!(html(&root), "<span>ok</span>");
}
