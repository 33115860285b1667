//! The `reactive_graph` integration (cargo feature `reactive_graph`, on by default).
//!
//! - [`ReactiveGraphRunner`], the default [`EffectRunner`]: closures used as children, attribute
//!   values, class toggles, styles and properties re-run when the signals they read change.
//! - Signals as views and values: `ReadSignal`, `RwSignal`, `Memo` and `Signal` work directly as
//!   a child (`.child(count)`), an attribute value (`.attr("title", title)`), class names
//!   (`.class(names)`), a class toggle (`.class(("done", done))`), a style property
//!   (`.style(("width", width))`) and a property value (`.prop("value", text)`).
//! - [`prelude`]: what components need (`signal`, `RwSignal`, `Memo`, `Effect`, `Get`, `Set`,
//!   `Update`, …), re-exported by [`view_core::prelude`](crate::prelude).
//!
//! # Timing
//! View effects behave like `reactive_graph`'s [`ImmediateEffect`]s (view-core uses its own,
//! smaller effect node): they run once when the view is built, then **synchronously** inside
//! every `set`/`update` of a signal they read, so no async executor is needed and a test can
//! assert on the tree right after `set`. A write made while a view is being built (by a row, a
//! component body or a nested closure) re-runs the views that read it once the build returns,
//! still before the `set` that started it returns. They are not deferred by `reactive_graph`'s effect
//! `batch`: to change several signals in one update, keep them in one signal (or a store) and
//! `update` it once. (`RenderEffect` re-runs on an async executor instead; user `Effect::new`
//! effects still need one — `any_spawner` — as in Leptos.)
//!
//! [`ImmediateEffect`]: ::reactive_graph::effect::ImmediateEffect
//!
//! ```
//! use view_core::prelude::*;
//! use view_core::testing::{self, TestNode, TestRenderer};
//! use view_core::html::p;
//!
//! let root = TestNode::element("main");
//! let (count, set_count) = signal(1);
//! let _handle = view_core::mount_on::<TestRenderer, _>(&root, move || p().child(count));
//! assert_eq!(root.inner_html(), "<p>1</p>");
//! testing::reset_counters();
//! set_count.set(2);
//! assert_eq!(root.inner_html(), "<p>2</p>");
//! assert_eq!(testing::counters().text_sets, 1);
//! ```

mod effect;
mod user_effect;

use std::any::Any;

use ::reactive_graph::computed::Memo;
use ::reactive_graph::owner::{Owner, Storage};
use ::reactive_graph::signal::{ReadSignal, RwSignal, WriteSignal};
use ::reactive_graph::traits::Set;
use ::reactive_graph::traits::{Get, GetUntracked};
use ::reactive_graph::wrappers::read::Signal;

use crate::attribute::{
    AttributeValue, BindSignal, ClassValue, Condition, ReactiveStyleState, RenderAttributeValue,
    RenderClassValue, RenderStyleValue, StylePropertyValue, StyleValue, ToggleState,
};
use crate::attribute::{IntoPropertyValue, PropertyState, RenderProperty};
use crate::reactive::{EffectHandle, EffectRunner, OwnerHandle, Scope};
use crate::{ReactiveState, Render, RenderHtml, Renderer};

/// The [`EffectRunner`] on `reactive_graph`: runs the effect now and again, synchronously,
/// whenever a signal (or memo) it read changes, until dropped. Signals and effects created
/// during a run belong to the effect's owner and are disposed before the next run.
///
/// An effect that writes a signal it reads is not re-entered while it runs: it runs again after
/// the current run returns (so it stays subscribed and shows the last value). An effect
/// notified while another view effect runs (a row, a component or a nested closure built by
/// that run wrote a signal the effect reads) waits until the outermost run returns, then runs,
/// in the order notified: an enclosing view's effect never rebuilds a view in the middle of its
/// own build. An effect runs at most 100 times per outermost run; a view that writes, on every
/// build, a signal it reads (signals notify on every write, even of an equal value) stops there,
/// showing what its last run built, and runs again at the next change. The effect node is
/// view-core's own (see the private `effect` module: `ImmediateEffect`'s behaviour, without
/// what views do not need, for wasm size); view effects are not deferred by `batch`.
#[derive(Clone, Copy, Debug, Default)]
pub struct ReactiveGraphRunner;

impl EffectRunner for ReactiveGraphRunner {
    fn create_effect(&self, effect: Box<dyn FnMut()>) -> EffectHandle {
        EffectHandle::new(effect::ViewEffect::new(effect))
    }

    /// The parent of a keyed list's rows: a new owner `anchor`, a child of the current owner
    /// (so rows see its contexts), which never holds anything registered with it (see
    /// [`scoped`](Self::scoped)), so cleaning the current owner (an effect's owner is cleaned
    /// before each of its runs) reaches no row. `None` without a current owner.
    fn capture_owner(&self) -> OwnerHandle {
        OwnerHandle(Owner::current().map(|_| Box::new(Owner::new()) as Box<dyn Any>))
    }

    /// Runs `f` under a new owner whose parent is `parent` (for contexts) but which no owner
    /// lists as a child: it is created as a child of `parent` and `parent` is cleaned at once,
    /// while the new owner is still empty, which forgets it. Only dropping the [`Scope`]
    /// disposes it, however often the owners above are cleaned. The handle's owner is kept
    /// alive by the scope, so the row's context chain stays whole.
    fn scoped(&self, parent: &OwnerHandle, f: &mut dyn FnMut()) -> Scope {
        let parent = match parent
            .0
            .as_ref()
            .and_then(|owner| owner.downcast_ref::<Owner>())
        {
            Some(parent) => parent.clone(),
            // No captured owner: a parent of its own, dropped with the scope.
            None => Owner::new(),
        };
        let owner = parent.child();
        parent.cleanup();
        owner.with(f);
        Scope(Some(Box::new(RowOwner {
            owner,
            _parent: parent,
        })))
    }

    fn untracked(&self, f: &mut dyn FnMut()) {
        ::reactive_graph::graph::untrack(f)
    }
}

/// A row's owner, cleaned up (its signals and effects disposed) when dropped, and its parent,
/// kept alive so the row's contexts stay reachable.
struct RowOwner {
    owner: Owner,
    _parent: Owner,
}

impl Drop for RowOwner {
    fn drop(&mut self) {
        self.owner.cleanup();
    }
}

/// What components need from `reactive_graph`, re-exported by
/// [`view_core::prelude`](crate::prelude): its traits (`Get`, `Set`, `Update`, `With`, …), the
/// signal types and constructors, memos, effects and owners.
///
/// `Effect` here names the constructors of `reactive_graph::effect::Effect` (a user side
/// effect), which first make sure an executor is set (see [`Effect`](user_effect::Effect));
/// [`view_core::reactive::EffectHandle`](crate::reactive::EffectHandle) is the view runtime's handle and
/// stays in its module.
pub mod prelude {
    pub use super::user_effect::Effect;
    pub use ::reactive_graph::computed::{ArcMemo, Memo};
    pub use ::reactive_graph::effect::{ImmediateEffect, RenderEffect};
    pub use ::reactive_graph::owner::{
        LocalStorage, Owner, StoredValue, SyncStorage, expect_context, on_cleanup, provide_context,
        use_context,
    };
    pub use ::reactive_graph::prelude::*;
    pub use ::reactive_graph::signal::{
        ArcReadSignal, ArcRwSignal, ArcWriteSignal, ReadSignal, RwSignal, WriteSignal, signal,
        signal_local,
    };
    pub use ::reactive_graph::wrappers::read::{ArcSignal, Signal};
}

macro_rules! signal_impls {
    ($($ty:ident)*) => {$(
        /// Renders the signal's current value (read untracked).
        impl<T, S: Storage<T>> RenderHtml for $ty<T, S>
        where
            Self: GetUntracked<Value = T>,
            T: RenderHtml,
        {
            const MAY_START_WITH_TEXT: bool = T::MAY_START_WITH_TEXT;
            const MAY_END_WITH_TEXT: bool = T::MAY_END_WITH_TEXT;

            /// A lower bound (0), as for closures.
            fn html_len(&self) -> usize {
                0
            }
            fn write_html(self, buf: &mut String) {
                self.get_untracked().write_html(buf)
            }
        }

        /// A reactive child: the same as `move || signal.get()`.
        impl<R, T, S: Storage<T>> Render<R> for $ty<T, S>
        where
            R: Renderer,
            Self: Get<Value = T> + Copy + 'static,
            T: Render<R> + 'static,
            T::State: 'static,
        {
            type State = ReactiveState<T::State>;

            fn build(self) -> Self::State {
                Render::<R>::build(move || self.get())
            }
            fn rebuild(self, state: &mut Self::State) {
                Render::<R>::rebuild(move || self.get(), state)
            }
            fn hydrate(self, cursor: &mut crate::hydration::Cursor<R>) -> Self::State {
                Render::<R>::hydrate(move || self.get(), cursor)
            }
        }

        /// Writes the signal's current value (read untracked).
        impl<T, S: Storage<T>> AttributeValue for $ty<T, S>
        where
            Self: GetUntracked<Value = T>,
            T: AttributeValue,
        {
            fn attr_len(&self, _name: &str) -> usize {
                0
            }
            fn write_attr(&self, name: &str, buf: &mut String) {
                self.get_untracked().write_attr(name, buf)
            }
        }

        /// A reactive attribute value: the same as `move || signal.get()`.
        impl<R, T, S: Storage<T>> RenderAttributeValue<R> for $ty<T, S>
        where
            R: Renderer,
            Self: Get<Value = T> + Copy + 'static,
            T: RenderAttributeValue<R> + 'static,
        {
            type State = ReactiveState<T::State>;

            fn build(self, element: &R::Element, name: &str) -> Self::State {
                RenderAttributeValue::<R>::build(move || self.get(), element, name)
            }
            fn rebuild(self, element: &R::Element, name: &str, state: &mut Self::State) {
                RenderAttributeValue::<R>::rebuild(move || self.get(), element, name, state)
            }
        }

        /// A class toggle's condition (read untracked when writing HTML).
        impl<S: Storage<bool>> Condition for $ty<bool, S>
        where
            Self: GetUntracked<Value = bool>,
        {
            fn get(&self) -> bool {
                self.get_untracked()
            }
        }

        /// A reactive class toggle: the same as `(name, move || signal.get())`.
        impl<R, N, S: Storage<bool>> RenderClassValue<R> for (N, $ty<bool, S>)
        where
            R: Renderer,
            N: AsRef<str> + Clone + 'static,
            $ty<bool, S>: Get<Value = bool> + Copy + 'static,
        {
            type State = ToggleState<N>;

            fn build(self, element: &R::Element) -> Self::State {
                let signal = self.1;
                RenderClassValue::<R>::build((self.0, move || signal.get()), element)
            }
            fn rebuild(self, element: &R::Element, state: &mut Self::State) {
                let signal = self.1;
                RenderClassValue::<R>::rebuild((self.0, move || signal.get()), element, state)
            }
        }

        /// Class names from a signal (read untracked when writing HTML).
        impl<T, S: Storage<T>> ClassValue for $ty<T, S>
        where
            Self: GetUntracked<Value = T>,
            T: ClassValue,
        {
            fn class_len(&self) -> usize {
                0
            }
            fn write_class(&self, buf: &mut String, first: &mut bool) {
                self.get_untracked().write_class(buf, first)
            }
        }

        /// Reactive class names: the same as `move || signal.get()`.
        impl<R, T, S: Storage<T>> RenderClassValue<R> for $ty<T, S>
        where
            R: Renderer,
            Self: Get<Value = T> + Copy + 'static,
            T: RenderClassValue<R> + 'static,
        {
            type State = ReactiveState<T::State>;

            fn build(self, element: &R::Element) -> Self::State {
                RenderClassValue::<R>::build(move || self.get(), element)
            }
            fn rebuild(self, element: &R::Element, state: &mut Self::State) {
                RenderClassValue::<R>::rebuild(move || self.get(), element, state)
            }
        }

        /// A style property from a signal (read untracked when writing HTML).
        impl<N, T, S: Storage<T>> StyleValue for (N, $ty<T, S>)
        where
            N: AsRef<str>,
            $ty<T, S>: GetUntracked<Value = T>,
            T: StylePropertyValue,
        {
            fn style_len(&self) -> usize {
                0
            }
            fn write_style(&self, buf: &mut String, first: &mut bool) {
                (self.0.as_ref(), || self.1.get_untracked()).write_style(buf, first)
            }
        }

        /// A reactive style property: the same as `move || (name, signal.get())`.
        impl<R, N, T, S: Storage<T>> RenderStyleValue<R> for (N, $ty<T, S>)
        where
            R: Renderer,
            N: AsRef<str> + Clone + 'static,
            $ty<T, S>: Get<Value = T> + Copy + 'static,
            T: StylePropertyValue + 'static,
        {
            type State = ReactiveStyleState<N>;

            fn build(self, element: &R::Element) -> Self::State {
                let (name, signal) = self;
                RenderStyleValue::<R>::build((name, move || signal.get()), element)
            }
            fn rebuild(self, element: &R::Element, state: &mut Self::State) {
                let (name, signal) = self;
                RenderStyleValue::<R>::rebuild((name, move || signal.get()), element, state)
            }
        }

        /// A reactive DOM property: the same as `move || signal.get()`.
        impl<R, T, S: Storage<T>> RenderProperty<R> for $ty<T, S>
        where
            R: Renderer,
            Self: Get<Value = T> + Copy + 'static,
            T: IntoPropertyValue + 'static,
        {
            fn build(self, element: &R::Element, name: &str) -> PropertyState {
                RenderProperty::<R>::build(move || self.get(), element, name)
            }
            fn rebuild(self, element: &R::Element, name: &str, state: &mut PropertyState) {
                RenderProperty::<R>::rebuild(move || self.get(), element, name, state)
            }
        }
    )*};
}

signal_impls!(ReadSignal RwSignal Memo Signal);

/// `bind:value=signal` / `bind:checked=signal` with an `RwSignal`.
impl<T, S> BindSignal<T> for RwSignal<T, S>
where
    T: Clone + 'static,
    S: Storage<T> + 'static,
    Self: Get<Value = T> + GetUntracked<Value = T> + Set<Value = T> + Copy,
{
    fn get_tracked(&self) -> T {
        self.get()
    }
    fn get_untracked_value(&self) -> T {
        self.get_untracked()
    }
    fn set_value(&self, value: T) {
        self.set(value)
    }
}

/// `bind:value=(value, set_value)`: a `signal()` pair.
impl<T, S> BindSignal<T> for (ReadSignal<T, S>, WriteSignal<T, S>)
where
    T: Clone + 'static,
    S: Storage<T> + 'static,
    ReadSignal<T, S>: Get<Value = T> + GetUntracked<Value = T> + Copy,
    WriteSignal<T, S>: Set<Value = T> + Copy,
{
    fn get_tracked(&self) -> T {
        self.0.get()
    }
    fn get_untracked_value(&self) -> T {
        self.0.get_untracked()
    }
    fn set_value(&self, value: T) {
        self.1.set(value)
    }
}
