//! `Result<V, E>` as a view: `Ok` renders the view; `Err` renders nothing and reports the error
//! to the nearest [`ErrorBoundary`](crate::ErrorBoundary), as in Leptos.
//!
//! The error lives in the boundary while the view that reported it holds an `Err`: a rebuild
//! with `Ok` (or dropping the view's state) takes it back out, so the boundary shows its children
//! again when the last error clears.

use std::fmt;
use std::sync::Arc;
use std::sync::atomic::{AtomicUsize, Ordering};

use crate::hydration::Cursor;
use crate::ssr::render_html::{MARKER, marker_bytes, push_marker};
use crate::view::option::OptionState;
use crate::{Mountable, Render, RenderHtml, Renderer, RootAttributes};

/// An error reported by a `Result` view: any `std::error::Error + Send + Sync`, or a string
/// (`Err("bad input")`, `Err(format!(…))`), shared behind an `Arc`. Leptos's `Error`.
#[derive(Clone)]
pub struct Error(Arc<dyn std::error::Error + Send + Sync>);

impl<T> From<T> for Error
where
    T: Into<Box<dyn std::error::Error + Send + Sync>>,
{
    fn from(error: T) -> Self {
        Error(Arc::from(error.into()))
    }
}

impl std::ops::Deref for Error {
    type Target = dyn std::error::Error + Send + Sync;
    fn deref(&self) -> &Self::Target {
        &*self.0
    }
}

impl fmt::Display for Error {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        fmt::Display::fmt(&*self.0, f)
    }
}

impl fmt::Debug for Error {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        fmt::Debug::fmt(&*self.0, f)
    }
}

/// Identifies one reported error in [`Errors`] (one per `Result` view that holds an `Err`).
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub struct ErrorId(usize);

impl ErrorId {
    fn next() -> Self {
        static NEXT: AtomicUsize = AtomicUsize::new(0);
        ErrorId(NEXT.fetch_add(1, Ordering::Relaxed))
    }
}

impl fmt::Display for ErrorId {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        self.0.fmt(f)
    }
}

/// The errors an [`ErrorBoundary`](crate::ErrorBoundary) holds, in the order they were
/// reported; its `fallback` receives them in a signal. Iterating yields `(ErrorId, Error)`
/// pairs, as Leptos's `Errors`.
#[derive(Clone, Debug, Default)]
pub struct Errors(Vec<(ErrorId, Error)>);

impl Errors {
    /// True when there is no error.
    pub fn is_empty(&self) -> bool {
        self.0.is_empty()
    }

    /// The number of errors.
    pub fn len(&self) -> usize {
        self.0.len()
    }

    /// Adds or replaces the error with this id.
    pub fn insert(&mut self, key: ErrorId, error: impl Into<Error>) {
        let error = error.into();
        match self.0.iter_mut().find(|(id, _)| *id == key) {
            Some(slot) => slot.1 = error,
            None => self.0.push((key, error)),
        }
    }

    /// Adds an error under a new id.
    pub fn insert_with_default_key(&mut self, error: impl Into<Error>) {
        self.0.push((ErrorId::next(), error.into()));
    }

    /// Removes the error with this id, returning it.
    pub fn remove(&mut self, key: &ErrorId) -> Option<Error> {
        let index = self.0.iter().position(|(id, _)| id == key)?;
        Some(self.0.remove(index).1)
    }

    /// The errors, by reference.
    pub fn iter(&self) -> impl Iterator<Item = (&ErrorId, &Error)> {
        self.0.iter().map(|(id, error)| (id, error))
    }
}

impl IntoIterator for Errors {
    type Item = (ErrorId, Error);
    type IntoIter = std::vec::IntoIter<(ErrorId, Error)>;
    fn into_iter(self) -> Self::IntoIter {
        self.0.into_iter()
    }
}

/// Where a `Result` view reports its error: the nearest `ErrorBoundary`'s errors (a reactive
/// context), or nowhere.
#[derive(Clone)]
pub(crate) struct ErrorHook {
    #[cfg(feature = "reactive_graph")]
    pub(crate) errors: reactive_graph::signal::ArcRwSignal<Errors>,
}

impl ErrorHook {
    /// The nearest boundary's hook, if any.
    fn current() -> Option<ErrorHook> {
        #[cfg(feature = "reactive_graph")]
        return reactive_graph::owner::use_context::<ErrorHook>();
        #[cfg(not(feature = "reactive_graph"))]
        return None;
    }

    fn insert(&self, id: ErrorId, error: Error) {
        #[cfg(feature = "reactive_graph")]
        {
            use reactive_graph::traits::Update;
            self.errors.update(|errors| errors.insert(id, error));
        }
        #[cfg(not(feature = "reactive_graph"))]
        let _ = (id, error);
    }

    fn remove(&self, id: ErrorId) {
        #[cfg(feature = "reactive_graph")]
        {
            use reactive_graph::traits::{Update, WithUntracked};
            if self
                .errors
                .with_untracked(|errors| errors.iter().any(|(k, _)| *k == id))
            {
                self.errors.update(|errors| {
                    errors.remove(&id);
                });
            }
        }
        #[cfg(not(feature = "reactive_graph"))]
        let _ = id;
    }
}

/// Reports `error` to the nearest boundary; says so on the console when there is none.
fn report(hook: Option<&ErrorHook>, id: ErrorId, error: Error) {
    match hook {
        Some(hook) => hook.insert(id, error),
        None => crate::logging::console_warn(&format!(
            "view_core: an `Err` was rendered outside any <ErrorBoundary/>: {error}"
        )),
    }
}

impl<V: RenderHtml, E: Into<Error>> RenderHtml for Result<V, E> {
    const MAY_START_WITH_TEXT: bool = V::MAY_START_WITH_TEXT;
    // The placeholder (as an `Option`'s) comes last.
    const MAY_END_WITH_TEXT: bool = false;

    fn html_len(&self) -> usize {
        self.as_ref().map_or(0, V::html_len) + marker_bytes(MARKER.len())
    }
    fn html_len_estimate(&self) -> usize {
        self.as_ref().map_or(0, V::html_len_estimate) + marker_bytes(MARKER.len())
    }
    fn write_html(self, buf: &mut String) {
        match self {
            Ok(view) => view.write_html(buf),
            Err(error) => report(ErrorHook::current().as_ref(), ErrorId::next(), error.into()),
        }
        push_marker(buf);
    }
    fn write_html_with_root(self, buf: &mut String, root: &RootAttributes<'_>) {
        match self {
            Ok(view) => view.write_html_with_root(buf, root),
            Err(error) => report(ErrorHook::current().as_ref(), ErrorId::next(), error.into()),
        }
        push_marker(buf);
    }
}

/// Retained state of a `Result`: the `Ok` view's state (as an `Option`'s), and the boundary
/// the error goes to with the id of the error reported there, if any.
pub struct ResultState<R: Renderer, S> {
    view: OptionState<R, S>,
    hook: Option<ErrorHook>,
    id: ErrorId,
    reported: bool,
}

impl<R: Renderer, S> ResultState<R, S> {
    fn set_error(&mut self, error: Option<Error>) {
        match error {
            Some(error) => {
                report(self.hook.as_ref(), self.id, error);
                self.reported = true;
            }
            None if self.reported => {
                if let Some(hook) = &self.hook {
                    hook.remove(self.id);
                }
                self.reported = false;
            }
            None => {}
        }
    }
}

impl<R: Renderer, S> Drop for ResultState<R, S> {
    fn drop(&mut self) {
        self.set_error(None);
    }
}

fn split<V, E: Into<Error>>(result: Result<V, E>) -> (Option<V>, Option<Error>) {
    match result {
        Ok(view) => (Some(view), None),
        Err(error) => (None, Some(error.into())),
    }
}

impl<R: Renderer, V: Render<R>, E: Into<Error>> Render<R> for Result<V, E> {
    type State = ResultState<R, V::State>;

    fn build(self) -> Self::State {
        let (view, error) = split(self);
        let mut state = ResultState {
            view: view.build(),
            hook: ErrorHook::current(),
            id: ErrorId::next(),
            reported: false,
        };
        state.set_error(error);
        state
    }

    fn rebuild(self, state: &mut Self::State) {
        let (view, error) = split(self);
        view.rebuild(&mut state.view);
        if state.hook.is_none() {
            state.hook = ErrorHook::current();
        }
        state.set_error(error);
    }

    fn hydrate(self, cursor: &mut Cursor<R>) -> Self::State {
        let (view, error) = split(self);
        let mut state = ResultState {
            view: view.hydrate(cursor),
            hook: ErrorHook::current(),
            id: ErrorId::next(),
            reported: false,
        };
        state.set_error(error);
        state
    }
}

impl<R: Renderer, S: Mountable<R>> Mountable<R> for ResultState<R, S> {
    fn mount(&mut self, parent: &R::Element, marker: Option<&R::Node>) {
        self.view.mount(parent, marker);
    }
    fn unmount(&mut self) {
        self.view.unmount();
    }
    fn first_node(&self) -> Option<R::Node> {
        self.view.first_node()
    }
    fn root_elements(&self, f: &mut dyn FnMut(&R::Element)) {
        self.view.root_elements(f)
    }
}
