//! Escaping straight into a `String`'s spare capacity: the hot loop of server rendering.
//!
//! Produces byte for byte what [`crate::escape::escape_into`] produces (the portable version,
//! which `view-macro` also uses at compile time); the property tests in `tests/escape_fast.rs`
//! compare the two. The difference is how bytes reach the buffer: the portable version calls
//! `push_str` per unescaped run and per entity (a capacity check, a length-dependent copy, often
//! a `memmove` call, and a store of the length each time); this one reserves room for the worst
//! case once, copies eight bytes with one store when none of them needs escaping, writes each
//! byte of the other words through a table (the byte itself, or its entity, as one 8-byte store
//! without a branch), and sets the length once.
//!
//! The module also writes short integers ([`push_decimal_short`]) the same way: one capacity
//! check and one 8-byte store instead of a push per digit.
//!
//! This is the crate's one module with `unsafe` code. Every block states why it is sound; the
//! argument is always the same: (1) the bytes written are copies of whole characters of the
//! input or ASCII entities, so the `String` stays UTF-8; (2) no write goes beyond the capacity
//! reserved for the chunk (at most [`WORST`] output bytes per input byte, plus [`SLACK`]). The
//! room a text needs is computed with checked arithmetic ([`worst_case`]): on 32-bit targets
//! `len * WORST` overflows for texts of ~700 MB, and a wrapped product would pass the room check.
//! The helper that writes into reserved room on a caller's word ([`escape_chunk`]) is an
//! `unsafe fn`, and [`push_decimal_short`] checks its argument with an `assert!`, so no safe
//! function's soundness rests on a `debug_assert!`.
//!
//! The unit tests here and `tests/escape_fast.rs` run under Miri (`.ci/run`).
#![allow(
    unsafe_code,
    reason = "unchecked writes into reserved capacity; see the module docs and SAFETY comments"
)]

use std::ptr;

use crate::escape::Context;

/// The longest entity (`&quot;`): no input byte produces more output bytes.
const WORST: usize = 6;
/// Extra reserved bytes: an entity is written as one 8-byte store, of which up to 6 count.
const SLACK: usize = 8;
/// The most input bytes escaped per reservation.
const CHUNK: usize = 1024;
/// Below this many input bytes of room, the buffer grows before the next chunk.
const MIN_ROOM: usize = 64;

/// For each byte: what it is written as (its entity, or itself), padded to 8 bytes, and how
/// many of those bytes count.
struct Table {
    bytes: [u64; 256],
    len: [u8; 256],
}

const fn table(context: Context) -> Table {
    let mut table = Table {
        bytes: [0; 256],
        len: [1; 256],
    };
    let mut byte = 0;
    while byte < 256 {
        table.bytes[byte] = byte as u64;
        byte += 1;
    }
    const fn pad(entity: &[u8]) -> u64 {
        let mut padded = [0u8; 8];
        let mut i = 0;
        while i < entity.len() {
            padded[i] = entity[i];
            i += 1;
        }
        u64::from_le_bytes(padded)
    }
    table.bytes[b'&' as usize] = pad(b"&amp;");
    table.len[b'&' as usize] = 5;
    table.bytes[b'<' as usize] = pad(b"&lt;");
    table.len[b'<' as usize] = 4;
    table.bytes[b'>' as usize] = pad(b"&gt;");
    table.len[b'>' as usize] = 4;
    if matches!(context, Context::Attribute) {
        table.bytes[b'"' as usize] = pad(b"&quot;");
        table.len[b'"' as usize] = 6;
    }
    table
}

static TEXT: Table = table(Context::Text);
static ATTRIBUTE: Table = table(Context::Attribute);

/// Appends `text` to `buf`, escaped for `context`; same output as
/// [`escape_into`](crate::escape::escape_into).
///
/// Inline fast path for short texts without special bytes (names, classes, ids: most
/// escaped values), checked and copied as one or two words; everything else goes to the
/// out-of-line [`escape_general`], one copy per context.
#[inline(always)]
pub(crate) fn escape_into(buf: &mut String, text: &str, context: Context) {
    let n = text.len();
    if (1..=16).contains(&n) && buf.capacity() - buf.len() >= 16 {
        let src = text.as_ptr();
        if n < 8 {
            // SAFETY: `1 <= n < 8` bytes at `src` are `text`'s.
            let word = unsafe { load_short(src, n) };
            if !has_special(word, context) {
                // SAFETY: the `String` has 16 bytes of room: the 8-byte store fits, and its
                // first `n` bytes are `text` itself (valid UTF-8) ending the new length.
                unsafe {
                    let vec = buf.as_mut_vec();
                    let len = vec.len();
                    let dst: *mut u8 = vec.spare_capacity_mut().as_mut_ptr().cast();
                    ptr::write_unaligned(dst.cast::<u64>(), u64::to_le(word));
                    vec.set_len(len + n);
                }
                return;
            }
        } else {
            // SAFETY: `8 <= n <= 16`: both 8-byte reads are within `text`.
            let (head, tail) = unsafe {
                (
                    ptr::read_unaligned(src.cast::<u64>()),
                    ptr::read_unaligned(src.add(n - 8).cast::<u64>()),
                )
            };
            if !has_special(head, context) && !has_special(tail, context) {
                // SAFETY: both stores are within the `n <= 16` bytes of room after the
                // length; together they write `text` exactly (the overlap gets the same
                // bytes twice), so the new length ends valid UTF-8.
                unsafe {
                    let vec = buf.as_mut_vec();
                    let len = vec.len();
                    let dst: *mut u8 = vec.spare_capacity_mut().as_mut_ptr().cast();
                    ptr::write_unaligned(dst.cast::<u64>(), head);
                    ptr::write_unaligned(dst.add(n - 8).cast::<u64>(), tail);
                    vec.set_len(len + n);
                }
                return;
            }
        }
    }
    match context {
        Context::Text => escape_general::<false>(buf, text),
        Context::Attribute => escape_general::<true>(buf, text),
    }
}

/// The room escaping `len` input bytes may need: `len * WORST + SLACK`, or `None` if that does
/// not fit in a `usize` (texts of ~700 MB on 32-bit targets), in which case the text is escaped
/// in bounded chunks like any text larger than the buffer's spare capacity.
#[inline(always)]
const fn worst_case(len: usize) -> Option<usize> {
    match len.checked_mul(WORST) {
        Some(bytes) => bytes.checked_add(SLACK),
        None => None,
    }
}

/// The general case of [`escape_into`], for attribute values when `ATTRIBUTE`.
#[inline(never)]
fn escape_general<const ATTRIBUTE: bool>(buf: &mut String, text: &str) {
    let context = if ATTRIBUTE {
        Context::Attribute
    } else {
        Context::Text
    };
    if let Some(needed) = worst_case(text.len())
        && buf.capacity() - buf.len() >= needed
    {
        // SAFETY: the buffer has room for `text.len() * WORST + SLACK` more bytes (computed
        // without overflow).
        unsafe { escape_chunk(buf, text, context) };
        return;
    }
    let mut start = 0;
    while start < text.len() {
        let remaining = text.len() - start;
        let mut room = (buf.capacity() - buf.len()).saturating_sub(SLACK) / WORST;
        if room < remaining.min(MIN_ROOM) {
            buf.reserve(remaining.min(CHUNK) * WORST + SLACK);
            room = (buf.capacity() - buf.len() - SLACK) / WORST;
        }
        let mut end = start + remaining.min(room).min(CHUNK);
        // Split only between characters, so every chunk is valid UTF-8 on its own.
        while !text.is_char_boundary(end) {
            end -= 1;
        }
        // SAFETY: `end - start <= room`, and the buffer has room for `room * WORST + SLACK`
        // more bytes (`room` was computed from the spare capacity, less `SLACK`, over `WORST`;
        // `end - start <= CHUNK` keeps the product far from overflowing).
        unsafe { escape_chunk(buf, &text[start..end], context) };
        start = end;
    }
}

/// Whether any byte of `word` is one `context` escapes.
#[inline(always)]
fn has_special(word: u64, context: Context) -> bool {
    let mut hit = word_has(word, b'&') | word_has(word, b'<') | word_has(word, b'>');
    if matches!(context, Context::Attribute) {
        hit |= word_has(word, b'"');
    }
    hit != 0
}

const LO: u64 = 0x0101_0101_0101_0101;
const HI: u64 = 0x8080_8080_8080_8080;

/// Non-zero if any byte of `word` equals `byte` (may also flag a byte after a match, which
/// only sends a word down the byte-by-byte path).
#[inline(always)]
const fn word_has(word: u64, byte: u8) -> u64 {
    let x = word ^ (LO * byte as u64);
    x.wrapping_sub(LO) & !x & HI
}

/// The `len` (1 to 7) bytes at `src` as the low bytes of a little-endian word, the rest zero
/// (zero is never special), read with at most two loads that stay within the `len` bytes.
///
/// # Safety
/// `src..src + len` must be readable, and `1 <= len < 8`.
#[inline(always)]
unsafe fn load_short(src: *const u8, len: usize) -> u64 {
    debug_assert!((1..8).contains(&len));
    // SAFETY: every read is within `src..src + len`. Overlapping reads put the same byte in
    // the same position, so or-ing them is exact.
    unsafe {
        if len >= 4 {
            let head = u64::from(u32::from_le(ptr::read_unaligned(src.cast::<u32>())));
            let tail = u64::from(u32::from_le(ptr::read_unaligned(
                src.add(len - 4).cast::<u32>(),
            )));
            head | tail << ((len - 4) * 8)
        } else {
            u64::from(*src)
                | u64::from(*src.add(len / 2)) << (len / 2 * 8)
                | u64::from(*src.add(len - 1)) << ((len - 1) * 8)
        }
    }
}

/// Escapes `chunk` into `buf`'s spare capacity.
///
/// Eight bytes at a time: a word without a special byte is copied with one store; a word with
/// one goes byte by byte through the table (one 8-byte store per byte, no branch).
///
/// # Safety
/// `buf` must have room for at least `chunk.len() * WORST + SLACK` more bytes
/// (`buf.capacity() - buf.len()`), that product not overflowing: the stores are unchecked.
#[inline(always)]
unsafe fn escape_chunk(buf: &mut String, chunk: &str, context: Context) {
    let table = match context {
        Context::Text => &TEXT,
        Context::Attribute => &ATTRIBUTE,
    };
    let bytes = chunk.as_bytes();
    let n = bytes.len();
    debug_assert!(worst_case(n).is_some_and(|needed| buf.capacity() - buf.len() >= needed));
    // SAFETY: only whole characters of `chunk` (a `str`: non-special bytes are copied
    // unchanged and in order) and ASCII entities are appended below, so the `String` stays
    // valid UTF-8 once its length is set.
    let vec = unsafe { buf.as_mut_vec() };
    let old_len = vec.len();
    let dst: *mut u8 = vec.spare_capacity_mut().as_mut_ptr().cast();
    let src = bytes.as_ptr();
    // Invariant: `out <= WORST * i`, so a store of 8 bytes at `out` for input byte `i < n`
    // ends at most at `WORST * (n - 1) + 8 <= WORST * n + SLACK`: within the reserved room.
    let mut out = 0;
    let mut i = 0;
    while i + 8 <= n {
        // SAFETY: `i + 8 <= n`, so the 8-byte read is within `bytes`; the store is within the
        // reserved room by the invariant.
        unsafe {
            let word = ptr::read_unaligned(src.add(i).cast::<u64>());
            if !has_special(u64::from_le(word), context) {
                ptr::write_unaligned(dst.add(out).cast::<u64>(), word);
                out += 8;
            } else {
                for k in 0..8 {
                    let byte = *src.add(i + k) as usize;
                    ptr::write_unaligned(dst.add(out).cast::<u64>(), u64::to_le(table.bytes[byte]));
                    out += table.len[byte] as usize;
                }
            }
        }
        i += 8;
    }
    let rem = n - i;
    if rem > 0 {
        // SAFETY: `src + i .. src + n` is within `bytes` (`rem < 8` bytes).
        let word = unsafe { load_short(src.add(i), rem) };
        if !has_special(word, context) {
            // SAFETY: the 8-byte store starts at `out <= WORST * i` with `i < n`: within the
            // reserved room by the invariant; only its first `rem` bytes count.
            unsafe { ptr::write_unaligned(dst.add(out).cast::<u64>(), u64::to_le(word)) };
            out += rem;
        } else {
            while i < n {
                let byte = bytes[i] as usize;
                // SAFETY: within the reserved room by the invariant.
                unsafe {
                    ptr::write_unaligned(dst.add(out).cast::<u64>(), u64::to_le(table.bytes[byte]));
                }
                out += table.len[byte] as usize;
                i += 1;
            }
        }
    }
    // SAFETY: the `out` bytes after `old_len` are initialized (bytes past them that the
    // padded stores wrote lie beyond the new length) and form valid UTF-8 (see above).
    unsafe { vec.set_len(old_len + out) };
}

/// Appends `n` (below 10^8) in decimal with one capacity check and one 8-byte store.
///
/// Lives here because it is a raw write into reserved capacity, like the escaper's.
///
/// # Panics
/// If `n >= 100_000_000`: its nine or ten digits would not fit the one 8-byte store (and the
/// length set after it would cover bytes never written). The caller's own `n < 10^8` branch
/// makes the check free once this is inlined.
#[inline(always)]
pub(crate) fn push_decimal_short(buf: &mut String, mut n: u32) {
    assert!(
        n < 100_000_000,
        "push_decimal_short takes numbers below 10^8 (at most 8 digits)"
    );
    let digit = |d: u32| u64::from(b'0' + (d % 10) as u8);
    // The digits as ASCII bytes, the most significant in the lowest byte. The short cases
    // (most numbers in HTML) are spelled out; they need no loop and no logarithm.
    let (word, digits) = if n < 10 {
        (digit(n), 1)
    } else if n < 100 {
        (digit(n / 10) | digit(n) << 8, 2)
    } else {
        let digits = n.ilog10() as usize + 1;
        let mut word = 0u64;
        let mut shift = digits * 8;
        while shift > 0 {
            shift -= 8;
            word |= digit(n) << shift;
            n /= 10;
        }
        (word, digits)
    };
    buf.reserve(8);
    // SAFETY: 8 bytes of room were reserved; the first `digits <= 8` bytes of the store (`n`
    // is below 10^8, asserted above) are ASCII digits, which end the new length (the rest lies
    // beyond it).
    unsafe {
        let vec = buf.as_mut_vec();
        let len = vec.len();
        let dst: *mut u8 = vec.spare_capacity_mut().as_mut_ptr().cast();
        ptr::write_unaligned(dst.cast::<u64>(), u64::to_le(word));
        vec.set_len(len + digits);
    }
}

/// Appends `piece`, a template's static piece: pieces of 4 to 32 bytes are copied with two
/// possibly overlapping word loads and stores instead of a `memcpy` call.
///
/// When the template is inlined where its pieces are constants, `push_str` already copies
/// them inline; this matters where they are not, a template stored in a `Vec` (a collected
/// list): there `push_str` calls `memcpy` for every piece of every item.
#[inline(always)]
pub(crate) fn push_piece(buf: &mut String, piece: &str) {
    let len = piece.len();
    if !(4..=32).contains(&len) {
        buf.push_str(piece);
        return;
    }
    buf.reserve(len);
    /// Copies `len` bytes (`size_of::<W>() <= len <= 2 * size_of::<W>()`) as the first and
    /// the last word, which overlap when `len` is under two words.
    ///
    /// # Safety
    /// `src` is readable and `dst` writable for `len` bytes, and `len` is in the range above.
    unsafe fn copy_two<W: Copy>(src: *const u8, dst: *mut u8, len: usize) {
        let last = len - size_of::<W>();
        // SAFETY: both words lie within the `len` bytes the caller vouches for.
        unsafe {
            let head = ptr::read_unaligned(src.cast::<W>());
            let tail = ptr::read_unaligned(src.add(last).cast::<W>());
            ptr::write_unaligned(dst.cast::<W>(), head);
            ptr::write_unaligned(dst.add(last).cast::<W>(), tail);
        }
    }
    // SAFETY: `len` bytes of room were reserved; the bytes written are a copy of `piece`, a
    // whole `str`, so the `String` stays UTF-8 once its length covers them; each branch passes
    // `copy_two` a `len` within its word range (4 to 32 bytes in all, checked above).
    unsafe {
        let vec = buf.as_mut_vec();
        let old_len = vec.len();
        let dst: *mut u8 = vec.spare_capacity_mut().as_mut_ptr().cast();
        let src = piece.as_ptr();
        if len >= 16 {
            copy_two::<u128>(src, dst, len);
        } else if len >= 8 {
            copy_two::<u64>(src, dst, len);
        } else {
            copy_two::<u32>(src, dst, len);
        }
        vec.set_len(old_len + len);
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// Every length around the 8-byte word size, next to every entity and a multi-byte
    /// character, into buffers with little or much spare capacity.
    #[test]
    fn matches_the_portable_escaper_at_every_length_and_capacity() {
        // Under Miri (`.ci/run`), three words of lengths and three capacities: a third of the
        // cases, still through the short, word and chunked paths.
        let (lengths, capacities) = if cfg!(miri) {
            (0..24, &[0, 7, 400][..])
        } else {
            (0..40, &[0, 1, 7, 64, 400][..])
        };
        for len in lengths {
            for special in ["", "&", "<", ">", "\"", "é", "&\"<>"] {
                let text: String = "abcdefghijklmnopqrstuvwxyz0123456789ABCDEFGH"[..len].to_owned()
                    + special
                    + &"xyz"[..len % 4];
                for context in [Context::Text, Context::Attribute] {
                    for &capacity in capacities {
                        let mut fast = String::with_capacity(capacity);
                        fast.push_str("pre");
                        let mut portable = fast.clone();
                        escape_into(&mut fast, &text, context);
                        crate::escape::escape_into(&mut portable, &text, context);
                        assert_eq!(fast, portable, "{text:?} {context:?} {capacity}");
                    }
                }
            }
        }
    }

    /// Issue 11: `len * WORST + SLACK` was unchecked; on 32-bit targets a ~700 MB text wrapped it
    /// to a small number that passed the room check, and the unchecked stores overran the buffer.
    #[test]
    fn worst_case_room_of_a_huge_text_does_not_wrap() {
        assert_eq!(worst_case(0), Some(SLACK));
        assert_eq!(worst_case(CHUNK), Some(CHUNK * WORST + SLACK));
        assert_eq!(worst_case(usize::MAX / WORST + 1), None);
        assert_eq!(worst_case(usize::MAX / WORST), None, "the slack overflows");
        assert_eq!(worst_case(usize::MAX), None);
        // The value 32-bit targets wrapped: 715 827 883 bytes * 6 = 2^32 + 2.
        let wasm32_len: u64 = 715_827_883;
        assert!(wasm32_len * WORST as u64 > u64::from(u32::MAX));
    }

    #[test]
    fn push_decimal_short_writes_every_length_up_to_eight_digits() {
        for n in [
            0, 7, 9, 10, 99, 100, 12_345, 9_999_999, 10_000_000, 99_999_999,
        ] {
            for capacity in [0, 3, 64] {
                let mut buf = String::with_capacity(capacity);
                buf.push('x');
                push_decimal_short(&mut buf, n);
                assert_eq!(buf, format!("x{n}"));
            }
        }
    }

    /// Issue 11: the 8-digit limit was a `debug_assert!`: in release builds a 9-digit number set
    /// the length over a byte never written.
    #[test]
    #[should_panic(expected = "below 10^8")]
    fn push_decimal_short_rejects_nine_digit_numbers() {
        push_decimal_short(&mut String::new(), 100_000_000);
    }

    #[test]
    fn push_piece_copies_every_length_into_any_capacity() {
        let source = "<td class=\"é\">0123456789abcdefghijklmnopqrstuvwxyz</td>";
        for len in (0..=40).filter(|&len| source.is_char_boundary(len)) {
            for capacity in [0, 1, 5, 64] {
                let mut buf = String::with_capacity(capacity);
                buf.push('x');
                push_piece(&mut buf, &source[..len]);
                assert_eq!(buf, format!("x{}", &source[..len]), "{len} {capacity}");
            }
        }
    }

    #[test]
    fn long_text_is_split_between_characters() {
        let text = "é&<".repeat(CHUNK);
        let mut fast = String::new();
        escape_into(&mut fast, &text, Context::Attribute);
        assert_eq!(fast, "é&amp;&lt;".repeat(CHUNK));
    }
}
