//! Closures as views: `move || count.get()` is a reactive child.
//!
//! In HTML a closure renders its current value. When built, it runs inside an effect (see
//! [`reactive`](crate::reactive)); each time the effect re-runs, the closure's view rebuilds the
//! same retained state, so only what changed is touched.

use crate::ReactiveState;
use crate::hydration::Cursor;
use crate::{Render, RenderHtml, Renderer, RootAttributes};

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
    fn write_html_with_root(self, buf: &mut String, root: &RootAttributes<'_>) {
        self().write_html_with_root(buf, root)
    }
}

const NOT_RUN: &str = "EffectRunner::create_effect must run the effect once before returning";

impl<R, F, V> Render<R> for F
where
    R: Renderer,
    F: Fn() -> V + 'static,
    V: Render<R> + 'static,
    V::State: 'static,
{
    type State = ReactiveState<V::State>;

    fn build(self) -> Self::State {
        let state = ReactiveState::new(
            self,
            &(),
            |view: V, _| view.build(),
            |view: V, _, state| view.rebuild(state),
        );
        assert!(state.is_built(), "{NOT_RUN}");
        state
    }

    fn rebuild(self, state: &mut Self::State) {
        // The new closure replaces the old effect; its first run rebuilds the same state.
        state.replace(
            self,
            &(),
            |view: V, _| view.build(),
            |view: V, _, state| view.rebuild(state),
        );
    }

    fn hydrate(self, cursor: &mut Cursor<R>) -> Self::State {
        let state = ReactiveState::hydrate(
            self,
            &(),
            cursor,
            |view: V, _, cursor| view.hydrate(cursor),
            |view: V, _| view.build(),
            |view: V, _, state| view.rebuild(state),
        );
        assert!(state.is_built(), "{NOT_RUN}");
        state
    }
}
