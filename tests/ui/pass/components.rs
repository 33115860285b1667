//! Components: props, optional/default/into, children, ChildrenFn, let:, clone:, generics, slots.
use view_core::prelude::*;

#[component]
fn Counter(
    /// The first value.
    initial: i32,
    #[prop(optional)] step: Option<i32>,
    #[prop(default = 10)] max: i32,
    #[prop(into)] label: String,
) -> impl IntoView {
    view! { <span>{label}{initial}{step.unwrap_or(1)}{max}</span> }
}

#[component]
fn Card(children: Children) -> impl IntoView {
    view! { <div class="card">{children()}</div> }
}

#[component]
fn Repeat(times: usize, children: ChildrenFn) -> impl IntoView {
    (0..times).map(|_| children()).collect::<Vec<_>>()
}

#[component]
fn Each<F, V>(items: Vec<i32>, children: F) -> impl IntoView
where
    F: Fn(i32) -> V + 'static,
    V: IntoView,
{
    items.into_iter().map(children).collect::<Vec<_>>()
}

#[component]
fn Show<T: std::fmt::Debug + 'static>(value: T) -> impl IntoView {
    format!("{value:?}")
}

#[component]
fn Item(label: &'static str) -> impl IntoView {
    label
}

#[component]
fn Menu(item: Vec<ItemProps>) -> impl IntoView {
    view! { <ul>{item.into_iter().map(|i| view! { <li>{i.label}</li> }).collect::<Vec<_>>()}</ul> }
}

fn main() {
    let step = 2;
    let name = String::from("n");
    let view = view! {
        <Counter initial=1 step label="x"/>
        <Card><li>"components are opaque: no content-model check here"</li></Card>
        <Repeat times=2 clone:name><b>{name.clone()}</b></Repeat>
        <Each items=vec![1, 2] let:n><i>{n}</i></Each>
        <Show<u8> value=3/>
        <Menu><Item slot label="a"/><Item slot label="b"/></Menu>
    };
    assert!(view.to_html().starts_with("<span>x<!>1<!>2<!>10</span>"));
}
