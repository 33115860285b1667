//! Collected diagnostics: every stage pushes here, nothing stops at the first error.

use proc_macro2::{Span, TokenStream};

/// The errors found so far. Must be drained with [`Diagnostics::into_tokens`] (or checked with
/// [`Diagnostics::into_errors`]); dropping it undrained is a bug in the macro, caught in debug
/// builds.
#[derive(Default)]
pub(crate) struct Diagnostics {
    errors: Vec<syn::Error>,
    drained: bool,
}

impl Diagnostics {
    /// An empty collection.
    pub(crate) fn new() -> Self {
        Self::default()
    }

    /// Records an error.
    pub(crate) fn push(&mut self, error: syn::Error) {
        self.errors.push(error);
    }

    /// Records an error at `span`.
    pub(crate) fn error(&mut self, span: Span, message: impl std::fmt::Display) {
        self.errors.push(syn::Error::new(span, message));
    }

    /// The errors, in the order found.
    pub(crate) fn into_errors(mut self) -> Vec<syn::Error> {
        self.drained = true;
        std::mem::take(&mut self.errors)
    }

    /// Every error as a `compile_error!` invocation, each with its own span.
    pub(crate) fn into_tokens(self) -> TokenStream {
        self.into_errors()
            .iter()
            .map(syn::Error::to_compile_error)
            .collect()
    }
}

impl Drop for Diagnostics {
    fn drop(&mut self) {
        debug_assert!(
            self.drained || self.errors.is_empty() || std::thread::panicking(),
            "view-macro bug: diagnostics dropped without being emitted",
        );
    }
}
