//! [`Doctype`]: `<!DOCTYPE …>` at the start of a server-rendered document.

use crate::{Render, RenderHtml, Renderer};

/// A document type declaration, `<!DOCTYPE html>` for [`doctype("html")`](doctype).
///
/// It exists only in HTML: building it for a renderer creates no node (a document already has
/// its doctype).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Doctype(&'static str);

/// `<!DOCTYPE value>`; `value` is written as given (it is always a literal).
///
/// ```
/// use view_core::prelude::*;
/// assert_eq!(view_core::doctype("html").to_html(), "<!DOCTYPE html>");
/// ```
pub fn doctype(value: &'static str) -> Doctype {
    Doctype(value)
}

impl RenderHtml for Doctype {
    const MAY_START_WITH_TEXT: bool = false;
    const MAY_END_WITH_TEXT: bool = false;

    fn html_len(&self) -> usize {
        "<!DOCTYPE >".len() + self.0.len()
    }
    fn write_html(self, buf: &mut String) {
        buf.push_str("<!DOCTYPE ");
        buf.push_str(self.0);
        buf.push('>');
    }
}

impl<R: Renderer> Render<R> for Doctype {
    type State = ();
    fn build(self) {}
    fn rebuild(self, _state: &mut ()) {}
    /// A doctype is no node of the element it is hydrated in (the parser puts it on the
    /// document): nothing to claim.
    fn hydrate(self, _cursor: &mut crate::hydration::Cursor<R>) {}
}
