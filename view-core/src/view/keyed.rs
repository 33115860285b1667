//! Keyed lists: [`keyed`] (a list of items, each identified by a key) and [`ForEach`] /
//! [`for_each`] (the reactive form: `each` is re-read when its signals change).
//!
//! On rebuild, rows are matched by key, not position: a kept row keeps its nodes (and their
//! state), a new key builds a row, a missing key removes its row. Reordering uses the minimum
//! number of moves: rows forming a longest increasing subsequence of old positions stay put and
//! only the others move. Swapping two rows of 1,000 is 2 moves, reversing n rows is n − 1,
//! appending moves nothing, removing a row is one removal.

use std::cell::{Cell, RefCell};
use std::collections::HashMap;
use std::hash::Hash;
use std::rc::Rc;

use rustc_hash::FxBuildHasher;

use crate::hydration::Cursor;
use crate::reactive::{EffectHandle, OwnerHandle, Scope, capture_owner, create_effect, scoped};
use crate::ssr::render_html::{MARKER, marker_bytes, push_marker, text_separator};
use crate::{Mountable, Render, RenderHtml, Renderer, RootAttributes};

/// A keyed list view: `keyed(items, |item| key, |item| view)`.
///
/// On rebuild, rows are matched by key, not position: a kept row keeps its nodes (and their
/// state), a new key builds a row, a missing key removes its row. Reordering uses the minimum
/// number of moves: rows forming a longest increasing subsequence of old positions stay put and
/// only the others move. Swapping two rows of 1,000 is 2 moves, reversing n rows is n − 1,
/// appending moves nothing, removing a row is one removal.
///
/// On rebuild, kept rows are rebuilt with their new item (their views update in place); see
/// [`ForEach`] for the reactive form that leaves kept rows alone.
///
/// ```
/// use view_core::prelude::*;
/// use view_core::html::li;
///
/// let rows = keyed(vec![(1, "a"), (2, "b")], |row| row.0, |row| li().child(row.1));
/// assert_eq!(rows.to_html(), "<li>a</li><li>b</li><!>");
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

/// The rows, separated as texts need, then the placeholder.
fn write_items<V: RenderHtml>(
    views: impl Iterator<Item = V>,
    buf: &mut String,
    root: Option<&RootAttributes<'_>>,
) {
    for (index, view) in views.enumerate() {
        if index > 0 && const { !text_separator::<V, V>().is_empty() } {
            push_marker(buf);
        }
        match root {
            Some(root) => view.write_html_with_root(buf, root),
            None => view.write_html(buf),
        }
    }
    push_marker(buf);
}

impl<T, K, V, KF, VF> RenderHtml for Keyed<T, KF, VF>
where
    KF: Fn(&T) -> K,
    VF: Fn(T) -> V,
    V: RenderHtml,
{
    const MAY_START_WITH_TEXT: bool = V::MAY_START_WITH_TEXT;
    // The placeholder comes last.
    const MAY_END_WITH_TEXT: bool = false;

    /// A lower bound (the placeholder): the views are not made twice.
    fn html_len(&self) -> usize {
        marker_bytes(MARKER.len())
    }
    fn write_html(self, buf: &mut String) {
        write_items(self.items.into_iter().map(self.view_fn), buf, None)
    }
    /// Every row's root elements get `root`'s attributes.
    fn write_html_with_root(self, buf: &mut String, root: &RootAttributes<'_>) {
        write_items(self.items.into_iter().map(self.view_fn), buf, Some(root))
    }
}

/// Retained state of a keyed list: each row's key and state, and a placeholder after the last
/// row.
pub struct KeyedState<R: Renderer, K, S> {
    keys: Vec<K>,
    rows: Vec<Row<S>>,
    anchor: R::Placeholder,
    /// The parent of the rows' owners (see [`capture_owner`]): rows see its contexts, but
    /// cleaning the owners above it (an enclosing effect's owner is cleaned before each of its
    /// runs) does not reach them; a row is disposed when it is dropped.
    owner: OwnerHandle,
}

/// Rows built from now on go under the current owner, when there is one: a list rebuilt by a
/// new effect (its enclosing closure was replaced) would otherwise give its new rows a parent
/// whose own parent, the replaced effect's owner, is gone, and with it the contexts above.
fn refresh_owner(owner: &mut OwnerHandle) {
    let current = capture_owner();
    if current.0.is_some() {
        *owner = current;
    }
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
    fn root_elements(&self, f: &mut dyn FnMut(&R::Element)) {
        self.state.root_elements(f)
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
    fn root_elements(&self, f: &mut dyn FnMut(&R::Element)) {
        for row in &self.rows {
            row.root_elements(f);
        }
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

/// As [`build_rows`], claiming the server's nodes for each row (and the placeholder after them).
fn hydrate_rows<R, T, K, V>(
    items: Vec<T>,
    key_fn: &impl Fn(&T) -> K,
    view_fn: &impl Fn(T) -> V,
    owner: OwnerHandle,
    cursor: &mut Cursor<R>,
) -> KeyedState<R, K, V::State>
where
    R: Renderer,
    V: Render<R> + RenderHtml,
{
    let keys = items.iter().map(key_fn).collect();
    let mut rows = Vec::with_capacity(items.len());
    for item in items {
        if !rows.is_empty() && const { !text_separator::<V, V>().is_empty() } {
            cursor.separator();
        }
        let (state, scope) = scoped(&owner, || view_fn(item).hydrate(cursor));
        rows.push(Row {
            state,
            _scope: scope,
        });
    }
    KeyedState {
        keys,
        rows,
        anchor: cursor.placeholder(),
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

/// The first node of the first row in `rows` that has one.
fn first_node_of<R: Renderer, S: Mountable<R>>(
    rows: impl IntoIterator<Item = impl std::ops::Deref<Target = Row<S>>>,
) -> Option<R::Node> {
    rows.into_iter().find_map(|row| row.first_node())
}

/// Removes `rows`, which are all the rows of the list whose anchor is `anchor`. When the list
/// owns its parent (its first row is the parent's first child and its anchor the last), the
/// parent is cleared in one renderer call and the anchor put back; otherwise each row is
/// unmounted.
fn remove_all_rows<R: Renderer, S: Mountable<R>>(anchor: &R::Placeholder, mut rows: Vec<Row<S>>) {
    let anchor = anchor.as_ref();
    let parent = R::parent(anchor);
    let owns_parent = parent.as_ref().is_some_and(|parent| {
        R::next_sibling(anchor).is_none()
            && match (
                first_node_of::<R, S>(&rows),
                R::first_child(parent.as_ref()),
            ) {
                (Some(first_row), Some(first_child)) => R::same_node(&first_row, &first_child),
                _ => false,
            }
    });
    match parent {
        Some(parent) if owns_parent => {
            R::remove_children(&parent);
            R::insert_before(&parent, anchor, None);
        }
        _ => {
            for row in &mut rows {
                row.unmount();
            }
        }
    }
}

/// Whether `new` is `old` with its first and last keys exchanged (two swapped rows once the
/// common prefix and suffix are trimmed): checked without hashing or allocating.
fn is_swap_of_the_ends<K: Eq>(old: &[K], new: &[K]) -> bool {
    let n = old.len();
    n >= 2
        && new.len() == n
        && old[0] == new[n - 1]
        && old[n - 1] == new[0]
        && old[1..n - 1] == new[1..n - 1]
}

/// Exchanges the rows at `first` and `last` (`first < last`), in the document with at most two
/// moves, and in `state`. Returns `false`, changing nothing, when the first row has no node
/// to move the other before (the general path handles that).
fn swap_rows<R: Renderer, K, S: Mountable<R>>(
    state: &mut KeyedState<R, K, S>,
    first: usize,
    last: usize,
) -> bool {
    if let Some(parent) = R::parent(state.anchor.as_ref()) {
        let Some(first_node) = state.rows[first].first_node() else {
            return false;
        };
        // The node after the last row, before any move: the next row's first node or the anchor.
        let after = first_node_of::<R, S>(&state.rows[last + 1..])
            .unwrap_or_else(|| state.anchor.as_ref().clone());
        state.rows[last].mount(&parent, Some(&first_node));
        if last > first + 1 {
            state.rows[first].mount(&parent, Some(&after));
        }
    }
    state.rows.swap(first, last);
    true
}

/// Updates `state` to show `items`: matches rows by key, removes rows whose key is gone, builds
/// rows for new keys, moves rows outside a longest increasing subsequence of old positions, and
/// rebuilds kept rows with their new item when `rebuild_kept`.
///
/// Fast paths before the general one: an unchanged key list does nothing (beyond rebuilding);
/// an empty list clears the rows at once (see [`remove_all_rows`]); the common prefix and suffix
/// of old and new keys are kept as they are, so appending only builds the new rows and
/// removing one row only removes it; two exchanged rows are two moves found without hashing;
/// new rows with no kept row between them are built into a
/// fragment ([`Renderer::create_fragment`]) and inserted at once. Row nodes are looked up only
/// where a row is inserted.
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
    if new_keys.is_empty() {
        remove_all_rows(&state.anchor, std::mem::take(&mut state.rows));
        state.keys = new_keys;
        return;
    }

    // The common prefix and suffix keep their rows in place.
    let (old_len, new_len) = (state.keys.len(), new_keys.len());
    let mut start = 0;
    while start < old_len.min(new_len) && state.keys[start] == new_keys[start] {
        start += 1;
    }
    let (mut old_end, mut new_end) = (old_len, new_len);
    while old_end > start && new_end > start && state.keys[old_end - 1] == new_keys[new_end - 1] {
        old_end -= 1;
        new_end -= 1;
    }

    if is_swap_of_the_ends(&state.keys[start..old_end], &new_keys[start..new_end])
        && swap_rows(state, start, old_end - 1)
    {
        if rebuild_kept {
            for (item, row) in items.into_iter().zip(&mut state.rows) {
                view_fn(item).rebuild(&mut row.state);
            }
        }
        state.keys = new_keys;
        return;
    }

    let mut old_rows: Vec<Option<Row<V::State>>> = state.rows.drain(..).map(Some).collect();
    let mut new_rows: Vec<Option<Row<V::State>>> = Vec::with_capacity(new_len);
    new_rows.resize_with(new_len, || None);
    for index in 0..start {
        new_rows[index] = old_rows[index].take();
    }
    for offset in 0..old_len - old_end {
        new_rows[new_end + offset] = old_rows[old_end + offset].take();
    }

    // Where each new row of the middle comes from (an old position), or `None` for a new key.
    let mut taken = vec![false; old_end - start];
    let sources: Vec<Option<usize>> = if old_end == start {
        vec![None; new_end - start]
    } else {
        let old: HashMap<&K, usize, FxBuildHasher> = state.keys[start..old_end]
            .iter()
            .enumerate()
            .map(|(index, key)| (key, index))
            .collect();
        new_keys[start..new_end]
            .iter()
            .map(|key| {
                let index = *old.get(key)?;
                // A duplicated key takes the old row once; later copies are new rows.
                (!std::mem::replace(&mut taken[index], true)).then_some(start + index)
            })
            .collect()
    };
    if start == 0 && old_end == old_len && !taken.contains(&true) {
        // Every row is replaced: clear them at once where possible.
        let rows = old_rows.iter_mut().filter_map(Option::take).collect();
        remove_all_rows(&state.anchor, rows);
    } else {
        for (row, taken) in old_rows[start..old_end].iter_mut().zip(&taken) {
            if !taken && let Some(mut row) = row.take() {
                row.unmount();
            }
        }
    }

    let mut items: Vec<Option<T>> = items.into_iter().map(Some).collect();
    if rebuild_kept {
        for position in (0..start).chain(new_end..new_len) {
            if let (Some(item), Some(row)) = (items[position].take(), &mut new_rows[position]) {
                view_fn(item).rebuild(&mut row.state);
            }
        }
    }

    let parent = R::parent(state.anchor.as_ref());
    // The node the middle ends before: the suffix's first node, or the anchor.
    let after_middle = |new_rows: &[Option<Row<V::State>>]| {
        first_node_of::<R, V::State>(new_rows[new_end..].iter().flatten())
            .unwrap_or_else(|| state.anchor.as_ref().clone())
    };
    if sources.iter().all(Option::is_none) {
        // Only new rows in the middle (appending, inserting, replacing): build them in order
        // into a fragment, inserted at once before the node that follows the middle (or, with
        // no fragment, insert each row there).
        let next = match &parent {
            Some(_) if new_end > start => Some(after_middle(&new_rows)),
            _ => None,
        };
        let fragment = match &parent {
            Some(_) if new_end - start > 1 => R::create_fragment(),
            _ => None,
        };
        let (target, before) = match (&fragment, &parent) {
            (Some(fragment), _) => (Some(fragment), None),
            (None, parent) => (parent.as_ref(), next.as_ref()),
        };
        for position in start..new_end {
            let Some(item) = items[position].take() else {
                unreachable!("each item is used once")
            };
            let mut row = Row::build(&state.owner, || view_fn(item));
            if let Some(target) = target {
                row.mount(target, before);
            }
            new_rows[position] = Some(row);
        }
        if let (Some(fragment), Some(parent)) = (&fragment, &parent) {
            R::insert_before(parent, fragment.as_ref(), next.as_ref());
        }
    } else {
        let stays = longest_increasing_subsequence(&sources);
        for position in (start..new_end).rev() {
            let Some(item) = items[position].take() else {
                unreachable!("each item is used once")
            };
            let middle = position - start;
            let (mut row, mount) = match sources[middle] {
                Some(old) => {
                    let Some(mut row) = old_rows[old].take() else {
                        unreachable!("each old row is taken at most once")
                    };
                    if rebuild_kept {
                        view_fn(item).rebuild(&mut row.state);
                    }
                    (row, !stays[middle])
                }
                None => (Row::build(&state.owner, || view_fn(item)), true),
            };
            if mount && let Some(parent) = &parent {
                let next =
                    first_node_of::<R, V::State>(new_rows[position + 1..new_end].iter().flatten())
                        .unwrap_or_else(|| after_middle(&new_rows));
                row.mount(parent, Some(&next));
            }
            new_rows[position] = Some(row);
        }
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
    V: Render<R> + RenderHtml,
{
    type State = KeyedState<R, K, V::State>;

    fn build(self) -> Self::State {
        build_rows(self.items, &self.key_fn, &self.view_fn, capture_owner())
    }

    fn rebuild(self, state: &mut Self::State) {
        refresh_owner(&mut state.owner);
        reconcile(state, self.items, &self.key_fn, &self.view_fn, true)
    }

    fn hydrate(self, cursor: &mut Cursor<R>) -> Self::State {
        let owner = capture_owner();
        hydrate_rows(self.items, &self.key_fn, &self.view_fn, owner, cursor)
    }
}

/// A reactive keyed list: `each` returns the items (reading signals), `key` identifies an item,
/// `children` makes a row's view. When `each` changes, rows are matched by key (see the
/// [`Keyed`]); `children` runs only for new keys, so a kept row updates through its
/// own signals.
///
/// In `view!`, the [`For`](crate::For) component makes one: `<For each=… key=… children=…/>`;
/// in code, [`for_each`] reads better.
///
/// ```
/// use view_core::prelude::*;
/// use view_core::html::{li, ul};
/// use view_core::testing::{TestNode, TestRenderer};
///
/// let (todos, set_todos) = signal(vec![(1, "milk"), (2, "eggs")]);
/// let root = TestNode::element("main");
/// let _handle = view_core::mount_on::<TestRenderer, _>(&root, move || {
///     ul().child(for_each(move || todos.get(), |todo| todo.0, |todo| li().child(todo.1)))
/// });
/// set_todos.set(vec![(2, "eggs"), (1, "milk")]);
/// assert_eq!(root.expect("ul").inner_html(), "<li>eggs</li><li>milk</li><!---->");
/// ```
#[must_use = "a view does nothing until it is rendered or mounted"]
pub struct ForEach<EF, KF, CF> {
    /// Returns the items; re-run when the signals it reads change.
    pub each: EF,
    /// Returns an item's key.
    pub key: KF,
    /// Returns an item's view.
    pub children: CF,
}

/// Creates a [`ForEach`]: `for_each(move || items.get(), |item| item.id, |item| view)`.
pub fn for_each<EF, KF, CF, I, T, K, V>(each: EF, key: KF, children: CF) -> ForEach<EF, KF, CF>
where
    EF: Fn() -> I,
    I: IntoIterator<Item = T>,
    KF: Fn(&T) -> K,
    CF: Fn(T) -> V,
{
    ForEach {
        each,
        key,
        children,
    }
}

impl<EF, KF, CF, I, T, K, V> RenderHtml for ForEach<EF, KF, CF>
where
    EF: Fn() -> I,
    I: IntoIterator<Item = T>,
    KF: Fn(&T) -> K,
    CF: Fn(T) -> V,
    V: RenderHtml,
{
    const MAY_START_WITH_TEXT: bool = V::MAY_START_WITH_TEXT;
    // The placeholder comes last.
    const MAY_END_WITH_TEXT: bool = false;

    /// A lower bound (the placeholder): `each` is not called twice.
    fn html_len(&self) -> usize {
        marker_bytes(MARKER.len())
    }
    fn write_html(self, buf: &mut String) {
        write_items((self.each)().into_iter().map(self.children), buf, None)
    }
    /// Every row's root elements get `root`'s attributes.
    fn write_html_with_root(self, buf: &mut String, root: &RootAttributes<'_>) {
        write_items(
            (self.each)().into_iter().map(self.children),
            buf,
            Some(root),
        )
    }
}

/// The rows of a [`ForEach`], shared with its effect.
type SharedRows<R, K, S> = Rc<Rows<R, K, S>>;

/// The rows of a [`ForEach`] and whether they are stale.
struct Rows<R: Renderer, K, S> {
    rows: RefCell<Option<KeyedState<R, K, S>>>,
    /// Set by a run that found `rows` held by a run further up the stack (a runner that starts
    /// a run while another runs, and the running one built a row that wrote a signal): the
    /// holding run reads `each` again before it lets go.
    stale: Cell<bool>,
}

/// How many times one run of a [`ForEach`]'s effect reads `each` again for runs that found its
/// rows held (see [`Rows::stale`]) before it lets go.
const MAX_STALE_RUNS: usize = 100;

/// Retained state of a [`ForEach`]: the keyed rows and the effect that re-reads `each`.
pub struct ForState<R: Renderer, K, S> {
    rows: SharedRows<R, K, S>,
    _effect: EffectHandle,
}

/// How the first run of a [`ForEach`]'s effect makes its rows: [`Build`] them, or [`Claim`]
/// the server's (hydration). A type parameter, not a run-time choice, so that a list that is
/// only ever built does not link hydration.
trait FirstRows<R: Renderer>: 'static {
    fn rows<T, K, V: Render<R> + RenderHtml>(
        self,
        items: Vec<T>,
        key: &impl Fn(&T) -> K,
        children: &impl Fn(T) -> V,
        owner: OwnerHandle,
    ) -> KeyedState<R, K, V::State>;
}

/// The rows are built.
struct Build;

impl<R: Renderer> FirstRows<R> for Build {
    fn rows<T, K, V: Render<R> + RenderHtml>(
        self,
        items: Vec<T>,
        key: &impl Fn(&T) -> K,
        children: &impl Fn(T) -> V,
        owner: OwnerHandle,
    ) -> KeyedState<R, K, V::State> {
        build_rows(items, key, children, owner)
    }
}

/// The rows claim the server's nodes, with the cursor lent here for the first run.
struct Claim<R: Renderer>(Rc<RefCell<Option<Cursor<R>>>>);

impl<R: Renderer> FirstRows<R> for Claim<R> {
    fn rows<T, K, V: Render<R> + RenderHtml>(
        self,
        items: Vec<T>,
        key: &impl Fn(&T) -> K,
        children: &impl Fn(T) -> V,
        owner: OwnerHandle,
    ) -> KeyedState<R, K, V::State> {
        let Some(mut cursor) = self.0.borrow_mut().take() else {
            return build_rows(items, key, children, owner);
        };
        let rows = hydrate_rows(items, key, children, owner, &mut cursor);
        *self.0.borrow_mut() = Some(cursor);
        rows
    }
}

fn for_effect<R, EF, KF, CF, I, T, K, V, F>(
    view: ForEach<EF, KF, CF>,
    rows: SharedRows<R, K, V::State>,
    mut owner: Option<OwnerHandle>,
    first: Option<F>,
) -> EffectHandle
where
    R: Renderer,
    EF: Fn() -> I + 'static,
    I: IntoIterator<Item = T>,
    KF: Fn(&T) -> K + 'static,
    CF: Fn(T) -> V + 'static,
    K: Eq + Hash + 'static,
    V: Render<R> + RenderHtml,
    V::State: 'static,
    F: FirstRows<R>,
{
    let mut first = first;
    let ForEach {
        each,
        key,
        children,
    } = view;
    create_effect(move || {
        let mut items: Vec<T> = each().into_iter().collect();
        let Ok(mut held) = rows.rows.try_borrow_mut() else {
            rows.stale.set(true);
            return;
        };
        for _ in 0..MAX_STALE_RUNS {
            match (held.as_mut(), owner.take()) {
                (Some(state), _) => reconcile(state, items, &key, &children, false),
                (None, owner) => {
                    let owner = owner.unwrap_or_else(capture_owner);
                    *held = Some(match first.take() {
                        Some(first) => first.rows(items, &key, &children, owner),
                        None => build_rows(items, &key, &children, owner),
                    });
                }
            }
            if !rows.stale.replace(false) {
                break;
            }
            items = each().into_iter().collect();
        }
        rows.stale.set(false);
    })
}

impl<R, EF, KF, CF, I, T, K, V> Render<R> for ForEach<EF, KF, CF>
where
    R: Renderer,
    EF: Fn() -> I + 'static,
    I: IntoIterator<Item = T>,
    KF: Fn(&T) -> K + 'static,
    CF: Fn(T) -> V + 'static,
    K: Eq + Hash + 'static,
    V: Render<R> + RenderHtml,
    V::State: 'static,
{
    type State = ForState<R, K, V::State>;

    fn build(self) -> Self::State {
        for_state(self, Build)
    }

    fn hydrate(self, cursor: &mut Cursor<R>) -> Self::State {
        // The cursor is lent to the effect's first run and taken back after it.
        let slot = Rc::new(RefCell::new(Some(cursor.clone())));
        let state = for_state(self, Claim(slot.clone()));
        if let Some(moved) = slot.borrow_mut().take() {
            *cursor = moved;
        }
        state
    }

    fn rebuild(self, state: &mut Self::State) {
        if let Ok(mut rows) = state.rows.rows.try_borrow_mut()
            && let Some(rows) = rows.as_mut()
        {
            refresh_owner(&mut rows.owner);
        }
        // The new functions replace the old effect; its first run reconciles the same rows.
        state._effect = for_effect(self, state.rows.clone(), None, None::<Build>);
    }
}

/// Makes a [`ForEach`]'s rows with `first` in the first run of its effect.
fn for_state<R, EF, KF, CF, I, T, K, V, F>(
    view: ForEach<EF, KF, CF>,
    first: F,
) -> ForState<R, K, V::State>
where
    R: Renderer,
    EF: Fn() -> I + 'static,
    I: IntoIterator<Item = T>,
    KF: Fn(&T) -> K + 'static,
    CF: Fn(T) -> V + 'static,
    K: Eq + Hash + 'static,
    V: Render<R> + RenderHtml,
    V::State: 'static,
    F: FirstRows<R>,
{
    let rows = Rc::new(Rows {
        rows: RefCell::new(None),
        stale: Cell::new(false),
    });
    // The rows' parent is captured here, under the list's enclosing owner, rather than in
    // the effect, whose owner lives only as long as this effect (a rebuild replaces it).
    let effect = for_effect(view, rows.clone(), Some(capture_owner()), Some(first));
    assert!(
        rows.rows.try_borrow().map_or(true, |rows| rows.is_some()),
        "EffectRunner::create_effect must run the effect once before returning"
    );
    ForState {
        rows,
        _effect: effect,
    }
}

/// While a run builds the rows (see [`Rows::stale`]), mounting and unmounting do nothing and
/// there is no first node.
impl<R: Renderer, K, S: Mountable<R>> Mountable<R> for ForState<R, K, S> {
    fn mount(&mut self, parent: &R::Element, marker: Option<&R::Node>) {
        if let Ok(mut rows) = self.rows.rows.try_borrow_mut()
            && let Some(rows) = rows.as_mut()
        {
            rows.mount(parent, marker);
        }
    }
    fn unmount(&mut self) {
        if let Ok(mut rows) = self.rows.rows.try_borrow_mut()
            && let Some(rows) = rows.as_mut()
        {
            rows.unmount();
        }
    }
    fn first_node(&self) -> Option<R::Node> {
        let rows = self.rows.rows.try_borrow().ok()?;
        rows.as_ref().and_then(Mountable::first_node)
    }
    fn root_elements(&self, f: &mut dyn FnMut(&R::Element)) {
        if let Ok(rows) = self.rows.rows.try_borrow()
            && let Some(rows) = rows.as_ref()
        {
            rows.root_elements(f);
        }
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
