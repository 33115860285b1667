//! The pluggable effect hook that makes closures reactive.
//!
//! The core knows nothing of signals. A closure used as a child or an attribute value is run
//! inside an *effect* created by the current [`EffectRunner`]; when the reactive system re-runs
//! the effect, the view rebuilds just that child or attribute. Plugging in a reactive system is
//! implementing one trait and calling [`set_effect_runner`].
//!
//! Without a runner, closures are evaluated once ([`RunOnce`]). With the `reactive_graph` feature
//! (on by default) the default runner uses `reactive_graph`'s synchronous effects; see
//! [`crate::reactive_graph`].

pub(crate) mod state;

use std::any::Any;
use std::cell::Cell;

/// Creates effects for a reactive system.
///
/// # Contract
/// `create_effect` must run `effect` once before returning, then again whenever something it
/// read changes, until the returned [`EffectHandle`] is dropped.
///
/// An effect holds its view's state while it runs, and views are built inside runs, so a run
/// should not start while another effect of the thread is running, except the first run of an
/// effect created by that run: an effect notified meanwhile (a view being built wrote a signal
/// it reads) should run after the running one returns.
/// [`ReactiveGraphRunner`](crate::reactive_graph::ReactiveGraphRunner) queues such runs. A
/// runner that runs them at once does not make views panic: a nested run that finds its state
/// held leaves its update to the run holding it, which applies it before returning. But an
/// enclosing view that moves or removes a view while that view is being built cannot move or
/// remove its nodes then.
pub trait EffectRunner {
    /// Creates an effect running `effect`.
    fn create_effect(&self, effect: Box<dyn FnMut()>) -> EffectHandle;

    /// Captures the current reactive owner as the parent of owners that
    /// [`scoped`](Self::scoped) creates later, even while an effect (whose owner is cleaned on
    /// every run) is current. Those owners must see the captured owner's contexts but must not
    /// be disposed when it is cleaned: a keyed list keeps its rows across the runs of an
    /// enclosing effect, and disposes a row by dropping its [`Scope`]. The default captures
    /// nothing.
    fn capture_owner(&self) -> OwnerHandle {
        OwnerHandle(None)
    }

    /// Runs `f` under a new owner below `parent` that lives until the returned [`Scope`] is
    /// dropped, whatever happens to the owners above it: signals and effects created by `f` are
    /// disposed with the scope, and only then. The default runs `f` with no owner.
    fn scoped(&self, parent: &OwnerHandle, f: &mut dyn FnMut()) -> Scope {
        let _ = parent;
        f();
        Scope(None)
    }
    /// Runs `f` without letting the running effect (if any) track what `f` reads. View-core
    /// uses it for work an effect's run does that is not the effect's own (a component's
    /// attributes applied to a root the run created). The default just runs `f`.
    fn untracked(&self, f: &mut dyn FnMut()) {
        f()
    }
}

/// A captured reactive owner (opaque; see [`EffectRunner::capture_owner`]).
pub struct OwnerHandle(pub Option<Box<dyn Any>>);

/// A reactive owner kept alive by a view's state; dropping it disposes what was created under
/// it (see [`EffectRunner::scoped`]).
#[must_use = "dropping a Scope disposes what was created in it"]
pub struct Scope(pub Option<Box<dyn Any>>);

/// Captures the current reactive owner with the current runner.
pub fn capture_owner() -> OwnerHandle {
    current_runner().capture_owner()
}

/// Runs `f` under a new owner below `parent`; see [`EffectRunner::scoped`].
///
/// Keyed rows use this so that a kept row's signals outlive the effect that created the row.
pub fn scoped<T>(parent: &OwnerHandle, f: impl FnOnce() -> T) -> (T, Scope) {
    let mut f = Some(f);
    let mut out = None;
    let scope = current_runner().scoped(parent, &mut || {
        if let Some(f) = f.take() {
            out = Some(f());
        }
    });
    match out {
        Some(out) => (out, scope),
        None => panic!("EffectRunner::scoped must run the function it is given"),
    }
}

/// A running effect; dropping it stops and disposes the effect.
#[must_use = "dropping an EffectHandle stops it"]
pub struct EffectHandle(Option<Box<dyn Any>>);

impl EffectHandle {
    /// Wraps whatever keeps the reactive system's effect alive (dropped to dispose it).
    ///
    /// Live effects are counted per thread: see [`live_effects`].
    pub fn new(owner: impl Any) -> Self {
        LIVE_EFFECTS.with(|live| live.set(live.get() + 1));
        EffectHandle(Some(Box::new(owner)))
    }

    /// An effect that ran once and will never run again.
    pub fn inert() -> Self {
        EffectHandle(None)
    }
}

impl Drop for EffectHandle {
    fn drop(&mut self) {
        if self.0.is_some() {
            // `try_with`: an effect dropped while the thread exits must not panic.
            let _ = LIVE_EFFECTS.try_with(|live| live.set(live.get() - 1));
        }
    }
}

/// The number of live (not inert) [`EffectHandle`]s on this thread: tests assert it returns to its
/// starting value after unmounting.
pub fn live_effects() -> usize {
    LIVE_EFFECTS.with(Cell::get)
}

impl std::fmt::Debug for EffectHandle {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(if self.0.is_some() {
            "EffectHandle(live)"
        } else {
            "EffectHandle(inert)"
        })
    }
}

/// A runner that runs each effect once and never again: views show their value at build time.
/// The default without the `reactive_graph` feature.
#[derive(Clone, Copy, Debug, Default)]
pub struct RunOnce;

impl EffectRunner for RunOnce {
    fn create_effect(&self, mut effect: Box<dyn FnMut()>) -> EffectHandle {
        effect();
        EffectHandle::inert()
    }
}

thread_local! {
    static RUNNER: Cell<Option<&'static dyn EffectRunner>> = const { Cell::new(None) };
    static LIVE_EFFECTS: Cell<usize> = const { Cell::new(0) };
}

/// Sets the effect runner for this thread (the UI thread).
pub fn set_effect_runner(runner: &'static dyn EffectRunner) {
    RUNNER.with(|cell| cell.set(Some(runner)));
}

/// The runner used when none was set with [`set_effect_runner`].
fn default_runner() -> &'static dyn EffectRunner {
    #[cfg(feature = "reactive_graph")]
    return &crate::reactive_graph::ReactiveGraphRunner;
    #[cfg(not(feature = "reactive_graph"))]
    return &RunOnce;
}

/// Creates an effect with the current runner; see [`EffectRunner`].
///
/// Created while a component's [`WithAttributes`](crate::WithAttributes) builds its view's top
/// level, the effect also tells it after each later run that the roots may have changed (see
/// the private `roots_hook` module), so roots the run created get the component's attributes.
pub fn create_effect(effect: impl FnMut() + 'static) -> EffectHandle {
    let Some(hook) = crate::view::roots_hook::current() else {
        return current_runner().create_effect(Box::new(effect));
    };
    let mut effect = effect;
    let mut first = true;
    current_runner().create_effect(Box::new(move || {
        crate::view::roots_hook::with(Some(hook.clone()), &mut effect);
        if !std::mem::take(&mut first) {
            current_runner().untracked(&mut || hook.roots_changed());
        }
    }))
}

fn current_runner() -> &'static dyn EffectRunner {
    RUNNER.with(Cell::get).unwrap_or_else(default_runner)
}
