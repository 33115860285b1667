//! DOM properties ([`Property`], `prop:value` in `view!`): set on live elements only, nothing in
//! HTML.

use std::borrow::Cow;
use std::cell::RefCell;
use std::rc::Rc;

use super::{Attribute, RenderAttribute};
use crate::reactive::{EffectHandle, create_effect};
use crate::{ElementType, HtmlElement, NextTuple, PropertyValue, Renderer};

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
    _effect: Option<EffectHandle>,
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

/// A DOM property (`prop:value` in `view!`, `.prop("value", v)`): nothing in HTML, set on the
/// live element. The value is static, a closure (reactive) or, with `reactive_graph`, a signal.
#[derive(Clone, Debug)]
pub struct Property<N, V> {
    name: N,
    value: V,
}

impl<N, V> Property<N, V> {
    /// The property `name` with `value` (what [`HtmlElement::prop`] adds).
    pub fn new(name: N, value: V) -> Self {
        Property { name, value }
    }
}

impl<N, V> Attribute for Property<N, V> {
    fn html_len(&self) -> usize {
        0
    }
    fn write_html(&self, _buf: &mut String) {}
}

impl<R: Renderer, N: AsRef<str>, V: RenderProperty<R>> RenderAttribute<R> for Property<N, V> {
    type State = PropertyState;
    fn build(self, element: &R::Element) -> PropertyState {
        self.value.build(element, self.name.as_ref())
    }
    fn rebuild(self, element: &R::Element, state: &mut PropertyState) {
        self.value.rebuild(element, self.name.as_ref(), state)
    }
}

impl<E: ElementType, A: NextTuple, C> HtmlElement<E, A, C> {
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
    /// let _handle = view_core::mount_on::<TestRenderer, _>(&root, || input().prop("checked", true));
    /// assert_eq!(root.expect("input").property("checked"), Some(PropertyValue::Bool(true)));
    /// ```
    pub fn prop<N: AsRef<str>, V>(
        self,
        name: N,
        value: V,
    ) -> HtmlElement<E, A::Next<Property<N, V>>, C> {
        self.with(Property { name, value })
    }
}
