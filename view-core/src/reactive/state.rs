//! [`ReactiveState`]: the retained state of a reactive value (a child, an attribute, a
//! class or a style): the value's state, shared with the effect that rebuilds it.

use std::cell::{Cell, RefCell};
use std::rc::Rc;

use crate::reactive::{EffectHandle, create_effect};

/// How many updates left by nested runs (see [`Shared::pending`]) one run applies before it
/// lets go of the state: a view that keeps writing, while being built, a signal it reads stops
/// there instead of looping forever.
const MAX_PENDING: usize = 100;

/// A value's state, shared by the retained state and the effect that updates it.
struct Shared<S> {
    state: RefCell<Option<S>>,
    /// The update of a run that found `state` held by a run further up the stack (a runner that
    /// starts a run while another is running, and the running one built a view that wrote a
    /// signal): the holding run applies it before it lets go, so the state ends showing the
    /// latest value. A later nested run replaces an earlier one's update.
    pending: Cell<Option<Update<S>>>,
}

type Update<S> = Box<dyn FnOnce(&mut Option<S>)>;

/// Builds the state from `value`, or rebuilds it.
fn update<S, E, V>(
    value: V,
    element: &E,
    state: &mut Option<S>,
    build: fn(V, &E) -> S,
    rebuild: fn(V, &E, &mut S),
) {
    match state.as_mut() {
        Some(state) => rebuild(value, element, state),
        None => *state = Some(build(value, element)),
    }
}

/// Retained state of a reactive value (a child, an attribute, a class or a style): the value's
/// state, shared with the effect that updates it. A rebuild (a new closure) replaces the
/// effect, whose first run updates the same state, so only what changed is touched.
///
/// A run never waits on another: if the state is being built by a run further up the stack
/// (only a runner that nests runs can do this; see the [`EffectRunner`](crate::reactive::EffectRunner)
/// contract), the nested run leaves its value for that run to apply, and mounting, unmounting
/// or asking for the first node of a state being built does nothing (no node yet).
pub struct ReactiveState<S> {
    shared: Rc<Shared<S>>,
    _effect: EffectHandle,
}

/// The first run of an effect that hydrates: where it takes the cursor from and gives it back,
/// and how it hydrates the value.
struct Hydrating<C, V, E, S> {
    cursor: Rc<RefCell<Option<C>>>,
    hydrate: fn(V, &E, &mut C) -> S,
}

impl<S: 'static> ReactiveState<S> {
    fn effect<E: Clone + 'static, V: 'static, C: 'static>(
        shared: Rc<Shared<S>>,
        value: impl Fn() -> V + 'static,
        element: &E,
        hydrating: Option<Hydrating<C, V, E, S>>,
        build: fn(V, &E) -> S,
        rebuild: fn(V, &E, &mut S),
    ) -> EffectHandle {
        let element = element.clone();
        create_effect(move || {
            let value = value();
            let Ok(mut state) = shared.state.try_borrow_mut() else {
                let element = element.clone();
                shared.pending.set(Some(Box::new(move |state| {
                    update(value, &element, state, build, rebuild)
                })));
                return;
            };
            // The first run of a hydrating effect claims the server's nodes; the cursor is
            // taken once, so later runs build and rebuild as usual.
            let cursor = hydrating
                .as_ref()
                .filter(|_| state.is_none())
                .and_then(|hydrating| hydrating.cursor.borrow_mut().take());
            match (cursor, &hydrating) {
                (Some(mut cursor), Some(hydrating)) => {
                    *state = Some((hydrating.hydrate)(value, &element, &mut cursor));
                    *hydrating.cursor.borrow_mut() = Some(cursor);
                }
                _ => update(value, &element, &mut state, build, rebuild),
            }
            for _ in 0..MAX_PENDING {
                match shared.pending.take() {
                    Some(pending) => pending(&mut state),
                    None => break,
                }
            }
            drop(shared.pending.take());
        })
    }

    fn shared() -> Rc<Shared<S>> {
        Rc::new(Shared {
            state: RefCell::new(None),
            pending: Cell::new(None),
        })
    }

    pub(crate) fn new<E: Clone + 'static, V: 'static>(
        value: impl Fn() -> V + 'static,
        element: &E,
        build: fn(V, &E) -> S,
        rebuild: fn(V, &E, &mut S),
    ) -> Self {
        let shared = Self::shared();
        let effect = Self::effect::<E, V, ()>(shared.clone(), value, element, None, build, rebuild);
        ReactiveState {
            shared,
            _effect: effect,
        }
    }

    /// As [`new`](Self::new), but the effect's first run hydrates the value at `cursor` (which
    /// then stands after the value's nodes).
    pub(crate) fn hydrate<E: Clone + 'static, V: 'static, C: Clone + 'static>(
        value: impl Fn() -> V + 'static,
        element: &E,
        cursor: &mut C,
        hydrate: fn(V, &E, &mut C) -> S,
        build: fn(V, &E) -> S,
        rebuild: fn(V, &E, &mut S),
    ) -> Self {
        let shared = Self::shared();
        let slot = Rc::new(RefCell::new(Some(cursor.clone())));
        let hydrating = Hydrating {
            cursor: slot.clone(),
            hydrate,
        };
        let effect = Self::effect(
            shared.clone(),
            value,
            element,
            Some(hydrating),
            build,
            rebuild,
        );
        if let Some(moved) = slot.borrow_mut().take() {
            *cursor = moved;
        }
        ReactiveState {
            shared,
            _effect: effect,
        }
    }

    pub(crate) fn replace<E: Clone + 'static, V: 'static>(
        &mut self,
        value: impl Fn() -> V + 'static,
        element: &E,
        build: fn(V, &E) -> S,
        rebuild: fn(V, &E, &mut S),
    ) {
        self._effect =
            Self::effect::<E, V, ()>(self.shared.clone(), value, element, None, build, rebuild);
    }
}

impl<R: crate::Renderer, S: crate::Mountable<R>> crate::Mountable<R> for ReactiveState<S> {
    fn mount(&mut self, parent: &R::Element, marker: Option<&R::Node>) {
        if let Ok(mut state) = self.shared.state.try_borrow_mut()
            && let Some(state) = state.as_mut()
        {
            state.mount(parent, marker);
        }
    }
    fn unmount(&mut self) {
        if let Ok(mut state) = self.shared.state.try_borrow_mut()
            && let Some(state) = state.as_mut()
        {
            state.unmount();
        }
    }
    fn first_node(&self) -> Option<R::Node> {
        let state = self.shared.state.try_borrow().ok()?;
        state.as_ref().and_then(S::first_node)
    }
    fn root_elements(&self, f: &mut dyn FnMut(&R::Element)) {
        if let Ok(state) = self.shared.state.try_borrow()
            && let Some(state) = state.as_ref()
        {
            state.root_elements(f);
        }
    }
}

impl<S> ReactiveState<S> {
    /// Whether the effect has built the state (the effect runner's contract); `true` while a
    /// run builds it.
    pub(crate) fn is_built(&self) -> bool {
        self.shared
            .state
            .try_borrow()
            .map_or(true, |state| state.is_some())
    }
}
