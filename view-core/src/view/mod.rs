//! View kinds: every type that is a view, each file implementing HTML output and building side
//! by side (text, tuples, `Option`, `Either`, `Result`, lists, keyed lists, `AnyView`, closures, static
//! HTML, templates, views with extra attributes, children props).

pub(crate) mod any_view;
pub(crate) mod attributes_hole;
pub(crate) mod children;
pub(crate) mod closure;
pub(crate) mod either;
pub(crate) mod into_view;
pub(crate) mod keyed;
pub(crate) mod list;
pub(crate) mod option;
pub(crate) mod result;
pub(crate) mod root_tag;
pub(crate) mod roots_hook;
pub(crate) mod skeleton;
pub(crate) mod static_html;
pub mod template;
pub(crate) mod text;
pub(crate) mod tuples;
pub(crate) mod with_attributes;
