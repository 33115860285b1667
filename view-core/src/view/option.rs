//! `Option<V>` as a view: `Some` renders the view, `None` renders nothing. Either way a
//! placeholder follows (where the view goes when it appears), written as `<!>` in HTML.

use crate::hydration::Cursor;
use crate::ssr::render_html::{MARKER, marker_bytes, push_marker};
use crate::{Mountable, Render, RenderHtml, Renderer, RootAttributes};

impl<V: RenderHtml> RenderHtml for Option<V> {
    const MAY_START_WITH_TEXT: bool = V::MAY_START_WITH_TEXT;
    // The placeholder comes last.
    const MAY_END_WITH_TEXT: bool = false;

    fn html_len(&self) -> usize {
        self.as_ref().map_or(0, V::html_len) + marker_bytes(MARKER.len())
    }
    fn html_len_estimate(&self) -> usize {
        self.as_ref().map_or(0, V::html_len_estimate) + marker_bytes(MARKER.len())
    }
    fn write_html(self, buf: &mut String) {
        if let Some(view) = self {
            view.write_html(buf)
        }
        push_marker(buf);
    }
    fn write_html_with_root(self, buf: &mut String, root: &RootAttributes<'_>) {
        if let Some(view) = self {
            view.write_html_with_root(buf, root)
        }
        push_marker(buf);
    }
}

/// Retained state of an `Option`: the view's state while `Some`, and a placeholder that marks
/// where the view goes when it appears.
pub struct OptionState<R: Renderer, S> {
    state: Option<S>,
    anchor: R::Placeholder,
}

impl<R: Renderer, V: Render<R>> Render<R> for Option<V> {
    type State = OptionState<R, V::State>;

    fn build(self) -> Self::State {
        OptionState {
            state: self.map(V::build),
            anchor: R::create_placeholder(),
        }
    }

    fn rebuild(self, state: &mut Self::State) {
        match (self, state.state.as_mut()) {
            (Some(view), Some(old)) => view.rebuild(old),
            (Some(view), None) => {
                let mut new = view.build();
                let anchor = state.anchor.as_ref();
                if let Some(parent) = R::parent(anchor) {
                    new.mount(&parent, Some(anchor));
                }
                state.state = Some(new);
            }
            (None, Some(old)) => {
                old.unmount();
                state.state = None;
            }
            (None, None) => {}
        }
    }

    fn hydrate(self, cursor: &mut Cursor<R>) -> Self::State {
        OptionState {
            state: self.map(|view| view.hydrate(cursor)),
            anchor: cursor.placeholder(),
        }
    }
}

impl<R: Renderer, S: Mountable<R>> Mountable<R> for OptionState<R, S> {
    fn mount(&mut self, parent: &R::Element, marker: Option<&R::Node>) {
        if let Some(state) = &mut self.state {
            state.mount(parent, marker);
        }
        R::insert_before(parent, self.anchor.as_ref(), marker);
    }
    fn unmount(&mut self) {
        if let Some(state) = &mut self.state {
            state.unmount();
        }
        R::remove(self.anchor.as_ref());
    }
    fn first_node(&self) -> Option<R::Node> {
        self.state
            .as_ref()
            .and_then(S::first_node)
            .or_else(|| Some(self.anchor.as_ref().clone()))
    }
    fn root_elements(&self, f: &mut dyn FnMut(&R::Element)) {
        if let Some(state) = &self.state {
            state.root_elements(f);
        }
    }
}
