//! What real Leptos 0.8 example apps write, ported by changing their imports: components used
//! with only their function imported, Leptos's module paths, `template!`, `{attrs}` spreads,
//! cloned attribute bundles, bare `use:` directives defaulting their parameter, window
//! listeners and signals in serialized structs.

use std::cell::RefCell;
use std::rc::Rc;

use view_core::prelude::*;
use view_core::testing::{self, TestNode, TestRenderer};

mod widgets {
    use view_core::Renderer;
    use view_core::prelude::*;

    /// Props, a default and an `impl Trait` prop.
    #[component]
    pub(crate) fn Greeting(
        name: impl Into<String>,
        #[prop(default = 1)] times: usize,
    ) -> impl IntoView {
        let name = name.into();
        view! { <p class="greeting">{"Hello, ".repeat(times)}{name}</p> }
    }

    /// No props.
    #[component]
    pub(crate) fn Banner() -> impl IntoView {
        view! { <header>"banner"</header> }
    }

    /// Generic over the renderer.
    #[component]
    pub(crate) fn Frame<R: Renderer>(children: Children<R>) -> impl IntoView<R> {
        view! { <section>{children()}</section> }
    }

    /// A component and a type with the same name in one module (the TodoMVC example's
    /// `Todo`): the function is the component, the struct a value it takes.
    #[derive(Clone)]
    pub(crate) struct Todo {
        pub(crate) title: String,
    }

    #[component]
    pub(crate) fn Todo(todo: Todo) -> impl IntoView {
        view! { <li>{todo.title}</li> }
    }
}

#[test]
fn a_component_is_used_with_only_its_function_imported() {
    // Neither `GreetingProps`, `BannerProps` nor `FrameProps` is in scope.
    use widgets::{Banner, Frame, Greeting};
    let view = view! {
        <Banner/>
        <Greeting name="Ada"/>
        <Greeting name=String::from("Bob") times=2/>
        <Frame<TestRenderer>><Banner/></Frame<TestRenderer>>
    };
    assert_eq!(
        view.to_html(),
        "<header>banner</header><p class=\"greeting\">Hello, <!>Ada</p>\
         <p class=\"greeting\">Hello, Hello, <!>Bob</p><section><header>banner</header><!></section>"
    );
}

#[test]
fn a_component_named_like_a_struct_is_called_with_the_struct() {
    use widgets::Todo;
    let todo = Todo {
        title: "milk".into(),
    };
    let root = TestNode::element("ul");
    let _handle = mount_on(&root, move || view! { <Todo todo/> });
    assert_eq!(root.inner_html(), "<li>milk</li>");
}

#[test]
fn leptos_module_paths_name_the_same_items() {
    use view_core::control_flow::{For, Show};
    // The paths exist (the items are `view_core::Portal` and `view_core::mount_to`).
    #[allow(unused_imports, reason = "the import is the check")]
    use view_core::mount::mount_to;
    #[allow(unused_imports, reason = "the import is the check")]
    use view_core::portal::Portal;

    let (shown, set_shown) = signal(false);
    let root = TestNode::element("main");
    let _handle = mount_on(&root, move || {
        view! {
            <Show when=move || shown.get() fallback=|| "hidden">
                <ul><For each=|| [1, 2] key=|n| *n let:n><li>{n}</li></For></ul>
            </Show>
        }
    });
    // (Without the `<Show>`'s end marker.)
    let html = || root.inner_html().replace("<!---->", "");
    assert_eq!(html(), "hidden");
    set_shown.set(true);
    assert_eq!(html(), "<ul><li>1</li><li>2</li></ul>");
}

#[test]
fn template_is_view() {
    let id = 7;
    let template = template! { <tr class="row"><td>{id}</td></tr> };
    assert_eq!(template.to_html(), r#"<tr class="row"><td>7</td></tr>"#);
    assert_eq!(
        template.to_html(),
        view! { <tr class="row"><td>{id}</td></tr> }.to_html()
    );
}

#[test]
fn a_braced_attribute_without_dots_spreads() {
    let attrs = view! { <{..} class="foo" data-x="1"/> };
    let view = view! { <div {attrs} id="a">"x"</div> };
    assert_eq!(
        view.to_html(),
        r#"<div class="foo" data-x="1" id="a">x</div>"#
    );
}

#[test]
fn an_attribute_bundle_with_a_listener_clones_onto_two_elements() {
    let clicks = Rc::new(RefCell::new(0));
    let counter = clicks.clone();
    // A handler that captures an `Rc` is `Clone`, so the bundle is.
    let handlers = view! { <{..} class="btn" on:click=move |_| *counter.borrow_mut() += 1/> };
    let root = TestNode::element("main");
    let _handle = mount_on(&root, move || {
        view! {
            <button id="a" {..handlers.clone()}>"a"</button>
            <button id="b" {handlers}>"b"</button>
        }
    });
    assert_eq!(
        root.inner_html(),
        r#"<button class="btn" id="a">a</button><button class="btn" id="b">b</button>"#
    );
    testing::click(&root.get_element_by_id("a").expect("a"));
    testing::click(&root.get_element_by_id("b").expect("b"));
    assert_eq!(*clicks.borrow(), 2, "both copies of the listener run");
}

/// A directive's parameter with a default for a bare `use:name`, as the Leptos example's
/// (`use:add_dots=5.into()` converts explicitly; the macro adds no second `.into()`).
#[derive(Clone, Debug, PartialEq)]
struct Dots(usize);

impl From<()> for Dots {
    fn from((): ()) -> Self {
        Dots(1)
    }
}

impl From<usize> for Dots {
    fn from(n: usize) -> Self {
        Dots(n)
    }
}

thread_local! {
    static SEEN: RefCell<Vec<(String, usize)>> = const { RefCell::new(Vec::new()) };
}

fn add_dots(element: TestNode, dots: Dots) {
    let id = element.attribute("id").unwrap_or_default();
    SEEN.with(|seen| seen.borrow_mut().push((id, dots.0)));
}

fn plain(element: TestNode) {
    let id = element.attribute("id").unwrap_or_default();
    SEEN.with(|seen| seen.borrow_mut().push((id, 0)));
}

#[test]
fn a_bare_directive_gets_its_parameter_from_unit_and_a_value_is_passed_as_written() {
    let root = TestNode::element("main");
    let _handle = mount_on(&root, || {
        view! {
            <button id="one" use:add_dots>"1"</button>
            <button id="five" use:add_dots=5.into()>"5"</button>
            <p id="p" use:plain>"p"</p>
        }
    });
    SEEN.with(|seen| {
        assert_eq!(
            *seen.borrow(),
            [
                ("one".to_owned(), 1),
                ("five".to_owned(), 5),
                ("p".to_owned(), 0)
            ]
        )
    });
    assert_eq!(root.children().len(), 3);
}

#[test]
fn a_window_listener_renders_on_the_server_and_registers_nothing_natively() {
    #[component]
    fn Filters() -> impl IntoView {
        let (mode, set_mode) = signal(location_hash().unwrap_or_default());
        let handle = window_event_listener(ev::hashchange, move |_| {
            set_mode.set(location_hash().unwrap_or_default())
        });
        drop(handle);
        view! { <p>"mode: "{move || mode.get()}</p> }
    }
    assert_eq!(view! { <Filters/> }.to_html(), "<p>mode: <!></p>");
    assert_eq!(location_hash(), None, "no page natively");
}

#[test]
fn signals_in_a_struct_serialize_as_their_values() {
    #[derive(serde::Serialize, serde::Deserialize)]
    struct Todo {
        title: RwSignal<String>,
        done: RwSignal<bool>,
    }
    let todo = Todo {
        title: RwSignal::new("milk".to_owned()),
        done: RwSignal::new(true),
    };
    let json = serde_json::to_string(&todo).expect("serializes");
    assert_eq!(json, r#"{"title":"milk","done":true}"#);
    let back: Todo = serde_json::from_str(r#"{"title":"eggs","done":false}"#).expect("parses");
    assert_eq!(back.title.get_untracked(), "eggs");
    assert!(!back.done.get_untracked());
}
