//! The fast escaper (`escape_text_into` / `escape_attr_into`, which write straight into the
//! buffer's reserved capacity) produces exactly what the portable `escape_into` produces, for
//! any text, after any existing content, whatever the buffer's spare capacity.

use proptest::prelude::*;
use view_core::escape::{Context, escape_attr_into, escape_into, escape_text_into};

/// Text rich in the bytes that matter: specials, multi-byte characters, long clean runs.
fn text() -> impl Strategy<Value = String> {
    let part = prop_oneof![
        3 => "[&<>\"']{1,3}",
        2 => "[a-z ]{1,20}",
        1 => "[é€😀]{1,3}",
        1 => "\\PC{0,8}",
    ];
    prop::collection::vec(part, 0..40).prop_map(|parts| parts.concat())
}

proptest! {
    #![proptest_config(ProptestConfig { cases: 1024, ..ProptestConfig::default() })]

    #[test]
    fn fast_escaping_matches_the_portable_escaper(
        prefix in "\\PC{0,12}",
        text in text(),
        spare in 0usize..300,
    ) {
        for context in [Context::Text, Context::Attribute] {
            let mut fast = String::with_capacity(prefix.len() + spare);
            fast.push_str(&prefix);
            let mut portable = fast.clone();
            match context {
                Context::Text => escape_text_into(&mut fast, &text),
                Context::Attribute => escape_attr_into(&mut fast, &text),
            }
            escape_into(&mut portable, &text, context);
            prop_assert_eq!(&fast, &portable);
        }
    }
}

#[test]
fn long_text_across_many_reservations_matches_the_portable_escaper() {
    let text = "ab<c>&d\"é€😀 plain run of clean text ".repeat(500);
    for context in [Context::Text, Context::Attribute] {
        let mut fast = String::new();
        match context {
            Context::Text => escape_text_into(&mut fast, &text),
            Context::Attribute => escape_attr_into(&mut fast, &text),
        }
        let mut portable = String::new();
        escape_into(&mut portable, &text, context);
        assert_eq!(fast, portable);
    }
}
