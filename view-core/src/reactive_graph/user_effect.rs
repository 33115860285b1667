//! [`Effect`]: Leptos's `Effect::new` and its siblings, with the executor they need started.

use std::convert::Infallible;
use std::marker::PhantomData;

use ::reactive_graph::effect::{Effect as GraphEffect, EffectFunction};
use ::reactive_graph::owner::{LocalStorage, SyncStorage};

use crate::renderer::mount::executor;

/// The constructors of `reactive_graph`'s effects, as Leptos's prelude has them
/// (`Effect::new(move || …)`), returning `reactive_graph::effect::Effect`.
///
/// Each first makes sure an executor is set, so an effect never panics for want of one (a
/// debug build of `reactive_graph` panics when an effect is created before any executor):
/// - in the browser, `wasm-bindgen-futures`, as a mount starts it;
/// - natively, the per-thread queue run by [`flush_effects`](crate::mount::flush_effects). On
///   a thread that has mounted or hydrated a view, effects run there; on one that has not (a
///   server rendering HTML), they are inert, as Leptos's effects are on the server.
///
/// This type only names the constructors; the effect itself is `reactive_graph`'s.
///
/// ```
/// use view_core::prelude::*;
///
/// #[component]
/// fn Logger() -> impl IntoView {
///     let (count, _) = signal(1);
///     Effect::new(move || println!("count = {}", count.get()));
///     view! { <p>{count}</p> }
/// }
///
/// // On the server, the effect does not run, and rendering does not panic.
/// assert_eq!(view! { <Logger/> }.to_html(), "<p>1</p>");
/// ```
#[derive(Debug)]
pub struct Effect<S = LocalStorage>(PhantomData<S>, Infallible);

#[expect(
    clippy::new_ret_no_self,
    reason = "Leptos's `Effect::new` spelling, returning reactive_graph's effect"
)]
impl Effect<LocalStorage> {
    /// An effect that runs once on the next tick, then again whenever a reactive value it read
    /// changes (`reactive_graph::effect::Effect::new`).
    #[track_caller]
    pub fn new<T, M>(fun: impl EffectFunction<T, M> + 'static) -> GraphEffect<LocalStorage>
    where
        T: 'static,
    {
        executor::start();
        GraphEffect::new(fun)
    }

    /// An effect that runs `handler` whenever what `dependency_fn` reads changes
    /// (`reactive_graph::effect::Effect::watch`).
    #[track_caller]
    pub fn watch<D, T>(
        dependency_fn: impl FnMut() -> D + 'static,
        handler: impl FnMut(&D, Option<&D>, Option<T>) -> T + 'static,
        immediate: bool,
    ) -> GraphEffect<LocalStorage>
    where
        D: 'static,
        T: 'static,
    {
        executor::start();
        GraphEffect::watch(dependency_fn, handler, immediate)
    }
}

impl Effect<SyncStorage> {
    /// [`Effect::new`] for a function that may run on any thread
    /// (`reactive_graph::effect::Effect::new_sync`).
    #[track_caller]
    pub fn new_sync<T, M>(
        fun: impl EffectFunction<T, M> + Send + Sync + 'static,
    ) -> GraphEffect<SyncStorage>
    where
        T: Send + Sync + 'static,
    {
        executor::start();
        GraphEffect::new_sync(fun)
    }

    /// [`Effect::new_sync`], also where `reactive_graph`'s `effects` feature is off
    /// (`reactive_graph::effect::Effect::new_isomorphic`).
    #[track_caller]
    pub fn new_isomorphic<T, M>(
        fun: impl EffectFunction<T, M> + Send + Sync + 'static,
    ) -> GraphEffect<SyncStorage>
    where
        T: Send + Sync + 'static,
    {
        executor::start();
        GraphEffect::new_isomorphic(fun)
    }

    /// [`Effect::watch`] for functions that may run on any thread
    /// (`reactive_graph::effect::Effect::watch_sync`).
    #[track_caller]
    pub fn watch_sync<D, T>(
        dependency_fn: impl FnMut() -> D + Send + Sync + 'static,
        handler: impl FnMut(&D, Option<&D>, Option<T>) -> T + Send + Sync + 'static,
        immediate: bool,
    ) -> GraphEffect<SyncStorage>
    where
        D: Send + Sync + 'static,
        T: Send + Sync + 'static,
    {
        executor::start();
        GraphEffect::watch_sync(dependency_fn, handler, immediate)
    }
}
