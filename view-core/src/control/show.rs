//! `<Show/>`: a reactive condition, as Leptos's: `children` while `when` is true, `fallback`
//! otherwise.

use std::cell::RefCell;
use std::rc::Rc;

use view_macro::component;

use crate::hydration::Cursor;
use crate::reactive::{EffectHandle, OwnerHandle, Scope, capture_owner, create_effect, scoped};
use crate::{
    AnyView, AnyViewState, ChildrenFn, DefaultRenderer, IntoAny, IntoView, Mountable, Render,
    RenderHtml, Renderer, RootAttributes,
};

/// A function that makes a view, type-erased: the type of a view-making prop such as
/// [`Show`]'s `fallback`. Made from any `Fn() -> impl IntoView<R>` closure with `.into()` (a
/// `#[prop(into)]` prop takes the closure directly); the default makes nothing. Its views are
/// built for renderer `R` (the [`DefaultRenderer`] unless named), as [`ChildrenFn`]'s.
///
/// ```
/// use view_core::prelude::*;
///
/// let fallback: ViewFn = (|| view! { <p>"Loading…"</p> }).into();
/// assert_eq!(fallback.run().to_html(), "<p>Loading…</p><!>");
/// assert_eq!(<ViewFn>::default().run().to_html(), "<!>");
/// ```
pub struct ViewFn<R: Renderer = DefaultRenderer>(Rc<dyn Fn() -> AnyView<R>>);

impl<R: Renderer> Clone for ViewFn<R> {
    fn clone(&self) -> Self {
        ViewFn(self.0.clone())
    }
}

impl<R: Renderer> ViewFn<R> {
    /// Makes the view.
    pub fn run(&self) -> AnyView<R> {
        (self.0)()
    }
}

impl<R: Renderer> Default for ViewFn<R> {
    fn default() -> Self {
        ViewFn(Rc::new(|| ().into_any()))
    }
}

impl<R, F, V> From<F> for ViewFn<R>
where
    R: Renderer,
    F: Fn() -> V + 'static,
    V: IntoView<R>,
{
    fn from(f: F) -> Self {
        ViewFn(Rc::new(move || f().into_any()))
    }
}

impl<R: Renderer> std::fmt::Debug for ViewFn<R> {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str("ViewFn")
    }
}

/// Shows its children while `when` returns true and `fallback` (by default nothing) otherwise,
/// as Leptos's `<Show/>`.
///
/// `when` runs in an effect: when a signal it reads changes, the branch is switched only if
/// the result changed (the shown branch is not rebuilt while `when` stays true). Each branch
/// is built afresh when it is shown, in its own reactive scope, disposed when it is hidden.
///
/// Generic over the renderer: `R` is inferred from where the `<Show>` is built (a component
/// returning `impl IntoView` builds it for the [`DefaultRenderer`], one returning
/// `impl IntoView<R>` for `R`). Attributes given to a component whose root is a `<Show>` go
/// to the root elements of the shown branch, also after it switches.
///
/// ```
/// use view_core::prelude::*;
/// use view_core::testing::{TestNode, TestRenderer};
///
/// let (logged_in, set_logged_in) = signal(false);
/// let page = move || view! {
///     <Show when=move || logged_in.get() fallback=|| view! { <button>"Log in"</button> }>
///         <p>"Welcome back"</p>
///     </Show>
/// };
/// assert_eq!(page().to_html(), "<button>Log in</button><!>");
///
/// let root = TestNode::element("main");
/// let _handle = view_core::mount_on::<TestRenderer, _>(&root, page);
/// set_logged_in.set(true);
/// assert_eq!(root.inner_html(), "<p>Welcome back</p><!---->");
/// ```
#[component]
pub fn Show<W, R: Renderer>(
    /// Shown while `when` returns true.
    children: ChildrenFn<R>,
    /// The condition; re-run when the signals it reads change.
    when: W,
    /// Shown while `when` returns false (by default nothing).
    #[prop(optional, into)]
    fallback: ViewFn<R>,
) -> ShowView<W, R>
where
    W: Fn() -> bool + 'static,
{
    ShowView {
        when,
        children,
        fallback,
    }
}

/// The view of a [`Show`]: `children` or `fallback`, switched when `when` changes.
#[must_use = "a view does nothing until it is rendered or mounted"]
pub struct ShowView<W, R: Renderer = DefaultRenderer> {
    when: W,
    children: ChildrenFn<R>,
    fallback: ViewFn<R>,
}

impl<W: Fn() -> bool, R: Renderer> ShowView<W, R> {
    fn branch(&self, shown: bool) -> AnyView<R> {
        if shown {
            (self.children)()
        } else {
            self.fallback.run()
        }
    }
}

impl<W: Fn() -> bool, R: Renderer> RenderHtml for ShowView<W, R> {
    const MAY_START_WITH_TEXT: bool = true;
    // The branch is an `AnyView`, which ends with its placeholder.
    const MAY_END_WITH_TEXT: bool = false;

    /// A lower bound (0): `when` is not called twice.
    fn html_len(&self) -> usize {
        0
    }
    fn write_html(self, buf: &mut String) {
        self.branch((self.when)()).write_html(buf)
    }
    fn write_html_with_root(self, buf: &mut String, root: &RootAttributes<'_>) {
        self.branch((self.when)()).write_html_with_root(buf, root)
    }
}

/// The shown branch: which one, its state, and the scope its signals and effects live in.
struct Branch<R: Renderer> {
    shown: bool,
    state: AnyViewState<R>,
    _scope: Scope,
}

/// The branch of a [`ShowView`], shared with its effect.
type SharedBranch<R> = Rc<RefCell<Option<Branch<R>>>>;

/// Retained state of a [`ShowView`]: the shown branch and the effect that re-reads `when`.
pub struct ShowState<R: Renderer = DefaultRenderer> {
    branch: SharedBranch<R>,
    _effect: EffectHandle,
}

/// Runs `when` in an effect and shows the matching branch. The first run of an effect made by
/// a rebuild (`rebuild_first`) rebuilds the shown branch with the new view's functions.
/// The first run makes the branch with `first` when there is one (hydration claims it): a
/// type parameter, so that a `<Show>` that is only ever built does not link hydration.
fn show_effect<W, R, F>(
    view: ShowView<W, R>,
    branch: SharedBranch<R>,
    owner: OwnerHandle,
    mut rebuild_first: bool,
    first: Option<F>,
) -> EffectHandle
where
    W: Fn() -> bool + 'static,
    R: Renderer,
    F: FnOnce(AnyView<R>) -> AnyViewState<R> + 'static,
{
    let mut first = first;
    create_effect(move || {
        let shown = (view.when)();
        let mut slot = branch.borrow_mut();
        match slot.as_mut() {
            Some(current) if current.shown == shown => {
                if std::mem::take(&mut rebuild_first) {
                    let (_, scope) =
                        scoped(&owner, || view.branch(shown).rebuild(&mut current.state));
                    current._scope = scope;
                }
            }
            Some(current) => {
                rebuild_first = false;
                // Build the other branch in a fresh scope, insert it where the current one is,
                // then remove the current one and dispose its scope.
                let (mut state, scope) = scoped(&owner, || view.branch(shown).build());
                if let Some(first) = current.state.first_node()
                    && let Some(parent) = R::parent(&first)
                {
                    state.mount(&parent, Some(&first));
                }
                current.state.unmount();
                *current = Branch {
                    shown,
                    state,
                    _scope: scope,
                };
            }
            None => {
                rebuild_first = false;
                let (state, scope) = match first.take() {
                    Some(first) => scoped(&owner, || first(view.branch(shown))),
                    None => scoped(&owner, || view.branch(shown).build()),
                };
                *slot = Some(Branch {
                    shown,
                    state,
                    _scope: scope,
                });
            }
        }
    })
}

impl<W, R> Render<R> for ShowView<W, R>
where
    W: Fn() -> bool + 'static,
    R: Renderer,
{
    type State = ShowState<R>;

    fn build(self) -> Self::State {
        show_state(self, None::<BuildBranch<R>>)
    }

    fn rebuild(self, state: &mut Self::State) {
        // The new functions replace the old effect; its first run updates the same branch.
        let branch = state.branch.clone();
        state._effect = show_effect(self, branch, capture_owner(), true, None::<BuildBranch<R>>);
    }

    fn hydrate(self, cursor: &mut Cursor<R>) -> Self::State {
        // The cursor is lent to the effect's first run and taken back after it.
        let slot = Rc::new(RefCell::new(Some(cursor.clone())));
        let lent = slot.clone();
        let claim = move |view: AnyView<R>| {
            let Some(mut cursor) = lent.borrow_mut().take() else {
                return view.build();
            };
            let state = view.hydrate(&mut cursor);
            *lent.borrow_mut() = Some(cursor);
            state
        };
        let state = show_state(self, Some(claim));
        if let Some(moved) = slot.borrow_mut().take() {
            *cursor = moved;
        }
        state
    }
}

/// The first run of a `<Show>` that builds its branch.
type BuildBranch<R> = fn(AnyView<R>) -> AnyViewState<R>;

/// Makes the shown branch in the first run of its effect (with `first` when there is one).
fn show_state<W, R, F>(view: ShowView<W, R>, first: Option<F>) -> ShowState<R>
where
    W: Fn() -> bool + 'static,
    R: Renderer,
    F: FnOnce(AnyView<R>) -> AnyViewState<R> + 'static,
{
    let branch = Rc::new(RefCell::new(None));
    // Branches live under the owner current here, not under the effect's own owner, which
    // the reactive system cleans before every re-run.
    let effect = show_effect(view, branch.clone(), capture_owner(), false, first);
    assert!(
        branch.borrow().is_some(),
        "EffectRunner::create_effect must run the effect once before returning"
    );
    ShowState {
        branch,
        _effect: effect,
    }
}

impl<Rd: Renderer> Mountable<Rd> for ShowState<Rd> {
    fn mount(&mut self, parent: &Rd::Element, marker: Option<&Rd::Node>) {
        if let Some(branch) = self.branch.borrow_mut().as_mut() {
            branch.state.mount(parent, marker);
        }
    }
    fn unmount(&mut self) {
        if let Some(branch) = self.branch.borrow_mut().as_mut() {
            branch.state.unmount();
        }
    }
    fn first_node(&self) -> Option<Rd::Node> {
        self.branch
            .borrow()
            .as_ref()
            .and_then(|branch| branch.state.first_node())
    }
    fn root_elements(&self, f: &mut dyn FnMut(&Rd::Element)) {
        if let Ok(branch) = self.branch.try_borrow()
            && let Some(branch) = branch.as_ref()
        {
            branch.state.root_elements(f);
        }
    }
}
