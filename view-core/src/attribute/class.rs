//! Class parts ([`Class`]), merged into one `class` attribute.

use super::{Attribute, RenderAttribute, open_part};
use crate::ReactiveState;
use crate::Renderer;
use crate::escape::{Context, escape_attr_into, escaped_len};
use crate::reactive::{EffectHandle, create_effect};
use crate::view::text::for_each_string_type;

/// Class parts, merged into the element's one `class` attribute. See
/// [`HtmlElement::class`](crate::HtmlElement::class).
#[derive(Clone, Debug)]
pub struct Class<V>(pub V);

/// A value accepted by [`Class`]: class names as a string, a `(name, condition)` toggle, an
/// `Option` of these, or a closure returning one (reactive when mounted).
pub trait ClassValue {
    /// Sum over present parts of (part length + 1).
    fn class_len(&self) -> usize;
    /// Appends the present parts (see [`Attribute::write_class`]).
    fn write_class(&self, buf: &mut String, first: &mut bool);
}

/// A [`ClassValue`] applied to a live element through its class list.
pub trait RenderClassValue<R: Renderer> {
    /// What is kept to update the classes.
    type State;
    /// Adds the classes.
    fn build(self, element: &R::Element) -> Self::State;
    /// Adds and removes classes so the element shows `self`.
    fn rebuild(self, element: &R::Element, state: &mut Self::State);
}

macro_rules! string_classes {
    ($([$($generics:tt)*] $ty:ty;)*) => {$(
        impl<$($generics)*> ClassValue for $ty {
            fn class_len(&self) -> usize {
                if self.is_empty() { 0 } else { escaped_len(self, Context::Attribute) + 1 }
            }
            fn write_class(&self, buf: &mut String, first: &mut bool) {
                if !self.is_empty() {
                    open_part(buf, first, " class=\"", ' ');
                    escape_attr_into(buf, self);
                }
            }
        }

        impl<$($generics)* R: Renderer> RenderClassValue<R> for $ty {
            type State = Self;
            fn build(self, element: &R::Element) -> Self {
                for class in self.split_ascii_whitespace() {
                    R::add_class(element, class);
                }
                self
            }
            fn rebuild(self, element: &R::Element, state: &mut Self) {
                if **state == *self {
                    return;
                }
                for class in state.split_ascii_whitespace() {
                    if !self.split_ascii_whitespace().any(|new| new == class) {
                        R::remove_class(element, class);
                    }
                }
                for class in self.split_ascii_whitespace() {
                    if !state.split_ascii_whitespace().any(|old| old == class) {
                        R::add_class(element, class);
                    }
                }
                *state = self;
            }
        }
    )*};
}
for_each_string_type!(string_classes);

/// A condition of a class toggle: a `bool`, or a closure returning one (reactive).
pub trait Condition {
    /// The current value.
    fn get(&self) -> bool;
}

impl Condition for bool {
    fn get(&self) -> bool {
        *self
    }
}

impl<F: Fn() -> bool> Condition for F {
    fn get(&self) -> bool {
        self()
    }
}

/// A `(names, condition)` toggle: `names` is split on ASCII whitespace, like Leptos's
/// `class=("a b", signal)`, and each name is toggled on its own (a DOM class list holds single
/// tokens; `classList.add("a b")` throws). An empty or blank `names` toggles nothing. SSR and
/// mounting agree: `("btn primary", true)` writes `class="btn primary"` and adds both classes.
impl<N: AsRef<str>, C: Condition> ClassValue for (N, C) {
    fn class_len(&self) -> usize {
        if self.1.get() {
            self.0
                .as_ref()
                .split_ascii_whitespace()
                .map(|name| escaped_len(name, Context::Attribute) + 1)
                .sum()
        } else {
            0
        }
    }
    fn write_class(&self, buf: &mut String, first: &mut bool) {
        if self.1.get() {
            for name in self.0.as_ref().split_ascii_whitespace() {
                open_part(buf, first, " class=\"", ' ');
                escape_attr_into(buf, name);
            }
        }
    }
}

/// Adds each ASCII-whitespace-separated name of `names` (see the `(N, C)` [`ClassValue`]).
fn add_names<R: Renderer>(element: &R::Element, names: &str) {
    for name in names.split_ascii_whitespace() {
        R::add_class(element, name);
    }
}

/// Removes each ASCII-whitespace-separated name of `names`.
fn remove_names<R: Renderer>(element: &R::Element, names: &str) {
    for name in names.split_ascii_whitespace() {
        R::remove_class(element, name);
    }
}

/// State of a class toggle: its names, whether they are on, and its effect when reactive.
pub struct ToggleState<N> {
    name: N,
    on: std::rc::Rc<std::cell::Cell<bool>>,
    _effect: Option<EffectHandle>,
}

impl<R: Renderer, N: AsRef<str> + Clone + 'static> RenderClassValue<R> for (N, bool) {
    type State = ToggleState<N>;
    fn build(self, element: &R::Element) -> Self::State {
        if self.1 {
            add_names::<R>(element, self.0.as_ref());
        }
        ToggleState {
            name: self.0,
            on: std::rc::Rc::new(self.1.into()),
            _effect: None,
        }
    }
    fn rebuild(self, element: &R::Element, state: &mut Self::State) {
        if state.name.as_ref() != self.0.as_ref() {
            if state.on.get() {
                remove_names::<R>(element, state.name.as_ref());
            }
            state.on.set(false);
            state.name = self.0;
        }
        if state.on.get() != self.1 {
            if self.1 {
                add_names::<R>(element, state.name.as_ref());
            } else {
                remove_names::<R>(element, state.name.as_ref());
            }
            state.on.set(self.1);
        }
    }
}

impl<R, N, F> RenderClassValue<R> for (N, F)
where
    R: Renderer,
    N: AsRef<str> + Clone + 'static,
    F: Fn() -> bool + 'static,
{
    type State = ToggleState<N>;
    fn build(self, element: &R::Element) -> Self::State {
        let on = std::rc::Rc::new(std::cell::Cell::new(false));
        let effect = toggle_effect::<R, N, F>(self.0.clone(), self.1, on.clone(), element);
        ToggleState {
            name: self.0,
            on,
            _effect: Some(effect),
        }
    }
    fn rebuild(self, element: &R::Element, state: &mut Self::State) {
        if state.name.as_ref() != self.0.as_ref() {
            if state.on.get() {
                remove_names::<R>(element, state.name.as_ref());
            }
            state.on.set(false);
            state.name = self.0.clone();
        }
        // The new effect starts from the current state: an unchanged condition touches nothing.
        state._effect = Some(toggle_effect::<R, N, F>(
            self.0,
            self.1,
            state.on.clone(),
            element,
        ));
    }
}

/// The effect of a reactive class toggle: adds or removes the names of `name` when `condition`
/// changes.
fn toggle_effect<R, N, F>(
    name: N,
    condition: F,
    on: std::rc::Rc<std::cell::Cell<bool>>,
    element: &R::Element,
) -> EffectHandle
where
    R: Renderer,
    N: AsRef<str> + 'static,
    F: Fn() -> bool + 'static,
{
    let element = element.clone();
    create_effect(move || {
        let now = condition();
        if now != on.get() {
            if now {
                add_names::<R>(&element, name.as_ref());
            } else {
                remove_names::<R>(&element, name.as_ref());
            }
            on.set(now);
        }
    })
}

/// A closure returning class names (`move || if done.get() { "done" } else { "" }`) is reactive:
/// each re-run adds and removes only the classes that changed.
impl<F: Fn() -> V, V: ClassValue> ClassValue for F {
    /// A closure's length is not known without calling it: this is a lower bound (0).
    fn class_len(&self) -> usize {
        0
    }
    fn write_class(&self, buf: &mut String, first: &mut bool) {
        self().write_class(buf, first)
    }
}

impl<R, F, V> RenderClassValue<R> for F
where
    R: Renderer,
    F: Fn() -> V + 'static,
    V: RenderClassValue<R> + 'static,
{
    type State = ReactiveState<V::State>;
    fn build(self, element: &R::Element) -> Self::State {
        ReactiveState::new(self, element, V::build, V::rebuild)
    }
    fn rebuild(self, element: &R::Element, state: &mut Self::State) {
        state.replace(self, element, V::build, V::rebuild)
    }
}

impl<T: ClassValue> ClassValue for Option<T> {
    fn class_len(&self) -> usize {
        self.as_ref().map_or(0, T::class_len)
    }
    fn write_class(&self, buf: &mut String, first: &mut bool) {
        if let Some(value) = self {
            value.write_class(buf, first)
        }
    }
}

impl<V: ClassValue> Attribute for Class<V> {
    const HAS_CLASS: bool = true;
    fn html_len(&self) -> usize {
        0
    }
    fn write_html(&self, _buf: &mut String) {}
    fn class_len(&self) -> usize {
        self.0.class_len()
    }
    fn write_class(&self, buf: &mut String, first: &mut bool) {
        self.0.write_class(buf, first)
    }
}

impl<R: Renderer, V: RenderClassValue<R>> RenderAttribute<R> for Class<V> {
    type State = V::State;
    fn build(self, element: &R::Element) -> Self::State {
        self.0.build(element)
    }
    fn rebuild(self, element: &R::Element, state: &mut Self::State) {
        self.0.rebuild(element, state)
    }
}
