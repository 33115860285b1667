//! Escaping for each HTML context: text, double-quoted attribute values and raw text.
//!
//! Shared by the runtime (`view_core::escape`, which adds the fast entry points) and by
//! `view-macro` (which escapes literal text at compile time), so both produce identical output.
//!
//! | context | escaped |
//! |---|---|
//! | text (also RCDATA: `textarea`, `title`) | `&` → `&amp;`, `<` → `&lt;`, `>` → `&gt;` |
//! | double-quoted attribute value | `&`, `<`, `>` as above, `"` → `&quot;` |
//! | raw text (`script`, `style`) | `</script`, `</style` (any case) → `<\/…`; `<!--` → `<\!--` |
//!
//! Raw-text elements cannot hold character references, so their content is written as is, except
//! that a sequence that could close the element (`</script`, `</style`) or switch the parser into
//! its "escaped" script states (`<!--`) gets a backslash after the `<`. In JavaScript and CSS
//! string literals a backslash before `/` or `!` is a no-op escape, so the text means the same.
//! The rule must see the element's whole content: a raw-text element made of several pieces
//! applies it once more over all of them ([`escape_raw_text_in_place`]), since `"x<"` and
//! `"/script>"` are harmless alone.
//! Non-ASCII passes through unchanged in every context.
//!
//! The scanners find the next special byte eight bytes at a time and copy unescaped runs in
//! bulk; they never allocate per byte.

/// Which characters a context escapes.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Context {
    /// Text content (and RCDATA content: `textarea`, `title`).
    Text,
    /// A double-quoted attribute value.
    Attribute,
}

const LO: u64 = 0x0101_0101_0101_0101;
const HI: u64 = 0x8080_8080_8080_8080;

/// Whether any byte of `word` equals `byte`.
#[inline(always)]
const fn word_has(word: u64, byte: u8) -> u64 {
    let x = word ^ (LO * byte as u64);
    x.wrapping_sub(LO) & !x & HI
}

#[inline(always)]
const fn is_special(byte: u8, context: Context) -> bool {
    matches!(byte, b'&' | b'<' | b'>') || (matches!(context, Context::Attribute) && byte == b'"')
}

/// Index of the first byte at or after `from` that `context` escapes.
#[inline]
fn next_special(bytes: &[u8], mut from: usize, context: Context) -> Option<usize> {
    while from + 8 <= bytes.len() {
        let mut chunk = [0u8; 8];
        chunk.copy_from_slice(&bytes[from..from + 8]);
        let word = u64::from_le_bytes(chunk);
        let mut hit = word_has(word, b'&') | word_has(word, b'<') | word_has(word, b'>');
        if matches!(context, Context::Attribute) {
            hit |= word_has(word, b'"');
        }
        if hit != 0 {
            // The lowest set high bit marks the first match (borrows only move upwards).
            return Some(from + (hit.trailing_zeros() / 8) as usize);
        }
        from += 8;
    }
    bytes[from..]
        .iter()
        .position(|&b| is_special(b, context))
        .map(|i| from + i)
}

#[inline(always)]
const fn entity(byte: u8) -> &'static str {
    match byte {
        b'&' => "&amp;",
        b'<' => "&lt;",
        b'>' => "&gt;",
        _ => "&quot;",
    }
}

/// Appends `text` to `buf`, escaped for `context`.
#[inline]
pub fn escape_into(buf: &mut String, text: &str, context: Context) {
    let bytes = text.as_bytes();
    let mut start = 0;
    while let Some(at) = next_special(bytes, start, context) {
        // `at` indexes an ASCII byte, so both slices end on char boundaries.
        push_run(buf, &text[start..at]);
        push_entity(buf, bytes[at]);
        start = at + 1;
    }
    push_run(buf, &text[start..]);
}

/// Appends an unescaped run. Short runs are copied with fixed-size moves: between escapes runs
/// are typically a few bytes, for which a call to `memmove` costs more than the copy.
#[inline(always)]
fn push_run(buf: &mut String, run: &str) {
    macro_rules! fixed {
        ($($len:literal)*) => {
            match run.len() {
                0 => {}
                $($len => buf.push_str(&run[..$len]),)*
                _ => buf.push_str(run),
            }
        };
    }
    fixed!(1 2 3 4 5 6 7 8 9 10 11 12 13 14 15 16);
}

/// Appends the entity for a special byte, as a constant-length copy.
#[inline(always)]
fn push_entity(buf: &mut String, byte: u8) {
    match byte {
        b'&' => buf.push_str("&amp;"),
        b'<' => buf.push_str("&lt;"),
        b'>' => buf.push_str("&gt;"),
        _ => buf.push_str("&quot;"),
    }
}

/// The exact length of `text` once escaped for `context`.
#[inline]
pub fn escaped_len(text: &str, context: Context) -> usize {
    let bytes = text.as_bytes();
    let mut len = bytes.len();
    let mut start = 0;
    while let Some(at) = next_special(bytes, start, context) {
        len += entity(bytes[at]).len() - 1;
        start = at + 1;
    }
    len
}

/// Returns `text` escaped for `context`, borrowing when nothing needed escaping.
pub fn escape(text: &str, context: Context) -> std::borrow::Cow<'_, str> {
    if next_special(text.as_bytes(), 0, context).is_none() {
        std::borrow::Cow::Borrowed(text)
    } else {
        let mut out = String::with_capacity(escaped_len(text, context));
        escape_into(&mut out, text, context);
        std::borrow::Cow::Owned(out)
    }
}

/// Where raw text (`script`, `style` content) needs a backslash: the index of the byte after `<`
/// of the next `</script`, `</style` (ASCII case-insensitive) or `<!--` at or after `from`.
fn next_raw_text_hazard(bytes: &[u8], mut from: usize) -> Option<usize> {
    while let Some(offset) = bytes[from..].iter().position(|&b| b == b'<') {
        let lt = from + offset;
        let rest = &bytes[lt + 1..];
        let closes = |name: &[u8]| {
            rest.len() > name.len()
                && rest[0] == b'/'
                && rest[1..=name.len()].eq_ignore_ascii_case(name)
        };
        if closes(b"script") || closes(b"style") || rest.starts_with(b"!--") {
            return Some(lt + 1);
        }
        from = lt + 1;
    }
    None
}

/// Appends `text` as the content of a raw-text element (`script`, `style`).
///
/// See the module docs: `</script`, `</style` and `<!--` get a backslash after `<`, everything
/// else is written unchanged.
pub fn escape_raw_text_into(buf: &mut String, text: &str) {
    let bytes = text.as_bytes();
    let mut start = 0;
    while let Some(at) = next_raw_text_hazard(bytes, start) {
        // `text[start..at]` ends with the `<`; the search resumes after it.
        buf.push_str(&text[start..at]);
        buf.push('\\');
        start = at;
    }
    buf.push_str(&text[start..]);
}

/// Applies the raw-text rule to `buf[start..]` in place: the whole content of a raw-text element
/// (`script`, `style`) once all its pieces are written.
///
/// Escaping each piece with [`escape_raw_text_into`] is not enough when the content is made of
/// several pieces: `"x<"` then `"/script>"` are harmless alone and close the element together.
/// Run over the whole content, this adds the backslash to such split sequences too. Pieces that
/// were escaped already are left as they are (the rule is idempotent: the added `\` never starts
/// a sequence), so the result is [`escape_raw_text_into`] of the concatenated unescaped pieces.
///
/// The scan looks at each `<` once; the string is only rebuilt past the first sequence found,
/// which only hostile or unusual content has.
///
/// # Panics
/// If `start` is greater than `buf.len()` or not on a `char` boundary.
///
/// ```
/// use view_markup::escape::{escape_raw_text_in_place, escape_raw_text_into};
/// let mut buf = String::from("<script>");
/// escape_raw_text_into(&mut buf, "x<");
/// escape_raw_text_into(&mut buf, "/script>");
/// escape_raw_text_in_place(&mut buf, "<script>".len());
/// assert_eq!(buf, r"<script>x<\/script>");
/// ```
pub fn escape_raw_text_in_place(buf: &mut String, start: usize) {
    assert!(
        buf.is_char_boundary(start),
        "raw-text content must start on a char boundary within the buffer"
    );
    let Some(at) = next_raw_text_hazard(buf.as_bytes(), start) else {
        return;
    };
    // `at` follows an ASCII `<`, so it is a char boundary; the rest is written again, escaped.
    let rest = buf.split_off(at);
    buf.push('\\');
    escape_raw_text_into(buf, &rest);
}

/// The exact length of `text` once written by [`escape_raw_text_into`].
pub fn raw_text_len(text: &str) -> usize {
    let bytes = text.as_bytes();
    let mut len = bytes.len();
    let mut start = 0;
    while let Some(at) = next_raw_text_hazard(bytes, start) {
        len += 1;
        start = at;
    }
    len
}
