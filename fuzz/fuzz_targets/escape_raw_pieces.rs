//! Raw text (`script`, `style`) written as 1-4 pieces, each escaped on its own with
//! `escape_raw_text_into` and concatenated: the parse must yield exactly that element holding
//! exactly our output, and no other element.
//!
//! EXPECTED TO FAIL: per-piece escaping alone is unsafe. A hazard split across pieces
//! (`"</scr"` + `"ipt><img>"`, or `"<!-"` + `"- <script>"`) is in neither piece, so neither gets
//! its backslash and the element closes early (or swallows what follows). Raw-text elements now
//! guard their whole content with `escape_raw_text_in_place`, which the `escape` target checks;
//! this target shows what that guard is for and is not run by CI.

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
