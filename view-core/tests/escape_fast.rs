//! The fast escaper (`escape_text_into` / `escape_attr_into`, which write straight into the
//! buffer's reserved capacity) produces exactly what the portable `escape_into` produces, for
//! any text, after any existing content, whatever the buffer's spare capacity.

use proptest::prelude::*;
use view_core::escape::{Context, escape_attr_into, escape_into, escape_text_into};

/// `len` characters drawn by `char`, as a string.
fn chars(
    char: impl Strategy<Value = char>,
    len: std::ops::RangeInclusive<usize>,
) -> impl Strategy<Value = String> {
    prop::collection::vec(char, len).prop_map(String::from_iter)
}

/// Any characters, control characters and every plane included.
fn any_text(max: usize) -> impl Strategy<Value = String> {
    chars(any::<char>(), 0..=max)
}

/// Text rich in the bytes that matter: specials, multi-byte characters, long clean runs.
///
/// Built from character strategies rather than regexes: proptest compiles a regex such as
/// `\PC` into Unicode tables when the test starts, which takes minutes under Miri.
fn text() -> impl Strategy<Value = String> {
    let select = |chars: &[char]| prop::sample::select(chars.to_vec());
    let part = prop_oneof![
        3 => chars(select(&['&', '<', '>', '"', '\'']), 1..=3),
        2 => chars(prop_oneof![26 => prop::char::range('a', 'z'), 1 => Just(' ')], 1..=20),
        1 => chars(select(&['é', '€', '😀']), 1..=3),
        1 => any_text(8),
    ];
    prop::collection::vec(part, 0..40).prop_map(|parts| parts.concat())
}

proptest! {
    // Under Miri (`.ci/run`) a case costs ~1000 times more, and the interpreter's isolation
    // forbids the regression file.
    #![proptest_config(ProptestConfig {
        cases: if cfg!(miri) { 16 } else { 1024 },
        failure_persistence: if cfg!(miri) { None } else { ProptestConfig::default().failure_persistence },
        ..ProptestConfig::default()
    })]

    #[test]
    fn fast_escaping_matches_the_portable_escaper(
        prefix in any_text(12),
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
    // 42 bytes a repetition: even Miri's 60 cross the 1024-byte chunk twice.
    let text = "ab<c>&d\"é€😀 plain run of clean text ".repeat(if cfg!(miri) { 60 } else { 500 });
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
