//! Control-flow components, as Leptos names them: [`For`](for_component::For) (a keyed list)
//! and [`Show`](show::Show) (a reactive condition), with [`ViewFn`](show::ViewFn), the type of
//! a view-making prop such as `fallback`; `ErrorBoundary` (the errors of `Result` views) and [`Portal`](portal::Portal) (children
//! mounted elsewhere).

#[cfg(feature = "reactive_graph")]
pub(crate) mod error_boundary;
pub(crate) mod for_component;
pub(crate) mod portal;
pub(crate) mod show;
