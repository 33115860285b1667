//! Control-flow components, as Leptos names them: [`For`](for_component::For) (a keyed list)
//! and [`Show`](show::Show) (a reactive condition), with [`ViewFn`](show::ViewFn), the type of
//! a view-making prop such as `fallback`.

pub(crate) mod for_component;
pub(crate) mod show;
