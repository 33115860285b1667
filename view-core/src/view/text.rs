//! Text children: every string type, `char`, integers and floats.
//!
//! Strings are escaped for text context; integers are written with `itoa` (no `core::fmt`);
//! floats use their `Display` form. Each becomes one text node when built.

use std::borrow::Cow;
use std::fmt::Write as _;

use crate::NodeState;
use crate::escape::{Context, escape_text_into, escaped_len};
use crate::hydration::Cursor;
use crate::{Mountable, Render, RenderHtml, Renderer};

/// Retained state of a text child: its text node and the value it shows.
pub struct TextState<R: Renderer, T> {
    node: NodeState<R, R::Text>,
    value: T,
}

impl<R: Renderer, T> Mountable<R> for TextState<R, T> {
    fn mount(&mut self, parent: &R::Element, marker: Option<&R::Node>) {
        self.node.mount(parent, marker)
    }
    fn unmount(&mut self) {
        self.node.unmount()
    }
    fn first_node(&self) -> Option<R::Node> {
        self.node.first_node()
    }
}

/// A value that can stand as the content of a text node (strings, `char`, numbers).
///
/// Besides being a view, such a value is what [`RawTextChild`](crate::RawTextChild) and RCDATA
/// elements (`textarea`, `title`) accept as children.
pub trait TextChild: RenderHtml {
    /// The text as it reads in the document (unescaped).
    fn text(&self) -> Cow<'_, str>;
}

macro_rules! string_views {
    ($($(#[$meta:meta])* [$($generics:tt)*] $ty:ty;)*) => {$(
        $(#[$meta])*
        impl<$($generics)*> RenderHtml for $ty {
            #[inline]
            fn html_len(&self) -> usize {
                escaped_len(self, Context::Text)
            }
            #[inline]
            fn html_len_estimate(&self) -> usize {
                self.len()
            }
            #[inline(always)]
            fn write_html(self, buf: &mut String) {
                escape_text_into(buf, &self)
            }
        }

        impl<$($generics)*> TextChild for $ty {
            fn text(&self) -> Cow<'_, str> {
                Cow::Borrowed(&**self)
            }
        }

        impl<$($generics)* R: Renderer> Render<R> for $ty {
            type State = TextState<R, Self>;
            fn build(self) -> Self::State {
                TextState { node: NodeState::new(R::create_text(&self)), value: self }
            }
            fn rebuild(self, state: &mut Self::State) {
                if *state.value != *self {
                    R::set_text(&state.node.node, &self);
                    state.value = self;
                }
            }
            fn hydrate(self, cursor: &mut Cursor<R>) -> Self::State {
                TextState { node: NodeState::new(cursor.text(&self)), value: self }
            }
        }
    )*};
}

/// Calls `$mac!` with every string type the crate accepts as text, one `[generics] Type;` each.
macro_rules! for_each_string_type {
    ($mac:ident) => {
        $mac! {
            ['a,] &'a str;
            [] String;
            ['a,] &'a String;
            ['a,] std::borrow::Cow<'a, str>;
            [] std::sync::Arc<str>;
            [] std::rc::Rc<str>;
            [] Box<str>;
        }
    };
}
pub(crate) use for_each_string_type;

for_each_string_type!(string_views);

impl RenderHtml for char {
    fn html_len(&self) -> usize {
        match self {
            '&' => 5,
            '<' | '>' => 4,
            c => c.len_utf8(),
        }
    }
    fn write_html(self, buf: &mut String) {
        escape_text_into(buf, self.encode_utf8(&mut [0; 4]))
    }
}

impl TextChild for char {
    fn text(&self) -> Cow<'_, str> {
        Cow::Owned(self.to_string())
    }
}

impl<R: Renderer> Render<R> for char {
    type State = TextState<R, char>;
    fn build(self) -> Self::State {
        TextState {
            node: NodeState::new(R::create_text(self.encode_utf8(&mut [0; 4]))),
            value: self,
        }
    }
    fn rebuild(self, state: &mut Self::State) {
        if state.value != self {
            R::set_text(&state.node.node, self.encode_utf8(&mut [0; 4]));
            state.value = self;
        }
    }
    fn hydrate(self, cursor: &mut Cursor<R>) -> Self::State {
        TextState {
            node: NodeState::new(cursor.text(self.encode_utf8(&mut [0; 4]))),
            value: self,
        }
    }
}

macro_rules! integer_views {
    ($($ty:ty)*) => {$(
        impl RenderHtml for $ty {
            #[inline]
            fn html_len(&self) -> usize {
                decimal_len(*self)
            }
            #[inline(always)]
            fn write_html(self, buf: &mut String) {
                PushDecimal::push_decimal(self, buf)
            }
        }

        impl TextChild for $ty {
            fn text(&self) -> Cow<'_, str> {
                Cow::Owned(itoa::Buffer::new().format(*self).to_owned())
            }
        }

        impl<R: Renderer> Render<R> for $ty {
            type State = TextState<R, $ty>;
            #[allow(
                clippy::useless_conversion,
                clippy::unnecessary_fallible_conversions,
                reason = "one body for every integer type, i64 itself and the narrower ones"
            )]
            fn build(self) -> Self::State {
                let node = match i64::try_from(self) {
                    Ok(value) => R::create_integer_text(value),
                    Err(_) => R::create_text(itoa::Buffer::new().format(self)),
                };
                TextState { node: NodeState::new(node), value: self }
            }
            fn rebuild(self, state: &mut Self::State) {
                if state.value != self {
                    R::set_text(&state.node.node, itoa::Buffer::new().format(self));
                    state.value = self;
                }
            }
            fn hydrate(self, cursor: &mut Cursor<R>) -> Self::State {
                let node = cursor.text(itoa::Buffer::new().format(self));
                TextState { node: NodeState::new(node), value: self }
            }
        }
    )*};
}

integer_views!(i8 i16 i32 i64 i128 isize u8 u16 u32 u64 u128 usize);

/// Appends an integer in decimal. Numbers below 10^8 (counts, scores, years, ids, table cells:
/// most numbers in HTML) are written inline as one word; longer ones through `itoa`.
trait PushDecimal {
    fn push_decimal(self, buf: &mut String);
}

/// Appends `n` in decimal.
#[inline(always)]
fn push_u64(buf: &mut String, n: u64) {
    if n < 100_000_000 {
        crate::ssr::escape_fast::push_decimal_short(buf, n as u32);
    } else {
        push_long(buf, n);
    }
}

#[inline(never)]
fn push_long(buf: &mut String, n: u64) {
    push_short(buf, itoa::Buffer::new().format(n))
}

macro_rules! push_decimal_unsigned {
    ($($ty:ty)*) => {$(
        impl PushDecimal for $ty {
            #[inline(always)]
            fn push_decimal(self, buf: &mut String) {
                push_u64(buf, self as u64)
            }
        }
    )*};
}
push_decimal_unsigned!(u8 u16 u32 u64 usize);

macro_rules! push_decimal_signed {
    ($($ty:ty)*) => {$(
        impl PushDecimal for $ty {
            #[inline(always)]
            fn push_decimal(self, buf: &mut String) {
                if self < 0 {
                    buf.push('-');
                }
                push_u64(buf, self.unsigned_abs() as u64)
            }
        }
    )*};
}
push_decimal_signed!(i8 i16 i32 i64 isize);

macro_rules! push_decimal_wide {
    ($($ty:ty)*) => {$(
        impl PushDecimal for $ty {
            #[inline]
            fn push_decimal(self, buf: &mut String) {
                buf.push_str(itoa::Buffer::new().format(self))
            }
        }
    )*};
}
push_decimal_wide!(i128 u128);

/// Appends a short string with fixed-size copies (a call to `memmove` costs more than the copy
/// for the few bytes of a number).
#[inline(always)]
fn push_short(buf: &mut String, text: &str) {
    macro_rules! fixed {
        ($($len:literal)*) => {
            match text.len() {
                $($len => buf.push_str(&text[..$len]),)*
                _ => buf.push_str(text),
            }
        };
    }
    fixed!(1 2 3 4 5 6 7 8 9 10);
}

/// The number of bytes an integer takes in decimal, counted without formatting it.
trait DecimalLen {
    fn decimal_len(self) -> usize;
}

macro_rules! unsigned_decimal_len {
    ($($ty:ty)*) => {$(
        impl DecimalLen for $ty {
            #[inline]
            fn decimal_len(self) -> usize {
                self.checked_ilog10().map_or(1, |digits| digits as usize + 1)
            }
        }
    )*};
}
unsigned_decimal_len!(u8 u16 u32 u64 u128 usize);

macro_rules! signed_decimal_len {
    ($($ty:ty)*) => {$(
        impl DecimalLen for $ty {
            #[inline]
            fn decimal_len(self) -> usize {
                usize::from(self < 0) + self.unsigned_abs().decimal_len()
            }
        }
    )*};
}
signed_decimal_len!(i8 i16 i32 i64 i128 isize);

#[inline]
fn decimal_len(value: impl DecimalLen) -> usize {
    value.decimal_len()
}
/// Counts the bytes a `Display` value writes, without allocating.
struct LenCounter(usize);

impl std::fmt::Write for LenCounter {
    fn write_str(&mut self, s: &str) -> std::fmt::Result {
        self.0 += s.len();
        Ok(())
    }
}

macro_rules! float_views {
    ($($ty:ty)*) => {$(
        impl RenderHtml for $ty {
            fn html_len(&self) -> usize {
                let mut counter = LenCounter(0);
                let _ = write!(counter, "{self}");
                counter.0
            }
            fn write_html(self, buf: &mut String) {
                let _ = write!(buf, "{self}");
            }
        }

        impl TextChild for $ty {
            fn text(&self) -> Cow<'_, str> {
                Cow::Owned(self.to_string())
            }
        }

        impl<R: Renderer> Render<R> for $ty {
            type State = TextState<R, $ty>;
            fn build(self) -> Self::State {
                TextState { node: NodeState::new(R::create_text(&self.to_string())), value: self }
            }
            fn rebuild(self, state: &mut Self::State) {
                // Compare bit patterns so that NaN does not rewrite the node on every rebuild.
                if state.value.to_bits() != self.to_bits() {
                    R::set_text(&state.node.node, &self.to_string());
                    state.value = self;
                }
            }
            fn hydrate(self, cursor: &mut Cursor<R>) -> Self::State {
                TextState { node: NodeState::new(cursor.text(&self.to_string())), value: self }
            }
        }
    )*};
}

float_views!(f32 f64);
