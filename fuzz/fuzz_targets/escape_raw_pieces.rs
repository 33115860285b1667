//! Raw text (`script`, `style`) written as 1-4 pieces, each escaped on its own with
//! `escape_raw_text_into` and concatenated: the parse must yield exactly that element holding
//! exactly our output, and no other element.
//!
//! EXPECTED TO FAIL until raw-text elements guard their content as a whole: a hazard split
//! across pieces (`"</scr"` + `"ipt><img>"`) is in neither piece, so neither gets its backslash
//! and the element closes early. The `escape` target checks the whole-content escaping that the
//! fix will use; this one documents the per-piece bug and, once the fix lands, shows whether
//! per-piece escaping is still reachable (it should then be removed or point at the new entry
//! point).

#![no_main]

use libfuzzer_sys::fuzz_target;
use view_fuzz::{EscapeInput, assert_raw_text_elements, escape_raw_pieces};

fuzz_target!(|data: &[u8]| {
    let Some(input) = EscapeInput::decode(data) else {
        return;
    };
    let raw = escape_raw_pieces(&input.pieces);
    assert_raw_text_elements(&raw, "raw text (per piece)");
});
