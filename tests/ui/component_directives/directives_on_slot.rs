use view_core::prelude::*;

#[component]
fn Item(label: &'static str) -> impl IntoView {
    label
}

#[component]
fn Menu(item: Vec<ItemProps>) -> impl IntoView {
    item.into_iter().map(|i| i.label).collect::<Vec<_>>()
}

fn main() {
    let _ = view! {
        <Menu>
            <Item slot label="a" on:click=|_| {}/>
            <Item slot label="b" class:big=true/>
        </Menu>
    };
}
