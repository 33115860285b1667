//! Reaching the live element: [`NodeRef`] (`.node_ref(r)`) and DOM properties (`.prop(name,
//! value)`, the `prop:` of `view!`).

use std::borrow::Cow;
use std::cell::{Cell, RefCell};
use std::marker::PhantomData;
use std::rc::Rc;

use crate::attribute::{Attribute, RenderAttribute};
use crate::element::ElementType;
use crate::reactive::{Effect, create_effect};
use crate::tuples::NextTuple;
use crate::{DefaultRenderer, HtmlElement, PropertyValue, Renderer};

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

// ---------------------------------------------------------------------------------------------
// Properties
// ---------------------------------------------------------------------------------------------

/// A static value of a DOM property.
pub trait IntoPropertyValue {
    /// Converts into the renderer-neutral value.
    fn into_property_value(self) -> PropertyValue;
}

impl IntoPropertyValue for PropertyValue {
    fn into_property_value(self) -> PropertyValue {
        self
    }
}

impl IntoPropertyValue for bool {
    fn into_property_value(self) -> PropertyValue {
        PropertyValue::Bool(self)
    }
}

impl IntoPropertyValue for String {
    fn into_property_value(self) -> PropertyValue {
        PropertyValue::Str(self)
    }
}

impl IntoPropertyValue for &str {
    fn into_property_value(self) -> PropertyValue {
        PropertyValue::Str(self.to_owned())
    }
}

impl IntoPropertyValue for Cow<'_, str> {
    fn into_property_value(self) -> PropertyValue {
        PropertyValue::Str(self.into_owned())
    }
}

impl IntoPropertyValue for Rc<str> {
    fn into_property_value(self) -> PropertyValue {
        PropertyValue::Str(self.to_string())
    }
}

macro_rules! number_properties {
    ($($ty:ty)*) => {$(
        impl IntoPropertyValue for $ty {
            fn into_property_value(self) -> PropertyValue {
                #[allow(clippy::cast_lossless, clippy::cast_precision_loss, reason = "JS numbers are f64")]
                PropertyValue::Number(self as f64)
            }
        }
    )*};
}
number_properties!(i8 i16 i32 i64 isize u8 u16 u32 u64 usize f32 f64);

impl<T: IntoPropertyValue> IntoPropertyValue for Option<T> {
    /// `None` resets the property (`undefined`).
    fn into_property_value(self) -> PropertyValue {
        self.map_or(PropertyValue::Unset, T::into_property_value)
    }
}

/// State of a property: the value last set, and the effect of a reactive value.
pub struct PropertyState {
    current: Rc<RefCell<Option<PropertyValue>>>,
    _effect: Option<Effect>,
}

fn apply<R: Renderer>(
    element: &R::Element,
    name: &str,
    value: PropertyValue,
    current: &RefCell<Option<PropertyValue>>,
) {
    if current.borrow().as_ref() != Some(&value) {
        R::set_property(element, name, &value);
        *current.borrow_mut() = Some(value);
    }
}

/// A property value applied to a live element: static values ([`IntoPropertyValue`]), closures
/// returning one (reactive), and, with the `reactive_graph` feature, signals.
pub trait RenderProperty<R: Renderer> {
    /// Sets the property.
    fn build(self, element: &R::Element, name: &str) -> PropertyState;
    /// Sets the property again if the value changed.
    fn rebuild(self, element: &R::Element, name: &str, state: &mut PropertyState);
}

macro_rules! static_properties {
    ($([$($generics:tt)*] $ty:ty;)*) => {$(
        impl<$($generics)* R: Renderer> RenderProperty<R> for $ty {
            fn build(self, element: &R::Element, name: &str) -> PropertyState {
                let current = Rc::new(RefCell::new(None));
                apply::<R>(element, name, self.into_property_value(), &current);
                PropertyState { current, _effect: None }
            }
            fn rebuild(self, element: &R::Element, name: &str, state: &mut PropertyState) {
                state._effect = None;
                apply::<R>(element, name, self.into_property_value(), &state.current);
            }
        }
    )*};
}
static_properties! {
    [] PropertyValue; [] bool; [] String; ['a,] &'a str; ['a,] Cow<'a, str>; [] Rc<str>;
    [] i8; [] i16; [] i32; [] i64; [] isize; [] u8; [] u16; [] u32; [] u64; [] usize;
    [] f32; [] f64; [T: IntoPropertyValue,] Option<T>;
}

impl<R, F, V> RenderProperty<R> for F
where
    R: Renderer,
    F: Fn() -> V + 'static,
    V: IntoPropertyValue,
{
    fn build(self, element: &R::Element, name: &str) -> PropertyState {
        let current = Rc::new(RefCell::new(None));
        let effect = {
            let (element, name, current) = (element.clone(), name.to_owned(), current.clone());
            create_effect(move || {
                apply::<R>(&element, &name, self().into_property_value(), &current)
            })
        };
        PropertyState {
            current,
            _effect: Some(effect),
        }
    }
    fn rebuild(self, element: &R::Element, name: &str, state: &mut PropertyState) {
        // The new closure replaces the old effect; its first run sets the value if it changed.
        let current = state.current.clone();
        let (element, name) = (element.clone(), name.to_owned());
        state._effect = Some(create_effect(move || {
            apply::<R>(&element, &name, self().into_property_value(), &current)
        }));
    }
}

/// A DOM property set on the live element (`.prop("value", text)`); nothing in HTML.
#[derive(Clone, Debug)]
pub struct Prop<N, V> {
    name: N,
    value: V,
}

impl<N, V> Attribute for Prop<N, V> {
    fn html_len(&self) -> usize {
        0
    }
    fn write_html(&self, _buf: &mut String) {}
}

impl<R: Renderer, N: AsRef<str>, V: RenderProperty<R>> RenderAttribute<R> for Prop<N, V> {
    type State = PropertyState;
    fn build(self, element: &R::Element) -> PropertyState {
        self.value.build(element, self.name.as_ref())
    }
    fn rebuild(self, element: &R::Element, state: &mut PropertyState) {
        self.value.rebuild(element, self.name.as_ref(), state)
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

    /// Sets a DOM property (`value`, `checked`, `indeterminate`, …) on the live element: a
    /// static value, a closure (reactive) or a signal. Writes nothing in HTML; use an attribute
    /// for the server-rendered initial state.
    ///
    /// ```
    /// use view_core::prelude::*;
    /// use view_core::testing::{TestNode, TestRenderer};
    /// use view_core::{PropertyValue, html::input};
    ///
    /// let root = TestNode::element("main");
    /// let _handle = view_core::mount_to::<TestRenderer, _>(&root, || input().prop("checked", true));
    /// assert_eq!(root.expect("input").property("checked"), Some(PropertyValue::Bool(true)));
    /// ```
    pub fn prop<N: AsRef<str>, V>(
        self,
        name: N,
        value: V,
    ) -> HtmlElement<E, A::Next<Prop<N, V>>, C> {
        self.with(Prop { name, value })
    }
}
