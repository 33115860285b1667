//! Escaping for each HTML context: text, double-quoted attribute values and raw text.
//!
//! The portable escaper and its table come from `view-markup`, which `view-macro` also uses to
//! escape literals at compile time, so run time and compile time cannot disagree. This module
//! adds the entry points server rendering uses, which write straight into the buffer's reserved
//! capacity and produce the same bytes.
//!
//! | context | escaped |
//! |---|---|
//! | text (also RCDATA: `textarea`, `title`) | `&` → `&amp;`, `<` → `&lt;`, `>` → `&gt;` |
//! | double-quoted attribute value | `&`, `<`, `>` as above, `"` → `&quot;` |
//! | raw text (`script`, `style`) | `</script`, `</style` (any case) → `<\/…`; `<!--` → `<\!--` |

pub use view_markup::escape::*;

/// Appends `text` escaped for text content (`&`, `<`, `>`).
///
/// Same output as [`escape_into`]; it writes straight into the buffer's reserved capacity,
/// which is what server rendering spends most of its time on.
#[inline(always)]
pub fn escape_text_into(buf: &mut String, text: &str) {
    super::escape_fast::escape_into(buf, text, Context::Text)
}

/// Appends `value` escaped for a double-quoted attribute value (`&`, `"`, `<`, `>`).
///
/// Same output as [`escape_into`] (see [`escape_text_into`]).
#[inline(always)]
pub fn escape_attr_into(buf: &mut String, value: &str) {
    super::escape_fast::escape_into(buf, value, Context::Attribute)
}
