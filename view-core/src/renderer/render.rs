//! [`Render`] and [`Mountable`]: turning a view into retained nodes of a [`Renderer`].

use crate::Renderer;
use crate::hydration::Cursor;

/// A view that can be built into live nodes of renderer `R` and updated in place.
///
/// # Contract
/// - [`build`](Self::build) creates the nodes (unmounted) and returns the retained state.
/// - [`rebuild`](Self::rebuild) takes a new value of the **same type** and updates the state's
///   nodes with the fewest operations it can: unchanged text is not touched, a changed text
///   sets one text node's data, a changed attribute sets one attribute. A mounted state stays
///   mounted at the same place.
/// - [`hydrate`](Self::hydrate) attaches to the nodes the server rendered for this view
///   (written by [`RenderHtml::write_html`](crate::RenderHtml::write_html)) instead of
///   creating them, and returns the same `State` as `build`, so what follows (updates,
///   unmounting) cannot tell the two apart. See `docs/hydration.md`.
pub trait Render<R: Renderer>: Sized {
    /// The retained state: the nodes this view created and whatever it needs to update them.
    type State: Mountable<R>;

    /// Creates this view's nodes.
    fn build(self) -> Self::State;

    /// Updates `state`, built from an earlier value of this type, to show `self`.
    fn rebuild(self, state: &mut Self::State);

    /// Claims, at `cursor`, the nodes the server rendered for this view (the nodes `build`
    /// would create, in the same order), checking each and repairing what differs (see
    /// [`Cursor`]). The default client-renders the view at the cursor and leaves the server's
    /// nodes for the enclosing element to remove: correct, but it re-creates the nodes. Every
    /// view of this crate overrides it; a custom view should too.
    fn hydrate(self, cursor: &mut Cursor<R>) -> Self::State {
        cursor.client_render(self)
    }
}

/// Retained state whose nodes can be inserted into and removed from a parent.
pub trait Mountable<R: Renderer> {
    /// Inserts this state's nodes into `parent`, before `marker` (at the end when `None`).
    fn mount(&mut self, parent: &R::Element, marker: Option<&R::Node>);

    /// Removes this state's nodes from their parent; the state can be mounted again.
    fn unmount(&mut self);

    /// The first node of this state, if it has any; siblings are inserted before it.
    fn first_node(&self) -> Option<R::Node>;

    /// Calls `f` with each **root element** of this state, in document order: the elements at
    /// its top level, through tuples, `Option`, the `Either` family, lists, closures, erased
    /// views and components, not those nested inside an element (see
    /// [`WithAttributes`](crate::WithAttributes), which applies attributes to them).
    ///
    /// The default visits the first node when it is an element, which is right for a state
    /// that holds one node; a state with several top-level nodes should visit each.
    fn root_elements(&self, f: &mut dyn FnMut(&R::Element)) {
        if let Some(node) = self.first_node()
            && let Some(element) = R::as_element(&node)
        {
            f(&element);
        }
    }
}

impl<R: Renderer> Mountable<R> for () {
    fn mount(&mut self, _parent: &R::Element, _marker: Option<&R::Node>) {}
    fn unmount(&mut self) {}
    fn first_node(&self) -> Option<R::Node> {
        None
    }
    fn root_elements(&self, _f: &mut dyn FnMut(&R::Element)) {}
}

impl<R: Renderer, M: Mountable<R> + ?Sized> Mountable<R> for Box<M> {
    fn mount(&mut self, parent: &R::Element, marker: Option<&R::Node>) {
        (**self).mount(parent, marker)
    }
    fn unmount(&mut self) {
        (**self).unmount()
    }
    fn first_node(&self) -> Option<R::Node> {
        (**self).first_node()
    }
    fn root_elements(&self, f: &mut dyn FnMut(&R::Element)) {
        (**self).root_elements(f)
    }
}

/// State for a single node that is created once and never replaced (text, placeholders).
#[derive(Debug)]
pub struct NodeState<R: Renderer, N> {
    /// The node.
    pub node: N,
    _renderer: core::marker::PhantomData<R>,
}

impl<R: Renderer, N: AsRef<R::Node>> NodeState<R, N> {
    /// Wraps a freshly created node.
    pub fn new(node: N) -> Self {
        Self {
            node,
            _renderer: core::marker::PhantomData,
        }
    }
}

impl<R: Renderer, N: AsRef<R::Node>> Mountable<R> for NodeState<R, N> {
    fn mount(&mut self, parent: &R::Element, marker: Option<&R::Node>) {
        R::insert_before(parent, self.node.as_ref(), marker);
    }
    fn unmount(&mut self) {
        R::remove(self.node.as_ref());
    }
    fn first_node(&self) -> Option<R::Node> {
        Some(self.node.as_ref().clone())
    }
}

impl<R: Renderer> Render<R> for () {
    type State = ();
    fn build(self) {}
    fn rebuild(self, _state: &mut ()) {}
    fn hydrate(self, _cursor: &mut Cursor<R>) {}
}
