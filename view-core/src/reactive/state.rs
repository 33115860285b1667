//! [`ReactiveState`]: the retained state of a reactive value (a child, an attribute, a
//! class or a style): the value's state, shared with the effect that rebuilds it.

use crate::reactive::{EffectHandle, create_effect};

/// Retained state of a reactive value (a child, an attribute, a class or a style): the value's state, shared with the effect that
/// updates it. A rebuild (a new closure) replaces the effect, whose first run updates the same
/// state, so only what changed is touched.
pub struct ReactiveState<S> {
    state: std::rc::Rc<std::cell::RefCell<Option<S>>>,
    _effect: EffectHandle,
}

impl<S: 'static> ReactiveState<S> {
    fn effect<E: Clone + 'static, V: 'static>(
        state: std::rc::Rc<std::cell::RefCell<Option<S>>>,
        value: impl Fn() -> V + 'static,
        element: &E,
        build: fn(V, &E) -> S,
        rebuild: fn(V, &E, &mut S),
    ) -> EffectHandle {
        let element = element.clone();
        create_effect(move || {
            let value = value();
            let mut state = state.borrow_mut();
            match state.as_mut() {
                Some(state) => rebuild(value, &element, state),
                None => *state = Some(build(value, &element)),
            }
        })
    }

    pub(crate) fn new<E: Clone + 'static, V: 'static>(
        value: impl Fn() -> V + 'static,
        element: &E,
        build: fn(V, &E) -> S,
        rebuild: fn(V, &E, &mut S),
    ) -> Self {
        let state = std::rc::Rc::new(std::cell::RefCell::new(None));
        let effect = Self::effect(state.clone(), value, element, build, rebuild);
        ReactiveState {
            state,
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
        self._effect = Self::effect(self.state.clone(), value, element, build, rebuild);
    }
}

impl<R: crate::Renderer, S: crate::Mountable<R>> crate::Mountable<R> for ReactiveState<S> {
    fn mount(&mut self, parent: &R::Element, marker: Option<&R::Node>) {
        if let Some(state) = self.state.borrow_mut().as_mut() {
            state.mount(parent, marker);
        }
    }
    fn unmount(&mut self) {
        if let Some(state) = self.state.borrow_mut().as_mut() {
            state.unmount();
        }
    }
    fn first_node(&self) -> Option<R::Node> {
        self.state.borrow().as_ref().and_then(S::first_node)
    }
}

impl<S> ReactiveState<S> {
    /// Whether the effect has built the state (the effect runner's contract).
    pub(crate) fn is_built(&self) -> bool {
        self.state.borrow().is_some()
    }
}
