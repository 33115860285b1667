//! [`ScalarValue`]: values with a textual form (strings, `char`, numbers).

use std::fmt::Write as _;

use crate::view::text::for_each_string_type;

/// Calls `$mac!` with every scalar type (strings, `char`, numbers), one `[generics] Type;` each.
macro_rules! for_each_scalar_type {
    ($mac:ident) => {
        $crate::view::text::for_each_string_type!($mac);
        $mac! {
            [] char; [] i8; [] i16; [] i32; [] i64; [] i128; [] isize;
            [] u8; [] u16; [] u32; [] u64; [] u128; [] usize; [] f32; [] f64;
        }
    };
}

pub(crate) use for_each_scalar_type;

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
