//! `<For/>`: the keyed list as a component, so Leptos's `<For each=… key=… children=…/>` and
//! `<For each=… key=… let:item>…</For>` work in `view!`.

use view_macro::component;

use crate::view::keyed::{ForEach, for_each};

/// A reactive keyed list, as Leptos's `<For/>`: `each` returns the items (re-run when the
/// signals it reads change), `key` identifies an item, `children` makes a new item's view.
///
/// Rows are matched by key when `each` changes (see [`Keyed`](crate::Keyed)): a kept row
/// keeps its nodes and state, `children` runs only for new keys, and reordering uses the
/// minimum number of moves. The view is a [`ForEach`] (what [`for_each`] makes in code).
///
/// Write `each` before `key` and `children`, so the item type is known when the `key` and
/// `children` closures are checked. With `let:item`, the tag's children are the row's view.
///
/// ```
/// use view_core::prelude::*;
/// use view_core::testing::{TestNode, TestRenderer};
///
/// #[derive(Clone)]
/// struct Todo {
///     id: u32,
///     name: &'static str,
/// }
///
/// let (todos, set_todos) = signal(vec![Todo { id: 1, name: "milk" }, Todo { id: 2, name: "eggs" }]);
/// let list = move || view! {
///     <ul>
///         <For each=move || todos.get() key=|todo| todo.id let:todo>
///             <li>{todo.name}</li>
///         </For>
///     </ul>
/// };
/// assert_eq!(list().to_html(), "<ul><li>milk</li><li>eggs</li><!></ul>");
///
/// let root = TestNode::element("main");
/// let _handle = view_core::mount_on::<TestRenderer, _>(&root, list);
/// set_todos.update(|todos| todos.reverse());
/// assert_eq!(root.inner_html(), "<ul><li>eggs</li><li>milk</li><!----></ul>");
/// ```
#[component]
pub fn For<EF, I, T, KF, K, CF, V>(
    /// Returns the items; re-run when the signals it reads change.
    each: EF,
    /// Returns an item's key (`|item| item.id`).
    key: KF,
    /// Returns a new item's view (`children=|item| view! { … }`, or the tag's children with
    /// `let:item`).
    children: CF,
) -> ForEach<EF, KF, CF>
where
    EF: Fn() -> I,
    I: IntoIterator<Item = T>,
    KF: Fn(&T) -> K,
    CF: Fn(T) -> V,
{
    for_each(each, key, children)
}
