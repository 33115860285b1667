//! The `view!` pipeline as one function, apart from the `#[proc_macro]` entry points so that the
//! fuzz crate (`fuzz/`) can include it by `#[path]` beside the stage modules: a proc-macro crate
//! cannot export functions. Paths go through `crate::`, so the including crate declares the
//! stages (`check`, `diagnostics`, `generate`, `ir`, `parse`, `spec`) at its root.

use std::panic::{AssertUnwindSafe, catch_unwind};

use proc_macro2::{Delimiter, TokenStream, TokenTree};
use quote::quote;

use crate::ir::Body;
use crate::{check, diagnostics, generate, parse};

/// The whole `view!` pipeline on `[crate_path] body`: never panics, always returns tokens.
///
/// Our stages do not panic; a panic from a dependency becomes a `compile_error!` here instead of
/// "proc macro panicked". rstml 0.13.1 panics on some malformed input ("No errors allowed" on
/// `<div foo(x*)></div>`, "No errors from parser" on `<a <{@}>`; found by the `macro_pipeline`
/// fuzz target). Inside a proc macro the compiler hides the panic message; this replaces it.
pub(crate) fn expand(input: TokenStream) -> TokenStream {
    // Nothing outlives a panic but the message: the input is moved in and dropped.
    catch_unwind(AssertUnwindSafe(|| expand_unguarded(input))).unwrap_or_else(|payload| {
        let detail = payload
            .downcast_ref::<&str>()
            .copied()
            .or_else(|| payload.downcast_ref::<String>().map(String::as_str))
            .unwrap_or("no message");
        let message = format!(
            "`view!` could not parse this input (a parser dependency panicked: {detail}); \
             check the syntax of the tags and attributes"
        );
        quote!({
            ::core::compile_error!(#message);
        })
    })
}

/// [`expand`] without the panic guard.
fn expand_unguarded(input: TokenStream) -> TokenStream {
    let mut diagnostics = diagnostics::Diagnostics::new();
    let mut trees = input.into_iter().peekable();
    let krate = match trees.peek() {
        Some(TokenTree::Group(group)) if group.delimiter() == Delimiter::Bracket => {
            let krate = group.stream();
            trees.next();
            krate
        }
        _ => {
            diagnostics.error(
                proc_macro2::Span::call_site(),
                "`view_inner!` is internal: use `view!` from `view_core` (or a framework re-exporting it)",
            );
            quote!(::view_core)
        }
    };
    let view = match parse::parse(trees.collect(), &mut diagnostics) {
        Body::Nodes(nodes) => {
            check::check(&nodes, &mut diagnostics);
            generate::generate(&krate, &nodes)
        }
        Body::Attributes(attributes) => generate::generate_attributes(&krate, &attributes),
    };
    let errors = diagnostics.into_tokens();
    quote!({ #errors #view })
}
