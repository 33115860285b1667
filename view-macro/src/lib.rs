//! The `view!` and `#[component]` macros. Use them through `view-core`, which re-exports them.
//!
//! Glue only: `view!` runs `parse` → `check` → `generate` over the IR (`ir`), and emits every
//! diagnostic beside a best-effort expansion; `#[component]` lives in `component`. The stages
//! are private modules (a proc-macro crate exports only macros); their docs say what each owns.

mod check;
mod component;
mod diagnostics;
mod generate;
mod ir;
mod parse;
mod spec;

use proc_macro2::{Delimiter, TokenStream, TokenTree};
use quote::quote;

/// Not public API: `view_core::view!` forwards here as `view_inner! { [$crate] … }`.
#[doc(hidden)]
#[proc_macro]
pub fn view_inner(input: proc_macro::TokenStream) -> proc_macro::TokenStream {
    expand(input.into()).into()
}

/// Turns a function into a component; see `view_core::component` for the generated items.
#[proc_macro_attribute]
pub fn component(
    args: proc_macro::TokenStream,
    item: proc_macro::TokenStream,
) -> proc_macro::TokenStream {
    component::expand(args.into(), item.into()).into()
}

/// Turns a struct into a slot (Leptos's `#[slot]`); see `view_core::slot`.
#[proc_macro_attribute]
pub fn slot(
    args: proc_macro::TokenStream,
    item: proc_macro::TokenStream,
) -> proc_macro::TokenStream {
    component::expand_slot(args.into(), item.into()).into()
}

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

#[cfg(test)]
mod tests;
