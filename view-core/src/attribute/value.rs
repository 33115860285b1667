//! Named attributes: [`Attr`] and its values ([`AttributeValue`]).

use super::{Attribute, RenderAttribute, ScalarValue, for_each_scalar_type};
use crate::ReactiveState;
use crate::Renderer;
use crate::escape::{Context, escape_attr_into, escaped_len};

/// A value of a named attribute, as written in HTML.
pub trait AttributeValue {
    /// Bytes [`write_attr`](Self::write_attr) appends for an attribute called `name`.
    fn attr_len(&self, name: &str) -> usize;
    /// Appends ` name="value"`, ` name`, or nothing.
    fn write_attr(&self, name: &str, buf: &mut String);
}

/// A value of a named attribute, applied to a live element.
pub trait RenderAttributeValue<R: Renderer> {
    /// What is kept to update the attribute.
    type State;
    /// Sets the attribute `name` on `element`.
    fn build(self, element: &R::Element, name: &str) -> Self::State;
    /// Updates the attribute if the value changed.
    fn rebuild(self, element: &R::Element, name: &str, state: &mut Self::State);
    /// Attaches to `element`, whose server HTML has the attribute already (see
    /// [`RenderAttribute::hydrate`]). The default builds.
    fn hydrate(self, element: &R::Element, name: &str) -> Self::State
    where
        Self: Sized,
    {
        self.build(element, name)
    }
}

macro_rules! scalar_attribute_values {
    ($([$($generics:tt)*] $ty:ty;)*) => {$(
        impl<$($generics)*> AttributeValue for $ty {
            #[inline]
            fn attr_len(&self, name: &str) -> usize {
                self.with_text(|text| name.len() + 4 + escaped_len(text, Context::Attribute))
            }
            #[inline]
            fn write_attr(&self, name: &str, buf: &mut String) {
                buf.push(' ');
                buf.push_str(name);
                buf.push_str("=\"");
                self.with_text(|text| escape_attr_into(buf, text));
                buf.push('"');
            }
        }

        impl<$($generics)* R: Renderer> RenderAttributeValue<R> for $ty {
            type State = Self;
            fn build(self, element: &R::Element, name: &str) -> Self {
                self.with_text(|text| R::set_attribute(element, name, text));
                self
            }
            fn rebuild(self, element: &R::Element, name: &str, state: &mut Self) {
                if *state != self {
                    self.with_text(|text| R::set_attribute(element, name, text));
                    *state = self;
                }
            }
            fn hydrate(self, _element: &R::Element, _name: &str) -> Self {
                self
            }
        }
    )*};
}
for_each_scalar_type!(scalar_attribute_values);

impl AttributeValue for bool {
    fn attr_len(&self, name: &str) -> usize {
        if *self { name.len() + 1 } else { 0 }
    }
    fn write_attr(&self, name: &str, buf: &mut String) {
        if *self {
            buf.push(' ');
            buf.push_str(name);
        }
    }
}

impl<R: Renderer> RenderAttributeValue<R> for bool {
    type State = bool;
    fn build(self, element: &R::Element, name: &str) -> bool {
        if self {
            R::set_attribute(element, name, "");
        }
        self
    }
    fn rebuild(self, element: &R::Element, name: &str, state: &mut bool) {
        if *state != self {
            if self {
                R::set_attribute(element, name, "");
            } else {
                R::remove_attribute(element, name);
            }
            *state = self;
        }
    }
    fn hydrate(self, _element: &R::Element, _name: &str) -> bool {
        self
    }
}

impl<T: AttributeValue> AttributeValue for Option<T> {
    fn attr_len(&self, name: &str) -> usize {
        self.as_ref().map_or(0, |value| value.attr_len(name))
    }
    fn write_attr(&self, name: &str, buf: &mut String) {
        if let Some(value) = self {
            value.write_attr(name, buf);
        }
    }
}

impl<R: Renderer, T: RenderAttributeValue<R>> RenderAttributeValue<R> for Option<T> {
    type State = Option<T::State>;
    fn build(self, element: &R::Element, name: &str) -> Self::State {
        self.map(|value| value.build(element, name))
    }
    fn rebuild(self, element: &R::Element, name: &str, state: &mut Self::State) {
        match (self, state.as_mut()) {
            (Some(value), Some(old)) => value.rebuild(element, name, old),
            (Some(value), None) => *state = Some(value.build(element, name)),
            (None, Some(_)) => {
                R::remove_attribute(element, name);
                *state = None;
            }
            (None, None) => {}
        }
    }
    fn hydrate(self, element: &R::Element, name: &str) -> Self::State {
        self.map(|value| value.hydrate(element, name))
    }
}

impl<F: Fn() -> V, V: AttributeValue> AttributeValue for F {
    /// A closure's length is not known without calling it: this is a lower bound (0).
    fn attr_len(&self, _name: &str) -> usize {
        0
    }
    fn write_attr(&self, name: &str, buf: &mut String) {
        self().write_attr(name, buf)
    }
}

/// State of a reactive attribute value: the value's state, shared with the effect that keeps it
/// up to date. A rebuild (a new closure) replaces the effect, whose first run updates the same
/// state, so an unchanged value touches nothing.
impl<R, F, V> RenderAttributeValue<R> for F
where
    R: Renderer,
    F: Fn() -> V + 'static,
    V: RenderAttributeValue<R> + 'static,
{
    type State = ReactiveState<V::State>;
    fn build(self, element: &R::Element, name: &str) -> Self::State {
        ReactiveState::new(
            self,
            &(element.clone(), name.to_owned()),
            |value: V, (element, name)| value.build(element, name),
            |value: V, (element, name), state| value.rebuild(element, name, state),
        )
    }
    fn rebuild(self, element: &R::Element, name: &str, state: &mut Self::State) {
        state.replace(
            self,
            &(element.clone(), name.to_owned()),
            |value: V, (element, name)| value.build(element, name),
            |value: V, (element, name), state| value.rebuild(element, name, state),
        )
    }
    fn hydrate(self, element: &R::Element, name: &str) -> Self::State {
        ReactiveState::hydrate(
            self,
            &(element.clone(), name.to_owned()),
            &mut (),
            |value: V, (element, name), ()| value.hydrate(element, name),
            |value: V, (element, name)| value.build(element, name),
            |value: V, (element, name), state| value.rebuild(element, name, state),
        )
    }
}

/// A named attribute: `name="value"`.
///
/// Built by the typed attribute methods (`.href(..)`, `.r#type(..)`), by `.id(..)`, by
/// `.attr(name, value)` and by [`Attr::new`], which validate run-time names. The name is
/// written as is, so every public way to make an `Attr` checks it: there is no unchecked
/// constructor outside this crate and the `view!` macro (whose names are Rust tokens).
///
/// ```
/// use view_core::prelude::*;
/// use view_core::attribute::Attr;
/// let view = view_core::html::div().with(Attr::new("data-id", 7)?);
/// assert_eq!(view.to_html(), r#"<div data-id="7"></div>"#);
/// # Ok::<(), view_core::InvalidName>(())
/// ```
///
/// The unchecked constructor is not public:
///
/// ```compile_fail
/// let _ = view_core::attribute::Attr::new_unchecked("x onload=alert(1)", 1);
/// ```
#[derive(Clone, Debug)]
pub struct Attr<N, V> {
    name: N,
    value: V,
}

impl<N: AsRef<str>, V> Attr<N, V> {
    /// An attribute called `name`, or why `name` is not a valid attribute name (see
    /// [`check_attribute_name`](crate::check_attribute_name)): a name that could end the
    /// attribute or the tag (`x onload=…`, `a>`) is refused.
    pub fn new(name: N, value: V) -> Result<Self, crate::InvalidName> {
        crate::check_attribute_name(name.as_ref())?;
        Ok(Attr { name, value })
    }

    /// An attribute whose name the caller has already checked (a static, known-good name, or
    /// one that passed [`check_attribute_name`](crate::check_attribute_name)). Crate-private:
    /// the name is written unescaped, so outside this crate only `view!` reaches it, through
    /// `__private::attr`.
    pub(crate) fn new_unchecked(name: N, value: V) -> Self {
        Attr { name, value }
    }
}

impl<N: AsRef<str>, V: AttributeValue> Attribute for Attr<N, V> {
    #[inline]
    fn html_len(&self) -> usize {
        self.value.attr_len(self.name.as_ref())
    }
    #[inline]
    fn write_html(&self, buf: &mut String) {
        self.value.write_attr(self.name.as_ref(), buf)
    }
}

impl<R: Renderer, N: AsRef<str>, V: RenderAttributeValue<R>> RenderAttribute<R> for Attr<N, V> {
    type State = V::State;
    fn build(self, element: &R::Element) -> Self::State {
        self.value.build(element, self.name.as_ref())
    }
    fn rebuild(self, element: &R::Element, state: &mut Self::State) {
        self.value.rebuild(element, self.name.as_ref(), state)
    }
    fn hydrate(self, element: &R::Element) -> Self::State {
        self.value.hydrate(element, self.name.as_ref())
    }
}
