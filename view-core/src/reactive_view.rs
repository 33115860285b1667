//! Closures as views: `move || count.get()` is a reactive child.
//!
//! In HTML a closure renders its current value. When built, it runs inside an effect (see
//! [`reactive`](crate::reactive)); each time the effect re-runs, the closure's view rebuilds the
//! same retained state, so only what changed is touched.

use std::cell::RefCell;
use std::rc::Rc;

use crate::reactive::{Effect, create_effect};
use crate::{Mountable, Render, RenderHtml, Renderer};

impl<F: Fn() -> V, V: RenderHtml> RenderHtml for F {
    const MAY_START_WITH_TEXT: bool = V::MAY_START_WITH_TEXT;
    const MAY_END_WITH_TEXT: bool = V::MAY_END_WITH_TEXT;

    /// A lower bound (0): the closure is not called twice.
    fn html_len(&self) -> usize {
        0
    }
    fn write_html(self, buf: &mut String) {
        self().write_html(buf)
    }
}

/// Retained state of a reactive child: the state its views rebuild, and its effect.
pub struct ReactiveState<S> {
    state: Rc<RefCell<Option<S>>>,
    _effect: Effect,
}

const NOT_RUN: &str = "EffectRunner::create_effect must run the effect once before returning";

fn run_in_effect<R, F, V>(view: F, state: Rc<RefCell<Option<V::State>>>) -> Effect
where
    R: Renderer,
    F: Fn() -> V + 'static,
    V: Render<R>,
    V::State: 'static,
{
    create_effect(move || {
        let value = view();
        let mut state = state.borrow_mut();
        match state.as_mut() {
            Some(state) => value.rebuild(state),
            None => *state = Some(value.build()),
        }
    })
}

impl<R, F, V> Render<R> for F
where
    R: Renderer,
    F: Fn() -> V + 'static,
    V: Render<R>,
    V::State: 'static,
{
    type State = ReactiveState<V::State>;

    fn build(self) -> Self::State {
        let state = Rc::new(RefCell::new(None));
        let effect = run_in_effect::<R, F, V>(self, state.clone());
        assert!(state.borrow().is_some(), "{NOT_RUN}");
        ReactiveState {
            state,
            _effect: effect,
        }
    }

    fn rebuild(self, state: &mut Self::State) {
        // The new closure replaces the old effect; its first run rebuilds the same state.
        state._effect = run_in_effect::<R, F, V>(self, state.state.clone());
    }
}

impl<R: Renderer, S: Mountable<R>> Mountable<R> for ReactiveState<S> {
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
