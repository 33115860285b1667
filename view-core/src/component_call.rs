//! How `view!` calls a component it knows only by its function's name.
//!
//! `<Counter initial=3/>` must compile where only `Counter` is imported (`use app::Counter;`),
//! as in Leptos, so the expansion never names `CounterProps`. It reaches the props type through
//! the function's signature instead: [`props_builder`]`(&Counter)` infers `P` from `Counter:
//! FnOnce(P) -> V` and starts `P`'s builder, and [`call_component`]`(Counter, props)` calls it.
//! A component without props is a plain `fn App() -> V`; for it `P` is [`NoProps`].
//!
//! `#[component]` names nothing from this crate (a framework that re-exports it works for its
//! users unchanged), so it cannot implement a trait of ours for its props struct. It links the
//! props to their builder with a trait of `core` instead: `impl Not for CounterProps { type
//! Output = CounterPropsBuilder<…>; }` (with every prop unset), and the builder implements
//! `Default`. `!props` is meaningless and hidden from the docs; only [`props_builder`] uses it.

use std::ops::Not;

/// The props of a component without props (`fn App() -> impl IntoView`).
#[derive(Clone, Copy, Debug, Default)]
pub struct NoProps;

/// The builder of [`NoProps`]: `build()` is all it has.
#[derive(Clone, Copy, Debug, Default)]
pub struct NoPropsBuilder;

impl NoPropsBuilder {
    /// Finishes the (empty) props.
    #[inline(always)]
    pub fn build(self) -> NoProps {
        NoProps
    }
}

/// A props struct made by `#[component]`: its builder is `<Self as Not>::Output` (see the
/// module docs).
pub trait ComponentProps {
    /// The builder with no prop set.
    type Builder;
    /// Starts the builder.
    fn builder() -> Self::Builder;
}

impl<P> ComponentProps for P
where
    P: Not,
    P::Output: Default,
{
    type Builder = P::Output;
    #[inline(always)]
    fn builder() -> P::Output {
        Default::default()
    }
}

/// The props a component function takes: a [`ComponentProps`] struct, or [`NoProps`].
pub trait PropsOrNone {
    /// The builder with no prop set.
    type Builder;
    /// Starts the builder.
    fn builder() -> Self::Builder;
}

impl<P: ComponentProps> PropsOrNone for P {
    type Builder = P::Builder;
    #[inline(always)]
    fn builder() -> P::Builder {
        P::builder()
    }
}

impl PropsOrNone for NoProps {
    type Builder = NoPropsBuilder;
    #[inline(always)]
    fn builder() -> NoPropsBuilder {
        NoPropsBuilder
    }
}

/// A component function: `fn Name(props: P) -> V`, or `fn Name() -> V` with `P` = [`NoProps`].
pub trait ComponentFn<P, V> {
    /// Calls the component with its props.
    fn call(self, props: P) -> V;
}

impl<F: FnOnce() -> V, V> ComponentFn<NoProps, V> for F {
    #[inline(always)]
    fn call(self, _props: NoProps) -> V {
        self()
    }
}

impl<F: FnOnce(P) -> V, P: ComponentProps, V> ComponentFn<P, V> for F {
    #[inline(always)]
    fn call(self, props: P) -> V {
        self(props)
    }
}

/// Starts the props builder of `component`, whose props type is inferred from its signature.
#[inline(always)]
pub fn props_builder<F, P, V>(_component: &F) -> P::Builder
where
    F: ComponentFn<P, V>,
    P: PropsOrNone,
{
    P::builder()
}

/// Calls `component` with `props`.
#[inline(always)]
pub fn call_component<F, P, V>(component: F, props: P) -> V
where
    F: ComponentFn<P, V>,
{
    component.call(props)
}
