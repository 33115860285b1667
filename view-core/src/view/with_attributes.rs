//! [`WithAttributes`]: a view with extra attributes applied to each of its root elements, and
//! [`RootAttributes`], how those attributes reach the root elements' start tags in HTML.

use std::cell::{Cell, RefCell};
use std::rc::{Rc, Weak};

use super::roots_hook::{self, RootsHook};
use crate::attribute::{Attribute, RenderAttribute, close_class};
use crate::hydration::Cursor;
use crate::reactive::{OwnerHandle, Scope, capture_owner, scoped};
use crate::{Mountable, Render, RenderHtml, Renderer};

/// This is what `view!` produces for `<Card attr:class="wide" on:click=f {..extra}/>`: the
/// attributes are given to **each root element** of the component's view, as Leptos does.
///
/// The root elements of a view are the elements at its top level: the view itself when it is
/// an element, each element of a tuple or fragment (`(<a/>, <b/>)`), the shown branch of an
/// `Option`, an `Either` or a `<Show>`, each item of a `Vec`, array or keyed list, what a
/// closure or an [`AnyView`](crate::AnyView) currently shows, and the roots of a nested
/// component's view. Text, placeholders and elements nested inside other elements are not
/// roots. (Leptos's `AddAnyAttr` makes the same choices for lists and branches.)
///
/// - HTML: each root element writes the attributes inside its own start tag as it writes it
///   ([`RenderHtml::write_html_with_root`]); nothing written is read back or moved. Class parts
///   merge into the element's own `class="…"` (separated by a space) and style parts into its
///   `style="…"` (each part ends with `;`), so no tag gets a duplicate attribute; a new `class` comes
///   first, a new `style` after the `class` attribute, other attributes at the end of the tag.
/// - Live nodes: the view is built, then the attributes are applied to each root element
///   ([`Mountable::root_elements`]), a clone of them per root. On rebuild the view is rebuilt
///   first, then the attributes are rebuilt on each root element that was already one
///   (touching only what changed) and built on new roots. Hydration applies them to the
///   hydrated roots.
///
/// Applying to several roots needs copies: the attributes must be `Clone` to be built. `view!`
/// makes the listeners of `on:` share one handler (a shared `FnMut`, called for an event on
/// any root), a `use:` directive runs once per root element (its function and parameter are
/// cloned), and signals, closures and strings clone as usual.
///
/// # When the roots change after building
/// The roots are collected when the component is built, rebuilt or hydrated, and again after
/// each run of an effect of the view's top level: a root that the view's own reactivity
/// creates later (a `move || if … { view! {<a/>} } else { … }` at the top of the component
/// switching branch, a row a top-level `<For>` adds, the other branch of a top-level `<Show>`,
/// the fallback of a top-level `<ErrorBoundary>`) gets a clone of the latest attributes, as in
/// Leptos, and a root that is gone drops its copy. Effects inside elements are not watched
/// (their roots cannot change), so they cost nothing more. An effect runner other than the
/// built-in one gets this too: it only has to run the effects view-core creates.
///
/// # A view without root elements
/// If the view has no root element (text, a placeholder, nothing), the attributes are
/// **dropped**, in HTML and in live nodes alike, and the view is written or built unchanged.
/// This does not panic (a component may legitimately render nothing); debug builds print a
/// warning to stderr, once per view type, since attributes given to such a component are
/// usually a mistake.
///
/// Inner HTML ([`InnerHtml`](crate::attribute::InnerHtml)) is not applied to the roots in
/// HTML; do not pass it here.
///
/// ```
/// use view_core::prelude::*;
/// use view_core::WithAttributes;
/// use view_core::attribute::{Attr, Class};
/// use view_core::html::{button, span};
///
/// let view = WithAttributes::new(
///     button().class("btn").child("Save"),
///     (Class("primary"), Attr::new("data-id", 7)?),
/// );
/// assert_eq!(view.to_html(), r#"<button class="btn primary" data-id="7">Save</button>"#);
///
/// // Two roots: both get the attributes; the text between them does not.
/// let view = WithAttributes::new((button(), " or ", span()), Class("x"));
/// assert_eq!(view.to_html(), r#"<button class="x"></button> or <span class="x"></span>"#);
/// # Ok::<(), view_core::InvalidName>(())
/// ```
#[derive(Clone, Debug)]
#[must_use = "a view does nothing until it is rendered or mounted"]
pub struct WithAttributes<V, A> {
    view: V,
    attributes: A,
}

impl<V, A> WithAttributes<V, A> {
    /// Applies `attributes` (any [`Attribute`], usually a tuple) to each root element of
    /// `view`.
    pub fn new(view: V, attributes: A) -> Self {
        WithAttributes { view, attributes }
    }
}

/// Attributes written into the start tag of each root element of a view, passed down by
/// [`RenderHtml::write_html_with_root`] (see [`WithAttributes`]).
///
/// Views that contain elements at their top level (tuples, `Option`, lists, …) pass it on to
/// them; an element merges it into the start tag it writes. A view written inside a
/// [`WithAttributes`] that is itself inside another receives both lists, inner first.
pub struct RootAttributes<'a> {
    attributes: &'a dyn AttributeHtml,
    outer: Option<&'a RootAttributes<'a>>,
    applied: Cell<bool>,
}

/// The HTML half of [`Attribute`], object safe, so [`RootAttributes`] is one type whatever
/// the attributes are.
trait AttributeHtml {
    fn write_html(&self, buf: &mut String);
    fn write_class(&self, buf: &mut String, first: &mut bool);
    fn write_style(&self, buf: &mut String, first: &mut bool);
    fn has_class(&self) -> bool;
}

impl<A: Attribute> AttributeHtml for A {
    fn write_html(&self, buf: &mut String) {
        Attribute::write_html(self, buf)
    }
    fn write_class(&self, buf: &mut String, first: &mut bool) {
        if A::HAS_CLASS {
            Attribute::write_class(self, buf, first)
        }
    }
    fn write_style(&self, buf: &mut String, first: &mut bool) {
        if A::HAS_STYLE {
            Attribute::write_style(self, buf, first)
        }
    }
    fn has_class(&self) -> bool {
        A::HAS_CLASS
    }
}

impl<'a> RootAttributes<'a> {
    fn new<A: Attribute>(attributes: &'a A, outer: Option<&'a RootAttributes<'a>>) -> Self {
        RootAttributes {
            attributes,
            outer,
            applied: Cell::new(false),
        }
    }

    /// Records that a root element took the attributes (the [`WithAttributes`] that made
    /// them warns when none did).
    pub(crate) fn mark_applied(&self) {
        self.applied.set(true);
        if let Some(outer) = self.outer {
            outer.mark_applied();
        }
    }

    /// Appends the class parts; the first part opens ` class="` and clears `first`, the
    /// others are written with a space before them.
    pub(crate) fn write_class(&self, buf: &mut String, first: &mut bool) {
        self.attributes.write_class(buf, first);
        if let Some(outer) = self.outer {
            outer.write_class(buf, first);
        }
    }

    /// Whether there are class parts (present or not): the root then gets a `class`
    /// attribute, `class=""` when none is present, as Leptos writes it.
    pub(crate) fn has_class(&self) -> bool {
        self.attributes.has_class() || self.outer.is_some_and(RootAttributes::has_class)
    }

    /// Appends the style parts, as [`write_class`](Self::write_class) does the class parts.
    pub(crate) fn write_style(&self, buf: &mut String, first: &mut bool) {
        self.attributes.write_style(buf, first);
        if let Some(outer) = self.outer {
            outer.write_style(buf, first);
        }
    }

    /// Appends the other attributes, each as ` name="value"`.
    pub(crate) fn write_others(&self, buf: &mut String) {
        self.attributes.write_html(buf);
        if let Some(outer) = self.outer {
            outer.write_others(buf);
        }
    }

    /// Writes the class parts as a new ` class="…"` attribute (`class=""` when there are
    /// class parts but none is present; nothing without class parts).
    pub(crate) fn write_new_class(&self, buf: &mut String) {
        let mut first = true;
        self.write_class(buf, &mut first);
        close_class(buf, first, self.has_class());
    }

    /// Writes the style parts as a new ` style="…"` attribute (nothing when none is present).
    pub(crate) fn write_new_style(&self, buf: &mut String) {
        let mut first = true;
        self.write_style(buf, &mut first);
        if !first {
            buf.push('"');
        }
    }
}

/// Debug builds: says once per view type that attributes were dropped (see [`WithAttributes`]).
fn warn_no_root_element<V>() {
    #[cfg(debug_assertions)]
    {
        use std::sync::Mutex;
        static WARNED: Mutex<Vec<&'static str>> = Mutex::new(Vec::new());
        let view = std::any::type_name::<V>();
        let mut warned = WARNED
            .lock()
            .unwrap_or_else(std::sync::PoisonError::into_inner);
        if !warned.contains(&view) {
            warned.push(view);
            eprintln!(
                "view_core warning: WithAttributes: `{view}` has no root element, so the \
                 attributes given to it are dropped"
            );
        }
    }
}

impl<V: RenderHtml, A: Attribute> RenderHtml for WithAttributes<V, A> {
    const MAY_START_WITH_TEXT: bool = V::MAY_START_WITH_TEXT;
    const MAY_END_WITH_TEXT: bool = V::MAY_END_WITH_TEXT;

    /// Exact when the view has exactly one root element and either that element already has
    /// the `class`/`style` attribute the class/style parts merge into, or there are no such
    /// parts. Otherwise a lower bound, as the [`RenderHtml`] contract allows: a part that opens
    /// a new `class` attribute writes 8 bytes more (` class=""` minus the
    /// separator), a new `style` 9 (` style=""`: style parts end with `;`), each further root element writes the attributes again, and a view without
    /// root elements writes none. Which case applies is only known while writing.
    fn html_len(&self) -> usize {
        self.view.html_len()
            + self.attributes.html_len()
            + self.attributes.class_len()
            + self.attributes.style_len()
    }

    fn html_len_estimate(&self) -> usize {
        self.view.html_len_estimate()
            + self.attributes.html_len()
            + self.attributes.class_len()
            + self.attributes.style_len()
    }

    fn write_html(self, buf: &mut String) {
        let root = RootAttributes::new(&self.attributes, None);
        self.view.write_html_with_root(buf, &root);
        if !root.applied.get() {
            warn_no_root_element::<V>();
        }
    }

    /// Inside another `WithAttributes`: the roots get these attributes, then the outer ones.
    fn write_html_with_root(self, buf: &mut String, outer: &RootAttributes<'_>) {
        let root = RootAttributes::new(&self.attributes, Some(outer));
        self.view.write_html_with_root(buf, &root);
        if !root.applied.get() {
            warn_no_root_element::<V>();
        }
    }
}

/// Retained state of a [`WithAttributes`]: the view's state, and each root element with the
/// attributes' state on it (none when the view has no root element). Shared with the hook
/// that effects of the view's top level call when they change the roots (see
/// [`WithAttributes`], "When the roots change after building").
pub struct WithAttributesState<R: Renderer, S, A, T> {
    shared: Rc<RefCell<Applied<R, S, A, T>>>,
}

/// What a [`WithAttributesState`] shares with its roots hook.
struct Applied<R: Renderer, S, A, T> {
    /// The view's state; `None` until its first build or hydration returns.
    view: Option<S>,
    /// Each root element and the attributes' state on it.
    roots: Vec<Root<R, T>>,
    /// The latest attributes, cloned for a root that appears later.
    attributes: A,
    /// The owner current when built: attributes applied to later roots live under it.
    owner: OwnerHandle,
    /// This state's hook, current while the view builds, rebuilds or hydrates.
    hook: Option<RootsHook>,
    /// The hook of the enclosing `WithAttributes`, told after this one changed its roots.
    outer: Option<RootsHook>,
}

/// A root element with the attributes' state on it, and the scope of what applying them
/// created when that happened in an effect's run (see [`reactive::scoped`](crate::reactive::scoped)).
struct Root<R: Renderer, T> {
    element: R::Element,
    state: T,
    _scope: Option<Scope>,
}

/// The root elements of `state`, in document order.
fn root_elements<R: Renderer, S: Mountable<R>>(state: &S) -> Vec<R::Element> {
    let mut roots = Vec::new();
    state.root_elements(&mut |element| roots.push(element.clone()));
    roots
}

/// The roots now, with their attribute state, and the entries of roots that are gone.
type Matched<R, T> = (Vec<Root<R, T>>, Vec<Root<R, T>>);

/// Matches `roots` (the view's roots now) with `old`: a root that was one before is given to
/// `keep` with its entry, a new one to `new`; entries of roots that are gone are returned.
/// Roots mostly keep their order, so the search starts after the last match.
fn match_roots<R: Renderer, T>(
    roots: Vec<R::Element>,
    old: Vec<Root<R, T>>,
    mut keep: impl FnMut(Root<R, T>) -> Root<R, T>,
    mut new: impl FnMut(R::Element) -> Root<R, T>,
) -> Matched<R, T> {
    let mut old: Vec<Option<Root<R, T>>> = old.into_iter().map(Some).collect();
    let mut next = 0;
    let mut matched = Vec::with_capacity(roots.len());
    for element in roots {
        let found = (next..old.len()).chain(0..next.min(old.len())).find(|&at| {
            old[at]
                .as_ref()
                .is_some_and(|root| R::same_node(root.element.as_ref(), element.as_ref()))
        });
        matched.push(
            match found.and_then(|at| {
                next = at + 1;
                old[at].take()
            }) {
                Some(root) => keep(root),
                None => new(element),
            },
        );
    }
    (matched, old.into_iter().flatten().collect())
}

impl<R, V, A> Render<R> for WithAttributes<V, A>
where
    R: Renderer,
    V: Render<R>,
    V::State: 'static,
    A: RenderAttribute<R> + Clone + 'static,
    A::State: 'static,
{
    type State = WithAttributesState<R, V::State, A, A::State>;

    fn build(self) -> Self::State {
        let state = WithAttributesState::new(self.attributes.clone());
        let hook = state.shared.borrow().hook.clone();
        let view = roots_hook::with(hook, || self.view.build());
        state.attach::<V>(view, self.attributes, false);
        state
    }

    fn rebuild(self, state: &mut Self::State) {
        let mut applied = state.shared.borrow_mut();
        let applied = &mut *applied;
        if let Some(view) = applied.view.as_mut() {
            roots_hook::with(applied.hook.clone(), || self.view.rebuild(view));
        }
        let roots = applied
            .view
            .as_ref()
            .map(root_elements::<R, _>)
            .unwrap_or_default();
        if roots.is_empty() {
            warn_no_root_element::<V>();
        }
        let old = std::mem::take(&mut applied.roots);
        let attributes = self.attributes;
        // A root that was one before keeps its state and is updated; a new one is built.
        let (roots, _gone) = roots_hook::with(None, || {
            match_roots::<R, _>(
                roots,
                old,
                |mut root| {
                    attributes.clone().rebuild(&root.element, &mut root.state);
                    root
                },
                |element| Root {
                    state: attributes.clone().build(&element),
                    element,
                    _scope: None,
                },
            )
        });
        applied.attributes = attributes;
        applied.roots = roots;
    }

    fn hydrate(self, cursor: &mut Cursor<R>) -> Self::State {
        let state = WithAttributesState::new(self.attributes.clone());
        let hook = state.shared.borrow().hook.clone();
        let view = roots_hook::with(hook, || self.view.hydrate(cursor));
        // Applied again rather than trusted: a root may have been client-rendered (a
        // mismatch), without them. Applying an attribute twice changes nothing.
        state.attach::<V>(view, self.attributes, true);
        state
    }
}

impl<R, S, A, T> WithAttributesState<R, S, A, T>
where
    R: Renderer,
    S: Mountable<R> + 'static,
    A: RenderAttribute<R, State = T> + Clone + 'static,
    T: 'static,
{
    /// A state without a view yet, with its hook, capturing the current owner and hook.
    fn new(attributes: A) -> Self {
        let shared = Rc::new(RefCell::new(Applied {
            view: None,
            roots: Vec::new(),
            attributes,
            owner: capture_owner(),
            hook: None,
            outer: roots_hook::current(),
        }));
        let weak = Rc::downgrade(&shared);
        shared.borrow_mut().hook = Some(RootsHook::new(move || Self::roots_changed(&weak)));
        WithAttributesState { shared }
    }

    /// Stores the built (or hydrated) view, of type `V`, and applies `attributes` to its roots.
    fn attach<V>(&self, view: S, attributes: A, hydrated: bool) {
        let roots = root_elements::<R, _>(&view);
        if roots.is_empty() && !hydrated {
            warn_no_root_element::<V>();
        }
        let roots = roots_hook::with(None, || {
            apply_each::<R, _, _>(roots, attributes, |attributes, root| {
                let state = attributes.build(&root);
                (root, state)
            })
        });
        let mut applied = self.shared.borrow_mut();
        applied.view = Some(view);
        applied.roots = roots
            .into_iter()
            .map(|(element, state)| Root {
                element,
                state,
                _scope: None,
            })
            .collect();
    }

    /// The hook: collects the roots again after an effect of the view's top level ran,
    /// applies the attributes to new roots (under the owner captured when built, so they
    /// outlive the effect's run) and drops them from roots that are gone, then tells the
    /// enclosing `WithAttributes`. Does nothing while the state is being built or rebuilt:
    /// that collects the roots itself when done.
    fn roots_changed(shared: &Weak<RefCell<Applied<R, S, A, T>>>) {
        let Some(shared) = shared.upgrade() else {
            return;
        };
        let (gone, outer) = {
            let Ok(mut applied) = shared.try_borrow_mut() else {
                return;
            };
            let applied = &mut *applied;
            let Some(view) = applied.view.as_ref() else {
                return;
            };
            let roots = root_elements::<R, _>(view);
            let old = std::mem::take(&mut applied.roots);
            let (attributes, owner) = (&applied.attributes, &applied.owner);
            let (roots, gone) = roots_hook::with(None, || {
                match_roots::<R, _>(
                    roots,
                    old,
                    |root| root,
                    |element| {
                        let (state, scope) = scoped(owner, || attributes.clone().build(&element));
                        Root {
                            element,
                            state,
                            _scope: Some(scope),
                        }
                    },
                )
            });
            applied.roots = roots;
            (gone, applied.outer.clone())
        };
        drop(gone);
        if let Some(outer) = outer {
            outer.roots_changed();
        }
    }
}

/// Applies `attributes` to each of `roots` with `apply`: clones for all but the last root,
/// which takes the value itself.
fn apply_each<R: Renderer, A: Clone, T>(
    roots: Vec<R::Element>,
    attributes: A,
    mut apply: impl FnMut(A, R::Element) -> (R::Element, T),
) -> Vec<(R::Element, T)> {
    let mut applied = Vec::with_capacity(roots.len());
    let mut roots = roots.into_iter().peekable();
    let mut attributes = Some(attributes);
    while let Some(root) = roots.next() {
        let value = if roots.peek().is_some() {
            attributes.clone()
        } else {
            attributes.take()
        };
        if let Some(value) = value {
            applied.push(apply(value, root));
        }
    }
    applied
}

impl<R: Renderer, S: Mountable<R>, A, T> Mountable<R> for WithAttributesState<R, S, A, T> {
    fn mount(&mut self, parent: &R::Element, marker: Option<&R::Node>) {
        if let Ok(mut applied) = self.shared.try_borrow_mut()
            && let Some(view) = applied.view.as_mut()
        {
            view.mount(parent, marker);
        }
    }
    fn unmount(&mut self) {
        if let Ok(mut applied) = self.shared.try_borrow_mut()
            && let Some(view) = applied.view.as_mut()
        {
            view.unmount();
        }
    }
    fn first_node(&self) -> Option<R::Node> {
        let applied = self.shared.try_borrow().ok()?;
        applied.view.as_ref().and_then(S::first_node)
    }
    fn root_elements(&self, f: &mut dyn FnMut(&R::Element)) {
        if let Ok(applied) = self.shared.try_borrow()
            && let Some(view) = applied.view.as_ref()
        {
            view.root_elements(f);
        }
    }
}
