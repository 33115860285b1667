//! Unkeyed lists: `Vec<V>` and arrays `[V; N]`. Items are matched by position on rebuild.
//!
//! A `Vec` (and an iterator of views) keeps a placeholder after its items, where items added
//! later go; its HTML ends with that `<!>` marker. An array never changes length and has none.

use crate::hydration::Cursor;
use crate::ssr::render_html::{MARKER, marker_bytes, push_marker, text_separator};
use crate::{Mountable, Render, RenderHtml, Renderer, RootAttributes};

/// The markers of a list of `len` items: separators between items, and the placeholder after
/// them when `anchor`.
fn list_markers_len<V: RenderHtml>(len: usize, anchor: bool) -> usize {
    let separators = len.saturating_sub(1) * const { text_separator::<V, V>().len() };
    marker_bytes(separators + if anchor { MARKER.len() } else { 0 })
}

fn list_html_len<V: RenderHtml>(items: &[V], anchor: bool) -> usize {
    items.iter().map(V::html_len).sum::<usize>() + list_markers_len::<V>(items.len(), anchor)
}

fn list_html_len_estimate<V: RenderHtml>(items: &[V], anchor: bool) -> usize {
    items
        .first()
        .map_or(0, |first| first.html_len_estimate() * items.len())
        + list_markers_len::<V>(items.len(), anchor)
}

fn write_list_html<V: RenderHtml>(
    items: impl IntoIterator<Item = V>,
    buf: &mut String,
    anchor: bool,
) {
    let mut items = items.into_iter();
    if let Some(first) = items.next() {
        first.write_html(buf);
        for item in items {
            if const { !text_separator::<V, V>().is_empty() } {
                push_marker(buf);
            }
            item.write_html(buf);
        }
    }
    if anchor {
        push_marker(buf);
    }
}

/// [`write_list_html`] with `root`'s attributes given to every item's root elements.
fn write_list_html_with_root<V: RenderHtml>(
    items: impl IntoIterator<Item = V>,
    buf: &mut String,
    anchor: bool,
    root: &RootAttributes<'_>,
) {
    let mut items = items.into_iter();
    if let Some(first) = items.next() {
        first.write_html_with_root(buf, root);
        for item in items {
            if const { !text_separator::<V, V>().is_empty() } {
                push_marker(buf);
            }
            item.write_html_with_root(buf, root);
        }
    }
    if anchor {
        push_marker(buf);
    }
}

/// Hydrates the items in order, skipping the separators between them.
fn hydrate_items<R: Renderer, V: Render<R> + RenderHtml>(
    items: impl IntoIterator<Item = V>,
    cursor: &mut Cursor<R>,
) -> Vec<V::State> {
    let items = items.into_iter();
    let mut states = Vec::with_capacity(items.size_hint().0);
    for item in items {
        if !states.is_empty() && const { !text_separator::<V, V>().is_empty() } {
            cursor.separator();
        }
        states.push(item.hydrate(cursor));
    }
    states
}

impl<V: RenderHtml> RenderHtml for Vec<V> {
    const MAY_START_WITH_TEXT: bool = V::MAY_START_WITH_TEXT;
    // The placeholder comes last.
    const MAY_END_WITH_TEXT: bool = false;

    fn html_len(&self) -> usize {
        list_html_len(self, true)
    }
    fn html_len_estimate(&self) -> usize {
        list_html_len_estimate(self, true)
    }
    fn write_html(self, buf: &mut String) {
        write_list_html(self, buf, true)
    }
    fn write_html_with_root(self, buf: &mut String, root: &RootAttributes<'_>) {
        write_list_html_with_root(self, buf, true, root)
    }
}

impl<V: RenderHtml, const N: usize> RenderHtml for [V; N] {
    const MAY_START_WITH_TEXT: bool = V::MAY_START_WITH_TEXT;
    const MAY_END_WITH_TEXT: bool = V::MAY_END_WITH_TEXT;

    fn html_len(&self) -> usize {
        list_html_len(self, false)
    }
    fn html_len_estimate(&self) -> usize {
        list_html_len_estimate(self, false)
    }
    fn write_html(self, buf: &mut String) {
        write_list_html(self, buf, false)
    }
    fn write_html_with_root(self, buf: &mut String, root: &RootAttributes<'_>) {
        write_list_html_with_root(self, buf, false, root)
    }
}

/// Retained state of a `Vec`: the items' states and a placeholder after the last item.
pub struct VecState<R: Renderer, S> {
    items: Vec<S>,
    anchor: R::Placeholder,
}

impl<R: Renderer, V: Render<R> + RenderHtml> Render<R> for Vec<V> {
    type State = VecState<R, V::State>;

    fn build(self) -> Self::State {
        VecState {
            items: self.into_iter().map(V::build).collect(),
            anchor: R::create_placeholder(),
        }
    }

    fn rebuild(self, state: &mut Self::State) {
        let old_len = state.items.len();
        if self.len() < old_len {
            for mut removed in state.items.drain(self.len()..) {
                removed.unmount();
            }
        }
        let parent = R::parent(state.anchor.as_ref());
        for (index, view) in self.into_iter().enumerate() {
            if let Some(old) = state.items.get_mut(index) {
                view.rebuild(old);
            } else {
                let mut new = view.build();
                if let Some(parent) = &parent {
                    new.mount(parent, Some(state.anchor.as_ref()));
                }
                state.items.push(new);
            }
        }
    }

    fn hydrate(self, cursor: &mut Cursor<R>) -> Self::State {
        let items = hydrate_items(self, cursor);
        VecState {
            items,
            anchor: cursor.placeholder(),
        }
    }
}

impl<R: Renderer, S: Mountable<R>> Mountable<R> for VecState<R, S> {
    fn mount(&mut self, parent: &R::Element, marker: Option<&R::Node>) {
        for item in &mut self.items {
            item.mount(parent, marker);
        }
        R::insert_before(parent, self.anchor.as_ref(), marker);
    }
    fn unmount(&mut self) {
        for item in &mut self.items {
            item.unmount();
        }
        R::remove(self.anchor.as_ref());
    }
    fn first_node(&self) -> Option<R::Node> {
        self.items
            .iter()
            .find_map(S::first_node)
            .or_else(|| Some(self.anchor.as_ref().clone()))
    }
    fn root_elements(&self, f: &mut dyn FnMut(&R::Element)) {
        for item in &self.items {
            item.root_elements(f);
        }
    }
}

/// Retained state of an array: one state per item (the length never changes).
pub struct ArrayState<S, const N: usize>([S; N]);

impl<R: Renderer, V: Render<R> + RenderHtml, const N: usize> Render<R> for [V; N] {
    type State = ArrayState<V::State, N>;

    fn build(self) -> Self::State {
        ArrayState(self.map(V::build))
    }

    fn rebuild(self, state: &mut Self::State) {
        for (view, old) in self.into_iter().zip(state.0.iter_mut()) {
            view.rebuild(old);
        }
    }

    fn hydrate(self, cursor: &mut Cursor<R>) -> Self::State {
        let mut first = true;
        ArrayState(self.map(|item| {
            if !first && const { !text_separator::<V, V>().is_empty() } {
                cursor.separator();
            }
            first = false;
            item.hydrate(cursor)
        }))
    }
}

impl<R: Renderer, S: Mountable<R>, const N: usize> Mountable<R> for ArrayState<S, N> {
    fn mount(&mut self, parent: &R::Element, marker: Option<&R::Node>) {
        for item in &mut self.0 {
            item.mount(parent, marker);
        }
    }
    fn unmount(&mut self) {
        for item in &mut self.0 {
            item.unmount();
        }
    }
    fn first_node(&self) -> Option<R::Node> {
        self.0.iter().find_map(S::first_node)
    }
    fn root_elements(&self, f: &mut dyn FnMut(&R::Element)) {
        for item in &self.0 {
            item.root_elements(f);
        }
    }
}

/// An iterator of views renders its items in order, so a list needs no `.collect()`:
/// `{rows.iter().map(|row| view! { <li>{row}</li> })}`.
///
/// The mapping closure is user code (often a component body), so it runs **once per item per
/// render**: in [`write_html`](RenderHtml::write_html) only. Measuring does not call it, so
/// [`html_len`](RenderHtml::html_len) is a lower bound (0), as for closures, and the buffer
/// estimate counts nothing for the list (a `view!` call site's learned size hint covers it).
/// Building collects the items and behaves as a `Vec`.
///
/// ```
/// use std::cell::Cell;
/// use view_core::prelude::*;
/// use view_core::html::{li, ul};
/// let names = ["a", "b"];
/// let calls = Cell::new(0);
/// let list = ul().child(names.iter().map(|name| {
///     calls.set(calls.get() + 1);
///     li().child(*name)
/// }));
/// assert_eq!(list.to_html(), "<ul><li>a</li><li>b</li><!></ul>");
/// assert_eq!(calls.get(), 2);
/// ```
impl<I, F, V> RenderHtml for std::iter::Map<I, F>
where
    I: Iterator,
    F: FnMut(I::Item) -> V,
    V: RenderHtml,
{
    const MAY_START_WITH_TEXT: bool = V::MAY_START_WITH_TEXT;
    // The placeholder comes last.
    const MAY_END_WITH_TEXT: bool = false;

    /// A lower bound (0): the items are not made twice.
    fn html_len(&self) -> usize {
        0
    }

    fn write_html(self, buf: &mut String) {
        write_list_html(self, buf, true)
    }
    fn write_html_with_root(self, buf: &mut String, root: &RootAttributes<'_>) {
        write_list_html_with_root(self, buf, true, root)
    }
}

impl<R, I, F, V> Render<R> for std::iter::Map<I, F>
where
    R: Renderer,
    I: Iterator,
    F: FnMut(I::Item) -> V,
    V: Render<R> + RenderHtml,
{
    type State = VecState<R, V::State>;

    fn build(self) -> Self::State {
        self.collect::<Vec<V>>().build()
    }

    fn rebuild(self, state: &mut Self::State) {
        self.collect::<Vec<V>>().rebuild(state)
    }

    fn hydrate(self, cursor: &mut Cursor<R>) -> Self::State {
        let items = hydrate_items(self, cursor);
        VecState {
            items,
            anchor: cursor.placeholder(),
        }
    }
}

/// Collects an iterator of views into a `Vec` view:
/// `{items.into_iter().map(|item| view! { <li>{item}</li> }).collect_view()}`.
///
/// Use it instead of `.collect::<Vec<_>>()` when the iterator owns its items (a `Vec`'s
/// `into_iter()`): it pushes the items one by one, which the compiler turns into much less code
/// than `collect`'s specialized paths (in-place reuse of the source allocation, try-fold
/// chains), instantiated once per distinct closure.
///
/// ```
/// use view_core::prelude::*;
/// use view_core::html::{li, ul};
/// let names = vec!["a".to_owned(), "b".to_owned()];
/// let list = ul().child(names.into_iter().map(|name| li().child(name)).collect_view());
/// assert_eq!(list.to_html(), "<ul><li>a</li><li>b</li><!></ul>");
/// ```
pub trait CollectView: Iterator + Sized {
    /// Collects the views into a `Vec`.
    #[allow(
        clippy::while_let_on_iterator,
        reason = "a `for` loop adds an `IntoIterator::into_iter` instantiation per iterator type"
    )]
    fn collect_view(mut self) -> Vec<Self::Item> {
        let mut items = Vec::with_capacity(self.size_hint().0);
        while let Some(item) = self.next() {
            items.push(item);
        }
        items
    }
}

impl<I: Iterator> CollectView for I {}
