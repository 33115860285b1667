//! Server-side rendering: [`RenderHtml`](crate::RenderHtml) (a view written as HTML), the
//! escaper for each context, and `<!DOCTYPE>`. Streaming will live here too.

pub(crate) mod doctype;
pub mod escape;
pub(crate) mod escape_fast;
pub(crate) mod render_html;
