//! The `view!` and `#[component]` macros. Use them through `view-core`, which re-exports them.
//!
//! Glue only: `view!` runs `pipeline::expand` (`parse` → `check` → `generate` over the IR,
//! `ir`) and emits every diagnostic beside a best-effort expansion; `#[component]` lives in
//! `component`. The stages are private modules (a proc-macro crate exports only macros); their
//! docs say what each owns.

mod check;
mod component;
mod diagnostics;
mod generate;
mod ir;
mod parse;
mod pipeline;
mod spec;

use pipeline::expand;

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

#[cfg(test)]
mod tests;
