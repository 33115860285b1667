//! [`Property`]: DOM properties (`prop:value`), set on live elements only.

use super::{Attribute, RenderAttribute};
use crate::{PropertyValue, Renderer};

/// A DOM property (`prop:value`): nothing in HTML, set on the live element.
#[derive(Clone, Debug)]
pub struct Property<N, V> {
    name: N,
    value: V,
}

impl<N: AsRef<str>, V> Property<N, V> {
    /// A property `name` with `value`.
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

impl<R: Renderer, N: AsRef<str>, V: Into<PropertyValue> + Clone + PartialEq> RenderAttribute<R>
    for Property<N, V>
{
    type State = V;
    fn build(self, element: &R::Element) -> V {
        R::set_property(element, self.name.as_ref(), &self.value.clone().into());
        self.value
    }
    fn rebuild(self, element: &R::Element, state: &mut V) {
        if *state != self.value {
            R::set_property(element, self.name.as_ref(), &self.value.clone().into());
            *state = self.value;
        }
    }
}
