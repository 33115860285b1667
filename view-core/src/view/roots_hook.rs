//! [`RootsHook`]: how a [`WithAttributes`](crate::WithAttributes) learns that its view's root
//! elements changed after it was built, so that roots a component's own reactivity creates
//! later (a top-level closure switching branch, a row a top-level `<For>` adds, the other
//! branch of a top-level `<Show>`) get the component's attributes too.
//!
//! While a `WithAttributes` builds, rebuilds or hydrates its view, its hook is the thread's
//! *current* hook. Every effect created meanwhile ([`create_effect`](crate::reactive::
//! create_effect)) captures it, and after each of its later runs (not the first, which the
//! `WithAttributes` sees anyway) calls it; the hook collects the roots again, applies the
//! attributes to new roots and drops them from vanished ones, then tells the hook of an
//! enclosing `WithAttributes` (a component at the top level of another one). The effect also
//! makes its hook current during its own runs, so that effects its run creates (a closure that
//! returns a closure) capture it too.
//!
//! An element's content is not made of roots: building an element or a template makes no hook
//! current for its children and attributes ([`paused`]), so effects inside elements, by far
//! the most, capture none and cost nothing more.

use std::cell::RefCell;
use std::rc::Rc;

/// A callback telling a `WithAttributes` that its view's roots may have changed (cheap to
/// clone).
#[derive(Clone)]
pub(crate) struct RootsHook(Rc<dyn Fn()>);

impl RootsHook {
    /// A hook calling `f`.
    pub(crate) fn new(f: impl Fn() + 'static) -> Self {
        RootsHook(Rc::new(f))
    }

    /// Tells the `WithAttributes` that made this hook to collect its roots again.
    pub(crate) fn roots_changed(&self) {
        (self.0)()
    }
}

thread_local! {
    static CURRENT: RefCell<Option<RootsHook>> = const { RefCell::new(None) };
}

/// The current hook, captured by an effect being created.
pub(crate) fn current() -> Option<RootsHook> {
    CURRENT.with(|current| current.borrow().clone())
}

/// Runs `f` with `hook` as the current hook, then restores the previous one (also if `f`
/// panics).
pub(crate) fn with<T>(hook: Option<RootsHook>, f: impl FnOnce() -> T) -> T {
    /// Puts the previous hook back when dropped.
    struct Restore(Option<RootsHook>);
    impl Drop for Restore {
        fn drop(&mut self) {
            let previous = self.0.take();
            // `try_with`: a view dropped while the thread exits must not panic.
            let _ = CURRENT.try_with(|current| *current.borrow_mut() = previous);
        }
    }
    let previous = CURRENT.with(|current| std::mem::replace(&mut *current.borrow_mut(), hook));
    let _restore = Restore(previous);
    f()
}

/// Runs `f` with no current hook: the content of an element, whose effects never change the
/// roots. Without a current hook (nearly always), one thread-local read.
#[inline]
pub(crate) fn paused<T>(f: impl FnOnce() -> T) -> T {
    if CURRENT.with(|current| current.borrow().is_none()) {
        f()
    } else {
        with(None, f)
    }
}
