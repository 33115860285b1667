//! `<ErrorBoundary/>`: shows `fallback` instead of its children while a `Result` view inside
//! them holds an `Err`, as Leptos's.

use std::cell::RefCell;
use std::rc::Rc;

use reactive_graph::owner::{Owner, provide_context};
use reactive_graph::signal::ArcRwSignal;
use reactive_graph::traits::{With, WithUntracked};
use view_macro::component;

use crate::hydration::Cursor;
use crate::reactive::{EffectHandle, Scope, capture_owner, create_effect, scoped};
use crate::ssr::render_html::{MARKER, marker_bytes, push_marker};
use crate::view::result::ErrorHook;
use crate::{
    AnyViewState, Children, DefaultRenderer, Errors, IntoAny, IntoView, Mountable, Render,
    RenderHtml, Renderer, RootAttributes,
};

/// Shows its children, or `fallback` while any `Result` view among them (at any depth, also
/// inside components, closures and `Show`s) holds an `Err`, as Leptos's `<ErrorBoundary/>`.
///
/// `fallback` receives the errors in a signal (`|errors| …`, read with `errors.get()`), so it
/// can list them and update when they change. The children are built once and kept while the
/// fallback is shown: when their last error clears (a closure returns `Ok` again), they are
/// shown again with their state.
///
/// Generic over the renderer, as [`Show`](crate::Show): `R` is inferred from where the
/// boundary is built.
///
/// ```
/// use view_core::prelude::*;
/// use view_core::testing::{TestNode, TestRenderer};
///
/// let (input, set_input) = signal("12".to_owned());
/// let page = move || view! {
///     <ErrorBoundary fallback=|errors| view! {
///         <p class="error">
///             {move || errors.get().into_iter().map(|(_, e)| e.to_string()).collect::<Vec<_>>()}
///         </p>
///     }>
///         <p>{move || input.get().parse::<i32>().map(|n| n * 2)}</p>
///     </ErrorBoundary>
/// };
/// assert_eq!(page().to_html(), "<p>24<!></p><!><!>");
///
/// let root = TestNode::element("main");
/// let _handle = view_core::mount_on::<TestRenderer, _>(&root, page);
/// set_input.set("x".to_owned());
/// assert_eq!(root.inner_html(), r#"<p class="error">invalid digit found in string<!----></p><!----><!---->"#);
/// set_input.set("4".to_owned());
/// assert_eq!(root.inner_html(), "<p>8<!----></p><!----><!---->");
/// ```
#[component]
pub fn ErrorBoundary<FalFn, Fal, R: Renderer>(
    /// Shown while there is no error.
    children: Children<R>,
    /// Makes the view shown while there are errors, from the errors' signal.
    fallback: FalFn,
) -> ErrorBoundaryView<FalFn, R>
where
    FalFn: FnMut(ArcRwSignal<Errors>) -> Fal + 'static,
    Fal: IntoView<R>,
{
    ErrorBoundaryView { children, fallback }
}

/// The view of an [`ErrorBoundary`]: its children, or its fallback while they hold errors.
#[must_use = "a view does nothing until it is rendered or mounted"]
pub struct ErrorBoundaryView<FalFn, R: Renderer = DefaultRenderer> {
    children: Children<R>,
    fallback: FalFn,
}

impl<FalFn, Fal, R> RenderHtml for ErrorBoundaryView<FalFn, R>
where
    FalFn: FnMut(ArcRwSignal<Errors>) -> Fal + 'static,
    Fal: IntoView<R>,
    R: Renderer,
{
    const MAY_START_WITH_TEXT: bool = true;
    // The placeholder comes last.
    const MAY_END_WITH_TEXT: bool = false;

    /// A lower bound (the placeholder): the children are not made twice.
    fn html_len(&self) -> usize {
        marker_bytes(MARKER.len())
    }

    fn write_html(self, buf: &mut String) {
        self.write_boundary(buf, None);
    }

    /// The shown view (the children, or the fallback) gets `root`'s attributes.
    fn write_html_with_root(self, buf: &mut String, root: &RootAttributes<'_>) {
        self.write_boundary(buf, Some(root));
    }
}

impl<FalFn, Fal, R> ErrorBoundaryView<FalFn, R>
where
    FalFn: FnMut(ArcRwSignal<Errors>) -> Fal + 'static,
    Fal: IntoView<R>,
    R: Renderer,
{
    /// Writes the children, or the fallback if they reported errors; `root` goes to the
    /// roots of the one written.
    fn write_boundary(mut self, buf: &mut String, root: Option<&RootAttributes<'_>>) {
        let errors = ArcRwSignal::new(Errors::default());
        let owner = Owner::new();
        let start = buf.len();
        owner.with(|| {
            provide_context(ErrorHook {
                errors: errors.clone(),
            });
            let children = (self.children)();
            match root {
                Some(root) => children.write_html_with_root(buf, root),
                None => children.write_html(buf),
            }
        });
        if !errors.with_untracked(Errors::is_empty) {
            buf.truncate(start);
            let fallback: crate::AnyView<R> = (self.fallback)(errors).into_any();
            match root {
                Some(root) => fallback.write_html_with_root(buf, root),
                None => fallback.write_html(buf),
            }
        }
        push_marker(buf);
    }
}

/// What an [`ErrorBoundaryState`] shares with its effect.
struct Shown<Rd: Renderer> {
    children: AnyViewState<Rd>,
    /// The fallback while it is shown, with the scope it was built in.
    fallback: Option<(AnyViewState<Rd>, Scope)>,
    /// Whether the boundary is mounted (in the document or a parent not yet inserted).
    mounted: bool,
}

/// Retained state of an [`ErrorBoundaryView`]: the children (kept while the fallback is
/// shown), the fallback, a placeholder marking where they go, and the effect that switches.
pub struct ErrorBoundaryState<Rd: Renderer = DefaultRenderer> {
    shown: Rc<RefCell<Shown<Rd>>>,
    anchor: Rd::Placeholder,
    _owner: Owner,
    _effect: EffectHandle,
}

impl<FalFn, Fal, R> Render<R> for ErrorBoundaryView<FalFn, R>
where
    FalFn: FnMut(ArcRwSignal<Errors>) -> Fal + 'static,
    Fal: IntoView<R>,
    R: Renderer,
{
    type State = ErrorBoundaryState<R>;

    fn build(self) -> Self::State {
        boundary(self, false, |children| {
            (children().build(), R::create_placeholder())
        })
    }

    /// The children claim the server's nodes. When the server showed the fallback (the
    /// children failed there too), they do not match: they are reported and client-rendered,
    /// and the boundary then shows a fresh fallback, so the page ends as a client render.
    fn hydrate(self, cursor: &mut Cursor<R>) -> Self::State {
        boundary(self, true, |children| {
            (children().hydrate(cursor), cursor.placeholder())
        })
    }

    fn rebuild(self, state: &mut Self::State) {
        // A new boundary (new children and fallback) replaces the old one in place.
        let mut new = self.build();
        let anchor = state.anchor.as_ref();
        if let Some(parent) = R::parent(anchor) {
            new.mount(&parent, Some(anchor));
            state.unmount();
        }
        *state = new;
    }
}

/// Makes a boundary's state: `children` makes the children's state and the placeholder (built
/// or hydrated) under the boundary's owner; an effect switches to the fallback on errors.
/// `mounted`: the children are in place already (hydrated).
fn boundary<FalFn, Fal, R>(
    view: ErrorBoundaryView<FalFn, R>,
    mounted: bool,
    children: impl FnOnce(Children<R>) -> (AnyViewState<R>, <R as Renderer>::Placeholder),
) -> ErrorBoundaryState<R>
where
    FalFn: FnMut(ArcRwSignal<Errors>) -> Fal + 'static,
    Fal: IntoView<R>,
    R: Renderer,
{
    let ErrorBoundaryView {
        children: make_children,
        mut fallback,
    } = view;
    let errors = ArcRwSignal::new(Errors::default());
    let owner = Owner::new();
    let (children, anchor) = owner.with(|| {
        provide_context(ErrorHook {
            errors: errors.clone(),
        });
        children(make_children)
    });
    let shown = Rc::new(RefCell::new(Shown {
        children,
        fallback: None,
        mounted,
    }));
    let parent_owner = capture_owner();
    let effect = create_effect({
        let shown = shown.clone();
        let anchor = anchor.clone();
        move || {
            let failed = !errors.with(Errors::is_empty);
            let Ok(mut shown) = shown.try_borrow_mut() else {
                return;
            };
            let shown = &mut *shown;
            let parent = R::parent(anchor.as_ref());
            match (failed, shown.fallback.is_some()) {
                (true, false) => {
                    let errors = errors.clone();
                    let (mut state, scope) = scoped(&parent_owner, || {
                        let fallback: crate::AnyView<R> = fallback(errors).into_any();
                        fallback.build()
                    });
                    if shown.mounted {
                        shown.children.unmount();
                        if let Some(parent) = &parent {
                            state.mount(parent, Some(anchor.as_ref()));
                        }
                    }
                    shown.fallback = Some((state, scope));
                }
                (false, true) => {
                    if let Some((mut state, _scope)) = shown.fallback.take()
                        && shown.mounted
                    {
                        state.unmount();
                        if let Some(parent) = &parent {
                            shown.children.mount(parent, Some(anchor.as_ref()));
                        }
                    }
                }
                _ => {}
            }
        }
    });
    ErrorBoundaryState {
        shown,
        anchor,
        _owner: owner,
        _effect: effect,
    }
}

impl<Rd: Renderer> Mountable<Rd> for ErrorBoundaryState<Rd> {
    fn mount(&mut self, parent: &Rd::Element, marker: Option<&Rd::Node>) {
        if let Ok(mut shown) = self.shown.try_borrow_mut() {
            let shown = &mut *shown;
            match &mut shown.fallback {
                Some((fallback, _)) => fallback.mount(parent, marker),
                None => shown.children.mount(parent, marker),
            }
            shown.mounted = true;
        }
        Rd::insert_before(parent, self.anchor.as_ref(), marker);
    }
    fn unmount(&mut self) {
        if let Ok(mut shown) = self.shown.try_borrow_mut() {
            let shown = &mut *shown;
            match &mut shown.fallback {
                Some((fallback, _)) => fallback.unmount(),
                None => shown.children.unmount(),
            }
            shown.mounted = false;
        }
        Rd::remove(self.anchor.as_ref());
    }
    fn first_node(&self) -> Option<Rd::Node> {
        let shown = self.shown.try_borrow().ok()?;
        match &shown.fallback {
            Some((fallback, _)) => fallback.first_node(),
            None => shown.children.first_node(),
        }
        .or_else(|| Some(self.anchor.as_ref().clone()))
    }
    fn root_elements(&self, f: &mut dyn FnMut(&Rd::Element)) {
        if let Ok(shown) = self.shown.try_borrow() {
            match &shown.fallback {
                Some((fallback, _)) => fallback.root_elements(f),
                None => shown.children.root_elements(f),
            }
        }
    }
}
