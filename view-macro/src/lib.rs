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

/// Leptos's `#[island]`: not supported. Expands to a compile error naming the alternative,
/// beside the function expanded as a `#[component]` (so its uses report nothing more).
#[proc_macro_attribute]
pub fn island(
    args: proc_macro::TokenStream,
    item: proc_macro::TokenStream,
) -> proc_macro::TokenStream {
    let error = syn::Error::new(
        proc_macro2::Span::call_site(),
        "Leptos's islands (`#[island]`) are not supported by view-core\nhelp: write `#[component]`; for an interactive part of a server-rendered page, mount it into its element with `mount_to(element, Component)`",
    )
    .to_compile_error();
    let component = component::expand(args.into(), item.into());
    quote::quote!(#error #component).into()
}

/// Leptos's `#[server]`: not supported. Expands to a compile error naming the alternative,
/// beside the function unchanged.
#[proc_macro_attribute]
pub fn server(
    _args: proc_macro::TokenStream,
    item: proc_macro::TokenStream,
) -> proc_macro::TokenStream {
    let error = syn::Error::new(
        proc_macro2::Span::call_site(),
        "Leptos's server functions (`#[server]`) are not supported by view-core, which renders views only\nhelp: expose the function as an HTTP endpoint of your server and call it from the client (in an `Effect` or a spawned task), storing the answer in a signal",
    )
    .to_compile_error();
    let item = proc_macro2::TokenStream::from(item);
    quote::quote!(#error #item).into()
}

#[cfg(test)]
mod tests;
