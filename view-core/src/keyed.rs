//! Keyed lists: [`keyed`] (a list of items, each identified by a key) and [`For`] /
//! [`for_each`] (the reactive form: `each` is re-read when its signals change).
//!
//! On rebuild, rows are matched by key, not position: a kept row keeps its nodes (and their
//! state), a new key builds a row, a missing key removes its row. Reordering uses the minimum
//! number of moves: rows forming a longest increasing subsequence of old positions stay put and
//! only the others move. Swapping two rows of 1,000 is 2 moves, reversing n rows is n − 1,
//! appending moves nothing, removing a row is one removal.

use std::cell::RefCell;
use std::collections::HashMap;
use std::hash::Hash;
use std::rc::Rc;

use rustc_hash::FxBuildHasher;

use crate::reactive::{Effect, OwnerHandle, Scope, capture_owner, create_effect, scoped};
use crate::render_html::text_separator;
use crate::{Mountable, Render, RenderHtml, Renderer};

/// A keyed list view: `keyed(items, |item| key, |item| view)`. See the [module docs](self).
///
/// On rebuild, kept rows are rebuilt with their new item (their views update in place); see
/// [`For`] for the reactive form that leaves kept rows alone.
///
/// ```
/// use view_core::prelude::*;
/// use view_core::html::li;
///
/// let rows = keyed(vec![(1, "a"), (2, "b")], |row| row.0, |row| li().child(row.1));
/// assert_eq!(rows.to_html(), "<li>a</li><li>b</li>");
/// ```
#[must_use = "a view does nothing until it is rendered or mounted"]
pub struct Keyed<T, KF, VF> {
    items: Vec<T>,
    key_fn: KF,
    view_fn: VF,
}

/// Creates a [`Keyed`] list from `items`, identified by `key_fn`, shown by `view_fn`.
pub fn keyed<T, K, V, KF, VF>(
    items: impl IntoIterator<Item = T>,
    key_fn: KF,
    view_fn: VF,
) -> Keyed<T, KF, VF>
where
    KF: Fn(&T) -> K,
    VF: Fn(T) -> V,
{
    Keyed {
        items: items.into_iter().collect(),
        key_fn,
        view_fn,
    }
}

fn write_items<V: RenderHtml>(views: impl Iterator<Item = V>, buf: &mut String) {
    for (index, view) in views.enumerate() {
        if index > 0 {
            buf.push_str(const { text_separator::<V, V>() });
        }
        view.write_html(buf);
    }
}

impl<T, K, V, KF, VF> RenderHtml for Keyed<T, KF, VF>
where
    KF: Fn(&T) -> K,
    VF: Fn(T) -> V,
    V: RenderHtml,
{
    const MAY_START_WITH_TEXT: bool = V::MAY_START_WITH_TEXT;
    const MAY_END_WITH_TEXT: bool = V::MAY_END_WITH_TEXT;

    /// A lower bound (0): the views are not made twice.
    fn html_len(&self) -> usize {
        0
    }
    fn write_html(self, buf: &mut String) {
        write_items(self.items.into_iter().map(self.view_fn), buf)
    }
}

/// Retained state of a keyed list: each row's key and state, and a placeholder after the last
/// row.
pub struct KeyedState<R: Renderer, K, S> {
    keys: Vec<K>,
    rows: Vec<Row<S>>,
    anchor: R::Placeholder,
    /// The owner rows are created under (captured outside any effect that re-runs).
    owner: OwnerHandle,
}

/// One row: its view's state and the reactive scope its signals and effects live in, so a kept
/// row stays live however often the list's effect re-runs, and a removed row is disposed.
struct Row<S> {
    state: S,
    _scope: Scope,
}

impl<S> Row<S> {
    fn build<R: Renderer, V: Render<R, State = S>>(
        owner: &OwnerHandle,
        view: impl FnOnce() -> V,
    ) -> Self {
        let (state, scope) = scoped(owner, || view().build());
        Row {
            state,
            _scope: scope,
        }
    }
}

impl<R: Renderer, S: Mountable<R>> Mountable<R> for Row<S> {
    fn mount(&mut self, parent: &R::Element, marker: Option<&R::Node>) {
        self.state.mount(parent, marker)
    }
    fn unmount(&mut self) {
        self.state.unmount()
    }
    fn first_node(&self) -> Option<R::Node> {
        self.state.first_node()
    }
}

impl<R: Renderer, K, S: Mountable<R>> Mountable<R> for KeyedState<R, K, S> {
    fn mount(&mut self, parent: &R::Element, marker: Option<&R::Node>) {
        for row in &mut self.rows {
            row.mount(parent, marker);
        }
        R::insert_before(parent, self.anchor.as_ref(), marker);
    }
    fn unmount(&mut self) {
        for row in &mut self.rows {
            row.unmount();
        }
        R::remove(self.anchor.as_ref());
    }
    fn first_node(&self) -> Option<R::Node> {
        self.rows
            .iter()
            .find_map(Mountable::first_node)
            .or_else(|| Some(self.anchor.as_ref().clone()))
    }
}

fn build_rows<R, T, K, V>(
    items: Vec<T>,
    key_fn: &impl Fn(&T) -> K,
    view_fn: &impl Fn(T) -> V,
    owner: OwnerHandle,
) -> KeyedState<R, K, V::State>
where
    R: Renderer,
    V: Render<R>,
{
    let keys = items.iter().map(key_fn).collect();
    let rows = items
        .into_iter()
        .map(|item| Row::build(&owner, || view_fn(item)))
        .collect();
    KeyedState {
        keys,
        rows,
        anchor: R::create_placeholder(),
        owner,
    }
}

/// The positions (into `sequence`) of one longest strictly increasing subsequence of the
/// `Some` values; `None`s never belong to it. O(n log n).
fn longest_increasing_subsequence(sequence: &[Option<usize>]) -> Vec<bool> {
    // tails[l]: position of the smallest tail of an increasing run of length l + 1.
    let mut tails: Vec<usize> = Vec::new();
    let mut previous: Vec<Option<usize>> = vec![None; sequence.len()];
    for (position, value) in sequence.iter().enumerate() {
        let Some(value) = *value else { continue };
        let length = tails.partition_point(|&tail| sequence[tail] < Some(value));
        previous[position] = length.checked_sub(1).map(|l| tails[l]);
        if length == tails.len() {
            tails.push(position);
        } else {
            tails[length] = position;
        }
    }
    let mut in_lis = vec![false; sequence.len()];
    let mut cursor = tails.last().copied();
    while let Some(position) = cursor {
        in_lis[position] = true;
        cursor = previous[position];
    }
    in_lis
}

/// Updates `state` to show `items`: matches rows by key, removes rows whose key is gone, builds
/// rows for new keys, moves rows outside a longest increasing subsequence of old positions, and
/// rebuilds kept rows with their new item when `rebuild_kept`.
fn reconcile<R, T, K, V>(
    state: &mut KeyedState<R, K, V::State>,
    items: Vec<T>,
    key_fn: &impl Fn(&T) -> K,
    view_fn: &impl Fn(T) -> V,
    rebuild_kept: bool,
) where
    R: Renderer,
    K: Eq + Hash,
    V: Render<R>,
{
    let new_keys: Vec<K> = items.iter().map(key_fn).collect();
    if new_keys == state.keys {
        if rebuild_kept {
            for (item, row) in items.into_iter().zip(&mut state.rows) {
                view_fn(item).rebuild(&mut row.state);
            }
        }
        return;
    }

    // Where each new row comes from (an old position), or `None` for a new key.
    let mut taken = vec![false; state.keys.len()];
    let sources: Vec<Option<usize>> = {
        let old: HashMap<&K, usize, FxBuildHasher> = state
            .keys
            .iter()
            .enumerate()
            .map(|(index, key)| (key, index))
            .collect();
        new_keys
            .iter()
            .map(|key| {
                let index = *old.get(key)?;
                // A duplicated key takes the old row once; later copies are new rows.
                (!std::mem::replace(&mut taken[index], true)).then_some(index)
            })
            .collect()
    };

    let mut old_rows: Vec<Option<Row<V::State>>> = state.rows.drain(..).map(Some).collect();
    for (row, taken) in old_rows.iter_mut().zip(&taken) {
        if !taken && let Some(mut row) = row.take() {
            row.unmount();
        }
    }

    let stays = longest_increasing_subsequence(&sources);
    let parent = R::parent(state.anchor.as_ref());
    let mut next: R::Node = state.anchor.as_ref().clone();
    let mut new_rows: Vec<Option<Row<V::State>>> = Vec::with_capacity(items.len());
    new_rows.resize_with(items.len(), || None);
    for (position, item) in items.into_iter().enumerate().rev() {
        let row = match sources[position] {
            Some(old) => {
                let Some(mut row) = old_rows[old].take() else {
                    unreachable!("each old row is taken at most once")
                };
                if rebuild_kept {
                    view_fn(item).rebuild(&mut row.state);
                }
                if !stays[position]
                    && let Some(parent) = &parent
                {
                    row.mount(parent, Some(&next));
                }
                row
            }
            None => {
                let mut row = Row::build(&state.owner, || view_fn(item));
                if let Some(parent) = &parent {
                    row.mount(parent, Some(&next));
                }
                row
            }
        };
        if let Some(first) = row.first_node() {
            next = first;
        }
        new_rows[position] = Some(row);
    }
    state.rows = new_rows.into_iter().flatten().collect();
    state.keys = new_keys;
}

impl<R, T, K, V, KF, VF> Render<R> for Keyed<T, KF, VF>
where
    R: Renderer,
    KF: Fn(&T) -> K,
    VF: Fn(T) -> V,
    K: Eq + Hash,
    V: Render<R>,
{
    type State = KeyedState<R, K, V::State>;

    fn build(self) -> Self::State {
        build_rows(self.items, &self.key_fn, &self.view_fn, capture_owner())
    }

    fn rebuild(self, state: &mut Self::State) {
        reconcile(state, self.items, &self.key_fn, &self.view_fn, true)
    }
}

/// A reactive keyed list: `each` returns the items (reading signals), `key` identifies an item,
/// `children` makes a row's view. When `each` changes, rows are matched by key (see the
/// [module docs](self)); `children` runs only for new keys, so a kept row updates through its
/// own signals.
///
/// The fields are public so `view!` can write `<For each=… key=… children=…/>`; in code,
/// [`for_each`] reads better.
///
/// ```
/// use view_core::prelude::*;
/// use view_core::html::{li, ul};
/// use view_core::testing::{TestNode, TestRenderer};
///
/// let (todos, set_todos) = signal(vec![(1, "milk"), (2, "eggs")]);
/// let root = TestNode::element("main");
/// let _handle = view_core::mount_to::<TestRenderer, _>(&root, move || {
///     ul().child(for_each(move || todos.get(), |todo| todo.0, |todo| li().child(todo.1)))
/// });
/// set_todos.set(vec![(2, "eggs"), (1, "milk")]);
/// assert_eq!(root.expect("ul").inner_html(), "<li>eggs</li><li>milk</li><!---->");
/// ```
#[must_use = "a view does nothing until it is rendered or mounted"]
pub struct For<EF, KF, CF> {
    /// Returns the items; re-run when the signals it reads change.
    pub each: EF,
    /// Returns an item's key.
    pub key: KF,
    /// Returns an item's view.
    pub children: CF,
}

/// Creates a [`For`]: `for_each(move || items.get(), |item| item.id, |item| view)`.
pub fn for_each<EF, KF, CF, I, T, K, V>(each: EF, key: KF, children: CF) -> For<EF, KF, CF>
where
    EF: Fn() -> I,
    I: IntoIterator<Item = T>,
    KF: Fn(&T) -> K,
    CF: Fn(T) -> V,
{
    For {
        each,
        key,
        children,
    }
}

impl<EF, KF, CF, I, T, K, V> RenderHtml for For<EF, KF, CF>
where
    EF: Fn() -> I,
    I: IntoIterator<Item = T>,
    KF: Fn(&T) -> K,
    CF: Fn(T) -> V,
    V: RenderHtml,
{
    const MAY_START_WITH_TEXT: bool = V::MAY_START_WITH_TEXT;
    const MAY_END_WITH_TEXT: bool = V::MAY_END_WITH_TEXT;

    /// A lower bound (0): `each` is not called twice.
    fn html_len(&self) -> usize {
        0
    }
    fn write_html(self, buf: &mut String) {
        write_items((self.each)().into_iter().map(self.children), buf)
    }
}

/// The rows of a [`For`], shared with its effect.
type SharedRows<R, K, S> = Rc<RefCell<Option<KeyedState<R, K, S>>>>;

/// Retained state of a [`For`]: the keyed rows and the effect that re-reads `each`.
pub struct ForState<R: Renderer, K, S> {
    rows: SharedRows<R, K, S>,
    _effect: Effect,
}

fn for_effect<R, EF, KF, CF, I, T, K, V>(
    view: For<EF, KF, CF>,
    rows: SharedRows<R, K, V::State>,
    owner: OwnerHandle,
) -> Effect
where
    R: Renderer,
    EF: Fn() -> I + 'static,
    I: IntoIterator<Item = T>,
    KF: Fn(&T) -> K + 'static,
    CF: Fn(T) -> V + 'static,
    K: Eq + Hash + 'static,
    V: Render<R>,
    V::State: 'static,
{
    let For {
        each,
        key,
        children,
    } = view;
    let mut owner = Some(owner);
    create_effect(move || {
        let items: Vec<T> = each().into_iter().collect();
        let mut rows = rows.borrow_mut();
        match (rows.as_mut(), owner.take()) {
            (Some(state), _) => reconcile(state, items, &key, &children, false),
            (None, owner) => {
                let owner = owner.unwrap_or_else(capture_owner);
                *rows = Some(build_rows(items, &key, &children, owner));
            }
        }
    })
}

impl<R, EF, KF, CF, I, T, K, V> Render<R> for For<EF, KF, CF>
where
    R: Renderer,
    EF: Fn() -> I + 'static,
    I: IntoIterator<Item = T>,
    KF: Fn(&T) -> K + 'static,
    CF: Fn(T) -> V + 'static,
    K: Eq + Hash + 'static,
    V: Render<R>,
    V::State: 'static,
{
    type State = ForState<R, K, V::State>;

    fn build(self) -> Self::State {
        let rows = Rc::new(RefCell::new(None));
        // Rows live under the owner current here, not under the effect's own owner, which the
        // reactive system cleans before every re-run.
        let effect = for_effect(self, rows.clone(), capture_owner());
        assert!(
            rows.borrow().is_some(),
            "EffectRunner::create_effect must run the effect once before returning"
        );
        ForState {
            rows,
            _effect: effect,
        }
    }

    fn rebuild(self, state: &mut Self::State) {
        // The new functions replace the old effect; its first run reconciles the same rows.
        state._effect = for_effect(self, state.rows.clone(), capture_owner());
    }
}

impl<R: Renderer, K, S: Mountable<R>> Mountable<R> for ForState<R, K, S> {
    fn mount(&mut self, parent: &R::Element, marker: Option<&R::Node>) {
        if let Some(rows) = self.rows.borrow_mut().as_mut() {
            rows.mount(parent, marker);
        }
    }
    fn unmount(&mut self) {
        if let Some(rows) = self.rows.borrow_mut().as_mut() {
            rows.unmount();
        }
    }
    fn first_node(&self) -> Option<R::Node> {
        self.rows.borrow().as_ref().and_then(Mountable::first_node)
    }
}

#[cfg(test)]
mod tests {
    use super::longest_increasing_subsequence;

    fn stays(sequence: &[Option<usize>]) -> Vec<usize> {
        let lis = longest_increasing_subsequence(sequence);
        (0..sequence.len()).filter(|&i| lis[i]).collect()
    }

    #[test]
    fn lis_of_a_swap_keeps_all_but_the_two_swapped() {
        let sequence = [Some(0), Some(3), Some(2), Some(1), Some(4)];
        assert_eq!(stays(&sequence).len(), 3);
    }

    #[test]
    fn lis_skips_new_rows_and_keeps_sorted_runs() {
        assert_eq!(stays(&[Some(0), None, Some(1), Some(2)]), [0, 2, 3]);
        assert_eq!(stays(&[Some(2), Some(1), Some(0)]).len(), 1);
        assert_eq!(stays(&[]), Vec::<usize>::new());
    }
}
