//! The `view!` pipeline as one function, apart from the `#[proc_macro]` entry points so that the
//! fuzz crate (`fuzz/`) can include it by `#[path]` beside the stage modules: a proc-macro crate
//! cannot export functions. Paths go through `crate::`, so the including crate declares the
//! stages (`check`, `diagnostics`, `generate`, `ir`, `parse`, `spec`) at its root.

use proc_macro2::{Delimiter, TokenStream, TokenTree};
use quote::quote;

use crate::{check, diagnostics, generate, parse};

/// The whole `view!` pipeline on `[crate_path] body`: never panics, always returns tokens.
pub(crate) fn expand(input: TokenStream) -> TokenStream {
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
    let nodes = parse::parse(trees.collect(), &mut diagnostics);
    check::check(&nodes, &mut diagnostics);
    let view = generate::generate(&krate, &nodes);
    let errors = diagnostics.into_tokens();
    quote!({ #errors #view })
}
