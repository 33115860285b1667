//! Attributes: the [`Attribute`] (HTML) and [`RenderAttribute`] (live nodes) traits, named
//! attributes ([`Attr`]), merged classes ([`Class`]) and styles ([`Style`]), and [`InnerHtml`].
//!
//! Attribute values ([`AttributeValue`]) are strings, `char`, numbers, `bool` (`true` writes the
//! bare attribute, `false` omits it), `Option` (`None` omits it) and closures returning any of
//! these (reactive when mounted, their current value in HTML).

use std::fmt::Write as _;

use crate::escape::{Context, escape_attr_into, escaped_len};
use crate::reactive::{Effect, create_effect};
use crate::text::for_each_string_type;
use crate::{PropertyValue, Renderer};

/// Attributes as written in HTML. Implemented by [`Attr`], [`Class`], [`Style`], [`InnerHtml`],
/// event listeners and tuples of these.
///
/// Class parts of all attributes merge into one `class` attribute, style parts into one `style`
/// attribute; the element writes `class`, then `style`, then the other attributes.
pub trait Attribute {
    /// Bytes [`write_html`](Self::write_html) appends (exact for known values).
    fn html_len(&self) -> usize;
    /// Appends the plain attributes, each as ` name="value"` (or ` name` for `true`).
    fn write_html(&self, buf: &mut String);
    /// Sum over present class parts of (part length + 1).
    fn class_len(&self) -> usize {
        0
    }
    /// Appends class parts; the first part opens ` class="` and clears `first`.
    fn write_class(&self, _buf: &mut String, _first: &mut bool) {}
    /// Sum over present style parts of (part length + 1).
    fn style_len(&self) -> usize {
        0
    }
    /// Appends style parts; the first part opens ` style="` and clears `first`.
    fn write_style(&self, _buf: &mut String, _first: &mut bool) {}
    /// Bytes [`write_inner_html`](Self::write_inner_html) appends.
    fn inner_html_len(&self) -> usize {
        0
    }
    /// Appends unescaped inner HTML (only [`InnerHtml`] does).
    fn write_inner_html(&self, _buf: &mut String) {}
}

/// Attributes applied to a live element of renderer `R`.
pub trait RenderAttribute<R: Renderer> {
    /// What is kept to update the attribute later.
    type State;
    /// Applies the attribute to `element`.
    fn build(self, element: &R::Element) -> Self::State;
    /// Updates `element` from the previous state to `self`, touching only what changed.
    fn rebuild(self, element: &R::Element, state: &mut Self::State);
}

impl Attribute for () {
    fn html_len(&self) -> usize {
        0
    }
    fn write_html(&self, _buf: &mut String) {}
}

impl<R: Renderer> RenderAttribute<R> for () {
    type State = ();
    fn build(self, _element: &R::Element) {}
    fn rebuild(self, _element: &R::Element, _state: &mut ()) {}
}

macro_rules! attribute_tuples {
    ($($ty:ident $idx:tt),+) => {
        impl<$($ty: Attribute),+> Attribute for ($($ty,)+) {
            #[inline]
            fn html_len(&self) -> usize {
                0 $(+ self.$idx.html_len())+
            }
            #[inline]
            fn write_html(&self, buf: &mut String) {
                $(self.$idx.write_html(buf);)+
            }
            #[inline]
            fn class_len(&self) -> usize {
                0 $(+ self.$idx.class_len())+
            }
            #[inline]
            fn write_class(&self, buf: &mut String, first: &mut bool) {
                $(self.$idx.write_class(buf, first);)+
            }
            #[inline]
            fn style_len(&self) -> usize {
                0 $(+ self.$idx.style_len())+
            }
            #[inline]
            fn write_style(&self, buf: &mut String, first: &mut bool) {
                $(self.$idx.write_style(buf, first);)+
            }
            #[inline]
            fn inner_html_len(&self) -> usize {
                0 $(+ self.$idx.inner_html_len())+
            }
            #[inline]
            fn write_inner_html(&self, buf: &mut String) {
                $(self.$idx.write_inner_html(buf);)+
            }
        }

        impl<Rn: Renderer, $($ty: RenderAttribute<Rn>),+> RenderAttribute<Rn> for ($($ty,)+) {
            type State = ($($ty::State,)+);
            fn build(self, element: &Rn::Element) -> Self::State {
                ($(self.$idx.build(element),)+)
            }
            fn rebuild(self, element: &Rn::Element, state: &mut Self::State) {
                $(self.$idx.rebuild(element, &mut state.$idx);)+
            }
        }
    };
}

attribute_tuples!(A 0);
attribute_tuples!(A 0, B 1);
attribute_tuples!(A 0, B 1, C 2);
attribute_tuples!(A 0, B 1, C 2, D 3);
attribute_tuples!(A 0, B 1, C 2, D 3, E 4);
attribute_tuples!(A 0, B 1, C 2, D 3, E 4, F 5);
attribute_tuples!(A 0, B 1, C 2, D 3, E 4, F 5, G 6);
attribute_tuples!(A 0, B 1, C 2, D 3, E 4, F 5, G 6, H 7);
attribute_tuples!(A 0, B 1, C 2, D 3, E 4, F 5, G 6, H 7, I 8);
attribute_tuples!(A 0, B 1, C 2, D 3, E 4, F 5, G 6, H 7, I 8, J 9);
attribute_tuples!(A 0, B 1, C 2, D 3, E 4, F 5, G 6, H 7, I 8, J 9, K 10);
attribute_tuples!(A 0, B 1, C 2, D 3, E 4, F 5, G 6, H 7, I 8, J 9, K 10, L 11);
attribute_tuples!(A 0, B 1, C 2, D 3, E 4, F 5, G 6, H 7, I 8, J 9, K 10, L 11, M 12);
attribute_tuples!(A 0, B 1, C 2, D 3, E 4, F 5, G 6, H 7, I 8, J 9, K 10, L 11, M 12, N 13);
attribute_tuples!(A 0, B 1, C 2, D 3, E 4, F 5, G 6, H 7, I 8, J 9, K 10, L 11, M 12, N 13, O 14);
attribute_tuples!(A 0, B 1, C 2, D 3, E 4, F 5, G 6, H 7, I 8, J 9, K 10, L 11, M 12, N 13, O 14, P 15);
attribute_tuples!(A 0, B 1, C 2, D 3, E 4, F 5, G 6, H 7, I 8, J 9, K 10, L 11, M 12, N 13, O 14, P 15, Q 16);
attribute_tuples!(A 0, B 1, C 2, D 3, E 4, F 5, G 6, H 7, I 8, J 9, K 10, L 11, M 12, N 13, O 14, P 15, Q 16, S 17);
attribute_tuples!(A 0, B 1, C 2, D 3, E 4, F 5, G 6, H 7, I 8, J 9, K 10, L 11, M 12, N 13, O 14, P 15, Q 16, S 17, T 18);
attribute_tuples!(A 0, B 1, C 2, D 3, E 4, F 5, G 6, H 7, I 8, J 9, K 10, L 11, M 12, N 13, O 14, P 15, Q 16, S 17, T 18, U 19);
attribute_tuples!(A 0, B 1, C 2, D 3, E 4, F 5, G 6, H 7, I 8, J 9, K 10, L 11, M 12, N 13, O 14, P 15, Q 16, S 17, T 18, U 19, V 20);
attribute_tuples!(A 0, B 1, C 2, D 3, E 4, F 5, G 6, H 7, I 8, J 9, K 10, L 11, M 12, N 13, O 14, P 15, Q 16, S 17, T 18, U 19, V 20, W 21);
attribute_tuples!(A 0, B 1, C 2, D 3, E 4, F 5, G 6, H 7, I 8, J 9, K 10, L 11, M 12, N 13, O 14, P 15, Q 16, S 17, T 18, U 19, V 20, W 21, X 22);
attribute_tuples!(A 0, B 1, C 2, D 3, E 4, F 5, G 6, H 7, I 8, J 9, K 10, L 11, M 12, N 13, O 14, P 15, Q 16, S 17, T 18, U 19, V 20, W 21, X 22, Y 23);
attribute_tuples!(A 0, B 1, C 2, D 3, E 4, F 5, G 6, H 7, I 8, J 9, K 10, L 11, M 12, N 13, O 14, P 15, Q 16, S 17, T 18, U 19, V 20, W 21, X 22, Y 23, Z 24);
attribute_tuples!(A 0, B 1, C 2, D 3, E 4, F 5, G 6, H 7, I 8, J 9, K 10, L 11, M 12, N 13, O 14, P 15, Q 16, S 17, T 18, U 19, V 20, W 21, X 22, Y 23, Z 24, AA 25);

// ---------------------------------------------------------------------------------------------
// Scalar values: the text of an attribute, class name or style value.
// ---------------------------------------------------------------------------------------------

/// A value with a textual form: strings, `char` and numbers.
///
/// [`with_text`](Self::with_text) lends the text without allocating (numbers format into a stack
/// buffer).
pub trait ScalarValue: PartialEq {
    /// Calls `f` with the value's text.
    fn with_text<O>(&self, f: impl FnOnce(&str) -> O) -> O;
}

macro_rules! string_scalars {
    ($([$($generics:tt)*] $ty:ty;)*) => {$(
        impl<$($generics)*> ScalarValue for $ty {
            #[inline]
            fn with_text<O>(&self, f: impl FnOnce(&str) -> O) -> O {
                f(self)
            }
        }
    )*};
}
for_each_string_type!(string_scalars);

impl ScalarValue for char {
    fn with_text<O>(&self, f: impl FnOnce(&str) -> O) -> O {
        f(self.encode_utf8(&mut [0; 4]))
    }
}

macro_rules! integer_scalars {
    ($($ty:ty)*) => {$(
        impl ScalarValue for $ty {
            #[inline]
            fn with_text<O>(&self, f: impl FnOnce(&str) -> O) -> O {
                f(itoa::Buffer::new().format(*self))
            }
        }
    )*};
}
integer_scalars!(i8 i16 i32 i64 i128 isize u8 u16 u32 u64 u128 usize);

/// A fixed-size stack buffer for formatting floats without allocating.
struct StackText {
    bytes: [u8; 48],
    len: usize,
}

impl std::fmt::Write for StackText {
    fn write_str(&mut self, s: &str) -> std::fmt::Result {
        let end = self.len + s.len();
        if end > self.bytes.len() {
            return Err(std::fmt::Error);
        }
        self.bytes[self.len..end].copy_from_slice(s.as_bytes());
        self.len = end;
        Ok(())
    }
}

macro_rules! float_scalars {
    ($($ty:ty)*) => {$(
        impl ScalarValue for $ty {
            fn with_text<O>(&self, f: impl FnOnce(&str) -> O) -> O {
                let mut text = StackText { bytes: [0; 48], len: 0 };
                if write!(text, "{self}").is_ok() {
                    // Only whole `&str`s were copied in, so the prefix is valid UTF-8.
                    f(std::str::from_utf8(&text.bytes[..text.len]).unwrap_or_default())
                } else {
                    f(&self.to_string())
                }
            }
        }
    )*};
}
float_scalars!(f32 f64);

// ---------------------------------------------------------------------------------------------
// Attribute values
// ---------------------------------------------------------------------------------------------

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
}

/// Calls `$mac!` with every scalar type (strings, `char`, numbers), one `[generics] Type;` each.
macro_rules! for_each_scalar_type {
    ($mac:ident) => {
        for_each_string_type!($mac);
        $mac! {
            [] char; [] i8; [] i16; [] i32; [] i64; [] i128; [] isize;
            [] u8; [] u16; [] u32; [] u64; [] u128; [] usize; [] f32; [] f64;
        }
    };
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

/// State of a reactive value: the effect that keeps it up to date.
pub struct ReactiveAttributeState {
    _effect: Effect,
}

impl<R, F, V> RenderAttributeValue<R> for F
where
    R: Renderer,
    F: Fn() -> V + 'static,
    V: RenderAttributeValue<R> + 'static,
{
    type State = ReactiveAttributeState;
    fn build(self, element: &R::Element, name: &str) -> Self::State {
        let element = element.clone();
        let name = name.to_owned();
        let mut state: Option<V::State> = None;
        let effect = create_effect(move || {
            let value = self();
            match state.as_mut() {
                Some(state) => value.rebuild(&element, &name, state),
                None => state = Some(value.build(&element, &name)),
            }
        });
        ReactiveAttributeState { _effect: effect }
    }
    fn rebuild(self, element: &R::Element, name: &str, state: &mut Self::State) {
        // A new closure replaces the old effect; the new effect sets the current value.
        *state = RenderAttributeValue::<R>::build(self, element, name);
    }
}

/// A named attribute: `name="value"`.
///
/// Built by the typed attribute methods (`.href(..)`, `.r#type(..)`), by `.id(..)` and by
/// `.attr(name, value)`, which validates run-time names.
#[derive(Clone, Debug)]
pub struct Attr<N, V> {
    name: N,
    value: V,
}

impl<N: AsRef<str>, V> Attr<N, V> {
    /// An attribute whose name the caller has already checked (a static, known-good name, or
    /// one that passed [`check_attribute_name`](crate::validate::check_attribute_name)).
    pub fn new_unchecked(name: N, value: V) -> Self {
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
}

// ---------------------------------------------------------------------------------------------
// Classes
// ---------------------------------------------------------------------------------------------

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

#[inline]
fn open_part(buf: &mut String, first: &mut bool, opening: &str, separator: char) {
    if *first {
        buf.push_str(opening);
        *first = false;
    } else {
        buf.push(separator);
    }
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

impl<N: AsRef<str>, C: Condition> ClassValue for (N, C) {
    fn class_len(&self) -> usize {
        if self.1.get() { escaped_len(self.0.as_ref(), Context::Attribute) + 1 } else { 0 }
    }
    fn write_class(&self, buf: &mut String, first: &mut bool) {
        if self.1.get() {
            open_part(buf, first, " class=\"", ' ');
            escape_attr_into(buf, self.0.as_ref());
        }
    }
}

/// State of a class toggle: its name, whether it is on, and its effect when reactive.
pub struct ToggleState<N> {
    name: N,
    on: std::rc::Rc<std::cell::Cell<bool>>,
    _effect: Option<Effect>,
}

impl<R: Renderer, N: AsRef<str> + Clone + 'static> RenderClassValue<R> for (N, bool) {
    type State = ToggleState<N>;
    fn build(self, element: &R::Element) -> Self::State {
        if self.1 {
            R::add_class(element, self.0.as_ref());
        }
        ToggleState { name: self.0, on: std::rc::Rc::new(self.1.into()), _effect: None }
    }
    fn rebuild(self, element: &R::Element, state: &mut Self::State) {
        if state.name.as_ref() != self.0.as_ref() {
            if state.on.get() {
                R::remove_class(element, state.name.as_ref());
            }
            state.on.set(false);
            state.name = self.0;
        }
        if state.on.get() != self.1 {
            if self.1 {
                R::add_class(element, state.name.as_ref());
            } else {
                R::remove_class(element, state.name.as_ref());
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
        let effect = {
            let (name, on, element) = (self.0.clone(), on.clone(), element.clone());
            let condition = self.1;
            create_effect(move || {
                let now = condition();
                if now != on.get() {
                    if now {
                        R::add_class(&element, name.as_ref());
                    } else {
                        R::remove_class(&element, name.as_ref());
                    }
                    on.set(now);
                }
            })
        };
        ToggleState { name: self.0, on, _effect: Some(effect) }
    }
    fn rebuild(self, element: &R::Element, state: &mut Self::State) {
        if state.on.get() {
            R::remove_class(element, state.name.as_ref());
        }
        *state = RenderClassValue::<R>::build(self, element);
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

// ---------------------------------------------------------------------------------------------
// Styles
// ---------------------------------------------------------------------------------------------

/// Style parts, merged into the element's one `style` attribute. See
/// [`HtmlElement::style`](crate::HtmlElement::style).
#[derive(Clone, Debug)]
pub struct Style<V>(pub V);

/// A value accepted by [`Style`]: a declarations string, or a `(property, value)` pair whose
/// value is a [`ScalarValue`], an `Option` of one (`None` leaves the property out) or a closure.
pub trait StyleValue {
    /// Sum over present parts of (part length + 1).
    fn style_len(&self) -> usize;
    /// Appends the present parts, separated by `;`.
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
                if self.is_empty() { 0 } else { escaped_len(self, Context::Attribute) + 1 }
            }
            fn write_style(&self, buf: &mut String, first: &mut bool) {
                if !self.is_empty() {
                    open_part(buf, first, " style=\"", ';');
                    escape_attr_into(buf, self);
                }
            }
        }

        /// A whole declarations string sets the `style` attribute; give it before any
        /// `(property, value)` parts, which it would otherwise overwrite.
        impl<$($generics)* R: Renderer> RenderStyleValue<R> for $ty {
            type State = Self;
            fn build(self, element: &R::Element) -> Self {
                R::set_attribute(element, "style", &self);
                self
            }
            fn rebuild(self, element: &R::Element, state: &mut Self) {
                if **state != *self {
                    R::set_attribute(element, "style", &self);
                    *state = self;
                }
            }
        }
    )*};
}
for_each_string_type!(string_styles);

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

impl<N: AsRef<str>, V: StylePropertyValue> StyleValue for (N, V) {
    fn style_len(&self) -> usize {
        self.1.with_value(|value| {
            value.map_or(0, |value| {
                escaped_len(self.0.as_ref(), Context::Attribute)
                    + 2
                    + escaped_len(value, Context::Attribute)
            })
        })
    }
    fn write_style(&self, buf: &mut String, first: &mut bool) {
        self.1.with_value(|value| {
            if let Some(value) = value {
                open_part(buf, first, " style=\"", ';');
                escape_attr_into(buf, self.0.as_ref());
                buf.push(':');
                escape_attr_into(buf, value);
            }
        })
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

impl<R: Renderer, N: AsRef<str>, V: StylePropertyValue> RenderStyleValue<R> for (N, V) {
    type State = StylePropertyState;
    fn build(self, element: &R::Element) -> Self::State {
        let mut state = StylePropertyState { value: None };
        self.1.with_value(|value| apply_style_property::<R>(element, self.0.as_ref(), value, &mut state));
        state
    }
    fn rebuild(self, element: &R::Element, state: &mut Self::State) {
        self.1.with_value(|value| apply_style_property::<R>(element, self.0.as_ref(), value, state));
    }
}

impl<V: StyleValue> Attribute for Style<V> {
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

// ---------------------------------------------------------------------------------------------
// Inner HTML
// ---------------------------------------------------------------------------------------------

/// Unescaped inner HTML; see [`HtmlElement::inner_html`](crate::HtmlElement::inner_html).
#[derive(Clone, Debug)]
pub struct InnerHtml<V>(pub V);

impl<V: AsRef<str>> Attribute for InnerHtml<V> {
    fn html_len(&self) -> usize {
        0
    }
    fn write_html(&self, _buf: &mut String) {}
    fn inner_html_len(&self) -> usize {
        self.0.as_ref().len()
    }
    fn write_inner_html(&self, buf: &mut String) {
        buf.push_str(self.0.as_ref())
    }
}

impl<R: Renderer, V: AsRef<str>> RenderAttribute<R> for InnerHtml<V> {
    type State = V;
    fn build(self, element: &R::Element) -> V {
        R::set_inner_html(element, self.0.as_ref());
        self.0
    }
    fn rebuild(self, element: &R::Element, state: &mut V) {
        if state.as_ref() != self.0.as_ref() {
            R::set_inner_html(element, self.0.as_ref());
            *state = self.0;
        }
    }
}

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
