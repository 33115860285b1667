//! The HTML serialisation rules that view-core applies at run time and view-macro applies at
//! compile time to literals. Keeping them in one crate both depend on means the two paths cannot
//! disagree (and each crate can be published on its own). Use them through `view_core::escape`.
//!
//! - [`escape`]: escaping for each HTML context (text, attribute values, raw text);
//! - [`drops_leading_newline`]: which elements lose a newline right after their start tag.

pub mod escape;

/// Whether the HTML parser drops a newline right after the start tag of the HTML element `tag`
/// (HTML § 13.2.6.4.7: `pre`, `listing`, `textarea`). Serialisers write one `\n` after such a
/// start tag, so content that itself starts with a newline keeps it.
///
/// ```
/// assert!(view_markup::drops_leading_newline("pre"));
/// assert!(!view_markup::drops_leading_newline("div"));
/// ```
pub const fn drops_leading_newline(tag: &str) -> bool {
    const fn same(a: &[u8], b: &[u8]) -> bool {
        if a.len() != b.len() {
            return false;
        }
        let mut i = 0;
        while i < a.len() {
            if a[i] != b[i] {
                return false;
            }
            i += 1;
        }
        true
    }
    let tag = tag.as_bytes();
    same(tag, b"pre") || same(tag, b"textarea") || same(tag, b"listing")
}
