//! Reaching the live element: [`NodeRef`] (`.node_ref(r)`, the `node_ref=` of `view!`).

use std::marker::PhantomData;

use crate::ElementType;
use crate::NextTuple;
use crate::attribute::{Attribute, RenderAttribute};
use crate::{DefaultRenderer, HtmlElement, Renderer};

/// What a [`NodeRef`] holds: the element while its view is built.
struct Slot<R: Renderer> {
    element: Option<R::Element>,
    /// Bumped on every load, so a stale state does not clear a newer element.
    generation: u64,
}

impl<R: Renderer> Default for Slot<R> {
    fn default() -> Self {
        Slot {
            element: None,
            generation: 0,
        }
    }
}

/// The shared slot: with `reactive_graph`, a local signal (so `NodeRef` is `Copy`, reading it
/// subscribes, and it is disposed with its owner, as in Leptos); without it, an `Rc`.
#[cfg(feature = "reactive_graph")]
mod shared {
    use ::reactive_graph::owner::LocalStorage;
    use ::reactive_graph::signal::RwSignal;
    use ::reactive_graph::traits::{Track, With, WithUntracked, Write};

    use super::Slot;
    use crate::Renderer;

    pub(super) struct Shared<R: Renderer>(RwSignal<Slot<R>, LocalStorage>);

    impl<R: Renderer> Clone for Shared<R> {
        fn clone(&self) -> Self {
            *self
        }
    }

    impl<R: Renderer> Copy for Shared<R> {}

    impl<R: Renderer> Shared<R> {
        pub(super) fn new() -> Self {
            Shared(RwSignal::new_local(Slot::default()))
        }
        pub(super) fn share(&self) -> Self {
            *self
        }
        pub(super) fn same(&self, other: &Self) -> bool {
            self.0 == other.0
        }
        /// Reads the slot, subscribing the running effect. `None` once disposed.
        pub(super) fn read<T>(&self, f: impl FnOnce(&Slot<R>) -> T) -> Option<T> {
            self.0.try_with(f)
        }
        pub(super) fn read_untracked<T>(&self, f: impl FnOnce(&Slot<R>) -> T) -> Option<T> {
            self.0.try_with_untracked(f)
        }
        pub(super) fn track(&self) {
            self.0.track();
        }
        /// Changes the slot and notifies its readers. Nothing once disposed.
        pub(super) fn update<T>(&self, f: impl FnOnce(&mut Slot<R>) -> T) -> Option<T> {
            let mut guard = self.0.try_write()?;
            Some(f(&mut guard))
        }
    }
}

#[cfg(not(feature = "reactive_graph"))]
mod shared {
    use std::cell::RefCell;
    use std::rc::Rc;

    use super::Slot;
    use crate::Renderer;

    pub(super) struct Shared<R: Renderer>(Rc<RefCell<Slot<R>>>);

    impl<R: Renderer> Clone for Shared<R> {
        fn clone(&self) -> Self {
            Shared(self.0.clone())
        }
    }

    impl<R: Renderer> Shared<R> {
        pub(super) fn new() -> Self {
            Shared(Rc::new(RefCell::new(Slot::default())))
        }
        pub(super) fn share(&self) -> Self {
            Shared(self.0.clone())
        }
        pub(super) fn same(&self, other: &Self) -> bool {
            Rc::ptr_eq(&self.0, &other.0)
        }
        pub(super) fn read<T>(&self, f: impl FnOnce(&Slot<R>) -> T) -> Option<T> {
            Some(f(&self.0.borrow()))
        }
        pub(super) fn read_untracked<T>(&self, f: impl FnOnce(&Slot<R>) -> T) -> Option<T> {
            self.read(f)
        }
        pub(super) fn track(&self) {}
        pub(super) fn update<T>(&self, f: impl FnOnce(&mut Slot<R>) -> T) -> Option<T> {
            Some(f(&mut self.0.borrow_mut()))
        }
    }
}

use shared::Shared;

/// A handle to the live element of type `E` (e.g. [`html::Input`](crate::html::Input)) once the
/// view is built, for renderer `R`.
///
/// Typed by element: a `NodeRef<Input>` attaches only to an `<input>`. As in Leptos, with the
/// `reactive_graph` feature (the default) it is `Copy` (a signal owned by the reactive owner
/// that created it, disposed with it) and reactive: [`get`](Self::get) inside an effect or a
/// view closure subscribes, so the closure runs again once the element is loaded (and when it
/// is unloaded). Without the feature it is a shared, non-reactive handle (`Clone`).
///
/// ```
/// use view_core::prelude::*;
/// use view_core::html::{Input, input};
/// use view_core::testing::{TestNode, TestRenderer};
///
/// let field: NodeRef<Input, TestRenderer> = NodeRef::new();
/// let root = TestNode::element("main");
/// let handle = view_core::mount_on::<TestRenderer, _>(&root, move || input().node_ref(field));
/// assert_eq!(field.get_untracked().unwrap().tag().as_deref(), Some("input"));
/// drop(handle);
/// assert!(field.get_untracked().is_none());
/// ```
///
/// Reactive: a view closure that reads the reference shows the element once it is loaded.
///
/// ```
/// use view_core::prelude::*;
/// use view_core::html::{Input, input, p};
/// use view_core::testing::{TestNode, TestRenderer};
///
/// let field: NodeRef<Input, TestRenderer> = NodeRef::new();
/// let root = TestNode::element("main");
/// let _handle = view_core::mount_on::<TestRenderer, _>(&root, move || {
///     (
///         p().child(move || if field.get().is_some() { "loaded" } else { "empty" }),
///         input().node_ref(field),
///     )
/// });
/// assert_eq!(root.expect("p").text_content(), "loaded");
/// ```
pub struct NodeRef<E, R: Renderer = DefaultRenderer> {
    slot: Shared<R>,
    _element: PhantomData<fn() -> E>,
}

#[allow(
    clippy::non_canonical_clone_impl,
    reason = "`Copy` only with the `reactive_graph` feature"
)]
impl<E, R: Renderer> Clone for NodeRef<E, R> {
    fn clone(&self) -> Self {
        NodeRef {
            slot: self.slot.share(),
            _element: PhantomData,
        }
    }
}

#[cfg(feature = "reactive_graph")]
impl<E, R: Renderer> Copy for NodeRef<E, R> {}

impl<E, R: Renderer> Default for NodeRef<E, R> {
    fn default() -> Self {
        NodeRef {
            slot: Shared::new(),
            _element: PhantomData,
        }
    }
}

impl<E, R: Renderer> std::fmt::Debug for NodeRef<E, R> {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("NodeRef")
            .field(
                "loaded",
                &self.slot.read_untracked(|slot| slot.element.is_some()),
            )
            .finish()
    }
}

impl<E, R: Renderer> NodeRef<E, R> {
    /// An empty reference.
    pub fn new() -> Self {
        Self::default()
    }

    /// The element as the renderer's own element type (`R::Element`), for code written for
    /// any renderer; [`get`](Self::get) gives the element's typed form. Reactive, as `get`.
    pub fn get_element(&self) -> Option<R::Element> {
        self.slot.read(|slot| slot.element.clone()).flatten()
    }

    /// The renderer's element (as [`get_element`](Self::get_element)), without subscribing the
    /// running effect.
    pub fn get_element_untracked(&self) -> Option<R::Element> {
        self.slot
            .read_untracked(|slot| slot.element.clone())
            .flatten()
    }

    /// Subscribes the running effect to this reference, without reading it.
    pub fn track(&self) {
        self.slot.track();
    }

    /// Whether an element is loaded (reactive, as [`get`](Self::get)).
    pub fn is_loaded(&self) -> bool {
        self.slot
            .read(|slot| slot.element.is_some())
            .unwrap_or(false)
    }
}

/// The type a renderer gives a loaded element of tag type `E`: what [`NodeRef<E,
/// R>::get`](NodeRef::get) returns. In the browser ([`Dom`](crate::dom::Dom), with the default
/// `typed-dom` feature) it is the tag's web-sys type (`html::Input` →
/// `web_sys::HtmlInputElement`), as Leptos's `NodeRef::get`; the test renderer gives its
/// [`TestNode`](crate::testing::TestNode) for every tag.
///
/// A custom renderer whose elements are untyped implements it in one line: `impl<E>
/// TypedElement<E> for MyRenderer { type Typed = MyElement; fn typed(element: MyElement) ->
/// MyElement { element } }`; code written for any renderer reads
/// [`NodeRef::get_element`] instead.
pub trait TypedElement<E>: Renderer {
    /// The element's typed form.
    type Typed: Clone + 'static;
    /// Converts the renderer's element, known to be an `E`, to its typed form.
    fn typed(element: Self::Element) -> Self::Typed;
}

impl<E, R: TypedElement<E>> NodeRef<E, R> {
    /// The element, while the view that holds this reference is built, in its typed form
    /// (see [`TypedElement`]: `web_sys::HtmlInputElement` for a `NodeRef<Input>` in the
    /// browser). Reactive: an effect or view closure calling it runs again when the element
    /// is loaded or unloaded.
    pub fn get(&self) -> Option<R::Typed> {
        self.get_element().map(R::typed)
    }

    /// The typed element (as [`get`](Self::get)), without subscribing the running effect.
    pub fn get_untracked(&self) -> Option<R::Typed> {
        self.get_element_untracked().map(R::typed)
    }
}

#[cfg(feature = "reactive_graph")]
impl<E: 'static, R: TypedElement<E>> NodeRef<E, R> {
    /// Runs `f` with the typed element once it is loaded (as Leptos's `NodeRef::on_load`): in
    /// an `Effect`, so on the async executor `mount_on` starts (natively: at the end of
    /// `mount_on`, or at [`flush_effects`](crate::flush_effects)).
    ///
    /// ```
    /// use view_core::prelude::*;
    /// use view_core::html::{Input, input};
    /// use view_core::testing::{TestNode, TestRenderer};
    /// use std::{cell::RefCell, rc::Rc};
    ///
    /// let seen = Rc::new(RefCell::new(None));
    /// let root = TestNode::element("main");
    /// let _handle = view_core::mount_on::<TestRenderer, _>(&root, {
    ///     let seen = seen.clone();
    ///     move || {
    ///         let field: NodeRef<Input, TestRenderer> = NodeRef::new();
    ///         field.on_load(move |element| *seen.borrow_mut() = element.tag());
    ///         input().node_ref(field)
    ///     }
    /// });
    /// assert_eq!(seen.borrow().as_deref(), Some("input"));
    /// ```
    pub fn on_load(self, f: impl FnOnce(R::Typed) + 'static) {
        let mut f = Some(f);
        ::reactive_graph::effect::Effect::new(move |_| {
            if let Some(element) = self.get()
                && let Some(f) = f.take()
            {
                f(element);
            }
        });
    }
}

/// The attribute `.node_ref(r)` adds: nothing in HTML, loads the element when built.
pub struct NodeRefAttr<E, R: Renderer>(pub(crate) NodeRef<E, R>);

impl<E, R: Renderer> Attribute for NodeRefAttr<E, R> {
    fn html_len(&self) -> usize {
        0
    }
    fn write_html(&self, _buf: &mut String) {}
}

/// Keeps a [`NodeRef`] loaded; dropping it (unmounting the view) empties the reference.
pub struct NodeRefState<R: Renderer> {
    slot: Shared<R>,
    generation: u64,
}

impl<R: Renderer> Drop for NodeRefState<R> {
    fn drop(&mut self) {
        let current = self
            .slot
            .read_untracked(|slot| slot.generation == self.generation);
        if current == Some(true) {
            self.slot.update(|slot| slot.element = None);
        }
    }
}

fn load<R: Renderer>(slot: &Shared<R>, element: &R::Element) -> NodeRefState<R> {
    let generation = slot
        .update(|slot| {
            slot.generation += 1;
            slot.element = Some(element.clone());
            slot.generation
        })
        .unwrap_or(0);
    NodeRefState {
        slot: slot.share(),
        generation,
    }
}

impl<E, R: Renderer> RenderAttribute<R> for NodeRefAttr<E, R> {
    type State = NodeRefState<R>;
    fn build(self, element: &R::Element) -> Self::State {
        load(&self.0.slot, element)
    }
    fn rebuild(self, element: &R::Element, state: &mut Self::State) {
        if !self.0.slot.same(&state.slot) {
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
