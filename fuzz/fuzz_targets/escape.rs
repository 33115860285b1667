//! The escaper in every context, checked against html5ever (a spec-compliant HTML parser):
//!
//! - the run-time fast entry points (`view_core::escape::escape_text_into` / `escape_attr_into`,
//!   unsafe code, with a fuzz-chosen buffer state) write the same bytes as view-markup's
//!   portable `escape_into`, `escape` and `escaped_len` agree with it, and `raw_text_len` with
//!   `escape_raw_text_into`;
//! - text inside `<p>`, and RCDATA inside `<textarea>` and `<title>`, parses back to the input;
//! - a double-quoted attribute value parses back to the input;
//! - raw text inside `<script>` and `<style>`, escaped as a whole, parses as exactly that
//!   element holding exactly our output, and no other element appears.
//!
//! The raw text is escaped as a whole here; it is also written as 1-4 pieces escaped one by one
//! and then guarded with `escape_raw_text_in_place` (what a raw-text element of several pieces
//! does), which must give the same bytes. `escape_raw_pieces` checks per-piece escaping alone.

#![no_main]

use libfuzzer_sys::fuzz_target;
use view_core::escape::{
    Context, escape, escape_attr_into, escape_into, escape_raw_text_in_place, escape_raw_text_into,
    escape_text_into, escaped_len, raw_text_len,
};
use view_fuzz::{EscapeInput, Parsed, attributes, only_text, tag_name};

fuzz_target!(|data: &[u8]| {
    let Some(input) = EscapeInput::decode(data) else {
        return;
    };
    let text = input.text.as_str();
    let escaped_text = check_escapers(&input, Context::Text);
    let escaped_attribute = check_escapers(&input, Context::Attribute);
    let mut raw = String::new();
    escape_raw_text_into(&mut raw, text);
    assert_eq!(raw.len(), raw_text_len(text), "raw_text_len");
    // A raw-text element of several pieces: each piece escaped, then the rule once more over
    // the whole content (`escape_raw_text_in_place`, after the start tag) gives the same bytes.
    let mut pieces = String::from("<script>");
    for piece in &input.pieces {
        escape_raw_text_into(&mut pieces, piece);
    }
    escape_raw_text_in_place(&mut pieces, "<script>".len());
    assert_eq!(
        &pieces["<script>".len()..],
        raw,
        "pieces, then escape_raw_text_in_place"
    );

    // Every context in one document (one parse per input). Each element is closed by our own
    // end tag, so an escape that fails in one context shows as a different list of elements.
    // `textarea` drops one newline after its start tag: the serialiser writes one.
    let parsed = Parsed::body_fragment(&format!(
        "<p>{escaped_text}</p><textarea>\n{escaped_text}</textarea>\
         <title>{escaped_text}</title><p title=\"{escaped_attribute}\"></p>\
         <script>{raw}</script><style>{raw}</style>"
    ));
    assert_eq!(
        parsed.element_names(),
        [
            "html", "head", "body", "p", "textarea", "title", "p", "script", "style"
        ],
        "the document's elements (an element escaped, or one closed early)",
    );
    let names: Vec<_> = parsed.body.iter().filter_map(tag_name).collect();
    assert_eq!(parsed.body.len(), 6, "the body's children: {names:?}");
    assert_eq!(only_text(&parsed.body[0]), text, "text in <p>");
    assert_eq!(only_text(&parsed.body[1]), text, "RCDATA in <textarea>");
    assert_eq!(only_text(&parsed.body[2]), text, "RCDATA in <title>");
    assert_eq!(
        attributes(&parsed.body[3]),
        [("title".to_owned(), text.to_owned())],
        "attribute value",
    );
    // Raw text cannot be unescaped: the element must hold exactly our output.
    assert_eq!(only_text(&parsed.body[4]), raw, "raw text in <script>");
    assert_eq!(only_text(&parsed.body[5]), raw, "raw text in <style>");
});

/// Escapes `input.text` for `context` with every entry point, checks they agree, and returns
/// the escaped text.
fn check_escapers(input: &EscapeInput, context: Context) -> String {
    let text = input.text.as_str();
    let mut portable = String::new();
    escape_into(&mut portable, text, context);
    assert_eq!(escape(text, context), portable, "escape vs escape_into");
    assert_eq!(escaped_len(text, context), portable.len(), "escaped_len");

    // The fast entry point appends to a buffer that already holds `buffer_prefix` bytes and has
    // `buffer_spare` more bytes of capacity (its inline path depends on the spare room).
    let prefix = "x".repeat(input.buffer_prefix);
    let mut fast = String::with_capacity(prefix.len() + input.buffer_spare);
    fast.push_str(&prefix);
    match context {
        Context::Text => escape_text_into(&mut fast, text),
        Context::Attribute => escape_attr_into(&mut fast, text),
    }
    assert_eq!(&fast[..prefix.len()], prefix, "fast escaper: prefix kept");
    assert_eq!(
        &fast[prefix.len()..],
        portable,
        "fast escaper vs escape_into"
    );
    portable
}
