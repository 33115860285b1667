//! Control-flow components, as Leptos names them: [`For`](for_component::For) (a keyed list)
//! and [`Show`](show::Show) (a reactive condition), with [`ViewFn`](show::ViewFn), the type of
//! a view-making prop such as `fallback`; `ErrorBoundary` (the errors of `Result` views) and [`Portal`](portal::Portal) (children
//! mounted elsewhere). Leptos's `Suspense`, `Transition` and `Await` are stubs that fail to
//! compile with a message naming the alternative.

#[cfg(feature = "reactive_graph")]
pub(crate) mod error_boundary;
pub(crate) mod for_component;
pub(crate) mod portal;
pub(crate) mod show;
pub mod unsupported;
