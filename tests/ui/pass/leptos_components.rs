//! Leptos component forms: `Result` views in `<ErrorBoundary>`, element directives on
//! components, `impl Trait` props, `#[prop(into)]` closures, `#[slot]` structs, `<Portal>`.

use view_core::prelude::*;

#[component]
fn Button(label: impl Into<String>, #[prop(into)] on_press: impl Fn() + 'static) -> impl IntoView {
    let label: String = label.into();
    view! { <button on:click=move |_| on_press()>{label}</button> }
}

#[slot]
struct Header {
    children: ChildrenFn,
}

#[component]
fn Card(header: Header, children: Children) -> impl IntoView {
    view! { <div class="card">{(header.children)()}{children()}</div> }
}

fn main() {
    let (text, _set_text) = signal("1".to_owned());
    let _ = view! {
        <ErrorBoundary fallback=|errors| view! { <p>{move || errors.get().len()}</p> }>
            <Card>
                <Header slot>"Title"</Header>
                {move || text.get().parse::<i32>()}
            </Card>
            <Button label="Go" on_press=|| {} class:wide=true style:color="red" on:focus=|_| {} prop:value="x"/>
            <Portal><p>"elsewhere"</p></Portal>
        </ErrorBoundary>
    };
}
