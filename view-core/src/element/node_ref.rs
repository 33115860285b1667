//! Reaching the live element: [`NodeRef`] (`.node_ref(r)`, the `node_ref=` of `view!`).

use std::cell::{Cell, RefCell};
use std::marker::PhantomData;
use std::rc::Rc;

use crate::ElementType;
use crate::NextTuple;
use crate::attribute::{Attribute, RenderAttribute};
use crate::{DefaultRenderer, HtmlElement, Renderer};

struct Slot<R: Renderer> {
    element: RefCell<Option<R::Element>>,
    /// Bumped on every load, so a stale state does not clear a newer element.
    generation: Cell<u64>,
}

/// A handle to the live element of type `E` (e.g. [`html::Input`](crate::html::Input)) once the
/// view is built, for renderer `R`.
///
/// Typed by element: a `NodeRef<Input>` attaches only to an `<input>`. Cloning shares the slot.
/// Not reactive: read it in event handlers or after mounting.
///
/// ```
/// use view_core::prelude::*;
/// use view_core::html::{Input, input};
/// use view_core::testing::{TestNode, TestRenderer};
///
/// let field: NodeRef<Input, TestRenderer> = NodeRef::new();
/// let root = TestNode::element("main");
/// let handle = view_core::mount_to::<TestRenderer, _>(&root, {
///     let field = field.clone();
///     move || input().node_ref(field)
/// });
/// assert_eq!(field.get().unwrap().tag().as_deref(), Some("input"));
/// drop(handle);
/// assert!(field.get().is_none());
/// ```
pub struct NodeRef<E, R: Renderer = DefaultRenderer> {
    slot: Rc<Slot<R>>,
    _element: PhantomData<fn() -> E>,
}

impl<E, R: Renderer> Clone for NodeRef<E, R> {
    fn clone(&self) -> Self {
        NodeRef {
            slot: self.slot.clone(),
            _element: PhantomData,
        }
    }
}

impl<E, R: Renderer> Default for NodeRef<E, R> {
    fn default() -> Self {
        NodeRef {
            slot: Rc::new(Slot {
                element: RefCell::new(None),
                generation: Cell::new(0),
            }),
            _element: PhantomData,
        }
    }
}

impl<E, R: Renderer> std::fmt::Debug for NodeRef<E, R> {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("NodeRef")
            .field("loaded", &self.is_loaded())
            .finish()
    }
}

impl<E, R: Renderer> NodeRef<E, R> {
    /// An empty reference.
    pub fn new() -> Self {
        Self::default()
    }

    /// The element, while the view that holds this reference is built.
    pub fn get(&self) -> Option<R::Element> {
        self.slot.element.borrow().clone()
    }

    /// Whether an element is loaded.
    pub fn is_loaded(&self) -> bool {
        self.slot.element.borrow().is_some()
    }
}

/// The attribute `.node_ref(r)` adds: nothing in HTML, loads the element when built.
pub struct NodeRefAttr<E, R: Renderer>(NodeRef<E, R>);

impl<E, R: Renderer> Attribute for NodeRefAttr<E, R> {
    fn html_len(&self) -> usize {
        0
    }
    fn write_html(&self, _buf: &mut String) {}
}

/// Keeps a [`NodeRef`] loaded; dropping it (unmounting the view) empties the reference.
pub struct NodeRefState<R: Renderer> {
    slot: Rc<Slot<R>>,
    generation: u64,
}

impl<R: Renderer> Drop for NodeRefState<R> {
    fn drop(&mut self) {
        if self.slot.generation.get() == self.generation {
            self.slot.element.borrow_mut().take();
        }
    }
}

fn load<R: Renderer>(slot: &Rc<Slot<R>>, element: &R::Element) -> NodeRefState<R> {
    let generation = slot.generation.get() + 1;
    slot.generation.set(generation);
    *slot.element.borrow_mut() = Some(element.clone());
    NodeRefState {
        slot: slot.clone(),
        generation,
    }
}

impl<E, R: Renderer> RenderAttribute<R> for NodeRefAttr<E, R> {
    type State = NodeRefState<R>;
    fn build(self, element: &R::Element) -> Self::State {
        load(&self.0.slot, element)
    }
    fn rebuild(self, element: &R::Element, state: &mut Self::State) {
        if !Rc::ptr_eq(&self.0.slot, &state.slot) {
            *state = load(&self.0.slot, element);
        }
    }
}

impl<E: ElementType, A: NextTuple, C> HtmlElement<E, A, C> {
    /// Loads the live element into `node_ref` when the view is built (see [`NodeRef`]).
    pub fn node_ref<R: Renderer>(
        self,
        node_ref: NodeRef<E, R>,
    ) -> HtmlElement<E, A::Next<NodeRefAttr<E, R>>, C> {
        self.with(NodeRefAttr(node_ref))
    }
}
