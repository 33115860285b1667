//! Leptos components view-core does not provide (`<Suspense>`, `<Transition>`, `<Await>`), as
//! stubs that exist only to fail with a message naming the feature and what to write instead.
//!
//! A tag `<Suspense fallback=…>…</Suspense>` compiles to `SuspenseProps::builder()…build()`;
//! the stub builder takes the usual props and its `build` needs a trait nothing implements,
//! whose `on_unimplemented` message is the explanation, reported at the tag. A component of
//! the same name defined in the user's crate shadows the prelude's glob import, so a real
//! `Suspense` of one's own still works.

use std::marker::PhantomData;

macro_rules! unsupported_components {
    ($(
        $(#[$doc:meta])*
        $name:ident, $props:ident, $builder:ident, $check:ident,
        message = $message:literal, note = $note:literal,
        props = [$($prop:ident),*] $(, children = $children:ty)?;
    )*) => {$(
        $(#[$doc])*
        #[allow(non_snake_case, reason = "components are named like types")]
        pub fn $name(props: $props) {
            let $props { .. } = props;
        }

        #[doc = concat!("The props of the unsupported [`", stringify!($name), "`].")]
        #[derive(Debug)]
        pub struct $props {
            _private: (),
        }

        impl $props {
            /// Starts the props; `build` fails with the explanation.
            pub fn builder() -> $builder<()> {
                $builder(PhantomData)
            }
        }

        // How `view!` finds the builder from the function alone (see `component_call`).
        #[doc(hidden)]
        impl std::ops::Not for $props {
            type Output = $builder<()>;
            fn not(self) -> $builder<()> {
                $props::builder()
            }
        }

        impl Default for $builder<()> {
            fn default() -> Self {
                $props::builder()
            }
        }

        #[doc = concat!("Builds [`", stringify!($props), "`]; `build` does not compile.")]
        #[derive(Debug)]
        pub struct $builder<S>(PhantomData<S>);

        impl<S> $builder<S> {
            $(
                #[doc = concat!("Accepts Leptos's `", stringify!($prop), "` prop.")]
                pub fn $prop<T>(self, value: T) -> Self {
                    let _ = value;
                    self
                }
            )*
            $(
                /// Accepts the children.
                pub fn children(self, children: $children) -> Self {
                    let _ = children;
                    self
                }
            )?

            /// Does not compile: the message says what to use instead.
            pub fn build(self) -> $props
            where
                S: $check,
            {
                $props { _private: () }
            }
        }

        #[doc = concat!("Implemented by nothing: the explanation of the missing [`", stringify!($name), "`].")]
        #[diagnostic::on_unimplemented(message = $message, label = "not supported by view-core", note = $note)]
        pub trait $check {}
    )*};
}

unsupported_components! {
    /// Leptos's `<Suspense>` is not provided (view-core has no resources); using it is a
    /// compile error that names the alternative.
    Suspense, SuspenseProps, SuspensePropsBuilder, SuspenseIsNotSupported,
    message = "Leptos's `<Suspense>` is not supported by view-core (there are no resources to wait for)",
    note = "load the data in an `Effect` or a spawned task into a signal, and render `<Show when=move || data.get().is_some() fallback=…>`",
    props = [fallback], children = crate::Children;

    /// Leptos's `<Transition>` is not provided; using it is a compile error that names the
    /// alternative.
    Transition, TransitionProps, TransitionPropsBuilder, TransitionIsNotSupported,
    message = "Leptos's `<Transition>` is not supported by view-core (there are no resources to wait for)",
    note = "keep the previous value in a signal while the next loads, and render it with `<Show when=… fallback=…>`",
    props = [fallback, set_pending], children = crate::Children;

    /// Leptos's `<Await>` is not provided; using it is a compile error that names the
    /// alternative.
    Await, AwaitProps, AwaitPropsBuilder, AwaitIsNotSupported,
    message = "Leptos's `<Await>` is not supported by view-core (futures are not views)",
    note = "spawn the future (`wasm_bindgen_futures::spawn_local`), store its output in a signal, and render `move || data.get().map(|data| view! {{ … }})`",
    props = [future, blocking, children];
}
