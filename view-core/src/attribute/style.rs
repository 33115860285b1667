//! Style parts ([`Style`]), merged into one `style` attribute.

use std::borrow::Cow;

use super::{Attribute, RenderAttribute, ScalarValue, for_each_scalar_type};
use crate::ReactiveState;
use crate::Renderer;
use crate::escape::{Context, escape_attr_into, escaped_len};
use crate::reactive::{EffectHandle, create_effect};
use crate::view::text::for_each_string_type;

/// Style parts, merged into the element's one `style` attribute. See
/// [`HtmlElement::style`](crate::HtmlElement::style).
#[derive(Clone, Debug)]
pub struct Style<V>(pub V);

/// Opens the `style` attribute before the first part; parts need no separator, since each
/// ends with `;`.
#[inline]
pub(crate) fn open_style_part(buf: &mut String, first: &mut bool) {
    if *first {
        buf.push_str(" style=\"");
        *first = false;
    }
}

/// A value accepted by [`Style`]: a declarations string, or a `(property, value)` pair whose
/// value is a [`ScalarValue`], an `Option` of one (`None` leaves the property out) or a closure.
pub trait StyleValue {
    /// Sum over present parts of (part length + 1).
    fn style_len(&self) -> usize;
    /// Appends the present parts, each followed by `;` (as Leptos writes them: `style="a:b"`
    /// gives `a:b;`, `style=""` gives `;`).
    fn write_style(&self, buf: &mut String, first: &mut bool);
}

/// A [`StyleValue`] applied to a live element.
pub trait RenderStyleValue<R: Renderer> {
    /// What is kept to update the style.
    type State;
    /// Applies the style.
    fn build(self, element: &R::Element) -> Self::State;
    /// Updates the style if it changed.
    fn rebuild(self, element: &R::Element, state: &mut Self::State);
}

macro_rules! string_styles {
    ($([$($generics:tt)*] $ty:ty;)*) => {$(
        impl<$($generics)*> StyleValue for $ty {
            fn style_len(&self) -> usize {
                escaped_len(self, Context::Attribute) + 1
            }
            fn write_style(&self, buf: &mut String, first: &mut bool) {
                open_style_part(buf, first);
                escape_attr_into(buf, self);
                buf.push(';');
            }
        }

        /// A whole declarations string is applied declaration by declaration, so it merges
        /// with the `(property, value)` parts in any order, as in SSR; a new string removes only
        /// the properties the previous one set and no longer does.
        impl<$($generics)* R: Renderer> RenderStyleValue<R> for $ty {
            type State = Self;
            fn build(self, element: &R::Element) -> Self {
                build_declarations::<R>(element, &self);
                self
            }
            fn rebuild(self, element: &R::Element, state: &mut Self) {
                if **state != *self {
                    rebuild_declarations::<R>(element, state, &self);
                    *state = self;
                }
            }
        }
    )*};
}
for_each_string_type!(string_styles);

/// The declarations of a `style` string, in order, as `(property, value)`: `;` ends a
/// declaration except inside quotes or parentheses (`url("a;b")`), a backslash escapes the next
/// character, the property ends at the first `:`, both sides are trimmed, and a property name
/// that is not a custom property (`--x`) is ASCII-lowercased (CSS property names are
/// case-insensitive; `setProperty` lowercases them too). Declarations without a `:` or a
/// property are skipped, as the CSS parser drops them.
fn declarations(css: &str) -> impl Iterator<Item = (Cow<'_, str>, &str)> {
    let mut rest = css;
    std::iter::from_fn(move || {
        while !rest.is_empty() {
            let end = declaration_end(rest);
            let declaration = &rest[..end];
            rest = rest.get(end + 1..).unwrap_or("");
            let Some((property, value)) = declaration.split_once(':') else {
                continue;
            };
            let (property, value) = (property.trim(), value.trim());
            if property.is_empty() {
                continue;
            }
            let property = if property.starts_with("--")
                || !property.bytes().any(|b| b.is_ascii_uppercase())
            {
                Cow::Borrowed(property)
            } else {
                Cow::Owned(property.to_ascii_lowercase())
            };
            return Some((property, value));
        }
        None
    })
}

/// The byte index of the `;` that ends the first declaration of `css` (its length if none).
fn declaration_end(css: &str) -> usize {
    let (mut quote, mut depth, mut escaped) = (None, 0_usize, false);
    for (index, byte) in css.bytes().enumerate() {
        if escaped {
            escaped = false;
            continue;
        }
        match (byte, quote) {
            (b'\\', _) => escaped = true,
            (b'"' | b'\'', None) => quote = Some(byte),
            (_, Some(open)) if byte == open => quote = None,
            (_, Some(_)) => {}
            (b'(', None) => depth += 1,
            (b')', None) => depth = depth.saturating_sub(1),
            (b';', None) if depth == 0 => return index,
            _ => {}
        }
    }
    css.len()
}

/// Sets each declaration of `css` on the live element (a later one of the same property wins,
/// as in the attribute).
fn build_declarations<R: Renderer>(element: &R::Element, css: &str) {
    for (property, value) in declarations(css) {
        R::set_style(element, &property, value);
    }
}

/// The value of the last declaration of `property` in `list`.
fn last_value<'a>(list: &[(Cow<'_, str>, &'a str)], property: &str) -> Option<&'a str> {
    list.iter()
        .rev()
        .find(|(name, _)| name == property)
        .map(|(_, value)| *value)
}

/// Updates the live element from the declarations of `old` to those of `new`: properties `old`
/// set and `new` does not are removed, changed ones set; any other property (those of
/// `(property, value)` parts) is left alone.
fn rebuild_declarations<R: Renderer>(element: &R::Element, old: &str, new: &str) {
    let old: Vec<(Cow<'_, str>, &str)> = declarations(old).collect();
    let new: Vec<(Cow<'_, str>, &str)> = declarations(new).collect();
    // Only the last declaration of a property counts, as in the attribute.
    let is_last = |list: &[(Cow<'_, str>, &str)], index: usize| {
        !list[index + 1..]
            .iter()
            .any(|(name, _)| *name == list[index].0)
    };
    for (index, (property, _)) in old.iter().enumerate() {
        if is_last(&old, index) && last_value(&new, property).is_none() {
            R::remove_style(element, property);
        }
    }
    for (index, (property, value)) in new.iter().enumerate() {
        if is_last(&new, index) && last_value(&old, property) != Some(*value) {
            R::set_style(element, property, value);
        }
    }
}

/// A style property's value: see [`StyleValue`].
pub trait StylePropertyValue {
    /// Calls `f` with the value's text, or `None` when the property is left out.
    fn with_value<O>(&self, f: impl FnOnce(Option<&str>) -> O) -> O;
}

impl<T: ScalarValue> StylePropertyValue for T {
    fn with_value<O>(&self, f: impl FnOnce(Option<&str>) -> O) -> O {
        self.with_text(|text| f(Some(text)))
    }
}

impl<T: ScalarValue> StylePropertyValue for Option<T> {
    fn with_value<O>(&self, f: impl FnOnce(Option<&str>) -> O) -> O {
        match self {
            Some(value) => value.with_text(|text| f(Some(text))),
            None => f(None),
        }
    }
}

fn property_style_len(property: &str, value: &impl StylePropertyValue) -> usize {
    value.with_value(|value| {
        value.map_or(0, |value| {
            escaped_len(property, Context::Attribute) + 2 + escaped_len(value, Context::Attribute)
        })
    })
}

fn write_property_style(
    property: &str,
    value: &impl StylePropertyValue,
    buf: &mut String,
    first: &mut bool,
) {
    value.with_value(|value| {
        if let Some(value) = value {
            open_style_part(buf, first);
            escape_attr_into(buf, property);
            buf.push(':');
            escape_attr_into(buf, value);
            buf.push(';');
        }
    })
}

// `(property, value)` pairs are implemented per value type (not for every
// `V: StylePropertyValue`) so that `(property, closure)` can be implemented too.
macro_rules! property_styles {
    ($([$($generics:tt)*] $ty:ty;)*) => {$(
        impl<$($generics)* N: AsRef<str>> StyleValue for (N, $ty) {
            fn style_len(&self) -> usize {
                property_style_len(self.0.as_ref(), &self.1)
            }
            fn write_style(&self, buf: &mut String, first: &mut bool) {
                write_property_style(self.0.as_ref(), &self.1, buf, first)
            }
        }

        impl<$($generics)* R: Renderer, N: AsRef<str>> RenderStyleValue<R> for (N, $ty) {
            type State = StylePropertyState;
            fn build(self, element: &R::Element) -> Self::State {
                build_style_property::<R>(element, self.0.as_ref(), &self.1)
            }
            fn rebuild(self, element: &R::Element, state: &mut Self::State) {
                rebuild_style_property::<R>(element, self.0.as_ref(), &self.1, state)
            }
        }
    )*};
}
for_each_scalar_type!(property_styles);
property_styles! { [T: ScalarValue,] Option<T>; }

impl<N: AsRef<str>, F: Fn() -> V, V: StylePropertyValue> StyleValue for (N, F) {
    fn style_len(&self) -> usize {
        property_style_len(self.0.as_ref(), &(self.1)())
    }
    fn write_style(&self, buf: &mut String, first: &mut bool) {
        write_property_style(self.0.as_ref(), &(self.1)(), buf, first)
    }
}

/// State of a `(property, value)` style part.
pub struct StylePropertyState {
    value: Option<String>,
}

fn apply_style_property<R: Renderer>(
    element: &R::Element,
    property: &str,
    value: Option<&str>,
    state: &mut StylePropertyState,
) {
    if state.value.as_deref() == value {
        return;
    }
    match value {
        Some(value) => R::set_style(element, property, value),
        None => R::remove_style(element, property),
    }
    state.value = value.map(str::to_owned);
}

fn build_style_property<R: Renderer>(
    element: &R::Element,
    property: &str,
    value: &impl StylePropertyValue,
) -> StylePropertyState {
    let mut state = StylePropertyState { value: None };
    value.with_value(|value| apply_style_property::<R>(element, property, value, &mut state));
    state
}

fn rebuild_style_property<R: Renderer>(
    element: &R::Element,
    property: &str,
    value: &impl StylePropertyValue,
    state: &mut StylePropertyState,
) {
    value.with_value(|value| apply_style_property::<R>(element, property, value, state));
}

/// State of a reactive `(property, closure)` style part: the value shown, shared with the
/// effect that updates it.
pub struct ReactiveStyleState<N> {
    property: N,
    state: std::rc::Rc<std::cell::RefCell<StylePropertyState>>,
    _effect: EffectHandle,
}

fn style_effect<R, N, F, V>(
    property: N,
    value: F,
    state: std::rc::Rc<std::cell::RefCell<StylePropertyState>>,
    element: &R::Element,
) -> EffectHandle
where
    R: Renderer,
    N: AsRef<str> + 'static,
    F: Fn() -> V + 'static,
    V: StylePropertyValue,
{
    let element = element.clone();
    create_effect(move || {
        rebuild_style_property::<R>(
            &element,
            property.as_ref(),
            &value(),
            &mut state.borrow_mut(),
        )
    })
}

/// `(property, closure)` is reactive: each re-run sets the property if its value changed.
impl<R, N, F, V> RenderStyleValue<R> for (N, F)
where
    R: Renderer,
    N: AsRef<str> + Clone + 'static,
    F: Fn() -> V + 'static,
    V: StylePropertyValue,
{
    type State = ReactiveStyleState<N>;
    fn build(self, element: &R::Element) -> Self::State {
        let state = std::rc::Rc::new(std::cell::RefCell::new(StylePropertyState { value: None }));
        let effect = style_effect::<R, N, F, V>(self.0.clone(), self.1, state.clone(), element);
        ReactiveStyleState {
            property: self.0,
            state,
            _effect: effect,
        }
    }
    fn rebuild(self, element: &R::Element, state: &mut Self::State) {
        if state.property.as_ref() != self.0.as_ref() {
            apply_style_property::<R>(
                element,
                state.property.as_ref(),
                None,
                &mut state.state.borrow_mut(),
            );
            state.property = self.0.clone();
        }
        // The new effect starts from the value shown: an unchanged value touches nothing.
        state._effect = style_effect::<R, N, F, V>(self.0, self.1, state.state.clone(), element);
    }
}

impl<F: Fn() -> V, V: StyleValue> StyleValue for F {
    /// A closure's length is not known without calling it: this is a lower bound (0).
    fn style_len(&self) -> usize {
        0
    }
    fn write_style(&self, buf: &mut String, first: &mut bool) {
        self().write_style(buf, first)
    }
}

/// A closure returning style (`move || ("width", format!("{}px", w.get()))`) is reactive: each
/// re-run updates the style from the previous value, touching only what changed.
impl<R, F, V> RenderStyleValue<R> for F
where
    R: Renderer,
    F: Fn() -> V + 'static,
    V: RenderStyleValue<R> + 'static,
{
    type State = ReactiveState<V::State>;
    fn build(self, element: &R::Element) -> Self::State {
        ReactiveState::new(self, element, V::build, V::rebuild)
    }
    fn rebuild(self, element: &R::Element, state: &mut Self::State) {
        state.replace(self, element, V::build, V::rebuild)
    }
}

impl<V: StyleValue> Attribute for Style<V> {
    const HAS_STYLE: bool = true;
    fn html_len(&self) -> usize {
        0
    }
    fn write_html(&self, _buf: &mut String) {}
    fn style_len(&self) -> usize {
        self.0.style_len()
    }
    fn write_style(&self, buf: &mut String, first: &mut bool) {
        self.0.write_style(buf, first)
    }
}

impl<R: Renderer, V: RenderStyleValue<R>> RenderAttribute<R> for Style<V> {
    type State = V::State;
    fn build(self, element: &R::Element) -> Self::State {
        self.0.build(element)
    }
    fn rebuild(self, element: &R::Element, state: &mut Self::State) {
        self.0.rebuild(element, state)
    }
}
