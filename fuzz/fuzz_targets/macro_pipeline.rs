//! The `view!` pipeline (parse → check → generate) on arbitrary input never panics.
//!
//! A proc-macro crate cannot export functions, so this target compiles view-macro's stage
//! modules into itself from their source (`#[path]`), together with `pipeline.rs`, which holds
//! `expand` (the function `view_inner!` calls). The modules refer to each other through
//! `crate::`, so they are declared here at the crate root, as in view-macro's `lib.rs`.
//! `component.rs` (`#[component]`) is not part of the `view!` pipeline and is left out.
//!
//! Input: UTF-8 that proc_macro2 lexes (its fallback lexer, outside a proc macro), prefixed
//! with the crate path `[::view_core]` as `view_core::view!` does. Debug assertions are on in
//! fuzz builds (cargo-fuzz's default profile), so a `Diagnostics` dropped without being emitted
//! fails too.
//!
//! `expand` catches panics (it turns one into a `compile_error!`), but libFuzzer's panic hook
//! aborts before any unwinding, so every panic still counts as a crash here, except the known
//! rstml 0.13.1 panics (see view-macro/src/pipeline.rs and [`is_known_rstml_panic`]), which are
//! let through to `expand`'s guard so fuzzing can go past them. Set `VIEW_FUZZ_STRICT=1` to
//! count them too.

#![no_main]
#![allow(
    dead_code,
    reason = "view-macro items used only by #[component] or its tests are compiled in unused"
)]

#[path = "../../view-macro/src/check.rs"]
mod check;
#[path = "../../view-macro/src/diagnostics.rs"]
mod diagnostics;
#[path = "../../view-macro/src/generate/mod.rs"]
mod generate;
#[path = "../../view-macro/src/ir.rs"]
mod ir;
#[path = "../../view-macro/src/parse.rs"]
mod parse;
#[path = "../../view-macro/src/pipeline.rs"]
mod pipeline;
#[path = "../../view-macro/src/spec.rs"]
mod spec;

use std::panic::PanicHookInfo;
use std::str::FromStr;
use std::sync::Once;

use libfuzzer_sys::fuzz_target;
use proc_macro2::TokenStream;
use quote::quote;

fuzz_target!(|data: &[u8]| {
    static FILTER: Once = Once::new();
    FILTER.call_once(let_known_dependency_panics_through);
    let Ok(source) = std::str::from_utf8(data) else {
        return;
    };
    let Ok(body) = TokenStream::from_str(source) else {
        return;
    };
    std::hint::black_box(pipeline::expand(quote!([::view_core] #body)));
});

/// Wraps libFuzzer's aborting panic hook: the known rstml panic returns silently (and unwinds to
/// `expand`'s guard); every other panic aborts as before.
fn let_known_dependency_panics_through() {
    if std::env::var_os("VIEW_FUZZ_STRICT").is_some_and(|v| v == "1") {
        return;
    }
    let aborting = std::panic::take_hook();
    std::panic::set_hook(Box::new(move |info| {
        if !is_known_rstml_panic(info) {
            aborting(info);
        }
    }));
}

/// rstml 0.13.1 calls `.expect()` on the result of `syn::parse2` in two places, and both fail
/// when an inner parse stops inside a delimited group and leaves tokens in it (syn then reports
/// "unexpected token, expected `)`" for the whole parse):
///
/// - `node/parser_ext.rs`, `parse_tokens_with_conflicted_ending`: "No errors allowed", e.g.
///   `<div foo(x*)></div>` (`FnBinding::parse` fails inside the group after an attribute name);
/// - `parser/mod.rs`, `Parser::parse_recoverable`: "No errors from parser", e.g. `<a <{@}>`.
fn is_known_rstml_panic(info: &PanicHookInfo<'_>) -> bool {
    let in_rstml = info
        .location()
        .is_some_and(|location| location.file().contains("rstml-0.13."));
    let payload = info.payload();
    let message = payload
        .downcast_ref::<String>()
        .map(String::as_str)
        .or_else(|| payload.downcast_ref::<&str>().copied())
        .unwrap_or("");
    in_rstml
        && (message.starts_with("No errors allowed")
            || message.starts_with("No errors from parser"))
}
